"""Real `awesome-bib enrich` processes against the fake services: one writer at a time, edits
made during a run survive, and `kill -9` at any point loses nothing but the requests in flight.

Every wait is bounded (a deadline or a subprocess timeout); nothing asserts how long a thing
took.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest
import yaml

from awesome_bib import store
from awesome_bib.enrich.crossref import LIST_CONCURRENCY_CAP
from awesome_bib.store.cache import FORMAT as CACHE_FORMAT
from awesome_bib.store.cache import Cache
from awesome_bib.store.locks import holder_path

from .conftest import ROOT

BOUND = 120  # seconds: the longest any wait here may take before the test fails

#: Runs the CLI with `store.replace_if_unchanged` pausing after the first file it replaces,
#: having written that file's name to argv[1]: a kill then lands in the middle of the writes.
PAUSING_CLI = """
import sys, time
from pathlib import Path
from awesome_bib import store
real = store.replace_if_unchanged
def pausing(path, data, expected):
    done = real(path, data, expected)
    if done:
        Path(marker).write_text(str(path))
        time.sleep(600)
    return done
store.replace_if_unchanged = pausing
marker, sys.argv = sys.argv[1], ["awesome-bib", *sys.argv[2:]]
from awesome_bib.cli import main
main()
"""


@pytest.fixture
def work(entries_dir):
    """entries/ imported from a real subset of the list, the fakes knowing its arXiv ids, and
    an environment pointing a subprocess at the fakes (no politeness delays): test_cli's."""
    return entries_dir


def start(entries: Path, *args: str, marker: Path | None = None) -> subprocess.Popen[str]:
    """`awesome-bib enrich --entries ENTRIES --json ARGS` in a new process."""
    code = PAUSING_CLI if marker else "from awesome_bib.cli import main; main()"
    pre = [str(marker)] if marker else []
    return subprocess.Popen(
        [sys.executable, "-c", code, *pre, "enrich", "--entries", str(entries), "--json", *args],
        env=dict(os.environ), cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True)


def until(condition, what: str, proc: subprocess.Popen[str] | None = None) -> None:
    """Wait (bounded) for `condition()`; fail at once if `proc` ends first."""
    deadline = time.monotonic() + BOUND
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        if proc is not None and proc.poll() is not None:
            raise AssertionError(f"the run ended before {what}: {proc.communicate()}")
        time.sleep(0.02)


def finish(proc: subprocess.Popen[str]) -> tuple[int, str, str]:
    out, err = proc.communicate(timeout=BOUND)
    return proc.returncode, out, err


def kill(proc: subprocess.Popen[str]) -> None:
    proc.send_signal(signal.SIGKILL)
    proc.communicate(timeout=BOUND)
    assert proc.returncode == -signal.SIGKILL


def signatures(*servers) -> list[str]:
    """What each request asked for (an id list, a DOI filter, a search)."""
    return [json.dumps(r.query, sort_keys=True) for s in servers for r in s.requests]


def test_edit_made_during_a_run_is_in_the_final_file(work, fake_arxiv, fake_crossref):
    fake_crossref.latency = 0.3
    proc = start(work)
    until(lambda: len(fake_crossref.requests) >= 2, "the run to reach its Crossref searches",
          proc)
    path = work / "medical-report-generation.yaml"
    text = path.read_text(encoding="utf-8")
    first_key = yaml.safe_load(text)["entries"][0]["key"]
    edited = text.replace(f"- key: {first_key}\n",
                          f"# checked by hand, see the PDF\n- key: {first_key}\n"
                          "  note: the workshop version  # from the poster\n", 1)
    assert edited != text
    path.write_text(edited, encoding="utf-8")
    code, out, err = finish(proc)
    assert code == 0, err
    assert "was edited during this run: merged your edits" in err
    final = path.read_text(encoding="utf-8")
    assert "# checked by hand, see the PDF" in final and "# from the poster" in final
    lib = store.load_library(work)
    assert next(e for e in lib.entries if e.key == first_key or e.title == yaml.safe_load(
        text)["entries"][0]["title"]).note == "the workshop version"
    assert sum(bool(e.authors) for e in lib.entries) == json.loads(out)["sections"][0][
        "with_authors"] > 0  # enrichment's values are there too


