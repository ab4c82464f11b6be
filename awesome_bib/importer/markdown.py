"""Markdown -> a flat outline of headings, list items and tables, via markdown-it-py's tree.

Only structure is taken from the parser; what an item *means* is decided in `items.py`.
Paragraphs become items too (`paragraph=True`): some lists write each paper as a title line,
an author line and a links line. Fenced code (templates, citation blocks) is skipped; HTML is
read for its links, images and line breaks (`<a href>`, `<img>`, `<br>`; `<sup>` notes are
dropped), whether inline or a whole HTML block.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from html import unescape
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.tree import SyntaxTreeNode

from ..core.names import CJK_PHRASE
from ..core.vocab import PAPER_WORDS
from ..core.years import YEAR, year_of
from . import fast_inline

_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>|([^<]+)")
_COMMENT = re.compile(r"<!--.*?(?:-->|$)", re.DOTALL)
_ATTR = re.compile(r"([a-zA-Z_:][-a-zA-Z0-9_:.]*)\s*=\s*(?:\"([^\"]*)\"|'([^']*)'|([^\s\"'=<>`]+))")
#: HTML tags after which the text continues on a new line.
_BLOCK_TAGS = frozenset({"br", "p", "div", "li", "tr", "td", "th", "summary", "details", "h1",
                         "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table", "blockquote"})
_EM_TAGS = frozenset({"em", "i"})
_BOLD_TAGS = frozenset({"b", "strong"})
#: A `<summary>` element: the label of a collapsed block, not its content.
_SUMMARY = re.compile(r"<summary\b[^>]*>.*?</summary\s*>", re.DOTALL | re.IGNORECASE)
#: A whole HTML block that is one heading element (and nothing else).
_HTML_HEADING = re.compile(r"<h([1-6])\b[^>]*>((?:(?!</?h[1-6]\b).)*)</h\1\s*>",
                           re.DOTALL | re.IGNORECASE)
#: What may wrap a heading written in HTML without making it anything else: a centring
#: `<div>` or `<p>`, an empty anchor (`<a name="topic"></a>`) before or inside it.
_HEADING_WRAP = re.compile(r"</?(?:div|p|center)\b[^>]*>|<a\s+(?:name|id)\s*=[^>]*>\s*</a\s*>",
                           re.IGNORECASE)


def _html_heading(html: str) -> re.Match[str] | None:
    """The one heading element an HTML block is, maybe wrapped (`_HEADING_WRAP`), else None."""
    html = html.strip()
    heading = _HTML_HEADING.fullmatch(html)
    if heading is None and html[:2] != "<h":
        heading = _HTML_HEADING.fullmatch(_HEADING_WRAP.sub("", html).strip())
        if heading is not None and not plain(html_pieces(heading.group(2))).strip():
            return None  # (a banner image in an `<h1>`: no heading of a section)
    return heading




#: The text of a break written in HTML (`<br>`, a closing `</p>`): the writer ended the line
#: there (a source line's soft break may only wrap it). Whitespace, as every break's text.
HTML_BREAK = "\n"


@dataclass
class Piece:
    """One run of inline content: "text", "link", "image" or "break"."""

    kind: str
    text: str = ""  # text, link label (plain) or image alt
    href: str = ""  # link href or image src
    strong: bool = False  # inside **...** (for links: the label is)
    images: list[Piece] = field(default_factory=list)  # images inside a link label (badges)
    em: bool = False  # inside *...* or _..._ (author lines are often italic)
    hard: bool = False  # a break written as one: two spaces or `\` at the line's end
    newline: bool = False  # a break that ends a source line (not an HTML `<br>`)
    code: bool = False  # a code span (`` `Black Box` ``): a label as lists use it, not prose


@dataclass
class Heading:
    """A heading: level 1-6, its inline pieces (badges included) and 1-based line."""

    level: int
    pieces: list[Piece]
    line: int
    bulleted: bool = False  # written inside a bullet (`+ #### Expand Reduce`)


@dataclass
class Item:
    """A list item: its own inline pieces, nested items, and the source lines it spans."""

    pieces: list[Piece]
    line: int
    end_line: int
    ordered: bool
    children: list[Item] = field(default_factory=list)
    paragraph: bool = False  # a paragraph (or HTML block) outside any list
    quoted: bool = False  # a paragraph of a blockquote under an item (`  > Authors. ...`)


def source_lines(para: Item) -> list[tuple[int, list[Piece]]]:
    """A paragraph's source lines (its soft and hard line breaks), each with its line."""
    lines: list[tuple[int, list[Piece]]] = [(para.line, [])]
    for p in para.pieces:
        if p.kind == "break":
            lines.append((lines[-1][0] + p.newline, []))
        else:
            lines[-1][1].append(p)
    return [(line, part) for line, part in lines if part]


@dataclass
class Row:
    """A table body row: one piece list per cell."""

    cells: list[list[Piece]]
    line: int
    # per cell, its own line where the row is written one cell per line (an HTML `<tr>` with a
    # `<td>` per line): the row's line is then its title cell's; empty for a GFM row
    cell_lines: list[int] = field(default_factory=list)


@dataclass
class Table:
    """A GFM table: header cell texts and body rows."""

    header: list[str]
    rows: list[Row]
    line: int


Block = Heading | Item | Table

_PARSER = MarkdownIt("commonmark").enable("table")
#: Block structure only: inline text is read by `fast_inline`, or by `_PARSER` when it must be.
_BLOCKS = MarkdownIt("commonmark").enable("table").disable("inline")


def parse(text: str, fast: bool = True) -> list[Block]:
    """The document's headings, top-level list items (with nested ones) and tables, in order.

    `fast=False` reads every inline text with markdown-it (the reference the fast path is
    tested against)."""
    blocks: list[Block] = []
    _Reader.folds, _Reader.open_folds = [], []
    text, page_title = _front_matter(text)
    text = _aligned_rows(text)
    if page_title is not None:
        blocks.append(page_title)
    for offset, chunk in _chunks(text):
        env: dict[str, Any] = {}  # markdown-it's own state (references, ...)
        root = SyntaxTreeNode((_BLOCKS if fast else _PARSER).parse(chunk, env))
        _Reader.env = env
        _Reader.fast = fast and not env.get("references")
        _Reader.offset = offset
        _walk(root, blocks)
        _unlink(root)
    folds, _Reader.folds, _Reader.open_folds = _Reader.folds, [], []
    return _unfold(blocks, folds) if folds else blocks


