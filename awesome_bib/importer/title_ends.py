"""The title is the phrase: what an item's reading left at the two ends of its title and
evidence says is no title word is peeled off, whatever the item's shape.

After an item is read (link text, bold, quotes, plain text, a table cell, a citation), the
segments at the ends of its title are cut at the separators items use (`, ` ` - ` ` – ` ` | `
`. ` `: `, brackets, a glued `2017 `/`2020-` year, a leading mark or reference number) and an
end segment is peeled when it reads as a field: a venue and year (`template.venue_year_span`),
a year or a date, a citation's `In Proceedings of ..., 2016`, a known venue in brackets, an
arXiv reference, an author list (`authors.read_names`, with more evidence than capitalised
words), a paper's or presentation label in brackets (`(pdf)`, `(Oral)`), a leading emoji or
mark (🔥, ⭐), a reference number (`[1]`). What a peeled segment says becomes the item's field where
the item has none; a field already read is never overwritten. Nothing is peeled when the rest
would not be a title (`template.title_like`: a phrase of several words), and nothing inside
the title is touched (`The INTERSPEECH 2020 Deep Noise Suppression Challenge`, `BERT: ...`,
`Tacotron 2`, `GPT-4 Technical Report` keep every word), nor a mark after the title (a title
may end with one: `Can Language Models Be Too Big? 🦜`). A field before the title (`2017 `,
`ICCV'17 - `, `[CVPR 2019]`) is peeled only where most items of the section open with one
(`peel_section`): in one item among many, `2020-Era Forecasting ...` is the title's word.
"""

from __future__ import annotations

import re
from collections import Counter

from ..core.names import CJK_PHRASE, CJK_RANGES
from ..core.vocab import (
    DOCUMENT_KINDS,
    LANGUAGE_NOTES,
    ORGANISATION_WORDS,
    PAPER_LABELS,
    PAPER_WORDS,
    PRESENTATION_WORDS,
    TALK_WORDS,
    VENUE_NAME_WORDS,
    WORK_KINDS,
)
from ..core.years import DATE, GLUED_YEAR, MONTH_DATE, YEAR, YEAR_GROUP, full_year
from ..model import Author
from ..venues import lookup
from .authors import (
    ET_AL_MARK,
    INITIALS_PART,
    TOPIC_WORD,
    author_year_key,
    count_persons,
    initialled,
    named_person,
    read_names,
)
from .citations import GBT_NAMES, journal_closing, venue_part, venue_words
from .clean import clean_title, is_mark
from .item_fields import (
    APPEARS_IN,
    ARXIV_NUMBER,
    CITATION_COUNT,
    PRESENTED,
    VENUE_PART,
    VENUE_WORDS,
    ParsedItem,
    affiliations,
    piped_venue,
    title_then_venue,
    venue_tag_of,
)
from .sections import BOOK_WORDS
from .template import DIGIT, phrase, title_like, venue_year_span

#: A venue, its year, then the part of it the paper appeared in, named after the part's word
#: (`ICLR 2022 Workshop MLDD`); the venue must be one the table knows.
_VENUE_YEAR_PART = re.compile(rf"(?P<v>[A-Za-z][\w&\-]*)[\s'’]*(?P<y>{YEAR})\s+{VENUE_PART}"
                              r"(?:\s+[A-Z][\w&\-]*){1,2}")
#: A trailing bracketed segment (`(CVPR 2019)`, `[Oral]`, `(Smith et al., 2020)`).
_END_BRACKET = re.compile(r"\s*[(\[]([^()\[\]]{1,80})[)\]][\s.,;]*$")
#: A leading bracketed segment (`[CVPR 2019]`, `(2020)`, `[1]`).
_LEAD_BRACKET = re.compile(r"^[\s.,;]*[(\[]([^()\[\]]{1,80})[)\]][\s.,;:\-–—|]*")
#: The separators between an item's fields at the end of its title (the last one splits).
#: (After a question or exclamation mark the mark stays the title's: `Title? arXiv 2021`; a
#: comma glued to a short last field splits too, a space inside it or not: `[Title,CVPR2017]()`,
#: `Title，ECCV' 18` (a full-width comma folds to one).)
#: The characters at most of a last field glued to the title by a comma (`_SEP`, `_separated`).
_GLUED_FIELD = 15
_SEP = re.compile(rf"\s*[,;|]\s+|,(?=[^\s,][^,]{{1,{_GLUED_FIELD - 1}}}$)|\s+[-–—|]\s+"
                  r"|(?<=[^\s.A-Z])\.\s+|\s*[:：]\s+|(?<=[?!])\s+")
#: The separators after a leading field (`CVPR 2019 - Title`, `2017 | Title`, `ICLR'23: Title`).
_LEAD_SEP = re.compile(r"^([^,;|:：\-–—]{1,24}?)(?:\s*[,;|:：]\s+|\s+[-–—|]\s+)")
#: A reference number before the title (`1. Title`, `[12] Title`, `#3 Title`).
_REF_NUMBER = re.compile(r"^\s*(?:\[\d{1,4}\]|#?\d{1,3}[.)])\s+")
_DATE_ONLY = re.compile(rf"{DATE}\.?")
#: A bracketed venue tag led by its year's two digits (`22 S&P`, `17 USENIX`).
_SHORT_YEAR_FIRST = re.compile(r"(\d\d)\s+([A-Za-z][\w&.\-]*)")
#: A date with its month in brackets before the title (`(2019.05) Title`, `[2020-10] Title`).
#: A full date glued before a title by a hyphen (`2025-09-26-Title`): a log entry's date.
_LOGGED_DATE = re.compile(rf"^\s*({YEAR})-(?:0?[1-9]|1[0-2])-(?:0?[1-9]|[12]\d|3[01])\s*[-–_]\s*")
#: A venue code with its year glued before a title by a hyphen (`SOSP23-`, `S&P25-`,
#: `ICPP-W 2023-`, `SOSP'03-`): the name, then a four-digit year (group 2) or a two-digit one
#: (group 3, an apostrophe before it or not).
_GLUED_VENUE = re.compile(rf"^([A-Za-z][A-Za-z&]{{1,11}}(?:-[A-Z]{{1,3}})?)"
                          rf"(?:\s?({YEAR})|['’]?(\d\d))-(?=\w)")
_LEAD_DATE = re.compile(rf"^\s*[(\[]{MONTH_DATE}[)\]]\s*")
#: The words a citation writes before its venue, left at the title's end when the venue is
#: a link after it (`"Title" published in [ICLR, 2020](url)`).
_CONNECTOR_END = re.compile(rf"[\s,.;]+{APPEARS_IN}$", re.IGNORECASE)
#: A short label in brackets before the title (`[Paper]`, `(pdf) -`); before a colon a label
#: word may be a name (`LinK: Linear Kernel for ...`), so only brackets count.
_LEAD_LABEL = re.compile(r"^\s*[(\[]([^()\[\]]{1,40})[)\]]\s*[:：\-–—]?\s+")
#: Names and a year in brackets, an author-year citation (`Vaswani et al., 2017`).
_BRACKET_NAMES_YEAR = re.compile(rf"(?P<n>[^\d()\[\]]{{2,80}}?)[\s,]+(?P<y>{YEAR})")
#: An arXiv reference as a citation writes it (`arXiv preprint arXiv:2105.14994`, `arXiv:
#: 1706.03762v5`, `CoRR abs/1706.03762`, `arXiv` alone): the identifier, no title word.
_ARXIV_REF = re.compile(r"arXiv(?:\s+preprint)?|(?:arXiv\s+preprint\s+)?"
                        rf"(?:arXiv\s?:\s?|CoRR,?\s+abs/){ARXIV_NUMBER}(?:\s*\[[\w.\-]+\])?",
                        re.IGNORECASE)
#: A citation's venue with its year (`In Proceedings of the IEEE Conference on Computer Vision
#: and Pattern Recognition, 2016`, `Proc. ICML 2019`): "In" or "Proceedings" opens it; its
#: acronym in brackets is its own (`In Proc. of the Int. Conf. on ... (IROS), 2013`).
_IN_VENUE = re.compile(r"(?:In\s+|Proc(?:eedings|\.)\s)(?:[^:()\[\]]|\([A-Z][\w\-]{1,15}\))"
                       rf"{{2,120}}?(?:[\s,(]({YEAR})\)?)?")


