"""`awesome-bib import` through click: the summary, and every bad input as one clean line."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from awesome_bib.cli import cli

from .conftest import SEED_2023, SEED_2024, write_list


def _run(*args):
    return CliRunner().invoke(cli, ["import", *map(str, args)])


def _tree(directory):
    return {p.relative_to(directory).as_posix(): p.read_bytes()
            for p in sorted(directory.rglob("*")) if p.is_file()}


def test_summary(tmp_path):
    result = _run(SEED_2024, "--entries", tmp_path / "e")
    assert result.exit_code == 0, result.output
    out = result.output
    assert "medical-report-generation" in out and "77 items" in out and "76 entries" in out
    assert "paper items: 205, unique papers: 201, datasets: 17, duplicates merged: 4" in out
    assert "conflicts (same link, different titles): 3" in out
    assert f"{SEED_2024}:316: https://arxiv.org/pdf/2406.06512 at lines 316, 317" in out
    assert "problems: 0" in out and "added 218, kept 0, removed 0; files written: 6" in out


def test_summary_lists_problems_with_file_and_line(tmp_path):
    # A short name with a venue and no link is no title phrase: a problem, reported. (A title
    # phrase with a venue or authors and a year is a paper without a link: linkless_paper.)
    path = write_list(tmp_path, "## P\n\n- [**CVPR 2023**] Fine [[pdf]](https://x.org/1.pdf)\n"
                                "- [**CVPR 2023**] No Link\n")
    result = _run(path, "--entries", tmp_path / "e")
    assert result.exit_code == 0
    assert f"{path}:4: no link: - [**CVPR 2023**] No Link" in result.output


def test_default_entries_dir(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert _run(SEED_2024).exit_code == 0
    assert (tmp_path / "entries" / "_index.yaml").is_file()


BAD = [
    pytest.param(lambda d: d / "missing.md", "missing.md: cannot read", id="missing"),
    pytest.param(lambda d: d, "is a directory", id="directory"),
    pytest.param(lambda d: _bytes(d, b"# T\n\n- a\n- \xff\xfe\n"), "bad.md:4: not UTF-8",
                 id="not-utf8"),
    pytest.param(lambda d: _bytes(d, b"# Just a title\n\nSome prose, no items.\n"),
                 "bad.md: no paper or dataset items recognised", id="no-items"),
    pytest.param(lambda d: _bytes(d, b"## P\n\n- [**CVPR 2023**] No link\n"),
                 "bad.md:3: no paper or dataset items recognised", id="only-problems"),
    pytest.param(lambda d: _bytes(d, b""), "no paper or dataset items", id="empty"),
]


def _bytes(directory, data):
    path = directory / "bad.md"
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("make, message", BAD)
def test_bad_input_one_line_no_traceback_entries_untouched(tmp_path, make, message):
    entries = tmp_path / "entries"
    assert _run(SEED_2023, "--entries", entries).exit_code == 0
    before = _tree(entries)
    src = tmp_path / "src"
    src.mkdir()
    result = _run(make(src), "--entries", entries)
    assert result.exit_code != 0
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("awesome-bib: error: ")
    assert message in lines[0]
    assert "Traceback" not in result.output
    assert _tree(entries) == before


def test_broken_entries_yaml_is_reported_and_left_alone(tmp_path):
    entries = tmp_path / "entries"
    assert _run(SEED_2024, "--entries", entries).exit_code == 0
    (entries / "survey.yaml").write_text("entries:\n  - key: [unclosed\n", encoding="utf-8")
    before = _tree(entries)
    result = _run(SEED_2024, "--entries", entries)
    assert result.exit_code != 0
    assert "survey.yaml:3: broken YAML" in result.output  # PyYAML marks the end of input
    assert _tree(entries) == before


def test_entries_dir_is_a_file(tmp_path):
    target = tmp_path / "file"
    target.write_text("x", encoding="utf-8")
    result = _run(SEED_2024, "--entries", target)
    assert result.exit_code != 0 and "Traceback" not in result.output