#: A line indented four spaces or more that opens with a pipe (a table row whose first cell
#: is blank, its pipe aligned under the other rows' pipes: `           | **Intro**`). Searched
#: from its line break: a literal start lets the search skip ahead (`^` under MULTILINE is
#: tried at every character: 0.05 s over the 50k list, this 0.004 s); a table's row is never
#: the text's first line (its header and delimiter rows come first).
_INDENTED_ROW = re.compile(r"\n {4} *\|")
#: A table's delimiter row (`:----------|:------`, `| --- | --- |`).
_DELIMITER_ROW = re.compile(r" *\|? *:?-+:? *(?:\| *:?-+:? *)+\|? *$|^ *\| *:?-+:? *\| *$")


def _aligned_rows(text: str) -> str:
    """The text with a table's rows that are indented past its delimiter row by four spaces
    or more set back to the delimiter row's indent (`Apr 1      | [Title](pdf)` over
    `           | <center>**Intro**</center>`, a blank first cell written as spaces so the
    pipes line up): GitHub reads such a line as the table's next row, markdown-it as an
    indented code block that ends the table. Cheap first: one search of the text for a line
    of four spaces and a pipe; most lists have none."""
    if _INDENTED_ROW.search(text) is None:
        return text
    lines = text.split("\n")
    indent: int | None = None  # the open table's delimiter row's indent
    for at, line in enumerate(lines):
        stripped = line.lstrip(" ")
        if not stripped.strip():
            indent = None  # (a blank line ends a table)
        elif indent is None:
            if at and "|" in lines[at - 1] and "-" in line and _DELIMITER_ROW.match(line):
                indent = len(line) - len(stripped)
        elif stripped.startswith("|") and len(line) - len(stripped) >= indent + 4:
            lines[at] = " " * indent + stripped
        elif "|" not in line:
            indent = None
    return "\n".join(lines)


#: YAML front matter (a GitHub Pages file): `---` on the first line, `key: value` lines, `---`.
#: Only YAML lines inside (`key: value`, indented or `- ` continuations, blanks): a Markdown
#: file that opens with a rule (`---`) and has another later is no front matter.
_FRONT_MATTER = re.compile(r"---[ \t]*\r?\n((?:[A-Za-z_][\w-]*:.*\r?\n|\{.*\}[ \t]*\r?\n)"
                           r"(?:(?:[A-Za-z_][\w-]*:.*|[ \t].*|- .*|[ \t]*)\r?\n)*?)"
                           r"---[ \t]*(?:\r?\n|$)")
_FRONT_TITLE = re.compile(r"^title:[ \t]*(['\"]?)(.+?)\1[ \t]*\r?$", re.MULTILINE)


def _front_matter(text: str) -> tuple[str, Heading | None]:
    """The text without its YAML front matter (blank lines in its place: line numbers stay),
    and the page's `title:` as a heading above every heading of the page (level 0: the site
    renders it over the file's own `#` headings). Without front matter: the text, None."""
    if not text.startswith("---"):
        return text, None
    match = _FRONT_MATTER.match(text)
    if match is None:
        return text, None
    title = _FRONT_TITLE.search(match.group(1))
    blank = "\n" * match.group(0).count("\n")
    if title is None:
        return blank + text[match.end():], None
    line = match.group(1)[:title.start()].count("\n") + 2
    heading = Heading(0, [Piece("text", title.group(2).strip())], line)
    return blank + text[match.end():], heading


@dataclass
class _Fold:
    """A `<details>` block's `<summary>` (or its `</details>`) at a place in the blocks."""

    at: int  # index in the blocks it stands before
    line: int
    pieces: list[Piece]  # the summary's text (empty for a close)
    level: int = 0  # an `<h2>` inside the summary: that heading's level
    close: bool = False
    named: bool = False  # its summary was read


#: What a block of `<details>` structure holds: ends, starts and summaries, nothing else but
#: empty tags (a `<br/>` under the summary spaces the page, it holds nothing).
_FOLD_PART = re.compile(r"\s*(?:(?P<close></details\s*>)|(?P<empty><(?:br|hr)\s*/?>)"
                        r"|<details\b[^>]*>|<summary\b[^>]*>(?P<summary>.*?)</summary\s*>)\s*",
                        re.DOTALL | re.IGNORECASE)
#: A count after a summary's date (`2025 (10 papers)`): the date is what it says.
_COUNT = re.compile(r"\s*\(\s*\d+(?:\s+[^\d()]{1,20})?\s*\)\s*$")
_YEAR_ONLY = re.compile(rf"\W*{YEAR}\W*")
#: Words of a summary that names a group of papers (a heading's words, not an author list).
MAX_FOLD_WORDS = 10
#: The words of a toggle's label (`Toggle`, `Click to expand`, `Show more`): a summary of only
#: these names no group of papers, it opens or closes one.
TOGGLE_WORDS = frozenset("""toggle click tap expand collapse show hide more see read view open
close unfold fold details here to all full list the me""".split())


def _fold(child: SyntaxTreeNode, out: list[Block]) -> bool:
    """Record the `<details><summary>Faster Inference</summary>` and `</details>` of an HTML
    block that holds nothing else; `_unfold` decides whether a summary is a heading."""
    html = child.content
    parts: list[tuple[str, int, list[Piece], int]] = []  # (kind, line, summary, its level)
    at = 0
    while at < len(html):
        match = _FOLD_PART.match(html, at)
        if match is None or match.end() == at:
            _fold_count(html, _line(child), len(out))
            return False
        at = match.end()
        line = _line(child) + html.count("\n", 0, match.start())
        if match.group("empty"):
            continue
        if match.group("close"):
            parts.append(("close", line, [], 0))
        elif match.group("summary") is None:
            parts.append(("open", line, [], 0))
        else:
            inner = match.group("summary")
            heading = _HTML_HEADING.fullmatch(inner.strip())
            pieces = html_pieces(heading.group(2) if heading else inner)
            if any(p.kind == "link" for p in pieces):
                return False  # a summary that links something is read as before (an item)
            text = " ".join(plain(pieces).split())
            dated = _COUNT.sub("", text)
            if dated != text and _YEAR_ONLY.fullmatch(dated):
                pieces = [Piece("text", dated)]
            parts.append(("summary", line, pieces, int(heading.group(1)) if heading else 0))
    opened = _Reader.open_folds
    for kind, line, pieces, level in parts:
        if kind == "close":
            _close_fold(len(out), line)
        elif kind == "summary" and opened and not opened[-1].named:
            # the summary of the block just opened: its heading stands here
            fold = opened[-1]
            fold.at, fold.line, fold.pieces, fold.level, fold.named = \
                len(out), line, pieces, level, True
        else:  # `<details>`, or a summary without one (the block is open all the same)
            _open_fold(_Fold(len(out), line, pieces, level, named=kind == "summary"))
    return True


