"""Issue 15, ninth round: what is an item and where it belongs (lists 121-144 are this round's
development lists; excerpt lines of the real lists in tests/corpus/)."""

from __future__ import annotations

from awesome_bib.importer import read_library
from awesome_bib.importer.markdown import Heading, parse

from .test_corpus import CORPUS_DIR


def _lines(name: str) -> list[str]:
    return (CORPUS_DIR / f"{name}.md").read_text(encoding="utf-8").split("\n")


def _read(md: str) -> list[tuple[int, str, str, str, int | None]]:
    reading = read_library(md, "list.md")
    titles = {s.slug: s.title for s in reading.lib.sections}
    return [(li.line, titles[li.section], e.title, e.venue_tag, e.year)
            for e in reading.lib.entries if e.kind == "paper" for li in e.listings]


def test_front_matter_title_is_the_page_title_over_decade_headings():
    # 143_chanwutk_hci_prelim lines 1-12: a GitHub Pages file, `title: Papers` in its YAML
    # front matter, then `# 1990` decade headings: the papers are in `Papers` (they were in
    # sections called 1990, 1995, ...), and the front matter is no paragraph of the list
    papers = _read("\n".join(_lines("143_chanwutk_hci_prelim")[:12]))
    assert {section for _l, section, *_r in papers} == {"Papers"}
    assert [(line, title, year) for line, _s, title, _v, year in papers][:2] == [
        (8, "Beyond being there", 1992), (9, "Knowledge-based augmented reality", 1993)]


def test_front_matter_is_read_only_when_it_is_yaml():
    # the page title keeps its line; a file that opens with a rule and has another later is
    # Markdown throughout (its heading stays a heading)
    blocks = parse("---\nlayout: default\ntitle: \"My Papers\"\n---\n\n# 2020\n- [A](u)\n")
    assert isinstance(blocks[0], Heading) and blocks[0].level == 0 and blocks[0].line == 3
    assert blocks[0].pieces[0].text == "My Papers"
    ruled = parse("---\n# Papers\n\nSome text.\n\n---\n- [A](u)\n")
    assert [b.level for b in ruled if isinstance(b, Heading)] == [1]
