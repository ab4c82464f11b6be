"""Each section's item template: inferred from what its items share, or declared by a person.

The items of a section are written alike. For every item the importer knows several places a
title can sit (its *slots*): where the item-by-item reading put it (`as read`), the text of its
first link that is not a resource label (`link text`, a `[label]` in front and a trailing
`(venue year)` taken off), the text after a leading `[label]` or bold name, cut at `|` fields
(`after label`), a quoted phrase (`quoted`), and, where most items write `|`-separated fields,
the field the section's items write a title phrase in, each other field's role inferred the
same way (`fields {year} | {title} | {authors} | {venue}`). A slot's candidate counts as
evidence of a title when it is a phrase of several words and not a name before a colon, a
label, a venue, a date or an author list. The slot that holds such a phrase in most of the
section's items is the section's template, and every item of the section is read with it; an
item that does not fit the template is reported (a problem), not guessed. Venue and year are
placed the same way (`section_venue_year`): a place around the title (opening it, before it,
after it) where most items write a span that reads as a venue and a year, or a year alone, is
read for every item (ending the item, after its links, too); a place the list's other sections
agree on is read in a section that has none of its own.

A person can declare the template instead (`import --template`, or `awesome-bib.toml` next to
the list): a pattern of named fields written like the item, e.g.
`{name}: [{title}]({url}) ({venue} {year})`. `import --explain` prints the template of each
section in that notation (`notation`), so it can be copied and corrected.
"""

from __future__ import annotations

import re
import tomllib
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from itertools import permutations, product
from pathlib import Path

from ..core.identifiers import paper_itself
from ..core.names import CJK_PHRASE
from ..core.titles import LETTER_WORD, title_key
from ..core.vocab import PRESENTATION_WORDS, TITLE_ABBREVIATIONS, VENUE_FORM_WORDS
from ..core.years import (
    CJK_DATE,
    GLUED_YEAR,
    MONTH,
    MONTH_DATE_ALONE,
    YEAR,
    YEAR_GROUP,
    find_year,
    full_year,
    year_of,
)
from ..errors import ListError
from ..model import Author
from ..venues import QUALIFIERS, lookup, parse_tag
from .authors import author_year_key, parse_authors, read_names
from .citations import ONE_INVERTED, link_citation, venue_part
from .clean import clean_text, clean_title
from .item_fields import (
    APOS_YEAR,
    BARE_URL,
    CITATION_COUNT,
    DASH_FIELDS,
    NAME_BEFORE,
    ParsedItem,
    is_resource_label,
    link_words,
    normalise_venue,
    title_then_venue,
    venue_tag_of,
)
from .items import (
    BRACKET_LABEL_WORDS,
    NUMBERING,
    PAREN_VENUE,
    TAG_VENUE,
    add_names_and_venue,
    add_venue_line,
    after_names_year,
    badge_venue,
    cited_file_name,
    item_links,
    label_year,
    rest_venue,
    trailing_names,
    venue_field_of,
    venue_in,
)
from .markdown import LEADING_SHORTCODES, Piece

AS_READ = "as read"
LINK_TEXT = "link text"
AFTER_LABEL = "after label"
QUOTED = "quoted"
#: Slots tried when the item-by-item reading does not give most items a title; in this order
#: (the first wins a tie).
SLOTS = (LINK_TEXT, AFTER_LABEL, QUOTED)

#: A title is a phrase: at least this many words (a name, a label or an acronym is not).
TITLE_WORDS = 3
CONFIG_NAME = "awesome-bib.toml"

_LABEL = re.compile(r"^\s*\[([^\[\]]{1,40})\]\s*")
_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
# Two digits are a year only after an apostrophe (`CVPR'23`): "COVID-19" is no venue.
_VENUE_ONLY = re.compile(rf"^[\w&.,'’ \-]{{0,40}}?(?:{YEAR}|['’]\s?\d\d)$")
#: Digits and date separators only (`2019.06`, `12/2020`): no word of a title.
_NUMERALS_ONLY = re.compile(r"^[\d\s./\-]+$")
_APOS_SPACE = re.compile(r"(['’])\s+(\d{2})\b")
_QUOTE_SPAN = re.compile(r"[\"“](?P<t>[^\"“”]{4,}?)[\"”]")
_LIST_MARK = re.compile(r"[,;&]|\band\b|\bet\.? al", re.IGNORECASE)
#: `Title. [__`cls.`__ __`seg.`__]`: bracketed tags after a title's closing full stop.
_TRAILING_TAGS = re.compile(r"(?<=[.!?])(?:\s*\[[^\[\]]*\])+\s*$")
_EMPHASIS = re.compile(r"\*\*|__|(?<!\w)[*_]|[*_](?!\w)|`")


@dataclass
class Candidate:
    """One slot's reading of an item: the title and what sits around it."""

    title: str
    name: str = ""
    venue: str = ""
    authors: list[Author] = field(default_factory=list)
    et_al: bool = False
    title_link: Piece | None = None
    year: int | None = None  # a year the slot gives without a venue


def title_like(text: str, cleaned: bool = False) -> bool:
    """Evidence that `text` is a title: a phrase of several words, not a name, label, venue,
    date, field list or author list. `cleaned`: `text` is already `clean_text`'s."""
    if "|" in text or len(_WORD.findall(text)) < TITLE_WORDS or \
            len(DASH_FIELDS.findall(text)) > 1:
        return False  # (checked before cleaning: cleaning changes neither, and costs)
    if not cleaned:
        text = clean_text(text)
    if _field_not_title(text) or _names_first(text)[0]:
        return False
    if "," in text and ONE_INVERTED.fullmatch(text.strip(" .,")):
        return False  # (`Titzer, Ben L`: one person, family name first, is no title)
    if not _LIST_MARK.search(text):
        return True  # one "name" of capitalised words may be a title; a list needs a separator
    authors, et_al = parse_authors(text)
    # Names need a comma or "et al." to be a list: "Open and Efficient Foundation Language
    # Models" reads as two capitalised "names" but is a title.
    return not (et_al or (len(authors) > 1 and "," in text))


def phrase(text: str) -> bool:
    """A title phrase: several words (`title_like`), or six CJK characters in a row (a title
    written without spaces: `基于聚类方法的点云分割技术的研究`, never a name)."""
    return title_like(text) or bool(CJK_PHRASE.search(text))


def _names_first(text: str, one_person: bool = False) -> tuple[list[Author], bool, str]:
    """`Zhuoran Xiong et al. - Practical Deep Reinforcement ...`: (authors, et al., the rest)
    when the text before its one spaced dash reads as names (two or more, or "et al."; one
    person's name with `one_person`), else ([], False, "")."""
    parts = DASH_FIELDS.split(text)
    if len(parts) != 2:
        return [], False, ""
    authors, et_al = read_names(clean_text(LEADING_SHORTCODES.sub("", parts[0])),
                                one_person=one_person)
    return (authors, et_al, parts[1]) if authors else ([], False, "")


def _first_line(pieces: list[Piece]) -> list[Piece]:
    end = next((i for i, p in enumerate(pieces) if p.kind == "break"), len(pieces))
    return pieces[:end]


def _head_text(pieces: list[Piece]) -> str:
    """Text of the first line before its first link."""
    out = []
    for p in pieces:
        if p.kind in ("link", "break"):
            break
        if p.kind == "text":
            out.append(p.text)
    return "".join(out)


def _label_head(pieces: list[Piece]) -> str:
    """`_head_text`, with a leading link in brackets read as the label: `[[CVPR](pdf)] Title.`
    is `[CVPR] Title.` (the venue's link is not the title's)."""
    line = _first_line(pieces)
    if len(line) >= 2 and line[0].kind == "link" and line[1].kind == "text" \
            and link_words(line[0]).strip() and not title_like(link_words(line[0])) \
            and "|" in _head_text(line[1:]):
        # `[SPP-Net](note.md) Spatial Pyramid Pooling ... | **[ECCV' 14]** | [[arXiv](url)]`:
        # a linked name opening `|`-separated fields is their label (the maintainer's note
        # on the paper named by its model), the phrase after it the title (without the
        # fields, a name and a phrase after it is as often a tool and its description)
        rest = _head_text(line[1:]).lstrip(" |:-–—")
        return f"[{link_words(line[0]).strip()}] {rest}"
    if len(line) < 3 or line[0].kind != "text" or line[0].text.strip() != "[" \
            or line[1].kind != "link" or line[2].kind != "text" \
            or not line[2].text.startswith("]"):
        return _head_text(pieces)
    return f"[{link_words(line[1])}]" + _head_text(line[2:])


def strip_label(text: str) -> tuple[str, str]:
    """(`DCN`, `Deep & Cross ...`) from `[DCN] Deep & Cross ...`; ("", text) without one."""
    match = _LABEL.match(text)
    if match and _LABEL.sub("", text, count=1).strip():
        return match.group(1).strip(), text[match.end():]
    return "", text


def _fields(rest: list[str], cand: Candidate) -> None:
    """Authors and venue from the `|`-separated fields after the title."""
    for part in rest:
        text = clean_text(_APOS_SPACE.sub(r"\1\2", part)).strip(" *[]()")
        if text[-1:].isalpha():  # (cheap first: a count ends in its word)
            text = CITATION_COUNT.sub("", text)
        if not text:
            continue
        dated = year_of(text) or "'" in text or "’" in text
        venue = venue_in(f"({text})") if dated else ""
        if not cand.venue and venue and len(text.split()) <= 8:
            cand.venue = venue
            continue
        authors, et_al = parse_authors(text)
        if authors and not cand.authors:
            cand.authors, cand.et_al = authors, et_al


def link_text(pieces: list[Piece]) -> Candidate | None:
    """The first link whose text is not a resource label: `Name: [Title](url) (Venue Year)`."""
    line = _first_line(pieces)
    for i, p in enumerate(line):
        if p.kind != "link":
            continue
        name, text = strip_label(link_words(p))
        if not text.strip() or is_resource_label(text.strip()):
            continue
        cand = Candidate("", name=name, title_link=p)
        filed = cited_file_name(text) if text[-4:].lower() == ".pdf" else None
        if filed is not None:  # `[Disk Paxos(E.Gafni&L.Lamport, Feb.2003).pdf](pdf)`
            cand.title, cand.year = filed[0], filed[1]
            text = ""
        cited = link_citation(text) if text else None
        if cited is not None:
            # `[Boyd, S., & Vandenberghe, L. (2004). Convex optimization. Cambridge …](url)`:
            # a whole citation as the link's text gives the title, names, venue and year
            cand.title, cand.venue, cand.year = cited.title, cited.venue_raw, cited.year
            cand.authors, cand.et_al = cited.authors, cited.et_al
            text = ""
        venue = PAREN_VENUE.search(text)
        if venue:
            # Inside the link text, "(Stanford 2017)" names who wrote it, not where: a venue
            # only when the venue table knows it; the year stands either way.
            if lookup(venue.group(1)) is not None:
                cand.venue = venue.group(1)
            cand.year = year_of(venue.group(1))
            text = text[:venue.start()]
        cand.title = cand.title or clean_title(text)
        before = "".join(q.text for q in line[:i] if q.kind == "text")
        named = NAME_BEFORE.match(before)
        if named and not cand.name:
            cand.name = clean_text(named.group(1))
        if not cand.venue:
            after = "".join(q.text for q in line[i + 1:] if q.kind == "text")
            cand.venue = venue_in(after)
        return cand if cand.title else None
    return None