def _open_fold(fold: _Fold) -> None:
    """A `<details>` opened here: recorded, and open until its `</details>`."""
    _Reader.folds.append(fold)
    _Reader.open_folds.append(fold)


def _close_fold(at: int, line: int) -> None:
    """A `</details>` here: recorded, and the innermost open block closed."""
    _Reader.folds.append(_Fold(at, line, [], close=True))
    if _Reader.open_folds:
        _Reader.open_folds.pop()


_DETAILS_TAG = re.compile(r"<(/?)details\b", re.IGNORECASE)


def _fold_count(html: str, line: int, at: int) -> None:
    """An HTML block with more than `<details>` structure (its content written in HTML too):
    the blocks it opens and closes, unnamed, so that `</details>` ends the right one."""
    if "etails" not in html:
        return  # (most blocks hold none: checked first)
    for tag in _DETAILS_TAG.finditer(html):
        if tag.group(1):
            _close_fold(at, line)
        else:
            _open_fold(_Fold(at, line, [], named=True))  # (no summary of its own to wait for)


def _holds(block: Block) -> bool:
    """Whether a block is an item of papers a summary could name: a bullet, a table, a
    paragraph with a link (not prose or an abstract)."""
    if isinstance(block, Table):
        return bool(block.rows)
    return isinstance(block, Item) and (not block.paragraph
                                        or any(p.kind == "link" for p in block.pieces))


def _unfold(blocks: list[Block], folds: list[_Fold]) -> list[Block]:
    """Collapsed blocks that are the sections of the heading (or block) they stand in: their
    summary becomes a heading one level below it. A summary written as a heading (`<summary>
    <h2>Survey & Benchmark.</h2></summary>`) always is one. Any other is one when the blocks
    under one heading are split into several summaries that each hold several items, or one
    does beside items the heading holds itself (`## Papers`, one paper, then `<summary>Faster
    Inference</summary>` over its papers): a single block that is all a heading holds is a
    toggle of that heading (`<summary>Toggle</summary>`), and a summary under an item is that
    item's details (read with the item). Blocks inside a block are judged the same way among
    their siblings; items after a section's block, back in the heading, go back under it."""
    parent: dict[int, tuple[str, int]] = {}  # fold -> ("h", heading index) or ("f", fold)
    total: dict[int, int] = {}  # fold -> items anywhere inside it
    direct: dict[tuple[str, int], int] = {}  # heading or fold -> items outside its blocks
    resume: dict[tuple[str, int], list[int]] = {}  # -> blocks right after one of its blocks
    spans_heading: set[int] = set()
    stack: list[int] = []
    heading = ("h", -1)
    closed: tuple[str, int] | None = None  # whose block just closed, no item since
    events = iter(sorted(range(len(folds)), key=lambda k: folds[k].at))
    nxt = next(events, None)
    for at in range(len(blocks)):
        while nxt is not None and folds[nxt].at == at:
            if folds[nxt].close:
                if stack:
                    done = stack.pop()
                    closed = parent[done]
            else:
                parent[nxt] = ("f", stack[-1]) if stack else heading
                total[nxt] = 0
                stack.append(nxt)
                closed = None
            nxt = next(events, None)
        block = blocks[at]
        if isinstance(block, Heading):
            spans_heading.update(stack)
            heading, stack, closed = ("h", at), [], None
        elif _holds(block):
            owner = ("f", stack[-1]) if stack else heading
            direct[owner] = direct.get(owner, 0) + 1
            for k in stack:  # (a table holds as many items as its rows)
                total[k] += len(block.rows) if isinstance(block, Table) else 1
            if closed == owner:
                resume.setdefault(owner, []).append(at)
            closed = None
    # top-down (a block opens before the blocks inside it): each block's level, if a heading
    level: dict[tuple[str, int], int] = {}  # heading or fold -> the level its items sit at

    def level_of(key: tuple[str, int]) -> int:
        # (a loop, not a recursion: a function that calls itself is a reference cycle, left
        # for the cyclic collector with all it holds)
        while key[0] == "f" and key not in level:
            key = parent[key[1]]
        if key[0] == "h":
            above = blocks[key[1]] if key[1] >= 0 else None
            return above.level if isinstance(above, Heading) else 1
        return level[key]

    siblings: dict[tuple[str, int], list[int]] = {}
    for k in sorted(parent, key=lambda k: folds[k].at):
        fold = folds[k]
        if k in spans_heading or not fold.pieces:
            continue
        if fold.level:
            level[("f", k)] = fold.level
        elif total[k] >= 2 and 0 < len(plain(fold.pieces).split()) <= MAX_FOLD_WORDS \
                and not set(re.findall(r"\w+", plain(fold.pieces).lower())) <= TOGGLE_WORDS:
            siblings.setdefault(parent[k], []).append(k)
    for under, ks in sorted(siblings.items(), key=lambda kv: folds[kv[1][0]].at):
        depth = level_of(under) + 1
        if depth <= 6 and (len(ks) >= 2 or direct.get(under, 0) or _names_a_part(
                blocks[under[1]] if under[0] == "h" and under[1] >= 0 else None, folds[ks[0]])):
            for k in ks:
                level[("f", k)] = depth
    if not level:
        return blocks
    before: dict[int, list[Heading]] = {}  # block index -> headings inserted before it
    for (_f, k), depth in sorted(level.items(), key=lambda kv: folds[kv[0][1]].at):
        before.setdefault(folds[k].at, []).append(Heading(depth, folds[k].pieces, folds[k].line))
    for under, ats in resume.items():
        if not any(parent[k] == under and ("f", k) in level for k in parent):
            continue
        # the heading (or block) resumes where its section's block ended: itself again
        if under[0] == "f":
            summary = folds[under[1]]
            again = Heading(level[under], summary.pieces, summary.line) if under in level else None
        else:
            head = blocks[under[1]] if under[1] >= 0 else None
            again = replace(head, pieces=list(head.pieces)) \
                if isinstance(head, Heading) and not any(p.kind == "link" for p in head.pieces) \
                else None
        if again is not None:
            for at in ats:
                before.setdefault(at, []).append(again)
    out: list[Block] = []
    for at, block in enumerate(blocks):
        out.extend(before.get(at, ()))
        out.append(block)
    return out


