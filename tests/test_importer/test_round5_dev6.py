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
