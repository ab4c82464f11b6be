"""Issue 15, fifth round: what is an item and where it belongs (lists 52-60, the fourth held-out
set, are this round's development lists; excerpt lines of the real lists in tests/corpus/)."""

from __future__ import annotations

from awesome_bib.importer import read_library
from awesome_bib.importer.sections import heading_year

from .test_corpus import CORPUS_DIR


def _lines(name: str) -> list[str]:
    return (CORPUS_DIR / f"{name}.md").read_text(encoding="utf-8").split("\n")


def _rows(md: str) -> list[tuple[str, str, str, int | None]]:
    reading = read_library(md, "list.md")
    return [(li.section, li.subsection, e.title, e.year) for e in reading.lib.entries
            if e.kind == "paper" for li in e.listings]


def test_a_date_heading_whose_papers_state_its_year_is_a_year_grouping():
    # 56_junpu_quantum_cv lines 39-58: `### Year 2023` tables under `## Methodologies`, every
    # row dated by its own `Year` column: the topic is the section, the year a subsection
    lines = _lines("56_junpu_quantum_cv")
    rows = _rows("# Quantum CV\n\n" + "\n".join(lines[38:58]))
    assert {(section, sub) for section, sub, _t, _y in rows} \
        == {("methodologies", "Year 2023"), ("methodologies", "Year 2022")}
    assert len(rows) == 9


def test_a_date_heading_whose_papers_state_no_year_stays_the_lists_grouping():
    # 19_eventahu_mamba: `## Year 2025` over items that state no year: nothing says the heading
    # is not the list's own grouping (its hand count keeps it as the section); it dates them
    rows = _rows("\n".join(_lines("19_eventahu_mamba")[:20]))
    assert {(section, sub, year) for section, sub, _t, year in rows} == {("year-2025", "", 2025)}


def test_a_heading_that_is_only_a_date_names_its_year():
    assert [heading_year(t) for t in ("2018", "Year 2025", "May 2023", "2023-05", "In 2021",
                                      "CVPR 2023", "Updated 2024", "2022 and before")] \
        == [2018, 2025, 2023, 2023, 2021, None, None, None]


def test_a_linked_title_alone_on_its_cells_first_line_is_the_title_not_the_summary_below():
    # 56_junpu_quantum_cv line 45: `[Title](pdf) <br><sub> **QuAnt:** Proposing to learn ...`
    line = _lines("56_junpu_quantum_cv")[44]
    assert "<br><sub> **QuAnt:** Proposing" in line
    md = ("## Methods\n\n**Year** | **Publication** | **Title** | **Preprint** | **Project Page**"
          " | **Key Concepts**\n:-: | :-:| :- | :-: |  :-: |  :-: \n" + line + "\n")
    reading = read_library(md, "list.md")
    [entry] = reading.lib.entries
    assert (entry.title, entry.venue_tag, entry.year) \
        == ("QuAnt: Quantum Annealing with Learnt Couplings", "ICLR 2023", 2023)