def _names_a_part(heading: Block | None, fold: _Fold) -> bool:
    """Whether the one block under a heading is a section of it by its words: the heading
    only says papers (`## Papers`) and the summary names a topic of them (`Standard VPR`),
    not papers again (`<summary>Papers</summary>`, a toggle of the heading's list)."""
    if not isinstance(heading, Heading):
        return False
    said = set(re.findall(r"\w+", plain(heading.pieces).lower()))
    named = set(re.findall(r"\w+", plain(fold.pieces).lower()))
    return bool(said) and said <= PAPER_WORDS and not named <= PAPER_WORDS | TOGGLE_WORDS


_ATX = re.compile(r"#{1,6}(?:[ \t]|$)")
_FENCE = re.compile(r" {0,3}(`{3,}|~{3,})")
_REFERENCE = re.compile(r"^ {0,3}\[[^\]]+\]:", re.MULTILINE)
CHUNK_LINES = 2000


def _unlink(root: SyntaxTreeNode) -> None:
    """Break the tree's parent <-> child cycles: freed without the cyclic collector (which
    the import pauses; a collection walks every object the import holds, 0.3-0.6 s for 50k
    items)."""
    for node in root.walk():
        node._parent = None


def _chunks(text: str) -> Iterator[tuple[int, str]]:
    """The text in pieces of about CHUNK_LINES lines, each starting at an ATX heading outside
    any fence, with the line offset of each: a heading ends every open block, so the pieces
    parse as the whole does, and markdown-it's tokens for a 50k-item list never all live at
    once. A list with reference definitions (`[x]: url`, document-wide) is one piece."""
    if len(text) < 200_000 or _REFERENCE.search(text):
        yield 0, text
        return
    lines = text.splitlines(keepends=True)
    start, fence = 0, ""
    for i, line in enumerate(lines):
        match = _FENCE.match(line)
        if match:
            mark = match.group(1)
            if not fence:
                fence = mark
            elif mark[0] == fence[0] and len(mark) >= len(fence) and not line.strip(" \t\r\n`~"):
                fence = ""
        elif not fence and i - start >= CHUNK_LINES and line.startswith("#") and _ATX.match(line):
            yield start, "".join(lines[start:i])
            start = i
    yield start, "".join(lines[start:])


class _Reader:
    """How inline text is read during one `parse` (module state: parse is not re-entrant)."""

    env: dict[str, Any] = {}
    fast: bool = True
    offset: int = 0  # line offset of the chunk being read
    folds: list[_Fold] = []  # `<details>` summaries and ends met so far (see `_unfold`)
    open_folds: list[_Fold] = []  # the `<details>` blocks open at this point


def _make(kind: str, text: str, href: str, strong: bool, images: list[Piece]) -> Piece:
    return Piece(kind, link_text(text) if kind == "link" else text, href, strong, images)


#: GitHub emoji shortcodes opening a link's text (`[:bookmark_tabs: Publication](url)`).
LEADING_SHORTCODES = re.compile(r"^\s*(?::[a-z0-9_+\-]+:\s*)+")


def link_text(label: str) -> str:
    """A link's text without the emoji shortcodes that open it: GitHub shows them as
    pictographs, decoration (`[:floppy_disk: Github](url)` is a `Github` link)."""
    # (`[:floppy_disk: : GitHub](url)`: the colon after them is decoration too)
    return LEADING_SHORTCODES.sub("", label).lstrip(" :") if label.lstrip().startswith(":") \
        else label


def _merge_text(pieces: list[Piece]) -> list[Piece]:
    """Adjacent text pieces with the same marks as one, empty ones dropped (the two readers
    split text differently; the text is the same)."""
    out: list[Piece] = []
    for p in pieces:
        if p.kind == "text" and not p.text:
            continue
        last = out[-1] if out else None
        if (last is not None and p.kind == "text" and last.kind == "text"
                and p.strong == last.strong and p.em == last.em and p.code == last.code):
            out[-1] = Piece("text", last.text + p.text, strong=p.strong, em=p.em, code=p.code)
        else:
            out.append(p)
    return out


def plain(pieces: list[Piece]) -> str:
    """Text of pieces with link labels inlined and images dropped."""
    return "".join(p.text if p.kind in ("text", "link") else " " if p.kind == "break" else ""
                   for p in pieces)


def _span(node: SyntaxTreeNode) -> tuple[int, int]:
    """(first line, last line), 1-based, in the whole list (not the chunk)."""
    if not node.map:
        return 1, 0
    return node.map[0] + 1 + _Reader.offset, node.map[1] + _Reader.offset


def _line(node: SyntaxTreeNode) -> int:
    return node.map[0] + 1 + _Reader.offset if node.map else 0


def _walk(node: SyntaxTreeNode, out: list[Block]) -> None:
    for child in node.children:
        _walk_one(child, out)


def _walk_one(child: SyntaxTreeNode, out: list[Block]) -> None:
    """One block node's headings, items and tables, appended to `out`."""
    kind = child.type
    if kind == "heading":
        out.append(Heading(int(child.tag[1]), _inline_of(child), _line(child)))
    elif kind in ("bullet_list", "ordered_list"):
        out.extend(_list_blocks(child))
    elif kind == "table":
        out.append(_table(child))
    elif kind in ("blockquote",):
        _walk(child, out)
    elif kind == "paragraph":
        pieces = _inline_of(child)
        if any(p.kind != "break" and (p.text.strip() or p.href) for p in pieces):
            start, end = _span(child)
            out.extend(_reference_lines(_unspaced_number(pieces), start, end))
    elif kind == "html_block" and child.map and (
            heading := _html_heading(child.content)):
        # `<h2 id="acoustic-model">Acoustic Model</h2>`: a heading, whether Markdown or HTML
        out.append(Heading(int(heading.group(1)), html_pieces(heading.group(2)),
                           _line(child)))
    elif kind == "html_block" and child.map and (headings := _heading_lines(child.content)):
        # `<h3>Domain-Specific Models</h3>⏎<h4>Transformer</h4>`: one HTML block of headings
        # on lines of their own is each of them (the papers under the second)
        out.extend(Heading(int(h.group(1)), html_pieces(h.group(2)), _line(child) + offset)
                   for offset, h in headings)
    elif kind == "html_block" and child.map and "bib" in child.content \
            and (entries := _bibliography(child)):
        out.extend(entries)
    elif kind == "html_block" and child.map and _fold(child, out):
        pass
    elif kind == "html_block" and child.map and (table := _html_table(child)) is not None:
        out.extend(_headings_over_table(child))
        out.append(table)
    elif kind == "html_block" and child.map:
        start, end = _span(child)
        rows = _html_rows(child.content)
        if len(rows) > 1:
            out.extend(_headings_over_rows(child, rows[0][0]))
        for offset, html in rows:
            pieces = html_pieces(html)
            linked = any(p.kind in ("link", "image") for p in pieces)
            if linked or (len(rows) > 1 and _LIST_ROW.match(html) is not None
                          and any(p.text.strip() for p in pieces)):
                # (an `<li>` with no link is an item of its list as a bullet with none is,
                # judged as linkless bullets are: `- Surname: "Title" (1962, JEH)`; a
                # linkless paragraph would be read as a title line over a links line)
                line = start + offset
                last = max(line, min(end, line + html.count("\n")))
                out.append(Item(pieces, min(line + _tag_lines(html), last), last, False,
                                paragraph=linked))
    elif kind == "code_block" and child.map and "<h" in child.content \
            and (heading := _html_heading(child.content)) is not None:
        # `    <h2>Behavioral</h2>` after a blank line of a whole HTML page pasted as the list:
        # its nesting indent makes a code block of it, but one heading element alone is no
        # code anyone shows; it heads the `<ul>` below as the unindented one would
        out.append(Heading(int(heading.group(1)), html_pieces(heading.group(2)),
                           _line(child)))
    # fence, other code_block, hr: not items


