"""Zotero's own import code on our files: bench/zotero.py against a running translation server.

The server (Node, with Zotero's translators from their git repositories) is not on any
package registry, so CI cannot install it: this test runs where AWESOME_BIB_ZOTERO_URL points
at one (README "In Zotero" says how it was run) and is skipped otherwise.
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


@pytest.mark.skipif(not os.environ.get("AWESOME_BIB_ZOTERO_URL"),
                    reason="no Zotero translation server (set AWESOME_BIB_ZOTERO_URL)")
def test_zotero_keeps_everything_but_the_documented_losses(monkeypatch, capsys):
    """Committed out/, edge cases and the enriched list, in all three formats: every loss is
    one of bench/zotero.py's KNOWN_LOSSES, and CSL-JSON loses nothing."""
    monkeypatch.setenv("AWESOME_BIB_ZOTERO_URL", os.environ["AWESOME_BIB_ZOTERO_URL"])
    bench = _bench()
    assert bench.server_url(), "AWESOME_BIB_ZOTERO_URL is set but no server answers there"
    assert bench.main([]) == 0, capsys.readouterr().out
    table = capsys.readouterr().out
    csl = next(line for line in table.splitlines() if line.startswith("| CSL-JSON"))
    assert "(" not in csl, csl  # every facet of every item kept
