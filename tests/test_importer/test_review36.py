"""Review of stop 36: misfires of its readings on lines shaped as real lists write them. An
acronym beside a year is a venue only where the lines name a known venue too; one person
before a bracketed year is an author only before a quoted title and its source; a local link
labelled as a venue is the venue only when its page is the venue's; a declared section's items
do not stand in for an undeclared section's own count; a paragraph's lines read as a title and
a year alone only under a heading naming papers."""

from __future__ import annotations

import pytest

from awesome_bib.errors import ListError
from awesome_bib.importer import read_library
from awesome_bib.importer.template import compile_template, title_key


def _read(text: str, declared: dict | None = None) -> dict[str, tuple[int | None, str,
                                                                   list[str]]]:
    """title -> (year, venue, family names) of every entry read from `text`."""
    return {e.title: (e.year, e.venue_tag, [a.family for a in e.authors])
            for e in read_library(text, "L.md", declared).lib.entries}


def test_schedule_lines_whose_room_stands_before_a_year_are_no_references():
    # `Topic. Speaker and Speaker. GATES 2019.`: the acronym beside the year is a room, and
    # no line names a venue the table knows (827's lines name PLDI, POPL, OOPSLA among them)
    text = ("# Seminar\n\n## Schedule\n\n"
            "Week 1\n"
            "Introduction and Logistics. Alice Smith and Bob Jones. GATES 2019.\n"
            "Week 2\n"
            "Program Synthesis Overview. Carol White and Dan Brown. GATES 2019.\n"
            "Week 3\n"
            "Type Systems in Practice. Eve Black and Frank Green. GATES 2019.\n")
    with pytest.raises(ListError):
        _read(text)


def test_one_person_before_a_year_is_an_author_only_before_a_quoted_title_and_its_source():
    # a person's role (no quotes) or a saying (nothing after the quotes) is no reference
    roles = ("# Lab\n\n## Alumni\n\n"
             "- Bernard Williams (2019): now Assistant Professor at Stanford University\n"
             "- Jane Doe (2020): Research Scientist at DeepMind London\n"
             "- John Smith (2021): Software Engineer at Google Research\n")
    sayings = ("# Notes\n\n## Motto\n\n"
               "- Alan Kay (1971): “The best way to predict the future is to invent it”\n"
               "- Edsger Dijkstra (1975): “Simplicity is prerequisite for reliability”\n"
               "- Donald Knuth (1974): “Premature optimization is the root of all evil”\n")
    for text in (roles, sayings):
        with pytest.raises(ListError):
            _read(text)
    references = ("# Reading\n\n## Articles\n\n"
                  "- Jan Tønnesvang (2024): »Meaning and Psychological Needs«, _Journal of "
                  "Theoretical and Philosophical Psychology_ 45 (3), 316–332.\n"
                  "- Jennifer Cole Wright (2025): »The Function of Morality and Folk "
                  "Metaethics«, in: Simon Laham (ed.): _Handbook of Ethics_, 33–43.\n"
                  "- Shane Montgomery Ewegen (2018): »What Is Philosophical Dialogue?«, in: "
                  "_The Palgrave Handbook of Philosophy and Literature_, 41–59.\n")
    read = _read(references)
    assert read["Meaning and Psychological Needs"][0::2] == (2024, ["Tønnesvang"])
    assert len(read) == 3


def test_a_local_link_labelled_as_a_venue_to_a_note_on_another_paper_names_no_venue():
    # the page is the list's note on PointRend (CVPR 2020), not Mask R-CNN's venue
    text = ("# Papers\n\n## Detection\n\n"
            "- [Mask R-CNN](https://arxiv.org/abs/1703.06870), see also "
            "[CVPR 2020](../notes/pointrend/README.md)\n"
            "- [Attention Is All You Need](https://arxiv.org/abs/1706.03762), see also "
            "[ICLR 2021](../notes/vit/README.md)\n")
    assert _read(text) == {"Mask R-CNN": (None, "", []),
                           "Attention Is All You Need": (None, "", [])}
    # (a link to the venue's own page of the list, its path naming the label, is the venue)
    text = ("# Papers\n\n## Analysis\n\n"
            "- [A Learning-Based Approach to Static Program Slicing](https://example.org/"
            "slicing.pdf), ([OOPSLA2024](../venues/OOPSLA2024/README.md))\n"
            "- [Semantic-Enhanced Indirect Call Analysis with Large Language Models](https://"
            "example.org/calls.pdf), ([ASE2024](../venues/ASE2024/README.md))\n")
    assert _read(text)["A Learning-Based Approach to Static Program Slicing"][1] == \
        "OOPSLA2024"


def test_a_declared_sections_items_do_not_make_an_undeclared_item_a_paper():
    declared = {title_key("Vision"): compile_template("{title}. {venue} {year}")}
    text = ("# Papers\n\n## Vision\n\n"
            "- Deep Residual Learning for Image Recognition. CVPR 2016\n"
            "- Attention Is All You Need. NeurIPS 2017\n"
            "- Mask R-CNN for Instance Segmentation. ICCV 2017\n\n## Awards\n\n"
            "- Best Paper Award at the Main Conference. CVPR 2016\n")
    assert set(_read(text, declared)) == {"Deep Residual Learning for Image Recognition",
                                          "Attention Is All You Need",
                                          "Mask R-CNN for Instance Segmentation"}


def test_a_paragraphs_lines_of_a_title_and_a_year_alone_need_a_heading_naming_papers():
    # as list items of that shape: under `## Motto` the lines are sayings, dated
    text = ("# Notes\n\n## Motto\n\n"
            "Alan Kay (1971): “The best way to predict the future is to invent it”\n"
            "Edsger Dijkstra (1975): “Simplicity is prerequisite for reliability”\n"
            "Donald Knuth (1974): “Premature optimization is the root of all evil”\n")
    with pytest.raises(ListError):
        _read(text)


def test_a_declared_dash_between_fields_is_no_dash_joining_a_titles_words():
    declared = {"*": compile_template("{title} - {venue}")}
    text = ("# Papers\n\n## Vision\n\n"
            "- Vision Transformers for Semi-Supervised Learning - CVPR 2020\n"
            "- Pretraining Vision–Language Models at Scale – ECCV 2020\n"
            "- Attention Is All You Need - NeurIPS 2017\n")
    assert _read(text, declared) == {
        "Vision Transformers for Semi-Supervised Learning": (2020, "CVPR 2020", []),
        "Pretraining Vision–Language Models at Scale": (2020, "ECCV 2020", []),
        "Attention Is All You Need": (2017, "NeurIPS 2017", []),
    }
    template = compile_template("{year}-{title}")  # (written closed up, any dash matches)
    match = template.regex.match("2019–Deep Residual Learning")
    assert match is not None and match.group("title") == "Deep Residual Learning"