#: An entry of a bibliography a LaTeX converter wrote as HTML: tex4ht's `<p class="bibitem">`,
#: LaTeXML's `<li class="ltx_bibitem">`.
_BIB_ENTRY = re.compile(r"<(?:p|li|div|dd)\b[^>]*\bclass\s*=\s*[\"'][^\"']*\b(?:ltx_)?bibitem\b",
                        re.IGNORECASE)
#: One whole tag (newlines inside it are moved after it, so the text keeps every source line).
_WHOLE_TAG = re.compile(r"<[^<>]*>")
#: The first visible character of HTML text.
_VISIBLE = re.compile(r"\S")


def _bibliography(node: SyntaxTreeNode) -> list[Block]:
    """An HTML block holding a bibliography a LaTeX converter wrote (`<h2>References</h2>`
    over `<p class="bibitem">` citations, each wrapped over several source lines, linking
    nothing as a rule): its headings, then each entry a paragraph of its own, starting on the
    line its text starts (the citation is read as a paragraph written in Markdown is). []
    when the block holds no such entry."""
    html = node.content
    if _BIB_ENTRY.search(html) is None:
        return []
    # (`<span ⏎ class="rm-lmri-12">IEEE</span>`: a tag's newline is a source line of the text)
    html = _WHOLE_TAG.sub(lambda m: m.group(0).replace("\n", " ")
                          + "\n" * m.group(0).count("\n"), html)
    entries = [m.start() for m in _BIB_ENTRY.finditer(html)]
    start = _line(node)
    out: list[Block] = []
    for heading in _HTML_HEADING.finditer(html, 0, entries[0]):
        at = start + html.count("\n", 0, heading.start(2))
        out.append(Heading(int(heading.group(1)), html_pieces(heading.group(2)), at))
    for begin, end in zip(entries, [*entries[1:], len(html)], strict=True):
        chunk = html[begin:end]
        text = _WHOLE_TAG.sub(lambda m: " " * len(m.group(0)), chunk)  # (offsets kept)
        visible = _VISIBLE.search(text)
        if visible is None:
            continue
        pieces = html_pieces(chunk)
        while pieces and pieces[-1].kind == "break":
            pieces.pop()  # (`</p>` closes the entry: no line of it)
        line = start + html.count("\n", 0, begin + visible.start())
        last = start + html.count("\n", 0, begin + len(chunk.rstrip()))
        out.append(Item(pieces, line, max(line, last), False, paragraph=True))
    return out


#: A line of tags alone that show nothing (no image): `<details>`, `<p align=..>`, and a link's
#: opening tag whose text stands on the next line (`<li>` ⏎ `<a href=…>` ⏎ `Title`).
_TAGS_ALONE = re.compile(r"\s*(?:<(?!img\b)[^<>]*>\s*)*", re.IGNORECASE)


def _tag_lines(html: str) -> int:
    """How many lines open an HTML item with tags alone (`<details>` above `<summary>1. <a
    href>Title</a>`): the item stands on the first line a reader sees words on."""
    for count, line in enumerate(html.split("\n")):
        if _TAGS_ALONE.fullmatch(line) is None:
            return count
    return 0


def _heading_lines(html: str) -> list[tuple[int, re.Match[str]]]:
    """(line offset, heading match) of each line of an HTML block when every non-blank line
    is one heading element, else []."""
    if html.count("\n") < 2 or "<h" not in html.lower():
        return []
    found = []
    for offset, line in enumerate(html.split("\n")):
        heading = _html_heading(line) if line.strip() else None
        if line.strip() and heading is None:
            return []
        if heading is not None:
            found.append((offset, heading))
    return found


#: A reference number opening a line: `[1]`, `[12]`, `(3)`.
_REFERENCE_MARK = re.compile(r"\s*(?:\[(\d{1,3})\]|\((\d{1,3})\))\s")


#: A list number with no space after it (`1.[Title](url)<br>`): Markdown needs the space to
#: make it a list item, so it stays a paragraph's text; the writer numbered an item.
_UNSPACED_NUMBER = re.compile(r"\s*\d{1,3}[.)]")


def _unspaced_number(pieces: list[Piece]) -> list[Piece]:
    """A paragraph's pieces without the list number glued to the link that opens it
    (`1.[Title](url)`): the number is no text of the item (no title, no venue)."""
    if len(pieces) > 1 and pieces[1].kind == "link" and pieces[0].kind == "text" \
            and _UNSPACED_NUMBER.fullmatch(pieces[0].text):
        return pieces[1:]
    return pieces


def _reference_lines(pieces: list[Piece], start: int, end: int) -> list[Item]:
    """A paragraph as items: one, or one per line when every line opens with the next reference
    number (`>[1] [World Models](url): Ha and Schmidhuber, 2018` / `[2] [I2A](arxiv) ...`, a
    reference list joined by line breaks). Each reference is its own item, so no line takes
    ids or years from a sibling's line."""
    lines: list[list[Piece]] = [[]]
    at = [start]  # each line's source line: `<br>` ends a line without ending a source line
    for p in pieces:
        if p.kind == "break":
            lines.append([])
            at.append(at[-1] + p.newline)
        else:
            lines[-1].append(p)
    kept = [(line, n) for line, n in zip(lines, at, strict=True) if line]  # `<br>` + newline
    numbers = []
    for line, _ in kept:
        first = line[0]
        mark = _REFERENCE_MARK.match(first.text + " ") if first.kind == "text" else None
        if mark is None:
            break
        numbers.append(int(mark.group(1) or mark.group(2)))
    if (len(kept) < 2 or len(numbers) != len(kept)
            or len({n for _, n in kept}) != len(kept)  # two references on one source line
            or numbers != list(range(numbers[0], numbers[0] + len(numbers)))):
        return [Item(pieces, start, end, False, paragraph=True)]
    return [Item(line, n, n, False, paragraph=True) for line, n in kept]


