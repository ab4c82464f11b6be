"""The text of entries/ files: our canonical YAML, or a person's file updated in place.

A file that is exactly what `dump` makes of its own data has nothing of a person's in it and
is rewritten with libyaml (fast: a 50k-entry import stays on this path). A file with comments,
hand formatting (flow lists, quoting, key order) or anything else `dump` would not write is
updated in place instead, entry by entry: an entry whose data did not change keeps its text
byte for byte; a changed entry whose text is ours is dumped again with libyaml; only a changed
entry holding a person's comments or formatting goes through ruamel.yaml's round-trip mode
(about 15x slower than libyaml, so the cost follows what people wrote, not the file's size).
A file that cannot be cut into entries goes through ruamel.yaml whole. Every result is read
back and must equal the data it was made for.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from ..errors import EntriesError
from . import yaml_writer
from .parse_cache import parse_yaml

_MISSING = object()


def dump(data: Any) -> str:
    """YAML as we write it everywhere: block style, key order kept, UTF-8, no line folding.

    `yaml_writer` writes the same bytes as yaml.dump much faster (most of a 50k-item import);
    it refuses what it is not certain of, and yaml.dump writes that document.
    """
    return dump_plain(data)[0]


def dump_plain(data: Any) -> tuple[str, bool]:
    """`dump`'s text, and whether `yaml_writer` wrote it: it writes only plain data (dicts
    with str keys, lists, str, int, bool, None), which JSON gives back exactly."""
    try:
        return yaml_writer.dump(data), True
    except yaml_writer.Unsure:
        pass
    import yaml  # only when writing or on a parse-cache miss: export of a cached list skips it

    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    return yaml.dump(data, Dumper=dumper, sort_keys=False, allow_unicode=True,
                     default_flow_style=False, width=10_000), False


def is_ours(text: str, parsed: Any) -> bool:
    """True when `text` is byte for byte what `dump` writes for `parsed` (nothing to keep)."""
    return dump(parsed) == text


def update_in_place(old_text: str, old: Any, new: Any) -> str | None:
    """`old_text` (whose data is `old`) changed to hold `new`, keeping its comments and
    formatting, or None when no result reads back as `new`."""
    text = _update_entries(old_text, old, new)
    if text is not None and _reads_as(text, new):
        return text
    text = _round_trip(old_text, new)
    return text if text is not None and _reads_as(text, new) else None


def _reads_as(text: str, data: Any) -> bool:
    try:
        return bool(parse_yaml(Path("<round trip>"), text) == data)
    except EntriesError:
        return False


def _split(old_text: str) -> tuple[str, list[str]] | None:
    """(the text up to and including `entries:`, one text per entry with the comments above
    it), or None when the file is not shaped like that."""
    lines = old_text.splitlines(keepends=True)
    try:
        start = lines.index("entries:\n") + 1
    except ValueError:
        return None
    chunks: list[str] = []
    pending: list[str] = []  # comment and blank lines at column 0: they go with what follows
    for line in lines[start:]:
        if line.startswith("- "):
            chunks.append("".join(pending) + line)
            pending = []
        elif line.startswith("#") or not line.strip():
            pending.append(line)
        elif line.startswith(" ") and chunks:
            chunks[-1] += "".join(pending) + line
            pending = []
        else:
            return None  # another top-level key after `entries:`, or an odd indent
    if pending:
        if not chunks:
            return None
        chunks[-1] += "".join(pending)
    return "".join(lines[:start]), chunks


def _update_entries(old_text: str, old: Any, new: Any) -> str | None:
    """Entry by entry (see the module docstring); None when the file is not cut so."""
    split = _split(old_text)
    if split is None or not isinstance(old, dict) or not isinstance(new, dict):
        return None
    head, chunks = split
    items, wanted = old.get("entries"), new.get("entries")
    if not isinstance(items, list) or not isinstance(wanted, list) or len(items) != len(chunks):
        return None
    if not wanted or list(new)[-1] != "entries" or list(old)[-1] != "entries":
        return None
    old_head = {k: v for k, v in old.items() if k != "entries"}
    new_head = {k: v for k, v in new.items() if k != "entries"}
    if old_head != new_head:
        if dump(old_head) + "entries:\n" == head:
            head = dump(new_head) + "entries:\n"
        else:
            rt = _round_trip(head[:-len("entries:\n")], new_head)
            if rt is None:
                return None
            head = rt + "entries:\n"
    by_key = {item.get("key"): i for i, item in enumerate(items) if isinstance(item, dict)}
    by_title = {item.get("title"): i for i, item in enumerate(items) if isinstance(item, dict)}
    used: set[int] = set()
    pairs: list[int | None] = []  # the old entry each new one continues, if any
    for item in wanted:
        i = by_key.get(item.get("key")) if isinstance(item, dict) else None
        if (i is None or i in used) and isinstance(item, dict):
            i = by_title.get(item.get("title"))
        if i is not None and i in used:
            i = None
        if i is not None:
            used.add(i)
        pairs.append(i)
    changed = [i for i, item in zip(pairs, wanted, strict=True)
               if i is not None and items[i] != item]
    # Was a changed entry's text ours? One libyaml dump for all of them, cut per entry.
    ours = {i for i, text in zip(changed, _dump_each([items[i] for i in changed]), strict=True)
            if text == chunks[i]}
    fresh = [item for i, item in zip(pairs, wanted, strict=True) if i is None or i in ours]
    dumped = iter(_dump_each(fresh))
    out = [head]
    for i, item in zip(pairs, wanted, strict=True):
        if i is None or i in ours:
            out.append(next(dumped))
        elif items[i] == item:
            out.append(chunks[i])  # unchanged: the person's bytes as they are
        else:
            text = _round_trip(chunks[i], [item])
            if text is None:
                return None
            out.append(text)
    return "".join(out)


def _dump_each(items: list[Any]) -> list[str]:
    """`dump([item])` for each item, made in one dump (one call per entry costs ~3x more)."""
    if not items:
        return []
    texts: list[str] = []
    for line in dump(items).splitlines(keepends=True):
        if line.startswith("- ") or not texts:
            texts.append(line)
        else:
            texts[-1] += line
    return texts if len(texts) == len(items) else [dump([item]) for item in items]


def _round_trip(old_text: str, new: Any) -> str | None:
    """`old_text` changed to hold `new` through ruamel.yaml's round trip, or None."""
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
    return out.getvalue()


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
    """What names a list item across versions: an entry's key, else nothing (`_update_seq`
    falls back to the title)."""
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
