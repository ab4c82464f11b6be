"""Semantic Scholar's Graph API: every identifier in one `POST /paper/batch`, id-less titles by
`GET /paper/search/match` (docs/api/SEMANTIC_SCHOLAR.md).

What it is trusted for (steps.ApplySemanticScholar): the published version of a paper (its DOI,
venue and year, when the record is not still the preprint), and authors for papers no other
source gives them for. Every record passes the same identity check as the others' (title and
its versions, year, the list's first author) before anything of it is used.

Politeness (§Rate limits): one request per second at most, with or without a key (`x-api-key`
from AWESOME_BIB_S2_KEY); keyless callers share one pool and get 429 with no Retry-After, which
`PoliteHttp` answers with its bounded exponential backoff. The source is optional: once it
refuses (403, 429 after the retries), keeps failing (5xx after the retries) or cannot be
reached, no further request is sent and the run completes from arXiv and Crossref (each entry
it could not verify carries a `source-unavailable` outcome; the report says it once).
"""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Callable, Iterator, Sequence
from functools import cache
from typing import TYPE_CHECKING, Any

from .. import __version__
from ..core.arxiv_ids import is_arxiv_doi, parse_id
from ..core.identifiers import anthology_id
from ..core.titles import title_words
from ..errors import SourceError
from ..model import Entry
from ..venues import Venue, is_printer_doi, lookup, venue_table
from .base import Lookup, Outcome, Provider, Record, RecordError
from .http import (
    DEFAULT_POLICY,
    BoundedGet,
    PoliteHttp,
    Response,
    RetryPolicy,
    Slots,
    env_lowered,
)
from .names import split_display_name

if TYPE_CHECKING:
    from . import Options
    from .steps import Context

DEFAULT_URL = "https://api.semanticscholar.org/graph/v1"
#: `fields` is a query parameter, one comma-separated string (§Endpoints).
FIELDS_PARAM = ("externalIds,title,authors,year,venue,publicationVenue,publicationTypes,"
                "publicationDate,journal")
#: Ids per `/paper/batch` request (documented maximum, §Endpoints).
BATCH = 500
#: One request per second, key or not (§Rate limits).
INTERVAL = 1.0
#: Statuses that refuse the caller, not a paper: the service is not asked again in this run.
#: (A 429 never gets here: PoliteHttp retries it, and its last failure is the same verdict.)
REFUSALS = frozenset({401, 403})


def env_interval() -> float:
    """The spacing: 1 s, lowered only by AWESOME_BIB_S2_DELAY (tests)."""
    return env_lowered("AWESOME_BIB_S2_DELAY", INTERVAL)


def validate_json(resp: Response) -> str | None:
    """Why a 200 body is unusable (truncated, not JSON), else None."""
    try:
        json.loads(resp.content)
    except ValueError as exc:
        return f"malformed JSON ({exc})"
    return None


