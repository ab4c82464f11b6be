"""Polite HTTP shared by both sources: spaced, timed out, retried boundedly, slots bounded.

Neither service is reached through a client library's own transport: arxiv.py has no timeout,
no Retry-After handling and retries 400s (ARXIV.md §7.3-7.4), and Crossref is called directly
(CROSSREF.md §8-9: habanero's transport had to be swapped out, crossref-commons has no timeout).
So both send their requests through `PoliteHttp`, over `requests`.

Two pacing policies share one interface (`Pacing`):

* `Pacer`: one request at a time, `interval` from the end of one to the start of the next
  (arXiv: "no more than one request every three seconds").
* `Slots`: up to `limit` requests in flight (Crossref's `x-concurrency-limit`), their starts
  `interval` apart (the pool's rate, `x-rate-limit-limit` per `x-rate-limit-interval`). A hung
  request holds one slot until its timeout; the other slots keep the rate.

Every answer has a budget (`RetryPolicy.deadline`, `max_body`, `max_depth`), whatever the source:
`BoundedGet` streams the body and cuts it past `max_body` bytes on the wire or once inflated,
and a watchdog shuts the socket when connect + headers + body take longer than `deadline` (a
per-read timeout never fires for a server that drips one byte every few seconds); `PoliteHttp`
refuses a JSON or XML body nested deeper than `max_depth` before anyone parses it. An answer
over budget fails that request like a truncated body: retried, then one outcome line.
"""

from __future__ import annotations

import email.utils
import os
import re
import socket
import threading
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from typing import Protocol, TypeVar
from urllib.parse import urlsplit

import requests
import urllib3.connection
import urllib3.connectionpool
from requests.adapters import HTTPAdapter
from requests.structures import CaseInsensitiveDict

from ..errors import SourceError, name_the_input

#: Statuses that mean "try again later", never "not found" (ARXIV.md §5.3, CROSSREF.md §5.4).
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})

#: Transport failures worth a bounded retry (timeouts included).
TRANSPORT_ERRORS = (requests.RequestException,)


class Response(Protocol):
    """What we need of a response (a `requests.Response` is one)."""

    @property
    def status_code(self) -> int: ...

    @property
    def headers(self) -> Mapping[str, str]: ...

    @property
    def content(self) -> bytes: ...


class Pacing(Protocol):
    """When a request may start, and what its answer changes."""

    def wait(self) -> None:
        """Block until this request may be sent (a slot and its start time)."""

    def done(self) -> None:
        """The request just finished (answer or failure)."""

    def hold(self, seconds: float) -> None:
        """Start no request for `seconds` from now (Retry-After, a busy server)."""

    def obey_headers(self, headers: Mapping[str, str]) -> None:
        """Follow the rate (and concurrency) the answer's headers announce."""

    def retry_later(self, seconds: float) -> None:
        """This request (only) is retried no sooner than `seconds` from now (backoff after a
        timeout or a broken body: the server is not saying it is busy)."""


@dataclass
class Pacer:
    """Keeps requests at least `interval` seconds apart (end of one to start of the next).

    One request at a time: for a caller that sends sequentially (arXiv)."""

    interval: float
    clock: Callable[[], float] = time.monotonic
    sleep: Callable[[float], None] = time.sleep
    floor: float = 0.0  # the documented interval; headers may only lengthen it
    _next_at: float | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        self.floor = self.interval

    def wait(self) -> None:
        """Sleep until the next request is allowed."""
        if self._next_at is None:
            return
        delay = self._next_at - self.clock()
        if delay > 0:
            self.sleep(delay)

    def done(self) -> None:
        """Record that a request just finished."""
        self._next_at = self.clock() + self.interval

    def hold(self, seconds: float) -> None:
        """Do not send the next request before `seconds` from now (Retry-After, backoff)."""
        at = self.clock() + seconds
        self._next_at = at if self._next_at is None else max(self._next_at, at)

    def retry_later(self, seconds: float) -> None:
        """One request at a time: the same as `hold`."""
        self.hold(seconds)

    def obey_headers(self, headers: Mapping[str, str]) -> None:
        """Lengthen the interval when X-Rate-Limit-Limit/-Interval allow fewer requests."""
        self.interval = rate_interval(headers, self.floor, self.interval)


#: Request starts are spaced this much more than a published rate allows: paced exactly at
#: the limit, a strict server counting over its own window answers 429 now and then (issue 20:
#: one to ten times a run). 10% slower costs a tenth of the pacing time, never a retry.
PACE_MARGIN = 1.1


