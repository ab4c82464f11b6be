"""Benchmark: cold and warm enrich of the default list against the fake servers, with latency.

    python bench/enrich.py [--latency 0.05] [--real-latency 0.8] [--scale 1] [--hang-every 0]
                           [--list seeds/001_8a4be340c7ffec50.txt]

The list is imported into a temp dir. The fake arXiv knows every listed id, the fake Crossref
answers a title search for every paper whose venue registers DOIs, and the fake Semantic
Scholar knows every paper (by its arXiv id, DOI or ACL id, or by its title for the others:
at the tag's venue, with the DOI Crossref knows for venues that register DOIs), all with
SYNTHETIC records cloned from genuine fixtures (tests/fakes/servers.py). `--no-s2` leaves
Semantic Scholar down (every request refused with 503): the run completes from arXiv and
Crossref as before it existed (the floor then counts S2's one request's tries and backoff,
which Crossref waits for). The fake Crossref sends the polite pool's recorded headers (3
per 1 s, 3 concurrent: CROSSREF.md §5.3).

Rows "cold" and "warm": `--latency` per answer, politeness waits (3 s per arXiv request,
Crossref's list pace) on a virtual clock: added up and reported as "pacing", not slept. Compared
with a one-request-per-paper strategy (one arXiv GET per id as arxiv2bib-style tools do, one
Crossref GET per paper as habanero's `works(ids=[...])` does).

Row "real-time": a second cold run, in real time, with `--real-latency` added to every answer
(Crossref's search latency is of the order of 800 ms), against the politeness floor of the
pipeline's design (enrich/pipeline.py), which it computes: arXiv's requests 3 s apart (end to
start) and, beside them on their own host, Semantic Scholar's 1 s apart (start to start).
Crossref comes in two parts. Part 1, the papers arXiv's title search is not about, starts once
arXiv's id batches and Semantic Scholar have answered, beside the title search; part 2, the
papers the title search is about, starts once that search and part 1 have answered. Within a
part each Crossref stage (DOI batches and searches together, then published versions) runs at
the pool's rate with its slots full, plus one latency. The parts are told apart by content: a
Crossref request for a paper whose title the arXiv search asked for is part 2's. `--scale 0.05` runs
it 20x faster (latency, every politeness interval and the rate headers scaled alike; the
figures are scaled back; CPU time is not scaled, so the ratio reads a little high).
`--hang-every 20` makes every 20th request hang past the timeout (30 s, scaled); the fake
then still counts a hung request the client gave up on, so "server saw" may exceed 3.
"""

from __future__ import annotations

import argparse
import itertools
import re
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
from awesome_bib.enrich.crossref import (  # noqa: E402
    LIST_CONCURRENCY_CAP,
    LIST_INTERVAL,
    entry_dois,
)
from awesome_bib.enrich.http import RetryPolicy  # noqa: E402
from awesome_bib.enrich.semantic_scholar import INTERVAL as S2_INTERVAL  # noqa: E402
from awesome_bib.enrich.semantic_scholar import keys as s2_keys  # noqa: E402
from awesome_bib.enrich.semantic_scholar import match_key  # noqa: E402
from awesome_bib.enrich.tags import classify  # noqa: E402
from awesome_bib.importer import import_list  # noqa: E402
from awesome_bib.venues import lookup  # noqa: E402
from tests.fakes.servers import FakeArxiv, FakeCrossref, FakeSemanticScholar, Fault  # noqa: E402


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


def prepare(list_path: Path, work: Path, ax: FakeArxiv, cr: FakeCrossref,
            s2: FakeSemanticScholar):
    """Import the list and teach the fakes about its papers (synthetic records)."""
    import_list(list_path, work / "entries")
    lib = store.load_library(work / "entries")
    papers = [e for e in lib.entries if e.kind == "paper"]
    for n, e in enumerate(papers):
        if e.arxiv:
            ax.synth_entry(e.arxiv, e.title, ["Zhihong Chen", "Yan Song"], e.year or 2023)
        venue = classify(e.venue_tag)
        doi = ""
        if venue.registers_dois and e.title:
            doi = bench_doi(n)
            cr.synth_work(doi, e.title, [("Zhihong", "Chen")], e.year or 2023, e.venue_tag)
            cr.answer_search(title_words(e.title), [doi])
        known = lookup(e.venue_tag) if e.venue_tag else None
        keys = s2_keys(e)
        arxiv = next((k.split(":", 1)[1] for k in keys if k.startswith("ARXIV:")), "")
        acl = next((k.split(":", 1)[1] for k in keys if k.startswith("ACL:")), "")
        listed_doi = next((k.split(":", 1)[1] for k in keys if k.startswith("DOI:")), "")
        if not e.title:
            continue
        # S2 names the tag's venue (a tag our table lacks as the list writes it); a preprint
        # tag's paper is still the preprint there.
        named = known.name if known else e.venue_tag
        if not named or venue.pub_type == "preprint":
            named = "arXiv.org"
        paper = s2.synth_paper(e.title, ["Zhihong Chen", "Yan Song"], e.year or 2023,
                               venue=named, arxiv=arxiv, doi=listed_doi or doi, acl=acl)
        if match_key(e):
            s2.answer_match(match_key(e), paper)
    return papers