def _list_blocks(list_node: SyntaxTreeNode) -> list[Block]:
    """A top-level list's items; a bullet that is a heading (`+ #### Expand Reduce`, the
    papers nested under it) renders as one, so it is one: its nested items follow it as
    top-level items under it."""
    if not any(li.children and li.children[0].type == "heading" for li in list_node.children):
        return list(_items(list_node))
    out: list[Block] = []
    for li in list_node.children:
        head = li.children[0] if li.children else None
        if head is None or head.type != "heading":
            out.extend(_items(list_node, [li]))
            continue
        out.append(Heading(int(head.tag[1]), _inline_of(head), _line(head), bulleted=True))
        for part in li.children[1:]:
            if part.type in ("bullet_list", "ordered_list"):
                out.extend(_list_blocks(part))
            elif part.type == "paragraph":
                _walk_one(part, out)
    return out


def _items(list_node: SyntaxTreeNode, lis: list[SyntaxTreeNode] | None = None) -> list[Item]:
    ordered = list_node.type == "ordered_list"
    items = []
    for li in list_node.children if lis is None else lis:
        pieces: list[Piece] = []
        children: list[Item] = []
        for part in li.children:
            if part.type == "paragraph":
                if pieces:
                    pieces.append(Piece("break", " "))
                pieces.extend(_inline_of(part))
            elif part.type in ("bullet_list", "ordered_list"):
                children.extend(_items(part))
            elif part.type == "blockquote":
                # `  > Authors. NeurIPS 2017.` / `  > [pdf](url)` quoted under the item: lines
                # under it, read as its nested lines are (they were dropped)
                quoted: list[Block] = []
                _walk(part, quoted)
                children.extend(replace(b, quoted=True) for b in quoted if isinstance(b, Item))
            elif part.type == "html_block" and part.map:
                # `<details><summary>Paper</summary> Andrews, ... "Title." https://doi.org/...`
                # inside the item: the collapsed text is an item of its own (its summary is a
                # label), never words of the item above it
                summary = _SUMMARY.search(part.content)
                if summary and year_of(summary.group(0)) is not None:
                    # `<summary> Ann Lee, Bob Roe <em>CLEF</em> 2022 </summary>`: a dated
                    # summary is the item's citation line (its names, venue, year), read as a
                    # line under the item is
                    line = _span(part)[0]
                    children.append(Item(html_pieces(summary.group(0)), line, line, ordered))
                html = _SUMMARY.sub(" ", part.content)
                inner = html_pieces(html)
                if any(p.kind == "link" or "://" in p.text for p in inner):
                    first, last = _span(part)
                    first += html[:len(html) - len(html.lstrip())].count("\n")
                    children.append(Item(inner, min(first, last), last, ordered))
        start, end = _span(li)
        after = _next_number_at(pieces, li.info) if ordered and li.info.isdigit() else None
        if after is not None:
            # `7. BrepDiff  ` then `8.） https://...`: a line opening with the list's next
            # number (a marker Markdown does not know, so the line ran on) is the next item
            lines = sum(p.newline for p in pieces[:after])
            items.append(Item(pieces[:after - 1], start, start + lines - 1, ordered))
            items.append(Item(pieces[after:], start + lines, end, ordered, children))
            continue
        items.append(Item(pieces, start, end, ordered, children))
    return items


#: A number and a full stop or a bracket opening a line (`8.）`, `8)`): one pattern for every
#: number (compiling one per item's number would miss `re`'s cache in a long numbered list).
_NUMBER_MARK = re.compile(r"\s*(\d+)\s*[.)）]")


def _next_number_at(pieces: list[Piece], number: str) -> int | None:
    """The index of the text piece after a line break that opens with `number` + 1 and a
    full stop or a bracket (`8.）`, `8)`), else None."""
    following = str(int(number) + 1)
    for i in range(1, len(pieces)):
        if pieces[i - 1].kind == "break" and pieces[i - 1].newline and pieces[i].kind == "text":
            mark = _NUMBER_MARK.match(pieces[i].text)
            if mark is not None and mark.group(1) == following:
                return i
    return None


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
    # (cheap first: a wiki link's `]]` is followed by no `(`; `[[pdf]](url)`, the common
    # bracketed link label, is not one, and is on most items of many lists)
    wiki = False
    for child in node.children:
        if child.type == "inline":
            content = child.token.content if child.token else ""
            wiki = wiki or "[[" in content and content.count("]]") > content.count("]](")
            fast = fast_inline.read(content, _make) if _Reader.fast else None
            if fast is not None:
                pieces += fast
            elif child.children:
                _flatten(child, pieces, strong=False)
            else:
                inline = SyntaxTreeNode(_PARSER.parseInline(content, _Reader.env))
                for part in inline.children:
                    _flatten(part, pieces, strong=False)
                _unlink(inline)
    merged = _merge_text(pieces)
    if any(p.kind == "text" and "](" in p.text for p in merged):  # (cheap first)
        merged = _spaced_links(merged)
    if any(p.kind == "text" and "://" in p.text for p in merged):  # (cheap first)
        merged = [_spaced_url(p) for p in merged]
    return _wiki_links(merged) if wiki else merged


#: A link whose target holds spaces (`[Title](./18-CVPR-Title words.pdf)`, `[笔记](#Title
#: (ECCV'18))`), one level of brackets inside it: no link to Markdown, which leaves it as
#: text, brackets and all; the writer meant a link to a local file or an anchor.
_SPACED_LINK = re.compile(r"\[([^\[\]\n]+)\]\(([^()\n]*\s(?:[^()\n]|\([^()\n]*\))*)\)")


def _spaced_links(pieces: list[Piece]) -> list[Piece]:
    """Pieces with each link a text piece holds whose target has spaces (`_SPACED_LINK`) as
    the link piece the writer meant: its text is what readers take for the link's (a title
    cell `[Title](./local file.pdf)` names the paper by that title), its target the file's
    path as a URL writes it (spaces as `%20`)."""
    return _text_links(pieces, "](", _SPACED_LINK, lambda m, p: Piece(
        "link", m.group(1), m.group(2).strip().replace(" ", "%20"), p.strong, em=p.em))


