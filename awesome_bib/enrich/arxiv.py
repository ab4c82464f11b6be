"""arXiv: up to 100 ids per request through the `arxiv` package's Client, sent politely.

`ArxivTitleSearch` asks, over the same client and transport, which ids carry a given title.

Why this shape: `arxiv.Client` builds the query URL from its overridable `query_url_format`
and parses both feed generations into `Result`s, so we use it for that. Its transport is not
fit to use as it is (ARXIV.md §7.3-7.4): no timeout, no Retry-After, and a 400 for a malformed
id is retried. So the client gets `num_retries=0, delay_seconds=0` and its one transport hook,
`_session`, is replaced by an adapter over `PoliteHttp` (timeout, 3 s spacing, Retry-After,
bounded backoff, strict XML check, error-feed detection).
"""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator, Sequence
from typing import Any

import arxiv
import requests

from .. import __version__
from ..arxiv_ids import is_arxiv_doi, parse_id
from ..errors import SourceError
from ..title_compare import title_words
from .base import Outcome, Record
from .http import DEFAULT_POLICY, Pacer, PoliteHttp, Response, RetryPolicy
from .names import split_display_name

DEFAULT_URL = "https://export.arxiv.org/api/query"
#: ToU: "no more than one request every three seconds" (ARXIV.md §6.1).
DELAY = 3.0
#: No documented maximum; ~640 ids over GET hit 414, arxiv2bib chunks by 100 (ARXIV.md §2.6).
BATCH = 100
#: Hits kept per title search: the listed title's paper, if arXiv has it, ranks first.
SEARCH_HITS = 3

ATOM = "{http://www.w3.org/2005/Atom}"

class FeedError(SourceError):
    """arXiv answered with its error feed (e.g. "incorrect id format for abc")."""


class _SessionAdapter:
    """Stands in for the `requests.Session` inside `arxiv.Client`: all traffic goes politely."""

    def __init__(self, http: PoliteHttp, user_agent: str) -> None:
        self.http = http
        self.user_agent = user_agent

    def get(self, url: str, headers: dict[str, str] | None = None, **_: Any) -> Response:
        """One GET through PoliteHttp; error feeds become FeedError, not retries."""
        agent = f"{self.user_agent} {(headers or {}).get('user-agent', '')}".strip()
        resp = self.http.request(url, headers={"User-Agent": agent})
        message = error_feed_message(resp.content)
        if message is not None or resp.status_code == 400:
            raise FeedError(url, 1, resp.status_code, message or "bad request")
        return resp


def error_feed_message(body: bytes) -> str | None:
    """The summary of arXiv's error entry (its id holds /api/errors), else None."""
    try:
        root = ET.fromstring(body)
    except ET.ParseError:
        return None
    for entry in root.iter(f"{ATOM}entry"):
        if "/api/errors" in (entry.findtext(f"{ATOM}id") or ""):
            return " ".join((entry.findtext(f"{ATOM}summary") or "error").split())
    return None


def validate_feed(resp: Response) -> str | None:
    """Why a 200 body is unusable (truncated, not XML, not Atom), or None when it is fine."""
    try:
        root = ET.fromstring(resp.content)
    except ET.ParseError as exc:
        return f"malformed feed ({exc})"
    if root.tag != f"{ATOM}feed":
        return f"not an Atom feed (root {root.tag!r})"
    return None


def env_delay() -> float:
    """The arXiv spacing: 3 s, lowered only by AWESOME_BIB_ARXIV_DELAY (for tests)."""
    try:
        return min(DELAY, max(0.0, float(os.environ["AWESOME_BIB_ARXIV_DELAY"])))
    except (KeyError, ValueError):
        return DELAY


