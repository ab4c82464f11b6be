"""Other awesome-list shapes, each in a small list under tests/lists/."""

from __future__ import annotations

import pytest

from .conftest import LISTS, library_of


def _rows(name):
    lib = library_of(LISTS / name)
    return lib, [(e.listings[0].section, e.title, e.venue_tag, e.year, e.arxiv, e.doi,
                  [lk.label for lk in e.links]) for e in lib.entries]


def test_bold_titles_then_links():
    lib, rows = _rows("bold_titles.md")
    assert rows == [
        ("foundation-models", "Segment Anything", "", None, "2304.02643", "", ["paper", "code"]),
        ("foundation-models", "Segment Anything in Medical Images", "", None, "2304.12306", "",
         ["paper", "code"]),
        ("foundation-models", "SAM-Med2D", "arXiv 2023", 2023, "2308.16184", "", ["arXiv"]),
        ("older-work", "U-Net: Convolutional Networks for Biomedical Image Segmentation",
         "MICCAI 2015", 2015, "", "10.1007/978-3-319-24574-4_28", ["paper"]),
        ("older-work",
         "V-Net: Fully Convolutional Neural Networks for Volumetric Medical Image Segmentation",
         "", None, "1606.04797", "", ["paper", "code"]),
    ]
    # Every title is bold here, so bold is the list's style, not an LLM marker.
    assert not any(e.llm for e in lib.entries)


def test_title_as_link_text_numbered_items():
    lib, rows = _rows("title_links.md")
    assert rows == [
        ("models", "Learning Transferable Visual Models From Natural Language Supervision",
         "ICML 2021", 2021, "2103.00020", "", ["paper"]),
        ("models", "Visual Instruction Tuning", "NeurIPS 2023", 2023, "2304.08485", "",
         ["paper", "code"]),
        ("models", "BLIP-2: Bootstrapping Language-Image Pre-training", "ICML 2023", 2023,
         "2301.12597", "", ["paper"]),
        ("models", "Flamingo: a Visual Language Model for Few-Shot Learning", "NeurIPS 2022",
         2022, "2204.14198", "", ["paper"]),
        ("models", "An Old-Style Preprint", "", None, "math/0309136", "", ["paper"]),
        ("benchmarks", "A Benchmark Without a Venue", "", None, "", "", ["paper"]),
    ]
    assert [s.slug for s in lib.sections] == ["models", "benchmarks"]  # "Contents" is navigation


def test_links_on_the_next_line_and_nested():
    _, rows = _rows("nested_links.md")
    assert rows == [
        ("methods", "Generating Radiology Reports via Memory-driven Transformer", "EMNLP 2020",
         2020, "2010.16056", "", ["pdf", "code"]),
        ("methods", "Cross-modal Memory Networks for Radiology Report Generation", "ACL 2021",
         2021, "2204.13258", "", ["pdf", "code"]),
        ("methods", "Knowledge matters: Chest radiology report generation", "MedIA 2022", 2022,
         "", "10.1016/j.media.2022.102510", ["paper"]),
        ("methods", "A Self-Guided Framework for Radiology Report Generation", "MICCAI 2022",
         2022, "2206.09378", "", ["paper"]),
    ]


def test_problems_are_reported_with_lines():
    # Line 6 is written as the section's papers are (a title phrase, a venue and its year):
    # a paper without a link (linkless_paper; enrichment finds it by title, nothing made up).
    # Line 8 is a lone phrase without that evidence: a problem, as line 7 without a title.
    lib, rows = _rows("problems.md")
    assert [(r[1], r[6]) for r in rows] == [("A Paper With A Link", ["pdf"]),
                                            ("A Paper Whose Link Was Forgotten", [])]
    assert [(p.line, p.reason) for p in lib.problems] == [(7, "no title"), (8, "no link")]
    assert lib.problems[1].raw == "- Another Paper Title Without Any Link At All"


@pytest.mark.parametrize("name", sorted(p.name for p in LISTS.glob("*.md")))
def test_missing_venue_and_year_stay_empty(name):
    """No year is invented: an entry has a year only if its venue tag or year column says so."""
    for entry in library_of(LISTS / name).entries:
        if entry.year is not None:
            assert str(entry.year) in entry.venue_tag


def test_table_of_contents_under_any_heading_is_navigation(tmp_path):
    from awesome_bib.importer import build_library
    text = ("# List\n\n## Index\n\n- [CLIP](#clip)\n- [Methods](https://github.com/a/b#methods)\n\n"
            "## CLIP\n\n- [CLIP](https://arxiv.org/abs/2103.00020) - ICML 2021\n\n"
            "## Methods\n\n- [Methods](https://arxiv.org/abs/2103.00021)\n")
    lib, _ = build_library(text, "x.md")
    assert [(e.title, e.listings[0].section) for e in lib.entries] == [
        ("CLIP", "clip"), ("Methods", "methods")]
    assert lib.problems == []


def test_crlf_and_bom(tmp_path):
    from awesome_bib.importer import build_library, read_list
    path = tmp_path / "crlf.md"
    path.write_bytes(b"\xef\xbb\xbf## A\r\n\r\n- [**CVPR 2023**] A Paper [[pdf]](https://x.org/a.pdf)"
                     b"  \r\n")
    lib, _ = build_library(read_list(path), str(path))
    (entry,) = lib.entries
    assert (entry.title, entry.line, entry.listings[0].raw) == (
        "A Paper", 3, "- [**CVPR 2023**] A Paper [[pdf]](https://x.org/a.pdf)")
