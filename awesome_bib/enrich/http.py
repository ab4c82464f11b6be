"""Polite HTTP shared by both sources: one request at a time, spaced, timed out, retried boundedly.

Neither client library does this for us: arxiv.py has no timeout and no Retry-After handling
and retries 400s; habanero does no pacing and no retries at all (see docs/api notes,
ARXIV.md §7.3-7.4, CROSSREF.md §8.3). So both send their requests through `PoliteHttp`.
"""

from __future__ import annotations

import email.utils
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol
from urllib.parse import urlsplit

import httpx2
import requests

from ..errors import SourceError

#: Statuses that mean "try again later", never "not found" (ARXIV.md §5.3, CROSSREF.md §5.4).
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})

#: Transport failures worth a bounded retry (timeouts included) for both HTTP stacks.
TRANSPORT_ERRORS = (requests.RequestException, httpx2.TransportError)


class Response(Protocol):
    """What we need of a requests or httpx2 response."""

    status_code: int
    headers: Any
    content: bytes


@dataclass
class Pacer:
    """Keeps requests at least `interval` seconds apart (end of one to start of the next)."""

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

    def obey_headers(self, headers: Any) -> None:
        """Lengthen the interval when X-Rate-Limit-Limit/-Interval allow fewer requests."""
        limit = _number(headers.get("x-rate-limit-limit"))
        span = _seconds(headers.get("x-rate-limit-interval"))
        if limit and span:
            self.interval = max(self.floor, span / limit)


@dataclass(frozen=True)
class RetryPolicy:
    """Bounded retries: `attempts` tries in all, backoff doubling, no single wait above max_wait."""

    attempts: int = 4
    backoff: float = 2.0
    max_wait: float = 120.0
    timeout: float = 30.0


DEFAULT_POLICY = RetryPolicy()

#: Requests in a row that must fail on the transport before a service is taken as down.
UNREACHABLE = 2

Getter = Callable[[str, dict[str, str], dict[str, str], float], Response]
Validator = Callable[[Response], str | None]


class PoliteHttp:
    """One paced, retrying GET loop; `get` does the transport, `validate` vets a 200 body."""

    def __init__(self, get: Getter, pacer: Pacer, policy: RetryPolicy,
                 validate: Validator | None = None) -> None:
        self._get = get
        self.pacer = pacer
        self.policy = policy
        self.validate = validate
        self.requests = 0  # every request sent, retries included
        self.down = ""  # why the service is taken as unreachable; later requests are not sent
        self._lost_in_row = 0  # requests in a row that failed on the transport, retries and all

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
        except SourceError as exc:
            self._lost_in_row = self._lost_in_row + 1 if exc.status is None else 0
            if self._lost_in_row >= UNREACHABLE:
                host = urlsplit(url).netloc or url
                self.down = f"{host} unreachable ({exc.message}, {self._lost_in_row} requests)"
            raise
        self._lost_in_row = 0
        return resp

    def _request(self, url: str, params: dict[str, str] | None,
                 headers: dict[str, str] | None) -> Response:
        policy = self.policy
        status: int | None = None
        for attempt in range(1, policy.attempts + 1):
            self.pacer.wait()
            self.requests += 1
            wait = policy.backoff * 2 ** (attempt - 1)
            try:
                resp = self._get(url, dict(params or {}), dict(headers or {}), policy.timeout)
            except TRANSPORT_ERRORS as exc:
                self.pacer.done()
                status, message = None, _describe(exc)
            else:
                self.pacer.obey_headers(resp.headers)
                self.pacer.done()
                status = resp.status_code
                if status in RETRY_STATUSES:
                    message = f"server busy ({status})"
                    after = retry_after(resp.headers.get("retry-after"), time.time())
                    if after is not None:
                        wait = after
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
            self.pacer.hold(min(wait, policy.max_wait))
        raise AssertionError("unreachable")  # pragma: no cover


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
    if isinstance(exc, (requests.Timeout, httpx2.TimeoutException)):
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
