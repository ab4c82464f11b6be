"""Enrichment steps: small classes named by their effect, folded over each entry in order.

Every step writes through `Writer`, which enforces who may change a field (a person's edit
always wins; Crossref outranks arXiv; a list value is only filled, never replaced, except
where the published version says otherwise) and records each change in `entry.history`.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

from ..model import PUBLISHED_TYPES, Author, Entry
from . import arxiv as arxiv_src
from . import crossref as crossref_src
from .base import Outcome, Record
from .match import CANDIDATE, judge
from .tags import Venue, classify

#: Who may overwrite whom: a higher rank replaces a lower one ("list" here = a venue tag).
RANK = {"list": 0, "arxiv": 1, "crossref": 2}
#: Fields a Crossref record writes (in this order).
CROSSREF_FIELDS = ("authors", "doi", "pub_type", "container_title", "volume", "issue", "pages",
                   "publisher", "issn", "month", "url")
#: Fields an arXiv record writes.
ARXIV_FIELDS = ("authors", "arxiv_version", "primary_class", "arxiv_title", "arxiv_comment",
                "arxiv_journal_ref", "arxiv_doi", "url")


def plain(value: Any) -> Any:
    """A value as YAML/JSON data (Authors as dicts)."""
    if isinstance(value, list):
        return [plain(v) for v in value]
    if isinstance(value, Author):
        return value.to_dict()
    return value


def fingerprint(value: Any) -> str:
    """A short hash of a field value, to notice later that a person edited it."""
    text = json.dumps(plain(value), sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


@dataclass
class Context:
    """What the look-ups returned, shared by all steps, plus the changes made so far."""

    arxiv: dict[str, Outcome] = field(default_factory=dict)
    dois: dict[str, Outcome] = field(default_factory=dict)
    searches: dict[str, Outcome] = field(default_factory=dict)
    queries: dict[int, str] = field(default_factory=dict)  # id(entry) -> search query
    changes: list[dict[str, Any]] = field(default_factory=list)
    reasons: dict[int, list[str]] = field(default_factory=dict)  # id(entry) -> why unresolved

    def note(self, entry: Entry, reason: str) -> None:
        """Remember why an entry is (partly) unresolved."""
        self.reasons.setdefault(id(entry), []).append(reason)


class Writer:
    """Sets fields with provenance, fingerprint and history, or declines to."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def may_write(self, entry: Entry, name: str, source: str) -> bool:
        """A person's field never; a list value only while empty; else by source rank."""
        owner = entry.provenance.get(name, "list")
        if owner == "manual":
            return False
        if name not in entry.fingerprints:  # not written by enrichment: list-owned
            return getattr(entry, name) in ("", None, [])
        return RANK.get(source, 0) >= RANK.get(owner, 0)

    def set(self, entry: Entry, name: str, value: Any, source: str, score: float | None = None,
            force: bool = False) -> bool:
        """Write one field if allowed (or `force`d past a list value); True when it changed."""
        if value in ("", None, []):
            return False
        if entry.provenance.get(name) == "manual":
            return False
        if not force and not self.may_write(entry, name, source):
            return False
        old = getattr(entry, name)
        if old == value and entry.provenance.get(name) == source:
            entry.fingerprints[name] = fingerprint(value)
            return False
        setattr(entry, name, value)
        entry.provenance[name] = source
        entry.fingerprints[name] = fingerprint(value)
        if old == value:
            return False
        change = {"field": name, "old": plain(old), "new": plain(value), "source": source}
        if score is not None:
            change["score"] = score
        entry.history.append(change)
        self.ctx.changes.append({"key": entry.key, **change})
        return True


class KeepManualEdits:
    """A field whose value no longer matches the fingerprint we wrote was edited: mark manual."""

    def apply(self, entry: Entry, ctx: Context, writer: Writer) -> None:
        """Compare fingerprints."""
        for name, mark in sorted(entry.fingerprints.items()):
            if fingerprint(getattr(entry, name, None)) != mark:
                entry.provenance[name] = "manual"
                del entry.fingerprints[name]


