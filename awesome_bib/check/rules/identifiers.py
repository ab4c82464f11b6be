"""Identifiers that lead nowhere (malformed, or unknown to their source) and unparseable bullets."""

from __future__ import annotations

from collections.abc import Iterator

from ...core.arxiv_ids import id_problem, malformed_url
from ..context import Context
from ..findings import Finding


def dead_ids(ctx: Context) -> Iterator[Finding]:
    """Malformed arXiv links, and arXiv ids or DOIs the source says it does not know."""
    for item in ctx.items:
        malformed = set()
        for link in item.links:
            bad = malformed_url(link.url)
            if bad:
                malformed.add(bad)
                why = id_problem(bad)
                yield Finding("dead-identifier", f"malformed arXiv id {bad} in {link.url}: {why}",
                              ctx.file, item.line, item.key,
                              evidence={"url": link.url, "arxiv_id": bad, "problem": why})
        for ident in item.arxiv:
            why = id_problem(ident)
            if ident in malformed:
                continue
            if why:
                yield Finding("dead-identifier", f"arXiv id {ident} cannot exist: {why}",
                              ctx.file, item.line, item.key,
                              evidence={"arxiv_id": ident, "problem": why})
            elif ident in ctx.arxiv_dead:
                yield Finding("dead-identifier", f"arXiv does not know {ident}: "
                              f"{ctx.arxiv_dead[ident]}", ctx.file, item.line, item.key,
                              evidence={"arxiv_id": ident, "source": "arxiv",
                                        "reason": ctx.arxiv_dead[ident]})
        for doi in item.dois:
            if doi in ctx.doi_dead:
                yield Finding("dead-identifier", f"DOI {doi} is unknown: {ctx.doi_dead[doi]}",
                              ctx.file, item.line, item.key,
                              evidence={"doi": doi, "source": "crossref",
                                        "reason": ctx.doi_dead[doi]})


def unparseable(ctx: Context) -> Iterator[Finding]:
    """Bullets that look like papers but gave no title or no link (the importer's problems)."""
    for problem in ctx.lib.problems:
        reason = problem.reason or "unreadable"
        raw = " ".join(problem.raw.split())
        yield Finding("unparseable-item", f"looks like a paper but has {reason}: {raw[:80]}",
                      ctx.file, problem.line, "", evidence={"reason": reason, "raw": problem.raw})


RULES = (dead_ids, unparseable)
