"""`awesome-bib export`: files per section and format, summary, errors, atomic output."""

from __future__ import annotations

import pytest

from awesome_bib import cli as cli_module
from awesome_bib.errors import UsageError
from awesome_bib.export import export_library
from awesome_bib.store import save_library

from .conftest import edge_library

SUFFIXES = {"bibtex": ".bib", "csljson": ".json", "ris": ".ris"}


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


@pytest.mark.parametrize("fmt", [*SUFFIXES, "all"])
def test_writes_sections_and_all(fmt, entries_dir, tmp_path, capsys):
    out = tmp_path / "out"
    code, stdout, _ = run(["export", "--format", fmt, "--entries", str(entries_dir),
                           "--out", str(out)], capsys)
    assert code == 0
    suffixes = list(SUFFIXES.values()) if fmt == "all" else [SUFFIXES[fmt]]
    expected = {f"{stem}{s}" for stem in ("papers", "datasets", "all") for s in suffixes}
    assert {p.name for p in out.iterdir()} == expected
    assert "FOOCONF 2020: unknownVenue2020" in stdout
    assert "papers" in stdout and "datasets" in stdout


def test_section_counts(entries_dir, tmp_path, capsys):
    code, stdout, _ = run(["export", "--entries", str(entries_dir), "--out",
                           str(tmp_path / "o")], capsys)
    assert code == 0
    rows = {line.split()[0]: line.split()[1:] for line in stdout.splitlines()[1:4]}
    assert rows == {"papers": ["7"] * 3, "datasets": ["2"] * 3, "all": ["8"] * 3}
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
    before = {p.name: p.read_bytes() for p in out.iterdir()}
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
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before  # no temp files either


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
    mtimes = {p.name: p.stat().st_mtime_ns for p in tmp_path.iterdir()}
    export_library(edge_library(), tmp_path, "all")
    assert {p.name: p.stat().st_mtime_ns for p in tmp_path.iterdir()} == mtimes


def test_unicode_flag(entries_dir, tmp_path, capsys):
    code, _, _ = run(["export", "--format", "bibtex", "--unicode", "--entries",
                      str(entries_dir), "--out", str(tmp_path / "o")], capsys)
    assert code == 0
    text = (tmp_path / "o" / "all.bib").read_text(encoding="utf-8")
    assert "Müller, Łukasz" in text and r"{\"u}" not in text