def _is_label(text: str) -> bool:
    """A tag that is no title word: a presentation label (`Oral`, `Best Paper`), a paper's
    own label (`pdf`, `paper`), a language note (`In Chinese`), the work's kind (`Book`) or
    marks alone (`x`, ✔).
    Other resource labels (`Slides`, `Code`) stay: they say what the item is, evidence for
    the readers after this one."""
    words = text.strip(" *_").lower()
    language = words[3:] if words.startswith("in ") else words  # `(In Chinese)`
    return (all(w in PRESENTATION_WORDS for w in words.split()) or words in PAPER_LABELS
            or language in LANGUAGE_NOTES or words in BOOK_WORDS  # `Title （Book）`: its kind
            or words == "x" or all(is_mark(ch) or ch.isspace() for ch in words))


def _last_sep(text: str) -> re.Match[str] | None:
    """The last field separator in `text` (`Title: Sub. COLING 2016`: the full stop)."""
    found = list(_SEP.finditer(text))
    return found[-1] if found else None


def _balanced(text: str) -> bool:
    """No bracket opens or closes unmatched in `text` (a separator inside brackets, `(Vaswani
    et al., 2017)`, splits no field off)."""
    return text.count("(") == text.count(")") and text.count("[") == text.count("]")


def _as_field(text: str, item: ParsedItem, bracketed: bool, after_year: bool = False,
              lead: bool = False) -> bool:
    """Whether `text` (an end segment) reads as a field, filling the item's empty fields.
    `after_year`: a year was just peeled after it (`Title, TETCI, 2018`): an acronym or a
    venue the table knows is that year's venue. `lead`: a bracket before the title, where
    a tag led by its year's two digits (`(22 S&P)`) stands."""
    text = text.strip(" .,;*_")
    if not text:
        return True
    if text[-1:].isalpha() and (count := CITATION_COUNT.search(text)) is not None:
        # `Title : 2020 · 158회 인용`: the year, then how often the paper was cited
        return _as_field(text[:count.start()], item, bracketed, after_year)
    if bracketed and text[0] == "@":
        return True  # `Title(@PKU)`, `(@Moonshot AI)`: who made it, an affiliation, no field
    if _ARXIV_REF.fullmatch(text[3:] if text[:3] == "In " else text):
        # `. arXiv preprint arXiv:2105.14994`, `, In arXiv:1607.02565`: the link's id,
        if not item.venue_tag:  # and the venue arXiv, undated
            item.venue_raw = item.venue_tag = "arXiv"
        return True
    if bracketed and " " in text:
        kept = [w for w in text.split() if w.lower().strip(".,;!") not in PRESENTATION_WORDS]
        if kept and len(kept) < len(text.split()):  # `(CVPR'19 Oral)`: a venue and its label
            return _as_field(" ".join(kept), item, False)
    presented = PRESENTED.search(text) if " " in text else None
    if presented is not None and presented.start() > 0:
        # `, EMNLP 2023 Main Conference Paper`: a venue and year, then its track or label
        return _as_field(text[:presented.start()], item, False)
    cited = _IN_VENUE.fullmatch(text)
    if cited and len(text.split()) <= 2 * VENUE_WORDS and (cited.group(1) or after_year):
        # (without its year only before a year just peeled: `In Proceedings of ..., 2016`)
        year = int(cited.group(1)) if cited.group(1) else item.year
        if not item.venue_tag and item.year in (None, year):
            item.venue_raw = text if cited.group(1) else f"{text} {year}"
            item.venue_tag = venue_tag_of(item.venue_raw)
            item.year = year
        return True
    if bracketed and ", " in text and "." in text and not DIGIT.search(text):
        # `Title (C. Kerl, J. Sturm, D. Cremers), In Proc. ...`: who wrote it, initialled
        names, et_al = read_names(text)
        if len(names) >= 2 and all(_INITIAL.match(a.given) for a in names):
            if not item.authors:
                item.authors, item.et_al = names, et_al
            return True
    cited = _BRACKET_NAMES_YEAR.fullmatch(text) if bracketed else None
    if cited:  # `(Vaswani et al., 2017)`, `(Ha and Schmidhuber, 2018)`: who wrote it, when
        names, et_al = read_names(cited.group("n"))
        if names:
            if not item.authors:
                item.authors, item.et_al = names, et_al
            if item.year is None:
                item.year = int(cited.group("y"))
            return True
    if bracketed and lookup(text):  # `Title (TPAMI)`: a venue the table knows, its year unsaid
        # (or said the short way the table reads through: `(EMNLP'22)`, the year 2022)
        span = venue_year_span(text) if "'" in text or "’" in text else None
        if not item.venue_tag:
            item.venue_raw = item.venue_tag = text
            if span is not None:
                item.venue_tag = venue_tag_of(text)
        if span is not None and item.year is None:
            item.year = span[1]
        return True
    part = _VENUE_YEAR_PART.fullmatch(text) if len(text) <= 40 else None
    if part and lookup(part.group("v")):  # `Title. ICLR 2022 Workshop MLDD [[paper]]`
        if not item.venue_tag:
            item.venue_raw, item.venue_tag = text, venue_tag_of(text)
        if item.year is None:
            item.year = int(part.group("y"))
        return True
    keyed = author_year_key(text) if len(text) <= 40 else None
    if keyed is not None:  # `Li+'22 - Title`: the first author and the year, a citation key
        if not item.authors:
            item.authors, item.et_al = [keyed[0]], True
        if item.year is None:
            item.year = keyed[1]
        return True
    if len(text) <= 24:
        span = venue_year_span(text)
        short = _SHORT_YEAR_FIRST.fullmatch(text) if span is None and lead else None
        if short is not None:
            # `[(22 S&P) Title](pdf)`, `(17 USENIX)`: a venue tag whose two-digit year stands
            # first, read as its year written in full is (`2022 S&P`); a count of things is
            # no venue (`(18 PDFs + 2 Metadata Files)`: `venue_year_span` reads none), nor is
            # a count closing a title (`Title (30 FPS)`, `(12 GB)`: no year 2030 or 2012), so
            # only a tag before the title is read so
            span = venue_year_span(f"{full_year(short.group(1))} {short.group(2)}")
        if span is not None:
            venue, year = span
            if venue and not item.venue_tag:
                item.venue_raw, item.venue_tag = venue, venue_tag_of(venue)
            if item.year is None:
                item.year = year
            return True
        if _DATE_ONLY.fullmatch(text):
            if item.year is None:
                item.year = int(text[:4])
            return True
        if after_year and item.year is not None and (
                (venue_year_span(f"{text} {item.year}") or ("", 0))[0] or lookup(text)):
            if not item.venue_tag:
                item.venue_raw = f"{text} {item.year}"
                item.venue_tag = venue_tag_of(item.venue_raw)
            return True
    return bracketed and _is_label(text)


class _Ends:
    """What was peeled from the title's end so far (evidence for what stands before it)."""

    def __init__(self) -> None:
        self.year = False  # a year or a venue and year was peeled off the end
        self.field = False  # any field was
        self.names = False  # the section's items open with their authors (`peel_section`)
        # the section's dated items close with their authors after a spaced dash
        # (`[Title - Marc Shapiro et. al. (2011)](pdf)`: `peel_section`)
        self.names_after = False


