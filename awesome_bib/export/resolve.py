"""Decide, once per entry, everything the formats print: type, container, DOI, url, notes.

This is the hub every format renders from, so the three formats of a section always agree
on type, title, authors, year and DOI.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..core.arxiv_ids import abs_url, doi_for
from ..core.identifiers import is_web_link
from ..core.vocab import URL_LABELS, PubType
from ..model import Author, Entry
from ..venues import ParsedTag, Venue, lookup, parse_tag
from .mapping import DATASET_FIELDS
from .title_protect import Span, protected_spans

_PAGES = re.compile(r"^\s*([^\s\-–—]+)\s*(?:-+|–|—)\s*([^\s\-–—]+)\s*$")


@dataclass
class Record:
    """An entry resolved for export: plain text values, no format syntax."""

    key: str
    pub_type: PubType
    title: str
    spans: list[Span]
    authors: list[Author]
    year: int | None = None
    month: int | None = None
    container: str = ""  # proceedings or journal title
    event: str = ""  # conference name (RIS T2 of CPAPER, CSL event-title)
    publisher: str = ""
    issn: str = ""
    volume: str = ""
    issue: str = ""
    pages: tuple[str, str] | None = None  # (first, last); last may be ""
    doi: str = ""
    url: str = ""
    arxiv: str = ""
    primary_class: str = ""
    unknown_tag: str = ""
    short: str = ""  # a sort/label key for styles when there is no author
    notes: list[str] = field(default_factory=list)  # plain-text note lines

    @property
    def iso_date(self) -> str:
        """`2023-06` or `2023` (biblatex `date`, Zotero RDF `dc:date`); "" without a year."""
        if not self.year:
            return ""
        return f"{self.year:04d}-{self.month:02d}" if self.month else f"{self.year:04d}"

    @property
    def page_range(self) -> str:
        """`12-19`, or the first page alone (CSL-JSON `page`, Zotero RDF `bib:pages`)."""
        if not self.pages:
            return ""
        first, last = self.pages
        return f"{first}-{last}" if last else first

    @property
    def event_title(self) -> str:
        """The conference's name where it says more than the container title (CSL
        event-title, BibTeX/biblatex eventtitle: Zotero's Conference Name), else ""."""
        return self.event if self.event and self.event != self.container else ""

    @property
    def container_is_repository(self) -> bool:
        """True when the container is only the arXiv repository of a preprint, which the
        eprint fields already name: no format writes it as a venue."""
        return bool(self.arxiv) and self.container == "arXiv"


def short_label(title: str) -> str:
    """A short name for an author-less entry: "LLaVA-Med" from "LLaVA-Med: Training ..."."""
    head = title.split(":", 1)[0].strip()
    if head and len(head) <= 40 and head != title.strip():
        return head
    words = title.split()
    return " ".join(words[:4]) if len(words) > 4 else title.strip()


def _pages(text: str) -> tuple[str, str] | None:
    if not text.strip():
        return None
    match = _PAGES.match(text)
    if match:
        return match.group(1), match.group(2)
    return text.strip(), ""


def unverified_arxiv(entry: Entry) -> str:
    """The arXiv id of the entry's link when enrichment found it to be another paper (an
    outcome `link-mismatch`): never exported as the entry's own. "" otherwise."""
    for outcome in entry.outcomes:
        if outcome.code == "link-mismatch" and outcome.arxiv == entry.arxiv:
            return entry.arxiv
    return ""


def verified_venue(entry: Entry) -> Venue | None:
    """The venue a source verified when it contradicts the list's tag (an outcome
    `venue-contradiction`): exported instead of the tag's. None otherwise."""
    for outcome in entry.outcomes:
        if outcome.code == "venue-contradiction":
            return lookup(outcome.venue)
    return None


def found_arxiv(entry: Entry) -> str:
    """The arXiv id enrichment found for the listed title by searching arXiv (verified as the
    listed paper), for an entry whose own link leads elsewhere; else ""."""
    for outcome in entry.outcomes:
        if outcome.code == "found-by-title-search":
            return outcome.arxiv
    return ""


