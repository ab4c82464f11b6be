"""Import an awesome list (Markdown) into entries/: parse, deduplicate, merge, key, save.

`import_list(list_path, entries_dir)` is the one entry point; it validates everything before
writing, so a bad list leaves entries/ untouched.
"""

from __future__ import annotations

import gc
import re
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from .. import citekeys, store
from ..core.identifiers import arxiv_id, doi
from ..errors import ListError, name_the_input
from ..model import Conflict, Entry, Library, ListProblem
from .collect import collect
from .markdown import parse
from .merge import MergeResult, conflicts, dedupe, merge_existing
from .template import Declared, SectionTemplate, load_declared, parse_option

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
    templates: list[SectionTemplate] = field(default_factory=list)  # per heading, in order
    #: lines and items not read for their size (also in `skipped`): `check` says it did not
    #: look at them
    too_long: list[ListProblem] = field(default_factory=list)

    def explain(self) -> list[str]:
        """One line per section template (in the notation `--template` takes), then one line
        per item: where it is, its section and every field read from it."""
        return [t.describe(self.lib.source) for t in self.templates] + \
            [_explain(self.lib.source, entry, how) for entry, how in self.items]


def build_library(text: str, source: str) -> tuple[Library, int]:
    """Parse a list's text into a deduplicated Library (no keys yet) and the listings folded."""
    reading = read_library(text, source)
    return reading.lib, reading.folded


def read_library(text: str, source: str, declared: dict[str, Declared] | None = None,
                 explain: bool = False) -> Reading:
    """Parse a list's text; what was read, what was skipped and why, how each item was read.

    Raises ListError only when nothing at all could be read; the message names the first
    unreadable line and how many link-bearing lines were skipped.
    """
    with _gc_paused():
        try:
            return _read_library(text, source, declared, explain)
        except Exception as exc:
            name_the_input(exc, source)
            raise


@contextmanager
def _gc_paused() -> Iterator[None]:
    """No cyclic garbage collection while the import allocates: Python's collector otherwise
    re-walks every object built so far, again and again, which made import time grow faster
    than the list (50k items). The one cyclic structure, markdown-it's tree, has its cycles
    broken by `markdown.parse` once read, so no garbage waits for the collector."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


#: Characters in one line of a list. Real lists' longest lines are under 1,500 (a bullet with
#: a dozen badges, a one-line HTML table row); a longer line is no item anyone wrote by hand,
#: and reading it costs memory out of proportion to the list (issue 20: one 50 MB line).
MAX_LINE = 32_768
_LONG_LINE = re.compile(f"^[^\n]{{{MAX_LINE + 1},}}", re.M)


def _drop_long_lines(text: str) -> tuple[str, list[ListProblem]]:
    """The text with every line over MAX_LINE characters emptied (the line numbers of the
    rest stay), and one skipped record for each."""
    skipped: list[ListProblem] = []
    counted, line = 0, 1

    def drop(match: re.Match[str]) -> str:
        nonlocal counted, line
        line += text.count("\n", counted, match.start())
        counted = match.start()
        skipped.append(ListProblem(line=line, raw=match.group()[:80] + "...",
                                   reason=f"a line of {len(match.group()):,} characters (more "
                                          f"than {MAX_LINE:,}): not read"))
        return ""

    return _LONG_LINE.sub(drop, text), skipped


#: Characters in one item: a paragraph, or a list item with its continuation lines. Real
#: items are under a few kilobytes; reading one costs ~60 bytes of memory per character of
#: links (a 50 MB paragraph of links: 3 GB), so a longer one is not read.
MAX_ITEM = 2**20
#: A line that starts a block of its own (a list item, heading, table row, quote, HTML, fence):
#: it ends the item before it. Other non-blank lines continue it.
_BLOCK_START = re.compile(r" {0,3}(?:[-*+]\s|\d{1,9}[.)]\s|#|\||>|<|```|~~~)")


def _drop_long_items(text: str) -> tuple[str, list[ListProblem]]:
    """The text with every item over MAX_ITEM characters emptied (line numbers kept), and
    one skipped record for each. Only a text over MAX_ITEM can hold one: others are not
    scanned."""
    if len(text) <= MAX_ITEM:
        return text, []
    lines = text.split("\n")
    skipped: list[ListProblem] = []
    start, size = -1, 0

    def close(end: int) -> None:
        if start >= 0 and size > MAX_ITEM:
            skipped.append(ListProblem(
                line=start + 1, raw=lines[start][:80] + "...",
                reason=f"an item of {end - start:,} lines and {size:,} characters (more than "
                       f"{MAX_ITEM:,}): not read"))
            lines[start:end] = [""] * (end - start)

    for i, line in enumerate(lines):
        blank = not line.strip()
        if blank or _BLOCK_START.match(line):
            close(i)
            start, size = (-1, 0) if blank else (i, len(line))
        elif start >= 0:
            size += len(line) + 1
        else:
            start, size = i, len(line)
    close(len(lines))
    return ("\n".join(lines), skipped) if skipped else (text, [])


def _read_library(text: str, source: str, declared: dict[str, Declared] | None,
                  explain: bool) -> Reading:
    clock = _Clock()
    text, too_long = _drop_long_lines(text)
    text, too_big = _drop_long_items(text)
    too_long += too_big
    lines = text.splitlines()
    blocks = parse(text)  # (no cyclic garbage left: parse breaks its trees' cycles)
    clock.lap("markdown")
    found = collect(blocks, lines, declared, explain)
    del blocks
    if too_long:
        found.skipped = sorted([*found.skipped, *too_long], key=lambda sk: sk.line)
    clock.lap("items")
    if not found.entries:
        lost = sorted([*found.problems, *found.skipped], key=lambda p: p.line)
        first = lost[0].line if lost else None
        why = lost[0].reason if lost else ""
        # Problems (items read without a title or link) and skipped link-bearing lines.
        hint = (f" (first unreadable item here: {why}; {len(lost)} items or link-bearing lines "
                f"not imported)" if lost else "")
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
    return Reading(lib, folded, found.skipped, items, clock.laps, found.templates, too_long)


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
                rekey: bool = False, explain: bool = False,
                templates: tuple[str, ...] | list[str] = ()) -> ImportReport:
    """Import `list_path` into `entries_dir`, merging with what is there; returns a report.

    `templates` (`--template`): declared item templates, `PATTERN` for every section or
    `Section title=PATTERN`, over those of `awesome-bib.toml` next to the list."""
    with _gc_paused():
        return _import_list(list_path, entries_dir, rekey, explain, templates)


def _import_list(list_path: str | Path, entries_dir: str | Path, rekey: bool,
                 explain: bool, templates: tuple[str, ...] | list[str]) -> ImportReport:
    source = str(list_path)
    clock = _Clock()
    text = read_list(list_path)
    declared = load_declared(Path(list_path), parse_option(templates))
    clock.lap("read")
    reading = read_library(text, source, declared, explain)
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
    # One transaction: the new files, and the files of sections the list no longer has.
    written = store.save_library(lib, entries_dir, drop=old_sections)
    clock.lap("write entries/")
    report = _report(lib, result, folded, entries_dir, written)
    report.timings = {**clock.laps, **reading.timings}
    report.skipped = reading.skipped
    report.explain = reading.explain() if explain else []
    return report


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
