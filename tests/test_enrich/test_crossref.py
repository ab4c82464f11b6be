"""Crossref: DOI batches, searches, acceptance and rejection, published versions, politeness."""

from __future__ import annotations

import pytest

from awesome_bib.enrich import enrich_library
from awesome_bib.enrich.crossref import CrossrefDois
from awesome_bib.enrich.http import RetryPolicy
from tests.fakes.servers import Fault

from .conftest import crossref_client as client
from .conftest import entry, library

CHEMCROW = "10.1038/s42256-024-00832-8"
PREPRINT = "10.1101/2024.04.01.587366"
PUBLISHED = "10.1016/j.xgen.2025.100814"
PREPRINT_TITLE = "High-throughput screening of human genetic variants by pooled prime editing"


def test_dois_go_in_filter_batches_with_rows_set(fake_crossref, clock):
    known = sorted(fake_crossref.works)
    dois = known + [f"10.5555/unknown-{n}" for n in range(120 - len(known))]
    dois.append("10.48550/arXiv.2304.05376")  # DataCite: never asked of Crossref
    out = {}
    for batch in CrossrefDois(client(fake_crossref, clock)).lookup(dois):
        out.update(batch)
    # the batches run concurrently: they may arrive in any order
    sent = sorted((r.query["filter"][0].split(",") for r in fake_crossref.requests), key=len)
    assert [len(s) for s in sent] == [20, 50, 50]
    assert sorted(r.query["rows"][0] for r in fake_crossref.requests) == ["20", "50", "50"]
    assert sorted(d.removeprefix("doi:") for s in sent for d in s) == sorted(dois[:120])
    assert not any("10.48550" in d for s in sent for d in s)
    assert sum(o.found for o in out.values()) == len(known)
    assert out["10.5555/unknown-0"].payload is None


def test_polite_pool_sends_mailto_and_paces_three_per_second(fake_crossref, clock):
    cr = client(fake_crossref, clock, mailto="bib@example.org")
    for _ in CrossrefDois(cr, batch=1).lookup([CHEMCROW, PREPRINT, PUBLISHED]):
        pass
    req = fake_crossref.requests[0]
    assert req.query["mailto"] == ["bib@example.org"]
    assert req.headers["User-Agent"].startswith("awesome-bib/0.1.0 (mailto:bib@example.org)")
    assert clock.sleeps == [0.333, 0.333]


def test_public_pool_paces_one_per_second_and_obeys_stricter_headers(fake_crossref, clock):
    # the public pool's recorded headers (habanero cassettes, Jun 2026, CROSSREF.md §5.3)
    fake_crossref.extra_headers = {"x-api-pool": "public", "x-rate-limit-limit": "5",
                                   "x-rate-limit-interval": "1s", "x-concurrency-limit": "1"}
    cr = client(fake_crossref, clock)
    for _ in CrossrefDois(cr, batch=1).lookup([CHEMCROW, PREPRINT]):
        pass
    fake_crossref.extra_headers.update({"x-rate-limit-limit": "1",
                                        "x-rate-limit-interval": "4s"})
    for _ in CrossrefDois(cr, batch=1).lookup([PUBLISHED, "10.5555/x"]):
        pass
    assert "mailto" not in fake_crossref.requests[0].query
    assert clock.sleeps == [1.0, 1.0, 4.0]  # 4 s from the answer that announced it


@pytest.mark.parametrize("fault, waits", [
    pytest.param(Fault(status=429, headers={"Retry-After": "6"}), [6.0], id="429-retry-after"),
    pytest.param(Fault(status=503, headers={"Retry-After": "2"}), [2.0], id="503-retry-after"),
    pytest.param(Fault(status=503), [1.0], id="503-backoff"),
    pytest.param(Fault(truncate=True), [1.0], id="truncated-json"),
    pytest.param(Fault(malformed=True), [1.0], id="malformed-json"),
])
def test_crossref_fault_is_retried(fake_crossref, clock, fault, waits):
    fake_crossref.faults = [fault]
    out = next(CrossrefDois(client(fake_crossref, clock)).lookup([CHEMCROW]))
    assert out[CHEMCROW].found
    assert clock.sleeps == waits


def test_backoff_doubles_then_entry_is_unresolved(fake_crossref, make_opts, clock):
    fake_crossref.faults = [Fault(status=503)] * 3
    lib = library(entry("a", title="Augmenting large language models with chemistry tools",
                        doi=CHEMCROW))
    enrich_library(lib, make_opts(crossref_interval=0.0))
    assert clock.sleeps == [1.0, 2.0]
    assert "HTTP 503 after 3 attempt(s)" in lib.entries[0].unresolved
    assert not lib.entries[0].authors


def test_hanging_crossref_times_out(fake_crossref, clock):
    fake_crossref.faults = [Fault(hang=1.5)] * 2
    cr = client(fake_crossref, clock, policy=RetryPolicy(attempts=2, timeout=0.2, backoff=0.5))
    out = next(CrossrefDois(cr).lookup([CHEMCROW]))
    assert "timed out" in out[CHEMCROW].error


