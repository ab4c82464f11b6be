"""One writer at a time: the lock says who holds it, waits (bounded) or refuses, and a lock
or holder file left by a killed process never blocks or misleads."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from awesome_bib.errors import BusyError
from awesome_bib.store.locks import hold, holder_line, holder_path

ROOT = Path(__file__).resolve().parents[2]
BOUND = 60

#: Holds argv[1]'s lock as `awesome-bib enrich`, says so on stdout, then sleeps until killed
#: or until argv[2] exists.
HOLDER = """
import sys, time
from pathlib import Path
from awesome_bib.store.locks import hold
with hold(Path(sys.argv[1]), "enrich", 0, print):
    print("held", flush=True)
    while not Path(sys.argv[2]).exists():
        time.sleep(0.02)
"""


def _holder(directory: Path, release: Path) -> subprocess.Popen[str]:
    proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(directory), str(release)],
                            cwd=ROOT, stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None and proc.stdout.readline() == "held\n"
    return proc


def test_busy_lock_refused_at_once_names_command_pid_and_time(tmp_path):
    proc = _holder(tmp_path, tmp_path / "release")
    try:
        with pytest.raises(BusyError) as err, hold(tmp_path, "import", 0, print):
            pass
        message = str(err.value)
        assert f"{tmp_path} is locked by `awesome-bib enrich` (pid {proc.pid}, since " in message
        assert message.endswith("UTC) (--no-wait)") and err.value.exit_code == 3
    finally:
        (tmp_path / "release").touch()
        proc.wait(timeout=BOUND)


def test_waiting_run_says_who_once_and_proceeds_when_released(tmp_path):
    proc = _holder(tmp_path, tmp_path / "release")
    said: list[str] = []

    def say(line: str) -> None:
        said.append(line)
        (tmp_path / "release").touch()  # the holder finishes while we wait

    with hold(tmp_path, "import", BOUND, say):
        info = json.loads(holder_path(tmp_path).read_text(encoding="utf-8"))
        assert info["command"] == "import" and info["pid"] == os.getpid()
    proc.wait(timeout=BOUND)
    assert len(said) == 1 and f"(pid {proc.pid}, since " in said[0]
    assert said[0].endswith(f"waiting up to {BOUND} s (--wait SECONDS, --no-wait)")
    assert not holder_path(tmp_path).exists()  # released: nobody claims to hold it


def test_lock_of_a_killed_run_is_free_and_its_leftovers_are_swept(tmp_path):
    proc = _holder(tmp_path, tmp_path / "never")
    stray = tmp_path / ".survey.yaml.abc123.tmp"
    stray.write_text("half a file", encoding="utf-8")
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=BOUND)
    assert holder_path(tmp_path).exists()
    assert f"pid {proc.pid}" not in holder_line(tmp_path)  # a dead holder is never named
    with hold(tmp_path, "enrich", 0, print):  # --no-wait: it must not be busy
        assert not stray.exists()


def test_holder_file_of_a_dead_process_does_not_mislead(tmp_path):
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait(timeout=BOUND)
    holder_path(tmp_path).write_text(json.dumps({
        "command": "enrich", "pid": dead.pid, "host": os.uname().nodename,
        "since": time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime())}), encoding="utf-8")
    assert holder_line(tmp_path).endswith("another awesome-bib run (it has not said who yet)")


@pytest.mark.parametrize("argv, locked", [
    (["import", "LIST", "--entries", "ENTRIES"], "ENTRIES"),
    (["enrich", "--entries", "ENTRIES"], "ENTRIES"),
    (["enrich", "--entries", "ENTRIES", "--dry-run"], "CACHE"),
    (["check", "LIST", "--entries", "ENTRIES"], "CACHE"),
], ids=["import", "enrich-entries", "enrich-cache", "check-fetch"])
def test_every_writing_command_refuses_with_no_wait(tmp_path, monkeypatch, capsys, argv, locked):
    from awesome_bib.cli import main

    dirs = {"ENTRIES": tmp_path / "entries", "CACHE": tmp_path / "cache",
            "LIST": ROOT / "seeds" / "001_8a4be340c7ffec50.txt"}
    dirs["ENTRIES"].mkdir()
    monkeypatch.setenv("AWESOME_BIB_CACHE", str(dirs["CACHE"]))
    proc = _holder(dirs[locked], tmp_path / "release")
    try:
        with pytest.raises(SystemExit) as exit_:
            main([str(dirs.get(a, a)) for a in argv] + ["--no-wait"])
    finally:
        (tmp_path / "release").touch()
        proc.wait(timeout=BOUND)
    assert exit_.value.code == 3
    [line] = capsys.readouterr().err.splitlines()
    assert line.startswith(f"awesome-bib: error: {dirs[locked]} is locked by `awesome-bib enrich`")
    assert list(dirs["ENTRIES"].iterdir()) == []  # nothing was read or written
