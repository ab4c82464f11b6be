"""Walk the outline: items to sections, keep papers and datasets, report what was left out.

Two passes. The first reads every item, paragraph and table row with the chain of headings
above it. The second picks the task-section level (the shallowest heading level that directly
holds papers; year headings, the list's own title and navigation never count) and files each
item under its section. Every link-bearing line that does not become an entry is reported as
`skipped` with the reason, so that no list ends in silence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ..core.titles import title_key
from ..core.vocab import TOOL_LABELS, SectionKind
from ..model import Entry, Listing, ListProblem, Section
from .items import ParsedItem, add_names_and_venue, meaningful, paper_evidence, parse_item
from .markdown import Block, Heading, Item, Piece, Table
from .sections import SlugBook, heading_title, is_non_paper, is_resource, is_year_heading
from .tables import dataset_row, paper_row, table_kind

DEFAULT_SECTION = "Papers"
#: A level holding at most this many papers under one heading, with deeper levels holding
#: more, is a container (a list title with its own paper link), not the section level.
STRAY = 2
_LABEL_LINE = re.compile(r"^\s*([A-Za-z][\w .-]{0,20}?)\s*[:：]\s*$")


@dataclass(frozen=True)
class _Head:
    level: int
    title: str
    line: int
    non_paper: bool
    resource: bool
    year: bool


@dataclass
class _Found:
    """One item, paragraph or row as read in the first pass."""

    kind: str  # "paper", "dataset", "problem", "skipped"
    chain: tuple[_Head, ...]
    line: int
    raw: str
    parsed: ParsedItem | None = None
    data: Any = None
    reason: str = ""
    paper_like: bool = True  # for problems: a bare-text bullet counts only in a paper section


@dataclass
class Collected:
    """Everything one pass over the list found, in list order."""

    sections: list[Section] = field(default_factory=list)
    entries: list[Entry] = field(default_factory=list)  # one per listing, not yet deduplicated
    bold: list[bool] = field(default_factory=list)  # per entry: was its title bold
    problems: list[ListProblem] = field(default_factory=list)
    skipped: list[ListProblem] = field(default_factory=list)  # link-bearing lines not imported
    explain: list[dict[str, Any]] = field(default_factory=list)  # per entry: how it was read


class _Walker:
    def __init__(self, blocks: list[Block], lines: list[str]) -> None:
        self.blocks = blocks
        self.lines = lines
        self.nav_titles = {title_key(heading_title(b)) for b in blocks if isinstance(b, Heading)}
        self.chain: tuple[_Head, ...] = ()
        self.found: list[_Found] = []
        self.pending: list[Item] = []  # paragraphs without links: a title (and authors) line
        self.pending_used = False  # a label list (`- Paper: url`) took the pending title
        self.first_heading = next((b for b in blocks if isinstance(b, Heading)), None)
        self.title_level = self._title_level()

    def _title_level(self) -> int:
        """The level of the list's own title (one heading, first, shallowest), else 0."""
        heads = [b for b in self.blocks if isinstance(b, Heading)]
        levels = [h.level for h in heads]
        deeper = [h for h in heads if h.level > min(levels, default=0)]
        if self.first_heading and levels.count(min(levels)) == 1 \
                and self.first_heading.level == min(levels) and deeper \
                and not all(is_year_heading(heading_title(h)) for h in deeper):
            return min(levels)  # "## Survey" over "### 2024" only is a section, not a title
        return 0

    # -- first pass ---------------------------------------------------------------------

    def read(self) -> None:
        for block in self.blocks:
            if isinstance(block, Heading):
                self._heading(block)
            elif isinstance(block, Table):
                self.pending = []
                self._table(block)
            elif block.paragraph:
                self._paragraph(block)
            else:
                if self.pending and self._label_list(block):
                    self.pending_used = True
                    continue
                self.pending, self.pending_used = [], False
                self._item(block)

    def _heading(self, heading: Heading) -> None:
        self.pending, self.pending_used = [], False
        title = heading_title(heading)
        head = _Head(heading.level, title, heading.line, is_non_paper(title), is_resource(title),
                     is_year_heading(title))
        self.chain = tuple(h for h in self.chain if h.level < heading.level) + (head,)

    def _raw(self, start: int, end: int) -> str:
        return "\n".join(self.lines[start - 1:max(end, start)]).rstrip()

    def _item(self, item: Item) -> None:
        parsed = parse_item(item.pieces)
        folded = []
        for child in item.children:
            sub = parse_item(child.pieces)
            if sub.title and sub.links:
                folded.append(child)
            elif sub.links and not sub.title:
                parsed.links += [lk for lk in sub.links if lk.url not in
                                 {x.url for x in parsed.links}]
            elif not sub.links and child.pieces and not child.children:
                # "-   Ann Author, Bob Writer. *ICML 2019*" under the paper: its authors, venue
                add_names_and_venue(parsed, "".join(p.text for p in child.pieces
                                                    if p.kind == "text"))
        raw = self._raw(item.line, item.end_line)
        if self._is_nav(item):
            return
        if parsed.title and parsed.links and _is_tool(parsed):
            self.found.append(_Found("skipped", self.chain, item.line, raw,
                                     reason="a tool: a short name with only code or demo links"))
        elif parsed.title and parsed.links:
            self.found.append(_Found("paper", self.chain, item.line, raw, parsed))
        elif not folded and (parsed.paper_like or parsed.title):
            reason = "no title" if not parsed.title else "no link"
            self.found.append(_Found("problem", self.chain, item.line, raw, reason=reason,
                                     paper_like=parsed.paper_like))
        for child in folded:
            self._item(child)

    def _paragraph(self, para: Item) -> None:
        """A paragraph item: alone, or the links line of title/author paragraphs above it."""
        if self.pending_used:
            self.pending, self.pending_used = [], False
        if not any(p.kind == "link" for p in para.pieces) and not _bare_url(para.pieces):
            self.pending = (self.pending + [para])[-2:]
            return
        pending, self.pending = self.pending, []
        alone = parse_item(para.pieces, paragraph=True)
        start = para.line
        if pending and (not alone.title or alone.title_is_label):
            pieces: list[Piece] = []
            for part in [*pending, para]:
                if pieces:
                    pieces.append(Piece("break", " "))
                pieces += part.pieces
            parsed = parse_item(pieces, paragraph=True)
            start = pending[0].line
        else:
            parsed = alone
        raw = self._raw(start, para.end_line)
        if self._is_nav(para):
            return
        if not self.chain:
            self.found.append(_Found("skipped", self.chain, para.line, raw,
                                     reason="the list's own header (before the first heading)"))
        elif parsed.title and parsed.links and paper_evidence(parsed):
            self.found.append(_Found("paper", self.chain, start, raw, parsed))
        else:
            if all(p.kind == "image" or (p.kind == "link" and p.images and not p.text.strip())
                   or not meaningful(p.text) for p in para.pieces):
                why = "only badges or images"
            elif not parsed.title:
                why = "paragraph without a title"
            else:
                why = "paragraph without a paper link, venue, year or authors"
            self.found.append(_Found("skipped", self.chain, para.line, raw, reason=why))

    def _label_list(self, block: Item) -> bool:
        """`**Title**` then `- Paper: https://...` bullets: the bullets are the title's links."""
        label = _LABEL_LINE.match(_text_before_url(block.pieces))
        url = _bare_url(block.pieces)
        if not (label and url):
            return False
        pieces: list[Piece] = []
        for part in self.pending:
            pieces += part.pieces + [Piece("break", " ")]
        pieces.append(Piece("link", label.group(1), url))
        parsed = parse_item(pieces, paragraph=True)
        first = self.pending[0].line
        if self.found and self.found[-1].line == first and self.found[-1].kind == "paper":
            prev = self.found.pop()  # the next bullet of the same label list: one item
            assert prev.parsed is not None
            parsed.links = prev.parsed.links + [lk for lk in parsed.links
                                                if lk.url not in {x.url for x in prev.parsed.links}]
        raw = self._raw(first, block.end_line)
        if parsed.title and parsed.links:
            self.found.append(_Found("paper", self.chain, first, raw, parsed))
        return True

    def _is_nav(self, item: Item) -> bool:
        """A table-of-contents link (`- [Survey](...#survey)`): names a heading, has an anchor."""
        links = [p for p in item.pieces if p.kind == "link"]
        return (len(links) == 1 and "#" in links[0].href
                and title_key(links[0].text) in self.nav_titles)

    def _table(self, table: Table) -> None:
        context = " ".join(h.title for h in self.chain[-2:])
        kind = table_kind(table, context)
        for row in table.rows:
            raw = self._raw(row.line, row.line)
            if kind == "papers":
                parsed = paper_row(table, row)
                if parsed.title and parsed.links:
                    self.found.append(_Found("paper", self.chain, row.line, raw, parsed))
                elif parsed.title or parsed.links:
                    reason = "no title" if not parsed.title else "no link"
                    self.found.append(_Found("problem", self.chain, row.line, raw, reason=reason))
            elif kind == "datasets":
                data = dataset_row(table, row)
                if data.name:
                    self.found.append(_Found("dataset", self.chain, row.line, raw, data=data))
                else:
                    self.found.append(_Found("problem", self.chain, row.line, raw,
                                             reason="no dataset name"))
            elif any(p.kind == "link" for cell in row.cells for p in cell):
                self.found.append(_Found("skipped", self.chain, row.line, raw,
                                         reason="table row: no title column in the header"))

    # -- second pass --------------------------------------------------------------------

    def _section_of(self, chain: tuple[_Head, ...], level: int) -> _Head | None:
        return next((h for h in reversed(chain) if h.level <= level
                     and (h.level == level or h.level != self.title_level)), None)

    def _drop_sections_without_papers(self, level: int) -> None:
        """A section none of whose items links a paper or states a venue, year or authors is a
        list of projects or tools (`- [TinyZero](https://github.com/...) - reproduction of R1`)."""
        evidence: dict[int | None, bool] = {}
        for f in self.found:
            if f.kind == "paper" and f.parsed is not None:
                head = self._section_of(f.chain, level)
                key = head.line if head else None
                evidence[key] = evidence.get(key, False) or paper_evidence(f.parsed)
        for f in self.found:
            if f.kind == "paper":
                head = self._section_of(f.chain, level)
                if not evidence.get(head.line if head else None, True):
                    f.kind = "skipped"
                    f.reason = "no item of its section links a paper or names a venue, year or "\
                               "authors (projects or tools)"

    def section_level(self) -> int:
        """The shallowest level whose headings directly hold papers (see the module doc)."""
        per_level: dict[int, dict[int, int]] = {}
        for f in self.found:
            if f.kind not in ("paper", "dataset"):
                continue
            holder = self._holder(f.chain)
            if holder is not None and not holder.non_paper and not holder.resource:
                per_level.setdefault(holder.level, {}).setdefault(holder.line, 0)
                per_level[holder.level][holder.line] += 1
        levels = sorted(per_level)
        for i, level in enumerate(levels):
            counts = per_level[level]
            deeper = sum(sum(per_level[lv].values()) for lv in levels[i + 1:])
            if len(counts) == 1 and sum(counts.values()) <= STRAY and deeper > STRAY:
                continue
            return level
        return levels[0] if levels else 1

    def _holder(self, chain: tuple[_Head, ...]) -> _Head | None:
        for head in reversed(chain):
            if not head.year and head.level != self.title_level:
                return head
        return None

    def _excluded(self, chain: tuple[_Head, ...], level: int) -> str:
        """Why items under this chain are not papers: their own heading or their section's
        heading is about the repository (News, Contents, Citation) or names talks, posts,
        courses. A table of contents above the sections excludes only what it holds itself."""
        holder = self._holder(chain)
        section = next((h for h in reversed(chain) if h.level <= level), None)
        for head in (holder, section):
            if head is not None and head.non_paper:
                return f"under '{head.title}' (not papers)"
        for head in chain:
            if head.resource:
                return f"under '{head.title}' (talks, posts, courses: kept apart)"
        return ""

    def assign(self) -> Collected:
        out = Collected()
        level = self.section_level()
        self._drop_sections_without_papers(level)
        slugs = SlugBook()
        sections: dict[int | None, Section] = {}
        position = 0
        maybe: list[tuple[int | None, ListProblem]] = []
        for f in self.found:
            head = self._section_of(f.chain, level)
            why = self._excluded(f.chain, level)
            if f.kind == "skipped" or (why and f.kind in ("paper", "dataset")):
                out.skipped.append(ListProblem(f.line, f.raw, why or f.reason))
                continue
            if why:
                continue
            deeper = [h for h in f.chain if h.level > level]
            years = [h for h in f.chain if h.year and h.level < level]
            subsection = (deeper or years)[-1] if deeper or years else None
            key = head.line if head else None
            if f.kind == "problem":
                owner = None if f.paper_like else key
                maybe.append((owner, ListProblem(f.line, f.raw, f.reason)))
                continue
            kind: SectionKind = "datasets" if f.kind == "dataset" else "papers"
            section = sections.get(key)
            if section is None:
                section = Section(slug=slugs.unique(head.title if head else DEFAULT_SECTION),
                                  title=head.title if head else DEFAULT_SECTION, kind=kind)
                sections[key] = section
                out.sections.append(section)
            elif kind == "papers":
                section.kind = "papers"  # a section with any paper is a paper section
            position += 1
            sub = subsection.title if subsection else ""
            if f.kind == "dataset":
                self._add_dataset(out, f, section, sub, position)
            else:
                self._add_paper(out, f, section, sub, position)
        active = {key for key, s in sections.items() if s.kind == "papers"}
        out.problems += [p for owner, p in maybe if owner is None or owner in active]
        out.problems.sort(key=lambda p: p.line)
        return out

    @staticmethod
    def _add_paper(out: Collected, f: _Found, section: Section, sub: str, position: int) -> None:
        parsed = f.parsed
        assert parsed is not None
        listing = Listing(section=section.slug, subsection=sub, position=position, line=f.line,
                          title=parsed.title, venue_tag=parsed.venue_raw, raw=f.raw)
        year = parsed.year
        if year is None:  # "## 2018" above a table of papers: the list dates them by heading
            year = next((int(h.title) for h in reversed(f.chain)
                         if h.year and h.title.strip().isdigit()), None)
        entry = Entry(title=parsed.title, llm=parsed.bold, venue_tag=parsed.venue_tag,
                      year=year, links=list(parsed.links), listings=[listing])
        if parsed.authors:
            entry.authors = list(parsed.authors)
            entry.authors_et_al = parsed.et_al
            entry.provenance["authors"] = "list"
        out.entries.append(entry)
        out.bold.append(parsed.bold)
        out.explain.append({"line": f.line, "section": section.slug, "subsection": sub,
                            "how": parsed.shape})

    @staticmethod
    def _add_dataset(out: Collected, f: _Found, section: Section, sub: str,
                     position: int) -> None:
        data = f.data
        fields = dict(data.fields)
        if sub:
            fields["table"] = sub
        listing = Listing(section=section.slug, subsection=sub, position=position, line=f.line,
                          title=data.name, raw=f.raw)
        out.entries.append(Entry(kind="dataset", title=data.name, links=data.links,
                                 listings=[listing], dataset=fields))
        out.bold.append(False)
        out.explain.append({"line": f.line, "section": section.slug, "subsection": sub,
                            "how": "dataset table row"})


