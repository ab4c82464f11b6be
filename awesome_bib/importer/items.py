"""One paper item -> title, LLM flag (bold), venue tag, year and labelled links.

Shapes understood (any mix): `[**VENUE YEAR**] Title [[pdf]](url) [[code]](url)`;
`**Title** [paper](url) [code](url)`; `[Title](url) - CVPR 2023`; `Title (CVPR 2023) [pdf](url)`;
`Title, CVPR'23`; a shields badge `![CVPR](https://img.shields.io/badge/CVPR-2023-blue)`;
links on the next line; citation style (`[12] LeCun, Yann, et al. "Title." Venue (1998).`,
`"Title", ICLR, 2022`: the reference itself is read by citations.py); title first with year
and authors (`**Title** (2017), A. Vaswani et al.`); paragraphs of a title line, an (italic)
author line and a links line. Authors the item writes are kept (`et al.` as a flag). A venue or
year the item does not state stays empty.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, replace
from urllib.parse import unquote, urlsplit

from ..citekeys import SKIP_WORDS
from ..core.arxiv_ids import abs_url, year_month_year
from ..core.identifiers import (
    arxiv_id,
    code_or_video_link,
    doi,
    doi_target,
    feed_url,
    listed_link,
    local_page,
    paper_itself,
    paper_link,
    repository_home,
    repository_named,
    spelled_title,
    written_doi,
    written_ieee_document,
)
from ..core.names import CJK_PHRASE
from ..core.titles import LETTER_WORD, PHRASE_WORDS, is_name, title_cased, title_key
from ..core.vocab import (
    DOCUMENT_KINDS,
    FUNCTION_WORDS,
    LANGUAGE_NOTES,
    NON_PAPER_KINDS,
    ORGANISATION_WORDS,
    PAPER_LABELS,
    PAPER_WORDS,
    POST_LABELS,
    PRESENTATION_WORDS,
    STATUS_WORDS,
    VENUE_FORM_WORDS,
    VENUE_NAME_WORDS,
    WORK_KINDS,
)
from ..core.years import (
    CJK_DATE,
    DATE,
    DAY_DATE,
    MONTH,
    MONTH_DATE_ALONE,
    MONTH_WORDS,
    YEAR,
    YEAR_GROUP,
    find_year,
    full_year,
    split_trailing_date,
    year_of,
)
from ..model import Author, Link
from ..venues import lookup
from .authors import (
    ET_AL_MARK,
    TOPIC_WORD,
    author_year_key,
    author_year_label,
    body_name,
    count_persons,
    initialled,
    named_person,
    names_label,
    names_stop_lead,
    names_year_lead,
    parse_authors,
    person_shaped,
    read_names,
    vancouver_names,
)
from .citations import (
    NAMES_YEAR,
    apa_source,
    citation,
    cited_venue,
    gbt_venue,
    initials_last,
    keyed_citation,
    known_venue_alone,
    link_citation,
    linked_gbt_citation,
    names_before_venue,
    proceedings_venue,
    venue_before_year,
    venue_part,
    venue_words,
    year_then_venue,
)
from .clean import EMPTY_BRACKETS, clean_text, clean_title, is_mark, words
from .item_fields import (
    APOS_YEAR,
    APPEARS_IN,
    ARXIV_NUMBER,
    ARXIV_WORD,
    BARE_URL,
    BY,
    CITED_IN,
    COMMA_YEAR,
    DASH_FIELDS,
    DATE_IN,
    DATE_PAREN,
    DATE_TAG,
    ET_AL_COMMA,
    LABEL_WORDS,
    MONTH_AFTER_YEAR,
    MONTH_END,
    NAME_BEFORE,
    NAME_STOP,
    NAMES_DASH,
    PAREN_YEAR,
    PRESENTED,
    TAG,
    TAG_WORDS,
    TRAILING_VENUE,
    TWO_FAMILIES,
    VENUE_NAME,
    VENUE_PART,
    VENUE_WORDS,
    VOLUME_WORD,
    YEAR_FIRST_APOS,
    YEAR_QUALIFIER,
    ParsedItem,
    affiliations,
    arxiv_or,
    is_resource_label,
    link_words,
    meaningful,
    normalise_venue,
    starts_with_names,
    title_then_venue,
    venue_tag_of,
)
from .markdown import HTML_BREAK, LEADING_SHORTCODES, Piece

#: A year as venue tags write it, four digits or the short `'23` (`CVPR'23`), as a regex
#: fragment (no group) for the patterns that read a name and its year.
_YEAR_OR_SHORT = rf"(?:{YEAR}|['’]\d\d)"
_BRACKET_VENUE = re.compile(r"^\s*\[([^\[\]]+)\]\s*")
_YEAR_VENUE_PREFIX = re.compile(rf"^\s*({YEAR})(?:-([A-Za-z][\w&]*))?\s+[-–—:|]\s+"
                                # `16-ATC-Title`: a code of the two-digit year and the venue's
                                # acronym (two capitals) glued to the title by hyphens
                                r"|^\s*(\d\d)-([A-Z][A-Za-z]*[A-Z][A-Za-z]*)-(?=[A-Za-z0-9])"
                                # `2023_AAAI_Title`: the same code, underscores joining a year
                                # written in full
                                rf"|^\s*({YEAR})_([A-Z][A-Za-z]*[A-Z][A-Za-z]*)_(?=[A-Za-z0-9])")
#: A closing parenthesis of comma-joined notes (`. (MegaCRN, Rank CCF-A)`).
_CLOSING_NOTE = re.compile(r"\.?\s*\([^()]*,[^()]*\)\.?\s*$")


def year_venue_coded(pieces: list[Piece]) -> bool:
    """Whether an item opens (after its reference number) with a year and a venue's acronym
    glued to its title as a code (`16-ATC-Title`, `[1] 2023_AAAI_Title`): the list's own
    notation for where and when, a lead no prose opens with."""
    text = "".join(p.text for p in pieces[:2] if p.kind == "text")
    number = _CITE_NUMBER.match(text)
    dated = _YEAR_VENUE_PREFIX.match(text[number.end():] if number else text)
    return dated is not None and bool(dated.group(3) or dated.group(5))


#: A venue and its year (maybe a month after a dot) set off by a comma opening an item
#: (`CoRL 2024, `, `SIGGRAPH Asia 2024, `, `arXiv 2024.10, `), maybe with one word on how
#: the paper stands there (`CoRL 2023 oral, `, `ICRA 2024 submission, `: group q).
_VENUE_YEAR_COMMA = re.compile(rf"^\s*(?P<v>[A-Za-z][A-Za-z&\-]*(?: [A-Z][A-Za-z&\-]*){{0,2}})\s+"
                               rf"(?P<y>{YEAR})(?:\.\d{{1,2}})?(?:\s(?P<q>[a-z]+))?,\s+(?=\S)")
#: The words `_VENUE_YEAR_COMMA`'s group q may be.
_STANDING_WORDS = PRESENTATION_WORDS | STATUS_WORDS
_TAG_AFTER_VENUE = re.compile(rf"^\s*\[(?![^\]]*{YEAR})[^\[\]]{{1,20}}\]\s*")
#: A venue's abbreviation in parentheses after its name (`ACM Computing Surveys (CSUR), 2022`):
#: the same venue again, dropped from the tag.
_VENUE_ABBREVIATION = r"\s\([A-Z][A-Za-z&.\-]{1,12}\)"
_REST_VENUE = re.compile(rf"^(?P<v>[A-Za-z][^\[\]()]{{0,120}}?(?:{_VENUE_ABBREVIATION})?)"
                         rf"[,\s]+(?P<y>{YEAR})"
                         rf"(?P<q>(?:\s[A-Z][\w&]*){{0,2}}\s{VENUE_PART})?$")
#: A citation key in brackets before the title (`[Pei et al. CVPR23]`, `[Ma and Li TCSVT'22]`):
#: who wrote it ("et al." or two names), then the venue glued to its year (two digits or four).
_CITATION_KEY = re.compile(r"(?P<n>[A-Z][^\d\[\]]{1,60}?"
                           rf"(?:\s+{ET_AL_MARK}|\s+(?:and|&)\s+[A-Z][\w'’\-]+))"
                           r",?\s+(?P<v>[A-Za-z][A-Za-z&@\-]*?)\s?['’]?(?P<y>\d\d|(?:19|20)\d\d)")
#: "(CVPR 2023) Title", "(2019-12) Title"
_PAREN_LEAD_VENUE = re.compile(rf"^\s*\(([^()]*?{DATE})\)\s*")
#: "(2021 IEEE, Overview by Schoelkopf+) Title": a dated lead with notes after the year.
_PAREN_LEAD_TAG = re.compile(rf"^\s*\(([^()]*?{YEAR}[^()]*)\)\s*")
#: Fields left empty at the end of a bracketed span once its links are read (`2013, , `,
#: `[TPAMI 2024; [Github](url)]`).
_EMPTY_FIELDS = re.compile(r"(?:\s*[,;])+\s*$")
#: A venue and its year in brackets ending an item (`(CVPR 2019)`, `(Dou et al., 06-2026)`);
#: a span of years is a period the work is about, no date of it (`(1978–83)`, `(1965–2020)`;
#: a rank after a dash is none: `(ECCV 2020 - 1st place)`).
PAREN_VENUE = re.compile(rf"\s*[\(\[]\s*([^()\[\]]*?(?<!\d{{4}}[-–—~])(?<!\d{{4}}\s[-–—~]\s){YEAR}"
                         rf"(?!\s*[-–—~]\s*\d\d(?:\d\d)?(?!\w))[^()\[\]]*?)\s*[\)\]]\s*$")
#: A venue's name with its acronym in brackets and its year, bracketed at an item's end
#: (`[Robotics: Science and Systems (RSS) 2024]`).
_NAMED_BRACKET_VENUE = re.compile(r"\s*\[\s*([A-Z][^()\[\]]*?\s\([A-Z][A-Za-z&]{1,11}\)\s*"
                                  rf"{YEAR})\s*\]\s*$")
_APOS_VENUE = re.compile(
    rf"(?:^|[\s,(\[])([A-Z][A-Za-z&\-]*(?:\s[A-Z][A-Za-z&\-]*)?){APOS_YEAR}\b")
#: `(B.Shi, 17'CVPR)`, `(B. Shi, CVPR'17)`: brackets ending an item whose last field is a
#: venue with a short year, either side (`YEAR_FIRST_APOS`, `APOS_YEAR`), group 1 the
#: bracket's text (names before the venue are read as `PAREN_VENUE`'s are).
_PAREN_SHORT_YEAR = re.compile(rf"\s*[(\[]([^()\[\]]*?(?:{YEAR_FIRST_APOS}|[A-Z][A-Za-z&\-]*"
                               rf"{APOS_YEAR}))\s*[)\]]\s*$")
#: `(NDSS 21)`: brackets ending an item that hold a venue and a two-digit year after a space
#: (`_SHORT_DATED_TAG`'s shape), nothing else.
_PAREN_SPACED_SHORT_YEAR = re.compile(
    r"\s*\(([A-Za-z][\w&@.\-]*(?:\s[A-Za-z][\w&@.\-]*){0,3})\s+(\d\d)\)$")
#: `, NeurIPS 2017`, `, arXiv 2018`: a venue's words are capitalised or camel-cased.
_VENUE_WORD = r"(?:\d?[A-Z]|[a-z]+[A-Z])[\w&\-]*"  # (`3DV`: a digit may open an acronym)
_COMMA_VENUE = re.compile(rf",\s*({_VENUE_WORD}(?:\s{_VENUE_WORD})?\s{YEAR})\s*[.,;]?\s*$")
_DASH_VENUE = re.compile(rf"^\s*[-–—,|:]\s*([A-Za-z][\w&.\- ]*?,?\s{YEAR})")
#: A method's or model's name in brackets ending a title's text once its bracketed venue is
#: cut: one token with two capitals or more (`(FedOMG)`, `(DI)`, `(EPEA*)`), no word
#: (`(Extended)`).
_NAME_BEFORE_VENUE = re.compile(r"\s*\((?=(?:[^A-Z)]*[A-Z]){2})([A-Za-z][A-Za-z0-9\-]*\*?)\)\s*$")
#: A list marker at the start of a line: `1.`, `2)`, `-`, `*`, `+`, `•`, and a bullet glued to
#: a number where a list item was meant (`*2. Title`: Markdown renders it as text), and a
#: number closed by a slash (`1/ [STOC'14] Names (2014). [Title](url)`: a thread's numbering),
#: and a number glued to the title's first word (`**01.Noise-contrastive estimation …**`), and
#: a study's number in brackets closed by a stop (`(542)*. Title`, a review's IDs, marked or
#: not; a year in brackets is no number: `(2020). Title` is dated).
NUMBERING = re.compile(r"^\s*(?:[-*+•]?\d{1,3}[.)）/]{1,2}|[-*+•]"
                       r"|\((?!(?:1[89]|20)\d\d\))\d{1,5}\)\**\.)"
                       r"(?:\s+|(?<=[.)）])(?=[A-Z][a-z]))")
_FULL_WIDTH = str.maketrans({"【": "[", "】": "]", "［": "[", "］": "]", "（": "(", "）": ")"})
_SHIELDS = re.compile(r"^/badge/(.+?)-(.+)-[^-]+$")
#: A badge without a label, its message and colour alone (`/badge/WWW%202024-blue`; a dash
#: in the message is written twice: `EMNLP--IJCNLP%202019-red`).
_SHIELDS_MESSAGE = re.compile(r"^/badge/((?:[^-]|--)+)-[^-]+$")
#: "[12] LeCun, ...": a reference number; a year in brackets (`[2017]`) is a date, not one.
_TASK_MARK = re.compile(r"^\s*\[[ xX]\]\s+")
#: `(arXiv 1812)` before the title: arXiv and a year-month written as its ids open (`YYMM`;
#: four digits that read as a year, `[arXiv 2002]`, are the year).
_ARXIV_MONTH_LEAD = re.compile(r"^\s*[(\[]\s*arxiv\s?(\d{4})\s*[)\]]\s*", re.IGNORECASE)
#: The year arXiv opened: `arXiv 1912` before it is a year-month (December 2019), no year.
ARXIV_OPENED = 1991
_CITE_NUMBER = re.compile(rf"^\s*\[(?!{YEAR}\])\d{{1,4}}\]\s*")
#: A year written first, then words (`1991 R. Cytron, ...`): a year before a citation.
_YEAR_THEN_WORDS = re.compile(rf"^\s*({YEAR})\s+(?=[A-Z])")
#: A year set off from what follows by a field separator (`* 2017 | Names (2017). Title.`).
_YEAR_FIELD_THEN_WORDS = re.compile(rf"^\s*({YEAR})\s*[|:–—-]\s+(?=[A-Z])")
#: A short label before a colon (`**Poisson + VI**: `, `Application to SNN: `): a method or
#: topic the list names before the citation, no word of it.
_LABEL_BEFORE_COLON = re.compile(r"^\s*([^\s:：.][^:：.]{0,40}?)\s*[:：]\s+(?=[A-Z])")
#: A comma field that is only a year (`Title, 2000, Names`): the year's field, no title word.
_YEAR_FIELD = re.compile(rf",\s*{YEAR}\s*(?=,)")
_TITLE_YEAR_AUTHORS = re.compile(rf"^(?P<t>.+?)\s*\((?P<y>{YEAR})\)\s*[,.]?\s*(?P<a>.+?)$")
#: An http(s) URL with a plain host: certainly a web link (`core.identifiers.is_web_link`
#: decides the rest).
_PLAIN_WEB = re.compile(r"https?://[A-Za-z0-9.\-]+(?:[:/?#]|$)", re.IGNORECASE)
_LAST_YEAR = re.compile(f".*({YEAR})")


def badge_venue(src: str) -> str:
    """`img.shields.io/badge/CVPR-2023-blue` -> `CVPR 2023` when the badge carries a year."""
    parts = urlsplit(src)
    if "shields.io" not in parts.netloc.lower():
        return ""
    match = _SHIELDS_MESSAGE.match(parts.path) or _SHIELDS.match(parts.path)
    if not match:
        return ""

    def text(part: str) -> str:
        part = unquote(part).replace("--", "\0").replace("__", "\1").replace("_", " ")
        return part.replace("\0", "-").replace("\1", "_")

    tag = " ".join(text(part) for part in match.groups())
    return clean_text(tag) if YEAR_GROUP.search(tag) else ""


def _label(piece: Piece) -> str:
    label = link_words(piece).strip("[]() ")
    if not label and piece.images:
        label = clean_text(piece.images[0].text)
    return label or "link"


def parse_item(pieces: list[Piece], paragraph: bool = False) -> ParsedItem:
    """Read one item's inline pieces (see the module docstring for the shapes).

    A paragraph (or an item whose second line is italic) is read line by line: the first line
    holds the title, a later line the authors, the rest links, venue and date. A title read
    that opens with who and when is read apart from them (`after_names_year`).
    """
    return after_names_year(_read_item(pieces, paragraph))


def _read_item(pieces: list[Piece], paragraph: bool) -> ParsedItem:
    """The item's fields as its shape places them (`parse_item`)."""
    pieces = _local_venue_links(pieces)
    logged = _log_date_label(pieces)
    if logged is not None:
        read = parse_item(logged[0], paragraph)
        if read.title and read.year is not None:
            read.logged = logged[1]
            return read
        # (no year after the date: the date may be the paper's own, read as it always was)
    if pieces and pieces[0].code:
        unlabelled = _without_code_labels(pieces)
        if unlabelled is not pieces:
            read = parse_item(unlabelled, paragraph)
            if read.venue_tag or read.year is not None:
                return read
            # (`` `CVPR 2016` [Title](url) ``: nothing but its labels dates the item; they
            # may name its venue: read with them, as any lead)
    lines = _split_lines(pieces)
    if len(lines) > 1 and (under := _title_under_names(lines, pieces)) is not None:
        return under
    first = "".join(p.text for p in lines[0] if p.kind in ("text", "link")) if lines else ""
    if len(lines) > 1 and meaningful(first) and (paragraph or _authors_line(lines[1], first)
                                                 or _hard_break_ends(lines[0], pieces)):
        return _parse_lines(lines, pieces)
    if len(lines) > 1 and _venue_ends_line(first) \
            and not any(p.kind == "link" for line in lines[1:] for p in line):
        return _parse_line(lines[0])  # (the lines after it, linking nothing, are its note)
    unlinked = _unlinked_title(pieces)
    if unlinked is not None:
        read = _parse_line(unlinked)
        read.links = [link for link in read.links if link.url]
        if read.title and read.year is not None and (read.venue_tag or read.authors):
            return read
    return _dated_by_key(_parse_line(pieces))


#: The stop that ends a title after a names-year lead, before the next sentence (`Optimality
#: Theory. Chapter 2 on …`, `Representing Reduplication. (Chapters 1,2)`): after a word's
#: lower-case letter, a digit or a closing mark (`U.S. teaching` goes on).
_LEAD_TITLE_END = re.compile(rf"(?<=[a-z\d)\"”?!])\.\s+(?=[A-Z(\[]|{YEAR}\.)")
#: A year as a sentence of its own (`2018. The Routledge handbook …`).
_YEAR_THEN_STOP = re.compile(rf"({YEAR})(?:\.|$)")
#: A text's first digit (the cheap test of a lead: its first digits are a year among its
#: first words, `YEAR_GROUP` there).
_DIGIT = re.compile(r"\d")
#: A title quoted whole after the lead (`Bateman (1948) “Intra-sexual selection in …”`).
_LEAD_QUOTED = re.compile(r"[\"“]([^\"“”]+)[\"”]")


def after_names_year(item: ParsedItem) -> ParsedItem:
    """`[Elster 1998 - A Plea for Mechanisms](pdf)`, `Lewontin 1970 The Units of Selection
    http://…`, `[Eric Raimy. 1999. Representing Reduplication. (Chapters 1,2)](pdf)`: an item
    whose title, as read, opens with who wrote it and when (`authors.names_year_lead`), or
    with persons' names and the stop that ends them (`names_stop_lead`: `[Walter Everett.
    Making Sense of …](url)`), and names no other authors. A title is a phrase, not a name
    and a date: the title is the sentence after the lead (or the quote that opens it), the
    names its authors, the year its year when the item found none. (A section's template
    reads its titles again from the same text: `template._with` asks here too; a lone lead
    of one or two persons is judged by its section, `collect._lone_names_year_leads`.) Cheap
    first: a capital opens the title, its first digits a year or a stop among its words."""
    title = item.title
    if not title[:1].isupper():
        return item
    digit = _DIGIT.search(title, 2, 104)
    dated = names_year_lead(title) if digit is not None \
        and YEAR_GROUP.match(title, digit.start()) is not None else None
    if dated is not None:
        authors, et_al, year, rest, spaced = dated
    elif ". " in title[:120] and (named := names_stop_lead(title)) is not None:
        # (`[Walter Everett. Making Sense of Rock's Tonal Systems](url)`: who, then the stop
        # that ends the names, no year)
        (authors, et_al, rest), year, spaced = named, None, False
    else:
        return item
    if item.authors and [a.family for a in item.authors] != [a.family for a in authors]:
        return item  # (the item names its authors elsewhere: the lead may be a title's words)
    quoted = _LEAD_QUOTED.match(rest)
    end = None if quoted else _LEAD_TITLE_END.search(rest)
    sentence = quoted.group(1) if quoted else rest[:end.start()] if end else rest
    sentence = clean_title(sentence.strip().rstrip("."))
    # (a year set off by a space alone is weak evidence of a lead: `Zaire 1976 Ebola
    # Epidemic` names a place; a title phrase must follow it)
    if len(LETTER_WORD.findall(sentence)) < (PHRASE_WORDS if spaced else 2):
        return item
    item.unled = replace(item, unled=None)
    item.title, item.authors, item.et_al = sentence, authors, et_al
    if item.year is None:
        item.year = year
    after = rest[end.end():].strip(" .") if end is not None else ""
    if item.year is None and (dated_after := _YEAR_THEN_STOP.match(after)) is not None:
        # (`Ricardo Bermudez-Otero. Stratal Phonology. 2018. The Routledge handbook …`: the
        # year as the sentence after the title)
        item.year = int(dated_after.group(1))
    if after and not item.venue_tag and item.year is not None and lookup(after) is not None:
        # (`Kucharski et al. (2015). Title. PNAS.`: the last sentence a venue the table knows)
        item.venue_raw = f"{after} {item.year}"
        item.venue_tag = venue_tag_of(item.venue_raw)
    return item


#: A day's date set off before an item's text as its label: in brackets (`(2022-6-5) Title`)
#: or closed by a colon (`Jan 29, 2020: Names. **Title**`).
_LOG_DATE_LEAD = re.compile(rf"^\s*(?:[(\[]\s*{DAY_DATE}\s*[)\]]\s*:?|{DAY_DATE}\s*:)\s+",
                            re.IGNORECASE)
#: An emphasised label that opens with a day's date (`*January 27, 2022 at 1pm:*`).
_DAY_DATE_OPENS = re.compile(rf"^\s*[(\[]?\s*{DAY_DATE}", re.IGNORECASE)


def _log_date_label(pieces: list[Piece]) -> tuple[list[Piece], int] | None:
    """`- *Jan 29, 2020:* Names. **Title** (1993).`, `<em>(2022-6-5)</em> Title. Names. CHI
    2021.`: a date to its day set off as the item's label (emphasised whole, or bracketed, or
    closed by a colon) is when the list's writer met on or read the paper, a log's date, not
    how the paper is cited. The pieces after it and the label's year, else None; the caller
    keeps that reading only when the text after the label writes a year of its own (without
    one, the date may be the paper's: `(2019-06-01) Title`). Cheap first: the first piece's
    first character a bracket, a digit or a letter of a month."""
    first = pieces[0] if pieces else None
    if first is None or first.kind != "text" or not first.text.strip():
        return None
    opening = first.text.lstrip()[:1]
    if not (opening in "([" or opening.isdigit() or opening.isalpha()):
        return None
    if first.em or first.strong:
        label = first.text.strip()
        dated = _DAY_DATE_OPENS.match(label) if label[-1:] in ":)]" else None
        if dated is None or len(pieces) < 2:
            return None
        return pieces[1:], int(dated.group(1) or dated.group(2))
    dated = _LOG_DATE_LEAD.match(first.text)
    if dated is None:
        return None
    year = next(int(y) for y in dated.groups() if y)
    rest = first.text[dated.end():]
    return ([replace(first, text=rest)] if rest else []) + pieces[1:], year


def _dated_by_key(item: ParsedItem) -> ParsedItem:
    """`DeepPharm [[Ye+2019]](doi)`: a link whose text is a citation key (`author_year_key`:
    the first author, `+` for the others, then the year) says who wrote the paper and when;
    an item that found no year takes the key's (its first author too, when it names none)."""
    if item.year is None:
        for link in item.links:
            keyed = author_year_key(link.label.strip("[] ")) if "+" in link.label else None
            if keyed is not None:
                item.year = keyed[1]
                if not item.authors:
                    item.authors, item.et_al = [keyed[0]], True
                break
    return item


#: One bracketed field alone (`[Michael J. Franklin]` after a title's link).
_BRACKETED_FIELD = re.compile(r"\s*\[[^\[\]]+\]\s*")
#: A link's bracketed text with no URL after it, closed as a title is, by the comma or stop
#: before its names (`] [Title words], by …`): a title phrase; a note in brackets before or
#: after the title (`[Best Paper Award] Title, by …`) runs on into words.
_BRACKETED_PHRASE = re.compile(r"\[([^\[\]]+)\](?=\s*[,.])")


def _unlinked_title(pieces: list[Piece]) -> list[Piece] | None:
    """`1. [**SOSP'19**] [The Prefix Inflection Theorem: …], by Names.` among `[**ICDM'20**]
    [Title](url), by Names.`: an item that links nothing and writes its title as a link's
    text with no URL. The pieces with that text as a link without one, read as a linked title
    is (the caller keeps that reading only when it dates the item and names its venue or
    authors, as `evidence.linkless_paper` asks), else None. Cheap first: no link, a `[`."""
    if any(p.kind == "link" for p in pieces):
        return None
    for at, piece in enumerate(pieces):
        if piece.kind != "text" or piece.strong or "[" not in piece.text:
            continue
        found = _BRACKETED_PHRASE.search(piece.text)
        if found is None or len(found.group(1).split()) < PHRASE_WORDS:
            continue
        return [*pieces[:at], replace(piece, text=piece.text[:found.start()]),
                Piece("link", found.group(1)),
                replace(piece, text=piece.text[found.end():]), *pieces[at + 1:]]
    return None


def _without_code_labels(pieces: list[Piece]) -> list[Piece]:
    """The item without the code spans that open it, set apart by spaces from what follows
    (`` - ``IEEE 2016`` ``Black Box`` Lin Y D, et al. Title[C]// Venue. IEEE, 2016.``, ``-
    `Feature-based learning` Hu, Xin, et al. "[Title.](url)" ``): a list's labels of topic or
    source, no words of the citation after them. A bold one (`**`RAL`**`) is left to
    `_bold_tags`, a bracketed one (`` `[Pei et al. CVPR23]` ``) to the readers of a bracketed
    key (its names and venue); a span a colon follows (`` `seq`: Sequence Labeling ``) is a
    term defined."""
    at = 0
    while at < len(pieces) and (pieces[at].code and not pieces[at].strong
                                and not pieces[at].text.startswith("[")
                                or pieces[at].kind == "text" and not pieces[at].text.strip()):
        at += 1
    rest = pieces[at:]
    if not at or not rest or rest[0].kind == "text" and not rest[0].text[:1].isspace() \
            and not pieces[at - 1].text[-1:].isspace():
        return pieces  # (nothing after the spans, or glued to them)
    if len(" ".join(p.text for p in rest if p.kind in ("text", "link")).split()) < PHRASE_WORDS:
        return pieces
    return rest


def _venue_ends_line(first: str) -> bool:
    """Whether an item's first line ends with its venue and year in brackets (`- Title (KDD
    2019)` over a lazy continuation line `**Best Paper**, Applied Data Science Track`): the
    item's fields close its title's line, so a next line that links nothing is a note, not
    more of the title.
    (Cheap first: most first lines end with no bracket.)"""
    end = first.rstrip()[-1:]
    return end in ")]" and PAREN_VENUE.search(first) is not None \
        and bool(venue_in(first))


def _split_lines(pieces: list[Piece]) -> list[list[Piece]]:
    """The item's lines; a break inside bold or inside an open quote does not end a line
    (`**Fully Convolutional Networks for⏎Semantic Segmentation**` is one title)."""
    lines: list[list[Piece]] = [[]]
    for i, p in enumerate(pieces):
        if p.kind == "break" and not _inside_span(lines[-1], pieces[i + 1:i + 2]):
            lines.append([])
        elif p.kind == "break":
            lines[-1].append(Piece("text", " ", strong=p.strong or bool(lines[-1]) and
                                   lines[-1][-1].strong))
        else:
            lines[-1].append(p)
    return [line for line in lines if any(p.text.strip() or p.href for p in line)]


def _hard_break_ends(first: list[Piece], pieces: list[Piece]) -> bool:
    """Whether the item's first line ends with a line break its writer wrote as one: an HTML
    `<br>` (`- Title <br> Arxiv 2024 [[Paper]](url)`), or a hard break (two spaces, `\\`)
    after a bold title (`* **Quantifying the chemical beauty of drugs**  [2012]  ⏎ Bickerton,
    G., …`) or a line that is one link (`- [Title](doi)  ⏎ Authors`): the writer ended the
    title's line there, so the next line is not more of the title. (A source line's soft
    break may wrap a long title: it ends nothing.)"""
    bold = any(p.kind == "text" and p.strong and meaningful(p.text) for p in first)
    line: list[Piece] = []
    for i, p in enumerate(pieces):
        if p.kind == "break" and not _inside_span(line, pieces[i + 1:i + 2]):
            if any(q.text.strip() or q.href for q in line):
                # (the break that ends the first line)
                return p.hard and (bold or _one_link(line) or _names_line_next(pieces[i + 1:])) \
                    or p.text == HTML_BREAK and not _names_first_line(line) \
                    and not _ends_mid_phrase(line)
            line = []
        elif p.kind != "break":
            line.append(p)
    return False


def _names_line_next(after: list[Piece]) -> bool:
    """Whether the source line after a hard break is the item's names, maybe under an authors
    label (`Graph-Theoretic Scagnostics  ⏎ Authors: Leland Wilkinson, Anushka Anand, Robert
    Grossman  ⏎ IEEE InfoVis 2005`): the writer ended the title's line there, as after a
    bold title. Cheap first: only the text up to the next break is read."""
    end = next((i for i, p in enumerate(after) if p.kind == "break"), len(after))
    text = "".join(p.text for p in after[:end] if p.kind == "text").strip()
    label = _AUTHORS_LABEL.match(text)
    names = read_names(text[label.end():] if label else text)[0]
    # (no label: each a whole name, given and family, `Maximilian Nickel, Douwe Kiela`; a line
    # of topics or tags, `Reinforcement Learning, Robotics`, `Python, PyTorch`, names no one)
    return bool(names) and (label is not None or all(n.given and n.family for n in names))


