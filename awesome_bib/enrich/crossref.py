"""Crossref's REST API: DOIs in `filter=doi:` batches, other papers by `query.bibliographic`.

The requests are built here (CROSSREF.md §3-4: `filter=doi:A,doi:B` with `rows` set, since a
list returns 20 items unless told; `query.bibliographic` with `rows` and `select`; the `mailto`
parameter for the polite pool, §5.1) and sent through `PoliteHttp` over `requests`, the HTTP
client the arXiv source uses too. No Crossref client library is used: habanero sends through a
module-level `httpx2.get` with no pacing, retries, Retry-After or access to the rate-limit
headers, so it could only be used by swapping its transport module (§8); crossref-commons has no
timeout, no `mailto` parameter (no polite pool) and a limiter that raises instead of waiting
(§9).

Speed: list requests run up to the pool's `x-concurrency-limit` at once (3 at most, §5.2) on
worker threads, their starts spaced at the pool's rate (`Slots`); each `lookup` yields one batch
per request as it completes, so the caller caches it at once, and a request hung until its
timeout holds one slot while the others go on.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

from .. import __version__
from ..core import arxiv_ids
from ..core.identifiers import candidate_doi
from ..core.titles import strip_markup
from ..errors import SourceError
from ..model import Entry
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
from .names import from_crossref

if TYPE_CHECKING:
    from . import Options
    from .steps import Context

DEFAULT_URL = "https://api.crossref.org"
#: List requests (filters and searches) since Dec 2025: 1/s public, 3/s polite (CROSSREF.md §5.2).
LIST_INTERVAL = {"public": 1.0, "polite": 1 / 3}
#: Concurrent list requests since Dec 2025: 1 public, 3 polite (§5.2); the `x-concurrency-limit`
#: of each answer then sets it, never above LIST_CONCURRENCY_CAP.
LIST_CONCURRENCY = {"public": 1, "polite": 3}
LIST_CONCURRENCY_CAP = 3
#: DOIs per `filter=doi:` request: no documented maximum; URL length is the ceiling (§3.2).
DOI_BATCH = 50
#: Rows per title search: the right paper is near the top or not there at all.
SEARCH_ROWS = 3
#: Fields a search asks for (`select`, §4.5): only what `to_record` reads.
SELECT = ["DOI", "title", "subtitle", "author", "type", "container-title", "event", "volume",
          "issue", "page", "publisher", "ISSN", "issued", "published-print", "published-online",
          "posted", "relation", "URL"]
#: Crossref `type`s that are a published version (CROSSREF.md §6.1). Never `posted-content`
#: (bioRxiv, medRxiv, SSRN, Research Square...), `peer-review`, `component` or `other`.
PUBLISHED_KINDS = frozenset({"journal-article", "proceedings-article", "book-chapter",
                             "book", "monograph", "edited-book"})
TYPE_MAP = {"journal-article": "journal", "proceedings-article": "conference",
            "book-chapter": "book-chapter", "posted-content": "preprint", "dataset": "dataset"}


def env_interval(pool: str) -> float:
    """The pool's list-request spacing, lowered only by AWESOME_BIB_CROSSREF_DELAY (tests)."""
    return env_lowered("AWESOME_BIB_CROSSREF_DELAY", LIST_INTERVAL[pool])


def validate_json(resp: Response) -> str | None:
    """Why a 200 body is unusable (truncated or not a Crossref envelope), else None."""
    try:
        data = json.loads(resp.content)
    except ValueError as exc:
        return f"malformed JSON ({exc})"
    if not isinstance(data, dict) or data.get("status") != "ok" or "message" not in data:
        return "not a Crossref answer"
    return None


_HTML_TITLE = re.compile(r"<title>(.*?)</title>", re.I | re.S)


def _failure(resp: Response) -> str:
    """What a non-200 answer says: the validation-failure messages of a 400 (CROSSREF.md §2.4),
    the plain text of a 404 (§2.3), an HTML page's title (doi.org's 404, §7.2), else its first
    bytes."""
    text = resp.content.decode("utf-8", "replace")
    try:
        data = json.loads(text)
    except ValueError:
        title = _HTML_TITLE.search(text)
        return " ".join((title.group(1) if title else text).split())[:200]
    if isinstance(data, dict) and isinstance(data.get("message"), list):
        return "; ".join(str(m.get("message", m)) if isinstance(m, dict) else str(m)
                         for m in data["message"])[:200]
    return " ".join(text.split())[:200]