class S2Client:
    """Paced, retried requests to the Graph API; after a refusal nothing more is sent."""

    def __init__(self, url: str | None = None, key: str | None = None,
                 interval: float | None = None, policy: RetryPolicy = DEFAULT_POLICY,
                 clock: Callable[[], float] | None = None,
                 sleep: Callable[[float], None] | None = None) -> None:
        url = url or os.environ.get("AWESOME_BIB_S2_URL") or DEFAULT_URL
        self.base = url.rstrip("/")
        key = os.environ.get("AWESOME_BIB_S2_KEY", "") if key is None else key
        self.headers = {"User-Agent": f"awesome-bib/{__version__}"}
        if key:
            self.headers["x-api-key"] = key
        # Start to start, one in flight: a slow answer does not add a second of idle time.
        self.slots = Slots(env_interval() if interval is None else interval, 1, 1)
        if clock:
            self.slots.clock = clock
        if sleep:
            self.slots.sleep = sleep
        self.refused = ""  # why the service is not asked again
        # The one bounded transport every source sends through (size, deadline, nesting).
        transport = BoundedGet(policy)
        self._body = threading.local()  # the POST body of the request being sent

        def send(u: str, params: dict[str, str], headers: dict[str, str],
                 timeout: float) -> Response:
            # PoliteHttp is GET-shaped (url, params, headers); the batch body rides beside it.
            body = getattr(self._body, "value", None)
            if body is None:
                return transport(u, params, headers, timeout)
            return transport.send("POST", u, params, headers, timeout, data=body)

        self.http = PoliteHttp(send, self.slots, policy, validate=validate_json)

    @property
    def requests(self) -> int:
        """Requests sent so far (batches and matches)."""
        return self.http.requests

    def _call(self, path: str, params: dict[str, str], body: bytes | None) -> Response:
        if self.refused:
            raise SourceError(self.base + path, 0, None, f"not sent: {self.refused}")
        headers = dict(self.headers)
        if body is not None:
            headers["Content-Type"] = "application/json"
        self._body.value = body
        try:
            resp = self.http.request(self.base + path, params, headers)
        except SourceError as exc:
            # Still failing after the bounded retries (busy, down, unreachable): an optional
            # source is not asked again in this run, so an outage costs one request's retries.
            self.refused = f"Semantic Scholar unavailable ({exc.message})"
            raise
        finally:
            self._body.value = None
        if resp.status_code in REFUSALS:
            self.refused = f"Semantic Scholar refused the request (HTTP {resp.status_code})"
        return resp

    def batch(self, ids: list[str]) -> list[Any]:
        """`POST /paper/batch`: one answer per id, in order (None for an unknown id)."""
        body = json.dumps({"ids": ids}).encode("utf-8")
        resp = self._call("/paper/batch", {"fields": FIELDS_PARAM}, body)
        if resp.status_code != 200:
            raise SourceError(self.base + "/paper/batch", 1, resp.status_code,
                              _failure(resp))
        data = json.loads(resp.content)
        if not isinstance(data, list) or len(data) != len(ids):
            raise SourceError(self.base + "/paper/batch", 1, 200,
                              "not one answer per id")
        return data

    def match(self, query: str) -> dict[str, Any] | None:
        """`GET /paper/search/match`: the one closest title, or None (404: no match)."""
        resp = self._call("/paper/search/match", {"query": query, "fields": FIELDS_PARAM},
                          None)
        if resp.status_code == 404:
            return None  # the status says it; the body's wording is not relied on
        if resp.status_code != 200:
            raise SourceError(self.base + "/paper/search/match", 1, resp.status_code,
                              _failure(resp))
        data = json.loads(resp.content)
        hits = data.get("data") if isinstance(data, dict) else None
        return hits[0] if isinstance(hits, list) and hits and isinstance(hits[0], dict) \
            else None


def _failure(resp: Response) -> str:
    """The `error` (400, 404) or `message` (403, 429) of an answer, else its first bytes."""
    text = resp.content.decode("utf-8", "replace")
    try:
        data = json.loads(text)
    except ValueError:
        return " ".join(text.split())[:200]
    if isinstance(data, dict):
        return str(data.get("error") or data.get("message") or text)[:200]
    return " ".join(text.split())[:200]


class S2Papers:
    """Identifiers (`ARXIV:2303.07618`, `DOI:10.x/y`, `ACL:2021.emnlp-main.288`), up to BATCH
    a request; an id S2 does not know maps to None (cached too)."""

    name = "s2-paper"

    def __init__(self, client: S2Client, batch: int = BATCH) -> None:
        self.client = client
        self.batch = batch

    def lookup(self, keys: Sequence[str]) -> Iterator[dict[str, Outcome]]:
        """One request per `batch` ids."""
        keys = list(dict.fromkeys(keys))
        for start in range(0, len(keys), self.batch):
            chunk = keys[start:start + self.batch]
            try:
                answers = self.client.batch(chunk)
            except SourceError as exc:
                yield {k: Outcome(error=f"Semantic Scholar: {exc}") for k in chunk}
                continue
            yield {k: Outcome(payload=a if isinstance(a, dict) else None)
                   for k, a in zip(chunk, answers, strict=True)}


