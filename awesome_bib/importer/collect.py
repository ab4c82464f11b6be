"""Walk the outline: items to sections, keep papers and datasets, report what was left out.

Two passes. The first reads every item, paragraph and table row with the chain of headings
above it. The second picks the task-section level (the shallowest heading level that directly
holds papers; year headings, the list's own title and navigation never count) and files each
item under its section. Every link-bearing line that does not become an entry is reported as
`skipped` with the reason, so that no list ends in silence.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any
from urllib.parse import urlsplit

from ..core.arxiv_ids import year_month_year
from ..core.identifiers import (
    CODE_HOSTS,
    DOI_IN_TEXT,
    asks_pdf,
    book_doi_link,
    code_link,
    code_or_video_link,
    local_page,
    paper_itself,
    paper_link,
    posted_doi_year,
    repository_home,
)
from ..core.names import CJK_PHRASE
from ..core.titles import LETTER_WORD, PHRASE_WORDS, RELATED, is_name, score, title_cased, title_key
from ..core.vocab import NON_PAPER_KINDS, PAPER_LABELS, RESOURCE_LABELS, TOOL_LABELS, SectionKind
from ..core.years import MONTH, YEAR, YEAR_GROUP, split_trailing_date, year_of
from ..model import Entry, Link, Listing, ListProblem, Section
from ..venues import lookup
from .authors import initialled, parse_authors, people_only
from .citations import AUTHOR_DATE_CITATION, INVERTED_AUTHOR_DATE, KEYED_CITATION
from .clean import clean_text, clean_title, is_mark, words
from .evidence import (
    authored_post,
    bracketed_kind,
    cited_paper,
    data_set_named,
    declared_linkless,
    declared_paper,
    labelled_not_paper,
    linkless_paper,
    links_only_lists,
    links_say_post,
    listed_paper,
    not_a_paper,
    noted_post,
    only_data_files,
    paper_evidence,
    paper_identity,
    paper_link_piece,
    path_label,
    person_home,
    presented_talk,
    repository_name,
    several_works,
    short_venue,
    site_home,
    software_name,
    title_phrase,
    titled_post,
    tool_links,
    unnamed_work,
)
from .field_lines import (
    FIELD_OPEN,
    FIELD_WORDS,
    PUBLISHER_LABELS,
    RECORD_FIELDS,
    RECORD_TITLE_LABELS,
    YEAR_LABELS,
    bare_paper_url,
    bold_only,
    bold_title_line,
    cites_another_work,
    closing_fields,
    dated_venue,
    field_label,
    fields_of_record,
    fill_field,
    headed_records,
    names_labels,
    names_with_date,
    note_of_parent,
    record_label,
    record_paper_links,
    title_below_label,
    title_line_above,
    venue_of_parent,
)
from .item_fields import (
    DATE_TAG,
    LABEL_WORDS,
    NAME_BEFORE,
    ParsedItem,
    is_resource_label,
    link_words,
    meaningful,
    normalise_venue,
)
from .items import (
    LINK_TEXT_TITLE,
    QUOTED_CITATION,
    SOURCED_LINK,
    TITLE_BELOW_LABEL,
    TITLE_BELOW_NAMES,
    VENUE_AND_YEAR_WORDS,
    add_cited_line,
    add_names_and_venue,
    add_venue_line,
    italic_venue,
    names_before_emphasis,
    parse_item,
    resource_label_before,
    rest_venue,
    year_venue_coded,
)
from .markdown import Block, Heading, Item, Piece, Table, plain, source_lines
from .sections import (
    SlugBook,
    day_without_year,
    heading_day,
    heading_title,
    heading_venue,
    heading_year,
    headings_venue_year,
    is_books,
    is_event,
    is_non_paper,
    is_period_heading,
    is_resource,
    is_tools,
    is_year_heading,
    list_venue_year,
    names_a_talk,
    names_a_task,
    names_only_talks,
    names_other_kind,
    names_papers,
    venue_name_heading,
    without_navigation,
)
from .tables import (
    VENUE_COLUMN,
    DateColumn,
    arxiv_years,
    author_column,
    citation_header,
    dataset_row,
    date_column,
    item_column,
    kind_column,
    name_column,
    paper_link_column,
    paper_row,
    paperless_row,
    placeholder,
    plain_titles,
    row_links_paper,
    short_date_year,
    table_kind,
    title_column,
    venue_column,
)
from .template import (
    AS_READ,
    INDUCED,
    INDUCED_ITEMS,
    Declared,
    Induced,
    Member,
    SectionTemplate,
    apply,
    apply_declared,
    common_notation,
    declared_by_heading,
    declared_for,
    induce,
    infer,
    list_place,
    name_and_description,
    names_line,
    notation,
    phrase,
    read_as,
    read_induced,
    read_names_line,
    section_venue_year,
    strip_label,
    title_like,
    titled,
    venue_year_span,
)
from .title_ends import (
    drop_affiliation_venues,
    fields_lead,
    open_with_colon_names,
    opening_fields,
    peel_bracket_names,
    peel_bracket_venues,
    peel_section,
    peel_title_ends,
)

DEFAULT_SECTION = "Papers"
#: A level holding at most this many papers under one heading, with deeper levels holding
#: more, is a container (a list title with its own paper link), not the section level.
STRAY = 2
#: A section where fewer than one item in RARE gives paper evidence is not a paper section:
#: only its items with evidence are papers.
RARE = 3
#: A news line or a note of the list's authors: dated first (`**[2024-06]**`, `2023/05:`) or
#: written in the first person.
_NEWS = re.compile(rf"^[\s\-*+\d.)]*[*_\[(]*\s*(?:{YEAR}\s*[-./年]\s*\d|{MONTH}\s+\d)"
                   r"|\b(?:we|our|us)\b", re.IGNORECASE)
#: A proceedings volume's title (`Proceedings of the First Workshop on Gender Bias in NLP`), or
#: a short name and its year ending in the word (`NLLP 2020 Proceedings`; a title ending in
#: it, `Argument Mining in Parliamentary Proceedings`, is a paper's): the volume holds many
#: works, it is not one paper.
_VOLUME = re.compile(rf"(?:the\s+)?proceedings\s+of\s+the\b"
                     rf"|(?:\S+\s+){{0,3}}{YEAR}\s+proceedings$", re.IGNORECASE)
#: Headings numbering one paper each, at least this many of them, make a level of records.
RECORD_HEADINGS = 3
#: A number in a heading: digits, Chinese numerals, or a Roman numeral as a word.
_NUMBERING = re.compile(r"\d+|[一二三四五六七八九十百零〇]+|\b[IVX]+\b")

#: A word of a heading or title, to compare a heading with the title under it.
_WORD = re.compile(r"[^\W_]+")
#: Items written as full citations without links that make a heading a section of papers.
CITED_ITEMS = 3
#: Papers stating their own year under a list's date headings that say what the dates are
#: (`_read_dates`).
READ_DATES = 3
#: A topic bullet (`1. 目标检测部分`, `- Value-based methods`) is a few words over papers.
TOPIC_WORDS = 5
TOPIC_PAPERS = 1
#: Words of a name over its title line (`**N-GCN and MixHop**`): a longer phrase is a title.
NAME_WORDS = 3
#: The share of a list's linked items that must be title phrases for its title's word
#: (`Papers`) to make them papers where nothing else does (`_titles_name_papers`).
TITLED_SHARE = 0.8
#: The words of a label link under a heading read as a paper (`[Reading Note]`, `[Paper1]`).
LABEL_LINK_WORDS = 3
#: Headings of one level that link papers under title phrases, enough to read them as papers.
HEADING_PAPERS = 2
#: Why a name linked to its repository is skipped.
TOOL_NAME = "a name linked to its repository that names no paper (a tool, data set or system)"


@dataclass(frozen=True)
class _Head:
    level: int
    title: str
    line: int
    non_paper: bool
    resource: bool
    year: bool
    linked: bool = False  # the heading is a link (`#### [Hande](http://www.hande.org.uk/)`)
    bulleted: bool = False  # written inside a bullet (`+ #### Expand Reduce`): see section_level
    read_date: bool = False  # a date the list's papers were read on, not theirs (`_read_dates`)


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
    pieces: list[Piece] | None = None  # a list item's inline pieces (for its section template)
    # a paragraph's pieces: where it writes its venue and year (`section_venue_year`) only
    para_pieces: list[Piece] | None = None
    # a post or white paper written as the papers are (its links say what it is): not a
    # paper, but an item its heading holds (it counts where the section level is decided)
    post: bool = False
    shape: tuple[tuple[str, ...], ...] = ()  # a paragraph's shape (paragraph_shape)
    cited: bool = False  # a paragraph without a link read as a citation (`_cited_paragraph`)
    heading: bool = False  # a heading read as a paper (`### [Title](arxiv) ICML 2016`)
    # a heading read as a paper that links nothing itself: its links are the label bullets
    # right under it (`### Title (ACM CSUR 2023)` over `* [Paper](pdf)`), none, none kept
    bare_heading: bool = False
    # a heading read as a paper only by its level's regularity (`_alike_heading`): kept where
    # its level's other headings are papers, never counted to decide that
    alike: bool = False
    # a table row's year from its short date (`23.07`): it dates the row once the row is
    # judged a paper, never counts as evidence that it is one (a table dates its repositories)
    dated: int | None = None
    # the paper this item is written under as a child line (`_child_labels`)
    parent: _Found | None = field(default=None, compare=False, repr=False)
    # the item as a declared template reads it, when it fits and is a paper: the person's
    # word, which no later pass of inference overrides (`_declared_wins`)
    declared: ParsedItem | None = field(default=None, compare=False, repr=False)
    # read by the template induced from the list's linkless items (`_induced_template`): its
    # title is that template's, neither peeled nor counted in its section's peeling votes
    induced: bool = False


@dataclass
class Collected:
    """Everything one pass over the list found, in list order."""

    sections: list[Section] = field(default_factory=list)
    entries: list[Entry] = field(default_factory=list)  # one per listing, not yet deduplicated
    bold: list[bool] = field(default_factory=list)  # per entry: was its title bold
    problems: list[ListProblem] = field(default_factory=list)
    skipped: list[ListProblem] = field(default_factory=list)  # link-bearing lines not imported
    explain: list[dict[str, Any]] = field(default_factory=list)  # per entry: how it was read
    templates: list[SectionTemplate] = field(default_factory=list)  # per section (--explain)


class _Walker:
    def __init__(self, blocks: list[Block], lines: list[str],
                 declared: dict[str, Declared] | None = None, explain: bool = False) -> None:
        self.blocks = blocks
        self.lines = lines
        self.declared = declared or {}
        # each item's pieces and its own lines as written (its child lines not with them), by
        # its line, kept for the items without a link, and for all when a person declared a
        # template: what a declared or induced template is matched against
        self.item_text: dict[int, tuple[list[Piece], str]] = {}
        # linkless paragraphs of several lines: their lines may be items written alike
        # (`_induced_lines`)
        self.linkless_paragraphs: list[tuple[tuple[_Head, ...], Item]] = []
        self.explain = explain
        self.templates: list[SectionTemplate] = []
        self.agreed: set[int] = set()  # lines of structure-word headings whose items are papers
        # ... of those, the ones holding nothing themselves, over subheadings of papers (`##
        # Table of Contents` over `### Scheduling`): containers, their subheadings the topics
        self.bodies: set[int] = set()
        # items skipped for an events heading's word, as read (`_events_agree_on_papers`)
        self.event_items: list[tuple[_Found, ParsedItem, list[Piece]]] = []
        self.listed_titles: set[int] = set()  # ids of bare titles of a list naming its venue
        # heading line -> the venue it names, for venue headings inside a year heading
        self.year_venues: dict[int, str] = {}  # (`_venues_in_years`)
        self._leads: dict[int | None, str] = {}  # heading line -> its papers' dated lead
        self.direct: dict[int, int] = {}  # heading line -> papers it holds directly
        self.held: set[int] = set()  # levels where a heading holds more than STRAY papers
        self.topic_levels: set[int] = set()  # levels whose headings are sections on a branch
        self._cited_heads: set[int] | None = None  # headings whose items are cited papers
        self._cited_seen = -1  # len(self.found) when _cited_heads was counted
        self.nav_titles = {title_key(heading_title(b)) for b in blocks if isinstance(b, Heading)}
        self.chain: tuple[_Head, ...] = ()
        # (`_books_heading`'s answer for the chain it was read for)
        self.books_for: tuple[_Head, ...] | None = None
        self.books_heading: str | None = None
        self.found: list[_Found] = []
        self.pending: list[Item] = []  # paragraphs without links: a title (and authors) line
        self.pending_used = False  # a label list (`- Paper: url`) took the pending title
        self.plain_titles: frozenset[int] | None = None  # `_plain_title_lines`, read once
        # `Seminars:` before a list: a label line naming talks, courses, ... (is_resource)
        # says what the list under it holds, as a heading would
        self.label = ""
        self.first_heading = next((b for b in blocks if isinstance(b, Heading)), None)
        self.bullet_venue = ""  # the venue a bullet over the items being read names
        self.bullet_year: int | None = None  # the year a bullet over them is (`- **Year 2025**`)
        # the year a paragraph that is only a date above them is (`**2024**`: `_date_line`)
        self.line_year: int | None = None
        self.topic_bullets: list[_Head] = []  # bullets read as topic headings (_topic_bullet)
        self.edition_children: set[int] = set()  # lines of titles under a venue's edition bullet
        self.titled_list = False  # its titles are its papers' evidence (_titles_name_papers)
        # no heading below the list's first: its bullets are all the structure it has (topic
        # bullets are its sections only then; under headings they are the headings' notes)
        self.flat = not any(isinstance(b, Heading) and b.level > self.first_heading.level
                            for b in blocks) if self.first_heading is not None else True
        self.title_level = self._title_level()
        self.alike = _tables_alike(blocks)
        # whether most rows of the tables alike link papers, per header (`_dated_rows_without_
        # link`: counted once, not again for each table sharing the header)
        self.alike_linked: dict[int, bool] = {}
        # labelled-field records (`**Title:** [Title](url)` / `**Authors:** ...`): the label
        # that opens most labelled paragraphs with links, and the record it last opened
        self.record_label = record_label(blocks)
        self.record: _Found | None = None
        # a record written as flat bullets (`- **Paper**: [Title](url)` / `- **Authors**: …`)
        self.bullet_record: _Found | None = None
        self.heading_paper: _Found | None = None  # the heading just read, if it may be a paper
        # the list writes arXiv's year-month code after "arXiv" (`arXiv 1708; ICCV Workshop
        # 2017`): seen once, a later `arXiv 2005` is May 2020, not the year 2005
        self.arxiv_codes = False
        self.names_labels: Counter[str] | None = None  # (`_names_labels`)
        self.titled_labels: dict[int, bool] = {}  # `_label_over_titled_lines`, per item
        self.linked_labels: dict[int, bool] = {}  # `_label_over_linked_titles`, per item
        self.label_links: set[int] = set()  # lines of label bullets a bare heading gathered
        self.found_at_heading = 0  # len(self.found) when the last heading was read
        self.level_at: dict[int, int] = {}  # heading line -> its level
        self.dated_heads: list[_Found] = []  # linkless `## Title (2011)` headings
        self.dated_papers: set[int] = set()  # ids of those read as papers (_dated_headings)
        # ids of items read as papers by the list's regularity alone (the rows of a table of
        # unlinked titles, `_table`; a paragraph written as most of the list's paper
        # paragraphs, `_paragraph_items`): their evidence is the list's, not their own
        self.alike_papers: set[int] = set()
        # ids of table rows of whole items, papers by their own evidence (`linkless_paper`),
        # that link only the list's own page on them (a write-up: no link kept)
        self.noted_rows: set[int] = set()
        # ids of bare title lines under a date line (`_title_column`), papers by their heading
        self.column_titles: set[int] = set()
        self.record_heads: set[int] = set()  # headings over one record of bullets (_bullet_records)
        # per heading: its items with a plain child line, and those whose names it gave
        self.plain_lines: dict[int | None, int] = {}
        self.child_names: dict[int | None, list[ParsedItem]] = {}

    def _title_level(self, papers: frozenset[int] | set[int] = frozenset()) -> int:
        """The level of the list's own title (one heading, first, shallowest), else -1 (no
        heading's: a page title from front matter is level 0); the headings at lines `papers`
        are papers, not headings."""
        # (a heading resumed after a collapsed block of its own, markdown._unfold, is one)
        heads = list({b.line: b for b in self.blocks
                      if isinstance(b, Heading) and b.line not in papers}.values())
        levels = [h.level for h in heads]
        deeper = [h for h in heads if h.level > min(levels, default=0)]
        # (topic bullets, `1. 目标检测部分` over papers, are headings under the title too)
        topics = [t for t in self.topic_bullets if t.level > min(levels, default=0)]
        if self.first_heading and levels.count(min(levels)) == 1 \
                and self.first_heading.level == min(levels) and (deeper or topics) \
                and not (all(is_year_heading(heading_title(h)) for h in deeper)
                         and all(t.year for t in topics)):
            return min(levels)  # "## Survey" over "### 2024" only is a section, not a title
        return -1

    def _list_title(self) -> str:
        """The list's own title (its first heading, when that is the title), "" if none."""
        return heading_title(self.first_heading) \
            if self.first_heading is not None and self.title_level >= 0 else ""

    # -- first pass ---------------------------------------------------------------------

    def read(self) -> None:
        for at, block in enumerate(self.blocks):
            # a citation paragraph right under a paragraph that is only a link is that link's
            # paper written out, unless a links line under it makes it that line's title
            if isinstance(block, Item) and block.paragraph \
                    and not any(p.kind == "link" for p in block.pieces) \
                    and not _bare_url(block.pieces) \
                    and not _links_line(self.blocks[at + 1:at + 2]) \
                    and self._cites_last(block):
                continue
            if isinstance(block, Heading):
                self._heading(block)
            elif isinstance(block, Table):
                self.pending, self.label, self.record = [], "", None
                self.bullet_record = None
                self._table(block)
            elif block.paragraph:
                self.label = _resource_label(block)
                self.bullet_record = None
                for part in _link_column(block):
                    self._paragraph(part)
            else:
                if self._heading_field(block):
                    continue
                if self.pending and self._label_list(block):
                    self.pending_used = True
                    continue
                self.pending, self.pending_used, self.record = [], False, None
                if self._bullet_record_field(block):
                    continue
                start = len(self.found)
                for part in _lines_written_as_items(block):
                    self._item(part)
                self._open_bullet_record(block, at + 1, start)

    def _open_bullet_record(self, block: Item, next_at: int, start: int) -> None:
        """`- **Paper**: [Title](arxiv)` over sibling bullets `- **Authors**: ...`, `-
        **Presenter**: ...`: a bullet labelled as the paper (`Paper`, `Title`), read as one,
        whose next sibling opens with another field's label opens a record written as flat
        bullets; the bullets after it are its fields (`_bullet_record_field`)."""
        self.bullet_record = None
        label, value = field_label(block.pieces)
        if not label or not set(words(label)) & RECORD_TITLE_LABELS:
            return  # (cheap first; the blocks after it are read only for a paper's label)
        after = self.blocks[next_at:next_at + _RECORD_RUN]
        if not after or not isinstance(after[0], Item) or after[0].paragraph:
            return
        below = field_label(after[0].pieces)[0]
        papers = [f for f in self.found[start:] if f.kind == "paper"]
        if not papers:
            # `- **Title:** Testing Effect on High-Level Cognitive Skills`, no link: its record
            # may link it (`- **Links:**` over `  - [PMC](url)`); a paper once it does
            # (the label is only a title's word: `**abstract grammar**:` opening a line of
            # `**topic**: Author. "Title"` items holds the word but labels a topic)
            named = parse_item(value).title
            papers = [f for f in self.found[start:] if f.kind == "problem"
                      and f.reason == "no link" and f.parsed is not None
                      ] if set(words(label)) <= RECORD_TITLE_LABELS and title_like(named) else []
        if below and not set(words(below)) & RECORD_TITLE_LABELS and len(papers) == 1 \
                and not _another_paper_in_run(after):
            self.bullet_record = papers[0]
            if papers[0].kind == "problem" and papers[0].parsed is not None:
                papers[0].parsed.title = named  # (the field's value, not its label)

    def _bullet_record_field(self, block: Item) -> bool:
        """Whether a bullet is a field of the flat record open above it (`_open_bullet_record`):
        one opening with a label other than the paper's (`**Authors**: …`, `**Presentation**:
        [Slides](url)`), or a bold label and its links with no title phrase (`**Presenter**
        [Name](url)`, `**[Community Discussion](url)**`). Names under an authors label with no
        link fill the paper's authors; the rest (who presented it, their slides, a forum) is
        about the discussion, no paper and no link of the paper's. A bullet labelled as the
        paper, or a title phrase of its own, closes the record."""
        record = self.bullet_record
        if record is None or record.parsed is None or record.chain != self.chain:
            self.bullet_record = None
            return False
        label, after = field_label(block.pieces)
        if record.kind == "problem" and label and set(words(label)) & _LINKS_LABELS:
            # `- **Links:**` over `  - [PMC](url)`, `  - [Journal](url)` in the record of a
            # title that links nothing: the record's own links, the paper's
            for part in [after, *(child.pieces for child in block.children)]:
                held = {x.url for x in record.parsed.links}
                record.parsed.links += [lk for lk in parse_item(part).links if lk.url not in held]
            written = DOI_IN_TEXT.search(plain(after)) if "doi" in words(label) else None
            if written is not None:  # `- **DOI:** 10.1187/cbe.19-10-0193`
                record.parsed.links.append(Link("doi", f"https://doi.org/{written.group(0)}"))
            if record.parsed.links:
                record.kind, record.reason = "paper", ""
            self.found.append(_Found("skipped", self.chain, block.line,
                                     self._raw(block.line, block.end_line),
                                     reason=f"a field of the record above ('{label}'), not a "
                                            "paper"))
            return True
        if label and set(words(label)) & RECORD_TITLE_LABELS or not label and (
                not block.pieces or not block.pieces[0].strong
                or title_like(parse_item(block.pieces).title)):
            self.bullet_record = None
            return False
        if label and not any(p.kind == "link" for p in after):
            fill_field(record.parsed, after, label)
        self.found.append(_Found("skipped", self.chain, block.line,
                                 self._raw(block.line, block.end_line),
                                 reason=f"a field of the record above ('{label or 'label'}'), "
                                        "not a paper"))
        return True

    def _heading(self, heading: Heading) -> None:
        self.pending, self.pending_used, self.line_year = [], False, None
        self.record = self.bullet_record = None
        self.label = ""
        title = heading_title(heading)
        links = [p for p in heading.pieces if p.kind == "link"]
        head = _Head(heading.level, title, heading.line, is_non_paper(title), is_resource(title),
                     is_year_heading(without_navigation(heading, title)),
                     len(links) == 1 and title_key(links[0].text)
                     == title_key(title), heading.bulleted)
        above = tuple(h for h in self.chain if h.level < heading.level)
        topic = self._topic_of_years(head)
        if topic is not None:  # `### DL based approach`, a note, `### 2026`, `### 2025`
            above = self.chain[:self.chain.index(topic) + 1]
            head = replace(head, level=topic.level + 1)
        elif self._year_too_deep(head):
            # `## 2025` > `### Conference`, then `### 2024` over `### Conference`: the year
            # heading is one of `## 2025`'s level, its topics come after it
            year = replace(self.chain[-1], level=self.chain[-2].level)
            above = tuple(h for h in self.chain[:-2] if h.level < year.level) + (year,)
        self.found_at_heading = len(self.found)
        self.chain = above + (head,)
        self.heading_paper = None
        self.level_at[heading.line] = heading.level
        parsed = parse_item(heading.pieces)
        dated = _dated_title_link(heading.pieces)
        if dated is not None and parsed.year is None:
            parsed = replace(parsed, year=dated[1])
        link = next((p for p in links if paper_link(p.href) and title_like(p.text)), None) \
            or (dated[0] if dated is not None else None)
        if link is not None and parsed.title and title_key(parsed.title) != title_key(link.text) \
                and names_line(parsed.title):
            # `### Sutton et al. [Title](pdf) NIPS 1999`: the names before the linked title
            names = parsed.title
            parsed = replace(parsed, title=clean_text(link.text), title_is_label=False)
            read_names_line(parsed, names)
            tail = "".join(p.text for p in heading.pieces[heading.pieces.index(link) + 1:]
                           if p.kind == "text")
            venue = rest_venue(tail, named=True) if not parsed.venue_tag else ""
            if venue and len(venue.split()) <= VENUE_AND_YEAR_WORDS:  # `... NIPS 1999`
                parsed.venue_raw, parsed.venue_tag = venue, normalise_venue(venue)
                parsed.year = parsed.year or year_of(parsed.venue_tag)
        # `###### 1) *"Title"* [[paper](pdf)]`: the title is text, the link labelled the paper
        labelled = (paper_link_piece(heading.pieces) or _dated_link(heading.pieces, parsed)) \
            if link is None else None
        if (link or labelled) is not None and listed_paper(parsed) \
                and not parsed.title_is_label and title_like(parsed.title):
            # `### 1. [Deep Residual Learning ...](arxiv) (ResNet)`: maybe a paper written as a
            # heading; `_headings_as_papers` decides once the list's other headings are known
            parsed = replace(parsed, shape="a paper written as a heading")
            self.heading_paper = _Found("paper", above, heading.line,
                                        self._raw(heading.line, heading.line), parsed,
                                        pieces=heading.pieces, heading=True)
            self.found.append(self.heading_paper)
        elif not links and parsed.title and not parsed.links and not parsed.title_is_label \
                and not head.year and not head.non_paper and title_like(parsed.title) \
                and not _BRACKETED.fullmatch(clean_text(plain(heading.pieces)).strip()):
            # `### Demystify the Fuzzing Methods: A Comprehensive Survey (ACM CSUR 2023)` over
            # `* [Link](doi)` / `* [Paper](pdf)`: maybe a paper written as a heading whose
            # links are the label bullets under it (`_label_link_under_heading`); kept only
            # where it gathers one and `_headings_as_papers` reads its level's headings so
            self.heading_paper = _Found("paper", above, heading.line,
                                        self._raw(heading.line, heading.line),
                                        replace(parsed, shape="a paper written as a heading "
                                                              "over its label links"),
                                        pieces=heading.pieces, heading=True, bare_heading=True)
            if parsed.year is not None and _dated_title(parsed):  # (`_dated_headings`)
                self.dated_heads.append(replace(
                    self.heading_paper, parsed=replace(parsed, shape="a paper written as a "
                                                                     "heading with its year")))
            # (listed only once it gathers a link: until then it is a heading like any other)
        elif not head.year and not head.non_paper and not head.resource \
                and (alike := _alike_heading(heading, links, title)) is not None:
            # `#### [Adversarial Patch](arxiv)` among `#### [Title](url)` papers: written as
            # they are, a paper where its level's headings are (`_headings_as_papers`)
            self.heading_paper = _Found("paper", above, heading.line,
                                        self._raw(heading.line, heading.line),
                                        replace(parsed, title=alike, title_is_label=False,
                                                shape="a paper written as a heading, like "
                                                      "the headings beside it"),
                                        pieces=heading.pieces, heading=True, alike=True)
            self.found.append(self.heading_paper)

    def _topic_of_years(self, head: _Head) -> _Head | None:
        """The topic heading a year heading belongs under although written at its level: a
        run of year headings right after a topic heading of the same level that holds no item
        of its own (`### DL based approach`, a note, `### 2026`, `### 2025`) dates that
        topic's papers; it does not end the topic (the year is a subsection, as under a
        deeper heading). An empty heading (`##`), a table of contents or a heading of talks
        is no topic. None for any other heading."""
        if not head.year or not self.chain:
            return None
        last = self.chain[-1]
        if last.year and len(self.chain) > 1 and last.level == head.level + 1 \
                and self.chain[-2].level == head.level:
            return self.chain[-2]  # the run goes on: `### 2025` after `### 2026`
        if last.level != head.level or last.year or last.level == self.title_level \
                or last.non_paper or last.resource or not words(last.title) \
                or any(f.kind != "skipped" for f in self.found[self.found_at_heading:]):
            return None  # (a note under the topic, `Note this table is from [here](url)`, is
            # no item of it)
        return last

    def _year_too_deep(self, head: _Head) -> bool:
        """Whether the year heading before a topic heading is written one level too deep: it
        holds no item of its own, the topic heading is of its level, and it stands right under
        a year heading one level above (`## 2025` > `### Conference` ..., `### 2024`, `###
        Conference`): the list groups its topics by year at that level, and this year is one
        of them (the mirror of `_topic_of_years`); its topics are dated by it, not by the
        year above. Silent where the heading above is no year (`## Papers` > `### 2024`)."""
        if head.year or len(self.chain) < 2:
            return False
        last, above = self.chain[-1], self.chain[-2]
        return last.year and last.level == head.level and above.year \
            and above.level == last.level - 1 and above.level != self.title_level \
            and not any(f.kind != "skipped" for f in self.found[self.found_at_heading:])

    @staticmethod
    def _topic_bullet(item: Item, parsed: ParsedItem, folded: list[Item]) -> bool:
        """Whether a bullet is a topic over the papers under it: its own text a few words
        (TOPIC_WORDS at most) with no link, venue, year or authors, and TOPIC_PAPERS or more of
        its children linking something under a text of their own."""
        if any(p.kind == "link" for p in item.pieces) or paper_evidence(parsed) \
                or not words(parsed.title) \
                or len(clean_text(parsed.title).split()) > TOPIC_WORDS:
            return False
        linked = 0
        for child in folded:
            sub = parse_item(child.pieces)
            linked += bool(sub.title and sub.links and not sub.title_is_label)
            if linked >= TOPIC_PAPERS:
                return True
        return False

    def _label_over_titled_lines(self, parsed: ParsedItem, children: list[Item]) -> bool:
        """Whether an item is a label (no title phrase) over two or more child lines that
        link nothing and read as title phrases with their venue and year (`_titled_line`):
        written alike, they are papers, not the label's fields (a title phrase over one such
        line, `Extended version of the workshop paper, ICLR 2019`, is a paper and its note).
        Asked once per item (cached by the item's first child's line)."""
        key = children[0].line if children else -1
        if key not in self.titled_labels:
            self.titled_labels[key] = not title_like(parsed.title) \
                and sum(_titled_line(child) for child in children[:4]) >= 2
        return self.titled_labels[key]

    def _label_over_linked_titles(self, parsed: ParsedItem, item: Item) -> bool:
        """Whether an item is a label (no title phrase, no link) over two or more child
        lines that link their title phrases (papers of the label's, not its fields). Asked
        once per item (cached by its line)."""
        if item.line not in self.linked_labels:
            linked = 0
            if not title_like(parsed.title):
                for child in item.children[:6]:
                    sub = parse_item(child.pieces) if any(
                        p.kind == "link" for p in child.pieces) else None
                    linked += sub is not None and bool(sub.links) and title_like(sub.title)
            self.linked_labels[item.line] = linked >= 2
        return self.linked_labels[item.line]

    @staticmethod
    def _title_line_under_name(parsed: ParsedItem, child: Item, siblings: list[Item]) -> bool:
        """`- **ATP**` over `  - ATP: Directed Graph Embedding with ..., AAAI'19` and `  -
        [[paper]](url)`: an item that is only a name (no title phrase, no link of its own),
        whose first child line links nothing and reads as a title phrase with its venue and
        year, has its title on that line, unless a later child line is written so too (a
        label over several such lines holds papers); the name is a label. The item takes the child's
        title, venue and year (its other children add its links, as under any title)."""
        if parsed.links and parsed.title and not any(p.kind == "link" for p in child.pieces):
            return _title_under_linked_name(parsed, child)
        if parsed.links or not parsed.title or parsed.venue_tag or parsed.year is not None \
                or title_like(parsed.title) and len(parsed.title.split()) > NAME_WORDS \
                or any(p.kind == "link" for p in child.pieces):
            return False  # (`N-GCN and MixHop`: names joined, no phrase of a title's length)
        sub = parse_item(child.pieces)
        if not (title_like(sub.title) and sub.venue_tag and sub.year is not None):
            return False
        if any(_titled_line(other) for other in siblings[1:]):
            return False  # (`* Ambiguous` over several such lines: a label over papers)
        parsed.name, parsed.title, parsed.bold = parsed.title, sub.title, sub.bold
        parsed.venue_raw, parsed.venue_tag, parsed.year = sub.venue_raw, sub.venue_tag, sub.year
        parsed.authors, parsed.et_al = sub.authors, sub.et_al
        parsed.title_is_label = False
        parsed.shape = "title on the child line under a name"
        return True

    def _heading_field(self, item: Item) -> bool:
        """A labelled bullet right under a heading read as a paper (`- **Venue**: CVPR 2016`,
        `- **Authors**: K. He, X. Zhang`): a field of that paper, not an item."""
        paper = self.heading_paper
        if paper is None or paper.parsed is None or not self.chain or paper.bare_heading \
                or self.chain[-1].line != paper.line or item.children:
            return False
        label, after = field_label(item.pieces)
        if not label or any(p.kind == "link" for p in after) or _bare_url(after):
            return False
        fill_field(paper.parsed, after, label)
        return True

    def _raw(self, start: int, end: int) -> str:
        return "\n".join(self.lines[start - 1:max(end, start)]).rstrip()

    def _label_link_under_heading(self, item: Item, parsed: ParsedItem) -> None:
        """`* <img src=link.png>[Paper](pdf)` right under a heading that may be a paper and
        links nothing itself (`bare_heading`): a bullet whose only text is a label (no title
        phrase: `Link`, `Paper1`, `Reading Note`) gives that paper its links. The bullet is
        still read as it is; `_headings_as_papers` decides which reading stands."""
        paper = self.heading_paper
        if paper is None or not paper.bare_heading or paper.parsed is None or not self.chain \
                or self.chain[-1].line != paper.line or item.children or not parsed.links \
                or title_like(parsed.title):
            return
        texts = [p.text for p in item.pieces if p.kind == "text" and p.text.strip()]
        labels = [link_words(p) for p in item.pieces if p.kind == "link"]
        if texts or not labels or any(len(label.split()) > LABEL_LINK_WORDS
                                      for label in labels):
            return  # (`[DocSmell Benchmark](url), benchmark dataset of ...`: a work described)
        if not paper.parsed.links:
            self.found.insert(self.found_at_heading, paper)
        self.label_links.add(item.line)  # (the heading's links: no paper it holds)
        seen = {lk.url for lk in paper.parsed.links}
        paper.parsed.links += [lk for lk in parsed.links if lk.url not in seen]

    def _item(self, item: Item, parent: _Found | None = None) -> None:
        """A list item and the items folded under it; `parent`: the paper whose child it is."""
        if not item.pieces and item.children and item.children[0].line == item.line \
                and not item.children[0].children:
            # `* * ⭐(Venue 2024) *Name* [[Paper](url)]` over `    * 🍬 Title`: a doubled marker
            # opens a list inside an empty item; the item is its first line, the lines after it
            # are that line's (as they would be under a single marker)
            item = replace(item.children[0], children=item.children[1:],
                           end_line=item.end_line)
        if item.end_line > item.line and not item.children:  # (cheap first: one line)
            item = _enumerated_lines(item)
        parsed = parse_item(item.pieces)
        if self.heading_paper is not None and self.heading_paper.bare_heading:
            self._label_link_under_heading(item, parsed)
        papers = _titles_under_name(parsed, item)
        if papers:  # `` - `Deep Compression` `` over `1. **《Title》**`, `2. ArXiv：url`: a label
            for paper in papers:  # over its papers, each listed on its title's line
                self._item(paper, parent)
            return
        below = title_below_label(item.pieces, parsed)
        if below is not None:  # `1. 【ICLR-2017 GCN】<br>` over `[Title](arxiv)`: listed on
            parsed = below[0]  # its title's line
            item = replace(item, line=item.line + below[1])
        folded = []
        venue_lines: list[tuple[Item, ParsedItem, ParsedItem]] = []
        topic = False  # a child is a paper of its own (a title phrase): the item is a topic
        # a child line of plain text; one that gave the item's names, and nothing else
        plain_line = bare = False
        at = item.line  # the item's line: its title's
        if below is None and parsed.title and item.end_line > item.line \
                and any(p.newline for p in item.pieces):  # (cheap first: one line)
            at += _title_line_offset(item.pieces, parsed.title, marked=True,
                                     below=parsed.shape in (TITLE_BELOW_NAMES, TITLE_BELOW_LABEL))
        # a topic bullet of a list without section headings (`1. 目标检测部分` over papers): its
        # children are its items, the linkless ones too, never its fields (`_topic_bullet`)
        topical = bool(item.children) and self.flat and all(
            self.first_heading is not None and h.line == self.first_heading.line
            for h in self.chain) and self._topic_bullet(item, parsed, item.children)
        fielded = fields_of_record(item.children)
        edition = _edition_bullet(item, parsed)
        if edition is not None:
            # (under a venue's edition, `- **SATO: Spiking Neural Network Acceleration …**`
            # is a title after its name, no record's field: only a field's word labels one)
            fielded = {line: label for line, label in fielded.items()
                       if set(words(label)) & FIELD_WORDS}
        declared = declared_for(self.declared, [h.title for h in self.chain]) \
            if self.declared else None
        # (one child that is a paper's bare URL under an item linking no paper: its link)
        sole_url = bool(item.children) and sum(bare_paper_url(c) for c in item.children) == 1 \
            and not any(paper_link(lk.url) for lk in parsed.links)
        for child in item.children:
            if declared is not None and not child.children and not paper_identity(parsed) \
                    and self._fits_declared(declared, child):
                # a child line that fits the declared template is a paper of its own, not a
                # field or note of the item over it (`* **Gibson** [[Website]](url)` over
                # `  * Gibson Env: real-world perception for embodied agents. CVPR 2018`);
                # under an item that links its paper, its lines are that paper's notes (a
                # talk on it, `  - Keynote by Thomas Kipf on graph networks, NeurIPS 2019`)
                folded.append(child)
                continue
            if at == item.line and not child.children and child is item.children[0] \
                    and self._title_line_under_name(parsed, child, item.children):
                at = child.line  # `- **ATP**` / `  - ATP: Title, AAAI'19`: the title's line
                continue
            if child.line in fielded:
                label, after = fielded[child.line], child.pieces
                named = set(words(label))
                if named & FIELD_WORDS and not any(p.kind == "link" for p in after):
                    # `- Publish Date: 2026.06.18` (the record's year: other fields are
                    # notes), `* Authors: Ann Lee and Bob Roe (2016)`, `* Journal: Autonomous
                    # Robots, vol. 32, …`: the record's field, as a field line alone gives it
                    fill_field(parsed, [Piece("text", plain(after).split(":", 1)[-1]
                                               .split("：", 1)[-1])], label)
                    if named & YEAR_LABELS:
                        continue
                if not parsed.links and record_paper_links(label, after):
                    # `+ **Download:** [PDF](url)` under a record's bold title that links
                    # nothing: the field labels the record's paper itself
                    parsed.links += parse_item(after).links
                closing_fields(parsed, after)  # `- Comments: ... (ICML 2025)`
                continue
            if edition is not None and bold_only(child.pieces) \
                    and title_like(parse_item(child.pieces).title):
                # `- **MICRO2022**` over `  - **Sparseloop: An Analytical Approach …**`: a
                # title phrase set off in bold under a venue's edition is a paper of it, no
                # field or note of the label's, whatever its name before a colon (a plain
                # line there, `- Best paper candidates announced`, is a note: no title's mark)
                folded.append(child)
                self.edition_children.add(child.line)
                topic = True
                continue
            labelled = FIELD_OPEN.match(plain(child.pieces)) if not child.children else None
            if labelled and set(words(labelled.group(1))) & FIELD_WORDS \
                    and not any(p.kind == "link" for p in child.pieces):
                # `- Venue: NeurIPS 2014`, `- Authors: Ann Lee, Bob Roe`: a field of the item
                fill_field(parsed, [Piece("text", plain(child.pieces)[labelled.end():])],
                            labelled.group(1))
                continue
            if note_of_parent(child, its_link=sole_url):
                closing_fields(parsed, child.pieces)
                continue  # `- Key: dyna architecture`, `- ExpEnv: [mujoco](url)`: a note
            sub = parse_item(child.pieces)
            if sub.links and parsed.title \
                    and (venue := venue_of_parent(parsed, child.pieces)) is not None:
                venue_lines.append((child, sub, venue))  # `- in TIFS 2018, [[pdf]](url)`
            elif child.quoted and sub.links and sub.title and not sub.title_is_label:
                continue  # `> ... building on [ResNet](url) ...`: a quote is no paper of its own
            elif sub.links and parsed.title and parsed.links \
                    and not any(p.kind == "link" for p in child.pieces) \
                    and not any(paper_link(lk.url) for lk in sub.links):
                # `- 이건 … 과제 레포트다. 코드도 공개되어있다. https://github.com/…` under a linked
                # paper: prose with a bare URL that links no paper is a note on the paper, its
                # URL one of the paper's links, no paper of its own
                parsed.links += [lk for lk in sub.links if lk.url not in
                                 {x.url for x in parsed.links}]
            elif parsed.title and parsed.links and _lower_label_link(child):
                # `- [presentation](slides)`, `- [juliaCon](pdf)` under a linked paper: a
                # label as written (one word in lower case), the paper's link, no paper
                parsed.links += [lk for lk in sub.links if lk.url not in
                                 {x.url for x in parsed.links}]
            elif sub.title and sub.links and not sub.title_is_label:
                folded.append(child)
                topic = topic or title_like(sub.title)
            elif cited_paper(sub) and linkless_paper(sub) and (
                    not parsed.links or parsed.shape.startswith("citation") and parsed.authors
                    and title_key(sub.title) != title_key(parsed.title)):
                # a full citation under a topic bullet with no link, or under a paper cited
                # in full (`* 2013 M. Braun, … Title. … doi: 10.1007/…` over `  * 2016 Title,
                # Names`): another paper, its own
                folded.append(child)
            elif not parsed.links and parsed.year is None and not parsed.venue_tag \
                    and linkless_paper(sub) and title_like(sub.title) \
                    and self._label_over_titled_lines(parsed, item.children):
                # `* Ambiguous` over `  * EAST : An Efficient ... (X.Zhou, 17'CVPR)`: a child
                # that is a paper by its own evidence (title phrase, year, venue or names)
                # under a label with no link or field of its own is no field of that label
                folded.append(child)
                topic = True
            elif not parsed.links and not sub.links and not child.children \
                    and title_like(sub.title) and title_cased(sub.title) \
                    and self._label_over_linked_titles(parsed, item):
                # `- **CVPR**` over `- ***Name:*** Title [[Paper]](url)` lines and one
                # `- ⚠️ Title` that links nothing yet: written as its siblings are, a paper
                # of the label's (reported without its link), no field of the label
                folded.append(child)
                topic = True
            elif sub.links:  # "[pdf](url)", "Paper: https://...": the parent's links
                parsed.links += [lk for lk in sub.links if lk.url not in
                                 {x.url for x in parsed.links}]
            elif child.children or topical and sub.title:
                folded.append(child)  # a topic bullet ("- Value-based"): its items in turn
            elif not sub.links and child.pieces:
                # "-   Ann Author, Bob Writer. *ICML 2019*" under the paper: its authors, venue
                plain_line, before = True, (bool(parsed.authors), parsed.year, parsed.venue_tag)
                text = "".join(p.text for p in child.pieces if p.kind == "text")
                if _names_then_emphasis(child.pieces):
                    # `- Richard S. Sutton. *ACM 1991*`: plain names, then the venue set off in
                    # italics; a short line, but not a venue line
                    if not add_names_and_venue(parsed, text):
                        add_venue_line(parsed, text)
                    elif parsed.authors and not parsed.venue_tag:
                        # `- Ann Author, Bob Writer. *MIA*`: the italic tail is the venue
                        # even without its year (the list dates the item elsewhere or not)
                        tail = clean_text(next(p.text for p in reversed(child.pieces)
                                               if p.kind == "text" and p.text.strip()))
                        if italic_venue(tail.strip(" .,")):
                            parsed.venue_raw = parsed.venue_tag = tail.strip(" .,")
                elif _names_then_emphasised_venue(child.pieces) \
                        and _reads_names_and_venue(parsed, child.pieces):
                    # `- Ann Author, Bob Writer, ***Applied Energy***, 2025`: the names before
                    # the emphasised venue, its year after it (`Applied Energy` is no person)
                    names_before_emphasis(parsed, child.pieces)
                elif not add_venue_line(parsed, text) and not add_names_and_venue(parsed, text) \
                        and not add_cited_line(parsed, text):
                    names_before_emphasis(parsed, child.pieces)  # `Names <em>Venue</em> 2022`
                bare = bare or (bool(parsed.authors), parsed.year, parsed.venue_tag) \
                    == (True, *before[1:]) and not before[0]  # names alone, no date with them
                closing_fields(parsed, child.pieces)  # `- Comments: ... (ICML 2025)`
        if plain_line:
            key = self.chain[-1].line if self.chain else None
            self.plain_lines[key] = self.plain_lines.get(key, 0) + 1
            if bare:
                self.child_names.setdefault(key, []).append(parsed)
        for child, sub, line in venue_lines:
            if topic:  # a topic over papers: its children are the papers, whatever they say
                folded = sorted([*folded, child], key=lambda c: c.line)
                continue
            seen = {x.url for x in parsed.links}
            parsed.links += [lk for lk in sub.links if lk.url not in seen]  # its links, fields
            if not parsed.venue_tag and parsed.year is None:
                parsed.venue_raw, parsed.venue_tag, parsed.year = \
                    line.venue_raw, line.venue_tag, line.year
            if not parsed.authors:
                parsed.authors, parsed.et_al = line.authors, line.et_al
        raw = self._raw(item.line, item.end_line)
        if self._is_nav(item):
            return
        if self.declared or not parsed.links:
            self.item_text[at] = (item.pieces, self._own_raw(item))
        start = len(self.found)
        if listed_paper(parsed) and self.label and not paper_identity(parsed):
            self.found.append(_Found("skipped", self.chain, at, raw,
                                     reason=f"listed under the label '{self.label}' (talks, "
                                            "courses, ...) and links no paper"))
        elif listed_paper(parsed) and self.chain and is_event(self.chain[-1].title) \
                and not paper_identity(parsed):
            self.found.append(_Found("skipped", self.chain, at, raw,
                                     reason=f"under '{self.chain[-1].title}' (conferences, "
                                            "workshops) and links no paper"))
            self.event_items.append((self.found[-1], parsed, item.pieces))
        elif listed_paper(parsed) and (books := self._books_heading()) is not None \
                and _a_book(parsed, raw):
            # a shop's page and a date (`[Fuzzing: Brute Force ..., 1st Edition](amazon)
            # (2007)`): a book to buy; a cited work names its authors, unless it names the
            # book's edition (`Miller, P. (2018). "Title" (1st Edition). MIT Press. [Buy](...)`)
            # or its publisher (`[Title](amazon) - Name on ... (UChicago Press, 2025)`);
            # a book's own site with its preprint beside it (`[Computational Optimal
            # Transport](site) | [Arxiv](url)`) is the book too: only the title's link decides; a
            # record that labels its publisher (`+ **Publisher:** Morgan & Claypool`) names
            # the book, whatever its PDF
            self._book(at, raw, books)
        elif parsed.title and parsed.links and several_works(parsed, _tail(item.pieces, True)):
            self.found.append(_Found("skipped", self.chain, at, raw,
                                     reason="names several works (a span of years, two "
                                            "dated venues or a collection's page) and links "
                                            "no paper of its own"))
        elif parsed.title and _VOLUME.match(parsed.title):
            self.found.append(_Found("skipped", self.chain, at, raw,
                                     reason="a proceedings volume, not one work"))
        elif not parsed.named_paper and parsed.links and repository_name(item.pieces) \
                and not parsed.authors and not short_venue(parsed) \
                and not any(paper_link(lk.url) for lk in parsed.links):
            self.found.append(_Found("skipped", self.chain, at, raw, reason=TOOL_NAME,
                                     pieces=item.pieces))
        elif parsed.title and parsed.links and _is_tool(parsed):
            self.found.append(_Found("skipped", self.chain, at, raw,
                                     reason="a tool: a short name with only code or demo links"))
        elif parsed.title and parsed.links and only_data_files(parsed):
            self.found.append(_Found("skipped", self.chain, at, raw, reason=DATA_FILES))
        elif parsed.title and _links_only_aside(item.pieces) and not paper_evidence(parsed):
            self.found.append(_Found("skipped", self.chain, at, raw, reason=ASIDE_LINK))
        elif parsed.title and parsed.links and parsed.shape == LINK_TEXT_TITLE \
                and unnamed_work(parsed.title) and not parsed.authors and parsed.year is None:
            # (the link's own text refers to the work: `[This paper from …](url) shows …`)
            self.found.append(_Found("skipped", self.chain, at, raw, reason=UNNAMED_WORK))
        elif parsed.title and self.chain and self.chain[-1].level != self.title_level \
                and links_only_lists(parsed):
            # (in a section: the list's header links its sister lists too, judged as its
            # header, `_drop_sections_without_papers`)
            self.found.append(_Found("skipped", self.chain, at, raw, reason=OTHER_LIST))
        elif parsed.title and parsed.links and not_a_paper(parsed):
            reason = "its title says it is slides, a post or a talk" if titled_post(parsed) \
                else NOT_A_PAPER
            self.found.append(_Found("skipped", self.chain, at, raw,
                                     reason=reason, post=links_say_post(parsed)))
        elif listed_paper(parsed):
            self.found.append(_Found("paper", self.chain, at, raw, parsed,
                                     pieces=item.pieces))
        elif (not folded or not parsed.links and _dated_title(parsed)
              and not names_papers(parsed.title) and not names_other_kind(parsed.title)
              or declared is not None and self._fits_declared(declared, item)) \
                and (parsed.paper_like or parsed.title):
            # (a parent over child lines is a label of them, unless it is a title phrase and
            # its year: `* Eraser: A Dynamic Data Race Detector … (1997).` over the papers that
            # follow it up; `_linkless_among_linked` judges it as any linkless item. A label
            # naming the kind of its children, `* Papers presented at the OSDI workshop
            # (2019).`, stays a label)
            reason = NO_TITLE if not parsed.title else "no link"
            self.found.append(_Found("problem", self.chain, at, raw, parsed,
                                     reason=reason, paper_like=parsed.paper_like,
                                     pieces=item.pieces))
        own = self.found[start] if len(self.found) > start else None
        if own is not None:
            own.parent = parent
            # (a paper without its link too: `- ⚠️ Title` among the label's linked papers)
            if self.bullet_venue and own.kind in ("paper", "problem") and own.parsed is not None \
                    and not own.parsed.venue_tag:
                own.parsed.venue_raw = own.parsed.venue_tag = self.bullet_venue
                own.parsed.shape += ", its venue the bullet's over it"
            if self.bullet_year is not None and own.kind in ("paper", "problem") \
                    and own.parsed is not None and own.parsed.year is None:
                own.parsed.year = self.bullet_year
                own.parsed.shape += ", its year the bullet's over it"
            elif own.kind == "paper" and own.parsed is not None:
                self._date_line_year(own.parsed)
            if own.kind == "problem" and own.reason == "no link" and own.parsed is not None \
                    and listed_paper(own.parsed):
                # dated and placed by the bullets over it, a title phrase is a paper without
                # its link (beside linked papers only: `_linkless_among_linked` decides)
                own.kind, own.reason = "paper", ""
        chain, over, over_year = self.chain, self.bullet_venue, self.bullet_year
        if own is None and folded and not topical and not parsed.links \
                and len(parsed.title) <= 24 and (dated := heading_year(parsed.title)) is not None:
            # `- **Year 2025**` over `  - **CVPR**` over the papers: a bullet that is only a
            # date dates the papers under it that state none, as a heading so written does
            self.bullet_year = dated
        if own is None and folded and not topical and not parsed.links \
                and len(parsed.title) <= 24 \
                and (headings_venue_year([parsed.title.strip(" *_:：")])
                     == (parsed.title.strip(" *_:："), None)
                     or (server := lookup(parsed.title.strip(" *_:："))) is not None
                     and server.kind == "preprint"):
            # `- CVPR` over the papers of that venue (under `## 2017`): a label that names their
            # venue, as a heading naming one does, by the headings' rule (a word the table does
            # not know, `- Others`, names none; nor does a word, `- Nature`, `- Cell`: a topic
            # as often as a journal); a preprint server's name (`- **arXiv**`) is never a topic
            self.bullet_venue = parsed.title.strip(" *_:：")
        if own is None and folded and edition is not None:
            self.bullet_venue, self.bullet_year = edition
        if own is None and folded and topical:
            # `1. 目标检测部分` over `* [SPP-Net](note) Title | ...` items: the bullet names the
            # topic of the papers under it, as a heading would (a heading inside a bullet)
            title = clean_text(parsed.title).strip(" :：")
            self.chain = chain + (_Head(
                (chain[-1].level if chain else 0) + 1, title, item.line, is_non_paper(title),
                is_resource(title), is_year_heading(title), bulleted=True),)
            self.topic_bullets.append(self.chain[-1])
        for child in folded:
            self._item(child, own if own is not None and own.kind == "paper" else None)
        self.chain, self.bullet_venue, self.bullet_year = chain, over, over_year

    def _paragraph(self, para: Item) -> None:
        """A paragraph item: alone, or the links line of title/author paragraphs above it."""
        if self.pending_used:
            self.pending, self.pending_used = [], False
        para = _without_separator(para)
        rest = self._after_date_label(para)
        if rest is None or self._title_column(rest):
            return
        para = rest
        label, after = field_label(para.pieces)
        if label and self.record is not None and label != self.record_label:
            self._record_field(label, after, para)
            return
        if label and label == self.record_label and any(p.kind == "link" for p in after):
            # `**Title:** [Essential guidelines ...](url)`: the field's value is the item
            para = replace(para, pieces=after)
        if self.declared and self._declared_paragraph(para):
            return
        if not any(p.kind == "link" for p in para.pieces) and not _bare_url(para.pieces):
            self._dated_line_under_heading(para)
            self._date_line(para)
            self.pending = (self.pending + [para])[-2:]
            self._cited_paragraph(para)
            if para.end_line - para.line + 1 >= INDUCED_ITEMS:
                self.linkless_paragraphs.append((self.chain, para))
            return
        pending, self.pending = self.pending, []
        alone = parse_item(para.pieces, paragraph=True)
        if self.heading_paper is not None and self.heading_paper.bare_heading:
            # `<img …/> [\[pdf\]](arxiv)` as a paragraph right under `#### Title`: the
            # heading's label links, as a label bullet's are
            self._label_link_under_heading(para, alone)
        start = para.line
        # `【1】 Title<br>`, a blank line, then `**标题**: ...<br>` `**链接**: url`: a record of
        # labelled fields under its title line, one paragraph above
        titled = bool(label and pending and title_line_above(pending[-1], para))
        if titled:
            pending = pending[-1:]
        elif pending and alone.title and not title_like(alone.title):
            # `**Title**`, `*Authors*`, then `ICLR 2024. [[Paper](url)]`, one blank line apart:
            # a links line whose own text is no title phrase (a venue, a year) closes the
            # record its bold title line opened
            bold = next((k for k, p in enumerate(pending) if bold_title_line(p)), None)
            if bold is not None:
                pending, titled = pending[bold:], True
        if pending and (titled or not alone.title or alone.title_is_label):
            # the paragraphs above are this item's title and author lines, not citations
            lines = {part.line for part in pending}
            self.found = [f for f in self.found if not (f.cited and f.line in lines)]
            pieces: list[Piece] = []
            for part in [*pending, para]:
                if pieces:
                    pieces.append(Piece("break", " "))
                pieces += part.pieces
            parsed = parse_item(pieces, paragraph=True)
            start = pending[0].line
        else:
            parsed = alone
            below = title_below_label(para.pieces, parsed)
            if below is not None:  # `1.【ICLR-2017 GCN】<br>` over `[Title](arxiv)`
                parsed, start = below[0], para.line + below[1]
            elif para.end_line > para.line and parsed.title:
                # (a citation wrapped over lines, `Names, and⏎Names. Title. Venue. URL`: listed
                # on its title's line, as a wrapped item is)
                start += _title_line_offset(para.pieces, parsed.title)
        raw = self._raw(start, para.end_line)
        if self._is_nav(para):
            return
        badges = all(p.kind == "image" or (p.kind == "link" and p.images and not p.text.strip())
                     or not meaningful(p.text) for p in para.pieces)
        under_title = len(self.chain) == 1 and self.chain[0].level == self.title_level
        if not self.chain or (under_title and not badges):
            # Prose under the list's own title, before its first section, introduces the
            # list ("I wrote this page with reference to [this survey](...)")
            # (kept with its reading and shape: a paragraph written as the list's paper
            # paragraphs are is one of them, `_paragraph_items` decides)
            # (before any heading too: a page with no heading at all may be only its papers,
            # `_paragraph_items` judges by the shape they share)
            paper_like = bool(parsed.title and parsed.links) and paper_evidence(parsed)
            self.found.append(_Found("skipped", self.chain, para.line, raw,
                                     parsed if paper_like else None, reason=LIST_HEADER,
                                     shape=paragraph_shape(para.pieces) if paper_like else (),
                                     para_pieces=para.pieces))
        elif _prose_with_figure(para.pieces):
            self.found.append(_Found("skipped", self.chain, para.line, raw,
                                     reason="prose whose only links are figures"))
        elif parsed.title and parsed.links and paper_evidence(parsed) \
                and _links_inside_prose(para.pieces):
            self.found.append(_Found("skipped", self.chain, para.line, raw,
                                     reason="prose that links what it mentions"))
        elif parsed.title and parsed.links and (books := self._books_heading()) is not None \
                and (_undated_book(parsed) or book_doi_link(parsed.links[0].url)):
            # `[Econometrics](site)` over `*Bruce E. Hansen*` and a note, as paragraphs under
            # `## Textbooks`, or `[Parallel Processing, 1980 to 2020](link.springer.com/book/
            # 10.1007/978-3-031-01768-1)`, a whole book's DOI (its ISBN), which no paper has:
            # a book, as a bullet written so is (a paragraph citing its year,
            # `**[0]** Bengio, …. "**Deep learning**." An MIT Press book. (2015).`, is a
            # work the list counts with its papers)
            self._book(start, raw, books)
        elif parsed.title and parsed.links and paper_evidence(parsed) \
                and links_say_post(parsed):
            # `[Deep Learning Fluid Mechanics](meetings.aps.org/Meeting/DFD17/Session/E31.4)`:
            # a paragraph whose links all say they are posts or talks, as such a bullet does
            # (its host a publisher's: the path says more)
            self.found.append(_Found("skipped", self.chain, start, raw, reason=NOT_A_PAPER,
                                     post=True))
        elif parsed.title and parsed.links and paper_evidence(parsed) \
                and not not_a_paper(parsed):
            # (judged as a bullet is: a talk's slides, a post, a white paper is none)
            self.found.append(_Found("paper", self.chain, start, raw, parsed,
                                     shape=paragraph_shape(para.pieces),
                                     para_pieces=para.pieces))
            self._date_line_year(parsed)
            if label and label == self.record_label:
                self.record = self.found[-1]
        elif parsed.title and not parsed.links and linkless_paper(parsed) \
                and _local_page(para.pieces) and not _links_inside_prose(para.pieces):
            # `Title. Names, et al. CHI 2021. [Notes](notes/…/x.md)`: a paragraph whose links
            # are only pages of the list's own repository (the writer's notes, no link of the
            # paper's) is judged as a linkless item is (`linkless_paper`), as a bullet is; by
            # its own fields, so no shape that would make a linked paragraph alike a paper
            self.found.append(_Found("paper", self.chain, start, raw, parsed,
                                     para_pieces=para.pieces))
        else:
            if badges:
                why = "only badges or images"
            elif not parsed.title:
                why = "paragraph without a title"
            else:
                why = PARAGRAPH_WITHOUT_EVIDENCE
            # (read if it turns paper; never a sentence that links what it mentions: `according
            # to [Rao et al](url), though …`)
            readable = parsed.title and parsed.links and not _links_inside_prose(para.pieces)
            self.found.append(_Found("skipped", self.chain, para.line, raw,
                                     parsed if readable else None,
                                     reason=why, shape=paragraph_shape(para.pieces),
                                     para_pieces=para.pieces))

    def _record_field(self, label: str, after: list[Piece], para: Item) -> None:
        """A labelled paragraph inside a record (`**Authors:** Lukas Weber, et al.`,
        `**Journal Info:** Genome Biology, June 2019`): a field of the paper its record opened,
        filling the authors, venue and year it lacks; a field with links (`**Additional
        links:** ... another paper: [Title](url)`, `**Recommendation(s):** [MACS2](github)`)
        is commentary of that record, not a paper, and its links are not the record's."""
        record = self.record
        assert record is not None and record.parsed is not None
        if record.chain != self.chain:
            self.record = None
            return
        if any(p.kind == "link" for p in after) or _bare_url(after):
            self.found.append(_Found("skipped", self.chain, para.line,
                                     self._raw(para.line, para.end_line),
                                     reason=f"a field of the record above ('{label}:'), not a "
                                            "paper"))
            return
        fill_field(record.parsed, after, label)

    def _date_line(self, para: Item) -> None:
        """`**2024**` on a line of its own between a heading's items: a date written as a
        subheading dates the items after it that state no year, up to the next such line or
        heading (as a year heading, `heading_year`, would)."""
        if para.line != para.end_line or len(para.pieces) > 2:
            return  # (cheap first: one short line)
        text = plain(para.pieces).strip(" *_:")
        if len(text) <= 24:  # (another such line, `**Other**`, ends the date's items)
            dated = heading_year(text)
            if dated is not None or self.line_year is None \
                    or any(p.strong for p in para.pieces if p.text.strip()):
                self.line_year = dated
            # (a plain label under the date, `通用节点嵌入：` under `**2023年**`, names a topic
            # of that year: written unlike the date line, it ends nothing)

    def _after_date_label(self, para: Item) -> Item | None:
        """`**2023年**  ` ⏎ `Title` ...: a bold date on a paragraph's first line, broken off
        hard from the lines under it, is a date line (`_date_line`) over them, no part of
        them: it dates the items after it; the paragraph is the lines under it (None when
        none is left). Any other paragraph as it is. Cheap first: a bold opening only."""
        if para.line == para.end_line or not para.pieces or not para.pieces[0].strong:
            return para
        end = next((i for i, p in enumerate(para.pieces) if p.kind == "break"), None)
        if end is None or not para.pieces[end].hard or end > 2 or not para.pieces[end].newline:
            return para
        dated = heading_year(plain(para.pieces[:end]).strip(" *_:："))
        if dated is None:
            return para
        self.line_year = dated
        if end + 1 >= len(para.pieces):
            return None
        return replace(para, pieces=para.pieces[end + 1:],
                       line=para.line + para.pieces[end].newline)

    def _title_column(self, para: Item) -> bool:
        """Under a date line (`_date_line`, `_after_date_label`: `**2023年**`), a paragraph
        whose source lines are each a title phrase and nothing else (no link, year, venue or
        names; no sentence: `。`, `，` or a closing stop), or a line that links (`(ESWA) Name
        [Title](url) note`), is a column of papers, one per line, English or Chinese (`融合法律
        文本结构信息的刑事案件判决预测`), as the list lays them out: each bare line a paper without
        its link dated by the date line (`_title_columns` decides by the heading), each linked
        line read as a paragraph of its own. Cheap first: only under a date line, more than
        one line."""
        if self.line_year is None or para.line == para.end_line:
            return False
        lines = source_lines(para)
        if len(lines) < 2:
            return False
        bare: list[tuple[int, list[Piece], ParsedItem]] = []
        for line, part in lines:
            if any(p.kind in ("link", "image") for p in part):
                continue
            text = plain(part).strip()
            if _PROSE_MARK.search(text):
                return False
            parsed = parse_item(part)
            if not (title_phrase(parsed) and parsed.year is None and not parsed.venue_tag
                    and not parsed.authors and phrase(parsed.title)):
                return False
            bare.append((line, part, parsed))
        if 2 * len(bare) < len(lines):
            return False
        for line, part in lines:
            item = next((b for b in bare if b[0] == line), None)
            if item is None:
                self._paragraph(Item(pieces=part, line=line, end_line=line, ordered=False,
                                     paragraph=True))
                continue
            parsed = item[2]
            parsed.year = self.line_year
            parsed.shape += ", a title line dated by the date line over it"
            # (no pieces: a bare title fits any template; the linked items decide the section's)
            self.found.append(_Found("problem", self.chain, line, self._raw(line, line), parsed,
                                     reason="no link", paper_like=False))
            self.column_titles.add(id(self.found[-1]))
        self.pending = []
        return True

    def _date_line_year(self, parsed: ParsedItem) -> None:
        """The year of the date line above (`_date_line`) for a paper that states none; never
        before its preprint (a paper appears after it: a later preprint is not of that year)."""
        if self.line_year is not None and parsed.year is None \
                and not any(self.line_year < p for p in arxiv_years(parsed)):
            parsed.year = self.line_year
            parsed.shape += ", its year the date line's over it"

    def _dated_line_under_heading(self, para: Item) -> None:
        """`### [Title](arxiv)` then `OpenAI, 2021.07`: a short line right under a paper
        written as a heading, before anything else under it, that ends with a venue and year
        (`NeurIPS 2022`) or a date with its month is that paper's; the words before a date
        (an organisation, names) name no venue; a date alone (`2022.05`) dates it too. Cheap
        first: only right under such a heading."""
        paper = self.heading_paper
        if paper is None or paper.parsed is None or paper.bare_heading \
                or self.found[-1] is not paper \
                or para.line - paper.line > 2 or paper.parsed.year is not None:
            return
        text = clean_text(plain(para.pieces)).strip(" .;")
        if not text or len(text.split()) > DATED_LINE_WORDS:
            return
        if ";" in text:
            # `arXiv 1708; ICCV Workshop 2017`: fields of its first release (arXiv and its
            # year-month code) and of where it was published: the last published venue and
            # year; none when no other field gives both (`arXiv 2011; Pattern Recognition`)
            fields = [f.strip() for f in text.split(";")]
            codes = [code.group(1) for f in fields if (code := _ARXIV_CODE.fullmatch(f))]
            self.arxiv_codes = self.arxiv_codes or any(year_of(c) is None for c in codes)
            for field_text in reversed(fields):
                if _ARXIV_CODE.fullmatch(field_text):
                    continue
                written = rest_venue(field_text)  # (`NeurIPS workshop 2017`: longer than a span)
                span = venue_year_span(field_text) or ((written, year_of(written) or 0)
                                                       if written else None)
                if span is not None and span[0]:
                    paper.parsed.venue_raw, paper.parsed.year = span
                    paper.parsed.venue_tag = normalise_venue(span[0])
                    return
            return
        code = _ARXIV_CODE.fullmatch(text)
        if code and self.arxiv_codes:
            released = year_month_year(code.group(1))  # (`arXiv 2005`: May 2020)
            if released is not None:
                paper.parsed.venue_raw = paper.parsed.venue_tag = "arXiv"
                paper.parsed.year = released
            return
        span = venue_year_span(text)
        if span is not None:
            venue, paper.parsed.year = span
            if venue:
                paper.parsed.venue_raw, paper.parsed.venue_tag = venue, normalise_venue(venue)
            return
        alone = DATE_TAG.fullmatch(text)  # (`2022.05` alone)
        dated = split_trailing_date(text)[1] if alone is None else int(alone.group(1))
        if dated is not None:
            paper.parsed.year = dated

    def _cited_paragraph(self, para: Item) -> None:
        """A paragraph without a link written as a full citation, names first (`E. Dormy, A.
        Tarantola, Title, J. Geophys. Res., Solid Earth ... 100⏎(1995) 2123–2133.`, its soft
        line breaks read as the spaces they are; prose that ends with a venue and a year is
        no citation): a paper without a link where its heading holds papers
        (`_linkless_among_linked` decides), else a problem of a paper section, never reported
        outside one. Under a heading whose word names no papers (`References`, as a LaTeX
        converter titles a bibliography) the citations are read too: their heading's word
        decides nothing unless its items disagree (`_agree_on_papers`)."""
        if self.chain and self._excluded(self.chain, self.chain[-1].level) \
                and not (self.chain[-1].non_paper and not any(h.resource for h in self.chain)) \
                and not self._excluded_from_above(self.chain):
            return
        pieces = [Piece("text", " ") if p.kind == "break" and not p.hard else p
                  for p in para.pieces]
        # one citation per line (`>LSD-SLAM: ..., J. Engel, T. Schöps, D. Cremers, ECCV '14`
        # ⏎ `>Semi-Dense ..., J. Engel, J. Sturm, D. Cremers, ICCV '13`): only when every line
        # is one; else the paragraph is one citation, its line breaks spaces, or none
        lines = source_lines(para)
        before = self.found[-1] if self.found else None
        under_code = before is not None and before.kind == "paper" and not before.cited \
            and before.chain == self.chain and 0 < para.line - before.line <= 2 \
            and before.parsed is not None and bool(before.parsed.links) \
            and all(code_or_video_link(lk.url) for lk in before.parsed.links)
        readings: list[tuple[int, int, list[Piece], ParsedItem]] = []
        for line, part in lines if len(lines) > 1 else []:
            reading = _cited_reading(part, under_code)
            if reading is None:
                readings = []
                break
            readings.append((line, line, part, reading))
        if not readings:
            parsed = _cited_reading(pieces, under_code)
            if parsed is None:
                return
            # (listed on its title's line, as a wrapped item is: `Names, and⏎Names. Title`)
            at = para.line + (_title_line_offset(para.pieces, parsed.title)
                              if para.end_line > para.line else 0)
            readings = [(at, para.end_line, pieces, parsed)]
        if under_code and before is not None:
            # `- [Dense Visual SLAM for RGB-D Cameras](github). Available on ROS` over the
            # citation of its paper: the item is the code, the citation the paper
            before.kind, before.reason = "skipped", "a repository whose paper is cited under it"
        for start, end, part, reading in readings:
            self.found.append(_Found("paper" if listed_paper(reading) else "problem",
                                     self.chain, start, self._raw(start, end), reading,
                                     reason="" if reading.links else "no link",
                                     paper_like=False, pieces=part, cited=True))

    def _cites_last(self, para: Item) -> bool:
        """`[Original QRAM paper](url)`, then in the next paragraph `Quantum Random Access
        Memory. Vittorio Giovannetti, Seth Lloyd, and Lorenzo Maccone. 2008. PRL. 4 pages.`: a
        full citation (a title phrase, names, a year) right under a paragraph that is only a
        link restates that link's paper, whose text may be a description: the citation's
        title, authors, year and venue are the paper's (importer/items.py reads them); whether
        it did."""
        last = self.found[-1] if self.found else None
        if last is None or last.parsed is None or last.shape != _ONE_LINK \
                or last.chain != self.chain or last.kind not in ("paper", "skipped") \
                or last.kind == "skipped" and last.reason != PARAGRAPH_WITHOUT_EVIDENCE:
            return False
        if last.parsed.authors or last.parsed.year is not None or last.parsed.venue_tag \
                or para.line > last.line + last.raw.count("\n") + 2:
            return False  # (a paper with fields of its own, or not the paragraph under it)
        cited = parse_item(para.pieces, paragraph=True)
        if not cited.authors or cited.year is None or is_name(cited.title):
            return False
        if paper_identity(last.parsed) and not is_name(last.parsed.title) \
                and score(last.parsed.title, cited.title) < RELATED:
            return False  # a titled link to a paper itself, and a citation of another work
        # an arXiv id the citation writes (`... 2008. PRL. arXiv:0708.1879`) is the paper's too
        seen = {lk.url for lk in last.parsed.links}
        links = last.parsed.links + [lk for lk in cited.links if lk.url not in seen]
        last.parsed = replace(last.parsed, title=cited.title, authors=cited.authors, links=links,
                              et_al=cited.et_al, year=cited.year, venue_tag=cited.venue_tag,
                              venue_raw=cited.venue_raw, bold=False, title_is_label=False,
                              shape="paragraph: a link, then its citation")
        last.raw = self._raw(last.line, para.end_line)
        if last.kind == "skipped" and paper_evidence(last.parsed):
            last.kind, last.reason = "paper", ""
        return True

    def _label_list(self, block: Item) -> bool:
        """`**Title**` then `- Paper: https://...` bullets: the bullets are the title's links."""
        label = NAME_BEFORE.match(_text_before_url(block.pieces))
        if label and not (label.group(1)[:1].isalpha()
                          and len(label.group(1).split()) <= LABEL_WORDS):
            label = None
        url = _bare_url(block.pieces)
        if not url and self._label_list_field(block):
            return True
        name = label.group(1) if label else self._linked_label(block)
        if not name and self._other_link_of_title(block):
            return True
        if not (name and url) or plain(self.pending[0].pieces).rstrip()[-1:] in (":", "："):
            return False  # (`Previous Work:` over bullets: a line that opens a list, no title)
        pieces: list[Piece] = []
        dated: list[str] = []  # field lines of names and their date, read after the title
        for part in self.pending:
            if all(p.kind == "image" or not p.text.strip() for p in part.pieces):
                continue  # (a figure between the title and its bullets is no line of it)
            if not part.paragraph and names_with_date(ParsedItem(), plain(part.pieces)):
                dated.append(plain(part.pieces))  # (a field bullet's value, `_label_list_field`)
                continue
            pieces += part.pieces + [Piece("break", " ")]
        pieces.append(Piece("link", name, url))
        parsed = parse_item(pieces, paragraph=True)
        for value in dated:
            names_with_date(parsed, value)
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

    def _linked_label(self, block: Item) -> str:
        """`**"Title"**` over `- [Link al paper](url)`: a bullet that is one link whose text
        is a label (a few words, no title phrase) under a bold title line is that title's
        link, as `- Paper: https://...` is; the label ("" for any other bullet)."""
        if block.children or not self._title_line_pending(citation=True):
            return ""
        link = _lone_link(block.pieces)
        if link is None:
            return ""
        label = link_words(link)
        said = words(label)
        url = link.href
        if not said or code_or_video_link(url) or not (said[0] in PAPER_LABELS or paper_link(url)):
            return ""  # (`- [Code](github)`, `- [Lecture videos](site)`: no paper's link)
        # (a label, or a few words opening with one that names the link's kind: `Link al paper
        # (arXiv)`, Spanish for "link to the paper")
        return label if (len(said) <= LABEL_LINK_WORDS and not title_like(label)
                                  or said[0] in PAPER_LABELS and len(said) <= LABEL_WORDS + 2) \
            else ""

    def _other_link_of_title(self, block: Item) -> bool:
        """`- [Talk](video)` or `- [Code](github)` among the labelled links under a title line
        (`_plain_title_lines`, or a bold one): the titled work's talk or code, no paper and no
        item without a title; reported as skipped, the title kept for the paper's link."""
        link = _lone_link(block.pieces)
        if block.children or link is None \
                or link_words(link).strip("[]() ").lower() not in RESOURCE_LABELS \
                or not self._title_line_pending():
            return False
        self.found.append(_Found("skipped", self.chain, block.line,
                                 self._raw(block.line, block.end_line),
                                 reason="a talk, code or slides of the title above it"))
        return True

    def _title_line_pending(self, citation: bool = False) -> bool:
        """Whether the paragraph waiting above the bullets is a title line: bold, or plain as
        the list writes its titles over labelled links (`_plain_title_lines`), or (`citation`)
        a citation whose title is bold (`_bold_titled_citation`)."""
        return any(bold_title_line(part) or part.line in self._plain_title_lines()
                   or citation and _bold_titled_citation(part) for part in self.pending[:1])

    def _plain_title_lines(self) -> frozenset[int]:
        """The lines of plain title lines that the list writes over bullets of labelled links,
        the paper's first (`On the Size of Pairing-based Non-interactive Arguments` over `-
        [Paper](pdf)` and `- [Talk](video)`), when it writes two or more so: its own
        regularity says the line is the title of the links under it, as bold would
        (`_linked_label`). One such line alone may be prose, and stays one; so is a line over
        two paper links or more (`Machine Translation and Sequence Models` over `- [Link]`
        bullets of several papers: a topic, no paper's title). Read once."""
        if self.plain_titles is None:
            lines = [block.line for at, (block, after)
                     in enumerate(zip(self.blocks, self.blocks[1:], strict=False))
                     if isinstance(block, Item) and isinstance(after, Item)
                     and block.paragraph and not after.paragraph
                     and _plain_title(block) and _paper_label_link(after)
                     and self._paper_links_under(at + 1) == 1]
            self.plain_titles = frozenset(lines) if len(lines) >= 2 else frozenset()
        return self.plain_titles

    def _paper_links_under(self, at: int) -> int:
        """How many bullets labelled as a paper's link (`_paper_label_link`) the run of
        bullets from `self.blocks[at]` holds."""
        count = 0
        for block in self.blocks[at:]:
            if not isinstance(block, Item) or block.paragraph:
                break
            count += _paper_label_link(block)
        return count

    def _names_labels(self) -> Counter[str]:
        """The list's labels of names and a date (`field_lines.names_labels`), counted once,
        when a one-word label before a citation first asks."""
        if self.names_labels is None:
            self.names_labels = names_labels(self.blocks)
        return self.names_labels

    def _label_list_field(self, block: Item) -> bool:
        """`**Neural Codes for Image Retrieval**` over `- intro: ECCV 2014` then `- arxiv:
        [url](url)`: a labelled bullet that links nothing, under a bold title line, is a field
        line of the title's label list (its value read as a line under the title: a venue, a
        year, names), not the end of the list; whether it was taken so."""
        if block.children or any(p.kind in ("link", "image") for p in block.pieces) \
                or not any(bold_title_line(part) for part in self.pending[:1]):
            return False
        text = plain(block.pieces)
        label = FIELD_OPEN.match(text)
        value = text[label.end():].strip() if label else ""
        if label is None or len(label.group(1).split()) > 2 or not value:
            return False
        if cites_another_work(text, self._names_labels):
            return True  # (`- Mejorado en: Hessel et al. (AAAI, 2018)`: another work's fields)
        self.pending.append(replace(block, pieces=[Piece("text", value)]))
        return True

    def _books_heading(self) -> str | None:
        """The heading of books the current item stands under (`is_books`): its own, or one
        above it whose subsections name no kind of item (`## Books` > `### ESLII`, one book's
        anchor: the subsection names the book, its items are books as its parent's are). A
        subsection naming papers or another kind (`### Papers`), or the list's own title,
        says otherwise; above the item's own heading only a heading's words name books, not
        its icon (`## 📚 Conferences` > `### sp2025` holds papers). Read once per chain of
        headings (every item under it asks)."""
        if self.books_for is not self.chain:
            self.books_for, self.books_heading = self.chain, self._books_heading_of(self.chain)
        return self.books_heading

    def _books_heading_of(self, chain: tuple[_Head, ...]) -> str | None:
        if chain and is_books(chain[-1].title):
            return chain[-1].title
        for head in reversed(chain):
            if head.level == self.title_level:
                return None  # (`# Awesome Corpora And Books`: the list's, not its sections')
            if names_papers(head.title) or names_other_kind(head.title):
                return head.title if is_books(_without_marks(head.title)) else None
        return None

    def _book(self, at: int, raw: str, books: str) -> None:
        """An item under a books heading read as a book (`_a_book`): skipped, said why."""
        self.found.append(_Found("skipped", self.chain, at, raw,
                                 reason=f"no paper link, and no authors or no date, or an "
                                        f"edition or a publisher, or a book's DOI, under "
                                        f"'{books}' (books)"))

    def _is_nav(self, item: Item) -> bool:
        """A table-of-contents link (`- [Survey](...#survey)`): names a heading, has an anchor."""
        links = [p for p in item.pieces if p.kind == "link"]
        return (len(links) == 1 and "#" in links[0].href
                and title_key(links[0].text) in self.nav_titles)

    def _table(self, table: Table) -> None:
        context = " ".join(h.title for h in self.chain[-2:])
        # A column the table's own rows do not place is read from the rows of all the list's
        # tables written with its header, as one table's (`_tables_alike`)
        model = self.alike.get(tuple(table.header), table)
        kind = table_kind(table, context) or table_kind(model, context)
        # a table that links nothing, under a heading naming papers (`# 论文`), whose column of
        # title phrases is the evidence its header does not give: a table of papers
        plain_at = plain_titles(table) if not kind and any(
            names_papers(h.title) for h in self.chain) else None
        if plain_at is not None:
            kind = "papers"
        title_at = title_column(table) if kind == "papers" and plain_at is None else plain_at
        items_at = item_column(table) if not kind else None
        if title_at is None and kind == "papers":
            title_at = title_column(model)
        # (a column of whole items, `[2016 terryum] Title, Authors [[pdf]](url)`, is read as
        # items, not as names)
        named = name_column(table, kind) if items_at is None else None
        at = named[0] if named is not None else title_at
        venue_at = venue_column(table, at)
        if venue_at is None:
            venue_at = venue_column(model, at)
        dates = date_column(table, at, venue_at) \
            if kind == "papers" or named is not None else DateColumn()
        if dates == DateColumn() and model is not table and (kind == "papers" or named):
            dates = date_column(model, at, venue_at)
        authors_at = author_column(model, {at, venue_at, dates.at}) if kind == "papers" \
            else None
        kinds_at = kind_column(model) if kind == "papers" else None
        paper_at = paper_link_column(table, title_at) if kind == "papers" else None
        found: list[_Found] = []
        for row in table.rows:
            if title_at is not None and title_at < len(row.cell_lines):
                row = replace(row, line=row.cell_lines[title_at])  # its title cell's line
            raw = self._raw(row.line, row.line)
            if named is not None and row_links_paper(row):
                # a named dataset or model whose row links its paper: a paper, named
                parsed = paper_row(table, row, named[0], venue_at, named=named[1], dates=dates)
                found.append(_Found("paper", self.chain, row.line, raw, parsed))
            elif kind == "papers" and title_at is not None and title_at < len(row.cells) \
                    and placeholder(row.cells[title_at]):
                # `| Causaldag | NA | [code](github) |`: the row says it has no paper (a tool)
                found.append(_Found("skipped", self.chain, row.line, raw,
                                    reason="table row: its title cell says there is none"))
            elif kind == "papers":
                parsed = paper_row(table, row, title_at, venue_at, dates=dates,
                                   authors_at=authors_at, kinds_at=kinds_at)
                if model is not table:  # (--explain says where its columns were read)
                    parsed.shape = "table row; the columns its table does not place read " \
                                   "from the list's tables with its header"
                if not parsed.venue_raw and paperless_row(row, paper_at):
                    # `| 2024 | **Title** | - | - | [link](github) |`: so does its paper cell,
                    # and no venue says it appeared (`| Title | ICLR | - | [code](github) |`
                    # is a paper whose link the list left out)
                    found.append(_Found("skipped", self.chain, row.line, raw,
                                        reason="table row: its paper cell says there is none"))
                elif listed_paper(parsed) and parsed.links and not_a_paper(parsed):
                    # `| [MatSci-LumEn](github) | ... | 2024.01 | *GitHub* |`: the row says it
                    # is software, as an item would
                    found.append(_Found("skipped", self.chain, row.line, raw,
                                        reason="table row: " + NOT_A_PAPER))
                elif listed_paper(parsed):
                    found.append(_Found("paper", self.chain, row.line, raw, parsed,
                                        dated=short_date_year(table, row, dates)))
                elif parsed.title or parsed.links:
                    reason = NO_TITLE if not parsed.title else "no link"
                    found.append(_Found("problem", self.chain, row.line, raw, parsed,
                                        reason=reason))
            elif kind == "datasets":
                data = dataset_row(table, row)
                if data.name:
                    found.append(_Found("dataset", self.chain, row.line, raw, data=data))
                else:
                    found.append(_Found("problem", self.chain, row.line, raw,
                                        reason="no dataset name"))
            elif items_at is not None and items_at < len(row.cells):
                # a column of whole items (`item_column`): each cell read as a list item is,
                # the row's other cells adding their links
                parsed = parse_item(row.cells[items_at])
                parsed.shape = f"table cell read as an item ({parsed.shape})"
                seen = {lk.url for lk in parsed.links}
                parsed.links += [lk for lk in paper_row(table, row).links if lk.url not in seen]
                if listed_paper(parsed) and not parsed.title_is_label:
                    found.append(_Found("paper", self.chain, row.line, raw, parsed))
                    if not parsed.links and any(p.kind == "link" and local_page(p.href)
                                                for cell in row.cells for p in cell):
                        # `| **[IJCAI 2021]** Title | [URL](Materials/Title) |`: a paper by
                        # its own evidence whose row links the list's own write-up of it
                        self.noted_rows.add(id(found[-1]))
                elif parsed.title and (parsed.links or parsed.paper_like):
                    found.append(_Found("problem", self.chain, row.line, raw, parsed,
                                        reason=NO_TITLE if parsed.title_is_label
                                        else "no link"))
                elif any(p.kind == "link" for cell in row.cells for p in cell):
                    found.append(_Found("skipped", self.chain, row.line, raw,
                                        reason="table row: no paper link, venue, year or "
                                               "authors"))
            elif any(p.kind == "link" for cell in row.cells for p in cell):
                found.append(_Found("skipped", self.chain, row.line, raw,
                                    reason="table row: no title column in the header"))
        self._skip_named_code_rows(found)
        if kind == "papers":
            self._dated_rows_without_link(found, model if model is not table else None)
            if citation_header(table):
                self._cited_rows(found)
        if plain_at is not None:
            for f in found:  # (its rows, written alike, are its papers: no link made up)
                if f.kind == "problem" and f.reason == "no link" and f.parsed is not None \
                        and title_like(f.parsed.title) and not f.parsed.title_is_label:
                    f.kind, f.reason = "paper", ""
                    f.parsed.shape = "table row: the column of title phrases of a table " \
                                     "that links nothing, under a heading naming papers"
                    self.alike_papers.add(id(f))
        if kind == "papers" and not any(f.parsed is not None and f.parsed.title for f in found):
            # No row has a title (`| 2016 HCLT | 2016. 10. 7. ~ 8. | [LINK](...) |`): a table
            # of events or links, not of papers
            for f in found:
                f.kind, f.reason = "skipped", "table row: no row of its table has a title " \
                                              "(dates, events or links only)"
        self.found += found

    def _dated_rows_without_link(self, found: list[_Found], alike: Table | None = None) -> None:
        """A row of a table of papers that links nothing (`| 1988 | Neural net modeling of
        music | No |`) is one of its papers when it has a title phrase (or a shorter title
        with its authors and venue: `_cited_row`) and its year, and most
        rows of the table are linked papers: the table's columns are its template, and this
        row fills them as the others do. Enrichment finds it by its title; no link is made up
        for it. A table that shares its header with the list's other tables (`alike`, their
        rows merged: `_tables_alike`) is judged with them, as one table cut by headings (`|
        20 | **RT-2: …** | 2023 |`, one row alone under the last heading)."""
        papers = sum(1 for f in found if f.kind == "paper" and f.parsed is not None
                     and f.parsed.links)
        own = 2 * papers > len(found)
        if not own and (alike is None or len(found) > 1 or not self._alike_linked(alike)):
            return  # (rows of its own, none linked, judge their table: the alike judge one)
        for f in found:
            if (f.kind == "problem" and f.reason == "no link"
                    or not own and f.kind == "paper") and f.parsed is not None \
                    and not f.parsed.links and f.parsed.year is not None and (
                        title_like(f.parsed.title) or _cited_row(f.parsed)) \
                    and not f.parsed.title_is_label:
                f.kind, f.reason = "paper", ""
                if not own:  # (its evidence the alike tables', not its heading's papers)
                    self.alike_papers.add(id(f))

    def _alike_linked(self, alike: Table) -> bool:
        """Whether most rows of the merged tables alike link a paper (counted once a header)."""
        linked = self.alike_linked.get(id(alike))
        if linked is None:
            linked = 2 * sum(row_links_paper(row) for row in alike.rows) > len(alike.rows)
            self.alike_linked[id(alike)] = linked
        return linked

    def _cited_rows(self, found: list[_Found]) -> None:
        """In a table whose header names a reference's fields (`citation_header`: `| Title |
        Authors | Year | Published in |`), a row that links nothing but fills them, a title
        phrase with its year and its venue or authors (`linkless_paper`), is a paper where no
        paper of its heading links one: the header says what each row is, as a section of
        full citations does (`_linkless_among_linked`). No link is made up for it."""
        for f in found:
            if f.kind == "paper" and f.parsed is not None and not f.parsed.links \
                    and title_like(f.parsed.title) and not f.parsed.title_is_label:
                self.alike_papers.add(id(f))

    @staticmethod
    def _skip_named_code_rows(found: list[_Found]) -> None:
        """In a table whose rows are mostly titled by title phrases, a row titled by a name
        (`|RemoteGLM|2023|[code](github)|`) that links only code and names no venue or authors
        is the software, not a paper: its rows are written unlike the table's papers (a
        repository is dated too, so a year says nothing)."""
        rows = [f for f in found if f.kind == "paper" and f.parsed is not None]
        if 2 * sum(title_like(f.parsed.title) for f in rows if f.parsed) <= len(rows):
            return
        for f in rows:
            item = f.parsed
            if item is not None and not title_like(item.title) \
                    and not (item.venue_tag or item.authors) and tool_links(item, labelled=True):
                f.kind, f.parsed = "skipped", None
                f.reason = "table row: a name with only code links, unlike the titled papers " \
                           "of its table"

    # -- second pass --------------------------------------------------------------------

    def _section_of(self, chain: tuple[_Head, ...], level: int) -> _Head | None:
        head = next((h for h in reversed(chain) if h.level <= level
                     and (h.level == level or h.level != self.title_level)), None)
        if head is not None and head.year and len(chain) > 1 and chain[1] is head \
                and chain[0].level == self.title_level:
            # `## 2017` beside `## Survey papers` right under the list's title: a year groups
            # the title's papers (a subsection), never a topic of its own, whatever its level
            return chain[0]
        if head is not None and head.line not in self.direct and (
                head.level in self.held or head.level < level or head.line in self.bodies):
            # `<h2>Acoustic Model</h2>` holding only `<h3>` topics of papers while a sibling
            # `<h2>` holds more than a stray paper itself: a container on this branch, its
            # topics are the sections; so are those of a heading above the section level
            # that holds no paper itself (`## Causal Effect Estimation` over `#### Survey
            # Papers`, where `### Causal Discovery` is a section).
            inner = next((h for h in chain if h.level > head.level and h.line in self.direct),
                         None)
            if inner is None:
                return head
            # (and, as below, a heading holding papers under that topic, which holds papers
            # itself, is a topic of its own: `#### Visual Attention` under `### Align`)
            return next((h for h in chain if h.level > inner.level and h.line in self.direct
                         and not h.year), inner)
        if head is not None:
            # A heading level means one thing in one list: a heading of a level whose
            # headings are sections on another branch (above) is a section wherever it holds
            # papers itself (`### Classification` then `#### Sentiment Analysis`, a sibling
            # topic written one level too deep), not a subsection. And a heading that holds
            # papers under a section that holds papers itself is a topic of its own
            # (`<h3>Quantum Compilation</h3>`, its papers, then `<h4>HW-agnostic Circuit
            # Compilation</h4>` and its papers), not a part of the section above.
            own = head.line in self.direct
            inner = next((h for h in chain if h.level > head.level and h.line in self.direct
                          and (own or h.level in self.topic_levels) and not h.year), None)
            # (and so, in turn, under that topic: `# OpenAccess`, its paper, `### book : …`,
            # its links, then `##### Papers` and its papers; the innermost heading of the
            # chain holding papers, each heading over it holding its own)
            while inner is not None:
                deeper = next((h for h in chain if h.level > inner.level
                               and h.line in self.direct and not h.year), None)
                if deeper is None:
                    break
                inner = deeper
            return inner or head
        # Above the section level only the list's title (or nothing): a heading written
        # deeper than a later sibling (`#### Challenges` under `#`, before `### Other`) is
        # still the nearest heading that encloses its papers, their section, not the default
        return next((h for h in chain if h.level > level and h.level != self.title_level
                     and not h.year and h.line in self.direct), None)

    def _find_topic_levels(self, level: int) -> None:
        """The levels below the section level whose headings are sections on some branch (a
        container heading's topics)."""
        for f in self.found:
            if f.kind == "paper":
                head = self._section_of(f.chain, level)
                if head is not None and head.level > level:
                    self.topic_levels.add(head.level)

    def _drop_sections_without_papers(self, level: int) -> None:
        """A section none of whose items links a paper or states a venue, year or authors is a
        list of projects or tools (`- [TinyZero](https://github.com/...) - reproduction of R1`)."""
        evidence: dict[int | None, list[int]] = {}  # section -> [items with evidence, items]
        stated: set[int] = set()  # ids of the items with evidence
        for f in self.found:
            # (an item whose only "title" is a resource label, `[:floppy_disk: Github](url)`,
            # is a problem, but it is still an item of the section without evidence)
            if f.parsed is not None and (f.kind == "paper" or f.kind == "problem" and (
                    f.parsed.title_is_label or not f.parsed.title) and f.parsed.links):
                head = self._section_of(f.chain, level)
                counts = evidence.setdefault(head.line if head else None, [0, 0])
                if paper_evidence(f.parsed) or f.kind == "paper" \
                        and (_evidence_at_ends(f.parsed) or id(f) in self.listed_titles
                             or id(f) in self.alike_papers or f.declared is not None):
                    counts[0] += 1
                    stated.add(id(f))
                counts[1] += 1
        if self.titled_list:
            return  # (no item has evidence of its own: the list's titles are the evidence)
        for f in self.found:
            if f.kind == "paper":
                head = self._section_of(f.chain, level)
                with_evidence, items = evidence.get(head.line if head else None, [1, 1])
                if not with_evidence:
                    f.kind = "skipped"
                    f.reason = "no item of its section links a paper or names a venue, year or "\
                               "authors (projects or tools)"
                elif RARE * with_evidence < items and f.parsed is not None \
                        and id(f) not in stated:
                    # Books, products, vendor pages with a stray PDF among them: the items
                    # without evidence are not papers
                    f.kind = "skipped"
                    f.reason = "no paper link, venue, year or authors, in a section where few "\
                               "items have them"
                elif head is None and f.parsed is not None and 2 * with_evidence <= items \
                        and id(f) not in stated:
                    # The list's header links its sister lists and repositories: not papers
                    # (unless most of what comes before any section gives paper evidence: a
                    # list without headings, its papers in a table whose rows read alike)
                    f.kind = "skipped"
                    f.reason = "a link in the list's header without a paper link, venue, year "\
                               "or authors"

    def _titles_name_papers(self) -> None:
        """A list none of whose items links a paper or states a venue, year or authors, whose
        own title says it lists papers (`# MachineLearning-Papers_Survey`, `# 论文笔记`), and
        whose linked items are written alike as title phrases (`- [[ResNet] Deep Residual
        Learning for Image Recognition](note)`, `- [Spatial Transformer Networks](issue)`,
        `- [Attention Is All You Need](notes/transformer.md)`: TITLED_SHARE of them,
        CITED_ITEMS or more) holds papers: each item names one paper by its title and links
        the maintainer's page about it (a note, an issue, a page of the list's own
        repository, which no entry keeps as its link). A link to a repository itself is a
        tool's, no such page. Bare titles that link nothing stay refused (nothing of their
        own says they are papers: `_listed_title`)."""
        # (a list's one heading over its items is its title here too: `# Paper Notes`)
        alone = self.flat and self.first_heading is not None and sum(
            isinstance(b, Heading) for b in self.blocks) == 1
        title = self._list_title() or (
            heading_title(self.first_heading) if alone and self.first_heading else "")
        if not names_papers(title) or names_other_kind(title):
            self._headings_name_papers()
            return
        titled = _titled_items(self.found)
        if titled is None:
            return
        self.titled_list = True
        for f in self.found:
            # `- [[WGAN] Wasserstein GAN](notes.md#WGAN)` among them, skipped as a name linked to
            # its repository: written as they are (one link, to a page in the repository, its
            # label before a title), it is one of them, however short its title
            if f.kind == "skipped" and f.reason == TOOL_NAME and f.pieces is not None \
                    and _only_a_link(f.pieces):
                link = next(p for p in f.pieces if p.kind == "link")
                label, title = strip_label(link.text)
                if label and not is_resource_label(label) and not repository_home(link.href) \
                        and words(title):
                    f.kind, f.reason = "paper", ""
                    f.parsed = replace(parse_item(f.pieces), title=clean_text(title).strip(),
                                       name=label, title_is_label=False,
                                       shape="title as link text, after its label")
                    titled.append(f)
        for f in titled:
            if f.parsed is not None:  # (--explain says why it is a paper)
                f.parsed.shape += " (a title of a list naming papers, none giving evidence)"
            if f.kind == "problem":  # (its one link, a page of the repository, is no entry's)
                f.kind, f.reason = "paper", ""

    def _headings_name_papers(self) -> None:
        """The same verdict under a heading that says it holds papers, in a list whose title
        does not (`### 五、最新前沿论文分享`, "latest frontier papers shared", over `- [2025-09-26-
        SOSP23-Snowcat: Efficient Kernel …](/2025阅读笔记/….pdf)` items linking the group's own
        files): where most of its linked items are title phrases linking the list's own pages
        (`_own_pages_titled`), each names a paper (the page is the maintainer's notes or copy
        of it). Their evidence is the heading's word: they count as items with evidence where
        a section's evidence is weighed."""
        heads: dict[int, bool] = {}  # heading line -> its words name papers (asked once)
        dates: set[int] = set()  # ... of those, the venue and date headings
        for chain in {id(f.chain): f.chain for f in self.found}.values():
            for h in chain:
                if h.line not in heads:
                    # (a venue or a date heading, `### JACS` under `## 2026`, groups papers as
                    # `Papers` does: what appeared there, or then)
                    # (a date the papers were read on says nothing of what they are)
                    named = names_papers(h.title) and not names_other_kind(h.title)
                    heads[h.line] = named or not h.read_date and _venue_or_date(h.title)
                    if heads[h.line] and not named:
                        dates.add(h.line)
        if not any(heads.values()):
            return  # (cheap first: no heading names papers)
        groups: dict[int, list[_Found]] = {}
        for f in self.found:
            at = next((i for i in range(len(f.chain) - 1, -1, -1) if heads[f.chain[i].line]),
                      None)
            if at is not None:
                # (date headings split the papers of the heading above them, `## Literature`
                # over `### 2024`, `### 2023`: one group, as one section)
                above = f.chain[at - 1] if at > 0 and f.chain[at].line in dates else None
                groups.setdefault((above or f.chain[at]).line, []).append(f)
        for group in groups.values():
            titled = _own_pages_titled(group)
            for f in titled:
                if f.parsed is not None and f.kind == "problem":  # (--explain says why)
                    f.parsed.shape += " (a title under a heading naming papers, linking the " \
                                      "list's own page)"
                # (its one link, a page of the repository, is no entry's)
                f.kind, f.reason = "paper", ""
                self.listed_titles.add(id(f))
            for f in group if titled else ():
                # (the heading's word is no evidence for items linking elsewhere: one that
                # links no paper and states nothing is judged as it was, a page or a post)
                if f.kind == "paper" and f.parsed is not None and f.parsed.links \
                        and not paper_evidence(f.parsed) and not _evidence_at_ends(f.parsed) \
                        and not any(paper_link(lk.url) for lk in f.parsed.links):
                    f.kind = "skipped"
                    f.reason = "no paper link, venue, year or authors, beside papers that " \
                               "link the list's own pages"

    def section_level(self) -> int:
        """The shallowest level whose headings directly hold papers (see the module doc)."""
        # per level, per heading: the items it holds; [0] by headings written as headings,
        # [1] by any heading (headings written inside bullets too)
        by: tuple[dict[int, dict[int, int]], dict[int, dict[int, int]]] = ({}, {})
        direct_at: dict[int, set[int]] = {}  # level -> its headings holding papers directly
        read_as_papers: Counter[int] = Counter()  # level -> items read as papers it holds
        for f in self.found:
            if f.kind not in ("paper", "dataset") and not f.post:
                continue
            holder = self._holder(f.chain)
            if holder is not None and f.kind == "paper":
                read_as_papers[holder.level] += 1
            # (a year at the title's ends, `Li+'22 - Title (AAAI)`, is evidence here too, as
            # it is for `_drop_sections_without_papers`: its heading holds papers directly)
            if holder is not None and f.kind == "paper" and f.parsed is not None \
                    and (paper_evidence(f.parsed) or _evidence_at_ends(f.parsed)):
                self.direct[holder.line] = self.direct.get(holder.line, 0) + 1
                if self.direct[holder.line] > STRAY:
                    self.held.add(holder.level)
                direct_at.setdefault(holder.level, set()).add(holder.line)
            for per, head in zip(by, (self._holder(f.chain, bulleted=False), holder),
                                 strict=True):
                if head is not None and not self._non_paper(head) and not head.resource:
                    per.setdefault(head.level, {}).setdefault(head.line, 0)
                    per[head.level][head.line] += 1
        for lv, lines in direct_at.items():
            # `# Molecule Pretrain` (2 papers), `# Molecule Generation` (1): headings of one
            # level that hold papers directly, more than STRAY together, hold them as sections
            # do; a sibling holding only topics of papers (`# 特征` > `### Graph2Graph`) is a
            # container on its branch (`_section_of`)
            if len(lines) > 1 and sum(self.direct[line] for line in lines) > STRAY:
                self.held.add(lv)
        # A heading written inside a bullet sorts the papers of the heading above it and is a
        # section only where that heading is a container on its branch (a sibling holds papers
        # itself, `_section_of`): it sets the list's section level only in a list whose
        # headings hold no papers (`# Title`, then `- ## Topic` bullets over the papers).
        per_level = by[0] or by[1]
        levels = sorted(per_level)
        for i, level in enumerate(levels):
            counts = per_level[level]
            deeper = sum(sum(per_level[lv].values()) for lv in levels[i + 1:])
            evidenced = sum(self.direct.get(line, 0) for line in counts)
            if len(counts) == 1 and sum(counts.values()) <= STRAY and deeper > STRAY \
                    or evidenced <= STRAY and 2 * evidenced < read_as_papers[level] \
                    and sum(self.direct.get(line, 0) for lv in levels[i + 1:]
                            for line in per_level[lv]) > STRAY:
                # (one heading over a few items; or headings whose items are mostly without
                # a paper's evidence, a few with it, `# 1. Datasets` over `[ZINC](site)`
                # lines, while deeper headings hold more with it: containers, not the level
                # of the list's sections)
                continue
            if not any(self.direct.get(line) for line in counts) and sum(
                    self.direct.get(line, 0) for lv in levels[i + 1:]
                    for line in per_level[lv]) > STRAY:
                # `## Open Source Projects` (links to tools' sites, no paper evidence) before
                # `## Papers` > `### Survey`: a level whose headings hold nothing with paper
                # evidence does not set the level while deeper headings hold papers that
                # give it; the tools stay under their own heading (and are dropped there)
                continue
            return level
        # (no heading but the list's title holds papers: the title's level, a page title from
        # front matter (0) as a `#` title, over `## 16 Oct 2025` date headings only, and a
        # `##` title as well, over `### 11/03/2021` ones: the title is the one section)
        return levels[0] if levels else self.title_level if self.title_level >= 0 else 1

    def _holder(self, chain: tuple[_Head, ...], bulleted: bool = True) -> _Head | None:
        for head in reversed(chain):
            if not head.year and head.level != self.title_level \
                    and (bulleted or not head.bulleted):
                return head
        return None

    def _excluded(self, chain: tuple[_Head, ...], level: int) -> str:
        """Why items under this chain are not papers: their own heading or their section's
        heading is about the repository (News, Contents, Citation) or names talks, posts,
        courses. A table of contents above the sections excludes only what it holds itself."""
        holder = self._holder(chain)
        section = next((h for h in reversed(chain) if h.level <= level), None)
        for head in (holder, section):
            if head is not None and self._non_paper(head):
                return f"under '{head.title}' (not papers)"
        for head in chain:
            if head.resource and head.line not in self.agreed and not (
                    head is not chain[-1] and (names_papers(chain[-1].title)
                                               or self._cited_under(chain[-1]))):
                return f"under '{head.title}' (talks, posts, courses: kept apart)"
        return ""

    def _excluded_from_above(self, chain: tuple[_Head, ...]) -> bool:
        """Whether only a heading of talks or slides above the item's own heading excludes it
        (`## Topics, Readings, and Slides` over `### Persistence`): the citations under it are
        read as the bullets there are, and `_excluded` lets them stand when most of them are
        cited papers (`_cited_under`), as their own heading's items agree."""
        return not chain[-1].resource and not any(self._non_paper(h) for h in chain) \
            and any(h.resource for h in chain[:-1])

    def _cited_under(self, head: _Head) -> bool:
        """Whether most items right under a heading are cited papers (authors, and a year or
        a venue: `[Title](pdf). A. J. Davison. ICCV 2003.`): then a heading above it that names
        talks or tutorials (`# Tutorials-SLAM` over `## Visual Odometry`) is a container whose
        words decide nothing for it; the items agree they are papers (as they do under a
        heading that names papers itself, `## SLAM Tutorial & Survey`)."""
        if self._cited_heads is None or self._cited_seen != len(self.found):
            self._cited_seen = len(self.found)
            items: Counter[int] = Counter()
            cited: Counter[int] = Counter()
            for f in self.found:
                if f.chain and f.parsed is not None and f.kind in ("paper", "problem"):
                    items[f.chain[-1].line] += 1
                    cited[f.chain[-1].line] += bool(f.parsed.authors) and bool(
                        f.parsed.year or f.parsed.venue_tag)
            self._cited_heads = {line for line, n in cited.items() if 2 * n > items[line]}
        return head.line in self._cited_heads

    def _own_raw(self, item: Item) -> str:
        """An item's own lines as written, without its child lines."""
        return self._raw(item.line, item.children[0].line - 1 if item.children
                         else item.end_line)

    def _fits_declared(self, declared: Declared, item: Item) -> bool:
        """Whether an item's own lines fit a declared template as a paper (`declared_paper`):
        a child line is then no field of its parent, and a parent over a tree of notes no mere
        label of them (`- Title | Nature` over `  - Parabiosis` and deeper lines)."""
        read = apply_declared(declared, Member(item.pieces, None), self._own_raw(item))
        return read is not None and declared_paper(read)

    def _declared_paragraph(self, para: Item) -> bool:
        """A paragraph that fits its section's declared template as a paper is one, as a
        bullet is (`Do Artifacts Have Politics?<br>` over `<br> Langdon Winner, ... (1980)`
        under `{title} <br> {_}({year})`): True when it was taken so."""
        declared = declared_for(self.declared, [h.title for h in self.chain])
        if declared is None or self._is_nav(para) or not self.chain or (
                len(self.chain) == 1 and self.chain[0].level == self.title_level):
            return False  # (prose under the list's title introduces the list: `_paragraph`)
        raw = self._raw(para.line, para.end_line)
        read = apply_declared(declared, Member(para.pieces, None), raw)
        if read is not None and not declared_paper(read) \
                and (read.year or read.venue_raw or read.authors):
            # (written as the template says, with a field of a reference, but no paper read
            # from it: reported, so that the person can see the template misreads it)
            self.found.append(_Found("problem", self.chain, para.line, raw, read,
                                     reason=DECLARED_NO_PAPER, paper_like=False))
            return True
        if read is None or not declared_paper(read):
            return False
        self.pending = []  # (a paper of its own: no title or author line above is its)
        self.found.append(_Found("paper", self.chain, para.line, raw, read,
                                 para_pieces=para.pieces, declared=read))
        return True

    def _declared_over_skipped(self) -> None:
        """An item inference skipped (a tool's name, a note) that fits its section's declared
        template as a paper is a paper: the person said how the section's papers are written.
        Its pieces are read again; the template then reads it with the section's others."""
        for f in self.found:
            text = self.item_text.get(f.line)
            if f.kind != "skipped" or text is None or self._heading_of_tools_or_books(f.chain):
                continue
            pieces, own = text
            declared = declared_for(self.declared, [h.title for h in f.chain])
            read = apply_declared(declared, Member(pieces, None), own) \
                if declared is not None else None
            if read is not None and declared_paper(read):
                f.kind, f.parsed, f.reason, f.pieces = "paper", read, "", pieces

    def _induced_template(self) -> None:
        """Items without a link that inference left out (`no link`, a name and its
        description) but that are written alike are read with the template they share,
        induced from them (`template.induce`: `- [x] 1983: Title`, `- Ann presents: Hosios
        (1988) Title`), each read only where every field it places reads as what it is. A
        section with a declared template is read as declared."""
        read = {f.line for f in self.found if f.kind == "paper"}
        # (what says what the item is stands: a skip as software or a post, a venue that
        # names software, `GitHub, 2019`; under a heading of books, a linkless citation is a
        # book, `_a_book`'s)
        # (nor is news of the list's authors a paper, `- CVPR 2023: Our paper ... accepted`)
        group = [f for f in self.found
                 if (f.kind == "problem" or f.reason == NAME_AND_DESCRIPTION)
                 and f.line in self.item_text and f.line not in read
                 and not (f.parsed is not None and labelled_not_paper(f.parsed))
                 and not self._heading_of_tools_or_books(f.chain)
                 and not _NEWS.search(self.item_text[f.line][1])]
        # (a declared section's items, read as declared, are evidence of how the list writes
        # its items all the same: of which template, not of whether the others are papers;
        # those must be INDUCED_ITEMS themselves, as in a list with no declared template)
        declared = [f for f in self.found if f.declared is not None and f.line in self.item_text]
        group = [f for f in group if not self._declared_section(f.chain)]
        if len(group) < INDUCED_ITEMS:
            return
        induced = induce([self.item_text[f.line][1] for f in [*declared, *group]])
        if induced is None:
            return
        group = [f for f in group if _dated_titles_named(induced, f.chain)]
        if not group:
            return
        fit = 0
        for f in group:
            pieces, own = self.item_text[f.line]
            item = read_induced(induced, Member(pieces, None), own)
            if item is not None and not labelled_not_paper(item):
                f.kind, f.parsed, f.reason, f.induced = "paper", item, "", True
                fit += 1
        self.templates.append(SectionTemplate(group[0].line, "items without a link", INDUCED,
                                              induced.pattern, fit, len(group)))

    def _induced_lines(self) -> None:
        """A linkless paragraph of several lines that nothing read (no heading, list markers
        or blank lines between its items: a syllabus pasted as text) whose lines are, some of
        them, references written alike (`Title. Names. TACAS 2008.`): each line that fits the
        template they share is a paper, read with it (`template.induce`, the share counted among
        the lines that hold the template's separators, `share_of_fitting`: a topic or a
        session line between them is no reference and no evidence against them)."""
        taken = {f.line for f in self.found}
        for chain, para in self.linkless_paragraphs:
            lines = source_lines(para)
            if any(line in taken for line, _part in lines) \
                    or self._heading_of_tools_or_books(chain) or self._declared_section(chain):
                continue
            texts = {line: " ".join(plain(part).split()) for line, part in lines}
            induced = induce(list(texts.values()), share_of_fitting=True)
            if induced is None or not _dated_titles_named(induced, chain):
                continue
            fit = 0
            for line, part in lines:
                item = read_induced(induced, Member(part, None), texts[line])
                if item is not None and not labelled_not_paper(item):
                    self.found.append(_Found("paper", chain, line, self._raw(line, line), item,
                                             induced=True))
                    fit += 1
            self.templates.append(SectionTemplate(para.line, "lines of a paragraph", INDUCED,
                                                  induced.pattern, fit, len(lines)))
        self.found.sort(key=lambda f: f.line)

    def _declared_section(self, chain: tuple[_Head, ...]) -> bool:
        """Whether the section has a declared template: read as declared, never induced."""
        return bool(self.declared) and declared_for(
            self.declared, [h.title for h in chain]) is not None

    def _declared_wins(self) -> None:
        """Items that fit their section's declared template stay papers as it read them,
        whatever the passes of inference after it decided."""
        for f in self.found:
            if f.declared is not None:
                f.kind, f.parsed, f.reason = "paper", f.declared, ""

    def _heading_of_tools_or_books(self, chain: tuple[_Head, ...]) -> bool:
        """Whether items sit under a heading of tools or books: a template declared for every
        section (`*`) says how the list writes its papers, not that a tool or a book written
        alike is one (`## Tools` over `- Names. PyTorch Geometric. GitHub, 2019.`)."""
        return self._books_heading_of(chain) is not None \
            or bool(chain) and is_tools(chain[-1].title)

    def _apply_templates(self) -> None:
        """Read the items under each heading with the template they share (see template.py):
        the inferred one, or the one a person declared for that section."""
        if self.declared:
            self._declared_over_skipped()
        groups: dict[int | None, list[_Found]] = {}
        paragraphs: dict[int | None, list[_Found]] = {}
        for f in self.found:
            if f.pieces is not None and f.kind in ("paper", "problem"):
                groups.setdefault(f.chain[-1].line if f.chain else None, []).append(f)
            elif f.para_pieces is not None and f.kind == "paper":
                paragraphs.setdefault(f.chain[-1].line if f.chain else None, []).append(f)
        places: list[tuple[list[_Found], str]] = []  # per section read: (items, place)
        # a declared section's paragraphs: (heading line, those that fit, paragraphs), counted
        # with its bullets in the line --explain prints
        declared_paragraphs: dict[int | None, tuple[list[_Found], int]] = {}
        for key, group in paragraphs.items():
            if declared_for(self.declared, [h.title for h in group[0].chain]) is None:
                self._paragraph_titles(group)
                places.append((group, self._venue_year_place(group)))
                continue
            for f in group:  # (declared: a paragraph inference read as a paper, not fitting)
                if f.declared is None:
                    f.kind, f.reason = "problem", "does not fit its section's template"
            declared_paragraphs[key] = (group, sum(f.declared is not None for f in group))
        for key, group in groups.items():
            chain = group[0].chain
            declared = declared_for(self.declared, [h.title for h in chain])
            members = [Member(f.pieces or [], f.parsed if f.kind == "paper" else None)
                       for f in group]
            applied: list[ParsedItem | None] = []  # each member read with the template, once
            if declared is None:
                is_titled = titled(members)  # only inference needs it (per item: costly)
                slot = infer(members, is_titled)
                applied = [apply(slot, m) for m in members] if slot != AS_READ else []
                # (an item is judged by the title its section's template reads, not only by
                # its own reading: `- 2022 [Title](paperswithcode)` among `- 2022 [Title](arxiv)`
                # is titled by its link's text as they are, whatever its link is)
                self._skip_untitled(group, is_titled if slot == AS_READ else [
                    flag or read is not None and title_like(read.title)
                    for flag, read in zip(is_titled, applied, strict=True)])
            else:
                slot = AS_READ
            if declared is None and slot == AS_READ and not self.explain:
                places.append((group, self._venue_year_place(group)))
                continue
            fit, items = 0, len(group)
            if declared is not None and key in declared_paragraphs:
                paras, fit = declared_paragraphs.pop(key)
                items += len(paras)
            fitting = []
            # (under a heading of tools or books, a template declared for the list's papers
            # reads only an item that links a paper: the others inference judges, as it
            # judges them with nothing declared)
            kept_out = declared is not None and self._heading_of_tools_or_books(chain)
            for k, (f, member) in enumerate(zip(group, members, strict=True)):
                if f.kind == "skipped" or kept_out and not (
                        f.parsed is not None and paper_identity(f.parsed)):
                    continue  # `_skip_untitled` took it out
                if declared is not None:
                    own = self.item_text.get(f.line)
                    parsed = apply_declared(declared, member, own[1] if own else f.raw)
                elif slot == AS_READ:
                    parsed = member.parsed
                else:
                    parsed = applied[k]
                if parsed is not None and listed_paper(parsed) and f.kind == "problem" \
                        and parsed.links and not_a_paper(parsed):
                    # `[[Dr. TLA+ Series] Paxos - Andrew Helwer](youtube)`: titled by the
                    # template only, what it links is a video, as for any item (`_item`)
                    f.kind, f.parsed, f.reason = "skipped", parsed, NOT_A_PAPER
                elif parsed is not None and parsed is not member.parsed and f.kind == "paper" \
                        and member.parsed is not None and parsed.title != member.parsed.title \
                        and listed_paper(parsed) and authored_post(parsed):
                    # `- Aleksey Kladov. [Title](matklad.github.io/2020/04/13/…), 2020.`: read
                    # alone, the names were its title and the link beside them a note's; the
                    # template titles it by its link, and that link is a post's
                    f.kind, f.parsed, f.reason, f.post = "skipped", parsed, NOT_A_PAPER, True
                elif parsed is not None and (listed_paper(parsed) or declared is not None
                                             and declared_linkless(parsed)):
                    fit += 1
                    f.kind, f.parsed, f.reason = "paper", parsed, ""
                    if declared is not None:
                        f.declared = parsed
                    fitting.append(f)
                elif declared is None and f.kind == "paper" and member.parsed is not None \
                        and (read_as(member.parsed, member.pieces)
                             or CJK_PHRASE.search(member.parsed.title)):
                    # An inferred template is evidence, not a rule: an item that reads as a
                    # title by itself stays (a declared template is the maintainer's word)
                    f.parsed = replace(member.parsed, shape=member.parsed.shape +
                                       " (outside its section's template)")
                elif declared is None and f.kind == "paper" and parsed is not None \
                        and member.parsed is not None and not parsed.links \
                        and member.parsed.links and member.parsed.title \
                        and title_key(member.parsed.title) in title_key(parsed.title):
                    # The template's span holds the title the item reads; the item's links are
                    # on its child lines (`* [WorldModel] World Models [2018.03]` over `  -
                    # paper : url`), which a one-line template does not see: the item's reading
                    f.parsed = member.parsed
                elif f.kind == "paper" or (parsed is not None and not parsed.links):
                    f.kind = "problem"
                    f.reason = "does not fit its section's template" if parsed is None \
                        else "no link"
            if declared is None and slot != AS_READ:
                # (judged again by the titles the template gave: `NEOS Guide: [NEOS Guide](url)`
                # among `Topic: [whole citation](url)` items is a name, not a paper)
                self._skip_untitled(fitting, [f.parsed is not None and title_like(f.parsed.title)
                                              for f in fitting])
                fit -= sum(f.kind == "skipped" for f in fitting)
                fitting = [f for f in fitting if f.kind != "skipped"]
            place = self._venue_year_place(group) if declared is None else ""
            if declared is None:
                places.append((group, place))
            notations = [notation(f.raw, f.parsed) for f in fitting if f.parsed is not None] \
                if self.explain else []
            if chain:
                head = chain[-1]
                self.templates.append(SectionTemplate(
                    head.line, head.title, slot,
                    declared.pattern if declared else common_notation(notations), fit,
                    items, declared is not None, place))
        for paras, fit in declared_paragraphs.values():  # (sections of paragraphs only)
            declared = declared_for(self.declared, [h.title for h in paras[0].chain])
            if paras[0].chain and declared is not None:
                head = paras[0].chain[-1]
                self.templates.append(SectionTemplate(head.line, head.title, AS_READ,
                                                      declared.pattern, fit, len(paras), True))
        # The list's own place (`list_place`): read in its sections that have none of their own
        found = list_place([place for _group, place in places])
        if found:
            for group, place in places:
                if not place and self._venue_year_place(group, found) and group[0].chain:
                    line = group[0].chain[-1].line
                    for template in self.templates:  # (--explain says where it was read)
                        if template.line == line and not template.declared:
                            template.venue_place = f"{found} (as the list's other sections)"

    @staticmethod
    def _paragraph_titles(group: list[_Found]) -> None:
        """A heading's paragraphs are written alike too: where most of them hold their title in
        one slot other than where each was read (`infer`: `Raychev, Vechev, Yahav. [Title](pdf).
        PLDI'14`, the link's text), a paragraph whose own reading gave no title (`read_as`:
        an author list before the link) is read with that slot. A paragraph that reads as a
        title by itself stays as read (an inferred template is evidence, not a rule). Fewer
        than CITED_ITEMS paragraphs share nothing a template could be inferred from (`"**Deep
        learning**." Nature 521.7553 (2015)` alone under its heading stays as read)."""
        if len(group) < CITED_ITEMS:
            return
        members = [Member(f.para_pieces or [], f.parsed) for f in group]
        is_titled = titled(members)
        if all(is_titled):
            return  # (cheap first: every paragraph already reads as a title)
        slot = infer(members, is_titled)
        if slot == AS_READ:
            return
        for f, member, flag in zip(group, members, is_titled, strict=True):
            parsed = None if flag else apply(slot, member)
            if parsed is not None and listed_paper(parsed) and title_like(parsed.title) \
                    and (f.parsed is None or _names_only(f.parsed.title)
                         or title_key(f.parsed.title) == title_key(parsed.title)):
                f.parsed = parsed

    @staticmethod
    def _venue_year_place(group: list[_Found], known: str = "") -> str:
        """The venue and year read where the section's items write them around their titles
        (`section_venue_year`), once the template has placed the titles: that place, or ""."""
        place, read = section_venue_year([f.parsed if f.kind == "paper" else None for f in group],
                                     [f.pieces or f.para_pieces or [] for f in group], known)
        for f, parsed in zip(group, read, strict=True):
            if parsed is not None:
                f.parsed = parsed
        return place

    def _journal_headings(self) -> dict[int, str]:
        """Heading line -> the venue it names, for word headings that are journals by their
        siblings: where the headings of one parent over papers (`### Nature`, `### Science`,
        `### Cell`, `### Nat. Chem. Biol.` under `## 2026`) are all venues the table knows,
        two or more, each names where its papers appeared. A word heading beside others that
        are not venues (`### Radiology` beside `### Cell Biology`) is a topic as often as a
        journal (`headings_venue_year`): silent."""
        named: dict[int, str] = {}
        for heads in self._sibling_headings().values():
            titles = {h.line: " ".join(h.title.split()) for h in heads if not h.year}
            if len(titles) > 1 and all(lookup(title) is not None for title in titles.values()):
                named.update(titles)
        return named

    def _sibling_headings(self) -> dict[tuple[int, ...], set[_Head]]:
        """The headings over papers, grouped by the headings above them (their siblings):
        `_grouping_headings` and `_journal_headings` judge a heading by its siblings. Each
        chain is walked once (the items under one heading share it)."""
        siblings: dict[tuple[int, ...], set[_Head]] = {}
        chains = {id(f.chain): f.chain for f in self.found if f.kind == "paper"}
        for chain in chains.values():
            for k, head in enumerate(chain):
                siblings.setdefault(tuple(h.line for h in chain[:k]), set()).add(head)
        return siblings

    def _grouping_headings(self) -> set[int]:
        """Lines of the headings that may give their papers a venue and year
        (`headings_venue_year`): those whose sibling headings over papers all name a venue or
        a date too (`### sp2025` beside `### sp2024`; `### ACL2022` beside topics is one
        more reading-list topic, and its papers are not all from there)."""
        grouping: set[int] = set()
        for heads in self._sibling_headings().values():
            named = {h.line for h in heads if _venue_or_date(h.title)}
            if 2 * len(named) > len(heads) and all(" | " in h.title for h in heads):
                # `### MICrONS | Cell 2022` beside `### H01 | preprint`: every sibling writes a
                # name then its fields, most a venue and year; one that names none is no topic
                named = {h.line for h in heads}
            for head in heads:
                if not {h.line for h in heads} - named - {head.line}:
                    grouping.add(head.line)
        return grouping

    @staticmethod
    def _skip_untitled(group: list[_Found], is_titled: list[bool]) -> None:
        """Where most items of a section read as titled papers, an item whose "title" is only a
        short name and that gives no paper link, venue, year or authors does not fit: it is a
        resource (`<u>Gutenberg</u>: [[Source](https://www.gutenberg.org/)]`), not a paper."""
        if 2 * sum(is_titled) <= len(group):
            return
        for f, has_title in zip(group, is_titled, strict=True):
            if f.kind == "paper" and not has_title and f.parsed is not None \
                    and not phrase(f.parsed.title) and not paper_evidence(f.parsed):
                f.kind = "skipped"
                f.reason = "a name without a paper link, venue, year or authors, unlike the " \
                           "titled papers of its section"

    def _events_agree_on_papers(self) -> None:
        """A heading's word decides nothing when its items disagree: under `### Conference`
        (`sections.is_event`), an item linking no paper itself was skipped as an event; where
        EVENT_PAPERS or more items of that heading link a paper itself (arXiv, a PDF, a DOI)
        and those skipped are written as they are (the same reading shape, a title phrase and
        a venue or year of their own: a site's name, `ACL Wiki`, is none), the heading lists
        papers: they are papers too (`**[E-MAC]** Title (**ICLR**) [[paper](openreview)]`
        beside arXiv-linked ones)."""
        if not self.event_items:
            return  # (cheap first: no item was skipped for an events heading)
        shapes: dict[int, set[str]] = {}  # heading line -> shapes of its paper-linked papers
        linked: Counter[int] = Counter()  # heading line -> how many of its papers link one
        for f in self.found:
            if f.kind == "paper" and f.parsed is not None and f.chain \
                    and paper_identity(f.parsed):
                shapes.setdefault(f.chain[-1].line, set()).add(f.parsed.shape)
                linked[f.chain[-1].line] += 1
        for f, parsed, pieces in self.event_items:
            if linked[f.chain[-1].line] < EVENT_PAPERS:
                continue
            if parsed.shape in shapes[f.chain[-1].line] and title_like(parsed.title) \
                    and (parsed.venue_tag or parsed.year) and not labelled_not_paper(parsed):
                f.kind, f.reason, f.parsed, f.pieces = "paper", "", parsed, pieces
            elif not parsed.venue_tag and parsed.title[-1:] == ")":
                # `Title (**ACM MM**)[[paper](openreview)]` beside `**[Name]** Title (**ICCV**)`:
                # written as they are but for the name; its title's end names a venue the table
                # knows (`peel_title_ends`, which every paper gets later), the same evidence
                read = replace(parsed)
                peel_title_ends(read)
                if read.venue_raw and lookup(read.venue_raw) is not None \
                        and title_like(read.title) and not labelled_not_paper(read):
                    f.kind, f.reason, f.parsed, f.pieces = "paper", "", parsed, pieces

    def _non_paper(self, head: _Head) -> bool:
        return head.non_paper and head.line not in self.agreed

    def _agree_on_papers(self) -> None:
        """A heading's words decide nothing unless its items agree: a section called
        `Overview`, or one whose word names talks or tutorials (`## System and Tutorial`),
        whose items are titled papers (a title phrase and a paper link, venue, year or
        authors, or a linkless title with its venue and year; not dated news, first-person
        notes or a talk given at an event), written the way the list writes its papers under
        its other headings (the same reading shape), is a paper section. The one verdict
        every heading word that skips a section asks (`_non_paper`, `_excluded`)."""
        under: dict[int, list[_Found]] = {}
        tasks: set[int] = set()  # lines of the headings that may name a task (`names_a_task`)
        talking: set[int] = set()  # lines of the headings of talks among them
        only_talks: set[int] = set()  # ... of those that name talks and nothing else
        elsewhere: set[str] = set()  # how the papers under the other headings are written
        # lines of the headings whose subheadings hold papers (`## References` over `###
        # Guided Waves`): a container of papers, whatever its word
        over_papers: set[int] = set()
        # heading line -> [papers with evidence, items] under its subheadings (`## Table of
        # Contents` over `### Scheduling`: the contents are the papers themselves)
        subtree: dict[int, list[int]] = {}
        for f in self.found:
            holder = self._holder(f.chain)
            # (a heading of talks decides for every item under it, deeper headings' too)
            talks = next((h for h in f.chain if h.resource), None)
            if holder is not None and holder.non_paper and f.kind != "skipped":
                if holder.line not in under and names_a_task(holder.title):  # (once a heading)
                    tasks.add(holder.line)
                under.setdefault(holder.line, []).append(f)
                if talks is not None:  # (`## Blog Posts & News`)
                    talking.add(holder.line)
            elif talks is not None and f.kind != "skipped":
                under.setdefault(talks.line, []).append(f)
                talking.add(talks.line)
                if names_only_talks(talks.title):
                    only_talks.add(talks.line)
            elif f.kind == "paper" and f.parsed is not None:
                elsewhere.add(f.parsed.shape)
                over_papers.update(h.line for h in f.chain if h is not holder and h.non_paper)
            if holder is not None and not holder.non_paper and talks is None:
                for h in f.chain:
                    if h is not holder and h.non_paper:
                        below = subtree.setdefault(h.line, [0, 0])
                        below[0] += f.kind == "paper" and f.parsed is not None \
                            and paper_evidence(f.parsed)
                        below[1] += 1
        for line, found in under.items():
            papers = [f for f in found if (_own_paper(f, line in talking, line in only_talks)
                                           or line in tasks and _peeled_paper(f))
                      and not _NEWS.search(f.raw)]
            # (a line that links nothing, `- **Frame Rate** — tokens per second`, is a note
            # about the section: it neither holds nor denies a paper)
            own = {id(f) for f in papers}
            found = [f for f in found if f.kind == "paper" or f.parsed is None
                     or f.parsed.links or id(f) in own]
            # ... and written like the list's papers under its other headings, when it has
            # any: `- [Title](arxiv) from ByteDance.` under News, in a list whose papers are
            # `"Title" [2023-08] [[paper](url)]`, is news about a paper
            alike = not elsewhere or any(f.parsed.shape in elsewhere for f in papers
                                         if f.parsed is not None)
            # (`### News Recommendation` over one paper written as the list's papers under
            # its other headings: that one decides; a heading that is only a repository
            # word needs two, unless its own subheadings hold papers: `## References` over
            # `### Guided Waves`, its one item written as theirs is one of them)
            least = 1 if line in tasks and (elsewhere or _linkless_papers_elsewhere(
                self.found, {id(f) for f in found})) or line in over_papers else 2
            if len(papers) >= least and 3 * len(papers) >= 2 * len(found) and alike:
                self.agreed.add(line)
        for line, (cited, items) in subtree.items():
            # A heading of the repository's word that holds nothing itself, over subheadings
            # whose items are papers stating a venue, year or authors (`## Table of Contents`
            # over `### File and Storage Systems` and its `| [Title](note.md) | SOSP '11 |`
            # rows): the word names the page's body, a container of papers
            if line not in under and cited >= CITED_ITEMS and 3 * cited >= 2 * items:
                self.agreed.add(line)
                self.bodies.add(line)

    def _skip_named_things(self) -> None:
        """Under a heading where most items are a short name and a description (`[spaCy](url)
        - Industrial-strength NLP in Python`), those items are tools, datasets or systems:
        skipped, unless the item links a paper itself (arXiv, DOI, a PDF)."""
        groups: dict[int, list[_Found]] = {}
        for f in self.found:
            # the tools already known as such (a name linked to its repository) are items of
            # their section too: the section's items are written alike
            if f.pieces is not None and f.chain and (f.kind == "paper" or f.reason == TOOL_NAME):
                groups.setdefault(f.chain[-1].line, []).append(f)
        for group in groups.values():
            named: list[_Found] = []
            for i, f in enumerate(group):
                if 2 * (i - len(named)) >= len(group):
                    break  # half the section is not named things: no need to read the rest
                # (a name whose line names its paper, `[scvis](bitbucket) - [python] - [Title](
                # doi)`, is written as its tool siblings are: `items._named_work`; it counts
                # with them, and stays the paper it names)
                if f.pieces is not None and (name_and_description(f.pieces)
                                             or f.parsed is not None and f.parsed.named_paper):
                    named.append(f)
            if len(named) < 2 or 2 * len(named) <= len(group):
                continue
            described = [f for f in named if f.kind == "paper" and f.parsed is not None
                         and _described_name(f.parsed)]
            prose = [f for f in described if _sentence_after(f)]
            if 2 * len(prose) > len(named):
                # `- **LegalLAMA**: LegalLAMA is a diverse probing benchmark suite … .` over
                # `[Paper](arxiv)`, its siblings alike: datasets or systems named by their
                # paper links, each described by sentences (no titles), so each is titled by
                # its name (as `**DNABERT** [[paper]]` is); a sibling whose words are a title
                # phrase, `**CaseHOLD**: When Does Pretraining Help? …`, keeps its title
                for f in prose:
                    if f.parsed is not None:
                        f.parsed.title, f.parsed.title_is_label = f.parsed.name, False
                        f.parsed.shape += ", its name the title (sentences describe it)"
            # `- **tGPT**: Title [paper](sciencedirect), [code](github)`: where the group's
            # links labelled as the paper go to papers' pages, a sibling's link so labelled is
            # its paper's too, wherever it points (`[paper](https://t.co/…)`, a short link)
            labelled = {p.text.lower() for f in group if f.pieces is not None
                        for p in _paper_labelled(f.pieces) if paper_link(p.href)}
            for f in named:
                # (a name before a full citation, `**CGACD:** Fei Du, .... "Title." CVPR
                # (2020).`, names the paper the citation is: authors, title, venue and year)
                if f.kind == "paper" and f.parsed is not None and not f.parsed.named_paper \
                        and not any(paper_link(lk.url) for lk in f.parsed.links) \
                        and not any(p.text.lower() in labelled and not code_link(p.href)
                                    for p in _paper_labelled(f.pieces or [])) \
                        and not _written_as_paper(f.parsed) and not _named_paper_cited(f.parsed):
                    f.kind = "skipped"
                    f.reason = NAME_AND_DESCRIPTION

    def _skip_tools(self) -> None:
        """Under a heading of tools (`sections.is_tools`), an item whose own link is no
        paper's and that names no authors is software, whatever its text cites (`[Nengo](
        https://www.nengo.ai/...) is a neuron simulator ... [Hunsberger and Eliasmith
        (2015)](arxiv)`); a tool that names its paper by its title is that paper
        (`items._named_work`)."""
        tools: dict[int, bool] = {}  # heading line -> is it a heading of tools (asked once)
        for f in self.found:
            p = f.parsed
            if f.kind != "paper" or p is None or not f.chain:
                continue
            head = f.chain[-1]
            if head.line not in tools:
                tools[head.line] = is_tools(head.title)
            if tools[head.line] and p.links and not p.authors and not p.named_paper \
                    and not paper_link(p.links[0].url) and not _labels_its_paper(p):
                f.kind = "skipped"
                f.reason = f"its own link is no paper's, under '{f.chain[-1].title}' (tools)"

    def _unnamed_among_cited(self) -> None:
        """Under a heading whose other papers (CITED_ITEMS or more) are all written as
        citations, each with its authors and year (`- Gelaro, R., et al. (2017). *Title*.`),
        an item read with no authors, year or venue that links no paper (`- NOAA National
        Centers for Environmental Information (NCEI). *Storm Events Database Documentation*.`
        at a data portal) is not written as its papers are: a database's documentation, a data
        service or a site, cited by its organisation. Fewer such items than citations."""
        groups: dict[int, list[_Found]] = {}
        for f in self.found:
            if f.kind == "paper" and f.pieces is not None and f.parsed is not None and f.chain:
                groups.setdefault(f.chain[-1].line, []).append(f)
        for group in groups.values():
            bare = [f for f in group if f.parsed is not None and not (
                f.parsed.authors or f.parsed.year or f.parsed.venue_tag or f.parsed.named_paper)
                and not any(paper_link(lk.url) for lk in f.parsed.links)]
            unnamed = {id(f) for f in bare}
            if not bare or len(group) - len(bare) < max(CITED_ITEMS, len(bare) + 1) \
                    or not all(f.parsed is not None and f.parsed.authors and f.parsed.year
                               is not None for f in group if id(f) not in unnamed):
                continue
            for f in bare:
                f.kind = "skipped"
                f.reason = "no names or year among papers cited with theirs, no paper linked " \
                           "(documentation, a data service or a site)"

    def _bare_links_among_citations(self) -> None:
        """Under a heading most of whose papers state their venue, year or authors themselves
        (`- [SocNav1: A Dataset to ...](github), MDPI 2019.`), an item that is only a link
        and links no paper (`- [AI Habitat 3.0](https://aihabitat.org/habitat3/)`) is not
        written as its papers are: a simulator, tool or site named without a paper, when its
        text is a name (`evidence.software_name`: a versioned name too), not a title phrase (a
        paper whose venue the list did not write, linked to its project page, stays)."""
        groups: dict[int, list[_Found]] = {}
        for f in self.found:
            if f.kind == "paper" and f.pieces is not None and f.parsed is not None and f.chain:
                groups.setdefault(f.chain[-1].line, []).append(f)
        everywhere = [f for group in groups.values() for f in group]
        # (cheap first: an item with one link, to a repository itself)
        repositories = [f for f in everywhere if f.parsed is not None and f.pieces is not None
                        and len(f.parsed.links) == 1
                        and any(host in f.parsed.links[0].url for host in CODE_HOSTS)
                        and repository_home(f.parsed.links[0].url)
                        and _only_a_link(f.pieces) and not paper_evidence(f.parsed)]
        stating = [f for f in everywhere if _states_fields(f)] if repositories else []
        if repositories and 2 * len(stating) > len(everywhere) and 2 * sum(
                _opens_with_link(f.pieces) for f in stating if f.pieces is not None) \
                < len(stating):
            for f in repositories:
                # `- [Awesome Graph Embedding](https://github.com/owner/repo)` in a list most
                # of whose papers state their venue, year or authors and do not open with a
                # link (`- **Galois** - Title (SOSP'13). [[paper]](url)`): a link to a
                # repository itself (code, another list), written as none of its papers are
                # (where papers open with their link, `[Title](github), CVPR 2016.`, one
                # linked to its code alone is still one of them)
                f.kind = "skipped"
                f.reason = "only a link to a repository, in a list whose papers state "\
                           "their venue, year or authors (code or another list)"
        for f in everywhere:
            if f.kind == "paper" and f.pieces is not None and f.parsed is not None \
                    and _names_a_repository(f.pieces) and names_papers(f.parsed.title) \
                    and not (f.parsed.venue_tag or f.parsed.year or f.parsed.named_paper):
                # `***Collection of symbolic execution papers:** [XMUsuny/symbolic-execution-
                # papers](https://github.com/XMUsuny/symbolic-execution-papers)*`: words naming
                # papers over a link named by its repository's own path: another list (names
                # read around it are no evidence: `해당 Paper List는 [owner/repo](…/tree/main)를
                # 참고하여 만들었습니다`, "made with reference to", reads its last words as one)
                f.kind = "skipped"
                f.reason = "words naming papers over a link to a repository named by its " \
                           "path (another list)"
        for group in groups.values():
            stated = sum(map(_states_fields, group))
            if 2 * stated <= len(group):
                continue
            for f in group:
                if f.parsed is not None and f.pieces is not None and _only_a_link(f.pieces) \
                        and not paper_evidence(f.parsed) and software_name(f.parsed.title):
                    f.kind = "skipped"
                    f.reason = "only a link to no paper, under a heading whose papers state " \
                               "their venue, year or authors (a tool, system or site)"

    def _headings_as_papers(self) -> None:
        """Papers written as headings (`### 1. [Title](arxiv) (ResNet)` over labelled bullets,
        `### Sutton et al. [Title](pdf) NIPS 1999` over commentary): a heading that links a
        paper under its title phrase is a paper where HEADING_PAPERS or more headings of its
        level are, and they hold fewer papers of their own than there are of them (a survey's
        heading over the papers it surveys is a section; a link in a paper's commentary is
        no paper). What such a heading holds is that paper's notes and links, not papers."""
        held = Counter(f.chain[-1].line for f in self.found
                       if f.chain and not f.heading and f.kind in ("paper", "dataset")
                       and f.line not in self.label_links)
        # (a heading that links nothing counts only with a label link it gathered that is
        # no repository's or video's)
        self.found = [f for f in self.found if not f.bare_heading or f.parsed is not None
                      and any(not code_or_video_link(lk.url) for lk in f.parsed.links)]
        heads = [f for f in self.found if f.heading]
        levels = Counter(self._level_of(f) for f in heads if not f.alike)
        holds: Counter[int] = Counter()  # level -> papers its candidate headings hold
        for f in heads:
            holds[self._level_of(f)] += held[f.line] if not f.alike else 0
        kept = {f.line for f in heads if levels[self._level_of(f)] >= HEADING_PAPERS
                and holds[self._level_of(f)] < levels[self._level_of(f)]}
        # (a heading written like them counts only where its level's strong ones are papers:
        # it holds notes, a paper's, or it is a section and `kept` leaves it out)
        kept -= {f.line for f in heads if f.alike and held[f.line]}
        for f in self.found:
            if f.chain and f.chain[-1].line in kept and f.kind != "skipped":
                f.kind, f.post = "skipped", False
                f.reason = f"a note of the paper written as the heading at line {f.chain[-1].line}"
        self.found = [f for f in self.found if not f.heading or f.line in kept]
        if kept:  # the list's title is read again without the papers' headings
            self.title_level = self._title_level(kept)
        for f in self.found:
            if f.chain and f.chain[-1].line in kept:
                f.chain = tuple(h for h in f.chain if h.line not in kept)
        # `- ***Person search***` right before `> ###### 1) *"Title"* [[paper](pdf)]`: a line
        # without a link or a field of its own that opens papers written as headings labels
        # them (neither a paper without a link nor a note of the paper above it)
        labels = {before.line for before, after in zip(self.found, self.found[1:], strict=False)
                  if after.line in kept and before.kind in ("problem", "skipped")
                  and before.parsed and not before.parsed.links and before.chain == after.chain
                  and not (before.parsed.year or before.parsed.venue_tag
                           or before.parsed.authors)} if kept else set()
        if labels:
            self.found = [f for f in self.found if f.line not in labels]

    def _dated_headings(self) -> None:
        """Papers written as linkless headings, a title phrase with its year and nothing else
        (`## High-resolution mapping of the world's reservoirs and dams … (2011)`, `（2015）`)
        over the maintainer's notes: where RECORD_HEADINGS or more headings of one level, and
        most of that level's, are so written and none holds a paper or data set of its own,
        each heading names the one paper its notes discuss (a section's heading holds its
        papers; a topic is no title phrase dated alike). No link or field is made up."""
        if len(self.dated_heads) < RECORD_HEADINGS:
            return  # (cheap first)
        by_level = Counter(self.level_at[f.line] for f in self.dated_heads)
        levels = Counter(self.level_at.values())
        held = {h.line for f in self.found if f.kind in ("paper", "dataset") for h in f.chain}
        kept = [f for f in self.dated_heads if by_level[self.level_at[f.line]] >= RECORD_HEADINGS
                and 2 * by_level[self.level_at[f.line]] > levels[self.level_at[f.line]]]
        if not kept or any(f.line in held for f in kept):
            return
        lines = {f.line for f in kept}
        for f in self.found:  # (what the headings hold is their notes, no section's)
            if any(h.line in lines for h in f.chain):
                f.chain = tuple(h for h in f.chain if h.line not in lines)
        self.dated_papers = {id(f) for f in kept}
        self.found = sorted(self.found + kept, key=lambda f: f.line)
        self.title_level = self._title_level(lines)

    def _bullet_records(self) -> None:
        """A heading over one record written as labelled bullets (`* **科研团队：** ...` / `*
        **发布期刊：** Plant Phenomics, 2023.07` / `* **论文链接：** [Title](url)`): where every
        item right under a heading opens with a bold label, RECORD_FIELDS of them or more, and
        exactly one of them names a paper by a title of its own, the others are that paper's
        fields, not items: a venue and date fills the venue and year it lacks (`dated_venue`),
        and a label over links that names no title (`**相关研究：** [Galsim](url)、[COSMOS](url)`)
        is no paper. The heading holds that one record (`_record_headings`)."""
        blocks: dict[int, list[_Found]] = {}
        for f in self.found:
            if f.chain and f.parent is None and not f.heading:
                blocks.setdefault(f.chain[-1].line, []).append(f)
        for line, block in blocks.items():
            if len(block) < RECORD_FIELDS:
                continue  # (cheap first: a record is several bullets)
            labelled: list[tuple[_Found, str, list[Piece]]] = []
            for f in block:
                if f.pieces is None:
                    continue
                label, after = field_label(f.pieces)
                if not label:  # (cheap first: most blocks stop at their first item)
                    labelled = []
                    break
                labelled.append((f, label, after))
            if len(labelled) < RECORD_FIELDS:
                continue
            papers = [f for f, label, _ in labelled if f.kind == "paper" and f.parsed is not None
                      and title_key(f.parsed.title) != title_key(label)]
            if len(papers) != 1 or papers[0].parsed is None:
                continue
            paper = papers[0].parsed
            head = papers[0].chain[-1]
            if title_key(head.title) == title_key(paper.title):
                # `### Title` over `- **Link**: [Title](doi)`: the heading writes the title
                # first, the record's line repeats it: the paper is listed on the heading's
                papers[0].line = head.line
            for f, label, after in labelled:
                if f is papers[0]:
                    continue
                if not paper.venue_tag and set(words(label)) & VENUE_COLUMN:
                    fill_field(paper, after, label)  # `- **Published In**: ACM`
                if f.kind == "paper" or dated_venue(paper, after) or f.kind == "problem":
                    f.kind, f.reason = "skipped", f"a field of the record of '{paper.title}' " \
                                                  f"('{label}:'), not a paper"
            self.record_heads.add(line)

    def _record_headings(self) -> None:
        """Headings that number records, one paper each (`### 综述一`, `### 综述二`: "survey
        one", "survey two", under `## 目标跟踪`): where every heading of a level holds one paper
        at most, and all of them are one word with a different number (digits, Chinese or
        Roman numerals), they name no topic; the papers belong to the heading above them. So
        do headings that name their one paper (`### PWC-Net ★★` over `**[Paper]** (CVPR 2018)
        PWC-Net: CNNs for Optical Flow …`): where most of a level's headings that hold a
        paper are its name (`_names_its_paper`), the level is the papers' names, no topics."""
        held = Counter(f.chain[-1].line for f in self.found
                       if f.chain and f.kind in ("paper", "dataset"))
        papers: dict[int, str] | None = None  # heading line -> its paper's title (if asked)
        chains = {id(f.chain): f.chain for f in self.found}.values()  # (one per heading, shared)
        heads = {h.line: h for chain in chains for h in chain}
        by_level: dict[int, list[_Head]] = {}
        for head in heads.values():
            by_level.setdefault(head.level, []).append(head)
        records: set[int] = set()
        for level, level_heads in by_level.items():
            if len(level_heads) < RECORD_HEADINGS or any(held[h.line] > 1 for h in level_heads) \
                    or sum(held[h.line] for h in level_heads) < RECORD_HEADINGS \
                    or not any(h.level < level for h in heads.values()):
                continue
            if all(h.line in self.record_heads for h in level_heads if held[h.line]):
                # `### 1. [新闻标题](news)` over one record of labelled bullets each: a headline
                # of its one paper, no topic (`_bullet_records`)
                records.update(h.line for h in level_heads)
                continue
            stems = {_NUMBERING.sub("", h.title).strip(" .:-#") for h in level_heads}
            numbered = all(_NUMBERING.search(h.title) for h in level_heads)
            if numbered and len(stems) == 1 and all(stems) \
                    and len({h.title for h in level_heads}) > 1:
                records.update(h.line for h in level_heads)
                continue
            if papers is None:
                papers = {f.chain[-1].line: f.parsed.title for f in self.found
                          if f.chain and f.kind == "paper" and f.parsed is not None}
            named = sum(_names_its_paper(h.title, papers[h.line])
                        for h in level_heads if h.line in papers)
            if 2 * named > sum(h.line in papers for h in level_heads):
                records.update(h.line for h in level_heads)
        if records:
            for f in self.found:
                f.chain = tuple(h for h in f.chain if h.line not in records)

    def _level_of(self, heading_paper: _Found) -> int:
        """The level of a heading read as a paper (its chain holds the headings above it)."""
        return self.level_at[heading_paper.line]

    def _headings_as_titles(self) -> None:
        """`### Attention Is All You Need` over `*Ashish Vaswani, ...* — NeurIPS 2017` and its
        links: where headings of one level each hold one item whose "title" reads as names,
        and the heading reads as a title, the heading is the item's title (its names and venue
        the item's) and the item belongs to the heading above."""
        under: dict[int, list[_Found]] = {}
        for f in self.found:
            if f.chain:
                under.setdefault(f.chain[-1].line, []).append(f)
        fits = [found[0] for found in under.values()
                if len(found) == 1 and found[0].kind in ("paper", "problem")
                and found[0].parsed is not None and found[0].parsed.links
                and names_line(found[0].parsed.title) and title_like(found[0].chain[-1].title)]
        levels = Counter(f.chain[-1].level for f in fits)
        for f in fits:
            head = f.chain[-1]
            if levels[head.level] < 2 or f.parsed is None:
                continue
            item = replace(f.parsed, title=head.title, shape="title in its own heading",
                           title_is_label=False)
            read_names_line(item, f.parsed.title)
            f.parsed, f.kind, f.reason, f.chain = item, "paper", "", f.chain[:-1]

    def _paragraph_items(self) -> None:
        """Paragraph items read by the shape the list gives them (`Title ,` then `Project:
        <url>`): where PARAGRAPH_ITEMS or more of the list's paper paragraphs share one
        shape, a paragraph of that shape is an item even when its only link is a
        project page or repository, where most paragraphs of that shape in its section are
        papers (a section of repositories stays one) and its links are not all labelled code
        (`[[github](...)]`: the list says it is the software); where PARAGRAPH_SHARE of the
        paper paragraphs share such shapes, a paper paragraph of
        another shape before the first of them is the list's preamble prose (`... please
        check our digital PBDL book: url (or as PDF: url)`), not a paper."""
        # (a bibliography's entry whose link's text names its source is a paper by that
        # source, `items.SOURCED_LINK`: a paragraph written alike that names none, a post's
        # title beside its author, shares its shape but not its evidence)
        papers = [f for f in self.found if f.kind == "paper" and f.shape
                  and (f.parsed is None or f.parsed.shape != SOURCED_LINK)]
        headless = not any(f.chain for f in self.found)
        if not papers and headless:
            # a page with no heading at all (`1/ [STOC'14] Authors (2014). [Title](url). In
            # …` paragraphs after front matter): its paragraphs are judged as a title's are
            papers = [f for f in self.found if f.reason == LIST_HEADER and f.shape]
        shapes = Counter(f.shape for f in papers)
        if not shapes:
            return
        shape, count = shapes.most_common(1)[0]
        # (every shape the list gives PARAGRAPH_ITEMS paper paragraphs or more: a list may
        # write its reviews `Title [[paper](url)]` and its methods `**Name**: Title [[paper]]
        # [[code]] **CVPR 2025**`, each section alike; the preamble is judged by one shape)
        common = {k for k, n in shapes.items() if n >= PARAGRAPH_ITEMS}
        if not common:
            return
        # (the preamble is judged only where the list's paper paragraphs are mostly of common
        # shapes; a paragraph among its section's papers of its shape is read either way: a
        # comment line with a link or a title over two lines changes a few papers' shapes)
        shared = sum(shapes[k] for k in common) >= PARAGRAPH_SHARE * len(papers)
        alone = shared and count >= PARAGRAPH_ITEMS and count >= PARAGRAPH_SHARE * len(papers)
        first = min(f.line for f in papers if f.shape == shape)
        level = next((f.chain[-1].level for f in papers if f.line == first and f.chain), 99)
        held = Counter((f.shape, f.chain[-1].line) for f in papers if f.chain)
        # counted once, by the heading's line: a count per paragraph was quadratic
        of_shape = Counter((g.shape, g.chain[-1].line) for g in self.found
                           if g.chain and g.shape in common)
        # (and in the whole list: a section with one such paragraph, or two, has no majority)
        of_shape_all = Counter(g.shape for g in self.found if g.chain and g.shape in common)
        for f in self.found:
            if f.kind == "skipped" and f.shape in common and f.parsed is not None \
                    and f.reason == PARAGRAPH_WITHOUT_EVIDENCE and not not_a_paper(f.parsed) \
                    and not all(lk.label.lower() in TOOL_LABELS for lk in f.parsed.links) \
                    and not _is_tool(f.parsed) \
                    and f.chain and (
                        held[f.shape, f.chain[-1].line] * 2 > of_shape[f.shape, f.chain[-1].line]
                        or of_shape[f.shape, f.chain[-1].line] - held[f.shape, f.chain[-1].line]
                        == 1 and shapes[f.shape] * 2 > of_shape_all[f.shape]
                        and title_like(f.parsed.title)):
                # most paragraphs of this shape in its section are papers: so is this one; or,
                # the one of its shape there that is not (`[Cure: ...](hal)` beside one linking
                # its PDF, `[Title](page) (aka Percolator)` alone under its heading), titled by
                # a phrase, when most of the list's paragraphs of its shape are papers
                if held[f.shape, f.chain[-1].line] * 2 <= of_shape[f.shape, f.chain[-1].line]:
                    self.alike_papers.add(id(f))
                f.kind, f.reason = "paper", ""
            elif f.kind == "skipped" and f.reason == LIST_HEADER and f.parsed is not None \
                    and (f.chain or headless) \
                    and f.shape == shape and shared and count >= PARAGRAPH_ITEMS \
                    and not not_a_paper(f.parsed):
                # `**Calvin**\` / a description `\` / its PDF's URL right under the list's
                # title, written as the list's papers under its sections are (the shape most
                # of its paper paragraphs share): a paper the title heading holds, no preamble
                f.kind, f.reason = "paper", ""
            elif alone and f.kind == "paper" and f.shape and f.shape != shape and f.line < first \
                    and not (f.chain and f.chain[-1].level >= level):
                # (a paragraph under a heading as deep as the first item's is in a section
                # of its own, a sibling of that item's: no preamble)
                f.kind, f.reason = "skipped", "prose before the list's paragraph items"

    def _linked_headings(self, key: Callable[[_Found], int | None]) -> set[int | None]:
        """The headings (by `key`) under which papers link theirs, and the year headings
        beside them: years divide one topic's papers by date (`### 2022` over linked
        citations, `### 2017-2020` over one written alike without its link), so a linkless
        paper of one year stands beside its topic's linked papers of another."""
        linked = {key(f) for f in self.found
                  if f.kind == "paper" and f.parsed is not None and f.parsed.links}
        # heading line -> the innermost heading above it that is no year heading (the topic
        # the years divide), for each year heading items are under (each chain asked once)
        topic: dict[int, int | None] = {}
        for f in self.found:
            if f.chain and f.chain[-1].line not in topic and f.chain[-1].year:
                topic[f.chain[-1].line] = next((h.line for h in reversed(f.chain)
                                                if not h.year), None)
        topics = {topic[line] for line in linked if line is not None and line in topic}
        return linked | {line for line, over in topic.items() if over in topics}

    def _linkless_among_linked(self) -> None:
        """A paper without a link (`linkless_paper`) stands only beside papers of its heading
        that link theirs: written like the section's papers. Under a heading whose items link
        nothing it stays a problem (`no link`), as before: no evidence that the heading lists
        papers rather than events, courses or notes; unless the heading's own items say so:
        CITED_ITEMS or more, and most of its items, are written as full citations (authors,
        title, the rest: `cited_paper`), as a lab's publication page is; those are papers, no
        link or field made up for them."""
        def key(f: _Found) -> int | None:
            return f.chain[-1].line if f.chain else None

        linked = self._linked_headings(key)
        self.year_venues = self._venues_in_years()
        items: Counter[int | None] = Counter()
        cited: Counter[int | None] = Counter()
        bare: Counter[int | None] = Counter()  # bare title phrases under an edition's heading
        # a list whose own title names its papers and their one venue and year (`#
        # ICRA2020-paper-list`): a bare title phrase of it carries them (`_listed_title`)
        title = self._list_title()
        listed_list = names_papers(title) and list_venue_year(title) is not None
        # so does the item's own heading where it names one venue's edition, its acronym and a
        # year (`### 2016 ISSCC`): the papers under it appeared there (headings_venue_year)
        edition: dict[int, bool] = {}  # id of a chain -> its innermost heading names an edition

        def listed(f: _Found) -> bool:
            if listed_list or not f.chain:
                return listed_list
            named = edition.get(id(f.chain))
            if named is None:  # (the innermost heading, or one over it: `## 26th USENIX
                # Security Symposium 2017` over `### Side-Channel Countermeasures`)
                venue, year = headings_venue_year([h.title for h in reversed(f.chain)])
                named = edition[id(f.chain)] = bool(venue) and year is not None \
                    or f.chain[-1].line in self.year_venues  # (`## 2018` > `### NDSS`)
            return named

        # id of an item read again at its title's ends -> its reading as first read
        first_read: dict[int, ParsedItem] = {}
        # id of an item whose title's ends held only its year -> that reading
        dated_read: dict[int, ParsedItem] = {}
        for f in self.found:
            if f.kind in ("paper", "problem") and f.parsed is not None and f.pieces is not None \
                    and not _label_item(f):
                items[key(f)] += 1
                read = _read_linkless_at_ends(f)
                if read is not None and not _written_as_paper(read):
                    if _dated_title(read):  # (`Title | 2016 · 14933회 인용`: its year at an
                        dated_read[id(f)] = read  # end, weighed as `_dated_title`s are)
                    read = None
                if read is not None:
                    first_read[id(f)], f.parsed = f.parsed, read
                titled = (_listed_title(f) or _authored_title(f)) and listed(f)
                cited[key(f)] += read is not None or _written_as_paper(f.parsed) or titled
                bare[key(f)] += titled
        citations = {k for k, n in cited.items() if n >= CITED_ITEMS and 2 * n > items[k]}
        if not listed_list and bare.keys() & citations:
            # the list's other edition headings hold fewer such titles (`### 2014 MICRO` over
            # one): written as they are, all of them, they are its papers too
            citations |= {k for k, n in bare.items() if n and n == items[k]}
        # A heading with fewer such items is a section of papers too when most of its items
        # are written as the papers of those headings are (the same reading shape): the list
        # writes its papers alike under every heading, short or long.
        shapes = {f.parsed.shape for f in self.found if f.parsed is not None
                  and f.pieces is not None and key(f) in citations and _written_as_paper(f.parsed)}
        # (a full citation whose title is shorter than a phrase, `Teller DY (1984) Linking
        # propositions. Vision Res 24:1233–1246.`, is written so too: its form sets the title
        # off; a heading of such alone is none, one item at least written as a paper)
        alike: Counter[int | None] = Counter()
        written: Counter[int | None] = Counter()
        # (`- **caching**: (TODO) caching` beside `- **LLVM IR**: Chris Lattner et al. "Title"
        # (2003)`: an item that states no year, authors, venue or link is a placeholder or a
        # note; it says nothing of what the heading's other items are)
        silent: Counter[int | None] = Counter()
        for f in self.found:
            if f.kind not in ("paper", "problem") or f.parsed is None or f.pieces is None:
                continue
            if f.parsed.shape in shapes:
                full = _written_as_paper(f.parsed)
                written[key(f)] += full
                alike[key(f)] += full or _short_citation(f.parsed)
            elif shapes and f.kind == "problem" and _states_nothing(f.parsed):
                silent[key(f)] += 1
        citations |= {k for k, n in alike.items() if 2 * n > items[k] - silent[k] and written[k]}
        dated_titles = self._dated_titles_under_papers(items, dated_read)
        # (the list's linked papers are weighed only once a linkless dated title asks)
        dated_shape = self._dated_linked_shape() if any(
            f.kind == "problem" and f.parsed is not None and f.parsed.year is not None
            and f.pieces is not None and not f.parsed.links and _dated_title(f.parsed)
            for f in self.found) else ""
        piped = self._piped_journal_papers()
        for f in self.found:
            if piped and f.kind in ("paper", "problem") and f.parsed is not None \
                    and not f.parsed.links and " | " in f.raw \
                    and (read := _piped_read(f)) is not None:
                # `- Evolution of DNA methylation in the human brain | Nature Communications,
                # 2021` where the list's linked papers are written `Title | Cell Systems, 2021
                # | [paper](url)`: written as they are, a journal and its year after a pipe,
                # without the link
                f.kind, f.reason, f.parsed = "paper", "", read
                continue
            if id(f) in first_read and key(f) in linked and key(f) not in citations \
                    and f.kind == "problem":
                # `10. [Fitness NMS] Title，CVPR2018` among items written alike that link
                # theirs: its venue and year at its title's end make it the linkless paper a
                # first reading of them would (`linkless_paper`), beside its heading's papers
                f.kind, f.reason = "paper", ""
                continue
            if id(f) in first_read and key(f) not in citations:
                f.parsed = first_read[id(f)]  # (its section is no section of such papers: as read)
            if f.parsed is None or f.parsed.links or id(f) in self.dated_papers \
                    or id(f) in self.alike_papers or id(f) in self.noted_rows:
                continue
            if f.kind == "paper" and key(f) not in linked | citations:
                f.kind, f.reason = "problem", "no link"
            elif f.kind == "problem" and key(f) in citations and _written_as_paper(f.parsed):
                f.kind, f.reason = "paper", ""
            elif f.kind == "problem" and key(f) in citations and f.parsed.shape in shapes \
                    and f.parsed.year is not None and title_phrase(f.parsed) \
                    and not labelled_not_paper(f.parsed):
                # `* Title （2016）` among `* Title (SIGMOD 2017)`: written as its section's
                # linkless papers, its year read; the venue it does not name stays empty
                f.kind, f.reason = "paper", ""
            elif f.kind == "problem" and key(f) in dated_titles \
                    and _dated_title(dated := dated_read.get(id(f), f.parsed)):
                f.parsed = dated
                # `1. GIKT: A Graph-based Interaction Model for Knowledge Tracing (2020)` under
                # `## Papers`: written as most items of a heading naming papers, its year read
                f.kind, f.reason = "paper", ""
            elif f.kind == "problem" and key(f) in citations and listed(f) \
                    and (_listed_title(f) or _authored_title(f)):
                f.kind, f.reason = "paper", ""
                self.listed_titles.add(id(f))  # (its evidence: the list title's venue, year)
            elif f.kind == "problem" and key(f) in linked | citations \
                    and _short_citation(f.parsed):
                f.kind, f.reason = "paper", ""  # beside papers, as a linkless paper stands
            elif f.kind == "problem" and key(f) in linked \
                    and (empty_titled := _title_in_empty_link(f)) is not None:
                # `[Title(2020)]()`: written as its siblings
                f.kind, f.reason, f.parsed.title = "paper", "", empty_titled
            elif f.kind == "problem" and dated_shape and f.parsed.shape == dated_shape \
                    and f.pieces is not None and _dated_title(f.parsed) \
                    and not any(h.non_paper or h.resource or _names_kind(h.title)
                                for h in f.chain) and not _names_kind(f.parsed.title):
                # `* The Sprite Network Operating System (1988).` in a list whose linked papers
                # are each `* Title (1967). [Paper](url)`: written as the list's papers are, a
                # title phrase and its year, without the link (`_dated_linked_shape`). A book
                # under `## Textbooks`, a talk under `## Keynotes` or `* Lecture notes on
                # virtual memory (2019).` is so written too: the words say what it is
                f.kind, f.reason = "paper", ""
            elif f.kind == "problem" and key(f) in linked and f.parsed.year is not None \
                    and title_phrase(f.parsed) and not labelled_not_paper(f.parsed) \
                    and self._dated_lead_of_linked(key(f)) == _dated_lead(f.raw) != "":
                # `- [1995]. Bayesian learning for neural networks` among `- [1705]. Title -
                # [[arxiv](url)]`: opening with the dated lead its heading's linked papers
                # open with, its year read, it is written as they are, without a link
                f.kind, f.reason = "paper", ""
        for f, after in zip(self.found, self.found[1:], strict=False):
            if _label_item(f) and after.cited and after.kind == "paper" and after.chain == f.chain:
                # `- Spectral-element method` over the citation paragraph it names: a label
                f.kind, f.reason = "skipped", "a label over the citation below it"

    def _venues_in_years(self) -> dict[int, str]:
        """Heading line -> the venue it names, for headings that are venues by their siblings
        inside a year heading: where the headings right under one year heading that hold
        items (`### NDSS`, `### Oakland (S&P)` inside `## 2018`) are two or more and every one
        is written as a venue's short name (`venue_name_heading`), whether or not the venue
        table knows it, the list groups its papers by year, then venue: each heading is the
        venue of its items, the year heading their year, an edition (as `## 26th USENIX
        Security Symposium 2017` names one in words). Topics under a year (`### Fuzzing`
        beside `### NDSS`) leave every heading of that year silent."""
        under: dict[int, dict[int, str]] = {}  # year heading line -> its headings' line -> title
        for chain in {id(f.chain): f.chain for f in self.found
                      if f.kind in ("paper", "problem")}.values():
            if len(chain) > 1 and chain[-2].year and not chain[-1].year \
                    and chain[-1].level > chain[-2].level:
                under.setdefault(chain[-2].line, {})[chain[-1].line] = chain[-1].title
        named: dict[int, str] = {}
        for heads in under.values():
            # (a second piece of evidence: one of them written as a venue's name is, not as
            # an acronym alone, `USENIX Security`, `Oakland (S&P)`, or one the venue table
            # knows; acronyms alone are topics as often, `### GAN`, `### RL` inside `## 2018`)
            if len(heads) > 1 and all(venue_name_heading(t) for t in heads.values()) \
                    and any(" " in t.strip() or lookup(t.strip(" *:")) for t in heads.values()):
                named.update({line: " ".join(t.split()) for line, t in heads.items()})
        return named

    def _piped_journal_papers(self) -> bool:
        """Whether the list writes its linked papers with their journal and year as a `|`
        field after the title (`Title | Cell Systems, 2021 | [paper](url)`), two or more of
        them: its own shape of a paper, which a linkless item written alike shares."""
        found = 0
        for f in self.found:
            if f.kind == "paper" and f.parsed is not None and f.parsed.links \
                    and " | " in f.raw:
                found += _piped_read(f) is not None
                if found >= 2:
                    return True
        return False

    def _title_columns(self) -> None:
        """The bare title lines under date lines (`_title_column`) are papers without their
        links where CITED_ITEMS or more of them stand under one heading that names papers
        (`# LJP paper list`): the heading's word and its lines written alike say what they
        are (as `_dated_titles_under_papers` weighs dated titles); elsewhere they stay
        problems (`no link`). (A heading above it names the whole list's papers: `# Awesome
        Legal AI Papers` over `## Topic` says nothing of the note lines under a date there.)"""
        if not self.column_titles:
            return
        column = [f for f in self.found if id(f) in self.column_titles and f.kind == "problem"]
        held = Counter(f.chain[-1].line for f in column if f.chain)
        for f in column:
            if f.chain and held[f.chain[-1].line] >= CITED_ITEMS \
                    and names_papers(f.chain[-1].title) \
                    and not names_other_kind(f.chain[-1].title):
                f.kind, f.reason = "paper", ""

    def _dated_titles_under_papers(self, items: Counter[int | None],
                                   dated_read: dict[int, ParsedItem]) -> set[int | None]:
        """The headings (by line) most of whose items, CITED_ITEMS or more, link nothing and
        are each a title phrase with its year and nothing else (`_dated_title`: `1. Deep
        Knowledge Tracing (2015)`), where that heading or one above it names papers (`##
        Papers`): the heading's word and its items written alike say what they are; a lone
        name (`- Saint (2020)`) is no title phrase and stays a problem. Without a heading
        naming papers such items are no evidence (books, talks, courses are dated alike).
        `dated_read`: the items whose year sat at their title's end (`Title | 2016`)."""
        dated: Counter[int | None] = Counter()
        for f in self.found:
            p = dated_read.get(id(f), f.parsed)
            # (a title line of a column under a date line is dated by that line, not by
            # itself: `_title_columns` weighs those)
            if f.kind == "problem" and f.chain and p is not None \
                    and p.year is not None and _dated_title(p) and id(f) not in self.column_titles:
                dated[f.chain[-1].line] += 1
        heads: dict[int | None, tuple[_Head, ...]] = {
            f.chain[-1].line: f.chain for f in self.found if f.chain}
        return {k for k, n in dated.items() if n >= CITED_ITEMS and 2 * n > items[k]
                and any(names_papers(h.title) and not names_other_kind(h.title)
                        for h in heads[k])}

    def _dated_linked_shape(self) -> str:
        """The reading shape of the list's linked papers when CITED_ITEMS or more of them, and
        most, are list items each read as a title phrase and its year, nothing else
        (`_dated_title`: `* Title (1967). [Paper](url) | [Note](md)`), else "": the list
        writes its papers so, and a linkless list item read the same way (`* Title (1988).`)
        is one of them, as `_dated_titles_under_papers` reads a heading of such items that
        names papers. Table rows are left out: a row's fields are its cells, whatever the
        item-by-item reading of its title (`| **Startup: Robotics Models** | 2024 |` under
        paper tables of `| [Title](arxiv) | 2022 |` names no paper)."""
        shapes: Counter[str] = Counter()
        linked = 0
        for f in self.found:
            if f.kind == "paper" and f.parsed is not None and f.parsed.links \
                    and f.pieces is not None:  # (list items: a table row is read by its cells)
                linked += 1
                if f.parsed.year is not None and not f.parsed.venue_tag \
                        and _dated_title(replace(f.parsed, links=[])):  # (as if linkless)
                    shapes[f.parsed.shape] += 1
        shape, n = shapes.most_common(1)[0] if shapes else ("", 0)
        return shape if n >= CITED_ITEMS and 2 * n > linked else ""

    def _dated_lead_of_linked(self, head: int | None) -> str:
        """The dated lead (`_dated_lead`) most linked papers under a heading open with, else
        "" (asked for a linkless item under it: counted once per heading)."""
        if head not in self._leads:
            leads = Counter(_dated_lead(f.raw) for f in self.found
                            if f.kind == "paper" and f.parsed is not None and f.parsed.links
                            and (f.chain[-1].line if f.chain else None) == head)
            lead, n = leads.most_common(1)[0] if leads else ("", 0)
            self._leads[head] = lead if 2 * n > sum(leads.values()) else ""
        return self._leads[head]

    def _names_lines_agree(self) -> None:
        """The child lines of a heading's items are written alike: where CITED_ITEMS or more
        items have a plain child line and fewer than half of those lines read as names, the
        ones that did are notes like their siblings (`- Bianry Malware Classification; CNN;
        Opcode Sequence` beside `- Malware family attribution; MLP; Java Code, ...`), not
        authors."""
        for key, items in self.child_names.items():
            lines = self.plain_lines.get(key, 0)
            if lines >= CITED_ITEMS and 2 * len(items) < lines:
                for parsed in items:
                    parsed.authors, parsed.et_al = [], False

    def _dated_groupings(self) -> None:
        """A heading that is only a date (`### Year 2023`, `## May 2024`; `heading_year`) groups
        papers by date when its items agree: most of its papers state that year themselves
        (`**2023** | **ICLR** | [Title](pdf)` under `### Year 2023`), or it stands under a
        topic heading (`## Methodologies` > `### Year 2023`: the topic holds the papers, the
        date orders them). It is then a year heading (a subsection, never a section), as a
        bare `### 2023` always is. Under the list's title alone, over papers that state no
        year, nothing says the heading is not the list's own grouping, and it stays one. A
        date to the day (`### 11/03/2021`, `#### August 12, 2020`: `heading_day`) is a
        meeting's or a feed's, whatever year the papers under it state: one too, its year
        unwritten or not (`### August 24th`, `day_without_year`); a date heading over such
        days (`## August 2018`) is the calendar's, and dates the meetings, not the papers."""
        votes: dict[int, list[int]] = {}  # heading line -> [papers stating its year, papers]
        topical: set[int] = set()  # date headings under a topic heading
        calendar: set[int] = set()  # date headings over the days of meetings
        for f in self.found:
            if f.kind not in ("paper", "problem") or f.parsed is None:
                continue
            for i, head in enumerate(f.chain):
                if not head.year and day_without_year(head.title):
                    # (`### August 24th`: a meeting's, its year unsaid; the month over it,
                    # `## August 2018`, a calendar's grouping of its meetings, dates the
                    # meetings, not the papers read at them)
                    topical.add(head.line)
                    calendar.update(h.line for h in f.chain[:i]
                                    if heading_year(h.title) is not None)
                    continue
                if head.year or (year := heading_year(head.title)) is None:
                    continue
                if heading_day(head.title):
                    topical.add(head.line)  # (a problem's heading too: a linkless citation)
                if f.kind != "paper":
                    continue
                counts = votes.setdefault(head.line, [0, 0])
                counts[0] += f.parsed.year == year
                counts[1] += 1
                if any(not h.year and h.level != self.title_level and h.level < head.level
                       for h in f.chain[:i]):
                    topical.add(head.line)
        agreed = topical | {line for line, (stating, papers) in votes.items()
                            if 2 * stating > papers}
        read = self._read_dates() | calendar
        dating = agreed | read  # (the date headings of either kind, joined once)
        if not dating:
            return
        for f in self.found:
            if any(h.line in dating for h in f.chain):
                f.chain = tuple(replace(h, year=True, read_date=h.line in read)
                                if h.line in dating else h for h in f.chain)

    def _read_dates(self) -> set[int]:
        """The lines of the list's date headings (`heading_year`) when they date the reading,
        not the papers (`### 2020 Jan:` over `- Title [[note]](md) CORL 2017`, a maintainer's
        reading log): READ_DATES of its papers or more under them state a year of their own,
        and most of those an earlier one than their heading's. Each is then a subsection, as
        a meeting's day is, and dates none of its papers (`_add_paper`); a date heading its
        papers agree with, or that none of them contradicts, is left as it is."""
        years: dict[int, int | None] = {}  # heading line -> its year, each read once
        stating = earlier = 0
        for f in self.found:
            for head in f.chain:
                if head.line not in years:
                    years[head.line] = None if head.year else heading_year(head.title)
                if (year := years[head.line]) is None:
                    continue
                if f.kind == "paper" and f.parsed is not None and f.parsed.year is not None:
                    stating += 1
                    earlier += f.parsed.year < year
        dates = {line for line, year in years.items() if year is not None}
        if stating < READ_DATES or 2 * earlier <= stating or len(dates) < 2:
            return set()
        return dates

    def _paper_links_without_title(self) -> None:
        """A bullet that is only a link labelled the paper (`* [:bookmark_tabs:
        Publication](https://arxiv.org/pdf/1909.08423.pdf)`), alone of its kind under a heading
        that links the tool (`#### [Hande](http://www.hande.org.uk/)`), is the paper of its
        heading's tool, titled by that name, as a table of models is titled by its names (a
        title phrase after the link, `: (2020) Title`, is read with the item: items.py).
        Anything else stays a problem (`NO_TITLE`)."""
        def untitled(f: _Found) -> Piece | None:
            if f.kind != "problem" or f.reason != NO_TITLE or not f.pieces or f.parsed is None:
                return None
            return paper_link_piece(f.pieces)

        alone = Counter(f.chain[-1].line for f in self.found if f.chain and untitled(f))
        for f in self.found:
            if untitled(f) is None or f.parsed is None or not f.chain \
                    or not f.chain[-1].linked or alone[f.chain[-1].line] != 1:
                continue
            f.kind, f.reason = "paper", ""
            f.parsed = replace(f.parsed, title=f.chain[-1].title, title_is_label=False,
                               shape="named by its heading (the tool's paper)")

    def _skip_sites(self) -> None:
        """`- ACM digital library: https://dl.acm.org/`: what is still a paper after the
        other readers but is a short name linking only sites' home pages, with no venue, year
        or authors, is a site (checked last: a reader that says more, a tool, a resource
        among titled papers, the list's header, keeps its reason)."""
        for f in self.found:
            if f.kind == "paper" and f.parsed is not None and site_home(f.parsed):
                f.kind, f.reason = "skipped", SITE_HOME
            elif f.kind == "paper" and f.parsed is not None and person_home(f.parsed):
                f.kind, f.reason = "skipped", PERSON_HOME
            elif f.kind == "paper" and f.parsed is not None and data_set_named(f.parsed):
                f.kind, f.reason = "skipped", DATA_SET_PAGE

    def _unwritten_arxiv(self) -> None:
        """`- Title [[4 Sep 2022]](https://arxiv.org/abs/2209.01667)`: a date on an arXiv link
        gives the paper its year, and its venue arXiv only where the list writes "arXiv"
        somewhere (a label, a link's text, a field: `**Arxiv**` over such items); in a list
        that never does, the venue was not written, and a field we did not read stays empty.
        Cheap first: only papers whose venue is arXiv and whose own text does not say it."""
        unwritten = [f for f in self.found if f.kind == "paper" and f.parsed is not None
                     and f.parsed.venue_tag.startswith("arXiv") and not _writes_arxiv(f.raw)]
        if unwritten and not _writes_arxiv("\n".join(self.lines)):
            for f in unwritten:
                assert f.parsed is not None
                f.parsed.venue_tag = f.parsed.venue_raw = ""

    def _skip_talks(self) -> None:
        """A paper-shaped item that says it is a talk or tutorial given at an event
        (`evidence.presented_talk`: `**Title**. Name. Tutorial at ... (ACPR 2021)`, `ICASSP
        2022 Tutorial`) is kept apart, as the items under a heading of talks are."""
        for f in self.found:
            if f.kind == "paper" and f.parsed is not None and (presented_talk(f.parsed, f.raw)
                                                                or noted_post(f.parsed, f.raw)):
                f.kind, f.reason = "skipped", TALK
            elif f.kind == "paper" and f.parsed is not None and bracketed_kind(f.parsed, f.raw):
                f.kind, f.reason = "skipped", NOTED_DOCUMENT
        self._parts_of_posts()

    def _edition_placeholders(self) -> None:
        """The same words under several venues' edition bullets (`- **ISCA2022**`, `- **VLSI2022**`
        each over `  - **dont have interesting papers for me**`) are the list's placeholder for
        an edition it kept nothing from: one paper never appeared at two editions."""
        if not self.edition_children:
            return  # (cheap first)
        # (each paper under an edition with its reading and its title's key, keyed once)
        under = [(f, parsed, title_key(parsed.title)) for f in self.found
                 if f.line in self.edition_children and f.kind == "paper"
                 and (parsed := f.parsed) is not None]
        seen = Counter(key for _, _, key in under)
        for f, parsed, key in under:
            if seen[key] > 1 and not parsed.links:
                f.kind = "skipped"
                f.reason = "the same words under several editions: a placeholder, no paper"

    def _parts_of_posts(self) -> None:
        """The child items of an item kept apart as a talk or post whose links all go to that
        item's own site (`- [Ferris Ellis的关于eBPF的博客文章](ferrisellis.com/tags/ebpf/)` over
        `  - [第一部分：…](ferrisellis.com/content/…)`) are its parts: posts too."""
        for f in self.found:
            parent = f.parent
            if f.kind != "paper" or f.parsed is None or not f.parsed.links or parent is None \
                    or parent.kind != "skipped" or parent.reason != TALK or parent.parsed is None:
                continue
            hosts = {urlsplit(lk.url.strip()).netloc.lower() for lk in parent.parsed.links}
            if all(urlsplit(lk.url.strip()).netloc.lower() in hosts for lk in f.parsed.links):
                f.kind, f.reason = "skipped", TALK

    def _child_labels(self) -> None:
        """An item's child lines are its fields: a child linking what its text names by a
        label, not a title phrase, that the list writes under several papers (`* [(2019.05)
        Title](arxiv)` / `  * [Full text](local.pdf)`, `  * [Slides](url)`) is a link of the
        paper above it (two papers never share a title), not a paper of its own."""
        children = [f for f in self.found if f.parent is not None and f.kind == "paper"
                    and f.parsed is not None]
        if not children:
            return  # (cheap first: most lists have no child papers)
        repeated = Counter(title_key(f.parsed.title) for f in children if f.parsed is not None)
        for f in children:
            parent = f.parent
            if f.parsed is None or parent is None or parent.parsed is None \
                    or title_like(f.parsed.title) or repeated[title_key(f.parsed.title)] < 2:
                continue
            seen = {lk.url for lk in parent.parsed.links}
            parent.parsed.links += [lk for lk in f.parsed.links if lk.url not in seen]
            f.kind, f.parsed = "skipped", None
            f.reason = "a link of the paper above it (its label repeats under the list's " \
                       "papers), not a paper"

    def assign(self) -> Collected:
        out = Collected()
        if self.topic_bullets:  # (the list's title is read again with its topic bullets)
            self.title_level = self._title_level()
        self._child_labels()
        self._bullet_records()
        self._events_agree_on_papers()
        self._names_lines_agree()
        self._dated_groupings()
        self._paper_links_without_title()
        self._paragraph_items()
        self._headings_as_papers()
        self._dated_headings()
        self._record_headings()
        self._headings_as_titles()
        self._apply_templates()
        self._skip_named_things()
        self._skip_tools()
        self._bare_links_among_citations()
        self._unnamed_among_cited()
        self._agree_on_papers()
        self._linkless_among_linked()
        self._title_columns()
        self._titles_name_papers()
        out.templates = self.templates
        self._induced_template()  # (what the item-by-item passes left, read as written alike)
        self._induced_lines()
        self._declared_wins()
        level = self.section_level()
        self._find_topic_levels(level)
        self._drop_sections_without_papers(level)
        self._skip_sites()
        self._skip_talks()
        self._edition_placeholders()
        self._unwritten_arxiv()
        slugs = SlugBook()
        sections: dict[int | None, Section] = {}
        position = 0
        maybe: list[tuple[int | None, ListProblem]] = []
        grouping = self._grouping_headings()
        journals = self._journal_headings() | self.year_venues
        # the venue and year the list's own title names (`# ICLR 2026 AIDD 论文精选`)
        listed = list_venue_year(self._list_title())
        given: dict[int, tuple[str, int | None]] = {}  # id of a chain -> what it gives
        self._lone_names_year_leads(level)
        self._peel_titles()
        for f in self.found:
            if f.dated is not None and f.parsed is not None and f.parsed.year is None:
                f.parsed.year = f.dated
            elif f.parsed is not None and f.parsed.year is None and f.parsed.dated is not None:
                f.parsed.year = f.parsed.dated  # (a paper now: its year beside a name)
            head = self._section_of(f.chain, level)
            why = self._excluded(f.chain, level)
            if why and f.declared is not None and declared_by_heading(
                    self.declared, [h.title for h in f.chain]):
                # (a template declared for this section by its heading: the person says its
                # items are papers, whatever the heading's words, `Slides and Readings`)
                why = ""
            if f.kind == "skipped" or (why and f.kind in ("paper", "dataset")):
                out.skipped.append(ListProblem(f.line, f.raw, why or f.reason))
                continue
            if why:
                continue
            deeper = [h for h in f.chain if h.level > (head.level if head else level)]
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
                headed = given.get(id(f.chain))
                if headed is None:
                    headed = given[id(f.chain)] = headings_venue_year(
                        [h.title for h in reversed(f.chain) if h.line in grouping])
                if not headed[0] and journals and f.parsed is not None \
                        and not f.parsed.venue_tag:
                    journal = next((journals[h.line] for h in reversed(f.chain)
                                    if h.line in journals), "")
                    headed = (journal, headed[1]) if journal else headed
                if headed == ("", None) and listed is not None and f.parsed is not None \
                        and f.parsed.year in (None, listed[1]) and not f.parsed.venue_tag \
                        and f.chain \
                        and f.chain[0].level == self.title_level:
                    headed = listed  # the list's title is the outermost heading
                self._add_paper(out, f, section, sub, position, headed)
        active = {key for key, s in sections.items() if s.kind == "papers"}
        out.problems += [p for owner, p in maybe if owner is None or owner in active]
        out.problems.sort(key=lambda p: p.line)
        return out

    def _lone_names_year_leads(self, level: int) -> None:
        """`Vision 2020 - Challenge Report`, `Kinetics (2017) The Kinetics Dataset`, `Summer
        2019 Reading Group`: a name and a year before a title are as often a challenge's, a
        dataset's, a product's or a season's as a person's (`Vision and Language 2020 -
        Workshop Report`). A lead that names one or two persons by no initial (or by
        initials but no year: `C. Elegans. Title`) and no "et al." (`Elster 1998 - Title`,
        `Eric Raimy. 1999. Title`, `Axelrod and Hamilton 1981. Title`) before a title it
        does not quote is read apart from the title only where the items of
        its section, or of the list, are so written: two or more of them, and a third of their
        papers or more (a list's items are written alike); elsewhere the item keeps the
        reading it had before the lead."""
        if not any(f.parsed is not None and f.parsed.unled is not None for f in self.found):
            return  # (most lists: no lead, nothing to count)
        # a section's heading line (None: the list's own papers) -> its papers, and those
        # that open with a lead; "list" -> the whole list's
        papers: dict[int | str | None, set[int]] = {}
        leads: dict[int | str | None, set[int]] = {}
        sections: dict[int, int | None] = {}  # id of a chain -> its section's heading line

        def section(chain: tuple[_Head, ...]) -> int | None:
            if id(chain) not in sections:
                head = self._section_of(chain, level)
                sections[id(chain)] = head.line if head else None
            return sections[id(chain)]

        for f in self.found:
            if f.kind == "paper" and f.parsed is not None:
                for key in (section(f.chain), "list"):
                    papers.setdefault(key, set()).add(id(f.parsed))
                    if f.parsed.unled is not None:
                        leads.setdefault(key, set()).add(id(f.parsed))

        def written_so(key: int | str | None) -> bool:
            led = len(leads.get(key, ()))
            return led >= 2 and 3 * led >= len(papers.get(key, ()))

        for f in self.found:
            item = f.parsed
            if item is None or item.unled is None or item.et_al or len(item.authors) > 2 \
                    or (any(initialled(author) for author in item.authors)
                        and YEAR_GROUP.search(item.unled.title.split(item.title, 1)[0])) \
                    or any(f"{quote}{item.title}" in item.unled.title for quote in "\"“"):
                continue  # (a title quoted after the names and year: the quotes bound it; an
                # initial without a year is a name's, not a person's: `C. Elegans. Title`)
            if written_so(section(f.chain)) or written_so("list"):
                continue
            before, item.unled = item.unled, None
            item.title, item.authors, item.et_al = before.title, before.authors, before.et_al
            item.year, item.venue_raw, item.venue_tag = (before.year, before.venue_raw,
                                                         before.venue_tag)

    def _peel_titles(self) -> None:
        """The title is the phrase: the fields each paper's reading left around its title are
        peeled off, section by section (title_ends.peel_section)."""
        sections: dict[int, dict[int, ParsedItem]] = {}  # (each parsed item once)
        for f in self.found:
            # (a declared or induced template's reading: its title is its `{title}`)
            if f.kind == "paper" and f.parsed is not None and f.declared is None \
                    and not f.induced:
                sections.setdefault(id(f.chain), {})[id(f.parsed)] = f.parsed
        groups = [list(items.values()) for items in sections.values()]
        listed = [item for items in groups for item in items]
        peel_bracket_venues(listed)
        drop_affiliation_venues(listed)
        asked = [opening_fields(items) for items in groups]
        list_leads = fields_lead([flag for flags, _ in asked for flag in flags])
        # (the list's colon habit speaks only for a section of one item: asked only if one is)
        list_colon = any(len(items) == 1 for items in groups) and open_with_colon_names(listed)
        for items, votes in zip(groups, asked, strict=True):
            peel_section(items, votes, list_leads, list_colon)
            if not any(item.logged is not None and item.venue_tag for item in items):
                # (`## 2023` > `- 2023-05-12 - Title` and no item names its venue and year
                # apart from its date: nothing says the dates are a log's, not the papers')
                for item in items:
                    item.logged = None
        peel_bracket_names(listed)  # (what the sections' peeling left: no venue, no year)

    @staticmethod
    def _add_paper(out: Collected, f: _Found, section: Section, sub: str, position: int,
                   headed: tuple[str, int | None] = ("", None)) -> None:
        """`headed`: the venue and year the item's headings give it (`_grouping_headings`)."""
        headed_venue, headed_year = headed
        parsed = f.parsed
        assert parsed is not None
        listing = Listing(section=section.slug, subsection=sub, position=position, line=f.line,
                          title=parsed.title, venue_tag=parsed.venue_raw, raw=f.raw)
        year, unheaded = parsed.year, False
        if year is None:  # "## 2018", "## Year 2025", "### sp2025" above papers: they date them
            year = next((y for h in reversed(f.chain)
                         if not h.read_date and (y := heading_year(h.title))), headed_year)
            posted = arxiv_years(parsed) + [y for link in parsed.links
                                            if (y := posted_doi_year(link.url)) is not None]
            if year is not None and any(year < p for p in posted):
                # a paper appears after its preprint: the heading is not its year, nor its
                # venue (`### MICrONS | Cell 2022` over a bioRxiv preprint of 2023)
                year, headed_venue, unheaded = None, "", True
            elif year is not None and year == parsed.logged:
                year = None  # `##### 2025` over `2025-09-26-Title`: it dates the log entries
        venue_tag = parsed.venue_tag
        if not venue_tag and not unheaded:  # `### ... (NDSS)` above papers: their venue
            named = next((v for h in reversed(f.chain) if (v := heading_venue(h.title))),
                         headed_venue)
            venue_tag = f"{named} {year}" if named and year else named
        entry = Entry(title=parsed.title, llm=parsed.bold, venue_tag=venue_tag,
                      year=year, links=list(parsed.links), listings=[listing])
        if parsed.authors and people_only(parsed.authors):  # (else left for enrichment)
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


