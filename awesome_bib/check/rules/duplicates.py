"""The same paper twice under one heading (a mistake) or under several headings (a deliberate
cross-listing: info).

Two listings are a duplicate only when they sit under the same lowest heading (section and
subsection as the importer read them): a paper listed under two topic headings is a
cross-listing, whatever section files those topics fold into.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...core.identifiers import paper_id
from ...core.titles import LETTER_WORD, close, inside, near, same, title_words
from ..context import Context, Item
from ..findings import Finding

#: A title shorter than this many words proves nothing as a prefix of another title.
PREFIX_WORDS = 4


def heading(item: Item) -> tuple[str, str]:
    """The lowest heading an item sits under: (section, subsection)."""
    return item.listing.section, item.listing.subsection


def _prefix(a: str, b: str) -> bool:
    """One title is the other with a subtitle or a tail added ("X" and "X: Y"): a preprint and
    its published version are often listed that way."""
    wa, wb = title_words(a).split(), title_words(b).split()
    short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    return len(short) >= PREFIX_WORDS and len(long_) > len(short) and \
        long_[:len(short)] == short


def _first_author(item: Item) -> str:
    """The family name of the entry's first author as the list (or enrichment) gives it."""
    return title_words(item.entry.authors[0].family) if item.entry.authors else ""


#: `[text](target)` in a bullet, the text allowed one level of brackets (`[[DCN] Title](...)`).
_LINK_TEXT = re.compile(r"\[((?:[^\[\]]|\[[^\[\]]*\])+)\]\(\s*<?([^)\s>]+)")


def _link_titles(item: Item) -> list[str]:
    """What the bullet writes as the text of its own paper links, when that text is a title
    (three words of letters or more; not a DOI or an id):
    `- FastSpeech 2: [FastSpeech 2: Fast and High-Quality ...](arxiv)`."""
    mine = {lk.url for lk in item.links if paper_id(lk.label, lk.url) in item.ids}
    return [text for text, url in _LINK_TEXT.findall(item.listing.raw)
            if url in mine and len(LETTER_WORD.findall(text)) >= 3]


def _same_paper(a: Item, b: Item) -> str:
    """Why two items are the same paper ("" if they are not)."""
    if a.entry is b.entry:
        return "same title" if same(a.title, b.title) else "near-identical title"
    shared = sorted(set(a.ids) & set(b.ids))
    if a.ids and b.ids and not shared:
        return _same_on_other_links(a, b)
    if near(a.title, b.title):
        return "near-identical title"
    if shared and close(a.title, b.title):
        return f"same link ({shared[0].split(':', 1)[1]})"
    return ""


def _same_on_other_links(a: Item, b: Item) -> str:
    """Two items whose paper links differ: one paper only when the rest of the evidence ties
    them. Different first authors, or link texts naming different titles (two papers listed
    under one short name: `BERT-TTS: [Title A](...)`, `BERT-TTS: [Title B](...)`) part them; a
    title one word off ("... with [Soft] Baseline Bootstrapping") needs the same first author,
    or must be written whole inside the other (`PAYL – <title>`)."""
    author_a, author_b = _first_author(a), _first_author(b)
    if author_a and author_b and author_a != author_b:
        return ""
    texts_a, texts_b = _link_titles(a), _link_titles(b)
    if texts_a and texts_b and not any(near(x, y) for x in texts_a for y in texts_b):
        return ""
    if same(a.title, b.title):
        return "same title"
    written_inside = inside(a.title, b.title) and min(
        len(title_words(t).split()) for t in (a.title, b.title)) >= PREFIX_WORDS
    if near(a.title, b.title) and (written_inside or (author_a and author_a == author_b)):
        return "near-identical title" + (", same first author" if author_a else "")
    if _prefix(a.title, b.title):
        return "likely the preprint and the published version: one title extends the other"
    return ""