def rate_interval(headers: Mapping[str, str], floor: float, current: float) -> float:
    """Seconds between request starts that `x-rate-limit-limit`/`-interval` allow (with
    PACE_MARGIN), never less than the documented `floor` (CROSSREF.md §5.3); `current` when the
    headers say nothing."""
    limit = _number(headers.get("x-rate-limit-limit"))
    span = _seconds(headers.get("x-rate-limit-interval"))
    return max(floor, span / limit * PACE_MARGIN) if limit and span else current


class Slots:
    """Up to `limit` requests in flight, starts at least `interval` apart; thread-safe.

    `limit` follows `x-concurrency-limit` on every answer but never exceeds `cap` (Crossref: 3
    for list requests, CROSSREF.md §5.2); `interval` follows `x-rate-limit-*` but never drops
    below its documented value. A request takes a slot, then its start time: starts are taken
    one at a time under a lock, each `interval` after the last (or after a `hold`), so the rate
    holds however many threads wait; the in-flight count is a condition variable."""

    def __init__(self, interval: float, limit: int, cap: int,
                 clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        # `interval` is the published rate's; we keep a little under it (PACE_MARGIN).
        self.interval = self.floor = interval * PACE_MARGIN
        self.cap = max(1, cap)
        self.limit = max(1, min(limit, self.cap))
        self.clock = clock
        self.sleep = sleep
        self.in_flight = 0
        self.most_in_flight = 0  # the high-water mark, for tests and the bench
        self._last_start: float | None = None
        self._hold_until: float | None = None
        self._slots = threading.Condition()
        self._start = threading.Lock()

    def wait(self) -> None:
        """Take a slot, then the next start time (sleeping until it comes)."""
        with self._slots:
            while self.in_flight >= self.limit:
                self._slots.wait()
            self.in_flight += 1
            self.most_in_flight = max(self.most_in_flight, self.in_flight)
        try:
            with self._start:
                while (delay := self._next_start() - self.clock()) > 0:
                    self.sleep(delay)
                self._last_start = self.clock()
        except BaseException:
            self.done()
            raise

    def _next_start(self) -> float:
        at = -float("inf") if self._last_start is None else self._last_start + self.interval
        return at if self._hold_until is None else max(at, self._hold_until)

    def done(self) -> None:
        """Give the slot back."""
        with self._slots:
            self.in_flight -= 1
            self._slots.notify()

    def hold(self, seconds: float) -> None:
        """No request starts before `seconds` from now."""
        at = self.clock() + seconds
        with self._slots:
            self._hold_until = at if self._hold_until is None else max(self._hold_until, at)

    def retry_later(self, seconds: float) -> None:
        """Sleep on this request's own thread, holding no slot: the others go on."""
        if seconds > 0:
            self.sleep(seconds)

    def obey_headers(self, headers: Mapping[str, str]) -> None:
        """The rate from `x-rate-limit-*`, the slots from `x-concurrency-limit` (capped)."""
        self.interval = rate_interval(headers, self.floor, self.interval)
        granted = _number(headers.get("x-concurrency-limit"))
        if granted and granted >= 1:
            with self._slots:
                self.limit = min(self.cap, int(granted))
                self._slots.notify_all()


@dataclass(frozen=True)
class RetryPolicy:
    """Bounded retries: `attempts` tries in all, backoff doubling, no single wait above max_wait."""

    attempts: int = 4
    backoff: float = 2.0
    max_wait: float = 120.0
    timeout: float = 30.0  # per socket operation (connect, each read)
    #: One attempt, connect + headers + every byte of the body. A real arXiv batch (a few
    #: hundred ids, under 1 MB) is far inside it; this only bounds a server that drips its answer.
    deadline: float = 90.0
    #: Bytes of one body, on the wire and once inflated (real answers are under 1 MB).
    max_body: int = 32 * 2**20
    #: Nesting of a JSON or XML body (real answers nest under 10 levels).
    max_depth: int = 64


DEFAULT_POLICY = RetryPolicy()


def env_lowered(variable: str, default: float) -> float:
    """`default`, or the environment variable's value when it is lower (never higher: a
    setting of politeness or budget may only be lowered, for tests)."""
    try:
        return min(default, max(0.0, float(os.environ[variable])))
    except (KeyError, ValueError):
        return default


def env_policy() -> RetryPolicy:
    """The default policy, made shorter only by AWESOME_BIB_HTTP_ATTEMPTS, _BACKOFF and
    _DEADLINE (for tests of hostile servers through the command line)."""
    base = DEFAULT_POLICY
    return RetryPolicy(attempts=max(1, int(env_lowered("AWESOME_BIB_HTTP_ATTEMPTS",
                                                       base.attempts))),
                       backoff=env_lowered("AWESOME_BIB_HTTP_BACKOFF", base.backoff),
                       max_wait=base.max_wait, timeout=base.timeout,
                       deadline=env_lowered("AWESOME_BIB_HTTP_DEADLINE", base.deadline),
                       max_body=base.max_body, max_depth=base.max_depth)

#: Requests in a row that must fail on the transport before a service is taken as down.
UNREACHABLE = 2

Getter = Callable[[str, dict[str, str], dict[str, str], float], Response]
Validator = Callable[[Response], str | None]
T = TypeVar("T")
R = TypeVar("R")


class PoliteHttp:
    """One paced, retrying GET loop; `get` does the transport, `validate` vets a 200 body.

    `request` may be called from several threads when `pacing` is a `Slots`; `map` does that."""

    def __init__(self, get: Getter, pacer: Pacing, policy: RetryPolicy,
                 validate: Validator | None = None) -> None:
        self._get = get
        self.pacer = pacer
        self.policy = policy
        self.validate = validate
        self.requests = 0  # every request sent, retries included
        self.down = ""  # why the service is taken as unreachable; later requests are not sent
        self._lost_in_row = 0  # requests in a row that failed on the transport, retries and all
        self._lock = threading.Lock()

    def request(self, url: str, params: dict[str, str] | None = None,
                headers: dict[str, str] | None = None) -> Response:
        """GET with pacing and bounded retries; non-retryable statuses are returned as they are.

        After UNREACHABLE requests in a row fail on the transport (each after all its retries),
        the service is taken as down and later requests fail at once, unsent: without a network
        a run ends in seconds instead of retrying every paper, and one slow paper (a single
        failed request) still never stops the rest."""
        if self.down:
            raise SourceError(url, 0, None, f"not sent: {self.down}")
        try:
            resp = self._request(url, params, headers)
        except Exception as exc:
            name_the_input(exc, f"the answer of {url.split('?', 1)[0]}")
            if not isinstance(exc, SourceError):
                raise
            with self._lock:
                self._lost_in_row = self._lost_in_row + 1 if exc.status is None else 0
                if self._lost_in_row >= UNREACHABLE and not self.down:
                    host = urlsplit(url).netloc or url
                    self.down = f"{host} unreachable ({exc.message}, {self._lost_in_row} requests)"
            raise
        with self._lock:
            self._lost_in_row = 0
        return resp

    def map(self, fn: Callable[[T], R], jobs: Sequence[T], workers: int) -> Iterator[R]:
        """`fn(job)` for every job on up to `workers` threads (each `fn` makes its requests
        through `request`, so `pacing` bounds them); results are yielded as they complete,
        on the caller's thread. Closing the iterator early cancels the jobs not yet started."""
        if workers <= 1 or len(jobs) <= 1:
            yield from (fn(job) for job in jobs)
            return
        pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="polite-http")
        queued = iter(enumerate(jobs))
        pending: dict[Future[R], int] = {}

        def top_up() -> None:
            # At most `workers` jobs started and not yet taken by the caller: the threads never
            # run ahead of what the caller has cached, so a kill loses at most `workers` answers.
            for n, job in queued:
                pending[pool.submit(fn, job)] = n
                if len(pending) >= workers:
                    return

        try:
            top_up()
            while pending:
                finished, _ = wait(pending, return_when=FIRST_COMPLETED)
                for future in sorted(finished, key=pending.__getitem__):
                    del pending[future]
                    yield future.result()
                    top_up()  # only once the caller has taken (and cached) this result
        finally:
            pool.shutdown(wait=False, cancel_futures=True)

    def _request(self, url: str, params: dict[str, str] | None,
                 headers: dict[str, str] | None) -> Response:
        policy = self.policy
        status: int | None = None
        for attempt in range(1, policy.attempts + 1):
            self.pacer.wait()
            with self._lock:
                self.requests += 1
            wait_s = policy.backoff * 2 ** (attempt - 1)
            try:
                resp = self._get(url, dict(params or {}), dict(headers or {}), policy.timeout)
            except TRANSPORT_ERRORS as exc:
                self.pacer.done()
                status, message = None, _describe(exc)
            except BaseException:  # a bug or Ctrl-C: give the slot back, change nothing else
                self.pacer.done()
                raise
            else:
                self.pacer.obey_headers(resp.headers)
                self.pacer.done()
                status = resp.status_code
                if too_deep(resp.content, policy.max_depth):
                    message = f"answer nested deeper than {policy.max_depth} levels"
                elif status in RETRY_STATUSES:
                    message = f"server busy ({status})"
                    after = retry_after(resp.headers.get("retry-after"), time.time())
                    if after is not None:
                        wait_s = after
                        if after > policy.max_wait:
                            raise SourceError(url, attempt, status,
                                              f"Retry-After {after:.0f}s exceeds our bound "
                                              f"of {policy.max_wait:.0f}s")
                elif status == 200 and self.validate is not None:
                    message = self.validate(resp) or ""
                    if not message:
                        return resp
                else:
                    return resp
            if attempt == policy.attempts:
                raise SourceError(url, attempt, status, message)
            if status in RETRY_STATUSES:  # the server says it is busy: everyone waits
                self.pacer.hold(min(wait_s, policy.max_wait))
            else:  # a timeout or a broken body: this request waits, the others go on
                self.pacer.retry_later(min(wait_s, policy.max_wait))
        raise AssertionError("unreachable")  # pragma: no cover