#: A separator line: a few words framed by runs of rule characters (`--- Pre-LLM ---`).
_SEPARATOR = re.compile(r"\s*([-=~_*])\1{2,}[^\n]{0,60}?\1{3,}\s*")


def _lower_label_link(child: Item) -> bool:
    """A child item that is one link whose text is one word opening in lower case
    (`[presentation](url)`, `[juliaCon](pdf)`): a label, as a title or a name is not written."""
    return len(child.pieces) == 1 and child.pieces[0].kind == "link" and not child.children \
        and _LOWER_WORD.fullmatch(child.pieces[0].text.strip(" []")) is not None


_LOWER_WORD = re.compile(r"[a-z][A-Za-z]*")


def _labels_its_paper(parsed: ParsedItem) -> bool:
    """Whether a tool's item links its own paper by a link labelled so (`[TokaMaker](github) -
    An open-source ... tool ([paper](arxiv))`): the tool names its paper, as a link whose text
    names other authors (`[Hunsberger and Eliasmith (2015)](arxiv)`) does not."""
    return any(lk.label.strip(" []").lower() in PAPER_LABELS and paper_link(lk.url)
               for lk in parsed.links[1:])


def _titled_items(found: list[_Found]) -> list[_Found] | None:
    """The items of `found` that name papers by their titles alone (`_titles_name_papers`):
    None when an item gives evidence of its own (the sections decide, as they do), or fewer
    than CITED_ITEMS (or TITLED_SHARE) of the linked items are title phrases. A link to a
    repository itself is a tool's; an item whose only link is a page of the list's own
    repository (a problem, "no link") counts as linked."""
    linked: list[_Found] = []
    for f in found:
        if f.parsed is None or f.kind not in ("paper", "problem"):
            continue
        if (f.kind == "paper" or f.parsed.links) and (
                paper_evidence(f.parsed) or _evidence_at_ends(f.parsed)):
            return None  # (an item with evidence: the sections decide, as they do)
        if f.kind == "paper" and f.parsed.links or f.kind == "problem" \
                and f.reason == "no link" and f.pieces and _local_page(f.pieces):
            linked.append(f)
    titled = [f for f in linked if f.parsed is not None and title_like(f.parsed.title)
              and not f.parsed.title_is_label
              and not (f.parsed.links
                       and all(repository_home(lk.url) for lk in f.parsed.links))]
    if len(titled) < CITED_ITEMS or len(titled) < TITLED_SHARE * len(linked):
        return None
    return titled


