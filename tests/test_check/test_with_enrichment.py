"""check on entries written by the real enrichment, run against the fake servers (tests/fakes)
that replay genuine arXiv and Crossref bodies: evidence exactly as `awesome-bib enrich` records."""

from __future__ import annotations

import json

import pytest

from awesome_bib import store
from awesome_bib.core.outcomes import OutcomeRecord
from awesome_bib.enrich import Options, enrich_library
from awesome_bib.store.cache import Cache
from tests.fakes.clock import VirtualClock
from tests.fakes.servers import FakeArxiv, FakeCrossref, FakeSemanticScholar

from .conftest import LISTS, findings_of, imported


@pytest.fixture
def enriched(tmp_path):
    """entries/ for lists/check/enriched.md after a real enrich run; returns (entries, cache)."""
    arxiv, crossref = FakeArxiv().start(), FakeCrossref().start()
    try:
        entries = imported(LISTS / "enriched.md", tmp_path)
        lib = store.load_library(entries)
        clock = VirtualClock()
        enrich_library(lib, Options(cache_dir=tmp_path / "cache", arxiv_url=arxiv.url,
                                    crossref_url=crossref.url, clock=clock.clock,
                                    sleep=clock.sleep))
        store.save_library(lib, entries)
    finally:
        arxiv.stop()
        crossref.stop()
    return entries, tmp_path / "cache"


def test_findings_from_enriched_entries(enriched):
    entries, _ = enriched
    findings, _ = findings_of(entries)
    got = sorted((f.line, f.kind, f.severity) for f in findings)
    assert got == [
        (6, "link-title-mismatch", "error"),  # 1707.08567 is the AEW10 proceedings
        (7, "dead-identifier", "error"),  # arXiv returned nothing for 1605.99999
        (8, "title-changed", "warning"),  # the listed title lacks arXiv's subtitle
    ]
    [wrong] = [f for f in findings if f.line == 6]
    assert wrong.evidence["arxiv_title"].startswith("Proceedings of Workshop AEW10")


def test_cache_alone_gives_the_same_evidence(enriched, tmp_path):
    entries, cache_dir = enriched
    fresh = imported(LISTS / "enriched.md", tmp_path / "fresh")  # no enrichment in entries/
    with_entries = sorted((f.line, f.kind) for f in findings_of(entries)[0])
    with_cache = sorted((f.line, f.kind) for f in findings_of(fresh, Cache(cache_dir))[0])
    assert with_cache == with_entries


def test_cli_reads_enriched_entries_offline(enriched, check_cli):
    entries, cache_dir = enriched
    status, out, _ = check_cli(LISTS / "enriched.md", "--entries", entries, "--cache",
                               cache_dir, "--offline", "--format", "json")
    doc = json.loads(out)
    assert status == 1
    assert doc["counts"]["severity"] == {"error": 2, "warning": 1, "info": 0}
    assert not [g for g in doc["not_checked"] if "arXiv" in g]


def test_cli_without_offline_fetches_the_missing_evidence(tmp_path, check_cli, monkeypatch):
    """Without --offline, check runs the enrichment pipeline: the linked arXiv ids in one
    batched request (3 s spacing lowered for the test), Semantic Scholar and Crossref beside
    it, and reports what the enriched entries report; entries/ is not written."""
    arxiv, crossref, s2 = FakeArxiv().start(), FakeCrossref().start(), \
        FakeSemanticScholar().start()
    monkeypatch.setenv("AWESOME_BIB_ARXIV_URL", arxiv.url)
    monkeypatch.setenv("AWESOME_BIB_CROSSREF_URL", crossref.url)
    monkeypatch.setenv("AWESOME_BIB_S2_URL", s2.url)
    monkeypatch.setenv("AWESOME_BIB_ARXIV_DELAY", "0")
    monkeypatch.setenv("AWESOME_BIB_S2_DELAY", "0")
    try:
        entries = imported(LISTS / "enriched.md", tmp_path / "fresh")  # nothing enriched
        before = {p.name: p.read_bytes() for p in entries.rglob("*") if p.is_file()}
        args = (LISTS / "enriched.md", "--entries", entries, "--cache", tmp_path / "cache",
                "--format", "json")
        status, out, _ = check_cli(*args, online=True)
        first = len(arxiv.requests)
        asked_s2 = len(s2.requests)
        again = check_cli(*args, online=True)  # warm cache: no request at all
    finally:
        arxiv.stop()
        crossref.stop()
        s2.stop()
    doc = json.loads(out)
    assert status == 1
    assert doc["counts"]["severity"] == {"error": 2, "warning": 1, "info": 0}
    # One id batch, then one title search for each title without a usable arXiv link (the
    # mismatched line 6, the dead id of line 7); nothing on the rerun.
    assert first == 2 and len(arxiv.requests) == 2
    assert arxiv.searches() == ['ti:"a listed title that is not this paper" OR '
                                'ti:"a paper arxiv does not have"']
    assert asked_s2 and len(s2.requests) == asked_s2  # Semantic Scholar serves check too
    assert json.loads(again[1]) == doc
    assert {p.name: p.read_bytes() for p in entries.rglob("*") if p.is_file()} == before


def test_enrichment_verdict_wins_over_a_close_title(enriched):
    """Enrichment found the quant-ph/0201082 link to be another paper (here: the list's own
    first author disagrees): check follows that verdict instead of guessing a retitle."""
    entries, _ = enriched
    lib = store.load_library(entries)
    [e] = [e for e in lib.entries if e.arxiv == "quant-ph/0201082"]
    e.outcomes = [OutcomeRecord("link-mismatch", "links another paper", line=8, arxiv=e.arxiv,
                                listed_title=e.title, why="first author")]
    store.save_library(lib, entries)
    got = {(f.line, f.kind) for f in findings_of(entries)[0]}
    assert (8, "link-title-mismatch") in got and (8, "title-changed") not in got


def test_cli_says_how_many_look_ups_failed(tmp_path, check_cli, monkeypatch):
    """A source that is down (Semantic Scholar on a closed loopback port, conftest) is counted
    by the pipeline's report: check says how many look-ups failed and still reports what arXiv
    and Crossref gave."""
    arxiv, crossref = FakeArxiv().start(), FakeCrossref().start()
    monkeypatch.setenv("AWESOME_BIB_ARXIV_URL", arxiv.url)
    monkeypatch.setenv("AWESOME_BIB_CROSSREF_URL", crossref.url)
    monkeypatch.setenv("AWESOME_BIB_ARXIV_DELAY", "0")
    monkeypatch.setenv("AWESOME_BIB_HTTP_ATTEMPTS", "1")
    try:
        entries = imported(LISTS / "enriched.md", tmp_path / "fresh")
        status, out, err = check_cli(LISTS / "enriched.md", "--entries", entries, "--cache",
                                     tmp_path / "cache", "--format", "json", online=True)
    finally:
        arxiv.stop()
        crossref.stop()
    [line] = [ln for ln in err.splitlines() if "look-up(s) failed" in ln]
    assert int(line.split()[1]) > 0
    assert status == 1
    assert json.loads(out)["counts"]["severity"] == {"error": 2, "warning": 1, "info": 0}
