"""Options shared by commands: the lock the writers of entries/ or the cache hold while they
run, and how long they wait for another run's (locks.py); the declared item templates that
`import` and `check` read a list with."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TypeVar

import click

from ..store.cachedir import cache_root
from ..store.locks import DEFAULT_WAIT, hold_all

F = TypeVar("F", bound=Callable[..., Any])
Dirs = Callable[[dict[str, Any]], Iterable["Path | str | None"]]


def one_writer(dirs: Dirs) -> Callable[[F], F]:
    """Run the command holding the locks of `dirs(its options)` (None entries skipped), with
    `--wait SECONDS` and `--no-wait` to say what to do when another run holds one."""

    def decorate(func: F) -> F:
        @functools.wraps(func)
        def run(*args: Any, wait: float, no_wait: bool, **kwargs: Any) -> Any:
            paths = [Path(d) for d in dirs(kwargs) if d is not None]
            command = click.get_current_context().info_name or func.__name__
            with hold_all(paths, command, 0 if no_wait else wait,
                          lambda line: click.echo(f"awesome-bib: {line}", err=True)):
                return func(*args, **kwargs)

        run = click.option(
            "--no-wait", is_flag=True,
            help="If another run holds entries/ or the cache, say who and exit 3.")(run)
        run = click.option(
            "--wait", type=click.FloatRange(min=0), default=DEFAULT_WAIT, show_default=True,
            metavar="SECONDS",
            help="If another run holds entries/ or the cache, say who and wait this long.")(run)
        return run  # type: ignore[return-value]

    return decorate


def cache_of(options: dict[str, Any]) -> Path:
    """The cache directory a command's `--cache` option names (cachedir.py)."""
    return cache_root(options.get("cache_dir"))


#: `--template`, as `import` and `check` both take it (importer/template.py reads it).
template_option = click.option(
    "--template", "templates", multiple=True, metavar="[SECTION=]PATTERN",
    help="Declare how items are written, overriding inference: a pattern of named fields, "
         "e.g. '{name}: [{title}]({url}) ({venue} {year})', for every section or, as "
         "'Section title=PATTERN', for one (repeatable; also read from awesome-bib.toml next "
         "to the list). `import --explain` prints the inferred ones.")