class CrossrefClient:
    """`/works` list requests sent politely: paced, retried, identified, up to 3 in flight."""

    def __init__(self, url: str | None = None, mailto: str = "", interval: float | None = None,
                 policy: RetryPolicy = DEFAULT_POLICY, clock: Callable[[], float] | None = None,
                 sleep: Callable[[float], None] | None = None) -> None:
        url = url or os.environ.get("AWESOME_BIB_CROSSREF_URL") or DEFAULT_URL
        self.works_url = url.rstrip("/") + "/works"
        self.pool = "polite" if mailto else "public"
        self.mailto = mailto
        self.agent = f"awesome-bib/{__version__}" + (f" (mailto:{mailto})" if mailto else "")
        self.slots = Slots(env_interval(self.pool) if interval is None else interval,
                           LIST_CONCURRENCY[self.pool], LIST_CONCURRENCY_CAP)
        if clock:
            self.slots.clock = clock
        if sleep:
            self.slots.sleep = sleep
        # One kept-alive session per worker thread; every answer within the policy's budget.
        self.http = PoliteHttp(BoundedGet(policy), self.slots, policy, validate=validate_json)

    @property
    def requests(self) -> int:
        """Requests sent so far: DOI batches and searches share this pool."""
        return self.http.requests

    def works(self, params: dict[str, str]) -> dict[str, Any]:
        """One `/works` list request; its JSON `message`. A non-200 answer is a SourceError."""
        params = dict(params)
        if self.mailto:
            params["mailto"] = self.mailto
        resp = self.http.request(self.works_url, params, {"User-Agent": self.agent})
        if resp.status_code != 200:
            raise SourceError(self.works_url, 1, resp.status_code, _failure(resp))
        message = json.loads(resp.content)["message"]
        return message if isinstance(message, dict) else {}

    def each(self, fn: Callable[[Any], dict[str, Outcome]],
             jobs: Sequence[Any]) -> Iterator[dict[str, Outcome]]:
        """`fn(job)` for every job, as many in flight as the pool grants; batches are yielded
        as they complete (their content does not depend on the order)."""
        return self.http.map(fn, jobs, LIST_CONCURRENCY_CAP)


class CrossrefDois:
    """Known DOIs, `DOI_BATCH` per `filter=doi:` request; keys are lower-case DOIs."""

    name = "crossref-doi"

    def __init__(self, client: CrossrefClient, batch: int = DOI_BATCH) -> None:
        self.client = client
        self.batch = batch

    def lookup(self, keys: Sequence[str]) -> Iterator[dict[str, Outcome]]:
        """One request per batch; a DOI Crossref does not return maps to None. arXiv's own
        DOIs live at DataCite (Crossref answers 404 for them, CROSSREF.md §1.1): not asked."""
        keys = [k for k in dict.fromkeys(k.lower() for k in keys)
                if not arxiv_ids.is_arxiv_doi(k)]
        chunks = [keys[start:start + self.batch] for start in range(0, len(keys), self.batch)]
        return self.client.each(self._one, chunks)

    def _one(self, chunk: list[str]) -> dict[str, Outcome]:
        params = {"filter": ",".join(f"doi:{d}" for d in chunk), "rows": str(len(chunk))}
        try:
            message = self.client.works(params)
        except SourceError as exc:
            return {k: Outcome(error=f"Crossref: {exc}") for k in chunk}
        found = {str(i.get("DOI", "")).lower(): i for i in message.get("items", [])}
        return {k: Outcome(payload=found.get(k)) for k in chunk}


class CrossrefSearch:
    """Bibliographic searches, one request each; keys are the query strings."""

    name = "crossref-search"

    def __init__(self, client: CrossrefClient, rows: int = SEARCH_ROWS) -> None:
        self.client = client
        self.rows = rows

    def lookup(self, keys: Sequence[str]) -> Iterator[dict[str, Outcome]]:
        """The top `rows` items for each query, as {"items": [...]}."""
        return self.client.each(self._one, list(dict.fromkeys(keys)))

    def _one(self, query: str) -> dict[str, Outcome]:
        params = {"query.bibliographic": query, "rows": str(self.rows), "select": ",".join(SELECT)}
        try:
            message = self.client.works(params)
        except SourceError as exc:
            return {query: Outcome(error=f"Crossref: {exc}")}
        return {query: Outcome(payload={"items": message.get("items", [])})}


def _text(value: Any) -> Any:
    """A documented string field (or the first of a list of them), markup stripped; a value
    of another type comes back as it is, for the writer to drop with an outcome (a dict's or
    a number's text is never a title or a page range)."""
    if isinstance(value, list):
        value = value[0] if value else ""
    if value is None:
        return ""
    return strip_markup(value) if isinstance(value, str) else value


def _str(value: Any) -> str:
    """A string the record itself needs (its title, DOI, type): "" for any other type."""
    value = _text(value)
    return value if isinstance(value, str) else ""


#: Book series Crossref lists beside the volume's own title; the volume title names the venue.
SERIES = frozenset({"lecture notes in computer science", "communications in computer and "
                    "information science", "lecture notes in networks and systems",
                    "advances in intelligent systems and computing"})


