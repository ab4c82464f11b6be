"""Benchmark: each hostile row of issue 20 through the real CLI, under a memory cap.

    python bench/hostile.py [--code DIR] [--cap-mib 3072] [--timeout 60] [--rows a,b,...]

Prints, per row: exit status, lines on stderr, whether a traceback was printed, peak resident
memory (the kernel's figure, from wait4) and seconds. `--code DIR` runs another checkout's
awesome_bib (e.g. `git archive main | tar -x -C /tmp/main`) for a before/after table; a run
over `--timeout` is killed and reported as "timeout". Inputs are generated in a temp dir;
servers are tests/fakes/hostile.py on 127.0.0.1. The HTTP knobs (AWESOME_BIB_HTTP_ATTEMPTS=2,
_BACKOFF=0.1, _DEADLINE=2) only lower the defaults and are ignored by code without them.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.fakes import hostile  # noqa: E402
from tests.fakes.capped import run_capped  # noqa: E402
from tests.test_commands.test_hostile import FAST, LIST, _fifty_mb_line  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--code", type=Path, default=ROOT, help="checkout whose code runs")
    parser.add_argument("--cap-mib", type=int, default=3072)
    parser.add_argument("--timeout", type=float, default=60.0)
    parser.add_argument("--rows", default="", help="comma-separated row names (default all)")
    args = parser.parse_args()
    chosen = set(filter(None, args.rows.split(",")))
    print(f"code: {args.code}; cap {args.cap_mib} MiB; timeout {args.timeout:g} s")
    print(f"{'row':<34} {'exit':>7} {'stderr':>6} {'tb':>3} {'peak MiB':>9} {'s':>7}  last line")
    with tempfile.TemporaryDirectory() as tmp:
        for name, row in ROWS.items():
            if chosen and name not in chosen:
                continue
            work = Path(tmp) / name
            work.mkdir()
            run_args, env, server = row(work, args.code)
            try:
                run = run_capped(run_args, args.cap_mib, args.timeout, env={
                    **env, "AWESOME_BIB_CACHE": str(work / "cache")}, pythonpath=args.code)
            finally:
                if server:
                    server.stop()
            code = "timeout" if run.timed_out else str(run.code)
            last = (run.err_lines or [""])[-1][:90]
            tb = "yes" if run.traceback else "no"
            print(f"{name:<34} {code:>7} {len(run.err_lines):>6} {tb:>3} {run.peak_mib:>9.0f}"
                  f" {run.seconds:>7.1f}  {last}", flush=True)


Row = Callable[[Path, Path], tuple[list[str], dict[str, str], "hostile.HostileServer | None"]]


def _imported(work: Path, code: Path) -> Path:
    listing = work / "list.md"
    listing.write_text(LIST, encoding="utf-8")
    run = run_capped(["import", str(listing), "--entries", str(work / "entries")], 3072, 60,
                     env={"AWESOME_BIB_CACHE": str(work / "cache")}, pythonpath=code)
    assert run.code == 0, run.err
    return work / "entries"


def _alias_bomb(command: list[str]) -> Row:
    def row(work: Path, code: Path) -> tuple[list[str], dict[str, str], None]:
        entries = _imported(work, code)
        bomb = entries / "alpha.yaml"
        levels = ["b0: &b0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"] + [
            f"b{n}: &b{n} [{', '.join([f'*b{n - 1}'] * 9)}]" for n in range(1, 12)]
        bomb.write_text("\n".join(levels) + "\n" + bomb.read_text(encoding="utf-8"),
                        encoding="utf-8")
        return [*command, "--entries", str(entries)], {}, None
    return row


def _big_line(kind: str, command: str) -> Row:
    def row(work: Path, code: Path) -> tuple[list[str], dict[str, str], None]:
        listing = work / "list.md"
        listing.write_text(LIST + _fifty_mb_line(kind) + "\n", encoding="utf-8")
        extra = ["--offline"] if command == "check" else []
        return [command, str(listing), "--entries", str(work / "entries"), *extra], {}, None
    return row


def _server(behaviour: hostile.Behaviour) -> Row:
    def row(work: Path, code: Path) -> tuple[list[str], dict[str, str], hostile.HostileServer]:
        entries = _imported(work, code)
        server = hostile.HostileServer(behaviour, drip=5.0).start()
        env = {**FAST, "AWESOME_BIB_ARXIV_URL": f"{server.url}/api/query",
               "AWESOME_BIB_CROSSREF_URL": server.url}
        return ["enrich", "--entries", str(entries)], env, server
    return row


ROWS: dict[str, Row] = {
    "alias bomb: export": _alias_bomb(["export", "--format", "bibtex", "--out", "/dev/null/x"]),
    "alias bomb: enrich --offline": _alias_bomb(["enrich", "--offline"]),
    "50 MB line of links: import": _big_line("links", "import"),
    "50 MB title line: import": _big_line("title", "import"),
    "50 MB title line: check": _big_line("title", "check"),
    "50 MB paragraph of links: import": _big_line("paragraph", "import"),
    "server: 2 GB answer": _server(hostile.huge),
    "server: gzip inflating to 1 GiB": _server(hostile.gzip_bomb),
    "server: JSON nested 200,000": _server(hostile.deep_json),
    "server: one byte every 5 s": _server(hostile.drip),
}

if __name__ == "__main__":
    main()
