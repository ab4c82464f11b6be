"""Where `check` gets its library: a fresh parse of LIST.md (enrichment carried over from
entries/), or entries/ alone; and the enrichment cache the pipeline reads (evidence.py)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .. import citekeys, store
from ..importer import read_library, read_list
from ..importer.merge import conflicts, merge_existing
from ..importer.template import load_declared, parse_option
from ..model import Library
from ..store.cache import Cache, default_dir


@dataclass
class Loaded:
    """The library to check, the list file it describes and that file's text ("" if unknown),
    and what of the list was not read (for its size): lines no rule looked at."""

    lib: Library
    file: str
    text: str
    not_read: list[str] = field(default_factory=list)


def load(list_path: str | None, entries_dir: str | Path,
         templates: tuple[str, ...] | list[str] = ()) -> Loaded:
    """Parse LIST.md without writing anything, or read entries/ when no list is given.
    `templates` (`--template`) are declared item templates, read as `import` reads them."""
    entries_dir = Path(entries_dir)
    has_entries = (entries_dir / store.INDEX_NAME).is_file()
    if list_path is None:
        lib = store.load_library(entries_dir)
        text = ""
        if lib.source and Path(lib.source).is_file():
            text = read_list(lib.source)
        return Loaded(lib, lib.source, text)
    text = read_list(list_path)
    # The templates a maintainer declared (awesome-bib.toml, --template) read it as `import` does.
    declared = load_declared(Path(list_path), parse_option(templates))
    reading = read_library(text, str(list_path), declared)
    lib = reading.lib
    if has_entries:
        # The importer's own matching (arXiv id + title, title, shared link) carries every
        # field enrichment or a person wrote onto the freshly parsed entries.
        old = store.load_library(entries_dir)
        lib.entries = merge_existing(lib.entries, old.entries).entries
    citekeys.assign_keys(lib.entries)
    lib.conflicts = conflicts(lib.entries, str(list_path))
    not_read = [f"line {p.line}: {p.reason}" for p in reading.too_long]
    return Loaded(lib, str(list_path), text, not_read)


def open_cache(cache_dir: str | Path | None) -> Cache | None:
    """The enrichment cache, or None when there is none on disk (then `--offline` reads
    entries/ alone: the pipeline would find nothing)."""
    root = Path(cache_dir) if cache_dir else default_dir()
    return Cache(root) if root.is_dir() else None
