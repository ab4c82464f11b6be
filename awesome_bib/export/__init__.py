"""Export a Library to bibliography files: one module per format, registered in FORMATS.

A format module defines one `FORMAT` (registry.Format: name, suffix, optional folder, render
one entry, join, optional trailer for all.<suffix>, the options it honours) and is listed
below, one line per format; the registry refuses two formats that would write the same files.
`export_library` renders each entry once per format for all the files that list it, stages
every file as a temp file and renames them into place only once all are staged, so a failure
never leaves `out/` half-written (fsutil's atomic write does one file; this does the set).
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..core.vocab import is_valid_key
from ..errors import EntriesError, UsageError
from ..model import Entry, Library
from ..store.fsutil import stage_bytes
from .registry import ALL_NAME, Format, GroupTree, Registry
from .resolve import Record, resolve

#: Every format, in the order `--format all` writes them: one line per format module.
FORMATS = Registry.from_modules(__name__, [
    "bibtex",
    "csl_json",
    "ris",
    "biblatex",
])

__all__ = ["ALL_NAME", "FORMATS", "ExportReport", "Format", "Registry", "export_library",
           "file_stems", "ordered_entries"]

_SLUG = re.compile(r"^[a-z0-9][a-z0-9._-]*$")


@dataclass
class ExportReport:
    """What an export wrote: files, entries per (section, format), unknown venue tags."""

    files: list[Path] = field(default_factory=list)
    counts: dict[str, dict[str, int]] = field(default_factory=dict)  # file stem -> fmt -> n
    unknown_tags: dict[str, list[str]] = field(default_factory=dict)  # tag -> keys
    total: int = 0


def file_stems(lib: Library) -> list[tuple[str, str]]:
    """(file stem, section slug) per section; "all" is reserved, slugs are confined to OUT."""
    stems = []
    for section in lib.sections:
        slug = section.slug
        if not _SLUG.match(slug) or ".." in slug:
            raise EntriesError("_index.yaml", None,
                               f"section slug {slug!r} is not a safe file name")
        stems.append((f"{slug}-section" if slug == ALL_NAME else slug, slug))
    return stems


def ordered_entries(lib: Library) -> list[Entry]:
    """Every entry once, in list order: by the section and position of its first listing."""
    rank = {s.slug: i for i, s in enumerate(lib.sections)}

    def where(entry: Entry) -> tuple[int, int, str]:
        if not entry.listings:
            return (len(rank), 0, entry.key)
        first = entry.listings[0]
        return (rank.get(first.section, len(rank)), first.position, entry.key)

    return sorted(lib.entries, key=where)


def _prepare(lib: Library) -> tuple[dict[str, Record], list[tuple[str, list[Entry]]],
                                     ExportReport]:
    """Resolve every entry once (checking keys), and list the file groups."""
    report = ExportReport()
    records: dict[str, Record] = {}
    for entry in lib.entries:
        if not is_valid_key(entry.key):  # a key edited by hand is checked before any write
            raise EntriesError("entries", None,
                               f"invalid citation key {entry.key!r} (list line {entry.line})")
        if entry.key in records:
            raise EntriesError("entries", None, f"duplicate citation key {entry.key!r}")
        rec = records[entry.key] = resolve(entry)
        if rec.unknown_tag:
            report.unknown_tags.setdefault(rec.unknown_tag, []).append(entry.key)
    report.total = len(records)
    sections = lib.by_section()
    groups = [(stem, sections.get(slug, [])) for stem, slug in file_stems(lib)]
    groups.append((ALL_NAME, ordered_entries(lib)))
    return records, groups, report


def _render_files(records: dict[str, Record], groups: list[tuple[str, list[Entry]]],
                  formats: list[Format], unicode: bool, report: ExportReport,
                  tree: GroupTree) -> Iterator[tuple[str, str]]:
    """Yield (path under OUT, text), one format at a time, so only one format is in memory."""
    for fmt in formats:
        # Each entry is rendered once per format and reused by every file that lists it.
        blocks = {key: fmt.entry(rec, unicode) for key, rec in records.items()}
        for stem, entries in groups:
            report.counts.setdefault(stem, {})[fmt.name] = len(entries)
            text = fmt.join([blocks[e.key] for e in entries])
            if stem == ALL_NAME and fmt.trailer is not None:
                text += fmt.trailer(tree)  # all.bib: sections as a JabRef group tree
            yield fmt.file_name(stem), text


def export_library(lib: Library, out_dir: str | Path, formats: str | list[str] = ALL_NAME,
                   unicode: bool = False) -> ExportReport:
    """Render `lib` in `formats` and write OUT/<section>.<suffix> plus OUT/all.<suffix>.

    Each file is staged as a temp file next to its target as soon as it is rendered; only when
    every file has been staged are they renamed into place. A failure removes the temp files
    and leaves `out/` as it was.
    """
    out_dir = Path(out_dir)
    chosen = FORMATS.expand(formats)
    records, groups, report = _prepare(lib)
    if out_dir.exists() and not out_dir.is_dir():
        raise UsageError(f"{out_dir}: not a directory")
    root = out_dir.resolve()
    for stem, _ in groups:  # every path checked before the first write
        for fmt in chosen:
            name = fmt.file_name(stem)
            if (root / name).resolve().parent != (root / fmt.folder).resolve():
                raise UsageError(f"{name}: would be written outside {out_dir}")
    staged: list[tuple[Path, Path]] = []
    try:
        # (section title, keys) per section, for the JabRef group tree of all.bib; the
        # section groups come first in `groups`, in lib.sections order.
        tree = [(section.title, [e.key for e in entries])
                for section, (_, entries) in zip(lib.sections, groups, strict=False)]
        for name, text in _render_files(records, groups, chosen, unicode, report, tree):
            path = out_dir / name
            data = text.encode("utf-8")
            del text
            report.files.append(path)
            if path.is_file() and path.read_bytes() == data:
                continue  # unchanged: keep the file (and its mtime)
            staged.append((stage_bytes(path, data), path))
        for tmp, path in staged:
            os.replace(tmp, path)
        staged = []
    except OSError as exc:
        raise UsageError(f"{out_dir}: cannot write: {exc.strerror or exc}") from None
    finally:
        for tmp, _ in staged:
            tmp.unlink(missing_ok=True)
    return report