def _own_pages_titled(found: list[_Found]) -> list[_Found]:
    """Under a heading naming papers (`_headings_name_papers`): the items whose only links are
    pages or files of the list's own repository (no entry keeps such a link: a problem, "no
    link", or a paper by its own evidence) and whose text is a title phrase, where they are
    CITED_ITEMS or more and TITLED_SHARE of the heading's linked items (items linking
    elsewhere, a paper or a blog post, count against them); else none."""
    own = [f for f in found if (f.kind == "paper" or f.kind == "problem"
                                and f.reason == "no link")
           and f.parsed is not None and not f.parsed.links and f.pieces
           and _local_page(f.pieces)]
    # (a link text followed by the item's authors is no list of names, however it reads:
    # `[Borg, Omega, and Kubernetes](/docs/k8s.html) ~ Burns et al.`)
    titled = [f for f in own if f.parsed is not None and not f.parsed.title_is_label
              and (phrase(f.parsed.title) or f.parsed.authors
                   and len(f.parsed.title.split()) >= PHRASE_WORDS)]
    if len(titled) < CITED_ITEMS:
        return []  # (cheap first: the linked items are weighed only for enough own pages)
    linked = [f for f in found if f.kind in ("paper", "problem", "skipped")
              and f.parsed is not None and f.parsed.links]
    # (an item linking a paper, `[[Link](doi)]`, written as they are, is a paper of the heading
    # too: it counts with them, not against them)
    papers = sum(1 for f in linked if f.kind == "paper" and f.parsed is not None
                 and any(paper_link(lk.url) for lk in f.parsed.links))
    if len(titled) + papers < TITLED_SHARE * (len(own) + len(linked)):
        return []
    return titled


