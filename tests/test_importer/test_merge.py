"""Deduplication within one list and link conflicts."""

from __future__ import annotations

import pytest

from awesome_bib.importer import build_library

from .conftest import by_title


@pytest.mark.parametrize("title, sections, lines", [
    pytest.param("RoentGen", ["medical-report-generation", "medical-vision-language-model"],
                 [129, 233], id="roentgen"),
    pytest.param("RepsNet", ["medical-report-generation", "medical-vision-language-model"],
                 [122, 235], id="repsnet"),
    pytest.param("Rad-ReStruct", ["medical-report-generation",
                                  "medical-visual-question-answering"], [152, 208],
                 id="rad-restruct"),
    pytest.param("KiUT", ["medical-report-generation"], [138, 148], id="kiut-same-section"),
])
def test_repeats_are_one_entry(lib_2024, title, sections, lines):
    entry = by_title(lib_2024, title)
    assert entry.sections == sections
    assert [li.line for li in entry.listings] == lines


def test_kiut_keeps_both_links(lib_2024):
    entry = by_title(lib_2024, "KiUT")
    assert [lk.url for lk in entry.links] == [
        "https://openaccess.thecvf.com/content/CVPR2023/papers/Huang_KiUT_Knowledge-Injected_"
        "U-Transformer_for_Radiology_Report_Generation_CVPR_2023_paper.pdf",
        "https://arxiv.org/pdf/2306.11345"]
    assert entry.arxiv == "2306.11345"
    assert [li.title for li in entry.listings] == [
        "KiUT: Knowledge-Injected U-Transformer for Radiology Report Generation",
        "KiUT: Knowledge-injected U-Transformer for Radiology Report Generation"]


def test_rad_restruct_keeps_both_code_links(lib_2024):
    urls = [lk.url for lk in by_title(lib_2024, "Rad-ReStruct").links]
    assert urls == ["https://arxiv.org/pdf/2307.05766", "https://github.com/chantalmp/rad-restruct",
                    "https://github.com/ChantalMP/Rad-ReStruct"]


def test_same_title_other_link_in_older_list(lib_2023):
    entry = by_title(lib_2023, "Medical Image Understanding with Pretrained")
    assert [li.line for li in entry.listings] == [18, 83]
    assert entry.arxiv == "2209.15517" and len(entry.links) == 3


@pytest.mark.parametrize("ident, lines", [
    pytest.param("arxiv:2303.09117", [141, 143], id="2303.09117"),
    pytest.param("arxiv:2303.07618", [274, 303], id="2303.07618"),
    pytest.param("arxiv:2406.06512", [316, 317], id="2406.06512-merlin"),
])
def test_shared_link_different_title_is_a_conflict(lib_2024, ident, lines):
    from awesome_bib.importer.merge import conflicts
    records = {c.id: c for c in conflicts(lib_2024.entries, "list.md")}
    assert [i.line for i in records[ident].items] == lines
    titles = [i.title for i in records[ident].items]
    assert len(set(titles)) == 2
    for line in lines:  # both stay entries of their own
        assert sum(e.line == line for e in lib_2024.entries) == 1


def test_only_three_conflicts(lib_2024):
    """Shared code repositories (ChatCAD/ChatCAD+, the two MAVL papers) are not conflicts."""
    from awesome_bib.importer.merge import conflicts
    assert len(conflicts(lib_2024.entries, "list.md")) == 3


def test_same_title_different_arxiv_ids_not_merged():
    text = ("## A\n\n- [**CVPR 2023**] Same Title [[pdf]](https://arxiv.org/abs/2301.00001)\n"
            "- [**CVPR 2023**] Same Title [[pdf]](https://arxiv.org/abs/2301.00002)\n")
    lib, folded = build_library(text, "x.md")
    assert folded == 0 and len(lib.entries) == 2


def test_merge_keeps_first_venue_and_any_llm():
    text = ("## A\n\n- [**arXiv 2023**] Some Model [[pdf]](https://arxiv.org/abs/2301.00001)\n"
            "## B\n\n- [**CVPR 2024**] **Some Model** [[pdf]](https://arxiv.org/abs/2301.00001)"
            " [[code]](https://github.com/x/y)\n"
            "- [**CVPR 2024**] Other [[pdf]](https://arxiv.org/abs/2301.00009)\n")
    lib, folded = build_library(text, "x.md")
    entry = lib.entries[0]
    assert folded == 1
    assert (entry.venue_tag, entry.year, entry.llm) == ("arXiv 2023", 2023, True)
    assert [li.venue_tag for li in entry.listings] == ["arXiv 2023", "CVPR 2024"]
    assert entry.sections == ["a", "b"]


def test_items_titled_by_the_same_label_with_no_shared_link_stay_apart(tmp_path):
    """List 59 (a tools list, fourth held-out set): every tool's paper bullet is titled
    ":bookmark_tabs: Publication". A label says too little to make them one paper: folding
    them gave one tool's listing another tool's arXiv id. Each stays its own entry with its
    own ids; a name listed twice with a shared link still folds."""
    from awesome_bib.importer import read_library, read_list

    # (since round 5 list 59's bullets are titled by the title after the link or by their
    # tool's heading, test_round5_structure; the same names, written here, still stay apart)
    apart = tmp_path / "A.md"
    apart.write_text("# L\n\n## DeepQMC\n\n- [Publication Notes](https://arxiv.org/pdf/"
                     "1909.08423.pdf) (2020)\n\n## PySCF\n\n- [Publication Notes](https://"
                     "authors.library.caltech.edu/74078/1/1701.08223.pdf) (2018)\n",
                     encoding="utf-8")
    labelled = read_library(read_list(apart), str(apart)).lib.entries
    assert [(e.title, e.arxiv, [li.line for li in e.listings]) for e in labelled] == [
        ("Publication Notes", "1909.08423", [5]), ("Publication Notes", "", [9])]
    assert labelled[1].links[0].url.endswith("/74078/1/1701.08223.pdf")  # PySCF's own
    twice = tmp_path / "L.md"
    twice.write_text("# L\n\n## Papers\n\n- [CheXNet](https://arxiv.org/abs/1711.05225) "
                     "(arXiv 2017)\n- [CheXNet](https://arxiv.org/abs/1711.05225) (again)\n",
                     encoding="utf-8")
    [entry] = read_library(read_list(twice), str(twice)).lib.entries
    assert [li.line for li in entry.listings] == [5, 6]
