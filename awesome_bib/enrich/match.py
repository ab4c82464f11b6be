"""Is a Crossref record the paper we mean? Title (core/titles.py), year, first author.

A wrong DOI is worse than none, so acceptance needs all the evidence we have; anything that
looks close but fails one test is kept as a candidate for a person to review, never applied.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..core.names import family_key, same_person
from ..core.titles import RELATED, SAME_SEARCHED, similarity
from ..model import Author
from .base import Record


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
    authors = record.fields.get("authors") or []
    theirs = authors[0] if authors else None
    if same_person(first, theirs) is False:
        reasons.append(f"first author {family_key(theirs)!r} is not {family_key(first)!r}")
    return Verdict(accept=not reasons, candidate=bool(reasons) and score >= RELATED,
                   score=score, reasons=reasons)
