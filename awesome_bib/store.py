"""entries/ on disk: `_index.yaml` (sections, conflicts, problems) plus one YAML file per section.

An entry is stored once, in the file of the section where the list first mentions it; its
`listings` name every section (and position) it appears in. Files are written atomically and
only when their bytes change, so a re-import of an unchanged list changes no byte.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Any

from platformdirs import user_cache_dir

from . import yaml_writer
from .errors import EntriesError
from .fsutil import atomic_write_text
from .model import Entry, Library, Section

INDEX_NAME = "_index.yaml"
SCHEMA_VERSION = 1



def dump_yaml(data: Any) -> str:
    """YAML as we write it everywhere: block style, key order kept, UTF-8, no line folding.

    `yaml_writer` writes the same bytes as yaml.dump much faster (most of a 50k-item import);
    it refuses what it is not certain of, and yaml.dump writes that document.
    """
    try:
        return yaml_writer.dump(data)
    except yaml_writer.Unsure:
        pass
    import yaml  # only when writing or on a parse-cache miss: export of a cached list skips it

    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    return yaml.dump(data, Dumper=dumper, sort_keys=False, allow_unicode=True,
                     default_flow_style=False, width=10_000)


def _parse_cache_dir() -> Path:
    """Where parsed entries/ files are kept as JSON: under $AWESOME_BIB_CACHE or the user cache."""
    root = os.environ.get("AWESOME_BIB_CACHE") or user_cache_dir("awesome-bib")
    return Path(root) / f"parsed-v{SCHEMA_VERSION}"


def _cache_file(data: bytes) -> Path:
    return _parse_cache_dir() / f"{hashlib.sha256(data).hexdigest()}.json"


def _remember(data: bytes, parsed: Any) -> None:
    """Keep the parse of a YAML file as JSON, keyed by the file's bytes (derived data only)."""
    try:
        text = json.dumps(parsed, ensure_ascii=False)
        if json.loads(text) != parsed:
            return  # YAML-only values (dates, int keys): JSON would not give them back
        atomic_write_text(_cache_file(data), text)
    except (OSError, TypeError, ValueError):
        pass  # a cache we cannot write only costs speed


