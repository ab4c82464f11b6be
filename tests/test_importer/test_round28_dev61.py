"""Issue 15, round 28, `import-dev61` on lists 618, 621, 629, 613, 614, 619 (the fifty-first
and fifty-second held-out sets, tests/corpus/, provenance in SOURCES.md): real lines of those
lists, each read by one general reading."""

from __future__ import annotations

from awesome_bib.importer.items import parse_item
from awesome_bib.importer.markdown import Item, parse

from .conftest import papers_in, papers_with_authors

# List 618: linkless prose bullets, a lead-in, the bold title, `(Authors Year)`, a comment
_PROSE_BULLETS = (
    "## Landmark papers\n\n"
    "### Part II: How does single-cell genomic work ?\n\n"
    "- One of the first example of the interest and power of single-cell analysis:  **The "
    "biochemical basis of an all-or-none cell fate switch in Xenopus oocytes** (Ferrel and  "
    "Machleder, 1998).\n"
    "- Paper introducing CUT&Tag for single-cell epigenomic: **CUT&Tag for efficient epigenomic "
    "profiling of small samples and single cells** (Kaya-Okur et al. 2019).\n"
    "- The first large-scale scATAC-seq protocol, i.e. droplet-based protocol, **Chromatin "
    "accessibility profiling by ATAC-seq** (Grandi et al. 2022).\n\n"
    "### Part III: How to analyze single-cell data ?\n\n"
    "- If there is only one paper to read about single-cell data analysis it is the excellent "
    "**The triumphs and limitations of computational methods for scRNA-seq** (Kharchenko, "
    "2021).\n"
    "- First paper introducing graph-based clustering under the name of \"Phenograph\": "
    "**Data-Driven Phenotypic Dissection of AML Reveals Progenitor-like Cells that Correlate "
    "with Prognosis** (Levine et al. 2015). While initially designed for the analysis of mass "
    "and high-dimensional flow cytometry data, this algorithm is now the standard for "
    "single-cell analysis due to its scalability and robustness.\n"
    "- A simple yet essential paper from Valentine Svensson: **Droplet scRNA-seq is not "
    "zero-inflated** (Svensson 2020). Very important message that can be applied to any field: "
    "simpler is (very) ofter better !\n"
    "- The paper introducing the Velocity approach: **RNA velocity of single cells** (La Manno "
    "et al, 2018).\n")

# List 629: linkless numbered titles, a hard break, then an `Authors:` line
_TITLE_OVER_AUTHORS = (
    "1. A Comparative Evaluation of Animation and Small Multiples for Trend Visualization on "
    "Mobile Phones  \n"
    "Authors: Matthew Brehmer, Bongshin Lee, Petra Isenberg, Eun Kyoung Choe\n")
_TITLE_AUTHORS_VENUE = (
    "1. Graphical Inference for Infovis  \n"
    "Authors: Hadley Wickham, Dianne Cook, Heike Hofmann, Andreas Buja  \n"
    "IEEE InfoVis 2010\n")


def _item(md: str):
    blocks = [b for b in parse(md) if isinstance(b, Item)]
    return parse_item(blocks[0].pieces)


def test_a_heading_of_linkless_titles_with_authors_and_year_lists_papers():
    """618: `- Lead-in: **Title** (Kaya-Okur et al. 2019).` bullets, no link in the list's
    papers at all (before: refused whole, `no paper or dataset items recognised`: a linkless
    item stood as a paper only beside linked papers, or where most of its heading's items were
    full citations, names first, or titles with a venue). A title phrase with its year and its
    authors is `linkless_paper`'s own evidence; `_written_as_paper` asked a venue besides. Items
    written so, CITED_ITEMS or more and most of their heading, are its papers, as a heading of
    titles with their venue and year is; no link or venue is made up for them."""
    papers = papers_in(_PROSE_BULLETS)
    assert papers["CUT&Tag for efficient epigenomic profiling of small samples and single "
                  "cells"] == (2019, "", "Part II: How does single-cell genomic work ?")
    assert papers["Chromatin accessibility profiling by ATAC-seq"][0] == 2022
    assert len(papers) == 7


def test_a_lead_in_before_the_bold_title_is_no_title():
    """618: `- Paper introducing CUT&Tag for single-cell epigenomic: **CUT&Tag for efficient
    …** (Kaya-Okur et al. 2019).` (before: plain words before a bold run made the bold mere
    emphasis inside a plain title, so the title kept `Paper introducing …:`). The item's one bold
    run, a phrase opening with a capital and set off after it (the author-date bracket), is the
    title when the plain words before it end as a lead-in does: a colon, a comma, or a word in
    lower case (`… it is the excellent **The triumphs …**`); emphasis inside a title is a word
    or two, never the whole phrase up to the fields."""
    papers = papers_in(_PROSE_BULLETS)
    assert "The biochemical basis of an all-or-none cell fate switch in Xenopus oocytes" \
        in papers
    assert "The triumphs and limitations of computational methods for scRNA-seq" in papers
    assert "Chromatin accessibility profiling by ATAC-seq" in papers
    assert not any(":" in title.split()[0] or "protocol" in title for title in papers)


def test_an_author_date_bracket_after_the_bold_title_gives_authors_and_year():
    """618: `**Droplet scRNA-seq is not zero-inflated** (Svensson 2020). Very important
    message …` and `**The triumphs …** (Kharchenko, 2021).` (before: a comment after the
    bracket left it unread, no year, so the item was no paper; a lone family name in the
    bracket was read as the venue `Kharchenko 2021`). The bracket right after the bold title
    holding names (or one capitalised family name the venue table does not know, no acronym
    or kind word) and a year is who wrote it and when, whatever comment follows; no venue."""
    papers = papers_with_authors(_PROSE_BULLETS)
    assert papers["Droplet scRNA-seq is not zero-inflated"] == (2020, "", ["Svensson"])
    assert papers["The triumphs and limitations of computational methods for scRNA-seq"] == (
        2021, "", ["Kharchenko"])
    assert papers["Data-Driven Phenotypic Dissection of AML Reveals Progenitor-like Cells that "
                  "Correlate with Prognosis"][:2] == (2015, "")
    assert papers["The biochemical basis of an all-or-none cell fate switch in Xenopus "
                  "oocytes"][2] == ["Ferrel", "Machleder"]


def test_a_hard_break_before_a_line_of_names_ends_a_plain_title():
    """629: `1. Graphical Inference for Infovis  ⏎ Authors: Hadley Wickham, … ⏎ IEEE
    InfoVis 2010` (before: a hard break ended the title's line only after a bold title or a
    line that is one link, so the plain title ran on into `Authors: …` and the venue). A hard
    break is the writer's: before a line that reads as names (an `Authors:` label before them
    is a label) it ends the title's line, plain or bold; the names are the authors and the
    line after them the venue."""
    item = _item(_TITLE_AUTHORS_VENUE)
    assert item.title == "Graphical Inference for Infovis"
    assert [a.family for a in item.authors] == ["Wickham", "Cook", "Hofmann", "Buja"]
    assert (item.venue_tag, item.year) == ("IEEE InfoVis 2010", 2010)
    item = _item(_TITLE_OVER_AUTHORS)
    assert item.title == ("A Comparative Evaluation of Animation and Small Multiples for Trend "
                          "Visualization on Mobile Phones")
    assert [a.family for a in item.authors] == ["Brehmer", "Lee", "Isenberg", "Choe"]