#: A file's URL pasted alone on its line with its path's spaces unescaped
#: (`https://github.com/…/Papers/Time Series Modelling/Modeling … Networks.pdf`): the words
#: after the first space go on with the path (a folder's `/`) to a document's name that ends
#: the line.
_SPACED_URL = re.compile(r"https?://[^\s()<>\[\]\"']+(?: +[^\s()<>\[\]\"']+)*/[^/]*",
                         re.IGNORECASE)
_SPACED_FILES = (".pdf", ".ps", ".djvu")


def _spaced_url(piece: Piece) -> Piece:
    """A text piece that is only such a URL (`_SPACED_URL`) as the URL a browser would open
    (its spaces as `%20`): one bare link, not a link cut at its first space and words."""
    text = piece.text.strip()
    if piece.kind != "text" or not text.lower().endswith(_SPACED_FILES) or " " not in text \
            or not _SPACED_URL.fullmatch(text) or "://" in text.split(None, 1)[1]:
        return piece
    return replace(piece, text=text.replace(" ", "%20"))


def _text_links(pieces: list[Piece], mark: str, pattern: re.Pattern[str],
                link: Callable[[re.Match[str], Piece], Piece | None]) -> list[Piece]:
    """Pieces with each match of `pattern` in a text piece (one holding `mark`, cheap first)
    as the link piece `link` makes of it; a match it makes None of stays text."""
    out: list[Piece] = []
    for p in pieces:
        if p.kind != "text" or mark not in p.text:
            out.append(p)
            continue
        at = 0
        for m in pattern.finditer(p.text):
            made = link(m, p)
            if made is None:
                continue
            if m.start() > at:
                out.append(replace(p, text=p.text[at:m.start()]))
            out.append(made)
            at = m.end()
        if at < len(p.text):
            out.append(replace(p, text=p.text[at:]))
    return out


#: A wiki link as Obsidian and other note sites write it, `[[notes/path|Shown text]]`: the
#: site shows the text after the pipe as a link to the note (the pipe is written `\|` inside a
#: Markdown table, which markdown-it has unescaped by now). Without a pipe, `[[Note title]]`,
#: the note's name is shown: only a title phrase (`_WIKI_WORDS` words, or a run of CJK) is
#: read so; a bare `[[paper]]` is as often a bracketed label as a link.
_WIKI_LINK = re.compile(r"\[\[([^\[\]|\n]+)(?:\|([^\[\]|\n]+))?\]\]")
_WIKI_WORDS = 3
_LETTERS = re.compile(r"[^\W\d_]+")


def _wiki_links(pieces: list[Piece]) -> list[Piece]:
    """Pieces with each wiki link of a text piece as a link piece to its note (`_WIKI_LINK`)."""
    def link(wiki: re.Match[str], p: Piece) -> Piece | None:
        note, shown = wiki.group(1).strip(), (wiki.group(2) or "").strip()
        if not shown and ("/" in note or len(_LETTERS.findall(note)) < _WIKI_WORDS
                          and not CJK_PHRASE.search(note)):
            return None  # (`[[paper]]`, `[[notes/x]]`: a label, a path, no title shown)
        return Piece("link", shown or note, note, p.strong, em=p.em)

    return _text_links(pieces, "[[", _WIKI_LINK, link)


def _flatten(node: SyntaxTreeNode, out: list[Piece], strong: bool, em: bool = False) -> None:
    html_state = _Html(strong)
    for child in node.children:
        kind = child.type
        if kind in ("text", "code_inline"):
            out.append(Piece("text", child.content, strong=strong, em=em,
                             code=kind == "code_inline"))
        elif kind == "strong":
            _flatten(child, out, True, em)
        elif kind == "em":
            _flatten(child, out, strong, True)
        elif kind == "s":
            _flatten(child, out, strong, em)
        elif kind == "link":
            inner: list[Piece] = []
            _flatten(child, inner, strong=strong)
            inner = _without_bold_notes(inner)
            label = link_text(plain(inner))
            bold = any(p.strong for p in inner if p.kind == "text" and p.text.strip())
            out.append(Piece("link", label, str(child.attrs.get("href", "")), bold,
                             [p for p in inner if p.kind == "image"]))
        elif kind == "image":
            out.append(Piece("image", child.content or plain(_children_text(child)),
                             str(child.attrs.get("src", ""))))
        elif kind in ("softbreak", "hardbreak"):
            out.append(Piece("break", " ", hard=kind == "hardbreak", newline=True))
        elif kind == "html_inline":
            html_state.tag(child.content, out)  # <a>, <img>, <br>, <b>, <sup>: see _Html


#: A parenthesis alone (`(Recommend to read)`).
_PAREN_ALONE = re.compile(r"\s*\([^()]*\)\s*")


def _without_bold_notes(inner: list[Piece]) -> list[Piece]:
    """A link's text without the parenthesis set in bold among words that are not (`[Active
    Learning Literature Survey **(Recommend to read)** [2009]](url)`): the writer's note on
    the link, no word of its text."""
    texts = [p for p in inner if p.kind == "text" and p.text.strip()]
    if not any(p.strong for p in texts) or all(p.strong for p in texts):
        return inner  # (cheap first: a link in one weight)
    return [p for p in inner if not (p.kind == "text" and p.strong
                                     and _PAREN_ALONE.fullmatch(p.text)
                                     and year_of(p.text) is None)]  # (`**(CVPR 2018)**`: fields)


def _children_text(node: SyntaxTreeNode) -> list[Piece]:
    inner: list[Piece] = []
    _flatten(node, inner, strong=False)
    return inner


def _attrs(text: str) -> dict[str, str]:
    return {m.group(1).lower(): unescape(next(g for g in m.groups()[1:] if g is not None))
            for m in _ATTR.finditer(text)}


