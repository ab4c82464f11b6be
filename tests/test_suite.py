"""The suite's own plumbing: `-m "not clients"` leaves out exactly the real-client tests."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _collected(*args: str) -> set[str]:
    proc = subprocess.run([sys.executable, "-m", "pytest", "--collect-only", "-q", *args],
                          cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert proc.returncode in (0, 5), proc.stdout + proc.stderr  # 5: nothing collected
    return {line.split("::")[0] for line in proc.stdout.splitlines() if "::" in line}


def test_clients_marker_selects_exactly_tests_test_clients():
    clients = _collected("-m", "clients")
    assert clients and all(f.startswith("tests/test_clients/") for f in clients)
    others = _collected("-m", "not clients")
    assert others and not any(f.startswith("tests/test_clients/") for f in others)