#: A dated lead before an item's title (`[1705]. `, `(2016) `): brackets, digits, marks.
_DATED_LEAD = re.compile(r"^\s*(?:[-*+]|\d{1,3}[.)])\s+([(\[]\d{4}[)\]][.:\-–]?)\s")


def _cited_row(p: ParsedItem) -> bool:
    """`| Differential privacy | Cynthia Dwork | ICALP/2006 |`: a title of two words or more
    whose row fills the author and the venue columns too (who, where, when): a cited work,
    though its title is too short to be a phrase by itself."""
    return bool(p.authors) and bool(p.venue_tag) and len(p.title.split()) >= 2


def _dated_lead(raw: str) -> str:
    """The form of the dated lead an item's line opens with, digits as `0` (`[0000].`)."""
    match = _DATED_LEAD.match(raw)
    return re.sub(r"\d", "0", match.group(1)) if match else ""


def _states_fields(f: _Found) -> bool:
    """Whether an item states its venue, year or authors itself."""
    return f.parsed is not None and bool(f.parsed.venue_tag or f.parsed.year
                                         or f.parsed.authors)


def _names_its_paper(heading: str, title: str) -> bool:
    """Whether a heading is the name of the paper under it (marks such as `★` aside): one
    word written as a name (a capital inside it, a digit or a hyphen: `PWC-Net`, `SelFlow`,
    `IRR`) that is a word of the longer title or the initials of consecutive title words
    (`IRR` of `Iterative Residual Refinement for …`), or several words the title opens with
    (`Bridging Stereo Matching and Optical Flow`). A plain word the title also uses
    (`Occlusion`) names a topic."""
    name = _WORD.findall(heading.lower())
    said = _WORD.findall(title.lower())
    if not name or len(said) <= len(name):
        return False
    if len(name) > 1:
        return said[:len(name)] == name
    written = heading.strip(" *_★☆")
    if not (any(ch.isupper() for ch in written[1:]) or any(ch.isdigit() for ch in written)
            or "-" in written):
        return False
    initials = "".join(w[0] for w in said)
    return name[0] in said or written.isupper() and len(name[0]) > 1 and name[0] in initials