def _peel_end(title: str, item: ParsedItem, ends: _Ends) -> str | None:
    connector = _CONNECTOR_END.search(title)
    if connector and title_like(title[:connector.start()]):
        return title[:connector.start()]
    dated = None if item.venue_tag else _YEAR_FIELD_NEXT.search(title)
    if dated is not None and title_like(title[:dated.start()]):
        had = item.year
        if _year_then_venue(title[dated.end():], item):
            # `Title, 2008, International Conference on Software Engineering (ICSE)`: the
            # year, then the venue written in full, its bracketed acronym part of its name
            ends.field, ends.year = True, had is None
            return title[:dated.start()]
    bracket = _END_BRACKET.search(title)
    if bracket and title_like(title[:bracket.start()]):
        had = item.year
        if _as_field(bracket.group(1), item, True):
            ends.field, ends.year = True, ends.year or (had is None and item.year is not None)
            return title[:bracket.start()]
        if title[:bracket.start()].endswith(".") and affiliations(bracket.group(1)):
            # `Title. (Purdue University, Microsoft Research)`: after the full stop that ends
            # the title, names of places in brackets are who made it, no title word (a method's
            # acronym in brackets stands before the full stop: `... Networks (GAN).`)
            ends.field = True
            return title[:bracket.start()]
        # `Title, TETCI, 2018 (first audio-visual SE)`: a note in brackets after the item's
        # fields is no title word either; peeled only when a field stands before it
        rest = clean_title(title[:bracket.start()])
        sep = _last_sep(rest)
        if sep and sep.start() > 0 and title_like(rest[:sep.start()]) \
                and _as_field(rest[sep.end():], item, False):
            ends.field = ends.year = True
            return rest[:sep.start()]
    had = item.year
    piped = _peel_piped_venue(title, item) if " | " in title else None
    if piped is not None:
        ends.field, ends.year = True, had is None and item.year is not None
        return piped
    cited = title.rfind(", In ")
    venue = _IN_VENUE.fullmatch(title[cited + 2:].strip(" .,;")) if cited > 0 else None
    if venue is not None and venue.group(1) and _balanced(title[cited:]) \
            and title_like(_END_BRACKET.sub("", title[:cited])):
        # `Title (C. Kerl, ...), In Proc. of the Int. Conf. on ... (IROS), 2013`: "In" opens
        # the venue and its year, whose own stops split no field, however long
        year = int(venue.group(1))
        if not item.venue_tag and item.year in (None, year):
            item.venue_raw = venue.group(0)
            item.venue_tag = venue_tag_of(item.venue_raw)
            ends.field, ends.year = True, item.year is None
            item.year = year
        return title[:cited]
    closing = journal_closing(title, ends.year or item.year is not None) \
        if not item.venue_tag and ". " in title and title[-1:].isdigit() else None
    if closing is not None:
        # `Title. Trends Biochem. Sci. 40, 49–57 (2015)`: the journal and its volume after
        # the title's sentence, its abbreviating stops no field's separators
        item.venue_raw = f"{closing[1]} {item.year}" if item.year else closing[1]
        item.venue_tag = venue_tag_of(item.venue_raw)
        ends.field = True
        return closing[0]
    # the separator before the last, then the last: a field may hold a separator of its own
    # (`Title, Proc. ICLR 2015`, `Title, CVPR, 2016`), the longer field first
    for sep in list(_SEP.finditer(title))[-2:]:
        if sep.start() > 0 and _balanced(title[sep.end():]) and (
                title_like(title[:sep.start()]) or _word_then_venue(title, sep)
                or ends.year and _known_venue_field(title, sep)
                or ends.year and _title_then_names(
                    title[:sep.start()]) or ends.names and _names_then_title(
                    title[:sep.start()])):
            had = item.year
            if _as_field(title[sep.end():], item, False, ends.year):
                ends.field, ends.year = True, had is None and item.year is not None
                return title[:sep.start()]
            if sep.group(0).strip() in _FIELD_SEPS \
                    and _named_venue(title[sep.end():], item):
                # (capitalised words, as names are: no evidence that names stand before it,
                # `…: A Vision, Architectural Elements, and Future Directions, Future
                # Generation Computer Systems 2013`)
                ends.year = ends.year or had is None and item.year is not None
                return title[:sep.start()]
    return None


#: The separators after which a venue written in full may close a title (`, Future
#: Generation Computer Systems 2016`): a comma or a spaced dash; after a colon a capitalised
#: phrase is a subtitle.
_FIELD_SEPS = frozenset({",", "-", "–", "—"})
#: A venue's name written in full, then its year (`Future Generation Computer Systems 2016`,
#: `ACM Sigcomm CCR 2014`).
#: Words of a venue's name written in full with no word saying it is one (`Future Generation
#: Computer Systems`): fewer are no evidence.
_FULL_VENUE_WORDS = 4
_NAMED_VENUE = re.compile(rf"^(?P<v>[A-Z][\w&.\-]*(?:\s+[\w&.\-]+){{1,7}}?)\s+(?P<y>{YEAR})$")


def _named_venue(text: str, item: ParsedItem) -> bool:
    """Whether a title's last field is a venue named in full with its year, filling the item's
    venue and year: two words or more all capitalised or a venue's joiners
    (`citations.venue_part`, never a phrase of the title's own lower-case words), then the
    year. Names are no venue (`S. Lee. 2018`). Cheap first: a year in the field."""
    text = text.strip(" .,;*_")
    named = _NAMED_VENUE.match(text) if YEAR_GROUP.search(text) else None
    if named is None or not venue_part(named.group("v")) or read_names(named.group("v"))[0] \
            or any(_INITIAL.fullmatch(word) for word in named.group("v").split()):
        return False  # (an initial is a name's: `S. Lee. 2018`)
    said = named.group("v").split()
    if any(w.lower() in ORGANISATION_WORDS for w in said) \
            or len(said) < _FULL_VENUE_WORDS and not venue_words(named.group("v")):
        # (a few capitalised words before a year are as often a team, a course or an award:
        # `, Microsoft Research Asia 2016`, `- Transformer Tutorial 2019`, `, Best Paper
        # Award 2021`; a venue's own words, `ACM Sigcomm CCR`, or a long name say a venue)
        return False
    return _fill_venue(item, named.group("v"), int(named.group("y")))


def _fill_venue(item: ParsedItem, venue: str, year: int) -> bool:
    """A venue and its year read at a title's end, into an item that has no venue and no
    other year; whether they went in."""
    if item.venue_tag or item.year not in (None, year):
        return False
    item.venue_raw = f"{venue} {year}"
    item.venue_tag = venue_tag_of(item.venue_raw)
    item.year = year
    return True


#: The comma before a year field that another field follows (`…, 2022, Journal: …`), the last.
_YEAR_FIELD_NEXT = re.compile(rf",\s*(?={YEAR},\s*\S)(?!.*,\s*{YEAR},)")
#: A year, then the venue written out after it, maybe after its kind's label (`…, 2022,
#: Journal: IEEE Transactions on Software Engineering`, `…, 2008, International Conference on
#: Software Engineering (ICSE)`).
_YEAR_THEN_VENUE = re.compile(rf"\s*(?P<y>{YEAR}),\s*(?:(?:journal|conference|proceedings)"
                              r"\s*:\s*)?(?P<v>\S.*?)[\s.]*", re.IGNORECASE)


def _year_then_venue(text: str, item: ParsedItem) -> bool:
    """Whether a title's last fields are its year, then its venue named in full (a venue the
    table knows or words only a venue's name holds, `venue_words`; no person's name, no second
    year), filling the item's venue and year. Cheap first: a year opens the field."""
    dated = _YEAR_THEN_VENUE.fullmatch(text) if text.lstrip()[:1].isdigit() else None
    if dated is None:
        return False
    venue = dated.group("v")
    if YEAR_GROUP.search(venue) or read_names(venue)[0] \
            or not (lookup(venue) is not None or venue_words(venue)):
        return False
    return _fill_venue(item, venue, int(dated.group("y")))


def _known_venue_field(title: str, sep: re.Match[str]) -> bool:
    """`Mask R-CNN - ICCV - 2017`, its year field peeled: a spaced dash, then a venue the
    table knows alone as the last field, before the year's: the words before it are the
    title, though shorter than a phrase (the fields after a title, set off as the list sets
    them off). (`_peel_end` has checked that the separator does not open the title.)"""
    return sep.group(0).strip() in ("-", "–", "—") \
        and lookup(title[sep.end():].strip(" .,;")) is not None