def _container(value: Any) -> str:
    """The proceedings or journal title: for an LNCS chapter `["Lecture Notes in Computer
    Science", "Medical Image Computing ... MICCAI 2022"]` that is the volume, not the series."""
    titles = [_str(v) for v in value] if isinstance(value, list) else [_str(value)]
    named = [t for t in titles if t and t.lower() not in SERIES]
    return named[-1] if named else (titles[0] if titles else "")


def _date(item: dict[str, Any]) -> list[int]:
    for name in ("issued", "published-print", "published-online", "published", "posted"):
        parts = (item.get(name) or {}).get("date-parts") or [[]]
        if parts and parts[0] and parts[0][0]:
            return [int(p) for p in parts[0] if p]
    return []


def to_record(item: dict[str, Any]) -> Record:
    """A Crossref work item as a Record of Entry fields (RecordError when unreadable)."""
    try:
        return _to_record(item)
    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise RecordError(f"unreadable Crossref record ({type(exc).__name__}: {exc})") from None


def _to_record(item: dict[str, Any]) -> Record:
    title = _str(item.get("title"))
    subtitle = _str(item.get("subtitle"))
    if subtitle and subtitle.lower() not in title.lower():
        title = f"{title}: {subtitle}"
    date = _date(item)
    event = _str((item.get("event") or {}).get("name"))
    container = _container(item.get("container-title")) or event
    kind = _str(item.get("type"))
    people = item.get("author")
    fields: dict[str, Any] = {
        "doi": _str(item.get("DOI")).lower(),
        "authors": from_crossref(people) if isinstance(people, list) or people is None
        else people,
        "pub_type": TYPE_MAP.get(kind, "misc"),
        "container_title": "" if kind == "posted-content" else container,
        "volume": _text(item.get("volume")),
        "issue": _text(item.get("issue")),
        "pages": _text(item.get("page")),
        "publisher": _text(item.get("publisher")),
        "issn": _text(item.get("ISSN")),
        "year": date[0] if date else None,
        "month": date[1] if len(date) > 1 else None,
        "url": _text(item.get("URL")),
    }
    relation = (item.get("relation") or {}).get("is-preprint-of") or []
    targets = [str(r["id"]).lower() for r in relation if r.get("id-type") == "doi" and r.get("id")]
    return Record(source="crossref", key=fields["doi"], title=title,
                  year=fields["year"], fields={k: v for k, v in fields.items() if v},
                  kind=kind, preprint_of=targets, payload=item)


def connect(opts: Options) -> CrossrefClient:
    """The run's Crossref client: DOI batches and searches share its pool's slots."""
    return CrossrefClient(url=opts.crossref_url, mailto=opts.mailto,
                          interval=opts.crossref_interval, policy=opts.policy,
                          clock=opts.clock, sleep=opts.sleep)


def entry_dois(entry: Entry) -> list[str]:
    """DOIs to look up for an entry: the list's, arXiv's record's, and those its links imply
    (ACL Anthology), lower-case, arXiv's own DataCite DOIs left out."""
    implied = [candidate_doi(link.url) for link in entry.links]
    return [d.lower() for d in dict.fromkeys((entry.doi, entry.arxiv_doi, *implied))
            if d and not arxiv_ids.is_arxiv_doi(d)]


def doi_keys(entry: Entry, ctx: Context) -> list[str]:
    """The entry's DOIs and those of the published version another source named."""
    return [*entry_dois(entry), *ctx.published_dois.get(id(entry), [])]


def search_keys(entry: Entry, ctx: Context) -> list[str]:
    """The bibliographic query planned for the entry (published.PlanCrossrefSearch)."""
    query = ctx.queries.get(id(entry))
    return [query] if query else []


def preprint_keys(entry: Entry, ctx: Context) -> list[str]:
    """The published versions the entry's chosen record (a preprint's) points at, not yet
    fetched."""
    choice = ctx.choices.get(id(entry))
    record = choice.record if choice is not None else None
    fetched = ctx.answers.get(CrossrefDois.name, {})
    return [d for d in record.preprint_of if d not in fetched] if record else []


#: Entry fields a Crossref record writes (in this order).
FIELDS = ("authors", "doi", "pub_type", "container_title", "volume", "issue", "pages",
          "publisher", "issn", "month", "url")
#: DOI batches and title searches at once once the published DOIs other sources name are
#: known; then the published versions that preprint records point at.
PROVIDER = Provider(name="crossref", rank=3, fields=FIELDS, to_record=to_record,
                    connect=connect,
                    lookups=(Lookup(CrossrefDois.name, CrossrefDois, "records", doi_keys),
                             Lookup(CrossrefSearch.name, CrossrefSearch, "records",
                                    search_keys),
                             Lookup(CrossrefDois.name, CrossrefDois, "followed",
                                    preprint_keys)),
                    overlaps=True, optional=False, own_steps=True)
