"""Hostile inputs and servers through the real command line, under a memory cap (issue 20).

Each row of the issue's table: an `entries/` file with a YAML alias bomb, a 50 MB list whose
one line holds many links or one title, a Crossref answer of 2 GB, a gzip body inflating to
1 GiB, JSON nested 200,000 deep, a server dripping one byte every 5 s. Each run happens in a
subprocess capped with `prlimit --as` (3 GiB, as the issue's runs) and must end with exit 0
or 2, one line (no traceback), under 500 MiB resident (the 50 MB list under 1 GiB), and in
bounded time. Servers are on 127.0.0.1 only; each is bounded in time and count (hostile.py).
bench/hostile.py prints the same figures, for main and for this code.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.fakes import hostile
from tests.fakes.capped import Run, run_capped
from tests.fakes.hostile import HostileServer

pytestmark = pytest.mark.hostile

CAP = 3072  # MiB of address space, as the runs
PEAK = 500  # MiB resident, the target
PEAK_BIG_LIST = 1024  # MiB, the target for the 50 MB list
TIMEOUT = 120  # seconds before a run counts as hung

SEED = Path(__file__).resolve().parents[2] / "seeds" / "001_8a4be340c7ffec50.txt"
#: Three bullets of the reference list, as written there, under one section.
LIST = "# Awesome Medical Papers\n\n## Alpha\n\n" + "".join(
    line for line in SEED.read_text(encoding="utf-8").splitlines(keepends=True)
    if line.startswith("- ") and any(i in line for i in ("2212.10729", "2211.05991",
                                                         "2403.12570")))


def _one_line(run: Run) -> str:
    assert not run.timed_out and not run.traceback, run.err[-2000:]
    assert len(run.err_lines) == 1, run.err[-2000:]
    return run.err_lines[0]


@pytest.fixture
def imported(tmp_path: Path) -> tuple[Path, Path]:
    listing = tmp_path / "list.md"
    listing.write_text(LIST, encoding="utf-8")
    entries = tmp_path / "entries"
    run = run_capped(["import", str(listing), "--entries", str(entries)], CAP, TIMEOUT)
    assert run.code == 0, run.err
    return listing, entries


def test_an_alias_bomb_in_entries_is_refused_by_every_command(imported):
    listing, entries = imported
    bomb = entries / "alpha.yaml"
    text = bomb.read_text(encoding="utf-8")
    levels = ["b0: &b0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"] + [
        f"b{n}: &b{n} [{', '.join([f'*b{n - 1}'] * 9)}]" for n in range(1, 12)]
    bomb.write_text("\n".join(levels) + "\n" + text, encoding="utf-8")
    for args in (["import", str(listing)], ["enrich", "--offline"], ["export", "--format",
                 "all", "--out", str(entries.parent / "out")], ["check", "--offline"]):
        run = run_capped([*args, "--entries", str(entries)], CAP, TIMEOUT)
        line = _one_line(run)
        assert run.code == 2, (args, line)
        assert f"{bomb}:1: broken YAML: anchors and aliases are not allowed" in line, line
        assert run.peak_mib < PEAK, (args, run.peak_mib)


def _fifty_mb_line(kind: str) -> str:
    """50 MB of list: one line of links, one line that is a title, or (`paragraph`) a
    paragraph of 6,000 lines of links (each line short; the item is not)."""
    if kind == "links":
        links = " ".join(f"[p{n}](https://arxiv.org/abs/2303.{n % 99999:05d})"
                         for n in range(1_300_000))
        return "- " + links
    if kind == "paragraph":
        line = " ".join(f"[p{n}](https://arxiv.org/abs/2303.{n:05d})" for n in range(200))
        return "\n" + "\n".join([line] * 6_200)
    return "- [" + "Towards generalist medical imaging " * 1_450_000 + \
        "](https://arxiv.org/abs/2303.07618)"


@pytest.mark.parametrize(("kind", "line", "said"), [
    ("links", 8, r"a line of 57,388,891 characters \(more than 32,768\): not read"),
    ("title", 8, r"a line of 50,750,038 characters \(more than 32,768\): not read"),
    ("paragraph", 9, r"an item of 6,200 lines and 50,[\d,]+ characters \(more than 1,048,576\)"),
])
def test_a_50_mb_line_or_item_is_skipped_with_its_line_and_memory_stays_bounded(
        tmp_path, kind, line, said):
    listing = tmp_path / "list.md"
    listing.write_text(LIST + _fifty_mb_line(kind) + "\n", encoding="utf-8")
    assert listing.stat().st_size > 50 * 10**6
    entries = tmp_path / "entries"
    run = run_capped(["import", str(listing), "--entries", str(entries)], CAP, TIMEOUT)
    assert run.code == 0 and not run.traceback and not run.err_lines, run.err[-2000:]
    assert re.search(f"{re.escape(str(listing))}:{line}: skipped: {said}", run.out), run.out[-600:]
    assert "added 3," in run.out  # the list's own items are all there
    assert run.peak_mib < PEAK_BIG_LIST, run.peak_mib
    run = run_capped(["check", str(listing), "--entries", str(entries), "--offline"], CAP,
                     TIMEOUT)
    assert run.code in (0, 1) and not run.traceback, run.err[-2000:]
    assert run.peak_mib < PEAK_BIG_LIST, run.peak_mib


def test_a_list_that_is_one_50_mb_line_is_one_error_line(tmp_path):
    listing = tmp_path / "list.md"
    listing.write_text(_fifty_mb_line("links") + "\n", encoding="utf-8")
    run = run_capped(["import", str(listing), "--entries", str(tmp_path / "e")], CAP, TIMEOUT)
    line = _one_line(run)
    assert run.code == 2
    assert f"{listing}:1: no paper or dataset items recognised" in line
    assert run.peak_mib < PEAK_BIG_LIST


@pytest.fixture
def serve() -> Iterator[object]:
    servers: list[HostileServer] = []

    def start(behaviour: hostile.Behaviour) -> HostileServer:
        servers.append(HostileServer(behaviour, drip=5.0).start())
        return servers[-1]

    yield start
    for server in servers:
        server.stop()


#: Two tries a request, short backoff, a 2 s deadline: the figures stay small, the logic is
#: the default's (env_policy only ever lowers them).
FAST = {"AWESOME_BIB_HTTP_ATTEMPTS": "2", "AWESOME_BIB_HTTP_BACKOFF": "0.1",
        "AWESOME_BIB_HTTP_DEADLINE": "2", "AWESOME_BIB_ARXIV_DELAY": "0",
        "AWESOME_BIB_CROSSREF_DELAY": "0"}


@pytest.mark.parametrize(("behaviour", "said"), [
    (hostile.huge, "answer of 2000000000 bytes is over our limit"),
    (hostile.gzip_bomb, "answer over our limit of 33554432 bytes: cut"),
    (hostile.deep_json, "answer nested deeper than 64 levels"),
    (hostile.deep_xml, "answer nested deeper than 64 levels"),
    (hostile.drip, "no complete answer within 1 s: cut"),
])
def test_a_hostile_server_is_a_source_failure_and_the_run_completes(imported, serve,
                                                                      behaviour, said):
    _, entries = imported
    server = serve(behaviour)
    env = {**FAST, "AWESOME_BIB_ARXIV_URL": f"{server.url}/api/query",
           "AWESOME_BIB_CROSSREF_URL": server.url}
    if behaviour is hostile.drip:  # the deadline is all it costs: the shortest will do
        env["AWESOME_BIB_HTTP_DEADLINE"] = "1"
    run = run_capped(["enrich", "--entries", str(entries)], CAP, TIMEOUT, env=env)
    assert run.code == 0 and not run.traceback and not run.timed_out, run.err[-2000:]
    assert run.err_lines == []
    reasons = [line for line in run.out.splitlines() if said in line]
    # every paper says why, in one line per source (arXiv and Crossref)
    assert len({line.split(":")[0] for line in reasons}) == 3, run.out
    assert run.peak_mib < PEAK, run.peak_mib
    # Bounded: two requests a source before it is taken as down, two tries each.
    assert server.requests <= 2 * 2 + 3 * 2, server.requests
    if behaviour is hostile.drip:  # each try costs the deadline, not the drip's lifetime
        assert run.seconds < 20, run.seconds


def test_running_out_of_memory_is_one_line_naming_the_list(tmp_path):
    """The last line of defence (cli.py): a list too big for the memory given (30,000 items
    under a 150 MiB cap) ends in one line naming the list, exit 2, and entries/ untouched."""
    listing = tmp_path / "list.md"
    listing.write_text("# Big\n\n## Papers\n\n" + "".join(
        f"- [**CVPR 2023**] Paper number {n} on medical imaging and language models "
        f"[[pdf]](https://arxiv.org/abs/2303.{n:05d})\n" for n in range(30_000)),
        encoding="utf-8")
    entries = tmp_path / "entries"
    run = run_capped(["import", str(listing), "--entries", str(entries)], 150, TIMEOUT)
    line = _one_line(run)
    assert run.code == 2
    assert line.startswith(f"awesome-bib: error: {listing}: out of memory (MemoryError); "
                           "nothing already written was lost."), line
    assert "please report it" in line
    assert not entries.exists()