def _word_then_venue(title: str, sep: re.Match[str]) -> bool:
    """`Meta-Curvature. NeurIPS 2019`: a whole word, a full stop, then a venue the table knows
    and its year (`title_then_venue`): the word is the title, though no phrase. Cheap first:
    a full stop and a year last."""
    rest = title[sep.end():].rsplit(None, 1)
    return sep.group(0).strip() == "." and len(rest) == 2 \
        and YEAR_GROUP.fullmatch(rest[1]) is not None \
        and title_then_venue(title[:sep.end()] + rest[0])


def _peel_piped_venue(title: str, item: ParsedItem) -> str | None:
    """`Title | Cell Systems, 2021`: after a title phrase, the last ` | ` field a journal's
    name and its year (`_PIPED_JOURNAL`), or a venue the table knows without one (`Title |
    Cell`). A pipe separates fields, never a title's words (`title_like` reads no title with
    one), so the field is the item's venue when its words name a journal (`piped_venue`)."""
    cut = title.rfind(" | ")
    rest, field = title[:cut], title[cut + 3:].strip(" .,;*_")
    if not title_like(rest) or not field:
        return None
    found = piped_venue(field)
    if found is None:
        return None
    venue, year = found
    if item.year is not None and year is not None and item.year != year:
        return None  # (two years disagree: the field is no date of this paper's)
    if not item.venue_tag:
        item.venue_raw = f"{venue} {year}" if year is not None else venue
        item.venue_tag = venue_tag_of(item.venue_raw)
    if item.year is None:
        item.year = year
    return rest


#: Lower-case words before a colon opening the title (`paper: `, `review paper: `, `paper,
#: algorithm: `): a label the writer put inside the link's text.
_KIND_LABEL = re.compile(r"([a-z]+(?:,?\s[a-z]+){0,2}):\s+")


def _peel_kind_label(title: str) -> str | None:
    """`[paper: Title](doi)`, `[review paper: Title](doi)`: a lower-case label naming the
    item a paper (a word of PAPER_LABELS among at most three) before a colon, then a title
    phrase: the label is no title word (a title's own lead before a colon is a name, written
    with a capital: `LinK: Linear Kernel ...`)."""
    label = _KIND_LABEL.match(title)
    if label is None or PAPER_LABELS.isdisjoint(label.group(1).replace(",", " ").split()):
        return None
    rest = title[label.end():]
    return rest if title_like(rest) else None


def _title_then_names(text: str) -> bool:
    """`Deterministic Policy Gradient Algorithms, D. Silver et al.` before `, ICML` once the
    year after it is peeled: a title then its author list (`_peel_names` reads one off it),
    although the whole reads as names (capitalised title words before "et al."). Only asked
    where `title_like` said no after a year was peeled: a rare path."""
    return _peel_names(text, ParsedItem(), _Ends()) is not None


def _names_then_title(text: str) -> bool:
    """`Tom Schaul, John Quan, ..., Prioritized Experience Replay` before `, ArXiv, 18 Nov
    2015` where the section's items open with their authors: names then a title phrase
    (`_peel_lead_names` reads the names off), although the whole reads as names."""
    return _peel_lead_names(text, ParsedItem(), section=True) is not None


#: Where an author list may start after the title: a comma, a full stop or a spaced dash.
_NAMES_START = re.compile(r"(?:\s*,\s+|(?<=[^\s.A-Z])\.\s+|\s+[-–—]\s+)")
_INITIAL = re.compile(r"[A-Z]\.|[A-Z](?:\s|$)|[A-Z]\.?-[A-Z]\.")
#: An initial after a family name (`Faruki P, Bharmal A`, `Tam K. ACM ...`): citation names.
_CITED_INITIAL = re.compile(r"[A-Z][a-z\u00e0-\u024f'’\-]+\s(?:[A-Z]\s?){1,3}[,.]")


#: A full stop that may end a title before `;`-separated names, a space after it or not
#: (`... graph edits. Mikołaj Sacha;...`, `... Hopfield Networks.Philipp Seidl; ...`).
_STOP_BEFORE_NAMES = re.compile(r"(?<=[^\s.A-Z])\.\s*(?=[A-Z\u00c0-\u024f])")
#: A `;`-separated name's affiliation mark or joining word (`Chang-Yu Hsieh1`, `and Günter`).
_NAME_MARKS = re.compile(r"^\s*and\s+|\d+\s*$")


def _name_parts(tail: str) -> list[str]:
    return [p for p in (_NAME_MARKS.sub("", part).strip() for part in tail.split(";")) if p]


def _semicolon_names(tail: str) -> list[Author] | None:
    """`Yue Wan; Benben Liao; Chang-Yu Hsieh1;  Shengyu Zhang2`: two or more `;`-separated
    parts, most of them one person each (a part that is not, `V eronika Thost`, is left out):
    those persons; else None."""
    parts = _name_parts(tail)
    if len(parts) < 2:
        return None
    people = [found[0] for part in parts
              if len(found := read_names(part, one_person=True)[0]) == 1]
    return people if 2 * len(people) > len(parts) else None


def _peel_names(title: str, item: ParsedItem, ends: _Ends) -> str | None:
    """`Title, A. Author, B. Writer`, `Title. Ann Author, Bob Writer`: the shortest tail from
    a separator on that reads as an author list. Capitalised words after a comma read as names
    too easily (`..., Models and Applications`), so the tail needs more evidence: "et al.",
    an initial, every name with its given name after a full stop or a spaced dash, or one
    person with a given name between the title and a field already peeled (`Title, Bo Xu,
    2019`). After a spaced dash, names then a venue (`Title - Tam K, Feizollah A, et al. ACM
    Computing Surveys (CSUR), 2017`) are read as cited names (`GBT_NAMES`), then the venue.
    A tail with a year or an open bracket is no plain author list: its fields are peeled
    first, or it is no tail (a separator inside brackets)."""
    for stop in _STOP_BEFORE_NAMES.finditer(title) if ";" in title else ():
        tail = title[stop.end():].rstrip(" .,;")
        if _balanced(tail) and title_like(title[:stop.start()]) \
                and (people := _semicolon_names(tail)) is not None:
            # `Title. Mikołaj Sacha;Mikołaj Błaż;Piotr Byrski` (a link text; `Networks.Philipp
            # Seidl; ...` without the space too): after the full stop, a `;`-separated list of
            # persons is the author list (kept only when every part read as a person: `V
            # eronika Thost` among them leaves the authors unread)
            if not item.authors and len(people) == len(_name_parts(tail)):
                item.authors, item.et_al = people, False
            return title[:stop.start()]
    for sep in _NAMES_START.finditer(title):
        tail = title[sep.end():].rstrip(" .,;")
        if not _balanced(tail):
            continue
        strong_sep = "," not in sep.group(0)
        listed = "," in tail or "et al" in tail or " and " in tail
        # (a dash the section's items write before their names: `_closes_with_names`)
        named_after = ends.names_after and sep.group(0).strip() in _DASHES
        if not (listed or ends.field or named_after) or not title_like(title[:sep.start()]):
            continue
        names, et_al = read_names(tail, one_person=(ends.field or named_after) and not listed
                                  and " & " not in tail) \
            if not YEAR_GROUP.search(tail) else ([], False)
        if names and named_after and not (listed or ends.field) \
                and not _person_after_dash(names[0]):
            continue
        if names and all(len(a.family.split()) <= 3 for a in names):
            initials = any(_INITIAL.match(a.given) for a in names)
            # (one person read off a title's comma tail is given name and family name, two
            # words: `Title, Bo Xu, 2019`; three capitalised words are a phrase as often:
            # `One Step Forward, Two Steps Back (CIDR‘19)`; not so where the section writes
            # names after its dashes: `- Victor B. F. Gomes (2017)`)
            lone = not listed and len(names) == 1 and len(tail.split()) > 2 and not named_after
            if et_al or initials or ((strong_sep or ends.field) and all(a.given for a in names)
                                     and not lone
                                     and not any(TOPIC_WORD.search(a.family) for a in names)):
                if not item.authors:
                    item.authors, item.et_al = names, et_al
                return title[:sep.start()]
        cited = GBT_NAMES.match(tail + " ") if strong_sep else None
        if cited and ("et al" in cited.group("a") or _CITED_INITIAL.search(cited.group("a") + ",")):
            # `Title - Tam K, Feizollah A, et al. ACM Computing Surveys (CSUR), 2017`: cited
            # names (family name, initials), then the venue and year
            names, et_al = read_names(cited.group("a"))
            if names:
                if not item.authors:
                    item.authors, item.et_al = names, et_al
                _cited_venue(tail[cited.end():], item)
                return title[:sep.start()]
    return None


