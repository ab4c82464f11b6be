"""`awesome-bib import LIST.md [--entries DIR]`: the list -> entries/, merged with what is there."""

from __future__ import annotations

import click

from ..importer import ImportReport, import_list


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
        lines = ", ".join(str(i["line"]) for i in c["items"])
        titles = " | ".join(i["title"] for i in c["items"])
        out.append(f"  {report.source}:{c['items'][0]['line']}: {c['link']} at lines {lines}: "
                   f"{titles}")
    out.append(f"problems: {len(report.problems)}")
    for p in report.problems:
        out.append(f"  {report.source}:{p['line']}: {p['reason']}: {p['raw'].splitlines()[0]}")
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
def command(list_path: str, entries_dir: str, rekey: bool) -> None:
    """Import an awesome list (Markdown) into entries/, keeping enriched and edited fields."""
    # Errors (bad list, broken entries/, entries/ not writable) are one line: see cli.py.
    report = import_list(list_path, entries_dir, rekey=rekey)
    for line in _summary(report):
        click.echo(line)
