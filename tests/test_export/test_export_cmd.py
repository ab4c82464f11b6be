"""`awesome-bib export`: files per section and format, summary, errors, atomic output."""

from __future__ import annotations

import pytest

from awesome_bib import cli as cli_module
from awesome_bib.errors import UsageError
from awesome_bib.export import FORMATS, export_library
from awesome_bib.store import save_library

from .conftest import edge_library


def written(out):
    """Every file under `out`, as a path relative to it: `all.bib`, `biblatex/all.bib`."""
    return {p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file()}


def run(argv, capsys):
    """Run the real entry point; returns (exit code, stdout, stderr)."""
    code = 0
    try:
        cli_module.main(argv)
    except SystemExit as exc:
        code = exc.code or 0
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture
def entries_dir(tmp_path):
    lib = edge_library()
    save_library(lib, tmp_path / "entries")
    return tmp_path / "entries"


@pytest.mark.parametrize("fmt", FORMATS.choices())
def test_writes_sections_and_all(fmt, entries_dir, tmp_path, capsys):
    out = tmp_path / "out"
    code, stdout, _ = run(["export", "--format", fmt, "--entries", str(entries_dir),
                           "--out", str(out)], capsys)
    assert code == 0
    formats = FORMATS.values() if fmt == "all" else [FORMATS[fmt]]
    expected = {f.file_name(stem) for stem in ("papers", "datasets", "all") for f in formats}
    assert written(out) == expected
    assert "FOOCONF 2020: unknownVenue2020" in stdout
    assert "papers" in stdout and "datasets" in stdout


def test_section_counts(entries_dir, tmp_path, capsys):
    code, stdout, _ = run(["export", "--entries", str(entries_dir), "--out",
                           str(tmp_path / "o")], capsys)
    assert code == 0
    rows = {line.split()[0]: line.split()[1:] for line in stdout.splitlines()[1:4]}
    assert rows == {"papers": ["7"] * len(FORMATS), "datasets": ["2"] * len(FORMATS),
                    "all": ["8"] * len(FORMATS)}
    bib = (tmp_path / "o" / "datasets.bib").read_text(encoding="utf-8")
    assert "@inproceedings{mullerLLaVAMed2023," in bib  # listed in two sections, same key


def test_bad_format_is_one_line_exit_2(entries_dir, tmp_path, capsys):
    code, stdout, stderr = run(["export", "--format", "docx", "--entries", str(entries_dir),
                                "--out", str(tmp_path / "o")], capsys)
    assert code == 2 and stdout == ""
    assert stderr.count("\n") == 1 and "docx" in stderr and "Traceback" not in stderr
    assert not (tmp_path / "o").exists()


@pytest.mark.parametrize("damage", ["missing", "broken-yaml"])
def test_bad_entries_dir(damage, entries_dir, tmp_path, capsys):
    if damage == "missing":
        entries_dir = tmp_path / "nowhere"
    else:
        (entries_dir / "papers.yaml").write_text("entries: [\n  - {key: x\n", encoding="utf-8")
    code, _, stderr = run(["export", "--entries", str(entries_dir), "--out",
                           str(tmp_path / "o")], capsys)
    assert code != 0 and stderr.count("\n") == 1 and "Traceback" not in stderr
    assert ("_index.yaml" if damage == "missing" else "papers.yaml") in stderr
    assert not (tmp_path / "o").exists()


@pytest.mark.parametrize("fail_at", [1, 5, 9], ids=["first", "middle", "last"])
def test_failed_write_leaves_out_untouched(fail_at, tmp_path, monkeypatch):
    out = tmp_path / "out"
    export_library(edge_library(), out, "all")
    before = {name: (out / name).read_bytes() for name in written(out)}
    lib = edge_library()
    lib.entries[0].title = "Changed Title"
    calls = []

    import awesome_bib.export as export_pkg
    real = export_pkg.stage_bytes

    def flaky(path, data):
        calls.append(path)
        if len(calls) == fail_at:
            raise OSError(28, "No space left on device")
        return real(path, data)

    monkeypatch.setattr(export_pkg, "stage_bytes", flaky)
    with pytest.raises(UsageError, match="No space left"):
        export_library(lib, out, "all")
    assert {name: (out / name).read_bytes() for name in written(out)} == before  # no temp files


def test_invalid_key_rejected_before_writing(tmp_path):
    lib = edge_library()
    lib.entries[0].key = "bad key,}"
    with pytest.raises(Exception, match="invalid citation key"):
        export_library(lib, tmp_path / "o", "all")
    assert not (tmp_path / "o").exists()


def test_hostile_slug_rejected(tmp_path):
    lib = edge_library()
    lib.sections[0].slug = "../escape"
    for entry in lib.entries:
        for li in entry.listings:
            if li.section == "papers":
                li.section = "../escape"
    with pytest.raises(Exception, match="not a safe file name"):
        export_library(lib, tmp_path / "o", "all")
    assert not (tmp_path / "o").exists()


def test_unchanged_files_not_rewritten(tmp_path):
    export_library(edge_library(), tmp_path, "all")
    mtimes = {name: (tmp_path / name).stat().st_mtime_ns for name in written(tmp_path)}
    export_library(edge_library(), tmp_path, "all")
    assert {name: (tmp_path / name).stat().st_mtime_ns for name in written(tmp_path)} == mtimes


def test_unicode_flag(entries_dir, tmp_path, capsys):
    code, _, _ = run(["export", "--format", "bibtex", "--unicode", "--entries",
                      str(entries_dir), "--out", str(tmp_path / "o")], capsys)
    assert code == 0
    text = (tmp_path / "o" / "all.bib").read_text(encoding="utf-8")
    assert "Müller, Łukasz" in text and r"{\"u}" not in text
