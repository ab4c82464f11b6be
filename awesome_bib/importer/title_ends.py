"""The title is the phrase: what an item's reading left at the two ends of its title and
evidence says is no title word is peeled off, whatever the item's shape.

After an item is read (link text, bold, quotes, plain text, a table cell, a citation), the
segments at the ends of its title are cut at the separators items use (`, ` ` - ` ` – ` ` | `
`. ` `: `, brackets, a glued `2017 `/`2020-` year, a leading mark or reference number) and an
end segment is peeled when it reads as a field: a venue and year (`template.venue_year_span`),
a year or a date, an author list (`authors.read_names`: two names or more, or "et al."), a
presentation or resource label in brackets (`(Oral)`, `[pdf]`), an emoji or mark (🔥, ⭐,
`[x]`), a reference number (`[1]`). What a peeled segment says becomes the item's field where
the item has none; a field already read is never overwritten. Nothing is peeled when the rest
would not be a title (`template.title_like`: a phrase of several words), and nothing inside
the title is touched (`The INTERSPEECH 2020 Deep Noise Suppression Challenge`, `BERT: ...`,
`Tacotron 2`, `GPT-4 Technical Report` keep every word).
"""

from __future__ import annotations

import re
import unicodedata

from ..core.vocab import PRESENTATION_WORDS
from ..core.years import DATE, YEAR
from .authors import read_names
from .clean import clean_title
from .items import ParsedItem, is_resource_label, venue_tag_of
from .template import title_like, venue_year_span

#: A trailing bracketed segment (`(CVPR 2019)`, `[Oral]`, `(Smith et al., 2020)`).
_END_BRACKET = re.compile(r"\s*[(\[]([^()\[\]]{1,80})[)\]][\s.,;]*$")
#: A leading bracketed segment (`[CVPR 2019]`, `(2020)`, `[1]`).
_LEAD_BRACKET = re.compile(r"^[\s.,;]*[(\[]([^()\[\]]{1,80})[)\]][\s.,;:\-–—|]*")
#: The separators between an item's fields at the end of its title (the last one splits).
_END_SEP = re.compile(r"(?:\s*[,;|]\s+|\s+[-–—|]\s+|(?<=[^\s.A-Z])\.\s+|\s*[:：]\s+)"
                      r"(?=[^,;|:：]*$)")
#: The separators after a leading field (`CVPR 2019 - Title`, `2017 | Title`, `ICLR'23: Title`).
_LEAD_SEP = re.compile(r"^([^,;|:：\-–—]{1,24}?)(?:\s*[,;|:：]\s+|\s+[-–—|]\s+)")
#: A year glued before the title (`2017 Title`, `2020-Title`): the year, then a capital.
_GLUED_YEAR = re.compile(rf"^\s*({YEAR})(?:\s*-\s*|\s+)(?=[A-Z])")
#: A reference number before the title (`1. Title`, `[12] Title`, `#3 Title`).
_REF_NUMBER = re.compile(r"^\s*(?:\[\d{1,4}\]|#?\d{1,3}[.)])\s+")
_DATE_ONLY = re.compile(rf"{DATE}\.?")
_YEAR_ONLY = re.compile(rf"\(?({YEAR})\)?\.?")
#: Cheap first: a title that neither ends nor starts with any of these has nothing to peel.
_END_CHARS = frozenset(")]0123456789.")


def _mark(ch: str) -> bool:
    """An emoji or symbol (🔥 ⭐ ★ ✔), not a letter, digit, bracket or quote."""
    return unicodedata.category(ch) in ("So", "Sk", "Sm", "Co") or ch in "\ufe0f\u200d"


def _is_label(text: str) -> bool:
    """A tag that is no title word: a presentation label (`Oral`, `Best Paper`), a resource
    label (`pdf`, `code`) or marks alone (`x`, ✔)."""
    words = text.strip(" *_").lower()
    return (words in PRESENTATION_WORDS or all(w in PRESENTATION_WORDS for w in words.split())
            or is_resource_label(words) or words in ("x", " ", "")
            or all(_mark(ch) or ch.isspace() for ch in words))