class S2Match:
    """Title matches for papers with no identifier, one request each; keys are normalised
    titles (`title_words`), the query sent."""

    name = "s2-match"

    def __init__(self, client: S2Client) -> None:
        self.client = client

    def lookup(self, keys: Sequence[str]) -> Iterator[dict[str, Outcome]]:
        """The best match per title, or None."""
        for key in dict.fromkeys(keys):
            try:
                yield {key: Outcome(payload=self.client.match(key))}
            except SourceError as exc:
                yield {key: Outcome(error=f"Semantic Scholar: {exc}")}


#: Names of preprint servers' venues (S2 `venue`/`publicationVenue` of a record that is still
#: the preprint): the venue table's preprint kinds, plus S2's own spelling of arXiv.
def _preprint_names() -> frozenset[str]:
    names = {"arxiv", "arxiv org"}
    for key, venue in venue_table().items():
        if venue.kind == "preprint":
            names.update({key, title_words(venue.name), title_words(venue.tag)})
    return frozenset(n for n in names if n)


def venue_names(payload: dict[str, Any]) -> list[str]:
    """The venue names a record gives, most specific first: `venue`, `publicationVenue`'s
    name and alternate names, the journal's name."""
    names = [str(payload.get("venue") or "")]
    pv = payload.get("publicationVenue")
    if isinstance(pv, dict):
        names.append(str(pv.get("name") or ""))
        names.extend(str(n) for n in pv.get("alternate_names") or [])
    journal = payload.get("journal")
    if isinstance(journal, dict):
        names.append(str(journal.get("name") or ""))
    return [n for n in dict.fromkeys(" ".join(n.split()) for n in names) if n]


def is_preprint(payload: dict[str, Any]) -> bool:
    """A record that is still the preprint, whatever venue label it carries: its DOI is
    arXiv's own, or its first-named venue is a preprint server, or it names no venue at all."""
    doi = str((payload.get("externalIds") or {}).get("DOI") or "")
    if doi and is_arxiv_doi(doi):
        return True
    names = venue_names(payload)
    if not names:
        return True
    return title_words(names[0]) in _preprint_names()


#: Words that open a venue's name without naming it ("International Conference on ...",
#: "Proceedings of the ...", "Advances in ..."): S2 and our table differ in them.
_OPENING = frozenset("international conference on proceedings of the advances in annual ieee "
                     "cvf acm".split())


def _core(words: str) -> str:
    """A venue name's words without its generic opening words."""
    parts = words.split()
    while parts and parts[0] in _OPENING:
        parts.pop(0)
    return " ".join(parts)


def known_venue(payload: dict[str, Any]) -> Venue | None:
    """The venue of our table that the record's venue names (tag, alias, full name or
    container title, compared without their generic opening words), or None. A series
    (PMLR: its name is its container) names no venue; nor does a preprint server."""
    by_name = _venues_by_name()
    for name in venue_names(payload):
        found = by_name.get(_core(title_words(name)))
        if found is not None and found.kind != "preprint" and not found.is_series:
            return found
    return None


@cache
def _venues_by_name() -> dict[str, Venue]:
    """The venue table indexed by every name a record may use (built once a run)."""
    by_name: dict[str, Venue] = {}
    for key, venue in venue_table().items():
        for text in (key, venue.tag, venue.name, venue.container_title(None)):
            by_name.setdefault(_core(title_words(text)), venue)
    return by_name


def published_doi(payload: dict[str, Any]) -> str:
    """The record's DOI when it names the published version: not arXiv's own, not a
    printer's reprint DOI, not on a record that is still the preprint."""
    doi = str((payload.get("externalIds") or {}).get("DOI") or "").strip().lower()
    if not doi or is_arxiv_doi(doi) or is_printer_doi(doi) or is_preprint(payload):
        return ""
    return doi


