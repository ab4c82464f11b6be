"""Import an awesome list (Markdown) into entries/: parse, deduplicate, merge, key, save.

`import_list(list_path, entries_dir)` is the one entry point; it validates everything before
writing, so a bad list leaves entries/ untouched.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from .. import citekeys, store
from ..core.identifiers import arxiv_id, doi
from ..errors import ListError
from ..model import Conflict, Entry, Library, ListProblem
from .collect import collect
from .markdown import parse
from .merge import MergeResult, conflicts, dedupe, merge_existing

__all__ = ["ImportReport", "Reading", "import_list", "read_list", "read_library",
           "build_library"]


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
    problems: list[ListProblem] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    written: list[str] = field(default_factory=list)  # files whose bytes changed
    skipped: list[ListProblem] = field(default_factory=list)  # link-bearing lines not imported
    explain: list[str] = field(default_factory=list)  # per item: how it was read
    timings: dict[str, float] = field(default_factory=dict)  # phase -> seconds (bench/export.py)


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


@dataclass
class Reading:
    """A list as read: the deduplicated Library, listings folded, lines skipped, explanations."""

    lib: Library
    folded: int
    skipped: list[ListProblem]
    items: list[tuple[Entry, dict[str, Any]]]  # per listing, in list order: entry, how read
    timings: dict[str, float] = field(default_factory=dict)  # phase -> seconds

    def explain(self) -> list[str]:
        """One line per item: where it is, its section and every field read from it."""
        return [_explain(self.lib.source, entry, how) for entry, how in self.items]


def build_library(text: str, source: str) -> tuple[Library, int]:
    """Parse a list's text into a deduplicated Library (no keys yet) and the listings folded."""
    reading = read_library(text, source)
    return reading.lib, reading.folded


def read_library(text: str, source: str) -> Reading:
    """Parse a list's text; what was read, what was skipped and why, how each item was read.

    Raises ListError only when nothing at all could be read; the message names the first
    unreadable line and how many link-bearing lines were skipped.
    """
    with _gc_paused():
        return _read_library(text, source)


@contextmanager
def _gc_paused() -> Iterator[None]:
    """No cyclic garbage collection while the import allocates: Python's collector otherwise
    re-walks every object built so far, again and again, which made import time grow faster
    than the list (50k items). The one cyclic structure, markdown-it's tree, is collected
    explicitly once it is no longer needed."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def _read_library(text: str, source: str) -> Reading:
    clock = _Clock()
    lines = text.splitlines()
    blocks = parse(text)
    gc.collect()  # markdown-it's syntax tree (parent <-> child cycles) is garbage now
    clock.lap("markdown")
    found = collect(blocks, lines)
    del blocks
    clock.lap("items")
    if not found.entries:
        lost = sorted([*found.problems, *found.skipped], key=lambda p: p.line)
        first = lost[0].line if lost else None
        why = lost[0].reason if lost else ""
        hint = (f" (first unreadable item here: {why}; {len(lost)} link-bearing lines not "
                f"imported)" if lost else "")
        raise ListError(source, first, f"no paper or dataset items recognised{hint}")
    items = list(zip(found.entries, found.explain, strict=True))
    # Bold marks LLM papers only where it distinguishes: if every title is bold, it is style.
    if all(found.bold):
        for entry in found.entries:
            entry.llm = False
    entries, folded = dedupe(found.entries)
    lib = Library(sections=found.sections, entries=entries, source=source,
                  problems=[replace(p, file=source) for p in found.problems])
    clock.lap("dedupe")
    return Reading(lib, folded, found.skipped, items, clock.laps)


class _Clock:
    """Seconds per phase, for `bench/export.py` ("where the time goes")."""

    def __init__(self) -> None:
        self.laps: dict[str, float] = {}
        self._last = time.perf_counter()

    def lap(self, name: str) -> None:
        now = time.perf_counter()
        self.laps[name] = self.laps.get(name, 0.0) + now - self._last
        self._last = now

    def skip(self) -> None:
        """Count the time since the last lap under no phase (another clock timed it)."""
        self._last = time.perf_counter()


def _explain(source: str, entry: Entry, how: dict[str, Any]) -> str:
    """One line: where the item is, which section, and every field read from it."""
    where = how["section"] + (f" / {how['subsection']}" if how["subsection"] else "")
    authors = "; ".join(a.display for a in entry.authors) + (" et al." if entry.authors_et_al
                                                             else "")
    ids = [f"arXiv:{i}" for i in dict.fromkeys(arxiv_id(lk.url)[0] for lk in entry.links) if i]
    ids += [f"doi:{d}" for d in dict.fromkeys(doi(lk.url) for lk in entry.links) if d]
    return (f"{source}:{how['line']}: [{where}] {entry.title!r} | venue: {entry.venue_tag or '-'}"
            f" | year: {entry.year or '-'} | authors: {authors or '-'} | ids: "
            f"{', '.join(ids) or '-'} | read as: {how['how']}")


def import_list(list_path: str | Path, entries_dir: str | Path = "entries",
                rekey: bool = False, explain: bool = False) -> ImportReport:
    """Import `list_path` into `entries_dir`, merging with what is there; returns a report."""
    with _gc_paused():
        return _import_list(list_path, entries_dir, rekey, explain)


def _import_list(list_path: str | Path, entries_dir: str | Path, rekey: bool,
                 explain: bool) -> ImportReport:
    source = str(list_path)
    clock = _Clock()
    text = read_list(list_path)
    clock.lap("read")
    reading = read_library(text, source)
    del text
    clock.skip()  # read_library timed its own phases (reading.timings)
    lib, folded = reading.lib, reading.folded
    entries_dir = Path(entries_dir)
    old_sections: list[str] = []
    old_entries = []
    if (entries_dir / store.INDEX_NAME).is_file():
        old = store.load_library(entries_dir)
        old_entries = old.entries
        old_sections = [s.slug for s in old.sections]
    clock.lap("load old entries")
    result = merge_existing(lib.entries, old_entries)
    clock.lap("merge")
    lib.entries = result.entries
    citekeys.assign_keys(lib.entries, rekey=rekey)  # pinned keys stay unless the user asks
    for entry in lib.entries:
        if entry.authors and entry.provenance.get("authors") == "list":
            # Made from the list's authors: right before enrichment, but not yet verified, so
            # it may change once, when a verified record's authors replace the list's.
            entry.key_fallback = True
    clock.lap("keys")
    lib.conflicts = conflicts(lib.entries, source)
    clock.lap("conflicts")
    written = store.save_library(lib, entries_dir)
    _drop_stale_sections(entries_dir, old_sections, {s.slug for s in lib.sections})
    clock.lap("write entries/")
    report = _report(lib, result, folded, entries_dir, written)
    report.timings = {**clock.laps, **reading.timings}
    report.skipped = reading.skipped
    report.explain = reading.explain() if explain else []
    return report


def _drop_stale_sections(entries_dir: Path, old: list[str], new: set[str]) -> None:
    """Delete section files the previous index named and the new one does not."""
    for slug in old:
        if slug not in new:
            path = store.section_path(entries_dir, slug)
            if path.is_file():
                path.unlink()


def _report(lib: Library, result: MergeResult, folded: int, entries_dir: Path,
            written: list[Path]) -> ImportReport:
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
