"""CSL-JSON writer: plain-text strings (no BibTeX syntax), valid against csl-data.json.

Follows what Zotero's CSL import keeps: the key as `citation-key` and as a `Citation Key:`
line in `note` (which lands in Extra); particles inside `family` (Zotero drops the CSL
particle fields); a preprint as `article` with `publisher: "arXiv"` and `number: "arXiv:<id>"`.
"""

from __future__ import annotations

import json
from typing import Any

from ..model import Author
from .mapping import CSL_TYPES
from .registry import Format
from .resolve import Record
from .title_protect import csl_title


def name(author: Author) -> dict[str, str]:
    """A CSL name object: {family, given} or {literal}."""
    if author.literal or not author.family:
        return {"literal": author.literal or author.given}
    out = {"family": author.family}
    if author.given:
        out["given"] = author.given
    return out


#: Record fields copied as they are, in output order (before the pages; after the date).
CSL_PLAIN = (("publisher", "publisher"), ("volume", "volume"), ("issue", "issue"))
CSL_LINKS = (("doi", "DOI"), ("url", "URL"))


def item(rec: Record) -> dict[str, Any]:
    """One CSL item, keys in a fixed order."""
    out: dict[str, Any] = {"id": rec.key, "citation-key": rec.key, "type": CSL_TYPES[rec.pub_type]}
    if rec.title:
        out["title"] = csl_title(rec.title, rec.spans)
    if rec.authors:
        out["author"] = [name(a) for a in rec.authors]
    if rec.container and rec.pub_type != "preprint":
        out["container-title"] = rec.container
    if rec.event_title:
        out["event-title"] = rec.event_title
    out.update((csl, getattr(rec, attr)) for attr, csl in CSL_PLAIN if getattr(rec, attr))
    if rec.page_range:
        out["page"] = rec.page_range
    if rec.pub_type == "preprint" and rec.arxiv:
        out["number"] = f"arXiv:{rec.arxiv}"
    if rec.issn:
        out["ISSN"] = rec.issn
    if rec.year:
        out["issued"] = {"date-parts": [[rec.year, rec.month] if rec.month else [rec.year]]}
    out.update((csl, getattr(rec, attr)) for attr, csl in CSL_LINKS if getattr(rec, attr))
    out["note"] = "\n".join(extra_lines(rec))
    return out


def extra_lines(rec: Record) -> list[str]:
    """What Zotero keeps in Extra (CSL `note`, RDF `dc:description`): the key, a published
    paper's preprint id, then the record's notes."""
    notes = [f"Citation Key: {rec.key}"]
    if rec.arxiv and rec.pub_type != "preprint":
        notes.append(f"arXiv: {rec.arxiv}")  # the published version keeps its preprint id
    notes.extend(rec.notes)
    return notes


def dumps(value: Any, indent: str = "") -> str:
    """json.dumps(value, ensure_ascii=False, indent=2) for our item shapes, several times faster
    (the stdlib drops to pure Python whenever `indent` is set); scalars use the C encoder."""
    inner = indent + "  "
    if isinstance(value, str):
        return _scalar(value)
    if isinstance(value, dict):
        if not value:
            return "{}"
        parts = [f"{inner}{_scalar(k)}: {dumps(v, inner)}" for k, v in value.items()]
        return "{\n" + ",\n".join(parts) + "\n" + indent + "}"
    if isinstance(value, list):
        if not value:
            return "[]"
        return "[\n" + ",\n".join(inner + dumps(v, inner) for v in value) + "\n" + indent + "]"
    return _scalar(value)


_scalar = json.JSONEncoder(ensure_ascii=False).encode


def render_entry(rec: Record) -> str:
    """One item as it appears inside the array: indented JSON, UTF-8."""
    return "  " + dumps(item(rec), "  ")


def join(blocks: list[str]) -> str:
    """The JSON array; byte-identical to json.dumps(items, ensure_ascii=False, indent=2)."""
    return "[\n" + ",\n".join(blocks) + "\n]\n" if blocks else "[]\n"


FORMAT = Format("csljson", ".json", render_entry, join)