#: Who wrote it and when, after the title: "et al." (`ら`, `等` after CJK names) and the year
#: (`, Casey et al., 2008`, ` Song et al., 2012`, `,松原ら. 2013`).
_CITED_BY = re.compile(rf"(?:\s+{ET_AL_MARK}|(?<=[{CJK_RANGES}])[ら等])[\s,.;]*\(?(?P<y>{YEAR})\)?"
                       rf"(?![\d\w])")
#: A short CJK name and a year after the title's last separator (`, 阪上 2018`).
_CJK_NAME_YEAR = re.compile(rf"\s*[,，]\s*[{CJK_RANGES}]{{1,4}}\s*\(?(?P<y>{YEAR})\)?(?![\d\w])")
#: The family name (and a trailing initial) just before "et al." when no separator stands
#: before it: `Perspectives Song et al.`, `A Review Reddy M et al.`.
_LAST_NAME = re.compile(r"\s+(?P<n>[A-Z\u00c0-\u024f][\w'’\-]+(?:\s[A-Z]\.?)?)$")
#: A separator before an author-year segment: a comma (full-width too) or a full stop.
_CITED_SEP = re.compile(r"\s*[,，;]\s*|(?<=[^\s.A-Z])\.\s+")


def _peel_cited_by(title: str, item: ParsedItem) -> str | None:
    """`Title, Casey et al., 2008 https://url　a note`: the title ends where who wrote it and
    when start ("et al." and a year are evidence enough); what follows the year (the note a
    bare URL left) is no title word either. The names are the segment after the last
    separator before "et al." (or, with none near, the one family name before it); a CJK name
    and a year after a comma (`, 阪上 2018`) give the year alone (a short CJK span may as well
    be a venue: its words stay unread)."""
    cited = _CITED_BY.search(title)
    if cited is not None:
        head = title[:cited.start()]
        candidates = [(m.start(), head[m.end():]) for m in _CITED_SEP.finditer(head)
                      if 0 < m.start() and len(head) - m.end() <= 40][-1:]
        last = _LAST_NAME.search(head)
        if last is not None:
            candidates.append((last.start(), last.group("n")))
        for start, names in candidates:
            if not phrase(title[:start]):
                continue
            found, _ = read_names(f"{names} et al.")
            if found and len(found) == 1 and len(found[0].family.split()) <= 2:
                if not item.authors:
                    item.authors, item.et_al = found, True
                if item.year is None:
                    item.year = int(cited.group("y"))
                return title[:start]
        return None
    named = _CJK_NAME_YEAR.search(title)
    if named is not None and CJK_PHRASE.search(title[:named.start()]):
        if item.year is None:
            item.year = int(named.group("y"))
        return title[:named.start()]
    return None


_VENUE_YEAR_END = re.compile(rf"^(?P<v>[^\d]{{2,80}}?)[\s,.;]+(?P<y>{YEAR})[\s.,;]*$")


def _cited_venue(rest: str, item: ParsedItem) -> None:
    """`ACM Computing Surveys (CSUR), 2017` after cited names: the venue and its year, filling
    what the item lacks (a venue of VENUE_WORDS words or fewer, else the year alone)."""
    match = _VENUE_YEAR_END.match(rest.strip())
    if match is None:
        dated = YEAR_GROUP.search(rest)  # `Silver et al. (2016)`: the year alone
        if dated and item.year is None and not any(ch.isalpha() for ch in rest):
            item.year = int(dated.group(0))
        return
    year = int(match.group("y"))
    venue = match.group("v").strip(" ,.;")
    if not item.venue_tag and item.year in (None, year) and len(venue.split()) <= VENUE_WORDS:
        item.venue_raw = f"{venue} {year}"
        item.venue_tag = venue_tag_of(item.venue_raw)
    if item.year is None:
        item.year = year


#: The title's first fragment, up to its first comma, `!`, `?` or colon.
_FIRST_FRAGMENT = re.compile(r"([^,:!?]{1,40}?)([,!?:])\s")


def _runs_on(rest: str) -> bool:
    """Whether what follows the segments read as persons opens as they do: a fragment of one
    or two words before a comma or `!` (`Fast, and Effective ...`, `Predict! A ...`), or one
    more `Word Word` before a colon (`Run Better: A ...`): the title's own list of phrases
    (`A Simple, Fast, and Effective Reparameterization ...`, `Plan First, Judge Later, Run
    Better: ...`), whose first phrases only look like persons (silence, not a wrong author)."""
    first = _FIRST_FRAGMENT.match(rest)
    if first is None:
        return False
    if first.group(2) == ":":
        return bool(count_persons(first.group(1)))  # (`DeepTrack: Learning ...` is a title)
    return len(first.group(1).split()) <= 2


#: A first author's family name and "et al." as a list's whole author list (`Eigen et al`).
_FIRST_ET_AL = re.compile(rf"[A-Z][\w'’\-]+(?:\s[A-Z][\w'’\-]+)?\s+{ET_AL_MARK}")


def _peel_lead_names(title: str, item: ParsedItem, section: bool = False) -> str | None:
    """`Hanxi Li, Yi Li and Fatih Porikli, DeepTrack: Learning ...`: an author list before the
    title, each comma-separated segment one or two persons: peeled when it names two persons
    or more (one, `DY Yeung, Title`, when the item's names were read before it: the list
    goes on; or with `section`, most of the section's items opening with names: `Marvin
    Minsky, Steps toward Artificial Intelligence, ...`) and a title phrase follows; the names
    are the item's authors where it has none, or continue its list. With `section`, a short
    title of capitalised words read as one more person (`..., David Silver, Prioritized
    Experience Replay, ArXiv`) is the title when what follows it is no title phrase."""
    if item.et_al:
        return None  # (the item's author list ended with "et al.": no more names follow it)
    parts = title.split(", ")
    persons, at = 0, 0
    ends: list[tuple[int, int]] = []
    for part in parts[:-1]:
        found = count_persons(part)
        if not found and not at and _FIRST_ET_AL.fullmatch(part):
            # `Eigen et al, Predicting Depth, ...`: a first author and others, the whole list
            persons, at = 2, len(part) + 2  # (what follows is the title, however it opens)
            ends.append((persons, at))
            break
        if not found:
            break
        persons, at = persons + found, at + len(part) + 2
        ends.append((persons, at))
    if section and len(ends) > 1 and not _opens_title(title[at:], section):
        persons, at = ends[-2]  # (the last "person" is the title, when a phrase)
    if not at or persons < (1 if item.authors or section else 2) \
            or not _opens_title(title[at:], section) \
            or _runs_on(title[at:]) and not _FIRST_ET_AL.fullmatch(parts[0]):
        return None
    head = title[:at].rstrip(", ")
    names, et_al = read_names(head) if persons > 1 else read_names(head, one_person=True)
    if names:
        if not item.authors:
            item.authors, item.et_al = names, et_al
        elif not item.et_al:
            item.authors = [*item.authors, *names]
    return title[at:]


_SENTENCE_STOP = re.compile(r"\.\s+")
#: A capitalised word, then one initial and the stop (`Timothy P.`): a middle initial.
_MIDDLE_INITIAL = re.compile(r"[A-Za-z][a-z]+\s[A-Z]\.$")