#: An authors label opening a line (`Authors:`, `Author(s):`, `by`).
_AUTHORS_LABEL = re.compile(r"(?:[Aa]uthors?(?:\(s\))?\s*[:：]|by\s)\s*")


def _one_link(line: list[Piece]) -> bool:
    """A line that is one link and nothing else (`- [Title](doi)  ` over its author line):
    its text cannot go on after the link's end."""
    return len(line) == 1 and line[0].kind == "link"


def _ends_mid_phrase(line: list[Piece]) -> bool:
    """A line that ends with a function word (`Fully Convolutional Networks for<br>Semantic
    Segmentation`): a `<br>` that wraps a long title, not one that ends it."""
    words = "".join(p.text for p in line if p.kind in ("text", "link")).split()
    return bool(words) and words[-1] in SKIP_WORDS


def _title_under_names(lines: list[list[Piece]], pieces: list[Piece]) -> ParsedItem | None:
    """`- [ ] **Shuai Wang**, Pei Wang, Xiao Liu: </br>` over `**CacheD: Identifying Cache-Based
    Timing Channels in Production Software.**`: a first line that is only names (a colon after
    them, as DBLP writes `Names: Title.`) and a second line all in bold, a title phrase: the
    names are the authors, the bold line the title (the first author set in bold is no title).
    None for any other item. Cheap first: the second line wholly bold."""
    second = [p for p in lines[1] if p.kind != "break" and (p.text.strip() or p.href)]
    bold = bool(second) and all(p.kind == "text" and p.strong for p in second)
    if not second or not bold and not (all(p.kind == "text" for p in second)
                                       and _first_break_written(pieces)
                                       and not any(p.kind == "link" or p.strong
                                                   for p in lines[0])):
        return None
    written = "".join(p.text for p in second).strip()
    title = clean_title(written)
    if not bold and (len(lines) > 2 or YEAR_GROUP.search(written) or written[:1] in "\"“‘'"
                     or ". " in written):
        # (`"Title." Arxiv (2020).`, a third line, a title's sentence and its source's,
        # `Population biology … Part I. Nature. 280:361-7`: a citation, `_parse_lines`'s)
        return None
    tag = _LEAD_TAG.match(_names_line_text(lines[0]))
    dated = tag is not None and (lookup(tag.group(1)) is not None
                                 or YEAR_GROUP.search(tag.group(1)) is not None)
    names = _names_line_text(lines[0])[tag.end():] if tag else _names_line_text(lines[0])
    # (a title of two phrases joined by "and", `Vector Commitments and Their Applications`,
    # reads as two names too: under a venue's tag, names in commas first decide)
    named_title = bool(read_names(title)[0]) and not (dated and "," not in title)
    if len(title.split()) < PHRASE_WORDS or is_name(title) \
            or not bool(read_names(names.split(": ", 1)[-1], one_person=dated)[0]) \
            or not bold and (len(LETTER_WORD.findall(title)) < PHRASE_WORDS or named_title):
        return None
    authors, et_al = read_names(names, one_person=dated)  # (`[CRYPTO 2010] Hoeteck Wee`)
    if not authors:
        return None
    if vancouver_names([a.family for a in authors],
                       sum(len(a.given) == 1 and a.given.isupper() for a in authors)):
        # (`Anderson RM, May RM`, `Keeling MJ, Rohani P`: Vancouver's initials after the name)
        authors = [initials_last(a) for a in authors]
    item = ParsedItem(title=title, bold=bold, authors=authors, et_al=et_al,
                      shape="a names line, then the bold title line" if bold
                      else TITLE_BELOW_NAMES)
    if tag is not None and dated:
        # (`- [ICALP 2016] Names  ⏎ Title`: the tag before the names is the venue and year)
        item.venue_raw = tag.group(1).strip()
        item.venue_tag = venue_tag_of(item.venue_raw)
        item.year = year_of(normalise_venue(item.venue_raw))
    item.links = item_links(pieces, None)
    # (`*Proceedings of the ACM SIGMOD ...*, pp. 23–34, 1979.` on the line under the title: the
    # citation's tail, its venue and year, the venue set in emphasis as a citation sets it; a
    # note's sentence there, `We extend Kocher et al., USENIX Security 2017`, cites another)
    tail = [p for p in lines[2] if p.kind != "break" and (p.text.strip() or p.href)] \
        if len(lines) > 2 else []
    cited = cited_venue(clean_text(_line_text(lines[2])).strip(" .*_")) \
        if tail and tail[0].kind == "text" and tail[0].em else ""
    if YEAR_GROUP.search(cited):
        item.year = year_of(normalise_venue(cited))
        if not YEAR_GROUP.fullmatch(cited):
            item.venue_raw, item.venue_tag = cited, venue_tag_of(cited)
    return item


#: A bracketed tag opening a line (`[ICALP 2016] `, `[PKC 2013] `).
_LEAD_TAG = re.compile(r"^\[([^\[\]]{2,40})\]\s*")


def _first_break_written(pieces: list[Piece]) -> bool:
    """Whether the item's first line ends with a break its writer wrote as one (a hard break,
    two spaces or `\\`, or an HTML `<br>`), not a soft break that wraps a long line."""
    brk = next((p for p in pieces if p.kind == "break"), None)
    return brk is not None and (brk.hard or brk.text == HTML_BREAK)


def _names_first_line(line: list[Piece]) -> bool:
    """A first line of names, maybe after the paper's name (`**D3S:** Alan Lukežič, Jiří
    Matas, Matej Kristan.<br />` over the quoted title): the title is on a later line."""
    return bool(read_names(_names_line_text(line).split(": ", 1)[-1])[0])


def _names_line_text(line: list[Piece]) -> str:
    """A names line's text without its task box (`- [ ] **Ann Author**, Bob Writer: </br>`)
    or a link labelled as a resource (`- A. Kemper and T. Neumann. [Link](doi)`: the paper's
    link, not a name); a link on a name (an author's page) stays."""
    text = "".join(p.text for p in line if p.kind == "text"
                   or p.kind == "link" and not is_resource_label(link_words(p)))
    checked = _TASK_MARK.match(text)
    return (text[checked.end():] if checked else text).strip(" :：")


def _inside_span(line: list[Piece], after: list[Piece]) -> bool:
    """Whether a break after `line` falls inside bold text or an open quotation."""
    if line and after and line[-1].kind == after[0].kind == "text" \
            and line[-1].strong and after[0].strong:
        return True
    text = "".join(p.text for p in line if p.kind in ("text", "link")).lstrip()
    if text.startswith("\""):
        return text.count("\"") % 2 == 1
    return text.startswith("“") and "”" not in text


def _line_text(line: list[Piece]) -> str:
    return "".join(p.text for p in line if p.kind == "text")


def _authors_line(line: list[Piece], above: str) -> bool:
    """A line that reads as names set apart from the title above it: all italic (`_Ann
    Author, Bob Writer_`), or plain text that is a list of three names or more (`Pat
    Bosshart, Dan Daly, Glen Gibb` under a linkless `* Title` line): a wrapped title's next
    line may read as one or two names, never as a comma list of three."""
    texts = [p for p in line if p.kind == "text" and p.text.strip(" \\")]
    if not texts or any(p.kind == "link" for p in line):
        return False
    if all(p.em for p in texts):
        return bool(parse_authors(_line_text(line))[0])
    text = _line_text(line)
    if text.count(",") < 2 or above.rstrip(" \\").endswith(",") \
            or any(p.em or p.strong or p.code for p in texts):
        return False  # (cheap first: a comma list, plain, under a line a comma leaves open)
    # (`Bojie Li (USTC / Microsoft Research), Kun Tan (Microsoft Research)`: each name's
    # affiliation in brackets after it is no part of the names, as `read_names` reads them)
    names = read_names(text)[0]
    # (each a whole name, given and family: `Sheeran, Singh, and Stålmarck, Checking` is
    # families and a title's first word)
    return len(names) >= 3 and all(name.given and name.family for name in names)


#: A link's text that is an identifier after the identifier's own label (`PMID:37258682`,
#: `arXiv:1704.01379`, `10.1038/srep33892`): the label's letters, then no space.
_LABELLED_IDENTIFIER = re.compile(r"(?:[A-Za-z]{2,6}\s*[:：]\s*)?(\S*\d\S*)")


def identifier_text(link: Piece) -> bool:
    """`- DOI: [10.1038/nprot.2017.149](https://doi.org/10.1038/nprot.2017.149)`, `- arXiv:
    [1704.01379](arxiv)`, `- PubMed: [PMID:37258682](…/37258682/)`: a link whose text is
    only the identifier its own URL names (its DOI, its arXiv id, or the record number its
    path ends with) writes where the paper is, as a DOI written as text does (`- DOI:
    10.2172/1020735`): a label of a link, no title (a title is a phrase; a file's name,
    `libfm-1.42.manual`, is no identifier)."""
    text = link.text.strip()
    if not text or " " in text or text == link.href:  # (cheap first: a phrase, a bare URL)
        return False
    written = _LABELLED_IDENTIFIER.fullmatch(text)
    if written is None:
        return False
    ident = written.group(1).lower()
    if ident.isdigit():  # a record number: the last part of the URL's path
        return link.href.rstrip("/").rsplit("/", 1)[-1].lower() == ident
    arxiv = arxiv_id(link.href)[0].lower()  # (`VQ-VAE-2` to a page of no arXiv id: a name)
    return bool(arxiv) and ident.split("v")[0] == arxiv or ident == doi(link.href).lower()


#: The shapes of an item whose title is on a line below a line of names or a label, both
#: lines ended where the writer ended them: the item is listed on its title's line.
TITLE_BELOW_NAMES = "a names line ended by a line break, then the title line"
TITLE_BELOW_LABEL = "a label line, then the titled link"


def _resource_word(text: str) -> bool:
    """Whether a link's text opens with a resource label, maybe singular (`Slide(ppt)`,
    `Slides`, `Code`)."""
    first = (re.findall(r"[^\W\d_]+", text) or [""])[0]
    return is_resource_label(first) or is_resource_label(f"{first}s")


def _label_over_title_link(lines: list[list[Piece]]) -> bool:
    """`1. **Liu Si(刘偲)**[[Slide(ppt)](url)]  ⏎ [Title](arxiv)  ⏎ by Names.`: a first line
    that is a short label (a presenter's or a method's name, fewer than PHRASE_WORDS words,
    its links only resources: slides, code) over a line that is one link whose text is a
    title phrase: the label is no title; the item's lines start at the link."""
    label = [p for p in lines[0] if p.kind != "break" and (p.text.strip() or p.href)]
    if not label or any(p.kind == "link" and not _resource_word(link_words(p)) for p in label):
        return False
    # (a name's gloss in brackets, `Liu Si(刘偲)`, is no word of it)
    words = LETTER_WORD.findall(re.sub(r"\([^()]*\)", "", "".join(
        p.text for p in label if p.kind == "text")))
    second = [p for p in lines[1] if p.kind != "break" and (p.text.strip(" .,;") or p.href)]
    return 0 < len(words) < PHRASE_WORDS and len(second) == 1 and second[0].kind == "link" \
        and len(LETTER_WORD.findall(second[0].text)) >= PHRASE_WORDS \
        and not is_resource_label(link_words(second[0]))


def _parse_lines(lines: list[list[Piece]], pieces: list[Piece]) -> ParsedItem:
    if len(lines) > 2 and _label_over_title_link(lines):
        # (the label's slides or code are the presenter's, not the paper's: dropped)
        item = _parse_lines(lines[1:], [p for line in lines[1:] for p in line])
        item.shape = TITLE_BELOW_LABEL
        return item
    first = lines[0]
    item = _parse_line(first if any(meaningful(p.text) for p in first if p.kind == "text")
                       or any(p.kind == "link" for p in first) else pieces)
    item.shape = "paragraph: title line, then author and link lines"
    # (the title's own link: its text is the title, or the title and what was peeled off
    # it, `[AlphaFold 3 (2024)](doi)`: no other work's label, never a venue)
    title_link = next((p for p in first if p.kind == "link" and (p.text == item.title or bool(
        item.title) and p.text.startswith(item.title))), None)
    item.links = item_links(pieces, title_link)
    linked = False  # a links line seen: the lines after it are notes, never the names
    named = False  # an author line seen (below the title line)
    for line in lines[1:]:
        text = clean_text(_line_text(line).replace("\\", " "))
        if "·" in text and not linked and _dotted_fields(item, text):
            continue  # `Kerr A et al. · *NEJM AI* · 2026-08-19`: fields between middle dots
        if not item.authors and not linked and not any(p.kind == "link" for p in line):
            label = _AUTHORS_LABEL.match(text) if text[:1] in "Aab" else None
            names, dated = split_trailing_date(text[label.end():] if label else text)
            # (six CJK characters in a row are a note's words: a name has four at most; an
            # organisation's words, `Google Research`, an affiliation)
            authors, et_al = parse_authors(names) if not CJK_PHRASE.search(names) and not any(
                w.lower().strip(",.;") in ORGANISATION_WORDS for w in names.split()) \
                else ([], False)
            if authors and dated and item.year is None:
                item.year = dated  # "Ann Author, Bob Writer. 2019.6": the date ends the names
            if authors:
                item.authors, item.et_al, named = authors, et_al, True
                continue
        if not item.venue_tag and text:
            # `*Nature Biotechnology, April 2024.*`: a line of its own that is a venue and a
            # date (rest_venue: never names) is read like a venue after the title
            # (`TACL [[Paper]](url)` after a `<br>`: a venue the table knows, alone, its year
            # unsaid)
            # (`- intro: in Proceedings of the 21th ACM SIGKDD Conference ..., 2015`: the
            # event's name, its year at the end; a proceedings' name may be long)
            edition = proceedings_venue(text, year_of(text[-6:])) \
                if "roceedings of the" in text[:32] else ""
            venue = venue_in(text) or _lead_venue(text) or edition \
                or rest_venue(text, bool(item.authors)) \
                or known_venue_alone(text) or (_dotted_venue(text) if "·" in text else "") \
                or (_year_then_known_venue(text) if text[:1].isdigit() else "") \
                or (_italic_venue_line(line) or _venue_before_link(line)
                    if named and not linked else "")
            if named and not linked and YEAR_GROUP.fullmatch(venue) and text.endswith(")"):
                venue = _source_before_year(text, venue)
            if venue and (len(venue) <= 60 or len(venue) <= 90 and text.endswith("]")
                          and f"[{venue}]" in text or venue == edition):
                # (a venue in brackets of its own may be a long journal's name: `[Computational
                # and Mathematical Methods in Medicine Journal, 2021]`)
                item.venue_raw = clean_text(venue)
                item.venue_tag = normalise_venue(venue)
                item.year = year_of(item.venue_tag) or item.year
            elif not venue and text.endswith("]"):
                item.venue_raw = item.venue_tag = _named_tag(text)
        linked = linked or any(p.kind == "link" for p in line)
        if item.year is None and "(by " in text:
            # `This foundational work (by Ryan, Collins, and O’Neill, 1998) introduced ...`:
            # a description saying who wrote the work and when, in brackets
            said = _BY_NAMES_YEAR.search(text)
            authors, et_al = read_names(said.group("n")) if said else ([], False)
            if said and authors:
                item.year = int(said.group("y"))
                if not item.authors:
                    item.authors, item.et_al = authors, et_al
        if item.year is None and text:
            # (a URL's digits are no date: `链接： https://arxiv.org/abs/2009.13290`)
            match = _LAST_YEAR.match(BARE_URL.sub(" ", text))
            if match and len(text) <= 40:
                item.year = int(match.group(1))  # a date line: "24 Sep 2022"
    if not item.venue_tag and title_link is None:
        _venue_of_link_label(item)  # `[J. Chem. Inf. Model. (2018)](doi)` on a later line
    return item


def _source_before_year(text: str, year: str) -> str:
    """`University of Chicago Press (1962)` on a line of its own under a record's names line:
    the capitalised words before the year in brackets name its source (a publisher, a
    journal), `Source Year`; the year alone when the words are no venue's."""
    before = text[:text.rfind("(")].strip(" ,.")
    return f"{before} {year}" if before and len(before.split()) <= VENUE_WORDS \
        and venue_part(before) else year


#: Who wrote a work and when, said in brackets in its description right after the words that
#: name the work itself (`This foundational work (by Ryan, Collins, and O’Neill, 1998)`): a
#: bracket after any other words may name the work it builds on (`the attention model (by
#: Vaswani, ..., 2017)`), another paper's authors and year.
_BY_NAMES_YEAR = re.compile(rf"\b[Tt]his\s+(?:[\w\-‐]+\s+){{0,2}}(?:work|paper|article|study)\s+"
                            rf"\(by\s+(?P<n>[^()\d]{{3,160}}?),\s*(?P<y>{YEAR})\)")
#: A field line's date: a year, maybe its month and day (`2026-08-19`), maybe a mark after it.
_DOTTED_DATE = re.compile(rf"{DATE}(?![\d.])")
#: A venue between middle dots is a name of a few words, not a sentence (twice as long in
#: capitalised words: `venue_part`).
_DOTTED_VENUE_CHARS = 60


def _dotted_fields(item: ParsedItem, text: str) -> bool:
    """`Kerr A et al. · *NEJM AI* · 2026-08-19 🧬`: a line of fields set apart by middle dots
    (names, a venue, a date, any of them empty) under the title: each segment is read as what
    it is, filling what the item lacks; whether it read so (a date and one more field at
    least: a sentence that uses a middle dot is no field line)."""
    # (a mark between the fields, `⭐`, is none of them)
    segments = [seg for part in text.split("·") if _FIELD_CHAR.search(seg := part.strip(" *_"))]
    date = next((m for seg in segments if (m := _DOTTED_DATE.match(seg)) is not None
                 and not seg[m.end():].strip(" .").isalnum()), None)
    rest = [seg for seg in segments if seg and not _DOTTED_DATE.match(seg)]
    if date is None or not rest or len(rest) > 2:
        return False
    names: tuple[list[Author], bool] = ([], False)
    venue = ""
    for seg in rest:
        read = parse_authors(seg) if not names[0] and not CJK_PHRASE.search(seg) else ([], False)
        if read[0] and not lookup(seg):
            names = read
        elif not venue and seg[0].isalpha() and (
                len(seg) <= _DOTTED_VENUE_CHARS
                or len(seg) <= 2 * _DOTTED_VENUE_CHARS and venue_part(seg)) \
                and not any(ch in seg for ch in ".;!?。"):
            # (a proceedings' full name is longer: capitalised words, `Proceedings of the 2025
            # Conference on Empirical Methods in Natural Language Processing`)
            venue = seg
        else:
            return False
    if not venue and not names[0]:
        return False
    if item.year is None:
        item.year = int(date.group(1))
    if names[0] and not item.authors:
        item.authors, item.et_al = names
    if venue and not item.venue_tag:
        item.venue_raw, item.venue_tag = venue, normalise_venue(venue)
    return True


#: A letter or digit: a field has one, a mark between fields (`⭐`) none.
_FIELD_CHAR = re.compile(r"[^\W_]")
#: The year in brackets that closes a venue's field set apart by spaced dashes (`—
#: Leippold et al. — *npj Climate Action* (2025)`: `DASH_FIELDS`).
_BRACKETED_YEAR_END = re.compile(rf"\s*\(({YEAR})\)\s*$")


def _dashed_fields(item: ParsedItem, text: str) -> bool:
    """`⭐ — Leippold et al. — *npj Climate Action* (2025)` after a linked title: fields set
    apart by spaced dashes, read as the fields between middle dots are (`_dotted_fields`),
    the bracketed year closing the last one its own field; whether they read so."""
    fields = DASH_FIELDS.split(text)
    if len(fields) < 3:
        return False  # (cheap first: names and a venue need two dashes at least, as dots do)
    dated = _BRACKETED_YEAR_END.search(fields[-1])
    venue = fields[-1][:dated.start()].strip(" *_") if dated is not None else ""
    capitals = sum(1 for w in venue.split() if w[:1].isupper())
    if dated is None or venue and 2 * capitals < len(venue.split()):
        return False  # (`— a short note (2025)`: a description's words are no venue's name)
    fields[-1] = f"{fields[-1][:dated.start()]} · {dated.group(1)}"
    return _dotted_fields(item, " · ".join(fields))


#: `(ICLR 2025; [arXiv:id](url))`: a parenthesis of fields separated by semicolons (its
#: first is the venue; the links in it leave their separators).
_FIELDS_IN_PARENS = re.compile(r"\(([^();]*?)\s*;[^()]*\)")
#: The parenthesis that closes a segment (`Wang et al. (arXiv)`).
_CLOSING_PARENS = re.compile(r"\(([^()]*)\)\s*$")


def _dotted_venue(text: str) -> str:
    """`[paper](url) · *Wang et al.* (ICLR 2025; [arXiv](url)) · [code](url)`: the venue of a
    line of fields set apart by middle dots, read segment by segment (the dots and the
    semicolon inside the parenthesis hide it from the readers of a whole line); "" if none."""
    for seg in text.split("·"):
        seg = _FIELDS_IN_PARENS.sub(r"(\1)", seg.strip(" *_"))
        closing = _CLOSING_PARENS.search(seg)
        venue = venue_in(seg) or (known_venue_alone(closing.group(1)) if closing else "")
        if venue:
            return venue
    return ""


def _known_last_field(text: str) -> str:
    """The last `;`-separated field of the bracket that ends the text after a linked title,
    when it is a venue the table knows alone (`[cls, seg; [Code](url); NIPS]`: tags,
    links, then the venue); "" otherwise."""
    inside = text.rstrip()[:-1]
    inside = inside[inside.rfind("[") + 1:]
    if ";" not in inside:
        return ""
    last = inside.rsplit(";", 1)[1].strip(" `*_")
    return last if last and len(last) <= 24 and lookup(last) is not None else ""


#: A line of bracketed tags only (`[19th Nov., 2021] [MedIA Journal]`).
_TAG_LINE = re.compile(r"(?:\s*\[[^\[\]]{1,80}\])+\s*")


def _named_tag(text: str) -> str:
    """`[19th Nov., 2021] [MedIA Journal]` on a line of its own: a dated tag, then a venue's
    name in capitalised words without a year (`items.TAG_VENUE`), the venue; "" otherwise."""
    if not _TAG_LINE.fullmatch(text):
        return ""
    tags = [t.strip() for t in TAG.findall(text)]
    if len(tags) != 2 or not YEAR_GROUP.search(tags[0]) or any(ch.isdigit() for ch in tags[1]):
        return ""
    name = tags[1]
    # (capitalised words alone are no venue: `[Oral Presentation]`, `[Best Paper]`, `[Google
    # Research]` tag a paper too; a venue the table knows, or a venue's kind word, names one)
    return name if TAG_VENUE.fullmatch(name) and len(name.split()) <= VENUE_WORDS \
        and not is_resource_label(name) \
        and (lookup(name) is not None or _VENUE_KIND.search(name) is not None) else ""


def _rest_or_line_venue(rest: str) -> str:
    """The venue and year the text after a title is (`rest_venue`), or else its first line is
    (`**Title** Preprint 2023.` over the author line): the one rule `_parse_line` and
    `_split_title` ask."""
    return rest_venue(rest) or (rest_venue(rest.partition("\n")[0]) if "\n" in rest else "")


def rest_venue(rest: str, named: bool = False) -> str:
    """`AI Open 2020.`, `*arXiv, Mar 2025*`: the text after a title that is a venue and a year
    (a month before the year dropped), "" otherwise; never names (`Ann Author, Bob Writer`),
    unless the item has `named` its authors already (`Advanced Synthesis & Catalysis, March
    2019` on the line after the author line reads as two "names" but is the venue)."""
    found = _REST_VENUE.match(PRESENTED.sub("", clean_text(rest).strip(" .,;:*_[(")))
    if not found:
        return ""
    venue = MONTH_END.sub("", found.group("v")).strip(" ,")
    short = re.search(f"{_VENUE_ABBREVIATION}$", venue) if venue.endswith(")") else None
    if short is not None and lookup(known := venue[short.start():].strip(" ()")) is not None:
        # `European Conference on Computer Vision (ECCV), 2022`: the venue again, by the
        # acronym the venue table knows (its tag); one it does not know stays as written, the
        # short name readers cite it by (`Int. Conf. Virtual Reality (ICVR)`)
        venue = known
    if not named and (read_names(venue)[0] or starts_with_names(venue)):
        return ""  # `*Ann Author, Bob Writer et al.* NeurIPS 2017`: names, then the venue
    # `EMNLP 2022 MathNLP Workshop`: a workshop, findings or track after the year is the venue's
    return f"{venue} {found.group('y')}{found.group('q') or ''}" if venue else ""


#: (a venue may open with a digit: `3DV 2021.`)
_LEAD_VENUE = re.compile(rf"^(\d?[A-Za-z][\w&.\- ]{{0,40}}?\s{YEAR})")


#: A venue, a dash, then the date (`arXiv – Oct 2023`, `AAAI 25 – Mar 2025`, `arXiv - Oct 23`).
_LEAD_VENUE_DATE = re.compile(rf"^(?P<v>\d?[A-Za-z][\w&.\- ]{{0,40}}?)(?:\s+['’]?\d\d)?"
                              rf"\s+[-–—]\s+(?:{MONTH}\s+)?(?:(?P<y>{YEAR})|['’]?(?P<yy>\d\d))\b",
                              re.IGNORECASE)


#: A line opening with a year, then its first field (`2019 IJCAI, Bin Zhou, ...`, `2019,
#: Scientific Reports;`).
_YEAR_FIRST_FIELD = re.compile(rf"({YEAR})\s*,?\s*([^,;]+)")


def _capitals_venue(names: str) -> bool:
    """Whether one "person" written in capitals before a year is a venue (`IEEE TNSRE`,
    `PLOS ONE`, `ACM TMIS`): not with a lone initial, as a surname is cited (`LECUN Y`,
    `Y. LECUN`)."""
    tokens = names.split()
    return all(w.isupper() for w in tokens) and not any(len(w.strip(".,")) == 1 for w in tokens)


def _year_then_known_venue(text: str) -> str:
    """`2019 IJCAI, Bin Zhou, Shenghua Liu, ...`, `2019, Scientific Reports;`: a paragraph
    item's line that opens with the year, its first field after it a venue the table knows
    (`known_venue_alone`; a name there, `2019, Eoin Brophy, ...`, is none): that venue and
    year, "" otherwise."""
    match = _YEAR_FIRST_FIELD.match(text)
    venue = known_venue_alone(match.group(2)) if match else ""
    return f"{venue} {match.group(1)}" if match and venue else ""


def _lead_venue(text: str) -> str:
    """`arXiv 2022. [Paper]`, `arXiv – Oct 2023 [[paper](url)]`: a line of a paragraph item
    that starts with a venue and year (or a venue, a dash and the date: its month dropped)."""
    match = _LEAD_VENUE.match(text)
    if match:
        return match.group(1)
    dated = _LEAD_VENUE_DATE.match(text)
    if dated is None or not dated.group("v").strip():
        return ""
    year = dated.group("y") or str(full_year(dated.group("yy")))
    return f"{dated.group('v').strip()} {year}"


def add_venue_line(item: ParsedItem, text: str) -> bool:
    """`- ACL 2020` under the title: a line that is only a venue and a year fills what the
    item lacks; whether it read as one."""
    text = CITED_IN.sub("", clean_text(text).strip(" .*_()[]"))
    match = _VENUE_LINE.fullmatch(text)
    if not match or len(text.split()) > 6 or item.venue_tag or " et al" in text \
            or item.year not in (None, int(match.group(1))):
        return False  # (a year the item has already, `Gujarati, A., ..., 2020.` over `OSDI
        # 2020`, leaves the venue to this line; another year is another version's; `Mikolov et
        # al. ICLR. 2013.` opens with names, no venue's words)
    item.venue_raw = text
    item.venue_tag = venue_tag_of(COMMA_YEAR.sub(r" \1", text))  # `KDD, 2019`: `KDD 2019`
    item.year = int(match.group(1))
    return True


#: A child line that is a citation's tail: "In" before a capital, or arXiv, opens it.
_CITED_TAIL = re.compile(r"^(?:In\s+(?=[A-Z\d])|arXiv\b)")


def add_cited_line(item: ParsedItem, text: str) -> bool:
    """`- In Proceedings of the 18th ACM/IFIP/USENIX Middleware Conference, pp. 109-120. 2017.`,
    `- arXiv preprint arXiv:2007.05832 (2020).` under the title: a line that is a citation's
    tail (`cited_venue`) gives the venue and year the item lacks (a year alone, `In 2019 IEEE
    ... (pp. 283-292)`, its year only); whether it read as one."""
    text = clean_text(text).strip(" .*_")
    if item.venue_tag or not _CITED_TAIL.match(text):
        return False  # (cheap first)
    cited = cited_venue(text)
    dated = YEAR_GROUP.search(cited)
    if dated is None or item.year not in (None, int(dated.group(1))):
        return False
    item.year = int(dated.group(1))
    venue = re.sub(r"^In\s+", "", cited).strip()
    if venue_tag_of(venue) and not venue.startswith(dated.group(1)):
        item.venue_raw, item.venue_tag = venue, venue_tag_of(venue)
    return True


#: `ACL 2020`, `ECCV 2016 Workshops`, `2021`: a venue line (a qualifier may follow the year).
_VENUE_LINE = re.compile(rf"(?:[A-Za-z][\w&.,:\- ]{{0,80}}?\s+)?({YEAR}){YEAR_QUALIFIER}")


_DASH_YEAR_END = re.compile(rf"\s+[-–—]\s+({YEAR})\s*\.?\s*$")


#: arXiv named where the venue stands, undated: `arXiv preprint`, or its number
#: (`arXiv:1709.00513`, `arXiv 1810.08126v2`), or both (`arXiv preprint arXiv:1807.05374`).
_UNDATED_ARXIV = re.compile(rf"arXiv(?:\s+preprint)?|arXiv\s?[:.]?\s?{ARXIV_NUMBER}"
                            rf"|arXiv\s+preprint\s+arXiv\s?[:.]?\s?{ARXIV_NUMBER}",
                            re.IGNORECASE)