def after_label(pieces: list[Piece]) -> Candidate | None:
    """`**[R-CNN]** Rich feature hierarchies ... | Authors | **[CVPR' 14]** | [[pdf]](url)`,
    `Title - Authors - Venue Year - [pdf](url)`: the text after a leading label, with `|` or
    dash-separated fields (two dashes at least) after it; `Author et al. - Title [[Link]](url)`:
    with one dash, names before it and the title after it."""
    head = _label_head(pieces)
    name, text = strip_label(head)
    parts = text.split("|") if "|" in text else DASH_FIELDS.split(text)
    if "|" not in text and len(parts) < 3:
        authors, et_al, rest = _names_first(text, one_person=True)
        if authors and not name:
            # `Author et al. - Title [[Link]](url)`: the names, one dash, then the title (a
            # section reads so only when most of its items do, some with two names or "et al.")
            cand = Candidate(clean_title(rest), authors=authors, et_al=et_al)
            return cand if cand.title else None
        parts = [text]  # one dash may be part of a title ("Node2vec - Scalable ...")
    if not name and len(parts) < 2:
        return None
    cand = Candidate(clean_title(_TRAILING_TAGS.sub("", parts[0])), name=name)
    if name and lookup(name) is not None:
        cand.name, cand.venue = "", name  # `[CVPR] Title`: the label is the venue
    elif name and (dated := label_year(name, pieces)) is not None:
        cand.name, cand.year = "", dated  # `[2016]. Title`, `[1705]. Title`: a date, no name
    elif name and (coded := _ACRONYM_YEAR.fullmatch(name)) is not None:
        # `**[TRO 25]** Title`, `**[[RA-L 25](ieee)]**`: an acronym in capitals and its year
        # (two digits or four) in the label's place (the section's template: where its other
        # items write their venues) is a venue the table may not know, and its year
        year = full_year(coded.group(2))
        cand.name, cand.venue, cand.year = "", f"{coded.group(1)} {year}", year
    _fields(parts[1:], cand)
    return cand if cand.title else None


def quoted(pieces: list[Piece]) -> Candidate | None:
    """A quoted phrase; what stands before it is the name or the authors."""
    head = _head_text(pieces)
    match = _QUOTE_SPAN.search(head)
    if not match:
        return None
    cand = Candidate(clean_title(match.group("t")))
    before = clean_text(head[:match.start()]).strip(" :,.")
    cand.authors, cand.et_al = parse_authors(before)
    if not cand.authors:
        cand.name = before
    cand.venue = venue_in(head[match.end():])
    return cand if cand.title else None


_SEPARATOR = re.compile(r"^\s*(?:[-–—:|]|\s[-–—]\s)\s*")
# (a hyphen inside a word is the name's own, `ChatGLM2-6B: An Open Bilingual Chat LLM`)
_NAMED_TEXT = re.compile(r"^\W*(?P<name>(?:[^:：\-–—|]|(?<=\w)-(?=\w)){1,40}?)\s*"
                         r"(?:\s[-–—]\s|[:：]\s)\s*(?P<d>.+)$")
#: A name is at most this many words; a description at least this many.
NAME_WORDS = 3
#: A sentence going on after a linked name, lower case (`is a ...`, `compiles ...`): the name
#: is what it describes.
_PREDICATE = re.compile(r"\s+[a-z]{2,}\s")
DESCRIPTION_WORDS = 5


def name_and_description(pieces: list[Piece]) -> bool:
    """`[SQuAD](url) - A reading comprehension dataset of ...`: a short name (a link or text)
    and a sentence describing it: how tools, datasets and systems are listed, not papers."""
    line = [p for p in _first_line(pieces) if p.kind != "image"]
    first = next((i for i, p in enumerate(line) if p.kind != "text" or p.text.strip()), None)
    if first is None:
        return False
    if line[first].kind == "link":
        name = line[first].text
        after = []
        for p in line[first + 1:]:
            if p.kind == "link":
                break
            after.append(p.text)
        rest = "".join(after)
        sep = _SEPARATOR.match(rest)
        # `[Brian2](url) is a clock-driven simulator ...`: the name is the sentence's subject
        description = rest[sep.end():] if sep else rest if _PREDICATE.match(rest) else ""
    else:
        # (an emoji shortcode opening the line, `:+1: &nbsp; Authors, **Title**`, is no name)
        text = LEADING_SHORTCODES.sub("", _head_text(pieces))
        match = _NAMED_TEXT.match(text)
        if not match or venue_year_span(match.group("name")) is not None \
                or author_year_key(match.group("name")) is not None:
            # (`2013 - Title, Names.`, `Li+'22 - Title`: a year or a venue before the dash,
            # or who wrote it and when, no name)
            return False
        at = len(text) - len(text.lstrip())  # (where a quote may open the text)
        opened = text[at:at + 1]
        closing = "”" if opened == "“" else '"'
        if opened in ('"', "“") and text.find(closing, at + 1) > match.end("name"):
            return False  # (`"JailbreakBench: An Open ... Benchmark", 2024-03`: one quoted title)
        name, description = match.group("name"), match.group("d")
    # (a year or a number before a dash, `* 2013 - Title, Authors.`, names nothing)
    return (0 < len(_WORD.findall(name)) <= NAME_WORDS and not name.strip(" .:#").isdigit()
            and len(_WORD.findall(description)) >= DESCRIPTION_WORDS)


def names_line(text: str) -> bool:
    """A line of names, maybe with a venue after a dash (`Ann Author, Bob Writer — ICLR 2021`):
    one of its dash-separated parts reads as two names or more, or names with "et al."."""
    return any(read_names(part)[0] for part in [text, *DASH_FIELDS.split(text)])


def read_names_line(item: ParsedItem, text: str) -> None:
    """The authors and venue of a names line (`names_line`) into what `item` lacks."""
    for part in DASH_FIELDS.split(text):
        authors, et_al = read_names(part)
        if authors and not item.authors:
            item.authors, item.et_al = authors, et_al
        elif not parse_authors(part)[0]:
            add_venue_line(item, part)


_READERS: dict[str, Callable[[list[Piece]], Candidate | None]] = {
    LINK_TEXT: link_text, AFTER_LABEL: after_label, QUOTED: quoted}


# -- the title's place among `|`-separated fields -----------------------------------------

#: The slot of a section whose items write their fields between `|` (`2019 | Title | Ann Lee,
#: et al. | arXiv | [PDF](url)`): its name carries each field's role, inferred from what most
#: of the section's items write in that field (`fields {year} | {title} | {authors} | {venue}
#: | {_}`), and every item is read with it, a short title too (`2019 | Network Morphism | ...`).
FIELDS = "fields"
#: An item writes its fields between `|` when it has at least this many.
FIELD_COUNT = 3
#: A venue field is a short name: at most this many words.
FIELD_VENUE_WORDS = 4
_ROLES = ("title", "year", "authors", "venue")


def _pipe_parts(pieces: list[Piece]) -> tuple[str, list[str]] | None:
    """(the `[label]` in front, the `|`-separated fields of the first line before its first
    link), or None when the line has fewer than FIELD_COUNT fields."""
    head = _label_head(pieces)
    if head.count("|") < FIELD_COUNT - 1:
        return None  # (the cheap test first: most items have no `|` at all)
    name, text = strip_label(head)
    parts = text.split("|")
    return (name, parts) if len(parts) >= FIELD_COUNT else None


def _field_text(part: str) -> str:
    return clean_text(_APOS_SPACE.sub(r"\1\2", part)).strip(" *_[]()")


def field_role(part: str) -> str:
    """What one `|` field reads as by itself: `title` (a phrase), `year` (a year or a date),
    `venue` (a venue with its year, or a short name that is neither names nor a phrase),
    `authors` (names: two or more, "et al.", or a name and initials after a comma), or ""."""
    text = _field_text(part)
    if not text:
        return ""
    span = venue_year_span(text)
    if span is not None:
        return "venue" if span[0] else "year"
    if MONTH_DATE_ALONE.fullmatch(text):
        return "year"  # `**2015-10** | Title | ...`: a date is a year wherever it sits
    if lookup(text) is not None:
        return "venue"  # (`arXiv` in a field is the venue, not a link's label)
    if is_resource_label(text):
        return ""
    if title_like(text, cleaned=True):
        return "title"
    if read_names(text)[0] or ("," in text and parse_authors(text)[0]):
        return "authors"
    if len(text.split()) <= FIELD_VENUE_WORDS and any(ch.isalpha() for ch in text):
        return "venue"
    return ""


def field_layout(members: list[Member]) -> str:
    """The section's `|` field layout (see FIELDS), or "" when most of its items do not write
    `|` fields or no field holds a title phrase in most of them: per role, the field where
    most items write it (the title's first), each field one role."""
    rows = [parts for m in members if (found := _pipe_parts(m.pieces)) is not None
            for parts in (found[1],)]
    if 2 * len(rows) <= len(members):
        return ""
    roles = _field_roles(rows)
    return f"{FIELDS} " + " | ".join(f"{{{r or '_'}}}" for r in roles) if roles else ""


def _field_roles(rows: list[list[str]], cited: list[dict[str, str]] | None = None
                 ) -> list[str]:
    """Per field position, the role most rows write there (`field_role`; the title's first,
    each field one role); [] when no position holds a title phrase in most rows. `cited`:
    per row, the words of its links to the paper itself (`_paper_labels`)."""
    width = max(len(parts) for parts in rows)
    counts = [Counter(field_role(parts[i]) for parts in rows if i < len(parts))
              for i in range(width)]
    roles = [""] * width
    for role in _ROLES:
        free = [i for i in range(width) if not roles[i]]
        if not free:
            break
        best = max(free, key=lambda i: counts[i][role])
        if 2 * counts[best][role] > len(rows):
            roles[best] = role
        elif role == "title":
            return []
    if "venue" in roles:
        # (a short name is a venue only where the venue table knows a good share of the
        # field's names: `arXiv`, `ICDM`; a field of topic tags, `[标签]`, is none)
        at = roles.index("venue")
        known = sum(1 for k, parts in enumerate(rows) if at < len(parts)
                    and (_known_venue(text := _field_text(parts[at]))
                         or cited is not None and text in cited[k]))
        if VENUE_SHARE * known < len(rows):
            roles[at] = ""
    return roles


#: A field is a venue field when the venue table knows at least one name in this many.
VENUE_SHARE = 3


def _known_venue(text: str) -> bool:
    span = venue_year_span(text) if text else None
    return bool(span and span[0]) or (bool(text) and lookup(text) is not None)


