"""Issue 15, round 24, `import-dev48` on lists 535-540 (the forty-fourth held-out set's second
half, tests/corpus/, provenance in SOURCES.md): real lines of those lists, each read by one
general reading."""

from __future__ import annotations

import pytest

from awesome_bib.errors import ListError

from .conftest import papers_in

# List 539's bullets: bare linkless titles under `### venue` headings inside `## year` headings
_VENUES_IN_YEARS = (
    "# Security-Papers\n"
    "Security papers about software vulnerabilities, exploits and defenses in recent top "
    "conferences.\n\n"
    "## 2018\n\n### NDSS\n\n"
    "* Automated Generation of Event-Oriented Exploits in Android Hybrid Apps\n"
    "* VulDeePecker: A Deep Learning-Based System for Vulnerability Detection\n"
    "* K-Miner: Uncovering Memory Corruption in Linux\n\n"
    "### Oakland (S&P)\n\n"
    "* Compiler-assisted Code Randomization\n"
    "* Hackers vs. Testers: A Comparison of Software Vulnerability Discovery Processes\n"
    "* Protecting the Stack with Metadata Policies and Tagged Hardware\n\n"
    "## 2017\n\n\n### USENIX Security\n\n"
    "* Efficient Protection of Path-Sensitive Control Security\n"
    "* Hacking in Darkness: Return-oriented Programming against Secure Enclaves\n"
    "* Understanding the Mirai Botnet\n\n"
    "### CCS\n\n"
    "* FreeGuard : A Faster Secure Heap Allocator\n"
    "* Object Flow Integrity\n"
    "* PtrSplit: Supporting General Pointers in Automatic Program Partitioning\n")

# The same bullets where the headings inside a year are topics: no edition named
_TOPICS_IN_YEARS = (
    "# Security-Papers\n\n## 2018\n\n### Fuzzing\n\n"
    "* Automated Generation of Event-Oriented Exploits in Android Hybrid Apps\n"
    "* VulDeePecker: A Deep Learning-Based System for Vulnerability Detection\n"
    "* K-Miner: Uncovering Memory Corruption in Linux\n\n"
    "### NDSS\n\n"
    "* Compiler-assisted Code Randomization\n"
    "* Hackers vs. Testers: A Comparison of Software Vulnerability Discovery Processes\n"
    "* Protecting the Stack with Metadata Policies and Tagged Hardware\n")


def test_venue_headings_inside_year_headings_name_the_editions_of_bare_titles():
    """539: `## 2018` > `### NDSS` / `### Oakland (S&P)`, `## 2017` > `### USENIX Security` /
    `### CCS`, each over bare linkless titles (before: the list refused whole, `no paper or
    dataset items recognised`, since neither `NDSS` nor `CCS` is in the venue table and a
    year heading alone names no edition). Every heading right under a year heading is written
    as a venue's short name, so the list groups by year, then venue: each heading and its
    year heading name an edition, and a bare title phrase there is its paper, as under `##
    26th USENIX Security Symposium 2017` (510). A topic among them (`### Fuzzing`) leaves the
    year's headings silent: no venue made up, the bare titles stay unread (the list refused)."""
    papers = papers_in(_VENUES_IN_YEARS)
    assert len(papers) == 12
    assert papers["K-Miner: Uncovering Memory Corruption in Linux"] == (2018, "NDSS 2018",
                                                                       "NDSS")
    assert papers["Compiler-assisted Code Randomization"] == (2018, "Oakland (S&P) 2018",
                                                            "Oakland (S&P)")
    assert papers["Understanding the Mirai Botnet"] == (2017, "USENIX Security 2017",
                                                       "USENIX Security")
    assert papers["Object Flow Integrity"] == (2017, "CCS 2017", "CCS")
    with pytest.raises(ListError):
        papers_in(_TOPICS_IN_YEARS)
