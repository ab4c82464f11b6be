"""Deduplication within a list, link conflicts, and merging a re-import into existing entries."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from functools import lru_cache
from operator import attrgetter

from .. import venues
from ..core.identifiers import URL_CACHE, arxiv_id, doi, paper_id
from ..core.titles import is_name, title_key
from ..model import LIST_FIELDS, Conflict, ConflictItem, Entry

# The identifier rules live in core/identifiers.py (which remembers each URL's reading); this
# cache spares a 50k-item list from judging each link again (conflicts, re-import matching).
_paper_id = lru_cache(maxsize=URL_CACHE)(paper_id)


def derive_ids(entry: Entry) -> None:
    """Set `arxiv` and `doi` from the entry's links (the first link that names one wins)."""
    entry.arxiv = next((a for a in (arxiv_id(lk.url)[0] for lk in entry.links) if a), "")
    entry.doi = next((d for d in (doi(lk.url) for lk in entry.links) if d), "")


def paper_ids(entry: Entry) -> list[tuple[str, str]]:
    """(identifier, url) for every link that identifies the paper itself: arXiv id, DOI, pdf URL."""
    return [(ident, link.url) for link in entry.links if (ident := _paper_id(link.label,
                                                                             link.url))]


def titles_of(entry: Entry) -> set[str]:
    """Normalised titles the entry is known by: its title and each listing's title."""
    return {title_key(t) for t in [entry.title, *(li.title for li in entry.listings)] if t}


def _absorb(into: Entry, other: Entry) -> None:
    urls = {lk.url for lk in into.links}
    into.links += [lk for lk in other.links if lk.url not in urls]
    into.listings += other.listings
    into.llm = into.llm or other.llm
    if into.year is None:
        into.year = other.year
    if not into.venue_tag:
        into.venue_tag = other.venue_tag


def _apart_by_links(a: Entry, b: Entry) -> bool:
    """Two items titled only by a name or a label (`core.titles.is_name`: ":bookmark_tabs:
    Publication" over two tools' papers) that both link something and share no link: the name
    says too little to make them one paper, and folding them would give one the other's ids."""
    if not is_name(a.title) or not a.links or not b.links:
        return False
    return not {lk.url for lk in a.links} & {lk.url for lk in b.links}


def _other_venue(a: str, b: str) -> bool:
    """Two published venues that differ (`Nature 2015` and `An MIT Press book 2015`): two
    works that share a title ("Deep learning"). A preprint and its venue are one paper."""
    if not a or not b:
        return False
    names = [venues.parse_tag(t) for t in (a, b)]
    if any(p.venue is not None and p.venue.kind == "preprint" or "arxiv" in p.name.lower()
           for p in names):
        return False
    return names[0].name.lower() != names[1].name.lower()


def dedupe(entries: list[Entry]) -> tuple[list[Entry], int]:
    """Fold listings of the same paper into one entry; returns (entries, listings folded).

    Same normalised title (and same kind) is the same paper, unless both carry different arXiv
    ids or name two different published venues. Sharing only a link is not enough: that is a
    conflict for a person (see `conflicts`).
    """
    kept: list[Entry] = []
    by_title: dict[tuple[str, str], list[Entry]] = {}
    folded = 0
    for entry in entries:
        derive_ids(entry)
        key = (entry.kind, title_key(entry.title))
        match = next((e for e in by_title.get(key, [])
                      if not (e.arxiv and entry.arxiv and e.arxiv != entry.arxiv)
                      and not _other_venue(e.venue_tag, entry.venue_tag)
                      and not _apart_by_links(e, entry)), None)
        if match is None:
            kept.append(entry)
            by_title.setdefault(key, []).append(entry)
            continue
        _absorb(match, entry)
        derive_ids(match)
        folded += 1
    return kept, folded