def to_record(payload: dict[str, Any]) -> Record:
    """A Graph API paper as a Record of Entry fields (RecordError when unreadable)."""
    try:
        return _to_record(payload)
    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise RecordError(f"unreadable Semantic Scholar record ({type(exc).__name__}: "
                          f"{exc})") from None


def _to_record(payload: dict[str, Any]) -> Record:
    authors = [a for a in (split_display_name(str(p.get("name") or ""))
                           for p in payload.get("authors") or []) if a.display]
    year = payload.get("year")
    preprint = is_preprint(payload)
    fields: dict[str, Any] = {"authors": authors, "doi": published_doi(payload)}
    return Record(source="s2", key=str(payload.get("paperId") or ""),
                  title=" ".join(str(payload.get("title") or "").split()),
                  year=int(year) if year else None,
                  fields={k: v for k, v in fields.items() if v},
                  kind="preprint" if preprint else "publication", payload=payload,
                  score=payload.get("matchScore"))


def connect(opts: Options) -> S2Client:
    """The run's Semantic Scholar client (1 request a second, optional key)."""
    return S2Client(url=opts.s2_url, key=opts.s2_key, interval=opts.s2_interval,
                    policy=opts.policy, clock=opts.clock, sleep=opts.sleep)


def _list_owned(entry: Entry, name: str) -> str:
    """A field's value when the list gave it (not a source: those change between runs, and a
    key must not, or a warm rerun would ask again)."""
    return "" if entry.provenance.get(name) not in (None, "list", "manual") else \
        str(getattr(entry, name) or "")


def keys(entry: Entry) -> list[str]:
    """The batch ids for an entry: its arXiv id, DOI and ACL Anthology id as the list gives
    them (`ARXIV:`, `DOI:`, `ACL:`)."""
    if entry.kind != "paper":
        return []
    out = []
    parsed = parse_id(_list_owned(entry, "arxiv"))
    if parsed:
        out.append(f"ARXIV:{parsed[0]}")
    doi = _list_owned(entry, "doi").lower()
    if doi and not is_arxiv_doi(doi) and not is_printer_doi(doi):
        out.append(f"DOI:{doi}")
    out.extend(f"ACL:{a}" for a in dict.fromkeys(anthology_id(lk.url) for lk in entry.links)
               if a)
    return out


def match_key(entry: Entry) -> str:
    """The title match for a paper the list gives no identifier for, at a venue that
    registers no DOIs (NeurIPS, ICLR, MIDL...), else "". Crossref's title search serves the
    others, several at once (S2 allows one request a second, Crossref's polite pool three)."""
    if entry.kind != "paper" or not entry.title or keys(entry):
        return ""
    venue = lookup(entry.venue_tag) if entry.venue_tag else None
    if venue is None or venue.registers_dois:
        return ""
    return title_words(entry.title)  # the query and its cache key: lower-case ASCII words


def id_keys(entry: Entry, ctx: Context) -> list[str]:
    """The batch ids for an entry (`keys`), from the list alone."""
    return keys(entry)


def match_keys(entry: Entry, ctx: Context) -> list[str]:
    """The title match for an entry (`match_key`), from the list alone."""
    key = match_key(entry)
    return [key] if key else []


#: Entry fields a Semantic Scholar record may write (published.ApplySemanticScholar decides
#: when).
FIELDS = ("authors", "doi", "pub_type", "container_title", "year")
#: Asked from the start beside arXiv (the keys are the list's own), one batch then the title
#: matches; read once arXiv's identity checks and title searches are done.
PROVIDER = Provider(name="s2", rank=2, fields=FIELDS, to_record=to_record, connect=connect,
                    lookups=(Lookup(S2Papers.name, S2Papers, "published", id_keys,
                                    ask_at="linked"),
                             Lookup(S2Match.name, S2Match, "published", match_keys,
                                    ask_at="linked")),
                    optional=True, own_steps=True)
