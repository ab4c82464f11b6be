"""Enrichment steps: small classes named by their effect, folded over each entry in order.

Every step writes through `Writer`, which enforces who may change a field (a person's edit
always wins; a higher-ranked source outranks a lower one, by the ranks the sources declare;
a list value is only filled, never replaced, except where the published version says
otherwise) and records each change in `entry.history`.

What a step finds out (a link to another paper, a retitle, a year the links contradict, an
unknown id) is recorded with `Context.outcome` as a `core.outcomes.OutcomeRecord`: a code, the
ids and titles involved and the list line. `MarkUnresolved` stores them in `entry.outcomes`
(and the human summary in `entry.unresolved`); `check` and the enrich report read the data,
never the wording.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field, replace
from typing import Any, Protocol, cast

from ..core.arxiv_ids import abs_url, first_version_date, parse_id
from ..core.identifiers import candidate_doi, link_venue
from ..core.outcomes import Candidate, OutcomeRecord
from ..core.titles import RELATED, similarity
from ..core.vocab import PUBLISHED_TYPES, Provenance
from ..model import Author, Entry
from ..venues import is_printer_doi, parse_tag
from . import arxiv as arxiv_src
from . import crossref as crossref_src
from . import identity
from .base import FIELD_TYPES, Outcome, Record, RecordError
from .identity import Identity, judge, line_of, linked_version
from .match import judge as judge_record
from .sources import ARXIV, CROSSREF, S2, generic, rank
from .tags import TagReading, classify

#: Where the context keeps each look-up's answers (its cache folder).
ARXIV_IDS = arxiv_src.ArxivSource.name
ARXIV_SEARCH = arxiv_src.ArxivTitleSearch.name
CROSSREF_DOIS = crossref_src.CrossrefDois.name
CROSSREF_SEARCH = crossref_src.CrossrefSearch.name


def plain(value: object) -> object:
    """A value as YAML/JSON data (Authors as dicts)."""
    if isinstance(value, list):
        return [plain(v) for v in value]
    if isinstance(value, Author):
        return value.to_dict()
    return value


def fingerprint(value: object) -> str:
    """A short hash of a field value, to notice later that a person edited it."""
    text = json.dumps(plain(value), sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


class Step(Protocol):
    """One enrichment step, folded over each entry in turn."""

    def apply(self, entry: Entry, ctx: Context, writer: Writer) -> None:
        """Do what the step does to one entry."""


@dataclass
class Choice:
    """What Crossref gave for one entry: the accepted record, near misses, problems."""

    record: Record | None = None
    candidates: list[Candidate] = field(default_factory=list)
    problems: list[OutcomeRecord] = field(default_factory=list)


@dataclass
class Context:
    """What the look-ups returned, shared by all steps, plus the changes made so far."""

    #: look-up name (its cache folder) -> key -> answer (arXiv: id or id+version -> answer)
    answers: dict[str, dict[str, Outcome]] = field(default_factory=dict)
    #: look-up name -> id(entry) -> the keys asked for that entry
    asked: dict[str, dict[int, list[str]]] = field(default_factory=dict)
    #: look-up name -> key -> a payload found without asking by that key (a search hit): the
    #: pipeline caches it under that key, so the next run asks nothing for it
    learned: dict[str, dict[str, Any]] = field(default_factory=dict)
    queries: dict[int, str] = field(default_factory=dict)  # id(entry) -> Crossref query
    identities: dict[int, Identity] = field(default_factory=dict)  # id(entry) -> verdict
    choices: dict[int, Choice] = field(default_factory=dict)  # id(entry) -> Crossref choice
    changes: list[dict[str, Any]] = field(default_factory=list)
    outcomes: dict[int, list[OutcomeRecord]] = field(default_factory=dict)
    #: source name -> id(entry) -> its verified record (None: none), decided once
    choices_by_source: dict[str, dict[int, Record | None]] = field(default_factory=dict)
    #: id(entry) -> DOIs of the published version a source named (Crossref's batch reads them)
    published_dois: dict[int, list[str]] = field(default_factory=dict)

    def outcome(self, entry: Entry, record: OutcomeRecord) -> None:
        """Record what was found about an entry (a record without a line gets the entry's)."""
        if not record.line:
            record = replace(record, line=entry.line)
        found = self.outcomes.setdefault(id(entry), [])
        if record not in found:
            found.append(record)

    def answer(self, name: str, key: str) -> Outcome | None:
        """What look-up `name` answered for `key` (None: not asked)."""
        return self.answers.get(name, {}).get(key)

    def keys_asked(self, name: str, entry: Entry) -> list[str]:
        """The keys look-up `name` asked for the entry."""
        return self.asked.get(name, {}).get(id(entry), [])


class Writer:
    """Sets fields with provenance, fingerprint and history, or declines to."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.rank = rank()

    def may_write(self, entry: Entry, name: str, source: Provenance) -> bool:
        """A person's field never; a list value only while empty (unless the list's value is
        marked `list` in provenance: evidence a verified source replaces); else by rank."""
        owner = entry.provenance.get(name, "list")
        if owner == "manual":
            return False
        if name not in entry.fingerprints:  # not written by enrichment: list-owned
            if entry.provenance.get(name) == "list":
                return self.rank.get(source, 0) > 0
            return getattr(entry, name) in ("", None, [])
        return self.rank.get(source, 0) >= self.rank.get(owner, 0)

    def set(self, entry: Entry, name: str, value: object, source: Provenance,
            score: float | None = None,
            force: bool = False, why: str = "") -> bool:
        """Write one field if allowed (or `force`d past a list value); True when it changed.
        `why` replaces the source in the history line ("list venue tag (registers no DOIs)")."""
        if value in ("", None, []):
            return False
        if name == "doi" and is_printer_doi(str(value)):
            return False  # a printer's reprint DOI is not the paper's (venues.py)
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
        self._record(entry, name, old, value, why or source, score)
        return True

    def dropped(self, entry: Entry, record: Record) -> None:
        """One outcome per value of the record dropped for its type (base.Record)."""
        for name, kind in sorted(record.dropped.items()):
            self.ctx.outcome(entry, OutcomeRecord(
                "value-dropped", f"{record.source} gave {name} as a {kind}, not "
                f"{FIELD_TYPES[name].__name__}: not used", source=record.source))

    def clear(self, entry: Entry, sources: tuple[Provenance, ...], why: str) -> None:
        """Remove every value enrichment wrote from `sources` (never a person's or the list's):
        what a record we no longer trust said must not stay behind."""
        for name, owner in sorted(entry.provenance.items()):
            if owner not in sources or name not in entry.fingerprints:
                continue
            old = getattr(entry, name)
            empty: object = [] if isinstance(old, list) else (None if name in ("year", "month")
                                                           else "")
            setattr(entry, name, empty)
            del entry.provenance[name]
            del entry.fingerprints[name]
            self._record(entry, name, old, empty, why, None)

    def _record(self, entry: Entry, name: str, old: object, new: object, source: str,
                score: float | None) -> None:
        change = {"field": name, "old": plain(old), "new": plain(new), "source": source}
        if score is not None:
            change["score"] = score
        entry.history.append(change)
        self.ctx.changes.append({"key": entry.key, **change})


class KeepManualEdits:
    """A field whose value no longer matches the fingerprint we wrote was edited: mark manual.

    An identifier a person sets is an identity decision: what enrichment wrote from the
    identifier it had found came from another paper's record, so it is cleared, and the steps
    after this one fill the fields again for the person's identifier only (from the answers
    already fetched; `choose_crossref` then looks at no DOI but theirs). A new DOI clears what
    the DOI-keyed sources wrote (arXiv's fields follow the arXiv id, which did not change); a
    new arXiv id clears what every source wrote."""

    def apply(self, entry: Entry, ctx: Context, writer: Writer) -> None:
        """Compare fingerprints."""
        edited = []
        for name, mark in sorted(entry.fingerprints.items()):
            if fingerprint(getattr(entry, name, None)) != mark:
                entry.provenance[name] = "manual"
                del entry.fingerprints[name]
                edited.append(name)
        sources = tuple(cast(Provenance, name) for name in writer.rank if name != "list")
        if "arxiv" in edited:
            writer.clear(entry, sources, "the arXiv id was changed by hand")
        elif "doi" in edited:
            writer.clear(entry, tuple(s for s in sources if s != ARXIV.name),
                         "the DOI was changed by hand")


def arxiv_answer(entry: Entry, ctx: Context) -> dict[str, Any] | None:
    """The latest arXiv payload for the entry's id, or None (noting why there is none)."""
    parsed = parse_id(entry.arxiv)
    if parsed is None:
        ctx.outcome(entry, OutcomeRecord("arxiv-malformed",
                                         f"malformed arXiv id {entry.arxiv!r}",
                                         arxiv=entry.arxiv))
        return None
    outcome = ctx.answer(ARXIV_IDS, parsed[0])
    if outcome is None:
        return None  # not selected for look-up
    if outcome.error:
        ctx.outcome(entry, OutcomeRecord(ARXIV.failure, outcome.error, source=ARXIV.name,
                                         arxiv=parsed[0]))
        return None
    if outcome.payload is None:
        ctx.outcome(entry, OutcomeRecord("arxiv-unknown", f"arXiv does not know {parsed[0]}",
                                         arxiv=parsed[0]))
        return None
    payload = outcome.payload
    if not isinstance(payload, dict):
        raise RecordError(f"arXiv {parsed[0]}: a cached answer that is not a record")
    if "api_error" in payload:
        reason = str(payload["api_error"])
        ctx.outcome(entry, OutcomeRecord("arxiv-rejected", f"arXiv: {reason}",
                                         arxiv=parsed[0], reason=reason))
        return None
    return payload


class CheckArxivIdentity:
    """Decide whether the linked arXiv record is the listed paper (identity.py)."""

    def apply(self, entry: Entry, ctx: Context, writer: Writer) -> None:
        """Judge, record the verdict and its outcome; on a mismatch, clear what that record
        (and a Crossref record reached through it) wrote in an earlier run."""
        if not entry.arxiv:
            return
        payload = arxiv_answer(entry, ctx)
        if payload is None:
            return
        verdict = judge(entry, payload, arxiv_src.versions(entry, ctx))
        if verdict.status == "pending":
            # The older version could not be fetched (offline, a failure): decide nothing,
            # use nothing, clear nothing; a rerun fetches it.
            failed = ctx.answer(ARXIV_IDS, verdict.needed)
            ctx.outcome(entry, OutcomeRecord(
                ARXIV.failure, failed.error if failed and failed.error else
                f"arXiv {verdict.needed} was not fetched", source=ARXIV.name,
                arxiv=verdict.needed))
            return
        ctx.identities[id(entry)] = verdict
        line = line_of(entry, entry.arxiv)
        latest = next(iter(verdict.titles.values()))
        if verdict.status == "retitled":
            older = [v for v in verdict.titles if verdict.titles[v] != latest][-1:] or ["v1"]
            ctx.outcome(entry, OutcomeRecord(
                "title-changed", f"arXiv {entry.arxiv} is now titled \"{latest}\" (the list "
                f"gives the {older[0]} title)", line=line, arxiv=entry.arxiv,
                listed_title=verdict.listed_title, arxiv_title=latest,
                listed_version=older[0], similarity=verdict.similarity))
        elif verdict.status == "corrected":
            # The import took another span of the item (a name in front of the link) for the
            # title: the record confirms the span, not a wrong link.
            listed = entry.title
            writer.set(entry, "title", verdict.span, ARXIV.name, force=True,
                       why=f"the item's span confirmed by arXiv {entry.arxiv}")
            ctx.outcome(entry, OutcomeRecord(
                "title-corrected", f"title read as \"{listed}\"; arXiv {entry.arxiv} confirms "
                f"the item's \"{verdict.span}\": taken as the title", line=line,
                arxiv=entry.arxiv, listed_title=listed, title=verdict.span,
                arxiv_title=latest))
        elif verdict.status == "named":
            listed = entry.title
            writer.set(entry, "title", verdict.span, ARXIV.name, force=True,
                       why=f"the list names it \"{listed}\"; arXiv {entry.arxiv}, whose first "
                           f"author and year are the list's, gives the title")
            ctx.outcome(entry, OutcomeRecord(
                "title-from-record", f"the list names the paper \"{listed}\"; arXiv "
                f"{entry.arxiv}, whose first author and year agree with the list's, titles it "
                f"\"{verdict.span}\": taken as the title", line=line, arxiv=entry.arxiv,
                listed_title=listed, title=verdict.span, arxiv_title=latest))
        elif verdict.status == "unconfirmed":
            ctx.outcome(entry, OutcomeRecord(
                "name-unconfirmed", f"the list names the paper only \"{verdict.listed_title}\", "
                f"with no first author and year to confirm that arXiv {entry.arxiv} "
                f"(\"{latest}\") is it; nothing of it is used", line=line, arxiv=entry.arxiv,
                listed_title=verdict.listed_title, arxiv_title=latest))
        elif verdict.status == "mismatch":
            why = ("its first author is not the list's" if verdict.why == "first author" else
                   "no version carries the listed title")
            ctx.outcome(entry, OutcomeRecord(
                "link-mismatch", f"links arXiv {entry.arxiv}, which is \"{latest}\", not "
                f"\"{verdict.listed_title}\" ({why}); nothing of it is used", line=line,
                arxiv=entry.arxiv, listed_title=verdict.listed_title,
                arxiv_titles=dict(verdict.titles), similarity=verdict.similarity,
                why=verdict.why))
        if not verdict.usable and _holds(entry, verdict):
            # An earlier run applied the record (another paper, or one no longer confirmed):
            # what it said must not stay behind.
            what = "another paper" if verdict.status == "mismatch" else \
                "not confirmed as the paper"
            writer.clear(entry, (ARXIV.name, CROSSREF.name),
                         f"cleared: arXiv {entry.arxiv} is {what}")


def _holds(entry: Entry, verdict: Identity) -> bool:
    """True when the entry still carries what the record of `verdict` said (an older run)."""
    return (entry.provenance.get("arxiv_title") == ARXIV.name
            and entry.arxiv_title in verdict.titles.values()) or \
        entry.url.rstrip("/") == abs_url(verdict.arxiv)


class ApplyArxivRecord:
    """Ordered authors and the eprint fields from a verified arXiv record."""

    def apply(self, entry: Entry, ctx: Context, writer: Writer) -> None:
        """Write what arXiv returned for the entry's id when it is the listed paper."""
        record = arxiv_record(entry, ctx)
        if record is None:
            return
        pinned = bool(linked_version(entry))
        writer.dropped(entry, record)
        for name in ARXIV.fields:
            if name == "arxiv_version" and pinned and entry.arxiv_version:
                continue  # the list cites a version: keep it
            writer.set(entry, name, record.fields.get(name), ARXIV.name)
        if not entry.year and record.year:
            writer.set(entry, "year", record.year, ARXIV.name)


class UseTitleHits:
    """A paper arXiv's title search was asked about: the first hit that is the listed paper
    (identity.py's test on its title, the list's first author when it gives one, and a year
    that fits the list's) becomes its arXiv record; near misses are kept as candidates."""

    def apply(self, entry: Entry, ctx: Context, writer: Writer) -> None:
        """Judge the hits of the entry's search; a failed search is an outcome."""
        for key in ctx.keys_asked(ARXIV_SEARCH, entry):
            outcome = ctx.answer(ARXIV_SEARCH, key)
            if outcome is not None and outcome.error:
                ctx.outcome(entry, OutcomeRecord(ARXIV.failure, outcome.error,
                                                 source=ARXIV.name))
            elif outcome is not None and outcome.found:
                self.use(entry, outcome.payload, ctx, writer)

    @staticmethod
    def use(entry: Entry, hits: list[dict[str, Any]], ctx: Context, writer: Writer) -> None:
        """Take the first hit that is the listed paper; keep near misses as candidates."""
        wrong = ctx.identities.get(id(entry))
        for hit in hits:
            ident = (parse_id(str(hit.get("id", ""))) or ("", ""))[0]
            if not ident or (wrong is not None and ident == wrong.arxiv):
                continue
            verdict = judge(entry, hit, {})
            published = str(hit.get("published", ""))[:4]
            year = int(published) if published.isdigit() else 0
            year_ok = not entry.year or not year or entry.year - 3 <= year <= entry.year + 1
            if verdict.status == "match" and year_ok:
                ctx.answers.setdefault(ARXIV_IDS, {})[ident] = Outcome(payload=hit)
                ctx.identities[id(entry)] = Identity("match", ident, entry.title,
                                                     titles=dict(verdict.titles),
                                                     similarity=verdict.similarity)
                if not entry.arxiv:
                    writer.set(entry, "arxiv", ident, ARXIV.name)
                if entry.arxiv == ident:  # the next run looks it up by that id: no request
                    ctx.learned.setdefault(ARXIV_IDS, {})[ident] = hit
                ctx.outcome(entry, OutcomeRecord(
                    "found-by-title-search", f"found on arXiv by its title: {ident}",
                    arxiv=ident, arxiv_title=str(hit.get("title", ""))))
                return
            score = similarity(identity.listed_titles(entry), str(hit.get("title", "")))
            if score >= RELATED:
                why = "year" if verdict.status == "match" else (verdict.why or "title")
                cand = Candidate(arxiv=ident, title=str(hit.get("title", "")),
                                 year=year or None, kind="arxiv", score=score,
                                 why_not=f"{why} does not agree with the list")
                if cand.arxiv not in {c.arxiv for c in entry.candidates}:
                    entry.candidates.append(cand)


def arxiv_record(entry: Entry, ctx: Context) -> Record | None:
    """The entry's arXiv record when it was found and is the listed paper (or was found by a
    title search for the listed title), else None."""
    verdict = ctx.identities.get(id(entry))
    if verdict is None or not verdict.usable:
        return None
    outcome = ctx.answer(ARXIV_IDS, verdict.arxiv)
    if outcome and outcome.found and "api_error" not in outcome.payload:
        return ARXIV.to_record(outcome.payload)
    return None


def link_years(entry: Entry, ctx: Context) -> list[tuple[int, str]]:
    """Years the links prove, with the proof: a proceedings URL's year, a verified arXiv id's
    first version."""
    out: list[tuple[int, str]] = []
    for link in entry.links:
        proof = link_venue(link.url)
        if proof is not None:
            out.append((proof.year, proof.source))
    verdict = ctx.identities.get(id(entry))
    if verdict is not None and verdict.usable:
        dated = first_version_date(verdict.arxiv)
        if dated:
            out.append((dated[0], f"arXiv {verdict.arxiv} first posted "
                                  f"{dated[0]}-{dated[1]:02d}"))
    return out


def evidence(entry: Entry, ctx: Context) -> tuple[list[str], list[int]]:
    """Titles and years to judge a Crossref record by. A proceedings URL's year replaces a
    list year it contradicts; an arXiv year is added (a paper appears after its preprint)."""
    titles = [t for t in (entry.title, entry.arxiv_title) if t]
    proved = link_years(entry, ctx)
    venue_years = [y for y, src in proved if not src.startswith("arXiv")]
    years = venue_years or ([entry.year] if entry.year else [])
    record = arxiv_record(entry, ctx)
    if record and record.year and not venue_years:
        years.append(record.year)
    return titles, sorted(set(years))


def doi_record(doi: str, ctx: Context) -> Record | None:
    """The Crossref record for a DOI, if it was fetched and found."""
    outcome = ctx.answer(CROSSREF_DOIS, doi.lower()) if doi else None
    return CROSSREF.to_record(outcome.payload) if outcome and outcome.found else None


def choose_crossref(entry: Entry, ctx: Context) -> Choice:
    """The accepted Crossref record (by DOI, else by search), near misses and problems;
    decided once per entry and kept in `ctx.choices`."""
    done = ctx.choices.get(id(entry))
    if done is not None:
        return done
    choice = ctx.choices[id(entry)] = Choice()
    titles, years = evidence(entry, ctx)
    first = entry.authors[0] if entry.authors else None
    implied = {candidate_doi(link.url).lower() for link in entry.links} - {""}
    theirs = entry.provenance.get("doi") == "manual" and entry.doi
    # DOIs another source named as the published version count as implied: a record with
    # another title is then a near miss, not a list error (the list's own DOI stays its own).
    implied |= set(ctx.published_dois.get(id(entry), [])) - {entry.doi.lower()}
    # A person's DOI names the paper: its record or nothing (no other DOI, no search).
    dois = [entry.doi.lower()] if theirs else \
        list(dict.fromkeys(crossref_src.doi_keys(entry, ctx)))
    for doi in dois:
        record = doi_record(doi, ctx)
        outcome = ctx.answer(CROSSREF_DOIS, doi)
        if record is None:
            if outcome is not None and outcome.error:
                choice.problems.append(OutcomeRecord(CROSSREF.failure, outcome.error,
                                                     source=CROSSREF.name, doi=doi))
            elif outcome is not None and doi not in implied:
                choice.problems.append(OutcomeRecord(
                    "doi-unknown", f"Crossref does not know DOI {doi}", doi=doi))
            continue
        # A DOI names the paper; only a clearly different title, or another first author
        # than the one the list or a verified arXiv record gives, makes us doubt it.
        verdict = judge_record(titles, [], first, record, accept_at=RELATED)
        if verdict.accept:
            record.score = verdict.score
            choice.record = _published(record, choice, ctx)
            if choice.record is not None:
                return choice
            continue
        choice.candidates.append(_candidate(record, verdict.score, verdict.reasons))
        if doi not in implied:
            choice.problems.append(OutcomeRecord(
                "doi-other-title", f"DOI {doi} names another title", doi=doi,
                title=record.title))
    query = ctx.queries.get(id(entry))
    outcome = ctx.answer(CROSSREF_SEARCH, query) if query and not theirs else None
    if outcome is None:
        return choice
    if outcome.error:
        choice.problems.append(OutcomeRecord(CROSSREF.failure, outcome.error,
                                             source=CROSSREF.name))
        return choice
    best: Record | None = None
    for item in (outcome.payload or {}).get("items", []):
        record = CROSSREF.to_record(item)
        verdict = judge_record(titles, years, first, record)
        if first is None and not years:
            verdict.reasons.append("no author and no year to confirm it")
            verdict.accept, verdict.candidate = False, verdict.score >= RELATED
        if verdict.accept and record.kind not in crossref_src.PUBLISHED_KINDS \
                and not record.preprint_of:
            verdict.accept, verdict.candidate = False, True
            verdict.reasons.append(f"a {record.kind or 'untyped'} record is not a published "
                                   f"version")
        if verdict.accept and (best is None or verdict.score > (best.score or 0)):
            record.score = verdict.score
            best = record
        elif verdict.candidate:
            choice.candidates.append(_candidate(record, verdict.score, verdict.reasons))
    if best is not None:
        choice.record = _published(best, choice, ctx)
    return choice


class ChooseCrossref:
    """Decide the entry's Crossref record once, before the published versions are fetched
    (folded like a step, so an unreadable record spoils one entry, never the run)."""

    def apply(self, entry: Entry, ctx: Context, writer: Writer) -> None:
        """Fill `ctx.choices` for the entry."""
        try:
            choose_crossref(entry, ctx)
        except RecordError:
            ctx.choices[id(entry)] = Choice()
            raise


class RememberSearchHits:
    """A search hit accepted as the entry's record is cached under its DOI too: the next run
    looks it up by that DOI (the entry has it now), and must find it without a request."""

    def apply(self, entry: Entry, ctx: Context, writer: Writer) -> None:
        """Keep the accepted record's payload under its DOI."""
        record = choose_crossref(entry, ctx).record
        if record is None or ctx.answer(CROSSREF_DOIS, record.key) is not None \
                or record.payload is None:
            return
        ctx.answers.setdefault(CROSSREF_DOIS, {})[record.key] = Outcome(payload=record.payload)
        ctx.learned.setdefault(CROSSREF_DOIS, {})[record.key] = record.payload


def _published(record: Record, choice: Choice, ctx: Context) -> Record | None:
    """The record itself when Crossref types it as published; a preprint record
    (posted-content...) only as the way to its published version, once that is fetched."""
    if record.kind in crossref_src.PUBLISHED_KINDS:
        return record
    if record.preprint_of:
        return record  # followed to the published version in ApplyPublishedVersion
    choice.candidates.append(_candidate(record, record.score or 0.0,
                                        [f"a {record.kind or 'untyped'} record is not a "
                                         f"published version"]))
    return None


def _candidate(record: Record, score: float, reasons: list[str]) -> Candidate:
    return Candidate(doi=record.key, title=record.title, year=record.year, kind=record.kind,
                     score=score, why_not="; ".join(reasons))


class ApplyPublishedVersion:
    """The Crossref match (followed to its published version) fills the bibliographic fields."""

    def apply(self, entry: Entry, ctx: Context, writer: Writer) -> None:
        """Write the accepted record; keep near misses as candidates."""
        choice = choose_crossref(entry, ctx)
        for problem in choice.problems:
            ctx.outcome(entry, problem)
        known = {c.doi for c in entry.candidates}
        entry.candidates.extend(c for c in choice.candidates if c.doi not in known)
        record = choice.record
        if record is None:
            return
        replaced_preprint_doi = False
        if record.kind not in crossref_src.PUBLISHED_KINDS:
            published = next((r for r in (doi_record(d, ctx) for d in record.preprint_of)
                              if r is not None and r.kind in crossref_src.PUBLISHED_KINDS),
                             None)
            if published is None:
                for doi in record.preprint_of:  # not fetched: a rerun asks again
                    failed = ctx.answer(CROSSREF_DOIS, doi)
                    if failed is not None and failed.error:
                        ctx.outcome(entry, OutcomeRecord(CROSSREF.failure, failed.error,
                                                         source=CROSSREF.name, doi=doi))
                return  # a preprint server's record is never the published version
            replaced_preprint_doi = entry.doi.lower() == record.key
            published.score = record.score
            record = published
        venue = classify(entry.venue_tag)
        values = dict(record.fields)
        values["pub_type"] = refine_pub_type(values.get("pub_type", ""), venue)
        writer.dropped(entry, record)
        for name in CROSSREF.fields:
            force = name == "doi" and replaced_preprint_doi
            writer.set(entry, name, values.get(name), CROSSREF.name, record.score, force=force)
        year = values.get("year")
        if year and year != entry.year and values["pub_type"] in PUBLISHED_TYPES:
            writer.set(entry, "year", year, CROSSREF.name, record.score, force=True)


class ApplyOtherSources:
    """Sources without steps of their own (sources.generic): the first answer whose title,
    first author and year agree with the entry writes the provider's fields."""

    def apply(self, entry: Entry, ctx: Context, writer: Writer) -> None:
        """Judge each answer for the keys asked for the entry; apply the first that agrees.
        A look-up that failed is an outcome (naming the source), never silence."""
        titles, years = evidence(entry, ctx)
        first = entry.authors[0] if entry.authors else None
        for provider in generic():
            asked = [(lookup.name, key) for lookup in provider.lookups
                     for key in ctx.keys_asked(lookup.name, entry)]
            answers = [o for name, key in asked if (o := ctx.answer(name, key)) is not None]
            for error in dict.fromkeys(o.error for o in answers if o.error):
                ctx.outcome(entry, OutcomeRecord(provider.failure, error, source=provider.name))
            if first is None and not years:
                continue  # nothing to confirm a record with
            found = (o.payload for o in answers if o.found)
            for payload in (p for answer in found
                            for p in (answer if isinstance(answer, list) else [answer])):
                record = provider.to_record(payload)
                verdict = judge_record(titles, years, first, record)
                if verdict.accept:
                    writer.dropped(entry, record)
                    for name in provider.fields:
                        writer.set(entry, name, record.fields.get(name), provider.name,
                                   verdict.score)
                    break


class ReportYearContradiction:
    """A list year that the links contradict (a proceedings URL's year; an `arXiv YEAR` tag
    before the verified id existed) is reported; matching already used the links' year."""

    def apply(self, entry: Entry, ctx: Context, writer: Writer) -> None:
        """Compare the tag's year with the years the links prove."""
        listed = parse_tag(entry.venue_tag).year if entry.venue_tag else None
        if not listed:
            return
        venue = classify(entry.venue_tag)
        for year, source in link_years(entry, ctx):
            is_arxiv = source.startswith("arXiv")
            if year == listed or (is_arxiv and (venue.pub_type != "preprint" or listed > year)):
                continue  # a venue year after the preprint is normal
            ctx.outcome(entry, OutcomeRecord(
                "year-contradiction", f"the list says {listed}, but the link proves {year} "
                f"({source}); matched on {year}",
                line=line_of(entry, *(lk.url for lk in entry.links)), list_year=listed,
                year=year, by=source))
            return


def refine_pub_type(pub_type: str, venue: TagReading) -> str:
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
        if entry.provenance.get("pub_type") in (CROSSREF.name, S2.name) or \
                entry.kind != "paper":
            return
        venue = classify(entry.venue_tag)
        if not venue.registers_dois and venue.pub_type in ("conference", "workshop"):
            if entry.authors:
                writer.set(entry, "pub_type", venue.pub_type, "list",
                           why="list venue tag (registers no DOIs)")
            return
        if arxiv_record(entry, ctx) is not None:
            writer.set(entry, "pub_type", "preprint", ARXIV.name)
            if venue.pub_type != "preprint" and entry.venue_tag:
                ctx.outcome(entry, OutcomeRecord(
                    "no-crossref-match", f"no Crossref match for {entry.venue_tag!r}",
                    venue_tag=entry.venue_tag))


def unresolved_reasons(outcomes: list[OutcomeRecord]) -> list[str]:
    """The messages of the outcomes that leave an entry unresolved, each once, in order."""
    return list(dict.fromkeys(o.message for o in outcomes if o.unresolving))


class MarkUnresolved:
    """Store the run's outcomes in the entry; record why it is not (fully) resolved."""

    def apply(self, entry: Entry, ctx: Context, writer: Writer) -> None:
        """Outcomes as data; `unresolved` joins the messages of the unresolving ones."""
        outcomes = ctx.outcomes.get(id(entry), [])
        if entry.kind == "paper" and not entry.authors and not any(
                o.unresolving for o in outcomes):
            ctx.outcome(entry, OutcomeRecord(
                "no-source", "no source found (no arXiv id, no Crossref match)"))
            outcomes = ctx.outcomes[id(entry)]
        if outcomes != entry.outcomes:
            entry.outcomes = list(outcomes)
        text = "; ".join(unresolved_reasons(outcomes))
        if text != entry.unresolved:
            ctx.changes.append({"key": entry.key, "field": "unresolved",
                                "old": entry.unresolved, "new": text, "source": "enrich"})
            entry.unresolved = text
