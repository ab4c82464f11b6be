"""Sections: which headings are task sections, their titles and their (safe) slugs."""

from __future__ import annotations

import re
import unicodedata

from anyascii import anyascii

from ..core.vocab import PAPER_WORDS, TALK_WORDS, VENUE_KIND_WORDS
from ..core.years import MONTH, YEAR, YEAR_GROUP, full_year
from ..venues import lookup
from .clean import EMPTY_BRACKETS, NOT_ALNUM, clean_text, words
from .item_fields import CAPITALS_ACRONYM, piped_venue
from .markdown import Heading, plain

MAX_SLUG = 60

#: Headings whose items are about the repository, not papers (News, Overview links, ...).
#: Matched against the heading's words, so `## 🎉 Contribution` and `## News 📰` are caught.
NON_PAPER_WORDS = frozenset("""
news updates update changelog overview contents toc citation citations cite citing contributing
contribution contributions contributors contributor license acknowledgement acknowledgements
acknowledgment acknowledgments star history todo contact reference references maintainer
maintainers
""".split())


#: Headings whose items are talks, posts, courses and the like: real links, but not papers to
#: cite (plural forms: `Video Generation` is a task, `Videos` a resource). They are kept apart:
#: reported as skipped, never exported as papers.
RESOURCE_WORDS = frozenset("""
videos lecture lectures talks courses blog blogs posts podcast podcasts slides notebook notebooks
jupyter youtube seminars tutorial tutorials tips guide guides advice
""".split())

_YEAR_HEADING = re.compile(rf"^(?:(?:before|after|until|since|pre|prior to|up to|~)[\s-]*)?"
                           rf"{YEAR}(?:\s*(?:[-–—~/&]|and|or|to)\s*(?:{YEAR}|before|earlier|later"
                           r"|after|now|present))?(?:\s*(?:(?:and|&)\s+)?(?:before|earlier|later"
                           r"|after|older))?$", re.IGNORECASE)


#: The words by which an item under a heading of talks names itself one (`Symbolic Execution
#: Lecture at Harvard`): the presentation words (core.vocab.TALK_WORDS) and its slides.
_TALK_TITLE_WORDS = TALK_WORDS | {"slides"}


def names_a_talk(title: str) -> bool:
    """Whether an item's own title says it is a lecture, talk or slides."""
    return any(w in _TALK_TITLE_WORDS for w in words(title))


#: The same in Chinese and Japanese, written without spaces: talks and lectures (`招待講演`,
#: invited talks; `讲座`).
RESOURCE_CJK = ("講演", "讲演", "演讲", "講座", "讲座")


def is_resource(title: str) -> bool:
    """True for a heading of talks, posts, courses, videos, tutorials (`## Introductory
    Videos`, `### Tutorial List`, `### 招待講演`), not one that also names papers (`Tutorials
    and Surveys`)."""
    return _heading_of(title, RESOURCE_WORDS) or names_only_talks(title)



def names_only_talks(title: str) -> bool:
    """Whether a heading names talks and nothing else (`## Talks`, `### 招待講演`): every
    word of it is a word of talks, posts or courses (`## System and Tutorial` names systems
    too: its items decide)."""
    if any(w in title for w in RESOURCE_CJK):
        return len(title.strip()) <= 6 and not names_papers(title)
    ws = words(title)
    return bool(ws) and all(w in RESOURCE_WORDS for w in ws)


def _heading_of(title: str, kind: frozenset[str]) -> bool:
    """Whether a short heading (four words at most) names a kind of item (`kind`'s words) and
    no papers: the one rule of is_resource, is_books and is_event."""
    ws = words(title)
    return bool(ws) and len(ws) <= 4 and any(w in kind for w in ws) and not names_papers(title)


def names_other_kind(title: str) -> bool:
    """Whether a title names a kind of item other than papers (tools, talks, tips, books,
    events), also beside a paper word (`Paper Writing Tips`, `Awesome Paper Tools`): there the
    paper word says what the other items are about, not that they are papers."""
    kinds = (TOOL_WORDS, RESOURCE_WORDS, BOOK_WORDS, EVENT_WORDS)
    return any(w in kind for w in words(title) for kind in kinds)


