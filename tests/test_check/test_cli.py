"""`awesome-bib check` end to end: formats, exit statuses, bad input, --suggest and git apply."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from awesome_bib.check.findings import KINDS

from .conftest import ARXIV_TITLES, DEFAULT_LIST, LISTS, arxiv_cache, imported, with_arxiv_titles

GIT = shutil.which("git")


def _snapshot(directory: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(directory.iterdir())}


def test_text_report_groups_by_severity_and_fails_on_errors(check_cli, tmp_path):
    status, out, err = check_cli(DEFAULT_LIST, "--entries", tmp_path / "none", "--offline")
    assert status == 1
    assert out.index("ERRORS (3)") < out.index("WARNINGS (4)") < out.index("INFOS (3)")
    assert "not fully checked: link/title mismatch" in out
    assert err == ""


def test_json_schema(check_cli, tmp_path):
    status, out, _ = check_cli(DEFAULT_LIST, "--entries", tmp_path / "none", "--format", "json")
    doc = json.loads(out)
    assert status == 1
    assert set(doc) == {"schema", "file", "counts", "findings", "not_checked"}
    assert doc["schema"] == 1 and doc["file"] == str(DEFAULT_LIST)
    assert set(doc["counts"]["kind"]) == set(KINDS)
    assert doc["counts"]["severity"] == {"error": 3, "warning": 4, "info": 3}
    for finding in doc["findings"]:
        assert set(finding) == {"kind", "severity", "file", "line", "key", "message",
                                "evidence", "fixable"}
        assert finding["kind"] in KINDS and finding["line"] > 0
    assert len(doc["not_checked"]) == 3


def test_github_annotations(check_cli, tmp_path):
    _, out, _ = check_cli(DEFAULT_LIST, "--entries", tmp_path / "none", "--format", "github")
    lines = out.splitlines()
    assert lines[0].startswith(f"::error file={DEFAULT_LIST},line=94,title=venue-year::")
    assert sum(ln.startswith("::warning ") for ln in lines) == 4
    assert sum(ln.startswith("::notice file=") for ln in lines) == 3
    assert sum(ln.startswith("::notice title=not fully checked::") for ln in lines) == 3


def test_strict_fails_on_warnings(check_cli, tmp_path):
    args = (LISTS / "duplicates.md", "--entries", tmp_path / "none")
    assert check_cli(*args)[0] == 0
    assert check_cli(*args, "--strict")[0] == 1


def test_list_with_evidence_from_entries_and_entries_untouched(check_cli, tmp_path):
    entries = imported(DEFAULT_LIST, tmp_path)
    with_arxiv_titles(entries, ARXIV_TITLES)
    before = _snapshot(entries)
    status, out, _ = check_cli(DEFAULT_LIST, "--entries", entries, "--format", "json")
    doc = json.loads(out)
    assert doc["counts"]["kind"]["link-title-mismatch"] == 2
    assert _snapshot(entries) == before  # check parses LIST.md fresh and writes nothing


def test_entries_alone_name_the_imported_list(check_cli, tmp_path):
    entries = imported(DEFAULT_LIST, tmp_path)
    status, out, _ = check_cli("--entries", entries, "--format", "json")
    assert status == 1 and json.loads(out)["file"] == str(DEFAULT_LIST)


def test_cache_evidence(check_cli, tmp_path, monkeypatch):
    arxiv_cache(tmp_path / "cache", {"2406.06512": {"id": "2406.06512v1",
                                                    "title": ARXIV_TITLES["2406.06512"]}})
    args = (DEFAULT_LIST, "--entries", tmp_path / "none", "--format", "json")
    doc = json.loads(check_cli(*args, "--cache", tmp_path / "cache")[1])
    assert [f["line"] for f in doc["findings"] if f["kind"] == "link-title-mismatch"] == [317]
    monkeypatch.setenv("AWESOME_BIB_CACHE", str(tmp_path / "cache"))
    assert json.loads(check_cli(*args, "--offline")[1]) == doc


@pytest.mark.parametrize("args, message", [
    pytest.param(["missing.md"], "missing.md: cannot read", id="missing-list"),
    pytest.param(["--entries", "{tmp}/none"], "no imported list here", id="no-entries"),
    pytest.param(["{tmp}/empty.md"], "no paper or dataset items", id="no-items"),
    pytest.param(["{tmp}/list.md", "--entries", "{tmp}/broken"], "broken YAML",
                 id="broken-entries"),
])
def test_bad_input_is_one_line_and_exit_2(check_cli, tmp_path, args, message):
    (tmp_path / "empty.md").write_text("# Nothing here\n\nJust prose.\n", encoding="utf-8")
    (tmp_path / "list.md").write_bytes((LISTS / "duplicates.md").read_bytes())
    (tmp_path / "broken").mkdir()
    (tmp_path / "broken" / "_index.yaml").write_text("sections: [\n", encoding="utf-8")
    status, out, err = check_cli(*(a.format(tmp=tmp_path) for a in args))
    assert status == 2 and out == ""
    assert err.count("\n") == 1 and message in err and "Traceback" not in err


def _git_apply(list_file: Path, patch: Path) -> str:
    """Apply `patch` to a copy of the list in a fresh git repo; returns the patched text."""
    repo = patch.parent / "repo"
    repo.mkdir()
    shutil.copy(list_file, repo / list_file.name)
    subprocess.run([GIT, "init", "-q"], cwd=repo, check=True)
    check = subprocess.run([GIT, "apply", "--check", str(patch)], cwd=repo,
                           capture_output=True, text=True)
    assert check.returncode == 0, check.stderr
    subprocess.run([GIT, "apply", str(patch)], cwd=repo, check=True)
    return (repo / list_file.name).read_text(encoding="utf-8")


@pytest.mark.skipif(GIT is None, reason="git is not installed")
def test_suggest_on_default_list_removes_the_dead_duplicate(check_cli, tmp_path):
    work = tmp_path / "work"
    work.mkdir()
    listed = work / "list.md"
    shutil.copy(DEFAULT_LIST, listed)
    entries = imported(listed, work)
    with_arxiv_titles(entries, ARXIV_TITLES)
    patch = tmp_path / "fix.patch"
    status, _, err = check_cli(listed, "--entries", entries, "--suggest", patch)
    assert status == 1 and "wrote 1 certain fix(es)" in err
    text = patch.read_text(encoding="utf-8")
    # An absolute list path becomes the file name: apply the patch in the list's directory.
    assert text.splitlines()[:2] == ["--- a/list.md", "+++ b/list.md"]
    assert [ln for ln in text.splitlines() if ln[:1] in "+-" and ln[:3] not in ("---", "+++")] \
        == ["-" + DEFAULT_LIST.read_text(encoding="utf-8").splitlines()[140]]
    fixed = _git_apply(listed, patch)
    assert "Visual-Linguistic Causal Intervention" not in fixed
    assert fixed.count("Cross-Modal Causal Intervention for Medical Report Generation") == 1


@pytest.mark.skipif(GIT is None, reason="git is not installed")
def test_suggest_retags_and_retitles(check_cli, tmp_path):
    from .test_rules import _publish

    listed = tmp_path / "published.md"
    # No trailing newline: the diff must say so for git apply to accept it.
    listed.write_text((LISTS / "published.md").read_text(encoding="utf-8").rstrip("\n"),
                      encoding="utf-8")
    entries = imported(listed, tmp_path)
    _publish(entries, "Later In A Journal", "Medical Image Analysis", 2024, "10.1016/j.x.1")
    _publish(entries, "Cannot Name", "Journal of Obscure Results", 2024, "10.9999/z.4")
    arxiv_cache(tmp_path / "cache", {"2302.01234": {
        "id": "2302.01234v2", "title": "Tagged With The Right Venue and Year"}})
    patch = tmp_path / "fix.patch"
    check_cli(listed, "--entries", entries, "--cache", tmp_path / "cache", "--suggest", patch)
    fixed = _git_apply(listed, patch)
    assert "[**MedIA 2024**] Preprint Later In A Journal" in fixed
    assert "] Tagged With The Right Venue and Year [[pdf]]" in fixed
    assert "[**arXiv 2023**] Preprint Published Where We Cannot Name It" in fixed  # no fix


def test_suggest_with_nothing_certain_writes_no_patch(check_cli, tmp_path):
    """An empty file is not a patch (`git apply` rejects it): nothing is written."""
    patch = tmp_path / "fix.patch"
    _, _, err = check_cli(LISTS / "venues.md", "--entries", tmp_path / "none", "--suggest",
                          patch)
    assert not patch.exists()
    assert "no certain fix" in err
