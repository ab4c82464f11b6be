"""The arXiv identifier grammar, in one place: parsing, validity and what an id says.

New-style ids are `YYMM.NNNN` (0704-1412) or `YYMM.NNNNN` (from 1501), old-style ones
`archive[.SC]/YYMMNNN` (before April 2007); either may carry `vN`. The subject class (`.GT`) is
informational and dropped (docs/api/ARXIV.md §2.3-2.4). The importer, the enrichment source and
the list audit all read ids through this module.
"""

from __future__ import annotations

import re
from urllib.parse import unquote, urlsplit

from .vocab import substring_stems

#: (`browse.arxiv.org`: arXiv's own abstract pages under another name, `/abs/2308.00783`)
ARXIV_HOSTS = frozenset({"arxiv.org", "www.arxiv.org", "export.arxiv.org", "browse.arxiv.org"})
#: arXiv's own DOIs (registered at DataCite, unknown to Crossref): `10.48550/arXiv.<id>`.
DOI_PREFIX = "10.48550/"

_NEW_ID = re.compile(r"(\d{2})(\d{2})\.(\d{4,5})")
_OLD_ID = re.compile(r"([a-z][a-z-]*)/(\d{2})(\d{2})(\d{3})")
_PREFIX = re.compile(r"^(?:arxiv:|https?://(?:www\.|export\.|browse\.)?arxiv\.org/(?:abs|pdf)/)",
                     re.I)
_VERSION = re.compile(r"(v\d+)$")
_SUBJECT_CLASS = re.compile(r"^([a-z][a-z-]*)\.[A-Za-z-]+/")
#: The path of an arxiv.org paper link: /abs/ID, /pdf/ID[.pdf], /html/ID, /format/ID (a doubled
#: slash, `/abs//2306.12925`, is the same page).
_PAPER_PATH = re.compile(r"^/(?:abs|pdf|html|format)/+(?P<rest>.+?)/?$", re.IGNORECASE)
#: arXiv's file path of a paper's PDF: /ftp/arxiv/papers/YYMM/ID.pdf (new-style ids),
#: /ftp/ARCHIVE/papers/YYMM/NUMBER.pdf (old-style: the id is ARCHIVE/NUMBER).
_FTP_PATH = re.compile(r"^/ftp/(?P<archive>[a-z][a-z-]*)/papers/\d{4}/(?P<rest>[^/]+?)/?$",
                       re.IGNORECASE)


def id_problem(ident: str) -> str:
    """Why a version-less arXiv id cannot exist ("" when it can): bad month, wrong length..."""
    match = _NEW_ID.fullmatch(ident)
    if match:
        yy, mm, seq = int(match.group(1)), int(match.group(2)), match.group(3)
        if not 1 <= mm <= 12:
            return f"month {mm:02d} does not exist"
        if (yy, mm) < (7, 4):
            return "new-style ids start in April 2007 (0704)"
        if yy >= 15 and len(seq) != 5:
            return "ids from 2015 on have a 5-digit number"
        if yy < 15 and len(seq) != 4:
            return "ids before 2015 have a 4-digit number"
        if int(seq) == 0:
            return "number 0 does not exist"
        return ""
    match = _OLD_ID.fullmatch(ident)
    if match:
        yy, mm = int(match.group(2)), int(match.group(3))
        if not 1 <= mm <= 12:
            return f"month {mm:02d} does not exist"
        if 8 <= yy < 91 or (yy == 7 and mm > 3):
            return "old-style ids end in March 2007"
        return ""
    return "not an arXiv identifier"


def split_id(text: str) -> tuple[str, str]:
    """(id, version) from any written form, normalised but not validated:
    `arXiv:2303.09117v2` -> ("2303.09117", "v2"); `math.GT/0309136` -> ("math/0309136", "")."""
    text = _PREFIX.sub("", (text or "").strip())
    text = re.sub(r"\.pdf$", "", text, flags=re.I)
    version = ""
    match = _VERSION.search(text)
    if match:
        version, text = match.group(1).lower(), text[: match.start()]
    if "/" in text:
        text = _SUBJECT_CLASS.sub(r"\1/", text.lower())
    return text, version


def parse_id(text: str) -> tuple[str, str] | None:
    """("2303.09117", "v2") for any form arXiv uses; None when it cannot be an arXiv id."""
    ident, version = split_id(text)
    return None if id_problem(ident) else (ident, version)


