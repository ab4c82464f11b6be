"""Issue 15, round 28 review (b): misfires of import-dev63's readings on ordinary lines of other
lists, each a repro in the shapes real lists use (each failed on 1763866)."""

from __future__ import annotations

from .conftest import papers_in

# `Names: [Title](pdf). Venue'yy` paragraphs under a week's heading (626's shape)
_NAMED_PARAGRAPHS = (
    "## Recommended Reading\n\n### Week 2\n\n"
    "Udupa, Raghavan, Deshmukh, Mador-Haim, Martin, Alur: [TRANSIT: specifying protocols with "
    "concolic snippets](http://acg.cis.upenn.edu/papers/pldi13_transit.pdf). PLDI'13\n\n"
    "Albarghouthi, Gulwani, Kincaid: [Recursive Program Synthesis]"
    "(http://pages.cs.wisc.edu/~aws/papers/cav13a.pdf). CAV'13\n\n"
    "Phothilimthana, Thakur, Bodik, Dhurjati: [Scaling Up Superoptimization]"
    "(https://people.eecs.berkeley.edu/~mangpo/www/papers/lens-asplos16.pdf). ASPLOS’16\n\n")

# `* Title (1967). [Paper](url)` bullets (625's shape)
_DATED_LINKED = (
    "## Papers\n\n"
    "* The Structure of the \"THE\"-Multiprogramming System (1967). "
    "[Paper](https://dl.acm.org/doi/10.1145/363095.363143)\n"
    "* The Nucleus of a Multiprogramming System (1970). "
    "[Paper](https://dl.acm.org/doi/10.1145/362258.362278)\n"
    "* TENEX, a Paged Time Sharing System for the PDP-10 (1971). "
    "[Paper](https://dl.acm.org/doi/10.1145/361268.361271)\n")


def test_a_paragraph_whose_title_precedes_its_journals_link_keeps_no_journal_as_title():
    """`Gulwani, Polozov, Singh. Program Synthesis. [Foundations and Trends in Programming
    Languages](url), 2017.` among paragraphs titled by their links: `_paragraph_titles` took the
    link's text, the journal's name, as the paper's title (its own reading held the title
    phrase after the names). The template's title is taken only where the own title is names
    only (or the same title)."""
    papers = papers_in(
        _NAMED_PARAGRAPHS + "Gulwani, Polozov, Singh. Program Synthesis. [Foundations and Trends "
        "in Programming Languages](https://www.nowpublishers.com/article/Details/PGL-010), "
        "2017.\n")
    assert "Foundations and Trends in Programming Languages" not in papers
    assert "Recursive Program Synthesis" in papers  # (the template still reads the others)


def test_a_dated_parent_naming_its_childrens_kind_is_a_label_not_a_paper():
    """`* Papers presented at the OSDI workshop (2019).` over child papers in a list of `* Title
    (1967). [Paper](url)` bullets: a title phrase and a year, so the folded parent was judged
    a linkless paper and imported as one; a parent that names papers (or another kind) is a
    label of its children."""
    papers = papers_in(
        _DATED_LINKED + "* Papers presented at the OSDI workshop (2019).\n"
        "  * Finding and Reproducing Heisenbugs in Concurrent Programs (2008). "
        "[Paper](https://dl.acm.org/doi/10.5555/1855741.1855760)\n"
        "  * Ad Hoc Synchronization Considered Harmful (2010). "
        "[Paper](https://www.usenix.org/legacy/events/osdi10/tech/full_papers/Xiong.pdf)\n")
    assert "Papers presented at the OSDI workshop" not in papers
    assert "Ad Hoc Synchronization Considered Harmful" in papers


def test_a_linkless_dated_book_talk_or_note_is_no_paper_where_the_lists_papers_are_dated():
    """In a list whose linked papers are each `* Title (1967). [Paper](url)`, a linkless `*
    Title (year).` was imported as a paper wherever it stood (`_dated_linked_shape`): a book
    under `## Textbooks`, a talk under `## Keynotes`, `* Lecture notes on virtual memory from
    CS162 (2019).`. A heading or a title naming another kind of item keeps it out."""
    for extra in ("## Textbooks\n\n* Operating Systems: Three Easy Pieces (2018).\n",
                  "## Keynotes\n\n* The Future of Operating Systems Research (2019).\n",
                  "## Background\n\n* Lecture notes on virtual memory from CS162 (2019).\n"):
        papers = papers_in(_DATED_LINKED + "\n" + extra)
        assert len(papers) == 3, (extra, sorted(papers))