def bench_doi(n: int) -> str:
    """The synthetic DOI `prepare` gives its n-th paper (the fake S2 names it as published)."""
    return f"10.5555/bench.{n}"


def paper_dois(papers: list) -> dict[str, str]:
    """Every DOI enrichment may ask Crossref for (the papers' own, from the list and its links,
    and `prepare`'s) -> the normalised title of its paper."""
    return {d: title_words(e.title) for n, e in enumerate(papers)
            for d in (*entry_dois(e), bench_doi(n))}


def _about(request, titles: set[str], dois: dict[str, str]) -> bool:
    """Whether a Crossref request is for a paper whose title is in `titles`."""
    if "filter" in request.query:
        asked = request.query["filter"][0].replace("doi:", "").split(",")
        return any(dois.get(d.lower()) in titles for d in asked)
    query = request.query.get("query.bibliographic", [""])[0]
    return any(query.startswith(t) for t in titles if t)


def run(work: Path, ax: FakeArxiv, cr: FakeCrossref, s2: FakeSemanticScholar, label: str,
        n_papers: int, mailto: str) -> list[int]:
    """One enrich run over entries/ with the shared cache; prints its figures."""
    lib = store.load_library(work / "entries")
    vc = VirtualClock()
    a0, c0, s0 = len(ax.requests), len(cr.requests), len(s2.requests)
    t0 = time.perf_counter()
    report = enrich_library(lib, Options(cache_dir=work / "cache", arxiv_url=ax.url,
                                         crossref_url=cr.url, s2_url=s2.url, mailto=mailto,
                                         clock=vc.clock, sleep=vc.sleep))
    wall = time.perf_counter() - t0
    store.save_library(lib, work / "entries")
    na, nc, ns = len(ax.requests) - a0, len(cr.requests) - c0, len(s2.requests) - s0
    ids = len({e.arxiv for e in lib.entries if e.arxiv})
    print(f"{label:<22} arXiv {na:4d} req ({ids} ids)  S2 {ns:3d} req  Crossref {nc:4d} req  "
          f"total/paper {(na + nc + ns) / n_papers:5.2f}  wall {wall:6.2f}s  "
          f"pacing {vc.slept:7.1f}s  resolved {sum(1 for e in lib.entries if e.doi)} DOIs, "
          f"{sum(1 for e in lib.entries if e.authors)} with authors")
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


def stages(kinds: list[str], latency: float, interval: float, slots: int) -> float:
    """Seconds for Crossref's requests of these kinds, in order: each stage (a run of requests
    of one kind) starting `interval` apart, or `latency / slots` when the slots are the limit,
    plus the last answer's latency."""
    return sum((len(list(run_)) - 1) * max(interval, latency / slots) + latency
               for _kind, run_ in itertools.groupby(kinds))


def floor(n_ids: int, n_search: int, n_s2: int, part1: list[str], part2: list[str],
          latency: float, arxiv_delay: float, interval: float, slots: int,
          s2_backoff: float = 0.0) -> tuple[float, float, float, float]:
    """The politeness floor of the pipeline's design: (arXiv, S2, Crossref part 1's end,
    the end of it all), in seconds. arXiv: its id batches then its title search, one at a
    time `arxiv_delay` apart (end to start); S2 beside it, `S2_INTERVAL` apart start to start
    (when it is down, `s2_backoff` > 0: its one request's tries, the bounded backoff doubling
    between them). Crossref part 1 starts once arXiv's id batches and S2 have answered; part
    2 once arXiv's title search and part 1 have (`stages` within each part)."""
    n_ax = n_ids + n_search
    ids_end = n_ids * latency + max(n_ids - 1, 0) * arxiv_delay
    ax_end = n_ax * latency + max(n_ax - 1, 0) * arxiv_delay
    if s2_backoff:
        s2_end = n_s2 * latency + sum(s2_backoff * 2 ** k for k in range(max(n_s2 - 1, 0)))
    else:
        s2_end = (max(n_s2 - 1, 0) * max(S2_INTERVAL, latency) + latency) if n_s2 else 0.0
    part1_end = max(ids_end, s2_end) + (stages(part1, latency, interval, slots) if part1
                                        else 0.0)
    end = max(ax_end, s2_end, part1_end)
    if part2:
        end = max(ax_end, part1_end) + stages(part2, latency, interval, slots)
    return ax_end, s2_end, part1_end, end


def crossref_kinds(requests: list) -> list[str]:
    """Each request's stage: DOI batches and searches together ("first"), then DOI batches
    after the last search (the published versions of preprints)."""
    searched = [n for n, r in enumerate(requests) if "filter" not in r.query]
    last = searched[-1] if searched else -1
    return ["first" if n <= last or "filter" not in r.query or not searched else "published"
            for n, r in enumerate(requests)]


