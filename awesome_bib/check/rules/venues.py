"""Venue tags and years against what identifiers, URLs and published records prove."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

from ... import venues
from ...core.arxiv_ids import first_version_date
from ...core.identifiers import link_venue
from ...core.titles import close, title_words
from .. import idents
from ..context import Context, Item
from ..findings import Finding

#: A venue year this many years after the arXiv year is unusual enough to mention (info).
LONG_GAP = 3


def _tag(item: Item) -> tuple[str, str, int | None]:
    """(raw tag, venue part, year) of the bullet, read by the venue table's tag parser."""
    raw = item.listing.venue_tag or item.entry.venue_tag
    if not raw:
        return raw, "", None
    parsed = venues.parse_tag(raw)
    return raw, " ".join(p for p in (parsed.name, parsed.qualifier) if p), parsed.year


def _is_preprint(venue: str) -> bool:
    """The tag claims no published venue (arXiv, bioRxiv, medRxiv)."""
    known = venues.lookup(venue)
    return known is not None and known.kind == "preprint"


@cache
def _reverse() -> list[tuple[str, str, str]]:
    """(normalised name, normalised container, short tag) for every known venue."""
    rows = []
    for venue in {v.tag: v for v in venues.venue_table().values()}.values():
        rows.append((title_words(venue.name), title_words(venue.container_title(None)), venue.tag))
    return sorted(rows, key=lambda r: r[2])


def short_venue(container_title: str) -> str:
    """The list-style tag for a published venue name ("Medical Image Analysis" -> "MedIA")."""
    name = title_words(container_title)
    if not name:
        return ""
    for full, container, tag in _reverse():
        if name in (full, container):
            return tag
    words = set(container_title.replace("(", " ").replace(")", " ").split())
    hits = [tag for _, _, tag in _reverse() if tag in words and tag.isupper() and len(tag) >= 3]
    return max(hits, key=len) if len(hits) == 1 else ""


def _family(tag_venue: str) -> str:
    """Venue for comparison: the venue table's tag when known, else the tag's first word."""
    known = venues.lookup(tag_venue)
    return idents.venue_base(known.tag if known else tag_venue)


def from_urls(ctx: Context) -> Iterator[Finding]:
    """Anthology ids, CVF and NeurIPS URLs prove venue and year: the tag must agree."""
    for item in ctx.items:
        raw, venue, year = _tag(item)
        for link in item.links:
            proof = link_venue(link.url)
            if proof is None:
                continue
            evidence = {"tag": raw, "url": link.url, "proves": f"{proof.venue} {proof.year}",
                        "by": proof.source}
            proved = f"{proof.venue} {proof.year}"
            if year is not None and _is_preprint(venue):
                yield Finding("published-since", f"tagged {raw} but the link is the {proved} "
                              f"paper ({proof.source})", ctx.file, item.line, item.key,
                              evidence=evidence)
                continue
            wrong = []
            if year is not None and year != proof.year:
                wrong.append("year")
            if venue and _family(venue) != idents.venue_base(proof.venue) and \
                    venues.lookup(venue) is not None:
                wrong.append("venue")
            if wrong:
                yield Finding("venue-year", f"tagged {raw} but the linked paper is {proved} "
                              f"({proof.source})", ctx.file, item.line, item.key,
                              evidence={**evidence, "disagrees": wrong})


def from_arxiv_ids(ctx: Context) -> Iterator[Finding]:
    """An arXiv id dates its first version: an `arXiv YEAR` tag must be that year."""
    for item in ctx.items:
        raw, venue, year = _tag(item)
        if year is None or not item.arxiv:
            continue
        dated = first_version_date(item.arxiv[0])
        linked_title = ctx.arxiv_titles.get(item.arxiv[0], "")
        if dated is None or (linked_title and not close(item.title, linked_title)):
            continue  # the id is another paper's (link-title-mismatch says so): its date is not
        id_year, month = dated
        evidence = {"tag": raw, "arxiv_id": item.arxiv[0], "arxiv_v1": f"{id_year}-{month:02d}"}
        if _is_preprint(venue):
            if year == id_year:
                continue
            severity = "error" if year < id_year else "warning"
            why = ("before the id existed" if year < id_year else
                   f"but arXiv {item.arxiv[0]} was first posted in {id_year}-{month:02d}")
            yield Finding("venue-year", f"tagged {raw} {why}", ctx.file, item.line, item.key,
                          severity=severity, evidence=evidence)
        elif year - id_year >= LONG_GAP:
            # Weak: papers do appear years after their preprint. Never more than info.
            yield Finding("venue-year", f"tagged {raw}, {year - id_year} years after its "
                          f"arXiv preprint ({id_year}-{month:02d}); check the year",
                          ctx.file, item.line, item.key, severity="info", evidence=evidence)


def from_published(ctx: Context) -> Iterator[Finding]:
    """A published record (Crossref) against the tag: preprints published since, other venues."""
    for item in ctx.items:
        record = ctx.published(item.entry)
        if record is None:
            continue
        raw, venue, year = _tag(item)
        short = short_venue(record["container_title"])
        where = record["container_title"] + (f" {record['year']}" if record["year"] else "")
        evidence = {"tag": raw, "published": record, "published_tag": short}
        fix = {}
        if short and record["year"] and f"**{raw}**" in item.listing.raw:
            fix = {"action": "retag", "line": item.line, "old": raw,
                   "new": f"{short} {record['year']}"}
        doi = f" (doi:{record['doi']})" if record["doi"] else ""
        if not raw or _is_preprint(venue):
            yield Finding("published-since", f"listed as {raw or 'a preprint'} but published in "
                          f"{where}{doi}", ctx.file, item.line, item.key, evidence=evidence,
                          fix=fix)
            continue
        known = venues.lookup(venue)
        venue_off = bool(short and known and idents.venue_base(known.tag)
                         != idents.venue_base(short))
        year_off = abs(year - record["year"]) if year and record["year"] else 0
        if not venue_off and not year_off:
            continue
        # Online-first vs issue year differ by one all the time: that alone is only info.
        severity = "warning" if venue_off or year_off >= 2 else "info"
        yield Finding("venue-year", f"tagged {raw} but the published record says {where}{doi}",
                      ctx.file, item.line, item.key, severity=severity, evidence=evidence,
                      fix=fix if severity == "warning" else {})


RULES = (from_urls, from_arxiv_ids, from_published)
