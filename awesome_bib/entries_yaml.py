"""The text of entries/ files: our canonical YAML, or a person's file updated in place.

A file that is exactly what `dump` makes of its own data has nothing of a person's in it and
is rewritten with libyaml (fast: a 50k-entry import stays on this path). A file with comments,
hand formatting (flow lists, quoting, key order) or anything else `dump` would not write is
updated through ruamel.yaml's round-trip mode instead: values change in place, so the
person's comments and formatting stay where they were.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from .errors import EntriesError
from .parse_cache import parse_yaml

_MISSING = object()


def dump(data: Any) -> str:
    """YAML as we write it everywhere: block style, key order kept, UTF-8, no line folding."""
    import yaml  # only when writing or on a parse-cache miss: export of a cached list skips it

    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    return yaml.dump(data, Dumper=dumper, sort_keys=False, allow_unicode=True,
                     default_flow_style=False, width=10_000)


def is_ours(text: str, parsed: Any) -> bool:
    """True when `text` is byte for byte what `dump` writes for `parsed` (nothing to keep)."""
    return dump(parsed) == text


def update_in_place(old_text: str, new: Any) -> str | None:
    """`old_text` changed to hold `new`, keeping its comments and formatting (ruamel.yaml
    round trip), or None when the result would not read back as `new`."""
    from ruamel.yaml import YAML
    from ruamel.yaml.error import YAMLError

    rt = YAML(typ="rt")
    rt.preserve_quotes = True
    rt.width = 10_000
    rt.allow_unicode = True
    rt.default_flow_style = False
    rt.indent(mapping=2, sequence=2, offset=0)  # what PyYAML writes: `- ` under its key
    try:
        tree = rt.load(old_text)
        tree = _update(tree, new)
        out = io.StringIO()
        rt.dump(tree, out)
    except (YAMLError, ValueError, TypeError, KeyError):
        return None
    text = out.getvalue()
    try:
        same = parse_yaml(Path("<round trip>"), text) == new
    except EntriesError:
        same = False
    return text if same else None


def _update(old: Any, new: Any) -> Any:
    """`old` (a ruamel node) changed to equal `new`, reusing every node that still fits."""
    from ruamel.yaml.comments import CommentedMap, CommentedSeq

    if isinstance(old, CommentedMap) and isinstance(new, dict):
        for key in [k for k in old if k not in new]:
            del old[key]
        previous: Any = _MISSING
        for key, value in new.items():
            if key in old:
                old[key] = _update(old[key], value)
            else:
                at = 0 if previous is _MISSING else list(old).index(previous) + 1
                old.insert(at, key, value)
            previous = key
        return old
    if isinstance(old, CommentedSeq) and isinstance(new, list):
        _update_seq(old, new)
        return old
    if _same_scalar(old, new):
        return old  # keeps the person's quoting and number formatting
    return new


def _same_scalar(old: Any, new: Any) -> bool:
    if isinstance(old, (dict, list)) or isinstance(new, (dict, list)):
        return False
    if isinstance(new, bool) or isinstance(old, bool):
        return type(old) is type(new) and old == new
    return old == new and isinstance(old, str) == isinstance(new, str)


def _identity(item: Any) -> Any:
    """What names a list item across versions: an entry's key (then title), else nothing."""
    if isinstance(item, dict) and item.get("key"):
        return ("key", item["key"])
    return None


def _update_seq(old: Any, new: list[Any]) -> None:
    """Update a sequence in place: entries are matched by key (then by title), everything
    else by position, so the comments inside a kept item travel with it."""
    keyed = all(_identity(n) is not None for n in new) and new
    if not keyed:
        for i, value in enumerate(new):
            if i < len(old):
                old[i] = _update(old[i], value)
            else:
                old.append(value)
        while len(old) > len(new):
            del old[len(old) - 1]
        return
    # Pair each new item with an old node: same key, else (a key that changed) same title.
    nodes = list(old)
    free = list(range(len(nodes)))
    pairs: list[Any] = []
    for item in new:
        match = next((i for i in free if _identity(nodes[i]) == _identity(item)), None)
        if match is None and item.get("title"):
            match = next((i for i in free if isinstance(nodes[i], dict)
                          and nodes[i].get("title") == item["title"]), None)
        if match is not None:
            free.remove(match)
        pairs.append(None if match is None else nodes[match])
    for i in sorted(free, reverse=True):  # CommentedSeq shifts its comments on del/insert
        del old[i]
    for position, (item, node) in enumerate(zip(new, pairs, strict=True)):
        if node is None:
            old.insert(position, item)
            continue
        current = next(j for j in range(position, len(old)) if old[j] is node)
        if current != position:
            del old[current]
            old.insert(position, node)
        old[position] = _update(node, item)
