"""Is a source's record the paper we mean? Title (core/titles.py), year, first author: the one
judge of Crossref's records, Semantic Scholar's and any other source's.

A wrong DOI is worse than none, so acceptance needs all the evidence we have; anything that
looks close but fails one test is kept as a candidate for a person to review, never applied.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..core.names import family_key, same_person
from ..core.titles import RELATED, SAME_SEARCHED, names_paper, similarity
from ..model import Author
from .base import Record


@dataclass(frozen=True)
class YearWindow:
    """How far a record's year may fall from a year the evidence gives: up to `before` years
    earlier and `after` years later than one of them."""

    before: int
    after: int

    def admits(self, year: int | None, years: list[int]) -> bool:
        """True when `year` falls in the window of one of `years` (or either is unknown)."""
        return not year or not years or any(y - self.before <= year <= y + self.after
                                            for y in years)

    def __str__(self) -> str:
        if self.before == self.after == 1:
            return "within one of"
        return f"from {self.before} before to {self.after} after"


#: The record of the listed paper itself (a Crossref DOI or search hit): the list's year, a
#: proceedings URL's or arXiv's, within one.
SAME_YEAR = YearWindow(1, 1)
#: The published version of a preprint (Semantic Scholar's record of an arXiv paper): it
#: follows the preprint by up to two years; the tag's year within one before.
PUBLISHED_LATER = YearWindow(1, 2)


@dataclass
class Verdict:
    """The outcome of judging one record: accepted, a candidate, or neither, and why."""

    accept: bool
    candidate: bool
    score: float
    reasons: list[str] = field(default_factory=list)


def judge(titles: list[str], years: list[int], first: Author | None, record: Record,
          accept_at: float = SAME_SEARCHED, window: YearWindow = SAME_YEAR,
          subtitles: bool = False) -> Verdict:
    """Accept only on a close title (at `accept_at`; with `subtitles`, also one that only
    drops or adds a subtitle: core.titles.names_paper), a year in `window` of the evidence's,
    and the same first family name."""
    score = (names_paper(titles, record.title, accept_at) if subtitles else 0.0) or \
        similarity(titles, record.title)
    reasons = []
    if score < accept_at:
        reasons.append(f"title similarity {score:.0f} < {accept_at:.0f}")
    if not window.admits(record.year, years):
        reasons.append(f"year {record.year} not {window} {sorted(set(years))}")
    authors = record.fields.get("authors") or []
    theirs = authors[0] if authors else None
    if same_person(first, theirs) is False:
        reasons.append(f"first author {family_key(theirs)!r} is not {family_key(first)!r}")
    return Verdict(accept=not reasons, candidate=bool(reasons) and score >= RELATED,
                   score=score, reasons=reasons)
