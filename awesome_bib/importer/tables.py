"""Tables: dataset tables (`| dataset | domain | image | text | ... |`) and paper tables.

A table is read by its header, so columns may come in any order. Header roles are data:
a new column name is one more word in a set below.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from ..core.arxiv_ids import first_version_date
from ..core.identifiers import arxiv_id, code_link, is_web_link, listed_link, paper_link
from ..core.vocab import INDEX_SERVICES, PAPER_LABELS, POST_LABELS, TOOL_LABELS
from ..core.years import (
    CJK_DATE,
    DATE,
    DAY_DATE,
    MONTH,
    YEAR,
    YEAR_GROUP,
    YEAR_SPAN_ALONE,
    compact_date_year,
    year_of,
)
from ..model import Author, Link
from ..venues import lookup, parse_tag
from .authors import read_names
from .citations import quoted_citation, venue_part
from .clean import clean_text, clean_title, words
from .evidence import paper_evidence
from .item_fields import (
    BARE_URL,
    PAREN_YEAR,
    ParsedItem,
    is_resource_label,
    normalise_venue,
    venue_after_names,
)
from .items import NOT_VENUES, parse_item
from .markdown import Piece, Row, Table, plain
from .template import phrase, title_like, venue_year_span

#: Header words that name each column role.
DATASET_NAME = frozenset({"dataset", "datasets", "data", "benchmark", "corpus"})
TITLE_COLUMN = frozenset({"title", "paper", "papers", "name", "article"})
VENUE_COLUMN = frozenset({"venue", "conference", "journal", "publication", "published", "conf",
                          "pub", "booktitle"})
YEAR_COLUMN = frozenset({"year", "date", "time"})
#: A header naming the year a paper was published (`PubYear`, `Pub. Year`, `Publication
#: Year`), as against another year a table may give (an award's, a reading's).
_PUBLISHED_YEAR = re.compile(r"pub(?:l(?:ication|ished))?\.?\s*year", re.IGNORECASE)
#: A header word naming where a paper appeared as often as where its code is: its column is
#: the venue's only by its cells (`venue_column`, `_source_name`).
SOURCE_COLUMN = frozenset({"source"})
AUTHOR_COLUMN = frozenset({"author", "authors"})
#: Header words naming the list's own notes on each row (`Notes`, `Remarks`): sentences about
#: the paper, never its title, however long their phrases (a `Description` may be the title
#: a model's name stands for: `| LLaMA | Open and Efficient Foundation Language Models |`).
NOTE_COLUMN = frozenset({"notes", "note", "remarks", "comments"})


_MONTHS_ONLY = re.compile(rf"\b{MONTH}|{YEAR}|\d+", re.IGNORECASE)
#: A name followed by who wrote its paper and when: `FSCS (Niklaus et al., 2021)`.
_CITED_NAME = re.compile(rf"^(?P<name>.*?\S)\s*\((?P<who>[^()]*?)[,\s]\s*(?P<year>{YEAR})\)$")
#: A venue cell with a year and more words than this is a note, not a venue (`HCLT 2016`,
#: `ACL Workshop SPMRL 2011`; not `24 pages, 2 figures. Accepted at ACM CHI ..., 2026`).
VENUE_CELL_WORDS = 4
#: A note in parentheses inside a venue cell (`arXiv(v1) 2026`, `Ubicomp25 (IMWUT Vol 9)`).
_NOTE = re.compile(r"\s*\([^()]*\)")


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
    if any(h & TITLE_COLUMN for h in heads) or linked_titles(table) is not None:
        return "papers"
    return ""


def linked_titles(table: Table) -> int | None:
    """The title column by its cells where the header names none (`| Year | Articles, Thesis
    and Reports | Code |`): the column, not one the header names a venue or a date, where
    most rows link a title phrase (a table of tools links names; its descriptions link
    nothing)."""
    fields = _roles(table, VENUE_COLUMN | YEAR_COLUMN)
    for col in range(len(table.header)):
        if col in fields:
            continue
        linked = sum(1 for row in table.rows if col < len(row.cells)
                     and any(p.kind == "link" and _titled(p.text) for p in row.cells[col]))
        if 2 * linked > len(table.rows):
            return col
    return None


#: Rows a table of unlinked titles needs before its column of phrases is evidence (`plain_titles`).
PLAIN_TITLE_ROWS = 3


def plain_titles(table: Table) -> int | None:
    """The title column by its cells of a table that links no paper (`| ID | 名字 | 作者 | 进度
    |` over `| 1 | Highly Available Transactions: Virtues and Limitations | | Done |`, its
    header in words we do not know; links to the reader's notes alone, `_links_no_paper`):
    the column, not one the header names a venue or a date, where two rows in three or more
    (PLAIN_TITLE_ROWS at least) hold a title phrase, while no other column names something
    of its own in most rows, a value of each row's own (numbers, a status or a field repeated
    down the rows, `Done`, `CV`, a stray author, are none): the title is what each row
    names. A column of phrases beside a column of names or keys (`| Tag | Description |`, `|
    Tool | What it does |`) describes them. The caller asks it only under a heading that
    names papers."""
    rows = len(table.rows)
    if rows < PLAIN_TITLE_ROWS or not _links_no_paper(table):
        return None
    fields = _roles(table, VENUE_COLUMN | YEAR_COLUMN)
    worded: list[list[str]] = [[] for _ in table.header]  # each column's cells with words
    for row in table.rows:
        for col, cell in enumerate(row.cells[:len(worded)]):
            text = plain(cell)
            if any(ch.isalpha() for ch in text):
                worded[col].append(text.strip())
    for col in range(len(table.header)):
        if col in fields or 3 * len(worded[col]) < 2 * rows:
            continue  # (cheap first: a column mostly without words holds no titles)
        titled = sum(1 for text in worded[col] if _titled(text))
        if 3 * titled >= 2 * rows and titled >= PLAIN_TITLE_ROWS \
                and not _names_beside(table, col, set()):
            return col
    return None


def _links_no_paper(table: Table) -> bool:
    """Whether no cell links a paper (`paper_link`): a table that links nothing, or only the
    reader's own notes beside its plain titles (`| 2009 | Title | [Notion](notion.site/…) |
    [바로가기](./Title/) |`, a review and a folder: no paper's page, the titles unlinked)."""
    return not any(p.kind == "link" and (paper_link(p.href) or _titled(p.text))
                   for row in table.rows for cell in row.cells for p in cell)


def citation_header(table: Table) -> bool:
    """Whether the header names a reference's fields: its title and two of its year, its
    venue and its authors (`| Title | Authors | Year | Published in |`, `| Conference | Title
    | Authors |`): a table of references, whose rows are papers by the header's words, linked
    or not (a table of tools names no venue, dates nothing and names no authors; one of
    events titles no column)."""
    return bool(_roles(table, TITLE_COLUMN)) and sum(bool(_roles(table, role)) for role in (
        YEAR_COLUMN, VENUE_COLUMN, AUTHOR_COLUMN)) >= 2


def item_column(table: Table) -> int | None:
    """The column whose cells are whole items where the header names no title column and no
    column links titles (`|papter list|20%|40%|` over `|[2016 terryum] Title, G. Lample et
    al. [[pdf]](url)|` and `|[2020 ACL] Title||`): the column, not one the header names a
    venue or a date, where most rows' cells, read as a list item is (`parse_item`), are
    papers by their own evidence: a title phrase with a year, venue, authors or a paper link
    (a table of tools writes names and undated descriptions). None for any other table."""
    fields = _roles(table, VENUE_COLUMN | YEAR_COLUMN)
    for col in range(len(table.header)):
        if col in fields:
            continue
        papers = 0
        for row in table.rows:
            if col < len(row.cells) and row.cells[col]:
                item = parse_item(row.cells[col])
                # (a title phrase, or one written in CJK without spaces: `SalientSleepNet：面向
                # 睡眠阶段分类的…` after its `**[IJCAI 2021]**`)
                papers += (_titled(item.title) or any(ch.isalpha() for ch in item.title)
                           and phrase(item.title)) and not item.title_is_label \
                    and paper_evidence(item)
        if 2 * papers > len(table.rows):
            return col
    return None


