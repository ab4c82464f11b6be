"""A third source is one module plus one registry line (sources.PROVIDERS).

The module below stands in for such a source (say, a DBLP look-up by title): a `Provider`
with its fields, rank, record mapping, `make_source` and `keys`. It runs in process (no
HTTP): what it answers is SYNTHETIC, shaped as the Record it maps to.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from awesome_bib.core.titles import title_words
from awesome_bib.enrich import enrich_library, sources
from awesome_bib.enrich.base import Outcome, Provider, Record
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
    """The third source's batched look-up: keys are normalised titles."""

    name = "title-index"

    def __init__(self) -> None:
        self.seen: list[list[str]] = []

    def lookup(self, keys: Sequence[str]) -> Iterator[dict[str, Outcome]]:
        self.seen.append(list(keys))
        yield {k: Outcome(payload=ANSWERS.get(k, [])) for k in keys}


def to_record(payload: dict[str, Any]) -> Record:
    return Record(source="title-index", key=payload["title"], title=payload["title"],
                  year=payload["year"], fields={"authors": [Author(family=payload["first"])],
                                                "pages": payload["pages"]})


INDEX = TitleIndex()
PROVIDER = Provider(name="title-index", rank=3, fields=("pages",), to_record=to_record,
                    make_source=lambda opts: INDEX, keys=lambda e: [title_words(e.title)])


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
