"""What identifiers and URLs say on their own, without any network: dates, venues, validity.

An arXiv id encodes the year and month of its first version; an ACL Anthology id encodes the
year and venue; CVF open-access URLs encode conference and year; NeurIPS proceedings URLs
encode the year. OpenReview ids encode nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

from ..arxiv_ids import ARXIV_HOSTS, id_problem, split_id

_ARXIV_PAPER_PATH = re.compile(r"^/(?:abs|pdf|html|format)/(?P<rest>.+?)/?$", re.IGNORECASE)

#: ACL Anthology venue codes (new-style ids `2021.emnlp-main.288`) -> venue names on tags.
ANTHOLOGY_VENUES = {
    "acl": "ACL", "emnlp": "EMNLP", "naacl": "NAACL", "eacl": "EACL", "coling": "COLING",
    "aacl": "AACL", "conll": "CoNLL", "tacl": "TACL", "cl": "CL", "lrec": "LREC",
    "findings": "Findings",
}
#: Old-style anthology letters (`P18-1234`) -> venue.
ANTHOLOGY_LETTERS = {"P": "ACL", "D": "EMNLP", "N": "NAACL", "E": "EACL", "C": "COLING",
                     "Q": "TACL", "J": "CL", "K": "CoNLL"}
_ANTH_NEW = re.compile(r"^/(?P<year>\d{4})\.(?P<venue>[a-z]+)(?:-(?P<part>[a-z]+))?[-.]"
                       r"[\w.-]*?(?:\.pdf)?/?$")
_ANTH_OLD = re.compile(r"^/(?:anthology/)?(?P<letter>[A-Z])(?P<yy>\d{2})-\d{4}(?:\.pdf)?/?$")
_CVF = re.compile(r"/(?:content/|content_)(?P<conf>[A-Za-z]+)_?(?P<year>\d{4})(?P<w>W?)(?:/|_)",
                  re.IGNORECASE)
_NEURIPS = re.compile(r"^/(?:paper_files/)?paper/(?P<year>\d{4})/")
_NEURIPS_HOSTS = frozenset({"proceedings.neurips.cc", "papers.nips.cc", "papers.neurips.cc"})


@dataclass(frozen=True)
class Venue:
    """A venue and year an identifier or URL proves, with the proof."""

    venue: str  # as a list would tag it: "EMNLP", "CVPR", "NeurIPS"
    year: int
    source: str  # "ACL Anthology id 2021.emnlp-main.288", ...
    track: str = ""  # "findings", "workshop", "demo", ...


def malformed_arxiv_link(url: str) -> str:
    """The unusable id in an arxiv.org paper link (`/pdf/2303.0761`), or "" for a good one."""
    parts = urlsplit(url.strip())
    if parts.netloc.lower() not in ARXIV_HOSTS:
        return ""
    match = _ARXIV_PAPER_PATH.match(unquote(parts.path))
    if not match:
        return ""
    ident = split_id(match.group("rest"))[0]
    return ident if id_problem(ident) else ""


def url_venue(url: str) -> Venue | None:
    """The venue and year a proceedings URL proves (ACL Anthology, CVF, NeurIPS), else None."""
    parts = urlsplit(url.strip())
    host, path = parts.netloc.lower(), unquote(parts.path)
    if host.endswith("aclanthology.org") or host == "www.aclweb.org":
        return _anthology(path)
    if host == "openaccess.thecvf.com":
        match = _CVF.search(path)
        if match:
            conf = match.group("conf").upper()
            track = "workshop" if match.group("w") else ""
            return Venue(conf, int(match.group("year")), f"CVF open-access URL ({conf}"
                         f"{match.group('year')}{match.group('w')})", track)
        return None
    if host in _NEURIPS_HOSTS:
        match = _NEURIPS.match(path)
        if match:
            year = int(match.group("year"))
            return Venue("NeurIPS", year, f"NeurIPS proceedings URL (/paper/{year}/)")
    return None


def _anthology(path: str) -> Venue | None:
    path = re.sub(r"^/anthology", "", path)
    match = _ANTH_NEW.match(path)
    if match:
        code, part = match.group("venue"), match.group("part") or ""
        ident = path.strip("/").removesuffix(".pdf")
        if code == "findings" and part in ANTHOLOGY_VENUES:
            return Venue(ANTHOLOGY_VENUES[part], int(match.group("year")),
                         f"ACL Anthology id {ident}", "findings")
        if code in ANTHOLOGY_VENUES and code != "findings":
            track = "" if part in ("", "main", "long", "short") else part
            return Venue(ANTHOLOGY_VENUES[code], int(match.group("year")),
                         f"ACL Anthology id {ident}", track)
        return None  # a workshop volume (bionlp, clinicalnlp, ...): its venue is not a tag name
    match = _ANTH_OLD.match(path)
    if match and match.group("letter") in ANTHOLOGY_LETTERS:
        yy = int(match.group("yy"))
        year = 1900 + yy if yy >= 60 else 2000 + yy
        ident = path.strip("/").removesuffix(".pdf").removeprefix("anthology/")
        return Venue(ANTHOLOGY_LETTERS[match.group("letter")], year, f"ACL Anthology id {ident}")
    return None


def venue_base(venue: str) -> str:
    """A tag's venue reduced for comparison: `NAACL-HLT` -> `NAACL`, `CVPRW` -> `CVPR`."""
    word = re.split(r"[\s\-]", venue.strip())[0] if venue.strip() else ""
    word = word.upper()
    if word in ("NIPS",):
        return "NEURIPS"
    if len(word) > 3 and word.endswith("W"):
        word = word[:-1]
    return word
