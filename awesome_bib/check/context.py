"""The evidence `check` works from: each listed item with its own links, plus enrichment data.

An entry may be listed several times (several sections, or twice in one); each `Item` is one
listing with the links written in *that* bullet, so a finding points at the exact line.
Enrichment evidence comes from the entries' fields and typed outcomes (`entry.outcomes`), as
the enrichment pipeline leaves them (check/evidence.py runs it on a copy of the library).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..core.arxiv_ids import malformed_url
from ..core.identifiers import paper_id
from ..core.vocab import PUBLISHED_TYPES
from ..model import Entry, Library, Link, Listing

#: Provenances that count as evidence of a published version: the sources that verify one
#: (Crossref's record, Semantic Scholar's verified venue) and a person.
PUBLISHED_SOURCES = ("crossref", "s2", "manual")


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
    text: str = ""  # the list file's text, when known (rules that read its Markdown)

    def published(self, entry: Entry) -> dict[str, Any] | None:
        """The published record enrichment resolved for an entry (Crossref, Semantic Scholar or
        manual), or None."""
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


def build(lib: Library, file: str, text: str = "") -> Context:
    """Collect items and evidence from the library: its fields and the typed outcomes that
    enrichment recorded (check/evidence.py runs enrichment on a copy first)."""
    ctx = Context(lib=lib, file=file, text=text)
    for entry in lib.entries:
        if entry.kind != "paper":
            continue
        for listing in entry.listings:
            ctx.items.append(make_item(entry, listing))
    ctx.items.sort(key=lambda it: (it.line, it.listing.position))
    for entry in lib.entries:
        # A title search may have found the paper under another id than the one linked:
        # arxiv_title is then that id's title (its outcome says so), never the link's.
        found = {o.arxiv for o in entry.outcomes if o.code == "found-by-title-search"}
        if entry.arxiv and entry.arxiv_title and (not found or entry.arxiv in found):
            ctx.arxiv_titles.setdefault(entry.arxiv, entry.arxiv_title)
    _from_unresolved(ctx)
    return ctx


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
