"""The fast inline reader gives exactly markdown-it's pieces on every list the tests use."""

from __future__ import annotations

from pathlib import Path

import pytest

from awesome_bib.importer.fast_inline import SAFE_URL
from awesome_bib.importer.markdown import _PARSER, parse

ROOT = Path(__file__).resolve().parents[2]
LISTS = sorted([*ROOT.glob("seeds/*.txt"), *ROOT.glob("tests/lists/**/*.md"),
                *ROOT.glob("tests/corpus/*.md")])


def test_the_lists_compared_are_found():
    """An empty LISTS would only skip the comparison below ("empty parameter set")."""
    assert {p.parent.name for p in LISTS} >= {"seeds", "corpus"}


@pytest.mark.parametrize("path", LISTS, ids=lambda p: p.name)
def test_fast_and_reference_readers_agree(path):
    text = path.read_text(encoding="utf-8-sig")
    assert parse(text) == parse(text, fast=False)


@pytest.mark.parametrize("text", [
    "- [**CVPR 2023**] **Title** [[pdf]](https://arxiv.org/abs/2301.00001) [[code]](https://github.com/a/b)",
    "- **[12]** LeCun, Yann. \"**Title**.\" Venue (1998). [[pdf]](http://x.org/a.pdf) **(note)**",
    "- a**b**c and ** spaced ** and **unclosed",
    "- [![CVPR](https://img.shields.io/badge/CVPR-2023-blue)](https://x.org) [x] (y) [a](b c)",
    "- ***2016*** *em* _em_ `code` <b>html</b> &amp; \\* [ref][r]\n\n[r]: https://x.org",
    "| ![Star](https://img.shields.io/github/stars/a/b.svg?style=social&label=Star) <br> "
    "[**Title**](https://arxiv.org/pdf/2411.14432) <br> | arXiv |\n|---|---|\n| a | b |",
    "- [Title](https://x.org/a%20b) [é](https://x.org/é) [t](https://x.org/p(1)) [j](javascript:x)",
])
def test_tricky_inline_agrees(text):
    assert parse(text) == parse(text, fast=False)


def test_safe_urls_are_left_as_markdown_it_normalises_them():
    urls = ["https://arxiv.org/abs/2301.00001", "https://github.com/a/b#x?y=1&z=2",
            "http://x.org/path(1)", "https://img.shields.io/badge/CVPR-2023-blue", "#survey"]
    for url in urls:
        assert SAFE_URL.fullmatch(url) and _PARSER.normalizeLink(url) == url


def test_a_long_list_read_in_chunks_reads_as_one(monkeypatch):
    from awesome_bib.importer import markdown
    section = ("## Section\n\n```sh\n# not a heading\n```\n\n"
               + "".join(f"- [CVPR 2023] Paper {i} [[pdf]](https://arxiv.org/abs/2301.{i:05d})\n"
                         for i in range(400)) + "\n")
    text = "# List\n\n" + section * 20
    monkeypatch.setattr(markdown, "CHUNK_LINES", 100)
    chunked = parse(text)
    monkeypatch.setattr(markdown, "CHUNK_LINES", 10**9)
    assert chunked == parse(text) and chunked[-1].line == text.count("\n") - 1
