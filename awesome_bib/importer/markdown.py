"""Markdown -> a flat outline of headings, list items and tables, via markdown-it-py's tree.

Only structure is taken from the parser; what an item *means* is decided in `items.py`.
Fenced code (templates, citation blocks) and raw HTML blocks (contributor images) are skipped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from markdown_it import MarkdownIt
from markdown_it.tree import SyntaxTreeNode

_BR = re.compile(r"^<br\s*/?>$", re.IGNORECASE)


@dataclass
class Piece:
    """One run of inline content: "text", "link", "image" or "break"."""

    kind: str
    text: str = ""  # text, link label (plain) or image alt
    href: str = ""  # link href or image src
    strong: bool = False  # inside **...** (for links: the label is)
    images: list[Piece] = field(default_factory=list)  # images inside a link label (badges)


@dataclass
class Heading:
    """A heading: level 1-6, its inline pieces (badges included) and 1-based line."""

    level: int
    pieces: list[Piece]
    line: int


@dataclass
class Item:
    """A list item: its own inline pieces, nested items, and the source lines it spans."""

    pieces: list[Piece]
    line: int
    end_line: int
    ordered: bool
    children: list[Item] = field(default_factory=list)


@dataclass
class Row:
    """A table body row: one piece list per cell."""

    cells: list[list[Piece]]
    line: int


@dataclass
class Table:
    """A GFM table: header cell texts and body rows."""

    header: list[str]
    rows: list[Row]
    line: int


Block = Heading | Item | Table

_PARSER = MarkdownIt("commonmark").enable("table")


def parse(text: str) -> list[Block]:
    """The document's headings, top-level list items (with nested ones) and tables, in order."""
    root = SyntaxTreeNode(_PARSER.parse(text))
    blocks: list[Block] = []
    _walk(root, blocks)
    return blocks


def plain(pieces: list[Piece]) -> str:
    """Text of pieces with link labels inlined and images dropped."""
    return "".join(p.text if p.kind in ("text", "link") else " " if p.kind == "break" else ""
                   for p in pieces)


def _line(node: SyntaxTreeNode) -> int:
    return node.map[0] + 1 if node.map else 0


def _walk(node: SyntaxTreeNode, out: list[Block]) -> None:
    for child in node.children:
        kind = child.type
        if kind == "heading":
            out.append(Heading(int(child.tag[1]), _inline_of(child), _line(child)))
        elif kind in ("bullet_list", "ordered_list"):
            out.extend(_items(child))
        elif kind == "table":
            out.append(_table(child))
        elif kind in ("blockquote",):
            _walk(child, out)
        # fence, code_block, html_block, paragraph, hr: not items


def _items(list_node: SyntaxTreeNode) -> list[Item]:
    ordered = list_node.type == "ordered_list"
    items = []
    for li in list_node.children:
        pieces: list[Piece] = []
        children: list[Item] = []
        for part in li.children:
            if part.type == "paragraph":
                if pieces:
                    pieces.append(Piece("break", " "))
                pieces.extend(_inline_of(part))
            elif part.type in ("bullet_list", "ordered_list"):
                children.extend(_items(part))
        start, end = li.map if li.map else (0, 0)
        items.append(Item(pieces, start + 1, end, ordered, children))
    return items


def _table(node: SyntaxTreeNode) -> Table:
    header: list[str] = []
    rows: list[Row] = []
    for section in node.children:
        for tr in section.children:
            cells = [_inline_of(cell) for cell in tr.children]
            if section.type == "thead":
                header = [plain(c).strip() for c in cells]
            else:
                rows.append(Row(cells, _line(tr)))
    return Table(header, rows, _line(node))


def _inline_of(node: SyntaxTreeNode) -> list[Piece]:
    pieces: list[Piece] = []
    for child in node.children:
        if child.type == "inline":
            _flatten(child, pieces, strong=False)
    return pieces


def _flatten(node: SyntaxTreeNode, out: list[Piece], strong: bool) -> None:
    for child in node.children:
        kind = child.type
        if kind in ("text", "code_inline"):
            out.append(Piece("text", child.content, strong=strong))
        elif kind == "strong":
            _flatten(child, out, strong=True)
        elif kind in ("em", "s"):
            _flatten(child, out, strong=strong)
        elif kind == "link":
            inner: list[Piece] = []
            _flatten(child, inner, strong=strong)
            label = plain(inner)
            bold = any(p.strong for p in inner if p.kind == "text" and p.text.strip())
            out.append(Piece("link", label, str(child.attrs.get("href", "")), bold,
                             [p for p in inner if p.kind == "image"]))
        elif kind == "image":
            out.append(Piece("image", child.content or plain(_children_text(child)),
                             str(child.attrs.get("src", ""))))
        elif kind in ("softbreak", "hardbreak"):
            out.append(Piece("break", " "))
        elif kind == "html_inline" and _BR.match(child.content.strip()):
            out.append(Piece("break", " "))
        # other inline HTML (<b>, <img>, <a>): markup, not content


def _children_text(node: SyntaxTreeNode) -> list[Piece]:
    inner: list[Piece] = []
    _flatten(node, inner, strong=False)
    return inner
