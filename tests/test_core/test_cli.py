"""Errors are handled one way: cli.py turns each into one line and the error's exit status."""

from __future__ import annotations

import re
import subprocess
import sys
import types
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from awesome_bib import cli as cli_module
from awesome_bib.errors import (
    AwesomeBibError,
    BusyError,
    CacheError,
    EntriesError,
    ExitStatus,
    FindingsError,
    ListError,
    SourceError,
    UsageError,
)

ROOT = Path(__file__).resolve().parents[2]
LISTS = ROOT / "tests" / "lists" / "check"
DEFAULT_LIST = ROOT / "seeds" / "001_8a4be340c7ffec50.txt"


def run_main(argv: list[str], capsys) -> tuple[int, str, str]:
    """The installed script's entry point: (exit status, stdout, stderr)."""
    try:
        cli_module.main([str(a) for a in argv])
        status = 0
    except SystemExit as exc:
        status = exc.code if isinstance(exc.code, int) else 1
    out = capsys.readouterr()
    return status, out.out, out.err


@pytest.fixture
def raising(monkeypatch):
    """Install a command `raise` whose body raises the exception given to the fixture."""

    def install(exc: BaseException) -> None:
        @click.command("raise")
        def command() -> None:
            raise exc

        module = types.ModuleType("awesome_bib.commands._raise")
        module.command = command  # type: ignore[attr-defined]
        monkeypatch.setitem(sys.modules, "awesome_bib.commands._raise", module)
        monkeypatch.setitem(cli_module.COMMANDS, "raise", "_raise")

    return install


ERRORS = [
    pytest.param(UsageError("--quiet and --json exclude each other"), 2,
                 "awesome-bib: error: --quiet and --json exclude each other", id="usage"),
    pytest.param(ListError("list.md", 12, "no paper or dataset items"), 2,
                 "awesome-bib: error: list.md:12: no paper or dataset items", id="list-line"),
    pytest.param(ListError("list.md", None, "cannot read"), 2,
                 "awesome-bib: error: list.md: cannot read", id="list-no-line"),
    pytest.param(EntriesError("entries/survey.yaml", 3, "broken YAML"), 2,
                 "awesome-bib: error: entries/survey.yaml:3: broken YAML", id="entries"),
    pytest.param(CacheError("cache/arxiv/x.json", "corrupt cache file (not JSON); delete it"), 2,
                 "awesome-bib: error: cache/arxiv/x.json: corrupt cache file (not JSON); "
                 "delete it", id="cache"),
    pytest.param(SourceError("https://api.crossref.org/works?rows=3", 4, 503, "unavailable"), 2,
                 "awesome-bib: error: https://api.crossref.org/works: HTTP 503 after 4 "
                 "attempt(s): unavailable", id="source"),
    pytest.param(OSError(28, "No space left on device", "out/all.bib"), 2,
                 "awesome-bib: error: out/all.bib: No space left on device", id="os-error"),
    pytest.param(BusyError("entries is in use by awesome-bib enrich (pid 4242)"), 3,
                 "awesome-bib: error: entries is in use by awesome-bib enrich (pid 4242)",
                 id="busy"),
    pytest.param(FindingsError("list.md", strict=False), 1, None, id="findings"),
]


@pytest.mark.parametrize("exc, status, line", ERRORS)
def test_each_error_is_one_line_and_its_exit_status(raising, capsys, exc, status, line):
    raising(exc)
    got, out, err = run_main(["raise"], capsys)
    assert got == status and out == ""
    # FindingsError: check's report already named the findings, so nothing more is said.
    assert err == (f"{line}\n" if line else "")


@pytest.mark.parametrize("exc, status, line", ERRORS)
def test_click_standalone_mode_reports_alike(raising, exc, status, line):
    raising(exc)
    result = CliRunner().invoke(cli_module.cli, ["raise"])
    assert result.exit_code == status and result.stdout == ""
    assert result.stderr == (f"{line}\n" if line else "")


def test_a_programming_error_is_one_line_that_says_so(raising, capsys, monkeypatch):
    """The last line of defence (issue 20): no traceback, exit 2, the exception named and a
    request to report it; AWESOME_BIB_DEBUG=1 lets it through for whoever debugs it."""
    raising(KeyError("field"))
    status, out, err = run_main(["raise"], capsys)
    assert (status, out) == (2, "")
    assert err == ("awesome-bib: error: KeyError: 'field'; nothing already written was lost. "
                   f"Not an error awesome-bib {cli_module.__version__} expected: please report "
                   "it with this line\n")
    monkeypatch.setenv("AWESOME_BIB_DEBUG", "1")
    with pytest.raises(KeyError):
        run_main(["raise"], capsys)