def first_version_date(ident: str) -> tuple[int, int] | None:
    """(year, month) of an id's first version: `2312.15840` -> (2023, 12); else None."""
    if new := _NEW_ID.fullmatch(ident):
        yy, mm = int(new.group(1)), int(new.group(2))
    elif old := _OLD_ID.fullmatch(ident):
        yy, mm = int(old.group(2)), int(old.group(3))
    else:
        return None
    year = year_month_year(f"{yy:02d}{mm:02d}")
    return None if year is None else (year, mm)


def year_month_year(digits: str) -> int | None:
    """The year of an arXiv year-month written alone (`1705` -> 2017, `9912` -> 1999: the
    `YYMM` an id opens with; arXiv opened in 1991), else None. The one rule for it
    (`first_version_date`, a lead `(arXiv 1812)`, a line `arXiv 1708; ICCV 2017`)."""
    if len(digits) != 4 or not digits.isdigit() or not 1 <= int(digits[2:]) <= 12:
        return None
    yy = int(digits[:2])
    return 1900 + yy if yy >= 91 else 2000 + yy


def doi_for(ident: str) -> str:
    """arXiv's DataCite DOI for a version-less id: `2303.07618` -> `10.48550/arXiv.2303.07618`."""
    return f"{DOI_PREFIX}arXiv.{ident}"


def abs_url(ident: str) -> str:
    """The abstract page of a version-less id: `https://arxiv.org/abs/2303.07618`."""
    return f"https://arxiv.org/abs/{ident}"


def is_arxiv_doi(doi: str) -> bool:
    """True for arXiv's own DOIs (`10.48550/...`), which Crossref does not know."""
    return (doi or "").lower().startswith(DOI_PREFIX)


def from_doi(doi: str) -> str:
    """The version-less id an arXiv DOI names (`10.48550/arXiv.2308.04460` -> `2308.04460`),
    else "": arXiv's DataCite DOIs carry the id after `arXiv.`, so a doi.org link to one is
    the same paper as its abs page."""
    text = (doi or "").strip()
    if not is_arxiv_doi(text) or not text[len(DOI_PREFIX):].lower().startswith("arxiv."):
        return ""
    ident = split_id(text[len(DOI_PREFIX) + len("arxiv."):])[0]
    return ident if _NEW_ID.fullmatch(ident) or _OLD_ID.fullmatch(ident) else ""


#: What `urlsplit` deletes from a URL before reading it: only where none is can a host's name
#: be looked for in the URL's text as written.
_UNSAFE_URL = re.compile("[\t\r\n]")


def names_host(url: str, hosts: tuple[str, ...]) -> bool:
    """False when no host in `hosts` (lower case) can be the URL's host: its text does not
    hold one. A cheap test before parsing the URL (most links are not the ones looked for)."""
    low = url.lower()
    return any(host in low for host in hosts) or bool(_UNSAFE_URL.search(url))


_ARXIV_HOSTS = substring_stems(ARXIV_HOSTS)


def _url_rest(url: str) -> str:
    """What follows /abs/ (or /pdf/, ...) in an arxiv.org paper link, else ""."""
    if not names_host(url or "", _ARXIV_HOSTS):
        return ""
    parts = urlsplit((url or "").strip())
    if parts.scheme.lower() not in ("http", "https") or parts.netloc.lower() not in ARXIV_HOSTS:
        return ""
    match = _PAPER_PATH.match(unquote(parts.path))
    if match:
        return match.group("rest")
    ftp = _FTP_PATH.match(unquote(parts.path))
    if not ftp:
        return ""
    archive = ftp.group("archive").lower()
    return ftp.group("rest") if archive == "arxiv" else f"{archive}/{ftp.group('rest')}"


def from_url(url: str) -> tuple[str, str]:
    """(id, version) from an arxiv.org abs/pdf/html link, else ("", "").

    `https://arxiv.org/pdf/2204.07756v2.pdf` -> ("2204.07756", "v2");
    `Https://arxiv.org/abs/math.GT/0309136` -> ("math/0309136", "") (old-style subject dropped);
    `https://arxiv.org/ftp/arxiv/papers/1907/1907.07374.pdf` -> ("1907.07374", "").
    """
    rest = _url_rest(url)
    if not rest:
        return "", ""
    ident, version = split_id(rest)
    if not (_NEW_ID.fullmatch(ident) or _OLD_ID.fullmatch(ident)):
        return "", ""
    return ident, version


def malformed_url(url: str) -> str:
    """The unusable id in an arxiv.org paper link (`/pdf/2303.0761`), or "" for a good one."""
    rest = _url_rest(url)
    if not rest:
        return ""
    ident = split_id(rest)[0]
    return ident if id_problem(ident) else ""