class ArxivSource:
    """Batched arXiv id look-ups; keys are ids without version (see `parse_id`)."""

    name = "arxiv"

    def __init__(self, url: str | None = None, delay: float | None = None,
                 policy: RetryPolicy = DEFAULT_POLICY, batch: int = BATCH, mailto: str = "",
                 clock: Callable[[], float] | None = None,
                 sleep: Callable[[float], None] | None = None) -> None:
        url = url or os.environ.get("AWESOME_BIB_ARXIV_URL") or DEFAULT_URL
        pacer = Pacer(env_delay() if delay is None else delay)
        if clock:
            pacer.clock = clock
        if sleep:
            pacer.sleep = sleep
        session = requests.Session()  # one connection, kept alive between batches

        def get(u: str, params: dict, headers: dict, timeout: float) -> Response:
            return session.get(u, params=params, headers=headers, timeout=timeout)

        self.http = PoliteHttp(get, pacer, policy, validate=validate_feed)
        self.batch = batch
        agent = f"awesome-bib/{__version__}" + (f" (mailto:{mailto})" if mailto else "")
        self.client = arxiv.Client(page_size=batch, delay_seconds=0, num_retries=0)
        self.client.query_url_format = url + "?{}"
        self.client._session = _SessionAdapter(self.http, agent)  # the only transport hook

    def lookup(self, keys: Sequence[str]) -> Iterator[dict[str, Outcome]]:
        """One request per `batch` ids (max_results = batch size); unknown ids map to None."""
        keys = list(dict.fromkeys(keys))
        for start in range(0, len(keys), self.batch):
            yield self._fetch(keys[start:start + self.batch])

    def _fetch(self, ids: list[str]) -> dict[str, Outcome]:
        self.client.page_size = len(ids)
        search = arxiv.Search(id_list=ids, max_results=len(ids))
        try:
            results = list(self.client.results(search))
        except FeedError as exc:
            if len(ids) > 1:  # one bad id spoils a batch: split it to find the culprit
                half = len(ids) // 2
                return {**self._fetch(ids[:half]), **self._fetch(ids[half:])}
            return {ids[0]: Outcome(payload={"api_error": exc.message})}
        except (SourceError, arxiv.ArxivError) as exc:
            return {i: Outcome(error=f"arXiv: {exc}") for i in ids}
        out = {i: Outcome(payload=None) for i in ids}
        for result in results:
            payload = to_payload(result)
            key = parse_id(payload["id"])
            if key and key[0] in out:
                out[key[0]] = Outcome(payload=payload)
        return out


def search_key(title: str) -> str:
    """The cache key (and phrase words) of a title search: lower-case ASCII words only."""
    return title_words(title)


class ArxivTitleSearch:
    """Which arXiv ids carry a title: one `ti:"..."` phrase search per key (`search_key`).

    Shares the client, transport and spacing of an `ArxivSource`, so id look-ups and searches
    in one run keep the 3 s between any two requests. Payload: [{id, title}] (ids without
    version) of up to SEARCH_HITS entries; [] when arXiv has none.
    """

    name = "arxiv-search"

    def __init__(self, source: ArxivSource | None = None) -> None:
        self.source = source or ArxivSource()

    def lookup(self, keys: Sequence[str]) -> Iterator[dict[str, Outcome]]:
        """One request per key, max_results SEARCH_HITS."""
        for key in dict.fromkeys(keys):
            yield {key: self._search(key)}

    def _search(self, key: str) -> Outcome:
        words = search_key(key)  # keys are normalised already; this keeps quotes/colons out
        if not words:
            return Outcome(payload=[])
        client = self.source.client
        client.page_size = SEARCH_HITS
        search = arxiv.Search(query=f'ti:"{words}"', max_results=SEARCH_HITS)
        try:
            results = list(client.results(search))
        except (SourceError, arxiv.ArxivError) as exc:
            return Outcome(error=f"arXiv search: {exc}")
        hits = []
        for result in results:
            ident = parse_id(result.get_short_id())
            if ident:
                hits.append({"id": ident[0], "title": " ".join(result.title.split())})
        return Outcome(payload=hits)


def to_payload(result: arxiv.Result) -> dict[str, Any]:
    """The parts of an arXiv `Result` we keep (and cache), as plain JSON."""
    return {
        "id": result.get_short_id(),
        "title": " ".join(result.title.split()),
        "authors": [" ".join(a.name.split()) for a in result.authors],
        "published": result.published.date().isoformat(),
        "updated": result.updated.date().isoformat(),
        "comment": " ".join((result.comment or "").split()),
        "journal_ref": " ".join((result.journal_ref or "").split()),
        "doi": (result.doi or "").strip(),
        "primary_category": result.primary_category or "",
    }


def to_record(payload: dict[str, Any]) -> Record:
    """A cached arXiv payload as a Record of Entry fields."""
    ident, version = parse_id(payload["id"]) or (payload["id"], "")
    doi = payload.get("doi", "").lower()
    fields: dict[str, Any] = {
        "authors": [a for a in map(split_display_name, payload.get("authors", [])) if a.display],
        "arxiv_version": version,
        "primary_class": payload.get("primary_category", ""),
        "arxiv_title": payload.get("title", ""),
        "arxiv_comment": payload.get("comment", ""),
        "arxiv_journal_ref": payload.get("journal_ref", ""),
        "arxiv_doi": "" if is_arxiv_doi(doi) else doi,
        "url": f"https://arxiv.org/abs/{ident}",
    }
    year = int(payload["published"][:4]) if payload.get("published") else None
    return Record(source="arxiv", key=ident, title=payload.get("title", ""), year=year,
                  fields={k: v for k, v in fields.items() if v}, kind="arxiv")