@dataclass
class DatasetRow:
    """One dataset table row: its name, links and the other columns as written."""

    name: str
    links: list[Link]
    fields: dict[str, str] = field(default_factory=dict)


def _cell_links(cell: list[Piece], column: str) -> list[Link]:
    """A cell's links, and its bare URLs (`| https://arxiv.org/abs/1409.0473 |`: GitHub shows
    them as links)."""
    out = []
    for p in cell:
        if p.kind == "link" and listed_link(p.href):
            label = clean_text(p.text).strip("[]() ")
            out.append(Link(label if label and is_resource_label(label) else column, p.href))
        elif p.kind == "text":
            out += [Link(column, url.rstrip(".,;")) for url in BARE_URL.findall(p.text)
                    if is_web_link(url.rstrip(".,;"))]
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


def _first_line(cell: list[Piece], link: Piece) -> bool:
    """Whether `link` stands alone on the cell's first line: nothing but spaces or images
    before it, and a line break (`<br>`) after it before any other text."""
    at = next(i for i, p in enumerate(cell) if p is link)
    if any(p.kind != "image" and (p.kind != "text" or p.text.strip()) for p in cell[:at]):
        return False
    for p in cell[at + 1:]:
        if p.kind == "break":
            return True
        if p.kind != "image" and (p.kind != "text" or p.text.strip()):
            return False
    return False


def _titles_link(cell: list[Piece], link: Piece) -> ParsedItem | None:
    """The cell read as a list item when that reading is titled by its link's text
    (`[Reflections on Trusting Trust](pdf) by K. Thompson`: the words after the link are the
    authors, `by` leading them, as an item's are): the text around a linked title phrase is
    then its fields, not a title of its own; None otherwise. (The reading is returned so
    that `paper_row` does not parse the cell again.)"""
    around = parse_item(cell, paragraph=True)
    return around if around.title == clean_title(link.text) else None


def _roles(table: Table, names: frozenset[str]) -> set[int]:
    return {i for i, h in enumerate(table.header) if set(words(h)) & names}


