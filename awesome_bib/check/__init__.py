"""Audit the list itself: links that lead to other papers, duplicates, wrong venue tags, dead ids.

`check_library(lib, file)` runs every rule in `rules.ALL` over the library and returns the
findings, most serious first; given the enrichment cache, the rules read a copy of the library
that the enrichment pipeline completed from that cache alone (evidence.py). `evidence_gaps` says
which checks lacked the data they need (offline, or before `awesome-bib enrich`).
"""

from __future__ import annotations

from ..model import Library
from ..store.cache import Cache
from . import context
from .findings import KINDS, SEVERITIES, Finding, exit_status
from .rules import ALL

__all__ = ["Finding", "KINDS", "SEVERITIES", "check_library", "evidence_gaps", "exit_status",
           "run"]


def run(lib: Library, file: str = "", cache: Cache | None = None,
        text: str = "") -> tuple[list[Finding], list[str]]:
    """Findings (sorted, without repeats) and the evidence gaps, from one pass; `text` is the
    list file's Markdown (the link-syntax rule reads it; without it that rule is silent)."""
    if cache is not None:
        from .evidence import enriched

        lib = enriched(lib, cache.root, offline=True)[0]
    ctx = context.build(lib, file or lib.source, text)
    seen: set[tuple[str, int, str]] = set()
    findings: list[Finding] = []
    for rule in ALL:
        for finding in rule(ctx):
            ident = (finding.kind, finding.line, finding.message)
            if ident not in seen:
                seen.add(ident)
                findings.append(finding)
    findings.sort(key=Finding.sort_key)
    return findings, evidence_gaps(ctx)


def check_library(lib: Library, file: str = "", cache: Cache | None = None) -> list[Finding]:
    """Every finding about the list behind `lib`, most serious first."""
    return run(lib, file, cache)[0]


def evidence_gaps(ctx: context.Context) -> list[str]:
    """One line per check that could not look at everything for want of enrichment data."""
    gaps = []
    ids = sorted({a for it in ctx.items for a in it.arxiv})
    missing = [a for a in ids if a not in ctx.arxiv_titles and a not in ctx.arxiv_dead]
    if missing:
        gaps.append(f"link/title mismatch, title changed, unknown arXiv ids: {len(missing)} of "
                    f"{len(ids)} linked arXiv ids have no arXiv record in entries/ or the cache "
                    f"(run `awesome-bib enrich`)")
    papers = [e for e in ctx.lib.entries if e.kind == "paper"]
    crossref = sum(1 for e in papers if "crossref" in e.provenance.values())
    if not crossref:
        gaps.append(f"published since, venue vs published record: no Crossref data for any of "
                    f"{len(papers)} papers (run `awesome-bib enrich`)")
    dois = sorted({d for it in ctx.items for d in it.dois})
    unknown = [d for d in dois if d not in ctx.doi_dead and not any(
        e.doi.lower() == d and e.provenance.get("doi") == "crossref" for e in papers)]
    if unknown and not crossref:
        gaps.append(f"unknown DOIs: {len(unknown)} linked DOIs not looked up in Crossref")
    return gaps
