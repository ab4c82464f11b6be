"""`awesome-bib check`: audit the list itself and say where it is wrong."""

from __future__ import annotations

from pathlib import Path

import click

from ..errors import FindingsError, UsageError
from ..store.fsutil import atomic_write_text
from .options import cache_of, one_writer, template_option


@click.command("check")
@click.argument("list_path", metavar="[LIST.md]", required=False,
                type=click.Path(dir_okay=False, path_type=str))
@click.option("--entries", "entries_dir", default="entries", show_default=True,
              type=click.Path(file_okay=False, path_type=str),
              help="Imported entries (enrichment evidence is read from here).")
@click.option("--cache", "cache_dir", default=None, type=click.Path(file_okay=False, path_type=str),
              help="Enrichment cache to read (default: $AWESOME_BIB_CACHE or the user cache).")
@click.option("--offline", is_flag=True,
              help="Never touch the network: use only entries/ and the enrichment cache. "
                   "Without it, the enrichment pipeline (arXiv, Semantic Scholar, Crossref) "
                   "fetches what the cache lacks, on a copy: entries/ is never written.")
@click.option("--format", "fmt", type=click.Choice(["text", "json", "github"]), default="text",
              show_default=True, help="Report format.")
@click.option("--suggest", "patch_file", default=None, metavar="PATCH_FILE",
              type=click.Path(dir_okay=False),
              help="Write a unified diff fixing what is certain to PATCH_FILE.")
@click.option("--strict", is_flag=True, help="Exit 1 on warnings too.")
@template_option
@one_writer(lambda o: [None if o["offline"] else cache_of(o)])  # it fills the cache
def command(list_path: str | None, entries_dir: str, cache_dir: str | None,
            offline: bool, fmt: str, patch_file: str | None, strict: bool,
            templates: tuple[str, ...]) -> None:
    """Check LIST.md (or the list behind entries/) for wrong links, duplicates and tags."""
    from ..check import exit_status, run
    from ..check.load import load, open_cache
    from ..check.render import render
    from ..check.suggest import suggest

    # Bad input raises an AwesomeBibError (exit 2, one line: see cli.py); findings that fail
    # the check raise FindingsError (exit 1) after the report, which already names them.
    if templates and list_path is None:
        raise UsageError("--template reads LIST.md: pass the list file")
    loaded = load(list_path, entries_dir, templates)
    lib, cache = loaded.lib, open_cache(cache_dir)
    if not offline:
        # The enrichment pipeline fills the cache with what it lacks, on a copy of the library:
        # the rules read that copy; entries/ is never written.
        from ..check.evidence import enriched

        lib, report = enriched(loaded.lib, cache_dir, offline=False)
        cache = None  # the copy already holds every answer the cache has
        if report.counts.get("failed"):
            click.echo(f"awesome-bib: {report.counts['failed']} look-up(s) failed; their "
                       "checks are reported as not done", err=True)
    findings, gaps = run(lib, loaded.file, cache, loaded.text)
    gaps += loaded.not_read  # as `import` skips them: no rule looked at them
    if patch_file:
        if not loaded.text:
            raise UsageError(f"--suggest needs the list file; {loaded.file or 'entries/'} "
                             "names none that exists (pass LIST.md)")
        patch, applied = suggest(loaded.text, findings, loaded.file)
        if patch:
            atomic_write_text(Path(patch_file), patch)
            click.echo(f"awesome-bib: wrote {len(applied)} certain fix(es) to {patch_file}",
                       err=True)
        else:  # an empty file is not a patch: `git apply` rejects it
            click.echo(f"awesome-bib: no certain fix; {patch_file} not written", err=True)
    click.echo(render(fmt, findings, gaps, loaded.file), nl=False)
    if exit_status(findings, strict):
        raise FindingsError(loaded.file, strict)
