"""Crossref through habanero: DOIs in `filter=doi:` batches, other papers by `query.bibliographic`.

habanero builds the requests (filter syntax, `select` and field-query validation, `rows`) but
sends them with module-level `httpx2.get`, without pacing, retries, Retry-After, the `mailto`
parameter or access to rate-limit headers (CROSSREF.md §8). For the length of each call we
give `habanero.request_class` a stand-in `httpx2` whose `get` goes through `PoliteHttp` on one
kept-alive connection. crossref-commons is not used: no timeout, no retries, no `mailto`
parameter, and a 50/s limiter that raises instead of waiting (CROSSREF.md §9).
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import habanero
import habanero.request_class
import httpx2
from habanero import Crossref

from .. import __version__, arxiv_ids
from ..errors import SourceError
from ..title_compare import strip_markup
from .base import Outcome, Provider, Record, RecordError
from .http import DEFAULT_POLICY, Pacer, PoliteHttp, Response, RetryPolicy
from .names import from_crossref

DEFAULT_URL = "https://api.crossref.org"
#: List requests (filters and searches) since Dec 2025: 1/s public, 3/s polite (CROSSREF.md §5.2).
LIST_INTERVAL = {"public": 1.0, "polite": 1 / 3}
#: DOIs per `filter=doi:` request: no documented maximum; URL length is the ceiling (§3.2).
DOI_BATCH = 50
#: Rows per title search: the right paper is near the top or not there at all.
SEARCH_ROWS = 3
#: Fields a search asks for (`select`, §4.5): only what `to_record` reads.
SELECT = ["DOI", "title", "subtitle", "author", "type", "container-title", "event", "volume",
          "issue", "page", "publisher", "ISSN", "issued", "published-print", "published-online",
          "posted", "relation", "URL"]
#: arXiv's own DOIs live at DataCite; Crossref answers 404 for them (CROSSREF.md §1.1).
DATACITE_ARXIV = arxiv_ids.DOI_PREFIX

#: Crossref `type`s that are a published version (CROSSREF.md §6.1). Never `posted-content`
#: (bioRxiv, medRxiv, SSRN, Research Square...), `peer-review`, `component` or `other`.
PUBLISHED_KINDS = frozenset({"journal-article", "proceedings-article", "book-chapter",
                             "book", "monograph", "edited-book"})
TYPE_MAP = {"journal-article": "journal", "proceedings-article": "conference",
            "book-chapter": "book-chapter", "posted-content": "preprint", "dataset": "dataset"}


class _Httpx2Stand:
    """Stands in for the `httpx2` module inside habanero during one call."""

    HTTPStatusError = httpx2.HTTPStatusError
    HTTPError = httpx2.HTTPError
    ConnectTimeout = httpx2.ConnectTimeout
    __version__ = httpx2.__version__

    def __init__(self, http: PoliteHttp, mailto: str) -> None:
        self.http = http
        self.mailto = mailto
        agent = f"awesome-bib/{__version__}" + (f" (mailto:{mailto})" if mailto else "")
        self.agent = f"{agent} habanero/{habanero.__version__}"

    def get(self, url: str, params: dict[str, str] | None = None, **_: Any) -> Response:
        """Send habanero's request politely, with our User-Agent and the mailto parameter."""
        params = dict(params or {})
        if self.mailto:
            params["mailto"] = self.mailto
        return self.http.request(url, params, {"User-Agent": self.agent})


def env_interval(pool: str) -> float:
    """The pool's list-request spacing, lowered only by AWESOME_BIB_CROSSREF_DELAY (tests)."""
    try:
        return min(LIST_INTERVAL[pool], max(0.0, float(os.environ["AWESOME_BIB_CROSSREF_DELAY"])))
    except (KeyError, ValueError):
        return LIST_INTERVAL[pool]


def validate_json(resp: Response) -> str | None:
    """Why a 200 body is unusable (truncated or not a Crossref envelope), else None."""
    try:
        data = json.loads(resp.content)
    except ValueError as exc:
        return f"malformed JSON ({exc})"
    if not isinstance(data, dict) or data.get("status") != "ok" or "message" not in data:
        return "not a Crossref answer"
    return None