def _where(item: Item) -> str:
    """The heading as the report names it: `section` or `section / subsection`."""
    section, sub = heading(item)
    return f"{section} / {sub}" if sub else section


#: A line that looks like a heading, Markdown or HTML (`<h3 id="23">`).
_HEADING_LINE = re.compile(r"^\s{0,3}(#{1,6}\s|<h[1-6][\s>])", re.IGNORECASE)


def _heading_between(text: str, first: int, later: int) -> bool:
    """Whether a heading-like line sits between two listings in the list's text. Not a second
    section reader: only a guard, so that --suggest never deletes a listing that may be a
    deliberate cross-listing under a heading the importer did not read. Without the text
    there is nothing to apply a fix to (--suggest needs the list), so nothing to guard."""
    lines = text.splitlines()[first:later - 1]
    return any(_HEADING_LINE.match(line) for line in lines)


def _links(item: Item) -> set[str]:
    return {lk.url.rstrip("/").lower() for lk in item.links}


def _others_papers(ctx: Context, item: Item) -> set[str]:
    """Paper links that other items, listed under other titles, carry as their own."""
    return {lk.url.rstrip("/").lower() for other in ctx.items
            if other.entry is not item.entry and not near(other.title, item.title)
            for lk in other.links if any(i in other.ids for i in _ids_of(other, lk.url))}


def _ids_of(item: Item, url: str) -> list[str]:
    url = url.lower()
    return [i for i in item.ids if i.split(":", 1)[1].lower() in url]


def in_section(ctx: Context) -> Iterator[Finding]:
    """Pairs of items under one lowest heading that list the same paper."""
    by_heading: dict[tuple[str, str], list[Item]] = {}
    for item in ctx.items:
        by_heading.setdefault(heading(item), []).append(item)
    for (section, sub), items in by_heading.items():
        where = _where(items[0])
        reported: set[int] = set()
        for j, later in enumerate(items):
            for first in items[:j]:
                why = _same_paper(first, later)
                if not why or j in reported:
                    continue
                reported.add(j)
                evidence = {"section": section, "subsection": sub,
                            "first": {"line": first.line, "title": first.title},
                            "again": {"line": later.line, "title": later.title}, "why": why}
                msg = f"listed twice under {where} ({why}): first at line {first.line}"
                fix = {}
                # Only a bullet that adds nothing (same title, links already listed) goes.
                if near(first.title, later.title) and _links(later) <= _links(first) \
                        and "\n" not in later.listing.raw.strip() \
                        and not _heading_between(ctx.text, first.line, later.line):
                    fix = {"action": "remove", "line": later.line, "raw": later.listing.raw}
                    msg += "; this listing adds no link and can go"
                else:
                    # Never suggest moving a link that is another listed paper's own.
                    extra = sorted(_links(later) - _links(first) - _others_papers(ctx, later))
                    if extra:
                        evidence["links_only_here"] = extra
                        msg += "; merge its links into the first listing"
                yield Finding("duplicate-in-section", msg, ctx.file, later.line, later.key,
                              evidence=evidence, fix=fix)


def across_sections(ctx: Context) -> Iterator[Finding]:
    """Papers listed under several headings: a deliberate cross-listing, reported as info."""
    by_entry: dict[int, list[Item]] = {}
    for item in ctx.items:
        by_entry.setdefault(id(item.entry), []).append(item)
    for items in by_entry.values():
        headings = list(dict.fromkeys(heading(it) for it in items))
        if len(headings) < 2:
            continue
        places = [{"section": it.listing.section, "subsection": it.listing.subsection,
                   "line": it.line} for it in items]
        shown = ", ".join(f"{_where(it)} (line {it.line})" for it in items)
        first = items[0]
        yield Finding("multi-section", f"listed under {len(headings)} headings: {shown}",
                      ctx.file, first.entry.line or first.line, first.key,
                      evidence={"sections": places})


RULES = (in_section, across_sections)
