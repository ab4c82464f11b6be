"""Person names, one rule each: the splitter ("Given Family" words -> (family, given)) for
names a list writes and names arXiv gives alike, and whether two first authors are one person.

Particles begin the family name ("Ludwig van Beethoven" -> "van Beethoven", "Hamid el Alaoui"
-> "el Alaoui"); a generational suffix stays with the given name so that it is never taken for
the family name ("Martin Luther King Jr." -> family "King").
"""

from __future__ import annotations

import re
from typing import Protocol


def _ascii(name: str, other: str) -> str:
    """A name ASCII-folded and lower-cased (Müller -> muller, 王 -> wang), every character but
    letters, digits and spaces replaced by `other`."""
    from anyascii import anyascii  # here, not at the top: only enrichment compares people

    return re.sub(r"[^a-z0-9 ]+", other, anyascii(name).lower())


class Person(Protocol):
    """What the comparison reads of an author (model.Author has it)."""

    @property
    def family(self) -> str: ...

    @property
    def literal(self) -> str: ...

    @property
    def display(self) -> str: ...

#: Lower-case words that begin a family name.
#: Kana, CJK ideographs and extension A, as character-class ranges: text written in Chinese or
#: Japanese (family name first, no spaces between words, sentences that end without a space).
CJK_RANGES = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff"
#: The letters of a name written in an East Asian script, as character-class ranges: CJK
#: (`CJK_RANGES`), Korean Hangul syllables and CJK compatibility ideographs.
EAST_ASIAN_RANGES = f"{CJK_RANGES}\uac00-\ud7af\uf900-\ufaff"
#: One letter of a name written in an East Asian script (`EAST_ASIAN_RANGES`): the importer's
#: mixed-script test of a "name" and enrich's test of a name written family name first.
EAST_ASIAN_LETTER = re.compile(f"[{EAST_ASIAN_RANGES}]")
#: A phrase written in a CJK script: six characters in a row (`音楽情報処理のための深層学習`). A
#: name has four at most, so six are a title's or a note's words, never a person's.
CJK_PHRASE = re.compile(f"[{CJK_RANGES}]{{6}}")

PARTICLES = frozenset("""
van von der den de del della di da das dos du la le ten ter vander bin ibn al el st
""".split())

#: Generational suffixes, compared without their full stop.
SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


def is_particle(word: str) -> bool:
    """True for a word that begins a family name (`van`, `el`)."""
    return word.lower() in PARTICLES


def is_suffix(word: str) -> bool:
    """True for a generational suffix (`Jr.`, `III`)."""
    return word.lower().rstrip(".") in SUFFIXES


def split_words(words: list[str]) -> tuple[str, str]:
    """A person's name as words in "Given Family" order -> (family, given), particles in the
    family name, a suffix with the given name."""
    tokens = list(words)
    suffix = ""
    if len(tokens) > 2 and is_suffix(tokens[-1]):
        suffix = tokens.pop()
    if len(tokens) <= 1:
        return (tokens[0] if tokens else ""), suffix
    start = len(tokens) - 1
    while start > 1 and is_particle(tokens[start - 1]):
        start -= 1
    given = " ".join(tokens[:start] + ([suffix] if suffix else []))
    return " ".join(tokens[start:]), given


def family_key(person: Person | None) -> str:
    """A comparable form of a family (or literal) name: ASCII-folded, lower-case words."""
    if person is None:
        return ""
    return _ascii(person.family or person.literal, "").strip()  # "O'Brien" -> "obrien"


def same_person(ours: Person | None, theirs: Person | None) -> bool | None:
    """Are two (first) authors one person? None when either is unknown (no evidence either
    way). Family names agree when one holds the other as whole words ("m bran" / "bran"), or
    one family name is among the words of the other's full name (arXiv names may be
    reversed: "Wang Xiaoming")."""
    a, b = family_key(ours), family_key(theirs)
    if not a or not b:
        return None
    return _same_family(a, b) or _in_name(b, ours) or _in_name(a, theirs)


def _in_name(family: str, person: Person | None) -> bool:
    words = set(_ascii(person.display if person else "", " ").split())
    return bool(words) and set(family.split()) <= words


def _same_family(a: str, b: str) -> bool:
    wa, wb = a.split(), b.split()
    return bool(wa and wb) and (set(wa) <= set(wb) or set(wb) <= set(wa)
                                or a.replace(" ", "") == b.replace(" ", ""))
