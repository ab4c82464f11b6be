"""The record one item is read into (`ParsedItem`) and the field rules both item readers share.

The readers are items.py (bullets, paragraphs, links: an item's own shapes) and citations.py
(whole references in a citation style). What both apply lives here once: a venue written with
its year (`normalise_venue`, `venue_tag_of`; "In", "published in", an arXiv name), the patterns
of a venue's name, a year and a tag, names written first (`starts_with_names`), a name before a
colon (`NAME_BEFORE`), which link labels name a resource. Kept apart so that citations.py need not
import items.py, which calls it: the imports run items -> citations -> item_fields.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..core.vocab import (
    PRESENTATION_WORDS,
    RESOURCE_LABELS,
    TRACK_WORD,
    TRACK_WORDS,
    VENUE_NAME_WORDS,
    WORK_KINDS,
)
from ..core.years import DATE, MONTH, YEAR, full_year
from ..model import Author, Link
from ..venues import lookup
from .authors import ET_AL_MARK, read_names
from .clean import clean_text
from .markdown import Piece

#: A new-style arXiv number as a citation writes it (`1709.00513`, `1810.08126v2`).
ARXIV_NUMBER = r"\d{4}\.\d{4,5}(?:v\d+)?"

#: A short year after an apostrophe (`CVPR'23`, `CVPR '23`, `arXiv' 19`), group 1 its digits.
APOS_YEAR = r"\s?['’]\s?(\d{2})"
#: A short year BEFORE its venue's name, the apostrophe between (`17'CVPR`, `06'ICML`): group 1
#: the digits, group 2 the name. The one rule for the year-first form (`normalise_venue` turns
#: it into `CVPR 2017`; items.venue_in finds it at the end of an item).
YEAR_FIRST_APOS = r"(?<![\w'’])(\d{2})['’]([A-Z][A-Za-z&\-]*)"

#: `Title - Authors - Venue Year`: fields separated by a dash with spaces around it (the one
#: rule: `template` reads items so written, `items._dashed_fields` the fields after a title).
DASH_FIELDS = re.compile(r"\s+[-–—]\s+")
#: The same before names, or a tilde (`Title ~ Names`: `items._title_then_names`).
NAMES_DASH = re.compile(r"\s+[-–—~]\s+")

BARE_URL = re.compile(r"https?://[^\s()<>\[\]\"']+", re.IGNORECASE)

#: What stands between a title and the names after it: punctuation, a dash or a tilde
#: (`[Title](url) ~ Names`), then maybe "by".
BY = re.compile(r"^[\s,.;:–—>~-]*(?:by\s+)?", re.IGNORECASE)

#: `NeurIPS 2019`, `ACL 2022 Findings`: a citation's venue and year after its names (a
#: qualifier of one or two words may follow the year, as on a venue line).
#: Up to two words after a venue's year (`Findings`, `Oral`, `MathNLP Workshop`).
YEAR_QUALIFIER = r"(?:\s+[A-Za-z][\w&\-]*){0,2}"
TRAILING_VENUE = re.compile(rf"^(?:([A-Za-z][\w&.,:\-–— ]{{0,80}}?)\s+)?({YEAR})"
                             rf"{YEAR_QUALIFIER}$")


@dataclass
class ParsedItem:
    """What one list item says about a paper."""

    title: str = ""
    bold: bool = False
    venue_tag: str = ""
    venue_raw: str = ""
    year: int | None = None
    links: list[Link] = field(default_factory=list)
    authors: list[Author] = field(default_factory=list)
    et_al: bool = False  # the list wrote "et al." after the authors it names
    title_is_label: bool = False  # the "title" is a resource label (`[[paper](...)]` alone)
    name: str = ""  # a short name the item writes before its title (`Tacotron: [Title](url)`)
    # the title is the paper the item's text names, not its linked name (`[FOCUS](github),
    # ... Paper: "Title"`, `[BIKER](github), ... paper "Title", ASE`): evidence of a paper
    named_paper: bool = False
    shape: str = "item"  # how the item was read, for --explain
    # a year written beside who made it (`\`Alibaba\` \`2018\``): it dates the item once
    # the item is judged a paper, never counts as evidence that it is one (blogs are dated too)
    dated: int | None = None
    # the year of a log entry's date peeled before the title (`2025-09-26-Title`): when the
    # list's writer read or added it, never the paper's (a year heading of that year dates
    # the log, not the paper: `collect._add_paper`)
    logged: int | None = None
    # the words before the year of a `(X, Year)` bracket after the author list, where the
    # item's venue was read (`by Names (Berkeley, 2021)`): the list's pass
    # (`title_ends.drop_affiliation_venues`) judges whether that place holds affiliations
    names_bracket: str = ""
    # a book's publisher as its citation names it (GB/T 7714's `[M]. 电子工业出版社, 2016.`):
    # no venue, but as much a part of a full citation as a journal is (`collect._short_citation`)
    publisher: str = ""
    # the item as read before the names and year that open its title were read apart from it
    # (`items.after_names_year`): kept so that its section can judge the lead
    # (`collect._lone_names_year_leads`)
    unled: ParsedItem | None = field(default=None, compare=False, repr=False)

    @property
    def paper_like(self) -> bool:
        """Whether the item looks like a paper at all (a venue, a web link or a title)."""
        return bool(self.venue_tag or self.links)


#: How a paper was presented or honoured, or in which track, after its venue's year
#: (`ICCV2025 Highlight`, `ACL 2023 Outstanding paper`, `ECCV 2022 Oral`, `EMNLP 2023 Main
#: Conference Paper`): dropped before the words are read as a venue.
PRESENTED = re.compile(rf"(?<=\d)(?:\s+(?:{'|'.join(sorted(PRESENTATION_WORDS | TRACK_WORDS))}))+"
                       r"\s*$", re.IGNORECASE)


# (compiled once: normalise_venue runs for every venue candidate of every item)
_ENDS_APOS_YEAR = re.compile(rf"(.*?){APOS_YEAR}")
_WHOLE_YEAR_FIRST = re.compile(YEAR_FIRST_APOS)
_APOS_FULL_YEAR = re.compile(rf"['’]({YEAR})")
_YEAR_REPEATED = re.compile(rf"({YEAR})(?:\s+\1(?!\d))+")


def normalise_venue(tag: str) -> str:
    """`MLMIW 2023 2023` -> `MLMIW 2023`; `CVPR'23`, `23'CVPR` -> `CVPR 2023`; `In NeurIPS 2017` ->
    `NeurIPS 2017` (a citation's "In"); whitespace squashed."""
    tag = CITED_IN.sub("", clean_text(tag))
    if "," in tag:
        tag = COMMA_YEAR.sub(r" \1", tag)  # `CVPR, 2016`: `CVPR 2016`
    if "'" in tag or "’" in tag:  # (cheap first: most tags have no apostrophe)
        match = _ENDS_APOS_YEAR.fullmatch(tag)  # (`arXiv' 19`: a space after it)
        if match:
            tag = f"{match.group(1)} {full_year(match.group(2))}"
        match = _WHOLE_YEAR_FIRST.fullmatch(tag)
        if match:  # `17'CVPR`: the year written first
            tag = f"{match.group(2)} {full_year(match.group(1))}"
        tag = _APOS_FULL_YEAR.sub(r" \1", tag)  # `AAAI'2018`: the apostrophe before a full year
    return _YEAR_REPEATED.sub(r"\1", tag)


def venue_after_names(who: str) -> tuple[str, str] | None:
    """(names, venue) when the last comma part of a cited group of names is a venue, an
    acronym of capitals (`TACAS`, `CAV`) or a name the venue table knows (`(de Moura &
    Bjørner, TACAS 2008)`, its year read apart); None otherwise (`(Vaswani et al., 2017)`)."""
    names, comma, last = who.rpartition(",")
    last = last.strip()
    if not comma or not names.strip() or not (
            last.isupper() and len(last) >= 3 and last.isalpha() or lookup(last) is not None):
        return None
    return names.strip(), last


def venue_tag_of(raw: str) -> str:
    """The venue tag of what an item writes as its venue: `normalise_venue`, or "" for a date
    alone (`2019`, `(2021-01)`: a year, no venue) or a kind of work alone (`[**Thesis**]`,
    `[Survey]`: WORK_KINDS, what the work is, not where it appeared)."""
    tag = normalise_venue(raw) if raw else ""
    first = tag.split(None, 1)[0] if tag else ""
    if first.lower() in WORK_KINDS and not any(ch.isalpha() for ch in tag[len(first):]):
        return ""
    return tag if any(ch.isalpha() for ch in tag) else ""


def link_words(piece: Piece) -> str:
    """A link's text as words (the emoji shortcodes in front of it, `[:bookmark_tabs:
    Publication](url)`, are gone since markdown.link_text)."""
    return clean_text(piece.text)


def is_resource_label(label: str) -> bool:
    """`pdf`, `Slides`, `[code]`; numbered too (`Slides1`, `Paper 2`: one of several; not a
    year, `arXiv 2019`)."""
    lower = label.lower()
    if lower in RESOURCE_LABELS or label.startswith("["):
        return True
    if " " in lower and len(lower) <= _LABEL_PHRASE_CHARS:
        # `DOI Url`, `Paper Link`: a label of label words names a link as one word would
        parts = lower.split()
        if len(parts) <= _LABEL_PHRASE_WORDS and all(w in RESOURCE_LABELS for w in parts):
            return True
    if " and " in lower or "&" in lower:
        # `[Video and Slides](url)`, `[Code & Data](url)`: two labels joined are a label
        both = _JOINED_LABELS.fullmatch(lower.strip())
        return both is not None and both.group(1) in RESOURCE_LABELS \
            and both.group(2) in RESOURCE_LABELS
    # (cheap first: a label is a short word with one or two digits, most texts asked are
    # titles or venues with a year)
    numbered = _NUMBERED_LABEL.fullmatch(lower) \
        if lower[-1:].isdigit() and not lower[-3:-2].isdigit() \
        and len(lower) <= _NUMBERED_LABEL_CHARS else None
    # (a venue's name with two digits is its year, `arxiv 19`: no numbered label)
    return numbered is not None and numbered.group(1) in RESOURCE_LABELS \
        and lookup(numbered.group(1)) is None


_NUMBERED_LABEL = re.compile(r"(.+?)\s?\d{1,2}")
#: The most words and characters a label of label words has (`Project Page Link`).
_LABEL_PHRASE_WORDS = 3
_LABEL_PHRASE_CHARS = 30
_JOINED_LABELS = re.compile(r"(\S+)\s*(?:\sand\s|&)\s*(\S+)")
#: The longest a numbered resource label is (the longest label, a space and two digits).
_NUMBERED_LABEL_CHARS = max(map(len, RESOURCE_LABELS)) + 3


MONTH_END = re.compile(rf"[,\s]+(?:\d{{1,2}}\s+)?{MONTH}$", re.IGNORECASE)
#: An author-date citation's date that names its month, maybe its day (`2015, May 21`,
#: `2016, December 14.`, `2015, January`), read from the brackets after the names: how such a
#: citation dates a newspaper, magazine or blog piece, not a paper (cited by its year).
#: The month (and day) after a year inside those brackets, as a regex fragment (`, December`,
#: `, May 21`; case as the caller says).
MONTH_AFTER = rf",\s*{MONTH}(?:\s+\d{{1,2}})?\.?"
MONTH_AFTER_YEAR = re.compile(rf"{YEAR}{MONTH_AFTER}", re.IGNORECASE)

#: `In EMNLP 2019`, `Published in ICLR 2023`: a citation's "In" (and the words saying how the
#: paper appeared) before its venue are not part of the venue's name.
#: Where a work appears, said in words (`published in`, `to appear at`, `accepted by`,
#: `appeared in`): the one list of them, before a venue (`CITED_IN`) or after a title in a
#: sentence (`_APPEARS`).
APPEARS_IN = r"(?:published|presented|accepted|appear(?:ed|s)|to\s+appear)\s+(?:in|at|to|by)"
CITED_IN = re.compile(rf"^(?:(?i:{APPEARS_IN})\s+|In\s+)(?=[A-Z])")
COMMA_YEAR = re.compile(rf"\s*,\s*({YEAR})\b")

ARXIV_WORD = re.compile(r"\barxiv(?![a-z])", re.IGNORECASE)  # (`ArXiv170505633`: its id glued)


def arxiv_or(name: str) -> str:
    """`arXiv` for any venue that names arXiv (`arXiv preprint arXiv:2411.01803`), else `name`."""
    return "arXiv" if ARXIV_WORD.search(name) else name


#: A journal's volume, issue and pages as comma fields before the year (`, Volume 18, issue 4`,
#: `, Vol. 23, No. 4`, `, pp. 80-92`): not the venue's name.
#: The words a journal writes before its volume, issue, article number or pages: the one
#: word list of `_VOLUME_FIELDS` and `_VOLUME_MARK`.
VOLUME_WORD = r"(?:vol(?:ume)?|no|issue|number|art\.\s*no|pp)\.?\s*"

#: A journal's name as a `|` field, then its year (`Title | Cell Systems, 2021`, `Title |
#: Experimental & Molecular Medicine volume 52, pages1496–1516 (2020)`, `### FFN | Nature
#: Methods 2018`): a capitalised word, a few more words, then the volume and pages it may
#: write, then the year, after a comma or in brackets.
_PIPED_JOURNAL = re.compile(
    r"(?P<v>[A-Z][\w\-]*(?:\s+(?:[A-Za-z][\w\-]*|&)){0,5}?)"
    rf"(?:,?\s+(?:{VOLUME_WORD}|pages?\s*)[\w\-–]+)*"
    rf"(?:,\s*|\s+)\(?(?P<y>{YEAR})\)?\.?")


def piped_venue(field: str) -> tuple[str, int | None] | None:
    """(venue, year) a `|`-separated field names, after a title or a heading's name: a
    journal's name and its year (`_PIPED_JOURNAL`), or a venue the table knows without one
    (`Title | Cell`). The name must be a venue the table knows or name a journal by its words
    (`_journal_name`): capitalised words alone may be the authors' (`| Ann Lee, 2019`). None
    for anything else."""
    field = field.strip(" .,;*_")
    journal = _PIPED_JOURNAL.fullmatch(field)
    venue, year = (journal.group("v"), int(journal.group("y"))) if journal else (field, None)
    if journal is None and any(ch.isdigit() for ch in field):
        return None  # (a volume or pages without the year: more than a name)
    return (venue, year) if venue and (lookup(venue) or _journal_name(venue)) else None


def _journal_name(text: str) -> bool:
    """Capitalised words that name a journal, not a person: a word no person's name holds
    (`VENUE_NAME_WORDS`: `Nature Communications`, `Nature Review Genetics`), or a journal the
    table knows, then more of its name (`Cell Systems`, `Nature methods`: Cell's, Nature's)."""
    words = text.split()
    return len(words) <= VENUE_WORDS and text[:1].isupper() and (
        any(w.lower() in VENUE_NAME_WORDS for w in words)
        or len(words) > 1 and lookup(words[0]) is not None)


#: Two family names joined by "and" or "&" (`Ha and Schmidhuber`): an author-year citation's
#: short names, as "et al." closes the names of three or more.
TWO_FAMILIES = r"[A-Z][\w'’\-]+\s+(?:and|&)\s+[A-Z][\w'’\-]+"
#: A citation's short names, a comma, then the rest of the citation: names ending in "et al."
#: (`Vaswani et al., NeurIPS, 2017`) or two family names (`Charniak and Johnson, ACL, 2005`).
ET_AL_COMMA = re.compile(rf"^\s*(?P<n>[^,]+?\b{ET_AL_MARK}|{TWO_FAMILIES})\s*,\s*(?P<v>.+)$")

#: A venue's name without a year (`arXiv`, `Systems for Advanced Applications`): letters and
#: the punctuation of names, at most VENUE_WORDS words.
VENUE_NAME = re.compile(r"[A-Za-z][\w&.:'’\- ]{0,60}")
VENUE_WORDS = 6
#: A label before a link or a citation (`- Paper: https://...`, `**Poisson + VI**: Names
#: (2017). Title.`) is a word or a few.
LABEL_WORDS = 3
#: A part of a venue written after its year (`EMNLP 2022 MathNLP Workshop`, `ICLR 2022
#: Workshop MLDD`, `ACL 2021 Findings`): the venue's, not the title's.
VENUE_PART = rf"(?i:workshops?|findings|{TRACK_WORD})"

#: A year alone in parentheses: a citation's date (`Nature medicine 25.1 (2019): 44-56`,
#: `Rubin (1974)`, `(1970) - Codd, Edgar F.`).
#: How often a paper was cited, written after its year (`2016 · 14933회 인용`, `· 1,200
#: citations`, `Cited by 120`, `被引用 35`): a count, no venue's or title's word.
CITATION_COUNT = re.compile(r"[\s·•,;]*(?:\d[\d,]*\s*(?:회\s*)?(?:인용|citations?\b|cites\b|次引用)"
                            r"|(?:cited\s+by|被引用?)\s*[:：]?\s*\d[\d,]*)[\s.]*$", re.IGNORECASE)
PAREN_YEAR = re.compile(rf"\(\s*({YEAR})\s*\)")
#: A venue's or publisher's acronym in capitals (`NDSS`, `S&P`, `IEEE`, `ACM`), as a regex
#: fragment (no group): the one spelling a heading of venues and a publisher's field share.
CAPITALS_ACRONYM = r"[A-Z][A-Z&]{1,11}"
#: A date in parentheses or brackets (`(Oct 2020)`, `(January 2024)`, `[2020-10]`), as a regex
#: fragment with one group, the year, and compiled (ignoring case).
DATE_IN = rf"[\(\[]\s*(?:{MONTH}\s+)?{DATE}\s*[\)\]]"
DATE_PAREN = re.compile(DATE_IN, re.IGNORECASE)

#: A name before a colon, in front of the title (`Tacotron: `, `**GPT-4**: `); the one rule for
#: it (template.py reads slots with it too).
NAME_BEFORE = re.compile(r"^\s*([^\s:：|][^:：|]{0,40}?)\s*[:：]\s*$")

TAG = re.compile(r"[\[(]([^\[\]()]{1,80})[\])]")
TAG_WORDS = 12

#: A date tag: a year alone or with its month and day (`2023-08`, `2023/10/02`).
DATE_TAG = re.compile(DATE)

#: A full stop ending a sentence that may be a name (`Chunyuan Li. NeurIPS`), not an initial's.
#: Not collect.py's _SENTENCE_END (which counts the sentences of prose: two lower-case letters
#: before any of `.!?`): this one splits a citation into title, names and venue, so it must end
#: a sentence after a short capitalised name (`Li.`, `Xu.`) and before a year or a camel-cased
#: venue (`2019`, `arXiv`), and only at a full stop.
NAME_STOP = re.compile(r"(?<=[A-Za-z\u00c0-\u024f)]{2})\.\s+(?=[A-Z0-9\"“]|[a-z]+[A-Z])")


def meaningful(text: str) -> bool:
    """Whether `text` holds any letter or digit (not only punctuation, spaces, emoji)."""
    return any(ch.isalnum() for ch in text)


#: The first sentence of a citation tail, up to "et al." or a full stop (`Liang Chen et al.`).
#: (or names up to a bracket that opens the venue: `Zongyi Li, Nikola Kovachki (ICLR 2021)`)
_NAMES_FIRST = re.compile(rf"^[\s*_]*(?P<n>[^.\d]+?(?:\b{ET_AL_MARK}|\.)(?=\s|[A-Za-z]|$)"
                          r"|[^.\d()\[\]]+?(?=\s*\())")


def starts_with_names(text: str) -> bool:
    """Whether `text` starts with a sentence of names (`Liang Chen et al. arXiv.`)."""
    names = _NAMES_FIRST.match(text)
    return bool(names and read_names(names.group("n"))[0])


#: One name of an organisation or a place, as an affiliation note lists them (`KAIST`, `Utah
#: State University`, `University of Massachusetts`): capitalised words, maybe joined by `of`,
#: `and`, `&`, `at`, no digit.
_ORG_WORD = r"[A-Z][\w.&'’\-]*"
_AFFILIATION = re.compile(
    rf"{_ORG_WORD}(?:\s+(?:(?:of|and|at|&|for|the|de)\s+)?{_ORG_WORD}){{0,5}}")


def affiliations(text: str) -> bool:
    """Whether a bracketed note lists organisations (`CAS, Inria`, `AMD`)."""
    parts = [p.strip() for p in text.split(",")]
    return all(_AFFILIATION.fullmatch(p) for p in parts if p) and any(parts)


def title_then_venue(words: str) -> bool:
    """Whether words before a year are a title's, then a full stop and a venue the table
    knows (`Meta-Learning with Warped Gradient Descent. ICLR`, `Meta-Curvature. NeurIPS` in
    `[Meta-Curvature. NeurIPS 2019.](url)`), not a venue's name abbreviated (`J. Chem. Inf.
    Model.`, `Proc. ICML`): the word before the stop is a whole word (five letters or more,
    ending in lower case)."""
    head, stop, venue = words.rpartition(". ")
    last = head.rsplit(None, 1)[-1] if stop and head.strip() else ""
    return len(last) >= 5 and last[-1].islower() and lookup(venue.strip()) is not None
