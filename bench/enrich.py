"""Benchmark: cold and warm enrich of the default list against the fake servers, with latency.

    python bench/enrich.py [--latency 0.05] [--real-latency 0.8] [--scale 1] [--hang-every 0]
                           [--list seeds/001_8a4be340c7ffec50.txt]

The list is imported into a temp dir. The fake arXiv knows every listed id and the fake
Crossref answers a title search for every paper whose venue registers DOIs, with SYNTHETIC
records cloned from genuine fixtures (tests/fakes/servers.py). The fake Crossref sends the
polite pool's recorded headers (3 per 1 s, 3 concurrent: CROSSREF.md §5.3).

Rows "cold" and "warm": `--latency` per answer, politeness waits (3 s per arXiv request,
Crossref's list pace) on a virtual clock: added up and reported as "pacing", not slept. Compared
with a one-request-per-paper strategy (one arXiv GET per id as arxiv2bib-style tools do, one
Crossref GET per paper as habanero's `works(ids=[...])` does).

Row "real-time": a second cold run, in real time, with `--real-latency` added to every answer
(Crossref's search latency is of the order of 800 ms), against the politeness floor it computes:
arXiv's requests 3 s apart, then each Crossref stage (DOI batches, searches, published
versions) at the pool's rate with its slots full, plus one latency per stage. `--scale 0.05`
runs it 20x faster (latency, every politeness interval and the rate headers scaled alike; the
figures are scaled back; CPU time is not scaled, so the ratio reads a little high).
`--hang-every 20` makes every 20th request hang past the timeout (30 s, scaled); the fake
then still counts a hung request the client gave up on, so "server saw" may exceed 3.
"""

from __future__ import annotations

import argparse
import itertools
import sys
import tempfile
import time
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from awesome_bib import store  # noqa: E402
from awesome_bib.core.titles import title_words  # noqa: E402
from awesome_bib.enrich import Options, enrich_library  # noqa: E402
from awesome_bib.enrich.arxiv import DELAY  # noqa: E402
from awesome_bib.enrich.crossref import LIST_CONCURRENCY_CAP, LIST_INTERVAL  # noqa: E402
from awesome_bib.enrich.http import RetryPolicy  # noqa: E402
from awesome_bib.enrich.tags import classify  # noqa: E402
from awesome_bib.importer import import_list  # noqa: E402
from tests.fakes.servers import FakeArxiv, FakeCrossref  # noqa: E402


class VirtualClock:
    """Adds up the politeness waits instead of sleeping them."""

    def __init__(self) -> None:
        self.now = 0.0
        self.slept = 0.0

    def clock(self) -> float:
        return self.now + time.monotonic()

    def sleep(self, seconds: float) -> None:
        self.now += seconds
        self.slept += seconds


def prepare(list_path: Path, work: Path, ax: FakeArxiv, cr: FakeCrossref):
    """Import the list and teach the fakes about its papers (synthetic records)."""
    import_list(list_path, work / "entries")
    lib = store.load_library(work / "entries")
    papers = [e for e in lib.entries if e.kind == "paper"]
    for n, e in enumerate(papers):
        if e.arxiv:
            ax.synth_entry(e.arxiv, e.title, ["Zhihong Chen", "Yan Song"], e.year or 2023)
        venue = classify(e.venue_tag)
        if venue.registers_dois and e.title:
            doi = f"10.5555/bench.{n}"
            cr.synth_work(doi, e.title, [("Zhihong", "Chen")], e.year or 2023, e.venue_tag)
            cr.answer_search(title_words(e.title), [doi])
    return papers


def run(work: Path, ax: FakeArxiv, cr: FakeCrossref, label: str, n_papers: int,
        mailto: str) -> list[int]:
    """One enrich run over entries/ with the shared cache; prints its figures."""
    lib = store.load_library(work / "entries")
    vc = VirtualClock()
    a0, c0 = len(ax.requests), len(cr.requests)
    t0 = time.perf_counter()
    report = enrich_library(lib, Options(cache_dir=work / "cache", arxiv_url=ax.url,
                                         crossref_url=cr.url, mailto=mailto, clock=vc.clock,
                                         sleep=vc.sleep))
    wall = time.perf_counter() - t0
    store.save_library(lib, work / "entries")
    na, nc = len(ax.requests) - a0, len(cr.requests) - c0
    ids = len({e.arxiv for e in lib.entries if e.arxiv})
    print(f"{label:<22} arXiv {na:4d} req ({ids} ids)  Crossref {nc:4d} req  "
          f"total/paper {(na + nc) / n_papers:5.2f}  wall {wall:6.2f}s  "
          f"pacing {vc.slept:7.1f}s  resolved {sum(1 for e in lib.entries if e.doi)} DOIs")
    return report.titles_per_search


def one_per_paper(work: Path, ax: FakeArxiv, cr: FakeCrossref, n_papers: int,
                  mailto: str) -> None:
    """The naive strategy: one arXiv request per id, one Crossref request per paper."""
    lib = store.load_library(work / "entries")
    papers = [e for e in lib.entries if e.kind == "paper"]
    session = requests.Session()
    t0 = time.perf_counter()
    na = nc = 0
    for e in papers:
        if e.arxiv:
            session.get(ax.url, params={"id_list": e.arxiv, "max_results": "1"}, timeout=10)
            na += 1
        session.get(cr.url + "/works", params={"query.bibliographic": e.title, "rows": "1"},
                    timeout=10)
        nc += 1
    wall = time.perf_counter() - t0
    pool = "polite" if mailto else "public"
    pacing = max(na - 1, 0) * DELAY + max(nc - 1, 0) * LIST_INTERVAL[pool]
    print(f"{'one-request-per-paper':<22} arXiv {na:4d} req  Crossref {nc:4d} req  "
          f"total/paper {(na + nc) / n_papers:5.2f}  wall {wall:6.2f}s  pacing {pacing:7.1f}s")


