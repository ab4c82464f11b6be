"""The one entry model in the middle: import fills it, enrich completes it, export renders it.

Every field is plain data so that `entries/*.yaml` stays human-readable and diff-friendly.
`provenance` says where each field came from: "list" (the Markdown list), a source ("arxiv",
"crossref") or "manual" (a person). The closed vocabularies (kind, pub_type, provenance,
outcome codes) are `core.vocab` / `core.outcomes` types, checked here on load. Re-import
rewrites only list-owned fields; enrichment never overwrites a field a person edited (see
`fingerprints`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields
from typing import Any, Literal

from .core.outcomes import Candidate, OutcomeRecord
from .core.vocab import (
    ENTRY_KINDS,
    PROVENANCES,
    PUB_TYPES,
    SECTION_KINDS,
    EntryKind,
    Provenance,
    PubType,
    SectionKind,
    is_valid_key,
    one_of,
)

#: Fields the importer owns: a re-import of the list may rewrite them (unless a person edited them).
LIST_FIELDS = ("title", "llm", "venue_tag", "year", "links", "arxiv", "doi", "listings", "dataset")

#: Parsed YAML as PyYAML returns it (its loaders are untyped, hence Any): every `from_dict`
#: checks the shape it reads, and a wrong one is a ValueError naming the field.
Yaml = Any


class FieldError(ValueError):
    """A bad value in one field of an entry: the store names the line that field is on."""

    def __init__(self, name: str, message: str) -> None:
        super().__init__(message if message.startswith(f"{name}") else f"{name}: {message}")
        self.field = name


@dataclass(slots=True)
class Author:
    """A person (family + given, particles kept inside `family`) or a literal corporate name."""

    family: str = ""
    given: str = ""
    literal: str = ""

    def to_dict(self) -> dict[str, str]:
        """Serialise, omitting empty parts."""
        return {k: v for k, v in (("family", self.family), ("given", self.given),
                                  ("literal", self.literal)) if v}

    @classmethod
    def from_dict(cls, data: Mapping[str, Yaml] | str) -> Author:
        """Load from YAML; a bare string is a literal name."""
        if isinstance(data, str):
            return cls(literal=data)
        return cls(family=str(data.get("family", "") or ""), given=str(data.get("given", "") or ""),
                   literal=str(data.get("literal", "") or ""))

    @property
    def display(self) -> str:
        """Human form: "Given Family" or the literal name."""
        if self.literal:
            return self.literal
        return f"{self.given} {self.family}".strip()


@dataclass(slots=True)
class Link:
    """One link of a list item, with the label the list gave it (pdf, code, project, ...)."""

    label: str
    url: str

    def to_dict(self) -> dict[str, str]:
        """Serialise."""
        return {"label": self.label, "url": self.url}

    @classmethod
    def from_dict(cls, data: Mapping[str, Yaml]) -> Link:
        """Load from YAML."""
        return cls(label=str(data.get("label", "")), url=str(data.get("url", "")))


@dataclass(slots=True)
class Listing:
    """One place the list mentions the entry: section, year sub-heading, position and line."""

    section: str
    line: int
    position: int
    subsection: str = ""
    title: str = ""
    venue_tag: str = ""
    raw: str = ""

    def to_dict(self) -> dict[str, object]:
        """Serialise, omitting empty parts."""
        out: dict[str, object] = {"section": self.section}
        if self.subsection:
            out["subsection"] = self.subsection
        out["position"] = self.position
        out["line"] = self.line
        if self.title:
            out["title"] = self.title
        if self.venue_tag:
            out["venue_tag"] = self.venue_tag
        if self.raw:
            out["raw"] = self.raw
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Yaml]) -> Listing:
        """Load from YAML."""
        return cls(section=str(data["section"]), line=int(data.get("line", 0)),
                   position=int(data.get("position", 0)),
                   subsection=str(data.get("subsection", "") or ""),
                   title=str(data.get("title", "") or ""),
                   venue_tag=str(data.get("venue_tag", "") or ""),
                   raw=str(data.get("raw", "") or ""))


@dataclass(slots=True)
class Entry:
    """One bibliographic entry (a paper or a dataset), whatever sections list it."""

    key: str = ""
    key_fallback: bool = True  # key made without authors; may change once when authors arrive
    kind: EntryKind = "paper"
    title: str = ""
    llm: bool = False  # the list marks LLM papers in bold
    venue_tag: str = ""  # as the list wrote it: "MICCAI 2023", "NeurIPS 2021 D&B", "arXiv 2024"
    year: int | None = None
    month: int | None = None
    pub_type: PubType | Literal[""] = ""  # resolved by enrichment; export infers it otherwise
    container_title: str = ""  # proceedings or journal full name, when known from a source
    authors: list[Author] = field(default_factory=list)
    authors_et_al: bool = False  # the list wrote "et al." after the authors it names
    doi: str = ""
    url: str = ""
    volume: str = ""
    issue: str = ""
    pages: str = ""
    publisher: str = ""
    issn: str = ""  # the journal's (or series') ISSN, the first Crossref lists
    arxiv: str = ""  # arXiv id without version: "2303.07618", "astro-ph/0601001"
    arxiv_version: str = ""  # "v2" when known
    primary_class: str = ""
    arxiv_title: str = ""  # the title arXiv gives (may differ from the listed one)
    arxiv_comment: str = ""
    arxiv_journal_ref: str = ""
    arxiv_doi: str = ""  # the published DOI arXiv records (not the 10.48550 one)
    note: str = ""
    links: list[Link] = field(default_factory=list)
    listings: list[Listing] = field(default_factory=list)
    dataset: dict[str, str] = field(default_factory=dict)  # domain, image, text, source, language
    provenance: dict[str, Provenance] = field(default_factory=dict)  # field -> who set it
    fingerprints: dict[str, str] = field(default_factory=dict)  # field -> hash written by enrich
    candidates: list[Candidate] = field(default_factory=list)  # near misses for review
    history: list[dict[str, object]] = field(default_factory=list)  # changes enrichment made
    unresolved: str = ""  # why enrichment could not resolve it
    outcomes: list[OutcomeRecord] = field(default_factory=list)  # what enrichment found
    extra: dict[str, Yaml] = field(default_factory=dict)  # unknown YAML keys, kept verbatim

    @property
    def sections(self) -> list[str]:
        """Section slugs this entry is listed in, first appearance first, without repeats."""
        seen: list[str] = []
        for listing in self.listings:
            if listing.section not in seen:
                seen.append(listing.section)
        return seen

    @property
    def line(self) -> int:
        """Line of the first listing (0 when unknown)."""
        return self.listings[0].line if self.listings else 0

    def to_dict(self) -> dict[str, object]:
        """Serialise in a fixed field order, omitting empty values (diff-friendly YAML)."""
        out: dict[str, object] = {}
        for name in _SAVED_FIELDS:
            value = getattr(self, name)
            if name == "key_fallback":
                if value:
                    out[name] = True
                continue
            if name == "kind" and value == "paper":
                continue
            if value in _EMPTY:
                continue
            if name in _RECORD_LISTS:
                value = [item.to_dict() for item in value]
            out[name] = value
        for k in sorted(self.extra):
            out[k] = self.extra[k]
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Yaml]) -> Entry:
        """Load from YAML; unknown keys land in `extra` and are written back unchanged. A value
        outside its vocabulary (`pub_type: thesis`) is a ValueError naming it."""
        known = _ENTRY_FIELDS
        kwargs: dict[str, Any] = {}  # Any: each field its own type, checked by _field_value
        extra: dict[str, Yaml] = {}
        for k, v in data.items():
            if k not in known:
                extra[k] = v
                continue
            try:
                kwargs[k] = _field_value(k, v)
            except (TypeError, ValueError, KeyError, AttributeError) as exc:
                raise FieldError(k, str(exc)) from None
        kwargs.setdefault("key_fallback", False)  # a stored key without the flag is pinned
        return cls(**kwargs, extra=extra)


def _field_value(k: str, v: Yaml) -> object:
    """One YAML field's value as the Entry field holds it (ValueError when it cannot be)."""
    if k == "key" and v not in (None, "") and not is_valid_key(str(v)):
        raise ValueError(f"invalid citation key {v!r} (ASCII letters, digits and -_:. only)")
    if k in _CHECKED:
        return _CHECKED[k](v)
    if k == "authors":
        return [Author.from_dict(a) for a in (v or [])]
    if k == "links":
        return [Link.from_dict(x) for x in (v or [])]
    if k == "listings":
        return [Listing.from_dict(x) for x in (v or [])]
    if k in ("year", "month"):
        return int(v) if v not in (None, "") else None
    if k in ("llm", "key_fallback", "authors_et_al"):
        return bool(v)
    if k in ("dataset", "fingerprints"):
        return dict(v or {})
    if k == "history":
        return list(v or [])
    return "" if v is None else str(v)


