"""Enrichment: arXiv, Semantic Scholar and Crossref look-ups (batched, cached, polite)
folded into entries/.

`enrich_library` completes a Library in memory and returns an `EnrichReport`; `run_enrich`
loads entries/, enriches, assigns keys and saves (unless it is a dry run).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from .. import citekeys, store
from ..core.outcomes import REPORTED
from ..core.vocab import PUBLISHED_TYPES
from ..model import Entry, Library
from ..store.cache import Cache, default_dir
from . import pipeline
from .arxiv import ArxivTitleSearch
from .http import RetryPolicy, env_policy
from .pipeline import Progress
from .steps import Context, Writer, unresolved_reasons

__all__ = ["EnrichReport", "Options", "Progress", "SectionStats", "enrich_library",
           "run_enrich", "section_stats", "select"]


@dataclass
class Options:
    """How to enrich; None means "from the environment / the documented default"."""

    offline: bool = False
    refresh: bool = False
    only: str = ""
    mailto: str = ""
    cache_dir: str | Path | None = None
    arxiv_url: str | None = None
    crossref_url: str | None = None
    s2_url: str | None = None
    s2_key: str | None = None  # None: AWESOME_BIB_S2_KEY
    s2_interval: float | None = None
    arxiv_delay: float | None = None
    crossref_interval: float | None = None
    policy: RetryPolicy = field(default_factory=env_policy)
    clock: Callable[[], float] | None = None
    sleep: Callable[[float], None] | None = None


@dataclass
class SectionStats:
    """The end-of-run figures for one section."""

    slug: str
    title: str
    entries: int = 0
    with_authors: int = 0
    with_doi: int = 0
    published: int = 0
    unresolved: list[dict[str, Any]] = field(default_factory=list)  # key, reason, reasons


@dataclass
class EnrichReport:
    """What a run did: per-section figures, requests, cache use, changes, key changes."""

    sections: list[SectionStats] = field(default_factory=list)
    requests: dict[str, int] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)  # cached, fetched, failed
    changes: list[dict[str, Any]] = field(default_factory=list)
    key_changes: list[dict[str, str]] = field(default_factory=list)
    entries: int = 0
    #: {file, line, key, code, message}: links to other papers, retitles, contradicted years
    findings: list[dict[str, Any]] = field(default_factory=list)
    titles_per_search: list[int] = field(default_factory=list)  # titles in each arXiv search
    #: `.unmerged.yaml` files in entries/ after the save: what they hold is not in entries/
    unmerged: list[str] = field(default_factory=list)
    #: optional source -> what it could not verify and why (said once, not per entry)
    unavailable: dict[str, str] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain data for --json."""
        return asdict(self)


def select(lib: Library, only: str) -> list[Entry]:
    """All entries, or those with key `only`, or those listed in section `only`."""
    if not only:
        return list(lib.entries)
    picked = [e for e in lib.entries if e.key == only or only in e.sections]
    if not picked:
        from ..errors import UsageError

        raise UsageError(f"--only {only!r}: no entry key or section slug of that name")
    return picked


def enrich_library(lib: Library, opts: Options | None = None,
                   progress: Progress | None = None) -> EnrichReport:
    """Enrich the selected entries of `lib` in place (the pipeline over every registered
    source); return what happened."""
    opts = opts or Options()
    entries = select(lib, opts.only)
    ctx = Context()
    done = pipeline.run(entries, ctx, Writer(ctx), Cache(opts.cache_dir or default_dir()),
                        opts, progress)
    search = done.sources.get(ArxivTitleSearch.name)
    report = EnrichReport(requests=done.requests, unavailable=unavailable(entries),
                          counts=done.counts, changes=ctx.changes, entries=len(entries),
                          titles_per_search=list(search.titles_per_request)
                          if isinstance(search, ArxivTitleSearch) else [])
    report.sections = section_stats(lib, entries)
    report.findings = findings(lib, entries)
    return report


def unavailable(entries: list[Entry]) -> dict[str, str]:
    """Per source whose look-ups failed: why (its first failure) and how many entries it
    could not verify, to say once instead of once per entry."""
    failed: dict[str, list[str]] = {}
    for entry in entries:
        first: dict[str, str] = {}  # each source once per entry, with its first message
        for o in entry.outcomes:
            if o.code == "source-unavailable":
                first.setdefault(o.source, o.message)
        for source, message in first.items():
            failed.setdefault(source, []).append(message)
    return {name: f"{messages[0]}; {len(messages)} entries not verified by it"
            for name, messages in failed.items()}


def findings(lib: Library, entries: list[Entry]) -> list[dict[str, Any]]:
    """Every reported outcome (a link to another paper, a retitle, a contradicted year, a DOI
    naming another title) as {file, line, key, code, message}, in list order."""
    out = []
    for entry in entries:
        for o in entry.outcomes:
            if o.code in REPORTED:
                out.append({"file": lib.source, "line": o.line or entry.line,
                            "key": entry.key, "code": o.code, "message": o.message})
    return sorted(out, key=lambda f: (f["line"], f["code"]))


def section_stats(lib: Library, entries: list[Entry]) -> list[SectionStats]:
    """Per-section figures over the enriched entries."""
    chosen = {id(e) for e in entries}
    out = []
    by_section = lib.by_section()
    for section in lib.sections:
        stats = SectionStats(section.slug, section.title)
        for entry in by_section.get(section.slug, []):
            if id(entry) not in chosen:
                continue
            stats.entries += 1
            stats.with_authors += bool(entry.authors)
            stats.with_doi += bool(entry.doi)
            stats.published += entry.pub_type in PUBLISHED_TYPES
            if entry.unresolved:
                # One reason per outcome (a person's hand-written `unresolved` is one reason).
                reasons = unresolved_reasons(entry.outcomes) or [entry.unresolved]
                stats.unresolved.append({"key": entry.key, "reason": entry.unresolved,
                                         "reasons": reasons})
        if stats.entries:
            out.append(stats)
    return out


def run_enrich(entries_dir: str | Path, opts: Options | None = None, dry_run: bool = False,
               progress: Progress | None = None) -> EnrichReport:
    """Load entries/, enrich, give fallback keys their author form once, save unless dry run."""
    lib = store.load_library(entries_dir)
    report = enrich_library(lib, opts, progress)
    for _entry, old, new in citekeys.assign_keys(lib.entries):
        report.key_changes.append({"old": old, "new": new})
    if not dry_run:
        store.save_library(lib, entries_dir)
        report.unmerged = [str(p) for p in store.pending_unmerged(Path(entries_dir))]
        if report.unmerged:  # the figures are what entries/ holds, not what those files do
            saved = store.load_library(entries_dir)
            report.sections = section_stats(saved, select(saved, (opts or Options()).only))
    return report
