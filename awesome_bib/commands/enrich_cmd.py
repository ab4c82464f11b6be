"""`awesome-bib enrich`: complete entries/ from arXiv and Crossref (cached, batched, polite)."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from typing import Any

import click

from ..enrich import EnrichReport, Options, SectionStats, run_enrich
from ..errors import UsageError
from .options import cache_of, one_writer


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
    # Long values (author lists, joined reasons) are shortened at a word, never mid-word.
    return text if len(text) <= 70 else text[:67].rsplit(" ", 1)[0] + " ..."


#: The per-section table's columns: header -> figure. Headers are whole words, and the table
#: fits 80 columns for section slugs of up to 33 characters (a longer slug only widens it).
_COLUMNS: dict[str, Callable[[SectionStats], int]] = {
    "entries": lambda s: s.entries, "authors": lambda s: s.with_authors,
    "DOI": lambda s: s.with_doi, "published": lambda s: s.published,
    "unresolved": lambda s: len(s.unresolved)}


def report_lines(report: EnrichReport, dry_run: bool) -> list[str]:
    """The report as plain lines: never cut or wrapped, so it reads alike at 80 columns, on a
    wide terminal and in a CI log (one change or one unresolved reason per line)."""
    out: list[str] = []
    if dry_run:
        out.append(f"dry run: {len(report.changes)} change(s), nothing written")
        for c in report.changes:
            score = f" (score {c['score']})" if c.get("score") is not None else ""
            out.append(f"  {c['key']}.{c['field']}: {_show(c['old'])} -> {_show(c['new'])}"
                       f"  [{c['source']}{score}]")
        for k in report.key_changes:
            out.append(f"  key {k['old']} -> {k['new']}")
    width = max([len("section"), *(len(s.slug) for s in report.sections)])
    out.append("  ".join([f"{'section':<{width}}", *_COLUMNS]))
    for s in report.sections:
        out.append("  ".join([f"{s.slug:<{width}}",
                              *(f"{figure(s):>{len(head)}}" for head, figure in _COLUMNS.items())]))
    unresolved = [u for s in report.sections for u in s.unresolved]
    if unresolved:
        out.append(f"unresolved ({len(unresolved)}), one reason per line:")
        for u in unresolved:
            out.extend(f"  {u['key']}: {reason}" for reason in u["reasons"])
    c = report.counts
    out.append(f"requests: arXiv {report.requests.get('arxiv', 0)}, Semantic Scholar "
               f"{report.requests.get('s2', 0)}, Crossref {report.requests.get('crossref', 0)}")
    for why in report.unavailable.values():  # an optional source, said once for the run
        out.append(f"not verified: {why}")
    if report.titles_per_search:
        out.append(f"arXiv title search: {sum(report.titles_per_search)} title(s) in "
                   f"{len(report.titles_per_search)} request(s)")
    out.append(f"cache: cached {c.get('cached', 0)}, fetched {c.get('fetched', 0)}, "
               f"failed {c.get('failed', 0)}")
    out.append(f"changes {len(report.changes)}, keys changed {len(report.key_changes)}")
    if report.unmerged:  # the figures above count changes that only these files hold
        out.append(f"not in entries/ until you merge them by hand: {', '.join(report.unmerged)}"
                   " (the figures above are what entries/ holds)")
    if report.findings:  # list errors, as file:line for editors and CI logs
        out.append(f"list errors found ({len(report.findings)}), one per line:")
        out.extend(f"{f['file']}:{f['line']}: {f['code']}: {f['message']}"
                   for f in report.findings)
    return out


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
@one_writer(lambda o: (None if o["dry_run"] else o["entries_dir"],
                       None if o["offline"] else cache_of(o)))
def command(entries_dir: str, cache_dir: str | None, offline: bool, refresh: bool, only: str,
            mailto: str, dry_run: bool, quiet: bool, as_json: bool) -> None:
    """Complete entries/ from arXiv and Crossref: authors, DOI, published venue, pages."""
    # Errors (bad options, broken entries/, a corrupt cache) are one line: see cli.py.
    if quiet and as_json:
        raise UsageError("--quiet and --json exclude each other")
    if offline and refresh:
        raise UsageError("--offline and --refresh exclude each other")
    opts = Options(offline=offline, refresh=refresh, only=only, mailto=mailto,
                   cache_dir=cache_dir)
    bar = _Bar() if sys.stderr.isatty() and not (quiet or as_json) else None
    if bar:
        with bar.progress:
            report = run_enrich(entries_dir, opts, dry_run=dry_run, progress=bar)
    else:
        report = run_enrich(entries_dir, opts, dry_run=dry_run)
    if as_json:
        click.echo(json.dumps({"dry_run": dry_run, **report.to_dict()}, ensure_ascii=False,
                              indent=1, sort_keys=True))
    elif not quiet:
        for line in report_lines(report, dry_run):
            click.echo(line)
