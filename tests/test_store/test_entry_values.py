"""entries/ is checked against the core's vocabularies on load: a value outside them is one line
`file:line: bad entry: ...` naming the line of that value, exit 2, for every command that reads
entries/ (import merges with them, enrich, export and check read them); nothing is written."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from awesome_bib import cli as cli_module

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_LIST = ROOT / "seeds" / "001_8a4be340c7ffec50.txt"

#: (field line to add after the first entry's `title:`, what the error line says)
BAD_VALUES = [
    pytest.param("  pub_type: thesis\n", "pub_type: 'thesis' is not one of conference",
                 id="pub_type"),
    pytest.param("  kind: software\n", "kind: 'software' is not one of paper, dataset",
                 id="kind"),
    pytest.param("  provenance:\n    title: wikipedia\n",
                 "provenance of title: 'wikipedia' is not one of list, manual", id="provenance"),
    pytest.param("  outcomes:\n  - code: looks-fine\n    message: x\n",
                 "outcomes: unknown outcome code 'looks-fine'", id="outcome-code"),
    pytest.param("  month: June\n", "month: invalid literal for int()", id="month"),
]

COMMANDS = {
    "import": lambda d, tmp: ["import", DEFAULT_LIST, "--entries", d],
    "enrich": lambda d, tmp: ["enrich", "--entries", d, "--offline", "--cache", tmp / "cache"],
    "export": lambda d, tmp: ["export", "--format", "all", "--entries", d, "--out", tmp / "out"],
    "check": lambda d, tmp: ["check", DEFAULT_LIST, "--entries", d, "--offline", "--cache",
                             tmp / "cache"],
}


def bad_entries(tmp: Path, field: str) -> tuple[Path, int]:
    """A copy of the committed entries/ with `field` added to the first entry of survey.yaml;
    (the folder, the line the bad value is on)."""
    entries = tmp / "entries"
    shutil.copytree(ROOT / "entries", entries)
    path = entries / "survey.yaml"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    at = next(i for i, line in enumerate(lines) if line.startswith("  title:")) + 1
    lines[at:at] = [field]
    path.write_text("".join(lines), encoding="utf-8")
    return entries, at + 1


def run(argv: list[object], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    try:
        cli_module.main([str(a) for a in argv])
        status = 0
    except SystemExit as exc:
        status = exc.code if isinstance(exc.code, int) else 1
    return status, capsys.readouterr().err


@pytest.mark.parametrize("command", sorted(COMMANDS))
@pytest.mark.parametrize("field, says", BAD_VALUES)
def test_an_unknown_value_is_one_line_and_exit_2(command, field, says, tmp_path, capsys,
                                                monkeypatch):
    monkeypatch.setenv("AWESOME_BIB_CACHE", str(tmp_path / "cache"))
    entries, line = bad_entries(tmp_path, field)
    before = {p.name: p.read_bytes() for p in entries.iterdir()}
    status, err = run(COMMANDS[command](entries, tmp_path), capsys)
    assert status == 2
    [message] = err.splitlines()
    assert message.startswith(f"awesome-bib: error: {entries / 'survey.yaml'}:{line}: "
                              f"bad entry: {says}")
    assert {p.name: p.read_bytes() for p in entries.iterdir()} == before  # nothing written
    assert not (tmp_path / "out").exists()


def test_a_section_of_an_unknown_kind_is_one_line_and_exit_2(tmp_path, capsys):
    entries = tmp_path / "entries"
    shutil.copytree(ROOT / "entries", entries)
    index = entries / "_index.yaml"
    text = index.read_text(encoding="utf-8")
    index.write_text(text.replace("kind: papers", "kind: talks", 1), encoding="utf-8")
    status, err = run(["export", "--format", "bibtex", "--entries", entries, "--out",
                       tmp_path / "out"], capsys)
    assert status == 2
    [message] = err.splitlines()
    assert message.startswith(f"awesome-bib: error: {index}: bad section record: kind: "
                              f"'talks' is not one of papers, datasets")


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_a_hand_edited_invalid_key_is_one_line_and_exit_2(command, tmp_path, capsys,
                                                         monkeypatch):
    """A key bibtex cannot read (edited by hand) fails every command on load, not only export."""
    monkeypatch.setenv("AWESOME_BIB_CACHE", str(tmp_path / "cache"))
    entries = tmp_path / "entries"
    shutil.copytree(ROOT / "entries", entries)
    path = entries / "survey.yaml"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    at = next(i for i, line in enumerate(lines) if line.startswith("- key: "))
    lines[at] = "- key: 'bad key,}'\n"
    path.write_text("".join(lines), encoding="utf-8")
    status, err = run(COMMANDS[command](entries, tmp_path), capsys)
    assert status == 2
    assert err.splitlines() == [f"awesome-bib: error: {path}:{at + 1}: bad entry: key: invalid "
                                f"citation key 'bad key,}}' (ASCII letters, digits and -_:. only)"]


#: Outcomes and a candidate as enrichment wrote them before they were typed records (copied
#: from entries/ files the earlier writer produced in tests/test_enrich/test_identity.py).
STORED = """\
- key: k2023
  candidates:
  - doi: 10.1016/j.other.2019.000001
    title: Unified Chest Radiograph Understanding
    year: 2019
    type: journal-article
    score: 100.0
    why_not: year 2019 not within one of [2023]; first author 'smith' is not 'tan'
  outcomes:
  - code: link-mismatch
    line: 7
    arxiv: '1707.08567'
    listed_title: A Listed Title That Is Not This Paper
    arxiv_titles:
      v1: 'Proceedings of Workshop AEW10: Concepts in Information Theory and Communications'
    similarity: 32.6
    why: title
    message: links arXiv 1707.08567 ...
  - code: found-by-title-search
    arxiv: '2402.33333'
    arxiv_title: Sparse Mixture Retrieval for Medical Question Answering
    message: 'found on arXiv by its title: 2402.33333'
    line: 10
  - code: no-source
    message: no source found (no arXiv id, no Crossref match)
    line: 11
"""


def test_typed_outcomes_and_candidates_keep_the_stored_form():
    """Records read from entries/ are written back in the same key order: re-importing an
    unchanged list changes no byte of an enriched entries/."""
    import yaml

    from awesome_bib.model import Entry

    [data] = yaml.safe_load(STORED)
    entry = Entry.from_dict(data)
    assert [o.code for o in entry.outcomes] == ["link-mismatch", "found-by-title-search",
                                                "no-source"]
    back = entry.to_dict()
    for field in ("candidates", "outcomes"):
        assert [list(r.items()) for r in back[field]] == [list(r.items()) for r in data[field]]