def test_title_search_accepts_the_right_paper(fake_crossref, make_opts):
    fake_crossref.answer_search("chemistry tools", [CHEMCROW])
    lib = library(entry("c", title="ChemCrow: Augmenting large-language models with chemistry "
                        "tools", venue_tag="Nature Machine Intelligence 2024", year=2024))
    enrich_library(lib, make_opts())
    e = lib.entries[0]
    search = fake_crossref.requests[0].query
    assert search["rows"] == ["3"] and "DOI" in search["select"][0].split(",")
    assert e.doi == CHEMCROW and e.pub_type == "journal" and e.volume == "6"
    assert (e.authors[0].given, e.authors[0].family) == ("Andres", "M. Bran")
    assert e.container_title == "Nature Machine Intelligence" and e.pages == "525-535"
    assert e.provenance["doi"] == "crossref" and e.history[0]["score"] >= 93
    assert not e.unresolved


def test_title_search_rejects_a_similar_but_different_paper(fake_crossref, make_opts):
    fake_crossref.answer_search(
        "attention", "list_query-title-attention_query-author_rows1_wrong-match.json")
    lib = library(entry("v", title="Attention is All you Need", venue_tag="arXiv 2017",
                        year=2017, authors=[]))
    enrich_library(lib, make_opts())
    e = lib.entries[0]
    assert e.doi == "" and e.pub_type == "" and "crossref" not in e.provenance.values()
    assert e.unresolved


def test_near_miss_is_a_candidate_never_applied(fake_crossref, make_opts):
    fake_crossref.answer_search("chemistry", [CHEMCROW])
    lib = library(entry("n", title="Augmenting language models with chemistry tools for drug "
                        "discovery", year=2024))
    enrich_library(lib, make_opts())
    e = lib.entries[0]
    assert e.doi == ""
    assert [c.doi for c in e.candidates] == [CHEMCROW]
    assert "title similarity" in e.candidates[0].why_not


def test_year_too_far_rejects_even_an_identical_title(fake_crossref, make_opts):
    fake_crossref.answer_search("chemistry tools", [CHEMCROW])
    lib = library(entry("y", title="Augmenting large language models with chemistry tools",
                        year=2019))
    enrich_library(lib, make_opts())
    assert lib.entries[0].doi == ""
    assert "year 2024 not within one" in lib.entries[0].candidates[0].why_not


def test_preprint_doi_upgrades_to_the_published_version(fake_crossref, make_opts):
    lib = library(entry("p", title=PREPRINT_TITLE, doi=PREPRINT, year=2024))
    enrich_library(lib, make_opts())
    e = lib.entries[0]
    assert (e.doi, e.pub_type, e.container_title) == (PUBLISHED, "journal", "Cell Genomics")
    assert (e.volume, e.issue, e.pages, e.year) == ("5", "4", "100814", 2025)
    assert {"field": "doi", "old": PREPRINT, "new": PUBLISHED} in [
        {k: h[k] for k in ("field", "old", "new")} for h in e.history]
    filters = [r.query["filter"][0] for r in fake_crossref.requests]
    assert filters == [f"doi:{PREPRINT}", f"doi:{PUBLISHED}"]


def test_arxiv_preprint_found_by_search_exports_published_version(fake_arxiv, fake_crossref,
                                                                    make_opts):
    fake_arxiv.synth_entry("2404.00001", PREPRINT_TITLE, ["Michael Herger"], 2024)
    fake_crossref.answer_search("prime editing", [PREPRINT])
    lib = library(entry("q", title=PREPRINT_TITLE, arxiv="2404.00001", venue_tag="arXiv 2024",
                        year=2024))
    enrich_library(lib, make_opts())
    e = lib.entries[0]
    assert (e.doi, e.pub_type, e.container_title) == (PUBLISHED, "journal", "Cell Genomics")
    assert e.arxiv == "2404.00001" and e.arxiv_version == "v1" and e.arxiv_title
    assert e.provenance["authors"] == "crossref" and e.authors[1].family == "Kajba"


def test_book_chapter_with_a_conference_tag_is_a_conference_paper(fake_crossref, make_opts):
    doi = "10.1007/978-3-662-46370-3_13"
    title = fake_crossref.works[doi]["title"][0]
    lib = library(entry("m", title=title, doi=doi, venue_tag="MICCAI 2015"))
    enrich_library(lib, make_opts())
    e = lib.entries[0]
    assert e.pub_type == "conference" and e.container_title


def test_no_doi_venue_uses_tag_with_arxiv_authors_and_no_search(fake_crossref, make_opts):
    lib = library(entry("g", title="Heat-bath random walks with Markov bases",
                        arxiv="1605.08386", venue_tag="NeurIPS 2016", year=2016),
                  entry("w", title="Heat-bath random walks with Markov bases again",
                        arxiv="1605.08386", venue_tag="ICMLW 2016", year=2016))
    report = enrich_library(lib, make_opts())
    assert fake_crossref.requests == []
    g, w = lib.entries
    assert (g.pub_type, w.pub_type) == ("conference", "workshop")
    assert g.provenance["pub_type"] == "list" and g.provenance["authors"] == "arxiv"
    assert g.history[-1]["source"] == "list venue tag (registers no DOIs)"
    # What --dry-run shows is what is stored (the label is set before the change is reported).
    assert {"key": "g", **g.history[-1]} in report.changes
