"""Issue 15, round 23, the lead's fixes after merging its four branches and judging them on the
unseen 517-540: each found by reading the judgement's full import, each a general reading."""

from __future__ import annotations

from .conftest import papers_with_authors

# List 530 (a held-out list of round 23; this fix was made after its judgement), as written:
# a names line ending in a `[Link]`, the bold title, the italic proceedings with pages and year
_THREE_LINES = (
    "# Paper Review Reading List\n\n## A. Core DBMS, Storage, and Query Processing\n\n"
    "- P. Boncz, M. Zukowski, and N. Nes. [Link](https://www.cidrdb.org/cidr2005/papers/P19.pdf)\n"
    "  **MonetDB/X100: Hyper-Pipelining Query Execution.**  \n"
    "  *Proceedings of the 2nd Biennial Conference on Innovative Data Systems Research (CIDR)*, "
    "pp. 225–237, 2005.\n\n"
    "- M. Stonebraker, D. J. Abadi, A. Batkin, et al. [Link](https://dl.acm.org/doi/10.5555/"
    "1083592.1083658) \n"
    "  **C-Store: A Column-Oriented DBMS.**  \n"
    "  *Proceedings of the 31st International Conference on Very Large Data Bases (VLDB)*, pp. "
    "553–564, 2005.\n")


def test_a_names_line_over_a_bold_title_keeps_its_link_label_out_and_reads_the_venue_line():
    """Round 23 read `Names [Link](url)` over a bold title line as the authors and the title,
    but took the link's label for a family name (`Boncz, Zukowski, Link`, and `Kemper, Link`
    for `A. Kemper and T. Neumann. [Link]`: a field from nowhere), refused the reading when
    "et al." came before the label (the item titled `M. Stonebraker`), and dropped the venue and
    year written on the line under the title."""
    papers = papers_with_authors(_THREE_LINES)
    assert papers["MonetDB/X100: Hyper-Pipelining Query Execution"] == (
        2005, "Proceedings of the 2nd Biennial Conference on Innovative Data Systems Research "
        "(CIDR) 2005", ["Boncz", "Zukowski", "Nes"])
    assert papers["C-Store: A Column-Oriented DBMS"] == (
        2005, "Proceedings of the 31st International Conference on Very Large Data Bases (VLDB) "
        "2005", ["Stonebraker", "Abadi", "Batkin"])


# A multi-agent RL list's contest section (the review's repro of round 23's event heading)
_CONTESTS = (
    "# Multi-agent RL\n\n## Competition\n\n"
    "- [The NetHack Learning Environment](https://openreview.net/forum?id=0yqsEq4Z_v), "
    "NeurIPS 2020\n"
    "- [Grandmaster level in StarCraft II using multi-agent reinforcement learning]"
    "(https://www.nature.com/articles/s41586-019-1724-z), Nature 2019\n"
    "- [Lux AI Season 2](https://www.kaggle.com/competitions/lux-ai-season-2), Kaggle 2023\n")


def test_papers_under_a_competition_heading_stay_and_a_contests_page_goes():
    """Round 23 read `## Competition` as a heading of events, where only an item linking a
    paper itself (arXiv, a DOI, a PDF) counts: a paper linked to OpenReview or a journal's page
    was dropped. A contest is told by its own page (`/competitions/`, Kaggle's `/c/`)."""
    assert set(papers_with_authors(_CONTESTS)) == {
        "The NetHack Learning Environment",
        "Grandmaster level in StarCraft II using multi-agent reinforcement learning"}