#: A comma and a stop typed together after a word (`Francesco Preti,. Quantum, 2024`): the
#: stop that ends the names (never punctuation a citation writes).
_COMMA_STOP = re.compile(r"(?<=\w),\.(?=\s)")
_VOLUME_FIELDS = re.compile(rf"(?:,\s*{VOLUME_WORD}[\d\-–]+)+"
                            rf"(?=\s*,\s*{YEAR}\b)", re.IGNORECASE)


#: A month and year after a venue and its year (`ACL 2019, Jun 2019`): the version's date.
_VERSION_DATE = re.compile(rf",\s*(?i:{MONTH})\s+{YEAR}\s*\.?\s*$")
_YEAR_AT_END = re.compile(rf"{YEAR}\s*$")
#: A name's last initial and its stop before capitalised words (`Grenager T. Artificial`).
_INITIAL_STOP = re.compile(r"(?<=\s)[A-Z]\.\s+(?=[A-Z])")
#: A venue's name in capitals (`EMNLP-IJCNLP`, `ACL-W`): no person's name is so written.
_UPPER_NAME = re.compile(r"[A-Z][A-Z0-9&]+(?:-[A-Z][A-Z0-9&]*)*")


#: A date to its day and nothing else (`October 16, 2025`): when, never where.
_DAY_DATE_ALONE = re.compile(DAY_DATE, re.IGNORECASE)


def _venue_before_date(item: ParsedItem, before: str, date: str) -> bool:
    """`[Title](doi), Nature Machine Intelligence *(October 16, 2025)*`: a date to its day in
    brackets is no venue (its year is the item's); the words before it are the venue when the
    table knows them or they hold a venue's word (`Nature Communications`: the rule one
    "person" before a bracketed year is read by); a kind of publication (`Preprint`) is
    none and leaves the date its raw tag. Whether it read so (other words before a date may
    be names). A venue's word among names and an affiliation (`Eve Green, Institute of
    Chemistry (May 5, 2023)`) makes no venue of them: with a comma, only the table's."""
    lowered = before.lower().split()
    kind = bool(lowered) and lowered[0].rstrip("s") in _KIND_WORDS
    if not lowered or lookup(before) is None and ("," in before or (
            not set(lowered) & VENUE_NAME_WORDS and not kind)):
        return False
    year = year_of(date)
    # (the date alone may have been read as the raw tag first: `October 16 2025`)
    if item.venue_tag in ("", venue_tag_of(date)) and item.year in (None, year):
        item.year = year
        if not kind:
            item.venue_raw = f"{before} {year}"
            item.venue_tag = venue_tag_of(item.venue_raw)
    return True


def add_names_and_venue(item: ParsedItem, text: str) -> bool:
    """Authors (and a venue and year after them) from `Ann Author, Bob Writer. *NeurIPS 2018*`,
    filling only what the item lacks; whether the text read as names."""
    if not text.strip():
        return False  # (cheap first: the text after a title's links is often only spaces)
    text = _without_end_symbols(clean_text(text))
    lead = BY.match(text)  # "by Ashish Vaswani et al.": "by" says names follow
    announced = lead is not None and "by" in lead.group(0).lower()
    text = text[lead.end():] if lead else text
    text = text.rstrip(" |")  # `Cao et al. ICRA 2024 | [github](url)`: the field ends there
    if ",." in text:
        text = _COMMA_STOP.sub(".", text)
    paren = PAREN_VENUE.search(text) if text.endswith(")") else None
    if paren and _DAY_DATE_ALONE.fullmatch(paren.group(1)) \
            and _venue_before_date(item, text[:paren.start()].strip(" ,"), paren.group(1)):
        return True
    if paren and ("," in paren.group(1) or YEAR_GROUP.search(paren.group(1))):
        # `Sang-Ki Ko, Hyedong Jung and Choongsang Cho. (Applied Sciences, 2019)`: names, then
        # the venue and year in brackets, a comma between them (not a name list's comma), or
        # none (`Jie Bao, ..., Rui Luo (COPA 2025)`)
        bracketed = rest_venue(paren.group(1), named=True)
        authors, et_al = read_names(text[:paren.start()].strip(" ,"), one_person=True)
        if bracketed and authors:
            if not item.authors:
                item.authors, item.et_al = authors, et_al
            year = year_of(bracketed)
            # `(X, Year)`: X may name who wrote it, which only the list's other items can
            # say (`title_ends.drop_affiliation_venues`); `(COPA 2025)` is written as a venue
            said = YEAR_GROUP.sub("", paren.group(1)).strip(" ,;") \
                if "," in paren.group(1) else ""
            if item.venue_tag and item.venue_tag == venue_tag_of(bracketed):
                item.names_bracket = said  # (the item's venue is this bracket's, read before)
            elif not item.venue_tag and item.year in (None, year):
                item.year = year
                item.names_bracket = said
                if not _affiliation_note(paren.group(1)):
                    item.venue_raw, item.venue_tag = bracketed, venue_tag_of(bracketed)
            return True
    if "," in text:  # `…, IEEE Robotics and Automation Magazine, Volume 18, issue 4, 2011`
        text = _VOLUME_FIELDS.sub("", text)
    text = _DASH_YEAR_END.sub(r", \1", text)  # "Alexey Dosovitskiy, Lucas Beyer - 2021"
    names, dated = split_trailing_date(text.strip(" .,"))
    if dated is not None and item.year is None and parse_authors(names)[0]:
        item.year, text = dated, names  # "Ann Author, Bob Writer. 2021.11"
    version = _VERSION_DATE.search(text)
    if version and dated is None and _YEAR_AT_END.search(text[:version.start()]):
        text = text[:version.start()]  # `Ann Author, et al., ACL 2019, Jun 2019`: the venue's
    listed = _VENUE_COMMA_YEAR_END.search(text)
    if listed and (lookup(listed.group(1)) or _UPPER_NAME.fullmatch(listed.group(1))):
        # "…, Pieter Abbeel, NeurIPS, 2020.": a known venue (or one in capitals, `EMNLP-IJCNLP`)
        text = f"{text[:listed.start()]}, {listed.group(1)} {listed.group(2)}"
    text = _GLUED_END.sub(r", \1 \2", text)  # `R. Girdhar and D. Ramanan, NIPS2017.`
    venue_after = _COMMA_VENUE.search(text)
    dated_end = None if venue_after else _END_YEAR.search(text.strip(" ."))
    names = text.strip(" .")[:dated_end.start()] if dated_end else ""
    head, comma, last = names.rpartition(",")
    stop = _INITIAL_STOP.search(last) if comma else None
    if stop is not None:
        # `Shoham Y, Powers R, Grenager T. Artificial Intelligence, 2007`: the last name ends at
        # its initial's stop, the venue's words follow it
        head, last = f"{head}, {last[:stop.start() + 2]}", last[stop.end():]
    if comma and dated_end and not NAME_STOP.search(names) and venue_words(last) \
            and count_persons(last.strip()) < 2:
        # "Zheng Wang and Michael O'Boyle, Proceedings of the IEEE, 2018": names, the venue
        # (an acronym or a venue's joining words: no person's name, `Rowan McAllister and
        # Sergey Levine, 2018` is the list's end), the year
        authors, et_al = read_names(head.strip(" ,"), one_person=True)
        if authors:
            if not item.authors:
                item.authors, item.et_al = authors, et_al
            if not item.venue_tag and item.year is None:
                item.venue_raw = f"{clean_text(last).strip()} {dated_end.group(1)}"
                item.venue_tag = venue_tag_of(item.venue_raw)
                item.year = int(dated_end.group(1))
            return True
    if dated_end and names and not NAME_STOP.search(names):
        # "Yang Song, Stefano Ermon, 2019": one sentence of names, then the year alone (two
        # names or more, the last with its given name: `Ann Author, NeurIPS, 2020` and
        # `In ACL-ECONLP, 2018` are no names; after "by", one person's name is: `by Michel
        # Tokic, 2010`)
        authors, et_al = read_names(names, one_person=announced)
        # (or an author-year citation: `Silver et al, 2017`, `Ha and Schmidhuber, 2018`)
        if authors and (authors[-1].given or et_al
                        or len(authors) == 2 and _TWO_FAMILIES.fullmatch(names.strip())):
            if not item.authors:
                item.authors, item.et_al = authors, et_al
            if item.year is None:
                item.year = int(dated_end.group(1))
            return True
    if venue_after:  # "Ann Author et al., NeurIPS 2017": names, a comma, the venue
        authors, et_al = read_names(text[:venue_after.start()], one_person=True)
        if authors:
            if not item.authors:
                item.authors, item.et_al = authors, et_al
            if not item.venue_tag and item.year is None:
                item.venue_raw = clean_text(venue_after.group(1))
                item.venue_tag = venue_tag_of(item.venue_raw)
                item.year = year_of(item.venue_raw)
            return True
    text = _ET_AL_GLUED.sub("et al. ", text)  # "Aman Madaan et al.arXiv"
    cited = ET_AL_COMMA.match(text)
    if cited and read_names(cited.group("n"))[0] and YEAR_GROUP.search(cited.group("v")):
        # "Vaswani et al., Advances in Neural Information Processing Systems 30 (2017)"
        authors, et_al = read_names(cited.group("n"))
        if not item.authors:
            item.authors, item.et_al = authors, et_al
        raw = cited_venue(clean_text(cited.group("v")))
        year = year_of(normalise_venue(raw)) if raw else None
        if not item.venue_tag and raw and item.year in (None, year):
            # (a year already read, `(2017)` at the end, is this citation's: the same one)
            item.venue_raw, item.venue_tag, item.year = raw, venue_tag_of(raw), year
        return True
    parts = re.split(r"(?<=[A-Za-z\u00c0-\u024f]{2})\.\s+", text.strip(" .,"))
    for i, part in enumerate(parts):
        authors, et_al = read_names(part, one_person=True)
        if authors:
            if not item.authors:
                item.authors, item.et_al = authors, et_al
            tail = " ".join(parts[i + 1:]).strip(" .*_")
            venue = TRAILING_VENUE.match(tail) or year_then_venue(parts[i + 1:])
            if venue and not item.venue_tag and item.year is None:
                item.venue_raw = clean_text(venue.group(0))
                item.venue_tag = normalise_venue(item.venue_raw) if venue.group(1) else ""
                item.year = int(venue.group(2))
            elif not venue and not item.venue_tag and item.year is None \
                    and _UNDATED_ARXIV.fullmatch(tail):
                # `Title. Xu, Zheng et al. arXiv:1709.00513`: arXiv (or its number) as the venue
                # of an undated item (a dated one keeps its date as the raw tag: below)
                item.venue_tag = item.venue_raw = "arXiv"
            elif not venue and not item.venue_tag and item.year is not None \
                    and VENUE_NAME.fullmatch(tail) and len(tail.split()) <= VENUE_WORDS:
                # "Yejin Bang et al. arXiv." in an item dated elsewhere (`[2023/02]`): the
                # citation's venue without a year after the names. The date stays the item's
                # raw tag (`check` compares a list's dates with its papers' arXiv months).
                item.venue_tag = clean_text(tail)
                item.venue_raw = item.venue_raw or item.venue_tag
            return True
    return False


def _affiliation_note(text: str) -> bool:
    """`Royal Holloway, UK, 2018`, `Carnegie Mellon, Stanford, Chicago, 2019`: after an author
    list, organisations and places (two or more, none a venue the table knows) then the year:
    who wrote it and when, no venue (`Applied Sciences, 2019` names one: a venue)."""
    head = YEAR_GROUP.sub("", text).strip(" ,;")
    parts = [p.strip() for p in re.split(r"[,/]", head) if p.strip()]
    return len(parts) >= 2 and affiliations(", ".join(parts)) \
        and not any(lookup(p) for p in parts)


#: Two family names joined by "and" or "&" (`Ha and Schmidhuber`): an author-year citation's.
_TWO_FAMILIES = re.compile(TWO_FAMILIES)


def _without_end_symbols(text: str) -> str:
    """`Kaifeng Bi et al., 2023 👉`: pictographs closing a line (where a link to the list's
    own anchor stood) are decoration, not part of the names or the year before them."""
    end = len(text)
    while end and (text[end - 1].isspace() or text[end - 1] == "\ufe0f"
                   or unicodedata.category(text[end - 1]) == "So"):
        end -= 1
    return text[:end]


#: The last field, after a comma, a venue's name glued to its year (`, NIPS2017.`, `,
#: CVPRW2018`): group 1 the name, group 2 the year.
_GLUED_END = re.compile(rf",\s*([A-Za-z][A-Za-z&\-]*[A-Za-z])({YEAR})\s*[.,;]?\s*$")
#: The last comma field of a link's text before its year (`, SIGMOD` of `[Title, SIGMOD,
#: 2008](pdf)`), a venue's name of a few words.
_LAST_COMMA_FIELD = re.compile(r",\s*([A-Z][^,]{1,60}?)\s*$")


def _field_closing_link_text(title: str) -> tuple[str, str, list[Author]] | None:
    """`OLTP Through the Looking Glass, and What We Found There, SIGMOD` (the link text's year
    read off already): a last comma field that names a venue, one the table knows or a name
    that says it is a venue's (`citations.venue_words`: `IEEE Data engineering Bulltin`,
    `ACM Transactions on Database Systems`) or one acronym (`SIGMOD`, `PODS`); or one person,
    given name and family name (`Atul Adya`: who wrote it, no venue). (the title before it,
    the venue or "", the person or []); None otherwise, or when no title phrase is left
    before it. Cheap first: a comma."""
    last = _LAST_COMMA_FIELD.search(title) if "," in title else None
    if last is None:
        return None
    field, before = last.group(1), title[:last.start()].strip()
    if len(before.split()) < PHRASE_WORDS \
            or any(w.lower() in ORGANISATION_WORDS for w in field.split()):
        return None  # (`, Facebook AI Research, 2017`: who made it, no venue, no person)
    if lookup(field) is not None or (venue_words(field) or " " not in field
                                     and _acronym(field)) and not read_names(field)[0]:
        return before, field, []
    person = read_names(field, one_person=True)[0] if len(field.split()) in (2, 3) else []
    if len(person) == 1 and _one_person_field(field, person[0]):
        return before, "", person
    return None


def _person_before_bar(text: str, href: str) -> tuple[str, list[Author]] | None:
    """`[Kunal Sangani | Complete Pass-Through in Levels](kunalsangani.com/files/…pdf)`: a link
    text that is one person (a given and a family name, `_one_person_field`), a bar, then a
    title phrase of PHRASE_WORDS words or more, linked to the person's own site (the family
    name in its host or in a `~user` folder): (the title, [the person]); None for any other
    text (`Title | Venue`, `Name | Name`) or link (a model's name reads as a person's too:
    `[Code Llama | Open Foundation Models for Code](arxiv)`)."""
    field, _, rest = text.partition(" | ")
    field, rest = field.strip(), rest.strip()
    if "|" in rest or len(rest.split()) < PHRASE_WORDS or len(field.split()) not in (2, 3):
        return None
    person = read_names(field, one_person=True)[0]
    if len(person) != 1 or not _one_person_field(field, person[0]) or is_name(rest) \
            or not _own_site(href, person[0].family):
        return None
    return rest, person


def _own_site(href: str, family: str) -> bool:
    """Whether a link lies on a person's own site: their family name, letters only, in its
    host (`davidoks.blog`, `kunalsangani.com`) or in a home folder (`/~sangani/`)."""
    parts = urlsplit(href.strip())
    name = "".join(ch for ch in family.lower() if ch.isalpha())
    homes = [seg for seg in parts.path.lower().split("/") if seg.startswith("~")]
    return bool(name) and any(name in place for place in [parts.netloc.lower(), *homes])


#: "et al" closing a name (`Bernhard Haeupler et al`).
_ET_AL_END = re.compile(rf"\s+{ET_AL_MARK}$")


def _names_closing_link_text(title: str) -> tuple[str, str, list[Author], bool] | None:
    """`Dynamic Programming Approach to Sequencing Problems, M. Held, R. Karp` (the link
    text's year read off already): a run of two comma fields or more that are each one
    person as an author list writes them (`_person_field`) closes the title; before the run
    one capitalised word may be the venue (`…, Econometrica, AH Land, AG Doig`), after it one
    word of capitals (`…, John D. Little et al, MIT`) or a name the venue table knows, or,
    after names written with initials, a last field without one (`…, D. Nau, V. Kumar, L.
    Kanal, Artificial Intellgience`). (the
    title, the venue or "", the persons, et al.); None unless a title phrase stays before
    them (commas inside it kept: `General branch and bound, and its relation to A* and
    AO*`)."""
    fields = [f.strip() for f in title.split(",")]
    end, venue = len(fields), ""
    if " " not in fields[-1] and _acronym(fields[-1]) or lookup(fields[-1]) is not None:
        end, venue = end - 1, fields[-1]
    start, et_al = end, False
    persons: list[Author] = []
    while start > 1 and (person := _person_field(fields[start - 1])) is not None:
        start -= 1
        persons.insert(0, person[0])
        et_al = et_al or person[1]
    if end - start < 2 and not (end - start == 1 and initialled(persons[0])
                                and _plain_name(fields[start])):
        return None  # (one person alone: with initials, `J.A. Sethian`, `IC Dolcetta`)
    if not venue and end - start >= 3 and not initialled(persons[-1]) \
            and all(initialled(p) for p in persons[:-1]):
        # `…, D. Nau, V. Kumar, L. Kanal, Artificial Intellgience, 1984`: names written with
        # initials, then a field of capitalised words without one before the year: the
        # journal, where a citation writes it
        venue = fields[end - 1]
        persons.pop()
    before = fields[:start]
    if not venue and len(before) > 1 and " " not in before[-1] and before[-1].istitle() \
            and not TOPIC_WORD.fullmatch(before[-1]) and not before[-1].endswith("ed"):
        # (a journal's one word between the title and its authors, `Econometrica`; a verb's
        # participle is the title's last word, `Title, Revisited`, `Title, Extended`)
        venue = before.pop()
    text = ", ".join(before)
    if len(text.split()) < PHRASE_WORDS or not meaningful(text):
        return None
    return text, venue, persons, et_al


def _plain_name(field: str) -> bool:
    """Whether a field names no venue: no name the venue table knows, no word of a venue's
    name (`AI Magazine`, `IT Professional` are journals, `IC Dolcetta` a person)."""
    return lookup(field) is None and not any(w.lower() in VENUE_NAME_WORDS
                                             for w in field.split())


def _person_field(field: str) -> tuple[Author, bool] | None:
    """(the person, et al.) when a comma field of an author list is one person: given and
    family name or initials (`M. Held`, `AH Land`, `Moshe Sniedovich`, `and Roberto Musmanno`,
    `Bernhard Haeupler et al`), no topic's word, no acronym of three capitals; else None."""
    text = field.removeprefix("and ").strip()
    bare = _ET_AL_END.sub("", text)
    if count_persons(bare) != 1:
        return None
    read = read_names(bare, one_person=True)[0]
    if len(read) != 1 or not read[0].given or not named_person(read[0], False) \
            or len(bare.split()) > 2 and not initialled(read[0]):
        return None
    return read[0], bare != text


def _one_person_field(field: str, person: Author) -> bool:
    """Whether a link text's last comma field is one person (`Alan Fekete`, `Michael J.
    Franklin`): a given and a family name, a third word only as an initial, no topic's word
    (`named_person`), no acronym (an organisation's words are ruled out before).
    Three capitalised words are as often the title's own last clause (`Adversarial Examples
    Are Not Bugs, They Are Features`)."""
    return bool(person.given) and named_person(person, False) and not _acronym(field) \
        and (len(field.split()) == 2 or initialled(person))


_VENUE_COMMA_YEAR_END = re.compile(rf",\s*([^,]{{1,40}}?)\s*,\s*({YEAR})\s*[.;]?\s*$")
_ET_AL_GLUED = re.compile(r"\bet\.?\s?al\.(?=[A-Za-z])")
#: A venue's name and its year written alone (`ICLR 2023`, `AI Open 2020`): one word more.
VENUE_AND_YEAR_WORDS = VENUE_WORDS + 1


def resource_label_before(text: str) -> str:
    """`Paper:`, `📄 Code:`: a resource label before a colon (NAME_BEFORE), "" otherwise."""
    named = NAME_BEFORE.match(text)
    label = re.sub(r"^\W+", "", named.group(1)) if named else ""
    return label if label and is_resource_label(label) else ""


#: A venue and its year alone before the title's link (`**NeurIPS 2021** [Title](url)`,
#: `SIGCOMM 2019, [Title](url)`).
_VENUE_HEAD = re.compile(rf"\s*([A-Za-z][\w&.\- ]{{0,40}}?\s?{_YEAR_OR_SHORT})\s*[:：|\-–—,]?\s*")


#: A venue's name in a tag: capitalised or camel-cased words (`eCOM@SIGIR`, `Front. Genet.`)
#: joined by the short words of names (`Journal of Economic Surveys`).
TAG_VENUE = re.compile(r"(?:[A-Z]|[a-z]+[A-Z@])[\w&@.'’\-]*"
                        r"(?:\s+(?:(?:of|on|for|and|in|the|&)\s+)?(?:[A-Z]|[a-z]+[A-Z@])[\w&@.'’\-]*)*")


def lead_tag_venue(tag: str) -> str:
    """The venue and year of a dated lead tag, `Venue Year` (or the year alone): the words
    beside the year (`2021 IEEE, Overview by ...`), or the comma part before or after a bare
    year (`NeurIPS, 2023, Oral`, `2018, National Science Review`), when they read as a venue's
    name (VENUE_WORDS words at most, capitalised) and not as a note on the kind of work
    (`Overview`, `Survey on ...`)."""
    parts = [clean_text(part) for part in tag.split(",")]
    at = next(i for i, part in enumerate(parts) if YEAR_GROUP.search(part))
    dated = YEAR_GROUP.search(parts[at])
    assert dated is not None
    year = dated.group(1)
    words = DATE_TAG.sub(" ", parts[at]).strip(" .;:-")
    # a bare year: the part before it (`NeurIPS, 2023, Oral`), else the one after
    # (`2018, National Science Review`)
    beside = [words] if words else [parts[i].strip(" .;:-") for i in (at - 1, at + 1)
                                     if 0 <= i < len(parts)]
    venue = next((w for w in beside if w and TAG_VENUE.fullmatch(w)
                  and len(w.split()) <= VENUE_WORDS
                  and w.split()[0].lower().rstrip("s") not in WORK_KINDS), "")
    return f"{venue} {year}".strip()


#: Bracketed tags opening a link's text (`[[DIN][KDD 18][Alibaba] Title](pdf)`).
_LINK_LEAD_TAGS = re.compile(r"(?:\s*\[[^\[\]]{1,40}\])+\s*")
#: A venue and a two-digit year in a tag (`KDD 18`, `arxiv 19`): a short year after a space
#: is read only here, where the tag holds nothing else (`Tacotron 2` is no tag).
_SHORT_DATED_TAG = re.compile(r"([A-Za-z][\w&@.\-]*(?:\s[A-Za-z][\w&@.\-]*){0,3})\s+['’]?(\d\d)")


def _tagged_link(link: Piece) -> tuple[str, str, str] | None:
    """(title, name, venue and year) of a link whose text opens with bracketed tags before a
    title phrase (`[DIN][KDD 18][Alibaba] Deep Interest Network for ...`): a tag with a year is
    the venue (`lead_tag_venue`; `Venue yy` by the one two-digit rule), an undated tag before
    it the paper's name, other tags (a company, a topic) neither; None when no tag is dated
    or no phrase of several words follows them."""
    text = link_words(link)
    tags = _LINK_LEAD_TAGS.match(text) if text[:1] == "[" else None
    if tags is None:
        return None
    title = text[tags.end():].strip()
    if len(title.split()) < 3 or not meaningful(title):
        return None
    name, venue = "", ""
    for tag in TAG.findall(tags.group(0)):
        tag = clean_text(tag)
        if venue or is_resource_label(tag):
            continue
        short = _SHORT_DATED_TAG.fullmatch(tag)
        if YEAR_GROUP.search(tag):
            venue = lead_tag_venue(tag)
        elif short and (lookup(short.group(1)) or _acronym(short.group(1))
                        or short.group(1).lower() == "arxiv"):
            venue = f"{short.group(1)} {full_year(short.group(2))}"
        elif not name and len(tag.split()) <= BRACKET_LABEL_WORDS:
            name = tag
    # (an undated label alone, `[DCN] Title (Stanford 2017)`, is template.link_text's)
    return (title, name, venue) if venue else None


#: A year alone after an emphasised venue, before the links (`*IEEE Access* 2022: `).
_YEAR_BEFORE_LINKS = re.compile(rf"\s*({YEAR})\s*[:：.,;]?\s*")
#: The separator that sets a field off from the title before it (`Title, *Venue* 2022`; a
#: citation's "in" may follow it, `Title, in *AAAI* 2023`, the comma full-width too).
_FIELD_SEP_END = re.compile(r"\s*[,;，]\s*(?:in\s+)?$|\s+[-–—|]\s*$")


def _emphasised_venue(head: list[Piece]) -> tuple[str, str] | None:
    """(title, venue and year) of `Title, *Applied Intelligence* 2022: [Paper](url)`: the
    last emphasised run before the links, a venue's name (capitalised words, VENUE_WORDS at
    most), set off from a title phrase by a separator and followed by a year alone; the
    emphasis is the list's mark that the words are the venue, however many (`*ICCV* 2021`)."""
    at = next((i for i in range(len(head) - 1, 0, -1)
               if head[i].kind == "text" and head[i].em and head[i].text.strip()), None)
    if at is None or any(p.kind != "text" for p in head):
        return None
    year = _YEAR_BEFORE_LINKS.fullmatch("".join(p.text for p in head[at + 1:]))
    before = "".join(p.text for p in head[:at])
    sep = _FIELD_SEP_END.search(before)
    venue = clean_text(head[at].text).strip()
    if year is None or sep is None or not TAG_VENUE.fullmatch(venue) \
            or len(venue.split()) > VENUE_WORDS or len(before[:sep.start()].split()) < 3:
        return None
    return before[:sep.start()], f"{venue} {year.group(1)}"


#: A citation's tail after its italic venue: the year first (after a publisher's name at
#: most), then its volume, issue and pages (`, 2014, 40(8):1537-1561.`, `. 2018;6(4):e50.`,
#: `, Springer, 2019:158-164.`).
_YEAR_THEN_PAGES = re.compile(rf"\s*[,.;，]?\s*(?:[A-Z][A-Za-z]+,\s*)?({YEAR})(?:\s*$|\s*[,;:.(])")


def _venue_before_its_year(head: list[Piece]) -> tuple[str, str]:
    """(`Venue Year`, the venue as written) of a citation that follows a bold title
    (`**Title**. Names. *Journal*, 2014, 40(8):1537-1561.`): the last italic run after the bold
    one, when the year opens what follows it (volume and pages after); ("", "") otherwise
    (italic names, an italic note)."""
    at = next((i for i in range(len(head) - 1, 0, -1)
               if head[i].kind == "text" and head[i].em and not head[i].strong
               and head[i].text.strip()), None)
    if at is None or not any(p.strong for p in head[:at]):
        return "", ""
    dated = _YEAR_THEN_PAGES.match("".join(p.text for p in head[at + 1:] if p.kind == "text"))
    start = at
    while start > 0 and (head[start - 1].kind == "break" or head[start - 1].kind == "text"
                         and head[start - 1].em and not head[start - 1].strong):
        start -= 1  # (`*Ann Author, …,⏎Bob Writer.* 2009.`: one italic run over two lines)
    venue = re.sub(r"^In\s+", "", clean_text(" ".join(
        p.text for p in head[start:at + 1] if p.kind == "text")).strip(" ,.;"))
    if dated is None or not venue or len(venue.split()) > VENUE_AND_YEAR_WORDS * 2 \
            or read_names(venue)[0]:
        return "", ""
    return f"{venue} {dated.group(1)}", head[at].text


def _plain_title_after(text: str, mask: list[bool], label: re.Match[str]) -> bool:
    """`[DQN] Playing Atari with Deep Reinforcement Learning [2013.12]`: nothing bold, a
    space, then a title phrase (up to the next bracket) after the bracketed label."""
    rest = text[label.end():].split("[", 1)[0]
    return not any(mask) and text[label.end() - 1:label.end()].isspace() \
        and len(rest.split()) >= 3 and meaningful(rest)


def _short_name_before_bold(text: str, mask: list[bool],
                            venue: str) -> re.Match[str] | None:
    """`(Poly-encoder) **Title**`: the match of a short name in parentheses (no date, not
    bold, no venue the table knows, no kind of resource) that opens an item whose next words
    are bold; None for any other item. Cheap first: the item opens with a parenthesis."""
    if venue or text.lstrip()[:1] != "(":
        return None
    paren = _PAREN_VENUE_NAME.match(text)
    if paren is None or any(mask[:paren.end()]) or not _bold_next(text, mask, paren.end()):
        return None
    label = paren.group(1).strip()
    if len(label.split()) > BRACKET_LABEL_WORDS or lookup(label) is not None \
            or is_resource_label(label):
        return None
    return paren


#: `(Journal of Computational Science) ` before a title's link: a name in parentheses, no date.
_PAREN_VENUE_NAME = re.compile(r"\s*\(([A-Z][^()\d]{1,80})\)\s*")
#: Words of a bracketed name before a title's link.
_PAREN_VENUE_WORDS = 8


def _venue_name(text: str) -> bool:
    """Whether a name in parentheses before a title's link reads as a venue's: a venue the
    table knows (`WWW`, `Scientific Reports`), or capitalised words with a word of a venue's
    name (`Transactions on Big Data`, `Artificial Intelligence Review`) or abbreviated as
    journals are (`Phys. Rev. E`); not a name the table does not know (`(Non-holomomic
    ORCA)`, `(Google)`: a method, a maker), nor a kind of work, a presentation, a language or
    an organisation (`(Survey)`, `(Oral)`); nor a field's name, a topic's as much as a
    venue's (`(Natural Language Processing)`, `(Computer Science)`): a word of a venue's form
    (`VENUE_FORM_WORDS`: Journal, Transactions, Review, Letters) marks a venue."""
    if lookup(text) is not None:
        return True
    tokens = text.split()
    lowered = {w.lower().strip(".,") for w in tokens}
    if len(tokens) < 2 or len(tokens) > _PAREN_VENUE_WORDS \
            or lowered & (PRESENTATION_WORDS | ORGANISATION_WORDS | NON_PAPER_KINDS
                          | LANGUAGE_NOTES | WORK_KINDS - VENUE_NAME_WORDS):
        return False
    return all(w[:1].isupper() or w in SKIP_WORDS for w in tokens) \
        and (bool(lowered & VENUE_FORM_WORDS) or sum(w.endswith(".") for w in tokens) >= 2)


