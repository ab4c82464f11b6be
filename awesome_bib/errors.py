"""The error tree and the exit statuses. `cli.py` catches `AwesomeBibError` once, prints its
one-line message and exits with the error's own `exit_code`.

Exit statuses follow `diff` and `grep`: 0 done; 1 done, and the list has errors (`check`'s
findings); 2 could not be done (bad input, a bad option, an unreadable cache, a failed source,
a file that cannot be written); 3 not done yet, another run holds entries/ or the cache
(`--no-wait`, or the `--wait` ran out); 130 interrupted; 141 the reader of stdout went away
(`| head`), as a shell reports a tool killed by SIGPIPE.
"""

from __future__ import annotations

from enum import IntEnum
from pathlib import Path


class ExitStatus(IntEnum):
    """The process exit statuses, in one place."""

    OK = 0
    FINDINGS = 1
    FAILED = 2
    BUSY = 3
    INTERRUPTED = 130
    BROKEN_PIPE = 141


class AwesomeBibError(Exception):
    """Root of every error the CLI turns into a one-line message and a non-zero exit."""

    exit_code: int = ExitStatus.FAILED
    #: False when the command's own report already says why it failed (no extra line).
    announce: bool = True


class UsageError(AwesomeBibError):
    """A bad option or argument value (unknown format, missing directory, ...)."""


class FindingsError(AwesomeBibError):
    """`check` found errors (with --strict, warnings too); its report already names them."""

    exit_code = ExitStatus.FINDINGS
    announce = False

    def __init__(self, file: str, strict: bool) -> None:
        self.file = file
        super().__init__(f"{file}: the list has {'errors or warnings' if strict else 'errors'}")


class ListError(AwesomeBibError):
    """Bad input in a Markdown list: names the file and, where known, the line."""

    def __init__(self, file: str | Path, line: int | None, message: str) -> None:
        self.file = str(file)
        self.line = line
        self.message = message
        where = f"{self.file}:{line}" if line else self.file
        super().__init__(f"{where}: {message}")


class EntriesError(ListError):
    """Bad input in an entries/ YAML file (broken YAML, wrong schema)."""


class BusyError(AwesomeBibError):
    """Another run holds the lock on entries/ or the cache; says who (locks.py)."""

    exit_code = ExitStatus.BUSY


class CacheError(AwesomeBibError):
    """A corrupt or unreadable cache file; names the file."""

    def __init__(self, file: str | Path, message: str) -> None:
        self.file = str(file)
        super().__init__(f"{file}: {message}")


class SourceError(AwesomeBibError):
    """A network source failed after its bounded retries."""

    def __init__(self, url: str, attempt: int, status: int | None, message: str) -> None:
        self.url = url
        self.attempt = attempt
        self.status = status
        self.message = message
        code = f"HTTP {status}" if status else "no response"
        # The query (100 ids, a title search) would drown the message that gets repeated in
        # every unresolved entry; the endpoint says which service failed.
        where = url.split("?", 1)[0]
        if attempt == 0:
            super().__init__(f"{where}: {message}")
        else:
            super().__init__(f"{where}: {code} after {attempt} attempt(s): {message}")


def name_the_input(exc: BaseException, what: str) -> None:
    """Note on an unexpected error which file or request it came from, once: the CLI's last
    line of defence prints the innermost note. Our own errors name their input already."""
    ours = isinstance(exc, AwesomeBibError)
    if isinstance(exc, Exception) and not ours and not getattr(exc, "__notes__", None):
        exc.add_note(what)
