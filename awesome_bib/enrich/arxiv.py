"""arXiv: as many ids per request as keep its URL under MAX_URL, through the `arxiv` package's
Client, sent politely.

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
from typing import TYPE_CHECKING, Any

import arxiv
from rapidfuzz import fuzz

from .. import __version__
from ..core.arxiv_ids import abs_url, is_arxiv_doi, parse_id
from ..core.outcomes import ARXIV_DEAD
from ..core.titles import title_words
from ..errors import SourceError
from ..model import Entry
from . import identity
from .base import Lookup, Outcome, Provider, Record, RecordError
from .http import (
    DEFAULT_POLICY,
    BoundedGet,
    Pacer,
    PoliteHttp,
    Response,
    RetryPolicy,
    env_lowered,
)
from .names import split_display_name

if TYPE_CHECKING:
    from . import Options
    from .steps import Context

DEFAULT_URL = "https://export.arxiv.org/api/query"
#: ToU: "no more than one request every three seconds" (ARXIV.md §6.1).
DELAY = 3.0
#: The length of every request URL (id look-ups and title searches alike). There is no
#: documented maximum of ids; ~640 ids (a URL of ~7,000 characters) drew 414 (ARXIV.md §2.6),
#: so a URL stays under 4,000 characters: ~300 new-style ids (13 characters each with the
#: encoded comma), whose answer (max_results = ids) stays far below the 2,000 entries a call
#: may return (§3.3). Fewer, fuller requests matter: each costs 3 s of the ToU spacing.
MAX_URL = 4000
#: Hits kept per title search: the listed title's paper, if arXiv has it, ranks first.
SEARCH_HITS = 3
#: Titles per search request (`ti:"..." OR ti:"..."`), within MAX_URL. Measured on the default
#: list's 201 titles: ~90 URL characters per title after the first (~210 for a one-title URL),
#: so 38-43 titles fit; 40 is the cap, and max_results (3 per title, 120) stays far below the
#: 2,000 a call may return (§3.3).
SEARCH_TITLES = 40

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
    return env_lowered("AWESOME_BIB_ARXIV_DELAY", DELAY)


class ArxivSource:
    """Batched arXiv id look-ups; keys are ids without version (the latest version) or with
    one (`2303.09117v1`: that version), both allowed in one `id_list` (ARXIV.md §2.2)."""

    name = "arxiv"

    def __init__(self, url: str | None = None, delay: float | None = None,
                 policy: RetryPolicy = DEFAULT_POLICY, max_url: int = MAX_URL, mailto: str = "",
                 clock: Callable[[], float] | None = None,
                 sleep: Callable[[float], None] | None = None) -> None:
        url = url or os.environ.get("AWESOME_BIB_ARXIV_URL") or DEFAULT_URL
        pacer = Pacer(env_delay() if delay is None else delay)
        if clock:
            pacer.clock = clock
        if sleep:
            pacer.sleep = sleep
        # One connection, kept alive between batches; every answer within the policy's budget.
        self.http = PoliteHttp(BoundedGet(policy), pacer, policy, validate=validate_feed)
        self.max_url = max_url
        agent = f"awesome-bib/{__version__}" + (f" (mailto:{mailto})" if mailto else "")
        self.client = arxiv.Client(page_size=1, delay_seconds=0, num_retries=0)
        self.client.query_url_format = url + "?{}"
        self.client._session = _SessionAdapter(self.http, agent)  # the only transport hook

    @property
    def requests(self) -> int:
        """Requests sent so far: id look-ups and title searches share this transport."""
        return self.http.requests

    def url(self, ids: Sequence[str]) -> str:
        """The request URL for one batch of ids (what `max_url` limits)."""
        return str(self.client._format_url(arxiv.Search(id_list=list(ids)), 0, len(ids)))

    def lookup(self, keys: Sequence[str]) -> Iterator[dict[str, Outcome]]:
        """One request per batch of ids within `max_url` (max_results = ids); unknown ids map
        to None."""
        for batch in url_batches(list(dict.fromkeys(keys)), self.url, self.max_url):
            yield self._fetch(batch)

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
            if not key:
                continue
            # A versioned key (`2303.09117v1`, ARXIV.md §2.2) gets the entry of that version;
            # the plain key the latest version returned. One entry may answer both.
            if key[0] + key[1] in out:
                out[key[0] + key[1]] = Outcome(payload=payload)
            if key[0] in out:
                held = out[key[0]].payload
                if held is None or _version(held) < _version(payload):
                    out[key[0]] = Outcome(payload=payload)
        return out


def url_batches(keys: Sequence[str], url: Callable[[Sequence[str]], str], max_url: int,
                max_keys: int = 0) -> Iterator[list[str]]:
    """Keys in order, grouped into requests whose `url(batch)` stays within `max_url` (and at
    most `max_keys` keys, when given); a key too long alone still goes, alone."""
    batch: list[str] = []
    for key in keys:
        if batch and (max_keys and len(batch) >= max_keys
                      or len(url([*batch, key])) > max_url):
            yield batch
            batch = []
        batch.append(key)
    if batch:
        yield batch


def _version(payload: dict[str, Any]) -> int:
    """The version number of a payload's id (`2303.09117v3` -> 3; 0 when it carries none)."""
    version = (parse_id(str(payload.get("id", ""))) or ("", ""))[1]
    return int(version[1:]) if version else 0


