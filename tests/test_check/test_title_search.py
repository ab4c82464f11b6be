"""check without --offline runs the enrichment pipeline, which searches arXiv by the listed title
of each link that leads to another paper, so the finding says which id the listed title really
has (fake servers, tests/fakes)."""

from __future__ import annotations

import json

import pytest

from awesome_bib.importer import import_list
from awesome_bib.store.cache import Cache
from tests.fakes.servers import FakeArxiv, FakeCrossref, FakeSemanticScholar

#: Line 5 links the AEW10 proceedings under the heat-bath title (arXiv has it as 1605.08386);
#: line 6 links a membrane paper under a title arXiv's search does not find; line 7 is right.
LIST = """# Title search

## Methods

- [**arXiv 2016**] Heat-bath Random Walks with Markov Bases [[pdf]](https://arxiv.org/abs/1707.08567)
- [**arXiv 2020**] Active Fuzzing for Testing and Securing Cyber-Physical Systems [[pdf]](https://arxiv.org/abs/1205.1001)
- [**arXiv 2022**] Automated Test Generation for REST APIs: No Time to Rest Yet [[pdf]](https://arxiv.org/abs/2204.08348)
"""


@pytest.fixture
def fakes(monkeypatch):
    """The fake arXiv (answering the heat-bath title with 1605.08386), Crossref and Semantic
    Scholar, via env."""
    arxiv, crossref, s2 = FakeArxiv().start(), FakeCrossref().start(), \
        FakeSemanticScholar().start()
    arxiv.answer_title("heat bath random walks with markov bases", ["1605.08386"])
    monkeypatch.setenv("AWESOME_BIB_ARXIV_URL", arxiv.url)
    monkeypatch.setenv("AWESOME_BIB_CROSSREF_URL", crossref.url)
    monkeypatch.setenv("AWESOME_BIB_S2_URL", s2.url)
    monkeypatch.setenv("AWESOME_BIB_ARXIV_DELAY", "0")
    monkeypatch.setenv("AWESOME_BIB_S2_DELAY", "0")
    yield arxiv
    arxiv.stop()
    crossref.stop()
    s2.stop()


def mismatches(out: str) -> dict[int, dict]:
    """line -> evidence of each link-title-mismatch in `check --format json` output."""
    doc = json.loads(out)
    return {f["line"]: f for f in doc["findings"] if f["kind"] == "link-title-mismatch"}


def test_listed_title_id_found_by_search_then_cached(tmp_path, fakes, check_cli):
    listing = tmp_path / "LIST.md"
    listing.write_text(LIST, encoding="utf-8")
    import_list(listing, tmp_path / "entries")
    args = (listing, "--entries", tmp_path / "entries", "--cache", tmp_path / "cache",
            "--format", "json")

    status, out, _ = check_cli(*args, online=True)
    first = list(fakes.requests)
    again = check_cli(*args, online=True)
    offline = check_cli(*args, "--offline")

    found = mismatches(out)
    assert status == 1 and sorted(found) == [5, 6]
    heat = found[5]
    assert heat["evidence"]["listed_title_arxiv_id"] == "1605.08386"
    assert heat["message"].endswith("; the listed title is arXiv 1605.08386")
    assert "listed_title_arxiv_id" not in found[6]["evidence"]  # arXiv found nothing
    # One id batch, then one search naming every mismatched title in list order (the right
    # link is not searched).
    assert len(first) == 2 and fakes.searches() == [
        'ti:"heat bath random walks with markov bases" OR '
        'ti:"active fuzzing for testing and securing cyber physical systems"']
    assert len(fakes.requests) == 2  # warm cache: the second run asked nothing
    assert again[0] == status and json.loads(again[1]) == json.loads(out)
    assert offline[0] == status and mismatches(offline[1]) == found


def test_offline_without_a_search_in_the_cache_does_not_name_an_id(tmp_path, check_cli):
    listing = tmp_path / "LIST.md"
    listing.write_text(LIST, encoding="utf-8")
    import_list(listing, tmp_path / "entries")
    cache = Cache(tmp_path / "cache")
    cache.put("arxiv", "1707.08567", {"id": "1707.08567v1", "title": "Proceedings of Workshop "
              "AEW10: Concepts in Information Theory and Communications"})
    _, out, _ = check_cli(listing, "--entries", tmp_path / "entries", "--cache",
                          tmp_path / "cache", "--format", "json", "--offline")
    assert "listed_title_arxiv_id" not in mismatches(out)[5]["evidence"]
    cache.put("arxiv-search", "heat bath random walks with markov bases",
              [{"id": "1605.08386", "title": "Heat-bath random walks with Markov bases"}])
    _, out, _ = check_cli(listing, "--entries", tmp_path / "entries", "--cache",
                          tmp_path / "cache", "--format", "json", "--offline")
    assert mismatches(out)[5]["evidence"]["listed_title_arxiv_id"] == "1605.08386"
