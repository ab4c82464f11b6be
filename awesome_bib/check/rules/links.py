"""Does each link lead to the paper its bullet names? Mismatches, retitles, shared links."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ...core.identifiers import paper_id
from ...core.titles import close, inside, is_name, near, same, score, title_words
from ..context import Context, Item
from ..findings import Finding


def _holders(ctx: Context, title: str, but: Item) -> list[Item]:
    """Other items whose listed title is (nearly) `title`."""
    return [it for it in ctx.items if it is not but and near(it.title, title)]


def _listed_title_id(ctx: Context, item: Item, linked: str) -> str:
    """An arXiv id the listed title really has, when the list or the evidence knows one."""
    for other in _holders(ctx, item.title, item):
        for ident in other.arxiv:
            if ident != linked:
                return ident
    for ident, title in sorted(ctx.arxiv_titles.items()):
        if ident != linked and near(title, item.title):
            return ident
    for cand in item.entry.candidates:
        if cand.arxiv and cand.arxiv != linked and near(cand.title, item.title):
            return cand.arxiv
    return ""


def _where(item: Item) -> dict[str, Any]:
    return {"line": item.line, "key": item.key, "title": item.title}


def link_titles(ctx: Context) -> Iterator[Finding]:
    """Compare each listed title with the title arXiv gives for the id the bullet links."""
    for item in ctx.items:
        for ident in item.arxiv:
            arxiv_title = ctx.arxiv_titles.get(ident)
            if not arxiv_title or same(item.title, arxiv_title):
                continue
            verdict = _enrich_verdict(item, ident)
            if is_name(item.title) and verdict != "link-mismatch":
                continue  # a name ("FSCS") is no evidence against a record's title
            holders = _holders(ctx, arxiv_title, item)
            elsewhere = [h for h in holders if ident not in h.arxiv]
            same_link = [h for h in holders if ident in h.arxiv]
            sim = score(item.title, arxiv_title)
            evidence = {"listed_title": item.title, "arxiv_id": ident,
                        "arxiv_title": arxiv_title, "similarity": sim}
            # Enrichment compared every version's title: its verdict, when there is one, wins
            # over a closeness guess on the latest title alone.
            if verdict == "title-changed" or (verdict != "link-mismatch"
                                              and close(item.title, arxiv_title)
                                              and not elsewhere):
                yield _changed(ctx, item, ident, arxiv_title, same_link, evidence)
                continue
            msg = f"links arXiv {ident}, which is \"{arxiv_title}\", not the listed title"
            owner = next(iter(elsewhere or same_link), None)
            if owner is not None:
                evidence["link_belongs_to"] = _where(owner)
                msg += f"; that paper is listed at line {owner.line}"
            real = _listed_title_id(ctx, item, ident)
            if real:
                evidence["listed_title_arxiv_id"] = real
                msg += f"; the listed title is arXiv {real}"
            yield Finding("link-title-mismatch", msg, ctx.file, item.line, item.key,
                          evidence=evidence)


def _enrich_verdict(item: Item, ident: str) -> str:
    """`link-mismatch` or `title-changed` when enrichment recorded one for this id and the
    listed title (entry.outcomes), else ""."""
    for outcome in item.entry.outcomes:
        if outcome.arxiv == ident and outcome.code in ("link-mismatch", "title-changed") \
                and same(outcome.listed_title, item.title):
            return outcome.code
    return ""


def _changed(ctx: Context, item: Item, ident: str, arxiv_title: str, same_link: list[Item],
             evidence: dict[str, Any]) -> Finding:
    """A listed title close to, but not, the arXiv title: the paper was retitled."""
    msg = f"arXiv {ident} is now titled \"{arxiv_title}\""
    if same_link:
        current = same_link[0]
        evidence["current_title_listed_at"] = _where(current)
        msg += f"; listed again under that title at line {current.line}"
        fix = {}
        if _subsumed(item, current):  # the stale bullet adds nothing: remove it
            fix = {"action": "remove", "line": item.line, "raw": item.listing.raw}
            msg += " (this older listing can go)"
        return Finding("title-changed", msg, ctx.file, item.line, item.key,
                       evidence=evidence, fix=fix)
    fix = {"action": "retitle", "line": item.line, "old": item.title, "new": arxiv_title}
    return Finding("title-changed", msg, ctx.file, item.line, item.key, evidence=evidence,
                   fix=fix)


def _subsumed(item: Item, other: Item) -> bool:
    """True when `other` sits in the same section and carries every link `item` has."""
    if item.listing.section != other.listing.section or "\n" in item.listing.raw.strip():
        return False
    mine = {lk.url.rstrip("/").lower() for lk in item.links}
    theirs = {lk.url.rstrip("/").lower() for lk in other.links}
    return bool(mine) and mine <= theirs


#: A listed "title" that is a name (core.titles.is_name: a dataset, a tool, "MIMIC-CXR") or
#: longer than this many words (a description) is not a paper title: the same link under it is
#: a re-listing, not a wrong link.
DESCRIPTION_WORDS = 30


def _is_title(title: str) -> bool:
    return not is_name(title) and len(title_words(title).split()) <= DESCRIPTION_WORDS


def _same_paper(a: str, b: str) -> bool:
    """Two listed titles of one paper: close (a retitle, a variant), or one written inside the
    other (a tag or venue the importer kept in the title: "ACL'24) Graph Language Models")."""
    return close(a, b) or inside(a, b)


#: A link text of this many words that is not the item's title is a citation in prose ("from
#: [this survey paper](...)"), not the item's own paper link.
PROSE_LINK_WORDS = 3


def _naming_ids(item: Item) -> list[str]:
    """The paper ids this item's title names. Not: a link cited in prose; nor, when the title
    itself links a page (a tool's repository, a dataset: `[Open Bandit Pipeline](github...)
    [[paper](arxiv...)]`), the papers it links after it: the item names a resource and cites
    the paper that describes it."""
    out: list[str] = []
    for position, link in enumerate(item.links):
        ident = paper_id(link.label, link.url)
        if not ident or ident not in item.ids:
            continue
        words = link.label.split()
        if len(words) >= PROSE_LINK_WORDS and not near(link.label, item.title):
            continue
        if out and out[0].startswith("url:") and position > 0:
            break  # the title links a page; what follows is cited, not named
        out.append(ident)
    return list(dict.fromkeys(out))


def shared_links(ctx: Context) -> Iterator[Finding]:
    """One paper link listed under titles of different papers. Titles of one paper (close, or
    one inside the other) are a duplicate or a cross-listing, which `duplicates` reports."""
    groups: dict[str, list[Item]] = {}
    for item in ctx.items:
        for ident in _naming_ids(item):
            groups.setdefault(ident, []).append(item)
    for ident, group in sorted(groups.items(), key=lambda kv: (kv[1][0].line, kv[0])):
        titles: list[Item] = []
        for item in group:
            if _is_title(item.title) and not any(_same_paper(item.title, t.title)
                                                 for t in titles):
                titles.append(item)
        if len(titles) < 2:
            continue
        first, others = titles[0], titles[1:]
        shown = ident.split(":", 1)[1] if not ident.startswith("url:") else ident[4:]
        lines = ", ".join(str(t.line) for t in others)
        msg = (f"{shown} is also listed at line(s) {lines} under another title "
               f"(\"{others[0].title}\")")
        evidence = {"link": shown, "items": [_where(t) for t in titles]}
        arxiv_title = ctx.arxiv_titles.get(shown)
        if arxiv_title:
            evidence["arxiv_title"] = arxiv_title
        yield Finding("shared-link", msg, ctx.file, first.line, first.key, evidence=evidence)


def doi_titles(ctx: Context) -> Iterator[Finding]:
    """A linked DOI whose Crossref title is another paper's (only far-apart titles: Crossref
    titles drop subtitles and change case often enough that close ones prove nothing)."""
    for item in ctx.items:
        for doi in item.dois:
            title = ctx.doi_titles.get(doi)
            if not title or close(item.title, title):
                continue
            evidence = {"listed_title": item.title, "doi": doi, "crossref_title": title,
                        "similarity": score(item.title, title)}
            msg = f"links DOI {doi}, which Crossref titles \"{title}\", not the listed title"
            holders = _holders(ctx, title, item)
            if holders:
                evidence["link_belongs_to"] = _where(holders[0])
                msg += f"; that paper is listed at line {holders[0].line}"
            yield Finding("link-title-mismatch", msg, ctx.file, item.line, item.key,
                          evidence=evidence)


RULES = (link_titles, doi_titles, shared_links)