class ArxivTitleSearch:
    """Which arXiv papers carry a title: `ti:"..." OR ti:"..."` phrase searches, several titles
    per request (keys are `core.titles.title_words` of the titles: the phrase words, and
    the cache key of the search).

    A request holds as many titles as keep its URL within `MAX_SEARCH_URL` characters and at
    most `SEARCH_TITLES`; it asks for SEARCH_HITS results per title, and each result is given
    to the titles whose phrase it holds (or offered to all when it holds none). Shares the
    client, transport and spacing of an `ArxivSource`, so id look-ups and searches in one run
    keep 3 s between any two requests.
    Payload per key: up to SEARCH_HITS arXiv payloads (`to_payload`, as an id look-up caches
    them), closest first; [] when arXiv has none. `titles_per_request` records each request's count.
    """

    name = "arxiv-search"

    def __init__(self, source: ArxivSource | None = None, max_titles: int = 0,
                 max_url: int = 0) -> None:
        self.source = source or ArxivSource()
        self.max_titles = max_titles or SEARCH_TITLES
        self.max_url = max_url or MAX_URL
        self.titles_per_request: list[int] = []

    def url(self, keys: Sequence[str]) -> str:
        """The request URL for one batch of keys (what `max_url` limits)."""
        search = self._search(keys)
        # str(): the arxiv package ships no types
        return str(self.source.client._format_url(search, 0, search.max_results or 1))

    @staticmethod
    def _search(keys: Sequence[str]) -> arxiv.Search:
        query = " OR ".join(f'ti:"{k}"' for k in keys)
        return arxiv.Search(query=query, max_results=SEARCH_HITS * len(keys))

    def batches(self, keys: Sequence[str]) -> Iterator[list[str]]:
        """Keys grouped into requests within the title and URL limits."""
        return url_batches(keys, self.url, self.max_url, self.max_titles)

    def lookup(self, keys: Sequence[str]) -> Iterator[dict[str, Outcome]]:
        """One request per batch of titles; each key gets the hits closest to it."""
        words = {k: title_words(k) for k in dict.fromkeys(keys)}
        out = {k: Outcome(payload=[]) for k, w in words.items() if not w}
        if out:
            yield out
        todo = list(dict.fromkeys(w for w in words.values() if w))
        for batch in self.batches(todo):
            self.titles_per_request.append(len(batch))
            answers = self._fetch(batch)
            yield {k: answers[w] for k, w in words.items() if w in answers}

    def _fetch(self, batch: list[str]) -> dict[str, Outcome]:
        client = self.source.client
        search = self._search(batch)
        client.page_size = search.max_results or 1
        try:
            results = list(client.results(search))
        except (SourceError, arxiv.ArxivError) as exc:
            return {k: Outcome(error=f"arXiv search: {exc}") for k in batch}
        hits: dict[str, list[tuple[float, dict[str, Any]]]] = {k: [] for k in batch}
        for result in results:
            payload = to_payload(result)
            if not parse_id(payload["id"]):
                continue
            title = title_words(payload["title"])
            # A hit belongs to the titles whose phrase it holds; one holding none (stemming,
            # a near miss) is offered to every title of the request, ranked by similarity.
            owners = [k for k in batch if k in title] or batch
            for owner in owners:
                hits[owner].append((fuzz.ratio(owner, title) + 100 * (owner in title),
                                    payload))
        return {k: Outcome(payload=[p for _, p in sorted(found, key=lambda h: -h[0])]
                           [:SEARCH_HITS]) for k, found in hits.items()}


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
    """A cached arXiv payload as a Record of Entry fields (RecordError when unreadable)."""
    try:
        return _to_record(payload)
    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise RecordError(f"unreadable arXiv record ({type(exc).__name__}: {exc})") from None


