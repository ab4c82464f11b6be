"""Cache (warm runs, offline, refresh, corruption), manual-edit precedence, name splitting."""

from __future__ import annotations

import pytest

from awesome_bib.enrich import enrich_library
from awesome_bib.enrich.names import split_display_name
from awesome_bib.errors import CacheError
from awesome_bib.model import Author
from awesome_bib.store.cache import Cache

from .conftest import entry, library

CHEMCROW = "10.1038/s42256-024-00832-8"


def sample():
    return library(
        entry("a", title="Heat-bath random walks with Markov bases", arxiv="1605.08386",
              venue_tag="arXiv 2016", year=2016),
        entry("b", title="Augmenting large language models with chemistry tools", year=2024),
        entry("c", title="Proceedings of Workshop AEW10", arxiv="1707.08567", year=2017),
        entry("d", title="An unknown paper", arxiv="2401.99999", year=2024))


@pytest.fixture
def served(fake_crossref):
    fake_crossref.answer_search("chemistry tools", [CHEMCROW])
    return fake_crossref


def test_warm_rerun_makes_zero_requests_and_changes_nothing(served, fake_arxiv, make_opts):
    lib = sample()
    cold = enrich_library(lib, make_opts())
    before = [e.to_dict() for e in lib.entries]
    assert cold.requests["arxiv"] == 2 and cold.requests["crossref"] >= 1
    assert fake_arxiv.searches() == ['ti:"augmenting large language models with chemistry tools"'
                                     ' OR ti:"an unknown paper"']  # no id, and an unknown one
    warm = enrich_library(lib, make_opts())
    assert warm.requests == {"arxiv": 0, "crossref": 0}
    assert warm.counts["fetched"] == 0 and warm.changes == []
    assert [e.to_dict() for e in lib.entries] == before
    fresh = sample()  # a fresh entries/ (e.g. re-imported) also resolves from the cache alone
    again = enrich_library(fresh, make_opts())
    assert again.requests == {"arxiv": 0, "crossref": 0}
    assert [e.to_dict() for e in fresh.entries] == before


def test_offline_never_touches_the_network(served, fake_arxiv, make_opts):
    lib = sample()
    report = enrich_library(lib, make_opts(offline=True))
    assert fake_arxiv.requests == [] and served.requests == []
    assert report.requests == {"arxiv": 0, "crossref": 0}
    assert "not in the cache (--offline)" in lib.entries[0].unresolved


def test_refresh_refetches(served, fake_arxiv, make_opts):
    enrich_library(sample(), make_opts())
    n_arxiv, n_cr = len(fake_arxiv.requests), len(served.requests)
    enrich_library(sample(), make_opts(refresh=True))
    assert len(fake_arxiv.requests) == 2 * n_arxiv and len(served.requests) == 2 * n_cr


def test_corrupt_cache_file_is_named(served, fake_arxiv, make_opts, tmp_path):
    enrich_library(sample(), make_opts())
    path = Cache(tmp_path / "cache").path("arxiv", "1605.08386")
    path.write_text('{"format": 1, "source": "arx', encoding="utf-8")
    with pytest.raises(CacheError) as err:
        enrich_library(sample(), make_opts())
    assert str(path) in str(err.value)


def test_cache_file_of_another_format_version_is_refused(tmp_path):
    cache = Cache(tmp_path)
    cache.put("arxiv", "1605.08386", {"id": "1605.08386v1"})
    path = cache.path("arxiv", "1605.08386")
    path.write_text(path.read_text().replace('"format": 1', '"format": 99'))
    with pytest.raises(CacheError, match="format 1"):
        cache.get("arxiv", "1605.08386")


def test_manual_edit_wins_over_every_later_run(served, fake_arxiv, make_opts):
    lib = sample()
    enrich_library(lib, make_opts())
    a = lib.entries[0]
    a.authors = [Author(family="Stanley", given="Caprice E.")]  # a person edits the YAML
    a.primary_class = ""  # ... and clears a field
    enrich_library(lib, make_opts(refresh=True))
    assert a.authors == [Author(family="Stanley", given="Caprice E.")]
    assert a.primary_class == ""
    assert a.provenance["authors"] == "manual" and a.provenance["primary_class"] == "manual"
    assert "authors" not in a.fingerprints
    assert a.arxiv_version == "v1"  # untouched fields are still enrichment-owned


def test_manual_provenance_set_by_hand_is_respected(served, fake_arxiv, make_opts):
    lib = sample()
    lib.entries[1].doi = "10.9999/mine"
    lib.entries[1].provenance["doi"] = "manual"
    enrich_library(lib, make_opts())
    assert lib.entries[1].doi == "10.9999/mine"


def test_list_doi_is_never_replaced_by_a_search(served, fake_arxiv, make_opts):
    lib = library(entry("l", title="Augmenting large language models with chemistry tools",
                        doi=CHEMCROW.upper(), year=2024))
    enrich_library(lib, make_opts())
    e = lib.entries[0]
    assert e.doi == CHEMCROW.upper() and "doi" not in e.provenance
    assert e.container_title == "Nature Machine Intelligence"
    assert not any("query.bibliographic" in r.query for r in served.requests)


@pytest.mark.parametrize("name, expected", [
    pytest.param("Dirk Wübben", Author(family="Wübben", given="Dirk"), id="plain"),
    pytest.param("Ludwig van der Waals", Author(family="van der Waals", given="Ludwig"),
                 id="particles"),
    pytest.param("Jean-Pierre Dupont-Roc", Author(family="Dupont-Roc", given="Jean-Pierre"),
                 id="hyphenated"),
    pytest.param("Kees A. Schouhamer Immink",
                 Author(family="Immink", given="Kees A. Schouhamer"), id="middle-names"),
    pytest.param("Martin Luther King Jr.", Author(family="King", given="Martin Luther Jr."),
                 id="suffix"),
    pytest.param("王小明", Author(family="王", given="小明"), id="cjk-unspaced"),
    pytest.param("山田 太郎", Author(family="山田", given="太郎"), id="cjk-spaced"),
    pytest.param("The ATLAS Collaboration", Author(literal="The ATLAS Collaboration"),
                 id="collaboration"),
    pytest.param("Google DeepMind Team", Author(literal="Google DeepMind Team"), id="corporate"),
    pytest.param("Plato", Author(family="Plato"), id="mononym"),
])
def test_split_display_name(name, expected):
    assert split_display_name(name) == expected