@pytest.mark.parametrize(("exc", "said"), [
    (MemoryError(), "out of memory (MemoryError)"),
    (RecursionError("maximum recursion depth exceeded"), "nested too deeply to read "
                                                          "(RecursionError)"),
])
def test_memory_and_recursion_errors_are_one_line_naming_the_input(raising, capsys, exc,
                                                                     said):
    exc.add_note("entries/survey.yaml")  # what errors.name_the_input leaves on the way up
    raising(exc)
    status, _, err = run_main(["raise"], capsys)
    assert status == 2
    assert err.startswith(f"awesome-bib: error: entries/survey.yaml: {said}; "), err
    assert err.count("\n") == 1


def test_interrupt_exits_130(raising, capsys):
    raising(KeyboardInterrupt())
    status, _, err = run_main(["raise"], capsys)
    # click turns Ctrl-C into Abort (after a newline): 130, as a shell reports SIGINT.
    assert status == ExitStatus.INTERRUPTED == 130 and err.strip() == "awesome-bib: aborted"


@pytest.mark.parametrize("argv, status, stderr", [
    pytest.param(["import", "{tmp}/missing.md"], 2, r"missing\.md: cannot read", id="import"),
    pytest.param(["export", "--format", "docx", "--entries", "{tmp}/e"], 2,
                 r"unknown --format 'docx'", id="export-format"),
    pytest.param(["export", "--entries", "{tmp}/nowhere", "--out", "{tmp}/o"], 2,
                 r"nowhere/_index\.yaml", id="export-entries"),
    pytest.param(["enrich", "--quiet", "--json", "--entries", "{tmp}/e"], 2,
                 r"--quiet and --json exclude each other", id="enrich-options"),
    pytest.param(["check", "{tmp}/missing.md", "--offline"], 2, r"missing\.md: cannot read",
                 id="check-bad-input"),
    pytest.param(["check", LISTS / "duplicates.md", "--entries", "{tmp}/e", "--offline"], 0,
                 None, id="check-warnings-only"),
    pytest.param(["check", LISTS / "duplicates.md", "--entries", "{tmp}/e", "--offline",
                  "--strict"], 1, None, id="check-strict-warnings"),
    pytest.param(["check", DEFAULT_LIST, "--entries", "{tmp}/e", "--offline"], 1, None,
                 id="check-errors"),
    pytest.param(["export", "--bogus"], 2, r"No such option '--bogus'", id="click-usage"),
])
def test_exit_statuses_of_the_real_commands(capsys, tmp_path, argv, status, stderr):
    args = [str(a).format(tmp=tmp_path) for a in argv]
    got, _, err = run_main(args, capsys)
    assert got == status
    assert "Traceback" not in err
    if stderr is None:
        assert err == ""
    elif argv[1] != "--bogus":
        assert err.count("\n") == 1 and err.startswith("awesome-bib: error: ")
        assert re.search(stderr, err)
    else:
        assert re.search(stderr, err)


def test_errors_are_caught_in_cli_py_only():
    """No command or module catches AwesomeBibError to print it: cli.py does, once."""
    package = ROOT / "awesome_bib"
    catching = sorted(str(p.relative_to(ROOT)) for p in package.rglob("*.py")
                      if re.search(r"except\s*\(?[^:]*\bAwesomeBibError\b", p.read_text("utf-8")))
    assert catching == ["awesome_bib/cli.py"]
    assert not any("ReportedError" in p.read_text("utf-8") for p in package.rglob("*.py"))


def test_every_error_carries_an_exit_status():
    def subclasses(cls: type) -> list[type]:
        return [cls] + [s for c in cls.__subclasses__() for s in subclasses(c)]

    for cls in subclasses(AwesomeBibError):
        # One of the documented statuses (errors.ExitStatus), and never "done".
        assert ExitStatus(cls.exit_code) != ExitStatus.OK, cls


FLOOD = """
import sys, types
import click
from awesome_bib import cli

@click.command("flood")
def command():
    for i in range(200_000):
        click.echo(f"line {i}")

module = types.ModuleType("awesome_bib.commands._flood")
module.command = command
sys.modules["awesome_bib.commands._flood"] = module
cli.COMMANDS["flood"] = "_flood"
cli.main(["flood"])
"""


def test_a_closed_stdout_ends_quietly_with_141():
    """`awesome-bib ... | head`: no error line, no 'Exception ignored', the status of SIGPIPE."""
    proc = subprocess.Popen([sys.executable, "-c", FLOOD], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)
    assert proc.stdout is not None and proc.stderr is not None
    assert proc.stdout.readline() == b"line 0\n"
    proc.stdout.close()
    err = proc.stderr.read()
    assert proc.wait(timeout=60) == ExitStatus.BROKEN_PIPE == 141 and err == b""


def test_a_closed_stdout_under_click_runner(raising):
    raising(BrokenPipeError(32, "Broken pipe"))
    result = CliRunner().invoke(cli_module.cli, ["raise"])
    assert result.exit_code == 141 and result.stderr == ""