class OverBudget(requests.RequestException):
    """An answer cut for its size or its time: failed like a broken body, then retried."""


@dataclass(frozen=True)
class Answer:
    """A response whose body was read within the budget (what `Response` asks for)."""

    status_code: int
    headers: Mapping[str, str]
    content: bytes


#: The watch of the request this thread is sending (`_WatchedConnection` arms it).
_current = threading.local()
#: Bytes asked of the stream at a time: also bounds what one inflating step may produce.
_CHUNK = 64 * 1024


class _Watch:
    """Shuts the request's socket once `seconds` have passed, whatever it is waiting for."""

    def __init__(self, seconds: float) -> None:
        self.expired = False
        self._sock: socket.socket | None = None
        self._done = False
        self._lock = threading.Lock()
        self._timer = threading.Timer(seconds, self._expire)
        self._timer.daemon = True
        self._timer.start()

    def arm(self, sock: socket.socket | None) -> None:
        with self._lock:
            self._sock = sock
            if self.expired:
                self._cut()

    def stop(self) -> None:
        with self._lock:
            self._done = True
        self._timer.cancel()

    def _expire(self) -> None:
        with self._lock:
            if not self._done:
                self.expired = True
                self._cut()

    def _cut(self) -> None:
        if self._sock is not None:
            try:  # the plain socket's shutdown (an SSL socket's own would drop its state
                # under the reading thread): the blocked read returns at once
                socket.socket.shutdown(self._sock, socket.SHUT_RDWR)
            except OSError:
                pass


