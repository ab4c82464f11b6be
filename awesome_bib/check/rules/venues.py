"""Venue tags and years against what identifiers, URLs and published records prove."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from ... import venues
from ...core.arxiv_ids import first_version_date
from ...core.identifiers import link_venue
from ...core.titles import close, title_words
from ...core.years import YEAR
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
    return venues.venue_base(known.tag if known else tag_venue)


def from_urls(ctx: Context) -> Iterator[Finding]:
    """Anthology ids, CVF, NeurIPS and PMLR URLs prove venue and year: a tag naming a venue
    must agree."""
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
            tagged = venues.lookup(venue) if venue else None
            if tagged is not None and tagged.is_series:
                continue  # `PMLR 2022`: a series names no conference, and its year is a volume's
            wrong = []
            # A bare date (`[2022/12]`) names no venue: it is the list's date for the paper
            # (often its preprint's), not a claim about the proceedings year.
            if year is not None and year != proof.year and venues.parse_tag(raw).name.strip():
                wrong.append("year")
            if venue and _family(venue) != venues.venue_base(proof.venue) and \
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
        dated = _own_id_date(ctx, item)
        if dated is None:
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
        venue_off = bool(short and known and venues.venue_base(known.tag)
                         != venues.venue_base(short))
        year_off = abs(year - record["year"]) if year and record["year"] else 0
        if not venue_off and not year_off:
            continue
        # Online-first vs issue year differ by one all the time: that alone is only info.
        severity = "warning" if venue_off or year_off >= 2 else "info"
        verified = [o for o in item.entry.outcomes if o.code == "venue-contradiction"]
        if venue_off and verified:
            by = verified[0].by or "a verified record"
            year_ = verified[0].year or year
            if year_ and f"**{raw}**" in item.listing.raw:
                fix = {"action": "retag", "line": item.line, "old": raw,
                       "new": f"{short} {year_}"}
            yield Finding("venue-contradiction", f"tagged {raw} but {by} has it at {where}"
                          f"{doi}", ctx.file, item.line, item.key,
                          evidence={**evidence, "by": by}, fix=fix)
            continue
        yield Finding("venue-year", f"tagged {raw} but the published record says {where}{doi}",
                      ctx.file, item.line, item.key, severity=severity, evidence=evidence,
                      fix=fix if severity == "warning" else {})


#: A venue name at most this many edits from a known one, and at least this long, is a typo
#: of it (`NeuIPS`, `NeurlPS`); shorter names are too often other real venues one letter apart.
TYPO_EDITS = 1
TYPO_MIN_LENGTH = 5


@cache
def _known_names() -> dict[str, str]:
    """Every known venue spelling (lower case, no spaces) -> the canonical tag."""
    return {alias.replace(" ", ""): venue.tag for alias, venue in venues.venue_table().items()}


def _typo_of(name: str) -> str:
    """The known venue `name` misspells (one edit away), or "" when it is none or unknown."""
    from rapidfuzz.distance import DamerauLevenshtein

    key = name.lower().replace(" ", "").replace("-", "")
    # Venue names are acronyms (NeurIPS, MICCAI): a capitalised word ("Chenjie", an author
    # the tag ran into) is no venue, however close it is to one.
    if sum(c.isupper() for c in name) < 2 or len(key) < TYPO_MIN_LENGTH or \
            key in _known_names():
        return ""
    close = {tag for alias, tag in _known_names().items()
             if DamerauLevenshtein.distance(key, alias.replace("-", "")) <= TYPO_EDITS}
    return next(iter(close)) if len(close) == 1 else ""


def unknown_venues(ctx: Context) -> Iterator[Finding]:
    """A venue tag the table does not know that is one edit from a name it does (`NeuIPS`).
    An unknown name that is close to no known one (a venue the table lacks) stays silent."""
    for item in ctx.items:
        raw = item.listing.venue_tag
        if not raw or venues.lookup(raw) is not None:
            continue
        name = re.split(r"[,;(]", venues.parse_tag(raw).name)[0].strip()
        for word in [name, *name.split()]:
            if venues.lookup(word) is not None:
                break
            known = _typo_of(word)
            if known:
                yield Finding("unknown-venue", f"venue \"{word}\" is not a known venue; did "
                              f"you mean {known}?", ctx.file, item.line, item.key,
                              evidence={"tag": raw, "written": word, "nearest": known})
                break


#: A list "dates its papers by their arXiv month" when at least this share of its date tags on
#: arXiv-linked items (and at least DATED_MIN of them) fall within DATE_SLACK months of the id.
DATED_SHARE = 0.8
DATED_MIN = 5
DATE_SLACK = 2
#: Off by at least this many months in such a list: the date is wrong (a warning).
DATE_OFF = 12
_DATE = re.compile(rf"({YEAR})(?:[/\-.](\d{{1,2}}))?(?!\d)")  # the one year token, a month


def _own_id_date(ctx: Context, item: Item) -> tuple[int, int] | None:
    """(year, month) of the first version of the item's arXiv id, unless the id's title (from
    enrichment's evidence, mismatches included) is another paper's."""
    dated = first_version_date(item.arxiv[0])
    linked_title = ctx.arxiv_titles.get(item.arxiv[0], "")
    if dated is None or (linked_title and not close(item.title, linked_title)):
        return None
    return dated


def _dated(ctx: Context, item: Item) -> tuple[str, int, int | None, int, int] | None:
    """(tag, tag year, tag month, id year, id month) for an item tagged with a bare date
    (`[2023/04]`, `(2021-01)`: no venue name) that links an arXiv id whose title is not
    another paper's."""
    raw = item.listing.venue_tag
    if not raw or not item.arxiv or venues.parse_tag(raw).name.strip():
        return None
    found = _DATE.search(raw)
    dated = _own_id_date(ctx, item)
    if found is None or dated is None:
        return None
    month = int(found.group(2)) if found.group(2) and 1 <= int(found.group(2)) <= 12 else None
    return raw, int(found.group(1)), month, dated[0], dated[1]


def _months_off(d: tuple[str, int, int | None, int, int]) -> int:
    _, year, month, id_year, id_month = d
    if month is None:
        return 12 * abs(year - id_year)
    return abs((year * 12 + month) - (id_year * 12 + id_month))


def list_dates(ctx: Context) -> Iterator[Finding]:
    """In a list whose bare date tags are its papers' arXiv months (the list's own regularity,
    DATED_SHARE of them), a date a year or more away from its arXiv id is wrong. Silent in a
    list whose dates mean something else (publication dates, venue years)."""
    dated = [(item, d) for item in ctx.items if (d := _dated(ctx, item)) is not None]
    agree = sum(1 for _, d in dated if _months_off(d) <= DATE_SLACK)
    if len(dated) < DATED_MIN or agree < DATED_SHARE * len(dated):
        return
    for item, d in dated:
        off = _months_off(d)
        if off < DATE_OFF:
            continue
        raw, _, _, id_year, id_month = d
        yield Finding("venue-year", f"dated {raw}, but arXiv {item.arxiv[0]} was first posted "
                      f"{id_year}-{id_month:02d}; the list's other dates are their papers' "
                      f"arXiv months ({agree} of {len(dated)})", ctx.file, item.line, item.key,
                      severity="warning",
                      evidence={"tag": raw, "arxiv_id": item.arxiv[0],
                                "arxiv_v1": f"{id_year}-{id_month:02d}", "months_off": off,
                                "list_dates_agree": f"{agree}/{len(dated)}"})


RULES = (from_urls, from_arxiv_ids, from_published, unknown_venues, list_dates)