class _Html:
    """Inline HTML inside Markdown: `<a href>` … `</a>` becomes a link piece, `<img>` an image,
    `<br>` and block tags a break, and a `<sup>` note (affiliation marks) is dropped."""

    def __init__(self, strong: bool) -> None:
        self.strong = strong
        self.em = False  # inside `<em>`/`<i>`: the emphasis Markdown's `*...*` gives too
        self.links: list[tuple[str, int]] = []  # (href, index in out where its label starts)
        self.sups: list[int] = []

    def tag(self, html: str, out: list[Piece]) -> None:
        """Apply one HTML fragment (one or more tags, maybe with text) to `out`."""
        if "<!--" in html:
            html = _COMMENT.sub(" ", html)  # `<!---Rebain20arxiv_derf-->`: no words of the item
        for match in _TAG.finditer(html):
            closing, name, rest, text = match.groups()
            if text is not None:
                if text.strip():
                    out.append(Piece("text", unescape(text), strong=self.strong, em=self.em))
                continue
            name = name.lower()
            if name == "a" and not closing:
                self.links.append((_attrs(rest).get("href", ""), len(out)))
            elif name == "a" and self.links:
                href, start = self.links.pop()
                if not href:
                    continue  # `<a name="todo"></a> Title`: an anchor, no link; its text stays
                inner = out[start:]
                del out[start:]
                bold = any(p.strong for p in inner if p.kind == "text" and p.text.strip())
                out.append(Piece("link", link_text(plain(inner)), href, bold,
                                 [p for p in inner if p.kind == "image"]))
            elif name == "img":
                attrs = _attrs(rest)
                out.append(Piece("image", attrs.get("alt", ""), attrs.get("src", "")))
            elif name == "sup":
                if not closing:
                    self.sups.append(len(out))
                elif self.sups:
                    del out[self.sups.pop():]
            elif name in _BOLD_TAGS:
                self.strong = not closing
            elif name in _EM_TAGS:
                self.em = not closing
            elif name in _BLOCK_TAGS and (closing or name == "br"):
                out.append(Piece("break", HTML_BREAK))


_HTML_ROW = re.compile(r"<(?:li|tr)\b", re.IGNORECASE)
#: A row of an HTML list (not of a table, whose linkless rows are headers or notes).
_LIST_ROW = re.compile(r"<li\b", re.IGNORECASE)
#: A paragraph of an HTML block, and a link in it.
_HTML_PARAGRAPH = re.compile(r"<p\b", re.IGNORECASE)
_HTML_LINK = re.compile(r"<a\s[^>]*\bhref\s*=", re.IGNORECASE)


def _html_rows(html: str) -> list[tuple[int, str]]:
    """An HTML block as items: each `<li>` or `<tr>` of a `<ul>`/`<table>` written in HTML is
    one item (with its line offset in the block), and so is each `<p>` of a block of
    paragraphs written without blank lines between them (read as one, the first paper held
    the others' links) when each holds a link; any other block is one item. (The `<p>`s of
    a row are its lines, and a paper's title, authors and links may each be a `<p>`: a
    linkless `<p>` is a paper's line, no paper.)"""
    starts = [m.start() for m in _HTML_ROW.finditer(html)]
    paragraphs = not starts and "<p" in html
    if paragraphs:
        starts = [m.start() for m in _HTML_PARAGRAPH.finditer(html)]
    if len(starts) < 2:
        return [(0, html)]
    spans = list(zip(starts, [*starts[1:], len(html)], strict=True))
    if paragraphs and not all(_HTML_LINK.search(html, a, b) for a, b in spans):
        return [(0, html)]
    return [(html.count("\n", 0, a), html[a:b]) for a, b in spans]


_HTML_TR = re.compile(r"<tr\b[^>]*>(.*?)(?=<tr\b|</tr>|</table>|$)", re.IGNORECASE | re.DOTALL)
_HTML_CELL = re.compile(r"<(t[dh])\b[^>]*>(.*?)(?=<t[dh]\b|</tr>|$)", re.IGNORECASE | re.DOTALL)
_HTML_CELL_END = re.compile(r"</t[dh]>\s*$", re.IGNORECASE)


def _headings_over_table(node: SyntaxTreeNode) -> list[Heading]:
    """The headings an HTML table's block opens with (`<h2 id>1.2 Quiz</h2>` on the line
    above `<table>`, no blank line between, so Markdown makes them one block): each heads the
    table's rows, as it would a blank line apart. None when other text stands before it."""
    table = re.search(r"<table\b", node.content, re.IGNORECASE)
    before = node.content[:table.start()] if table is not None else ""
    if "<h" not in before.lower():
        return []
    # (`_heading_lines` reads a block of two lines or more: the table's line ends this one)
    return [Heading(int(h.group(1)), html_pieces(h.group(2)), _line(node) + offset)
            for offset, h in _heading_lines(before + "\n\n")]


def _headings_over_rows(node: SyntaxTreeNode, first_row: int) -> list[Heading]:
    """The headings an HTML block of `<li>` / `<tr>` rows opens with (`<div>` ⏎ `<h2>Applied
    Empirical</h2>` ⏎ `<ul>` ⏎ `<li>…`: a whole HTML page's topic over its list, no blank
    line between, so Markdown makes them one block): each heads the rows below it, as it would
    a blank line apart. Only when every line before the first row is a heading element or tags
    alone (`<div>`, `<ul>`): a line of text or links there is no heading's."""
    lines = node.content.split("\n")[:first_row]
    if not any("<h" in line.lower() for line in lines):
        return []
    out: list[Heading] = []
    for offset, line in enumerate(lines):
        heading = _html_heading(line) if "<h" in line.lower() else None
        if heading is not None:
            out.append(Heading(int(heading.group(1)), html_pieces(heading.group(2)),
                               _line(node) + offset))
        elif _TAGS_ALONE.fullmatch(line) is None:
            return []
    return out


def _html_table(node: SyntaxTreeNode) -> Table | None:
    """An HTML `<table>` whose first row is a header of `<th>` cells, as a table like a GFM
    one (its columns read by the same rules: title, venue, year); each row's line is its
    first cell's, and each cell's own line is kept (`<td>` per line). None for any other
    HTML (rows without a header stay items, one per `<tr>`)."""
    html = node.content
    if not re.search(r"<table\b", html, re.IGNORECASE):
        return None
    start = _line(node)
    header: list[str] = []
    rows: list[Row] = []
    for tr in _HTML_TR.finditer(html):
        cells = list(_HTML_CELL.finditer(html, tr.start(1), tr.end(1)))
        if not cells:
            continue
        if not header and not rows:
            if any(c.group(1).lower() != "th" for c in cells):
                return None
            header = [plain(html_pieces(_HTML_CELL_END.sub("", c.group(2)))).strip()
                      for c in cells]
            continue
        lines = [start + html.count("\n", 0, c.start()) for c in cells]
        rows.append(Row([html_pieces(_HTML_CELL_END.sub("", c.group(2))) for c in cells],
                        lines[0], lines if len(set(lines)) > 1 else []))
    if len(header) < 2 or not rows:
        return None
    return Table(header, rows, start)


def html_pieces(html: str) -> list[Piece]:
    """The inline pieces of a raw HTML block (links, images, text, breaks), in order."""
    out: list[Piece] = []
    state = _Html(False)
    state.tag(html, out)
    while state.links:  # an unclosed <a>: its text is its label
        state.tag("</a>", out)
    return out
