"""Walk the outline: items to sections, keep papers and datasets, report paper-like leftovers."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model import Entry, Listing, Section
from ..title_compare import title_key
from .items import ParsedItem, parse_item
from .markdown import Block, Heading, Item, Table
from .sections import SlugBook, heading_title, is_non_paper, section_level
from .tables import dataset_row, paper_row, table_kind

DEFAULT_SECTION = "Papers"


@dataclass
class Collected:
    """Everything one pass over the list found, in list order."""

    sections: list[Section] = field(default_factory=list)
    entries: list[Entry] = field(default_factory=list)  # one per listing, not yet deduplicated
    bold: list[bool] = field(default_factory=list)  # per entry: was its title bold
    problems: list[dict] = field(default_factory=list)


class _Walker:
    def __init__(self, blocks: list[Block], lines: list[str]) -> None:
        self.blocks = blocks
        self.lines = lines
        self.level = section_level(blocks)
        self.nav_titles = {title_key(heading_title(b)) for b in blocks if isinstance(b, Heading)}
        self.slugs = SlugBook()
        self.out = Collected()
        self.section: Section | None = None
        self.pending: Section | None = None  # heading seen, no entry yet
        self.subsection = ""
        self.skip = False
        self.position = 0
        self.maybe: list[tuple[object, dict]] = []

    def run(self) -> Collected:
        """Walk every block; then keep the problems that belong to paper sections."""
        for block in self.blocks:
            if isinstance(block, Heading):
                self._heading(block)
            elif self.skip:
                continue
            elif isinstance(block, Item):
                self._item(block)
            elif isinstance(block, Table):
                self._table(block)
        active = {id(s) for s in self.out.sections if s.kind == "papers"}
        self.out.problems += [p for owner, p in self.maybe if owner is None or id(owner) in active]
        self.out.problems.sort(key=lambda p: p["line"])
        return self.out

    def _heading(self, heading: Heading) -> None:
        title = heading_title(heading)
        if heading.level < self.level:
            return  # the list's own title
        if heading.level == self.level:
            self.pending = Section(slug="", title=title)
            self.section = None
            self.subsection = ""
            self.skip = is_non_paper(title)
        elif not self.skip:
            self.subsection = title

    def _current(self, kind: str) -> Section:
        if self.section is None:
            pending = self.pending or Section(slug="", title=DEFAULT_SECTION)
            pending.slug = self.slugs.unique(pending.title)
            pending.kind = kind
            self.section = pending
            self.out.sections.append(pending)
        elif kind == "papers":
            self.section.kind = "papers"  # a section with any paper is a paper section
        return self.section

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
        raw = self._raw(item.line, item.end_line)
        if self._is_nav(item):
            return
        if parsed.title and parsed.links:
            self._add_paper(parsed, item.line, raw)
        elif not folded and (parsed.paper_like or parsed.title):
            # A bare-text bullet counts only if its section turns out to list papers.
            owner = None if parsed.paper_like else (self.section or self.pending or self)
            reason = "no title" if not parsed.title else "no link"
            self.maybe.append((owner, {"line": item.line, "raw": raw, "reason": reason}))
        for child in folded:
            self._item(child)

    def _is_nav(self, item: Item) -> bool:
        """A table-of-contents link (`- [Survey](...#survey)`): names a heading, has an anchor."""
        links = [p for p in item.pieces if p.kind == "link"]
        return (len(links) == 1 and "#" in links[0].href
                and title_key(links[0].text) in self.nav_titles)

    def _add_paper(self, parsed: ParsedItem, line: int, raw: str) -> None:
        section = self._current("papers")
        self.position += 1
        listing = Listing(section=section.slug, subsection=self.subsection,
                          position=self.position, line=line, title=parsed.title,
                          venue_tag=parsed.venue_raw, raw=raw)
        self.out.entries.append(Entry(
            title=parsed.title, llm=parsed.bold, venue_tag=parsed.venue_tag, year=parsed.year,
            links=list(parsed.links), listings=[listing]))
        self.out.bold.append(parsed.bold)

    def _table(self, table: Table) -> None:
        context = " ".join(filter(None, [self.pending.title if self.pending else "",
                                         self.subsection]))
        kind = table_kind(table, context)
        for row in table.rows:
            raw = self._raw(row.line, row.line)
            if kind == "papers":
                parsed = paper_row(table, row)
                if parsed.title and parsed.links:
                    self._add_paper(parsed, row.line, raw)
                elif parsed.title or parsed.links:
                    reason = "no title" if not parsed.title else "no link"
                    self.maybe.append((None, {"line": row.line, "raw": raw, "reason": reason}))
            elif kind == "datasets":
                self._add_dataset(table, row, raw)

    def _add_dataset(self, table: Table, row, raw: str) -> None:
        data = dataset_row(table, row)
        if not data.name:
            self.maybe.append((None, {"line": row.line, "raw": raw, "reason": "no dataset name"}))
            return
        section = self._current("datasets")
        self.position += 1
        fields = dict(data.fields)
        if self.subsection:
            fields["table"] = self.subsection
        listing = Listing(section=section.slug, subsection=self.subsection,
                          position=self.position, line=row.line, title=data.name, raw=raw)
        self.out.entries.append(Entry(kind="dataset", title=data.name, links=data.links,
                                      listings=[listing], dataset=fields))
        self.out.bold.append(False)


def collect(blocks: list[Block], lines: list[str]) -> Collected:
    """One pass over the outline: sections (in list order), one entry per listing, problems."""
    return _Walker(blocks, lines).run()
