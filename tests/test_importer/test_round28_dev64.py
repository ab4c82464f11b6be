"""Issue 15, round 28, `import-dev64` on lists 630, 631, 632, 635, 634, 636 (the fifty-second
held-out set, tests/corpus/, provenance in SOURCES.md): real lines of those lists, each read by
one general reading."""

from __future__ import annotations

from .conftest import papers_in, papers_with_authors

# List 635: setext headings over four-line bullets, title / authors / venue / pages
_FOUR_LINE_ITEMS = (
    "P4 papers and demos collections\n==========\n\n"
    "Papers\n------------------\n\n"
    "* P4: Programming Protocol-Independent Packet Processors  \n"
    "  Pat Bosshart, Dan Daly, Glen Gibb, Martin Izzard, Nick McKeown, Jennifer Rexford, Cole "
    "Schlesinger, Dan Talayco, Amin Vahdat, George Varghese, David Walker  \n"
    "  ACM Sigcomm Computer Communications Review (CCR). Volume 44, Issue #3 (July 2014)  \n"
    "  8 pages\t[ pdf ](http://yuba.stanford.edu/~nickm/papers/v44n3k2-bosshartA.pdf), Chinese "
    "Edition [ pdf ](http://yuba.stanford.edu/~nickm/papers/cccf.pdf)\n\n"
    "* Towards Programmable Packet Scheduling  \n"
    "  Anirudh Sivamaran, Suvinay Subramanian, Anurag Agrawal, Sharad Chole, Shang-Tse Chuang, "
    "Tom Edsall, Mohammad Alizadeh, Sachin Katti, Nick McKeown, Hari Balakrishnan  \n"
    "  HotNets' 15, Philadelphia, PA  \n"
    "  7 pages\t[ pdf ](http://yuba.stanford.edu/~nickm/papers/sivaraman.pdf)  \n\n"
    "* ClickNP Highly Flexible and High Performance Network Processing with Reconfigurable "
    "Hardware\n"
    "  Bojie Li (USTC / Microsoft Research), Kun Tan (Microsoft Research), Layong (Larry) Luo "
    "(Microsoft), Yanqing Peng (SJTU / Microsoft Research), Renqian Luo (USTC / Microsoft "
    "Research), Ningyi Xu (Microsoft Research), Yongqiang Xiong (Microsoft Research), Peng "
    "Cheng (Microsoft Research), Enhong Chen (USTC)\n"
    "  ACM SIGCOMM 2016\n"
    "  14 pages [ pdf ](http://www.microsoft.com/en-us/research/wp-content/uploads/2016/07/"
    "main-4.pdf), [ slide ](http://conferences.sigcomm.org/sigcomm/2016/files/program/sigcomm/"
    "Session01-Paper01-ClickNP-Bojie-Slides.pdf)\n")

# List 632: a syllabus table with no heading, its blank first cells written as spaces
_SYLLABUS_HEAD = (
    "**Date**   | <center>**Papers**</center>\n"
    ":----------|:--------------------------------\n")
_SYLLABUS_ROWS = (
    "Apr 1      | [Reflections on Trusting Trust](papers/thompson:reflections.pdf) by K. "
    "Thompson\n"
    "           | <center>**Enforcement mechanism: capabilities, IFC, SFI**</center>\n"
    "Apr 3      | [Capsicum: Practical Capabilities for UNIX](papers/capsicum.pdf) by Watson et. "
    "al\n"
    "Apr 8      | [Protecting Users by Confining JavaScript with COWL](papers/cowl.pdf) by D. "
    "Stefan et al.\n"
    "Apr 10     | No class\n"
    "           | <center>**Low-level security**</center>\n"
    "May 6      | [Hacking Blind](papers/brop.pdf) by A. Bittau et al.\n"
    "May 13     | [Spectre Attacks: Exploiting Speculative Execution](papers/spectre.pdf) by P. "
    "Kocher et al. (lead: Archit Mishra)\n")


