"""`awesome-bib export`: entries/ -> OUT/<section>.<suffix> and OUT/all.<suffix> per format."""

from __future__ import annotations

import click

from ..errors import UsageError
from ..export import FORMATS

FORMAT_CHOICES = tuple(FORMATS.choices())  # every registered format, then "all"


@click.command("export")
@click.option("--format", "fmt", default="all", show_default=True, metavar="FORMAT",
              help=", ".join(FORMAT_CHOICES) + ".")
@click.option("--entries", "entries_dir", default="entries", show_default=True,
              type=click.Path(file_okay=False), help="The imported entries directory.")
@click.option("--out", "out_dir", default="out", show_default=True,
              type=click.Path(file_okay=False), help="Where to write the files.")
@click.option("--unicode", is_flag=True,
              help=f"Keep letters as UTF-8 in {', '.join(FORMATS.with_option('unicode'))} "
                   "(Greek and math stay LaTeX).")
def command(fmt: str, entries_dir: str, out_dir: str, unicode: bool) -> None:
    """Write one file per section and format, plus all.* with every entry once."""
    if fmt not in FORMAT_CHOICES:
        # Checked before loading anything: a typo costs nothing and touches nothing.
        raise UsageError(f"unknown --format {fmt!r} (choose from {', '.join(FORMAT_CHOICES)})")
    from ..export import export_library
    from ..store import load_library

    lib = load_library(entries_dir)
    report = export_library(lib, out_dir, fmt, unicode=unicode)
    formats = sorted({f for counts in report.counts.values() for f in counts})
    # Every header whole (a column is as wide as its format's name), one row per section.
    width = max([len("section"), *(len(stem) for stem in report.counts)])
    digits = len(str(max([0, *(n for c in report.counts.values() for n in c.values())])))
    cols = {f: max(digits, len(f)) for f in formats}  # five formats fit in 80 columns
    click.echo(f"{'section':<{width}}  " + "  ".join(f"{f:>{w}}" for f, w in cols.items()))
    for stem, counts in report.counts.items():
        click.echo(f"{stem:<{width}}  "
                   + "  ".join(f"{counts.get(f, 0):>{w}}" for f, w in cols.items()))
    click.echo(f"wrote {len(report.files)} files to {out_dir}/ ({report.total} entries)")
    if report.unknown_tags:
        click.echo(f"unknown venue tags ({len(report.unknown_tags)}), exported as @misc:")
        for tag in sorted(report.unknown_tags):
            keys = report.unknown_tags[tag]
            click.echo(f"  {tag}: {', '.join(keys)}")
    else:
        click.echo("unknown venue tags: none")