class _WatchedConnection(urllib3.connection.HTTPConnection):
    """A connection that hands its socket to the request's watch before awaiting the answer
    (the request is sent: connect is done, headers and body are still to come)."""

    def getresponse(self) -> urllib3.response.HTTPResponse:  # type: ignore[override]
        watch = getattr(_current, "watch", None)
        if watch is not None:
            watch.arm(self.sock)
        return super().getresponse()


class _WatchedTlsConnection(_WatchedConnection, urllib3.connection.HTTPSConnection):
    pass


class _WatchedPool(urllib3.connectionpool.HTTPConnectionPool):
    ConnectionCls = _WatchedConnection


class _WatchedTlsPool(urllib3.connectionpool.HTTPSConnectionPool):
    ConnectionCls = _WatchedTlsConnection


class _WatchedAdapter(HTTPAdapter):
    """requests' adapter over connections whose socket the request's watch can shut."""

    def init_poolmanager(self, *args: object, **kwargs: object) -> None:
        super().init_poolmanager(*args, **kwargs)  # type: ignore[arg-type]
        self.poolmanager.pool_classes_by_scheme = {"http": _WatchedPool,
                                                   "https": _WatchedTlsPool}


class BoundedGet:
    """The `Getter` of every source: `requests` over one kept-alive session per thread, each
    answer read within the policy's `deadline` and `max_body` (else `OverBudget`)."""

    def __init__(self, policy: RetryPolicy) -> None:
        self.policy = policy
        self._local = threading.local()

    def session(self) -> requests.Session:
        """This thread's session (kept alive between requests)."""
        session: requests.Session | None = getattr(self._local, "session", None)
        if session is None:
            session = self._local.session = requests.Session()
            adapter = _WatchedAdapter()
            session.mount("http://", adapter)
            session.mount("https://", adapter)
        return session

    def __call__(self, url: str, params: dict[str, str], headers: dict[str, str],
                 timeout: float) -> Response:
        """A GET (the `Getter` signature)."""
        return self.send("GET", url, params, headers, timeout)

    def send(self, method: str, url: str, params: dict[str, str], headers: dict[str, str],
             timeout: float, data: bytes | None = None) -> Response:
        """Any request (a source that POSTs a batch sends it here), its answer in budget."""
        policy = self.policy
        watch = _current.watch = _Watch(policy.deadline)
        try:
            resp = self.session().request(method, url, params=params, headers=headers,
                                          data=data, timeout=timeout, stream=True)
            try:
                body = _read_body(resp, policy.max_body)
            finally:
                resp.close()
        except OverBudget:
            raise
        except Exception as exc:
            if watch.expired:
                raise OverBudget(f"no complete answer within {policy.deadline:g} s: cut") from exc
            raise
        finally:
            watch.stop()
            _current.watch = None
        if watch.expired:  # the last byte came as the watch fired: still over the deadline
            raise OverBudget(f"no complete answer within {policy.deadline:g} s: cut")
        return Answer(resp.status_code, CaseInsensitiveDict(resp.headers), body)


