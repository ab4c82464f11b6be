"""A service that cannot be reached at all is given up after two lost requests, not per paper."""

from __future__ import annotations

import pytest
import requests

from awesome_bib.enrich.arxiv import ArxivSource
from awesome_bib.enrich.http import Pacer, PoliteHttp, RetryPolicy
from awesome_bib.errors import SourceError

from .conftest import POLICY


class Transport:
    """A getter that fails (or answers) as told, and counts its calls."""

    def __init__(self, script: list[str]) -> None:
        self.script = script
        self.calls = 0

    def __call__(self, url, params, headers, timeout):
        self.calls += 1
        what = self.script.pop(0) if self.script else "refuse"
        if what == "refuse":
            raise requests.ConnectionError("Connection refused")
        if what == "timeout":
            raise requests.Timeout("read timed out")
        return _Ok()


class _Ok:
    status_code = 200
    headers: dict = {}
    content = b"ok"


def _http(transport: Transport, clock) -> PoliteHttp:
    pacer = Pacer(0.0, clock=clock.clock, sleep=clock.sleep)
    return PoliteHttp(transport, pacer, RetryPolicy(attempts=3, backoff=1.0, timeout=0.1))


def test_two_lost_requests_take_the_service_down(clock):
    """Two requests that exhaust their retries on the transport: the third is not sent."""
    transport = Transport([])
    http = _http(transport, clock)
    for _ in range(2):
        with pytest.raises(SourceError):
            http.request("https://api.example.org/works")
    assert transport.calls == 6  # 2 requests x 3 attempts
    with pytest.raises(SourceError, match="not sent: api.example.org unreachable"):
        http.request("https://api.example.org/works")
    assert transport.calls == 6


def test_one_slow_request_does_not_stop_the_rest(clock):
    """A lost request followed by an answered one resets the count: the service stays up."""
    transport = Transport(["timeout"] * 3 + ["ok"] + ["timeout"] * 3 + ["ok"])
    http = _http(transport, clock)
    for _ in range(2):
        with pytest.raises(SourceError, match="timed out"):
            http.request("https://api.example.org/works")
        assert http.request("https://api.example.org/works").status_code == 200
    assert http.down == ""


def test_arxiv_batches_after_the_service_is_down_are_not_sent(clock):
    """900 ids (three URL-bound batches) against a refused port: 2 batches tried (3 attempts
    each), the third skipped, every id answered with an error and nothing cached as "not
    found"."""
    source = ArxivSource(url="http://127.0.0.1:9/api/query", policy=POLICY, clock=clock.clock,
                         sleep=clock.sleep)
    ids = [f"2401.{n:05d}" for n in range(1, 901)]
    out = {}
    for batch in source.lookup(ids):
        out.update(batch)
    assert source.http.requests == 2 * POLICY.attempts
    assert len(out) == 900 and all(o.error for o in out.values())
    assert "unreachable" in out["2401.00900"].error
