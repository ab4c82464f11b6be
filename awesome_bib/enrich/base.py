"""What every source shares: the `Source` protocol with a batched `lookup`, and `Record`."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, fields
from typing import TYPE_CHECKING, Any, Protocol

from ..core.vocab import Provenance
from ..model import Author, Entry

if TYPE_CHECKING:  # enrich/__init__.py imports this module
    from . import Options


@dataclass
class Outcome:
    """What a source said about one key: its payload (None = "no such thing") or an error."""

    payload: Any = None  # JSON as the source sent it (Any: its shape is the source's), cached
    error: str = ""  # transient failure (timeout, 429 after retries); never cached
    cached: bool = False

    @property
    def found(self) -> bool:
        """True when the source returned something for the key."""
        return not self.error and self.payload is not None


class Source(Protocol):
    """A metadata source: `name` names its cache folder; `lookup` answers keys batch by batch."""

    name: str

    def lookup(self, keys: Sequence[str]) -> Iterator[dict[str, Outcome]]:
        """Yield one {key: Outcome} dict per request, so each batch can be cached at once."""
        ...


@dataclass
class Record:
    """A source's answer, mapped onto Entry field names (authors as `Author`s)."""

    source: str  # "arxiv" | "crossref"
    key: str  # arXiv id without version, or lower-case DOI
    title: str
    year: int | None
    fields: dict[str, Any] = field(default_factory=dict)
    kind: str = ""  # Crossref `type` ("journal-article", ...) or "arxiv"
    preprint_of: list[str] = field(default_factory=list)  # DOIs of published versions
    score: float | None = None  # match score when found by a search
    payload: Any = None  # the source's JSON (Any: its shape is the source's), to cache a hit
    #: field -> the type name of a value a source gave with the wrong type (not in `fields`)
    dropped: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        """Keep in `fields` only values of their Entry field's type: a source's wrong type
        (a dict for a URL, a number for pages) is dropped here, once for every source,
        before anything matches on it or writes it."""
        for name, value in list(self.fields.items()):
            if not well_typed(name, value):
                self.dropped[name] = type(value).__name__
                del self.fields[name]


#: The type each Entry field holds (its default's; year and month hold ints).
FIELD_TYPES: dict[str, type] = {
    **{f.name: type(getattr(Entry(), f.name)) for f in fields(Entry)}, "year": int, "month": int}


def well_typed(name: str, value: Any) -> bool:
    """Whether a value has the type of the Entry field it would go to (authors: a list of
    `Author`s); a name that is no Entry field is left to its reader."""
    expected = FIELD_TYPES.get(name)
    if expected is None:
        return True
    if not isinstance(value, expected) or isinstance(value, bool) and expected is not bool:
        return False
    return name != "authors" or isinstance(value, list) and all(isinstance(a, Author)
                                                                 for a in value)


class RecordError(ValueError):
    """A source's payload that cannot be read as a record (missing or mistyped fields): it
    spoils one entry, never the run. A programming error is not one of these."""


@dataclass(frozen=True)
class Provider:
    """What a record source declares for the rest of enrichment (see sources.py)."""

    name: Provenance  # written into entries' provenance; a new source adds it to core.vocab
    rank: int  # a higher rank overwrites a lower one; the list is 0
    fields: tuple[str, ...]  # entry fields its records write, in order
    to_record: Callable[[Any], Record]  # one cached JSON payload (Any: the source's shape)
    #: For a source enrichment runs generically (every source but arXiv and Crossref, whose
    #: identity checks, versions, searches and published versions have their own steps):
    #: `make_source(options)` builds its batched `Source` (its `name` = the cache folder) and
    #: `keys(entry)` says what to look up for an entry. Each answer is a payload or a list of
    #: payloads (a search); a record is applied only when its title, first author and year
    #: agree with the entry (enrich/match.py), by this provider's rank.
    make_source: Callable[[Options], Source] | None = None
    keys: Callable[[Entry], list[str]] | None = None