def _to_record(payload: dict[str, Any]) -> Record:
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
        "url": abs_url(ident),
    }
    year = int(payload["published"][:4]) if payload.get("published") else None
    return Record(source="arxiv", key=ident, title=payload.get("title", ""), year=year,
                  fields={k: v for k, v in fields.items() if v}, kind="arxiv")


def connect(opts: Options) -> ArxivSource:
    """The run's arXiv client: id look-ups and title searches share its 3 s spacing."""
    return ArxivSource(url=opts.arxiv_url, delay=opts.arxiv_delay, policy=opts.policy,
                       mailto=opts.mailto, clock=opts.clock, sleep=opts.sleep)


def linked_keys(entry: Entry, ctx: Context) -> list[str]:
    """The latest version of the entry's arXiv id, and the version its link names."""
    if not entry.arxiv:
        return []
    parsed = parse_id(entry.arxiv)
    version = identity.linked_version(entry)
    return ([parsed[0]] if parsed else []) + ([entry.arxiv + version] if version else [])


def versions(entry: Entry, ctx: Context) -> dict[str, dict[str, Any] | None]:
    """The versions of the entry's id fetched so far (`2303.09117v1` -> its payload)."""
    return {k: o.payload for k, o in ctx.answers.get(ArxivSource.name, {}).items()
            if k.startswith(entry.arxiv + "v") and not o.error}


def version_keys(entry: Entry, ctx: Context) -> list[str]:
    """The older version the identity check of `entry` still needs (none when it needs
    none): the latest title is not the listed one, an older one may be."""
    if not entry.arxiv or parse_id(entry.arxiv) is None:
        return []
    outcome = ctx.answers.get(ArxivSource.name, {}).get(entry.arxiv)
    if outcome is None or not outcome.found or "api_error" in outcome.payload:
        return []
    needed = identity.judge(entry, outcome.payload, versions(entry, ctx)).needed
    return [needed] if needed else []


def needs_title_search(entry: Entry, ctx: Context) -> bool:
    """A paper with no usable arXiv link: none, or one to another paper (never one whose
    look-up merely failed: that is retried on the next run)."""
    if entry.kind != "paper" or not entry.title:
        return False
    verdict = ctx.identities.get(id(entry))
    if verdict is not None:
        # A name the link could not be confirmed for finds nothing better by its words.
        return not verdict.usable and verdict.status != "unconfirmed"
    if not entry.arxiv:
        return True
    return any(o.code in ARXIV_DEAD for o in ctx.outcomes.get(id(entry), []))


def search_keys(entry: Entry, ctx: Context) -> list[str]:
    """The title to search arXiv for, when the entry has no usable arXiv link."""
    return [title_words(entry.title)] if needs_title_search(entry, ctx) else []


#: Entry fields an arXiv record writes (in this order).
FIELDS = ("authors", "arxiv_version", "primary_class", "arxiv_title", "arxiv_comment",
          "arxiv_journal_ref", "arxiv_doi", "url")
#: Three look-ups over one client, one after another: the ids the list links (latest and
#: linked versions, in id_list batches), the older versions the identity check needs, then
#: titles of papers with no usable link (several per request).
PROVIDER = Provider(name="arxiv", rank=1, fields=FIELDS, to_record=to_record, connect=connect,
                    lookups=(Lookup(ArxivSource.name, lambda c: c, "linked", linked_keys),
                             Lookup(ArxivSource.name, lambda c: c, "identity", version_keys),
                             Lookup(ArxivTitleSearch.name, ArxivTitleSearch, "found",
                                    search_keys)),
                    optional=False, own_steps=True)
