"""Fields an item writes on lines of their own, apart from its title line.

A record of labelled paragraphs (`**Title:** [Title](url)` / `**Authors:** ...` /
`**Journal Info:** ...`: `record_label`, `field_label`, `fill_field`), the labelled children of
an item that make it a record of fields (`- Venue: NeurIPS 2014`, `- Publish Date: ...`:
`fields_of_record`), a child that is only its parent's venue line (`- in CODASPY '17 [pdf](url)`:
`venue_of_parent`), a labelled note under a paper (`- Key: ...`: `note_of_parent`), a note that
ends with the paper's venue (`closing_fields`) and a title line right above a record
(`title_line_above`, `bold_title_line`). collect.py's walker calls them; they import nothing
from it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import replace

from ..core.identifiers import paper_link
from ..core.titles import LETTER_WORD, PHRASE_WORDS
from ..core.vocab import PAPER_LABELS, POST_LABELS, RESOURCE_LABELS, TOOL_LABELS, URL_LABELS
from ..core.years import YEAR, YEAR_GROUP, compact_date_year, split_trailing_date, year_of
from ..venues import lookup
from .authors import parse_authors, read_names, vancouver_names
from .citations import before_volume, cited_venue, initials_last
from .clean import clean_text, words
from .item_fields import (
    APPEARS_IN,
    BARE_URL,
    CAPITALS_ACRONYM,
    LABEL_WORDS,
    PRESENTED,
    ParsedItem,
    link_words,
    normalise_venue,
    venue_tag_of,
)
from .items import (
    VENUE_AND_YEAR_WORDS,
    add_names_and_venue,
    add_venue_line,
    closing_venue,
    italic_venue,
    parse_item,
    resource_label_before,
    rest_venue,
)
from .markdown import Block, Heading, Item, Piece, plain, source_lines
from .tables import (
    AUTHOR_COLUMN,
    VENUE_COLUMN,
    YEAR_COLUMN,
    placeholder,
)
from .template import (
    title_like,
    venue_year_span,
)

#: A record's label naming its publisher (`**Publisher:** IEEE`): where it appeared, as a
#: venue label says, when the value is a publisher's name (not an institution: `Publisher:
#: Carnegie Mellon University` under 87's papers is where the authors work).
PUBLISHER_LABELS = frozenset({"publisher"})
#: Words of a field's label naming where the paper appeared.
VENUE_LABELS = VENUE_COLUMN | PUBLISHER_LABELS
#: Words of a field's label naming its year or its authors: a table's header words, and the
#: Chinese labels as `words` spells them (`- 年份: 2017` "year", `- 作者: Hou W, Ji Z`
#: "authors"; kept out of the tables' header words: a `会议/年份` header, conference/year,
#: heads a column holding both, which the year's word alone would take for years only).
YEAR_LABELS = YEAR_COLUMN | frozenset({"nianfen"})
AUTHOR_LABELS = AUTHOR_COLUMN | frozenset({"zuozhe"})
#: A publisher's name as a record writes it: an acronym (`IEEE`, `ACM`).
_PUBLISHER_ACRONYM = re.compile(CAPITALS_ACRONYM)

#: Labels of the field that is a record's paper itself (`**Paper**: [Title](url)`,
#: `**Title:** ...`): the record's other fields are its own.
RECORD_TITLE_LABELS = PAPER_LABELS | frozenset({"title"})


#: A field's label opening a paragraph: a few words in bold and a colon (`**Journal Info:**`).
_FIELD_LABEL = re.compile(r"\s*([^:：\[\]()]{1,30}?)\s*[:：]\s*")


def fill_field(parsed: ParsedItem, after: list[Piece], label: str = "") -> None:
    """A labelled field's value (authors, or a venue and year; a date under a label that
    names one, `Publish Date: 2026.06.18`) fills what the paper lacks."""
    value = clean_text("".join(p.text for p in after if p.kind == "text")).strip()
    said = set(words(label))  # (the label's words, asked once)
    if said & YEAR_LABELS:
        parsed.year = parsed.year or compact_date_year(value) or year_of(value)
        return
    if said & PUBLISHER_LABELS and not said & VENUE_COLUMN:
        # `**Publisher:** IEEE`, `**Publisher:** arXiv`: a publisher's acronym or a venue the
        # table knows is the venue; any other name (an institution, a book's house) is none
        if not parsed.venue_tag and (_PUBLISHER_ACRONYM.fullmatch(value)
                                     or lookup(value) is not None):
            parsed.venue_raw, parsed.venue_tag = value, normalise_venue(value)
        return
    dated = _NAMES_DATED.fullmatch(value) if said & AUTHOR_LABELS else None
    if dated is not None and read_names(dated.group(1), one_person=True)[0]:
        # `Authors: S.M. Khansari-Zadeh and A. Billard (2011),`: the names, then the year
        value = dated.group(1)
        parsed.year = parsed.year or int(dated.group(2))
    venue_label = bool(said & VENUE_LABELS)
    if venue_label:
        value = before_volume(value)  # `Journal: Autonomous Robots, vol. 32, …`: the journal
        if (medline := _MEDLINE_SOURCE.match(value)) is not None:
            # `Journal: J Am Coll Radiol, 2023;20(11):1092-1101`: the journal, then its year
            value = f"{medline.group('v')} {medline.group('y')}"
    # (under a label naming the venue, `Autonomous Robots` is no person)
    names, et_al = read_names(value, one_person=True) if not venue_label else ([], False)
    if vancouver_names([a.family for a in names]):
        # `Authors: Thompson CP, Hughes MA`: most names written `Surname INITIALS` (Vancouver)
        names = [initials_last(a) if a.given.strip() else a for a in names]
    if names and not parsed.authors:
        parsed.authors, parsed.et_al = names, et_al
    elif not names and not parsed.venue_tag:
        venue = rest_venue(value, named=True)
        if not (venue and len(venue.split()) <= VENUE_AND_YEAR_WORDS):
            venue = closing_venue(value)  # `**Comments:** Proposes ... (ICML 2025)`
        if venue:
            _take_venue(parsed, venue)
        elif venue_label and (italic_venue(value) or lookup(value) is not None) \
                and not placeholder(after):
            # `**Published In**: ACM`: under a label that names the venue, a venue's name is
            # the venue as the list writes it, undated (`Under review`, `N/A`, `TBD` are none;
            # a venue the table knows is one however written: `**Publisher:** arXiv`)
            parsed.venue_raw, parsed.venue_tag = value, normalise_venue(value)


#: A journal as MEDLINE cites it: its name, a comma or a stop, the year, then `;` and the
#: volume (`CBE Life Sciences Education, 2020;19(3):ar39`, `J Am Coll Radiol. 2023;20(11):…`).
_MEDLINE_SOURCE = re.compile(rf"^(?P<v>[A-Za-z][^,;.]{{1,80}}?)[.,]\s*(?P<y>{YEAR})\s*;\s*\d")


#: Names under an authors label, their year in brackets after them (`Ann Lee and Bob Roe
#: (2016),`; with its month, `Ann Lee and Bob Roe. (3/2017).`), a stray letter or comma after.
_NAMES_DATED = re.compile(rf"(.+?)[\s.]*\((?:\d{{1,2}}/)?({YEAR})\)[\s,.;]*(?:[A-Z][\s,.;]*)?")


#: Names, then where and when in brackets (`Mnih et al. (Nature, 2015)`, `Richard S. Sutton
#: (1988)`), a note after a dash (`Watkins (1989) - PhD Thesis`): a citation's author-date head.
_NAMES_WHERE_WHEN = re.compile(rf"(?P<names>[^()]+?)\s*\((?:(?P<where>[^()]+?),\s*)?"
                               rf"(?P<year>{YEAR})\)(?:\s+[-–—]\s+[^()]*)?")


def names_with_date(parsed: ParsedItem, value: str) -> bool:
    """A field line under a title whose value is names and their date (`Autores: Mnih et al.
    (Nature, 2015)`, whatever the label's language: the shape says it) fills the authors and
    year the paper lacks (the names where they read as names), and the venue where the
    brackets name one the venue table knows (an organisation, `(DeepMind, 2013)`, is none);
    whether the value reads so."""
    if "(" not in value:
        return False  # (cheap first)
    match = _NAMES_WHERE_WHEN.fullmatch(value.strip())
    if match is None:
        return False
    names, et_al = read_names(match.group("names"), one_person=True)
    # (`Li (2017)`: one surname alone reads as no name; the date is still the paper's)
    if names and not parsed.authors:
        parsed.authors, parsed.et_al = names, et_al
    parsed.year = parsed.year or int(match.group("year"))
    where = (match.group("where") or "").strip()
    if where and not parsed.venue_tag and lookup(where) is not None:
        parsed.venue_raw, parsed.venue_tag = where, normalise_venue(where)
    return True


def cites_another_work(value: str, names_labels: Callable[[], Counter[str]]) -> bool:
    """Whether a field line under a title is names and their date after a label and a colon
    that cites a work the paper relates to, its names, venue and year that work's, none of
    them the paper's: a phrase (`Mejorado en: Hessel et al. (AAAI, 2018)`, `Improved in:
    Hessel, Modayil (2018)`), or one word that is not the list's label of its papers' names
    (`own_names_label`: `Related: Hessel et al. (2018)` where `Authors:` labels them). A venue
    so dated, `Published in: Nature (2015)`, names no person: the paper's own. `names_labels`:
    the list's labels of names and a date (`names_labels`), asked only for a one-word label."""
    if "(" not in value:
        return False  # (cheap first)
    label, colon, rest = value.replace("：", ":").partition(":")
    match = _NAMES_WHERE_WHEN.fullmatch(rest.strip()) if colon else None
    if match is None or not _cited_names(match.group("names")):
        return False
    return len(label.split()) > 1 or not own_names_label(label, names_labels())


def names_labels(blocks: list[Block]) -> Counter[str]:
    """The labels of the list's field bullets whose value is names and their date (`-
    Autores: Mnih et al. (DeepMind, 2013)`), each counted (in lower case) as often as it
    opens one. Names as a list writes them (`read_names`): a venue so dated beside them under
    every title (`- Revista: Nature (2015)`) labels no names, and counted it would tie with
    the names' own label and have them dropped as another work's."""
    labels: Counter[str] = Counter()
    for block in blocks:
        if not isinstance(block, Item) or block.paragraph:
            continue
        for item in (block, *block.children):
            text = plain(item.pieces)
            if "(" in text and (label := FIELD_OPEN.match(text)) is not None \
                    and (dated := _NAMES_WHERE_WHEN.fullmatch(text[label.end():].strip())) \
                    and read_names(dated.group("names"), one_person=True)[0]:
                labels[label.group(1).lower()] += 1
    return labels


def own_names_label(label: str, labels: Counter[str]) -> bool:
    """Whether a label of one word before names and a date labels the paper's own names: it
    is the list's label for them, the one word that opens more such lines than any other
    (alone, `Autores:` beside `Mejorado en:`; as each paper writes its names, `Authors:`
    under every title, `Related:` under some); a word's forms are one label (`Autor:` for one
    name, `Autores:` for several: one opens the other). Another (`Related:`), or one as often
    written as another, may as well cite another work: its names are not trusted."""
    key = label.strip().lower()
    words = [k for k in labels if len(k.split()) == 1]
    forms = [k for k in words if k.startswith(key) or key.startswith(k)]
    own = sum(labels[k] for k in forms)
    return all(labels[k] < own for k in words if k not in forms)


def _cited_names(text: str) -> bool:
    """Whether the names of a labelled citation read as a work's authors: names as a list
    writes them (`Hessel et al.`, `Hessel, Modayil`), or one family name alone as a citation
    writes it (`Basado en: Watkins (1989)`), unless the venue table knows it (`Nature`)."""
    if read_names(text, one_person=True)[0]:
        return True
    family = parse_authors(text)[0]
    return len(family) == 1 and not family[0].given and lookup(text.strip()) is None


#: A record field's venue before its date: a name of a few words, no sentence (`Plant
#: Phenomics`, `The Astrophysical Journal Letters`, `皇家天文学会月刊`).
_DATED_VENUE_WORDS = 10


def dated_venue(parsed: ParsedItem, after: list[Piece]) -> bool:
    """A labelled field whose value is a venue and a date (`**发布期刊：** Plant Phenomics,
    2023.07`, `Journal: Cell, 2023`) fills the venue and year the paper lacks; whether the
    value reads so (a sentence, a team's name or a bare date does not)."""
    if any(p.kind == "link" for p in after):
        return False
    value = clean_text("".join(p.text for p in after if p.kind == "text")).strip(" .;")
    venue, year = split_trailing_date(value)
    if year is None:
        return add_venue_line(parsed, value) if not parsed.venue_tag else False
    venue = venue.strip(" ,，;；")
    if not venue or not venue[0].isalpha() or any(ch in venue for ch in ".。:：;；!?") \
            or len(venue.split()) > _DATED_VENUE_WORDS or parsed.year not in (None, year):
        return False
    if not parsed.venue_tag:
        parsed.venue_raw, parsed.venue_tag = venue, normalise_venue(venue)
    parsed.year = year
    return True


def title_line_above(above: Item, para: Item) -> bool:
    """Whether a paragraph right above a record whose first field links nothing (one blank
    line between) is one line of a title phrase and nothing else: no link, no field label, no
    sentence's stop at its end (`This list collects papers on X.` is prose)."""
    first = next((p for p in para.pieces if p.kind == "break"), None)
    head = para.pieces[:para.pieces.index(first)] if first is not None else para.pieces
    text = plain(above.pieces).strip()
    return above.end_line + 2 >= para.line and above.line == above.end_line \
        and not any(p.kind in ("link", "image") for p in above.pieces + head) \
        and text[-1:] not in (".", "。", ":", "：", "!", "?") \
        and not field_label(above.pieces)[0] and title_like(text)


def bold_only(pieces: list[Piece]) -> bool:
    """Whether a line's text is all bold (set off as a title, not prose) and links nothing."""
    text = [p for p in pieces if p.kind != "break" and (p.kind != "text" or p.text.strip())]
    return bool(text) and all(p.kind == "text" and p.strong for p in text)


def bold_title_line(above: Item) -> bool:
    """Whether a paragraph is one line of bold text that is a title phrase and nothing else
    (`**Timer: Generative Pre-trained Transformers Are Large Time Series Models.**`): the
    title line of a record of paragraphs, its stop included (bold text is set off as a title,
    not prose)."""
    if above.line != above.end_line:
        return False
    return bold_only(above.pieces) and title_like(plain(above.pieces).strip())


def closing_fields(parsed: ParsedItem, note: list[Piece]) -> None:
    """A note line under a paper that states no venue or year of its own ends with them
    (`- **Comments:** Proposes ... (ICML 2025)`): they are the paper's."""
    if not parsed.venue_tag and parsed.year is None:
        venue = closing_venue(plain(note))
        if venue:
            _take_venue(parsed, venue)


def _take_venue(parsed: ParsedItem, venue: str) -> None:
    """A venue a field or a note gives is the paper's: its tag, and its year where it has none."""
    parsed.venue_raw = clean_text(venue)
    parsed.venue_tag = normalise_venue(venue)
    parsed.year = parsed.year or year_of(parsed.venue_tag)


def field_label(pieces: list[Piece]) -> tuple[str, list[Piece]]:
    """(label, the pieces after it) of a paragraph that opens with a bold label and a colon
    (`**Title:** [Title](url)`, `**Authors**: ...`), ("", pieces) otherwise."""
    first = next((i for i, p in enumerate(pieces) if p.text.strip() or p.kind != "text"), None)
    if first is None or pieces[first].kind != "text" or not pieces[first].strong:
        return "", pieces
    text = pieces[first].text
    rest = pieces[first + 1:]
    label = _FIELD_LABEL.fullmatch(text)  # the bold run is the label and its colon
    if label is None and rest and rest[0].kind == "text" and not rest[0].strong:
        # `**Authors**: Ann Author`: the colon after the bold label
        colon = re.match(r"\s*[:：]", rest[0].text)
        label = _FIELD_LABEL.fullmatch(text + ":") if colon else None
        if colon:
            rest = [replace(rest[0], text=rest[0].text[colon.end():]), *rest[1:]]
    if label is None or len(label.group(1).split()) > LABEL_WORDS:
        return "", pieces
    return label.group(1), rest


def record_label(blocks: list[Block]) -> str:
    """The label that opens the list's records (`**Title:**`): the one that opens most of its
    labelled paragraphs with links, RECORD_ITEMS of them or more; "" when none does."""
    labels: Counter[str] = Counter()
    for block in blocks:
        if isinstance(block, Item) and block.paragraph:
            label, after = field_label(block.pieces)
            if label and any(p.kind == "link" for p in after):
                labels[label] += 1
    if not labels:
        return ""
    label, count = labels.most_common(1)[0]
    return label if count >= RECORD_ITEMS and 2 * count > labels.total() else ""


#: Records (paragraphs opened by the same label) that make a list of records.
RECORD_ITEMS = 2

#: A labelled line under an item: a word or two and a colon (`Key:`, `ExpEnv:`, `备注：`).
_NOTE_LABEL = re.compile(r"\s*([^\s:：\[\]()*_`][^:：\[\]()*_`]{0,24}?)\s*[:：]\s*\S")


def fields_of_record(children: list[Item]) -> dict[int, str]:
    """The lines of labelled children that are fields of a record (`  - Publish Date: ...` /
    `  - Task: Planning` / `  - Datasets: [nuScenes](url), [IEDD](arxiv)`): where RECORD_FIELDS
    or more children of one item open with a label, each so labelled is a field of the item
    above, whatever it links (the data sets it was tested on are not its paper), unless the
    label names the item's own links (`Paper:`, `Code:`, `Project:`). By line: its label."""
    labels = {child.line: label.group(1) for child in children if child.pieces
              and child.pieces[0].kind == "text"
              and (label := FIELD_OPEN.match(plain(child.pieces))) is not None
              and len(label.group(1).split()) <= 2}
    if len(labels) < RECORD_FIELDS:
        return {}
    labels = {child.line: labels[child.line] for child in children
              if child.line in labels and not _named_paper_line(child)
              and not _label_over_papers(child)}
    if len(labels) < RECORD_FIELDS:
        return {}
    own = PAPER_LABELS | TOOL_LABELS | frozenset(URL_LABELS)
    return {line: label for line, label in labels.items()
            if not set(re.findall(r"\w+", label.lower())) & own}


def record_paper_links(label: str, pieces: list[Piece]) -> bool:
    """`+ **Download:** [PDF](url)`: a record's field whose value is only links labelled as
    the paper (`PDF`, `Link`, `Paper`) or written as their own address where that is a
    paper's (`- URL: [https://doi.org/…](https://doi.org/…)`; `- URL: [https://github.com/…]
    (…)` names a repository), under a label naming no post or talk (`Slides:
    [pdf](url)` is none), links the record's paper."""
    links = [p for p in pieces if p.kind == "link"]
    return bool(links) and not set(words(label)) & POST_LABELS \
        and all(p.kind in ("link", "break") or p.kind == "text"
                and not FIELD_OPEN.sub("", p.text, count=1).strip(" :：,;|") for p in pieces) \
        and all(link_words(p).lower() in PAPER_LABELS
                or link_words(p).strip() == p.href and paper_link(p.href) for p in links)


def _label_over_papers(child: Item) -> bool:
    """`1. Auto-encoding:` over `1. [Title](arxiv) Authors et al., 2021.02 EMNLP2021` lines: a
    label with nothing after it whose own items are most of them linked title phrases is a
    topic over papers, no field of a record (a field's bullets, `Summary：` over prose, are
    not papers), however many siblings open with a label."""
    if not child.children or FIELD_OPEN.sub("", plain(child.pieces), count=1).strip():
        return False  # (cheap first: a value after the label, or nothing under it)
    titled = 0
    for line in child.children:
        sub = parse_item(line.pieces)
        titled += bool(sub.links) and title_like(sub.title)
    return 2 * titled > len(child.children)


def _named_paper_line(child: Item) -> bool:
    """`***AIGV-Assessor:*** *Title* [[Paper]](arxiv)`: a name and a colon, then a title
    phrase and a link labelled as the paper (wherever it points: `[[Paper]](huggingface)`):
    a paper of its own (its name first), no field of a record, however many siblings open
    so."""
    text = "".join(p.text for p in child.pieces if p.kind == "text")
    value = FIELD_OPEN.sub("", text, count=1)
    return any(p.kind == "link" and p.text.strip("[]() ").lower() in PAPER_LABELS
               for p in child.pieces) and title_like(value)


#: A label opening a child item, its value after it or in the bullets under it (`Summary：`).
FIELD_OPEN = re.compile(r"\s*([^\s:：\[\]()*_`][^:：\[\]()*_`]{0,24}?)\s*[:：](?!//)")
#: The labels of a child that is one field of its item (`- Venue: NeurIPS 2014`).
FIELD_WORDS = VENUE_LABELS | YEAR_LABELS | AUTHOR_LABELS
#: Labelled children of one item that make it a record of fields.
RECORD_FIELDS = 3

#: How a venue line opens (`in CODASPY '17`, `Published in TIFS 2018`): not the venue's name.
_VENUE_OPEN = re.compile(rf"^\s*(?:{APPEARS_IN}|in|at)\s+", re.IGNORECASE)
#: `Journal of Intelligent & Fuzzy Systems, 2018`: a venue's words (no sentence), a year last.
_CITED_VENUE = re.compile(rf"[A-Z][^.;!?]{{0,100}}?[\s,]\s*({YEAR})")
#: Words of a venue line opened by "in" (`in IEEE Wireless Communications and Networking
#: Conference Workshop (WCNCW), 2019`): more is a sentence.
_CITED_VENUE_WORDS = 12


def venue_of_parent(parsed: ParsedItem, pieces: list[Piece]) -> ParsedItem | None:
    """`- Deep Android Malware Detection` / `  - in CODASPY '17 [[pdf]](url) [[Code]](url)`:
    a child whose own words (before its links) are only a venue and a year, or names then a
    venue and a year (`Ashish Vaswani, Noam Shazeer. NeurIPS 2017. [pdf](url)`), under a title
    phrase that links nothing, is the title's venue line; its links are the title's links
    (the child is no paper: it has no title). Its fields (venue, year, authors), None for any
    other child."""
    at = next((i for i, p in enumerate(pieces) if p.kind == "link"), None)
    if not (parsed.bold or title_like(parsed.title)):
        return None  # (nor a topic's words)
    if at is None:  # (links as bare URLs in prose are not read so; a labelled URL alone is)
        return _venue_labelled_url(pieces)
    text = clean_text("".join(p.text for p in pieces[:at] if p.kind == "text"))
    text = text.strip(_VENUE_LINE_ENDS)
    if not text and venue_year_span(pieces[at].text, known=True) is not None:
        text, at = pieces[at].text, at + 1  # `- [CVPR 2016](arxiv)`: the venue links the paper
    if not all(p.kind == "text" or p.kind == "link" and all(
            w in RESOURCE_LABELS for w in re.findall(r"[a-z]+", p.text.lower()))
               for p in pieces[at:] if p.kind != "break"):
        return None  # (a link that names something is no label of the title's resources)
    after = "".join(p.text for p in pieces[at:] if p.kind == "text")
    if len(after) > 20 and title_like(after.strip(" ()[]")):
        # `- [AAAI 2010] ([paper](url)) Title`: a title phrase after the venue and its link
        # is the child's own title (a paper under a label), no venue line of the parent
        return None
    opened = _VENUE_OPEN.match(text)
    body = normalise_venue(text[opened.end():] if opened else text).strip(_VENUE_LINE_ENDS)
    short = venue_year_span(body, known=True)
    cited = _CITED_VENUE.fullmatch(body) if opened else None
    fields = ParsedItem(venue_raw=body, venue_tag=venue_tag_of(body))
    if short is not None:
        fields.year = short[1]
    elif cited is not None and len(body.split()) <= _CITED_VENUE_WORDS:
        fields.year = int(cited.group(1))
    else:
        fields = ParsedItem()
        if not add_names_and_venue(fields, text) or not fields.authors or fields.year is None:
            return _unread_names_then_venue(text)
    return fields


#: A line that is a label, a colon (full-width too) and one bare URL (`NeurIPS 2016：http://…`).
_LABELLED_URL = re.compile(r"\s*(?P<label>[^:：]{2,60}?)\s*[:：]\s*https?://\S+\s*")


def _venue_labelled_url(pieces: list[Piece]) -> ParsedItem | None:
    """`3. ICLR 2016 [Best Paper]：https://iclr.cc/…` under `1. **《Title》**`: a line that is
    a venue the table knows and its year (a presentation label after it, bracketed or not),
    a colon and the one URL it labels is the title's venue line, as `- [CVPR 2016](url)` is;
    its fields, None for any other line (`ArXiv：url`, `Code：url` label links, no venue)."""
    if any(p.kind != "text" for p in pieces):
        return None
    labelled = _LABELLED_URL.fullmatch("".join(p.text for p in pieces))
    if labelled is None:
        return None
    label = " ".join(labelled.group("label").replace("[", " ").replace("]", " ").split())
    label = PRESENTED.sub("", label)  # (`ICLR 2016 Best Paper`: the venue and year, its honour)
    short = venue_year_span(label, known=True)
    if short is None or not short[0]:
        return None
    return ParsedItem(venue_raw=label, venue_tag=venue_tag_of(label), year=short[1])


def _unread_names_then_venue(text: str) -> ParsedItem | None:
    """`张三, 李四. *KDD 2020*.` under a title phrase: words no title phrase (names this reader
    cannot read), then a venue and a year set off at the line's end: the title's fields line
    all the same (never a paper titled by its names), its venue and year read, its names not;
    None when the words before the span are a title phrase (another paper's line)."""
    head, sep, tail = text.rpartition(". ")
    if not sep:
        head, sep, tail = text.rpartition(", ")
    span = venue_year_span(tail, known=True) if sep and head.strip() else None
    if span is None or title_like(head):
        return None
    body = normalise_venue(clean_text(tail)).strip(_VENUE_LINE_ENDS + "*_")
    return ParsedItem(venue_raw=body, venue_tag=venue_tag_of(body), year=span[1])


#: What ends a venue line before its links (`CVPR 2016 [[Paper](url)]`, `*ICLR 2015* | [pdf]`).
_VENUE_LINE_ENDS = " ,;.|[(-–"


def bare_paper_url(child: Item) -> bool:
    """A child line that is a paper's URL and nothing else (`  * https://arxiv.org/abs/…`)."""
    if child.children or not child.pieces or child.pieces[0].kind != "text" \
            or not child.pieces[0].text.lstrip().startswith(("http://", "https://")):
        return False  # (cheap first)
    said = plain(child.pieces).split()
    return len(said) == 1 and all(p.kind == "text" for p in child.pieces) and paper_link(said[0])


def note_of_parent(child: Item, its_link: bool = False) -> bool:
    """`  - Key: dyna architecture` / `  - ExpEnv: [mujoco](https://github.com/...)` under a
    paper: a labelled note of the item above, neither a paper nor a link of it. A resource
    label (`Paper:`, `Code:`) names the parent's links, and a child that links a paper itself
    (an arXiv id, a DOI, a PDF) is kept as before; so is a venue and year labelling a URL
    (`NeurIPS 2016：http://papers.nips.cc/…`: the paper's venue line, `_venue_labelled_url`).
    A child that is a paper's bare URL alone is the parent's link where the parent says it is
    (`its_link`: the only such child of a parent linking no paper), its scheme no label; else
    it may be another paper's (a follow-up under a linked paper, papers under a topic)."""
    first = child.pieces[0] if child.pieces else None
    if first is None or first.kind != "text" or child.children \
            or its_link and bare_paper_url(child):
        return False  # (`  * https://arxiv.org/abs/…`: the paper's bare URL)
    label = _NOTE_LABEL.match(first.text)
    if label is None or len(label.group(1).split()) > 2 or resource_label_before(
            label.group(1) + ":") or any(w.lower() in TOOL_LABELS
                                         for w in re.findall(r"\w+", label.group(1))):
        return False
    return not any(p.kind == "link" and paper_link(p.href) for p in child.pieces) \
        and _venue_labelled_url(child.pieces) is None


#: What follows a label line's venue and year (`ICLR-2017 GCN`): the name of the paper's
#: model, one short token, a label and not the venue's.
_VENUE_THEN_NAME = re.compile(rf"^(?P<venue>.*?{YEAR})\s+(?P<name>\S{{1,20}})$")


def title_below_label(pieces: list[Piece], parsed: ParsedItem
                      ) -> tuple[ParsedItem, int] | None:
    """`1.【ICLR-2017 GCN】<br>` over `[Semi-Supervised Classification ...](arxiv)`: a label
    line (a number, a venue and year, a name; no link and no title phrase) over a line whose
    link is a title phrase. The title is the linked line's, read as an item's; the label's
    venue, year and name are its fields where it has none. Returns (the item, how many
    source lines below the label its title line is: the paper is listed on its title's
    line), or None for any other paragraph (the cheap checks first)."""
    end = next((i for i, p in enumerate(pieces) if p.kind == "break" and p.newline), None)
    if end is None or title_like(parsed.title):
        return None
    head = pieces[:end]
    # `[Li et al., ECCV 2024](#Li24eccv),` over `*BeNeRF: Title*.`: a label linking a place
    # of the page itself (a cross-reference, no link of the paper's) over an emphasised title
    cross = any(p.kind == "link" for p in head) and all(
        p.href.startswith("#") for p in head if p.kind == "link")
    if any(p.kind == "image" or p.kind == "link" and not cross for p in head) \
            or not cross and not any(p.kind == "link" for p in pieces[end + 1:]):
        return None
    rest = pieces[end + 1:]
    below = parse_item(rest, paragraph=True)
    if below.title_is_label or not title_like(below.title) or not any(
            (p.kind == "link" or cross and p.kind == "text" and (p.em or p.strong))
            and clean_text(p.text) == below.title for p in rest):
        return None
    label = parse_item([Piece("text", p.text) if p.kind == "link" else p for p in head]
                       if cross else head)
    venue = label.venue_raw
    named = _VENUE_THEN_NAME.match(venue) if venue else None
    if named and year_of(named.group("venue")):
        venue = named.group("venue")
        below.name = below.name or named.group("name")
    # (the title's piece: its link, or the emphasised title under a cross-reference)
    link = next(i for i, p in enumerate(rest) if p.kind == "link"
                or cross and clean_text(p.text) == below.title)
    if not venue and not below.venue_tag and not label.venue_raw:
        # `1. Najam Nazar, Yan Hu, and He Jiang.` over `[Title](pdf). Journal of Computer
        # Science and Technology, 2016, 31, 883-909.`: the names line of a citation whose
        # title line goes on with its venue and year (volume and pages after them)
        tail = "".join(p.text for p in rest[link + 1:] if p.kind == "text")
        cited = cited_venue(clean_text(tail).strip(" .,;")) if YEAR_GROUP.search(tail) else ""
        if cited and year_of(cited) is not None and below.year in (None, year_of(cited)):
            venue = cited
        names, et_al = read_names(plain(pieces[:end]).strip(" .").lstrip("0123456789. "))
        if venue and names and not below.authors:
            below.authors, below.et_al = names, et_al
    if venue and not below.venue_tag:
        below.venue_raw, below.venue_tag = venue, normalise_venue(venue)
    below.year = below.year or label.year or year_of(below.venue_tag)
    below.shape = "a label line (venue, year, name) over the title's line" if not cross \
        else "a cross-reference (names, venue, year) over the title's line"
    return below, 1 + sum(p.kind == "break" and p.newline for p in rest[:link])


def _field_labels(items: list[Item]) -> frozenset[str] | None:
    """The labels of bullets that are each one labelled field and nothing under it (`-
    Conference: OSDI 2023` / `- Authors: …` / `- URL: [url](url)`), RECORD_FIELDS or more;
    None when any bullet is something else."""
    labels = []
    for item in items:
        label = FIELD_OPEN.match(plain(item.pieces)) if item.pieces and not item.children \
            and not item.paragraph and item.pieces[0].kind == "text" else None
        if label is None or len(label.group(1).split()) > 2 or _links_a_title(item.pieces):
            return None  # (`- **Link**: [Title](url)`: that line is the paper, under a topic)
        labels.append(label.group(1).strip().lower())
    return frozenset(labels) if len(labels) >= RECORD_FIELDS else None


def _links_a_title(pieces: list[Piece]) -> bool:
    """Whether a field links a title phrase of its own (`**Link**: [Title](url)`), not its
    address or a label (`[pdf](url)`)."""
    return any(p.kind == "link" and link_words(p).strip() != p.href
               and len(LETTER_WORD.findall(link_words(p))) >= PHRASE_WORDS for p in pieces)


def headed_records(blocks: list[Block]) -> list[Block]:
    """Papers written as headings over their fields (`## 1. SMART: A High-Performance …` /
    `- Conference: OSDI 2023` / `- Authors: …` / `- URL: …`): a heading that holds nothing
    but bullets that are each one labelled field is a record's title line, as an item over
    labelled children is (`fields_of_record`), and is read as one. Only where two headings of
    one level or more are so written, with the same labels (one naming the authors or the
    venue), and each heading's text is a title phrase (PHRASE_WORDS letter-words or more)
    that links nothing, and no field's link is a title phrase of its own: a list's records
    are written alike, one heading over a few labelled lines (`## Contact` / `- Email: …`)
    is no record, and a heading over a field that links its title (`- **Link**: [Title](url)`)
    is that paper's topic, read as before."""
    # heading index -> (its level, its fields' labels, where its body ends)
    bodies: dict[int, tuple[int, frozenset[str], int]] = {}
    # heading index -> (its level, its field lines written as paragraphs, where they end)
    written: dict[int, tuple[int, list[Item], int]] = {}
    for at, block in enumerate(blocks):
        if not isinstance(block, Heading) or any(p.kind == "link" for p in block.pieces) \
                or len(LETTER_WORD.findall(plain(block.pieces))) < PHRASE_WORDS:
            continue  # (`#### [Brax: …](github)` over `- **Date:** …`: a linked heading is
            # read as one, its link judged as any title's)
        end = next((k for k in range(at + 1, len(blocks)) if isinstance(blocks[k], Heading)),
                   len(blocks))
        items = [b for b in blocks[at + 1:end] if isinstance(b, Item)]
        labels = _field_labels(items) if items and len(items) == end - at - 1 else None
        if labels is not None:
            bodies[at] = block.level, labels, end
        elif (paragraphs := _field_paragraphs(blocks[at + 1:end])) is not None:
            written[at] = block.level, *paragraphs
    shared = Counter((level, labels) for level, labels, _end in bodies.values())
    # heading index -> (its fields, where they end)
    # (a paper's record says who wrote it or where it appeared: `## Week 1: Introduction` /
    # `- Date:` / `- Room:` / `- Reading: [url](url)` is a class, its heading no paper's title)
    records = {at: ([b for b in blocks[at + 1:end] if isinstance(b, Item)], end)
               for at, (level, labels, end) in bodies.items()
               if shared[level, labels] >= 2
               and any(set(words(label)) & (AUTHOR_LABELS | VENUE_LABELS) for label in labels)}
    # (fields written as paragraphs under the heading, `**Author:** …` / `**Link:** url` /
    # `**Motivation:** …`, the heading's prose after them: the same where two headings of one
    # level or more are so written)
    levels = Counter(level for level, _fields, _end in written.values())
    records.update({at: (fields, at + 1 + used) for at, (level, fields, used) in written.items()
                    if levels[level] >= 2})
    if not records:
        return blocks
    out: list[Block] = []
    at = 0
    while at < len(blocks):
        heading = blocks[at]
        if at in records and isinstance(heading, Heading):
            fields, end = records[at]
            out.append(Item(heading.pieces, heading.line, fields[-1].end_line, ordered=False,
                            children=fields))
            at = end
        else:
            out.append(heading)
            at += 1
    return out


def _field_paragraphs(body: list[Block]) -> tuple[list[Item], int] | None:
    """The fields a heading's first paragraphs write, one labelled line each (`**Author:**
    Shiyu Chang, …` ⏎ `**Link:** https://arxiv.org/…` ⏎ `**Motivation:** …`, or `Author: …`
    / `Year: 2020` / `Link: url` one paragraph each), as bullets of a record, up to the first
    line that is no field (the heading's abstract, its notes), with the number of paragraphs
    they come from, where they are a paper's record (`_fields_of_a_paper`); else None."""
    fields: list[Item] = []
    used = 0  # (paragraphs holding fields)
    for block in body:
        if not isinstance(block, Item) or not block.paragraph or block.children:
            break
        lines = source_lines(block)
        opening = next((k for k, (_number, pieces) in enumerate(lines)
                        if not _one_field(pieces)), len(lines))
        fields += [Item(pieces, number, number, ordered=False)
                   for number, pieces in lines[:opening]]
        used += opening > 0
        if opening < len(lines):
            break  # (the first line that is no field ends the record)
    return (fields, used) if _fields_of_a_paper(fields) else None


def _one_field(pieces: list[Piece]) -> bool:
    """A line that is one labelled field (`**Link:** url`), its label two words at most."""
    label = FIELD_OPEN.match(plain(pieces)) if pieces and pieces[0].kind == "text" else None
    return label is not None and len(label.group(1).split()) <= 2


def _fields_of_a_paper(fields: list[Item]) -> bool:
    """Whether field lines are a paper's record: RECORD_FIELDS or more (as a record's bullets,
    `fields_of_record`), one naming the authors, one linking the paper, none linking a title
    phrase of its own (`**Link**: [Title](url)` is that paper's line, under a topic)."""
    labels = [label.group(1) for f in fields if (label := FIELD_OPEN.match(plain(f.pieces)))]
    return len(fields) >= RECORD_FIELDS \
        and any(set(words(label)) & AUTHOR_LABELS for label in labels) \
        and any(p.kind == "link" or BARE_URL.search(p.text) for f in fields for p in f.pieces) \
        and not any(_links_a_title(f.pieces) for f in fields)
