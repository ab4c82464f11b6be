"""A person's identifier is an identity decision (issue 20): when a person sets or changes
`doi:` or `arxiv:`, nothing a source wrote for the identifier the run had found stays beside
theirs; their DOI's own record is the only one used from then on."""

from __future__ import annotations

from awesome_bib.enrich import enrich_library
from awesome_bib.export import bibtex
from awesome_bib.export.resolve import resolve
from awesome_bib.store.entries_merge import merge_file

from .conftest import entry, library

CHEMCROW = "10.1038/s42256-024-00832-8"  # "Augmenting large language models with chemistry tools"
PLOS = "10.1371/journal.pone.0033693"  # a genuine record of another paper (fixtures)


def _chemcrow(fake_crossref, fake_arxiv, make_opts):
    fake_crossref.answer_search("chemistry tools", [CHEMCROW])
    lib = library(entry("b", title="Augmenting large language models with chemistry tools",
                        year=2024, venue_tag="Nat. Mach. Intell. 2024"))
    enrich_library(lib, make_opts())
    found = lib.entries[0]
    assert found.doi == CHEMCROW and found.container_title == "Nature Machine Intelligence"
    return lib, found


def test_a_doi_set_by_hand_clears_what_the_found_doi_wrote(fake_crossref, fake_arxiv,
                                                            make_opts):
    lib, e = _chemcrow(fake_crossref, fake_arxiv, make_opts)
    written = {n for n, owner in e.provenance.items() if owner == "crossref"} - {"doi"}
    assert {"container_title", "url"} <= written
    e.doi = PLOS  # a person edits the YAML: this is the paper, they say
    enrich_library(lib, make_opts())
    assert e.doi == PLOS and e.provenance["doi"] == "manual"
    for name in written:  # nothing of CHEMCROW's record is left beside their DOI
        assert name not in e.provenance and getattr(e, name) in ("", None, []), name
    assert {h["field"] for h in e.history if h["source"] == "the DOI was changed by hand"} \
        == written
    # Their DOI names another title: it is reported, and no search result replaces it.
    assert any(o.code == "doi-other-title" and o.doi == PLOS for o in e.outcomes), e.outcomes
    text = bibtex.render_entry(resolve(e))  # what the export prints: their DOI, alone
    assert PLOS in text and "Nature Machine Intelligence" not in text and "s42256" not in text
    enrich_library(lib, make_opts())  # and later runs keep it so
    assert e.doi == PLOS and not e.container_title and not e.url


BASE = {"key": "k", "title": "T", "doi": "10.1/found", "container_title": "Their Journal",
        "pages": "1-9", "arxiv": "2303.07618", "arxiv_comment": "10 pages",
        "provenance": {"doi": "crossref", "container_title": "crossref", "pages": "crossref",
                       "arxiv_comment": "arxiv"},
        "fingerprints": {"doi": "a", "container_title": "b", "pages": "c",
                         "arxiv_comment": "d"}}


def test_a_doi_set_during_a_run_keeps_nothing_of_the_runs_record():
    """The person saves a DOI while a run writes the record it found: merged, their DOI
    stands alone (the next run fetches its record), arXiv's fields stay."""
    ours = {**BASE, "volume": "7", "provenance": {**BASE["provenance"], "volume": "crossref"},
            "fingerprints": {**BASE["fingerprints"], "volume": "e"}}
    theirs = {**BASE, "doi": "10.1/theirs", "note": "checked"}
    doc = {"section": "s", "entries": []}
    merged, _ = merge_file({**doc, "entries": [BASE]}, {**doc, "entries": [ours]},
                           {**doc, "entries": [theirs]})
    [e] = merged["entries"]
    assert e["doi"] == "10.1/theirs" and e["provenance"]["doi"] == "manual"
    assert e["note"] == "checked" and e["arxiv_comment"] == "10 pages"
    for name in ("container_title", "pages", "volume"):
        assert name not in e and name not in e["provenance"], name
    assert set(e["fingerprints"]) == {"arxiv_comment"}


def test_an_arxiv_id_set_during_a_run_keeps_nothing_any_source_wrote():
    theirs = {**BASE, "arxiv": "2401.00001", "pages": "3-4"}
    doc = {"section": "s", "entries": []}
    merged, _ = merge_file({**doc, "entries": [BASE]}, {**doc, "entries": [BASE]},
                           {**doc, "entries": [theirs]})
    [e] = merged["entries"]
    assert e["arxiv"] == "2401.00001" and e["provenance"]["arxiv"] == "manual"
    assert e["pages"] == "3-4" and e["provenance"]["pages"] == "manual"  # their own value
    for name in ("container_title", "arxiv_comment"):
        assert name not in e, name


def test_a_source_value_of_the_wrong_type_is_dropped_with_an_outcome(fake_crossref,
                                                                      fake_arxiv, make_opts):
    """The genuine CHEMCROW record with hostile types in three fields (issue 20): those fields
    are not written, one outcome says so, the well-typed rest of the record is used."""
    work = fake_crossref.works[CHEMCROW]
    work.update({"URL": {"javascript": "alert(1)"}, "page": 42.5, "author": "R. Hacker"})
    lib, e = _chemcrow(fake_crossref, fake_arxiv, make_opts)
    assert not e.url and not e.pages and not e.authors
    assert e.container_title == "Nature Machine Intelligence"  # the rest is used
    dropped = [o for o in e.outcomes if o.code == "value-dropped"]
    assert sorted(o.message.split(" gave ")[1].split(" as ")[0] for o in dropped) == [
        "authors", "pages", "url"]
    assert "crossref gave url as a dict, not str: not used" in [o.message for o in dropped]
    assert not e.unresolved or "value-dropped" not in e.unresolved