def names_papers(title: str) -> bool:
    """Whether a heading names papers (`SLAM Tutorial & Survey`, `Papers`, `Reviews`, `论文笔记`,
    `機械学習論文まとめ`: Chinese and Japanese write words without spaces between them)."""
    return any(w in PAPER_WORDS for w in words(title)) or any(w in title for w in PAPER_CJK)


#: Headings of books: their items are books (a shop's or publisher's page), now and then a
#: paper; item by item, only an item that links a paper (`core.identifiers.paper_link`) is one.
BOOK_WORDS = frozenset("book books textbook textbooks".split())


def is_books(title: str) -> bool:
    """True for a heading of books (`## Books`, `### Recommended Books`), not one that also
    names papers (`Books and Papers`)."""
    return _heading_of(title, BOOK_WORDS)


#: Headings of tools: their items are software (a repository, a project's site), now and then
#: a paper; item by item, only an item whose own link is a paper's, or that names its
#: authors, is one. Plural forms (`Library-Oriented Code Generation`, `Software Testing` are
#: topics), and the two words that name no topic.
TOOL_WORDS = frozenset("""tools libraries frameworks toolkits toolbox toolboxes packages
codebase codebases implementations""".split())


def is_tools(title: str) -> bool:
    """True for a heading of tools (`### Tools`, `## Libraries and Tools`), not one that also
    names papers (`Tools and Papers`)."""
    return _heading_of(title, TOOL_WORDS)


#: A venue's name as a heading writes it: words of a venue's kind, then its acronym in
#: parentheses (`The Network and Distributed System Security Symposium (NDSS)`).
_VENUE_HEADING = re.compile(r"(?P<name>[A-Z][^()]{5,120}?)\s*\((?P<tag>[A-Z][A-Za-z&]{1,9})\)")


def heading_venue(title: str) -> str:
    """The venue a heading names (`... Security Symposium (NDSS)` -> `NDSS`): the papers under
    it that state none appeared there. A heading that only mentions a venue's kind
    (`Workshop Papers`) or an acronym alone names none."""
    named = _VENUE_HEADING.fullmatch(" ".join(title.split()).strip(" *:"))
    if named is None or not set(words(named.group("name"))) & VENUE_KIND_WORDS:
        return ""
    return named.group("tag")


#: The word a period heading may open with (`Year before-2019`, `Years 2015-2018`).
_YEAR_WORD = re.compile(r"^years?\s*[:：-]?\s*(?=\S)", re.IGNORECASE)
#: Works of a period (`Papers from 2026`, `Publications in 2019-2020`): the words before it
#: say only that the heading holds works, as "year" does.
_WORKS_OF = re.compile(r"^(?:papers|publications|articles|works)\s+(?:from|in|of)\s+(?=\S)",
                       re.IGNORECASE)


def is_year_heading(title: str) -> bool:
    """`2023`, `2022 and before`, `Before 2020`: a year heading groups papers, never a task.
    A period after the word "year" (`Year before-2019`, `Years 2015-2018`) or after works and
    a preposition (`Papers from 2026`) is one too; one
    year after it (`Year 2023`) is a date heading (`heading_year`), a year heading only where
    its items agree (`collect._dated_groupings`)."""
    text = " ".join(title.split()).strip(" *:")
    if _YEAR_HEADING.match(text):
        return True
    period = _YEAR_WORD.sub("", text, count=1)
    if period == text:
        period = _WORKS_OF.sub("", text, count=1)
    return period != text and heading_year(text) is None and bool(_YEAR_HEADING.match(period))


#: A decade (`1990s`, `1980年代`): a period as a year heading is one.
_DECADE = re.compile(rf"{YEAR}\s*(?:['’]?s|年代)")


