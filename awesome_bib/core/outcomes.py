"""What enrichment finds out about an entry, as typed records: `OutcomeRecord` (a code, the
ids and titles involved, the list line) and `Candidate` (a near miss kept for a person to
review). Enrichment writes them into `entry.outcomes` / `entry.candidates`; check, export and
the enrich report read the codes and fields, never the wording of a message.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from typing import Literal, get_args

#: What a step can find out about an entry.
OutcomeCode = Literal[
    "link-mismatch",  # the list's arXiv link is another paper: nothing of it used
    "title-changed",  # retitled on arXiv since the list was written: used
    "title-corrected",  # the import took another span of the item; the record names it: used
    "title-from-record",  # the list names the paper only by a name; the record's first author
    # and year are the list's: its title is taken, the record used
    "name-unconfirmed",  # only a name, and no first author and year to confirm the link: unused
    "year-contradiction",  # the links prove another year than the list's tag
    "found-by-title-search",  # no usable arXiv link; arXiv's title search found it
    "arxiv-malformed", "arxiv-unknown", "arxiv-rejected",
    "doi-unknown", "doi-other-title",
    "lookup-failed",  # transient (timeout, 503, offline and not cached): retry later
    "unreadable-record",
    "value-dropped",  # a source gave a field a value of the wrong type: not used
    "no-crossref-match",
    "no-source",
    "venue-contradiction",  # a verified record puts the paper at another venue than the tag
    "source-unavailable",  # an optional source (Semantic Scholar) refused or was down
]
OUTCOME_CODE_NAMES: tuple[OutcomeCode, ...] = get_args(OutcomeCode)

#: Whether each code leaves the entry (partly) unresolved.
OUTCOME_CODES: dict[OutcomeCode, bool] = {
    "link-mismatch": True, "title-changed": False, "title-corrected": False,
    "title-from-record": False, "name-unconfirmed": True,
    "year-contradiction": False,
    "found-by-title-search": False, "arxiv-malformed": True, "arxiv-unknown": True,
    "arxiv-rejected": True, "doi-unknown": True, "doi-other-title": True,
    "lookup-failed": True, "unreadable-record": True, "value-dropped": False,
    "no-crossref-match": True,
    "no-source": True, "venue-contradiction": False, "source-unavailable": False,
}
#: Codes the enrich report prints as `file:line: ...` (list errors a maintainer should fix).
REPORTED: tuple[OutcomeCode, ...] = ("link-mismatch", "title-changed", "title-corrected",
                                     "year-contradiction", "doi-other-title",
                                     "venue-contradiction")
#: Codes that say the arXiv id itself is dead (unknown, rejected or malformed): the entry
#: needs a title search, and check reports the link.
ARXIV_DEAD: tuple[OutcomeCode, ...] = ("arxiv-unknown", "arxiv-rejected", "arxiv-malformed")


def outcome_code(value: object) -> OutcomeCode:
    """`value` as an outcome code; ValueError naming it when it is none."""
    for code in OUTCOME_CODE_NAMES:
        if value == code:
            return code
    raise ValueError(f"unknown outcome code {value!r} (one of {', '.join(OUTCOME_CODE_NAMES)})")


@dataclass(frozen=True, slots=True)
class OutcomeRecord:
    """One thing enrichment found out about an entry. Empty fields are not stored."""

    code: OutcomeCode
    message: str = ""
    line: int = 0  # the list line it concerns (the entry's first listing when not narrower)
    source: str = ""  # the source whose look-up failed ("arxiv", "crossref", "doi")
    arxiv: str = ""  # the arXiv id involved
    doi: str = ""
    title: str = ""  # the title a DOI names (doi-other-title); the span taken (title-corrected)
    reason: str = ""  # arXiv's own words (arxiv-rejected)
    listed_title: str = ""
    arxiv_title: str = ""
    listed_version: str = ""  # the version whose title the list gives (title-changed)
    arxiv_titles: dict[str, str] = field(default_factory=dict)  # version -> title
    similarity: float | None = None
    why: str = ""  # for a link-mismatch: "title" or "first author"
    list_year: int | None = None
    year: int | None = None
    by: str = ""  # what proves the year (year-contradiction) or the venue
    venue_tag: str = ""
    venue: str = ""  # the verified venue's tag (venue-contradiction), exported for the tag's

    def to_dict(self) -> dict[str, object]:
        """As stored in entries/ (the order entries/ files have always had, so that a rewrite
        changes no byte): the code, the line when it is the bullet's own, every non-empty
        field, the message, else the line."""
        out: dict[str, object] = {"code": self.code}
        if self.code in _LINE_AFTER_CODE:
            out["line"] = self.line
        for f in fields(self):
            value = getattr(self, f.name)
            if f.name not in ("code", "message", "line") and value not in ("", None, {}):
                out[f.name] = dict(value) if isinstance(value, dict) else value
        out["message"] = self.message
        out.setdefault("line", self.line)
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> OutcomeRecord:
        """Load from YAML; an unknown code or field is a ValueError naming it."""
        unknown = sorted(set(data) - _OUTCOME_FIELDS)
        if unknown:
            raise ValueError(f"unknown outcome field {unknown[0]!r}")
        return cls(
            code=outcome_code(data.get("code")), message=_text(data, "message"),
            line=_int(data, "line") or 0, source=_text(data, "source"),
            arxiv=_text(data, "arxiv"), doi=_text(data, "doi"), title=_text(data, "title"),
            reason=_text(data, "reason"), listed_title=_text(data, "listed_title"),
            arxiv_title=_text(data, "arxiv_title"),
            listed_version=_text(data, "listed_version"),
            arxiv_titles=_titles(data.get("arxiv_titles")),
            similarity=_float(data, "similarity"), why=_text(data, "why"),
            list_year=_int(data, "list_year"), year=_int(data, "year"), by=_text(data, "by"),
            venue_tag=_text(data, "venue_tag"), venue=_text(data, "venue"))

    @property
    def unresolving(self) -> bool:
        """True when this outcome leaves the entry (partly) unresolved."""
        return OUTCOME_CODES[self.code]


_OUTCOME_FIELDS = frozenset(f.name for f in fields(OutcomeRecord))
#: Codes about one bullet of several (its line found by the id it links): stored line first.
_LINE_AFTER_CODE: frozenset[OutcomeCode] = frozenset({"title-changed", "link-mismatch",
                                                       "year-contradiction"})


@dataclass(frozen=True, slots=True)
class Candidate:
    """A record that came close to the entry but failed a test: kept for review, never used."""

    title: str
    year: int | None
    kind: str  # the source's record type ("journal-article", "arxiv")
    score: float  # title similarity (core/titles.py)
    why_not: str  # the tests it failed
    doi: str = ""  # a Crossref candidate
    arxiv: str = ""  # an arXiv candidate

    def to_dict(self) -> dict[str, object]:
        """As stored in entries/ (`type` for `kind`; `year` kept even when unknown)."""
        out: dict[str, object] = {}
        if self.doi:
            out["doi"] = self.doi
        if self.arxiv:
            out["arxiv"] = self.arxiv
        out.update({"title": self.title, "year": self.year, "type": self.kind,
                    "score": self.score, "why_not": self.why_not})
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> Candidate:
        """Load from YAML; an unknown field is a ValueError naming it."""
        unknown = sorted(set(data) - {"doi", "arxiv", "title", "year", "type", "score",
                                      "why_not"})
        if unknown:
            raise ValueError(f"unknown candidate field {unknown[0]!r}")
        return cls(title=_text(data, "title"), year=_int(data, "year"),
                   kind=_text(data, "type"), score=_float(data, "score") or 0.0,
                   why_not=_text(data, "why_not"), doi=_text(data, "doi"),
                   arxiv=_text(data, "arxiv"))


def _text(data: Mapping[str, object], name: str) -> str:
    value = data.get(name)
    return "" if value is None else str(value)


def _int(data: Mapping[str, object], name: str) -> int | None:
    value = data.get(name)
    if value in (None, ""):
        return None
    if isinstance(value, bool) or not isinstance(value, (int, str)):
        raise ValueError(f"{name} must be a whole number, not {value!r}")
    return int(value)


def _float(data: Mapping[str, object], name: str) -> float | None:
    value = data.get(name)
    if value in (None, ""):
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        raise ValueError(f"{name} must be a number, not {value!r}")
    return float(value)


def _titles(value: object) -> dict[str, str]:
    if value in (None, ""):
        return {}
    if not isinstance(value, dict):
        raise ValueError(f"arxiv_titles must be a mapping, not {value!r}")
    return {str(k): str(v) for k, v in value.items()}
