"""Tables: dataset tables (`| dataset | domain | image | text | ... |`) and paper tables.

A table is read by its header, so columns may come in any order. Header roles are data:
a new column name is one more word in a set below.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..core.identifiers import is_web_link
from ..core.years import MONTH, YEAR, compact_date_year, year_of
from ..model import Link
from .clean import clean_text, clean_title, words
from .items import ParsedItem, is_resource_label, normalise_venue
from .markdown import Piece, Row, Table, plain
from .template import title_like

#: Header words that name each column role.
DATASET_NAME = frozenset({"dataset", "datasets", "data", "benchmark", "corpus"})
TITLE_COLUMN = frozenset({"title", "paper", "papers", "name", "article"})
VENUE_COLUMN = frozenset({"venue", "conference", "journal", "publication", "published", "conf",
                          "pub", "booktitle"})
YEAR_COLUMN = frozenset({"year", "date", "time"})


_MONTHS_ONLY = re.compile(rf"\b{MONTH}|{YEAR}|\d+", re.IGNORECASE)


def column_key(header: str) -> str:
    """`QA Items` -> `qa_items`: a header as a YAML-friendly key."""
    return "_".join(words(header)) or "column"


def table_kind(table: Table, context: str) -> str:
    """"datasets", "papers" or "" (not a bibliography table) from its header and heading."""
    heads = [set(words(h)) for h in table.header]
    if not heads:
        return ""
    if heads[0] & DATASET_NAME or ("dataset" in words(context) and heads[0] & TITLE_COLUMN):
        return "datasets"
    if any(h & TITLE_COLUMN for h in heads):
        return "papers"
    return ""


@dataclass
class DatasetRow:
    """One dataset table row: its name, links and the other columns as written."""

    name: str
    links: list[Link]
    fields: dict[str, str] = field(default_factory=dict)


def _cell_links(cell: list[Piece], column: str) -> list[Link]:
    out = []
    for p in cell:
        if p.kind == "link" and is_web_link(p.href):
            label = clean_text(p.text).strip("[]() ")
            out.append(Link(label if label and is_resource_label(label) else column, p.href))
    return out


def dataset_row(table: Table, row: Row) -> DatasetRow:
    """A dataset row: name from the first column, every other column kept by its header key."""
    name = clean_text(plain(row.cells[0])) if row.cells else ""
    links = _cell_links(row.cells[0], "dataset") if row.cells else []
    fields: dict[str, str] = {}
    for header, cell in zip(table.header[1:], row.cells[1:], strict=False):
        text = "; ".join(part for part in (clean_text(t) for t in _cell_lines(cell)) if part)
        if text:
            fields[column_key(header)] = text
        links += _cell_links(cell, column_key(header))
    return DatasetRow(name, links, fields)


def _cell_lines(cell: list[Piece]) -> list[str]:
    """A cell's text split at `<br>` (`research papers<br>social media`)."""
    lines, current = [], ""
    for p in cell:
        if p.kind == "break":
            lines.append(current)
            current = ""
        elif p.kind in ("text", "link"):
            current += p.text
    return lines + [current]


_NAMED = re.compile(r"^\s*(?:\d+[.)]\s*)?$")
_DESCRIBED = re.compile(r"^\s*[-–—:]\s+\S")


def _named_title(cell: list[Piece]) -> str:
    """`1) **Claude 3** - consists of a family of ...`: the bold name is the title, the text
    after the dash describes it."""
    texts = [p for p in cell if p.kind in ("text", "link", "break")]
    bold = [i for i, p in enumerate(texts) if p.kind == "text" and p.strong and p.text.strip()]
    if len(bold) != 1:
        return ""
    i = bold[0]
    before = "".join(p.text for p in texts[:i])
    after = "".join(p.text for p in texts[i + 1:] if p.kind != "break")
    if _NAMED.match(before) and _DESCRIBED.match(after) and len(after) > 40:
        return clean_title(texts[i].text)
    return ""


def title_column(table: Table) -> int | None:
    """The column that holds the titles, by evidence: the one the header names (`Title`,
    `Paper`, `Name`) unless its cells are mostly not title phrases (`| LLaMA | Open and
    Efficient Foundation Language Models |`) while another column's mostly are."""
    named = next((i for i, h in enumerate(table.header) if set(words(h)) & TITLE_COLUMN), None)
    if named is None or not table.rows:
        return named

    def phrases(col: int) -> int:
        return sum(1 for row in table.rows if col < len(row.cells)
                   and title_like(plain(row.cells[col])))

    half = len(table.rows) / 2
    if phrases(named) >= half:
        return named
    counts = [phrases(col) for col in range(len(table.header))]  # each column read once
    best = max(range(len(counts)), key=counts.__getitem__)
    return best if counts[best] > half else named


def paper_row(table: Table, row: Row, title_at: int | None = None) -> ParsedItem:
    """A paper row: title, venue and year from their columns, links from every cell;
    `title_at` is the title column (`title_column`, else the one the header names)."""
    item = ParsedItem()
    venue = ""
    for i, (header, cell) in enumerate(zip(table.header, row.cells, strict=False)):
        role = set(words(header))
        key = column_key(header)
        is_title = i == title_at if title_at is not None else bool(role & TITLE_COLUMN)
        if is_title and not item.title:
            title_links = [p for p in cell if p.kind == "link"]
            text = plain([p for p in cell if p.kind != "link"])
            named = _named_title(cell)
            if named:
                item.title, item.bold = named, True
            elif clean_title(text):
                item.title = clean_title(text)
                item.bold = any(p.strong for p in cell if p.kind == "text" and p.text.strip())
            elif title_links and not is_resource_label(title_links[0].text.strip()):
                item.title = clean_title(title_links[0].text)
                item.bold = title_links[0].strong
                item.links.append(Link("paper", title_links[0].href))
                cell = [p for p in cell if p is not title_links[0]]
        elif role & VENUE_COLUMN:
            venue = clean_text(plain(cell))
        elif role & YEAR_COLUMN:
            item.year = compact_date_year(plain(cell)) or year_of(plain(cell))  # 202311
        for link in _cell_links(cell, key):
            if all(link.url != seen.url for seen in item.links):
                item.links.append(link)
    if venue and not _MONTHS_ONLY.sub("", venue).strip(" ,.-/"):
        item.year = item.year or year_of(venue)  # "May, 2025": a date, not a venue
        venue = ""
    if venue and item.year and not year_of(venue):
        venue = f"{venue} {item.year}"  # the list's own tag shape: "CVPR 2023"
    item.venue_raw = venue
    item.venue_tag = normalise_venue(venue) if venue else ""
    if item.year is None:
        item.year = year_of(item.venue_tag)
    return item