def is_period_heading(title: str) -> bool:
    """A heading of a year, a date, a range of years or a decade (`2019`, `2022 and before`,
    `May 2023`, `1990s`, `1980年代`): it groups the items under the heading over it."""
    text = " ".join(title.split()).strip(" *:")
    return is_year_heading(text) or heading_year(text) is not None \
        or _DECADE.fullmatch(text) is not None or day_without_year(text)


#: A day without its year (`Jan 3`, `August 24th`, `3 Jan`): a meeting's or a feed's date, the
#: year named by a heading over it, if anywhere.
_DAY_HEADING = re.compile(rf"{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?"
                          rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH}", re.IGNORECASE)


def day_without_year(title: str) -> bool:
    """Whether a heading is a day and nothing else, its year unwritten (`## Jan 3:`, `###
    August 24th`): a meeting's date, as a date to the day with its year is (`heading_day`)."""
    return _DAY_HEADING.fullmatch(" ".join(title.split()).strip(" *:")) is not None


#: A heading that is only a date: `2018`, `Year 2025`, `Year: 2025`, `May 2023`, `2023-05`,
#: `16 Oct 2025`, `Oct 16, 2025`, `16.10.2025`, `July2018` (no space), `2023年` (`2023年5月`:
#: the year's CJK mark), a season or an academic term (`Spring 2020`, `Fall 2020`: a reading
#: group's or a course's), a year and then its month (`2018 December:`, `2019 Sept`).
_DATE_HEADING = re.compile(rf"^(?:(?:year\s*[:：-]?|in)\s*)?"
                           rf"(?:(?:\d{{1,2}}\s+)?{MONTH}(?:\s+\d{{1,2}})?,?\s*"
                           r"|(?:spring|summer|fall|autumn|winter)\s+"
                           rf"|\d{{1,2}}([./-])\d{{1,2}}\1)?(?P<year>{YEAR})"
                           r"(?:\s*[-./]\s*\d{1,2}(?:[-./]\d{1,2})?|\s*年(?:\s*\d{1,2}\s*月)?"
                           rf"|\s+{MONTH})?$", re.IGNORECASE)


def heading_year(title: str) -> int | None:
    """The one year a heading that is only a date names (`2018`, `Year 2025`, `May 2023`,
    `2019 Nov`, `2026-07-21`): it dates the papers under it that state none. A range (`2022 and
    before`) or a heading that only mentions a year (`Updated 2024`, `Talks 2019`, `CVPR
    2023`) dates nothing."""
    text = " ".join(title.split()).strip(" *:")
    date = _DATE_HEADING.match(text)
    return int(date.group("year")) if date else None


def heading_day(title: str) -> bool:
    """Whether a heading that is only a date names its day too (`11/03/2021`, `2026-07-21`,
    `16 Oct 2025`, `August 12, 2020`): the day a meeting was held or a feed was read, never a
    topic, whatever year its papers state (a reading group reads old papers; `heading_year`
    says which year the heading names). A month (`May 2023`, `2023-05`) names no day."""
    if heading_year(title) is None:
        return False
    numbers = len(_NUMBER.findall(title))
    return numbers >= 3 or numbers == 2 and _MONTH_WORD.search(title) is not None


#: A run of digits; a month's name as a word of its own (`Oct`, `August`).
_NUMBER = re.compile(r"\d+")
_MONTH_WORD = re.compile(rf"(?<![a-z]){MONTH}(?![a-z])", re.IGNORECASE)


#: A heading that is an event's code: letters glued to a year (or a venue's acronym before it),
#: maybe numbered,
#: with at most words in another script after it (`sp2025`, `CVPR2023`, `1.CVPR2023接受论文`).
#: (the event's letters: a venue's name or acronym, at most twelve letters)
_EVENT_NAME = r"(?P<name>[A-Za-z][A-Za-z&]{0,11})"
_EVENT_CODE = rf"{_EVENT_NAME}\s?['’]?(?P<year>{YEAR})"
_EVENT_HEADING = re.compile(rf"^(?:\d+\.\s*)?{_EVENT_CODE}(?P<rest>[^A-Za-z]*)$")
#: The same event written year first (`### 2016 ISSCC`, `### 2014 ASPLOS`): a year, a space, then
#: a venue's acronym (two capitals or more) and nothing else.
#: A venue's acronym: two capitals or more (`IJCAI`, `S&P`, `NeurIPS`), up to the text's end.
_ACRONYM = r"(?=(?:[^A-Z]*[A-Z]){2})[A-Z][A-Za-z&]{1,11}$"
_YEAR_FIRST_EVENT = re.compile(rf"^(?P<year>{YEAR})\s+(?P<name>{_ACRONYM})")
#: A heading that is a venue's acronym alone.
_ACRONYM_HEADING = re.compile(rf"^{_ACRONYM}")


