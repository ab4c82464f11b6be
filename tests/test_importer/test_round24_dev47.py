"""Issue 15, round 24, `import-dev47` on lists 529-534 (the forty-fourth held-out set's first
half, tests/corpus/, provenance in SOURCES.md): real lines of those lists, each read by one
general reading."""

from __future__ import annotations

from awesome_bib.importer import read_library

from .conftest import papers_in, papers_with_authors

# List 529's bullets: a bold method label, the link in angle brackets, then `by Authors, year`
_BANDITS = (
    "# RL-Exploration-Paper-Lists\n\n## MAB Exploration\n\n### Provable Algorithms\n\n"
    "* **[POKER]** <[Multi-armed bandit algorithms and empirical evaluation](https://link.springer"
    ".com/content/pdf/10.1007/11564096_42.pdf)> by Joannes Vermorel and Mehryar Mohri, 2005\n\n"
    "* **[UCB]** <[Finite-time analysis of the multiarmed bandit problem](https://link.springer."
    "com/content/pdf/10.1023/A:1013689704352.pdf)> by Peter Auer, Nicolo Cesa-Bianchi, and Paul "
    "Fischer, 2002.\n\n"
    "#### Beyesian Bandit\n\n"
    "* <[A modern bayesian look at the multi-armed bandit](https://pdfs.semanticscholar.org/0323/"
    "0c3c83dbb013c3e610702c6f650307f0ce5c.pdf)> by Steven L Scott, 2010.\n\n"
    "#### Gittin Indices\n\n"
    "* <[Bandit processes and dynamic allocation indices](https://core.ac.uk/download/pdf/"
    "6519269.pdf)> by John C Gittins, 1979.\n")


def test_a_bold_undated_label_no_venue_table_knows_names_the_method_not_the_venue():
    """529: `**[POKER]** <[Title](url)> by Names, 2005`: the bold bracket before the link was
    read as the venue (`POKER`, `UCB`). It holds no year, no venue the table knows, and the
    item dates itself after its authors: a method's label, so no venue is read."""
    papers = papers_in(_BANDITS)
    assert papers["Multi-armed bandit algorithms and empirical evaluation"][:2] == (2005, "")
    assert papers["Finite-time analysis of the multiarmed bandit problem"][:2] == (2002, "")


def test_by_announces_names_so_one_author_and_the_year_after_it_are_read():
    """529: `by Steven L Scott, 2010.`: one name before the year was refused as authors (a lone
    name may be a venue, `Ann Author, NeurIPS, 2020`), so year and author were missed; "by"
    says names follow, so one person's name (with a given name) is the author, and the year
    after it the paper's."""
    papers = papers_with_authors(_BANDITS)
    assert papers["A modern bayesian look at the multi-armed bandit"] == (2010, "", ["Scott"])
    assert papers["Bandit processes and dynamic allocation indices"] == (1979, "", ["Gittins"])


# List 533's unbulleted paragraphs, as written
_BASEBAND = (
    "# Cellular-Security-Papers\n\n## Baseband Analysis \n### Baseband Reverse Engineering\n\n"
    "[awesome-baseband-research](https://github.com/lololosys/awesome-baseband-research) Nice "
    "summary of research works in baseband firmware RE. \n\n"
    "[Huawei baseband exploit](https://i.blackhat.com/us-18/Thu-August-9/us-18-Grassi-"
    "Exploitation-of-a-Modern-Smartphone-Baseband-wp.pdf) (BH 18) \n\n"
    "[Baseband Attacks: Remote Exploitation of Memory Corruptions in Cellular Protocol Stacks]"
    "(https://www.usenix.org/system/files/conference/woot12/woot12-final24.pdf) (USENIX WOOT 12) "
    "\n\n"
    "[BASESPEC: Comparative Analysis of Baseband Software and Cellular Specifications for L3 "
    "Protocols](https://www.ndss-symposium.org/wp-content/uploads/2021-365-paper.pdf) (NDSS 21)\n\n"
    "[Semantic-Enhanced Static Vulnerability Detection in Baseband Firmware](https://dl.acm.org/"
    "doi/pdf/10.1145/3597503.3639158) (ICSE'24)\n\n"
    "### Emulation and fuzzing \n"
    "[Emulating Samsung’s Baseband for Security Testing](https://i.blackhat.com/USA-20/Wednesday/"
    "us-20-Hernandez-Emulating-Samsungs-Baseband-For-Security-Testing.pdf)\n\n"
    "[BaseSAFE: Baseband SAnitized Fuzzing through Emulation](https://dl.acm.org/doi/pdf/10.1145/"
    "3395351.3399360) (WiSec 20)\n\n"
    "[FIRMWIRE: Transparent Dynamic Analysis for Cellular Baseband Firmware](https://www.ndss-"
    "symposium.org/wp-content/uploads/2022-136-paper.pdf) (NDSS 22)\n")


