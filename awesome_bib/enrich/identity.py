"""Is the arXiv record behind a list link the paper the list names? Decided before anything
from the record is used.

The listed title is compared with the title of the latest version and with the title of the
version the list links (or v1): arXiv titles change between versions and lists keep the title
they were written with. Authors the list itself gives (provenance `list`) are evidence too: a
different first author is a different paper. The verdict:

* `match`: the latest title agrees (or a person marked the id `manual`);
* `retitled`: only the linked (or first) version's title agrees -> used, reported `title-changed`;
* `corrected`: the record's title is another span of the same item than the one imported (the
  link text, not the short name in front of it) -> that span becomes the title, the record is
  used, reported `title-corrected`;
* `named`: the list names the paper only by a name (`core.titles.is_name`: "FSCS", a table
  row titled by its dataset), which no title can confirm; the record's first author and year
  are the ones the list gives -> the record is used and its title taken (`title-from-record`);
* `unconfirmed`: only a name, and no first author and year of the list's to confirm the link
  -> nothing of the record is used, nothing reported against the list (`name-unconfirmed`);
* `mismatch`: no version agrees -> nothing of the record is used, reported `link-mismatch`;
* `pending`: the older version is needed to decide (fetched in a batched id_list request).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ..core.arxiv_ids import parse_id
from ..core.identifiers import arxiv_id
from ..core.names import same_person
from ..core.titles import PHRASE_WORDS, is_name, names_paper, similarity, title_words
from ..model import Entry
from .names import split_display_name


@dataclass
class Identity:
    """The verdict on one entry's arXiv link, with the evidence for the entry's outcomes."""

    status: str  # "match" | "retitled" | "corrected" | "named" | "unconfirmed" | "mismatch"
    # | "pending"
    arxiv: str
    listed_title: str
    titles: dict[str, str] = field(default_factory=dict)  # version -> title arXiv gives
    similarity: float = 0.0  # best listed-vs-record title score
    needed: str = ""  # versioned key still to fetch (status pending)
    why: str = ""  # for a mismatch: "title" or "first author"
    span: str = ""  # corrected: the item's span that is the record's title; named: its title

    @property
    def usable(self) -> bool:
        """True when the record is the listed paper."""
        return self.status in ("match", "retitled", "corrected", "named")


def listed_titles(entry: Entry) -> list[str]:
    """The entry's title and every title its listings give (duplicates dropped)."""
    return list(dict.fromkeys(t for t in (entry.title, *(li.title for li in entry.listings))
                              if t))


_MARKUP = re.compile(r"\*\*|__|`|<[^>]*>")


def item_span(entry: Entry, title: str) -> str:
    """The record's title when the item the list wrote holds it as another span than the
    imported title (`Tacotron: [Towards End-to-End Speech Synthesis](arxiv)` imported as
    `Tacotron`): the span as written, or the record's title when the item writes its name
    and the rest apart. "" when no listing holds it."""
    theirs = title_words(title)
    if len(theirs.split()) < PHRASE_WORDS:  # a name or an acronym alone proves nothing
        return ""
    head, sep, tail = title.partition(":")
    for listing in entry.listings:
        words = f" {title_words(listing.raw)} "
        if f" {theirs} " in words:
            pattern = r"[\W_]+".join(re.escape(w) for w in title.split() if w.strip())
            found = re.search(pattern, _MARKUP.sub(" ", listing.raw), re.IGNORECASE)
            return " ".join(found.group(0).split()) if found else title
        if sep and len(title_words(tail).split()) >= PHRASE_WORDS and \
                f" {title_words(head)} " in words and f" {title_words(tail)} " in words:
            return title
    return ""


def linked_version(entry: Entry) -> str:
    """The version ("v2") the list's link to `entry.arxiv` names, else ""."""
    for link in entry.links:
        ident, version = arxiv_id(link.url)
        if ident == entry.arxiv and version:
            return version
    return ""


def line_of(entry: Entry, *needles: str) -> int:
    """The list line of the listing whose bullet mentions a needle (an id), else the first."""
    for listing in entry.listings:
        raw = listing.raw.lower()
        if any(n and n.lower() in raw for n in needles):
            return listing.line
    return entry.line


#: A record's first-version year may be the list's year or one off (posted in December, listed
#: with the next year's venue).
NAME_YEARS = 1


def _by_name(entry: Entry, latest: dict[str, Any], verdict: Identity) -> Identity:
    """The verdict when the list gives only a name: the list's own first author (already not
    another person's: `judge` checked) and year must both agree with the record's."""
    theirs = [split_display_name(a) for a in latest.get("authors", [])[:1]]
    first = entry.authors[0] if entry.authors and entry.provenance.get("authors") == "list" \
        else None
    published = str(latest.get("published", ""))[:4]
    year = int(published) if published.isdigit() else None
    if first is not None and theirs and same_person(first, theirs[0]) and entry.year and \
            year and abs(year - entry.year) <= NAME_YEARS:
        verdict.status, verdict.span = "named", next(iter(verdict.titles.values()))
    else:
        verdict.status, verdict.why = "unconfirmed", "name"
    return verdict


def _version(payload: dict[str, Any]) -> str:
    return (parse_id(str(payload.get("id", ""))) or ("", ""))[1]


def judge(entry: Entry, latest: dict[str, Any],
          versions: dict[str, dict[str, Any] | None]) -> Identity:
    """The verdict for `entry` given arXiv's latest record and the versioned records fetched
    so far (key `2303.09117v1` -> payload, None = not there)."""
    listed = listed_titles(entry)
    ident = entry.arxiv
    now = _version(latest) or "v1"
    verdict = Identity("mismatch", ident, entry.title,
                       titles={now: str(latest.get("title", ""))})
    if entry.provenance.get("arxiv") == "manual":
        verdict.status = "match"  # a person vouched for the id
        return verdict
    if entry.provenance.get("authors") == "list" and entry.authors:
        theirs = [split_display_name(a) for a in latest.get("authors", [])[:1]]
        if same_person(entry.authors[0], theirs[0] if theirs else None) is False:
            verdict.why = "first author"
            verdict.similarity = similarity(listed, verdict.titles[now])
            return verdict
    score = names_paper(listed, verdict.titles[now])
    verdict.similarity = score or similarity(listed, verdict.titles[now])
    if score:
        verdict.status = "match"
        return verdict
    span = item_span(entry, verdict.titles[now])
    if span:
        verdict.status, verdict.span = "corrected", span
        return verdict
    if all(is_name(t) for t in listed):
        return _by_name(entry, latest, verdict)
    older = linked_version(entry) or "v1"
    if older == now or int(older[1:]) > int(now[1:]):
        verdict.why = "title"
        return verdict
    key = ident + older
    if key not in versions:
        verdict.status, verdict.needed = "pending", key
        return verdict
    payload = versions[key]
    if payload:
        verdict.titles[older] = str(payload.get("title", ""))
        score = names_paper(listed, verdict.titles[older])
        if score:
            verdict.status, verdict.similarity = "retitled", score
            return verdict
        verdict.similarity = max(verdict.similarity, similarity(listed, verdict.titles[older]))
    verdict.why = "title"
    return verdict
