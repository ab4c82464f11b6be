"""Pinned keys survive re-import; `import --rekey` is the one way to regenerate them."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from awesome_bib import store
from awesome_bib.cli import cli

SEED = Path(__file__).resolve().parents[2] / "seeds" / "001_8a4be340c7ffec50.txt"


def _keys(entries: Path) -> dict[str, str]:
    return {e.title: e.key for e in store.load_library(entries).entries}


def test_person_pinned_key_survives_reimport_until_rekey(tmp_path):
    """A key a person set stays across re-imports; --rekey recomputes every key."""
    entries = tmp_path / "entries"
    runner = CliRunner()
    assert runner.invoke(cli, ["import", str(SEED), "--entries", str(entries)]).exit_code == 0
    lib = store.load_library(entries)
    target = next(e for e in lib.entries if e.title.startswith("Generating Radiology Reports"))
    original = target.key
    target.key, target.key_fallback = "chen2020memory", False
    store.save_library(lib, entries)

    assert runner.invoke(cli, ["import", str(SEED), "--entries", str(entries)]).exit_code == 0
    assert _keys(entries)[target.title] == "chen2020memory"

    result = runner.invoke(cli, ["import", str(SEED), "--entries", str(entries), "--rekey"])
    assert result.exit_code == 0, result.output
    assert _keys(entries)[target.title] == original