def title_column(table: Table) -> int | None:
    """The column that holds the titles, by evidence: the one the header names (`Title`,
    `Paper`, `Name`) unless its cells are mostly not title phrases (`| LLaMA | Open and
    Efficient Foundation Language Models |`) while another column's mostly are. A column the
    header names a venue or a date (`Conference<br />/Journal`, `Date`) is not the title
    column, nor one it names the list's notes (`Notes`), unless no column is named for the
    titles and its cells are the phrases beside another column's venues
    (`_phrases_beside_venues`); a named column whose cells are links labelled by the paper's
    venue titles nothing (None)."""
    named = next((i for i, h in enumerate(table.header) if set(words(h)) & TITLE_COLUMN), None)
    if named is None:
        linked = linked_titles(table)
        return linked if linked is not None else _phrases_beside_venues(table)
    if not table.rows:
        return named
    half = len(table.rows) / 2
    # `| scVision | 2026-07-15 | [arXiv](url) |` under `| Model | Date | Paper |`: a paper
    # column whose cells link the paper by its venue's name titles nothing (`name_column`)
    venues = sum(1 for row in table.rows if named < len(row.cells)
                 and not _text_of(row.cells[named]).strip(" ,;/")
                 and _reads_as_venue(_venue_text(row.cells[named])))
    cited = next((i for i, h in enumerate(table.header) if i != named
                  and set(words(h)) & TITLE_COLUMN - {"name"}
                  and sum(1 for row in table.rows if i < len(row.cells)
                          and quoted_citation(plain(row.cells[i]))) > half), None)
    if cited is not None:
        return cited  # `|Name|Paper|`, Paper cells whole citations: the paper, not the name
    if _phrase_cells(table, named) >= half:
        return named
    fields = _roles(table, VENUE_COLUMN | YEAR_COLUMN | NOTE_COLUMN)
    counts = [0 if col in fields else _phrase_cells(table, col)  # each column read once
              for col in range(len(table.header))]
    best = max(range(len(counts)), key=counts.__getitem__)
    if counts[best] > half:
        return best
    return None if venues > half else named


def _phrase_cells(table: Table, col: int) -> int:
    """How many of the rows' cells in a column are title phrases (`_phrase_cell`)."""
    return sum(1 for row in table.rows if col < len(row.cells)
               and _phrase_cell(plain(row.cells[col])))


def _phrases_beside_venues(table: Table) -> int | None:
    """`| Publication | Venue | Year | Resource |`: where no header word names the titles and
    none links them, the one column of title phrases beside a column of venues. A header word
    naming a venue (`Publication`) decides nothing where its cells are phrases that name no
    venue while another column's cells name them."""
    half = len(table.rows) / 2
    venues = {col for col in _roles(table, VENUE_COLUMN) if sum(
        1 for row in table.rows if col < len(row.cells)
        and _reads_as_venue(_venue_text(row.cells[col]))) > half}
    if not venues:
        return None
    fields = _roles(table, YEAR_COLUMN | NOTE_COLUMN) | venues
    worded = [col for col in range(len(table.header))
              if col not in fields and _phrase_cells(table, col) > half]
    if len(worded) != 1 or _names_beside(table, worded[0], fields):
        return None
    return worded[0]


def _names_beside(table: Table, col: int, fields: set[int]) -> bool:
    """Whether another column than `col` (and the fields) names something of each row's own
    in most rows, a value no other row repeats (`| GraphCast | Nature | 2023 | Graph neural
    network for … |`): `col`'s phrases then describe what it names, as a `| Tool | What it
    does |` table's do (`plain_titles`); a column of labels repeated down the rows (`[paper]
    [code]`) names nothing."""
    for other in range(len(table.header)):
        if other == col or other in fields:
            continue
        cells = [plain(row.cells[other]).strip() for row in table.rows if other < len(row.cells)]
        cells = [text for text in cells if any(ch.isalpha() for ch in text)]
        if 2 * len(cells) > len(table.rows) and len(set(cells)) == len(cells):
            return True
    return False


def _phrase_cell(text: str) -> bool:
    """A cell that is a title phrase, maybe after a bracketed label opening it (`[EMNLP 2018]
    One-Shot Relational Learning ...`: the venue and year written before the title)."""
    label = _CELL_LABEL.match(text)
    return _titled(text) or (label is not None and _titled(text[label.end():]))


def _titled(text: str) -> bool:
    """A cell that reads as a title: `title_like`, and words of letters (a date such as
    `2015. 12. 17. ~ 18.` is several "words" of digits, never a title)."""
    return any(ch.isalpha() for ch in text) and title_like(text)


#: What a cell writes for "none" (`| Causaldag | NA | [code](...) |`): no value, not a title.
_PLACEHOLDER = re.compile(r"\s*(?:n/?a|none|tbd|todo|[-–—?]+)\s*", re.IGNORECASE)


def placeholder(cell: list[Piece]) -> bool:
    """Whether a cell only says it has no value (`NA`, `N/A`, `-`, `TBD`), without a link."""
    return not any(p.kind == "link" for p in cell) and bool(_PLACEHOLDER.fullmatch(plain(cell)))


