"""entries/ YAML text, byte for byte what `yaml.dump(..., Dumper=CSafeDumper, sort_keys=False,
allow_unicode=True, default_flow_style=False, width=10_000)` writes, but fast.

Writing a 50k-entry entries/ through PyYAML's representer and emitter took most of an import.
Our documents are plain data (dicts, lists, str, int, bool, None) in block style, so the text is
written here directly. Every scalar is written only when its style is certain: plain when the
emitter would write it plain, single-quoted when it certainly would quote it. Anything else
(line breaks, tabs, control characters, a leading `-`, `?` or `:`, very long strings, floats,
dates) makes the whole document go through yaml.dump as before. tests/test_store/test_yaml_writer.py
checks the equality on the committed entries/, the corpus and hostile strings.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

#: Characters that keep a scalar from being written here at all (let yaml.dump decide).
#: libyaml escapes what it does not count printable, astral characters (emoji) included.
_UNSURE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff"
                     "\U00010000-\U0010ffff]")
#: First characters after which plain style is refused (flow or block indicators).
_QUOTE_FIRST = set("#,[]{}&*!|>'\"%@`")
_UNSURE_FIRST = set("-?:")
MAX_LEN = 4000  # longer scalars may be folded at the emitter's width


class Unsure(Exception):
    """A value whose YAML form this writer does not decide; yaml.dump writes the document."""


_RESOLVERS: dict[str, list[tuple[str, re.Pattern[str]]]] = {}


def _resolves_to_str(value: str) -> bool:
    """Whether the plain scalar reads back as a string (not `2023`, `true`, `null`, `1.5`)."""
    if not _RESOLVERS:
        from yaml.resolver import Resolver  # the tag rules the emitter itself applies

        _RESOLVERS.update(Resolver.yaml_implicit_resolvers)
    resolvers = _RESOLVERS.get(value[:1])
    if not resolvers:  # (most first characters: no tag could match)
        return True
    return not any(regexp.match(value) for _tag, regexp in resolvers)


def scalar(value: object) -> str:
    """One scalar as the emitter writes it in block context (not as a key)."""
    if value is True:
        return "true"
    if value is False:
        return "false"
    if value is None:
        return "null"
    if type(value) is int:
        return str(value)
    if type(value) is not str:
        raise Unsure(type(value).__name__)
    return _string(value)


@lru_cache(maxsize=4096)
def _string(value: str) -> str:
    """A string scalar (labels, slugs, venue tags repeat: cached)."""
    if not value:
        return "''"
    if len(value) > MAX_LEN or _UNSURE.search(value):
        raise Unsure("break, control character or long")
    first = value[0]
    if first in _UNSURE_FIRST:
        if value[1:2] not in ("", " "):
            raise Unsure("leading indicator")
        return "'" + value.replace("'", "''") + "'"  # "- [CVPR 2023] ...": an indicator
    plain = (first not in _QUOTE_FIRST and first != " " and value[-1] != " "
             and value[-1] != ":" and ": " not in value and " #" not in value)
    if plain and _resolves_to_str(value):
        return value
    return "'" + value.replace("'", "''") + "'"


_KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_KEYS: set[str] = set()  # keys already known to be plain


def _key(key: object) -> str:
    if not isinstance(key, str):
        raise Unsure("key")
    if type(key) is not str or not _KEY.fullmatch(key) or not _resolves_to_str(key):
        raise Unsure("key")
    _KEYS.add(key)
    return key


def _mapping(data: dict[object, object], indent: int, out: list[str],
             first_prefix: str | None = None) -> None:
    pad = " " * indent
    lead = pad if first_prefix is None else first_prefix
    append = out.append
    for key, value in data.items():
        name = key if key in _KEYS else _key(key)
        if type(value) is str:  # most values: answered first
            append(f"{lead}{name}: {_string(value)}\n")
        elif isinstance(value, dict):
            if value:
                append(f"{lead}{name}:\n")
                _mapping(value, indent + 2, out)
            else:
                append(f"{lead}{name}: {{}}\n")
        elif isinstance(value, list):
            if value:
                append(f"{lead}{name}:\n")
                _sequence(value, indent, out)
            else:
                append(f"{lead}{name}: []\n")
        else:
            append(f"{lead}{name}: {scalar(value)}\n")
        lead = pad


def _sequence(data: list[object], indent: int, out: list[str]) -> None:
    pad = " " * indent
    item = f"{pad}- "
    for value in data:
        if isinstance(value, dict):
            if not value:
                out.append(f"{item}{{}}\n")
            else:
                _mapping(value, indent + 2, out, first_prefix=item)
        elif isinstance(value, list):
            raise Unsure("nested sequence")
        else:
            out.append(f"{item}{scalar(value)}\n")


def dump(data: Any) -> str:
    """The YAML text of a document (a non-empty dict or list); raises Unsure when not certain."""
    out: list[str] = []
    if isinstance(data, dict) and data:
        _mapping(data, 0, out)
    elif isinstance(data, list) and data:
        _sequence(data, 0, out)
    else:
        raise Unsure("empty or scalar document")
    return "".join(out)
