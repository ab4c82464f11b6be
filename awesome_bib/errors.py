"""The error tree. `cli.py` catches `AwesomeBibError` once and prints its one-line message."""

from __future__ import annotations

from pathlib import Path


class AwesomeBibError(Exception):
    """Root of every error the CLI turns into a one-line message and a non-zero exit."""

    exit_code = 1


class UsageError(AwesomeBibError):
    """A bad option or argument value (unknown format, missing directory, ...)."""

    exit_code = 2


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

    exit_code = 3


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