def test_second_run_waits_and_services_see_one_run(work, fake_arxiv, fake_crossref):
    fake_crossref.latency = 0.2
    first = start(work)
    until(lambda: fake_crossref.requests, "the first run to hold the locks", first)
    second = start(work, "--wait", str(BOUND))
    code, out, err = finish(first)
    assert code == 0, err
    one_run = len(fake_arxiv.requests) + len(fake_crossref.requests)
    code2, out2, err2 = finish(second)
    assert code2 == 0, err2
    [line] = [ln for ln in err2.splitlines() if "is locked by" in ln]
    assert f"is locked by `awesome-bib enrich` (pid {first.pid}, since " in line
    assert "waiting up to 120 s" in line
    assert json.loads(out2)["requests"] == {"arxiv": 0, "crossref": 0}
    assert len(fake_arxiv.requests) + len(fake_crossref.requests) == one_run


def test_second_run_with_no_wait_refuses_in_one_line(work, fake_arxiv, fake_crossref):
    fake_crossref.latency = 0.2
    first = start(work)
    until(lambda: fake_crossref.requests, "the first run to hold the locks", first)
    code2, out2, err2 = finish(start(work, "--no-wait"))
    code, out, err = finish(first)
    assert code == 0, err
    assert code2 == 3 and out2 == ""
    assert err2.startswith("awesome-bib: error: ") and len(err2.splitlines()) == 1
    assert f"is locked by `awesome-bib enrich` (pid {first.pid}, since " in err2
    assert json.loads(out)["requests"]["crossref"] == len(fake_crossref.requests)


def _killed_at(point: str, work: Path, fake_arxiv, fake_crossref, tmp_path: Path) -> None:
    """Start a run and kill it at `point`."""
    marker = tmp_path / "wrote"
    if point == "arxiv-batch":
        fake_arxiv.latency = 5.0  # the batch is in flight when the kill comes
        proc = start(work)
        until(lambda: fake_arxiv.requests, "the arXiv batch to be sent", proc)
    elif point == "crossref-searches":
        fake_crossref.latency = 0.15
        proc = start(work)
        until(lambda: len(fake_crossref.requests) >= 4, "a few Crossref searches", proc)
    else:
        proc = start(work, marker=marker)
        until(marker.exists, "the first entries/ file to be replaced", proc)
    kill(proc)
    fake_arxiv.latency = fake_crossref.latency = 0


@pytest.mark.parametrize("point", ["arxiv-batch", "crossref-searches", "final-writes"])
def test_kill_9_loses_nothing_and_the_rerun_fetches_only_what_is_missing(
        point, work, fake_arxiv, fake_crossref, tmp_path):
    before = store.load_library(work)
    _killed_at(point, work, fake_arxiv, fake_crossref, tmp_path)
    # Every file parses, with every entry; the cache reads; the holder file names a dead pid.
    after_kill = store.load_library(work)
    assert [e.title for e in after_kill.entries] == [e.title for e in before.entries]
    cache_dir = Path(os.environ["AWESOME_BIB_CACHE"])
    cache = Cache(cache_dir)
    cached = sorted((cache_dir / f"v{CACHE_FORMAT}").rglob("*.json"))
    if point != "arxiv-batch":  # killed later than the first batch: answers were kept
        assert cached
    for path in cached:
        record = json.loads(path.read_text(encoding="utf-8"))
        assert cache.get(record["source"], record["key"])[0]
    assert holder_path(work).exists()  # left by the killed run: it must not block
    killed = signatures(fake_arxiv, fake_crossref)

    code, out, err = finish(start(work, "--no-wait"))  # a stale lock never blocks
    assert code == 0, err
    asked = Counter(signatures(fake_arxiv, fake_crossref))
    # At most the answers not yet cached at the kill are asked twice: PoliteHttp.map keeps at
    # most LIST_CONCURRENCY_CAP jobs started and not yet taken (and cached) by the caller.
    assert sum(n - 1 for n in asked.values()) <= LIST_CONCURRENCY_CAP
    assert json.loads(out)["counts"]["cached"] >= len(killed) - LIST_CONCURRENCY_CAP
    code, out, err = finish(start(work, "--no-wait"))
    assert code == 0, err
    assert json.loads(out)["requests"] == {"arxiv": 0, "crossref": 0}
    leftovers = [p for d in (work, cache_dir) for p in d.rglob("*") if p.name.endswith(".tmp")]
    assert leftovers == [] and not holder_path(work).exists()
    final = store.load_library(work)
    assert len(final.entries) == len(before.entries)
    assert sum(bool(e.authors) for e in final.entries) > 0