def split_citation(text: str) -> tuple[str, list[Author], bool, int | None, str]:
    """`FSCS (Niklaus et al., 2021)` -> (`FSCS`, [Niklaus], et al., 2021): a name and who wrote
    its paper and when, not a title; (text, [], False, None) when the parentheses hold no
    names and year (`(CVPR, 2020)` names a venue: no names). Who wrote it may not read as
    names (`MaskGCT (Wang1 et al., 2024)`, `MiniMax-Speech (MiniMax, 2025)`: "et al." or one
    word the venue table does not know): the name and the year, no names."""
    match = _CITED_NAME.match(text)
    if match:
        who = match.group("who").strip(" ,;")
        venued = venue_after_names(who)  # `*Title* (de Moura & Bjørner, TACAS 2008)`
        if venued is not None:
            authors, et_al = read_names(venued[0], one_person=True)
            if authors or len(venued[0].split()) == 1 and not lookup(venued[0]):
                # (`(Dutertre, CAV 2014)`: one family name, read as no names, as below)
                return match.group("name"), authors, et_al, int(match.group("year")), \
                    f"{venued[1]} {match.group('year')}"
        authors, et_al = read_names(who)
        if authors or "et al" in who or (len(who.split()) == 1 and not lookup(who)):
            return match.group("name"), authors, et_al, int(match.group("year")), ""
    return text, [], False, None, ""


def row_links_paper(row: Row) -> bool:
    """Whether a row links a paper (arXiv, a DOI, a publisher, a PDF: `[📄](arxiv)`), by a link
    not labelled code, a post or slides."""
    return any(p.kind == "link" and paper_link(p.href)
               and clean_text(p.text).strip("[]() ").lower() not in TOOL_LABELS | POST_LABELS
               for cell in row.cells for p in cell)


def paper_link_column(table: Table, title_at: int | None) -> int | None:
    """The column, other than the titles', where the rows link their papers: its header a
    paper's link label (`Paper`, `PDF`, `Link`), most of its cells links; None if none."""
    for col, header in enumerate(table.header):
        if col != title_at and set(words(header)) & PAPER_LABELS and 2 * sum(
                1 for row in table.rows if col < len(row.cells)
                and any(p.kind == "link" for p in row.cells[col])) > len(table.rows):
            return col
    return None


def paperless_row(row: Row, paper_at: int | None) -> bool:
    """`| **Title** | - | - | [link](github) |`: a row that writes "none" in its table's
    paper-link column (`paper_link_column`) and links only code says it has no paper (a
    tool's row); a row that links nothing is judged as the table's other unlinked rows are
    (`| 2024 | Title | - | - | TLDR |`: a paper not yet linked, by its title and year)."""
    return paper_at is not None and paper_at < len(row.cells) \
        and placeholder(row.cells[paper_at]) and any(
            p.kind == "link" for cell in row.cells for p in cell) \
        and all(code_link(p.href) for cell in row.cells for p in cell if p.kind == "link")


def name_column(table: Table, kind: str) -> tuple[int, bool] | None:
    """Where the rows of a table of named papers are titled, else None: (column, whether the
    column holds names rather than titles). A table with no title column (a dataset or model
    table, `| FSCS (Niklaus et al., 2021) | [📄](arxiv) [🤗](hf) |`) most of whose rows link
    a paper is a table of papers named by their name: the first column with text in most
    rows; a column the header names `Paper` or `Title` whose cells are title phrases titles
    them instead (`| COCO | Microsoft COCO: Common Objects in Context | [arXiv](...) |`). (A
    table whose first column is no dataset and whose header names a title column is read by
    `title_column`: a `Paper` column of badges alone leaves its rows without a title.)"""
    rows = table.rows
    if kind == "papers" and title_column(table) is not None or not rows \
            or 2 * sum(row_links_paper(row) for row in rows) <= len(rows):
        return None
    titled = title_column(table)
    if titled is not None and 2 * sum(1 for row in rows if titled < len(row.cells)
                                      and _titled(plain(row.cells[titled]))) >= len(rows):
        return titled, False
    fields = _roles(table, VENUE_COLUMN | YEAR_COLUMN)
    for col in range(len(table.header)):
        if col in fields:
            continue
        texts = [clean_text(plain(row.cells[col])) if col < len(row.cells) else ""
                 for row in rows]
        if len(rows) >= PLAIN_TITLE_ROWS and 2 * len(set(texts)) <= len(rows):
            # `| 추천 시스템 | Deep Neural Networks for YouTube Recommendations | 2016 | [원문](pdf)
            # |`: a value repeated down the rows groups them (a field, a category), it names
            # no row's paper; the row is named further on
            continue
        if 2 * sum(1 for t in texts if any(ch.isalpha() for ch in t)
                   and (not is_resource_label(t) or _labelled_phrase(t))) > len(rows):
            return col, True
    return None


#: A bracketed label opening a title cell (`[en] Title`, `[ResNet] Title`).
_CELL_LABEL = re.compile(r"\s*\[([^\[\]]{1,20})\]\s*")


def _labelled_phrase(text: str) -> bool:
    """`[en] Title of the paper`: a bracketed label before a title phrase (a cell of text,
    not a resource's label such as `[pdf]`)."""
    return _titled(text[text.find("]") + 1:])


def _drop_notes(text: str) -> str:
    """A venue cell without its notes in parentheses, nested ones too: `arXiv(v1) 2026
    (Proceedings of ... (CIKM '25), ...)` -> `arXiv 2026`."""
    while True:
        shorter = _NOTE.sub(" ", text)
        if shorter == text:
            return clean_text(text)
        text = shorter