def field_venues(items: list[ParsedItem | None], pieces: list[list[Piece]]
                 ) -> list[ParsedItem | None]:
    """A section whose items write `|` fields around a linked title (`2019 | [Title](url) |
    Xin He, et al. | arXiv`), read as read: the venue field of its layout (`_field_roles`,
    links as their words) fills the venue of the items that lack one, when the item's own
    field there reads as a venue (`Neurocomputing`, with the item's year: `Neurocomputing
    2020`)."""
    if 2 * sum(1 for p in pieces if any(q.kind == "text" and "|" in q.text for q in p)) \
            <= len(items):
        return items  # (the cheap test first: most sections write no `|`)
    rows = [_flat_line(p).split("|") if item is not None else [] for item, p
            in zip(items, pieces, strict=True)]
    fielded = [k for k, r in enumerate(rows) if len(r) >= FIELD_COUNT]
    if 2 * len(fielded) <= len(items):
        return items
    cited = [_paper_labels(p, item.title if item is not None else "")
             for item, p in zip(items, pieces, strict=True)]
    roles = _field_roles([rows[k] for k in fielded], [cited[k] for k in fielded])
    if "venue" not in roles:
        return items
    at = roles.index("venue")
    out = list(items)
    for k, (item, parts) in enumerate(zip(items, rows, strict=True)):
        if item is None or item.venue_tag:
            continue
        # (`*Authors* [Bioinformatics](doi)`, no `|` before the link: it ends the last field)
        last = next((label for label in cited[k]
                     if parts[-1].rstrip(" .,;").endswith(f"[{label}]")), "")
        if at >= len(parts) - (last != ""):
            if not last:
                continue
            venue = cited[k][last]
        else:
            venue = _field_text(parts[at])
            if venue in cited[k]:
                venue = cited[k][venue]  # (as the link writes it: `... Biocomputing (PSB)`)
            elif field_role(parts[at]) != "venue":
                continue
        shape = f"{item.shape}, the venue its paper link's words" \
            if venue in cited[k].values() else item.shape
        if item.year is not None and not year_of(venue):
            venue = f"{venue} {item.year}"
        out[k] = replace(item, venue_raw=venue, venue_tag=venue_tag_of(venue),
                         year=item.year or year_of(venue), shape=shape)
    return out


def _paper_labels(pieces: list[Piece], title: str) -> dict[str, str]:
    """The words of the first line's links to the paper itself (a DOI, arXiv, a PDF) that
    are not its `title`: `| [Bioinformatics](https://doi.org/...)` after the title names where
    it appeared, as a venue the table knows would (`_field_roles`). Keyed by the words as
    a `|` field reads them (`_field_text`), the words as written."""
    return {_field_text(f"[{link_words(p)}]"): link_words(p) for p in _first_line(pieces)
            if p.kind == "link" and paper_itself(p.href) and p.text.strip()
            and title_key(p.text) != title_key(title)}


@lru_cache(maxsize=64)
def _layout_roles(slot: str) -> tuple[str, ...]:
    return tuple(r.strip(" {}").replace("_", "") for r in slot[len(FIELDS):].split("|"))


def read_fields(slot: str, pieces: list[Piece]) -> Candidate | None:
    """The item read with its section's `|` field layout (`field_layout`'s slot)."""
    found = _pipe_parts(pieces)
    roles = _layout_roles(slot)
    if found is None or "title" not in roles:
        return None
    name, parts = found
    at = roles.index("title")
    if at >= len(parts):
        return None
    cand = Candidate(clean_title(parts[at]), name=name)
    if name and lookup(name) is not None:
        cand.name, cand.venue = "", name  # `[CVPR] Title`: the label is the venue
    venue = ""
    for role, part in zip(roles, parts, strict=False):
        text = _field_text(part)
        if not text or role == "title":
            continue
        if role == "year":
            span = venue_year_span(text)
            cand.year = span[1] if span else year_of(text)
        elif role == "authors" and not cand.authors:
            cand.authors, cand.et_al = parse_authors(text)
        elif role == "venue" and not cand.venue:
            venue = text
    if venue:
        # (the list's own tag shape, `Neurocomputing 2020`, when the year is a field of its own)
        cand.venue = venue if year_of(venue) or cand.year is None else f"{venue} {cand.year}"
    return cand if cand.title else None


def _reader(slot: str) -> Callable[[list[Piece]], Candidate | None]:
    if slot.startswith(FIELDS):
        return lambda pieces: read_fields(slot, pieces)
    return _READERS[slot]


def read_as(parsed: ParsedItem, pieces: list[Piece]) -> bool:
    """Whether the item-by-item reading gave a title (not a name before a colon)."""
    if not title_like(parsed.title, cleaned=True):
        return False
    head = _head_text(pieces)
    named = NAME_BEFORE.match(head)
    return not (named and title_key(named.group(1)) == title_key(parsed.title))


@dataclass
class Member:
    """One item of a section, as the template inference sees it."""

    pieces: list[Piece]
    parsed: ParsedItem | None  # None: the item-by-item reading found no paper


def titled(members: list[Member]) -> list[bool]:
    """Per member: whether the item-by-item reading gave it a title (`read_as`)."""
    return [m.parsed is not None and read_as(m.parsed, m.pieces) for m in members]


