"""arXiv title search (`ArxivTitleSearch`): phrase query, payload, spacing, caching, faults."""

from __future__ import annotations

import pytest

from awesome_bib.enrich import gather
from awesome_bib.enrich.arxiv import ArxivSource, ArxivTitleSearch, search_key
from awesome_bib.enrich.cache import Cache
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


def test_one_phrase_request_per_title_with_three_hits_at_most(fake_arxiv, clock):
    fake_arxiv.answer_title("heat bath random walks", ["1605.08386", "1707.08567",
                                                       "1205.1001", "1001.1001"])
    keys = [search_key("Heat-bath Random Walks with Markov Bases"), search_key("Nothing: Here")]
    out = {}
    for batch in searcher(fake_arxiv, clock).lookup(keys):
        out.update(batch)
    assert fake_arxiv.searches() == ['ti:"heat bath random walks with markov bases"',
                                     'ti:"nothing here"']
    assert [r.query["max_results"] for r in fake_arxiv.requests] == [["3"], ["3"]]
    assert clock.sleeps == [3.0]  # the ToU spacing between the two searches
    assert out[keys[0]].payload == [
        {"id": "1605.08386", "title": "Heat-bath random walks with Markov bases"},
        {"id": "1707.08567", "title": "Proceedings of Workshop AEW10: Concepts in Information "
                                      "Theory and Communications"},
        {"id": "1205.1001", "title": "Membrane lateral structure: The influence of immobilized "
                                     "particles on domain size"},
    ]
    assert out[keys[1]].payload == []  # arXiv found nothing: an answer, cached as such


def test_gather_caches_searches_and_does_not_ask_again(fake_arxiv, clock, make_opts, tmp_path):
    fake_arxiv.answer_title("heat bath", ["1605.08386"])
    cache, counts = Cache(tmp_path / "cache"), {"cached": 0, "fetched": 0, "failed": 0}
    keys = ["heat bath random walks with markov bases"]
    gather(searcher(fake_arxiv, clock), keys, cache, make_opts(), counts, None)
    again = gather(searcher(fake_arxiv, clock), keys, cache, make_opts(), counts, None)
    assert len(fake_arxiv.requests) == 1 and counts == {"cached": 1, "fetched": 1, "failed": 0}
    assert again[keys[0]].cached and again[keys[0]].payload[0]["id"] == "1605.08386"
    assert cache.get("arxiv-search", keys[0]) == (True, again[keys[0]].payload)


def test_failed_search_is_an_error_and_not_cached(fake_arxiv, clock, make_opts, tmp_path):
    fake_arxiv.faults = [Fault(status=503)] * 3
    cache, counts = Cache(tmp_path / "cache"), {"cached": 0, "fetched": 0, "failed": 0}
    out = gather(searcher(fake_arxiv, clock), ["a title"], cache, make_opts(), counts, None)
    assert "HTTP 503 after 3 attempt(s)" in out["a title"].error
    assert counts["failed"] == 1 and cache.get("arxiv-search", "a title") == (False, None)
