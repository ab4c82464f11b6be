"""The same paper twice in one section (a mistake) or in several sections (expected: info)."""

from __future__ import annotations

from collections.abc import Iterator

from ...core.titles import close, near, same
from ..context import Context, Item
from ..findings import Finding


def _same_paper(a: Item, b: Item) -> str:
    """Why two items are the same paper ("" if they are not)."""
    if a.entry is b.entry:
        return "same title" if same(a.title, b.title) else "near-identical title"
    if near(a.title, b.title):
        return "near-identical title"
    shared = sorted(set(a.ids) & set(b.ids))
    if shared and close(a.title, b.title):
        return f"same link ({shared[0].split(':', 1)[1]})"
    return ""


def _links(item: Item) -> set[str]:
    return {lk.url.rstrip("/").lower() for lk in item.links}


def in_section(ctx: Context) -> Iterator[Finding]:
    """Pairs of items in one section that list the same paper."""
    by_section: dict[str, list[Item]] = {}
    for item in ctx.items:
        by_section.setdefault(item.listing.section, []).append(item)
    for section, items in by_section.items():
        reported: set[int] = set()
        for j, later in enumerate(items):
            for first in items[:j]:
                why = _same_paper(first, later)
                if not why or j in reported:
                    continue
                reported.add(j)
                evidence = {"section": section, "first": {"line": first.line, "title": first.title},
                            "again": {"line": later.line, "title": later.title}, "why": why}
                msg = f"listed twice in {section} ({why}): first at line {first.line}"
                fix = {}
                # Only a bullet that adds nothing (same title, links already listed) goes.
                if near(first.title, later.title) and _links(later) <= _links(first) \
                        and "\n" not in later.listing.raw.strip():
                    fix = {"action": "remove", "line": later.line, "raw": later.listing.raw}
                    msg += "; this listing adds no link and can go"
                else:
                    extra = sorted(_links(later) - _links(first))
                    if extra:
                        evidence["links_only_here"] = extra
                        msg += "; merge its links into the first listing"
                yield Finding("duplicate-in-section", msg, ctx.file, later.line, later.key,
                              evidence=evidence, fix=fix)


def across_sections(ctx: Context) -> Iterator[Finding]:
    """Papers listed in several sections: expected, reported as info."""
    for entry in ctx.lib.entries:
        if entry.kind != "paper" or len(entry.sections) < 2:
            continue
        places = [{"section": li.section, "line": li.line} for li in entry.listings]
        msg = "listed in {} sections: {}".format(
            len(entry.sections), ", ".join(f"{p['section']} (line {p['line']})" for p in places))
        yield Finding("multi-section", msg, ctx.file, entry.line, entry.key,
                      evidence={"sections": places})


RULES = (in_section, across_sections)