def _tables_alike(blocks: list[Block]) -> dict[tuple[str, ...], Table]:
    """The list's tables that share one header (`|序号|标题|作者|时间|期刊|` over one row under
    each heading), merged, by header: their columns hold the same fields, so which column
    holds the titles, venues and dates is read from all their rows at once (one row alone
    is weak evidence). Headers of one table only are not kept."""
    by: dict[tuple[str, ...], list[Table]] = {}
    for block in blocks:
        if isinstance(block, Table):
            by.setdefault(tuple(block.header), []).append(block)
    return {header: Table(tables[0].header, [row for t in tables for row in t.rows],
                          tables[0].line)
            for header, tables in by.items() if len(tables) > 1}


def _bold_titled_citation(above: Item) -> bool:
    """Whether a paragraph is one line citing a paper without its link, the bold run its
    title phrase and names after it (`*(NBT)* **Neural Belief Tracker: …**. Nikola Mrkšić,
    …. ACL 2017.`): the title line of a label list (`- [paper](arxiv)` under it), as a bold
    title line alone is. Cheap first: one line with bold text."""
    if above.line != above.end_line or not above.paragraph \
            or not any(p.kind == "text" and p.strong for p in above.pieces):
        return False
    parsed = parse_item(above.pieces, paragraph=True)
    return parsed.bold and bool(parsed.authors) and title_like(parsed.title)


