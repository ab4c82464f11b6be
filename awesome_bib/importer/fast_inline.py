"""A fast reader for the inline Markdown most list items are made of, with markdown-it as the
reference: `text`, `**strong**`, `[label](url)`, `[[pdf]](url)`, `![alt](src)` and
`[![alt](src)](href)`. Anything else (emphasis with one `*` or `_`, code, HTML, escapes,
entities, line breaks, references, link titles, brackets it cannot pair) returns None, and the
caller lets markdown-it read the text. `tests/test_importer/test_fast_inline.py` checks that
both readers give the same pieces on every list in the test suite.

Why: markdown-it's inline parser was about half of the import time of a 50k-item list.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from typing import Protocol, TypeVar


class _Piece(Protocol):
    """What this reader reads back of the pieces `make` builds (markdown.Piece)."""

    @property
    def kind(self) -> str: ...

    @property
    def text(self) -> str: ...

    @property
    def strong(self) -> bool: ...


P = TypeVar("P", bound=_Piece)

_FALLBACK = re.compile(r"[\\`<>_\n\r]|&(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);", re.IGNORECASE)
_DEST = r"[^\s()<>\\]*"
_SPECIAL = re.compile(r"[*!\[\]]")
_IMAGE = re.compile(rf"!\[([^\[\]]*)\]\(({_DEST})\)")
_LINK = re.compile(rf"\[((?:!\[[^\[\]]*\]\({_DEST}\)|\[[^\[\]]*\]|[^\[\]])*)\]\(({_DEST})\)")
#: URLs markdown-it's normalizeLink returns unchanged (ASCII host, only characters it keeps).
SAFE_URL = re.compile(r"https?://[A-Za-z0-9.\-]+(?::\d+)?(?:[/?#][A-Za-z0-9\-._~!$&'()*+,;=:@/?#]*)?"
                      r"|#[A-Za-z0-9\-]*")


def _is_punct(ch: str) -> bool:
    return bool(ch) and unicodedata.category(ch)[0] in "PS"


def _flanking(text: str, start: int, end: int) -> tuple[bool, bool]:
    """(can open, can close) for the `**` run text[start:end], per CommonMark."""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    left = not after.isspace() and (not _is_punct(after) or before.isspace() or _is_punct(before))
    right = not before.isspace() and (not _is_punct(before) or after.isspace()
                                      or _is_punct(after))
    return left, right


def read(text: str, make: Callable[[str, str, str, bool, list[P]], P],
         strong: bool = False) -> list[P] | None:
    """Pieces for `text` (built with `make(kind, text, href, strong, images)`), or None when the
    text needs the full parser."""
    if _FALLBACK.search(text):
        return None
    out: list[P] = []
    i = 0
    buf: list[str] = []
    bold = strong

    def flush() -> None:
        if buf:
            out.append(make("text", "".join(buf), "", bold, []))
            buf.clear()

    while i < len(text):
        special = _SPECIAL.search(text, i)
        if special is None:
            buf.append(text[i:])
            break
        if special.start() > i:
            buf.append(text[i:special.start()])
            i = special.start()
        ch = text[i]
        if ch == "*":
            j = i
            while j < len(text) and text[j] == "*":
                j += 1
            if j - i != 2:
                return None
            can_open, can_close = _flanking(text, i, j)
            if can_open == can_close:
                return None  # not a delimiter, or both: leave the subtle cases to markdown-it
            if (can_open and bold != strong) or (can_close and bold == strong):
                return None
            flush()
            bold = not bold if can_open else strong
            i = j
            continue
        if ch == "!" and text.startswith("![", i):
            match = _IMAGE.match(text, i)
            if not match or "*" in match.group(1) or not SAFE_URL.fullmatch(match.group(2)):
                return None
            flush()
            out.append(make("image", match.group(1), match.group(2), False, []))
            i = match.end()
            continue
        if ch == "[":
            match = _LINK.match(text, i)
            if match:
                if not SAFE_URL.fullmatch(match.group(2)):
                    return None  # markdown-it would re-encode or refuse this destination
                inner = read(match.group(1), make, bold)
                if inner is None or any(p.kind == "link" for p in inner):
                    return None
                flush()
                label = "".join(p.text for p in inner if p.kind == "text")
                is_bold = any(p.strong for p in inner if p.kind == "text" and p.text.strip())
                if is_bold and not all(p.strong for p in inner
                                       if p.kind == "text" and p.text.strip()):
                    return None  # (a link's text partly bold: markdown-it's reading, its notes)
                out.append(make("link", label, match.group(2), is_bold,
                                [p for p in inner if p.kind == "image"]))
                i = match.end()
                continue
        if ch == "]" and text.startswith("](", i):
            return None  # a link this reader could not pair
        buf.append(ch)
        i += 1
    if bold != strong:
        return None  # an unclosed ** (markdown-it keeps it as text)
    flush()
    return out