def test_a_venue_and_two_digit_year_in_brackets_after_the_link_are_read():
    """533: `[Title](url) (NDSS 21)`: brackets ending the item that hold only a venue the
    table knows and a two-digit year after a space were not read
    (only `(ICSE'24)`'s apostrophe was); the one two-digit rule makes it NDSS 2021."""
    papers = papers_in(_BASEBAND)
    assert papers["BASESPEC: Comparative Analysis of Baseband Software and Cellular "
                  "Specifications for L3 Protocols"][:2] == (2021, "NDSS 2021")
    assert papers["Baseband Attacks: Remote Exploitation of Memory Corruptions in Cellular "
                  "Protocol Stacks"][:2] == (2012, "USENIX WOOT 2012")
    assert papers["BaseSAFE: Baseband SAnitized Fuzzing through Emulation"][:2] \
        == (2020, "WiSec 2020")


def test_talks_only_hosts_and_named_repositories_are_no_papers_among_paper_paragraphs():
    """533: a Black Hat white paper and talk slides (PDFs on a talks-only conference's host)
    were imported as papers, and so was a repository linked by its name
    (`awesome-baseband-research`) because most paragraphs of its section are papers; a
    paragraph is judged as a bullet is (`not_a_paper`), and a tool's name linked to its
    repository is not made a paper by its neighbours."""
    assert set(papers_in(_BASEBAND)) == {
        "Baseband Attacks: Remote Exploitation of Memory Corruptions in Cellular Protocol Stacks",
        "BASESPEC: Comparative Analysis of Baseband Software and Cellular Specifications for L3 "
        "Protocols",
        "Semantic-Enhanced Static Vulnerability Detection in Baseband Firmware",
        "BaseSAFE: Baseband SAnitized Fuzzing through Emulation",
        "FIRMWIRE: Transparent Dynamic Analysis for Cellular Baseband Firmware"}


# List 530's three-line items: the one whose first line has no closing stop, as written
_READING = (
    "# Paper Review Reading List\n\n## E. Cloud\n\n"
    "- M. Armbrust, A. Ghodsi, R. Xin, M. Zaharia  [Link](https://www.cidrdb.org/cidr2021/papers/"
    "cidr2021_paper17.pdf)\n"
    "  **Lakehouse: A New Generation of Open Platforms that Unify Data Warehousing and Advanced "
    "Analytics.**\n"
    "  *Proceedings of the 11th Biennial Conference on Innovative Data Systems Research (CIDR)*, "
    "2021\n")


def test_a_first_line_closed_by_its_link_is_the_items_line():
    """530: `- Names  [Link](url)` over `**Title.**` over the venue, with no hard breaks: the
    item was listed on its title's line, as a citation wrapped inside a sentence is. A first
    line that ends with a link ends a field, not a wrapped sentence: the item is listed on
    its bullet line, as its neighbours (hard breaks) are."""
    lib = read_library(_READING, "list.md").lib
    assert [(e.title[:9], e.listings[0].line) for e in lib.entries] == [("Lakehouse", 5)]
