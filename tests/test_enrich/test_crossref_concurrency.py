"""Crossref list requests in the slots the pool grants: never more in flight than granted (and
never more than 3), starts at the pool's rate, a hung request costs one slot, results that do not
depend on which answer came first. Speed itself is measured by bench/enrich.py, not asserted.

Real waits here are bounded by the fake's latency (0.2-0.3 s) and a 1-2 s timeout; the
politeness spacing runs on the virtual clock."""

from __future__ import annotations

import time
from dataclasses import replace
from functools import partial

import pytest

from awesome_bib.enrich import enrich_library
from awesome_bib.enrich.crossref import (
    LIST_CONCURRENCY_CAP,
    CrossrefClient,
    CrossrefDois,
    CrossrefSearch,
)
from awesome_bib.enrich.http import PACE_MARGIN, UNREACHABLE, PoliteHttp, RetryPolicy, Slots
from tests.fakes.servers import FakeCrossref, Fault

from .conftest import POLICY, crossref_client, entry, library

CHEMCROW = "10.1038/s42256-024-00832-8"
PREPRINT = "10.1101/2024.04.01.587366"
PUBLISHED = "10.1016/j.xgen.2025.100814"
PLOS = "10.1371/journal.pone.0033693"
ICCV = "10.1109/iccv.2007.4408927"
CHAPTER = "10.1007/978-3-662-46370-3_13"
SIX = [CHEMCROW, PREPRINT, PUBLISHED, PLOS, ICCV, CHAPTER]
POLITE = {"x-api-pool": "polite-array", "x-rate-limit-limit": "3",
          "x-rate-limit-interval": "1s", "x-concurrency-limit": "3"}  # recorded Jul 2026


#: POLICY with room for a loaded machine: these tests count slots and starts, and a 0.3 s
#: answer must never time out on the way (a timeout's retry is its own test below).
UNHURRIED = replace(POLICY, timeout=2.0)
client = partial(crossref_client, mailto="bib@example.org", policy=UNHURRIED)  # polite pool


def fetch(source, keys) -> tuple[list[list[str]], dict]:
    """The keys of each batch in the order yielded, and all outcomes."""
    order, out = [], {}
    for batch in source.lookup(keys):
        order.append(list(batch))
        out.update(batch)
    return order, out


def test_polite_pool_fills_its_three_slots_at_three_per_second(fake_crossref, clock):
    """Nine DOI requests, each answered after 0.3 s: three at once (never more), the starts
    1/3 s apart on the virtual clock, every DOI answered."""
    fake_crossref.latency = 0.3
    cr = client(fake_crossref, clock)
    dois = SIX + ["10.5555/a", "10.5555/b", "10.5555/c"]
    _, out = fetch(CrossrefDois(cr, batch=1), dois)
    assert fake_crossref.most_in_flight == 3 and cr.slots.most_in_flight == 3
    assert clock.sleeps == [round(1 / 3 * PACE_MARGIN, 3)] * 8
    assert sum(o.found for o in out.values()) == 6 and not any(o.error for o in out.values())


def test_granted_concurrency_is_read_from_every_answer_and_capped_at_three(fake_crossref,
                                                                            clock):
    """`x-concurrency-limit: 10` (a singleton pool's kind of figure) still means 3 for lists."""
    fake_crossref.latency = 0.3
    fake_crossref.extra_headers = {**POLITE, "x-concurrency-limit": "10"}
    cr = client(fake_crossref, clock)
    fetch(CrossrefDois(cr, batch=1), SIX)
    assert cr.slots.limit == LIST_CONCURRENCY_CAP
    assert fake_crossref.most_in_flight == 3


def test_public_pool_sends_one_request_at_a_time(fake_crossref, clock):
    """No mailto: the public pool's one slot (§5.2), confirmed by its `x-concurrency-limit: 1`."""
    fake_crossref.latency = 0.2
    fake_crossref.extra_headers = {"x-api-pool": "public", "x-rate-limit-limit": "5",
                                   "x-rate-limit-interval": "1s", "x-concurrency-limit": "1"}
    cr = client(fake_crossref, clock, mailto="")
    fetch(CrossrefDois(cr, batch=1), SIX[:4])
    assert fake_crossref.most_in_flight == 1
    assert clock.sleeps == [round(PACE_MARGIN, 3)] * 3


def test_a_lower_granted_limit_applies_from_the_next_request():
    """The slots follow the header down (and back up, to the cap) on every answer."""
    slots = Slots(1 / 3, limit=3, cap=3, clock=lambda: 0.0, sleep=lambda s: None)
    slots.obey_headers({"x-concurrency-limit": "1", "x-rate-limit-limit": "1",
                        "x-rate-limit-interval": "2s"})
    assert (slots.limit, slots.interval) == (1, 2.0 * PACE_MARGIN)
    slots.obey_headers({"x-concurrency-limit": "3", "x-rate-limit-limit": "50",
                        "x-rate-limit-interval": "1s"})
    # never faster than documented (and a little under it)
    assert (slots.limit, slots.interval) == (3, 1 / 3 * PACE_MARGIN)


