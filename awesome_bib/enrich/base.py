"""What every source shares: the `Source` protocol with a batched `lookup`, and `Record`."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from ..core.vocab import Provenance

if TYPE_CHECKING:  # enrich/__init__.py imports this module
    from ..model import Entry
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
