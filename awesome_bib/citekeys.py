"""Citation keys: Better BibTeX's default formula `auth.lower + shorttitle(3,3) + year`.

`chenGeneratingRadiologyReports2020`: first author's family name lower-cased, the first three
significant title words capitalised, the year; ASCII-folded; only letters and digits from the
formula, with `a`, `b`, ... appended on a clash. While authors are unknown the key falls back
to the title words and year alone (`generatingRadiologyReportsMemory2020`: four words, so a
fallback never looks like an author key; a leading acronym is lower-cased whole: `roco`),
flagged `key_fallback` so that it may change once, when authors arrive. A pinned key is never
regenerated unless the user asks (`--rekey`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .model import Entry

#: Better BibTeX's default skip words (function words ignored by `shorttitle`).
SKIP_WORDS = frozenset("""
a ab aboard about above across after against al along amid among an and anti around as at
before behind below beneath beside besides between beyond but by d da das de del dell dello dei
degli della delle dem den der des despite die do down du during ein eine einem einen einer eines
el en et except for from gli i il in inside into is l la las le les like lo los near nor of off
on onto or over past per plus round save since so some sur than the through to toward towards
un una unas under underneath une unlike uno unos until up upon versus via von while with within
without yet zu zum
""".split())

_WORD = re.compile(r"[A-Za-z0-9]+")


def fold(text: str) -> str:
    """ASCII-fold any script (Müller -> Muller, 王 -> Wang)."""
    from anyascii import anyascii  # here, not at the top: export imports this module for keys

    return anyascii(text)


def key_title_words(title: str, count: int) -> list[str]:
    """The first `count` significant words of a title, capitalised, ASCII only."""
    words = []
    for word in _WORD.findall(fold(title)):
        if word.lower() in SKIP_WORDS:
            continue
        words.append(word[0].upper() + word[1:])
        if len(words) == count:
            break
    return words


def author_part(entry: Entry) -> str:
    """The first author's family name (or literal name's first word), folded and lower-cased."""
    if not entry.authors:
        return ""
    first = entry.authors[0]
    name = first.family or (first.literal.split()[0] if first.literal.split() else "")
    return "".join(_WORD.findall(fold(name))).lower()


def base_key(entry: Entry) -> tuple[str, bool]:
    """The unsuffixed key for an entry and whether it is a fallback (no author known)."""
    year = str(entry.year) if entry.year else ""
    author = author_part(entry)
    if author:
        return author + "".join(key_title_words(entry.title, 3)) + year, False
    words = key_title_words(entry.title, 4) or ["Untitled"]
    first = words[0]
    # An acronym is lower-cased whole ("ROCO" -> "roco", not "rOCO"), a word its first letter.
    words[0] = first.lower() if first == first.upper() else first[0].lower() + first[1:]
    return "".join(words) + year, True


def assign_keys(entries: Iterable[Entry], rekey: bool = False) -> list[tuple[Entry, str, str]]:
    """Give every entry without a pinned key a unique key; returns (entry, old, new) changes.

    Pinned keys (key_fallback False) are kept and reserved first, so new keys never steal them.
    A fallback key is regenerated, which turns it into an author key once authors are known.
    """
    entries = list(entries)
    taken: set[str] = set()
    todo: list[Entry] = []
    for entry in entries:
        keep = entry.key and not rekey and (not entry.key_fallback or not author_part(entry))
        # A pinned key stays; so does a fallback key while there are still no authors, which
        # keeps keys stable across re-imports until enrichment brings the first author.
        if keep and entry.key not in taken:
            taken.add(entry.key)
        else:
            todo.append(entry)
    changes = []
    for entry in todo:
        base, fallback = base_key(entry)
        key, n = base, 0
        while key in taken:
            key = base + _suffix(n)
            n += 1
        taken.add(key)
        if key != entry.key:
            changes.append((entry, entry.key, key))
        entry.key = key
        entry.key_fallback = fallback
    return changes


def _suffix(n: int) -> str:
    """0 -> a, 25 -> z, 26 -> aa, ..."""
    letters = ""
    n += 1
    while n:
        n, rem = divmod(n - 1, 26)
        letters = chr(ord("a") + rem) + letters
    return letters