def test_a_hung_request_costs_one_slot_not_the_run(fake_crossref, clock):
    """The first of six requests hangs past the 1 s timeout: the five others are all
    answered while it hangs, then it is retried once and answered."""
    fake_crossref.faults = [Fault(hang=3.0)]
    cr = client(fake_crossref, clock, policy=RetryPolicy(attempts=2, backoff=1.0, timeout=1.0))
    order, out = fetch(CrossrefDois(cr, batch=1), SIX)
    sent = [r.query["filter"][0].removeprefix("doi:") for r in fake_crossref.requests]
    assert sorted(sent[:6]) == sorted(SIX) and sent[6] == sent[0]  # the retry came last
    assert order[-1] == [sent[0]]  # so its batch was yielded last; the others did not wait
    assert sorted(out) == sorted(SIX) and all(o.found for o in out.values())
    assert 1.0 in clock.sleeps  # its own backoff ...
    assert cr.http.down == ""  # ... and the service is not taken as down


def test_retry_after_holds_every_slot(fake_crossref, clock):
    """A 429 with Retry-After: no request starts before it has passed, whichever slot it hit."""
    fake_crossref.latency = 0.2
    fake_crossref.faults = [Fault(status=429, headers={"Retry-After": "6"})]
    cr = client(fake_crossref, clock)
    _, out = fetch(CrossrefDois(cr, batch=1), SIX)
    assert sorted(out) == sorted(SIX) and all(o.found for o in out.values())
    assert len(fake_crossref.requests) == 7
    assert max(clock.sleeps) >= 5.0  # the hold, less what the virtual clock already passed


def test_unreachable_service_stops_after_the_requests_in_flight(clock):
    """A refused port: the slots in flight fail, the service is taken as down, and the
    remaining batches are answered with an error, unsent."""
    cr = CrossrefClient(url="http://127.0.0.1:9", mailto="bib@example.org", policy=POLICY,
                        clock=clock.clock, sleep=clock.sleep)
    _, out = fetch(CrossrefDois(cr, batch=1), [f"10.5555/x{n}" for n in range(20)])
    assert len(out) == 20 and all(o.error for o in out.values())
    # down after UNREACHABLE requests in a row were lost; the other slots' requests had started
    assert cr.http.requests <= (UNREACHABLE + LIST_CONCURRENCY_CAP - 1) * POLICY.attempts
    assert "unreachable" in out["10.5555/x19"].error


class SlowFirst(FakeCrossref):
    """Answers the searches for `slow` last: whoever is asked first is answered after 0.3 s."""

    slow = "chemistry"

    def route(self, path, query):
        if self.slow in query.get("query.bibliographic", [""])[0]:
            time.sleep(0.3)
        return super().route(path, query)


def _three_entries():
    return library(
        entry("c", title="ChemCrow: Augmenting large-language models with chemistry tools",
              venue_tag="Nature Machine Intelligence 2024", year=2024),
        entry("p", title="High-throughput screening of human genetic variants by pooled prime "
              "editing", venue_tag="Cell Genomics 2025", year=2025),
        entry("i", title="A Seeded Image Segmentation Framework Unifying Graph Cuts and Random "
              "Walker Which Yields a New Algorithm", venue_tag="ICCV 2007", year=2007))


def test_results_do_not_depend_on_which_answer_comes_first(tmp_path, fake_crossref, clock,
                                                           make_opts):
    """The same three searches answered in order and with the first one last: the batches come
    back in another order, the entries come out identical."""
    slow = SlowFirst().start()
    try:
        runs = []
        for server in (fake_crossref, slow):
            server.answer_search("chemistry tools", [CHEMCROW])
            server.answer_search("prime editing", [PUBLISHED])
            server.answer_search("seeded image segmentation", [ICCV])
            lib = _three_entries()
            enrich_library(lib, make_opts(crossref_url=server.url, mailto="bib@example.org",
                                          cache_dir=tmp_path / server.base[-5:]))
            runs.append([e.to_dict() for e in lib.entries])
        queries = sorted({r.query["query.bibliographic"][0] for r in slow.requests})
        queries.sort(key=lambda q: "chemistry" not in q)  # asked first
        order, _ = fetch(CrossrefSearch(client(slow, clock)), queries)
        assert order[-1] == [queries[0]]  # answered last, yielded last
    finally:
        slow.stop()
    assert runs[0] == runs[1]
    assert [e.get("doi") for e in runs[0]] == [CHEMCROW, PUBLISHED, ICCV]


def test_a_slot_is_given_back_whatever_the_transport_raises():
    """A getter that fails with something other than a transport error (a bug): the error
    propagates, and the slot is free again."""

    def broken(url, params, headers, timeout):
        raise RuntimeError("bug")

    slots = Slots(0.0, limit=1, cap=3, clock=lambda: 0.0, sleep=lambda s: None)
    http = PoliteHttp(broken, slots, POLICY)
    with pytest.raises(RuntimeError):
        http.request("http://127.0.0.1:9/works")
    assert slots.in_flight == 0


def test_map_never_runs_more_than_workers_ahead_of_the_caller():
    """Answers are cached by the caller as map yields them; the threads may start a job only
    while fewer than `workers` are started and not yet taken, so a kill -9 loses at most
    `workers` answers however slow the caller is."""
    import threading

    started: list[int] = []
    lock = threading.Lock()

    def job(n: int) -> int:
        with lock:
            started.append(n)
        return n

    http = PoliteHttp(lambda *a: None, Slots(0.0, 3, 3), POLICY)  # type: ignore[arg-type]
    taken: list[int] = []
    for result in http.map(job, list(range(12)), workers=3):
        time.sleep(0.02)  # a slow caller: the threads finish long before it takes the next
        with lock:
            assert len(started) <= len(taken) + 3
        taken.append(result)
    assert sorted(taken) == list(range(12)) and sorted(started) == list(range(12))