def _recall(data: bytes) -> Any:
    """The remembered parse of these exact bytes, or None. YAML parsing is ~40x slower than
    JSON and dominates `export` on a big list; any unreadable cache file is just a miss."""
    try:
        return json.loads(_cache_file(data).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def read_yaml(path: Path) -> Any:
    """Parse a YAML file, through the JSON parse cache; errors name the file and line."""
    try:
        data = path.read_bytes()
        text = data.decode("utf-8")
    except OSError as exc:
        raise EntriesError(path, None, f"cannot read: {exc.strerror or exc}") from None
    except UnicodeDecodeError as exc:
        raise EntriesError(path, None, f"not UTF-8 text ({exc.reason})") from None
    cached = _recall(data)
    if cached is not None:
        return cached
    import yaml

    try:
        parsed = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
        _remember(data, parsed)
        return parsed
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        raise EntriesError(path, line, f"broken YAML: {exc.problem or exc}") from None
    except yaml.YAMLError as exc:
        raise EntriesError(path, None, f"broken YAML: {exc}") from None


def _item_line(path: Path, index: int) -> int | None:
    """Line of the `index`-th item under `entries:` (only computed on the error path)."""
    import yaml

    try:
        root = yaml.compose(path.read_text(encoding="utf-8"), Loader=yaml.SafeLoader)
        for key_node, value_node in root.value:
            if key_node.value == "entries":
                return value_node.value[index].start_mark.line + 1
    except Exception:  # the file already parsed once; this is best effort for the message
        return None
    return None


def section_path(entries_dir: Path, slug: str) -> Path:
    """The YAML file of a section; slugs are confined to entries_dir."""
    path = (entries_dir / f"{slug}.yaml").resolve()
    if path.parent != entries_dir.resolve():
        raise EntriesError(entries_dir, None, f"section slug {slug!r} escapes the directory")
    return path


def load_library(entries_dir: str | Path) -> Library:
    """Read entries/ into a Library; any problem is an EntriesError naming file and line."""
    entries_dir = Path(entries_dir)
    index_path = entries_dir / INDEX_NAME
    if not index_path.is_file():
        raise EntriesError(index_path, None,
                           "no imported list here (run `awesome-bib import LIST.md` first)")
    index = read_yaml(index_path)
    if not isinstance(index, dict) or not isinstance(index.get("sections"), list):
        raise EntriesError(index_path, None, "not an awesome-bib index (no `sections:` list)")
    lib = Library(source=str(index.get("source", "")),
                  conflicts=list(index.get("conflicts") or []),
                  problems=list(index.get("problems") or []))
    try:
        lib.sections = [Section.from_dict(s) for s in index["sections"]]
    except (KeyError, TypeError) as exc:
        raise EntriesError(index_path, None, f"bad section record: {exc}") from None
    seen: dict[str, Path] = {}
    for section in lib.sections:
        path = section_path(entries_dir, section.slug)
        if not path.is_file():
            raise EntriesError(path, None, f"section file for {section.slug!r} is missing")
        data = read_yaml(path)
        items = data.get("entries") if isinstance(data, dict) else None
        if not isinstance(items, list):
            raise EntriesError(path, 1, "expected a mapping with an `entries:` list")
        for i, item in enumerate(items):
            try:
                if not isinstance(item, dict):
                    raise TypeError("an entry must be a mapping")
                entry = Entry.from_dict(item)
                if not entry.key:
                    raise ValueError("entry has no `key`")
            except (TypeError, ValueError, KeyError) as exc:
                raise EntriesError(path, _item_line(path, i), f"bad entry: {exc}") from None
            if entry.key in seen:
                raise EntriesError(path, _item_line(path, i),
                                   f"duplicate key {entry.key!r} (also in {seen[entry.key].name})")
            seen[entry.key] = path
            lib.entries.append(entry)
    return lib


def _render(lib: Library) -> tuple[dict[str, str], dict[str, Any]]:
    """(file name -> YAML text, file name -> the data it holds)."""
    home: dict[str, list[Entry]] = {s.slug: [] for s in lib.sections}
    for entry in lib.entries:
        slug = entry.listings[0].section if entry.listings else lib.sections[0].slug
        home.setdefault(slug, []).append(entry)
    docs: dict[str, Any] = {}
    index = {
        "awesome_bib": SCHEMA_VERSION,
        "source": lib.source,
        "sections": [s.to_dict() for s in lib.sections],
    }
    if lib.conflicts:
        index["conflicts"] = lib.conflicts
    if lib.problems:
        index["problems"] = lib.problems
    docs[INDEX_NAME] = index
    titles = {s.slug: s.title for s in lib.sections}
    for slug, entries in home.items():
        entries = sorted(entries, key=lambda e: e.listings[0].position if e.listings else 0)
        docs[f"{slug}.yaml"] = {"section": slug, "title": titles.get(slug, slug),
                                "entries": [e.to_dict() for e in entries]}
    return {name: dump_yaml(doc) for name, doc in docs.items()}, docs


def save_library(lib: Library, entries_dir: str | Path) -> list[Path]:
    """Write entries/ atomically, touching only files whose bytes change; returns those paths."""
    entries_dir = Path(entries_dir)
    entries_dir.mkdir(parents=True, exist_ok=True)
    changed: list[Path] = []
    files, docs = _render(lib)
    # Section files first, the index last: a crash in between leaves the old index, which
    # still names only files that exist.
    for name in sorted(files, key=lambda n: n == INDEX_NAME):
        path = entries_dir / name if name == INDEX_NAME else section_path(entries_dir, name[:-5])
        text = files[name]
        if path.is_file() and path.read_text(encoding="utf-8") == text:
            continue
        atomic_write_text(path, text)
        changed.append(path)
    for name, doc in docs.items():  # the next load of these bytes needs no YAML parse
        _remember(files[name].encode("utf-8"), doc)
    return changed