def test_a_plain_line_of_names_under_a_title_line_is_its_author_line():
    """635: `* P4: Programming Protocol-Independent Packet Processors  ` over `  Pat Bosshart,
    Dan Daly, Glen Gibb, …` over the venue and pages lines (before: only an italic line was
    read as an author line, so the four lines ran on into one title, `P4: Programming …
    Processors Pat Bosshart, Dan Daly, … 8 pages`, and no sampled title was found). A plain
    line that is a comma list of three whole names or more (given and family names; each
    name's affiliation in brackets set aside) is the item's author line, whatever marks the
    title line above it: a wrapped title's next line reads as one or two names at most, and a
    line above that ends with a comma runs on into it (a list of names over more names). The
    title is the first line, the venue and year the lines below, as with an italic author line
    (388's `[Title](arxiv), ICML 2019 \\` over `Ryota Suzuki, Ryusuke Takahama, Shun Onoda`
    gains its authors the same way)."""
    papers = papers_with_authors(_FOUR_LINE_ITEMS)
    assert papers["P4: Programming Protocol-Independent Packet Processors"][2][:3] == [
        "Bosshart", "Daly", "Gibb"]
    assert papers["Towards Programmable Packet Scheduling"][:2] == (2015, "HotNets 2015")
    assert papers["ClickNP Highly Flexible and High Performance Network Processing with "
                  "Reconfigurable Hardware"][:2] == (2016, "ACM SIGCOMM 2016")
    assert len(papers) == 3


def test_a_row_indented_past_the_delimiter_row_stays_in_its_table():
    """632: `           | <center>**Intro**</center>` between `Apr 1      | [Title](pdf) by
    Author` rows (before: markdown-it ends a table at a line indented four spaces or more, an
    indented code block, so the table held its header alone and its seventeen papers were read
    as one paragraph and missed). GitHub reads such a line as the table's next row, its first
    cell blank, the pipes aligned: the rows indented past the delimiter row are set back to its
    indent, and the table holds every row; the topic rows (`<center>**Topic**</center>`) and
    `No class` are no papers."""
    papers = papers_in(_SYLLABUS_HEAD + _SYLLABUS_ROWS)
    assert set(papers) == {
        "Reflections on Trusting Trust", "Capsicum: Practical Capabilities for UNIX",
        "Protecting Users by Confining JavaScript with COWL", "Hacking Blind",
        "Spectre Attacks: Exploiting Speculative Execution"}


def test_a_cell_read_as_an_item_keeps_its_linked_title():
    """632: `Apr 3 | [Capsicum: Practical Capabilities for UNIX](papers/capsicum.pdf) by Watson
    et. al` (before: the words after a linked title phrase that read as a title phrase were
    taken for the title, `by Watson et. al`; a two-word link, `[Hacking Blind](pdf) by A.
    Bittau et al.`, was no title phrase, so its `by` clause was the title too). A cell that,
    read as a list item is, is titled by its link's text writes its fields around the title
    (`by` leading the authors, as `* [Title](pdf) by Authors` bullets do): the link's text is
    the title and the names its authors."""
    rows = "".join(line + "\n" for line in _SYLLABUS_ROWS.splitlines()
                   if not line.startswith(" "))
    papers = papers_with_authors(_SYLLABUS_HEAD + rows)
    assert papers["Reflections on Trusting Trust"] == (None, "", ["Thompson"])
    assert papers["Hacking Blind"][2] == ["Bittau"]
    assert papers["Protecting Users by Confining JavaScript with COWL"][2] == ["Stefan"]
    assert not any(title.startswith("by ") for title in papers)


# List 631: bare link paragraphs under `### Papers` and `### Books`
_LINK_PARAGRAPHS = (
    "# Classical Distributed\n\n### Papers\n\n"
    "[Fast Paxos](https://link.springer.com/content/pdf/10.1007/s00446-006-0005-x.pdf)\n\n"
    "[Paxos Made Simple](https://www.microsoft.com/en-us/research/publication/2016/12/"
    "paxos-simple-Copy.pdf)\n\n"
    "### Books\n\n"
    "[Parallel Processing, 1980 to 2020](https://link.springer.com/book/10.1007/"
    "978-3-031-01768-1)\n\n")


def test_a_paragraph_linking_a_whole_books_doi_under_books_is_a_book():
    """631: `[Parallel Processing, 1980 to 2020](link.springer.com/book/10.1007/978-3-031-…)`
    as a paragraph under `### Books` (before: a paragraph under a books heading was a book only
    when it linked no paper and stated no year; a DOI is a paper's link, so the book was
    imported as a paper). A DOI whose suffix is an ISBN names a whole book, which no paper
    has: the evidence a bullet under a books heading is already judged by
    (`_a_book`, `book_doi_link`) judges a paragraph too; the papers above stay."""
    papers = papers_in(_LINK_PARAGRAPHS)
    assert "Parallel Processing, 1980 to 2020" not in papers
    assert set(papers) == {"Fast Paxos", "Paxos Made Simple"}