#: A venue's short name as a heading writes it: its acronym alone (`NDSS`, `S&P`), the acronym
#: then one word (`USENIX Security`), or one word then the acronym in parentheses (`Oakland
#: (S&P)`).
_VENUE_NAME_HEADING = re.compile(rf"(?P<acronym>{CAPITALS_ACRONYM})(?:\s+[A-Z][a-z]+)?"
                                 rf"|[A-Z][a-z]+\s+\((?P<inner>{CAPITALS_ACRONYM})\)")


def venue_name_heading(title: str) -> bool:
    """Whether a heading is written as a venue's short name (`_VENUE_NAME_HEADING`), whether
    or not the venue table knows it: only its siblings under a year heading say it names one
    (`collect._venues_in_years`)."""
    return _VENUE_NAME_HEADING.fullmatch(" ".join(title.split()).strip(" *:")) is not None


def headings_venue_year(titles: list[str]) -> tuple[str, int | None]:
    """The venue and year the headings above an item (innermost first) give it when it states
    none: an event's code (`### sp2025`, `# CVPR2023`) gives its year, and its venue when the
    venue table knows its letters or they are an acronym (`DAC2022`); an acronym heading the
    table knows (`#### IJCAI` under `### 2025`) gives its venue, and so does an unknown one
    (`## S&P`) above an event's code whose letters the table does not know (the list's
    editions of that venue); a year before an acronym (`### 2016 ISSCC`) gives both, known or
    not. A word heading
    (`Radiology`, `Nature`: a topic as often as a journal) or a heading with more words gives
    neither."""
    venue, year, coded = "", None, False
    for raw in titles:
        title = " ".join(raw.split()).strip(" *:")
        if " | " in title and (piped := _piped_edition(title)) is not None:
            venue, year = venue or piped[0], piped[1] if year is None else year
            continue
        if (first := _YEAR_FIRST_EVENT.match(title)) is not None:
            # the acronym is the venue whether or not the table knows it: a year then an
            # acronym alone names an edition of that venue (`2016 ISSCC`), as `S&P` does above
            # `sp2025`; a year after a topic's word (`2023 Surveys`) is no such heading
            if year is None:
                year = int(first.group("year"))
            venue = venue or first.group("name")
            continue
        if (edition := _named_edition(title)) is not None:
            venue, year = venue or edition[0], edition[1] if year is None else year
            continue
        code = _EVENT_HEADING.match(title)
        known = lookup(code.group("name")) is not None if code else False
        if code and not known and not _ACRONYM_HEADING.match(code.group("name")) \
                and title[code.end("name"):code.start("year")]:
            code = None  # `Updated 2024`, `Talks 2019`: a word before a year is no event
        if code:
            if year is None:
                year = int(code.group("year"))
            glued = not title[code.end("name"):code.start("year")]
            if not venue and (known or glued and _ACRONYM_HEADING.match(code.group("name"))):
                # (a venue's acronym the table does not know glued to a year, `DAC2022`,
                # names its edition as it does written year first, `2016 ISSCC`; spaced, `###
                # LSTM 1997`, `### GAN 2014`, it is as often a model and its year)
                venue = code.group("name")
            coded = coded or not venue
        elif not venue and _ACRONYM_HEADING.match(title) \
                and (lookup(title) is not None or coded):
            venue = title
    return venue, year