def _date_only(text: str) -> bool:
    """Whether a cell's text is only a date (months, numbers, separators; `2020年`): no
    venue."""
    return not _MONTHS_ONLY.sub("", text).strip(" ,.-/") or bool(CJK_DATE.fullmatch(text))


def _text_of(cell: list[Piece]) -> str:
    """A cell's own text, not its links' labels (`[arXiv](url)` is a link, not a venue)."""
    return plain([p for p in cell if p.kind != "link"])


def _venue_text(cell: list[Piece]) -> str:
    """What a cell writes as a venue: its own text, or, when it has none, the label of its one
    link where the venue table knows it (`| [arXiv](https://arxiv.org/abs/2311.08355) |`: the
    list writes where the paper is; `[PDF]`, `[Paper]` name no venue), or the first of its
    links where the table knows every one (`[Nature](url), [bioRxiv](url)`)."""
    text = _text_of(cell)
    labels = [p.text.strip(" *_") for p in cell if p.kind == "link"]
    if text.strip(" ,;/") or not labels:
        return text
    # (`[Nature](url), [bioRxiv](url)`: where the paper appeared, then its preprint, the first
    # link's; `[arXiv](url), [code](url)` is a column of links, no venue's)
    known = all(label and lookup(label) is not None for label in labels)
    return labels[0] if known else text


def _source_name(cell: list[Piece]) -> bool:
    """A cell of a `| Source |` column that names where its paper appeared: a name in
    capitalised words (`Future Internet`, `Remote Sensing`) or one the venue table knows
    (`arXiv`), no link (`[GitHub](url)`: the code's source), no date, no sentence."""
    if any(p.kind == "link" for p in cell):
        return False
    text = clean_text(plain(cell)).strip()
    if not text or _date_only(text) or len(text.split()) > 2 * VENUE_CELL_WORDS \
            or text[-1:] in ".!?":
        return False
    return lookup(text) is not None or venue_part(text)


def _reads_as_venue(text: str) -> bool:
    """A cell that names a venue: one the venue table knows (`arXiv(v1) 2026`), or a short name
    with a year (`HCLT 2016`); never a date alone (`May, 2025`)."""
    text = _drop_notes(text)
    if not text or _date_only(text):
        return False
    if lookup(normalise_venue(text)) is not None:
        return True
    return bool(year_of(text)) and len(text.split()) <= VENUE_CELL_WORDS


def venue_column(table: Table, title_at: int | None) -> int | None:
    """The venue column by evidence when the header names none: the column whose cells read
    as venues in most rows (`| Source |` holding `arXiv(v1) 2026`), not the title column nor
    one the header names a date. A cell that says it has no value (`None`, `NA`: a paper
    not published) is no row of the count (two venues at least)."""
    if not table.rows or _roles(table, VENUE_COLUMN):
        return None
    skip = _roles(table, YEAR_COLUMN) | {title_at}
    best, most, rows = None, 0, len(table.rows)
    for col in range(len(table.header)):
        if col in skip:
            continue
        count = sum(1 for row in table.rows if col < len(row.cells)
                    and _reads_as_venue(_text_of(row.cells[col])))
        if set(words(table.header[col])) & SOURCE_COLUMN:
            count = max(count, sum(1 for row in table.rows if col < len(row.cells)
                                   and _source_name(row.cells[col])))
        if not count:  # (a link's label, `[arXiv](url)`, where two rows or more write one)
            count = sum(1 for row in table.rows if col < len(row.cells)
                        and _reads_as_venue(_venue_text(row.cells[col])))
            count = count if count >= 2 else 0
        if count > most:
            best, most = col, count
    if best is not None and 2 * most <= rows:
        rows -= sum(1 for row in table.rows if best < len(row.cells)
                    and placeholder(row.cells[best]))
    return best if 2 * most > rows and (most >= 2 or rows == len(table.rows)) else None


def author_column(table: Table, skip: set[int | None]) -> int | None:
    """The authors column by its cells where the header names no column we know (`|序号|标题|
    作者|时间|期刊|`): the column, not one in `skip` (title, venue, date), whose cells read
    as names in most rows (two at least). A header in words we know names its columns; one
    that names no authors' column may still have a column of who wrote each paper and when
    (`| Reference | Paper | … |` over `| Geng et al. (2015) |`: `_who_and_when`), read so."""
    if len(table.rows) < 2 or _roles(table, AUTHOR_COLUMN):
        return None
    known = _roles(table, TITLE_COLUMN | VENUE_COLUMN | YEAR_COLUMN)
    for col in range(len(table.header)):
        if col in skip or col in known:
            continue
        texts = [clean_text(_text_of(row.cells[col])) for row in table.rows
                 if col < len(row.cells)]
        named = sum(1 for text in texts if (_who_and_when(text) if known
                                            else read_names(text, one_person=True)[0]))
        if 2 * named > len(table.rows):
            return col
    return None


def _who_and_when(text: str) -> bool:
    """A cell that is names, then the year in parentheses closing it (`Geng et al. (2015)`,
    `Kim and Lee (2010)`): an author-year citation of the row's paper, its authors and year."""
    dated = PAREN_YEAR.search(text) if "(" in text else None
    return dated is not None and not text[dated.end():].strip(" .,;") \
        and bool(read_names(text[:dated.start()].strip(" ,"), one_person=True)[0])