def _peel_names_sentence(title: str, item: ParsedItem) -> str | None:
    """`Sutskever, I., Vinyals, O., and Le, Q. Sequence to sequence learning ...`, `Jean et
    al. On Using ...`, `Zeiler, M. D. ADADELTA: ...`: an author list ended by a full stop
    before the title, as a citation writes it (here inside one link's text). The list is the
    longest first sentence that reads as names (`read_names`: two persons or more, "et al.",
    or one person with initials) before a title phrase. Cheap first: a comma or "et al" in
    the first sentence's reach."""
    head_end = title.rfind(". ", 0, 400)
    if head_end < 0 or ("," not in title[:head_end] and "et al" not in title[:head_end]):
        return None
    found = None
    for stop in _SENTENCE_STOP.finditer(title, 0, head_end + 2):
        head, rest = title[:stop.start() + 1], title[stop.end():]
        if rest[:1].islower() or _MIDDLE_INITIAL.search(head) \
                and not INITIALS_PART.search(head):
            continue  # (`Timothy P. Lillicrap`: a middle initial's stop ends no list)
        names, et_al = read_names(head, one_person=True)
        if names and (len(names) > 1 or et_al or initialled(names[0])) \
                and all(named_person(a, et_al and len(names) == 1) for a in names) \
                and title_like(rest):
            found = (names, et_al, rest)
    if found is None:
        return None
    item.authors, item.et_al = found[0], found[1]
    return found[2]


#: How far into a title an author list before a colon may reach (`Xiang Zhang, Junbo Zhao,
#: and Yann LeCun: Title`).
_COLON_NAMES_REACH = 120


def _peel_names_colon(title: str, item: ParsedItem, section: bool = False) -> str | None:
    """`Avrim Blum and Tom Mitchell: Combining Labeled and Unlabeled Data with Co-Training`,
    `Richard Socher, et al.: Title`: an author list, then a colon, then the title phrase. The
    list reads as two persons or more, or "et al." (`read_names`), each a person as a
    citation names one (`named_person`: `Deep Learning: …` is no person); one person alone
    (`Yoon Kim: Title`) only with `section`, most of the section's items written so
    (`peel_section`). A name before a colon is a paper's own name as often (`BERT: …`): a
    lone word never reads as a person here."""
    at = title.find(": ")
    rest = title[at + 2:]
    if not 0 < at <= _COLON_NAMES_REACH or not rest[:1].isupper() and rest[:1] not in "\"“":
        return None
    names, et_al = read_names(title[:at], one_person=section)
    if not names or not all(named_person(a, et_al and len(names) == 1) for a in names):
        return None
    if not title_like(rest) and not (len(names) > 1 or et_al) or len(rest.split()) < 2:
        return None  # (after a list of names a title may be short: `Skip-Thought Vectors`)
    if not item.authors:
        item.authors, item.et_al = names, et_al
    return title[at + 2:]


def open_with_colon_names(items: list[ParsedItem]) -> bool:
    """Whether names and a colon open most of the items' titles, two or more of them with two
    persons or "et al." (`_names_colon`): the items are written `Authors: Title, Venue Year`,
    and one person before a colon is an author too (`Yoon Kim: Title`). One such title among
    others keeps its words: `Taste More, Taste Better: …` reads as two persons."""
    coloned = [_names_colon(item) for item in items]
    return coloned.count(2) >= 2 and 2 * sum(map(bool, coloned)) > len(items)


def _names_colon(item: ParsedItem) -> int:
    """How an item's title opens with an author list before a colon (`_peel_names_colon`):
    2 for two persons or more or "et al.", 1 for one person, 0 for none. Cheap first: a colon
    within reach and no authors read yet."""
    at = item.title.find(": ")
    if item.authors or not 0 < at <= _COLON_NAMES_REACH:
        return 0
    scratch = ParsedItem()
    if _peel_names_colon(item.title, scratch) is not None:
        return 2
    return 1 if _peel_names_colon(item.title, scratch, section=True) is not None else 0


def _opens_title(rest: str, section: bool) -> bool:
    """Whether a title phrase follows an author list: the rest is one (`title_like`), or, where
    the section's items open with names, its first comma part is and fields follow it
    (`Relative Entropy Policy Search, AAAI, 2010.`: peeled off its end afterwards)."""
    return title_like(rest) or section and ", " in rest \
        and title_like(rest[:rest.index(", ")])


def _peel_start(title: str, item: ParsedItem, leads: bool, names: bool = False) -> str | None:
    """A reference number or a mark before the title; with `leads` (most items of the section
    open so), a field before it: `[CVPR 2019]`, a glued `2017 `/`2020-`, `ICCV'17 - `; with
    `names` (most items open so), an author list before it (`_peel_lead_names`)."""
    lead = _REF_NUMBER.match(title)
    if lead and title_like(title[lead.end():]):
        return title[lead.end():]
    if title[:1] and is_mark(title[0]):
        rest = title.lstrip("".join(ch for ch in title[:8] if is_mark(ch) or ch.isspace()))
        label = _LEAD_LABEL.match(rest) if rest[:1] == "[" else None
        if label is not None and _names_its_title(label.group(1), rest[label.end():]):
            item.name = item.name or label.group(1).strip(" *_")  # `🔥🔥[DistServe] Title`
            return rest[label.end():]
        return rest if rest != title and title_like(rest) else None
    label = _LEAD_LABEL.match(title)
    if label and _is_label(label.group(1)) and title_like(title[label.end():]):
        return title[label.end():]  # `[Paper] Title`, `[x] Title`: a label, no title word
    if label and _names_its_title(label.group(1), title[label.end():]):
        # `[DistServe] DistServe: Disaggregating Prefill and ...`: the bracketed name the
        # title opens with again is the paper's name, no title word
        item.name = item.name or label.group(1).strip(" *_")
        return title[label.end():]
    field = _LEAD_SEP.match(title) if title[:5].lower() == "arxiv" else None
    if field and _ARXIV_REF.fullmatch(field.group(1).strip()) \
            and title_like(title[field.end():]):
        # `arXiv: Title`: where the paper appeared, never a title's first word, wherever the
        # section's other items write their venues (`CVPR2020: Title`, read already)
        _as_field(field.group(1), item, False)
        return title[field.end():]
    logged = _LOGGED_DATE.match(title) if title[:1].isdigit() else None
    if logged and title_like(title[logged.end():]):
        # `2025-09-26-SOSP23-Snowcat: Efficient …`: a full date, its day too, glued before
        # the title by a hyphen is when the list's writer read or added the paper (a
        # session, a log entry), not when it appeared: no year. A venue code with its year
        # glued after it (`SOSP23-`, `ICPP-W 2023-`) is the paper's venue and year.
        rest = title[logged.end():]
        item.logged = int(logged.group(1))
        code = _GLUED_VENUE.match(rest)
        if code and title_like(rest[code.end():]) and not item.venue_tag:
            year = int(code.group(2)) if code.group(2) else full_year(code.group(3))
            item.venue_raw = f"{code.group(1)} {year}"
            item.venue_tag = venue_tag_of(item.venue_raw)
            item.year = year
            return rest[code.end():]
        return rest
    dated = _LEAD_DATE.match(title)
    if dated and sum(ch.isalpha() for ch in title[dated.end():]) > 1:
        # `(2019.05) Searching for MobileNetV3`: a date with its month is no title word,
        # whatever the section's other items open with, and what follows it is the title
        # however short (`(2017.09) Squeeze-and-Excitation Networks`)
        if item.year is None:
            item.year = int(dated.group(1))
        return title[dated.end():]
    keyed = _LEAD_SEP.match(title) if "+" in title[:24] or "al" in title[:30] else None
    if keyed and author_year_key(keyed.group(1)) and title_like(title[keyed.end():]):
        # `Li+'22 - Title`: who wrote it and when, as a citation key, is never a title's
        # opening, whatever the section's other items open with
        _as_field(keyed.group(1), item, False)
        return title[keyed.end():]
    if names:  # (the section's items open with their authors: `peel_section`)
        named = _peel_lead_names(title, item, section=True)
        if named is not None:
            return named
    return _peel_lead(title, item) if leads else None


#: The words of a bracketed name before a title (`[Efficient LLMs] Title`).
LABEL_NAME_WORDS = 3


def _names_its_title(label: str, rest: str) -> bool:
    """Whether a bracketed label before a title is a name and no title word (`[DistServe]
    DistServe: ...`, `[**LLMCompass**] A Hardware Evaluation Framework ...`, `[Efficient LLMs]
    Efficient Large Language Models: A Survey`). What is checked is the label's form, not that
    the title repeats it: a few words, no digit (a venue's year, a reference number), no venue
    the table knows, and a title phrase after it. The caller keeps it as the item's name."""
    name = label.strip(" *_")
    named = [w for w in name.split() if any(ch.isalnum() for ch in w)]  # (`&` is no word)
    return bool(named) and len(named) <= LABEL_NAME_WORDS and not DIGIT.search(name) \
        and not lookup(name) and title_like(rest)


