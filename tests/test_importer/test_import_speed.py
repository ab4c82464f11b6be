"""What the import's speed rests on (bench/export.py measures the speed itself): the Markdown
parse leaves no cyclic garbage (the import runs with the cyclic collector paused and no longer
collects after the parse), a re-import's merge changes neither entry it merges, and the URL
readers' cheap host test never skips a URL urlsplit would read as that host."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from awesome_bib.core.identifiers import arxiv_id, doi
from awesome_bib.importer.markdown import parse
from awesome_bib.importer.merge import update_from_list
from awesome_bib.model import Author, Entry, Link, Listing

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


@pytest.mark.parametrize("name", [
    "09_hannibal_awesome_llm.md",  # `<details>` blocks read as sections (`_unfold`)
    "102_onejune_llm_eval.md",  # items markdown-it's inline parser reads (its own trees)
])
def test_parse_leaves_no_cyclic_garbage(name):
    text = (CORPUS / name).read_text(encoding="utf-8")
    was = gc.isenabled()
    gc.collect()
    gc.disable()
    try:
        blocks = parse(text)
        assert blocks
        assert gc.collect() == 0
    finally:
        if was:
            gc.enable()


def _old() -> Entry:
    return Entry(key="smith2020x", key_fallback=False, title="Old Title", year=2019,
                 authors=[Author("Smith", "Ann")], note="kept by hand",
                 links=[Link("pdf", "https://arxiv.org/abs/2001.00001")],
                 listings=[Listing("s", 3, 1)],
                 provenance={"title": "manual", "authors": "list"})


def _new() -> Entry:
    return Entry(title="New Title", year=2020, authors=[Author("Roe", "Bob")],
                 links=[Link("pdf", "https://arxiv.org/abs/2001.00001"),
                        Link("code", "https://github.com/x/y")],
                 listings=[Listing("s", 5, 2)])


def test_merge_changes_neither_entry_and_takes_the_list_fields():
    old, new = _old(), _new()
    merged = update_from_list(old, new)
    assert old == _old() and new == _new()  # neither input changed
    assert merged.title == "Old Title"  # a person's title stays
    assert (merged.year, merged.links, merged.listings) == (2020, new.links, new.listings)
    assert merged.authors == [Author("Roe", "Bob")]  # the list's authors follow the list
    assert merged.provenance == {"title": "manual", "authors": "list"}
    assert merged.provenance is not old.provenance
    assert (merged.key, merged.note, merged.key_fallback) == ("smith2020x", "kept by hand", False)


@pytest.mark.parametrize("url, ident, found_doi", [
    ("https://arxiv.org/abs/2101.00001", "2101.00001", ""),
    ("HTTPS://ARXIV.ORG/abs/2101.00001v2", "2101.00001", ""),
    # urlsplit deletes tabs and line breaks: the host is arxiv.org / doi.org all the same
    ("https://arx\tiv.org/abs/2101.00001", "2101.00001", ""),
    ("https://doi.\norg/10.1000/xyz", "", "10.1000/xyz"),
    ("https://DOI.org/10.1000/xyz", "", "10.1000/xyz"),
    ("https://github.com/arxiv/arxiv-browse", "", ""),
])
def test_url_readers_find_the_host_however_it_is_written(url, ident, found_doi):
    assert arxiv_id(url)[0] == ident
    assert doi(url) == found_doi