def _read_body(resp: requests.Response, limit: int) -> bytes:
    """The body, read as a stream and cut once it passes `limit` bytes on the wire (announced
    or read) or inflated."""
    announced = _number(resp.headers.get("content-length"))
    if announced is not None and announced > limit:
        raise OverBudget(f"answer of {announced:.0f} bytes is over our limit of {limit} bytes")
    parts: list[bytes] = []
    size = 0
    for chunk in resp.iter_content(_CHUNK):
        size += len(chunk)
        if size > limit or resp.raw.tell() > limit:
            raise OverBudget(f"answer over our limit of {limit} bytes: cut")
        parts.append(chunk)
    return b"".join(parts)


_JSON_STRING = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"', re.S)
_XML_SKIPPED = re.compile(rb"<!--.*?-->|<!\[CDATA\[.*?\]\]>|<[?!][^>]*>|<[^>]*/>", re.S)
_XML_CLOSE = re.compile(rb"</[^>]*>")
_XML_OPEN = re.compile(rb"<[^>]*>")
_NOT_BRACKET = bytes(b for b in range(256) if b not in b"[]")
_BRACES = bytes.maketrans(b"{}", b"[]")


def too_deep(body: bytes, limit: int) -> bool:
    """True when a JSON or XML body nests deeper than `limit` (so parsing or walking it could
    exhaust the stack); other bodies are never too deep. Each step runs in C: the structure is
    reduced to its brackets, then the innermost pairs are peeled off `limit` times."""
    start = body.lstrip()[:1]
    if start in (b"{", b"["):
        shape = _JSON_STRING.sub(b"", body).translate(_BRACES).translate(None, _NOT_BRACKET)
    elif start == b"<":
        shape = _XML_SKIPPED.sub(b"", body.translate(None, b"[]"))
        shape = _XML_OPEN.sub(b"[", _XML_CLOSE.sub(b"]", shape)).translate(None, _NOT_BRACKET)
    else:
        return False
    for _ in range(limit):
        peeled = shape.replace(b"[]", b"")
        if peeled == shape:  # nothing nested left (or unbalanced: the parser will say so)
            return False
        shape = peeled
    return b"[]" in shape


def retry_after(value: str | None, now: float) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or an HTTP date), else None."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - now)


def _describe(exc: Exception) -> str:
    if isinstance(exc, OverBudget):
        return str(exc)
    if isinstance(exc, requests.Timeout):
        return "timed out"
    return f"connection failed ({type(exc).__name__})"


def _number(value: str | None) -> float | None:
    try:
        return float(value) if value else None
    except ValueError:
        return None


def _seconds(value: str | None) -> float | None:
    match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*(ms|s|m)?\s*", value or "")
    if not match:
        return None
    scale = {"ms": 0.001, "s": 1.0, "m": 60.0, None: 1.0}[match.group(2)]
    return float(match.group(1)) * scale
