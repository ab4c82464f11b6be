"""`check --offline` on the judged real lists (tests/check_corpus/, truth.py): no finding judged
wrong, none unjudged, every hand-found problem reported; and every suggested patch applies."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from awesome_bib.check import run
from awesome_bib.check.load import load
from awesome_bib.check.rules import duplicates
from awesome_bib.check.suggest import suggest

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "check_corpus"
GIT = shutil.which("git")
LISTS = sorted(p for p in CORPUS.glob("*.md") if p.name != "SOURCES.md")
DEV = [p for p in LISTS if p.name.startswith("dev_")]

sys.path.insert(0, str(ROOT / "bench"))
import check_corpus  # noqa: E402  (bench/check_corpus.py: the scorer the figures come from)


def test_the_corpus_is_there():
    assert len(DEV) >= 8 and len(LISTS) - len(DEV) >= 2


@pytest.fixture(scope="module")
def scored():
    return check_corpus.score(CORPUS)


@pytest.mark.parametrize("path", DEV, ids=lambda p: p.stem)
def test_dev_list_every_finding_right_and_every_problem_found(scored, path):
    result = scored[path.stem]
    assert result["unjudged"] == []
    assert [v for v in result["verdicts"] if not v[2]] == []
    assert [p.what for p in result["misses"]] == []


@pytest.mark.parametrize("path", LISTS, ids=lambda p: p.stem)
def test_no_list_fails_ci_on_a_wrong_error(scored, path):
    """No error judged wrong, and no error nobody judged: a new error on a list is looked at
    and judged before it may fail a maintainer's CI."""
    assert scored[path.stem]["wrong_errors"] == []
    assert [u for u in scored[path.stem]["unjudged"] if u[2] == "error"] == []


@pytest.mark.skipif(GIT is None, reason="git is not installed")
@pytest.mark.parametrize("path", LISTS, ids=lambda p: p.stem)
def test_suggested_patch_applies_to_the_list_it_came_from(tmp_path, path):
    loaded = load(str(path), tmp_path / "no-entries")
    findings, _ = run(loaded.lib, loaded.file, None, loaded.text)
    patch, applied = suggest(loaded.text, findings, path.name)
    assert bool(patch) == bool(applied)
    if not patch:
        return
    # --suggest never deletes a listing that is under another heading than its twin.
    for finding in applied:
        if finding.fix.get("action") == "remove":
            ev = finding.evidence
            assert finding.kind != "duplicate-in-section" or not duplicates._heading_between(
                loaded.text, ev["first"]["line"], finding.line)
    shutil.copy(path, tmp_path / path.name)
    (tmp_path / "fix.patch").write_text(patch, encoding="utf-8")
    subprocess.run([GIT, "init", "-q"], cwd=tmp_path, check=True)
    check = subprocess.run([GIT, "apply", "--check", "fix.patch"], cwd=tmp_path,
                           capture_output=True, text=True)
    assert check.returncode == 0, check.stderr
