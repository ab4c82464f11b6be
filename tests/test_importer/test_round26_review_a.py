"""Issue 15, round 26 review (a): readings added by import-dev53 and import-dev54 that
misfired on ordinary lines of other lists, one test per misfire, each on a few lines in the
shapes real lists write."""

from __future__ import annotations

from .conftest import papers_in, papers_with_authors


def test_a_capitalised_note_after_an_author_date_citation_is_no_venue():
    """dev53's `_author_date_venue` took any capitalised words opening an author-date
    citation's tail as its venue: `“Title.” Blog Post, The Programming Historian.` read venue
    `Blog Post`. A journal's name has its volume right after it, a book's follows `In`; capitals
    alone are a note."""
    papers = papers_in(
        "# L\n\n## Readings\n\n"
        "- Brown, Carl. 2016. “Text mining for historians today.” Blog Post, The Programming "
        "Historian.\n"
        "- Alves, Daniel. 2014. “Introduction: Digital Methods and Tools for Historical "
        "Research.” International Journal of Humanities and Arts Computing 8 (1): 1–12.\n"
        "- Hoover, David L. 2008. “Quantitative Analysis and Literary Studies.” In Companion to "
        "Digital Literary Studies, Hardcover. Oxford: Blackwell.\n")
    assert papers["Text mining for historians today"][:2] == (2016, "")
    # (a journal with its volume, a book after `In`: still read)
    assert papers["Introduction: Digital Methods and Tools for Historical Research"][1] == (
        "International Journal of Humanities and Arts Computing")
    assert papers["Quantitative Analysis and Literary Studies"][1] == (
        "Companion to Digital Literary Studies")


def test_names_and_an_affiliation_before_a_dated_bracket_are_no_venue():
    """dev54's `_venue_before_date` took the words before `(May 5, 2023)` as the venue when
    they held a venue's word: `Eve Green, Institute of Chemistry (May 5, 2023)` read venue
    `Eve Green, Institute of Chemistry 2023` (a person's name in a venue). With a comma among
    them the words are a list (names, an affiliation): only a venue the table knows counts."""
    papers = papers_with_authors(
        "# L\n\n## Papers\n\n"
        "- [Transformers in chemistry today](https://arxiv.org/abs/2101.00003), Eve Green, "
        "Institute of Chemistry (May 5, 2023)\n"
        "- [Deep learning for protein folding](https://arxiv.org/abs/2101.00001), Nature "
        "Machine Intelligence *(October 16, 2025)*\n")
    venue = papers["Transformers in chemistry today"][1]
    assert "Green" not in venue
    assert papers["Deep learning for protein folding"][:2] == (
        2025, "Nature Machine Intelligence 2025")


def test_a_linked_venue_or_publication_note_after_a_tool_is_no_title():
    """dev54's `_named_work` titled a tool by the one paper-host link standing as its own
    field, whatever its words: `[scvis](bitbucket) - [python] - [Nat Commun 2018](doi)` was
    titled `Nat Commun 2018`, `… [Published in Genome Biology](…)` `Published in Genome
    Biology`. Those words say where the paper appeared, not what it is called: the tool's name
    stays the title, as before dev54."""
    papers = papers_in(
        "# awesome-single-cell\n\n### Clustering\n\n"
        "- [scvis](https://bitbucket.org/jerry00/scvis-dev) - [python] - [Nat Commun 2018]"
        "(https://doi.org/10.1038/s41467-018-04368-5)\n"
        "- [SC3](https://github.com/hemberg-lab/SC3) - [R] - Consensus clustering of "
        "single-cell RNA-seq data.\n"
        "- [Scanpy](https://github.com/theislab/scanpy) - [Python] - Scalable toolkit. "
        "[Published in Genome Biology](https://genomebiology.biomedcentral.com/articles/"
        "10.1186/s13059-017-1382-0)\n")
    assert "Nat Commun 2018" not in papers
    assert "Published in Genome Biology" not in papers


def test_an_italic_note_before_a_bracketed_year_is_no_journal():
    """dev54's `_italic_journal_before` read any capitalised italic words between a title's
    link and its `(year)` as the journal: `[Title](arxiv) *Must Read* (2016)` read venue
    `Must Read 2016`, and `*Code Available*` / `*Video Lecture*` made a paper a code or video
    link and dropped it. The reading is MLA's (a quoted title, then the italic container): it
    now asks for the quoted title and for no resource's word in the italic."""
    papers = papers_in(
        "# L\n\n## Papers\n\n"
        "- [Deep learning for protein folding](https://arxiv.org/abs/2101.00001) *Must Read* "
        "(2016)\n"
        "- [Graph networks for molecule design](https://arxiv.org/abs/2101.00002) *Open "
        "Access* (2017)\n"
        "1. Smith, John. [\"Neural networks in physics.\"](https://doi.org/10.1/d) *Code "
        "Available* (2018).\n"
        "2. Jones, Bob. [\"Experimental evolution of metabolic dependency.\"]"
        "(https://doi.org/10.1/e) *PLoS Genetics* (2016).\n")
    assert papers["Deep learning for protein folding"][:2] == (2016, "")
    assert papers["Graph networks for molecule design"][:2] == (2017, "")
    assert papers["Neural networks in physics"][:2] == (2018, "")
    assert papers["Experimental evolution of metabolic dependency"][:2] == (
        2016, "PLoS Genetics 2016")
