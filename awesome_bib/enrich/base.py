"""What every source shares: the `Source` protocol with a batched `lookup`, and `Record`."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, fields
from typing import TYPE_CHECKING, Any, Literal, Protocol

from ..core.outcomes import OutcomeCode
from ..core.vocab import Provenance
from ..model import Author, Entry

if TYPE_CHECKING:  # enrich/__init__.py and steps.py import this module
    from . import Options
    from .steps import Context


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


class Client(Protocol):
    """A source's connection to its host, one per run: it paces every look-up of the source
    (they share its spacing and slots) and counts the requests it sent."""

    @property
    def requests(self) -> int:
        """Requests sent so far (retries included)."""
        ...


#: The pipeline's stages, in order (enrich/pipeline.py folds its steps after each):
#: linked (the ids the list gives), identity (arXiv versions; is each link the listed
#: paper?), found (papers found by title), published (Semantic Scholar's published version),
#: records (Crossref's records by DOI and by search), followed (the published versions of
#: preprints), applied (every other source; the fields written).
StageName = Literal["linked", "identity", "found", "published", "records", "followed", "applied"]


@dataclass(frozen=True)
class Lookup:
    """One batched look-up a source contributes to the pipeline.

    It is asked when its `ask_at` stage begins (by default its own `stage`), with the keys
    `keys(entry, ctx)` gives for each entry from what the stages before found; the steps of
    its `stage` read its answers (`ctx.answers[name]`). Look-ups of different sources run at
    once; one source's run one after another (or at once through its client's slots, when
    the source `overlaps`)."""

    name: str  # its Source's name: the cache folder, and where ctx keeps its answers
    source: Callable[[Any], Source]  # its Source over the provider's client (Any: that type)
    stage: StageName
    keys: Callable[[Entry, Context], list[str]]
    ask_at: StageName | None = None  # asked earlier than `stage`: its keys are known sooner


@dataclass(frozen=True)
class Provider:
    """What a record source declares for the rest of enrichment (see sources.py)."""

    name: Provenance  # written into entries' provenance; a new source adds it to core.vocab
    rank: int  # a higher rank overwrites a lower one; the list is 0
    fields: tuple[str, ...]  # entry fields its records write, in order
    to_record: Callable[[Any], Record]  # one cached JSON payload (Any: the source's shape)
    #: Its client for one run (its host's pacing; its request count goes into the report).
    connect: Callable[[Options], Client] | None = None
    lookups: tuple[Lookup, ...] = ()
    #: Its look-ups of one stage share the client's slots at once (Crossref: up to 3 in
    #: flight); otherwise one look-up's requests all go before the next one's.
    overlaps: bool = False
    #: Optional: a failure is `source-unavailable` (the run completes without it), not
    #: `lookup-failed` (the entry stays unresolved until a rerun gets an answer).
    optional: bool = True
    #: Its records are applied by the pipeline's own steps (identity, versions, published
    #: versions: arXiv, Semantic Scholar, Crossref). Any other source's are applied by
    #: `steps.ApplyOtherSources`: the first record of an entry's answers whose title, first
    #: author and year agree with the entry (enrich/match.py) writes `fields`, by `rank`.
    own_steps: bool = False

    @property
    def failure(self) -> OutcomeCode:
        """The outcome code of a look-up of this source that failed (one rule for all)."""
        return "source-unavailable" if self.optional else "lookup-failed"
