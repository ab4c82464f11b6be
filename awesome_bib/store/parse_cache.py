"""The parse cache: YAML files we read (entries/, data/venues.yaml) remembered as JSON, keyed by
the SHA-256 of their bytes.

YAML parsing is ~40x slower than JSON and dominates `export` on a big list. The cache holds
derived data only: a file is named by the hash of the bytes it was parsed from, written
atomically, and any file we cannot read is a miss. Content addressing makes concurrent writers
harmless (two runs write the same bytes under the same name), so it needs no lock.
"""

from __future__ import annotations

import functools
import hashlib
import json
from pathlib import Path
from typing import Any

from ..errors import EntriesError, name_the_input
from .cachedir import cache_root
from .fsutil import atomic_write_text

VERSION = 1


def directory() -> Path:
    """Where parses are kept: `parsed-v1/` under the cache root."""
    return cache_root() / f"parsed-v{VERSION}"


def digest(data: bytes) -> str:
    """The name of a file's parse: the SHA-256 of its bytes."""
    return hashlib.sha256(data).hexdigest()


def remember(data: bytes, parsed: Any, name: str | None = None, plain: bool = False) -> None:
    """Keep the parse of these bytes as JSON (`name`: their digest, when already known).
    `plain`: the caller knows `parsed` is plain data (`entries_yaml.dump_plain`), which JSON
    gives back exactly, so it is not read back to check (a third of writing a 50k entries/)."""
    try:
        text = json.dumps(parsed, ensure_ascii=False)
        if not plain and json.loads(text) != parsed:
            return  # YAML-only values (dates, int keys): JSON would not give them back
        atomic_write_text(directory() / f"{name or digest(data)}.json", text)
    except (OSError, TypeError, ValueError):
        pass  # a cache we cannot write only costs speed


def mark_dumped(name: str) -> None:
    """Note that the bytes with this digest are exactly what `entries_yaml.dump` wrote for
    their data (nothing of a person's in them), so a rewrite may take the fast path."""
    try:
        atomic_write_text(directory() / f"{name}.dumped", "")
    except OSError:
        pass


def was_dumped(name: str) -> bool:
    """True when `mark_dumped(name)` was called (by any run sharing this cache)."""
    return (directory() / f"{name}.dumped").is_file()


def recall(name: str) -> Any:
    """The remembered parse of the bytes with this digest, or None (any unreadable file is
    just a miss)."""
    try:
        return json.loads((directory() / f"{name}.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def parse_yaml(path: Path, text: str) -> Any:
    """Parse YAML text with libyaml (PyYAML's pure-Python loader without it); errors name
    `path` and the line. Anchors and aliases are refused (`_loader`)."""
    import yaml  # only on a cache miss: export of a cached list never loads a YAML parser

    try:
        return yaml.load(text, Loader=_loader())
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        raise EntriesError(path, line, f"broken YAML: {exc.problem or exc}") from None
    except yaml.YAMLError as exc:
        raise EntriesError(path, None, f"broken YAML: {exc}") from None


@functools.cache
def _loader() -> Any:
    """libyaml's safe loader, refusing an alias where it would be expanded.

    awesome-bib writes no anchors and aliases, and a person has no need of them, while a few
    nested aliases (`&a [*a, *a, ...]`) make a document that is small as parsed nodes but
    exponential as data: whatever walks it (the JSON of the parse cache, the export) then
    exhausts memory. The node graph is built first (small: an alias is the same node again);
    the constructor builds each node once, so a node met a second time is an alias."""
    import yaml

    base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

    class NoAliasLoader(base):  # type: ignore[misc, valid-type]
        def construct_object(self, node: Any, deep: bool = False) -> Any:
            if node in self.constructed_objects or node in self.recursive_objects:
                raise yaml.constructor.ConstructorError(
                    None, None, "anchors and aliases are not allowed in entries/ "
                    "(awesome-bib writes none; write the value out)", node.start_mark)
            return super().construct_object(node, deep)

    return NoAliasLoader


def read_yaml_digest(path: Path) -> tuple[str, Any]:
    """(the digest of the file's bytes, its parse), through the cache; errors name the file
    and line."""
    try:
        data = path.read_bytes()
        text = data.decode("utf-8")
    except OSError as exc:
        raise EntriesError(path, None, f"cannot read: {exc.strerror or exc}") from None
    except UnicodeDecodeError as exc:
        raise EntriesError(path, None, f"not UTF-8 text ({exc.reason})") from None
    name = digest(data)
    cached = recall(name)
    if cached is not None:
        return name, cached
    try:
        parsed = parse_yaml(path, text)
        remember(data, parsed, name)
    except Exception as exc:
        name_the_input(exc, str(path))
        raise
    return name, parsed


def read_yaml(path: Path) -> Any:
    """Parse a YAML file through the cache; errors name the file and line."""
    return read_yaml_digest(path)[1]
