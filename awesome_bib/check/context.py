"""The evidence `check` works from: each listed item with its own links, plus enrichment data.

An entry may be listed several times (several sections, or twice in one); each `Item` is one
listing with the links written in *that* bullet, so a finding points at the exact line.
Enrichment evidence comes from entries/ fields and, when given, the enrichment cache.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..core.arxiv_ids import malformed_url, parse_id
from ..core.identifiers import paper_id
from ..core.titles import title_words
from ..core.vocab import PUBLISHED_TYPES
from ..model import Entry, Library, Link, Listing
from ..store.cache import Cache

#: Provenances that count as evidence of a published version.
PUBLISHED_SOURCES = ("crossref", "manual")


@dataclass
class Item:
    """One listing of an entry, with the links its own bullet carries."""

    entry: Entry
    listing: Listing
    links: list[Link]
    arxiv: list[str] = field(default_factory=list)  # arXiv ids, without version
    dois: list[str] = field(default_factory=list)  # lower-case
    ids: list[str] = field(default_factory=list)  # "arxiv:…", "doi:…", "url:…" (paper links)

    @property
    def title(self) -> str:
        """The title as this bullet lists it."""
        return self.listing.title or self.entry.title

    @property
    def line(self) -> int:
        """Line of this bullet in the list."""
        return self.listing.line

    @property
    def key(self) -> str:
        """Citation key of the entry."""
        return self.entry.key


@dataclass
class Context:
    """Everything the rules read: the items, arXiv titles and published records by id."""

    lib: Library
    file: str
    items: list[Item] = field(default_factory=list)
    arxiv_titles: dict[str, str] = field(default_factory=dict)  # id -> title arXiv gives
    arxiv_dead: dict[str, str] = field(default_factory=dict)  # id -> why the source says no
    doi_dead: dict[str, str] = field(default_factory=dict)  # doi -> why the source says no
    doi_titles: dict[str, str] = field(default_factory=dict)  # doi -> title Crossref gives
    gaps: list[str] = field(default_factory=list)  # checks that lacked data, for the report

    def published(self, entry: Entry) -> dict[str, Any] | None:
        """The published record enrichment resolved for an entry (Crossref or manual), or None."""
        prov = entry.provenance
        if entry.pub_type not in PUBLISHED_TYPES:
            return None
        if prov.get("pub_type") not in PUBLISHED_SOURCES and \
                prov.get("container_title") not in PUBLISHED_SOURCES:
            return None
        if not entry.container_title:
            return None
        year = entry.year if prov.get("year") in PUBLISHED_SOURCES else None
        return {"source": prov.get("container_title") or prov.get("pub_type"),
                "pub_type": entry.pub_type, "container_title": entry.container_title,
                "year": year, "doi": entry.doi if prov.get("doi") in PUBLISHED_SOURCES else ""}


def _item_links(entry: Entry, listing: Listing) -> list[Link]:
    """The entry's links that this listing's bullet writes (all of them if raw is unknown)."""
    if not listing.raw:
        return list(entry.links)
    raw = listing.raw.lower()
    return [lk for lk in entry.links if lk.url.lower() in raw]


def make_item(entry: Entry, listing: Listing) -> Item:
    """An Item with the identifiers of this bullet's own links."""
    item = Item(entry, listing, _item_links(entry, listing))
    for link in item.links:
        ident = paper_id(link.label, link.url)
        kind, _, value = ident.partition(":")
        if kind == "arxiv":
            item.arxiv.append(value)
        elif kind == "doi":
            item.dois.append(value)
        elif not ident or malformed_url(link.url):
            continue  # not the paper's own link, or an arXiv link with an impossible id
        item.ids.append(ident)
    item.arxiv = list(dict.fromkeys(item.arxiv))
    item.dois = list(dict.fromkeys(item.dois))
    item.ids = list(dict.fromkeys(item.ids))
    return item