def _best_url(entry: Entry, pub_type: PubType, arxiv: str, wrong: str) -> str:
    if entry.url and is_web_link(entry.url):
        return entry.url
    if pub_type == "preprint" and arxiv:
        return abs_url(arxiv)
    # A link to the arXiv id enrichment found to be another paper is never the entry's URL.
    usable = [lk for lk in entry.links
              if is_web_link(lk.url) and not (wrong and f"/{wrong}" in lk.url)]
    by_label: dict[str, str] = {}
    for link in usable:
        by_label.setdefault(link.label.strip().lower(), link.url)
    for label in URL_LABELS:
        if label in by_label:
            return by_label[label]
    return usable[0].url if usable else ""


def dataset_note(data: dict[str, str]) -> str:
    """The dataset table row as one note line: "Dataset; domain: cxr; image: 377K; ..."."""
    lowered = {k.strip().lower(): str(v).strip() for k, v in data.items() if str(v).strip()}
    order = [k for k in DATASET_FIELDS if k in lowered]
    order += sorted(k for k in lowered if k not in DATASET_FIELDS)
    return "; ".join(["Dataset", *(f"{k}: {lowered[k]}" for k in order)])


def _pub_type(entry: Entry, tag: ParsedTag | None, arxiv: str, wrong: str) -> PubType:
    if entry.kind == "dataset":
        return "dataset"
    # A type an arXiv record gave is not kept once the link proved to be another paper (an
    # older run may have set it): the list's tag decides then.
    if entry.pub_type and not (wrong and entry.provenance.get("pub_type") == "arxiv"):
        return entry.pub_type
    if tag is not None and tag.venue is not None:
        return tag.venue.kind
    if arxiv and not entry.venue_tag:
        return "preprint"
    return "misc"


def resolve(entry: Entry) -> Record:
    """Resolve one entry; pure function of the entry and the venue table. An arXiv link that
    enrichment found to lead to another paper gives nothing: no eprint, DOI or URL."""
    tag = parse_tag(entry.venue_tag) if entry.venue_tag else None
    venue: Venue | None = verified_venue(entry) or (tag.venue if tag else None)
    wrong = unverified_arxiv(entry)
    arxiv = found_arxiv(entry) if wrong else entry.arxiv.strip()
    pub_type = _pub_type(entry, tag, arxiv, wrong)
    year = entry.year or (tag.year if tag else None)
    title = " ".join(entry.title.split())
    rec = Record(key=entry.key, pub_type=pub_type, title=title, spans=protected_spans(title),
                 authors=[a for a in entry.authors if a.family or a.given or a.literal],
                 year=year, month=entry.month if entry.month and 1 <= entry.month <= 12 else None,
                 volume=entry.volume.strip(), issue=entry.issue.strip(), issn=entry.issn.strip(),
                 pages=_pages(entry.pages), arxiv=arxiv,
                 primary_class=entry.primary_class.strip() if arxiv else "")
    same_kind = venue is not None and venue.kind == pub_type
    if pub_type in ("conference", "workshop", "journal", "book-chapter", "preprint"):
        rec.container = entry.container_title or (venue.container_title(year) if same_kind and venue
                                                  else "")
        if venue is not None and same_kind and pub_type in ("conference", "workshop"):
            rec.event = venue.name
    rec.publisher = entry.publisher or (venue.publisher if same_kind and venue else "")
    if pub_type == "preprint" and rec.arxiv:
        rec.container = rec.container or "arXiv"
        rec.publisher = rec.publisher or "arXiv"
    rec.doi = entry.doi.strip()
    if not rec.doi and pub_type != "preprint":
        rec.doi = entry.arxiv_doi.strip()
    if not rec.doi and pub_type == "preprint" and rec.arxiv:
        rec.doi = doi_for(rec.arxiv)
    rec.url = _best_url(entry, pub_type, arxiv, wrong).strip()
    if entry.venue_tag and venue is None:
        rec.unknown_tag = entry.venue_tag
        rec.notes.append(f"Venue: {entry.venue_tag}")
    elif tag is not None and tag.qualifier:
        rec.notes.append(f"Venue: {entry.venue_tag}")
    if entry.kind == "dataset" and entry.dataset:
        rec.notes.append(dataset_note(entry.dataset))
    rec.notes.extend(line.strip() for line in entry.note.splitlines() if line.strip())
    if not rec.authors:
        rec.short = short_label(title) or entry.key
    return rec
