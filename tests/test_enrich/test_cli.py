"""`awesome-bib enrich` on entries/ imported from a real subset of the default list."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from click.testing import CliRunner

from awesome_bib import store
from awesome_bib.cli import cli
from awesome_bib.commands.enrich_cmd import command
from awesome_bib.enrich.crossref import LIST_CONCURRENCY_CAP

from .conftest import ROOT


def snapshot(directory: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(directory.glob("*.yaml"))}


def test_enrich_json_summary_and_author_keys(entries_dir, fake_arxiv):
    before = store.load_library(entries_dir)
    result = CliRunner().invoke(command, ["--entries", str(entries_dir), "--json"])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.output)
    [section] = summary["sections"]
    with_arxiv = sum(bool(e.arxiv) for e in before.entries)
    assert section["entries"] == len(before.entries) and section["with_authors"] == with_arxiv
    assert summary["requests"]["arxiv"] == 2  # the id batch, one title search for the rest
    assert summary["titles_per_search"] == [sum(not e.arxiv for e in before.entries)]
    after = store.load_library(entries_dir)
    enriched = [e for e in after.entries if e.arxiv]
    assert all(e.authors[0].family == "Chen" and e.authors[1].family == "van der Berg"
               for e in enriched)
    assert all(e.key.startswith("chen") and not e.key_fallback for e in enriched)
    old_keys = {e.key for e in before.entries if not e.arxiv}
    assert old_keys <= {e.key for e in after.entries}  # no authors: keys unchanged
    assert all(e.unresolved for e in after.entries if not e.arxiv)


def test_dry_run_writes_nothing_and_shows_changes(entries_dir):
    before = snapshot(entries_dir)
    result = CliRunner().invoke(command, ["--entries", str(entries_dir), "--dry-run"])
    assert result.exit_code == 0, result.output
    assert snapshot(entries_dir) == before
    assert "dry run" in result.output and ".authors: - -> Zhihong Chen; " in result.output


def test_only_one_section_or_key(entries_dir, fake_arxiv):
    key = next(e.key for e in store.load_library(entries_dir).entries if e.arxiv)
    result = CliRunner().invoke(command, ["--entries", str(entries_dir), "--only", key,
                                          "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["entries"] == 1
    assert fake_arxiv.id_lists()[0] == [next(e.arxiv for e in store.load_library(
        entries_dir).entries if e.title and e.arxiv and e.provenance)]
    bad = CliRunner().invoke(cli, ["enrich", "--entries", str(entries_dir), "--only", "nope"])
    assert bad.exit_code == 2 and "awesome-bib: error: --only 'nope'" in bad.output


def test_offline_cli_makes_no_request(entries_dir, fake_arxiv, fake_crossref):
    result = CliRunner().invoke(command, ["--entries", str(entries_dir), "--offline", "--quiet"])
    assert result.exit_code == 0 and result.output == ""
    assert fake_arxiv.requests == [] and fake_crossref.requests == []
    lib = store.load_library(entries_dir)
    assert all("--offline" in e.unresolved for e in lib.entries if e.arxiv)


def test_kill_9_mid_run_then_rerun_resumes_without_refetching(entries_dir, fake_arxiv,
                                                               fake_crossref):
    fake_crossref.latency = 0.15
    proc = subprocess.Popen(
        [sys.executable, "-c", "from awesome_bib.cli import main; main()", "enrich",
         "--entries", str(entries_dir), "--quiet"], env=dict(os.environ), cwd=ROOT)
    # Generous: on a loaded machine the child's start-up alone can take many seconds, and a
    # kill before the Crossref phase would test nothing.
    deadline = time.monotonic() + 90
    while len(fake_crossref.requests) < 4 and time.monotonic() < deadline:
        time.sleep(0.02)
    assert len(fake_crossref.requests) >= 4, "the child never reached the Crossref phase"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL
    first = len(fake_crossref.requests)
    fake_crossref.latency = 0
    result = CliRunner().invoke(command, ["--entries", str(entries_dir), "--json"])
    assert result.exit_code == 0, result.output
    queries = [r.query.get("query.bibliographic", [""])[0] for r in fake_crossref.requests]
    assert len(fake_arxiv.requests) == 2  # id batch + title search finished before the kill
    # At most the searches not yet cached at the kill are repeated: PoliteHttp.map keeps at most
    # LIST_CONCURRENCY_CAP jobs started and not yet taken (and cached) by the caller.
    assert len(queries) <= len(set(queries)) + LIST_CONCURRENCY_CAP
    assert json.loads(result.output)["counts"]["cached"] >= first - LIST_CONCURRENCY_CAP
    rerun = CliRunner().invoke(command, ["--entries", str(entries_dir), "--json"])
    assert json.loads(rerun.output)["requests"] == {"arxiv": 0, "s2": 0, "crossref": 0}
