"""Pipeline steps that use Semantic Scholar's records: the same identity test as the other
sources' records, then the published version (DOI to Crossref's batch, venue and year for
venues that register no DOIs) and authors where no other source gives them.

An S2 record is used only when it is the listed paper: its title agrees with a listed title
or a verified arXiv version's title (core.titles.names_paper), its year fits the list's and arXiv's,
and its first author is not another person than the list's or arXiv's first author. A record
found by title alone (`/paper/search/match`) must also be a publication (a same-title twin on a
preprint server never wins) and needs an author or a year to confirm it.
"""

from __future__ import annotations

from typing import Any

from ..core.outcomes import OutcomeRecord
from ..core.titles import SAME_LINKED, title_words
from ..model import Entry
from ..venues import lookup, venue_base
from . import identity
from . import semantic_scholar as s2
from .base import Record
from .match import PUBLISHED_LATER, SAME_YEAR, judge
from .sources import ARXIV, CROSSREF, S2
from .steps import Context, Writer, arxiv_record, evidence
from .tags import classify

PAPERS = s2.S2Papers.name
MATCHES = s2.S2Match.name


def _answers(entry: Entry, ctx: Context) -> list[tuple[dict[str, Any], str]]:
    """(payload, "id" | "match") for every S2 answer about the entry, ids first."""
    out = []
    for name, via in ((PAPERS, "id"), (MATCHES, "match")):
        for key in ctx.keys_asked(name, entry):
            outcome = ctx.answer(name, key)
            if outcome is not None and outcome.found:
                out.append((outcome.payload, via))
    return out


def failures(entry: Entry, ctx: Context) -> list[str]:
    """What S2 could not answer for the entry (a refusal, an outage), each once."""
    errors = (ctx.answer(name, key) for name in (PAPERS, MATCHES)
              for key in ctx.keys_asked(name, entry))
    return list(dict.fromkeys(o.error for o in errors if o is not None and o.error))


def _judge(entry: Entry, ctx: Context, record: Record, via: str) -> str:
    """Why the record is not the listed paper ("" when it is): match.judge, on a listed title
    or a verified arXiv version's (or one of them without its subtitle), the years Crossref is
    judged by in the window of a published version, and the first author."""
    verdict = ctx.identities.get(id(entry))
    linked = str(((record.payload or {}).get("externalIds") or {}).get("ArXiv") or "")
    if verdict is not None and not verdict.usable and linked == verdict.arxiv:
        return "the list's arXiv link is another paper"
    titles = identity.listed_titles(entry)
    if verdict is not None and verdict.usable:
        titles += list(verdict.titles.values())
    # The years Crossref is judged by: a proceedings URL's year over the tag's, plus arXiv's.
    _, years = evidence(entry, ctx)
    first = entry.authors[0] if entry.authors else None
    found = judge(titles, years, first, record, accept_at=SAME_LINKED, window=PUBLISHED_LATER,
                  subtitles=True)
    if not found.accept:
        return "; ".join(found.reasons)
    if via == "match":
        if record.kind == "preprint":
            return "a preprint server's record"
        if first is None and not years:
            return "no author and no year to confirm it"
        # Found by its title alone: the list's own year, within one.
        if years and not SAME_YEAR.admits(record.year, [entry.year or years[0]]):
            return "year"
    return ""


def choose(entry: Entry, ctx: Context) -> Record | None:
    """The entry's verified S2 record (decided once, kept in ctx.choices_by_source)."""
    held = ctx.choices_by_source.setdefault(S2.name, {})
    if id(entry) in held:
        return held[id(entry)]
    chosen = None
    for payload, via in _answers(entry, ctx):
        record = S2.to_record(payload)
        if not _judge(entry, ctx, record, via):
            chosen = record
            break
    held[id(entry)] = chosen
    return chosen


class ChooseSemanticScholar:
    """Decide the entry's S2 record; hand its published DOI to Crossref's DOI batch."""

    def apply(self, entry: Entry, ctx: Context, writer: Writer) -> None:
        """Judge the answers; remember the published DOI."""
        record = choose(entry, ctx)
        doi = record.fields.get("doi", "") if record is not None else ""
        if doi:
            ctx.published_dois.setdefault(id(entry), []).append(doi)
        for error in failures(entry, ctx):
            ctx.outcome(entry, OutcomeRecord(S2.failure, error, source=S2.name))


