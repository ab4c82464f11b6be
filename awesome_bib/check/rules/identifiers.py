"""Identifiers that lead nowhere (malformed, or unknown to their source) and unparseable bullets."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...core.arxiv_ids import id_problem, malformed_url
from ..context import Context
from ..findings import Finding
from .markdown import LINK_TARGET


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
                reason = ctx.arxiv_dead[ident]
                # Enrichment's outcome already names the id ("arXiv does not know <id>").
                msg = reason if ident in reason else f"arXiv does not know {ident}: {reason}"
                yield Finding("dead-identifier", msg, ctx.file, item.line, item.key,
                              evidence={"arxiv_id": ident, "source": "arxiv",
                                        "reason": reason})
        for doi in item.dois:
            if doi in ctx.doi_dead:
                yield Finding("dead-identifier", f"DOI {doi} is unknown: {ctx.doi_dead[doi]}",
                              ctx.file, item.line, item.key,
                              evidence={"doi": doi, "source": "crossref",
                                        "reason": ctx.doi_dead[doi]})


#: Link targets, image badges and short bracketed labels (`[pdf]`, `[Code]`): not title text.
_TARGET = re.compile(r"\]\([^()]*\)|!\[[^\]]*\]")
_LABEL = re.compile(r"\[[^\[\]]*\]")
_WORD = re.compile(r"[^\W\d_]{3,}")
#: At least this many words outside link targets and short labels: the bullet has its title.
TITLE_WORDS = 4


def _prose_words(raw: str) -> int:
    """Words a reader sees as text in a bullet: outside link targets, badges and labels of one
    or two words."""
    text = _TARGET.sub(" ", raw)
    text = _LABEL.sub(lambda m: m.group(0) if len(m.group(0).split()) > 2 else " ", text)
    return len(_WORD.findall(text))


def _linkless_table_lines(text: str) -> set[int]:
    """Line numbers of the rows of every Markdown table (a run of `|` lines) in which no row
    holds a URL."""
    out: set[int] = set()
    run: list[tuple[int, str]] = []
    for number, line in enumerate([*text.splitlines(), ""], start=1):
        if line.lstrip().startswith("|"):
            run.append((number, line))
            continue
        if run and not any("://" in row for _, row in run):
            out.update(n for n, _ in run)
        run = []
    return out


def unparseable(ctx: Context) -> Iterator[Finding]:
    """Bullets that look like papers but gave no title or no link (the importer's problems).

    A warning only when the bullet itself lacks the part: no URL at all for "no link" (an empty
    `[Title]()`), no title-like text for "no title" (only labels and links). When the part is
    there and the importer could not read it (a title inside `[[Tag] Title](url)`, a table row
    of a name with badges), or when the row's whole table links nothing (a table of titles by
    design), the list is not wrong: info. Silent for a bullet without any link
    before the list's first paper (introductory prose: quotes, contact lines), and for one whose
    links are all in-page anchors (a table of contents)."""
    first_item = min((it.line for it in ctx.items), default=0)
    linkless_tables = _linkless_table_lines(ctx.text)
    for problem in ctx.lib.problems:
        reason = problem.reason or "unreadable"
        raw_text = problem.raw
        raw = " ".join(raw_text.split())
        line = problem.line
        has_url = "://" in raw_text
        if "](" not in raw_text and not has_url and line < first_item:
            continue
        targets = LINK_TARGET.findall(raw_text)
        if targets and all(t.strip().startswith("#") for t in targets):
            continue  # only in-page anchors: a table of contents, not a paper
        if "link" in reason and targets and not any(t.strip() for t in targets):
            continue  # `[Title]()`: an empty target is broken-link's finding, reported once
        if "title" in reason:
            present = raw.startswith("|") or _prose_words(raw_text) >= TITLE_WORDS
        else:
            # A row of a table none of whose rows links anything: the table lists titles by
            # design (the list's choice), so its rows are not broken.
            present = has_url or line in linkless_tables
        severity = "info" if present else ""
        yield Finding("unparseable-item",
                      f"looks like a paper but was not read ({reason}): {raw[:80]}"
                      + (" (the list has it; awesome-bib could not read it)" if present else ""),
                      ctx.file, line, "", severity=severity,
                      evidence={"reason": reason, "raw": raw_text,
                                "list_has_it": present})
    yield from _linkless(ctx, linkless_tables)


def _linkless(ctx: Context, linkless_tables: set[int]) -> Iterator[Finding]:
    """Papers the importer read without a link (a title phrase with a year and a venue or
    authors, importer/evidence.py `linkless_paper`): the bullet still lacks its link, a
    warning as for a "no link" problem; info for a row of a table that links nothing (titles by
    design)."""
    for item in ctx.items:
        if item.entry.links:
            continue
        targets = LINK_TARGET.findall(item.listing.raw)
        if targets and not any(t.strip() for t in targets):
            continue  # `[pdf]()`: an empty target is broken-link's finding, reported once
        raw = " ".join((item.listing.raw or item.title).split())
        by_design = item.line in linkless_tables
        yield Finding("unparseable-item",
                      f"a paper listed without a link (imported by its title): {raw[:80]}"
                      + (" (its table links no row: titles by design)" if by_design else ""),
                      ctx.file, item.line, item.key, severity="info" if by_design else "",
                      evidence={"reason": "no link", "raw": item.listing.raw,
                                "list_has_it": by_design})


RULES = (dead_ids, unparseable)