class CrossrefClient:
    """habanero's `Crossref` plus the polite transport both Crossref sources share."""

    def __init__(self, url: str | None = None, mailto: str = "", interval: float | None = None,
                 policy: RetryPolicy = DEFAULT_POLICY, clock: Callable[[], float] | None = None,
                 sleep: Callable[[float], None] | None = None) -> None:
        url = url or os.environ.get("AWESOME_BIB_CROSSREF_URL") or DEFAULT_URL
        self.pool = "polite" if mailto else "public"
        pacer = Pacer(env_interval(self.pool) if interval is None else interval)
        if clock:
            pacer.clock = clock
        if sleep:
            pacer.sleep = sleep
        client = httpx2.Client()  # one connection: the pools allow 1 (public) or 3 (polite)

        def get(u: str, params: dict, headers: dict, timeout: float) -> Response:
            return client.get(u, params=params, headers=headers, timeout=timeout)

        self.http = PoliteHttp(get, pacer, policy, validate=validate_json)
        self.cr = Crossref(base_url=url.rstrip("/"), mailto=mailto or None,
                           timeout=policy.timeout)
        self._stand = _Httpx2Stand(self.http, mailto)

    @contextmanager
    def _polite(self) -> Iterator[None]:
        saved = habanero.request_class.httpx2
        habanero.request_class.httpx2 = self._stand
        try:
            yield
        finally:
            habanero.request_class.httpx2 = saved

    def works(self, **kwargs: Any) -> dict[str, Any]:
        """habanero `works(...)` sent politely; failures become SourceError."""
        try:
            with self._polite():
                return self.cr.works(**kwargs)
        except SourceError:
            raise
        except (habanero.RequestError, httpx2.HTTPError, RuntimeError, ValueError) as exc:
            status = getattr(exc, "status_code", None)
            response = getattr(exc, "response", None)
            status = status or getattr(response, "status_code", None)
            raise SourceError(self.cr.base_url + "/works", 1, status, str(exc)[:200]) from None


class CrossrefDois:
    """Known DOIs, `DOI_BATCH` per `filter=doi:` request; keys are lower-case DOIs."""

    name = "crossref-doi"

    def __init__(self, client: CrossrefClient, batch: int = DOI_BATCH) -> None:
        self.client = client
        self.batch = batch

    def lookup(self, keys: Sequence[str]) -> Iterator[dict[str, Outcome]]:
        """One request per batch; a DOI Crossref does not return maps to None."""
        keys = [k for k in dict.fromkeys(k.lower() for k in keys)
                if not k.startswith(DATACITE_ARXIV)]
        for start in range(0, len(keys), self.batch):
            chunk = keys[start:start + self.batch]
            try:
                data = self.client.works(filter={"doi": chunk}, limit=len(chunk))
            except SourceError as exc:
                yield {k: Outcome(error=f"Crossref: {exc}") for k in chunk}
                continue
            found = {str(i.get("DOI", "")).lower(): i for i in data["message"].get("items", [])}
            yield {k: Outcome(payload=found.get(k)) for k in chunk}


class CrossrefSearch:
    """Bibliographic searches, one request each; keys are the query strings."""

    name = "crossref-search"

    def __init__(self, client: CrossrefClient, rows: int = SEARCH_ROWS) -> None:
        self.client = client
        self.rows = rows

    def lookup(self, keys: Sequence[str]) -> Iterator[dict[str, Outcome]]:
        """The top `rows` items for each query, as {"items": [...]}."""
        for query in dict.fromkeys(keys):
            try:
                data = self.client.works(query_bibliographic=query, limit=self.rows,
                                         select=SELECT)
            except SourceError as exc:
                yield {query: Outcome(error=f"Crossref: {exc}")}
                continue
            yield {query: Outcome(payload={"items": data["message"].get("items", [])})}


def _text(value: Any) -> str:
    if isinstance(value, list):
        value = value[0] if value else ""
    return strip_markup(str(value or ""))


#: Book series Crossref lists beside the volume's own title; the volume title names the venue.
SERIES = frozenset({"lecture notes in computer science", "communications in computer and "
                    "information science", "lecture notes in networks and systems",
                    "advances in intelligent systems and computing"})


def _container(value: Any) -> str:
    """The proceedings or journal title: for an LNCS chapter `["Lecture Notes in Computer
    Science", "Medical Image Computing ... MICCAI 2022"]` that is the volume, not the series."""
    titles = [_text(v) for v in value] if isinstance(value, list) else [_text(value)]
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
    title = _text(item.get("title"))
    subtitle = _text(item.get("subtitle"))
    if subtitle and subtitle.lower() not in title.lower():
        title = f"{title}: {subtitle}"
    date = _date(item)
    event = _text((item.get("event") or {}).get("name"))
    container = _container(item.get("container-title")) or event
    kind = str(item.get("type", ""))
    fields: dict[str, Any] = {
        "doi": str(item.get("DOI", "")).lower(),
        "authors": from_crossref(item.get("author")),
        "pub_type": TYPE_MAP.get(kind, "misc"),
        "container_title": "" if kind == "posted-content" else container,
        "volume": _text(item.get("volume")),
        "issue": _text(item.get("issue")),
        "pages": _text(item.get("page")),
        "publisher": _text(item.get("publisher")),
        "issn": _text(item.get("ISSN")),
        "year": date[0] if date else None,
        "month": date[1] if len(date) > 1 else None,
        "url": str(item.get("URL", "")),
    }
    relation = (item.get("relation") or {}).get("is-preprint-of") or []
    targets = [str(r["id"]).lower() for r in relation if r.get("id-type") == "doi" and r.get("id")]
    return Record(source="crossref", key=fields["doi"], title=title,
                  year=fields["year"], fields={k: v for k, v in fields.items() if v},
                  kind=kind, preprint_of=targets, payload=item)


#: Entry fields a Crossref record writes (in this order).
FIELDS = ("authors", "doi", "pub_type", "container_title", "volume", "issue", "pages",
          "publisher", "issn", "month", "url")
PROVIDER = Provider(name="crossref", rank=2, fields=FIELDS, to_record=to_record)
