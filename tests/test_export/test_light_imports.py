"""The export path imports nothing it does not use: no network stack, and (with the parse cache
warm) no YAML parser. Checked in a fresh interpreter, where sys.modules tells the truth."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ["requests", "arxiv", "rich", "rapidfuzz", "markdown_it", "ftfy", "anyascii", "yaml",
         "ruamel", "filelock",
         # the standard library's network stack (xml.sax.saxutils would load it)
         "urllib.request", "http.client", "ssl", "socket"]
PROBE = f"""
import json, sys
from awesome_bib.cli import main
try:
    main(["export", "--format", "all", "--entries", sys.argv[1], "--out", sys.argv[2]])
except SystemExit as exc:
    assert not exc.code, exc.code
print(json.dumps({{m: m in sys.modules for m in {HEAVY!r}}}))
"""


def test_export_loads_no_network_or_parsing_libraries(tmp_path):
    """A second export (parse cache warm) loads none of the heavy modules."""
    env = {**os.environ, "AWESOME_BIB_CACHE": str(tmp_path / "cache")}
    args = [sys.executable, "-c", PROBE, str(ROOT / "entries"), str(tmp_path / "out")]
    subprocess.run(args, env=env, check=True, capture_output=True, cwd=ROOT)  # warms the cache
    proc = subprocess.run(args, env=env, check=True, capture_output=True, text=True, cwd=ROOT)
    loaded = json.loads(proc.stdout.strip().splitlines()[-1])
    assert [m for m, present in loaded.items() if present] == []