def _bold_next(text: str, mask: list[bool], start: int) -> bool:
    """Whether the first letter or digit of `text` from `start` on is bold."""
    return next((mask[i] for i in range(start, len(text)) if text[i].isalnum()), False)


#: A label in brackets before a bold title has at most this many words.
BRACKET_LABEL_WORDS = 4
#: `(BOOK)`, `(SURVEY)`: an upper-case word in parentheses before the title (no digits: a
#: dated lead is a venue tag, read above).
_KIND_LABEL = re.compile(r"^\s*\(([A-Z][A-Z&\-]{1,15})\)\s*")


@dataclass
class _Work:
    """A paper an item names inside its text (`_named_work`), with what surrounds it."""

    title: str
    link: Piece | None = None  # the paper's own link, when the title is one
    venue: str = ""
    authors: list[Author] = field(default_factory=list)
    et_al: bool = False


#: Words that introduce the paper an item names (`the paper "Title"`, `Paper: "Title"`, `from
#: paper [Title](url)`), just before it.
_PAPER_CUE = re.compile(r"\bpaper\s*[:：]?\s*$", re.IGNORECASE)
_QUOTED_SPAN = re.compile(r"[\"“]\s*(?P<t>[^\"“”\x00]{8,}?)\s*[\"”]")
_LINK_MARK = "\x00"
_COLON_REST = re.compile(rf"\s*[:：]\s*(?P<t>[^{_LINK_MARK}]+)")


#: The words that say where a paper appears (`Title to appear in ICSE 2022`).
_APPEARS = re.compile(rf"\s+{APPEARS_IN}\s+", re.IGNORECASE)


def _named_work(tail: list[Piece], name: str) -> _Work | None:
    """The paper named on the line of an item titled by its first link (`name`): a quoted
    phrase (`[AnswerBot](github), Replication package of the paper "AnswerBot: ...", ESEC/FSE
    2019`), a later link (`[PyCodeGPT](github), from paper [CERT: ...](arxiv)`) or a sentence
    that starts with the name and a colon (`[Chatbot4QR](url). Chatbot4QR: Interactive Query
    Refinement for ... [paper](url)`, when the line links the paper). Evidence, not
    position: a quoted or linked phrase counts when the list introduces it as the paper
    (`paper "..."`) or when the linked text is only a name (fewer than PHRASE_WORDS words) and
    the phrase is no name, and names and a venue beside a quoted title are read as a
    citation's. None otherwise."""
    if paper_itself(tail[0].href):
        # a name or title linking a paper itself is that paper: `[ResNet](arxiv) - extends
        # the paper "Highway Networks"` names another work, never its title
        return None
    line: list[Piece] = []
    for p in tail[1:]:
        if p.kind == "break":
            break
        line.append(p)
    text = "".join(_LINK_MARK if p.kind == "link" else p.text for p in line if p.kind != "image")
    if not text.strip(f" {_LINK_MARK}"):
        return None
    named_only = is_name(name)
    start = text.lstrip(" ,.;:–—-")
    lead = _COLON_REST.match(start[len(name):]) \
        if named_only and start[:len(name)].lower() == name.lower() else None
    if lead and any(p.kind == "link" and link_words(p).strip("[]() ").lower() in PAPER_LABELS
                    for p in line):
        # (and the line links the paper, `[paper](url)`: a title with only its repository
        # names no paper of the list's)
        sentence = re.split(r"(?<=[a-z)]{2})\.(?:\s|$)", lead.group("t"))[0]
        title = clean_title(f"{name}: {sentence}")
        if not is_name(sentence):
            return _Work(title)
    at = text.lower().find(f" {name.lower()}:") if named_only else -1
    appearing = _COLON_REST.match(text[at + 1 + len(name):]) if at >= 0 else None
    if appearing:
        # `[Toga](github). ... the replication artifact for TOGA: A Neural Method for Test
        # Oracle Generation to appear in ICSE 2022.`: the name and its title inside a sentence,
        # then where it appears (a venue and a year: without them, no paper is named)
        sentence = re.split(r"(?<=[a-z)]{2})\.(?:\s|$)", appearing.group("t"))[0]
        where = _APPEARS.search(sentence)
        title_part = sentence[:where.start()] if where else ""
        venue = cited_venue(clean_text(sentence[where.end():])) if where else ""
        if venue and not venue.isdigit() and not is_name(title_part):
            return _Work(clean_title(f"{text[at + 1:at + 1 + len(name)]}: {title_part}"),
                         venue=venue)
    if not named_only and "paper" not in text.lower():
        return None  # (no cue and no short name: nothing here names another work)
    quoted = _QUOTED_SPAN.search(text)
    cued = bool(quoted and _PAPER_CUE.search(text[:quoted.start()]))
    if quoted and not is_name(quoted.group("t")) and (named_only or cued):
        work = _Work(clean_title(quoted.group("t")))
        before = text[:quoted.start()].split(_LINK_MARK)[-1].rstrip()
        if before.endswith(","):  # `Code Search Dataset from FaceBook: H. Li, S. Kim, ...,`
            names = re.split(r"[:：]", before)[-1]
            work.authors, work.et_al = read_names(names.rstrip(" ,"), one_person=True)
        rest = clean_text(text[quoted.end():].split(_LINK_MARK)[0])
        work.venue = cited_venue(rest)
        undated = rest.strip(" .,;")
        if not work.venue and undated and len(undated) <= 40 and (
                lookup(undated) or " " not in undated and _acronym(undated)):
            # `"Title", ASE, [Paper](url)`: a venue the table knows, or an acronym alone
            work.venue = undated
        by = re.match(r"^[\s,.;]*by\s+(?P<n>.+?)[\s.]*$", rest, re.IGNORECASE)
        if by and not work.authors:  # `"Title" by Oscar Chaparro, Juan Manuel Florez, ...`
            work.authors, work.et_al = read_names(by.group("n"), one_person=True)
        # (uncued, a quote beside a name is a paper only read as a citation: names or a venue
        # around it; `[Tool](url), a library for "fast and simple tokenising"` is a slogan)
        return work if cued or work.authors or work.venue else None
    links = [i for i, p in enumerate(line) if p.kind == "link"]
    for i in links:
        words = link_words(line[i])
        before = "".join(p.text for p in line[:i] if p.kind == "text")
        if not is_name(words) and not is_resource_label(words) and _PAPER_CUE.search(before):
            return _Work(clean_title(words), link=line[i])
    papers = [i for i in links if paper_link(line[i].href)] if named_only else []
    if len(papers) == 1 and _own_field_phrase(line, papers[0]):
        # `[SCENIC](github) - [R] - SCENIC is an R package … [SCENIC: single-cell regulatory
        # network inference and clustering](nature.com/articles/…)`: a name linking its code,
        # and on its line one link to a paper's page (a publisher's, a preprint server's),
        # a phrase opening its own sentence or field: the paper the named work is published in
        return _Work(clean_title(link_words(line[papers[0]])), link=line[papers[0]])
    return None


#: What sets a link off as a field or sentence of its own: a stop or a separator before it.
_FIELD_OPENS = (".", "-", "–", "—", ":", "|", ")")
#: Words that say where a work was published, just before it (`… introduced in [Title](url)`).
_PUBLISHED_IN = r"\b(?:introduced|described|presented|published|proposed)\s+in"
_PUBLISHED_CUE = re.compile(_PUBLISHED_IN + "$", re.IGNORECASE)
#: The same words opening a link's own text (`[Published in Genome Biology](url)`): where,
#: not what.
_PUBLISHED_LEAD = re.compile(_PUBLISHED_IN, re.IGNORECASE)


def _own_field_phrase(line: list[Piece], at: int) -> bool:
    """Whether the link at `at` is a title phrase (no name, no label) standing as a field or
    sentence of its own (`… datasets. [Title](url)`, `- [R] - [Title](url)`) or after words
    that say where a work was published (`introduced in [Title](url)`): not words inside a
    sentence (`a version of the [BERT language model](url)`, `suggested by [Hunsberger and
    Eliasmith (2016)](url)`)."""
    words = link_words(line[at])
    if is_name(words) or is_resource_label(words):
        return False
    if len(words.split()) < PHRASE_WORDS or YEAR_GROUP.search(words) or lookup(words) \
            or _PUBLISHED_LEAD.match(words):
        return False  # (where it was published, no title: `[Nat Commun 2018](doi)`,
        # `[Nature Methods](url)`, `[Published in Genome Biology](url)`)
    before = "".join(p.text for p in line[:at] if p.kind == "text").rstrip()
    return not before or before.endswith(_FIELD_OPENS) or _PUBLISHED_CUE.search(before) is not None


#: What follows a labelled link: a separator, maybe a year in parentheses, then the rest.
_AFTER_LABEL = re.compile(rf"^\s*(?:[:：]|[-–—])\s*(?:\((?P<y>{YEAR})\)\s*)?(?P<t>.+)$")
#: The same after a labelled link wrapped in parentheses (`([paper](url)) Title`): the
#: closing parenthesis separates the label from the title.
_AFTER_WRAPPED_LABEL = re.compile(
    rf"^\s*\)\s*(?:[:：]|[-–—])?\s*(?:\((?P<y>{YEAR})\)\s*)?(?P<t>.+)$")


def _title_after_label(tail: list[Piece], wrapped: bool = False) -> tuple[str, int | None] | None:
    """(title, year) from `[Paper](url): Title`, `[PDF](url) - Title`, `[:bookmark_tabs:
    Publication](url): (2020) Title`, `[2015](pdf) - **Facebook** - Title`: a link labelled as
    the paper (`core.vocab.PAPER_LABELS`), or one to the paper's file labelled by its year
    alone (a maker's name of two words at most before the title is dropped), followed on its
    line by a phrase (PHRASE_WORDS words or more),
    the paper's title; None otherwise (`[spaCy](url): Industrial-strength NLP` is a name and a
    description; `[Slides](url): (2021) Title` is slides of that work, not the paper).
    `wrapped`: the text before the link opens a parenthesis (`[SoCS 2019] ([paper](url))
    Title`), which the text after it closes before the title."""
    label = link_words(tail[0]).strip("[]() ")
    # (`[2015](pdf) - **Facebook** - Title.`: a year is no title; the paper's file dated)
    dated = YEAR_GROUP.fullmatch(label) if paper_itself(tail[0].href) else None
    if label.lower() not in PAPER_LABELS and dated is None:
        return None
    text = ""
    for p in tail[1:]:
        if p.kind in ("link", "break"):
            break
        text += p.text if p.kind == "text" else ""
    after = (_AFTER_WRAPPED_LABEL if wrapped else _AFTER_LABEL).match(clean_text(text))
    if not after or is_name(after.group("t")):
        return None
    title = after.group("t")
    if dated is not None:
        maker, dash, rest = title.partition(" - ")
        if dash and len(maker.split()) <= 2 and len(LETTER_WORD.findall(rest)) >= PHRASE_WORDS:
            title = rest  # (who made it, a lab's or a company's name, then the title)
        if len(LETTER_WORD.findall(title)) < PHRASE_WORDS:
            return None
        return clean_title(title), int(dated.group(1))
    year = int(after.group("y")) if after.group("y") else None
    return clean_title(title), year


#: The sentences after such a link: its stop, then the title, maybe the venue's sentence.
_SENTENCES_AFTER_KEY = re.compile(r"^\.\s+(?P<t>[A-Z\d].*?)\.?\s*$")
#: The same after a link naming who without when: a stop or spaces, then the title.
_SENTENCES_AFTER_NAMES = re.compile(r"^\.?\s*(?P<t>[A-Z\d].*?)\.?\s*$")


def _title_after_key(tail: list[Piece]) -> tuple[str, int | None, list[Author], str] | None:
    """(title, year, authors, venue) from `[Esteva et al. 2017](url). Title. <em>Journal</em>.`:
    a link whose text is an author-year label (who and when, no title word), then, as the
    line's next sentence, the title, then maybe the venue's name as the last sentence (a name
    the table knows or reads as a venue's); None otherwise (`[CVPR 2017](url). Title` labels a
    venue; `[BERT](url). Note` a name). A label of who alone (`[Van Deynze et al.](url)
    Title`, a journal club's, `names_label`) is one too, its title a phrase of
    PHRASE_WORDS letter-words or more."""
    label = link_words(tail[0])
    who = author_year_label(label)
    named = names_label(label) if who is None else None
    if who is None and named is None:
        return None
    authors, year = who if who is not None else (named[0] if named else [], None)
    text = ""
    for p in tail[1:]:
        if p.kind != "text":
            break
        text += p.text
    after = (_SENTENCES_AFTER_KEY if who is not None else _SENTENCES_AFTER_NAMES).match(
        clean_text(text))
    if after is None or not authors \
            or named is not None and len(LETTER_WORD.findall(after.group("t"))) < PHRASE_WORDS:
        return None
    title, stop, venue = after.group("t").rpartition(". ")
    if not stop or not (lookup(venue) is not None or italic_venue(venue)) \
            or len(title.split()) < 2:
        title, venue = after.group("t"), ""
    return (clean_title(title), year, authors, venue) if len(title.split()) >= 2 else None


#: A lone field before the title's link (`NeurIPS | `): a word or two, then a separator.
_LEAD_FIELD = re.compile(r"\s*([A-Za-z][\w&@\-]*(?:\s[A-Za-z][\w&@\-]*)?)\s*[|:\-–—]\s*")
#: The last field of pipe-separated fields before the links (`Title | NeurIPS | `): a name of
#: a word or two.
_PIPED_VENUE = re.compile(r"\s\|\s+([A-Za-z][\w&@\-]*(?:\s[A-Za-z][\w&@\-]*)?)\s*\|?\s*$")


#: A date in parentheses or brackets ending a title (`DATE_IN`).
_DATE_END = re.compile(rf"\s*{DATE_IN}$", re.IGNORECASE)


#: A year alone as one of the dash-separated fields after a title (`**Title** - **2018** -
#: *Names* - journal`).
_DASHED_YEAR = re.compile(rf"(?:^|\s)[-–—]\s+({YEAR})\s+[-–—](?:\s|$)")
#: A year alone after a title (`**Title**, 2015`).
_YEAR_ALONE = re.compile(rf"[\s,.;:]*({YEAR})[\s.,;[(]*")


#: A bracketed label, then words: a text that goes on after its label (`[Code] Learning Deep
#: Features ...`), not a label alone (`[pdf]`, `[Paper] [Code]`).
_LABEL_THEN_WORDS = re.compile(r"\[[^\[\]]*\]\s*[^\W_]")


def label_year(label: str, pieces: list[Piece]) -> int | None:
    """The year a leading label writes: a year alone (`[2016]. Title`), or an arXiv
    year-month (`[1705]. Title`) where the item links an arXiv id that opens with it (the
    id says the four digits are its month, not a number of the list's own)."""
    if YEAR_GROUP.fullmatch(label):
        return int(label)
    return arxiv_month_year(label, pieces)


def arxiv_month_year(digits: str, pieces: list[Piece], written_arxiv: bool = False) -> int | None:
    """The year of four digits written as an arXiv year-month (`1705` -> 2017) where the item
    links an arXiv id that opens with them, or, after the word arXiv (`written_arxiv`), where
    they cannot be a year of arXiv's (`1812`, `1912`: before ARXIV_OPENED); else None."""
    month = year_month_year(digits)
    if month is None:
        return None
    if written_arxiv and not (YEAR_GROUP.fullmatch(digits) and int(digits) >= ARXIV_OPENED):
        return month
    return month if any(p.kind == "link" and arxiv_id(p.href)[0].startswith(digits + ".")
                        for p in pieces) else None


def _named_citation(text: str, mask: list[bool], after: str) -> ParsedItem | None:
    """`**[DCNN]** Atwood J, Towsley D (2016) Title. In: Venue`: a bold bracketed name (no
    date in it: `[CVPR 2016]` is a venue) before a whole citation is the work's name, no
    word of the citation; the citation (names and a year read) is the item, else None."""
    label = _BRACKET_VENUE.match(text)
    if label is None or not all(mask[label.start(1):label.end(1)]) \
            or find_year(label.group(1)):
        return None
    cited = citation(text[label.end():], mask[label.end():], after)
    if cited is None or not cited.authors or cited.year is None:
        return None
    cited.name = clean_text(label.group(1))
    return cited


def _labelled_citation(text: str, mask: list[bool], after: str) -> ParsedItem | None:
    """`**Poisson + VI**: Hirvonen, K., & Hoddinott, J. (2017). Title. *Journal*, 48(4).`: a
    short label before a colon (a method, topic or role the list names, `Application to
    SNN:`), then a whole citation, names and their year written as a citation writes them:
    the citation is the item, the label no word of it; else None. A citation that quotes its
    title (`**Turing machine, from an easier proof for Gödel's theorem**: Alan Turing. "On
    Computable Numbers, …" (1936)`) may follow a label of any length the list sets wholly in
    bold: names, the quotes and a year set the citation off from the label."""
    label = _LABEL_BEFORE_COLON.match(text)
    short = label is not None and len(label.group(1).split()) <= LABEL_WORDS
    end = label.end() if label is not None and short else _bold_label_end(text, mask)
    if end is None or "(" not in text:
        return None  # (cheap first: a citation's year is in a bracket)
    quoted = any(q in text[end:] for q in "\"“")
    if ", " not in text[end:end + 40] and not quoted:
        return None  # (cheap first: a citation's names hold a comma, or it quotes its title)
    cited = citation(text[end:], mask[end:], after)
    if cited is None or not cited.authors or cited.year is None:
        return None
    if cited.shape.startswith("citation: authors (year)"):
        return cited if len(cited.title.split()) >= PHRASE_WORDS else None
    if quoted and cited.shape in _QUOTED_CITATIONS and (short or not _titled_label(
            text[:end], cited.title)):
        # (names, a quoted title and a year: `Alan Turing. "Title" (1936)`, a citation
        # whatever tags follow its quotes)
        cited.shape = QUOTED_CITATION
        return cited
    return None


def _titled_label(label: str, quoted: str) -> bool:
    """Whether a long bold label before names and a quoted title is the paper's own title, the
    quoted words a nickname or a note on it (`**Sequence to Sequence Learning with Neural
    Networks**: Sutskever, …. "seq2seq" (2014)`): the label in title case, the quotes
    holding fewer words. A topic's label is written as a sentence (`**type systems,
    foundation for functional languages**: Robin Milner. "A Theory of …" (1977)`), or
    shorter than the title it labels (`**AlexNet, GPU for DNN Training**: …)."""
    said = label.strip(" :：*")
    return title_cased(said) and len(quoted.split()) < len(said.split())


#: The shape of a citation after a label that quotes its title, names before it, a year after.
QUOTED_CITATION = "citation: names, quoted title (year)"
#: The shapes `citation` gives a citation whose title is in quotes.
_QUOTED_CITATIONS = ("citation: quoted title", "quoted title, bracketed tags")
#: A colon closing a bold label, inside the bold or right after it (`**Lambda calculus**: `,
#: `**Lambda calculus:** `).
_LABEL_COLON = re.compile(r"\s*[:：]\s*")


def _bold_label_end(text: str, mask: list[bool]) -> int | None:
    """Where the text after a wholly bold label that opens `text` and ends with a colon
    starts (`**Boolean logic**: `, `**An automatic machine …?**:`); None when the text opens
    with no bold run, or the run holds a quote (a quoted title set in bold) or is not closed
    by a colon."""
    if mask[:1] != [True]:
        return None
    run = mask.index(False) if False in mask else len(mask)
    if run > 160 or any(q in text[:run] for q in "\"“”"):
        return None
    colon = _LABEL_COLON.match(text, run - 1) if text[run - 1:run] in ":：" \
        else _LABEL_COLON.match(text, run)
    return colon.end() if colon is not None and colon.end() < len(text) else None


def _citation_after_lead(text: str, mask: list[bool], after: str) -> ParsedItem | None:
    """The whole citation after a lead (a year field, `2021 | `), maybe behind a short label
    (`Application to SNN: Names (2021). Title.`): names and the rest; else None. (A title
    shorter than a phrase, `Proximal backpropagation`, is set off by the citation's form.)"""
    cited = citation(text, mask, after)
    if cited is None and ":" in text[:44]:
        return _labelled_citation(text, mask, after)
    return cited if cited is not None and cited.authors else None


#: A linkless item opened by its quoted title, then a dash and what the list says of it
#: (`"Title" - IEEE document 10170563`, `"Title" - Gustavsson et al., 2011`).
_QUOTED_THEN_NOTE = re.compile(r"\s*[\"“](?P<t>[^\"“”]{8,}?)[,.]?[\"”]\s*[-–—]\s+(?P<r>\S.*?)\s*")


def _quoted_title_then_note(text: str) -> ParsedItem | None:
    """A linkless line of a quoted title phrase, a dash, then the paper's IEEE Xplore record
    number (`written_ieee_document`: its link, no venue or year written) or an author-year
    citation (`Gustavsson et al., 2011`: who and when, no venue); None for anything else
    after the dash (a note, a venue: other readers')."""
    quoted = _QUOTED_THEN_NOTE.fullmatch(text)
    if quoted is None or is_name(quoted.group("t")):
        return None
    item = ParsedItem(title=clean_title(quoted.group("t")), shape="quoted title - its record")
    rest = quoted.group("r")
    record = written_ieee_document(rest)
    cited = None if record else _ET_AL_YEAR.fullmatch(rest)
    if cited is not None and read_names(cited.group(1))[0]:
        item.authors, item.et_al = read_names(cited.group(1))
        item.year = int(cited.group(2))
    elif cited is not None or not record.endswith(f"/{rest.split()[-1]}"):
        return None  # (the record's number alone after the dash, nothing else)
    return item


def _cited_opening(text: str) -> bool:
    """Whether a link's text may open with a citation's names (cheap first, before
    `link_citation` reads it): a comma among its first words, or two names joined by "and"
    before a quoted title (`[Marten van Schijndel and Tal Linzen. "Title" In _Venue_. 2019.]`)
    or opening with an initial (`[F. Lu and E. Milios. Title. Autonomous Robots, 1997]`)."""
    return "," in text[:40] or " and " in text[:40] and (
        '. "' in text or ". “" in text or text[1:3] == ". " and text[:1].isupper())


def _note_before_title_link(head: list[Piece], link: Piece) -> bool:
    """Whether an item opens with a note set off in italics (and nothing else) before a link
    whose text is a title phrase of its own (several words, no name, no resource label,
    not a link to code or a video): the link names the paper, the note says why it is
    listed. Cheap first: the lead is italic."""
    shown = [p for p in head if p.kind != "text" or p.text.strip()]
    if not shown or any(p.kind != "text" or not p.em or p.strong for p in shown) \
            or link.strong or link.em or not link.href.strip():
        return False  # (`[Title]()`: a link to nothing is read as the item was)
    text = link_words(link).strip()
    if read_names("".join(p.text for p in shown).strip(" ,.:"))[0]:
        return False  # (`*He et al.* [Title](url)`: the italic lead names the authors, two or
        # more or one with "et al." (one name alone reads as a note too easily: `*RAGS
        # Microsoft SQL Server*`))
    return len(text.split()) >= PHRASE_WORDS and not is_name(text) \
        and not is_resource_label(text) and not code_or_video_link(link.href) \
        and not repository_home(link.href)


#: A phrase after a linked name, up to the bracketed venue and date that close the item
#: (`Neural General Circulation Models. (arxiv, 11/2023)`): the phrase opens in capitals, holds
#: no bracket, and ends at a full stop or comma (or nothing) before the bracket, whose date
#: ends in a year.
_PHRASE_BEFORE_DATE = re.compile(rf" ([A-Z][^()\[\]|]*?)[.,]? *(?=\([^()]*{YEAR}\)\s*$)")


def _title_after_linked_name(tail: list[Piece]) -> tuple[str, list[Piece]] | None:
    """`[NeuralGCM](arxiv) Neural General Circulation Models. (arxiv, 11/2023)`: a link whose
    text is one word (a name) followed, set off by a space only, by a phrase of words of its
    own and the bracketed venue and date closing the line: two pieces of evidence that the
    name labels the paper the phrase titles (a name then `- description` or `: subtitle` is
    read as it was). The phrase and the tail left after it (the date), else None. Cheap
    first: a space, then a capital, right after the link."""
    if len(tail) < 2 or tail[1].kind != "text" or tail[1].text[:1] != " " \
            or not tail[1].text[1:2].isupper():
        return None
    upto = next((i for i, p in enumerate(tail[1:], 1) if p.kind not in ("text", "break")),
                len(tail))
    line = "".join(p.text for p in tail[1:upto]).replace("\n", " ")
    found = _PHRASE_BEFORE_DATE.match(line)
    if found is None:
        return None
    phrase = clean_text(found.group(1))
    if len(phrase.split()) < PHRASE_WORDS or is_name(phrase) or read_names(phrase)[0]:
        return None
    return phrase, [tail[0], Piece("text", " " + line[found.end():]), *tail[upto:]]


def _subtitle_after_link(tail: list[Piece]) -> str:
    """`[Upgrading HTTPS in Mid-Air](pdf): An Empirical Study of Strict Transport Security
    and Key Pinning (Michael Kranch and Joseph Bonneau, 2015)`: the subtitle a title link's
    text leaves to the words after it (a colon right after the link, a phrase in title case,
    then the citation's closing names and year in parentheses ending the line); "" for any
    other item. Cheap first: a colon right after the link."""
    after = tail[1] if len(tail) > 1 else None
    if after is None or after.kind != "text" or not after.text.startswith(": ") \
            or ":" in link_words(tail[0]) or len(tail) > 2 and not tail[2].newline:
        return ""
    line = after.text.split("\n", 1)[0].strip()
    opened = line.rfind(" (")
    year = YEAR_GROUP.search(line, opened) if opened >= 0 and line.endswith(")") else None
    names = line[opened + 2:year.start()].rstrip() if year is not None else ""
    if not names.endswith(",") or lookup(names.rstrip(" ,")) is not None:
        # (`: Kaiming He, Xiangyu Zhang (2016)`, `: Best Paper Award (CVPR 2016)`: without
        # names before the year in the brackets the words after the colon are the names or a
        # note, no subtitle)
        return ""
    phrase = line[1:opened].strip()
    said = phrase.split()
    if len(said) < 2 or any(w[:1].islower() for w in said if len(w) > 3) \
            or not all(w[:1].isalnum() for w in said) or "et al" in phrase:
        return ""  # (`: Chromium info, link to preload list`: a note, no subtitle)
    return phrase


