"""The benchmark scripts still run against the current code (their figures are printed, never
asserted: here only that they complete and print their table)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _run(*args: str) -> str:
    proc = subprocess.run([sys.executable, *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=300)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


def test_export_bench_runs_on_a_small_list():
    """bench/export.py on 200 entries prints one row with the entry count, then where the
    import's time went."""
    out = _run("bench/export.py", "--sizes", "200")
    rows = [line.split() for line in out.splitlines()[1:] if line.strip()]
    assert [row[0] for row in rows] == ["200", "import:"]
    assert "markdown" in out and "write entries/" in out


def test_enrich_bench_runs_without_latency():
    """bench/enrich.py prints its cold, warm, one-request-per-paper and real-time rows (the
    real-time run 50x faster than real)."""
    out = _run("bench/enrich.py", "--latency", "0", "--scale", "0.02")
    assert [line.split()[0] for line in out.splitlines()[1:5]] == [
        "cold", "warm", "one-request-per-paper", "real-time"]


def test_corpus_score_prints_every_fresh_list_and_a_total():
    """bench/corpus_score.py prints one row per fresh development list, then the group total."""
    from tests.test_importer.corpus_truth import FRESH

    out = _run("bench/corpus_score.py", "--group", "fresh-dev")
    names = [line.split()[0] for line in out.splitlines() if line[:2].isdigit()]
    assert names == sorted(FRESH)
    assert out.splitlines()[-1].startswith(f"TOTAL ({len(FRESH)} lists)")
