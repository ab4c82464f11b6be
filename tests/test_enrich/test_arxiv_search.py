"""arXiv title search (`ArxivTitleSearch`): phrase query, payload, spacing, caching, faults."""

from __future__ import annotations

import pytest

from awesome_bib.core.titles import title_words as search_key
from awesome_bib.enrich.arxiv import ArxivSource, ArxivTitleSearch
from awesome_bib.enrich.pipeline import gather
from awesome_bib.store.cache import Cache
from tests.fakes.servers import Fault

from .conftest import POLICY


def searcher(fake, clock) -> ArxivTitleSearch:
    return ArxivTitleSearch(ArxivSource(url=fake.url, policy=POLICY, clock=clock.clock,
                                        sleep=clock.sleep))


@pytest.mark.parametrize("title, key", [
    pytest.param("Heat-bath Random Walks with Markov Bases",
                 "heat bath random walks with markov bases", id="dash-and-case"),
    pytest.param('MedRG: "Medical" Report Grounding', "medrg medical report grounding",
                 id="colon-and-quotes-dropped"),
    pytest.param("Café — Résumé", "cafe resume", id="accents-and-em-dash"),
    pytest.param(":: ''", "", id="no-words"),
])
def test_search_key_keeps_only_words(title, key):
    assert search_key(title) == key


def test_titles_share_one_or_request_with_three_hits_each_at_most(fake_arxiv, clock):
    fake_arxiv.answer_title("heat bath random walks", ["1605.08386", "1707.08567",
                                                       "1205.1001", "1001.1001"])
    keys = [search_key("Heat-bath Random Walks with Markov Bases"), search_key("Nothing: Here")]
    out = {}
    search = searcher(fake_arxiv, clock)
    for batch in search.lookup(keys):
        out.update(batch)
    assert fake_arxiv.searches() == ['ti:"heat bath random walks with markov bases" OR '
                                     'ti:"nothing here"']
    assert [r.query["max_results"] for r in fake_arxiv.requests] == [["6"]]
    assert search.titles_per_request == [2]
    # A hit holding a title's phrase ranks first for it; the others are offered to both.
    heat = out[keys[0]].payload
    assert [h["id"] for h in heat][:1] == ["1605.08386v1"] and len(heat) == 3
    assert heat[0]["title"] == "Heat-bath random walks with Markov bases"
    assert heat[0]["authors"][0] == "Caprice Stanley"
    assert "1605.08386v1" not in [h["id"] for h in out[keys[1]].payload]


def test_search_batches_stay_within_title_and_url_limits(fake_arxiv, clock):
    titles = [f"a fairly long title about medical report generation number {n}"
              for n in range(95)]
    search = searcher(fake_arxiv, clock)
    groups = list(search.batches(titles))
    assert [len(g) for g in groups] == [40, 40, 15]  # the title cap binds first here
    assert all(len(search.url(g)) <= 4000 for g in groups)
    small = ArxivTitleSearch(search.source, max_url=600)
    assert all(len(small.url(g)) <= 600 for g in small.batches(titles))
    assert len(list(small.batches(titles))) > 3


def test_gather_caches_searches_and_does_not_ask_again(fake_arxiv, clock, make_opts, tmp_path):
    fake_arxiv.answer_title("heat bath", ["1605.08386"])
    cache, counts = Cache(tmp_path / "cache"), {"cached": 0, "fetched": 0, "failed": 0}
    keys = ["heat bath random walks with markov bases"]
    gather(searcher(fake_arxiv, clock), keys, cache, make_opts(), counts, None)
    again = gather(searcher(fake_arxiv, clock), keys, cache, make_opts(), counts, None)
    assert len(fake_arxiv.requests) == 1 and counts == {"cached": 1, "fetched": 1, "failed": 0}
    assert again[keys[0]].cached and again[keys[0]].payload[0]["id"] == "1605.08386v1"
    assert cache.get("arxiv-search", keys[0]) == (True, again[keys[0]].payload)


def test_failed_search_is_an_error_and_not_cached(fake_arxiv, clock, make_opts, tmp_path):
    fake_arxiv.faults = [Fault(status=503)] * 3
    cache, counts = Cache(tmp_path / "cache"), {"cached": 0, "fetched": 0, "failed": 0}
    out = gather(searcher(fake_arxiv, clock), ["a title"], cache, make_opts(), counts, None)
    assert "HTTP 503 after 3 attempt(s)" in out["a title"].error
    assert counts["failed"] == 1 and cache.get("arxiv-search", "a title") == (False, None)
