"""Zotero's own import code on our files: bench/zotero.py against a running translation server.

The server (Node, with Zotero's translators from their git repositories) is not on any
package registry, so CI cannot install it: this test runs where AWESOME_BIB_ZOTERO_URL points
at one started through bench/zotero_server.js (README "In Zotero" says how it was run) and is
skipped otherwise.
"""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _bench():
    spec = importlib.util.spec_from_file_location("bench_zotero", ROOT / "bench" / "zotero.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_without_a_server_the_script_says_so_and_exits_3(monkeypatch, capsys):
    monkeypatch.setenv("AWESOME_BIB_ZOTERO_URL", "")
    assert _bench().main([]) == 3
    assert "no Zotero translation server" in capsys.readouterr().err


def test_collections_compare_by_path_and_items():
    """bench/zotero.py's collection check: a section and its sub-headings must come back with
    the same names, nesting and items (order free); a missing sub-collection or item counts."""
    bench = _bench()
    want = [("Survey", ["a", "b"], []), ("Models", ["c", "d"], [("2023", ["c"], [])])]
    assert bench.collection_counts(want, want) == (3, 3, 3)
    flat = [("Survey", ["b", "a"], []), ("Models", ["c", "d"], [])]
    assert bench.collection_counts(flat, want) == (3, 2, 2)
    lost = [("Survey", ["a"], []), ("Models", ["c", "d"], [("2023", ["c"], [])])]
    assert bench.collection_counts(lost, want) == (3, 3, 2)


def test_items_pair_by_citation_key_before_title():
    """Zotero may reorder or retitle items: pairing goes by the key it kept, then title, URL."""
    bench = _bench()
    ours = [{"id": "k1", "title": "One"}, {"id": "k2", "title": "Two", "URL": "https://x/2"}]
    theirs = [{"citationKey": "k2", "title": "Two"}, {"title": "Other", "url": "https://y"},
              {"extra": "Citation Key: k1", "title": "One, retitled"}]
    pairs = bench.pair(ours, theirs)
    assert [z["title"] if z else None for _, z in pairs] == ["One, retitled", "Two"]
    assert bench.pair(ours, [])[0][1] is None  # dropped


@pytest.mark.skipif(not os.environ.get("AWESOME_BIB_ZOTERO_URL"),
                    reason="no Zotero translation server (set AWESOME_BIB_ZOTERO_URL)")
def test_zotero_keeps_everything_but_the_documented_losses(monkeypatch, capsys):
    """Committed out/, edge cases and the enriched list, in every format: every loss is one of
    bench/zotero.py's KNOWN_LOSSES; CSL-JSON and Zotero RDF lose nothing (and give Zotero
    the same items, field for field, dates as year-month); both all.bib files
    and all.rdf give one collection per section (and sub-heading) holding exactly its items;
    and each character class comes back from Zotero's BibTeX.js as written, except the classes
    with no spelling (NO_SPELLING)."""
    monkeypatch.setenv("AWESOME_BIB_ZOTERO_URL", os.environ["AWESOME_BIB_ZOTERO_URL"])
    bench = _bench()
    assert bench.server_url(), "AWESOME_BIB_ZOTERO_URL is set but no server answers there"
    status = bench.main([])
    out = capsys.readouterr().out
    assert status == 0, out
    lines = out.splitlines()
    for fmt in ("CSL-JSON", "Zotero RDF"):  # every facet of every item kept, in every table
        rows = [line for line in lines if line.startswith(f"| {fmt} |")]
        assert len(rows) == 4 and all("(" not in row for row in rows), rows
    [routes] = [line for line in lines if line.startswith("Zotero RDF vs CSL-JSON")]
    assert ": 0 differences in 482 items" in routes  # every field, not only the facets
    for set_name in ("committed", "edge"):
        for name in ("all.bib", "biblatex/all.bib", "all.rdf"):
            [row] = [line for line in lines if line.startswith(f"| {set_name} | {name} |")]
            want, built, equal = (cell.strip() for cell in row.split("|")[3:6])
            assert want == built and equal == f"{want}/{want}", row
    committed = [line for line in lines if line.startswith("| committed | all.bib |")][0]
    assert committed.split("|")[3].strip() == "22"  # 5 sections and 17 sub-headings
    classes = [line for line in lines if line.endswith(("| kept |", "| changed |"))
               and line.count("|") >= 6]
    assert len(classes) == len(bench.SPELLINGS)