#: One person written by a given and a family name, capitalised words (`Mike Burrows`).
_GIVEN_FAMILY = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?\s[A-Z][a-z]*['’]?[A-Z]?[a-z]+")


def _title_then_names(text: str) -> ParsedItem | None:
    """`- Spanner: Google’s Globally-Distributed Database ~ Corbett et al.`, `- Title - Mike
    Burrows`: a linkless item of a title phrase, one spaced dash or tilde, then its authors'
    names and nothing else, a citation without venue or year (alone it proves nothing;
    collect: among its heading's citations it is one). Names are two persons or more, or
    "et al.", or one person of a given and a family name (`_GIVEN_FAMILY`), and no family
    name is a topic's word nor any a body's (`Deep Learning`, `Data Science Bowl` name no
    one); a title that reads as names is none."""
    parts = NAMES_DASH.split(text.strip())
    if len(parts) != 2:
        return None
    title, names = parts[0].strip(), parts[1].strip(" .")
    authors, et_al = read_names(names, one_person=True)
    if not authors or body_name(names) or any(TOPIC_WORD.fullmatch(a.family) for a in authors):
        return None  # (`Revisiting Data Fidelity and Regularization`: a subtitle)
    if len(authors) == 1 and not et_al and not _GIVEN_FAMILY.fullmatch(names):
        return None  # (`OK Computer`: no person)
    if len(title.split()) < PHRASE_WORDS or read_names(title)[0] or is_name(title):
        return None
    item = ParsedItem(title=clean_title(title), shape="citation: title - names")
    item.authors, item.et_al = authors, et_al
    return item


def _parse_line(pieces: list[Piece]) -> ParsedItem:
    item = ParsedItem()
    first_link = next((i for i, p in enumerate(pieces) if p.kind == "link"), len(pieces))
    head, tail = pieces[:first_link], pieces[first_link:]
    if head and tail and _note_before_title_link(head, tail[0]):
        # `*  *Generate data regarding the query constraints*  [QAGen: Generating Query-Aware
        # Test Databases](acm)`: the italic lead is the list's note on the paper; the item
        # is read from its link on
        return _parse_line(tail)
    text, mask = _runs(head)
    checked = _TASK_MARK.match(text)
    if checked:  # "+ [x] **[1]** Names. [Title](url)": a task list's box, rendered, no words
        text, mask = text[checked.end():], mask[checked.end():]
    number = _CITE_NUMBER.match(text)
    labelled: int | None = None  # the year a leading label writes (`label_year`)
    if number:  # "[12] LeCun, Yann, ..." (a reference number, not a venue)
        # (`[1705]. Concrete Dropout - [[arxiv](…/1705.07832)]`, `[2016]. Title`: a date in
        # its place, no reference number: an arXiv year-month the item's id opens with, or
        # a year)
        labelled = label_year(number.group(0).strip(" .[]"), pieces)
        text, mask = text[number.end():], mask[number.end():]
    labelled_title = _title_after_field_label(head, pieces) \
        if not number and not checked and mask[:1] == [True] else None
    if labelled_title is not None:
        return labelled_title
    after_text = "".join(p.text if p.kind == "text" else " " for p in tail if p.kind != "link")
    dated_lead = _YEAR_THEN_WORDS.match(text) if text[:1].isdigit() else None
    if dated_lead is None and text[:1].isdigit() \
            and (fielded := _YEAR_FIELD_THEN_WORDS.match(text)) is not None:
        # `* 2017 | Scellier, B., & Bengio, Y. (2017). Title. Journal, 11, 24.`: a year field,
        # then a whole citation that writes the same year: the lead is the citation's date
        cited = _citation_after_lead(text[fielded.end():], mask[fielded.end():], after_text)
        if cited is not None and cited.year == int(fielded.group(1)):
            cited.links = item_links(pieces, None)
            return cited
    if dated_lead is not None:
        # `* 1991 R. Cytron, ... Title. ACM TOPLAS 13, 4 (October 1991)`: the year written
        # first, then a whole citation: the year is the paper's, no word of the citation
        cited = citation(text[dated_lead.end():], mask[dated_lead.end():], after_text)
        if cited is None and first_link == len(pieces):
            # `* 1994 Single-Pass Generation of ... Languages, Brandis and Mössenböck` (or
            # `Title, 2000, Names`): the title, then its names, the year written first
            cited = ParsedItem(title=clean_title(_YEAR_FIELD.sub(
                ",", clean_text(text[dated_lead.end():]))), shape="citation: year title, names")
            trailing_names(cited, year_beside=True)
        if cited is not None and cited.authors and len(cited.title.split()) >= PHRASE_WORDS:
            if cited.year is None:
                cited.year = int(dated_lead.group(1))
            cited.links = item_links(pieces, None)
            return cited
    close = text.find("]", 2, 48) if text[:1] == "[" else -1  # (cheap first: `[Name2022]`)
    cited = keyed_citation(text, after_text) \
        if close > 0 and text[close - 1].isdigit() and " " not in text[:close] else None
    if cited is None:
        cited = citation(text, mask, after_text)
    if cited is None and not tail and (" ~ " in text or " - " in text or " – " in text
                                       or " — " in text):  # (cheap first: a spaced separator)
        cited = _title_then_names(text)
    if cited is None and close > 0 and mask[1:2] == [True]:
        cited = _named_citation(text, mask, after_text)
    if (cited is None or not cited.authors) and (":" in text[:44] or mask[:1] == [True] and (
            ":" in text or "：" in text)):
        # (cheap first: a colon near the start, or a bold run opening a line that holds a colon,
        # the bold label's; a whole reading that found no names, `Perceptron: Frank Rosenblatt.
        # "Title." (1958)`, took the label in with them)
        cited = _labelled_citation(text, mask, after_text) or cited
    if cited is not None:
        cited.links = item_links(pieces, None)
        return cited
    cited = linked_gbt_citation(text, tail, after_text)
    if cited is not None:
        cited.links = item_links(pieces, tail[0])
        return cited
    quoted = _quoted_title_then_note(text) if not tail and text.lstrip()[:1] in "\"“" else None
    if quoted is not None:
        quoted.links = item_links(pieces, None)
        return quoted
    venue_raw, key_venue = "", ""
    key_names: tuple[list[Author], bool] = ([], False)
    dated = _YEAR_VENUE_PREFIX.match(text)
    lead_year = None
    if dated:  # "2008-NIPS - Title.", "16-ATC-Title": year and venue first
        lead_year = full_year(dated.group(1) or dated.group(3) or dated.group(5))
        venue = dated.group(2) or dated.group(4) or dated.group(6)
        venue_raw = f"{venue} {lead_year}" if venue else ""
        text, mask = text[dated.end():], mask[dated.end():]
        note = _CLOSING_NOTE.search(text) if dated.group(5) and text.endswith((")", ").")) \
            else None
        if note is not None:
            # `2023_AAAI_Title. (MegaCRN, Rank CCF-A)`: after a coded lead, the closing
            # parenthesis of a name and a rank is the list's note, no title words
            text, mask = text[:note.start()], mask[:note.start()]
        field = _LEAD_FIELD.fullmatch(text)
        if field and tail and not venue_raw and (lookup(field.group(1))
                                                  or _acronym(field.group(1))):
            # "2017 | NeurIPS | [Title](url)": the year's field, then the venue's, then the title
            venue_raw, text, mask = f"{field.group(1)} {dated.group(1)}", "", []
        elif tail and not venue_raw and dated.group(0).rstrip()[-1:] == "|" \
                and (piped := _PIPED_VENUE.search(text)) is not None \
                and (lookup(piped.group(1)) or _acronym(piped.group(1))):
            # `+ 2020 | Title | NeurIPS | [PDF](arxiv)`: the year's field, the title's, then
            # the venue's (a name the table knows, or an acronym), all before the links
            venue_raw = f"{piped.group(1)} {lead_year}"
            text, mask = text[:piped.start()], mask[:piped.start()]
    match = None if dated else (_BRACKET_VENUE.match(text) or _PAREN_LEAD_VENUE.match(text))
    if match and text[:1] == "[" and any(mask[match.start(1):match.end(1)]) \
            and is_resource_label(clean_text(match.group(1))) \
            and lookup(clean_text(match.group(1))) is None and meaningful(text[match.end():]):
        # `**[Paper]** (CVPR 2018 Oral) Title <Br>` over `**[Author]** …`: a bold resource
        # label opening the line says what the line holds (a field's name), not the venue;
        # the rest of the line is read as the item
        text, mask = text[match.end():], mask[match.end():]
        match = _BRACKET_VENUE.match(text) or _PAREN_LEAD_VENUE.match(text)
    monthly = None if dated else _ARXIV_MONTH_LEAD.match(text)
    if monthly and (month_year := arxiv_month_year(monthly.group(1), pieces, True)) is not None \
            and meaningful(text[monthly.end():]):
        # `(arXiv 1812) Title`: arXiv and a year-month (`YYMM`, as its ids open) before the
        # title: the venue is arXiv, of that year
        venue_raw = f"arXiv {month_year}"
        text, mask = text[monthly.end():], mask[monthly.end():]
        match = _BRACKET_VENUE.match(text) or _PAREN_LEAD_VENUE.match(text)
    led = None if dated or match or venue_raw or not text[:1].isalpha() or ", " not in text[:48] \
        else _VENUE_YEAR_COMMA.match(text)
    if led and _lead_venue_name(led.group("v")) and meaningful(text[led.end():]) \
            and (led.group("q") is None or led.group("q") in _STANDING_WORDS):
        # `CoRL 2024, TRANSIC: Sim-to-Real Policy Transfer …. [Website](url)`: a venue (the
        # table's, or an acronym) and its year set off by a comma before the title: the
        # paper's venue and year, no title words (`arXiv 2024.10`: a preprint's month too)
        venue_raw = f"{led.group('v')} {led.group('y')}"
        text, mask = text[led.end():], mask[led.end():]
    noted = None if dated or match else _PAREN_LEAD_TAG.match(text)
    if noted and len(noted.group(1).split()) <= TAG_WORDS \
            and (meaningful(text[noted.end():]) or first_link < len(pieces)):
        # "(2021 IEEE, Overview by Schoelkopf+) **Title.**": a dated lead before the title
        # (emphasised, plain or a link) is a tag, its year and venue read apart from its notes.
        venue_raw = lead_tag_venue(noted.group(1))
        text, mask = text[noted.end():], mask[noted.end():]
    elif match and not YEAR_GROUP.search(match.group(1)) and text[:1] == "[" \
            and lookup(match.group(1).strip()) is None \
            and (known_end := _known_venue_end(text[match.end():])):
        # `**[MDC]** Video Individual Counting for Moving Drones (**ICCV**)`: an unknown label
        # before the title whose end names a venue the table knows is the paper's name; the
        # venue is the end's
        item.name, venue_raw = match.group(1).strip(), known_end
        text, mask = text[match.end():], mask[match.end():]
    elif match and text[:1] == "[" \
            and (key := _CITATION_KEY.fullmatch(clean_text(match.group(1)))) is not None:
        # "`[Pei et al. CVPR23]` Title. CVPR, 2023.": a citation key before the title is a
        # label (who, where, when), no title word; its venue and year are the item's where
        # the item names none
        key_venue = f"{key.group('v')} {full_year(key.group('y'))}" if len(key.group("y")) == 2 \
            else f"{key.group('v')} {key.group('y')}"
        key_names = read_names(key.group("n"))
        text, mask = text[match.end():], mask[match.end():]
    elif match and text[:1] == "[" and all(mask[match.start(1):match.end(1)]) \
            and not find_year(match.group(1)) and lookup(clean_text(match.group(1))) is None \
            and find_year(after_text) and (bool(tail) or meaningful(text[match.end():])):
        # `* **[R-max]** <[Title](url)> by Authors, 2002.`: a bold undated label no venue table
        # knows, in an item that dates itself elsewhere, names the method, not the venue
        item.name = clean_text(match.group(1)).strip()
        text, mask = text[match.end():], mask[match.end():]
    elif match and (find_year(match.group(1)) or any(mask[match.start(1):match.end(1)])):
        # (`[PLDI'11] [Title](url)`: a venue with its year's two digits alike)
        venue_raw = match.group(1)
        year_at = YEAR_GROUP.search(venue_raw)
        beside = DATE_TAG.sub(" ", venue_raw).strip(" ,;:-")
        if year_at and beside.islower() and not lookup(beside):
            # `[2016 terryum] Title`: words in lower case beside the year name no venue (a
            # source, a note): the tag gives the year alone
            venue_raw = year_at.group(1)
        text, mask = text[match.end():], mask[match.end():]
        tag = _TAG_AFTER_VENUE.match(text)
        if tag and any(mask[tag.end():]):  # "(SIGGRAPH 2023) [💬 3D] **Title**": a topic tag
            text, mask = text[tag.end():], mask[tag.end():]
    elif match and text[:1] == "[" and len(match.group(1).split()) <= BRACKET_LABEL_WORDS \
            and (_bold_next(text, mask, match.end()) or _plain_title_after(text, mask, match)):
        # "[arXiv:2501.16295] **Title**,", "[Briefings in Bioinformatics]**Title**": a short
        # label before the bold title is a label, not words of the title (a section that
        # writes its venues there reads it as the venue: `section_venue_year`)
        item.name = match.group(1).strip()
        text, mask = text[match.end():], mask[match.end():]
    elif match and text[:1] == "[" and len(match.group(1).split()) == 1 \
            and is_name(match.group(1).strip()) \
            and len(text[match.end():].split()) >= PHRASE_WORDS:
        # "【BrepARG】AutoRegressive Generation with ...": one name in brackets before a title
        # phrase is the work's name, not a word of its title
        item.name = match.group(1).strip()
        text, mask = text[match.end():], mask[match.end():]
    kind = None if dated or match or noted else _KIND_LABEL.match(text)
    named_venue = _PAREN_VENUE_NAME.fullmatch(text) if tail and not venue_raw \
        and text[:1] == "(" and not YEAR_GROUP.search(after_text) else None
    if named_venue is not None and _venue_name(named_venue.group(1)):
        # `1. (Journal of Computational Science) [Title](url)`, `(WWW) [Title](url)`: a
        # venue's name in parentheses before the title's link, nothing else, is its venue
        # (undated)
        venue_raw, text, mask, kind = named_venue.group(1), "", [], None
    if kind and len(text[kind.end():].split()) >= 2:
        # "(BOOK)Recommender systems: an introduction": a capitalised label in parentheses
        # before the title says what kind of work it is; it is neither title nor venue.
        text, mask = text[kind.end():], mask[kind.end():]
    elif (short := _short_name_before_bold(text, mask, venue_raw)) is not None:
        # `*(Poly-encoder)* **Poly-encoders: Transformer Architectures …**`: a short name in
        # parentheses, set apart from the bold title right after it, names the work (as a
        # bracketed one does), no word of its title
        item.name = short.group(1).strip()
        text, mask = text[short.end():], mask[short.end():]
    bold_tags = _bold_tags(text, mask) if mask[:1] == [True] else None
    if bold_tags is not None:
        # `**`Handcraft`** **`RAL`** Title 🔥`: one-word bold tags before a plain title are
        # no title words; the tag that is a venue the table knows is the item's venue (an
        # acronym alone is no evidence here: `**`LLM`** **`RAG`** Title` tags topics)
        tags, at = bold_tags
        text, mask = text[at:], mask[at:]
        venue_raw = venue_raw or next((t for t in reversed(tags) if lookup(t)), "")
    title, bold, rest = _split_title(text, mask)
    bold_name = None if venue_raw or bold and not is_name(title) else _bold_name(text, mask)
    plain_year = None
    if bold_name is not None:
        # `**CORD-19**: Cord-19: The covid-19 open research dataset 2020. [paper](url)`: a
        # short bold name, a colon, then the title phrase (with its year, when what ends it is
        # no venue)
        item.name, title, plain_year = bold_name
        bold, rest = False, ""
    emphasised = None if venue_raw or bold_name is not None else _name_then_emphasis(head)
    if emphasised is not None:
        # `**(SwinUnet)** _Spatiotemporal vision transformer ..._ ```IEEE BigData 2022````: a
        # bold name, the italic title phrase, then the venue and year
        item.name, title, rest = emphasised
        # (one run without commas is no author list: `IEEE Geoscience and Remote Sensing
        # Letters 2022` is a venue, though "X and Y" could read as two names)
        bold, venue_raw = False, rest_venue(rest, named="," not in rest)
        rest = "" if venue_raw else rest
    lead = _VENUE_HEAD.fullmatch(clean_text(title)) if tail and not venue_raw \
        and meaningful(tail[0].text) and not is_resource_label(tail[0].text.strip()) else None
    if lead and not rest.strip() and not read_names(lead.group(1))[0]:
        venue_raw, title = lead.group(1), ""  # "**NeurIPS 2021** [Title](url)": the venue first
    authored = _TITLE_YEAR_AUTHORS.match(clean_text(title + " " + rest)) if not venue_raw else None
    if authored:
        authors, et_al = parse_authors(authored.group("a"))
        lead_field, comma, names = authored.group("a").partition(",")
        venue_field = venue_field_of(lead_field) if not authors and comma else ""
        if venue_field:
            # "**Title** (2016), FSE 2016, Xu, Zhaogui, et al.": the venue's field, then names
            authors, et_al = parse_authors(names)
        if authors:  # "**Attention is all you need** (2017), A. Vaswani et al."
            item.title = clean_title(authored.group("t"))
            item.bold = bold
            item.year = int(authored.group("y"))
            item.authors, item.et_al = authors, et_al
            item.links = item_links(pieces, None)
            item.shape = "title (year), authors"
            if venue_field:
                item.venue_raw, item.venue_tag = venue_field, venue_tag_of(venue_field)
            return item
    title_link, names_first = None, False
    cited_lead: tuple[list[Author], bool, int] | None = None
    month_date = ""  # (APA's `(2015, May 21)` after the names: `cited_lead`)
    if tail and not rest.strip() and "," in title[:40] and not any(p.code for p in head) \
            and (listed := _names_then_cited_link(title, tail[0])) is not None:
        # (a code span before the link is a tag, `` `Vision`, `Language` ``, no name)
        listed.links = item_links(pieces, tail[0])
        return listed
    label = resource_label_before(clean_text(title))
    named_before = NAME_BEFORE.match(clean_text(title)) if tail and not label else None
    if label and tail:
        item.name, title = label, ""  # "Paper: [Deep Sets](url)": a label, then its link
    elif named_before and is_name(named_before.group(1)) and not is_name(link_words(tail[0])) \
            and not is_resource_label(link_words(tail[0])) and not rest.strip():
        # "**ViT**: [An Image is Worth 16x16 Words](url)": a name before a colon, then the
        # title as its link's text (the phrase, not the name, is the title)
        item.name, title = clean_text(named_before.group(1)), ""
    elif tail and (lead_name := _NAME_LEAD.fullmatch(clean_text(title).strip())) is not None \
            and _GLUED_NAME.search(lead_name.group(1)) and not is_name(link_words(tail[0])) \
            and not is_resource_label(link_words(tail[0])):
        # `(ESWA) KnowPrompt4LJP [Chinese legal judgment prediction via …](url) note`: a
        # method's name glued of letters and digits or inner capitals (a venue tag may come
        # before it), then the title as its link's text: the phrase, not the name, is the
        # title
        item.name, title = lead_name.group(1), ""
    elif tail and (title.rstrip()[-1:] in _OPENING_QUOTES or tail[0].strong
                   or title.rstrip()[-1:] in (":", "：") and _persons_before_colon(title)
                   or title.rstrip().endswith(("et al.", "et al"))) \
            and not rest.strip() and _names_before_link(title, tail[0]):
        # `J. Xue, J. Wang, and X. Wu “[Title,”](url), Journal, 8, 118–144, Feb. 2025.`: an
        # author list (and the quote that opens the title, or the title's bold link text:
        # `Granier, A., & Senn, W. [**Title**](url) arXiv (2025)`, or a colon after it:
        # `Marco Tulio Ribeiro et al.: [Title](url), ACL 2020.`, or "et al." closing it:
        # `Yihan Liu et al. [Title](url), 2020.`) before the link; the link's text is the title
        item.authors, item.et_al = parse_authors(_names_text(title))
        title, names_first = "", True
    elif tail and not rest.strip() and (cited_lead := _names_year_lead(title)) is not None \
            and meaningful(link_words(tail[0])) and not is_resource_label(link_words(tail[0])):
        # `Ann Author, and Bob Writer. 2003. [Title](url). In *Proceedings of NAACL 2003*.`:
        # a citation's names and year before the title's link (ACL's style); the sentence
        # after the link is its venue
        item.authors, item.et_al, item.year = cited_lead
        if not venue_raw and (month := MONTH_AFTER_YEAR.search(title)) is not None:
            # `Gil, Alex. (2015, May 21). [Title](url)`: APA's date to the month or day stays
            # as written, as it is without the names read (`dated_by_month` judges it: a
            # post's, `*Medium*.`); a paper's proceedings after "In" (`. In Proceedings of
            # …`), read below, come first
            month_date = month.group(0).rstrip(".")
            if not _first_line_text(tail).lstrip(" .,;:").startswith("In "):
                venue_raw, month_date = month_date, ""
        title, names_first = "", True
    elif tail and meaningful(title) and _PAPER_CUE.search(title) and not rest.strip() \
            and not is_name(link_words(tail[0])) and not is_resource_label(link_words(tail[0])):
        # `FermiNet is the implementation of the (2020) paper ["Title"](arxiv)`: prose that
        # introduces its link as the paper; the link's text is the title (a year in
        # parentheses in the prose is its year)
        dated = PAREN_YEAR.search(title)
        item.year = int(dated.group(1)) if dated else None
        title = ""
    named = _title_after_label(tail, title.rstrip().endswith("(")) \
        if not meaningful(title) and tail else None
    keyed = _title_after_key(tail) if named is None and not meaningful(title) and tail \
        and not venue_raw else None
    tagged = _tagged_link(tail[0]) if named is None and keyed is None \
        and not meaningful(title) and tail else None
    work, link_year = None, None
    if keyed is not None:
        # `[Esteva et al. 2017](url). Title. <em>Nature</em>.`: the link's text says who and
        # when; the sentence after it is the title, the italic words after that its venue
        title_link, title, item.year, item.authors = tail[0], keyed[0], keyed[1], keyed[2]
        item.et_al = re.search(ET_AL_MARK, link_words(tail[0])) is not None
        venue_raw = f"{keyed[3]} {keyed[1] or ''}".strip() if keyed[3] else ""
    elif named is not None:
        # `[:bookmark_tabs: Publication](url): (2020) Title`: the link is the paper's, labelled;
        # the phrase after it is its title
        title_link, title, item.year = tail[0], named[0], named[1]
        if venue_raw and title.endswith(")"):
            # `[SoCS 2019] ([paper](url)) Title (CBS)`: the venue written before the labelled
            # link, the title after it; a name in brackets ending it is the method's name
            title = _name_before_venue(item, title)
    elif tagged is not None:
        # `[[DIN][KDD 18][Alibaba] Title](pdf)`: the link text's bracketed lead tags are fields
        title_link, bold = tail[0], tail[0].strong
        title, item.name, tag_venue = tagged
        venue_raw = venue_raw or tag_venue
    elif not meaningful(title) and tail and not is_resource_label(link_words(tail[0])):
        title_link = tail[0]
        title, bold = link_words(tail[0]), tail[0].strong
        if names_first:  # `“[Title,”](url)`: the quote closes inside the link's text
            title = _CLOSING_QUOTE.sub("", title)
        ends = _END_YEAR.search(clean_text(title).strip())
        filed = _file_name_fields(title, tail[0].href)
        # (cheap first: a citation opens with names, a comma among its first words)
        cited_link = link_citation(title) if len(title) > 60 and _cited_opening(title) \
            and not names_first and filed is None else None
        if cited_link is not None:
            # `[Chen, Kai, Yi Zhou, and Fangyan Dai. "Title." In 2015 IEEE …, pp. 2823-2824.
            # IEEE, 2015.](url)`: a whole citation as the link's text (one reader for it:
            # citations.link_citation, as the template's link-text slot reads it)
            title, venue_raw = cited_link.title, cited_link.venue_raw
            item.authors, item.et_al = cited_link.authors, cited_link.et_al
            link_year, ends = cited_link.year, None
        elif filed is not None:
            # `[2019-SIGMOD-FITing-Tree_Data-aware-Index](papers/2019-SIGMOD-FITing-Tree_...pdf)`
            title, link_year, venue_raw = filed
        elif ends:  # `[Automatic Library Fuzzing through API Relation Evolvement, 2025](pdf)`
            title, link_year = clean_text(title).strip()[:ends.start()], int(ends.group(1))
            run = _names_closing_link_text(title) if "," in title else None
            closing = _field_closing_link_text(title) if run is None else None
            if run is not None:  # `[Title, M. Held, R. Karp, 1962](pdf)`: its authors
                title, item.authors, item.et_al = run[0], run[2], run[3]
                venue_raw = f"{run[1]} {link_year}" if run[1] else ""
            elif closing is not None and closing[1]:  # `[OLTP Through …, SIGMOD, 2008](pdf)`
                title, venue_raw = closing[0], f"{closing[1]} {link_year}"
            elif closing is not None:  # `[A critique of snapshot isolation, Maysam Yabandeh,
                title, item.authors = closing[0], closing[2]  # 2012](pdf)`: its author
        elif " | " in title and (barred := _person_before_bar(title, tail[0].href)) is not None:
            # `[Kunal Sangani | Complete Pass-Through in Levels](pdf)`: who wrote it, then the
            # title, set apart by a bar
            title, item.authors = barred
        work = _named_work(tail, title)
        if work is not None:
            # `[BIKER](github), ... for paper "Title", ASE, [Paper](url)`: the linked name is a
            # tool's or a data set's; the work the item names is the paper
            item.name, title, title_link, bold = clean_text(title), work.title, work.link, False
            venue_raw = work.venue
            item.authors, item.et_al = work.authors, work.et_al
            item.named_paper = True
        elif title_link is tail[0] and " " not in title.strip() \
                and (spelled_out := _title_after_linked_name(tail)) is not None:
            # `[NeuralGCM](arxiv) Neural General Circulation Models. (arxiv, 11/2023)`: the
            # link's one word is the model's name; the phrase after it is the paper's title
            item.name, title, tail = clean_text(title), spelled_out[0], spelled_out[1]
    subtitle = _subtitle_after_link(tail) if title_link is not None and tail \
        and tail[0] is title_link and work is None else ""
    if subtitle:
        # (the subtitle is the title's, no names or venue; the citation's close is read on)
        title = f"{clean_title(title)}: {subtitle}"
        cut = tail[1].text.index(subtitle) + len(subtitle)
        tail = [tail[0], replace(tail[1], text=" " + tail[1].text[cut:].lstrip()), *tail[2:]]
    after = "".join(p.text if p.kind == "text" else " " for p in tail if p.kind != "link")
    # `(Shokri et al., 2017) ([code](url))`: the brackets its links leave say nothing
    after = EMPTY_BRACKETS.sub(" ", after)
    venue_in_rest = False
    italic = _italic_names(head, title) if bold and not venue_raw and title_link is None \
        and rest.strip() else None
    if italic is not None and rest.endswith(italic[2]) and len(read_names(clean_text(
            rest[:len(rest) - len(italic[2])]).strip(" ,.;:-–—"), one_person=True)[0]) \
            == len(italic[0]):
        # `**Title**, *Ann Author, Bob Writer*, Journal of X, 2020.`: the italic names right
        # after the bold title are the authors; the venue is read from what follows them only
        item.authors, item.et_al, rest = italic
    italic_read = bool(italic is not None and item.authors)
    if italic_read and "[" in rest and (gbt := gbt_venue(rest)):
        # `*Siino M, et al*. IEEE Access [J].`: GB/T's document type after the venue (a
        # journal written without its year: the venue alone)
        venue_raw = gbt
    emphasised_end = _emphasised_venue(head) if not venue_raw and title_link is None else None
    if emphasised_end is not None:  # `Title, *Applied Intelligence* 2022: [Paper](url)`
        title, venue_raw = emphasised_end
        title = _name_before_venue(item, title)
    cited_after = _author_year_after(rest) if bold and not venue_raw and rest[:8].count("(") \
        else None
    if cited_after is not None:
        # `**Title** (Gupta et al. 2011). A comment.`, `**Title** (Kharchenko, 2021)`: the
        # bracket right after the bold title holds who wrote it and when (author-date), no
        # venue; what follows it is the list's comment
        item.authors, item.et_al, item.year = cited_after
        rest = ""
    if not venue_raw and cited_after is None:
        # A trailing "(CVPR 2023)", "- CVPR 2023" or "CVPR'23" is the venue, not the title.
        for source in (title, rest, after):
            venue_raw = venue_in(source)
            if venue_raw:
                stripped = _strip_venue(title, venue_raw)
                if source is title and stripped != clean_text(title).rstrip(" [("):
                    stripped = _name_before_venue(item, stripped)
                title = stripped
                venue_in_rest = source is rest
                # `(Tomas Mikolov, 2013, [code](url), [note](url))`: the fields its links
                # leave empty say nothing
                venue_raw = _EMPTY_FIELDS.sub("", venue_raw)
                break
        if venue_raw.isdigit() and tail:
            # `Names. ["Title."][ref] *JAMA oncology* (2016).`: the first link (`tail` opens
            # with it), the italic container right after it, then its year in brackets (MLA
            # as Google Scholar writes it, the journal's words lower-cased and all)
            journal = _italic_journal_before(tail, venue_raw)
            venue_raw = f"{journal} {venue_raw}" if journal else venue_raw
        cited_by = _ET_AL_YEAR.fullmatch(clean_text(venue_raw))
        if cited_by and read_names(cited_by.group(1))[0]:
            # "(Hayes et al. 2019)": an author-year citation, no venue
            item.authors, item.et_al = read_names(cited_by.group(1))
            item.year, venue_raw = int(cited_by.group(2)), ""
        year_first = _YEAR_THEN_NAMES.fullmatch(venue_raw) if "," in venue_raw else None
        if year_first and lookup(year_first.group(2)) is not None:
            # "(2019, Medical Image Analysis)": the year, then a venue the table knows (its
            # capitalised words read as a person's name too)
            venue_raw = f"{year_first.group(2)} {year_first.group(1)}"
        elif year_first and read_names(year_first.group(2), one_person=True)[0] \
                and not MONTH_AFTER_YEAR.fullmatch(venue_raw):  # (`(2015, January)`: a date)
            # "(2018, Yongfeng Zhang)": the year, then who wrote it (the first author only:
            # no author list is read from it), no venue
            item.year, venue_raw = int(year_first.group(1)), ""
        # "(Alex Nichol, Prafulla Dhariwal, ICML 2021)": the names before the venue are authors
        names, comma, last = venue_raw.rpartition(",")
        if not comma:  # "**Title** - Vaswani et al. - NeurIPS 2017": dash-separated fields
            names, comma, last = venue_raw.rpartition(" - ")
        if comma and not italic_read and YEAR_GROUP.search(normalise_venue(last)) \
                and (any(ch.isalpha() for ch in last) or not names_before_venue(source)):
            # (`Ann Author and Bob Writer. (Applied Sciences, 2019)`: after the item's names,
            # a venue, a comma and the year alone)
            authors, et_al = read_names(names, one_person=True)
            if authors and (len(authors) > 1 or not lookup(clean_text(names).strip(" .;"))
                            and not set(words(names)) & VENUE_NAME_WORDS
                            and not _capitals_venue(names)):
                # (one "person" the venue table knows, or one of a venue's words, is the
                # venue: `ACM Multimedia, 2022`, `(Physical Review Letters, 2018)`; so is one
                # written in capitals: `(IEEE TNSRE, 2017)`, `(PLOS ONE, 2019)`)
                item.authors, item.et_al, venue_raw = authors, et_al, last.strip()
    if names_first and not any(ch.isalpha() for ch in venue_raw):
        # `, Big Data Mining and Analytics, 8, 118–144, Feb. 2025.`: the citation's tail
        # (`arXiv (2025)` after an APA title: its year alone was read first)
        venue_raw = cited_venue(_first_line_text(tail)) or venue_raw
        if not venue_raw and cited_lead is not None:
            # `[Title](url). *Computational Linguistics*.`: the italic sentence after the
            # title, the venue of the year the names gave (`. In Proceedings of the Seventh
            # Workshop on X.`: the proceedings' event, alike)
            venue_raw = _emphasised_sentence(tail[1:], cited_lead[2]) or proceedings_venue(
                _first_line_text(tail).lstrip(" ,.:;"), cited_lead[2])
        if not venue_raw and cited_lead is not None \
                and (source := apa_source(_first_line_text(tail))):
            # `[Title](url). *PMLA 122(5)*, 1571-1579.`, `In Eds., *Book*.`: the journal
            # before its volume, or the edited book, of the year the names gave
            venue_raw = f"{source} {cited_lead[2]}"
        if not venue_raw and cited_lead is not None \
                and _UNDATED_ARXIV.fullmatch(_first_line_text(tail).strip(" .,;:")):
            # `Names (2018). [Title](arxiv). arXiv preprint arXiv:1807.05374.`: arXiv, of the
            # year the names gave
            venue_raw = f"arXiv {cited_lead[2]}"
        venue_raw = venue_raw or month_date
    if not venue_raw and title_link is not None and work is None:
        written = _first_line_text(tail)
        cited_in = _IN_AFTER.match(written)
        if cited_in:
            # `[Title](url); in IEEE Security & Privacy Magazine, 2023`, `; in Proc. of ...
            # (CCS), 2023; [Code](url)`: "in" after the title's link opens its venue and year
            in_venue = cited_venue(written[cited_in.end():])
            venue_raw = in_venue if any(ch.isalpha() for ch in in_venue) else ""
    if not venue_raw and bold and rest.strip():
        # "**Title.** AI Open 2020. [paper](url)": a venue and year after the bold title
        # (or on the bold title's own line, the author line under it: `**Title** Preprint
        # 2023.` then `*Ann Author, Bob Writer*`)
        venue_raw = _rest_or_line_venue(rest)
        venue_in_rest = bool(venue_raw)
        year_alone = _YEAR_ALONE.fullmatch(rest)
        if year_alone and not venue_raw and item.year is None:
            item.year, rest = int(year_alone.group(1)), ""  # "**Title**, 2015 [[paper](url)]"
        if not venue_raw and title_link is None:
            # `**Title**. Names. *Journal*, 2014, 40(8):1537-1561.`: the citation after the bold
            # title, its italic venue before the year
            venue_raw, written = _venue_before_its_year(head)
            if venue_raw:  # (the names stand before the venue: `**Title**. Names. *Venue*`)
                rest = rest[:rest.rfind(written)] if written in rest else rest
        dashed = _DASHED_YEAR.search(rest) if not venue_raw and item.year is None else None
        if dashed:
            # `**Title** - **2018** - *Names* - journal - [arXiv](url)`: dash-separated fields
            # after the bold title, one of them a year alone: the item's year
            item.year = int(dashed.group(1))
        elif not venue_raw and item.year is None and " - " in rest:
            # (`**Title** - *Wang et al. (2025)* - [Paper](url)`: the field of names and year)
            field_read = next((r for f in rest.split(" - ")
                               if (r := _names_year_lead(clean_text(f).strip())) is not None),
                              None)
            if field_read is not None:
                item.authors, item.et_al, item.year = field_read
                rest = ""
    if not venue_raw and _links_only(tail, title_link, work):
        # "[Title](url) `ICLR 2023`": a venue and its year alone after the title's link (or
        # after the links of a title written as text: `Title [[paper](url)] **CVPR 2025**`)
        # (the brackets around the links, `[[paper](url)] [[code](url)]`, say nothing)
        written = clean_text(EMPTY_BRACKETS.sub(" ", _first_line_text(tail))).strip(" []")
        alone = rest_venue(written) if written and len(written.split()) <= VENUE_AND_YEAR_WORDS \
            else ""
        glued = _GLUED_END.fullmatch(f", {written}") if written and not alone else None
        if glued is not None and (lookup(glued.group(1)) or _acronym(glued.group(1))):
            # `… [[project-site]](url) CoRL2019`: a venue (known, or an acronym), its year glued
            alone = f"{glued.group(1)} {glued.group(2)}"
        name = CITED_IN.sub("", alone[:-4]).strip(" ,")
        if alone and (lookup(name) or _acronym(name)):
            # (a name the venue table knows or an acronym: `Xiaojin Zhu. 2008`, `Google
            # Research 2023` are who wrote it)
            venue_raw = alone
        elif alone and item.year is None and name:
            # `[Title](url) ([Paper](pdf)) \`Alibaba\` \`2018\``: who wrote it, then the year:
            # the year dates the item once it is judged a paper; the name is no venue
            item.dated = year_of(alone)
        elif written and _UNDATED_ARXIV.fullmatch(written.split("|")[0].strip(" ,.;:*_")):
            venue_raw = "arXiv"  # `[Title](url) , arXiv preprint| **Name** |`: arXiv, undated
        elif title_link is not None and not item.authors \
                and _BRACKETED_FIELD.fullmatch(_first_line_text(tail)):
            # `[Concurrency Control and Recovery](citeseerx) [Michael J. Franklin]`: one
            # bracketed field after the title's link that is people (`_people`) says who
            # wrote it (where the list's other items write `[ACM SOSP 2021]`)
            item.authors, item.et_al = _people(written)
    if item.year is None and item.dated is None and not YEAR_GROUP.search(venue_raw) \
            and (month_year := _date_after_links(tail)) is not None \
            and _links_only(tail, title_link, work):
        # `[Title](arxiv) 2023.02`, `Title (IEEE TPAMI) [[paper](url)]  - 2023.05.11`: a date
        # with its month alone after the links (a dash may set it off; the list's other items
        # write `Authors et al., 2020.09 EMNLP2020`): its year, once the item is judged a paper
        item.dated = month_year
    if not venue_raw:
        venue_raw = key_venue  # (the citation key's, `[Pei et al. CVPR23]`)
    if not venue_raw and title_link is not None and after.rstrip()[-1:] == "]":
        venue_raw = _known_last_field(after)  # `[Title](url) [det; [Code](url); TPAMI]`
    if not any(ch.isalpha() for ch in venue_raw):  # (`(Lu and Li, 2020)`: a year, no venue)
        venue_raw = next((v for p in pieces for v in _badges(p) if v), "") or venue_raw
    if not venue_raw and item.year is None and not dated:
        # "[Title](url) (Oct 2020)", "Title [2020-10] [pdf](url)": a date, no venue: its year
        ended = _DATE_END.search(clean_text(title).rstrip(" .,;[("))
        found = ended or DATE_PAREN.search(after)
        if found:
            item.year = int(found.group(1))
            title = clean_text(title).rstrip(" .,;[(")[:ended.start()] if ended else title
            written = found.group(0).strip(" ()[]")
            # (the italic journal before it: `*Nucleic Acids Research* (2016): gkw989.`)
            journal = "" if ended \
                else venue_before_year(clean_text(after[:found.start()]).rstrip()) \
                or _italic_journal_before(tail, written)
            if journal and written.isdigit():
                # `Authors, Nature **555**, 604–610 (2018) [note]`: the journal before its
                # volume and pages, of that year
                venue_raw = f"{journal} {written}"
            elif not any(ch.isalpha() for ch in written):
                venue_raw = written  # the date as written stays the raw tag (`2020-10`)
    title = re.sub(r"\(\s*\)|\[\s*\]", " ", BARE_URL.sub(" ", title))
    if "10." in title and written_doi(title):  # (cheap first) `- DOI: 10.2172/1020735`: a
        title = "DOI"  # link written as text, under its label
    item.title = clean_title(title)
    if title_link is not None and identifier_text(title_link) \
            and item.title == clean_text(title_link.text).strip():  # (cheap test first)
        item.title = ""  # `- DOI: [10.1038/…](doi)`: a label of a link, as `[PDF](url)` is
    item.bold = bold and bool(item.title)
    item.venue_raw = clean_text(venue_raw)
    item.year = year_of(normalise_venue(venue_raw)) if venue_raw else item.year
    item.venue_tag = venue_tag_of(venue_raw)
    item.links = item_links(pieces, title_link)
    # `- https://…/publication/337650865_A_combinative_…_method`: a bare URL alone (no link
    # under a label: `[Paper](url)` under a heading is the heading's), whose page's path
    # spells its title: that title
    spelled = spelled_title(item.links[0].url) if not item.title and len(item.links) == 1 \
        and title_link is None and all(p.text == p.href for p in pieces if p.kind == "link") \
        else ""
    if spelled:
        item.title = spelled
    if dated and item.year is None:
        item.year = lead_year  # "2014 - Title": a year, no venue
    if item.year is None:
        item.year = plain_year
    if item.year is None:
        item.year = link_year  # the link's text ends with its date, not a title's word
    if item.year is None:
        item.year = labelled
    # (`[v1] You Only Look Once ...`: a bracketed label, then the title's words, is no label)
    item.title_is_label = title_link is None and is_resource_label(item.title) \
        and not _LABEL_THEN_WORDS.match(item.title)
    if spelled:
        item.shape = "title spelled in its page's URL (the page's punctuation lost)"
    elif named is not None:
        item.shape = "title after its labelled link"
    elif work is not None:
        item.shape = "title named in the text after a linked name"
    elif title_link is not None:
        item.shape = LINK_TEXT_TITLE
    elif venue_raw:
        item.shape = "title with venue tag"
    names = rest
    if venue_in_rest:  # "**Title**, Ann Author, Bob Writer, NeurIPS 2020.": names, then venue
        cut = clean_text(rest).rfind(clean_text(venue_raw)) if venue_raw else -1
        names = clean_text(rest)[:cut] if cut > 0 else ""
    if not item.authors and names.strip(" ,.;"):
        # "**Title**, Jinlu Zhang et al. [[Paper]]": names between the title and the links.
        names = re.sub(r"^[\s,.;:–—-]+", "", names).rstrip(" ,.;[(")
        item.authors, item.et_al = read_names(names, one_person=True)
        if not item.authors:
            # `**Title.** *Liang Chen et al. arXiv.*`: a citation tail, names then the venue
            add_names_and_venue(item, names)
    if not item.authors and key_names[0]:
        item.authors, item.et_al = key_names  # (the citation key's: `Pei et al.`)
    if item.year is None and title_link is None and tail and item.title \
            and _cited_after_title(head) \
            and (who := author_year_label(link_words(tail[0]))) is not None \
            and not any(_kind_word(a.family) for a in who[0]):
        # `- Quicksort. [Hoare (1962)](url).`: the link after the title's sentence says who
        # and when (`Title. [Video (2016)](url)` labels a resource by its kind; `Title. See
        # also [Hinton (2006)](url)` cites another work in a sentence of its own)
        item.year = who[1]
        if not item.authors:
            item.authors = who[0]
            item.et_al = re.search(ET_AL_MARK, link_words(tail[0])) is not None
    if not item.authors and (item.year is None or not item.venue_tag) and title_link is not None:
        _dated_names(item, _first_line_text(tail))
    if not item.authors and after:
        # `[Title](url). Ann Author, Bob Writer. *Venue 2009*`: names after the title link,
        # on its own line first (a summary paragraph under the line is not part of them).
        line = _first_line_text(tail)
        if not add_names_and_venue(item, line) and not add_names_and_venue(item, after) \
                and not _year_sentence_names(item, line) and "|" in after:
            _names_field(item, after)
    if not item.authors and title_link is None:
        _names_after_emphasis(item, head)
    if not item.authors and rest.strip():
        _emphasised_names(item, head)
    if not item.authors and ("," in item.title or "et al" in item.title
                             or _STOP_YEAR.search(item.title)) and title_link is None:
        if not _sentence_of_names(item) and not title_names_source(item):
            trailing_names(item)
    if not item.venue_tag and title_link is not None and after.count("—") + after.count("–") > 1:
        _dashed_fields(item, _first_line_text(tail))
    if item.title[-1:] == ")" and item.links:
        item.title = _name_of_repository(item, item.title)
    if item.title[-1:] == ")" and ("?" in item.title or "!" in item.title):
        item.title = _name_after_title(item, item.title)
    if not item.venue_tag and title_link is None:
        _venue_of_link_label(item)
    return item


#: What may stand between an author list and the title's link: the quote that opens the
#: title, a comma, a colon.
_NAMES_END = " ,:\"“'‘"


#: A citation's opening: names, then the year as a sentence of its own (`Ann Author and Bob
#: Writer. 2003.`, `A. Author, B. Writer (2019).`).
_NAMES_YEAR = re.compile(f"^{NAMES_YEAR}$")


#: An italic run GitHub leaves unrendered for the space inside its opening mark (`, * IEEE
#: Access*.`): its words, after the separator that sets them off.
_LOOSE_EMPHASIS = re.compile(r"^\s*[,.;]\s*[*_]\s+([^*_]{2,80}?)\s*[*_](?=[\s.,;]|$)")
#: The separator between a bold field label and the title after it (`**2021 Cell** - Title`).
_LABEL_SEPARATOR = re.compile(r"^\s*[-–—:：]\s*")


def _title_after_field_label(head: list[Piece], pieces: list[Piece]) -> ParsedItem | None:
    """The reading of an item opened by a bold label that holds fields, not the title, set
    apart from the title by a dash or a colon: a year and a venue's words (`_**2021 Systems
    Med**_ - Title`) or names and a year (`**Li et al.  (2020)** - *Title*, *Venue*.`). The
    title is the phrase after the separator (the italic run, when the rest is emphasised; an
    italic run after it is the venue). None when the label holds no year or reads as neither,
    or when no phrase follows (`**Title** - Authors`, `**Name**: Title` are other readers')."""
    texts = [p for p in head if p.kind == "text" and p.text.strip()]
    at = 0
    while at < len(texts) and not texts[at].strong \
            and _leading_symbols(texts[at].text) == len(texts[at].text):
        at += 1  # (`✨ _**2019 Nature Reviews**_ - Title`: a mark before the label)
    if at + 1 >= len(texts) or not texts[at].strong:
        return None
    label = clean_text(texts[at].text)
    if not YEAR_GROUP.search(label):
        return None  # (cheap first: most bold leads are titles or names, no year)
    rest = texts[at + 1:]
    cited_label = _cited_label(label)
    sep_inside = label.rstrip()[-1:] in "-–—:："
    if sep_inside:  # `_**2021 Bioinformatics -**_ Title`: the dash set in the label's emphasis
        label = label.rstrip(" -–—:：")
    else:
        sep = _LABEL_SEPARATOR.match(rest[0].text)
        if sep is None or rest[0].strong or rest[0].em:
            return None
        cut = Piece(kind="text", text=rest[0].text[sep.end():])
        rest = ([cut] if cut.text.strip() else []) + rest[1:]
    rest = _without_bold_name_end(rest)
    if not rest or any(p.strong for p in rest):
        return None
    venue, et_al = "", False
    authors: list[Author] = []
    dated = YEAR_GROUP.search(label)
    assert dated is not None
    year = int(dated.group(1))
    beside = DATE_TAG.sub(" ", label).strip(" ,.;:()[]-–—")  # (`[AAAI-2016]`: the dash joins)
    named = None if lookup(beside) or " " not in beside and _acronym(beside) \
        else _names_year_lead(label)
    written_arxiv = ""
    if cited_label is not None:  # `[Names (2023) [@key] (Venue)]`: who, when, where
        authors, et_al, year, venue, written_arxiv = cited_label
    elif named is not None:  # (a venue the table knows, or one acronym, is no author: `CVPR 2021`)
        authors, et_al, year = named
    elif not beside or len(beside.split()) > VENUE_WORDS or not beside[:1].isupper() \
            or beside.split()[0].lower().rstrip("s") in WORK_KINDS:
        return None
    elif not all(w.lower() in PRESENTATION_WORDS for w in beside.split()) \
            and not (label.rstrip()[-1:] == ")" and " " not in beside and not lookup(beside)):
        venue = lead_tag_venue(label)[:-4].strip() or beside
    # (`**Best Paper 2019** - Title`: an award and its year: the year alone; `**GPT-3
    # (2020)**: Title`: a model's name and its year in brackets, as a citation writes who and
    # when: the year alone)
    title = ""
    if rest[0].em:  # `- *Title*, *Venue*.`: the italic phrase, then the italic venue
        title = clean_text(rest[0].text)
        tail = [p for p in rest[1:] if p.text.strip(" ,.;")]
        if not venue and tail and tail[0].em:
            venue = clean_text(tail[0].text).strip(" ,;")
            # (the sentence's stop, unless the venue's other words are abbreviated too:
            # `*AIP Conf. Proc.*`)
            venue = venue if "." in venue[:-1] else venue.rstrip(" .")
        elif not venue and tail and (loose := _LOOSE_EMPHASIS.match(tail[0].text)):
            venue = clean_text(loose.group(1))  # (`, * IEEE Access*.`: unrendered, a space in)
    elif all(not p.em for p in rest):
        title = "".join(p.text for p in rest)
    if len(clean_text(title).split()) < PHRASE_WORDS or starts_with_names(clean_text(title)):
        return None
    item = ParsedItem(title=clean_title(title), shape="title after a field label")
    item.venue_raw = f"{venue} {year}" if venue else ""
    item.venue_tag = venue_tag_of(item.venue_raw) if venue else ""
    item.year, item.authors, item.et_al = year, authors, et_al
    item.links = item_links(pieces, None)
    if written_arxiv and not any(arxiv_id(lk.url)[0] for lk in item.links):
        item.links.append(Link("arXiv", abs_url(written_arxiv)))
    return item


#: A citation key as Pandoc writes one (`[@2023AgarwalApplications]`, `[@10.1145/3526058]`):
#: the writer's own key into a bibliography, no field of the paper.
_PANDOC_KEY = re.compile(r"\s*\[@[^\[\]\s]+\]")
#: A citation's lead as a label (after its Pandoc keys): names, the year in parentheses, then
#: maybe the venue (or the arXiv number) in parentheses, all maybe in brackets (`[Huerta et
#: al. (2022) (Scientific Data)]`, `[Wong (2023)]`).
_CITED_LABEL = re.compile(rf"\[?(?P<lead>[^()\[\]]+\(\s*{YEAR}\s*\))"
                          r"(?:\s*\((?P<venue>[^()\[\]]+)\))?\]?")
_ARXIV_ALONE = re.compile(ARXIV_NUMBER)


def _cited_label(label: str) -> tuple[list[Author], bool, int, str, str] | None:
    """(authors, et al., year, venue, arXiv id) of a bold label written as a citation's lead:
    names, the year in parentheses, then the venue in parentheses, maybe a Pandoc key between
    (`**[Agarwal et al. (2023) [@2023Agarwal…] (Scientific Data)]** - Title`, `**[Wong
    (2023)]** - Title`); a bare arXiv number in the venue's place (`(2306.08106)`) is the
    paper's arXiv id, no venue. None for any other label (`**2021 Systems Med**`, a name)."""
    if "(" not in label:
        return None  # (cheap first: the year of such a lead is in parentheses)
    cited = _CITED_LABEL.fullmatch(_PANDOC_KEY.sub("", label).strip())
    named = _names_year_lead(cited.group("lead")) if cited else None
    if cited is None or named is None:
        return None
    authors, et_al, year = named
    venue = " ".join((cited.group("venue") or "").split())
    if _ARXIV_ALONE.fullmatch(venue):
        return authors, et_al, year, "", venue
    return authors, et_al, year, venue, ""


def _without_bold_name_end(rest: list[Piece]) -> list[Piece]:
    """The pieces after a label without a bold name in parentheses that ends them (`- Title
    (**Karoo GP**)`: the method's or project's name the list marks, no word of the title)."""
    if len(rest) < 3 or not rest[-2].strong or rest[-1].text.strip() != ")" \
            or not rest[-3].text.rstrip().endswith("(") or rest[-3].strong:
        return rest
    head = rest[-3].text.rstrip()[:-1]
    return rest[:-3] + ([replace(rest[-3], text=head)] if head.strip() else [])


#: An author-date bracket opening what follows a title: `(Gupta et al. 2011)`, `(Cajal,
#: 1888)`, `(Ferrel and  Machleder, 1998)`, `(La Manno et al, 2018)`.
_AUTHOR_YEAR_BRACKET = re.compile(rf"\s*\((?P<n>[^()\d]{{2,120}}?),?\s+(?P<y>{YEAR})\)")
#: Words that a lone word in such a bracket may be and no family name is: a venue's, a
#: kind's, a presentation's or a status's word (`(Nature, 2019)`, `(Oral, 2021)`).
_NO_FAMILY_WORDS = VENUE_NAME_WORDS | NON_PAPER_KINDS | _STANDING_WORDS | WORK_KINDS \
    | VENUE_FORM_WORDS


def _author_year_after(rest: str) -> tuple[list[Author], bool, int] | None:
    """(authors, et al., year) when the text after a bold title opens with an author-date
    bracket (`_AUTHOR_YEAR_BRACKET`), whatever follows it (a comment); None otherwise. Names
    (`read_names`), or one family name alone: a capitalised word the venue table does not
    know, no acronym, no month, no word of a venue's, a kind's or a presentation's (`(Nature,
    2019)`, `(CVPR 2020)`, `(Oral, 2021)`, `(Preprint 2020)`, `(March 2016)` are none)."""
    bracket = _AUTHOR_YEAR_BRACKET.match(clean_text(rest))
    if bracket is None:
        return None
    names = bracket.group("n").strip(" ,")
    year = int(bracket.group("y"))
    authors, et_al = read_names(names)
    if authors:
        return authors, et_al, year
    if " " in names or not names[:1].isupper() or names.isupper() or lookup(names) \
            or names.lower().rstrip(".") in MONTH_WORDS \
            or names.lower() in _NO_FAMILY_WORDS:
        return None
    authors, et_al = parse_authors(names)
    return (authors, et_al, year) if len(authors) == 1 else None


def _names_year_lead(text: str) -> tuple[list[Author], bool, int] | None:
    """(authors, et al., year) when `text`, before a title's link, is a citation's names and
    year; None otherwise (a year alone, a name, words)."""
    # (cheap first: the text before a title's link seldom ends with a year)
    # (or with a parenthesis: APA's `(2011, December)`)
    end = text.rstrip(" .,:")
    lead = _NAMES_YEAR.match(text) if end.rstrip(")")[-4:].isdigit() or end[-1:] == ")" \
        else None
    if lead is None:
        return None
    authors, et_al = parse_authors(lead.group("n"))
    return (authors, et_al, int(lead.group("y"))) if authors else None


def _emphasised_sentence(tail: list[Piece], year: int) -> str:
    """`. *Computational Linguistics*. ([Citation](url): 4,965)`: the italic words that open
    what follows a title (after its stop) as a venue of `year`; "" when they read as names, as
    no venue's name (`venue_part`: `*Under review*`) or as a presentation note (`*Best Paper
    Award*`), or something else opens it."""
    for p in tail:
        if p.kind != "text" or not p.text.strip(" .,"):
            continue
        text = clean_text(p.text).strip(" .,")
        if not p.em or not italic_venue(text):
            return ""
        return f"{text} {year}"
    return ""


#: What a journal citation writes between its italic journal and its year in brackets: the
#: volume and issue, or nothing (`*Genome research* 23.10 (2013)`, `*PLoS Genetics* (2016)`).
_VOLUME_THEN_YEAR = re.compile(rf"\s*(?:\d{{1,4}}(?:\.\d{{1,5}}|\s?\(\d{{1,4}}\))?\s*)?"
                               rf"\(\s*({YEAR})\s*\)")
#: A journal named by its publisher's acronym, then its field in lower case, as Google Scholar
#: writes it (`JAMA oncology`, `IEEE transactions on image processing`).
_ACRONYM_LED = re.compile(r"[A-Z]{2,6} [a-z]+(?: [a-z]+){0,5}")


def _italic_journal_before(tail: list[Piece], year: str) -> str:
    """The italic words right before a citation's year in brackets, only its volume and issue
    between them (`*JAMA oncology* (2016).`, `*Genome research* 23.10 (2013)`): the journal,
    its extent the emphasis says (Google Scholar's MLA lower-cases its words); "" when no
    italic stands there or it reads as no journal's name (digits, a note, a kind of work),
    and when the link's title is not quoted as MLA quotes it: `[Title](arxiv) *Must Read*
    (2016)` is a note, then the year."""
    if not tail or link_words(tail[0]).lstrip()[:1] not in ('"', "“"):
        return ""
    for i, p in enumerate(tail[1:], 1):
        if p.kind != "text" or not p.text.strip(" .,"):
            continue
        if not p.em:
            return ""  # (the title's stop or space may stand before it; words may not)
        dated = _VOLUME_THEN_YEAR.match("".join(q.text for q in tail[i + 1:] if q.kind == "text"))
        name = clean_text(p.text).strip(" .,")
        # (a resource's word, `*Code Available*`, `*PDF available*`, names no journal)
        return name if dated is not None and dated.group(1) == year \
            and (italic_venue(name) or _ACRONYM_LED.fullmatch(name) is not None) \
            and not any(is_resource_label(w) for w in name.split()) else ""
    return ""


def italic_venue(text: str) -> bool:
    """Whether italic words read as a venue's name (`Computational Linguistics`, `Biological
    and Medicinal Chemistry on ChemRxiv`): a few capitalised words without digits, not names,
    not a presentation note (`Best Paper Award`) nor a note's words (`Under review`)."""
    lowered = text.lower().split()
    # (`Biomedical Signal Processing and Control` reads as two names: a venue's word says not)
    return not any(ch.isdigit() for ch in text) and len(lowered) <= VENUE_AND_YEAR_WORDS \
        and venue_part(text) \
        and (not read_names(text)[0] or any(w in VENUE_NAME_WORDS for w in lowered)) \
        and not any(w in PRESENTATION_WORDS for w in lowered)


def _italic_venue_line(line: list[Piece]) -> str:
    """A line under the title and its author line that is only italic words naming a venue
    (`*Biological and Medicinal Chemistry on ChemRxiv*` between the names and a date line):
    the venue as written, "" otherwise (an italic URL, note or names is none)."""
    texts = [p for p in line if p.kind != "text" or p.text.strip(" .,")]
    if len(texts) != 1 or texts[0].kind != "text" or not texts[0].em:
        return ""
    text = clean_text(texts[0].text).strip(" .,")
    return text if italic_venue(text) else ""


def _venue_before_link(line: list[Piece]) -> str:
    """A line under the title and its author line that is a venue's name, then the paper's
    link labelled as a resource (`Frontiers in Built Environment [[Paper](url)]` between the
    names and a date line): where a record writes its venue, set apart by its place as an
    italic one is (`_italic_venue_line`); the venue as written, "" otherwise (a note, names,
    a host's name, a link that is no resource label's)."""
    texts = [p for p in line if p.kind == "text" and p.text.strip(_AROUND_LINK)]
    links = [p for p in line if p.kind == "link"]
    if len(texts) != 1 or not links or line.index(texts[0]) > line.index(links[0]) \
            or not all(is_resource_label(link_words(p)) for p in links):
        return ""
    text = clean_text(texts[0].text).strip(_AROUND_LINK)
    # (`ResearchGate [[Paper](url)]`: a host's name, as a link's label names it, is no venue;
    # `Stanford University [[Paper](url)]`: a body's name, where a record writes who wrote it,
    # is none either, unless a venue's word or the table says so: `Journal of Machine
    # Learning Research`)
    return text if italic_venue(text) and not is_resource_label(text) \
        and not (body_name(text) and _plain_name(text)) else ""


#: What stands around a line's links but is none of its words (`[[Paper](url)] \\`).
_AROUND_LINK = " .,[]()\\"


#: A bracketed venue closing the text (`Title (**ICCV**)`, `Title (TIP)`).
_BRACKET_END = re.compile(r"[(\[]\s*([^()\[\]\d]{2,40}?)\s*[)\]][\s.,;]*$")


def _known_venue_end(text: str) -> str:
    """The venue the table knows in brackets that ends `text` (`(**ICCV**)`), else ""."""
    end = _BRACKET_END.search(text.rstrip(" *_[("))  # (`(ICCV)[[paper](url)]`: the links)
    name = end.group(1).strip(" *_") if end is not None else ""
    return name if name and lookup(name) is not None else ""


#: A bibliography's names before its entry, the first inverted (`Bush, Vannevar`, `Harris,
#: Katherin D.`, `Joyce, Rosemary A. and Ruth E. Tringham`): the family name, a comma, the
#: given names (or initials), then maybe the others after "and" or a comma, or "et al.".
_INVERTED_FIRST = re.compile(r"(?P<f>[A-Z][\w'’\-]+),\s"
                             r"(?P<g>[A-Z][\w'’\-]*\.?(?:\s[A-Z][\w'’\-]*\.?){0,2})"
                             r"(?P<r>(?:,?\s(?:and|&)\s|,\s).+|\set\.?\sal\.?)?")
#: A quoted title opening a link's text, then its source (`“Title,” Journal of Digital
#: Humanities 1 (4)`, `‘Title’ in Hacking the Academy`, `‘Title’ Rethinking History 15.2
#: (March 2011)`): the comma that closes the title, or "in", sets the source off, or its
#: date marks it (`‘Title’ Blogname` names no source).
_QUOTED_THEN_SOURCE = re.compile(r"[\"“‘'](?P<t>.{8,}?)"
                                 r"(?P<c>,[\"”’']|[\"”’'],|[\"”’']\s+in\s|[\"”’'])"
                                 r"\s*(?:in\s+)?(?P<s>[A-Z].*)")
#: An unquoted title, then its source and date after a comma or a stop (`Title, Journal of
#: Digital Humanities 2.2 2013`, `Title. American Historical Review 108.3 (2003): 735-762`).
_TITLE_THEN_SOURCE = re.compile(r"(?P<t>.{8,}?)(?:,|(?<=[a-z)])\.)\s+(?P<s>[A-Z][^,.]*?[\s(]\d.*)")


#: The shape of an item whose title is its link's text (`[Title](url)`).
LINK_TEXT_TITLE = "title as link text"
#: The shape of a bibliography's entry whose link's text names the title and its source
#: (`_names_then_cited_link`): a paper by the source its own text names.
SOURCED_LINK = "names, then [title, its source](url)"


def _names_then_cited_link(text: str, link: Piece) -> ParsedItem | None:
    """`Bush, Vannevar [As We May Think, The Atlantic (1945)](url)`, `Seligman, Amanda
    [“Teaching Wikipedia without Apologies,” Writing History in the Digital Age](url)`: a
    bibliography's entry, the names alone before the link (the first inverted, as a
    bibliography sorts them), the link's text the title and its source (a journal and its
    date, or the book a quoted chapter is in). The title is the link text's title, the
    venue its source; None unless both are written (`Ramsay, Stephen [On Building](url)`,
    a post's title alone, names no source)."""
    names = _INVERTED_FIRST.fullmatch(_names_text(text))
    if names is None or not _inverted_person(names.group("f"), names.group("g")):
        return None
    authors = [Author(family=names.group("f"), given=names.group("g"))]
    et_al = (names.group("r") or "").endswith(("al", "al."))
    if names.group("r") and not et_al:
        others, _ = parse_authors(re.sub(r"^,?\s*(?:and|&)?\s*", "", names.group("r")))
        if not others:
            return None
        authors += others
    words = clean_text(link_words(link)).strip()
    quoted = _QUOTED_THEN_SOURCE.fullmatch(words)
    cited = quoted or _TITLE_THEN_SOURCE.fullmatch(words)
    if cited is None or len(cited.group("t").split()) < 2:
        return None
    source = cited.group("s").strip(" .,;")
    venue = cited_venue(source)
    if not YEAR_GROUP.search(venue) and quoted is not None and len(quoted.group("c")) == 1:
        return None  # (neither a comma nor "in" after the quote, nor a date: no source)
    if not venue and quoted is not None:  # (a chapter's book, a journal's volume: undated)
        venue = re.sub(r"[\s,]+\d[\d()\s,.:–\-]*$", "", source)
    name = YEAR_GROUP.sub("", venue).strip(" ,")
    if not name or not venue_part(name) or len(name) > 90:
        return None
    item = ParsedItem(title=clean_title(cited.group("t")), authors=authors, et_al=et_al,
                      shape=SOURCED_LINK)
    item.year = year_of(venue)
    item.venue_raw, item.venue_tag = venue, venue_tag_of(venue)
    return item


#: Words a list tags its titles with, no person's (`Survey`, `Oral`).
_TAG_WORDS_BEFORE_LINK = PAPER_WORDS | PRESENTATION_WORDS


def _inverted_person(family: str, given: str) -> bool:
    """Whether `Family, Given` before a link names a person, not two tags or labels the list
    sets before its titles (`CVPR, Oral`, `Detection, Segmentation`, `Graph, Survey`): no
    acronym or topic's word (`count_persons`), no word a list labels with."""
    return count_persons(f"{given} {family}") == 1 and not any(
        word.lower() in _TAG_WORDS_BEFORE_LINK or is_resource_label(word)
        for word in (family, *given.split()))


def _names_text(text: str) -> str:
    return clean_text(text).strip().rstrip(_NAMES_END).strip()


def _persons_before_colon(text: str) -> bool:
    """Whether names before a colon are each a person as a citation names one
    (`named_person`: `Avrim Blum and Tom Mitchell:`, `Marco Tulio Ribeiro et al.:`): a colon
    closes a label as often as an author list (`Google Brain, DeepMind: [Title](url)`, a lone
    word is no person's name)."""
    names, et_al = read_names(_names_text(text))
    return bool(names) and all(named_person(a, et_al and len(names) == 1) for a in names)


def _names_before_link(text: str, link: Piece) -> bool:
    """Whether the text before the item's first link is an author list alone (two names or
    more, or names with "et al."; `S. Saganowski, “[Title](url)”`: one initialled name), then
    the quote that opens the title, and the link's text a title phrase: the link is the
    title's, the names its authors. (Without the quote, `Names. [Title](url). In Venue`
    is read by the section's template and `add_names_and_venue`.)"""
    if "." not in text and "," not in text:
        return False  # (cheap first: names have a stop or a comma)
    names = _names_text(text)
    if not 4 <= len(names) <= 600 or not _CAPITAL_START.match(names):
        return False
    authors, et_al = parse_authors(names)
    # (one person with a given name, then the quote that opens the title: `Edward Ayers,
    # "[Title](url)" (1999)`, Chicago's; the quote and the comma set the name off)
    quoted = text.rstrip()[-1:] in _OPENING_QUOTES and text.rstrip()[:-1].rstrip().endswith(",")
    if not authors or not (et_al or len(authors) > 1 or initialled(authors[0])
                           or quoted and named_person(authors[0], False)):
        return False
    words = link_words(link)
    # (a bold link text marks its title as a quote does: `[**Machine psychology**](url)`, so
    # a bold two-word title is one; unbold, a phrase of three words or more, not a name:
    # core.titles.is_name's count)
    return len(words.split()) >= (2 if link.strong else PHRASE_WORDS) \
        and not is_resource_label(words.strip())


#: A method's name alone before a title's link, maybe after a venue tag in brackets
#: (`(ESWA) KnowPrompt4LJP [Title](url)`).
_NAME_LEAD = re.compile(r"(?:\([A-Za-z][\w .&\-]{0,40}\)\s*)?([A-Za-z][\w\-]{2,30})")
#: A name glued of letters and digits, or with a capital inside (`KnowPrompt4LJP`, `GraphSAGE`):
#: a coined name, never an English word before a title.
_GLUED_NAME = re.compile(r"[a-z][A-Z]|[A-Za-z]\d|\d[A-Za-z]")
#: The quote that opens a title, last before its link (`Names “[Title](url)”`; the caller
#: checks it first, cheap, for every item).
_OPENING_QUOTES = ("\"", "“", "‘")
#: "in" (either case) right after the title's link, before a venue's capital.
_IN_AFTER = re.compile(r"^[\s;,.]*[Ii]n\s+(?=[A-Z])")
#: A name's first letter, capital (`Hagendorff, T.`), or after an elided particle (`d'Ascoli, S.`)
_CAPITAL_START = re.compile(r"(?:[dl]['’])?[A-Z\u00c0-\u024f]")
_CLOSING_QUOTE = re.compile(r"[\s,.]*[”\"]\s*$")


_CITE_SEPARATORS = " ,.;:-–—*_"

#: A file's name as its fields: the year, maybe a venue's one-word code, then the title's words
#: joined by `_` or `-` (`2019-SIGMOD-FITing-Tree_Data-aware-Index`, `2019-SOSD_Benchmark`).
_FILE_FIELDS = re.compile(rf"({YEAR})[-_](?:([A-Za-z][A-Za-z0-9&]*)-(?=[^-]))?(.*[A-Za-z].*)")


#: A PDF's file name written as a citation: the title, then its authors and date in
#: parentheses (`Disk Paxos(E.Gafni&L.Lamport, Feb.2003).pdf`), maybe a note after the date.
_CITED_FILE = re.compile(rf"(?P<t>.*[A-Za-z].*?)\s*\([^()]*,\s*(?:{MONTH}\s*)?(?P<y>{YEAR})"
                         r"(?:,[^()]*)?\)\.pdf", re.IGNORECASE)
#: `Bigtable_A Distributed ...`: a file name's `_` where the title writes its colon.
_FILE_COLON = re.compile(r"(?<=\w)\s?_(?=[A-Z])")


def cited_file_name(text: str) -> tuple[str, int, str] | None:
    """(title, year, "") of a link text that is a PDF's name written as a citation
    (`_CITED_FILE`): the authors and the date are no title words, the date's year is the
    paper's; None for any other file name."""
    cited = _CITED_FILE.fullmatch(text)
    if cited is None:
        return None
    return _FILE_COLON.sub(": ", cited.group("t")).strip(), int(cited.group("y")), ""


def _file_name_fields(text: str, href: str) -> tuple[str, int, str] | None:
    """The title, year and venue a link's text gives when it is the name of the file it links
    (no space in it, the same as the link's last path part without its extension), written as
    year, maybe a venue code, then the title; None for any other link text. The venue code is
    the one field between the year and the title: a title's first word would not be followed
    by a hyphen while the title's words are joined by `_`."""
    text = text.strip()
    if text[-4:].lower() == ".pdf":
        return cited_file_name(text)
    if not text or " " in text or "_" not in text and "-" not in text:
        return None
    stem = unquote(urlsplit(href).path).rsplit("/", 1)[-1].rsplit(".", 1)[0]
    fields = _FILE_FIELDS.fullmatch(text) if stem == text else None
    if fields is None or re.split(r"[-_]", text)[-1].lower() in POST_LABELS:
        return None  # `2020-OSDI-Bourbon_learned_LSM_slides`: the talk's file, kept as it was
    venue = fields.group(2) or ""
    if venue and "_" not in fields.group(3):
        venue = ""  # `2019-Deep-Learning-Index`: hyphens join the title's words, no code field
    title = fields.group(3) if venue else text[fields.end(1) + 1:]
    return title, int(fields.group(1)), f"{venue} {fields.group(1)}" if venue else ""


def _dated_names(item: ParsedItem, text: str) -> None:
    """The names, year and venue of a citation after the title's link, around a year in
    parentheses: `— Nicholas C. Bedard, Jacob K. Goeree (2025). *Theoretical Economics*`
    (names, the year, the venue), `(1970) - Codd, Edgar F.` (the year, then the names), `-
    Kennedy (2022)` (one family name: the year only). The year is read when what stands
    before it is empty or names; the venue after it when it reads as a venue's name (a
    capitalised phrase of VENUE_WORDS words or fewer, not a kind of work: `*preprint*`,
    `*working paper (SSRN)*`)."""
    dated = PAREN_YEAR.search(text)
    if dated is None or PAREN_YEAR.search(text, dated.end()):
        return
    before = text[:dated.start()].strip(_CITE_SEPARATORS)
    after = text[dated.end():].strip(_CITE_SEPARATORS)
    names, et_al = read_names(before, one_person=True) if before else ([], False)
    if before and not names and not (len(before.split()) == 1 and parse_authors(before)[0]):
        return  # words before the year that are no names: a note, not a citation
    if not before:
        names, et_al = read_names(after, one_person=True)
        after = ""
    item.year = int(dated.group(1))
    if names and not _TWO_WORDS.fullmatch(before or text[dated.end():].strip(_CITE_SEPARATORS)):
        item.authors, item.et_al = names, et_al
    words = after.split()
    if after and not item.venue_tag and after[:1].isupper() and len(words) <= VENUE_WORDS \
            and not any(ch.isdigit() for ch in after) \
            and words[0].lower().rstrip("s") not in _KIND_WORDS:
        item.venue_raw = f"{after} {item.year}"
        item.venue_tag = normalise_venue(item.venue_raw)


#: `Lamport, Leslie`: one person in citation order or two family names (`Hochreiter,
#: Schmidhuber`); nothing tells them apart, so neither is kept.
_TWO_WORDS = re.compile(r"[^\s,]+\s*,\s*[^\s,]+")
#: Words that open a kind of publication, not a venue's name (`preprint`, `working paper`).
NOT_VENUES = frozenset({"preprint", "working", "manuscript", "unpublished", "draft"})
#: A kind of work or a word no venue opens with (`Preprint`, `Thesis`), read on a first word
#: with its plural's `s` dropped.
_KIND_WORDS = WORK_KINDS | NOT_VENUES


#: A citation's sentence closed by its year (`— Davila and Wiese, *AGENT*, 2026. **PR · ...**
#: Proposes ...`): the names, venue and year, then a note.
_YEAR_SENTENCE = re.compile(rf"(.*?,\s*{YEAR})\.\s+\S")


def _year_sentence_names(item: ParsedItem, text: str) -> bool:
    """The names, venue and year of the sentence a line opens with when it ends at a year
    (`Davila and Wiese, AGENT, 2026.`), read as a whole tail would be, the note after it
    left out; whether they were read."""
    sentence = _YEAR_SENTENCE.match(text)
    return sentence is not None and add_names_and_venue(item, sentence.group(1))


def _links_only(tail: list[Piece], title_link: Piece | None, work: _Work | None) -> bool:
    """Whether what follows the title is its own link, or links under resource labels only
    (`Title [[paper](url)] [[code](url)]`): text after them is a field of the item."""
    return work is None and (title_link is not None or bool(tail) and all(
        is_resource_label(link_words(p)) for p in tail if p.kind == "link"))


def _date_after_links(tail: list[Piece]) -> int | None:
    """The year of a date with its month written alone after the links on their line
    (`2023.02`, `- 2021.11.30`), else None."""
    text = _first_line_text(tail)
    if "." not in text and "-" not in text and "/" not in text:
        return None  # (cheap first: a date with its month has its separator)
    written = clean_text(EMPTY_BRACKETS.sub(" ", text)).strip(" []-–—.,;")
    month = MONTH_DATE_ALONE.fullmatch(written) if written[:1].isdigit() else None
    return int(month.group(1)) if month else None


def _first_line_text(tail: list[Piece]) -> str:
    """The text (not the links) of `tail` up to its first line break."""
    end = next((i for i, p in enumerate(tail) if p.kind == "break"), len(tail))
    return "".join(p.text if p.kind == "text" else " " for p in tail[:end] if p.kind != "link")


def _names_field(item: ParsedItem, after: str) -> None:
    """`[Title](url) | [notes](url) | summary | Tomas Mikolov et al,2013`: in an item of
    `|`-separated fields, the field that reads as names (and a year) is the authors-and-year
    field; the last such field wins, a summary before it is not read."""
    for part in reversed(after.split("|")):
        if part.strip() and add_names_and_venue(item, part):
            return
        cited = _ET_AL_YEAR.fullmatch(clean_text(part))
        authors, et_al = read_names(cited.group(1)) if cited else ([], False)
        if cited and authors:  # `Young et al,2010`: one family name, "et al." and the year
            item.authors, item.et_al = authors, et_al
            item.year = item.year or int(cited.group(2))
            return


#: A field of names ending in "et al." and a year (`Young et al,2010`, `Hayes et al. 2019`).
#: A year, then a name after its comma (`2018, Yongfeng Zhang`): when, and who wrote it.
_YEAR_THEN_NAMES = re.compile(rf"\s*({YEAR})\s*,\s*([^\d,]+?)\s*")
_ET_AL_YEAR = re.compile(rf"\s*(.+?\b{ET_AL_MARK})\s*,?\s*({YEAR})\s*")


#: A link labelled with its venue: `[[Nature Medicine paper](url)]`, `[bioRxiv preprint](url)`.
_VENUE_LABEL = re.compile(r"(?P<v>[A-Za-z][\w&\- ]{1,60}?)\s+(?:paper|preprint|article|pdf)",
                          re.IGNORECASE)


def _venue_of_link_label(item: ParsedItem) -> None:
    """The venue a link's label names, when the item states none, its title is not itself a
    link (then any other link may be another work's: `- [Title](url) - improves on [BERT
    2018](url)`) and the venue table knows it (`Nature Medicine paper`; never `open access
    paper` or `Semantic Scholar paper`, a site); the raw tag (a date, if any) is kept. A label
    that is itself a venue (`[[TMI]](url)`, `[[ISBI2018]](url)`, `[[SASHIMI 2017]](url)`: one
    the venue table knows, or a short name with a year) is the venue and year of the paper it
    links, unless the link goes to code or a video; a resource label (`[arXiv]`, `[pdf]`,
    `[code]`) names a kind of link, not where the paper appeared."""
    for link in item.links:
        label = _VENUE_LABEL.fullmatch(link.label.strip())
        if label and PRESENTED.search(link.label.strip()):
            continue  # `ACL 2023 Outstanding paper`: an award of that venue (read below)
        if label and lookup(label.group("v").strip()):
            item.venue_tag = label.group("v").strip()
            item.venue_raw = item.venue_raw or item.venue_tag
            return
    for link in item.links:
        named = "" if code_or_video_link(link.url) else _label_venue(
            PRESENTED.sub("", link.label.strip()))
        if named:
            item.venue_raw = item.venue_tag = named
            item.year = item.year if item.year is not None else year_of(named)
            return
    for link in item.links if item.year is not None else ():
        # `[Nat Methods (2026)](https://doi.org/…)` under `**Title** [2026]`: a DOI labelled
        # with a name of capitalised words and the year the item states is the journal that
        # published it (`Briefings in Bioinformatics (2025)`), though the table knows none;
        # `arXiv:2509.04291 (2025)` names arXiv
        said = clean_text(link.label).strip(" []")
        if not paper_itself(link.url):
            continue
        preprint = _ARXIV_LABEL.fullmatch(said)
        if preprint is not None and int(preprint.group(1)) == item.year:
            item.venue_raw = item.venue_tag = f"arXiv {item.year}"
            return
        cited = _CITED_JOURNAL.fullmatch(said)
        if cited is None or int(cited.group("y")) != item.year or cited.group("n"):
            continue
        journal = cited.group("v").strip(" .")
        if len(journal.split()) >= 2 and venue_part(journal) \
                and not any(is_resource_label(word) for word in journal.split()):
            item.venue_raw = f"{journal} {item.year}"
            item.venue_tag = normalise_venue(item.venue_raw)
            return
    for link in item.links if item.year is None and not item.venue_tag else ():
        dated = _DATE_LABEL.fullmatch(link.label.strip(" []"))
        if dated:
            # `Title [[7 Jun 2021]](https://arxiv.org/abs/2106.02377)`: the date the paper's
            # link is labelled with is its date; on an arXiv link, arXiv's
            item.year = int(dated.group(1))
            if arxiv_id(link.url)[0]:
                item.venue_raw = item.venue_tag = f"arXiv {item.year}"
            return


#: A link labelled with an arXiv id and the year (`arXiv:2509.04291 (2025)`).
_ARXIV_LABEL = re.compile(rf"arXiv:\s?\S+\s*\(({YEAR})\)?", re.IGNORECASE)
#: A link labelled with a date alone (`7 Jun 2021`, `Mar. 2020`).
_DATE_LABEL = re.compile(rf"(?:\d{{1,2}}\s+)?{MONTH},?\s+({YEAR})", re.IGNORECASE)


#: A short name and a year, maybe glued (`ISBI2018`, `SASHIMI 2017`, `MICCAI'18`).
_NAME_YEAR = re.compile(rf"[A-Za-z][\w&\-]*(?:\s[A-Za-z][\w&\-]*){{0,2}}\s?{_YEAR_OR_SHORT}")
_LABEL_YEAR = re.compile(rf"\s?{_YEAR_OR_SHORT}$")
_GLUED_YEAR = re.compile(rf"(?<=[A-Za-z])({YEAR})$")


#: A journal citation as a link label: `Nature Chem 4, 90–98 (2012)`, `J. Chem. Inf. Model.
#: (2018)`: the journal's name, maybe volume, issue and pages, the year in parentheses.
_CITED_JOURNAL = re.compile(rf"(?P<v>[A-Za-z][A-Za-z&.\- ]{{1,50}}?)[\s,]*"
                            rf"(?P<n>\d[\d\s,.:()–\-]*?)?\s*\((?P<y>{YEAR})\)?")


#: A venue and its year as a link's text, an id or pages after them: `PNAS(2023),e2207974120`,
#: `bioRxiv 2022.07.23.501214`, `arXiv preprint arXiv:2005.11275 (2020)` (a link's label may
#: have lost its closing parenthesis).
_LABEL_CITATION = re.compile(rf"(?P<v>[A-Za-z][A-Za-z&.\- ]{{1,50}}?)(?:\s+arXiv:\S+)?\s*"
                             rf"(?:\((?P<y>{YEAR})\)?[\s,]*[\w.\-]*|(?P<y2>{YEAR})[.\d]*)")


#: A kind of venue written after its acronym (`TOSEM journal`, `NeurIPS workshop`).
_VENUE_KIND = re.compile(r"\s+(?i:journal|conference|workshop|symposium)$")


def venue_field_of(text: str) -> str:
    """A comma field that is a venue (`FSE 2016`, `ESEC/FSE '23`, `arxiv`, `TOSEM journal`):
    a name the venue table knows or an acronym in capitals, maybe its year or its kind; ""
    otherwise."""
    text = clean_text(text).strip(" *_")
    if not text or len(text.split()) > 3:
        return ""
    name = _VENUE_KIND.sub("", _LABEL_YEAR.sub("", normalise_venue(text))).strip()
    # (acronyms in capitals, `ACM SIGPLAN`: `LeCun` has two capitals too but is a name)
    return text if name and (lookup(name) or all(
        len(w) > 1 and w.replace("/", "").isupper() for w in name.split())) else ""


#: Bold tags before a title: at least this many one-word runs, one after another.
BOLD_TAGS = 2


def _bold_tags(text: str, mask: list[bool]) -> tuple[list[str], int] | None:
    """(tags, where the title starts) when `text` opens with BOLD_TAGS or more bold runs of
    one word each, set apart by spaces only, and a plain title phrase follows with no bold
    in it (`Handcraft RAL Narrowing your FOV ...`); None otherwise."""
    tags: list[str] = []
    at = 0
    while at < len(text) and mask[at]:
        end = at
        while end < len(text) and mask[end]:
            end += 1
        tag = text[at:end].strip(" `*_")
        if not tag or " " in tag or len(tag) > 20 or not any(ch.isalpha() for ch in tag):
            return None
        tags.append(tag)
        at = end
        while at < len(text) and not mask[at] and text[at] == " ":
            at += 1
    if len(tags) < BOLD_TAGS or any(mask[at:]) or len(text[at:].split()) < PHRASE_WORDS:
        return None
    return tags, at


def _lead_venue_name(name: str) -> bool:
    """Whether the name before a year and a comma opening an item (`CoRL 2024, Title`) is a
    venue's: one the table knows, a word of two capitals or more (`CoRL`), or several words
    opening with an acronym in capitals of three letters or more (`SIGGRAPH Asia`). A
    place's or a lab's name (`UC Berkeley 2020, `, `Google DeepMind 2023, `) says who wrote
    the paper, not where it appeared."""
    if lookup(name) is not None:
        return True
    first = name.split(maxsplit=1)[0]
    return _acronym(name) if first == name else len(first) >= 3 and first.isupper()


def _acronym(name: str) -> bool:
    """Whether a name holds a word of two capitals or more (`ISBI`, `SASHIMI`, `NeurIPS`)."""
    return any(sum(ch.isupper() for ch in word) >= 2 for word in name.split())


def _local_venue_links(pieces: list[Piece]) -> list[Piece]:
    """The pieces with each link to a page of the list's own repository whose label is a
    venue and whose path names it (`([ICSE2024](../venues/ICSE2024/README.md))`: the list's
    page of that venue's papers, `_page_names`) read as the label's text: the item names where
    the paper appeared, and no entry keeps such a link (`listed_link`)."""
    if not any(p.kind == "link" and p.href[:4] != "http" for p in pieces):
        return pieces  # (cheap first: most links are web links)
    return [Piece("text", p.text, strong=p.strong, em=p.em)
            if p.kind == "link" and not p.images and local_page(p.href)
            and _page_names(p.href, p.text) and _label_venue(p.text) else p for p in pieces]


def _page_names(href: str, label: str) -> bool:
    """Whether a link's path names every word of its label (`[ICSE2024](../venues/ICSE2024/
    README.md)`: the venue's own page; `[CVPR 2020](../notes/pointrend/README.md)` links the
    list's note on another paper, whose venue the label may name)."""
    path = href.lower()
    return all(word in path for word in re.findall(r"\w+", label.lower()))


def _label_venue(label: str) -> str:
    """The venue a link label is, whole (`TMI`, `ISBI 2018`, `Nature Chem 4, 90–98 (2012)`,
    `Cell (2026)`: a journal the venue table knows), else "" (`Preprint (2020)`, `Erratum
    (2021)`: a word and a year label a version of the paper, whatever the link is)."""
    text = clean_text(label).strip(" []")
    if not text or len(text) > 60 or is_resource_label(text):
        return ""
    cited = _LABEL_CITATION.fullmatch(text) if YEAR_GROUP.search(text) else None
    journal = cited.group("v").strip() if cited else ""
    if cited and title_then_venue(journal):
        return ""  # `[Meta-Curvature. NeurIPS 2019.](url)`: the paper's title, then its venue
    if cited and (lookup(journal) or _acronym(journal) or "." in journal
                  or ARXIV_WORD.search(journal)):
        # `[PNAS(2023),e2207974120]`, `[bioRxiv 2022.07.23.501214]`, `[ACS Synth. Biol. 2024]`,
        # `[arXiv preprint arXiv:2005.11275 (2020)]`: the venue and year, then its id or pages
        year = cited.group("y") or cited.group("y2")
        return f"{arxiv_or(journal)} {year}"
    dated = YEAR_GROUP.search(text)
    if dated and not text.endswith(")") and not all(
            _acronym(word) for word in text[dated.end():].split()):
        # `[NeurIPS 2021 workshop talk]`, `[ICLR 2020 survey]`: a work of that venue and year,
        # not the paper's venue (a workshop's acronym may follow: `[NeurIPS 2018 ML4H]`)
        return ""
    cited = _CITED_JOURNAL.fullmatch(text)
    journal = cited.group("v").strip() if cited else ""
    if cited and not is_resource_label(journal.strip(" .")) and (
            cited.group("n") or "." in journal or _acronym(journal) or lookup(journal)):
        # (a volume and pages, an abbreviation or a known name: not `[Tutorial (2019)]`)
        return f"{journal} {cited.group('y')}"
    dated_venue = rest_venue(text)
    if dated_venue and lookup(_LABEL_YEAR.sub("", dated_venue).strip()):
        return dated_venue  # `[arXiv, 21 Jul 2025]`: a venue the table knows and a date
    if len(text) > 40:
        return ""
    name = _LABEL_YEAR.sub("", text).strip()
    if lookup(text) is None and not (_NAME_YEAR.fullmatch(text) and _acronym(name)):
        return ""  # `[Oral 2021]`, `[Tutorial 2019]`: a word and a year, not a venue's name
    if is_resource_label(name):
        return ""  # `[Slides 2019]`, `[Video'21]`: a dated resource, no venue
    return normalise_venue(_GLUED_YEAR.sub(r" \1", text))


def _names_after_emphasis(item: ParsedItem, head: list[Piece]) -> None:
    """`*A Brief History of ... AI and Law*, K. Ashley`: an emphasised title followed by names
    (two or more, or "et al.", or one person with an initial: the emphasis marks where the
    title ends, but `Google Research` or `Section Three` after it are no person) keeps the
    title and gives the authors."""
    emphasised = [p for p in head if p.kind == "text" and (p.em or p.strong) and meaningful(p.text)]
    if len(emphasised) != 1:
        return
    title = clean_title(emphasised[0].text)
    if not title or not item.title.startswith(title) or len(item.title) == len(title):
        return
    authors, et_al = _people(item.title[len(title):].strip(" ,.;:-–—"))
    if authors:
        item.title, item.authors, item.et_al = title, authors, et_al


def _people(text: str) -> tuple[list[Author], bool]:
    """(authors, et al.) when a text set apart from the title is people by its own evidence:
    two names or more, "et al.", or one person with an initial (`K. Ashley`, `Michael J.
    Franklin`; `Google Research`, `Section Three` are no person); ([], False) otherwise."""
    if _ABBREVIATED_WORD.search(text):
        return [], False  # (`Phys. Rev. B`, `J. Mach. Learn. Res.`: a journal abbreviated)
    authors, et_al = read_names(text, one_person=True)
    if len(authors) > 1 or et_al or (authors and initialled(authors[0])):
        return authors, et_al
    return [], False


#: A word of two letters or more closed by a stop (`Phys.`, `Rev.`, `Res.`): an abbreviated
#: word, as a journal's name is written, never one of a person's (whose initials are single
#: letters; `Jr.`, a suffix, aside).
_ABBREVIATED_WORD = re.compile(r"(?<![\w.])(?!(?i:jr|sr)\.)[A-Z][a-z]+\.(?!\w)")


def names_before_emphasis(item: ParsedItem, pieces: list[Piece]) -> bool:
    """`Ann Lee, Bob Roe <em>arxiv pre-print</em> 2023` (a line under the title): plain names
    up to an emphasised venue, the venue and a year after it; what the item lacks is filled.
    Whether the names read as names."""
    at = next((k for k, p in enumerate(pieces) if p.kind == "text" and p.em
               and meaningful(p.text)), None)
    if at is None:
        return False
    before = clean_text("".join(p.text for p in pieces[:at] if p.kind == "text"))
    authors, et_al = read_names(before.strip(" .,;:"), one_person=True)
    if not authors:
        return False
    if not item.authors:
        item.authors, item.et_al = authors, et_al
    add_venue_line(item, "".join(p.text for p in pieces[at:] if p.kind == "text"))
    return True


def _italic_names(head: list[Piece], title: str) -> tuple[list[Author], bool, str] | None:
    """The first italic run (not bold, not the title) that reads as names: (authors, et al.,
    the text after it), else None."""
    for k, p in enumerate(head):
        if p.kind != "text" or not p.em or p.strong or not meaningful(p.text):
            continue
        end, run = k + 1, p.text
        while end < len(head) and (head[end].kind == "break" or head[end].kind == "text"
                                   and head[end].em and not head[end].strong):
            run += " " if head[end].kind == "break" else head[end].text  # (a wrapped run)
            end += 1
        authors, et_al = read_names(clean_text(run).strip(" .,;"), one_person=True)
        if not authors or title_key(run) == title_key(title):
            continue
        return authors, et_al, "".join(q.text for q in head[end:] if q.kind == "text")
    return None


def _emphasised_names(item: ParsedItem, head: list[Piece]) -> None:
    """`**Title.** *Claudio Gallicchio, Alessio Micheli* IJCNN 2010.`: after the title, an
    italic run that reads as names is the authors, its end their end (no full stop needed),
    and a venue and year written right after it fill what the item lacks."""
    found = _italic_names(head, item.title)
    if found is not None:
        item.authors, item.et_al, after = found
        if after.strip() and not item.venue_tag and item.year is None:
            add_venue_line(item, after)


#: A year as a sentence of its own inside a citation (`... Mukhopadhyay. 2024. arXiv`).
_STOP_YEAR = re.compile(rf"\.\s+{YEAR}\.")


def _sentence_of_names(item: ParsedItem) -> bool:
    """`Visual Instruction Tuning. Haotian Liu, Chunyuan Li. NeurIPS 2023.`: a sentence after
    the title that reads as names (two or more, or "et al.") is the authors, and what follows
    them the venue (add_names_and_venue), and so is one person's name with a year as the next
    sentence (`Title. Priyanka Mukhopadhyay. 2024. arXiv preprint.`); whether it found one."""
    parts = NAME_STOP.split(item.title)
    for k in range(1, len(parts)):
        dated = k + 1 < len(parts) and re.match(rf"{YEAR}\.", parts[k + 1]) is not None
        if read_names(parts[k])[0] or dated and read_names(parts[k], one_person=True)[0]:
            item.title = clean_title(". ".join(parts[:k]))
            add_names_and_venue(item, ". ".join(parts[k:]))
            item.shape = "title. authors. venue"
            return True
    return False


def _cited_after_title(head: list[Piece]) -> bool:
    """Whether the text before a line's first link ends at the title's sentence's stop, so
    that the link is a sentence of its own (`Quicksort. [Hoare (1962)](url).`, `Can
    Programming Be Liberated from the von Neumann Style? [Backus (1978)](url).`)."""
    return "".join(p.text for p in head if p.kind != "link").rstrip().endswith((".", "?", "!"))


def _kind_word(word: str) -> bool:
    """Whether a word names a link's resource or a kind of work (`Video`, `Code`, `Paper`,
    `Tutorial`: `_NO_FAMILY_WORDS`), never a person's family name in an author-year label."""
    return is_resource_label(word) or word.lower() in _NO_FAMILY_WORDS


#: Where a citation's title may end when the title comes first: a comma, or a sentence's stop
#: after a word (an initial's stop ends no title), then a capital.
_TITLE_FIRST_END = re.compile(r"(?<=[\w?!)'’\"”]),\s+(?=[A-Z])|(?<=[a-z?!)'’\"”]{2})\.\s+(?=[A-Z])")
#: A citation's name part that ends at a stop, its source after it (`Jefferson Han. In …`).
_NAME_THEN_STOP = re.compile(r"(?P<n>[^.]*?(?:[a-z]{2}|\s[A-Z]))\.\s+(?P<t>[A-Z].*)")
#: A name with an initial opening a text (`D. Cremers`, `Solar-Lezama A. NeurIPS 2020`,
#: Vancouver's `Klein DJ`).
_INITIALLED_OPENING = re.compile(r"(?:[A-Z]\.\s?)+[A-Z][\w'’\-]+|[A-Z][\w'’\-]+\s[A-Z]{1,3}\b\.?")


def _initialled_name(text: str) -> bool:
    """Whether a citation's part opens with a person's name written with an initial."""
    return _INITIALLED_OPENING.match(text.strip()) is not None


#: "et al." ending a citation's names in their part, maybe its source after it (`Jonathan
#: Long et al`, `et al. ACM Computing Surveys`): the names before the mark, then the rest.
_ET_AL_IN_PART = re.compile(r"(?P<n>.*?)\s*\bet\.?\s?al\b\.?(?:\s+(?P<t>[A-Z].*))?$")


def _names_end_inside(part: str) -> tuple[str, str] | None:
    """(names, what follows them) when a citation's names end inside a comma part that is
    no person's name as a whole: at "et al." (`Jonathan Long et al`, `et al. ACM Computing
    Surveys`) or at the stop after a name (`Jefferson Han. In Proceedings of UIST 2005`,
    `Solar-Lezama A. NeurIPS 2020`); None otherwise."""
    et_al = _ET_AL_IN_PART.match(part)
    if et_al is not None and (not et_al.group("n") or count_persons(et_al.group("n"))):
        return f"{et_al.group('n')} et al.".strip(), et_al.group("t") or ""
    stopped = _NAME_THEN_STOP.match(part)
    if stopped is not None and count_persons(stopped.group("n").strip()) \
            and not (person_shaped(part) and lookup(stopped.group("t")) is None):
        # (`Christopher D. Manning`: a middle initial's stop, the family name after it)
        return stopped.group("n"), stopped.group("t")
    return None


def title_names_source(item: ParsedItem) -> bool:
    """`As We May Think, Vannevar Bush, The Atlantic Monthly, July 1945.`, `Interacting with
    paper on the DigitalDesk. Pierre Wellner, Communications of the ACM 36, 7 (Jul. 1993),
    87-96.`: a citation written title first, then its authors (comma parts that each name
    persons), then its source (a venue and a year, as `cited_venue` reads one). The title is
    a phrase of PHRASE_WORDS letter-words that neither opens with names (`_names_alone`) nor
    ends in one (`_ends_in_name`); the source must name more than a date and be named where
    the names end (`_source_opens`). Whether it read the item so."""
    text = item.title
    for end in _TITLE_FIRST_END.finditer(text):
        title = text[:end.start()]
        if len(LETTER_WORD.findall(title)) < PHRASE_WORDS or _ends_in_name(title) \
                or _names_alone(title):
            continue
        read = _names_then_source(text[end.end():])
        if read is None:
            continue
        item.title = clean_title(title)
        item.authors, item.et_al, item.venue_raw = read
        item.venue_tag = venue_tag_of(item.venue_raw)
        item.year = year_of(normalise_venue(item.venue_raw))  # (`ECCV '14`: 2014)
        item.shape = "citation: title, authors, source"
        return True
    return False


#: "by" and the name after it inside a title (`… in the Earth Sciences by Naomi Oreskes`).
_BY_NAME = re.compile(r"\sby\s+([A-Z][\w'’\-]+\s[A-Z][\w'’\-]+)")
#: What parts a title-first citation's title: a comma or a stop.
_PART_MARK = re.compile(r",\s+|\.\s+|\s[-–—]\s")


def _ends_in_name(title: str) -> bool:
    """Whether a title-first citation's title would end in a name, so that the names begin
    before it (`How Bodies Matter, S.R. Klemmer`, `Edit wear and read wear. Hill`): its last
    part is a person's name with an initial, or one capitalised word after a stop or comma
    (a title's last words, `As We May Think`, are neither; a title-cased title reads as a
    name to `count_persons`, so that is not asked), or a part after its first is written as
    a name that `count_persons` refuses only for its family name's ending (`Principles of
    Neural Design, Peter Sterling`, `…, Christopher D. Manning`: which the names' run cannot
    show, so the title's end stays unknown)."""
    by = _BY_NAME.search(title)
    if by is not None and count_persons(by.group(1)):
        return True  # (`Title by Naomi Oreskes, Kristin …`: the names began in it)
    parts = _PART_MARK.split(title.strip())
    if len(parts) < 2:
        return False
    if any(person_shaped(p) and not count_persons(p) for p in title.split(", ")[1:]):
        return True  # (`Title, Christopher D. Manning, Prabhakar Raghavan`: a name there)
    part = parts[-1]
    return bool(re.search(r"\b[A-Z](?:\.|\b)", part)) and count_persons(part) > 0 \
        or re.fullmatch(r"[A-Z][a-z'’\-]+", part) is not None


def _names_alone(title: str) -> bool:
    """Whether what would be a title-first citation's title opens with its author list, the
    names first (`Jan Peters, Katharina Mulling`, `Christopher J. C. H. Watkins`): a first
    comma part of three words at most naming a person before another part, or a first part
    with an initial that names one (a title-cased title alone, `Direct Manipulation
    Interfaces`, reads as a name to `count_persons`: alone it stays a title)."""
    parts = title.split(", ")
    first = parts[0].strip()
    return len(parts) > 1 and len(first.split()) <= 3 and count_persons(first) > 0 \
        or re.search(r"\b[A-Z]\.", first) is not None \
        and bool(count_persons(first) or parse_authors(first)[0])


def _source_opens(tail: str, venue: str) -> bool:
    """Whether the venue `cited_venue` read from a citation's tail is named where the tail
    begins (`Scientific American, September 1991`), not further on (`Deep Reinforcement
    Learning with Double Q-Learning, ArXiv, 2015` is a title before its venue)."""
    def first(text: str) -> str:
        found = LETTER_WORD.findall(re.sub(r"^\s*[Ii]n\s+", "", text))
        return found[0].lower() if found else ""
    return bool(venue) and first(venue) == first(tail)


def _names_then_source(rest: str) -> tuple[list[Author], bool, str] | None:
    """(authors, et al., venue and year) from what follows a title-first citation's title:
    the longest run of comma parts naming persons after which a source is read (a person's
    name and a magazine's read alike, `Mark Weiser, Scientific American, September 1991`:
    the source decides where the names end); None without one."""
    parts = rest.split(", ")
    run = 0  # the parts that may name persons
    # the last name's part, when the source begins inside it: its names, then what follows
    split: tuple[str, str] | None = None
    for part in parts:
        name = re.sub(r"^(?:and|&)\s+", "", part.strip())
        if count_persons(name):
            run += 1
            continue
        split = _names_end_inside(name)
        if split is not None:
            run += 1
            if split[1]:
                break  # (the source begins inside the part)
            split = None  # (`Jonathan Long et al`: the source in the next part)
            continue
        break
    for k in range(run, 0, -1):
        names = ", ".join(parts[:k])
        tail = ", ".join(parts[k:])
        if k < len(parts) and _initialled_name(parts[k]) or re.match(r"(?:and|&)\s", tail):
            continue  # (`D. Cremers, In arXiv …`, `and Future Directions, …`: names go on)
        if split is not None and k == run:  # (the last name's part: its source after it)
            names = ", ".join([*parts[:k - 1], split[0]])
            tail = ", ".join([split[1], *parts[k:]])
        venue = cited_venue(tail) if YEAR_GROUP.search(tail) else known_venue_alone(tail)
        if not _source_opens(tail, venue):
            continue
        named = YEAR_GROUP.sub("", venue)
        if not any(w.lower().strip(".") not in MONTH_WORDS for w in LETTER_WORD.findall(named)):
            continue  # (a date alone names no source: the names went on)
        if re.search(r"(?:^|,)\s*(?:and|&)\s", names) and not re.search(r"\b[A-Z]\.", names):
            continue  # (`A Vision, Architectural Elements, and Future Directions`: a title's
            # serial list reads as names joined by "and"; without an initial, stay silent)
        authors, et_al = parse_authors(names)
        if authors:
            return authors, et_al, venue
    return None


_END_YEAR = re.compile(rf",\s*({YEAR})\.?$")


def trailing_names(item: ParsedItem, year_beside: bool = False) -> None:
    """`World Models, Ha & Schmidhuber, 2018`, `Dream to Control, Hafner et al.`: names (and a
    year) written after the title inside its text go to authors (and year). Names need "et
    al." or a year after them, so that `Side Effect, Combination Synergy, and Drug-Drug
    Interaction Prediction` stays a title (`year_beside`: the item states its year elsewhere, in
    the place its section writes it, `2017ICCV - Title, Authors.`)."""
    title, year = item.title, None
    dated = _END_YEAR.search(title)
    if dated:
        title, year = title[:dated.start()], int(dated.group(1))
    parts = title.split(",")
    for k in range(1, len(parts)):
        authors, et_al = parse_authors(",".join(parts[k:]))
        if not authors:
            continue
        if not et_al and count_persons(parts[0].strip()) and not all(
                count_persons(part.strip()) for part in parts[k:]):
            return  # `Andrew Barto, Michael Duff, Monte Carlo Inversion and ..., NIPS`: a
            # person first, then words that are no person: names before the title, not after
        lead = parse_authors(",".join(parts[:k]))[0]
        if len(lead) == 1 and initialled(lead[0]):
            return  # (`A Poliak, J Naradowsky, R Rudinger…`: the first of the names, no title)
        if et_al or (len(authors) > 1 and (year or year_beside)):  # weaker than read_names
            item.title = clean_title(",".join(parts[:k]))
            item.authors, item.et_al = authors, et_al
            if year and item.year is None:
                item.year = year
        return


def _runs(head: list[Piece]) -> tuple[str, list[bool]]:
    """The text before the first link and, per character, whether it is bold."""
    text, mask = "", []
    for i, p in enumerate(head):
        if p.kind == "text":
            text += p.text
            mask += [p.strong] * len(p.text)
        elif p.kind == "break":
            # (`**Title wrapped over⏎two lines**`: a break inside the bold is the bold's)
            text += "\n"
            mask.append(0 < i < len(head) - 1 and _inside_span(head[i - 1:i], head[i + 1:i + 2]))
    text = text.translate(_FULL_WIDTH)  # "【CVPR 2020】Title": brackets, one char for one
    match = NUMBERING.match(text)  # "1. Title" when the list is not parsed as a list
    if match:
        text, mask = text[match.end():], mask[match.end():]
    match = LEADING_SHORTCODES.match(text)  # ":page_facing_up: Title": GitHub emoji, decoration
    if match:
        text, mask = text[match.end():], mask[match.end():]
    start = _leading_symbols(text)  # "⭐(Nature 2023) *Aurora*": pictographs, decoration too
    if start:
        text, mask = text[start:], mask[start:]
    for local in reversed(list(_LOCAL_LINK.finditer(text)) if "file:" in text else []):
        # `[[pdf]](file:///C:/...)`: a link to a file on someone's disk is no link, and no
        # words of the title either
        text = text[:local.start()] + text[local.end():]
        mask = mask[:local.start()] + mask[local.end():]
    return text, mask


def _leading_symbols(text: str) -> int:
    """How many characters open `text` that are pictographs (`⭐`, `🍬`), their joiners and
    variation selectors, or spaces around them: 0 when the text opens with a word."""
    first = text.lstrip(" ")[:1]
    if not first or first.isascii():
        return 0  # (cheap first: most items open with a letter, a bracket or a mark)
    end = 0
    while end < len(text) and (text[end] in " \u200d\ufe0f"
                               or unicodedata.category(text[end]) == "So"):
        end += 1
    return end if end and text[:end].strip() else 0


#: A Markdown link to a local file, left as text (`[[pdf]](file:///C:/Users/.../x.pdf)`).
_LOCAL_LINK = re.compile(r"\[?\[[^\[\]]*\]\]?\(file:[^()\s]*\)", re.IGNORECASE)


#: The bold name and its colon (or a spaced dash: `**Galois** - Title`) before a title phrase
#: (`**CORD-19**: Cord-19: ...`).
_BOLD_NAME = re.compile(r"^\s*(?P<n>[^:：\n]{1,40}?)(?:\s*[:：]|\s+[-–—])\s*(?P<t>\S.*)$",
                        re.DOTALL)
#: A year that ends a title phrase, alone (`... open research dataset 2020.`).
_PHRASE_YEAR = re.compile(rf"^(?P<t>.*[A-Za-z)].*?)\s+(?P<y>{YEAR})\s*\.?\s*$", re.DOTALL)


def _bold_name(text: str, mask: list[bool]) -> tuple[str, str, int | None] | None:
    """(name, title, year) of `**Name**: Title phrase 2020.`: a bold name (fewer than three
    words), a colon, then a plain phrase of three words or more; the year that ends the phrase
    is its year unless what stands before it is a venue (a name the venue table knows or an
    acronym: `**BERT**: Pre-training ... NAACL 2019` keeps its venue for the venue readers)."""
    match = _BOLD_NAME.match(text)
    if not match or not all(mask[match.start("n"):match.end("n")]) \
            or any(mask[match.start("t"):]):
        return None
    name, title = clean_text(match.group("n")), match.group("t")
    if not name or not is_name(name) or is_name(clean_text(title)):
        return None
    if mask[match.end("n"):match.start("t")].count(True) and ":" in text[match.end("n"):
                                                                        match.start("t")] \
            and not title.lower().startswith(name.lower()):
        # `***Magic-Me:*** Title`: the colon set in the name's emphasis joins the name to the
        # phrase after it: one title (`Name: Subtitle`), the name also the item's (written
        # once where the phrase repeats it: `***MagicID:*** MagicID: Title`)
        title = f"{name}: {title}"
    dated = _PHRASE_YEAR.match(title.rstrip())
    if dated is None:
        return name, title, None
    venue = venue_in(title)
    venue_name = venue[:-4].strip(" ,") if venue else ""
    if venue and (lookup(venue_name) or len(venue_name.split()) <= 2 and _acronym(venue_name)):
        return name, title, None
    return name, dated.group("t"), int(dated.group("y"))


def _name_then_emphasis(head: list[Piece]) -> tuple[str, str, str] | None:
    """(name, title, rest) of `**(Name)** _Title phrase_ Venue 2022`: a bold name (in
    parentheses or brackets, or before a colon) opens the item, then an italic run that is a
    phrase of three words or more, not a name, is the title; what follows is left over. The
    writer set the two apart by their emphasis, so the name is never part of the title."""
    texts = [p for p in head if p.kind == "text" and p.text.strip()]
    if len(texts) < 2 or not texts[0].strong or texts[0].em or not texts[1].em \
            or texts[1].strong:
        return None
    name = clean_text(texts[0].text).strip("()[]:：- ")
    title = clean_text(texts[1].text)
    if not name or not is_name(name) or len(title.split()) < 3 or is_name(title):
        return None
    if starts_with_names(title) or "," in title and len(parse_authors(title)[0]) > 1:
        return None  # `**Mask R-CNN** _Kaiming He, Georgia Gkioxari, ..._`: italic names
    return name, title, "".join(p.text for p in texts[2:])


def _split_title(text: str, mask: list[bool]) -> tuple[str, bool, str]:
    """(title, bold, leftover) from the text before the first link.

    All bold -> an LLM-marked title; none bold -> a plain title; a bold run followed by other
    words (`**Title.** Authors. Venue`) -> the bold run is the title, the rest is left over.
    """
    # (the first bold, first plain and last plain letter or digit, each found by a scan that
    # stops there: two full passes over every item's text cost the 50k import half a second)
    at = range(len(text))
    start = next((i for i in at if mask[i] and text[i].isalnum()), -1)
    if start < 0:
        return text, False, ""
    first_plain = next((i for i in at if not mask[i] and text[i].isalnum()), -1)
    if first_plain < 0:
        return text, True, ""
    last_plain = next(i for i in reversed(at) if not mask[i] and text[i].isalnum())
    end = start
    while end < len(text) and mask[end]:
        end += 1
    run = text[start:end]
    gap = text[end:last_plain]
    gap = gap[: next((i for i, ch in enumerate(gap) if ch.isalnum()), len(gap))]
    # "**Title.** Authors": a full stop ends the title; "**ImageGPT:** Generative ..." does not.
    separated = run.rstrip()[-1:] in ".?!" or any(ch in "\n,.;|-–—(" for ch in gap) \
        or bool(_rest_or_line_venue(text[end:]))
    # ("**Title** *arXiv, Mar 2025*", "**Title**: *FAccT*"; "**Title** Preprint 2023." with
    # the author line under it: the venue's line is the title's)
    if not separated:  # "**Title** *Liang Chen et al. arXiv.*": names after the bold title
        separated = starts_with_names(text[end:])
    if not separated or len(clean_title(run)) < 8:
        return text, False, ""  # bold words inside a plain title are emphasis only
    if first_plain < start:
        if not _lead_in_before(text[:start], run, text[end:], any(mask[end:])):
            return text, False, ""
        return run, True, text[end:]  # (the lead-in says why the paper is listed: no field)
    return run, True, text[:start] + " " + text[end:]


def _lead_in_before(lead: str, run: str, after: str, bold_after: bool) -> bool:
    """Whether plain words before a bold run are a lead-in to it, not the start of a title
    it emphasises (`- Paper introducing CUT&Tag: **CUT&Tag for efficient …** (Kaya-Okur et
    al. 2019).`, `- … the excellent **The triumphs and limitations of …** (Kharchenko,
    2021).`): the run is the item's one bold run, a phrase of PHRASE_WORDS words or more
    opening with a capital (a title's start), set off after (`_split_title`'s `separated`;
    no lower-case word goes on with the sentence: `on the **Microsoft COCO …** benchmark`),
    no venue's name (`_venue_name`: `Title, **International Conference on … 2018**`), and
    the lead ends with a colon or a comma, or with a word in lower case that a title's
    capitalised next word does not continue, no preposition or article (`published in
    **Neural Information Processing Systems**`: the sentence's object, a venue or a data
    set). Emphasis inside a title is a word or two (`Learning with **Noisy Labels**`), never
    the title's whole start-to-end phrase."""
    if bold_after or len(run.split()) < PHRASE_WORDS or not run.lstrip()[:1].isupper() \
            or after.lstrip(" *_")[:1].islower() \
            or _venue_name(YEAR_GROUP.sub(" ", clean_text(run)).strip(" ,.")):
        return False
    tail = lead.rstrip(" *_")
    last = tail.split()[-1] if tail.split() else ""
    return tail[-1:] in ":,：" or last.isalpha() and last.islower() and len(tail.split()) >= 3 \
        and last not in _OBJECT_BEFORE


#: Lower-case words after which a phrase is the sentence's object (`published in`, `evaluated
#: on the`): FUNCTION_WORDS and the short prepositions and articles it leaves out for names.
_OBJECT_BEFORE = FUNCTION_WORDS | frozenset("a an at by in on to as".split())


#: A sentence's end inside a "venue" (`, A tool of spotting ... code bases. This work will be
#: presented at ICSE 2019`): a description that mentions a venue, not a venue.
_PROSE = re.compile(r"[a-z]{2}\.\s+[A-Z]")
#: What a dash sets after a title that opens with an indefinite article and a lower-case word
#: (`- a high-level review of LLM applications in medicine as of March 2024`, `- A review of
#: clinical IE papers published as of September 2016`): a description, its date a remark's;
#: a venue names something, it does not describe it.
_DESCRIBED = re.compile(r"(?:an?|An?)\s+[a-z]")


#: A venue and year as the last sentence (`Title. *ICLR*, 2021.`, `[Title](url). ICLR 2021.`):
#: a venue's capitalised words (four at most, `Findings of ACL`), maybe a comma, the year;
#: the sentence before ends in a word (`Ng.`), not an initial (`B.`).
#: (Not `In Venue, Year`: a citation's, read with its names by the citation readers.) A tag
#: in lower case after its stop, a code span's label (`ICLR 2025. `score``), is no title word.
_STOP_VENUE = re.compile(rf"(?:^|[A-Za-z)\]][a-z)\]])\.\s+(?!In\s)"
                         rf"({_VENUE_WORD}(?:\s(?:of\s)?{_VENUE_WORD}){{0,3}},?\s{YEAR})"
                         r"(?:\.\s*[a-z][a-z\-]{1,19}|\.)?\s*$")
#: `Title. In *COLT 2016*.`: a citation's venue and year in a sentence of their own after the
#: title's stop, introduced by "In" (a stray `/` after it is a typo of the stop).
_IN_VENUE = re.compile(rf"(?<=[.?!])\s+In\s+([A-Z][\w&@.'’\- ]{{0,60}}?\s?{YEAR})\s*[./]*$")
#: What `_IN_VENUE` leaves after the title: the "In" before the venue.
_IN_END = re.compile(r"(?<=[.?!])\s+In\s*$")


#: An arXiv number in the venue's place, its subject classes after it in brackets
#: (`arXiv:2104.10013 [cs]`, `arXiv:2109.09444 [cs, math, stat]`): the venue arXiv.
_NUMBERED_ARXIV = re.compile(rf"\barXiv:\s?{ARXIV_NUMBER}(?:\s*\[[a-z][\w.\-]*(?:,\s*"
                             rf"[a-z][\w.\-]*)*\])?", re.IGNORECASE)


#: A short label in brackets, no link, no digit (`[Review]`, `[Survey]`): a tag, no field.
_TAG_END = re.compile(r"\[[^\[\]\d]{1,20}\]$")


def _marks_after_venue(text: str) -> str:
    """`Title (arXiv Jan 2025) ⭐️ [**Review**]`: emoji and short bracketed tags after a closing
    parenthesis mark the item, they are no part of it; the text up to that parenthesis (the
    text unchanged when no parenthesis stands before them)."""
    end = text
    while True:
        end = _without_end_symbols(end).rstrip()
        tag = _TAG_END.search(end)
        if tag is None:
            break
        end = end[:tag.start()]
    if not end.endswith(")") or end == text:
        return text
    opened = end.rfind("(")
    if opened >= 0 and "," in end[opened:] and _affiliation_note(end[opened + 1:-1]):
        return text  # `by Names (Royal Holloway, UK, 2018) 🔥`: who and when, no venue
    return end


def venue_in(text: str) -> str:
    text = clean_text(text).rstrip(" [(")  # "(AAAI 2021) [[paper](url)]": the links' bracket
    if text[-1:] == "]" or text and is_mark(text[-1]):
        text = _marks_after_venue(text)  # `(arXiv Jan 2025) ⭐️ [**Review**]`
    if "Xiv:" in text or "xiv:" in text or "XIV:" in text:  # (cheap first, any case)
        text = _NUMBERED_ARXIV.sub("arXiv", text)  # `, arXiv:2104.10013 [cs], 2021.`
    if text[-2:-1] in (")", "]") and text[-1:] in (".", ",", ";"):
        text = text[:-1]  # "Title (**NeurIPS 2021**). [[paper](url)]": the sentence's stop
    if not text:
        return ""
    for pattern in (PAREN_VENUE, _DASH_VENUE, _COMMA_VENUE, _IN_VENUE, _STOP_VENUE):
        match = pattern.search(text)
        if match and not MONTH_END.fullmatch(" " + match.group(1)[:-4].strip()) \
                and not _PROSE.search(match.group(1)) and not CJK_DATE.fullmatch(match.group(1)) \
                and not (pattern is _DASH_VENUE and _DESCRIBED.match(match.group(1))):
            lead = text[:match.start(1)].strip() if pattern is _STOP_VENUE else ""
            if lead[-1:] == "." and _ABBREVIATED_WORD.fullmatch(lead):
                # `**Title.** Nat. Method 2018.`: the stop that opens the text after the title
                # closes the journal's abbreviated first word (`Phys.`, `Nat.`), no sentence
                return f"{lead} {match.group(1)}"
            if pattern is PAREN_VENUE and match.group(1).isdigit():
                # `Science Advance 4.8 (2018)`, `Nature 555, 604–610 (2018)`: the year of the
                # journal named before its volume and pages
                journal = venue_before_year(text[:match.start()])
                if journal:
                    return f"{journal} {match.group(1)}"
            return match.group(1)  # (a month and a year, "Mar 2025", is a date, no venue)
    if text[-1:] == "]" and ")" in text:  # (cheap first)
        named = _NAMED_BRACKET_VENUE.search(text)
        if named:  # `**[Robotics: Science and Systems (RSS) 2024]**`: a name, its acronym
            return named.group(1)
    if text[-1:] == ")" and text[-3:-1].isdigit() and text[-4:-3] == " ":  # (cheap first)
        spaced = _PAREN_SPACED_SHORT_YEAR.search(text)
        if spaced and lookup(spaced.group(1)):
            # `[Title](url) (NDSS 21)`, `(USENIX Security 23)`: brackets ending the item that
            # hold only a venue the table knows and a two-digit year, the one two-digit
            # rule's year. An unknown acronym is no evidence: `(VGG 16)`, `(ResNet 50)`,
            # `(COVID 19)` name a model or a topic, and a number after them is no year.
            return f"{spaced.group(1)} {full_year(spaced.group(2))}"
    if "'" not in text and "’" not in text:
        return ""  # (cheap first: both readers below need an apostrophe's short year)
    match = _PAREN_SHORT_YEAR.search(text) if text[-1:] in ")]" else None
    if match and meaningful(text[:match.start()]):  # (brackets alone are a lead tag)
        return match.group(1)
    match = _APOS_VENUE.search(text)
    return f"{match.group(1)}'{match.group(2)}" if match else ""


def closing_venue(text: str) -> str:
    """`... across four architectures. (ICML 2025)`: the venue and year in brackets that end a
    line of notes under a paper (its comments, its summary), when they name a venue (the
    table knows it, or an acronym: `(EMNLP 2025 Findings)`), else "" (`(since 2019)`,
    `(Hayes et al. 2019)`). The brackets stand after the last sentence, apart from it: inside
    a sentence they name what it mentions (`Improves on DETR (ECCV 2020)`), another work."""
    text = clean_text(text).rstrip(" .;,")
    match = PAREN_VENUE.search(text)
    if match is None or text[:match.start()].rstrip()[-1:] not in (".", "!", "?", ":", "") \
            or len(match.group(1).split()) > VENUE_AND_YEAR_WORDS \
            or _ET_AL_YEAR.fullmatch(match.group(1)) or _PROSE.search(match.group(1)):
        return ""
    name = DATE_TAG.sub(" ", match.group(1)).strip(" ,;")
    return match.group(1) if name and (lookup(name) or _acronym(name.split()[0])) else ""


def _name_before_venue(item: ParsedItem, title: str) -> str:
    """`Title (FedOMG) (**ICLR 2025**)`, its venue cut: one token in capitals or camel case in
    brackets between the title phrase and its venue is the method's name (the item's `name`),
    no title word. At the title's end alone (`... Short-term Memory (LSTM)`) it may be the
    title's own: only a venue after it says it is not."""
    named = _NAME_BEFORE_VENUE.search(title)
    if named is None or len(title[:named.start()].split()) < PHRASE_WORDS:
        return title
    if not item.name:
        item.name = named.group(1)
    return title[:named.start()]


def _name_of_repository(item: ParsedItem, title: str) -> str:
    """`Translation between Molecules and Natural Language (MolT5) [[Code]](github.com/…/MolT5)`:
    a bracketed name ending the title that is the name of the item's own repository is the
    method's name (the item's `name`), no title word (`Long Short-term Memory (LSTM)` links
    no repository of that name and keeps it)."""
    named = _NAME_BEFORE_VENUE.search(title)
    if named is None or len(title[:named.start()].split()) < PHRASE_WORDS:
        return title
    name = named.group(1).lower()
    if not any(repository_named(lk.url) == name for lk in item.links):
        return title
    if not item.name:
        item.name = named.group(1)
    return title[:named.start()]


#: A short name in brackets after a title that ends its sentence (`... Graph
#: Representation? (Graphormer)`): one token.
_NAME_AFTER_QUESTION = re.compile(r"[?!]\s*\(([A-Za-z][A-Za-z0-9\-]*)\)\s*$")
#: Kinds of item that a word in those brackets names, no method's name (`(Slides)`).
_NO_NAME_KINDS = NON_PAPER_KINDS | DOCUMENT_KINDS


def _name_after_title(item: ParsedItem, title: str) -> str:
    """`Do Transformers Really Perform Bad for Graph Representation? (Graphormer)`: a title
    that closes its sentence with a question's (or an exclamation's) mark has ended; one
    token in brackets after the mark is the method's name (the item's `name`), no title word.
    (A name in brackets ending a title with no mark before it may be the title's own, `Data
    Center TCP (DCTCP)`: only a list's regularity says it is not, title_ends.peel_bracket_names.)
    A label in brackets (`(Slides)`, `(PPT)`) is no name: what kind of item it is is judged on
    the title as written."""
    asked = _NAME_AFTER_QUESTION.search(title)
    if asked is None or len(title[:asked.start()].split()) < PHRASE_WORDS \
            or is_resource_label(asked.group(1)) \
            or asked.group(1).lower() in _NO_NAME_KINDS:
        return title
    if not item.name:
        item.name = asked.group(1)
    return title[:asked.start() + 1]


def _strip_venue(title: str, venue: str) -> str:
    title = clean_text(title).rstrip(" [(")
    if title[-2:-1] in (")", "]") and title[-1:] in (".", ",", ";"):
        title = title[:-1]
    for wrapped in (f"({venue})", f"[{venue}]", f", {venue}"):
        if title.endswith(wrapped):
            return title[: -len(wrapped)]
    idx = title.rfind(venue)
    if idx > 0 and title[idx + len(venue):].strip(" .,;)]/") == "":
        return _IN_END.sub("", title[:idx])  # `Title. In COLT 2016.`: the title's "In" too
    return title


def _badges(piece: Piece) -> list[str]:
    images = [piece] if piece.kind == "image" else piece.images
    return [badge_venue(img.href) for img in images]


def item_links(pieces: list[Piece], title_link: Piece | None) -> list[Link]:
    links: list[Link] = []
    seen: set[str] = set()

    def add(label: str, url: str) -> None:
        url = url.strip()
        if url[:3] == "10.":  # (`(10.1038/…)`: a DOI written without its host)
            url = doi_target(url) or url
        if url not in seen and (_PLAIN_WEB.match(url) or listed_link(url)) \
                and not feed_url(url):  # (a news feed is no one paper's link)
            seen.add(url)
            links.append(Link(label, url))

    written = cited_doi = ieee_record = ""
    # (the text that ends the item: a labelled DOI closing it is whole, `written_doi`)
    last = next((p for p in reversed(pieces) if p.text.strip()), None)
    for p in pieces:
        if p.kind == "link":
            if p.images and not p.text.strip() and badge_venue(p.images[0].href):
                continue  # a venue badge that links somewhere is a badge, not a resource
            add("paper" if p is title_link else _label(p), p.href)
        elif p.kind == "text":
            for url in BARE_URL.findall(p.text):
                add("link", url.rstrip(".,;"))
            if not cited_doi and "10." in p.text:  # (cheap first)
                cited_doi = written_doi(p.text, closing=p is last)
            if not ieee_record and "ocument" in p.text:  # (cheap first)
                ieee_record = written_ieee_document(p.text)
            if not written and ("Xiv" in p.text or "xiv" in p.text or "CoRR" in p.text):
                cited = _CITED_ARXIV.search(p.text)
                written = cited.group(1) if cited else ""
    if written and not any(arxiv_id(lk.url)[0] for lk in links):
        # `arXiv preprint arXiv:1802.05695 (2018)`, `ArXiv, vol. abs/1908.09804, 2019`: the
        # citation names the paper's arXiv id without linking it: its abstract page
        add("arXiv", abs_url(written))
    if cited_doi:  # `- DOI: 10.2172/1020735`: the paper's DOI, written without its link
        add("DOI", cited_doi)
    if ieee_record:  # `"Title" - IEEE document 10170563`: its IEEE Xplore record, unlinked
        add("IEEE", ieee_record)
    return links


#: An arXiv id a citation writes (`arXiv:1802.05695`, `CoRR abs/1908.09804`, `ArXiv, vol.
#: abs/1909.09436`), new-style; never inside a URL (`arxiv.org/abs/...` is a link already).
_CITED_ARXIV = re.compile(r"(?<![\w./])(?:arXiv:\s?|(?:CoRR|arXiv)\b[,\s]*(?:vol\.\s*)?abs/)"
                          r"(\d{4}\.\d{4,5})(?!\d|\.\d)", re.IGNORECASE)