class ApplyArxivRecord:
    """Ordered authors and the eprint fields from arXiv."""

    def apply(self, entry: Entry, ctx: Context, writer: Writer) -> None:
        """Write what arXiv returned for the entry's id, or note why there is nothing."""
        if not entry.arxiv:
            return
        parsed = arxiv_src.parse_id(entry.arxiv)
        if parsed is None:
            ctx.note(entry, f"malformed arXiv id {entry.arxiv!r}")
            return
        outcome = ctx.arxiv.get(parsed[0])
        if outcome is None:
            return  # not selected for look-up (offline and not cached is noted there)
        if outcome.error:
            ctx.note(entry, outcome.error)
            return
        if outcome.payload is None:
            ctx.note(entry, f"arXiv does not know {parsed[0]}")
            return
        if "api_error" in outcome.payload:
            ctx.note(entry, f"arXiv: {outcome.payload['api_error']}")
            return
        record = arxiv_src.to_record(outcome.payload)
        for name in ARXIV_FIELDS:
            if name == "arxiv_version" and parsed[1] and entry.arxiv_version:
                continue  # the list cites a version: keep it
            writer.set(entry, name, record.fields.get(name), "arxiv")
        if not entry.year and record.year:
            writer.set(entry, "year", record.year, "arxiv")


def arxiv_record(entry: Entry, ctx: Context) -> Record | None:
    """The entry's arXiv record, if it was found."""
    parsed = arxiv_src.parse_id(entry.arxiv) if entry.arxiv else None
    outcome = ctx.arxiv.get(parsed[0]) if parsed else None
    if outcome and outcome.found and "api_error" not in outcome.payload:
        return arxiv_src.to_record(outcome.payload)
    return None


def evidence(entry: Entry, ctx: Context) -> tuple[list[str], list[int]]:
    """Titles and years to judge a Crossref record by: the list's and arXiv's."""
    titles = [t for t in (entry.title, entry.arxiv_title) if t]
    years = [y for y in (entry.year,) if y]
    record = arxiv_record(entry, ctx)
    if record and record.year:
        years.append(record.year)
    return titles, years


def doi_record(doi: str, ctx: Context) -> Record | None:
    """The Crossref record for a DOI, if it was fetched and found."""
    outcome = ctx.dois.get(doi.lower()) if doi else None
    return crossref_src.to_record(outcome.payload) if outcome and outcome.found else None


def choose_crossref(entry: Entry, ctx: Context) -> tuple[Record | None, list[dict[str, Any]],
                                                         list[str]]:
    """The accepted Crossref record (by DOI, else by search), near misses, and reasons."""
    titles, years = evidence(entry, ctx)
    first = entry.authors[0] if entry.authors else None
    candidates: list[dict[str, Any]] = []
    reasons: list[str] = []
    for doi in dict.fromkeys(d for d in (entry.doi, entry.arxiv_doi) if d):
        if doi.lower().startswith(crossref_src.DATACITE_ARXIV):
            continue
        record = doi_record(doi, ctx)
        outcome = ctx.dois.get(doi.lower())
        if record is None:
            if outcome is not None:
                reasons.append(outcome.error or f"Crossref does not know DOI {doi}")
            continue
        # A DOI names the paper; only a clearly different title makes us doubt it.
        verdict = judge(titles, [], None, record, accept_at=CANDIDATE)
        if verdict.accept:
            record.score = verdict.score
            return record, candidates, reasons
        candidates.append(_candidate(record, verdict.score, verdict.reasons))
        reasons.append(f"DOI {doi} names another title")
    query = ctx.queries.get(id(entry))
    outcome = ctx.searches.get(query) if query else None
    if outcome is None:
        return None, candidates, reasons
    if outcome.error:
        return None, candidates, [*reasons, outcome.error]
    best: Record | None = None
    for item in (outcome.payload or {}).get("items", []):
        record = crossref_src.to_record(item)
        verdict = judge(titles, years, first, record)
        if verdict.accept and (best is None or verdict.score > (best.score or 0)):
            record.score = verdict.score
            best = record
        elif verdict.candidate:
            candidates.append(_candidate(record, verdict.score, verdict.reasons))
    return best, candidates, reasons


