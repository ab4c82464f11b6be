"""Import an awesome list (Markdown) into entries/: parse, deduplicate, merge, key, save.

`import_list(list_path, entries_dir)` is the one entry point; it validates everything before
writing, so a bad list leaves entries/ untouched.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .. import citekeys, store
from ..errors import ListError
from ..model import Library
from .collect import collect
from .markdown import parse
from .merge import conflicts, dedupe, merge_existing

__all__ = ["ImportReport", "import_list", "read_list", "build_library"]


@dataclass
class SectionCount:
    """Per-section figures: items listed (bullets/rows) and distinct entries."""

    slug: str
    title: str
    kind: str
    listed: int
    entries: int


@dataclass
class ImportReport:
    """What an import found and changed."""

    source: str
    entries_dir: str
    sections: list[SectionCount] = field(default_factory=list)
    bullets: int = 0  # paper items listed (with repeats across sections)
    papers: int = 0  # unique paper entries
    datasets: int = 0
    merged: int = 0  # listings folded into an earlier entry
    added: list[str] = field(default_factory=list)  # keys
    removed: list[dict[str, Any]] = field(default_factory=list)  # key, title, line (old)
    kept: list[str] = field(default_factory=list)
    problems: list[dict[str, Any]] = field(default_factory=list)
    conflicts: list[dict[str, Any]] = field(default_factory=list)
    written: list[str] = field(default_factory=list)  # files whose bytes changed


def read_list(path: str | Path) -> str:
    """The list's text; ListError (file and line) when missing, unreadable or not UTF-8."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except IsADirectoryError:
        raise ListError(path, None, "is a directory, not a Markdown list") from None
    except OSError as exc:
        raise ListError(path, None, f"cannot read: {exc.strerror or exc}") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise ListError(path, line, f"not UTF-8 text (byte 0x{data[exc.start]:02x} "
                                    f"at offset {exc.start})") from None


def build_library(text: str, source: str) -> tuple[Library, int]:
    """Parse a list's text into a deduplicated Library (no keys yet) and the listings folded."""
    lines = text.splitlines()
    found = collect(parse(text), lines)
    if not found.entries:
        first = found.problems[0]["line"] if found.problems else None
        hint = " (first unreadable item here)" if first else ""
        raise ListError(source, first, f"no paper or dataset items recognised{hint}")
    # Bold marks LLM papers only where it distinguishes: if every title is bold, it is style.
    if all(found.bold):
        for entry in found.entries:
            entry.llm = False
    entries, folded = dedupe(found.entries)
    lib = Library(sections=found.sections, entries=entries, source=source,
                  problems=[{"file": source, **p} for p in found.problems])
    return lib, folded


def import_list(list_path: str | Path, entries_dir: str | Path = "entries",
                rekey: bool = False) -> ImportReport:
    """Import `list_path` into `entries_dir`, merging with what is there; returns a report."""
    source = str(list_path)
    lib, folded = build_library(read_list(list_path), source)
    entries_dir = Path(entries_dir)
    old_sections: list[str] = []
    old_entries = []
    if (entries_dir / store.INDEX_NAME).is_file():
        old = store.load_library(entries_dir)
        old_entries = old.entries
        old_sections = [s.slug for s in old.sections]
    result = merge_existing(lib.entries, old_entries)
    lib.entries = result.entries
    citekeys.assign_keys(lib.entries, rekey=rekey)  # pinned keys stay unless the user asks
    lib.conflicts = conflicts(lib.entries, source)
    written = store.save_library(lib, entries_dir)
    _drop_stale_sections(entries_dir, old_sections, {s.slug for s in lib.sections})
    return _report(lib, result, folded, entries_dir, written)


def _drop_stale_sections(entries_dir: Path, old: list[str], new: set[str]) -> None:
    """Delete section files the previous index named and the new one does not."""
    for slug in old:
        if slug not in new:
            path = store.section_path(entries_dir, slug)
            if path.is_file():
                path.unlink()


def _report(lib: Library, result, folded: int, entries_dir: Path, written) -> ImportReport:
    report = ImportReport(source=lib.source, entries_dir=str(entries_dir), merged=folded,
                          problems=lib.problems, conflicts=lib.conflicts,
                          written=[str(p) for p in written])
    for section in lib.sections:
        listed = sum(1 for e in lib.entries for li in e.listings if li.section == section.slug)
        report.sections.append(SectionCount(section.slug, section.title, section.kind, listed,
                                            len(lib.in_section(section.slug))))
    papers = [e for e in lib.entries if e.kind == "paper"]
    report.bullets = sum(len(e.listings) for e in papers)
    report.papers = len(papers)
    report.datasets = sum(1 for e in lib.entries if e.kind == "dataset")
    report.added = [e.key for e in result.added]
    report.kept = [e.key for e in result.kept]
    report.removed = [{"key": e.key, "title": e.title, "line": e.line} for e in result.removed]
    return report