def conflicts(entries: list[Entry], source: str) -> list[Conflict]:
    """Papers that share an identifying link but carry different titles, one record per link."""
    holders: dict[str, list[tuple[Entry, str]]] = {}
    for entry in entries:
        if entry.kind != "paper":
            continue
        for ident, url in dict.fromkeys(paper_ids(entry)):
            if all(e is not entry for e, _ in holders.get(ident, [])):
                holders.setdefault(ident, []).append((entry, url))
    records = [Conflict(link=group[0][1], id=ident, file=source,
                        items=tuple(ConflictItem(e.line, e.title, e.key) for e, _ in group))
               for ident, group in holders.items() if len(group) >= 2]
    records.sort(key=lambda r: (r.items[0].line, r.id))
    return records


@dataclass
class MergeResult:
    """The merged entries and what changed against the existing library."""

    entries: list[Entry]
    added: list[Entry] = field(default_factory=list)
    removed: list[Entry] = field(default_factory=list)
    kept: list[Entry] = field(default_factory=list)


def _list_owned(entry: Entry, name: str) -> bool:
    return entry.provenance.get(name, "list") == "list"


#: Every field of an entry, in its constructor's order.
_entry_values = attrgetter(*(f.name for f in fields(Entry)))


def update_from_list(old: Entry, new: Entry) -> Entry:
    """`old` with its list-owned fields replaced by the list's new values.

    Fields enrichment or a person set (provenance other than "list") and every field the list
    does not own (authors, key, notes, unknown YAML keys) survive. Listings always follow the list.

    Neither input is changed. The result shares their field values (lists, dicts) instead of
    copying them: a merge's inputs are the entries just read from the list and from entries/,
    which nothing changes afterwards (a deep copy of each was most of a 50k re-import). The
    one value changed here, `provenance`, is the result's own.
    """
    merged = Entry(*_entry_values(old))  # a shallow copy (copy.copy: 5x slower)
    merged.provenance = dict(old.provenance)
    merged.kind = new.kind
    for name in LIST_FIELDS:
        if name == "listings" or _list_owned(old, name):
            setattr(merged, name, getattr(new, name))
    if old.provenance.get("authors", "list" if not old.authors else "") == "list":
        # Authors the list wrote follow the list until enrichment or a person replaces them.
        merged.authors = new.authors
        merged.authors_et_al = new.authors_et_al
        merged.provenance.pop("authors", None)
        if new.authors:
            merged.provenance["authors"] = "list"
    return merged


def _match_keys(entry: Entry) -> list[list[tuple[str, ...]]]:
    """Per matching pass, the keys under which `entry` can be found (kind always included)."""
    titles = sorted(titles_of(entry))
    ids = sorted({i for i, _ in paper_ids(entry)} | ({f"doi:{entry.doi.lower()}"} if entry.doi
                                                      else set()))
    return [
        [(entry.kind, entry.arxiv, t) for t in titles] if entry.arxiv else [],
        [(entry.kind, t) for t in titles],
        [(entry.kind, i) for i in ids],
    ]


def merge_existing(new: list[Entry], old: list[Entry]) -> MergeResult:
    """Match new entries to old ones and carry the old ones' non-list fields over.

    Matching, in order: same arXiv id and title; same title; a shared DOI or identifying link.
    Each old entry matches at most one new entry; the first in list order wins.
    """
    if not old:  # a first import: nothing to match, so no keys to compute (50k: ~1 s)
        return MergeResult(entries=list(new), added=list(new))
    indexes: list[dict[tuple[str, ...], list[int]]] = [{}, {}, {}]
    for j, entry in enumerate(old):
        for index, old_keys in zip(indexes, _match_keys(entry), strict=True):
            for key in old_keys:
                index.setdefault(key, []).append(j)
    used: set[int] = set()
    matched: dict[int, int] = {}
    new_keys = [_match_keys(entry) for entry in new]
    for p, index in enumerate(indexes):
        for i, keys in enumerate(new_keys):
            if i in matched:
                continue
            hit = next((j for key in keys[p] for j in index.get(key, []) if j not in used), None)
            if hit is not None:
                matched[i] = hit
                used.add(hit)
    result = MergeResult(entries=[])
    for i, entry in enumerate(new):
        if i in matched:
            merged = update_from_list(old[matched[i]], entry)
            result.kept.append(merged)
        else:
            merged = entry
            result.added.append(merged)
        result.entries.append(merged)
    result.removed = [entry for j, entry in enumerate(old) if j not in used]
    return result
