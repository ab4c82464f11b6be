"""`awesome-bib enrich`: complete entries/ from arXiv and Crossref (cached, batched, polite)."""

from __future__ import annotations

import json
import sys
from typing import Any

import click

from ..enrich import EnrichReport, Options, run_enrich
from ..errors import AwesomeBibError, UsageError
from .options import cache_of, existing, one_writer


class ReportedError(click.ClickException):
    """An AwesomeBibError shown as one line, the way `cli.main` prints it."""

    def __init__(self, exc: AwesomeBibError) -> None:
        super().__init__(str(exc))
        self.exit_code = exc.exit_code

    def show(self, file: Any = None) -> None:
        """One line on stderr."""
        click.echo(f"awesome-bib: error: {self.message}", err=True)


class _Bar:
    """A rich progress bar with counts, one task per look-up stage (terminal only)."""

    def __init__(self) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

        self.progress = Progress(TextColumn("{task.description:<16}"), BarColumn(),
                                 MofNCompleteColumn(), TextColumn("{task.fields[counts]}"),
                                 transient=True, console=Console(stderr=True))
        self.tasks: dict[str, Any] = {}

    def __call__(self, stage: str, done: int, total: int, counts: dict[str, int]) -> None:
        text = ", ".join(f"{k} {v}" for k, v in counts.items())
        if stage not in self.tasks:
            self.tasks[stage] = self.progress.add_task(stage, total=total, counts=text)
        self.progress.update(self.tasks[stage], completed=done, total=total, counts=text)


def _show(value: Any) -> str:
    if isinstance(value, list):
        value = "; ".join(a.get("literal") or f"{a.get('given', '')} {a.get('family', '')}".strip()
                          if isinstance(a, dict) else str(a) for a in value)
    text = str(value) if value not in (None, "") else "-"
    return text if len(text) <= 70 else text[:67] + "..."


def _print_report(report: EnrichReport, dry_run: bool) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console()
    if dry_run:
        console.print(f"[bold]dry run[/bold]: {len(report.changes)} change(s), nothing written")
        for c in report.changes:
            score = f" (score {c['score']})" if c.get("score") is not None else ""
            console.print(f"  {c['key']}.{c['field']}: {_show(c['old'])} -> {_show(c['new'])}"
                          f"  [{c['source']}{score}]", markup=False, highlight=False)
        for k in report.key_changes:
            console.print(f"  key {k['old']} -> {k['new']}", markup=False, highlight=False)
    table = Table(title="enrichment by section")
    for col in ("section", "entries", "with authors", "with DOI", "published", "unresolved"):
        table.add_column(col, justify="left" if col == "section" else "right",
                         no_wrap=col == "section")
    for s in report.sections:
        table.add_row(s.slug, str(s.entries), str(s.with_authors), str(s.with_doi),
                      str(s.published), str(len(s.unresolved)))
    console.print(table)
    for s in report.sections:
        for u in s.unresolved:
            console.print(f"  unresolved {u['key']}: {u['reason']}", markup=False,
                          highlight=False)
    c = report.counts
    console.print(f"requests: arXiv {report.requests.get('arxiv', 0)}, Crossref "
                  f"{report.requests.get('crossref', 0)}; cached {c.get('cached', 0)}, fetched "
                  f"{c.get('fetched', 0)}, failed {c.get('failed', 0)}; "
                  f"changes {len(report.changes)}, keys changed {len(report.key_changes)}",
                  highlight=False)


@click.command("enrich")
@click.option("--entries", "entries_dir", default="entries", show_default=True,
              type=click.Path(file_okay=False), help="Directory of the YAML entries.")
@click.option("--cache", "cache_dir", envvar="AWESOME_BIB_CACHE", default=None,
              type=click.Path(file_okay=False),
              help="Look-up cache directory [env AWESOME_BIB_CACHE; default: user cache dir].")
@click.option("--offline", is_flag=True, help="Use the cache only; never touch the network.")
@click.option("--refresh", is_flag=True, help="Refetch everything, ignoring cached answers.")
@click.option("--only", default="", metavar="KEY_OR_SECTION",
              help="Enrich one entry (by key) or one section (by slug).")
@click.option("--mailto", envvar="AWESOME_BIB_MAILTO", default="",
              help="E-mail for Crossref's polite pool [env AWESOME_BIB_MAILTO].")
@click.option("--dry-run", is_flag=True, help="Show the changes without writing entries/.")
@click.option("--quiet", is_flag=True, help="Print nothing on success (for scripts).")
@click.option("--json", "as_json", is_flag=True, help="Print a machine-readable summary.")
@one_writer(lambda o: (None if o["dry_run"] else existing(o["entries_dir"]),
                       None if o["offline"] else cache_of(o)))
def command(entries_dir: str, cache_dir: str | None, offline: bool, refresh: bool, only: str,
            mailto: str, dry_run: bool, quiet: bool, as_json: bool) -> None:
    """Complete entries/ from arXiv and Crossref: authors, DOI, published venue, pages."""
    try:
        if quiet and as_json:
            raise UsageError("--quiet and --json exclude each other")
        if offline and refresh:
            raise UsageError("--offline and --refresh exclude each other")
        opts = Options(offline=offline, refresh=refresh, only=only, mailto=mailto,
                       cache_dir=cache_dir)
        bar = _Bar() if sys.stderr.isatty() and not (quiet or as_json) else None
        try:
            if bar:
                with bar.progress:
                    report = run_enrich(entries_dir, opts, dry_run=dry_run, progress=bar)
            else:
                report = run_enrich(entries_dir, opts, dry_run=dry_run)
        except OSError as exc:
            raise UsageError(f"{entries_dir}: cannot write: {exc.strerror or exc}") from None
    except AwesomeBibError as exc:
        raise ReportedError(exc) from None
    if as_json:
        click.echo(json.dumps({"dry_run": dry_run, **report.to_dict()}, ensure_ascii=False,
                              indent=1, sort_keys=True))
    elif not quiet:
        _print_report(report, dry_run)