def infer(members: list[Member], is_titled: list[bool] | None = None) -> str:
    """The slot that holds a title in most of the section's items (AS_READ unless another slot
    does so in more items, and in at least half of them; the first slot wins a tie)."""
    flags = is_titled if is_titled is not None else titled(members)
    as_read = sum(flags)
    if as_read == len(members):
        return AS_READ  # every item already reads as a title: nothing to infer (fast path)
    untitled = [m for m, f in zip(members, flags, strict=True) if not f]
    read = [m for m, f in zip(members, flags, strict=True) if f]
    best, best_count = AS_READ, max(as_read, (len(members) - 1) // 2)
    layout = field_layout(members)
    for slot in (*SLOTS, layout) if layout else SLOTS:
        gained = sum(1 for m in untitled if _votes(slot, m))
        # The slot must hold a title in more items than the best so far: it may miss at most
        # `allowed` of the items already read as titles (counting stops once it has).
        allowed = gained + as_read - best_count - 1
        if gained == 0 or allowed < 0:
            continue
        missed = 0
        for m in read:
            if not _votes(slot, m):
                missed += 1
                if missed > allowed:
                    break
        if missed <= allowed:
            best, best_count = slot, gained + as_read - missed
    return best


def _votes(slot: str, member: Member) -> bool:
    cand = _reader(slot)(member.pieces)
    return cand is not None and title_like(cand.title)


def apply(slot: str, member: Member) -> ParsedItem | None:
    """The item read with its section's template; None when it does not fit."""
    cand = _reader(slot)(member.pieces)
    if cand is None or not _acceptable(cand.title):
        return None
    base = member.parsed
    shape = f"template: title in {slot}"
    if base is not None and base.shape.startswith("citation") \
            and title_key(base.title) == title_key(cand.title):
        # (the template finds the title the item's own citation reading gave: the item stays
        # read as that citation, the evidence of a paper written out in full)
        shape = base.shape
    item = _with(member, cand, shape)
    if cand.title_link is not None:
        _read_around(item, cand, member.pieces)
    return item


def _acceptable(title: str) -> bool:
    """A title the template may take from its slot even if short (`Mask R-CNN`): words, not a
    label, venue, date or author list."""
    text = clean_text(title)
    return bool(_WORD.search(text)) and "|" not in text and not _field_not_title(text)


def _field_not_title(text: str) -> bool:
    """A venue, a date or a resource label (`ICCV' 17`, `2019-12`, `pdf`): a field, never a
    title, however many words (the one rule `title_like` and `_acceptable` share). A title
    then its venue and year (`Meta-Curvature. NeurIPS 2019`, `title_then_venue`) is a title."""
    venue = _VENUE_ONLY.match(text) is not None \
        and not title_then_venue(text.rsplit(None, 1)[0])
    return venue or bool(_NUMERALS_ONLY.match(text)) or is_resource_label(text)


def _with(member: Member, cand: Candidate, shape: str) -> ParsedItem:
    base = member.parsed or ParsedItem()
    item = replace(base, shape=shape, title=cand.title, title_is_label=False, name=cand.name)
    if cand.venue and (not base.venue_tag or clean_text(base.venue_raw) in (cand.name, "")
                       or len(base.venue_raw) <= 12
                       and _ACRONYM_YEAR.fullmatch(base.venue_raw.strip(" *[]")) is not None):
        # (`TIV 24` as the line wrote it: the label's year is read in full, `TIV 2024`)
        item.venue_raw = clean_text(cand.venue)
        item.year = year_of(normalise_venue(item.venue_raw)) or base.year
        item.venue_tag = venue_tag_of(item.venue_raw)
    elif cand.name and clean_text(base.venue_raw) == cand.name:
        item.venue_raw = item.venue_tag = ""  # the `[Name]` in front is not a venue
        item.year = cand.year
    elif cand.year and not cand.venue and not base.venue_tag:
        item.year = item.year or cand.year
    if cand.authors and not base.authors:
        item.authors, item.et_al = list(cand.authors), cand.et_al
    item.links = item_links(member.pieces, cand.title_link)
    return after_names_year(item)


def _read_around(item: ParsedItem, cand: Candidate, pieces: list[Piece]) -> None:
    """The text before and after the title's link, read by the item readers for what the item
    lacks: `Ann Lee, Bob Roe. [{title}]({url}). In EMNLP, 2019.` gives authors, venue and
    year; the template only says where the title is."""
    line = _first_line(pieces)
    at = next((i for i, p in enumerate(line) if p is cand.title_link), None)
    if at is None:
        return
    before = "".join(p.text for p in line[:at] if p.kind == "text")
    after = "".join(p.text for p in line[at + 1:] if p.kind == "text")
    if not item.authors and not cand.name and clean_text(before).rstrip()[-1:] in (".", ","):
        # (names end in a full stop or comma before a citation's title; a name before a colon
        # is the paper's name, and words without a stop may be a label)
        add_names_and_venue(item, before)
    if not item.authors:
        add_names_and_venue(item, after)  # `[{title}]({url}). Ann Lee. NeurIPS 2019.`
    if not item.venue_tag and item.year is None and not add_venue_line(item, after):
        note = _NOTE_AFTER_YEAR.search(after)
        if note is not None:
            # `[{title}]({url}). arXiv:1805.03989v2, ACL 2018. The source code written in
            # Python is [...]`: the citation ends at its year's stop, a note follows it
            venue = venue_in(after[:note.start() + 1])
            year = year_of(venue)
            if venue and year is not None:
                item.venue_raw, item.venue_tag, item.year = venue, venue_tag_of(venue), year


#: A year's full stop, then a sentence: a note after a citation's tail.
_NOTE_AFTER_YEAR = re.compile(rf"(?<={YEAR})\.\s+(?=[A-Z][a-z]+\s)")


# -- venue and year beside the title ------------------------------------------------------

#: A title as read that opens with a short span and a dash or colon: `2017ICCV - Title`,
#: `2013 - Title`, `ICCV'17: Title` (the span is judged by `venue_year_span`); a year glued
#: to the title by a hyphen, `2020-Semantics for ...`, is core.years.GLUED_YEAR's.
_LEAD_SPAN = re.compile(r"^\s*(?P<span>[^\s:\-–—][^:–—]{0,15}?)(?:\s*:|\s+[-–—])\s+(?P<rest>\S.*)$")
#: (its day may come first: `16 Oct 2015`, as `ArXiv, 16 Oct 2015` dates a preprint)
_MONTH_YEAR = re.compile(rf"(?:\d{{1,2}}\s+)?{MONTH},?\s*({YEAR})", re.IGNORECASE)
#: A venue then two digits, no apostrophe (`IJCAI 19`, `IJCAI-21`, `IEEE TNNLS-22`, glued:
#: `ICLR18`): read only for a venue the table knows.
#: A label that is an acronym in capitals (a hyphen inside) and a year: `TRO 25`, `RA-L 2025`.
_ACRONYM_YEAR = re.compile(r"([A-Z](?:[A-Z]|-(?=[A-Z])){1,9})\s?(\d\d|(?:19|20)\d\d)")
_KNOWN_SHORT = re.compile(r"([A-Za-z][\w&\-]{1,15}?(?:\s[A-Za-z][\w&\-]{1,15}?)?)[\s\-]?(\d\d)")
#: What is left of a span once its year is read: an acronym (`SMA`, `ICLRW`, up to twelve
#: capitals: `INTERSPEECH`, `EUROSPEECH`; a capital inside it after small letters too:
#: `PPoPP`, `EuroSys`; a digit before capitals: `3DV`), never a word.
_ACRONYM = re.compile(r"[A-Z][A-Z0-9&]{1,11}|[A-Z][a-z]{0,5}[A-Z][A-Za-z0-9&]{0,6}"
                      r"|\d[A-Z][A-Z&]{1,10}")


#: A venue's rank as Chinese lists write it after the venue (`ccf-A`, `CCF-B`, `sci-2`,
#: `SCI Q1`): a rating of the venue, no word of its name.
_RANK_TAG = re.compile(r"[\s,]+(?:ccf|sci|jcr|cas)[\s-]?(?:[abc]|q?[1-4])$", re.IGNORECASE)


@lru_cache(maxsize=8192)  # (a list repeats its spans: `NeurIPS 2019` on many items)
def venue_year_span(text: str, known: bool = False) -> tuple[str, int] | None:
    """(venue as written, year) when a short span reads as a venue and a year or as a year
    alone (`2017ICCV`, `ICCV'17`, `'16-CVPR`, `EMNLP 2018`, `2013`; a date, `Feb., 2025`,
    gives its year and no venue; a known venue's two digits, `IJCAI-21`, its full year:
    `IJCAI 2021`); None for anything else (a name, a title word, a tag).
    `known`: an acronym the venue table does not know gives the year only (inside a title's
    link text, `(SJTU 2016)` names who wrote it), unless its year is written as a venue's, two
    digits after an apostrophe (`(ATC'18)`, `(ACM SoCC'21)`: no one dates an affiliation so)."""
    text = clean_text(text).strip(" []()*_")
    if not text or len(text) > 20 or len(text.split()) > 3:
        return None
    if "‘" in text:  # `ECCV‘18`: an opening quote typed for the apostrophe
        text = text.replace("‘", "’")
    if text[-1:].isalnum() and (rank := _RANK_TAG.search(text)) is not None \
            and rank.start() > 0:
        text = text[:rank.start()]  # `JCIM2021 sci-2`: the journal's rank is no venue word
    dated = _MONTH_YEAR.fullmatch(text) or CJK_DATE.fullmatch(text)  # (`2024年7月`: a date)
    if dated:
        return "", int(dated.group(1))
    tag = parse_tag(normalise_venue(text))
    if tag.year is None:
        short = _KNOWN_SHORT.fullmatch(text)
        if short and lookup(short.group(1)):  # `IJCAI 19`: a venue the table knows, then its
            year = full_year(short.group(2))  # year's last two digits (`IJCAI-21`: IJCAI 2021)
            return f"{short.group(1)} {year}", year
        return None
    if tag.venue is not None:
        return text, tag.year
    rest = f"{tag.name} {tag.qualifier}".strip()
    if not rest:
        return "", tag.year
    words = rest.split()
    if not _acronyms(words[0]) or not all(
            _acronyms(w) or any(q.match(w) for q, _ in QUALIFIERS) for w in words[1:]):
        return None  # (`WWW Workshop 2018`: an acronym and a qualifier the venue table knows)
    return ("", tag.year) if known and not _SHORT_YEAR_END.search(text) else (text, tag.year)


def _acronyms(word: str) -> bool:
    """An acronym (`_ACRONYM`), or two joined by a slash: a joint venue (`ESEC/FSE`,
    `COLING/ACL`; a hyphen joins a label's words as well, `2022 READ-STUDY`)."""
    if "/" not in word:  # (cheap first)
        return _ACRONYM.fullmatch(word) is not None
    return all(_ACRONYM.fullmatch(part) for part in _JOINED.split(word))


#: Between the acronyms of a joint venue.
_JOINED = re.compile(r"(?<=[A-Za-z])/(?=[A-Z])")


#: A venue's short year ending a span (`ATC'18`, `SoCC’21`: `item_fields.APOS_YEAR`).
_SHORT_YEAR_END = re.compile(rf"{APOS_YEAR}$")


def _lead_span(title: str) -> tuple[str, int, str] | None:
    glued = GLUED_YEAR.match(title)
    if glued is not None and glued.group("sep") in ("-", "–", "_"):
        # `2020-Semantics for Robotic Mapping ...`: a year glued to the title by a hyphen
        span_text, rest = glued.group(1), title[glued.end():]
    else:
        match = _LEAD_SPAN.match(title)
        if match is None:
            return None
        span_text, rest = match.group("span"), match.group("rest")
    if len(_WORD.findall(rest)) < TITLE_WORDS:
        return None
    span = venue_year_span(span_text)
    return (span[0], span[1], rest) if span else None


def _flat_line(pieces: list[Piece]) -> str:
    """The item's first line as text, a link as `[its words]`, a badge link as `[its venue]`
    (`[<img src=.../badge/EMNLP-2023-blue>](url)` is `[EMNLP 2023]`)."""
    out = []
    for p in _first_line(pieces):
        if p.kind == "text":
            out.append(p.text)
        elif p.kind in ("link", "image"):
            images = [p] if p.kind == "image" else p.images
            badge = next((v for img in images if (v := badge_venue(img.href))), "")
            words = badge or (link_words(p) if p.kind == "link" else "")
            if words or p.kind != "link" or p.images:
                # (a link of no words, an emoji shortcode's, `[:factory:](zenodo)`, marks the
                # item and stands between no fields: `[Title](url)[:factory:](url) - 2024`)
                out.append(f"[{words}]")
    return "".join(out)


#: The last field of a lead written before the title, after a colon (`2021 Domain
#: generalization: IJCAI-21 [Title](url)`).
_LAST_LEAD_FIELD = re.compile(r"[:：]\s*([^:：]{1,20})$")
_OPENING_YEAR = re.compile(rf"^\s*({YEAR})\s")


def _span_before(text: str, title: str = "") -> tuple[str, tuple[str, int] | None]:
    """The venue/year span right before the title: `[CVPR 2019] ` or `[EMNLP 2023] `; without
    brackets, the item's whole lead (`2022 [Title](url)`, `IEEE TNNLS-22 [Title](url)`, `2021
    ICSAI [Title](url)`), else its last field after a colon (`2021 Domain generalization:
    IJCAI-21 [Title](url)`), else a year opening it (`2020 负迁移的综述：[Title](url)`): a
    year, no venue. (Nothing when no span reads so: words before a title are no label.)
    `title`: the title after the span (`[SemEval-14]` before `SemEval-2014 Task 4`)."""
    text = text.rstrip(" -–—:：|*_\"“[")
    opened = text.rfind("[")
    if text.endswith("]") and opened >= 0:
        label = text[opened + 1:-1]
        span = venue_year_span(label)
        coded = _HYPHEN_YEAR.fullmatch(label) if "-" in label and span is None else None
        year = full_year(coded.group(2)) if coded is not None else 0
        if coded is not None and (
                "-" in coded.group(1) or lookup(coded.group(1)) is not None
                or f"{coded.group(1)}-{year}" in title or f"{coded.group(1)} {year}" in title):
            # `**[IEEE-TAC-20]**: Title`, `[SemEval-14]`, `[NIPS-14-workshop]`: an acronym and
            # its year's two digits joined by hyphens is a venue the table may not know where
            # its name says so: a publisher's acronym and a journal's, a venue the table
            # knows, or the title naming it with the year in full (`SemEval-2014 Task 4`);
            # one name alone (`[VGG-16]`, `[ResNet-50]`: a model and its depth) is none
            workshop = " Workshop" if coded.group(3) else ""
            return label, (f"{coded.group(1)} {year}{workshop}", year)
        return label, span
    if not DIGIT.search(text) or "]" in text:
        return "", None  # (cheap first: no digit, no span; a link before it is another field)
    dated = MONTH_DATE_ALONE.fullmatch(text.lstrip())
    if dated:  # `2024-06-20 - [Title](url)`: the item's date, its year and no venue
        return text, ("", int(dated.group(1)))
    span = venue_year_span(text)
    if span is not None:
        return text, span
    field = _LAST_LEAD_FIELD.search(text)
    span = venue_year_span(field.group(1)) if field else None
    if field and span is not None:
        return field.group(1), span
    opening = _OPENING_YEAR.match(text)
    return (opening.group(1), ("", int(opening.group(1)))) if opening else ("", None)


DIGIT = re.compile(r"\d")
#: An acronym (capitals, maybe hyphenated and camel-cased: `IEEE-TAC`, `SemEval`), a hyphen and
#: a year's two digits, maybe a workshop after them (`NIPS-14-workshop`).
_HYPHEN_YEAR = re.compile(r"([A-Z][A-Za-z]*[A-Z][A-Za-z]*(?:-[A-Z][A-Za-z]*)*)-(\d\d)"
                          r"(?:-([Ww]orkshops?))?")
_AFTER_END = re.compile(r"\.\s|[,|\[(*_]|\.$")


def _span_after(text: str) -> tuple[str, tuple[str, int] | None]:
    """The venue/year span right after the title: `. EMNLP 2018.`, ` (Feb., 2025)`."""
    text = text.lstrip(" .,:;-–—|*_\"”]")
    if text[:1] in ("(", "["):
        close = text.find(")" if text[0] == "(" else "]")
        if close < 0:
            return "", None
        inside = text[close + 1:].lstrip().startswith("]")  # (the title link's own text)
        return text[1:close], venue_year_span(text[1:close], known=inside)
    end = _AFTER_END.search(text)
    text = text[:end.start()] if end else text
    return text, venue_year_span(text)


_normalised = lru_cache(maxsize=8192)(normalise_venue)

#: Where a section writes its items' venue and year around their titles.
IN_TITLE, BEFORE_TITLE, AFTER_TITLE = "opening the title", "before the title", "after the title"
#: ... or at the very end of the item, after its links (`*Authors.* [[abs](url)], 2023.2`).
ENDING = "ending the item"


def _span_ending(pieces: list[Piece], title: str) -> tuple[str, tuple[str, int] | None]:
    """The venue/year span after the item's last link, when that link is not the title's
    (`[[abs](url)], 2023.2`; after the title's link it is the span after the title)."""
    tail: list[str] = []
    at = len(pieces) - 1
    while at >= 0 and pieces[at].kind not in ("link", "break"):
        if pieces[at].kind == "text":
            tail.append(pieces[at].text)
        at -= 1
    text = "".join(reversed(tail)).strip(" ,;.:]")
    if at < 0 or not text or not DIGIT.search(text):
        return "", None  # (the cheap test first: most items end with a link or words)
    last = pieces[at]
    if last.kind != "link" or title_key(link_words(last)) == title_key(title):
        return "", None  # (no link after the title: its own text is not after the links)
    dated = MONTH_DATE_ALONE.fullmatch(text)  # (`2023.2`: a date, no venue)
    return text, ("", int(dated.group(1))) if dated else venue_year_span(text)


def _loose_ending(pieces: list[Piece], title: str) -> tuple[str, int, str, str] | None:
    """(venue, year, title, raw) of a venue and year after an item's last link that
    `venue_year_span` leaves (a name the table does not know, not an acronym: `*Sensors
    2020*`), read only where the section writes its venues there (`section_venue_year`):
    capitalised words and a year, never names (`items.rest_venue`)."""
    raw, span = _span_ending(pieces, title)
    if span is not None or not raw or len(raw.split()) > 4:
        return None
    venue = rest_venue(raw.strip(" *_"))
    year = year_of(venue) if venue else None
    return (venue, year, title, raw) if venue and year is not None else None


#: Items naming a venue the table knows in one place after their titles that make it the
#: section's place of venues (`_venues_of_the_place`).
PLACE_VENUES = 2


def _venues_of_the_place(spans: list[dict[str, tuple[str, int, str, str]]]
                         ) -> list[dict[str, tuple[str, int, str, str]]]:
    """The spans after the title where other items of the section name a venue there
    (`[Title (IEEE TPAMI, 2021)](url)`): an acronym the table does not know in that place,
    `(IEEE TNSRE, 2017)` inside a title's link, is a venue too (read alone, it may name who
    wrote the paper: `venue_year_span`'s `known`). Two such venues at least (PLACE_VENUES):
    one known venue among `(SJTU 2016)`, `(DLRS 2016)` says nothing of the others."""
    if sum(1 for found in spans if found.get(AFTER_TITLE, ("",))[0]) < PLACE_VENUES:
        return spans
    out = []
    for found in spans:
        venue, year, title, raw = found.get(AFTER_TITLE, ("x", 0, "", ""))
        span = venue_year_span(raw) if not venue else None
        out.append({**found, AFTER_TITLE: (span[0], year, title, raw)}
                   if span is not None and span[0] and span[1] == year else found)
    return out


def _spans(item: ParsedItem, pieces: list[Piece]) -> dict[str, tuple[str, int, str, str]]:
    """Per position, the (venue, year, title, span as written) an item gives there."""
    found: dict[str, tuple[str, int, str, str]] = {}
    lead = _lead_span(item.title)
    if lead is not None:
        found[IN_TITLE] = (*lead, lead[0])
    raw, span = _span_ending(pieces, item.title)
    if span is not None:
        found[ENDING] = (span[0], span[1], item.title, raw)
    flat = _flat_line(pieces)
    at = flat.find(item.title)
    if at < 0 or not DIGIT.search(flat):
        return found
    after = flat[at + len(item.title):]
    for where, (raw, span) in ((BEFORE_TITLE, _span_before(flat[:at], item.title)),
                               (AFTER_TITLE, _span_after(after))):
        if span is not None and where == AFTER_TITLE and not span[0]:
            raw, span = _venue_after_year(after, raw, span[1]) or (raw, span)
        if span is not None and span[0] and where == BEFORE_TITLE and _names_the_work(
                span[0], item.title):
            span = ("", span[1])  # `BERT 2018 [BERT: Pre-training ...](url)`: the work's name
        if span is not None:
            found[where] = (span[0], span[1], item.title, raw)
    return found


def _names_the_work(venue: str, title: str) -> bool:
    """Whether a span's venue the table does not know is a word of the title it stands
    before (`BERT 2018` before `BERT: Pre-training ...`): the paper's name, not its venue."""
    name = [w for w in _WORD.findall(venue) if not w.isdigit()][:1]
    return bool(name) and not lookup(venue) and not lookup(name[0]) \
        and name[0].lower() in (w.lower() for w in _WORD.findall(title))


#: The field after a year span: up to a comma, a bracket or a sentence's stop.
_NEXT_FIELD = re.compile(r"[\s)\],;:.\-–—]*(?P<f>[^,\[(|]+?)\s*(?:[,\[(|]|\.\s|\.?$)")


def _venue_after_year(after: str, raw: str, year: int) -> tuple[str, tuple[str, int]] | None:
    """`**Title** (2023), ESEC/FSE '23, Zhao, Kunsong, et al.`: after a year alone, the next
    field when it is a venue (`items.venue_field_of`: `PLDI 2020`, `arxiv`, `TOSEM journal`):
    (the field as written, (venue, the written year)). The year written beside the
    title stays the item's; the venue's own year says where it appeared."""
    at = after.find(raw)
    field = _NEXT_FIELD.match(after, at + len(raw)) if at >= 0 else None
    if field is None or ":" in after[field.start():field.start("f")]:
        return None  # (`[Title [2021]](url): HIL, a wider framework.`: a colon opens a note)
    text = venue_field_of(field.group("f"))
    if not text:
        return None
    return text, (text if find_year(text) else f"{text} {year}", year)


def list_place(places: list[str]) -> str:
    """The place the list writes venue and year in (`section_venue_year`): the one every
    section that has a place of its own agrees on; "" when none has one or two disagree."""
    found = {p for p in places if p}
    return found.pop() if len(found) == 1 else ""


def section_venue_year(items: list[ParsedItem | None], pieces: list[list[Piece]],
                       known: str = "") -> tuple[str, list[ParsedItem | None]]:
    """Where most items of a section write a venue and/or year span in one place around their
    titles (`* 2017ICCV - Title, Authors.`, `__Title__. EMNLP 2018. _Authors_.`,
    `[<img src=.../badge/EMNLP-2023-blue>](url) [Title](url)`, `[Title](url) (Feb., 2025)`),
    every item with a span there is read from it: the span's venue and year (a date, a year
    and no venue) replace what the item read from the same span and fill what it lacks; the
    other items keep what they have. (position, items); position "" when no place holds a
    span in most items. `known`: the place the list's other sections agree on (`list_place`),
    read in the items that write a span there, however few (`**[CVM]** 2014-Title` among
    `**[ECCV]** Title` items)."""
    items = _labels_naming_papers(items, pieces)
    spans = [_spans(p, q) if p is not None and p.title else {}
             for p, q in zip(items, pieces, strict=True)]
    counts = Counter(where for found in spans for where in found)
    where, count = next(iter(counts.most_common(1)), ("", 0))
    second = ""
    if not known and count >= 2 and 2 * count > len(items):
        # two places in most items (`**Title.** ICML 2019.` then `*Names* [[pdf]], 2019.6`):
        # the one that names venues is the venue's place, the other dates what it leaves
        places = [w for w, c in counts.most_common() if c >= 2 and 2 * c > len(items)]
        if len(places) > 1:
            venued = {w: sum(1 for found in spans if found.get(w, ("",))[0]) for w in places}
            where, second = sorted(places, key=lambda w: -venued[w])[:2]
            second = second if venued[second] < venued[where] else ""
            where = where if second else places[0]
    if known:
        if counts[known] == 0 or count > counts[known]:
            return "", items  # (the section writes a span elsewhere more often: not the list's)
        where = known
    elif count < 2 or 2 * count <= len(items):
        return "", field_venues(_named_labels(_label_venues(items, spans, pieces), pieces),
                                pieces)
    if where == AFTER_TITLE:
        spans = _venues_of_the_place(spans)
    out: list[ParsedItem | None] = []
    for item, found, line in zip(items, spans, pieces, strict=True):
        if item is not None and where == ENDING and where not in found and not item.venue_tag:
            loose = _loose_ending(line, item.title)
            if loose is not None:
                # `... [[code](url)] *Sensors 2020*` among items ending `*CVPR 2020*`: the
                # section's place names this item's venue, a word the table does not know too
                found = {**found, ENDING: loose}
        if item is None or where not in found:
            out.append(item)
            continue
        venue, year, title, raw = found[where]
        if where != IN_TITLE and item.year == year and item.venue_raw == venue:
            out.append(item)  # (read so already: the common case, kept cheap)
            continue
        same = bool(item.venue_raw) and _normalised(item.venue_raw) == _normalised(raw)
        # (the shape stays: it says how the item was read, and sections compare it)
        read = replace(item, title=clean_title(title) if where == IN_TITLE else item.title)
        if where == IN_TITLE or same or item.year is None or second and venue \
                and not item.venue_tag:
            read.year = year  # (a venue's own year wins over the other place's date)
        if venue and (not item.venue_tag or same):
            read.venue_raw, read.venue_tag = venue, venue_tag_of(venue)
        elif not venue and item.venue_raw and same:
            read.venue_raw = read.venue_tag = ""  # a date is no venue
        out.append(read)
    if second:
        for k, (item, found) in enumerate(zip(out, spans, strict=True)):
            if item is not None and item.year is None and second in found:
                out[k] = replace(item, year=found[second][1])
        where = f"{where}, the year {second} where they name none"  # (--explain says so)
    if where == IN_TITLE:
        _names_after_titles(out, [IN_TITLE in found for found in spans])
    elif where in (BEFORE_TITLE, AFTER_TITLE) \
            and 2 * sum(1 for found in spans if found.get(where, ("",))[0]) \
            > sum(1 for found in spans if where in found):
        _venues_without_year(out, spans, pieces, where)
    elif where == BEFORE_TITLE:  # (`2020 | [Title](url) | ECCV`: years before, venues after)
        return where, field_venues(out, pieces)
    return where, out


def _label_before(item: ParsedItem, line: list[Piece]) -> str:
    """What the item writes in the place before its title (`_span_before`), "" if nothing."""
    flat = _flat_line(line)
    at = flat.find(item.title)
    return _span_before(flat[:at])[0].strip() if at > 0 else ""


def _label_after(item: ParsedItem, line: list[Piece]) -> str:
    """The label of a link right after the item's title (`Title [[AI Open]](url)`), when it
    reads as a venue's name and names no presentation (`[Oral]`), "" otherwise."""
    flat = _flat_line(line)
    at = flat.find(item.title)
    after = flat[at + len(item.title):].lstrip(" .,:;-–—|*_") if at >= 0 else ""
    label = _span_after(after)[0].strip(" []") if after[:1] == "[" else ""  # (`[[AI Open]]`)
    # (a venue's name in capitalised words, `items.TAG_VENUE`: `[journal]`, `[论文]` name none)
    return label if TAG_VENUE.fullmatch(label) \
        and not any(w.lower() in PRESENTATION_WORDS for w in label.split()) else ""


def _label_venues(items: list[ParsedItem | None], spans: list[dict[str, tuple[str, int, str,
                  str]]], pieces: list[list[Piece]]) -> list[ParsedItem | None]:
    """A section whose items open with a bracketed label the venue table knows, most of them
    (`[[arXiv](url)] Title`, its years in the headings): the labels in that place are its
    venues, the ones the table does not know too (`[[DAC](url)] Title`)."""
    if not any(p and p[0].kind == "text" and p[0].text.lstrip()[:1] == "[" for p in pieces):
        return items  # (the cheap test first: no item opens with a bracket)
    out = list(items)
    known = 0
    for item, line in zip(items, pieces, strict=True):
        if item is None or not item.title:
            continue
        raw = _label_before(item, line)
        known += bool(raw) and lookup(clean_text(raw)) is not None
    if known < 2 or 2 * known <= len(items):
        return items
    _venues_without_year(out, spans, pieces, BEFORE_TITLE)
    return out


def _labels_naming_papers(items: list[ParsedItem | None],
                          pieces: list[list[Piece]]) -> list[ParsedItem | None]:
    """The other mirror of `_label_venues`: a section most of whose items open with an undated
    bracketed label read as their venue, none a venue the table knows and two or more words
    of their own titles (`**[DeiT III]** DeiT III: Revenge of the ViT`, `**[Superpoint
    Transformer]** Efficient 3D Semantic Segmentation with Superpoint Transformer`), writes
    each paper's name there (a venue is no word of the title it stands before): every such
    label is its item's name (`**[CoFormer]** Collaborative Transformers for ...` too), no
    venue."""
    if not any(p and p[0].kind == "text" and p[0].text.lstrip()[:1] == "[" for p in pieces):
        return items  # (the cheap test first: no item opens with a bracket)
    labelled: dict[int, ParsedItem] = {
        k: item for k, item in enumerate(items)
        if item is not None and item.title and item.venue_raw and item.year is None
        and clean_text(_label_before(item, pieces[k])).strip(" []*_") == item.venue_raw}
    if 2 * len(labelled) <= len(items) \
            or any(lookup(item.venue_raw) for item in labelled.values()):
        return items
    titled = sum(1 for item in labelled.values() if _words_of(item.venue_raw, item.title))
    if titled < 2:
        return items
    out = list(items)
    for k, item in labelled.items():
        out[k] = replace(item, name=item.venue_raw, venue_raw="", venue_tag="")
    return out


def _words_of(label: str, title: str) -> bool:
    """Whether a label's words are all words of the title (`Superpoint Transformer` of
    `Efficient 3D Semantic Segmentation with Superpoint Transformer`), letter case aside."""
    said = {w.lower() for w in _WORD.findall(label)}
    return bool(said) and said <= {w.lower() for w in _WORD.findall(title)}


#: A bracketed end of a title (`Title (ISCAS)`, `Title (Pattern Recognition Letters)`).
_END_BRACKETED = re.compile(r"\s*\(([^()]{1,60})\)$")


def _named_labels(items: list[ParsedItem | None],
                  pieces: list[list[Piece]]) -> list[ParsedItem | None]:
    """The mirror of `_label_venues`: a section most of whose items open with a bracketed
    label that is the paper's name, their venue the table knows in brackets at the title's
    end (`**[MDC]** Title (**ICCV**)`: `items._parse_line`), writes its venues there: an item
    whose label was read as its venue, its end naming one the table does not know
    (`**[OALNet]** Title (**ISCAS**)`) or none (`**[PseCo]** Title [[paper]]`), has the label
    as its name and the end's bracket, a few words without a digit or a presentation word
    (`(Oral)` is none), as its venue; so has an item without a label (`Title (**MIR**)`)."""
    named = sum(1 for item in items if item is not None and item.name and item.venue_raw
                and lookup(item.venue_raw) is not None)
    if named < 2 or 2 * named <= len(items):
        return items  # (cheap first: most sections name no paper before its title)
    out = list(items)
    for k, item in enumerate(out):
        if item is None or not item.title or item.name:
            continue
        label = clean_text(_label_before(item, pieces[k])).strip(" []*_")
        if item.venue_raw and label != item.venue_raw:
            continue  # (a venue read from another place)
        end = _END_BRACKETED.search(item.title)
        venue = end.group(1).strip(" *_") if end is not None else ""
        if DIGIT.search(venue) or is_resource_label(venue) \
                or any(w.lower() in PRESENTATION_WORDS for w in venue.split()) \
                or len(venue.split()) > BRACKET_LABEL_WORDS or not title_like(
                    item.title[:end.start()] if end is not None else item.title):
            end, venue = None, ""
        if not venue and not item.venue_raw:
            continue
        out[k] = replace(item, name=label, venue_raw=venue, venue_tag=venue_tag_of(venue),
                         title=item.title[:end.start()] if end is not None else item.title)
    return out


def _venues_without_year(out: list[ParsedItem | None], spans: list[dict[str, tuple[str, int,
                         str, str]]], pieces: list[list[Piece]], where: str) -> None:
    """In a section that writes its venues in brackets before the titles (`[ICLR 2023]**Title**`,
    most with a venue), the label in that place of an item without a year is its venue too
    (`[ChemRXiv]**Title**`, `[Briefings in Bioinformatics]**Title**`): a few words, not a date
    nor a resource label; its year stays unknown. So for a section that writes them as the
    label of a link right after the title (`Title [[ICML 2023]](url)`: `Title [[AI
    Open]](url)`), a label that is no presentation word (`[Oral]`)."""
    for k, item in enumerate(out):
        if item is None or where in spans[k] or item.venue_tag or not item.title:
            continue
        raw = _label_before(item, pieces[k]) if where == BEFORE_TITLE \
            else _label_after(item, pieces[k])
        text = clean_text(raw)
        if not text or len(text.split()) > BRACKET_LABEL_WORDS or not _WORD.search(text) \
                or DIGIT.search(text) or is_resource_label(text):
            continue
        read = replace(item, venue_raw=text, venue_tag=venue_tag_of(text))
        if read.name == raw:
            read.name = ""  # (the label was read as the paper's name)
        out[k] = read


def _names_after_titles(out: list[ParsedItem | None], spanned: list[bool]) -> None:
    """`2017ICCV - Title, Authors.`: names after the title's comma are its authors where most
    of the section's items with a leading span write them so (`2019-A Review of Robot Learning
    for Manipulation- Challenges, Representations, and Algorithms` among items without names
    keeps its title); an item read elsewhere without its year (`2013 - Title, Names.`) too."""
    named: dict[int, ParsedItem] = {}
    for k, item in enumerate(out):
        if item is not None and not item.authors and (spanned[k] or item.year is not None):
            read = replace(item)
            trailing_names(read, year_beside=True)
            if read.authors:
                named[k] = read
    leading = [(k, item) for k, item in enumerate(out) if item is not None and spanned[k]]
    with_names = sum(1 for k, item in leading if k in named or item.authors)
    if 2 * with_names <= len(leading):
        return  # (names after the title are not how this section writes its items)
    for k, read in named.items():
        out[k] = read


# -- declared templates -------------------------------------------------------------------

_FIELD = re.compile(r"\{(\w*)\}")
#: A year in a template's `{year}`: four digits, or two after an apostrophe (`'16`).
_YEAR_FIELD = rf"{YEAR}|['’]\s?\d\d"
#: Spaces between a template's parts: any run, never a line break (an induced template reads
#: an item's lines apart, `_induced_text`: no field runs from one line into the next).
_SPACES = r"[^\S\n]*"
_FIELD_RE = {"title": r"(?P<title>.+?)", "name": r"(?P<name>.+?)",
             "venue": r"(?P<venue>[^()\[\]|\n]+?)", "authors": r"(?P<authors>.+?)",
             "year": rf"(?P<year>{_YEAR_FIELD})", "url": r"[^\s()]+", "": r".*?",
             "_": r".*?"}
#: A declared `{year}` also reads two digits standing alone (`(FAST 16)`): the person said the
#: year is there; an induced template does not (two digits alone are no evidence of a year).
_DECLARED_YEAR = rf"(?P<year>{_YEAR_FIELD}|(?<![\w.,/:-])\d\d(?![\w.,/:-]))"


@dataclass(frozen=True)
class Declared:
    """A template a person declared: the pattern as written and its compiled form."""

    pattern: str
    regex: re.Pattern[str]


#: Marks a template's literal text writes one way and lists write several: a quote mark
#: (`"{title}"` over `“Title”` or `„Title“`) and a dash (`{year} - {title}` over `1958 – Title`).
_LITERAL_CLASSES = {re.escape('"'): "[\"“”„«»]", re.escape("-"): "[-–—]"}


#: A dash a template writes apart between two fields (`{title} - {venue}`), and what it matches:
#: a dash that does not join two words (`Self-Supervised Learning - CVPR`: the first joins the
#: title's words, the second separates the fields).
_SPACED_DASH = re.compile(r"\s+-\s+")
_DASH_APART = r"(?:(?<!\w)[-–—]|[-–—](?!\w))"


def _literal(part: str) -> str:
    """A template's literal text as a regex: itself, but any quote mark for a quote mark and
    any dash for a dash (`_LITERAL_CLASSES`)."""
    return "".join(_LITERAL_CLASSES.get(re.escape(c), re.escape(c)) for c in part)


def compile_template(pattern: str, where: str = "--template", declared: bool = True) -> Declared:
    """`{name}: [{title}]({url}) ({venue} {year})` -> a regex over the item as written.

    Literal text matches itself (any run of spaces matches any spaces); `{title}` is required,
    each other field at most once; `{url}` and `{_}` match without being kept. `declared`: a
    person wrote the pattern (its `{year}` may be two digits alone), not `induce`."""
    out, pos, seen = ["^"], 0, set()
    for match in _FIELD.finditer(pattern):
        between = pattern[pos:match.start()]
        out.append(_DASH_APART if _SPACED_DASH.fullmatch(between) else
                   _SPACES.join(_literal(part) for part in between.split()))
        if pattern[pos:match.start()][-1:].isspace():
            out.append(_SPACES)
        name = match.group(1)
        if name not in _FIELD_RE:
            raise ListError(where, None, f"unknown field {{{name}}} in template {pattern!r} "
                                         f"(known: {', '.join(sorted(k for k in _FIELD_RE if k))})")
        if name in seen and name not in ("url", "_", ""):
            raise ListError(where, None, f"field {{{name}}} twice in template {pattern!r}")
        seen.add(name)
        out.append(_DECLARED_YEAR if name == "year" and declared else _FIELD_RE[name])
        pos = match.end()
        if pattern[pos:pos + 1].isspace():
            out.append(_SPACES)
    tail = pattern[pos:].strip()
    out.append(_SPACES.join(_literal(part) for part in tail.split()))
    if "title" not in seen:
        raise ListError(where, None, f"template {pattern!r} has no {{title}}")
    regex = "".join(out)
    if regex.endswith("+?)"):
        regex = regex[:-3] + "+)"  # a field at the very end takes the rest of the line
    return Declared(pattern, re.compile(regex))


def apply_declared(declared: Declared, member: Member, raw: str) -> ParsedItem | None:
    """The item read with a declared template; None when it does not match."""
    text = NUMBERING.sub("", " ".join(raw.split()), count=1)
    match = declared.regex.match(text)
    if not match or any(target.start() < match.start("title") < target.end()
                        for target in _URL_IN_LINK.finditer(text)):
        # (a title cut from inside a link's target is no title: `{_}.{title}` over
        # `[文献地址](http://xueshu.baidu.com/…)` would take `baidu.com/s?wd=…`)
        return None
    got = match.groupdict()
    if (got.get("year") or "").isdigit() and len(got["year"]) == 2:
        # (`(FAST 16)` under `{title} ({venue} {year})`: the person says the two digits are
        # the year, as an apostrophe does, `'16`)
        got["year"] = f"'{got['year']}"
    cand = Candidate(clean_title(_EMPHASIS.sub("", _link_syntax_out(got.get("title") or ""))))
    cand.name = clean_text(_EMPHASIS.sub("", got.get("name") or ""))
    if got.get("venue"):
        venue = " ".join(x for x in (got["venue"], got.get("year")) if x)
        cand.venue = _EMPHASIS.sub("", _APOS_SPACE.sub(r"\1\2", venue)).strip()
    names = _EMPHASIS.sub("", got.get("authors") or "")
    one = ONE_INVERTED.fullmatch(names.strip(" .,")) if _author_date(declared.pattern) else None
    # (`Alves, Daniel` where a person declared `{authors}. {year}. {title}.`: one person
    # inverted, as an author-date reference writes its first author, not two; elsewhere
    # `Kipf, Welling. Title. ICLR, 2017.` is two persons)
    cand.authors, cand.et_al = ([Author(family=one.group("f"), given=one.group("g"))], False) \
        if one is not None else parse_authors(names)
    if not cand.title:
        return None
    link = next((p for p in _first_line(member.pieces) if p.kind == "link"
                 and title_key(p.text) == title_key(cand.title)), None)
    cand.title_link = link
    item = _with(member, cand, f"declared template: {declared.pattern}")
    if "authors" in declared.regex.groupindex:
        # (the authors the person placed, or none: `Oscar presented: Conley and Ligon` names
        # no list of persons, and the names inference read from the title are not put in)
        item.authors, item.et_al = list(cand.authors), cand.et_al
    if got.get("year") and not got.get("venue"):
        # The one year reader: `2017`, or `'17` through the one two-digit rule.
        found = find_year(_APOS_SPACE.sub(r"\1\2", got["year"]))
        if found:
            item.year = full_year(found.group(1) or found.group(2))
    return item


#: Names then their year, as an author-date reference writes them (`{authors}. {year}.`,
#: `{authors} ({year})`): the one order whose first author is written inverted alone.
_AUTHOR_DATE_ORDER = re.compile(r"\{authors\}[^{}\w]*\{year\}")


@lru_cache(maxsize=64)
def _author_date(pattern: str) -> bool:
    return _AUTHOR_DATE_ORDER.search(pattern) is not None


def _link_syntax_out(text: str) -> str:
    """A declared field as its words: a link's target and the bracket that opened it are
    Markdown, not the title's (`[1996: Title](url)` under `{_}{year}: {title}` is `Title`)."""
    text = _URL_IN_LINK.sub("", text)
    extra = text.count("[") - text.count("]")
    return text.replace("[", "", extra) if extra > 0 else text


# -- templates induced from a list's linkless items --------------------------------------

#: What lists write between two fields of a reference (`Title. Venue 2019`, `1983: Title`,
#: `Title | Journal`, `Names - Title`); a year may also stand in brackets (`Names (1988) Title`).
_INDUCED_SEPARATORS = (". ", ", ", ": ", " | ", " - ", " ")
#: Between the fields of a whole reference (a title, names, a venue and a year): what
#: citation styles write.
_CITATION_SEPARATORS = (". ", ", ", ": ", " ")
#: Linkless items that must fit one induced template, at least, and the share of the list's
#: linkless items they must be (written alike: most of them, not a few that happen to fit).
INDUCED_ITEMS = 3
INDUCED_SHARE = 0.5
#: The slot --explain names for the template induced from a list's linkless items.
INDUCED = "induced"
#: Items the template is chosen on (the rest are read with it).
INDUCED_SAMPLE = 24
#: Words of a venue's name the venue table does not know, at most; such a name also needs a
#: word of a venue's form (`Journal of ...`, `... Letters`): capitalised words alone are as
#: likely a surname or a system's name (`Bernanke (2013) Title`, `Level Hash: Title`).
_VENUE_WORDS = 10


#: Markup the Markdown reader did not take apart (HTML tags, a link whose target it could not
#: read, a percent-encoded path, a template's `{{ }}`): an item's fields are not in it.
_UNREAD_MARKUP = re.compile(r"</?[A-Za-z][^>]*>|\]\(|%[0-9A-Fa-f]{2}|\{\{|https?://")
#: A field that ends in an initial (`Boote, K`): the stop after it was the initial's.
_INITIAL_END = re.compile(r"(?:^|[\s.,;'’\-])[A-Z]$")
#: The stop that ends an induced title's sentence, before what follows it: after any two
#: letters or digits (`using EM. Machine Learning`), where `citations._SENTENCE`, which splits
#: a whole citation into its parts, wants lower case before it (`Proc. IEEE` is one venue);
#: here the template already placed the fields, and what runs on after the title is no title.
_SENTENCE_END = re.compile(r"(?<=[A-Za-z0-9)]{2})[.?!]\s+(?=\S)")
#: What a list of names holds and a venue's name does not (`Boote, K.J.; Jones, J.W.`).
_NAMES_PUNCTUATION = re.compile(r"[,;&]")


def _induced_text(raw: str) -> str:
    """An item as an induced template reads it: its lines kept apart, so that no field runs
    over a line break (`Title` over `Names. Venue:2019` is no `{title}: {year}`)."""
    lines = [" ".join(line.split()) for line in raw.split("\n")]
    return NUMBERING.sub("", "\n".join(line for line in lines if line), count=1)


@dataclass(frozen=True)
class Induced:
    """A template induced from a list's items: its fields, and whether a lead of any text
    comes before the first of them (`{_}`)."""

    body: str  # the template's fields, as declared templates are written
    lead: bool
    #: What an item's text must hold for the template to fit it (`_text_marks`): its
    #: separators, its quotes, its brackets.
    needs: frozenset[str] = frozenset()

    @property
    def declared(self) -> Declared:
        return _induced_compiled(self.body)

    @property
    def pattern(self) -> str:
        return ("{_}" if self.lead else "") + self.body


@cache
def _induced_compiled(body: str) -> Declared:
    """An induced template's regex, compiled when a list's items first need it (most of the
    template space never is: `induce` tries only templates whose marks the items hold)."""
    return compile_template(body, "induced", declared=False)


#: The marks an induced template's literal text needs in an item (a separator, a quote mark, a
#: bracket), each with a test of whether a text holds its character (what the template's
#: regex needs, whatever spaces it allows): a template whose marks few of the items hold
#: cannot be the one most of them fit, and is not tried on them.
_MARKS = {". ": re.compile(r"\."), ", ": re.compile(","), ": ": re.compile(":"),
          " | ": re.compile(r"\|"), " - ": re.compile("[-–—]"),
          '"': re.compile(r"[\"“”„«»]"), "(": re.compile(r"\(")}


def _text_marks(text: str) -> frozenset[str]:
    return frozenset(mark for mark, test in _MARKS.items() if test.search(text))


#: Where a lead before an induced template's first field may end: after a bracketed mark or a
#: label's colon (`[x] `, `Oscar presents: `), or at the first year (`[x] 1983: Title`,
#: `Hosios (1988) Title`). A few places, not every one: no backtracking over the whole line.
_LEAD_END = re.compile(r"\]\s|:\s")


def _lead_ends(text: str) -> list[int]:
    text = text.split("\n", 1)[0]  # (a lead is on the item's first line)
    ends = set()
    first = _LEAD_END.search(text)
    if first is not None:
        ends.add(first.end())
    year = YEAR_GROUP.search(text)
    if year is not None:
        ends.update((year.start(), year.start() - 1) if text[year.start() - 1:year.start()]
                    == "(" else (year.start(),))
    return sorted(end for end in ends if 0 < end < len(text))


@lru_cache(maxsize=1)
def induced_patterns() -> tuple[Induced, ...]:
    """The space an induced template is chosen from: a title and one or two of `{year}`,
    `{venue}`, `{authors}`, or all three where the year follows the venue or the names (`Title.
    Names. TACAS 2008.`, `Names (2009). Title. Venue`), in any order, joined by any separator
    lists write, a year also in brackets and a title also in quotes, with or without a lead
    before the first field (`[x] `, `Oscar presents: `). Field orders and separators, no list's
    shape; each compiled when a list's items first need it (`_induced_compiled`)."""
    out: list[Induced] = []
    for count in (3, 2, 1):  # (more fields first: more evidence wins a tie)
        for others in permutations(("year", "venue", "authors"), count):
            for at in range(count + 1):
                order = [*others[:at], "title", *others[at:]]
                for seps in product(_INDUCED_SEPARATORS if count < 3 else _CITATION_SEPARATORS,
                                    repeat=count):
                    # (a title in quotes first: the quotes are evidence of where it ends)
                    for quoted, bracketed in product((True, False), (False, True)):
                        if _induced_order_ok(order, seps, bracketed, quoted):
                            body = _induced_body(order, seps, bracketed, quoted)
                            needs = frozenset(mark for mark in _MARKS if mark in body)
                            out += [Induced(body, False, needs), Induced(body, True, needs)]
    return tuple(out)


def _induced_order_ok(order: list[str], seps: tuple[str, ...], bracketed: bool,
                      quoted: bool) -> bool:
    """Whether fields in this order, so joined, are a template: a space ends a title anywhere,
    so only `Venue 2019`, a year in brackets (`Names (1988) Title`) and a title in quotes
    (`Names “Title”`) are fields apart with a space alone; three fields only where the year
    follows the venue or the names, as references date a paper (`TACAS 2008`, `Epidemiology.
    1991`, `Names (2009). Title. Venue`, `Names. 2021. Title. In Venue`)."""
    pairs = list(zip(seps, order, order[1:], strict=False))
    if bracketed and "year" not in order or len(order) == 4 and not any(
            (a, b) in (("venue", "year"), ("authors", "year")) for _sep, a, b in pairs):
        return False
    return not any(sep == " " and {a, b} != {"venue", "year"}
                   and not (bracketed and "year" in (a, b))
                   and not (quoted and "title" in (a, b)) for sep, a, b in pairs)


def _induced_body(order: list[str], seps: tuple[str, ...], bracketed: bool,
                  quoted: bool) -> str:
    parts = ["({year})" if bracketed and name == "year" else
             '"{title}"' if quoted and name == "title" else f"{{{name}}}" for name in order]
    return parts[0] + "".join(sep + part for sep, part in zip(seps, parts[1:], strict=True))


def _induced_start(induced: Induced, text: str) -> int | None:
    """Where in an item's text an induced template fits it with evidence in every field
    (`_induced_fit`), None when it does not."""
    for start in _lead_ends(text) if induced.lead else (0,):
        if _induced_fit(induced.declared, text[start:]):
            return start
    return None


def _induced_fit(declared: Declared, text: str) -> bool:
    """Whether a text fits a template with evidence in every field: the title a phrase, the
    year a year, the venue a known venue or a venue's words, the authors a list of persons.
    (Each field's judgement is cached: the templates tried on one item cut it at the same
    few places.)"""
    match = declared.regex.match(text)
    if match is None:
        return False
    got = match.groupdict()
    if any(_UNREAD_MARKUP.search(value) for value in got.values() if value):
        return False
    last = list(got)[-1]
    if any(_INITIAL_END.search(value) for name, value in got.items() if name != last):
        return False  # (`Boote, K.J.; Jones, J.W. Title`: the stop was an initial's)
    return _induced_title_ok(got["title"]) \
        and ("venue" not in got or _induced_venue_ok(got["venue"])
             or _venue_then_year(declared.pattern, got)) \
        and ("authors" not in got or _induced_names_ok(got["authors"])
             or _quoted_after_one_person(declared.pattern) and _one_person(got["authors"])
             and bool(text[match.end():].strip(" .,;")))


def _quoted_after_one_person(pattern: str) -> bool:
    """Whether a template reads one person as an item's author: before a bracketed year and
    a title in quotes, where the item goes on after the quotes to say where the work appeared
    (`Bernard Williams (2023): »Title«, Journal 4, 1-9`: a reference; `Jane Doe (2021):
    Research Scientist at DeepMind` is a person's role or news, `Alan Kay (1971): “The best way
    to predict the future is to invent it”` a saying)."""
    return "{authors} ({year})" in pattern and '"{title}"' in pattern


def _venue_then_year(pattern: str, got: dict[str, str]) -> bool:
    """A venue written as an acronym right before its year (`TACAS 2008`, `SAS 2013`): a
    venue as a reference writes one (`venue_year_span`), where the venue table knows no such
    name."""
    if "{venue} {year}" not in pattern and "{venue} ({year})" not in pattern \
            or not got["venue"].strip():
        return False
    found = venue_year_span(f"{got['venue']} {got['year']}")
    return found is not None and bool(found[0])  # (a year alone names no venue)


@lru_cache(maxsize=4096)
def _induced_title_ok(text: str) -> bool:
    title = _first_sentence(clean_title(_EMPHASIS.sub("", _link_syntax_out(text))))
    head, colon, _rest = title.partition(": ")
    # (`Avrim Blum and Tom Mitchell: Title`: names before it; `Title, NIPS 2013`: a venue and
    # year the template did not place run on in it)
    return not YEAR_GROUP.search(title) and len(LETTER_WORD.findall(title)) >= TITLE_WORDS \
        and title_like(title) and not (colon and read_names(head, one_person=True)[0])


@lru_cache(maxsize=4096)
def _induced_venue_ok(text: str) -> bool:
    venue = _EMPHASIS.sub("", text).strip(" .,")
    return bool(venue) and (lookup(venue) is not None or (
        len(venue.split()) <= _VENUE_WORDS and venue_part(venue)
        and bool(set(venue.lower().split()) & VENUE_FORM_WORDS)
        and not _NAMES_PUNCTUATION.search(venue) and not find_year(venue)))


@lru_cache(maxsize=4096)
def _induced_names_ok(text: str) -> bool:
    # (names as a reference writes them: two or more, "et al.", or one inverted; one
    # `Given Family` pair is as likely a name of something, `Level Hash: Title`)
    names = _EMPHASIS.sub("", text).strip(" .,")
    return ONE_INVERTED.fullmatch(names) is not None or bool(read_names(names)[0])


@lru_cache(maxsize=4096)
def _one_person(text: str) -> bool:
    # (`Bernard Williams (2023): Title`: one person as an author-date reference names its
    # author, the bracketed year right after the name)
    return bool(read_names(_EMPHASIS.sub("", text).strip(" .,"), one_person=True)[0])


def _first_sentence(title: str) -> str:
    """An induced template's title up to its first sentence's stop outside brackets: what
    follows is a field the template does not place (`Title using EM. Machine Learning, 1999`
    under `{title}, {year}`; `Phase transitions (Vol. 3). Princeton University Press`)."""
    for stop in _SENTENCE_END.finditer(title):
        head = title[:stop.start() + 1]
        if head.count("(") == head.count(")") and head.count("[") == head.count("]") \
                and head[:-1].rsplit(None, 1)[-1].lower() not in TITLE_ABBREVIATIONS:
            return head.rstrip(".")
    return title


def induce(texts: list[str], share_of_fitting: bool = False) -> Induced | None:
    """The template a list's linkless items share, read from the items themselves: of
    `induced_patterns`, the one most of them fit with evidence in every field (at least
    INDUCED_ITEMS, and INDUCED_SHARE of them), else None. `texts`: each item as written.
    `share_of_fitting`: the share is counted among the texts that hold the template's
    separators (lines of a paragraph, where lines of other kinds stand between the items)."""
    sample = [_induced_text(text) for text in texts[:INDUCED_SAMPLE]]
    need = INDUCED_ITEMS if share_of_fitting else max(INDUCED_ITEMS, INDUCED_SHARE * len(sample))
    marks = [_text_marks(text) for text in sample]
    best, best_fit = None, 0
    for induced in induced_patterns():
        could = [text for text, held in zip(sample, marks, strict=True) if induced.needs <= held]
        if len(could) < need or len(could) <= best_fit:
            continue  # (too few of the items hold its separators to beat the best)
        fit = sum(_induced_start(induced, text) is not None for text in could)
        if fit > best_fit and (not share_of_fitting or fit >= INDUCED_SHARE * len(could)) \
                and _a_venue_known(induced, could):
            best, best_fit = induced, fit
    return best if best_fit >= need else None


def _a_venue_known(induced: Induced, texts: list[str]) -> bool:
    """Whether a template that reads an unknown acronym beside its year as a venue
    (`_venue_then_year`: `TACAS 2008`) reads a venue the table knows in one of the items it
    fits, at least (`PLDI 2015`): references name known venues among the others; lines that
    name none (`Topic. Ann Lee and Bo Chen. GATES 2019.`, a room on a schedule) are no
    references by their venues' words."""
    if "{venue} {year}" not in induced.body and "{venue} ({year})" not in induced.body:
        return True
    for text in texts:
        start = _induced_start(induced, text)
        match = induced.declared.regex.match(text[start:]) if start is not None else None
        if match is not None and _induced_venue_ok(match.group("venue")):
            return True
    return False


def read_induced(induced: Induced, member: Member, raw: str) -> ParsedItem | None:
    """An item read with an induced template: as a declared one reads it, from where it fits
    with evidence in every field (`_induced_start`), else None."""
    text = _induced_text(raw)
    start = _induced_start(induced, text)
    if start is None:
        return None
    item = apply_declared(induced.declared, member, text[start:])
    if item is not None:
        item.shape = f"induced template: {induced.pattern}"
        item.title = _first_sentence(item.title)
    return item


def load_declared(list_path: Path, options: Mapping[str, str] | None = None,
                  config: Path | None = None) -> dict[str, Declared]:
    """Declared templates by section title (`*`: every section): `awesome-bib.toml` next to
    the list (`[import.templates]`; `config` names another file of that form), then
    `options` (from `--template`) over it."""
    found: dict[str, str] = {}
    config = config or list_path.parent / CONFIG_NAME
    if config.is_file():
        try:
            data = tomllib.loads(config.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise ListError(config, None, f"not valid TOML: {exc}") from None
        section = data.get("import", {})
        templates = section.get("templates", {}) if isinstance(section, dict) else None
        if not isinstance(templates, dict) or not all(
                isinstance(v, str) for v in templates.values()):
            raise ListError(config, None, "[import.templates] must map section titles to "
                                          "template strings")
        found.update(templates)
        where = str(config)
    else:
        where = "--template"
    found.update(options or {})
    return {title_key(k) if k != "*" else "*": compile_template(v, where if k not in
                                                                (options or {}) else "--template")
            for k, v in found.items()}


def parse_option(values: tuple[str, ...] | list[str]) -> dict[str, str]:
    """`--template 'PATTERN'` (every section) or `--template 'Section title=PATTERN'`."""
    out: dict[str, str] = {}
    for value in values:
        head, sep, tail = value.partition("=")
        if sep and "{" not in head:
            out[head.strip()] = tail.strip()
        else:
            out["*"] = value.strip()
    return out


# -- the notation --explain prints ----------------------------------------------------------

_URL_IN_LINK = re.compile(r"\]\(\s*<?[^()\s>]+>?\s*\)")


def notation(raw: str, item: ParsedItem) -> str:
    """The item as written with its fields replaced by `{title}`, `{venue}`, `{year}`,
    `{authors}`, `{name}`, `{url}`: a template a person can copy and correct."""
    text = NUMBERING.sub("", " ".join(raw.split()), count=1)
    text = _URL_IN_LINK.sub("]({url})", text)
    text = BARE_URL.sub("{url}", text)
    text = _put(text, item.title, "{title}")
    if item.name:
        text = _put(text, item.name, "{name}")
    # (a bare date as the raw tag beside a venue read elsewhere: the venue is the field)
    venue = item.venue_raw if venue_tag_of(item.venue_raw) else item.venue_tag
    if venue:
        year = str(item.year) if item.year else ""
        if year and venue.endswith(year) and _put(text, venue, "") != text:
            text = _put(text, venue[:-len(year)].strip(" ,"), "{venue}", last=True)
            text = _put(text, year, "{year}", last=True)
        else:
            text = _put(text, venue, "{venue}", last=True)
    if item.year and "{year}" not in text:
        # `[2022-12]`: a date's year is the field, its month and day are not kept
        dated = next((m for m in _DATE.finditer(text) if m.group(1) == str(item.year)), None)
        text = text[:dated.start()] + "{year}{_}" + text[dated.end():] if dated \
            else _put(text, str(item.year), "{year}", last=True)
    if item.authors:
        first = item.authors[0].family or item.authors[0].literal
        last = item.authors[-1].family or item.authors[-1].literal
        start = text.find(first)
        end = text.find(last, start) + len(last) if start >= 0 else -1
        given = item.authors[0].given.split()[0] if item.authors[0].given else ""
        if given and 0 <= text.find(given) < start:
            start = text.find(given)
        if 0 <= start < end and "{" not in text[start:end]:
            text = text[:start] + "{authors}" + text[end:]
    return _cut(text)


_DATE = re.compile(rf"({YEAR})(?:[-./]\d{{1,2}}){{1,2}}(?!\d)")


def _put(text: str, value: str, mark: str, last: bool = False) -> str:
    """Replace `value` in `text` (as written, emphasis allowed between its words)."""
    value = value.strip()
    if not value:
        return text
    idx = text.rfind(value) if last else text.find(value)
    if idx >= 0:
        return text[:idx] + mark + text[idx + len(value):]
    pattern = re.compile(r"[\s*_`]+".join(re.escape(w) for w in value.split())
                         .replace("'", r"['’]\s*"))
    found = list(pattern.finditer(text))
    if not found:
        return text
    match = found[-1] if last else found[0]
    return text[:match.start()] + mark + text[match.end():]


def _cut(text: str) -> str:
    """Up to the last field and the punctuation that closes it (trailing links vary)."""
    end = text.rfind("}")
    if end < 0:
        return text
    rest = text[end + 1:]
    close = len(rest) - len(rest.lstrip(")]*_'\"”.,:;"))
    return text[:end + 1 + close].strip()


@dataclass
class SectionTemplate:
    """What --explain prints for one section: its slot, its notation, how many items fit."""

    line: int
    title: str
    slot: str
    notation: str
    fit: int
    items: int
    declared: bool = False
    venue_place: str = ""  # where its items write venue and year (`section_venue_year`)

    def describe(self, source: str) -> str:
        """One line: `file:line: template of 'Section': NOTATION (slot; n of m items fit)`."""
        how = "declared" if self.declared else "induced from the list's items without a " \
            "link" if self.slot == INDUCED else f"inferred, title in {self.slot}"
        if self.venue_place:
            how += f", venue and year {self.venue_place}"
        return (f"{source}:{self.line}: template of '{self.title}': {self.notation} "
                f"({how}; {self.fit} of {self.items} items fit)")


def common_notation(notations: list[str]) -> str:
    """The notation most items of a section share."""
    counts = Counter(n for n in notations if n)
    return counts.most_common(1)[0][0] if counts else "{title}"


def declared_for(declared: Mapping[str, Declared], titles: list[str]) -> Declared | None:
    """The declared template of a section (its own heading or one above it, else `*`)."""
    return next((found for title in reversed(titles)
                 if (found := declared.get(title_key(title))) is not None), declared.get("*"))


def declared_by_heading(declared: Mapping[str, Declared], titles: list[str]) -> bool:
    """Whether a section's template is declared by its own heading or one above it, not only
    for every section (`*`)."""
    return any(title_key(title) in declared for title in titles)


__all__ = ["AS_READ", "CONFIG_NAME", "Declared", "Member", "SectionTemplate", "apply",
           "apply_declared", "common_notation", "compile_template", "declared_for", "infer",
           "load_declared", "name_and_description", "names_line", "notation", "parse_option",
           "list_place", "read_as", "read_names_line", "section_venue_year", "title_like", "titled",
           "venue_year_span"]