def _is_tool(parsed: ParsedItem) -> bool:
    """`- VQGAN-CLIP [[code]](https://github.com/...)`: a name of five words or fewer, not a
    link itself, with nothing but code or demo links and no venue, year or authors."""
    return (parsed.shape != "title as link text" and len(parsed.title.split()) <= 5
            and not (parsed.venue_tag or parsed.year or parsed.authors)
            and all(lk.label.lower() in TOOL_LABELS for lk in parsed.links))


def _text_before_url(pieces: list[Piece]) -> str:
    text = "".join(p.text for p in pieces if p.kind == "text")
    cut = text.find("http")
    return text[:cut] if cut >= 0 else text


def _bare_url(pieces: list[Piece]) -> str:
    text = "".join(p.text for p in pieces if p.kind in ("text", "link"))
    match = re.search(r"https?://\S+", text)
    links = [p.href for p in pieces if p.kind == "link" and p.href.startswith("http")]
    return links[0] if links else (match.group(0).rstrip(".,;") if match else "")


def collect(blocks: list[Block], lines: list[str]) -> Collected:
    """Two passes over the outline: sections (in list order), one entry per listing, problems,
    and every link-bearing line that was skipped, with the reason."""
    walker = _Walker(blocks, lines)
    walker.read()
    return walker.assign()