#: Rows one value of a venue column fills before it is evidence of a column of kinds.
KIND_ROWS = 3


def kind_column(table: Table) -> int | None:
    """The column the header names a venue (`| Venue |`) that sorts its rows by a kind (of
    data, of field) rather than naming where each paper appeared: one value fills most rows,
    KIND_ROWS or more, that the venue table does not know and that carries no year
    (`Accounting` down papers of many journals), and another cell of the column reads as no
    venue's name at all (`Food industry`, `Accounting, market, corporate governance`: words in
    lower case, lists of terms). Its cells are venues only where they read as one, a venue
    the table knows or dated (`CoLING-20`); None for any other table."""
    for col in _roles(table, VENUE_COLUMN):
        cells = [clean_text(plain(row.cells[col])).strip() for row in table.rows
                 if col < len(row.cells)]
        counted = Counter(cell for cell in cells if cell)
        if not counted:
            continue
        value, rows = counted.most_common(1)[0]
        if rows < KIND_ROWS or 2 * rows <= len(table.rows) or value.lower() in NOT_VENUES \
                or _venue_year(value) is not None or lookup(normalise_venue(value)) is not None:
            continue
        if any(not all(venue_part(part.strip()) for part in cell.split(","))
               for cell in counted if _venue_year(cell) is None):
            return col
    return None


def _named_venue(text: str) -> str:
    """A cell of a column of kinds (`kind_column`) that still names a venue: one the venue
    table knows or one with its year (`CoLING-20`); "" for a kind."""
    return text if _reads_as_venue(text) or _venue_year(text) is not None else ""


#: A cell that is only a year or a date, year first (`| 2012 |`, `| 2018.06.11 |`), and one
#: that is a short date, year then month (`| 20.10 |`, `| 23.07 |`).
_YEAR_CELL = re.compile(rf"\s*(?:{DATE}|{CJK_DATE.pattern})\s*")
_SHORT_DATE = re.compile(r"\s*(\d{2})[./](0?[1-9]|1[0-2])\s*")


@dataclass(frozen=True)
class DateColumn:
    """Where a table writes its rows' dates when its header does not say it plainly: `at`, a
    column whose cells are only years (`| 已录制 | 年份 | 名字 |`: its header in words we do
    not know); `short`, the dated column writes `YY.MM` and the rows' own years agree."""

    at: int | None = None
    short: bool = False


def date_column(table: Table, title_at: int | None, venue_at: int | None) -> DateColumn:
    """The table's dates read from its cells (see DateColumn): a column not the title's nor
    the venue's where every row's cell is a year, three rows or more; and short dates
    (`20.10`) in the column the header names a date, read as 20YY only where every row that
    states a year of its own elsewhere (a venue `NIPS2022`, an arXiv id) states that one,
    and one does at least."""
    named = _roles(table, YEAR_COLUMN)
    at = None
    if not named and len(table.rows) >= YEAR_ROWS:
        for col in range(len(table.header)):
            if col not in (title_at, venue_at) and all(
                    col < len(row.cells) and _YEAR_CELL.fullmatch(plain(row.cells[col]))
                    for row in table.rows) and not _schedule(table, col, title_at):
                at = col
                break
    short = False
    for col in named:
        cells = [plain(row.cells[col]) if col < len(row.cells) else "" for row in table.rows]
        found = [_SHORT_DATE.fullmatch(cell) for cell in cells]
        if not all(found):
            continue
        agreed = 0
        for row, match in zip(table.rows, found, strict=True):
            assert match is not None
            own = paper_row(table, row, title_at, venue_at)
            stated = own.year or _arxiv_year(own)
            if stated is not None and stated != 2000 + int(match.group(1)):
                break
            agreed += stated is not None
        else:
            short = agreed > 0
    return DateColumn(at, short)


#: A date to the day (`2020/12/12`, `2018.06.11`, `Jan 29, 2020`: `DAY_DATE`; in CJK,
#: `2021年1月2日`).
_TO_THE_DAY = re.compile(rf"{DAY_DATE}|{YEAR}\s*年\s*\d{{1,2}}\s*月\s*\d{{1,2}}", re.IGNORECASE)


def _schedule(table: Table, col: int, title_at: int | None) -> bool:
    """Whether a column of dates to the day (`| 2020/12/12 |`) is a schedule, when the list
    met on or read each paper, not when it appeared: two rows with different titles share a
    day (`| 2021/01/02 | … | GloVe |`, `| 2021/01/02 | … | Neural Machine Translation … |`),
    as two papers of one meeting do; two papers published on one day a list would not date."""
    days: dict[str, str] = {}
    for row in table.rows:
        day = " ".join(plain(row.cells[col]).split())
        if _TO_THE_DAY.search(day) is None:
            return False  # (a year or a month dates a paper as often as not: `| 2025-02 |`)
        title = plain(row.cells[title_at]).strip() if title_at is not None \
            and title_at < len(row.cells) else ""
        if days.setdefault(day, title) != title:
            return True
    return False


def short_date_year(table: Table, row: Row, dates: DateColumn) -> int | None:
    """The row's year from its short date (`20.10`: 2020) where the table's dates are short
    and agreed (`DateColumn.short`), else None."""
    if not dates.short:
        return None
    for col in _roles(table, YEAR_COLUMN):
        short = _SHORT_DATE.fullmatch(plain(row.cells[col])) if col < len(row.cells) else None
        if short:
            return 2000 + int(short.group(1))
    return None


