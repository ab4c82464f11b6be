"""Issue 15, round 5 (fifth held-out set as development lists, 61-72): real lines of the lists
in tests/corpus/ (provenance in SOURCES.md "Fifth held-out set"), one test per mechanism."""

from __future__ import annotations

from awesome_bib.core.identifiers import listed_link
from awesome_bib.importer import build_library
from awesome_bib.model import Library


def _lib(md: str) -> Library:
    lib, _ = build_library(md, "list.md")
    return lib


def test_a_relative_link_to_a_pdf_in_the_repository_is_the_papers_link():
    """List 61: `[Title](papers/essentials/x.pdf)` links the paper's file kept beside the list;
    an anchor, a page of the repository or a root path is no paper link."""
    lib = _lib("# Database Papers\n\n### Essentials\n\n"
               "- [A Relational Model Of Data For Large Shared Data Banks](papers/essentials/"
               "a-relational-model-of-data-for-large-shared-data-banks.pdf) (1970) - Codd, "
               "Edgar F.\n"
               "- [Sequel: A Structured English Query Language](papers/essentials/sequel:-a-"
               "structured-english-query-language.pdf) (1974) - Chamberlin, Donald D., and "
               "Raymond F. Boyce.\n")
    assert [e.title for e in lib.entries] == [
        "A Relational Model Of Data For Large Shared Data Banks",
        "Sequel: A Structured English Query Language"]
    assert lib.entries[0].links[0].url.startswith("papers/essentials/")
    assert not listed_link("#essentials")
    assert not listed_link("docs/README.md")
    assert not listed_link("/papers/x.pdf")
    assert listed_link("papers/consensus/raft.PDF")


def test_a_year_and_venue_code_before_the_title_and_a_heading_of_linkless_papers():
    """List 72: `- 16-ATC-Title` (the two-digit year and the venue's acronym glued to the
    title) without any link; a heading most of whose items (three or more) are so written is a
    section of papers; a question among them is not one (a problem, no link)."""
    lib = _lib("# Host Networking\n\n<h3 id=\"1.1\">1.1 Basic</h3>\n\n"
               "- 16-ATC-Design Guidelines for High Performance RDMA Systems\n"
               "- 18-CoNEXT-The eXpress Data Path: Fast Programmable Packet Processing in the "
               "Operating System Kernel\n"
               "- 20-FCCM-Corundum-An Open-Source 100-Gbps NIC\n"
               "- How can we simplify or accelerate network stack processing?\n")
    assert [(e.title, e.venue_tag, e.year, e.links) for e in lib.entries] == [
        ("Design Guidelines for High Performance RDMA Systems", "ATC 2016", 2016, []),
        ("The eXpress Data Path: Fast Programmable Packet Processing in the Operating System "
         "Kernel", "CoNEXT 2018", 2018, []),
        ("Corundum-An Open-Source 100-Gbps NIC", "FCCM 2020", 2020, [])]
    assert [p.line for p in lib.problems] == [8]


def test_linkless_items_under_a_heading_of_two_are_not_papers_alone():
    """Two linkless items are no regularity: they stay problems (no link) when no heading of
    the list has three or more papers written so."""
    lib_md = ("# L\n\n## A\n\n- 16-ATC-Design Guidelines for High Performance RDMA Systems\n"
              "- 18-SIGCOMM-Revisiting Network Support for RDMA\n\n"
              "## B\n\n- [Attention Is All You Need](https://arxiv.org/abs/1706.03762)\n")
    lib = _lib(lib_md)
    assert [e.title for e in lib.entries] == ["Attention Is All You Need"]
    assert [p.reason for p in lib.problems] == ["no link", "no link"]
