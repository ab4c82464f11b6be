"""Shared helpers for the check tests: import a list into tmp, add enrichment evidence, run."""

from __future__ import annotations

from pathlib import Path

import pytest

from awesome_bib import store
from awesome_bib.check import run
from awesome_bib.cli import main
from awesome_bib.importer import import_list
from awesome_bib.store.cache import Cache

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_LIST = ROOT / "seeds" / "001_8a4be340c7ffec50.txt"
OLD_LIST = ROOT / "seeds" / "000_39f23273fabc952c.txt"
LISTS = ROOT / "tests" / "lists" / "check"

#: What arXiv gives for the ids behind the default list's real errors (the titles of these
#: ids on arxiv.org; the issue names each case). Used as enrichment evidence.
ARXIV_TITLES = {
    "2303.07618": "Medical Phrase Grounding with Region-Phrase Context Contrastive Alignment",
    "2406.06512": "Merlin: A Vision Language Foundation Model for 3D Computed Tomography",
    "2303.09117": "Cross-Modal Causal Intervention for Medical Report Generation",
}


@pytest.fixture(autouse=True)
def _no_user_cache(tmp_path, monkeypatch):
    """Never read the developer's real enrichment cache."""
    monkeypatch.setenv("AWESOME_BIB_CACHE", str(tmp_path / "no-cache"))


def imported(list_path: Path, tmp_path: Path) -> Path:
    """Import `list_path` into a fresh entries dir under tmp; returns the dir."""
    entries = tmp_path / "entries"
    import_list(list_path, entries)
    return entries


def with_arxiv_titles(entries: Path, titles: dict[str, str]) -> None:
    """Write arXiv titles into entries/ as enrichment does (field + provenance "arxiv")."""
    lib = store.load_library(entries)
    for entry in lib.entries:
        if entry.arxiv in titles:
            entry.arxiv_title = titles[entry.arxiv]
            entry.provenance["arxiv_title"] = "arxiv"
    store.save_library(lib, entries)


def arxiv_cache(root: Path, payloads: dict[str, dict | None]) -> Cache:
    """An enrichment cache holding arXiv answers (None: arXiv returned no paper for the id)."""
    cache = Cache(root)
    for ident, payload in payloads.items():
        cache.put("arxiv", ident, payload)
    return cache


def findings_of(entries: Path, cache=None, file: str = "LIST.md"):
    """(findings, gaps) for the library in entries/."""
    return run(store.load_library(entries), file, cache)


def kinds(findings) -> dict[str, int]:
    """kind -> count."""
    out: dict[str, int] = {}
    for f in findings:
        out[f.kind] = out.get(f.kind, 0) + 1
    return out


@pytest.fixture
def check_cli(capsys):
    """Run `awesome-bib check ARGS` through the real entry point; returns (status, out, err)."""

    def _run(*args: str, online: bool = False) -> tuple[int, str, str]:
        # --offline unless a test means to exercise the fetching path (against fake servers).
        argv = ["check", *map(str, args)]
        if not online and "--offline" not in argv:
            argv.append("--offline")
        try:
            main(argv)
            status = 0
        except SystemExit as exc:
            status = exc.code if isinstance(exc.code, int) else 1
        captured = capsys.readouterr()
        return status, captured.out, captured.err

    return _run
