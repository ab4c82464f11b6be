"""Is a Crossref record the paper we mean? Title (core/titles.py), year, first author.

A wrong DOI is worse than none, so acceptance needs all the evidence we have; anything that
looks close but fails one test is kept as a candidate for a person to review, never applied.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..citekeys import fold
from ..core.titles import RELATED, SAME_SEARCHED, similarity
from ..model import Author
from .base import Record
from .names import family_key


@dataclass
class Verdict:
    """The outcome of judging one record: accepted, a candidate, or neither, and why."""

    accept: bool
    candidate: bool
    score: float
    reasons: list[str] = field(default_factory=list)


def judge(titles: list[str], years: list[int], first: Author | None, record: Record,
          accept_at: float = SAME_SEARCHED) -> Verdict:
    """Accept only on a close title, a year within one, and the same first family name."""
    score = similarity(titles, record.title)
    reasons = []
    if score < accept_at:
        reasons.append(f"title similarity {score:.0f} < {accept_at:.0f}")
    if years and record.year and min(abs(record.year - y) for y in years) > 1:
        reasons.append(f"year {record.year} not within one of {sorted(set(years))}")
    ours = family_key(first)
    authors = record.fields.get("authors") or []
    theirs = family_key(authors[0]) if authors else ""
    if ours and theirs and not (_same_family(ours, theirs) or _in_name(theirs, first)):
        reasons.append(f"first author {theirs!r} is not {ours!r}")
    return Verdict(accept=not reasons, candidate=bool(reasons) and score >= RELATED,
                   score=score, reasons=reasons)


def same_person(ours: Author | None, record_author: Author | None) -> bool | None:
    """Do two first authors agree? None when either is unknown (no evidence either way)."""
    a, b = family_key(ours), family_key(record_author)
    if not a or not b:
        return None
    return _same_family(a, b) or _in_name(b, ours) or _in_name(a, record_author)


def _in_name(family: str, person: Author | None) -> bool:
    """Their family name is among the words of our full name (arXiv names may be reversed)."""
    words = set(re.sub(r"[^a-z0-9 ]+", " ", fold(person.display if person else "").lower()).split())
    return bool(words) and set(family.split()) <= words


def _same_family(a: str, b: str) -> bool:
    """Family names agree when one contains the other as whole words ("m bran" / "bran")."""
    wa, wb = a.split(), b.split()
    return bool(wa and wb) and (set(wa) <= set(wb) or set(wb) <= set(wa)
                                or a.replace(" ", "") == b.replace(" ", ""))