def answered(entry: Entry, ctx: Context) -> bool:
    """True when S2 settled the published version, so a Crossref title search would add
    nothing: a publication with a DOI (Crossref's batch reads it), a publication at a venue
    that registers no DOIs, or the preprint of a paper the list itself calls a preprint (or
    gives no venue for). A tag naming a venue that registers DOIs, with no DOI from S2, is
    still searched."""
    record = choose(entry, ctx)
    if record is None:
        return False
    tagged = lookup(entry.venue_tag) if entry.venue_tag else None
    if record.kind == "preprint":
        return not entry.venue_tag or (tagged is not None and tagged.kind == "preprint")
    if record.fields.get("doi"):
        return True
    venue = s2.known_venue(record.payload or {})
    return venue is not None and not venue.registers_dois


class ApplySemanticScholar:
    """Authors for entries no other source gives them for; the verified venue and year where
    Crossref has no record; a list tag the verified venue contradicts is reported."""

    def apply(self, entry: Entry, ctx: Context, writer: Writer) -> None:
        """Write what the verified record adds."""
        record = choose(entry, ctx)
        if record is None:
            return
        owner = entry.provenance.get("authors", "list")
        if owner not in (ARXIV.name, CROSSREF.name) and arxiv_record(entry, ctx) is None:
            writer.set(entry, "authors", record.fields.get("authors"), S2.name, record.score)
        if record.kind == "preprint" or entry.provenance.get("pub_type") == CROSSREF.name:
            return
        venue = s2.known_venue(record.payload or {})
        if venue is None:
            return  # a venue our table does not know: weak evidence, nothing said
        tagged = lookup(entry.venue_tag) if entry.venue_tag else None
        if tagged is not None and tagged.kind != "preprint":
            if venue_base(tagged.tag) == venue_base(venue.tag):
                writer.set(entry, "pub_type", tagged.kind, S2.name)  # the tag, verified
                return
            where = f"{venue.tag} {record.year or ''}".strip()
            ctx.outcome(entry, OutcomeRecord(
                "venue-contradiction", f"the list says {entry.venue_tag}, but Semantic Scholar "
                f"has the paper at {where} ({s2.venue_names(record.payload or {})[0]})",
                line=identity.line_of(entry, entry.venue_tag), venue_tag=entry.venue_tag,
                venue=venue.tag, year=record.year, by=f"Semantic Scholar {record.key}"))
        elif entry.venue_tag and tagged is None:
            return  # a tag our table does not know: nothing to compare, nothing replaced
        # Published since (an arXiv tag, no tag) or at another venue than the tag says.
        writer.set(entry, "pub_type", venue.kind, S2.name, force=True)
        writer.set(entry, "container_title", venue.container_title(record.year), S2.name,
                   force=True)
        if record.year and record.year != entry.year:
            writer.set(entry, "year", record.year, S2.name, force=True)


def search_query(entry: Entry, ctx: Context) -> str | None:
    """The `query.bibliographic` for an entry with no DOI: title, first author, year (none
    when another source already settled its published version)."""
    if entry.kind != "paper" or entry.doi or entry.arxiv_doi or not entry.title:
        return None
    if ctx.published_dois.get(id(entry)) or answered(entry, ctx):
        return None
    venue = classify(entry.venue_tag)
    if not venue.registers_dois and venue.pub_type != "preprint":
        return None  # NeurIPS, ICLR, MIDL...: Crossref will not have it
    words = [title_words(entry.title)]
    if entry.authors:
        words.append(title_words(entry.authors[0].family or entry.authors[0].literal))
    if entry.year:
        words.append(str(entry.year))
    return " ".join(w for w in words if w)


class PlanCrossrefSearch:
    """Decide, once, the Crossref title search of an entry no source has settled."""

    def apply(self, entry: Entry, ctx: Context, writer: Writer) -> None:
        """Keep the query in ctx.queries (the search look-up asks it, the choice reads it)."""
        query = search_query(entry, ctx)
        if query:
            ctx.queries[id(entry)] = query