def _peel_lead(title: str, item: ParsedItem) -> str | None:
    """A field before the title: `[CVPR 2019]`, a glued `2017 `/`2020-`, `ICCV'17 - `."""
    bracket = _LEAD_BRACKET.match(title)
    if bracket and title_like(title[bracket.end():]) \
            and _as_field(bracket.group(1), item, True, lead=True):
        return title[bracket.end():]
    code = _GLUED_VENUE.match(title) if title.find("-", 2, 20) > 0 else None
    if code and title_like(title[code.end():]):
        # `SOSP'03-The Google File System`: a venue code and its year glued before the title
        year = int(code.group(2)) if code.group(2) else full_year(code.group(3))
        if item.year is None or item.year == year:
            if not item.venue_tag:
                item.venue_raw = f"{code.group(1)} {year}"
                item.venue_tag = venue_tag_of(item.venue_raw)
            item.year = year
            return title[code.end():]
    glued = GLUED_YEAR.match(title)  # (`2017 Title`, `2020-Title`)
    if glued and (item.year is None or item.year == int(glued.group(1))) \
            and title_like(title[glued.end():]):
        item.year = int(glued.group(1))
        return title[glued.end():]
    field = _LEAD_SEP.match(title)
    if field and _dated_or_arxiv(field.group(1)) \
            and title_like(title[field.end():]) and _as_field(field.group(1), item, False):
        return title[field.end():]
    return None


def _dated_or_arxiv(field: str) -> bool:
    """Whether a field before the title may be one: it has a digit (`ICLR'19`, `NeurIPS2020`)
    or is an arXiv reference (`arXiv: Title`, among `CVPR2020: Title` items)."""
    return bool(DIGIT.search(field)) or bool(_ARXIV_REF.fullmatch(field.strip()))


def _opens_with_field(title: str, separated: bool) -> bool:
    """Whether a field stands before the title (`_peel_start` with `leads`, on a scratch item).
    Cheap first: a field before a title opens it with a bracket or a digit, or has a digit
    before its first separator (`separated`: the title has one at all)."""
    head = title[:1]
    if not head:
        return False
    if head not in "([" and not head.isdigit():
        field = _LEAD_SEP.match(title) if separated else None
        if (field is None or not _dated_or_arxiv(field.group(1))) \
                and not (title.find("-", 2, 20) > 0 and _GLUED_VENUE.match(title)):
            return False
    return _peel_start(title, ParsedItem(), False) is None \
        and _peel_lead(title, ParsedItem()) is not None


def _opens_with_names(title: str) -> bool:
    """Whether an author list of two persons or more stands before the title (cheap first: a
    capital, then a comma within a few words)."""
    comma = title.find(", ")
    if not (0 < comma <= 40 and title[:1].isupper()):
        return False
    if _peel_lead_names(title, ParsedItem()) is not None:
        return True
    # (`..., David Silver, Prioritized Experience Replay, ArXiv, ...`: two persons or more
    # before a title that reads as one more, fields after it)
    scratch = ParsedItem()
    return _peel_lead_names(title, scratch, section=True) is not None \
        and len(scratch.authors) >= 2


#: The spaced dashes a title and its authors' names are set apart by (`Title - Names`).
_DASHES = ("-", "–", "—")


#: Words that name a kind of work, talk or document, or an organisation or venue: a subtitle's
#: (`- A Survey`, `- Lecture Notes`, `- Google Research`), never a person's name.
_KIND_WORDS = WORK_KINDS | TALK_WORDS | DOCUMENT_KINDS | ORGANISATION_WORDS | VENUE_NAME_WORDS \
    | PAPER_WORDS


def _person_after_dash(author: Author) -> bool:
    """Whether one person read after a title's spaced dash, where the section writes its
    authors so (`- Stephen Dolan`), is a person and no subtitle of two capitalised words: no
    word names a kind of work or an organisation (`_KIND_WORDS`), and the name opens with
    no capital alone without its stop (`A Survey`: the article)."""
    words = f"{author.given} {author.family}".split()
    return not any(w.lower() in _KIND_WORDS for w in words) \
        and not (len(words[0]) == 1 and words[0].isupper())


def _closes_with_names(item: ParsedItem) -> bool:
    """Whether a dated item's title ends with an author list after a spaced dash (`The Only
    Undoable CRDTs are Counters - Stephen Dolan` read off `[… - Stephen Dolan (2020)](pdf)`),
    were the section to write its names so (`_peel_names` on a scratch item). Cheap first: a
    year and a spaced dash."""
    if item.year is None or not any(f" {dash} " in item.title for dash in _DASHES):
        return False
    ends = _Ends()
    ends.names_after = True
    scratch = ParsedItem()
    return _peel_names(item.title, scratch, ends) is not None and bool(scratch.authors)


def _separated(title: str) -> bool:
    """Cheap first: whether a field can stand at the title's end at all (a separator
    somewhere, a closing bracket or a connector's last word at its end). String tests, not a
    regex: this runs for every paper of a list."""
    return title[-1:] in ")]" or "," in title[-_GLUED_FIELD - 1:] or ", " in title \
        or ". " in title or ": " in title \
        or " - " in title or "|" in title or "; " in title or " – " in title \
        or " — " in title or "：" in title or title[-2:] in ("in", "at", "to", "by") \
        or "? " in title or "! " in title


def peel_title_ends(item: ParsedItem, leads: bool = False, separated: bool | None = None,
                    names: bool = False, names_after: bool = False,
                    colon_names: bool = False) -> None:
    """Peel the fields off the two ends of `item.title` (see the module docstring). `leads`:
    a field before the title is peeled too (the section's items open so: `peel_section`).
    `separated`: `_separated(item.title)`, when the caller knows it. `names`: an author list
    before the title is peeled too (the section's items open so). `names_after`: an author
    list after a spaced dash ending the title is peeled too (the section's items close so).
    `colon_names`: an author list before a colon opening the title is read
    (`_peel_names_colon`), where the section's items (or the list's) open so."""
    title = item.title
    if separated is None:
        separated = _separated(title)
    if len(title) < 12 or title[0].isalpha() and not leads and not separated:
        return  # (cheap first: nothing at either end can be peeled)
    ends = _Ends()
    ends.names, ends.names_after = names, names_after
    for _ in range(6):  # a few fields at most stand at each end
        peeled = None
        if colon_names and not item.authors and ": " in title and title[:1].isupper():
            peeled = _peel_names_colon(title, item, section=True)
        if peeled is None and ("et al" in title or CJK_PHRASE.search(title)) \
                and YEAR_GROUP.search(title):
            peeled = _peel_cited_by(title, item)
        if peeled is None and separated:
            if "," in title or "et al" in title or " and " in title or ";" in title \
                    or ends.field or names_after:
                peeled = _peel_names(title, item, ends)
            if peeled is None:
                peeled = _peel_end(title, item, ends)
        if peeled is None and not item.authors and ". " in title and title[:1].isupper():
            peeled = _peel_names_sentence(title, item)
        if peeled is None and (not title[:1].islower() or title[:5] == "arXiv"):
            peeled = _peel_start(title, item, leads, names)
        elif peeled is None:
            peeled = _peel_kind_label(title)
        if peeled is None:
            break
        title = clean_title(peeled)
        separated = _separated(title)
    if title != item.title:  # (--explain says so: the words it read are not all the title)
        item.title, item.shape = title, f"{item.shape}, fields peeled off the title's ends"


def opening_fields(items: list[ParsedItem]) -> tuple[list[bool], list[bool]]:
    """Per item of a section (its marks peeled first, `_peel_shared_marks`): whether a field
    stands before its title (`_opens_with_field`), for `peel_section`'s vote, and whether a
    field can stand at its end at all (`_separated`)."""
    _peel_shared_marks(items)
    separated = [_separated(item.title) for item in items]
    return [_opens_with_field(item.title, sep) for item, sep in zip(items, separated,
                                                                    strict=True)], separated


