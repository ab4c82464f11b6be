"""Compare what pandoc read from our .bib/.ris/.json with our own CSL-JSON, field by field."""

from __future__ import annotations

import re
import unicodedata
from typing import Any


def _text(value: str) -> str:
    """Plain, comparable text: markup dropped, quotes and dashes unified, whitespace folded."""
    value = re.sub(r"<[^>]+>", "", value)
    value = unicodedata.normalize("NFC", value)
    for a, b in (("\u2019", "'"), ("\u2018", "'"), ("\u201c", '"'), ("\u201d", '"'),
                 ("\u2013", "-"), ("\u2014", "-"), ("\u00a0", " ")):
        value = value.replace(a, b)
    return " ".join(value.split())


def _name(author: dict[str, Any]) -> str:
    if "literal" in author:
        return _text(author["literal"])
    family = " ".join(p for p in (author.get("non-dropping-particle", ""), author.get("family", ""))
                      if p)
    given = " ".join(p for p in (author.get("given", ""), author.get("dropping-particle", "")) if p)
    return _text(f"{given} {family}")


def _year(item: dict[str, Any]) -> str:
    parts = (item.get("issued") or {}).get("date-parts") or [[]]
    return str(parts[0][0]) if parts and parts[0] else ""


def summary(item: dict[str, Any]) -> dict[str, Any]:
    """The fields the three formats must agree on: title, ordered authors, year, DOI."""
    return {
        "title": _text(item.get("title", "")),
        "authors": [_name(a) for a in item.get("author", [])],
        "year": _year(item),
        "doi": (item.get("DOI") or "").lower(),
    }


def summaries(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Summaries sorted by title then year, so that formats with no stable id still line up."""
    return sorted((summary(i) for i in items), key=lambda s: (s["title"], s["year"], s["doi"]))
