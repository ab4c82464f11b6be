"""The one year reader: which digits in a tag, a heading or a line are a year.

A year is four digits 1900-2099 not inside a longer number, so `MICCAI2023` and `CVPR'23`'s
neighbour `2023a` read as 2023 while `12023` and `2023.5` pieces of ids do not; `'23` is the
short form (`CVPR'23`), read by the one two-digit rule `full_year`.
"""

from __future__ import annotations

import re

#: A four-digit year as a regex fragment (no group), for patterns that embed it.
YEAR = r"(?<!\d)(?:19|20)\d\d(?!\d)"
#: A month's name or its abbreviation (`Mar`, `Sept.`, `June`), as a regex fragment (no group;
#: compile with re.IGNORECASE), for the patterns that read dates written in words.
MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
#: A month's name or its usual abbreviation alone, in lower case (`march`, `sept`): a word
#: MONTH's prefix matches in names too (`Marchetti`, `Mayer`), so a word alone is asked here.
MONTH_WORDS = frozenset("""
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec""".split())
#: A date written in digits, the year first, then maybe its month and day (`2021`, `2021.11`,
#: `2019-06-01`), as a regex fragment with one group, the year: the one numeric date pattern.
DATE = rf"({YEAR})(?:[-./]\d{{1,2}}){{0,2}}"
#: A date with its month, year first (`2023.2`, `2019.05`, `2020-10-01`; not `2013.12345`'s id
#: digits, no month), as a regex fragment with one group, the year.
MONTH_DATE = rf"({YEAR})[-./](?:0?[1-9]|1[0-2])(?:[-./]\d{{1,2}})?"
#: MONTH_DATE compiled, for a text that is such a date and nothing else (`fullmatch`).
MONTH_DATE_ALONE = re.compile(MONTH_DATE)
#: A date to its day, in words (`Jan 29, 2020`, `March 8th, 2021`) or in digits year first
#: (`2022-6-5`, `2019.06.01`), as a regex fragment with two groups, the year of either form
#: (compile with re.IGNORECASE): when something happened (a meeting, a reading), never how a
#: paper is cited (by its year, maybe its month).
DAY_DATE = (rf"(?:{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+({YEAR})"
            rf"|({YEAR})[-./](?:0?[1-9]|1[0-2])[-./](?:0?[1-9]|[12]\d|3[01])(?!\d))")
#: A date written in CJK (`2024年7月`, `2020年9月1日`, `2019年`): the year, then maybe its month and
#: day; group 1 the year. A date, never a venue's name.
CJK_DATE = re.compile(rf"({YEAR})\s*年(?:\s*\d{{1,2}}\s*月(?:\s*\d{{1,2}}\s*日)?)?")
#: A year glued before a title's first letter by a hyphen, an underscore (a file's name:
#: `2015_Recognizing Emotions ...`) or a space (`2020-Semantics for ...`, `2017 Title`), maybe
#: with its month (`2015-10 Title`: a date is its year): the one rule for it (`template`
#: reads the hyphen and underscore only, `title_ends` all; group `sep` says which).
GLUED_YEAR = re.compile(rf"^\s*({YEAR})(?:[-./](?:0?[1-9]|1[0-2])(?=\s))?"
                        r"(?P<sep>\s*[-–]\s*|_|\s+)(?=[^\W\d_])")
#: A span of years (`2001–2008`, `1994-2014`), as a regex fragment (no group): a period (of a
#: series of works, of the data a study used), never one work's year.
YEAR_SPAN = rf"{YEAR}\s*[-–—~]\s*{YEAR}"
#: YEAR_SPAN compiled, for a text that is such a span and nothing else (`fullmatch`).
YEAR_SPAN_ALONE = re.compile(rf"\s*{YEAR_SPAN}\s*")
#: A year anywhere in a text, group 1 (`search`): the one compiled year pattern.
YEAR_GROUP = re.compile(f"({YEAR})")
_YEAR_OR_SHORT = re.compile(f"({YEAR})|['’](\\d\\d)\\b")

#: Two-digit years below this are 20yy, the rest 19yy (`CVPR'23` -> 2023, `NIPS'99` -> 1999,
#: ACL Anthology `C65-1001` -> 1965: the Anthology's oldest papers are from 1965).
PIVOT = 60


def full_year(digits: str | int) -> int:
    """The one two-digit-year rule, for venue tags, proceedings ids and URLs (import, enrich,
    export, check): `'99` -> 1999, `'23` -> 2023. A year already written in full stays itself
    (`2023` -> 2023), so a reader passes whichever of a match's four- or two-digit groups it
    found and never reads 2023 as 3923."""
    year = int(digits)
    if year > 99:
        return year
    return 2000 + year if year < PIVOT else 1900 + year


def find_year(text: str) -> re.Match[str] | None:
    """The first year in `text` (group 1: four digits; group 2: the two of `'23`), else None."""
    return _YEAR_OR_SHORT.search(text)


def year_of(text: str) -> int | None:
    """The first four-digit year in `text` (`MLMIW 2023 2023`, `MICCAI2023` -> 2023), else None."""
    match = YEAR_GROUP.search(text)
    return int(match.group(1)) if match else None


_TRAILING_DATE = re.compile(rf"[\s.,;]+(?={YEAR}[-./]\d){DATE}\.?\s*$")  # (with its month)
_COMPACT_DATE = re.compile(r"^\s*((?:19|20)\d\d)(?:0[1-9]|1[0-2])(?:[0-3]\d)?\s*$")


def split_trailing_date(text: str) -> tuple[str, int | None]:
    """`Ann Author, Bob Writer. 2019.6` -> (`Ann Author, Bob Writer`, 2019): a date with its
    month (`2021.11`, `2019-06-01`) that ends a line; (text, None) without one."""
    match = _TRAILING_DATE.search(text)
    if not match:
        return text, None
    return text[:match.start()], int(match.group(1))


def compact_date_year(text: str) -> int | None:
    """`202311`, `20231105`: a date column's year and month (and day) run together."""
    match = _COMPACT_DATE.match(text)
    return int(match.group(1)) if match else None
