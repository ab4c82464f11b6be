"""Atomic file writes: a reader never sees a half-written file, and a crash leaves the old one."""

from __future__ import annotations

import functools
import os
import tempfile
from pathlib import Path


def atomic_write_text(path: str | Path, text: str) -> None:
    """Write `text` (UTF-8, LF newlines) to `path` via a temp file, fsync and rename."""
    atomic_write_bytes(path, text.encode("utf-8"))


def atomic_write_bytes(path: str | Path, data: bytes) -> None:
    """Write `data` to `path` via a temp file in the same directory, fsync and rename."""
    path = Path(path)
    tmp = stage_bytes(path, data)
    try:
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


@functools.cache
def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def stage_bytes(path: Path, data: bytes) -> Path:
    """Write `data` to a fsynced temp file beside `path`; the caller renames it into place
    (export stages a whole set of files this way and renames them only when all are staged)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        # mkstemp makes the file 0600; give it the mode of the file it replaces, else the
        # mode a plain open() would (0666 less the umask), so edits keep a file readable.
        try:
            mode = os.stat(path).st_mode & 0o777
        except FileNotFoundError:
            mode = 0o666 & ~_umask()
        os.chmod(tmp, mode)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
    except BaseException:
        os.unlink(tmp)
        raise
    return Path(tmp)


def read_or_none(path: Path) -> bytes | None:
    """The file's bytes, or None when there is no file."""
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None


def is_temp(path: Path) -> bool:
    """A temp file `stage_bytes` made (`.<name>.<random>.tmp`)."""
    return path.name.startswith(".") and path.name.endswith(".tmp")


def sweep_temps(directory: Path, recursive: bool = False) -> list[Path]:
    """Delete the temp files a killed writer left in `directory`; call it only while holding
    the directory's lock (no live writer is then staging there). Returns what was removed."""
    pattern = "**/.*.tmp" if recursive else ".*.tmp"
    removed = []
    for path in directory.glob(pattern):
        if is_temp(path):
            path.unlink(missing_ok=True)
            removed.append(path)
    return removed
