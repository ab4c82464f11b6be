"""The pre-commit hook (.pre-commit-hooks.yaml), installed and run by pre-commit itself:
`pre-commit try-repo <this repository>` in a fixture git repository holding a list.

try-repo installs a `language: python` hook the way a user's pre-commit does: a fresh
virtualenv and `pip install` of this repository with its dependencies. So that the test
reaches no index, pip is pointed at a local wheelhouse (PIP_NO_INDEX, PIP_FIND_LINKS) that
.ci/run builds beforehand from PyPI (`pip wheel -w DIR . 'setuptools>=77'`) and names in
AWESOME_BIB_WHEELHOUSE. Without one the test is skipped on a developer's machine and fails in
CI (AWESOME_BIB_REQUIRE_CLIENTS=1).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from .conftest import require

ROOT = Path(__file__).resolve().parents[2]
LISTS = ROOT / "tests" / "lists" / "check"
GIT = shutil.which("git")


@pytest.fixture(scope="module")
def try_repo(tmp_path_factory, offline_pip_env):
    """run(list_text, *args) -> CompletedProcess of `pre-commit try-repo ROOT awesome-bib-check
    *args` in a fresh fixture repository whose README.md is list_text (committed)."""
    pre_commit = shutil.which("pre-commit", path=str(Path(sys.executable).parent))
    require(pre_commit is not None, "pre-commit is not installed (the test extra has it)")
    require(GIT is not None, "git is not installed")
    home = tmp_path_factory.mktemp("pre-commit-home")
    count = iter(range(100))

    def run(list_text: str, *args: str) -> subprocess.CompletedProcess:
        repo = tmp_path_factory.mktemp(f"list-repo{next(count)}")
        (repo / "README.md").write_text(list_text, encoding="utf-8")
        (repo / "NOTES.md").write_text("not the list\n", encoding="utf-8")
        git = [GIT, "-c", "user.name=t", "-c", "user.email=t@example.org",
               "-c", "commit.gpgsign=false"]
        subprocess.run([*git, "init", "-q"], cwd=repo, check=True)
        subprocess.run([*git, "add", "-A"], cwd=repo, check=True)
        subprocess.run([*git, "commit", "-q", "-m", "list"], cwd=repo, check=True)
        env = offline_pip_env(PRE_COMMIT_HOME=str(home))
        return subprocess.run([pre_commit, "try-repo", str(ROOT), "awesome-bib-check", *args],
                              cwd=repo, env=env, capture_output=True, text=True, timeout=900)

    return run


def test_hook_fails_a_commit_of_a_list_with_errors(try_repo):
    proc = try_repo((LISTS / "venues.md").read_text(encoding="utf-8"), "--all-files")
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "awesome-bib check (offline)" in proc.stdout and "Failed" in proc.stdout
    assert "venue-year  accurateFluentXRay2018" in proc.stdout
    assert "README.md: 5 errors, 1 warning, 1 info" in proc.stdout


def test_hook_passes_a_clean_list(try_repo):
    proc = try_repo((LISTS / "published.md").read_text(encoding="utf-8"), "--all-files")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "awesome-bib check (offline)" in proc.stdout and "Passed" in proc.stdout


def test_hook_skips_commits_that_do_not_touch_the_list(try_repo):
    proc = try_repo((LISTS / "venues.md").read_text(encoding="utf-8"), "--files", "NOTES.md")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "Skipped" in proc.stdout


def test_hook_definition():
    """One hook, offline, installed as a Python package, run on the list only."""
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert [h["id"] for h in hooks] == ["awesome-bib-check"]
    hook = hooks[0]
    assert hook["entry"] == "awesome-bib check --offline"
    assert hook["language"] == "python" and hook["files"] == r"^README\.md$"
