"""Issue 15, round 18, `import-known18`: the weakest known lists (tests/corpus/, provenance
in SOURCES.md), each miss read by one general reading; real lines of those lists."""

from __future__ import annotations

from .conftest import papers_in

# List 293's lines 3-15 (a title in curly quotes broken over two lines, APA's year between
# the names and the title)
_APA_QUOTED = (
    "# Papers\n\n"
    "1. Jovanovic N, Kruegel C, Kirda E. Pixy: A static analysis tool for detecting web "
    "application vulnerabilities.\n"
    "    In: 2006 IEEE Symposium on Security and Privacy (S&P’06). IEEE; 2006. p. 6–pp.\n"
    "2. F. Yamaguchi, M. Lottmann, and K. Rieck, “Generalized vulnerability extrapolation "
    "using abstract syntax trees,” \n"
    "   in Proceedings of the 28th Annual Computer Security Applications Conference. ACM, "
    "2012, pp. 359–368.\n"
    "6. Unruh, T., Shastry, B., Skoruppa, M., Maggi, F., Rieck, K., Seifert, J. P., & "
    "Yamaguchi, F. (2017). “Leveraging Flawed Tutorials for Seeding Large-Scale Web "
    "Vulnerability\n"
    "    Discovery”. \n"
    "    In 11th {USENIX} Workshop on Offensive Technologies ({WOOT} 17).\n")


def test_a_year_between_the_names_and_a_quoted_title_is_the_citations_year():
    """List 293: `Names (2017). “Title”. In Venue.`: the `(2017).` after the names is APA's
    year, so the names still read as names and the quoted title as the title (before: the item
    was not imported at all)."""
    papers = papers_in(_APA_QUOTED)
    title = "Leveraging Flawed Tutorials for Seeding Large-Scale Web Vulnerability Discovery"
    assert title in papers
    assert papers[title][0] == 2017
    assert papers["Generalized vulnerability extrapolation using abstract syntax trees"][0] \
        == 2012
