"""The thin command line: parse options, call one function, print one line on error.

Commands live one per module in `awesome_bib/commands/` and are imported only when invoked,
so `awesome-bib export` never loads the network stack. Errors are handled here and nowhere
else: `LazyGroup.invoke` turns an `AwesomeBibError` (or an `OSError` from the file system) into
one line on stderr and the error's exit status (see `errors.ExitStatus`), with no traceback.
"""

from __future__ import annotations

import importlib
import os
import sys
from typing import Any

import click

from . import __version__
from .errors import AwesomeBibError, ExitStatus

#: command name -> module under awesome_bib.commands exposing a click command `command`.
COMMANDS = {
    "import": "import_cmd",
    "export": "export_cmd",
    "enrich": "enrich_cmd",
    "check": "check_cmd",
}


class LazyGroup(click.Group):
    """A click group that imports a command's module only when that command runs."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        module_name = COMMANDS.get(cmd_name)
        if module_name is None:
            return None
        module = importlib.import_module(f"awesome_bib.commands.{module_name}")
        command: click.Command = module.command
        return command

    def invoke(self, ctx: click.Context) -> Any:
        """Run the command; an AwesomeBibError or OSError becomes one line and its exit status.

        Here rather than in `main`, so that click's own standalone mode (`CliRunner`) and the
        installed script report errors alike.
        """
        try:
            return super().invoke(ctx)
        except AwesomeBibError as exc:
            if exc.announce:
                click.echo(f"awesome-bib: error: {exc}", err=True)
            ctx.exit(exc.exit_code)
        except BrokenPipeError:  # the reader of stdout went away (`| head`): say nothing more
            try:  # and let the interpreter's final flush find somewhere to write
                os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            except (OSError, ValueError):  # stdout is no file (a test runner's buffer)
                pass
            ctx.exit(ExitStatus.BROKEN_PIPE)
        except OSError as exc:  # a file that cannot be read or written: disk full, read-only
            where = f"{exc.filename}: " if exc.filename else ""
            click.echo(f"awesome-bib: error: {where}{exc.strerror or exc}", err=True)
            ctx.exit(ExitStatus.FAILED)
        except click.exceptions.Exit:
            raise
        except (click.ClickException, click.exceptions.Abort):
            raise
        except Exception as exc:  # the last line of defence: a bug, or an input we never met
            if os.environ.get("AWESOME_BIB_DEBUG"):
                raise  # the traceback, for whoever debugs it
            click.echo(f"awesome-bib: error: {unexpected(exc)}", err=True)
            ctx.exit(ExitStatus.FAILED)


#: What the last line of defence says of the errors an input can provoke.
_PLAIN = {MemoryError: "out of memory", RecursionError: "nested too deeply to read"}


def unexpected(exc: Exception) -> str:
    """One line for an exception no rule expected: what it was read from (the note
    `errors.name_the_input` left), what happened, and that it is ours to fix. Everything
    already written stays as it was (every write is atomic)."""
    notes = getattr(exc, "__notes__", None) or []
    where = f"{notes[0]}: " if notes else ""
    what = next((text for kind, text in _PLAIN.items() if isinstance(exc, kind)), None)
    detail = f"{what} ({type(exc).__name__})" if what else f"{type(exc).__name__}: {exc}"
    return (f"{where}{' '.join(detail.split())[:300]}; nothing already written was lost. "
            f"Not an error awesome-bib {__version__} expected: please report it with this line")


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="awesome-bib")
def cli() -> None:
    """Turn an awesome list of papers into verified BibTeX, CSL-JSON and RIS files."""


def main(argv: list[str] | None = None) -> None:
    """Entry point: run the CLI and exit with its status (errors: see `LazyGroup.invoke`)."""
    try:
        # Without standalone mode click *returns* an Exit's code instead of exiting.
        code = cli.main(args=argv, prog_name="awesome-bib", standalone_mode=False)
        if isinstance(code, int) and code:
            sys.exit(code)
    except click.exceptions.Abort:
        click.echo("awesome-bib: aborted", err=True)
        sys.exit(ExitStatus.INTERRUPTED)
    except click.ClickException as exc:  # click's own usage errors (exit 2)
        exc.show()
        sys.exit(exc.exit_code)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        click.echo("awesome-bib: interrupted", err=True)
        sys.exit(ExitStatus.INTERRUPTED)
    except Exception as exc:  # raised outside a command (loading one): the same one line
        if os.environ.get("AWESOME_BIB_DEBUG"):
            raise
        click.echo(f"awesome-bib: error: {unexpected(exc)}", err=True)
        sys.exit(ExitStatus.FAILED)