def _candidate(record: Record, score: float, reasons: list[str]) -> dict[str, Any]:
    return {"doi": record.key, "title": record.title, "year": record.year,
            "type": record.kind, "score": score, "why_not": "; ".join(reasons)}


class ApplyPublishedVersion:
    """The Crossref match (followed to its published version) fills the bibliographic fields."""

    def apply(self, entry: Entry, ctx: Context, writer: Writer) -> None:
        """Write the accepted record; keep near misses as candidates."""
        record, candidates, reasons = choose_crossref(entry, ctx)
        for reason in reasons:
            ctx.note(entry, reason)
        known = {c.get("doi") for c in entry.candidates}
        entry.candidates.extend(c for c in candidates if c["doi"] not in known)
        if record is None:
            return
        published = next((r for r in map(lambda d: doi_record(d, ctx), record.preprint_of) if r),
                         None)
        replaced_preprint_doi = False
        if published is not None:  # a preprint DOI (bioRxiv, ...) with a published version
            replaced_preprint_doi = entry.doi.lower() == record.key
            record = published
        venue = classify(entry.venue_tag)
        values = dict(record.fields)
        values["pub_type"] = refine_pub_type(values.get("pub_type", ""), venue)
        for name in CROSSREF_FIELDS:
            force = name == "doi" and replaced_preprint_doi
            writer.set(entry, name, values.get(name), "crossref", record.score, force=force)
        year = values.get("year")
        if year and year != entry.year and values["pub_type"] in PUBLISHED_TYPES:
            writer.set(entry, "year", year, "crossref", record.score, force=True)


def refine_pub_type(pub_type: str, venue: Venue) -> str:
    """LNCS proceedings are `book-chapter`s at Crossref; a conference tag says what they are."""
    if pub_type == "book-chapter" and venue.pub_type in ("conference", "workshop"):
        return venue.pub_type
    if pub_type == "conference" and venue.pub_type == "workshop":
        return "workshop"
    return pub_type


class UseVenueTagWithoutDoi:
    """No Crossref record: the venue tag (NeurIPS, ICLR, MIDL...) or arXiv sets the type."""

    def apply(self, entry: Entry, ctx: Context, writer: Writer) -> None:
        """Settle pub_type from the tag when the venue registers no DOIs, else as a preprint."""
        if entry.provenance.get("pub_type") == "crossref" or entry.kind != "paper":
            return
        venue = classify(entry.venue_tag)
        if not venue.registers_dois and venue.pub_type in ("conference", "workshop"):
            if entry.authors and writer.set(entry, "pub_type", venue.pub_type, "list"):
                entry.history[-1]["source"] = "list venue tag (registers no DOIs)"
            return
        if arxiv_record(entry, ctx) is not None:
            writer.set(entry, "pub_type", "preprint", "arxiv")
            if venue.pub_type != "preprint" and entry.venue_tag:
                ctx.note(entry, f"no Crossref match for {entry.venue_tag!r}")


class MarkUnresolved:
    """Record why an entry is not (fully) resolved, or clear an old reason."""

    def apply(self, entry: Entry, ctx: Context, writer: Writer) -> None:
        """Join the noted reasons; an entry without authors is always unresolved."""
        reasons = list(dict.fromkeys(ctx.reasons.get(id(entry), [])))
        if entry.kind == "paper" and not entry.authors and not reasons:
            reasons.append("no source found (no arXiv id, no Crossref match)")
        text = "; ".join(reasons)
        if text != entry.unresolved:
            ctx.changes.append({"key": entry.key, "field": "unresolved",
                                "old": entry.unresolved, "new": text, "source": "enrich"})
            entry.unresolved = text


#: The steps folded over each entry once arXiv has answered (their authors shape the searches).
ARXIV_STEPS = (KeepManualEdits(), ApplyArxivRecord())
#: The steps folded over each entry once Crossref has answered.
CROSSREF_STEPS = (ApplyPublishedVersion(), UseVenueTagWithoutDoi(), MarkUnresolved())
