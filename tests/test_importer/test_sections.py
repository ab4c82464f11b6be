"""Section slugs are safe and come from the list's own headings."""

from __future__ import annotations

import re

import pytest

from awesome_bib.importer import import_list
from awesome_bib.importer.sections import is_non_paper, slugify

from .conftest import LISTS, library_of


@pytest.mark.parametrize("title, slug", [
    ("Medical Report Generation", "medical-report-generation"),
    ("Data Source", "data-source"),
    ("Medical Vision-Language Model", "medical-vision-language-model"),
    ("../../etc/passwd", "etc-passwd"),
    ("..", "section"),
    ("🎉🎉🎉", "section"),
    ("Ünïcödé Séction 🚀", "unicode-section"),
    ("a/b\\c:d*e?f", "a-b-c-d-e-f"),
    ("x" * 200, "x" * 60),
])
def test_slugify(title, slug):
    assert slugify(title) == slug


def test_badge_dropped_from_heading(lib_2024):
    assert [s.title for s in lib_2024.sections][2] == "Medical Report Generation"


@pytest.mark.parametrize("title, skip", [
    ("News", True), ("Overview", True), ("Citation", True), ("Contributing", True),
    ("üéâ Contribution", True), ("Contributors", True),
    ("Medical Report Generation", False), ("Data Source", False), ("Survey", False),
    ("News Recommendation with Multimodal Large Models", False),
])
def test_non_paper_headings(title, skip):
    assert is_non_paper(title) is skip


def test_hostile_headings_stay_inside(tmp_path):
    out = tmp_path / "entries"
    import_list(LISTS / "hostile_headings.md", out)
    names = sorted(p.name for p in tmp_path.rglob("*") if p.is_file())
    assert names == ["_index.yaml", "etc-passwd-2.yaml", "etc-passwd.yaml", "section.yaml",
                     "unicode-section.yaml"]
    assert all(p.parent == out for p in tmp_path.rglob("*.yaml"))


def test_every_slug_is_safe():
    for path in sorted(LISTS.glob("*.md")):
        for section in library_of(path).sections:
            assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", section.slug), section.slug