def real_time(list_path: Path, latency: float, scale: float, hang_every: int,
              mailto: str, s2_down: bool) -> None:
    """A cold run in real time with `latency` per answer, against the floor; scaled by `scale`."""
    ax, cr, s2 = FakeArxiv().start(), FakeCrossref().start(), FakeSemanticScholar().start()
    ax.latency = cr.latency = s2.latency = latency * scale
    interval = LIST_INTERVAL["polite" if mailto else "public"]
    cr.extra_headers.update({"x-rate-limit-interval": f"{scale:g}s"})
    policy = RetryPolicy(timeout=30.0 * scale, backoff=2.0 * scale, max_wait=120.0 * scale)
    if hang_every:
        ax.hang_every = cr.hang_every = s2.hang_every = hang_every
        ax.hang_for = cr.hang_for = s2.hang_for = policy.timeout * 1.2
    if s2_down:
        s2.faults = [Fault(status=503)] * 100
    try:
        with tempfile.TemporaryDirectory() as tmp:
            work = Path(tmp)
            papers = prepare(list_path, work, ax, cr, s2)
            dois = paper_dois(papers)
            lib = store.load_library(work / "entries")
            t0 = time.perf_counter()
            enrich_library(lib, Options(cache_dir=work / "cache", arxiv_url=ax.url,
                                        crossref_url=cr.url, s2_url=s2.url, mailto=mailto,
                                        arxiv_delay=DELAY * scale,
                                        s2_interval=S2_INTERVAL * scale,
                                        crossref_interval=interval * scale, policy=policy))
            wall = (time.perf_counter() - t0) / scale
            seen = sorted(r.at for f in (ax, cr, s2) for r in f.requests)
            span = (seen[-1] - seen[0]) / scale if seen else 0.0
            # Part 2: the Crossref requests for papers the arXiv title search asked about.
            asked = set(re.findall(r'ti:"([^"]*)"', " ".join(ax.searches())))
            n_search = sum(1 for r in ax.requests if "ti:" in r.query.get("search_query",
                                                                           [""])[0])
            later = [r for r in cr.requests if _about(r, asked, dois)]
            sooner = [r for r in cr.requests if not _about(r, asked, dois)]
            ax_floor, s2_floor, part1_end, total = floor(
                len(ax.requests) - n_search, n_search, len(s2.requests),
                crossref_kinds(sooner), crossref_kinds(later), latency, DELAY, interval,
                LIST_CONCURRENCY_CAP, s2_backoff=policy.backoff / scale if s2_down else 0.0)
            hangs = f", every {hang_every}th request hangs" if hang_every else ""
            print(f"{'real-time':<22} arXiv {len(ax.requests):4d} req  S2 {len(s2.requests):3d} "
                  f"req  Crossref {len(cr.requests):4d} req  (total "
                  f"{len(ax.requests) + len(s2.requests) + len(cr.requests)})  latency "
                  f"{latency * 1000:.0f} ms{hangs}: first to last request {span:5.1f}s  "
                  f"wall {wall:6.1f}s  floor {total:5.1f}s (arXiv {ax_floor:.1f}s, S2 "
                  f"{s2_floor:.1f}s; Crossref {len(sooner)} req beside arXiv's title search, "
                  f"done {part1_end:.1f}s, {len(later)} after it)  ratio {wall / total:4.2f}  "
                  f"server saw {cr.most_in_flight} at once  resolved "
                  f"{sum(1 for e in lib.entries if e.doi)} DOIs  (scale {scale:g}, "
                  f"{len(papers)} papers)")
    finally:
        ax.stop()
        cr.stop()
        s2.stop()


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
    ap.add_argument("--no-s2", action="store_true",
                    help="Semantic Scholar down (503 on every request)")
    args = ap.parse_args()
    ax, cr, s2 = FakeArxiv().start(), FakeCrossref().start(), FakeSemanticScholar().start()
    ax.latency = cr.latency = s2.latency = args.latency
    if args.no_s2:
        s2.faults = [Fault(status=503)] * 100
    try:
        with tempfile.TemporaryDirectory() as tmp:
            work = Path(tmp)
            papers = prepare(Path(args.list), work, ax, cr, s2)
            print(f"{len(papers)} papers, latency {args.latency * 1000:.0f} ms per request, "
                  f"pool {'polite' if args.mailto else 'public'}"
                  f"{', Semantic Scholar down' if args.no_s2 else ''}")
            searches = run(work, ax, cr, s2, "cold", len(papers), args.mailto)
            if not args.no_s2:
                run(work, ax, cr, s2, "warm", len(papers), args.mailto)
            one_per_paper(work, ax, cr, len(papers), args.mailto)
    finally:
        ax.stop()
        cr.stop()
        s2.stop()
    if args.real_latency > 0:
        real_time(Path(args.list), args.real_latency, args.scale, args.hang_every, args.mailto,
                  args.no_s2)
    print(f"cold arXiv title searches: {len(searches)} request(s), titles per request "
          f"{searches} ({sum(searches)} papers without a usable arXiv link; counted "
          f"in the cold row's arXiv requests)")


if __name__ == "__main__":
    main()