def fields_lead(opening: list[bool]) -> bool:
    """Whether items open with a field before their titles: two or more, and most of them."""
    return sum(opening) >= 2 and sum(opening) * 2 > len(opening)


def peel_section(items: list[ParsedItem],
                 asked: tuple[list[bool], list[bool]] | None = None,
                 list_leads: bool = False, list_colon: bool = False) -> None:
    """Peel the titles of one section's items. A field before the title (`2017 Title`,
    `2017ICCV - Title`) is peeled only where most of the section's items (two or more) open
    with one: in one item among many, `2020-Era Forecasting ...` is the title's own word. A
    section of one item that opens with one follows the list (`list_leads`: most of the
    list's items do, `* [(2022) Title](url)` alone under `### Demonstration papers`); so
    does an author list before a colon (`list_colon`: `open_with_colon_names` on the list).
    `asked`: `opening_fields(items)`, when the caller asked it already."""
    opening, separated = asked if asked is not None else opening_fields(items)
    leads = fields_lead(opening) or list_leads and opening == [True]
    named = sum(_opens_with_names(item.title) for item in items)
    # (the vote is among the titles that can open with names at all, a comma in them: an
    # item its reader already cleaned of its names, `Title` alone, says nothing against them)
    names = named >= 2 and named * 2 > sum(", " in item.title for item in items)
    # (a spaced dash then names ends most dated titles, two or more: the section writes its
    # authors there; one such title among others keeps its words, `Title - Deep Learning`)
    closing = sum(_closes_with_names(item) for item in items)
    names_after = closing >= 2 and closing * 2 > len(items)
    # (a section of one item follows the list, as `list_leads`; a longer one says itself:
    # `Mean Teacher: …` titles among a list of `Yoon Kim: …` open with a method's name)
    colon_names = list_colon and len(items) == 1 or open_with_colon_names(items)
    for item, sep in zip(items, separated, strict=True):
        peel_title_ends(item, leads, sep, names, names_after, colon_names)


def _end_mark(title: str) -> str:
    """The marks after a title's last word, apart from it (`Title 🌟` -> `🌟`), else ""."""
    if not title or not is_mark(title[-1]):
        return ""  # (cheap first)
    word = title.rsplit(None, 1)
    return word[1] if len(word) == 2 and all(is_mark(ch) for ch in word[1]) \
        and any(ch.isalpha() for ch in word[0]) else ""


def _peel_shared_marks(items: list[ParsedItem]) -> None:
    """A mark that ends the titles of two or more of a section's items (`Title 🌟`) is the
    maintainer's (a pick, a star), no title word: it is peeled off each. A mark one title
    ends with alone may be the paper's own (`... Be Too Big? 🦜`): it stays."""
    marks = [_end_mark(item.title) for item in items]
    counts = Counter(mark for mark in marks if mark)
    if not counts:
        return
    shared = {mark for mark, n in counts.items() if n >= 2}
    for item, mark in zip(items, marks, strict=True):
        if mark in shared:
            item.title = clean_title(item.title[:-len(mark)])
            item.shape = f"{item.shape}, the section's mark peeled off the title's end"


#: A one-word tag in brackets that ends a title (`(AAAI)`, `(BioNLP)`).
_END_TAG = re.compile(r"\s*\(([A-Za-z][A-Za-z\-]{1,15})\)$")
#: Titles of a list ending with a bracketed venue the table knows, at least, before the list
#: is read as writing its venues there.
LIST_BRACKET_VENUES = 3


def peel_bracket_venues(items: list[ParsedItem]) -> None:
    """Where a list ends its titles with a one-word tag in brackets, most of them venues the
    table knows (`Title (AAAI)`, `(TACL)`, `(LREC)`), that place holds its venues: an acronym
    there the table does not know (`Title (BioNLP)`) is the item's venue too, peeled off its
    title. Elsewhere such a tag may be the method's name (`Title (MolT5)`): it stays. Cheap
    first: a title that ends with `)`."""
    ends = [(item, tag) for item in items if item.title.endswith(")")
            and (tag := _END_TAG.search(item.title)) is not None]
    known = sum(lookup(tag.group(1)) is not None for _, tag in ends)
    if known < LIST_BRACKET_VENUES or 2 * known <= len(ends):
        return
    for item, tag in ends:
        word = tag.group(1)
        if lookup(word) is None and sum(ch.isupper() for ch in word) >= 2 \
                and not item.venue_tag and title_like(item.title[:tag.start()]):
            item.venue_raw = item.venue_tag = word
            item.title = item.title[:tag.start()]
            item.shape = f"{item.shape}, its venue at the list's bracketed venues' place"


#: A short name in brackets that ends a title (`(NNLM)`, `(Word2Vec)`, `(Seq2Seq with
#: Attention)`): four words at most, opening with a letter or digit.
_END_NAME = re.compile(r"\s+\(([A-Za-z0-9][^()]{0,39})\)$")
_END_NAME_WORDS = 4
#: A part or an edition of a work in brackets after its title (`(Part I)`, `(Vol. 2)`, `(2nd
#: ed.)`, `(Second Edition)`): title words, no name.
_PART_OR_EDITION = re.compile(r"^(?:part|vol(?:ume)?\.?|book)\s+\w+$|\bed(?:ition)?\.?$",
                              re.IGNORECASE)


def peel_bracket_names(items: list[ParsedItem]) -> None:
    """Where most of a list's titles (LIST_BRACKET_VENUES at least) end with a short name in
    brackets that is no venue and holds no year (`|A Neural Probabilistic Language Model
    (NNLM)|`, `|Attention is all you need (Transformer)|`), that place holds the method's
    name: it is the item's `name`, no title word. A title alone may end so (`Gaussian Error
    Linear Units (GELUs)`): only the list's own regularity says it does not. Cheap first: a
    title that ends with `)`."""
    ends = [(item, tag) for item in items if item.title.endswith(")")
            and (tag := _END_NAME.search(item.title)) is not None
            and len(tag.group(1).split()) <= _END_NAME_WORDS
            and YEAR_GROUP.search(tag.group(1)) is None and lookup(tag.group(1)) is None]
    if len(ends) < LIST_BRACKET_VENUES or 2 * len(ends) <= len(items):
        return
    # (a method's name is its paper's own: a bracket two titles share, `(Student Abstract)`,
    # `(Extended Abstract)`, marks a kind of paper, and `(Part I)`, `(2nd ed.)` a part or an
    # edition of the work: title words, as the publisher writes them)
    shared = Counter(tag.group(1).lower() for _, tag in ends)
    for item, tag in ends:
        if shared[tag.group(1).lower()] > 1 or _PART_OR_EDITION.search(tag.group(1)):
            continue
        if title_like(item.title[:tag.start()]):
            item.name = item.name or tag.group(1)
            item.title = item.title[:tag.start()]
            item.shape = f"{item.shape}, the name in brackets at the list's names' place peeled"


def drop_affiliation_venues(items: list[ParsedItem]) -> None:
    """Where a list writes `by Names (X, Year)` after several of its author lists
    (LIST_BRACKET_VENUES at least) and no X there is a venue the table knows, that place holds
    who wrote it (`(Berkeley, 2021)`, `(CMU, 2016)`, `(Royal Holloway, UK, 2018)`), no venue:
    the venue read from it is dropped (the year and the authors stay). Where one X is a known
    venue (`(Nature, 2019)`), the place may hold venues: every one stays, and a single such
    item decides nothing (`Names. (Applied Sciences, 2019)`). Cheap first: the items whose
    venue came from that bracket (`ParsedItem.names_bracket`)."""
    marked = [item for item in items if item.names_bracket]
    if len(marked) < LIST_BRACKET_VENUES:
        return
    for item in marked:
        if any(lookup(part) is not None
               for part in re.split(r"[,/]", item.names_bracket) if part.strip()):
            return
    for item in marked:
        if item.venue_tag and item.names_bracket in item.venue_raw:
            item.venue_raw = item.venue_tag = ""
            item.shape = f"{item.shape}, the list's affiliation bracket is no venue"