def _without_separator(para: Item) -> Item:
    """A paragraph without the separator line that opens it (`--- Pre-LLM ---` over
    `**Chart-to-Text: ...**`): a divider of the list, not the title of the item under it,
    which starts on the next line."""
    end = next((i for i, p in enumerate(para.pieces) if p.kind == "break" and p.newline), None)
    if end is None or end + 1 >= len(para.pieces) or any(
            p.kind != "text" for p in para.pieces[:end]) \
            or not _SEPARATOR.fullmatch("".join(p.text for p in para.pieces[:end])):
        return para
    return replace(para, pieces=para.pieces[end + 1:], line=para.line + 1)


def _label_item(f: _Found) -> bool:
    """A bullet that only labels the citations under it (`- Spectral-element method` over a
    citation paragraph): a name without a link, venue or year, no item of its heading."""
    return f.kind == "problem" and f.parsed is not None and not f.parsed.paper_like \
        and f.parsed.year is None and is_name(f.parsed.title)


def _piped_read(f: _Found) -> ParsedItem | None:
    """The reading of an item written with `|` whose title's ends peeled (or a section's `|`
    template) leave a capitalised title phrase with a journal or venue and a year (`Title |
    Nature Communications, 2021`); None otherwise (`review Title | Cell, 2013`: a label kept)."""
    assert f.parsed is not None
    read = replace(f.parsed)
    peel_title_ends(read)
    ok = "|" not in read.title and bool(read.venue_tag) and read.year is not None \
        and read.title[:1].isupper() and title_like(read.title)
    return read if ok else None