#: An edition named in words (`26th USENIX Security Symposium 2017: Vancouver, BC, Canada`,
#: `International Conference on Robotics 2019`): maybe its ordinal, the venue's name, its
#: year, maybe the place after a colon or a comma.
_NAMED_EDITION = re.compile(rf"^(?:\d+(?:st|nd|rd|th)\s+)?(?P<name>[A-Z][^\d:,()|]{{4,100}}?)\s+"
                            rf"(?P<year>{YEAR})(?:\s*[:,]\s*[^\d:|]*)?$")


def _named_edition(title: str) -> tuple[str, int] | None:
    """The venue and year of an edition a heading names in words (`_NAMED_EDITION`); the name
    must say it is a venue (`Symposium`, `Conference`, `Workshop`: VENUE_KIND_WORDS), so a
    topic before a year (`Deep Learning 2019`) names none. Cheap first: a year in the title."""
    if not YEAR_GROUP.search(title):
        return None
    named = _NAMED_EDITION.match(title)
    said = set(words(named.group("name"))) if named is not None else set()
    if named is None or not said & VENUE_KIND_WORDS or said & PAPER_WORDS \
            or len(said - VENUE_KIND_WORDS) < 1:
        return None  # (`Workshop Papers 2019`: works of a kind, no venue's name)
    return named.group("name"), int(named.group("year"))


def _piped_edition(title: str) -> tuple[str, int] | None:
    """`### FFN | Nature Methods 2018`, `### MICrONS | Cell 2022`: a name, then, as the last
    `|` field, a venue (`piped_venue`) with its year: where the papers under it appeared. The
    name before it is the work's, no venue or topic."""
    found = piped_venue(title[title.rfind(" | ") + 3:])
    return (found[0], found[1]) if found is not None and found[1] is not None else None


#: An event's code inside a longer title: a word glued or next to a year (`ICLR 2026`,
#: `CVPR2023`, `ACL'22`), its own word on both sides.
_EVENT_SPAN = re.compile(rf"(?<![A-Za-z&\d]){_EVENT_CODE}")
#: An event's code with its year's two digits after an apostrophe (`CHI'26`, `ACL’22`).
_EVENT_SHORT = re.compile(rf"(?<![A-Za-z&\d]){_EVENT_NAME}['’](?P<yy>\d\d)(?!\d)")


def list_venue_year(title: str) -> tuple[str, int] | None:
    """The one venue and year the list's own title names (`# ICLR 2026 AIDD 论文精选`): the
    list's papers appeared there, as a heading's venue and year say of the papers under it
    (the title is the outermost heading). None when the title names no event the venue table
    knows, or several (`CVPR 2023 and ICCV 2023`: each paper is from one of them)."""
    found: dict[tuple[str, int], str] = {}  # (the venue's tag, year) -> its name as written
    title = " ".join(title.split())
    for code in _EVENT_SPAN.finditer(title):
        venue = lookup(code.group("name"))
        if venue is not None:
            found.setdefault((venue.tag, int(code.group("year"))), code.group("name"))
    for code in _EVENT_SHORT.finditer(title) if "'" in title or "’" in title else ():
        venue = lookup(code.group("name"))  # `# CHI'26 Preprint Collection`: two digits
        if venue is not None:
            found.setdefault((venue.tag, full_year(code.group("yy"))), code.group("name"))
    if len(found) != 1:
        return None
    ((_, year), name), = found.items()
    return name, year


#: Headings of events and venues (`### Conference/Workshop List`): their items are sites of
#: conferences and volumes, with now and then a paper of one; item by item, only an item that
#: links a paper itself (an arXiv id, a DOI, the Anthology, a PDF) is a paper. (`## Competition`
#: is no such heading: papers about contests are listed under it, linked to OpenReview or a
#: journal; a contest's own page is told by its link, `core.identifiers.contest_page`.)
EVENT_WORDS = frozenset("""conference conferences workshop workshops events venues""".split())


def is_event(title: str) -> bool:
    """True for a heading of conferences, workshops, events (`Conference/Workshop List`), not
    one that also names papers (`Workshop Papers`)."""
    return _heading_of(title, EVENT_WORDS)


