"""RIS writer, through rispy (which reads the files back the same way).

Types from mapping.RIS_TYPES. A conference paper carries the conference name in T2 and the
proceedings title in C3 (what Zotero reads); a journal article its journal in T2.
A preprint is RPRT with the repository as PB and "arXiv:<id>" as SN: Zotero has no RIS
preprint type, and this is the type whose fields survive a change to Preprint. `ID` holds
the citation key, which Zotero ignores, so the key and a published paper's arXiv id are also
written as M2 lines, which Zotero puts in Extra.
"""

from __future__ import annotations

from typing import Any

from rispy import RisWriter

from ..model import Author
from .mapping import RIS_TYPES
from .registry import Format
from .resolve import Record


class _Writer(RisWriter):  # type: ignore[misc]  # rispy ships no types
    """rispy's writer without the "1." counter line it puts before each record."""

    def set_header(self, count: int) -> str:
        return ""


def _one_line(text: str) -> str:
    # A RIS value ends at the line end; a newline inside would start a bogus tag.
    return " ".join(text.split())


def name(author: Author) -> str:
    """One AU value: "Family, Given" (particles stay in Family) or the literal name."""
    if author.literal or not author.family:
        return _one_line(author.literal or author.given)
    if author.given:
        return _one_line(f"{author.family}, {author.given}")
    return _one_line(author.family)


def record(rec: Record) -> dict[str, Any]:
    """One rispy reference dict, keys in a fixed order."""
    ty = RIS_TYPES[rec.pub_type]
    out: dict[str, Any] = {"type_of_reference": ty, "id": rec.key}
    if rec.title:
        out["title"] = _one_line(rec.title)
    if rec.authors:
        out["authors"] = [name(a) for a in rec.authors]
    if ty == "CPAPER":
        if rec.event or rec.container:
            out["secondary_title"] = _one_line(rec.event or rec.container)
        if rec.container:
            out["custom3"] = _one_line(rec.container)
    elif ty in ("JOUR", "CHAP") and rec.container:  # journal, or the book of a chapter
        out["secondary_title"] = _one_line(rec.container)
    if rec.year:
        out["year"] = str(rec.year)
        out["date"] = f"{rec.year}/{rec.month:02d}//" if rec.month else f"{rec.year}///"
    if rec.volume:
        out["volume"] = _one_line(rec.volume)
    if rec.issue:
        out["number"] = _one_line(rec.issue)
    if rec.pages:
        out["start_page"] = _one_line(rec.pages[0])
        if rec.pages[1]:
            out["end_page"] = _one_line(rec.pages[1])
    if rec.publisher:
        out["publisher"] = _one_line(rec.publisher)
    if ty == "RPRT" and rec.arxiv:
        out["issn"] = f"arXiv:{rec.arxiv}"  # SN: Zotero's Report Number
    elif rec.issn:
        out["issn"] = _one_line(rec.issn)  # SN: ISSN of a journal or series
    if rec.doi:
        out["doi"] = _one_line(rec.doi)
    if rec.url:
        out["urls"] = [_one_line(rec.url)]
    out["extra"] = [f"Citation Key: {rec.key}"]
    if rec.arxiv and ty != "RPRT":
        out["extra"].append(f"arXiv: {rec.arxiv}")
    notes = [_one_line(n) for n in rec.notes]
    if notes:
        out["notes"] = notes
    return out


#: M2 lines ("Citation Key: <key>", "arXiv: <id>"): Zotero's RIS import appends each M2 line
#: to Extra, where Zotero and Better BibTeX read the key (ID and N1 would lose it or make a
#: child note of it; measured with Zotero's RIS.js, README "In Zotero").
_WRITER = _Writer(mapping={**RisWriter.DEFAULT_MAPPING, "M2": "extra"},
                  list_tags=[*RisWriter.DEFAULT_LIST_TAGS, "M2"])


def render_entry(rec: Record) -> str:
    """One TY ... ER record, lines ending in newlines."""
    return str(_WRITER.formats([record(rec)]))  # rispy ships no types


def join(blocks: list[str]) -> str:
    """A .ris file: records separated by one blank line (what rispy.dumps writes)."""
    return "\n".join(blocks)


FORMAT = Format("ris", ".ris", render_entry, join)