def _read_linkless_at_ends(f: _Found) -> ParsedItem | None:
    """A linkless item whose reading found no year may still write its fields where a paper
    writes them, at its title's ends (`-   Title. WWW 2022 [a note]`): its reading with those
    ends peeled (`peel_title_ends`, the one rule of what a title's ends hold). The caller
    weighs it: written as a paper, it counts as evidence only where most items of its
    heading are so written (`_linkless_among_linked`); anywhere else the item keeps its own
    reading. Cheap first: only linkless problems without a year are read again."""
    parsed = f.parsed
    if f.kind != "problem" or f.reason != "no link" or parsed is None or parsed.links:
        return None
    return _read_at_ends(parsed)


def _read_at_ends(parsed: ParsedItem) -> ParsedItem | None:
    """The item's reading with the fields at its title's ends read (`peel_title_ends`, which
    `_peel_titles` applies to every paper later), when it found no year and they give one."""
    if parsed.year is not None or not parsed.title:
        return None
    read = replace(parsed)
    peel_title_ends(read)
    return read if read.year is not None and read.title != parsed.title else None


def _evidence_at_ends(parsed: ParsedItem) -> bool:
    """Whether an item without paper evidence as first read states a year at its title's end
    after a title phrase (`- Title, 2018 CVPR, [code](github)`): the paper's own evidence, as
    a venue or year read elsewhere in it is, whatever its links are (code only)."""
    read = _read_at_ends(parsed)
    return read is not None and title_like(read.title)


def _papers_own_evidence(parsed: ParsedItem) -> bool:
    """Whether an item is a paper by its own evidence, whatever its heading says: a title
    phrase with a paper link, venue, year or authors, or a link to the paper itself (an arXiv
    id, a DOI, a PDF) with the year or authors of a citation (`[EnCodec (Défossez et al.,
    2023)](https://arxiv.org/abs/2210.13438)`: the link text is the work's name)."""
    if title_like(parsed.title) and paper_evidence(parsed):
        return True
    return bool(parsed.year or parsed.authors) and paper_identity(parsed)


def _own_paper(f: _Found, talks: bool, only_talks: bool) -> bool:
    """Whether an item is a paper by its own evidence (`_papers_own_evidence`), or a linkless
    one written as a paper (`_written_as_paper`: `* Title (SIGMOD 2021)`), and says nothing of
    being a talk given at an event. Under a heading of talks (`talks`) a linked item must link
    a paper itself (`paper_itself`: arXiv, DOI, a PDF): a talk is dated by its event too
    (`[Title](youtube), NeurIPS 2017`), its link is the video or the event's page; under a
    heading that names talks and nothing else (`only_talks`: `### 招待講演`, invited talks) a
    linkless item cited as a paper is (`Names. Title. Event, Place, 2019`) has no link to
    prove it is not one of them."""
    p = f.parsed
    if p is None or presented_talk(p, f.raw) or talks and names_a_talk(p.title):
        return False  # (`[Symbolic Execution Lecture at Harvard](slides.pdf)` under Courses)
    if f.kind == "paper" and p.links:
        return _papers_own_evidence(p) and (not talks or any(
            paper_itself(lk.url) or asks_pdf(lk.url) for lk in p.links))
    return f.kind in ("paper", "problem") and not p.links and not only_talks \
        and _written_as_paper(p)


def _linkless_papers_elsewhere(found: list[_Found], here: set[int]) -> bool:
    """Whether two or more linkless items outside `here` read as papers once peeled (a list
    whose papers are linkless: its template reads them later)."""
    read = (g for g in found if id(g) not in here and _peeled_paper(g))
    return next(read, None) is not None and next(read, None) is not None


def _peeled_paper(f: _Found) -> bool:
    """Whether a linkless item reads as a paper once the fields at its title's ends are
    peeled (`FeedRec: Title. WWW 2022 [note]`), as its section's template will read it."""
    if f.kind != "problem" or f.parsed is None or f.parsed.links:
        return False
    read = replace(f.parsed)
    peel_title_ends(read)
    return _written_as_paper(read)


def _dated_title(p: ParsedItem) -> bool:
    """Whether a linkless item is only a title phrase with its year (`Title (2020)`): no
    venue, authors or label (`_dated_titles_under_papers`)."""
    return p.year is not None and title_phrase(p) and not p.venue_tag and not p.authors \
        and title_like(p.title) and not labelled_not_paper(p)


def _names_kind(text: str) -> bool:
    """Whether a heading or a title names a kind of item other than papers: books, tools,
    talks, posts, courses, events (`names_other_kind`, `NON_PAPER_KINDS`: `Keynotes`)."""
    return names_other_kind(text) or not NON_PAPER_KINDS.isdisjoint(words(text))


def _names_only(title: str) -> bool:
    """Whether a paragraph's own title is names only (`Raychev, Vechev, Yahav` before
    `[Title](pdf)`): it held no title phrase, so its template's is the only one. A stop after
    a word (`Gulwani, Polozov, Singh. Program Synthesis` before `[Foundations and Trends in
    Programming Languages](url)`) ends the names: a phrase after them is the title, and the
    link's text is then its journal's, no title."""
    authors = parse_authors(title)[0]
    return bool(authors) and people_only(authors) and _WORD_STOP.search(title) is None


#: A stop after a word of two letters or more, then a space: a sentence's end, no initial's.
_WORD_STOP = re.compile(r"[^\W\d_]{2}\.\s")


def _listed_title(f: _Found) -> bool:
    """Whether a linkless item is only a title phrase (`- Semantic Linking Maps for Active
    Visual Object Search`: no venue, year, authors or note) right under the list's title or a
    heading under it: in a list whose title names its papers' one venue and year (`#
    ICRA2020-paper-list`, `list_venue_year`), the title's venue and year are its own; where
    most items of a heading are so written, the heading lists those papers."""
    p = f.parsed
    return p is not None and title_phrase(p) and p.year is None and not p.venue_tag \
        and not p.authors and title_like(p.title)


def _authored_title(f: _Found) -> bool:
    """Whether a linkless item is a title phrase and the names of its authors, no venue or year
    (`- [ ] **Shuai Wang**, Pei Wang, …: </br>` over `**CacheD: Identifying Cache-Based Timing
    Channels in Production Software.**`): under a heading that names one venue's edition, as
    `_listed_title`'s bare title is, a paper of that edition, its authors said too."""
    p = f.parsed
    return p is not None and bool(p.authors) and title_phrase(p) and p.year is None \
        and not p.venue_tag and title_like(p.title)


def _dated_titles_named(induced: Induced, chain: tuple[_Head, ...]) -> bool:
    """Whether items under these headings may be read with an induced template: any, but one
    that places a title and a year alone only where a heading over them names papers (a year
    is all a title has besides: as for an item alone; under `## Reading` or `## Motto` it may
    as well be a book, a talk or a saying, `Alan Kay (1971): “The best way ...”`)."""
    if set(induced.declared.regex.groupindex) != {"title", "year"}:
        return True
    # (a year first dates a line as a timeline or the list's news write their events, `-
    # 1958: Rosenblatt introduces the perceptron`: only the section's own heading, or a
    # period's over its items, naming papers says they are)
    return any(names_papers(h.title) for h in chain) and (
        not induced.declared.pattern.startswith("{year}") or _section_names_papers(chain))


def _cited_reading(pieces: list[Piece], under_code: bool) -> ParsedItem | None:
    """The reading of a linkless paragraph (or one line of it) written as a full citation:
    names first (two or more, or one with an initial: `E. Casalicchio. 2019. Title.`; a
    capitalised phrase alone is no person, `Quantum Random Access Memory. Vittorio
    Giovannetti, ... 2008. PRL.` is a title first), or a title first with the names and a
    year after it (`LSD-SLAM: Large-Scale Direct Monocular SLAM, J. Engel, T. Schöps, D.
    Cremers, ECCV '14`: its ends peeled, `peel_title_ends`). None for anything else (prose
    that ends with a venue and a year is no citation). Right under a bullet that links only
    code (`under_code`), the citation of its paper may name no one: a title phrase and its
    year (`> Online Global Loop Closure Detection for Large-Scale ... SLAM, 2014`)."""
    parsed = parse_item(pieces)
    if not parsed.title:
        return None
    # (one person's name is evidence where a year after it says so: an author-date reference)
    named = len(parsed.authors) > 1 or parsed.et_al or any(initialled(a) for a in parsed.authors) \
        or parsed.shape in (AUTHOR_DATE_CITATION, INVERTED_AUTHOR_DATE)
    # the paragraph links nothing: a link read from it is an arXiv id its text writes
    # (`... 2008. PRL. arXiv:0708.1879`), the paper's own, and the citation is judged as
    # written, without it
    written = replace(parsed, links=[])
    if named and cited_paper(written) and _written_as_paper(written):
        return parsed
    if not parsed.authors and _written_as_paper(written) and year_venue_coded(pieces):
        # `[1] 2023_AAAI_Title. (MegaCRN, Rank CCF-A)`: the year and venue coded before the
        # title stand where a citation's names and date would (as `16-ATC-Title` bullets)
        return parsed
    if parsed.shape == KEYED_CITATION and parsed.venue_tag and title_like(parsed.title):
        # `[Subbotin2025] Title. arXiv, 2025.`: the key stands where the names would, the
        # citation after it names its venue and year
        return parsed
    if under_code and not named and not parsed.authors:
        dated = replace(parsed)
        peel_title_ends(dated)
        if dated.year is not None and not dated.authors and title_like(dated.title) \
                and len(dated.title.split()) >= 4:
            return dated
    if not (named or _separated_names(parsed.title)):
        return None
    read = replace(parsed)
    peel_title_ends(read)
    named = len(read.authors) > 1 or any(initialled(a) for a in read.authors)
    return read if named and read.year is not None and title_like(read.title) else None


#: A line of prose, not a title: a CJK full stop or comma, or a stop, colon or semicolon at
#: its end (`_title_column`).
_PROSE_MARK = re.compile(r"[。，；！]|[.:;：；]$")


#: Words of text a line needs to be read as an item of its own (a note or a name has fewer).
PHRASE_LINE_WORDS = 4


#: How many sibling bullets after a bullet labelled as a paper are read for its record's run
#: (a record's fields are a handful: authors, presenter, slides, a forum).
_RECORD_RUN = 16
#: A record's field labelling its links (`**Links:**`, `**URL:**`) or its DOI (`**DOI:**`).
_LINKS_LABELS = frozenset({"links", "link", "url", "urls", "doi"})


def _another_paper_in_run(blocks: list[Block]) -> bool:
    """Whether the sibling bullets after a bullet labelled as a paper, up to the next one so
    labelled (or anything not a bullet), link a paper titled by a phrase of their own (`*
    **Also:** [Attention Is All You Need](pdf)`; slides, a Colab notebook, a person's page are
    no paper's link): the run holds two papers, no one record (silent when
    the evidence is not one paper)."""
    for block in blocks:
        if not isinstance(block, Item) or block.paragraph:
            return False
        label = field_label(block.pieces)[0]
        if label and set(words(label)) & RECORD_TITLE_LABELS:
            return False
        if any(p.kind == "link" and paper_link(p.href) and title_like(clean_text(p.text))
               for p in block.pieces):
            return True
        if block.pieces and block.pieces[0].strong \
                and not any(p.kind == "link" for p in block.pieces):
            # (`- **TCB**: Ken Thompson. "Reflections on Trusting Trust" (1984)` after `-
            # **abstract interpretation**: Patric Cousot. "Title" (1977)`: a sibling that is a
            # whole citation of its own, names, a title phrase and a year, is another paper)
            cited = parse_item(block.pieces)
            if cited.year is not None and cited_paper(cited):
                return True
    return False


def _lines_written_as_items(item: Item) -> list[Item]:
    """An item whose lines are each written as an item of their own (`* Samuel Edet - Title
    [[Link]](url)` ⏎ `Amin Hedayati et al. - Title [[Link]](url)`: a bullet marker forgotten,
    the second line a lazy continuation in Markdown): one item per line, when every line
    links, holds a phrase read in the same shape as the others, and no title repeats;
    else the item as it is (its lines one text: a title and its names, its links). A line
    that is one link and nothing else (`[Project Page With Pretrained Models](github)` under
    `* [Title](arxiv)`) states nothing an item of its own would: it is more of the item."""
    if item.end_line == item.line or item.children \
            or not any(p.kind == "break" for p in item.pieces) \
            or any(p.kind == "break" and p.hard for p in item.pieces):
        return [item]  # (cheap first: one line, nested lines, or lines broken on purpose)
    lines = source_lines(item)
    if len(lines) < 2 or not all(any(p.kind == "link" for p in part) for _, part in lines) \
            or any(len(said := [p for p in part if p.kind != "text" or p.text.strip()]) == 1
                   and said[0].kind == "link" for _, part in lines):
        return [item]
    readings = [parse_item(part) for _, part in lines]
    shapes = {r.shape for r in readings}
    titles = {r.title for r in readings}
    if len(shapes) != 1 or len(titles) != len(readings) or not all(
            r.links and not r.title_is_label and len(r.title.split()) >= PHRASE_LINE_WORDS
            for r in readings):
        return [item]
    return [Item(pieces=part, line=line, end_line=line, ordered=item.ordered)
            for line, part in lines]


def _link_column(para: Item) -> list[Item]:
    """A paragraph whose source lines each open with a link (`[Title](url)<br>` ⏎ `[Title](url),
    ICLR 2020, note.` ⏎ …: papers laid out one per line without bullets), two or more of them
    titled by title phrases, and any other line that link alone (`[Titan]()`): one paragraph
    per line, as bullets would be (read as one, the first line was the paper, the others'
    links its links and their venues its venue: an arXiv id or a venue of another paper).
    Else the paragraph as it is. Cheap first: several lines."""
    if para.end_line == para.line:
        return [para]
    lines = source_lines(para)
    shown = [[p for p in part if p.kind != "text" or p.text.strip(" \t.,;|")]
             for _line, part in lines]
    if len(lines) < 2 or not all(s and s[0].kind == "link" for s in shown) \
            or len({line for line, _part in lines}) < len(lines):
        return [para]  # (an HTML block's breaks name no source line: its items are one)
    titled = [title_like(link_words(s[0])) for s in shown]
    if sum(titled) < 2 or any(not t and len(s) > 1 for s, t in zip(shown, titled, strict=True)):
        return [para]
    return [Item(pieces=part, line=line, end_line=line, ordered=False, paragraph=True)
            for line, part in lines]


#: A line's own enumerator (`i. `, `ii) `, `b. `, `2. `), which Markdown does not read as a
#: list marker when it opens a continuation line of an item.
_ENUMERATOR = re.compile(r"\s*([ivx][ivxIVX]{0,3}|[a-h]|\d{1,2})[.)]\s+")
_ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x")


def _enumerated_lines(item: Item) -> Item:
    """`2. Concurrency Verification <br />` over `   i. [Slides: …](pdf) <br />` / `   ii.
    [Princeton Report](pdf)`: an item whose lines after its first each open with the next
    enumerator of one sequence (`i.`, `ii.`, `iii.`; `a.`, `b.`; `1)`, `2)`), as a nested list
    numbers its items, each line broken on purpose before it (`<br />`, two spaces), is a
    label over those lines, each an item of its own nested under it (Markdown reads them as
    one paragraph: the enumerators are no list markers to it). A capital is no enumerator
    (`A. P. Bartók, …` on the line under a title is an initial). Else the item as it is."""
    broken = _broken_lines(item.pieces)
    if not broken:
        return item  # (cheap first: most items wrap, if at all, without breaking their lines)
    lines = source_lines(item)
    if len(lines) < 2 or broken < len(lines) - 1:
        return item
    cuts: list[re.Match[str]] = []  # each line's enumerator, read once
    for _, part in lines[1:]:
        first = part[0]
        match = _ENUMERATOR.match(first.text) if first.kind == "text" else None
        if match is None:
            return item
        cuts.append(match)
    marks = [cut.group(1).lower() for cut in cuts]
    count = len(marks)
    if marks not in (list(_ROMAN[:count]), [chr(ord("a") + k) for k in range(count)],
                     [str(k + 1) for k in range(count)]):
        return item  # (one sequence from its start: `i.`, `ii.`; not a wrapped sentence)
    children = []
    for (line, part), cut in zip(lines[1:], cuts, strict=True):
        rest = part[0].text[cut.end():]
        pieces = ([replace(part[0], text=rest)] if rest else []) + part[1:]
        children.append(Item(pieces=pieces, line=line, end_line=line, ordered=True))
    return replace(item, pieces=lines[0][1], end_line=item.line, children=children)


def _broken_lines(pieces: list[Piece]) -> int:
    """How many of an item's source lines open after a break written on purpose (an HTML
    `<br>` or a hard break ending the line above), not a wrapped line's soft break."""
    count, broken = 0, False
    for p in pieces:
        if p.kind != "break":
            broken = False
            continue
        broken = broken or p.hard or p.text == "\n"  # (`<br>` reads as a "\n" break)
        if p.newline:
            count, broken = count + broken, False
    return count


def _separated_names(title: str) -> bool:
    """Cheap first: a title that may end in names (a comma and an initial after it)."""
    return ", " in title and re.search(r",\s+[A-Z]\.", title) is not None


def _named_paper_cited(parsed: ParsedItem) -> bool:
    """`**PowerLyra** - PowerLyra: Differentiated Graph Computation … (EuroSys'15).
    [[paper]](url)`: a system's name before a title phrase that states its venue and year,
    linked under a paper's label: the paper the name is the system of, not a description."""
    return bool(parsed.name and parsed.venue_tag and parsed.year) \
        and title_like(parsed.title) and any(
            lk.label.strip(" []").lower() in PAPER_LABELS for lk in parsed.links)


def _written_as_paper(parsed: ParsedItem) -> bool:
    """An item without a link written as a paper: a full citation (`cited_paper`) or a title
    phrase with its year and venue (`linkless_paper` with a venue: `- 16-ATC-Design Guidelines
    for High Performance RDMA Systems`), or a title set off in bold with its year and authors
    (`- Why: **Title** (Gupta et al. 2011).`: the list marks the title and cites it author-date;
    a dated line of names after plain words, `Coling2020 Outstanding paper. Hideya Mino, ....
    (2020-12-10)`, is an award or a note); a citation whose venue names software (`GitHub,
    2019`) is not a paper's."""
    return (cited_paper(parsed) or linkless_paper(parsed) and (
        bool(parsed.venue_tag) or parsed.bold and bool(parsed.authors))) \
        and not labelled_not_paper(parsed)


def _without_marks(text: str) -> str:
    """A text without its emoji and symbols (`📚 Conferences` is `Conferences`)."""
    return "".join(ch for ch in text if not is_mark(ch))


