"""Author names: Crossref's structured names as they are; arXiv's display strings split sensibly."""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from ..citekeys import fold
from ..model import Author

#: Lower-case words that begin a family name ("Ludwig van Beethoven" -> "van Beethoven").
PARTICLES = frozenset("""
van von der den de del della di da das dos du la le ten ter vander bin ibn al el st
""".split())

#: Generational suffixes kept with the given name so they are not taken for a family name.
SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})

#: Words that mark a collaboration or an organisation: the whole name stays one literal.
CORPORATE = re.compile(
    r"\b(collaboration|consortium|team|group|project|initiative|committee|society|association|"
    r"institute|university|laboratory|lab|network|alliance|foundation|inc|ltd|llc|corporation|"
    r"company|organi[sz]ation|council|centre|center|working|program|programme)\b",
    re.IGNORECASE)

_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")


def split_display_name(name: str) -> Author:
    """One arXiv author string -> Author (particles in family, corporate names literal)."""
    name = " ".join(unicodedata.normalize("NFC", name).split())
    if not name:
        return Author()
    if CORPORATE.search(name):
        return Author(literal=name)
    if _CJK.search(name):
        return _split_cjk(name)
    if "," in name:  # already "Family, Given"
        family, _, given = name.partition(",")
        return Author(family=family.strip(), given=given.strip())
    tokens = name.split(" ")
    suffix = ""
    if len(tokens) > 2 and tokens[-1].lower() in SUFFIXES:
        suffix = tokens.pop()
    if len(tokens) == 1:
        return Author(family=tokens[0], given=suffix)
    start = len(tokens) - 1
    while start > 1 and tokens[start - 1].lower() in PARTICLES:
        start -= 1
    given = " ".join(tokens[:start] + ([suffix] if suffix else []))
    return Author(family=" ".join(tokens[start:]), given=given)


def _split_cjk(name: str) -> Author:
    """CJK names are written family first: "山田 太郎", or unspaced "王小明" (one-char family)."""
    if " " in name:
        family, _, given = name.partition(" ")
        return Author(family=family, given=given)
    if len(name) <= 1:
        return Author(family=name)
    return Author(family=name[0], given=name[1:])


def from_crossref(people: list[dict[str, Any]] | None) -> list[Author]:
    """Crossref `author` objects in order; organisations (`name` only) become literals."""
    out = []
    for person in people or []:
        family = _clean(person.get("family"))
        given = _clean(person.get("given"))
        if family:
            out.append(Author(family=family, given=given))
        elif person.get("name"):
            out.append(Author(literal=_clean(person.get("name"))))
        elif given:  # a mononym deposited as `given` only
            out.append(Author(family=given))
    return out


def family_key(author: Author | None) -> str:
    """A comparable form of the first author's family (or literal) name: folded, lower-case."""
    if author is None:
        return ""
    name = author.family or author.literal
    return re.sub(r"[^a-z0-9 ]+", "", fold(name).lower()).strip()


def _clean(value: Any) -> str:
    return " ".join(str(value or "").split())
