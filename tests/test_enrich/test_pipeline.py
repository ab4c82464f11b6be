"""The pipeline the registry drives: every source's look-ups, one failure rule for all."""

from __future__ import annotations

from typing import get_args

from awesome_bib.enrich import enrich_library, pipeline, sources
from awesome_bib.enrich.base import StageName
from tests.fakes.servers import Fault

from .conftest import entry, library
from .test_crossref import PREPRINT, PREPRINT_TITLE, PUBLISHED

REFUSED = "http://127.0.0.1:9"  # the discard port: nothing listens, every request refused


def test_every_source_declares_its_client_and_its_lookups_at_known_stages():
    stages = {stage.name for stage in pipeline.STAGES}
    assert stages == set(get_args(StageName))
    for provider in sources.PROVIDERS.values():
        assert provider.connect is not None and provider.lookups
        assert all(lookup.stage in stages and (lookup.ask_at or lookup.stage) in stages
                   for lookup in provider.lookups)


def test_every_sources_failure_is_its_typed_outcome(make_opts):
    """arXiv (id batch and title search), Semantic Scholar and Crossref all refused: each
    entry carries one outcome per source it asked, with the code that source declares."""
    lib = library(entry("a", title="Heat-bath random walks with Markov bases",
                        arxiv="1605.08386", year=2016),
                  entry("b", title="Augmenting large language models with chemistry tools",
                        doi="10.1038/s42256-024-00832-8", year=2024))
    opts = make_opts(arxiv_url=f"{REFUSED}/api/query", crossref_url=REFUSED, s2_url=REFUSED)
    report = enrich_library(lib, opts)
    a, b = lib.entries
    failed = {e.key: {(o.source, o.code) for o in e.outcomes if o.source} for e in (a, b)}
    every = {("arxiv", "lookup-failed"), ("s2", "source-unavailable"),
             ("crossref", "lookup-failed")}  # a: its id, S2's batch, a Crossref search
    assert failed == {"a": every, "b": every}  # b: the arXiv search, S2, its DOI
    assert all(code == sources.PROVIDERS[name].failure
               for pairs in failed.values() for name, code in pairs)
    assert [o.code for o in b.outcomes if o.source == "arxiv"] == ["lookup-failed"]  # search
    assert report.counts["fetched"] == 0 and report.counts["failed"] >= 4
    assert set(report.requests) == set(sources.PROVIDERS)


def test_a_published_version_that_could_not_be_fetched_is_a_failure(fake_crossref, make_opts):
    """The preprint's record names its published version; fetching that fails: the entry says
    so (and stays unresolved) instead of silently keeping the preprint; a rerun gets it."""
    fake_crossref.faults = [Fault(), *[Fault(status=503)] * 3]
    lib = library(entry("p", title=PREPRINT_TITLE, doi=PREPRINT, year=2024))
    enrich_library(lib, make_opts())
    e = lib.entries[0]
    [failed] = [o for o in e.outcomes if o.source == "crossref"]
    assert (failed.code, failed.doi) == ("lookup-failed", PUBLISHED) and e.unresolved
    assert e.doi == PREPRINT
    enrich_library(lib, make_opts())
    assert e.doi == PUBLISHED and not e.unresolved


def test_crossref_goes_beside_the_arxiv_title_search_for_the_papers_it_is_not_about(
        fake_arxiv, fake_crossref, make_opts):
    """The title search (held 0.3 s here) is about b alone: a's Crossref search is sent while
    it is under way, b's once its answer is in; each paper's result is as before."""
    fake_arxiv.faults = [Fault(), Fault(hang=0.3)]  # the id batch, then the title search
    fake_crossref.answer_search("chemistry tools", ["10.1038/s42256-024-00832-8"])
    lib = library(entry("a", title="Heat-bath random walks with Markov bases",
                        arxiv="1605.08386", year=2016),
                  entry("b", title="Augmenting large language models with chemistry tools",
                        year=2024))
    report = enrich_library(lib, make_opts())
    [search] = [r for r in fake_arxiv.requests if "ti:" in r.query["search_query"][0]]
    answered = search.at + 0.3
    sent = {r.query["query.bibliographic"][0].split()[0]: r.at for r in fake_crossref.requests}
    assert sent["heat"] < answered <= sent["augmenting"]
    assert lib.entries[1].doi == "10.1038/s42256-024-00832-8" and lib.entries[0].authors
    assert report.titles_per_search == [1] and len(fake_crossref.requests) == 2