def _a_book(parsed: ParsedItem, raw: str) -> bool:
    """Whether an item under a books heading is a book: it links no paper and names no
    authors, or names its edition or publisher (`_EDITION`, `_PUBLISHER`), or no venue or year
    (`_undated_book`); or the link its title opens is a whole book's DOI
    (`core.identifiers.book_doi_link`: `[Hastie, T., ...,
    2009. The elements of statistical learning.](link.springer.com/…/978-0-387-84858-7.pdf)`),
    which no paper has; or it is a record labelling its publisher (`_PUBLISHER_FIELD`),
    whatever its PDF."""
    first = parsed.links[0].url if parsed.links else ""
    if first and book_doi_link(first) or _PUBLISHER_FIELD.search(raw):
        return True
    return (not parsed.authors or bool(_EDITION.search(raw) or _PUBLISHER.search(raw))) \
        and not (first and paper_link(first)) or _undated_book(parsed)


def _undated_book(parsed: ParsedItem) -> bool:
    """An item under a books heading that names its authors, maybe, but no venue or year, and
    links no paper (`[Prediction Machines](amazon)` over `_Ajay Agrawal, Joshua Gans, Avi
    Goldfarb_`): a book to read, where a cited work says where and when it appeared."""
    first = parsed.links[0].url if parsed.links else ""
    return parsed.year is None and not parsed.venue_tag and not (first and paper_link(first))


#: A book's edition (`(1st Edition)`, `2nd ed.`, `Reprint Edition`): papers have none.
_EDITION = re.compile(r"\b(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|reprint"
                      r"|revised)\s+ed(?:ition\b|\.)", re.IGNORECASE)
#: A book's publisher (`UChicago Press`, `Manning Publications`, `Springer Verlag`): named
#: under a books heading beside a link to no paper, the item is the book.
_PUBLISHER = re.compile(r"\b(?:Press|Publishing|Publishers|Publications|Verlag)\b")
#: A record's field labelling its publisher (`**Publisher:** Morgan & Claypool`): the label's
#: word (field_lines.PUBLISHER_LABELS) capitalised, as a record writes it, then its colon.
_PUBLISHER_FIELD = re.compile(
    r"\b(?:" + "|".join(sorted(w.capitalize() for w in PUBLISHER_LABELS)) + r")\W{0,3}[:：]")


def _described_name(parsed: ParsedItem) -> bool:
    """Whether an item read as a name and a description links a paper and states nothing
    else (no authors, year or venue): the paper of the thing named."""
    return bool(parsed.name) and not (parsed.authors or parsed.year or parsed.venue_tag) \
        and any(paper_link(lk.url) for lk in parsed.links)


def _sentence_after(f: _Found) -> bool:
    """Whether an item's description, as written, is prose: sentences (`… datasets. 6
    datasets have …`) or one closed by a full stop with no link on its line, as a title
    before its links is not."""
    if f.parsed is None:
        return False
    title = f.parsed.title
    at = f.raw.find(title[-20:]) if title else -1
    if at < 0:
        return False
    after = f.raw[at + len(title[-20:]):].split("\n", 1)[0].strip()
    return ". " in title or after in (".", ".*", ".**")


def _edition_bullet(item: Item, parsed: ParsedItem) -> tuple[str, int] | None:
    """The venue and year a bullet names when it is only a venue's edition and holds child
    bullets (`- **DAC2022**`, `- CVPR 2021`, as a heading so written does, `### 2016 ISSCC`:
    `sections.headings_venue_year`): where and when the papers under it appeared."""
    if not item.children or parsed.links or len(parsed.title) > 24 \
            or not any(c.isdigit() for c in parsed.title):
        return None  # (cheap first)
    venue, year = headings_venue_year([parsed.title])
    return (venue, year) if venue and year is not None else None


def _local_page(pieces: list[Piece]) -> bool:
    """Whether an item links a page of the list's own repository (`notes/resnet.md`,
    `./detection/SSD.md`): a relative link, not an anchor of the page itself."""
    return any(p.kind == "link" and local_page(p.href) for p in pieces)


def _title_in_empty_link(f: _Found) -> str | None:
    """`- [Conversational Neuro-Symbolic Commonsense Reasoning(2020)]()`: the title phrase is
    the text of a link whose target the writer left empty; beside papers that link theirs
    (`_linkless_among_linked`), it is a paper written as they are, with no link. Its title:
    the one read, or, where what was read is no title phrase (the label before the link,
    `* [security] [Title]().` among `* [security] [Title](url).`), the link's text."""
    if f.parsed is None or f.pieces is None:
        return None
    empty = [p for p in f.pieces if p.kind == "link" and not p.href.strip()]
    if not empty:
        return None  # (cheap first)
    if title_like(f.parsed.title):
        key = title_key(f.parsed.title)
        return f.parsed.title if any(title_key(p.text).startswith(key) for p in empty) else None
    texts = [p.text for p in empty if title_like(p.text)]
    return clean_title(texts[0]) if len(texts) == 1 else None


def _title_line_offset(pieces: list[Piece], title: str, marked: bool = False,
                       below: bool = False) -> int:
    """How many source lines into an item wrapped over several (`* 2013 M. Braun, ..., and` /
    `  A. Zwinkau. Simple and efficient construction ...`) its title starts: a paper is listed
    on its title's line, as one written on one line is; 0 where the title starts on the
    first line or is not found as written, and where the writer broke the lines on purpose
    (`Names.<br />` over `"Title." CVPR (2020).`, a hard break): the item's first line is
    its record's, as a record of field lines is listed on it; so where the first line ends
    with a link (`- M. Armbrust, …, M. Zaharia  [Link](url)` over `**Lakehouse: …**`): a
    field line closed by its link, not a sentence wrapped inside its title; and, in a list
    item (`marked`), where the title opens a line of its own (a field line above it). An
    item read as a line of names or a label over its title's line (`below`: `- [ICALP 2016]
    Names  ⏎ Title`) is listed on the title's line, the line breaks written or not."""
    if below:
        lines = "".join("\n" if p.kind == "break" and p.newline else p.text
                        for p in pieces).split("\n")
        return next((i for i, line in enumerate(lines)
                     if title_key(title) and title_key(title) in title_key(line)), 0)
    if any(p.kind == "break" and (p.hard or not p.newline) for p in pieces):
        return 0
    wrap = next((i for i, p in enumerate(pieces) if p.kind == "break" and p.newline), None)
    last = next((p for p in reversed(pieces[:wrap]) if p.kind != "text" or p.text.strip()),
                None) if wrap is not None else None
    if last is not None and last.kind == "link":
        return 0
    first = title.split()[:3]
    text = "".join("\n" if p.kind == "break" and p.newline else p.text for p in pieces)
    found = re.search(r"\s+".join(map(re.escape, first)), text) if first else None
    if found is None or marked and not text[
            text.rfind("\n", 0, found.start()) + 1:found.start()].strip(_TITLE_OPENS):
        # (`marked`: a list item's title that opens a line of its own, `- 2024-12-28:` over
        # `[“Title”](pdf),`: the writer ended the marker's line where its field ended, a
        # record's field line, on which the item is listed, as its marker says it starts; a
        # title wrapped into mid-line, `* 2013 M. Braun, …, and` / `A. Zwinkau. Simple and
        # efficient …`, is listed on its title's line)
        return 0
    return text.count("\n", 0, found.start())


#: What may stand before a title's first word at its line's start (quotes, emphasis, a
#: bracket), none of the words of a field before it.
_TITLE_OPENS = " \t\"'“‘*_(["


def _states_nothing(parsed: ParsedItem) -> bool:
    """An item read with no year, no authors, no venue and no link (`(TODO) caching`, a
    method's name): a placeholder or a note, no evidence for or against a heading's papers."""
    return parsed.year is None and not parsed.authors and not parsed.venue_tag \
        and not parsed.links


def _section_names_papers(chain: tuple[_Head, ...]) -> bool:
    """Whether the heading an item sits under names papers, or, a heading of a period
    (`## 1980s`, `## 2019`), the heading over it."""
    head = next((h for h in reversed(chain) if not is_period_heading(h.title)), None)
    return head is not None and names_papers(head.title)


def _short_citation(parsed: ParsedItem) -> bool:
    """A full citation (authors, the title its form sets off, venue and year) whose title is
    shorter than a phrase: `LeCun, Yann, ... "Deep learning." Nature 521.7553 (2015)`, `Wei T,
    ... Network morphism[C]//International Conference on Machine Learning. 2016`; or names,
    a quoted title and a year (`A. R. Hoare. "Quick Sort" (1961)`: the quotes set the title
    off). Only among citations (`_linkless_among_linked`): the form marks where the title
    starts and ends."""
    return parsed.shape.startswith("citation") and bool(parsed.authors) \
        and parsed.year is not None and bool(parsed.venue_tag or parsed.publisher
                                             or parsed.shape == QUOTED_CITATION) \
        and bool(parsed.title.strip()) \
        and not parsed.title_is_label and "](" not in parsed.title \
        and not labelled_not_paper(parsed)


#: Items of an events heading that link a paper itself, from which on its items are papers.
EVENT_PAPERS = 2
#: The reason of a problem item that gave no title (`_paper_links_without_title` titles some).
NO_TITLE = "no title"
#: Why an item that a declared template matches is no paper by it.
DECLARED_NO_PAPER = ("fits its section's template, but no title phrase with a year, venue or "
                     "authors is read from it")
#: Why `Name: description` items are skipped (a shape's judgement, which a template the list's
#: items share may overrule: `- Ann presents: Hosios (1988) Title`).
NAME_AND_DESCRIPTION = "a name and a description (a tool, dataset or system), not a paper title"
NOT_A_PAPER = "only links to videos, posts or code, labelled so, and no venue, year or authors"
OTHER_LIST = "links only another curated list (`awesome-…`), and no venue, year or authors"
UNNAMED_WORK = "a link that refers to a work (`this paper …`) without naming it"
ASIDE_LINK = "links only inside its own remark in brackets (`(please also see [site](url))`)"
DATA_FILES = "only links to files of data (`.mat`, `.csv`, `.gz`), and no venue, year or authors"
TALK = "a talk or tutorial given at an event (its text says so), not a paper"
NOTED_DOCUMENT = "its bracketed source after the link names documentation, a post or a talk"
SITE_HOME = "a site: a short name linking only home pages, and no venue, year or authors"
PERSON_HOME = "a person's home page: no paper's, and no venue, year or authors"
DATA_SET_PAGE = ("a data set: a short name linking only data sets' pages, and no venue, year "
                 "or authors")
#: A line under a paper written as a heading that dates it (`OpenAI, 2021.07`) is short.
DATED_LINE_WORDS = 6
PARAGRAPH_WITHOUT_EVIDENCE = "paragraph without a paper link, venue, year or authors"
#: Paper paragraphs that must share one shape for it to be the list's paragraph item shape.
PARAGRAPH_ITEMS = 3
#: The reason a paragraph right under the list's title, before its first section, is left out.
LIST_HEADER = "the list's own header (before its first section)"
PARAGRAPH_SHARE = 0.8


def _writes_arxiv(text: str) -> bool:
    """Whether a text writes "arXiv" itself, not only in its links' host (`arxiv.org`)."""
    low = text.lower()
    return low.count("arxiv") > low.count("arxiv.org")


def paragraph_shape(pieces: list[Piece]) -> tuple[tuple[str, ...], ...]:
    """A paragraph's shape, line by line: text ("T"), a resource label and its colon
    ("label:", `PDF:` and `Project:` alike, before a link), a link or bare URL ("L"); runs of
    one kind once."""
    lines: list[list[str]] = [[]]
    for p in pieces:
        if p.kind == "break":
            lines.append([])
            continue
        if p.kind == "link":
            tokens = ["L"]
        elif p.kind == "text":
            tokens = []
            for part in re.split(r"(https?://\S+)", p.text):
                if part.startswith("http"):
                    tokens.append("L")
                elif resource_label_before(clean_text(part)):
                    tokens.append("label:")
                elif meaningful(part):
                    tokens.append("T")
        else:
            continue
        for token in tokens:
            if token == "T" and lines[-1][-1:] == ["label:"]:
                lines[-1].pop()  # (`arXiv: **Title**`: a label before words, not a link,
                # is words: the shape of `CVPR2020: **Title**`)
            if not lines[-1] or lines[-1][-1] != token:
                lines[-1].append(token)
    shape = [tuple(line) for line in lines if line]
    # (a sentence wrapped over two lines, `*comment*: ... dog⏎classification ...`, is one)
    return tuple(line for k, line in enumerate(shape)
                 if not (k and line == ("T",) and shape[k - 1] == ("T",)))


#: A label line before a list: a few words and a colon (`Talks and Tutorials:`).
_LABEL_LINE = re.compile(r"([^:：\n]{2,40})[:：]")


def _resource_label(para: Item) -> str:
    """The text of a label line that introduces a list and names talks, seminars, courses,
    posts (the heading vocabulary, `is_resource`), "" for any other paragraph."""
    if any(p.kind != "text" for p in para.pieces):
        return ""
    label = _LABEL_LINE.fullmatch(clean_text("".join(p.text for p in para.pieces)).strip())
    return label.group(1).strip() if label and is_resource(label.group(1)) else ""


def _is_tool(parsed: ParsedItem) -> bool:
    """`- VQGAN-CLIP [[code]](https://github.com/...)`: a name of five words or fewer, not a
    link itself, with nothing but code or demo links and no venue, year or authors; or a name
    (`software_name`, or written in lower case: `[deepmind control suite](github)`) linked
    only to code. A title phrase linked only to its code stays a paper (`links_only_code`).
    A one-word name so linked is a tool with its year too (`[2016] Epifit [[code]](github)`:
    a package's release, no paper's title)."""
    return (len(parsed.title.split()) <= 5
            and not (parsed.venue_tag or parsed.authors)
            and (not parsed.year or len(parsed.title.split()) == 1)
            and (tool_links(parsed)
                 and (software_name(parsed.title) or parsed.title[:1].islower())
                 or parsed.shape != LINK_TEXT_TITLE
                 and all(lk.label.lower() in TOOL_LABELS for lk in parsed.links)))


#: The end of a sentence inside a text (`... integrity. Below figure presents ...`).
_SENTENCE_END = re.compile(r"[a-z)]{2}[.!?]\s+[A-Z]")
#: Sentences that make a paragraph prose: no title is written as several sentences.
PROSE_SENTENCES = 2


def _prose_with_figure(pieces: list[Piece]) -> bool:
    """`Poisoning attacks are the process of ... Below figure presents ... [![Attack-Process](
    figs/attack_process.png)](https://arxiv.org/abs/2404.14942)`: a paragraph of several
    sentences whose only links wrap an image (a figure linked to its source) introduces a
    section; it is not a paper (a badge beside a title is a link of one line, no prose)."""
    links = [p for p in pieces if p.kind == "link"]
    if not links or any(p.text.strip() or not p.images for p in links):
        return False
    text = "".join(p.text for p in pieces if p.kind == "text")
    return len(_SENTENCE_END.findall(text)) >= PROSE_SENTENCES


def _tail(pieces: list[Piece], linked: bool = False) -> str:
    """The item's own text after its first link (not its title's words when the title is
    written before it: `Forecasting the 2015-2016 El Niño [pdf](url)`); `linked`: the text of
    its later links too (`[2025](url), [2024](url)`)."""
    at = next((i for i, p in enumerate(pieces) if p.kind == "link"), len(pieces))
    kinds = ("text", "link") if linked else ("text",)
    return "".join(p.text for p in pieces[at + 1:] if p.kind in kinds)


def _links_line(blocks: list[Block]) -> bool:
    """Whether the block (a list of at most one) is a paragraph of links without a title of
    its own (`[pdf](url) [code](url)`): the lines above it are its title and authors."""
    if not blocks or not isinstance(blocks[0], Item) or not blocks[0].paragraph \
            or not any(p.kind == "link" for p in blocks[0].pieces):
        return False
    read = parse_item(blocks[0].pieces, paragraph=True)
    return not read.title or read.title_is_label


#: The shape (paragraph_shape) of a paragraph that is only a link.
_ONE_LINK = (("L",),)


def _opens_with_link(pieces: list[Piece]) -> bool:
    """Whether an item's first meaningful piece is a link (`[Title](url), Venue`)."""
    first = next((p for p in pieces if p.kind == "link" or p.kind == "text"
                  and meaningful(p.text)), None)
    return first is not None and first.kind == "link"


def _names_a_repository(pieces: list[Piece]) -> bool:
    """Whether an item's one link names the repository it goes to by its path
    (`path_label`: `[XMUsuny/symbolic-execution-papers](https://github.com/XMUsuny/
    symbolic-execution-papers)`)."""
    links = [p for p in pieces if p.kind == "link"]
    return len(links) == 1 and path_label(clean_text(links[0].text), links[0].href)


def _only_a_link(pieces: list[Piece]) -> bool:
    """Whether an item is one link and nothing else but spaces and punctuation."""
    links = [p for p in pieces if p.kind == "link"]
    return len(links) == 1 and not any(p.kind == "text" and meaningful(p.text)
                                       for p in pieces)


def _links_inside_prose(pieces: list[Piece]) -> bool:
    """`It is a neural network for learning the ground state [wavefunctions](url) of atoms
    ...`, `(several sentences) More details ... are provided in [this follow up paper](url).`:
    a paragraph whose first link is words of a sentence is commentary that links what it
    mentions, not an item. Its link's text opens in lower case after a lower-case word and is
    not a resource label (`[paper link]`, `[pdf]`: every word one), and the sentence goes on
    after it or sentences come before it (a title is not written mid-sentence)."""
    before = prose = ""  # the line's text before the link, the paragraph's
    for i, p in enumerate(pieces):
        if p.kind == "break":
            before, prose = "", prose + " "
        elif p.kind == "text":
            before, prose = before + p.text, prose + p.text
        elif p.kind == "link":
            text, words = p.text.strip(), before.rstrip().split()
            # (`according to [Rao et al](url), though …`: an author citation mid-sentence)
            cited = text[:1].islower() or "et al" in text
            if not (words and words[-1][-1:].islower() and cited) \
                    or all(w in RESOURCE_LABELS for w in re.findall(r"[a-z]+", text.lower())):
                return False
            after = next((q.text for q in pieces[i + 1:] if q.kind != "text" or q.text.strip()),
                         "")
            return after.lstrip(" ,;:")[:1].islower() \
                or len(_SENTENCE_END.findall(prose)) >= PROSE_SENTENCES
    return False


def _names_then_emphasis(pieces: list[Piece]) -> bool:
    """A line of plain text that ends with an emphasised part (`Sergey Levine, Vladlen Koltun.
    *ICML 2014*`): the writer set the tail apart from what comes before it."""
    texts = [p for p in pieces if p.kind == "text" and p.text.strip()]
    return len(texts) >= 2 and texts[-1].em and not texts[0].em \
        and meaningful("".join(p.text for p in texts if not p.em))


def _links_only_aside(pieces: list[Piece]) -> bool:
    """`2. QM series (Please also see [quantum-machine](url) page)`: every link of the item
    stands inside a bracket its text opened before it and closes after it, a remark on the
    item's words; the link is what the remark points to, not the item's own."""
    if not any(p.kind == "text" and "(" in p.text for p in pieces):
        return False  # (cheap first: most items open no bracket in their text)
    depth, inside, seen, remark = 0, True, False, ""
    for p in pieces:
        if p.kind == "text":
            for ch in p.text:
                depth = depth + 1 if ch == "(" else max(0, depth - 1) if ch == ")" else depth
                remark += ch if depth else ""
        elif p.kind == "link":
            seen = True
            inside = inside and depth > 0
    # (the remark says something of its own, `Please also see … page`; `([code](url))` is
    # only the item's link in brackets)
    return seen and inside and depth == 0 and len(LETTER_WORD.findall(remark)) >= 2


def _names_then_emphasised_venue(pieces: list[Piece]) -> bool:
    """`Hongbin Xie, Ge Song, ***Applied Energy***, 2025`: plain text, then an emphasised part
    and nothing after it but its year: the writer set the venue apart from the names."""
    texts = [p for p in pieces if p.kind == "text" and p.text.strip(" ,.;")]
    if len(texts) < 3 or texts[0].em or not texts[-2].em or texts[-1].em:
        return False
    # (a venue's few words, as `add_venue_line` reads them; a longer note is no venue)
    return bool(_YEAR_TAIL.fullmatch(texts[-1].text)) and meaningful(texts[0].text) \
        and meaningful(texts[-2].text) and len(texts[-2].text.split()) <= _VENUE_LINE_WORDS


def _reads_names_and_venue(parsed: ParsedItem, pieces: list[Piece]) -> bool:
    """Whether `names_before_emphasis` reads both the names and the venue of the line (tried
    on a copy: a line it reads only in part is left to the other line readers)."""
    trial = replace(parsed, authors=[], venue_raw="", venue_tag="")
    return names_before_emphasis(trial, pieces) and bool(trial.venue_tag)


#: Words of an emphasised venue on a names line (`add_venue_line` reads six at most).
_VENUE_LINE_WORDS = 6
#: What may follow an emphasised venue on a line: its year (`, 2025`, ` 2023.`).
_YEAR_TAIL = re.compile(rf"[\s,.;:(]*{YEAR}[\s.,;)]*")


#: A link text that is a venue's name (capitalised words) and a year, nothing else
#: (`[Artificial Intelligence Journal 1999]`).
_DATED_LINK = re.compile(rf"(?P<venue>(?:[A-Z][\w&.'’-]*\s+){{1,5}})(?P<year>{YEAR})")


def _dated_title_link(pieces: list[Piece]) -> tuple[Piece, int] | None:
    """`## [Genes, behavior and next‐generation RNA sequencing](url) 2013`: a heading that is
    one link over a title phrase and a year after it, nothing else: (the link, the year).
    Dated so, the linked phrase names a paper (a topic's heading names no year after its
    link), whatever host the link goes to; `_headings_as_papers` still decides once the
    list's other headings are known."""
    if len(pieces) != 2 or pieces[0].kind != "link" or pieces[1].kind != "text" \
            or not pieces[1].text[:1].isspace():
        return None
    year = YEAR_GROUP.fullmatch(pieces[1].text.strip(" ()"))
    if year is None or not title_like(pieces[0].text):
        return None
    return pieces[0], int(year.group(1))


def _dated_link(pieces: list[Piece], parsed: ParsedItem) -> Piece | None:
    """`### Title [[ICML 2017]](arxiv pdf)`: the one link, after the title, whose text is only
    a venue and a year goes to a paper: the paper's link, labelled by where and when it
    appeared (its venue and year the item's where it has none); None otherwise."""
    links = [p for p in pieces if p.kind == "link"]
    if len(links) != 1 or pieces[0] is links[0] or not paper_link(links[0].href):
        return None
    text = clean_text(links[0].text).strip(" []()")
    span = venue_year_span(text)
    if span is not None and span[1]:
        return links[0]
    dated = _DATED_LINK.fullmatch(text)
    if dated is None:
        return None
    if parsed.year is None and not parsed.venue_tag:
        venue = dated.group("venue").strip()
        parsed.venue_raw, parsed.venue_tag = venue, normalise_venue(venue)
        parsed.year = int(dated.group("year"))
    return links[0]


def _text_before_url(pieces: list[Piece]) -> str:
    text = "".join(p.text for p in pieces if p.kind == "text")
    cut = text.find("http")
    return text[:cut] if cut >= 0 else text


def _plain_title(block: Item) -> bool:
    """A paragraph of one line that is a title phrase and nothing else: no link, no emphasis
    (`*Highly parallel code for … Can be used as …*`, a tool's description in italics), one
    sentence, no colon closing it (`Previous Work:` opens a list), no lecture or talk's
    (`Lecture 1 Introduction to Deep Learning` over `- [PDF](slides)`)."""
    if block.line != block.end_line \
            or any(p.kind != "text" or p.em or p.strong or p.code for p in block.pieces):
        return False
    text = plain(block.pieces).strip()
    return text[-1:] not in (":", "：", ".") and _SECOND_SENTENCE.search(text) is None \
        and title_like(text) and not names_a_talk(text)


#: A sentence's stop followed by another sentence.
_SECOND_SENTENCE = re.compile(r"[a-z]{2}\.\s+[A-Z]")


def _paper_label_link(block: Item) -> bool:
    """A bullet that is one link labelled as the paper (`- [Paper](url)`), no child under it."""
    link = _lone_link(block.pieces)
    return not block.children and link is not None \
        and link_words(link).strip("[]() ").lower() in PAPER_LABELS


def _lone_link(pieces: list[Piece]) -> Piece | None:
    """The one link a line shows, when it shows nothing else (`- [Paper](url)`), else None."""
    shown = [p for p in pieces if p.kind != "break" and (p.kind != "text" or p.text.strip())]
    return shown[0] if len(shown) == 1 and shown[0].kind == "link" else None


def _bare_url(pieces: list[Piece]) -> str:
    text = "".join(p.text for p in pieces if p.kind in ("text", "link"))
    match = re.search(r"https?://\S+", text)
    links = [p.href for p in pieces if p.kind == "link" and p.href.startswith("http")]
    return links[0] if links else (match.group(0).rstrip(".,;") if match else "")


def collect(blocks: list[Block], lines: list[str], declared: dict[str, Declared] | None = None,
            explain: bool = False) -> Collected:
    """Two passes over the outline: sections (in list order), one entry per listing, problems,
    and every link-bearing line that was skipped, with the reason. `declared` templates (by
    section title key, `*` for all) override inference; `explain` records every section's
    template."""
    walker = _Walker(headed_records(blocks), lines, declared, explain)
    walker.read()
    return walker.assign()


def _paper_labelled(pieces: list[Piece]) -> list[Piece]:
    """The links an item's text labels as its paper (`[paper](url)`, `[PDF](url)`)."""
    return [p for p in pieces if p.kind == "link" and p.text.lower() in PAPER_LABELS]


def _title_under_linked_name(parsed: ParsedItem, child: Item) -> bool:
    """`* ⭐(Nature 2023) *GenCast*, Ilan Price et al. [[Paper](arxiv)]` over `  * 🍬 GenCast:
    Diffusion-based ensemble forecasting ...`: a paper's venue, year and link on a line whose
    own text is only a name (NAME_WORDS words at most, no title phrase), over a first child
    line that links nothing, states no venue or year and reads as a title phrase: the title
    is that line's (a name and a remark set off in bold before a colon, `Pangu: ***the
    first*** :`, are labels); the name is a label. Silent without the venue, the year and a
    link to a paper on the name's line (a tool's name over its description is no paper)."""
    name = clean_text(parsed.title).split(",")[0].strip()
    if not parsed.venue_tag or parsed.year is None or title_like(name) \
            or len(name.split()) > NAME_WORDS \
            or not any(paper_link(lk.url) for lk in parsed.links):
        return False
    if name != clean_text(parsed.title) \
            and not re.match(rf"\W*{re.escape(name)}\s*[:：]", plain(child.pieces)):
        return False  # (`*FuXi*, chen2023fuxi et al.`: more than a name, unless the child
        # line opens with that name and its colon, `🍬 FuXi: ...`)
    sub = parse_item(child.pieces)
    if sub.links or sub.venue_tag or sub.year is not None or sub.title_is_label:
        return False
    title = _after_remark(child.pieces) or sub.title
    if not title_like(title):
        return False
    parsed.name, parsed.title, parsed.bold = name, clean_title(title), False
    parsed.shape = "title on the child line under a linked name"
    return True


def _after_remark(pieces: list[Piece]) -> str:
    """`Pangu: ***the first*** : Accurate medium-range ...`: the text after a short name and a
    short remark set off in bold or italics, then a colon; "" when the line is not so written."""
    for i, piece in enumerate(pieces[1:-1], 1):
        after = pieces[i + 1]
        if piece.kind == "text" and (piece.strong or piece.em) \
                and len(piece.text.split()) <= NAME_WORDS and after.kind == "text" \
                and not (after.strong or after.em) and after.text.lstrip()[:1] in (":", "：") \
                and len(plain(pieces[:i]).split()) <= NAME_WORDS:
            return after.text.lstrip()[1:] + plain(pieces[i + 2:])
    return ""


#: `arXiv 1708`: arXiv and four digits, in a line of fields its release's year-month code.
_ARXIV_CODE = re.compile(r"arxiv:?\s+(\d{4})", re.IGNORECASE)
#: A heading whose whole text is one bracketed phrase (`#### [Title]`: its link left out).
_BRACKETED = re.compile(r"\[([^\[\]]+)\]")


def _alike_heading(heading: Heading, links: list[Piece], title: str) -> str | None:
    """The title of a heading written as its level's papers are, though too short to be read
    as a title phrase alone: its whole text is one link to a paper (`#### [Adversarial
    Patch](arxiv)`), or one bracketed phrase whose link was left out (`#### [Jacks of All
    Trades, ...]`); None otherwise (a venue or a date heading, `### [CVPR 2020](url)`, is no
    paper). `_headings_as_papers` keeps it only beside papers written as headings."""
    text = clean_text(plain(heading.pieces)).strip()
    if len(links) == 1:
        label = clean_text(links[0].text).strip()
        if not paper_link(links[0].href) or text.strip("[]() ") != label or not meaningful(label) \
                or is_resource_label(label.lower()) or _venue_or_date(label):
            return None
        return clean_title(label)
    bracketed = _BRACKETED.fullmatch(text)
    if not links and bracketed and title_like(bracketed.group(1)):
        return clean_title(bracketed.group(1))
    return None


def _title_alone(line: Item) -> bool:
    """Whether a list line is a title alone in bold (`1. **《A Survey of Model Compression and
    Acceleration for Deep Neural Networks》**`: `bold_title_line`), with no lines under it."""
    return not line.children and bold_title_line(line)


def _titles_under_name(parsed: ParsedItem, item: Item) -> list[Item]:
    r"""`` - `Deep Compression` `` over `1. **《Deep Compression: …》**`, `2. ArXiv：url`, `3.
    ICLR 2016 [Best Paper]：url`: an item that is only a name (no link, venue or year of its
    own, no title phrase longer than NAME_WORDS words) whose first child line is a title alone
    in bold (`_title_alone`) is a label over the papers its child lines write: each such
    line a paper's title, the lines after it (up to the next) its links and fields (`-
    \`Binarized Neural Networks\`` over three titles, each with its own link line). The papers,
    each an item on its title's line; [] for any other item."""
    children = item.children
    if not children or parsed.links or parsed.venue_tag or parsed.year is not None \
            or not parsed.title \
            or title_like(parsed.title) and len(parsed.title.split()) > NAME_WORDS \
            or not _title_alone(children[0]):
        return []
    papers: list[Item] = []
    for child in children:
        if _title_alone(child):
            papers.append(replace(child, children=[]))
        else:
            last = papers[-1]
            papers[-1] = replace(last, children=[*last.children, child],
                                 end_line=child.end_line)
    return papers


def _titled_line(line: Item) -> bool:
    """Whether a list line links nothing and reads as a title phrase with its venue and year
    (`EAST : An Efficient and Accurate Scene Text Detector (X.Zhou, 17'CVPR)`)."""
    if line.children or any(p.kind == "link" for p in line.pieces):
        return False
    sub = parse_item(line.pieces)
    return title_like(sub.title) and bool(sub.venue_tag) and sub.year is not None


def _venue_or_date(title: str) -> bool:
    """Whether a heading names only a venue or a date (`sp2025`, `IJCAI`, `2025`)."""
    return headings_venue_year([title]) != ("", None) or heading_year(title) is not None \
        or is_year_heading(title) or bool(heading_venue(title))
