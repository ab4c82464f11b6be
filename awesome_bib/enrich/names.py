"""Author names: Crossref's structured names as they are; arXiv's display strings split sensibly."""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from ..core.names import EAST_ASIAN_LETTER, split_words
from ..core.vocab import BODY_WORDS
from ..model import Author

#: Words that mark a collaboration or an organisation: the whole name stays one literal (an
#: organisation's words are core.vocab's, the importer's affiliation test, with the words of
#: a group of people: BODY_WORDS).
CORPORATE = re.compile(r"\b(" + "|".join(sorted(BODY_WORDS)) + r")\b", re.IGNORECASE)


def split_display_name(name: str) -> Author:
    """One arXiv author string -> Author (particles in family, corporate names literal)."""
    name = " ".join(unicodedata.normalize("NFC", name).split())
    if not name:
        return Author()
    if CORPORATE.search(name):
        return Author(literal=name)
    if EAST_ASIAN_LETTER.search(name):  # (CJK or Hangul: family name first)
        return _split_cjk(name)
    if "," in name:  # already "Family, Given"
        family, _, given = name.partition(",")
        return Author(family=family.strip(), given=given.strip())
    family, given = split_words(name.split(" "))
    return Author(family=family, given=given)


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
        if not isinstance(person, dict):
            continue  # not a person record: nothing to read a name from
        family = _clean(person.get("family"))
        given = _clean(person.get("given"))
        if family:
            out.append(Author(family=family, given=given))
        elif person.get("name"):
            out.append(Author(literal=_clean(person.get("name"))))
        elif given:  # a mononym deposited as `given` only
            out.append(Author(family=given))
    return out


def _clean(value: Any) -> str:
    return " ".join(str(value or "").split())