def floor(ax_kinds: list[str], cr_kinds: list[str], latency: float, arxiv_delay: float,
          interval: float, slots: int) -> tuple[float, float]:
    """The politeness floor (arXiv part, Crossref part) in seconds for these requests: arXiv's
    one at a time `arxiv_delay` apart (end to start); each Crossref stage (a run of requests of
    one kind) starting `interval` apart, or `latency / slots` when the slots are the limit,
    plus the last answer's latency."""
    na = len(ax_kinds)
    ax_floor = na * latency + max(na - 1, 0) * arxiv_delay
    cr_floor = 0.0
    for _kind, run_ in itertools.groupby(cr_kinds):
        n = len(list(run_))
        cr_floor += (n - 1) * max(interval, latency / slots) + latency
    return ax_floor, cr_floor


def real_time(list_path: Path, latency: float, scale: float, hang_every: int,
              mailto: str) -> None:
    """A cold run in real time with `latency` per answer, against the floor; scaled by `scale`."""
    ax, cr = FakeArxiv().start(), FakeCrossref().start()
    ax.latency = cr.latency = latency * scale
    interval = LIST_INTERVAL["polite" if mailto else "public"]
    cr.extra_headers.update({"x-rate-limit-interval": f"{scale:g}s"})
    policy = RetryPolicy(timeout=30.0 * scale, backoff=2.0 * scale, max_wait=120.0 * scale)
    if hang_every:
        ax.hang_every = cr.hang_every = hang_every
        ax.hang_for = cr.hang_for = policy.timeout * 1.2
    try:
        with tempfile.TemporaryDirectory() as tmp:
            work = Path(tmp)
            papers = prepare(list_path, work, ax, cr)
            lib = store.load_library(work / "entries")
            t0 = time.perf_counter()
            enrich_library(lib, Options(cache_dir=work / "cache", arxiv_url=ax.url,
                                        crossref_url=cr.url, mailto=mailto,
                                        arxiv_delay=DELAY * scale,
                                        crossref_interval=interval * scale, policy=policy))
            wall = (time.perf_counter() - t0) / scale
            cr_kinds = ["doi" if "filter" in r.query else "search" for r in cr.requests]
            ax_floor, cr_floor = floor(["id"] * len(ax.requests), cr_kinds, latency, DELAY,
                                       interval, LIST_CONCURRENCY_CAP)
            hangs = f", every {hang_every}th request hangs" if hang_every else ""
            print(f"{'real-time':<22} arXiv {len(ax.requests):4d} req  Crossref "
                  f"{len(cr.requests):4d} req  latency {latency * 1000:.0f} ms{hangs}: "
                  f"wall {wall:6.1f}s  floor {ax_floor + cr_floor:5.1f}s (arXiv {ax_floor:.1f}s "
                  f"+ Crossref {cr_floor:.1f}s)  ratio {wall / (ax_floor + cr_floor):4.2f}  "
                  f"server saw {cr.most_in_flight} at once  resolved "
                  f"{sum(1 for e in lib.entries if e.doi)} DOIs  (scale {scale:g}, "
                  f"{len(papers)} papers)")
    finally:
        ax.stop()
        cr.stop()


def main() -> None:
    """Parse options, run cold, warm and naive, then the real-time run; print the figures."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--list", default=str(ROOT / "seeds" / "001_8a4be340c7ffec50.txt"))
    ap.add_argument("--latency", type=float, default=0.05, help="seconds per fake request")
    ap.add_argument("--real-latency", type=float, default=0.8,
                    help="seconds per fake request in the real-time run (0: skip that run)")
    ap.add_argument("--scale", type=float, default=1.0,
                    help="time scale of the real-time run (0.05: 20x faster)")
    ap.add_argument("--hang-every", type=int, default=0,
                    help="in the real-time run, every n-th request hangs past the timeout")
    ap.add_argument("--mailto", default="bench@example.org")
    args = ap.parse_args()
    ax, cr = FakeArxiv().start(), FakeCrossref().start()
    ax.latency = cr.latency = args.latency
    try:
        with tempfile.TemporaryDirectory() as tmp:
            work = Path(tmp)
            papers = prepare(Path(args.list), work, ax, cr)
            print(f"{len(papers)} papers, latency {args.latency * 1000:.0f} ms per request, "
                  f"pool {'polite' if args.mailto else 'public'}")
            searches = run(work, ax, cr, "cold", len(papers), args.mailto)
            run(work, ax, cr, "warm", len(papers), args.mailto)
            one_per_paper(work, ax, cr, len(papers), args.mailto)
    finally:
        ax.stop()
        cr.stop()
    if args.real_latency > 0:
        real_time(Path(args.list), args.real_latency, args.scale, args.hang_every, args.mailto)
    print(f"cold arXiv title searches: {len(searches)} request(s), titles per request "
          f"{searches} ({sum(searches)} papers without a usable arXiv link; counted "
          f"in the cold row's arXiv requests)")


if __name__ == "__main__":
    main()
