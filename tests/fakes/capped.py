"""Run the real CLI in a subprocess under an address-space cap (`prlimit --as`), and measure
what it cost: exit status, stdout and stderr, peak resident memory and seconds.

Peak memory is the kernel's high-water mark of the process's own memory (`VmHWM` in
/proc/PID/status, read every 20 ms while it runs): wait4's `ru_maxrss` would also count the
pages the child shared with this process when it was forked (a test runner's whole heap).
Shared by tests/test_commands/test_hostile.py and bench/hostile.py."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
MiB = 2**20


@dataclass
class Run:
    """What one capped run did."""

    code: int  # exit status; -N when killed by signal N (a timeout is -9)
    out: str
    err: str
    peak_mib: float
    seconds: float
    timed_out: bool

    @property
    def err_lines(self) -> list[str]:
        return [line for line in self.err.splitlines() if line.strip()]

    @property
    def traceback(self) -> bool:
        return "Traceback (most recent call last)" in self.err


def run_capped(args: list[str], cap_mib: int, timeout: float, env: dict[str, str] | None = None,
               cwd: Path | None = None, pythonpath: Path = ROOT) -> Run:
    """`awesome-bib ARGS` under `prlimit --as=cap` (or an rlimit set in the child when prlimit
    is missing), killed after `timeout` seconds. The code is `pythonpath`'s, which is also
    the working directory (`python -c` puts the working directory first on sys.path)."""
    command = [sys.executable, "-c", "from awesome_bib.cli import main; main()", *args]
    if shutil.which("prlimit"):
        command = ["prlimit", f"--as={cap_mib * MiB}", *command]
    full_env = {**os.environ, **(env or {}), "PYTHONPATH": str(pythonpath)}
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.monotonic()
        proc = subprocess.Popen(command, stdout=out, stderr=err, env=full_env,
                                cwd=cwd or pythonpath, preexec_fn=None if shutil.which("prlimit")
                                else _rlimit(cap_mib))
        timed_out = False
        peak = 0
        while True:
            peak = max(peak, _high_water_kib(proc.pid))
            pid, status, _ = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.monotonic() - started > timeout:
                timed_out = True
                os.kill(proc.pid, signal.SIGKILL)
                _, status, _ = os.wait4(proc.pid, 0)
                break
            time.sleep(0.02)
        seconds = time.monotonic() - started
        proc.returncode = os.waitstatus_to_exitcode(status)  # Popen must not wait again
        out.seek(0)
        err.seek(0)
        return Run(proc.returncode, out.read().decode("utf-8", "replace"),
                   err.read().decode("utf-8", "replace"), peak / 1024, seconds,
                   timed_out)


def _high_water_kib(pid: int) -> int:
    """The process's peak resident set so far (0 once it is gone, or before it has one)."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return 0
    for line in status.splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return 0


def _rlimit(cap_mib: int):  # type: ignore[no-untyped-def]
    def apply() -> None:
        import resource
        resource.setrlimit(resource.RLIMIT_AS, (cap_mib * MiB, cap_mib * MiB))
    return apply