def _as_field(text: str, item: ParsedItem, bracketed: bool) -> bool:
    """Whether `text` (an end segment) reads as a field, filling the item's empty fields."""
    text = text.strip(" .,;*_")
    if not text:
        return True
    if len(text) <= 24:
        span = venue_year_span(text)
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
    if bracketed and _is_label(text):
        return True
    return False


def _peel_end(title: str, item: ParsedItem) -> str | None:
    bracket = _END_BRACKET.search(title)
    if bracket and title_like(title[:bracket.start()]) \
            and _as_field(bracket.group(1), item, True):
        return title[:bracket.start()]
    sep = _END_SEP.search(title)
    if sep and sep.start() > 0 and title_like(title[:sep.start()]) \
            and _as_field(title[sep.end():], item, False):
        return title[:sep.start()]
    return None


#: Where an author list may start after the title: a comma, a full stop or a spaced dash.
_NAMES_START = re.compile(r"(?:\s*,\s+|(?<=[^\s.A-Z])\.\s+|\s+[-–—]\s+)")


_INITIAL = re.compile(r"[A-Z]\.|[A-Z](?:\s|$)|[A-Z]\.?-[A-Z]\.")


def _peel_names(title: str, item: ParsedItem) -> str | None:
    """`Title, A. Author, B. Writer`, `Title. Ann Author, Bob Writer`: the shortest tail from
    a separator on that reads as an author list. Capitalised words after a comma read as names
    too easily (`..., Models and Applications`), so the tail needs more evidence: "et al.",
    an initial, or every name with its given name after a full stop or a spaced dash."""
    for sep in _NAMES_START.finditer(title):
        tail = title[sep.end():].rstrip(" .,;")
        if not ("," in tail or "et al" in tail or " and " in tail) \
                or not title_like(title[:sep.start()]):
            continue
        names, et_al = read_names(tail)
        if not names or any(len(a.family.split()) > 3 for a in names):
            continue
        initials = any(_INITIAL.match(a.given) for a in names)
        strong_sep = "," not in sep.group(0)
        if et_al or initials or (strong_sep and all(a.given for a in names)):
            if not item.authors:
                item.authors, item.et_al = names, et_al
            return title[:sep.start()]
    return None


def _peel_start(title: str, item: ParsedItem) -> str | None:
    lead = _REF_NUMBER.match(title)
    if lead and title_like(title[lead.end():]):
        return title[lead.end():]
    if title[:1] and _mark(title[0]):
        rest = title.lstrip("".join(ch for ch in title[:8] if _mark(ch) or ch.isspace()))
        return rest if rest != title and title_like(rest) else None
    bracket = _LEAD_BRACKET.match(title)
    if bracket and title_like(title[bracket.end():]) \
            and _as_field(bracket.group(1), item, True):
        return title[bracket.end():]
    glued = _GLUED_YEAR.match(title)
    if glued and (item.year is None or item.year == int(glued.group(1))) \
            and title_like(title[glued.end():]):
        item.year = int(glued.group(1))
        return title[glued.end():]
    field = _LEAD_SEP.match(title)
    if field and any(ch.isdigit() for ch in field.group(1)) \
            and title_like(title[field.end():]) and _as_field(field.group(1), item, False):
        return title[field.end():]
    return None


def peel_title_ends(item: ParsedItem) -> None:
    """Peel the fields off the two ends of `item.title` (see the module docstring)."""
    title = item.title
    if len(title) < 12:
        return
    for _ in range(4):  # a few fields at most stand at each end
        if title[-1:] not in _END_CHARS and not title[-1:].isupper() and "," not in title \
                and " - " not in title and "|" not in title and ". " not in title \
                and ": " not in title and " – " not in title and " — " not in title:
            peeled = None
        else:
            peeled = _peel_end(title, item)
            if peeled is None and ("," in title or "et al" in title):
                peeled = _peel_names(title, item)
        if peeled is None:
            peeled = _peel_start(title, item) if not title[:1].islower() else None
        if peeled is None:
            break
        title = clean_title(peeled)
    item.title = title
