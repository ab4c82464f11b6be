"""A third source is one module plus one registry line (sources.PROVIDERS).

The module below stands in for such a source (say, a DBLP look-up by title): a `Provider`
with its fields, rank, record mapping, client (`connect`) and one `Lookup` (its Source, the
stage it runs in, its keys). It runs in process (no HTTP): what it answers is SYNTHETIC,
shaped as the Record it maps to.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from awesome_bib.core.titles import title_words
from awesome_bib.enrich import enrich_library, sources
from awesome_bib.enrich.base import Lookup, Outcome, Provider, Record
from awesome_bib.model import Author

from .conftest import entry, library

ANSWERS = {
    "heat bath random walks with markov bases": [
        {"title": "Heat-bath random walks with Markov bases", "year": 2016,
         "first": "Stanley", "pages": "1-25"}],
    "a paper by someone else": [
        {"title": "A Paper By Someone Else", "year": 2012, "first": "Nobody", "pages": "9"}],
}


class TitleIndex:
    """The third source's client and batched look-up: keys are normalised titles."""

    name = "title-index"
    requests = 0  # in process: no HTTP requests

    def __init__(self) -> None:
        self.seen: list[list[str]] = []

    def lookup(self, keys: Sequence[str]) -> Iterator[dict[str, Outcome]]:
        self.seen.append(list(keys))
        yield {k: Outcome(payload=ANSWERS.get(k, [])) for k in keys}


def to_record(payload: dict[str, Any]) -> Record:
    return Record(source="title-index", key=payload["title"], title=payload["title"],
                  year=payload["year"], fields={"authors": [Author(family=payload["first"])],
                                                "pages": payload["pages"]})


def provider(index: TitleIndex, keys=lambda e, ctx: [title_words(e.title)]) -> Provider:
    """The source's registry entry: one look-up, asked once the published versions are in."""
    return Provider(name="title-index", rank=3, fields=("pages",), to_record=to_record,
                    connect=lambda opts: index,
                    lookups=(Lookup(TitleIndex.name, lambda client: client, "applied", keys),))


INDEX = TitleIndex()
PROVIDER = provider(INDEX)


def test_a_third_source_is_one_module_and_one_registry_line(monkeypatch, make_opts):
    monkeypatch.setitem(sources.PROVIDERS, PROVIDER.name, PROVIDER)  # the one registry line
    lib = library(entry("a", title="Heat-bath random walks with Markov bases",
                        arxiv="1605.08386", year=2016),
                  entry("b", title="A paper by someone else", arxiv="1605.08386", year=2016))
    report = enrich_library(lib, make_opts())
    a, b = lib.entries
    assert (a.pages, a.provenance["pages"]) == ("1-25", "title-index")
    assert b.pages == ""  # same title, but 2012 is not within a year of the list's 2016
    assert INDEX.seen == [["heat bath random walks with markov bases",
                           "a paper by someone else"]]
    assert report.requests["title-index"] == 0  # in process: no HTTP client to count
    warm = enrich_library(lib, make_opts())
    assert not any(INDEX.seen[1:]) and warm.changes == []  # cached like any source's answers


class FailingIndex(TitleIndex):
    """The same source, down: every key answers an error (never cached)."""

    def lookup(self, keys: Sequence[str]) -> Iterator[dict[str, Outcome]]:
        self.seen.append(list(keys))
        yield {k: Outcome(error="title-index: HTTP 503 after 3 attempt(s)") for k in keys}


def test_a_fourth_source_checks_identity_reports_failure_and_caches(monkeypatch, make_opts):
    # Identity: the title must agree and the first author must be the list's, not only the year.
    index = TitleIndex()
    monkeypatch.setitem(sources.PROVIDERS, PROVIDER.name, provider(index))
    other = entry("c", title="Heat-bath random walks with Markov bases", year=2016,
                  authors=[Author(family="Someone", given="A.")])
    lib = library(other)
    enrich_library(lib, make_opts())
    assert other.pages == "" and index.seen == [["heat bath random walks with markov bases"]]
    # Failure: an outcome naming the source, the entry otherwise as it was; nothing cached,
    # so the next run asks again.
    down = FailingIndex()
    monkeypatch.setitem(sources.PROVIDERS, PROVIDER.name, provider(
        down, keys=lambda e, ctx: [title_words(e.title) + " v2"]))
    lib = library(entry("d", title="Heat-bath random walks with Markov bases", year=2016))
    enrich_library(lib, make_opts())
    enrich_library(lib, make_opts())
    [failed] = [o for o in lib.entries[0].outcomes if o.source == "title-index"]
    assert failed.code == "source-unavailable" and "503" in failed.message
    assert len(down.seen) == 2 and lib.entries[0].pages == ""
