"""Issue 15, round 13, `import-dev17` on the twenty-first held-out set (lists 253-264,
tests/corpus/, provenance in SOURCES.md): real lines of those lists, each read by one general
reading (a title whose capitalised words read as names before its author list)."""

from __future__ import annotations

from awesome_bib.importer import read_library


def _papers(md: str) -> dict[str, tuple[int | None, str, list[str]]]:
    """title -> (year, venue tag, authors' family names) of each paper the list imports."""
    return {e.title: (e.year, e.venue_tag, [a.family for a in e.authors])
            for e in read_library(md, "list.md").lib.entries}


def test_linkless_citation_lines_whose_title_reads_as_names():
    """List 256: linkless lines `Title, A. Author et al., Venue, 2016.<br>` in one paragraph.
    `Deterministic Policy Gradient Algorithms, D. Silver et al.` reads as one author list
    (capitalised words, then "et al."), but after the year is peeled its venue is the field
    before the year, and the title then its names: every line is a paper, so the paragraph
    is read line by line (before: one line unread refused the whole list)."""
    md = ("本文列举了关于深度强化学习的一些论文。\n\n### 策略相关的文章\n\n"
          "Asynchronous Methods for Deep Reinforcement Learning, V. Mnih et al., arXiv, "
          "2016.<br>\n"
          "Continuous control with deep reinforcement learning, T. P. Lillicrap et al., ICLR, "
          "2016.<br>\n"
          "Deterministic Policy Gradient Algorithms, D. Silver et al., ICML, 2015.<br>\n"
          "Trust Region Policy Optimization, J. Schulman et al., ICML, 2015.<br>\n")
    papers = _papers(md)
    assert papers["Deterministic Policy Gradient Algorithms"] == (2015, "ICML 2015", ["Silver"])
    assert papers["Trust Region Policy Optimization"] == (2015, "ICML 2015", ["Schulman"])
    assert papers["Continuous control with deep reinforcement learning"][:2] \
        == (2016, "ICLR 2016")
    assert len(papers) == 4


def test_a_capitalised_author_list_is_still_no_title():
    """The reading needs a year peeled first and an author list after the title: a line of
    names alone before a venue stays what it was (no title made of names)."""
    md = ("# L\n\n## Papers\n\n"
          "Ann Author, Bob Writer et al., ICML, 2015.<br>\n"
          "Carl Person, Dan Other et al., NIPS, 2016.<br>\n")
    assert not any(t.startswith(("Ann Author", "Carl Person")) for t in _papers_or_none(md))


def _papers_or_none(md: str) -> list[str]:
    from awesome_bib.errors import ListError
    try:
        return list(_papers(md))
    except ListError:
        return []
