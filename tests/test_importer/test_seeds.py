"""Both seed lists import with exact, independently cross-checked counts.

Cross-check for the default list (001): `grep -c '^- \\[\\*\\*' seeds/001_*.txt` gives 206, of
which one is the fenced template under "Contributing" (line 17), so 205 paper bullets, as the
list's README says. Per section (awk over `## ` headings counting `^- \\[\\*\\*` lines):
Survey 8, Medical Report Generation 77, Medical Visual Question Answering 30, Medical
Vision-Language Model 90 (8+77+30+90 = 205). The two Data Source tables hold 10 + 7 = 17 rows
(lines 52-61 and 67-73). Repeats, found by reading: RoentGen (129, 233), RepsNet (122, 235),
Rad-ReStruct (152, 208) across sections, KiUT (138, 148) within one: 205 - 4 = 201 papers.

For the older list (000) the same grep gives 87 (Survey 3, MRG 39, MVQA 18, VLM 27) with no
template; repeats RoentGen (50, 95), RepsNet (43, 105), Open-Ended Medical VQA (80, 102) and
"Medical Image Understanding ..." (18 arXiv link, 83 OpenReview link): 87 - 4 = 83 papers.
"""

from __future__ import annotations

import pytest

from .conftest import SEED_2023, SEED_2024, library_of

EXPECTED = {
    "001": {
        "path": SEED_2024,
        "sections": [("data-source", "Data Source", "datasets", 17, 17),
                     ("survey", "Survey", "papers", 8, 8),
                     ("medical-report-generation", "Medical Report Generation", "papers", 77, 76),
                     ("medical-visual-question-answering", "Medical Visual Question Answering",
                      "papers", 30, 30),
                     ("medical-vision-language-model", "Medical Vision-Language Model",
                      "papers", 90, 90)],
        "bullets": 205, "papers": 201, "datasets": 17,
    },
    "000": {
        "path": SEED_2023,
        "sections": [("survey", "Survey", "papers", 3, 3),
                     ("medical-report-generation", "Medical Report Generation", "papers", 39, 39),
                     ("medical-visual-question-answering", "Medical Visual Question Answering",
                      "papers", 18, 18),
                     ("medical-vision-language-model", "Medical Vision-Language Model",
                      "papers", 27, 27)],
        "bullets": 87, "papers": 83, "datasets": 0,
    },
}


def _grep_count(path) -> int:
    """Independent count: lines starting `- [**` outside fenced code."""
    count, fenced = 0, False
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("```"):
            fenced = not fenced
        elif not fenced and line.startswith("- [**"):
            count += 1
    return count


@pytest.mark.parametrize("seed", list(EXPECTED), ids=list(EXPECTED))
def test_section_counts(seed):
    expected = EXPECTED[seed]
    lib = library_of(expected["path"])
    got = []
    for s in lib.sections:
        listed = sum(1 for e in lib.entries for li in e.listings if li.section == s.slug)
        got.append((s.slug, s.title, s.kind, listed, len(lib.in_section(s.slug))))
    assert got == expected["sections"]


@pytest.mark.parametrize("seed", list(EXPECTED), ids=list(EXPECTED))
def test_totals(seed):
    expected = EXPECTED[seed]
    lib = library_of(expected["path"])
    papers = [e for e in lib.entries if e.kind == "paper"]
    assert sum(len(e.listings) for e in papers) == expected["bullets"]
    assert sum(len(e.listings) for e in papers) == _grep_count(expected["path"])
    assert len(papers) == expected["papers"]
    assert sum(e.kind == "dataset" for e in lib.entries) == expected["datasets"]
    assert lib.problems == []


@pytest.mark.parametrize("seed", list(EXPECTED), ids=list(EXPECTED))
def test_every_paper_has_title_link_and_line(seed):
    lib = library_of(EXPECTED[seed]["path"])
    lines = EXPECTED[seed]["path"].read_text(encoding="utf-8").splitlines()
    for entry in lib.entries:
        assert entry.title and entry.links
        for listing in entry.listings:
            assert lines[listing.line - 1].rstrip() == listing.raw


def test_not_papers_are_skipped(lib_2024):
    """Template, News, citation block, Overview links, badges, contributors: none is an entry."""
    titles = {e.title for e in lib_2024.entries}
    assert "Paper Name" not in titles
    assert not any(t.startswith(("fire", "We create", "Data Source", "Survey")) for t in titles)
    assert all(li.line >= 52 for e in lib_2024.entries for li in e.listings)
    assert all(li.line <= 317 for e in lib_2024.entries for li in e.listings)
    assert not any("contribution" in s.slug for s in lib_2024.sections)