def build(lib: Library, file: str, cache: Cache | None = None) -> Context:
    """Collect items and evidence from the library (and the enrichment cache, when given)."""
    ctx = Context(lib=lib, file=file)
    for entry in lib.entries:
        if entry.kind != "paper":
            continue
        for listing in entry.listings:
            ctx.items.append(make_item(entry, listing))
    ctx.items.sort(key=lambda it: (it.line, it.listing.position))
    for entry in lib.entries:
        if entry.arxiv and entry.arxiv_title:
            ctx.arxiv_titles.setdefault(entry.arxiv, entry.arxiv_title)
    if cache is not None:
        _from_cache(ctx, cache)
    _from_unresolved(ctx)
    return ctx


def _from_cache(ctx: Context, cache: Cache) -> None:
    """arXiv titles and dead ids from the enrichment cache (`Cache.get(source, key)`)."""
    for ident in sorted({a for it in ctx.items for a in it.arxiv}):
        hit, payload = cache.get("arxiv", ident)
        if not hit:
            continue
        if payload is None:
            ctx.arxiv_dead[ident] = "arXiv returned no paper for this id"
        elif isinstance(payload, dict) and payload.get("api_error"):
            ctx.arxiv_dead[ident] = f"arXiv rejected the id: {payload['api_error']}"
        elif isinstance(payload, dict) and payload.get("title"):
            ctx.arxiv_titles.setdefault(ident, " ".join(str(payload["title"]).split()))
    _searches_from_cache(ctx, cache)
    for key in sorted({d for it in ctx.items for d in it.dois}):
        hit, payload = cache.get("crossref-doi", key)
        if hit and payload is None:
            ctx.doi_dead[key] = f"Crossref does not know DOI {key}"
        elif hit and isinstance(payload, dict) and payload.get("title"):
            title = payload["title"]
            title = title[0] if isinstance(title, list) and title else title
            if isinstance(title, str) and title.strip():
                ctx.doi_titles.setdefault(key, " ".join(title.split()))


def _searches_from_cache(ctx: Context, cache: Cache) -> None:
    """Ids the arXiv title searches of listed titles returned ("arxiv-search", fetch.py)."""

    for key in sorted({title_words(it.title) for it in ctx.items} - {""}):
        hit, payload = cache.get("arxiv-search", key)
        if not hit or not isinstance(payload, list):
            continue
        for hit_ in payload:
            parsed = parse_id(str(hit_.get("id", ""))) if isinstance(hit_, dict) else None
            if parsed and hit_.get("title"):
                ctx.arxiv_titles.setdefault(parsed[0], " ".join(str(hit_["title"]).split()))


def _from_unresolved(ctx: Context) -> None:
    """Dead ids, DOI titles and the titles of mismatched links, from the outcomes enrichment
    recorded as data (`entry.outcomes`, enrich/steps.py); transient failures are not evidence."""
    for entry in ctx.lib.entries:
        for outcome in entry.outcomes:
            code, ident, doi_ = outcome.code, outcome.arxiv, outcome.doi.lower()
            if code == "arxiv-unknown" and ident and ident not in ctx.arxiv_titles:
                ctx.arxiv_dead.setdefault(ident, outcome.message)
            elif code in ("arxiv-rejected", "arxiv-malformed") and ident:
                ctx.arxiv_dead.setdefault(ident, outcome.message)
            elif code == "doi-unknown" and doi_:
                ctx.doi_dead.setdefault(doi_, outcome.message)
            elif code == "doi-other-title" and doi_ and outcome.title:
                ctx.doi_titles.setdefault(doi_, outcome.title)
            elif code == "link-mismatch" and ident:
                latest = _latest(outcome.arxiv_titles)
                if latest:
                    ctx.arxiv_titles.setdefault(ident, latest)
            elif code == "found-by-title-search" and ident and outcome.arxiv_title:
                ctx.arxiv_titles.setdefault(ident, outcome.arxiv_title)


def _latest(titles: dict[str, str]) -> str:
    """The title of the highest version in {"v1": ..., "v3": ...}."""
    versions = sorted(titles, key=lambda v: int(v[1:]) if v[1:].isdigit() else 0)
    return str(titles[versions[-1]]) if versions else ""