#: A column of years counts from this many rows (two rows of years may be chance).
YEAR_ROWS = 3


def arxiv_years(item: ParsedItem) -> list[int]:
    """The years of the item's arXiv links (`2010.07079`: 2020), in link order."""
    return [dated[0] for link in item.links
            if (dated := first_version_date(arxiv_id(link.url)[0])) is not None]


def _arxiv_year(item: ParsedItem) -> int | None:
    """The year of the item's first arXiv link, None without one."""
    return next(iter(arxiv_years(item)), None)


def _published_year_column(table: Table) -> int | None:
    """The column whose header names the year of publication (`PubYear`), None without one.
    Cheap first: the header says `year`."""
    return next((i for i, name in enumerate(table.header) if "year" in name.lower()
                 and _PUBLISHED_YEAR.fullmatch(name.strip(" *_`")) is not None), None)


def paper_row(table: Table, row: Row, title_at: int | None = None,
              venue_at: int | None = None, named: bool = False,
              dates: DateColumn = DateColumn(), authors_at: int | None = None,
              kinds_at: int | None = None) -> ParsedItem:
    """A paper row: title, venue and year from their columns, links from every cell;
    `title_at` is the title column (`title_column`, else the one the header names), `venue_at`
    a venue column found by its cells (`venue_column`); `named`: `title_at` is the name column
    of a table of named papers (`name_column`), whose name is the title; `kinds_at` a column
    the header names a venue that holds kinds (`kind_column`)."""
    item = ParsedItem()
    venue = cell_venue = written = ""  # written: a found venue column's cell, notes and all
    published: int | None = None  # the year of a column the header says is the publication's
    published_at = _published_year_column(table)
    for i, (header, cell) in enumerate(zip(table.header, row.cells, strict=False)):
        role = set(words(header))
        key = column_key(header)
        is_title = i == title_at if title_at is not None else bool(role & TITLE_COLUMN)
        if is_title and not item.title:
            title_links = [p for p in cell if p.kind == "link"]
            text = BARE_URL.sub(" ", _text_of(cell))
            named_title = "" if named else _named_title(cell)
            linked = title_links[0] if title_links \
                and (not is_resource_label(title_links[0].text.strip())
                     or _phrase_cell(title_links[0].text)) else None
            read: ParsedItem | None = None  # the cell's reading, when `_titles_link` made one
            if named_title:
                item.title, item.bold = named_title, True
            elif linked is not None and clean_title(text) \
                    and (_titled(linked.text) and (not _titled(text) or _first_line(cell, linked))
                         or (read := _titles_link(cell, linked)) is not None):
                # `[Title](url) <br> NeurIPS 2017`, `[Title](url) (CVPR 2022)`, `[Title](url)
                # <br> *A. Author, B. Writer*`: the text is a venue, a date or the authors
                # around a linked title, read as an item's are; a linked title phrase on the
                # cell's first line, alone, is the title whatever follows on the next
                # (`[Title](pdf) <br><sub> **QuAnt:** Proposing to learn ... </sub>`: a summary)
                around = read if read is not None else parse_item(cell, paragraph=True)
                item.title = around.title if _titled(around.title) else clean_title(linked.text)
                item.bold = linked.strong
                item.authors, item.et_al = around.authors, around.et_al
                item.year = item.year or around.year
                cell_venue = around.venue_raw
                item.links.append(Link("paper", linked.href))
                cell = [p for p in cell if p is not linked]
            elif clean_title(text):
                label = _CELL_LABEL.match(text)
                if label and not any(ch.isdigit() for ch in label.group(1)) \
                        and _titled(text[label.end():]):
                    # `| 2026-06 | [en] Title | [[pdf]](arxiv) |`: a bracketed label (a
                    # language, a name) before the title phrase labels it, no title word
                    item.name, text = clean_text(label.group(1)), text[label.end():]
                item.title = clean_title(text)
                item.bold = any(p.strong for p in cell if p.kind == "text" and p.text.strip())
                if title_links and not label and item.title.endswith(("]", ")")):
                    # `Title (NeurIPS2017) [[**Paper**](url)][[**Code**](url)]`: a title phrase
                    # then fields and resource links, read as an item's are (the venue and
                    # year in parentheses, the brackets the links leave), never a longer title
                    around = parse_item(cell, paragraph=True)
                    if _titled(around.title) and len(around.title) < len(item.title) \
                            and item.title.startswith(around.title):
                        item.title, cell_venue = around.title, around.venue_raw
                        item.year = item.year or around.year
            elif linked is not None:
                item.title = clean_title(linked.text)
                item.bold = linked.strong
                if _CELL_LABEL.match(linked.text) and not _titled(linked.text) \
                        and _phrase_cell(linked.text):
                    # `|GMatching|[[EMNLP 2018] Title](url)|`: a bracketed venue and year
                    # before the linked title, read as an item's are
                    around = parse_item([linked], paragraph=True)
                    if _titled(around.title):
                        item.title, cell_venue = around.title, around.venue_raw
                        item.year = item.year or around.year
                item.links.append(Link("paper" if not named or paper_link(linked.href)
                                       else key, linked.href))
                cell = [p for p in cell if p is not linked]
            if not any(ch.isalpha() for ch in item.title):
                item.title = ""  # a date or a number is no title
            name, authors, et_al, year, cited_in = split_citation(item.title)
            cited = quoted_citation(item.title) if not authors else None
            if year is not None:
                item.title, item.authors, item.et_al = name, authors, et_al
                item.year = item.year or year
                cell_venue = cell_venue or cited_in
            elif cited is not None:
                # `[Rosenbaum, Paul R., and Donald B. Rubin. "The central role of ..."
                # Biometrika 70, no. 1 (1983): 41-55.](pdf)`: a whole citation as the title
                item.title, item.authors, item.et_al = cited.title, cited.authors, cited.et_al
                item.year = item.year or cited.year
                cell_venue = cell_venue or cited.venue_raw
        elif i == published_at:
            # `| Year | Title | … | PubYear |` (a test-of-time award's year, then the paper's):
            # the column the header says holds the year of publication is the paper's year,
            # whatever another year column says
            published = year_of(plain(cell))
            said = clean_text(plain(cell)).strip()
            if published is not None and lookup(YEAR_GROUP.sub("", said).strip(" ,.'")):
                # `| CVPR 2021 |` under `Published Year`: the venue the paper appeared at, its
                # year beside it (a venue the table knows, no other words)
                cell_venue = cell_venue or said
        elif placeholder(cell) and (i == venue_at or role & VENUE_COLUMN):
            pass  # `| None |`: no venue (a paper not published)
        elif i == kinds_at:
            venue = _named_venue(clean_text(plain(cell)))  # (`Accounting`: a kind, no venue)
        elif i == venue_at:
            written = clean_text(_venue_text(cell))
            # (`| Crossref |` in a Source column: the index the list's maker searched)
            venue = "" if written.strip().lower() in INDEX_SERVICES else _drop_notes(written)
        elif role & VENUE_COLUMN:
            venue = clean_text(plain(cell))
        elif (role & AUTHOR_COLUMN or i == authors_at) and not item.authors:
            # `| Anna Martin-Boyle, et al. |`: names only when they read as names
            names = clean_text(_text_of(cell))
            dated = PAREN_YEAR.search(names)
            if dated is not None and not role & YEAR_COLUMN and names[dated.end():].strip(" .,"):
                dated = None  # (under `Authors` alone, only a year that closes the names)
            if dated is not None:
                # `| Shen et al. (2018) |` under `Author / Year`, `| Korinek (2023) |` under
                # `Authors`: the names, then the year (the authors' citation, APA's way)
                item.year = item.year or int(dated.group(1))
                names = names[:dated.start()] + names[dated.end():]
            item.authors, item.et_al = read_names(names.strip(" ,"), one_person=True)
        elif role & YEAR_COLUMN or i == dates.at:
            year_cell = plain(cell)
            if not YEAR_SPAN_ALONE.fullmatch(year_cell):  # (`| 2001–2008 |` under `Time Period`:
                # the period of the data the paper studied, not the paper's year)
                item.year = compact_date_year(year_cell) or year_of(year_cell) or item.year
        for link in _cell_links(cell, key):
            if named and link.label == key and paper_link(link.url):
                link = Link("paper", link.url)  # `[📄](arxiv)`: the named thing's paper
            if all(link.url != seen.url for seen in item.links):
                item.links.append(link)
    item.year = published or item.year
    venue = venue or cell_venue
    if venue and _date_only(venue):
        item.year = item.year or year_of(venue)  # "May, 2025": a date, not a venue
        venue = ""
    if venue.strip(" `*_").lower() in NOT_VENUES:
        venue = written = ""  # `Preprint`: a kind of publication, no venue's name
    if venue and item.year and not _venue_year(venue):
        venue = f"{venue} {item.year}"  # the list's own tag shape: "CVPR 2023"
        written = f"{written} {item.year}" if written else ""
    # The listing keeps the list's words (`arXiv(v6) 2025`: the year of the version it names),
    # the entry the venue they name (`arXiv 2025`)
    item.venue_raw = written if venue and written else venue
    item.venue_tag = normalise_venue(venue) if venue else ""
    tag = parse_tag(item.venue_tag) if item.venue_tag else None
    if tag is not None and tag.year is not None and tag.venue is not None \
            and tag.venue.kind != "preprint":
        # `| ICLR'23 | 2022.03 |`: a published venue's year is the paper's (the date column
        # dates its preprint); a preprint server's year is a date like the column's
        item.year = tag.year
    if item.year is None and item.venue_tag:
        item.year = _venue_year(item.venue_tag)  # `'16-IJCV`: 2016
    return item


def _venue_year(venue: str) -> int | None:
    """The year a venue cell writes: four digits (`CVPR 2023`) or, by the one two-digit rule,
    two after an apostrophe (`'16-IJCV`, `ICCV'17`), or glued to a venue the table knows
    (`ICLR18`, `NeurIPS19`: `template.venue_year_span`'s reading of a short span)."""
    year = year_of(venue) or parse_tag(normalise_venue(venue)).year
    if year is None and (venue[-1:].isdigit() or "‘" in venue):
        span = venue_year_span(venue)
        year = span[1] if span is not None else None
    return year
