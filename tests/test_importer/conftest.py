"""Shared helpers for the importer tests: seed paths, small lists, parsed libraries."""

from __future__ import annotations

from pathlib import Path

import pytest

from awesome_bib.importer import build_library, read_library, read_list
from awesome_bib.model import Entry, Library

ROOT = Path(__file__).resolve().parents[2]
SEED_2024 = ROOT / "seeds" / "001_8a4be340c7ffec50.txt"  # the default list (June 2024)
SEED_2023 = ROOT / "seeds" / "000_39f23273fabc952c.txt"  # the older snapshot
LISTS = ROOT / "tests" / "lists"


def explained_templates(list_path: Path, entries: Path) -> list[str]:
    """The `template of 'Section': ...` lines `import --explain` prints for a list."""
    from click.testing import CliRunner

    from awesome_bib.cli import cli

    result = CliRunner().invoke(cli, ["import", str(list_path), "--entries", str(entries),
                                      "--explain"])
    assert result.exit_code == 0, result.output
    return [line.split(": ", 1)[1] for line in result.output.splitlines()
            if "template of" in line]


def library_of(path: Path) -> Library:
    """A list parsed and deduplicated in memory (no keys, nothing written)."""
    lib, _ = build_library(read_list(path), str(path))
    return lib


def by_title(lib: Library, start: str) -> Entry:
    """The one entry whose title starts with `start` (fails if none or several)."""
    found = [e for e in lib.entries if e.title.startswith(start)]
    assert len(found) == 1, f"{start!r}: {[e.title for e in found]}"
    return found[0]


@pytest.fixture(scope="session")
def lib_2024() -> Library:
    """The default list, parsed once per session."""
    return library_of(SEED_2024)


@pytest.fixture(scope="session")
def lib_2023() -> Library:
    """The older snapshot, parsed once per session."""
    return library_of(SEED_2023)


def write_list(tmp_path: Path, text: str, name: str = "list.md") -> Path:
    """Write a small Markdown list into tmp_path and return its path."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def papers_in(md: str) -> dict[str, tuple[int | None, str, str]]:
    """title -> (year, venue tag, section title) of each paper a list's text imports (the
    helper the round tests each wrote as `_papers`)."""
    lib = read_library(md, "list.md").lib
    titles = {s.slug: s.title for s in lib.sections}
    return {e.title: (e.year, e.venue_tag, titles[e.listings[0].section])
            for e in lib.entries}


def papers_with_authors(md: str) -> dict[str, tuple[int | None, str, list[str]]]:
    """title -> (year, venue tag, authors' family names) of each paper a list's text imports
    (the helper five round tests each wrote as `_papers`)."""
    return {e.title: (e.year, e.venue_tag, [a.family for a in e.authors])
            for e in read_library(md, "list.md").lib.entries}
