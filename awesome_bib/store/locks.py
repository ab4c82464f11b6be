"""One writer at a time: inter-process locks on entries/ and on the cache directory.

The lock is an OS file lock taken with `filelock` (flock on POSIX, LockFileEx on Windows) on
`.<dir>.awesome-bib.lock` beside the directory (not in it: entries/ holds only the entries, so
a lock file never shows up in a listing or a commit of it). The kernel drops the lock when its
process dies, `kill -9` included, so a killed run never blocks the next one. Who holds it
(command, pid, host, since when) is written to `.<dir>.awesome-bib.holder.json` beside it once
the lock is taken and deleted when it is released;
a holder file whose process is gone is never shown as the holder. A holder file found on
taking the lock means the last run there was killed: the temp files it may have left are
swept then (no other writer can be staging while we hold the lock).
"""

from __future__ import annotations

import json
import os
import socket
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path

from filelock import FileLock, Timeout

from ..errors import BusyError
from .fsutil import atomic_write_text, sweep_temps
from .transaction import finish

LOCK_SUFFIX = ".awesome-bib.lock"
HOLDER_SUFFIX = ".awesome-bib.holder.json"
#: How long a second run waits for the first by default (seconds); `--wait` changes it.
DEFAULT_WAIT = 600.0


def lock_path(directory: Path) -> Path:
    """The lock file of `directory`: `.<name>.awesome-bib.lock` beside it."""
    directory = directory.resolve()
    return directory.with_name(f".{directory.name}{LOCK_SUFFIX}")


def holder_path(directory: Path) -> Path:
    """Who holds `directory`'s lock: `.<name>.awesome-bib.holder.json` beside it."""
    directory = directory.resolve()
    return directory.with_name(f".{directory.name}{HOLDER_SUFFIX}")


def _alive(pid: int) -> bool:
    if os.name == "nt":
        return True  # os.kill(pid, 0) would terminate it there; no cheap check: assume alive
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process, but alive
    return True


def holder_line(directory: Path) -> str:
    """`DIR is locked by awesome-bib COMMAND (pid N, since TIME)`, from the holder file; a file
    left by a dead process (or none yet) says only that another run holds it."""
    try:
        info = json.loads(holder_path(directory).read_text(encoding="utf-8"))
        pid, host = int(info["pid"]), str(info["host"])
        who = f"`awesome-bib {info['command']}` (pid {pid}, since {info['since']})"
        if host != socket.gethostname():
            who = who.replace(f"pid {pid}", f"pid {pid} on {host}")
        elif not _alive(pid):
            raise ValueError("stale")
    except (OSError, ValueError, KeyError, TypeError):
        who = "another awesome-bib run (it has not said who yet)"
    return f"{directory} is locked by {who}"


@contextmanager
def hold(directory: Path, command: str, wait: float,
         say: Callable[[str], None]) -> Iterator[None]:
    """Hold `directory`'s lock for the block. Busy: `say` who holds it and wait up to `wait`
    seconds (0: refuse at once), then BusyError with that line."""
    lock_file = lock_path(directory)
    lock_file.parent.mkdir(parents=True, exist_ok=True)  # the directory itself may not exist yet
    lock = FileLock(str(lock_file))
    try:
        lock.acquire(timeout=0)
    except Timeout:
        line = holder_line(directory)
        if wait <= 0:
            raise BusyError(f"{line} (--no-wait)") from None
        say(f"{line}; waiting up to {wait:g} s (--wait SECONDS, --no-wait)")
        try:
            lock.acquire(timeout=wait)
        except Timeout:
            raise BusyError(f"{holder_line(directory)}; gave up after {wait:g} s") from None
    except OSError as exc:
        raise BusyError(f"{directory}: cannot take the lock: {exc.strerror or exc}") from None
    holder = holder_path(directory)
    try:
        if holder.exists() and directory.is_dir():  # the last holder died: finish the save
            finish(directory)  # it committed (its journal), then sweep the temps it left
            sweep_temps(directory, recursive=True)
        atomic_write_text(holder, json.dumps({
            "command": command, "pid": os.getpid(), "host": socket.gethostname(),
            "since": time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime())}) + "\n")
        yield
    finally:
        holder.unlink(missing_ok=True)
        lock.release()


@contextmanager
def hold_all(dirs: list[Path], command: str, wait: float,
             say: Callable[[str], None]) -> Iterator[None]:
    """Hold several directories' locks, always taken in the order given (entries/ before the
    cache, in every command) so that two runs can never wait on each other."""
    with ExitStack() as stack:
        for directory in dict.fromkeys(d.resolve() for d in dirs):
            stack.enter_context(hold(directory, command, wait, say))
        yield