#: Entry's YAML field names (computed once: `fields()` per entry was a third of load time).
_SAVED_FIELDS = tuple(f.name for f in fields(Entry) if f.name != "extra")
_ENTRY_FIELDS = frozenset(_SAVED_FIELDS)
#: Values `to_dict` leaves out (compared with ==, so 0 is left out as False is).
_EMPTY: tuple[object, ...] = ("", None, [], {}, False)
#: Fields holding records, written as a list of their dicts.
_RECORD_LISTS = frozenset({"authors", "links", "listings", "candidates", "outcomes"})


def _provenance(value: object) -> dict[str, Provenance]:
    if not isinstance(value, dict):
        raise ValueError(f"provenance must be a mapping, not {value!r}")
    return {str(k): one_of(f"provenance of {k}", v, PROVENANCES) for k, v in value.items()}


def _records(value: object, name: str) -> list[Yaml]:
    if value in (None, ""):
        return []
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        raise ValueError(f"{name} must be a list of mappings")
    return value


#: Fields whose YAML value is checked against a vocabulary or a record type on load.
_CHECKED: dict[str, Callable[[Yaml], object]] = {
    "kind": lambda v: one_of("kind", v, ENTRY_KINDS),
    "pub_type": lambda v: "" if v in (None, "") else one_of("pub_type", v, PUB_TYPES),
    "provenance": lambda v: _provenance(v or {}),
    "outcomes": lambda v: [OutcomeRecord.from_dict(o) for o in _records(v, "outcomes")],
    "candidates": lambda v: [Candidate.from_dict(c) for c in _records(v, "candidates")],
}


