"""Export a Library to bibliography files: one module per format, registered in FORMATS.

A format module exposes NAME, SUFFIX, `render(entries, unicode, records) -> str` and its two
halves, `render_entry(record, unicode) -> str` and `join(blocks) -> str`, which let one
export render each entry once for all the files that list it. A module may also expose
`groups_trailer(tree)`, appended to all.<suffix> (BibTeX: the sections as a JabRef group tree).
`export_library` stages every file as a temp file and renames them into place only once all
are staged, so a failure never leaves `out/` half-written (fsutil's atomic write does one file;
this does the set).
"""

from __future__ import annotations

import importlib
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType

from ..citekeys import is_valid_key
from ..errors import EntriesError, UsageError
from ..fsutil import stage_bytes
from ..model import Entry, Library
from .resolve import Record, resolve

#: format name -> module under awesome_bib.export (imported only when used).
FORMATS = {
    "bibtex": "bibtex",
    "csljson": "csl_json",
    "ris": "ris",
}

ALL_NAME = "all"

_SLUG = re.compile(r"^[a-z0-9][a-z0-9._-]*$")


@dataclass
class ExportReport:
    """What an export wrote: files, entries per (section, format), unknown venue tags."""

    files: list[Path] = field(default_factory=list)
    counts: dict[str, dict[str, int]] = field(default_factory=dict)  # file stem -> fmt -> n
    unknown_tags: dict[str, list[str]] = field(default_factory=dict)  # tag -> keys
    total: int = 0


def format_module(name: str) -> ModuleType:
    """The module of a format name; a UsageError naming the choices for an unknown one."""
    if name not in FORMATS:
        raise UsageError(f"unknown format {name!r} (choose from {', '.join(FORMATS)}, all)")
    return importlib.import_module(f"{__name__}.{FORMATS[name]}")


def expand_formats(names: str | list[str]) -> list[str]:
    """"all" -> every format; otherwise the names, checked."""
    if isinstance(names, str):
        names = [names]
    out: list[str] = []
    for name in names:
        for one in (list(FORMATS) if name == ALL_NAME else [name]):
            format_module(one)
            if one not in out:
                out.append(one)
    return out


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
                  formats: list[str], unicode: bool, report: ExportReport,
                  tree: list[tuple[str, list[str]]]) -> Iterator[tuple[str, str]]:
    """Yield (file name, text), one format at a time, so only one format is held in memory."""
    for name in formats:
        module = format_module(name)
        # Each entry is rendered once per format and reused by every file that lists it.
        blocks = {key: module.render_entry(rec, unicode) for key, rec in records.items()}
        for stem, entries in groups:
            report.counts.setdefault(stem, {})[name] = len(entries)
            text = module.join([blocks[e.key] for e in entries])
            if stem == ALL_NAME and hasattr(module, "groups_trailer"):
                text += module.groups_trailer(tree)  # all.bib: sections as a JabRef group tree
            yield stem + module.SUFFIX, text


def export_library(lib: Library, out_dir: str | Path, formats: str | list[str] = ALL_NAME,
                   unicode: bool = False) -> ExportReport:
    """Render `lib` in `formats` and write OUT/<section>.<suffix> plus OUT/all.<suffix>.

    Each file is staged as a temp file next to its target as soon as it is rendered; only when
    every file has been staged are they renamed into place. A failure removes the temp files
    and leaves `out/` as it was.
    """
    out_dir = Path(out_dir)
    formats = expand_formats(formats)
    records, groups, report = _prepare(lib)
    if out_dir.exists() and not out_dir.is_dir():
        raise UsageError(f"{out_dir}: not a directory")
    root = out_dir.resolve()
    suffixes = [format_module(f).SUFFIX for f in formats]
    for stem, _ in groups:  # every path checked before the first write
        for suffix in suffixes:
            if (root / (stem + suffix)).resolve().parent != root:
                raise UsageError(f"{stem}{suffix}: would be written outside {out_dir}")
    staged: list[tuple[Path, Path]] = []
    try:
        # (section title, keys) per section, for the JabRef group tree of all.bib; the
        # section groups come first in `groups`, in lib.sections order.
        tree = [(section.title, [e.key for e in entries])
                for section, (_, entries) in zip(lib.sections, groups, strict=False)]
        for name, text in _render_files(records, groups, formats, unicode, report, tree):
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