#: A GitHub emoji shortcode standing as a word of its own (`### :star2: Recommendations`).
_SHORTCODE = re.compile(r"(?<![\w:]):[a-z0-9_+\-]+:(?![\w:])")


def heading_title(heading: Heading) -> str:
    """A heading's text without badges or emphasis, mojibake repaired, its emoji shortcodes
    shown as GitHub renders them (`:star2: Recommendations` is `🌟 Recommendations`)."""
    title = clean_text(plain(heading.pieces))
    return _SHORTCODE.sub(_emoji, title) if ":" in title else title


def without_navigation(heading: Heading, title: str) -> str:
    """A heading's title (`title`, heading_title's) without its links to the page's own
    anchors and the brackets they leave empty (`### 2026 [[Back to Top](#llm-papers)]` is
    `2026`: navigation, not the heading's words; what the heading groups by is read from
    this); the title itself when nothing else is left (`## [Papers](#papers)`)."""
    pieces = heading.pieces
    if not any(p.kind == "link" and p.href.startswith("#") for p in pieces):
        return title  # (cheap first: most headings link nothing)
    kept = [p for p in pieces if not (p.kind == "link" and p.href.startswith("#"))]
    bare = clean_text(EMPTY_BRACKETS.sub(" ", plain(kept)))
    return bare if words(bare) else title


def _emoji(code: re.Match[str]) -> str:
    """The emoji a shortcode names (rich's table of GitHub's names), the code itself when
    the table does not know it."""
    from rich.emoji import Emoji  # (a 3,600-name table: loaded only for a heading with codes)

    return Emoji.replace(code.group(0))


def slugify(title: str) -> str:
    """`Medical Report Generation` -> `medical-report-generation`; only [a-z0-9-], never empty.

    Dots and slashes become dashes, so no heading can name a path outside entries/ or out/.
    """
    # Emoji and other symbols carry no name (`🎉 Contribution`); anyascii would spell them out.
    letters = "".join(ch for ch in title if not unicodedata.category(ch).startswith("S"))
    slug = NOT_ALNUM.sub("-", anyascii(letters).lower()).strip("-")
    return slug[:MAX_SLUG].rstrip("-") or "section"


#: The same in Chinese and Japanese ("paper", "literature", "survey" as a review article), and
#: in Korean (`논문`, the Hangul of 論文: `논문 목록`, `논문 리뷰`, often in compounds).
PAPER_CJK = ("论文", "論文", "文献", "综述", "綜述", "논문")


def is_non_paper(title: str) -> bool:
    """True for a heading about the repository itself (News, Overview, Citation, Contributing)."""
    ws = words(title)
    if ws in (["to", "do"], ["to", "dos"], ["to", "do", "list"]):
        return True
    return bool(ws) and len(ws) <= 3 and any(w in NON_PAPER_WORDS for w in ws) \
        and not any(w in PAPER_WORDS for w in ws)


#: A task named by a noun after a repository word (`News Recommendation`, `Fake News
#: Detection`): there the word may say what the task works on rather than that the items are
#: the repository's news (`_agree_on_papers` lets one item written as the papers decide).
_TASK_NOUN = re.compile(r"^[a-z]{3,}(?:tion|sion|sis|ing)$")


def names_a_task(title: str) -> bool:
    """Whether a repository word in a heading is followed by a task's noun."""
    ws = words(title)
    return any(w in NON_PAPER_WORDS and _TASK_NOUN.match(nxt) is not None
               for w, nxt in zip(ws, ws[1:], strict=False))


class SlugBook:
    """Hands out unique slugs in list order (`methods`, `methods-2`, ...)."""

    def __init__(self) -> None:
        self._used: dict[str, int] = {}

    def unique(self, title: str) -> str:
        """A slug for `title` not handed out before."""
        base = slugify(title)
        n = self._used.get(base, 0) + 1
        self._used[base] = n
        return base if n == 1 else f"{base}-{n}"