@dataclass(slots=True)
class Section:
    """A top-level heading of the list that holds papers or datasets."""

    slug: str
    title: str
    kind: SectionKind = "papers"

    def to_dict(self) -> dict[str, str]:
        """Serialise."""
        return {"slug": self.slug, "title": self.title, "kind": self.kind}

    @classmethod
    def from_dict(cls, data: Mapping[str, Yaml]) -> Section:
        """Load from YAML."""
        return cls(slug=str(data["slug"]), title=str(data.get("title", data["slug"])),
                   kind=one_of("kind", data.get("kind", "papers"), SECTION_KINDS))


@dataclass(frozen=True, slots=True)
class ListProblem:
    """A bullet that looks like a paper but gave no title or no link: where, what, why."""

    line: int
    raw: str
    reason: str
    file: str = ""

    def to_dict(self) -> dict[str, object]:
        """As stored in `_index.yaml`."""
        return {"file": self.file, "line": self.line, "raw": self.raw, "reason": self.reason}

    @classmethod
    def from_dict(cls, data: Mapping[str, Yaml]) -> ListProblem:
        """Load from YAML."""
        return cls(line=int(data.get("line") or 0), raw=str(data.get("raw", "") or ""),
                   reason=str(data.get("reason", "") or ""), file=str(data.get("file", "") or ""))


@dataclass(frozen=True, slots=True)
class ConflictItem:
    """One of the items that carry a shared link."""

    line: int
    title: str
    key: str


@dataclass(frozen=True, slots=True)
class Conflict:
    """One paper link carried by items with different titles."""

    link: str
    id: str  # what the link identifies (core.identifiers.paper_id)
    file: str
    items: tuple[ConflictItem, ...]

    def to_dict(self) -> dict[str, object]:
        """As stored in `_index.yaml`."""
        return {"link": self.link, "id": self.id, "file": self.file,
                "items": [{"line": i.line, "title": i.title, "key": i.key} for i in self.items]}

    @classmethod
    def from_dict(cls, data: Mapping[str, Yaml]) -> Conflict:
        """Load from YAML."""
        items = tuple(ConflictItem(int(i.get("line") or 0), str(i.get("title", "")),
                                   str(i.get("key", ""))) for i in data.get("items") or [])
        return cls(link=str(data.get("link", "")), id=str(data.get("id", "")),
                   file=str(data.get("file", "")), items=items)


@dataclass(slots=True)
class Library:
    """Everything in entries/: the sections in list order, the entries, and list-level notes."""

    sections: list[Section] = field(default_factory=list)
    entries: list[Entry] = field(default_factory=list)
    source: str = ""  # the list file it was imported from
    conflicts: list[Conflict] = field(default_factory=list)  # shared link, other title
    problems: list[ListProblem] = field(default_factory=list)  # unparseable items

    def in_section(self, slug: str) -> list[Entry]:
        """Entries listed in section `slug`, in the order the list gives them there."""
        return self.by_section().get(slug, [])

    def by_section(self) -> dict[str, list[Entry]]:
        """Section slug -> its entries in list order, every section in one pass."""
        first: dict[str, dict[int, tuple[int, Entry]]] = {}
        for entry in self.entries:
            for li in entry.listings:
                seen = first.setdefault(li.section, {})
                if id(entry) not in seen or li.position < seen[id(entry)][0]:
                    seen[id(entry)] = (li.position, entry)
        return {slug: [e for _, e in sorted(picked.values(), key=lambda pair: pair[0])]
                for slug, picked in first.items()}

    def by_key(self) -> dict[str, Entry]:
        """Entries indexed by citation key."""
        return {entry.key: entry for entry in self.entries}
