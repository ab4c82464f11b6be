"""`awesome-bib import LIST.md [--entries DIR]`: the list -> entries/, merged with what is there."""

from __future__ import annotations

import os

import click

from ..importer import ImportReport, import_list
from .options import one_writer, template_option


def _summary(report: ImportReport) -> list[str]:
    """The lines the command prints after a successful import."""
    out = [f"imported {report.source} -> {report.entries_dir}/"]
    width = max((len(s.slug) for s in report.sections), default=0)
    for s in report.sections:
        what = "datasets" if s.kind == "datasets" else "items"
        out.append(f"  {s.slug:<{width}}  {s.listed:4d} {what:<8} {s.entries:4d} entries")
    out.append(f"paper items: {report.bullets}, unique papers: {report.papers}, "
               f"datasets: {report.datasets}, duplicates merged: {report.merged}")
    out.append(f"conflicts (same link, different titles): {len(report.conflicts)}")
    for c in report.conflicts:
        lines = ", ".join(str(i.line) for i in c.items)
        titles = " | ".join(i.title for i in c.items)
        out.append(f"  {report.source}:{c.items[0].line}: {c.link} at lines {lines}: "
                   f"{titles}")
    out.append(f"problems: {len(report.problems)}")
    for p in report.problems:
        out.append(f"  {report.source}:{p.line}: {p.reason}: {p.raw.splitlines()[0]}")
    out.append(f"skipped (link-bearing lines not imported): {len(report.skipped)}")
    for sk in report.skipped:
        out.append(f"  {report.source}:{sk.line}: skipped: {sk.reason}")
    out.append(f"added {len(report.added)}, kept {len(report.kept)}, removed "
               f"{len(report.removed)}; files written: {len(report.written)}")
    for r in report.removed:
        out.append(f"  removed {r['key']} (was line {r['line']}): {r['title']}")
    return out


@click.command("import")
@click.argument("list_path", metavar="LIST.md", type=click.Path(dir_okay=True))
@click.option("--entries", "entries_dir", default="entries", show_default=True,
              type=click.Path(file_okay=False), help="Directory of the YAML entries.")
@click.option("--rekey", is_flag=True,
              help="Regenerate every citation key, pinned ones too (keys are otherwise stable).")
@click.option("--explain", is_flag=True,
              help="Print how each item was read (line, section, title, venue, year, authors, "
                   "ids) before the summary.")
@template_option
@one_writer(lambda o: [o["entries_dir"] if os.path.exists(o["list_path"]) else None])
def command(list_path: str, entries_dir: str, rekey: bool, explain: bool,
            templates: tuple[str, ...]) -> None:
    """Import an awesome list (Markdown) into entries/, keeping enriched and edited fields."""
    # Errors (bad list, broken entries/, entries/ not writable) are one line: see cli.py.
    report = import_list(list_path, entries_dir, rekey=rekey, explain=explain,
                         templates=templates)
    if explain:
        for line in report.explain:
            click.echo(line)
    for line in _summary(report):
        click.echo(line)
