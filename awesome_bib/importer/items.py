"""One paper item -> title, LLM flag (bold), venue tag, year and labelled links.

Shapes understood (any mix): `[**VENUE YEAR**] Title [[pdf]](url) [[code]](url)`;
`**Title** [paper](url) [code](url)`; `[Title](url) - CVPR 2023`; `Title (CVPR 2023) [pdf](url)`;
`Title, CVPR'23`; a shields badge `![CVPR](https://img.shields.io/badge/CVPR-2023-blue)`;
links on the next line. A venue or year the item does not state stays empty.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import unquote, urlsplit

from ..model import Link
from ..venues import full_year
from .clean import clean_text, clean_title
from .links import is_web_link
from .markdown import Piece

#: Link labels that name a kind of resource, never a paper title.
RESOURCE_LABELS = frozenset("""
pdf paper arxiv code github project website page homepage demo code-demo link doi html video
slides poster blog dataset data model models huggingface hf supp supplementary openreview
bibtex bib talk official unofficial pytorch tensorflow jax colab notebook weights checkpoint
abstract acm ieee springer pubmed pmc medrxiv biorxiv ssrn researchgate zenodo tweet twitter
""".split())

_YEAR = re.compile(r"\b(19\d{2}|20\d{2})\b")
_BRACKET_VENUE = re.compile(r"^\s*\[([^\[\]]+)\]\s*")
_PAREN_VENUE = re.compile(r"\s*[\(\[]\s*([^()\[\]]*?\b(?:19|20)\d{2}\b[^()\[\]]*?)\s*[\)\]]\s*$")
_APOS_VENUE = re.compile(
    r"(?:^|[\s,(\[])([A-Z][A-Za-z&\-]*(?:\s[A-Z][A-Za-z&\-]*)?)\s?['’](\d{2})\b")
_DASH_VENUE = re.compile(r"^\s*[-–—,|:]\s*([A-Za-z][\w&.\- ]*?\s(?:19|20)\d{2})\b")
_BARE_URL = re.compile(r"https?://[^\s()<>\[\]\"']+", re.IGNORECASE)
_NUMBERING = re.compile(r"^\s*(?:\d+[.)]|[-*•])\s+")
_SHIELDS = re.compile(r"^/badge/(.+?)-(.+)-[^-]+$")


@dataclass
class ParsedItem:
    """What one list item says about a paper."""

    title: str = ""
    bold: bool = False
    venue_tag: str = ""
    venue_raw: str = ""
    year: int | None = None
    links: list[Link] = field(default_factory=list)

    @property
    def paper_like(self) -> bool:
        """Whether the item looks like a paper at all (a venue, a web link or a title)."""
        return bool(self.venue_tag or self.links)


def year_of(text: str) -> int | None:
    """The first 4-digit year in a venue tag (`MLMIW 2023 2023` -> 2023), else None."""
    match = _YEAR.search(text)
    return int(match.group(1)) if match else None


def normalise_venue(tag: str) -> str:
    """`MLMIW 2023 2023` -> `MLMIW 2023`; `CVPR'23` -> `CVPR 2023`; whitespace squashed."""
    tag = clean_text(tag)
    match = re.fullmatch(r"(.*?)\s?['’](\d{2})", tag)
    if match:
        tag = f"{match.group(1)} {full_year(match.group(2))}"
    return re.sub(r"\b((?:19|20)\d{2})(?:\s+\1\b)+", r"\1", tag)


def badge_venue(src: str) -> str:
    """`img.shields.io/badge/CVPR-2023-blue` -> `CVPR 2023` when the badge carries a year."""
    parts = urlsplit(src)
    if "shields.io" not in parts.netloc.lower():
        return ""
    match = _SHIELDS.match(parts.path)
    if not match:
        return ""

    def text(part: str) -> str:
        part = unquote(part).replace("--", "\0").replace("__", "\1").replace("_", " ")
        return part.replace("\0", "-").replace("\1", "_")

    tag = f"{text(match.group(1))} {text(match.group(2))}"
    return clean_text(tag) if _YEAR.search(tag) else ""


def _label(piece: Piece) -> str:
    label = clean_text(piece.text).strip("[]() ")
    if not label and piece.images:
        label = clean_text(piece.images[0].text)
    return label or "link"


def _is_resource_label(label: str) -> bool:
    return label.lower() in RESOURCE_LABELS or label.startswith("[")


def parse_item(pieces: list[Piece]) -> ParsedItem:
    """Read one item's inline pieces (see the module docstring for the shapes)."""
    item = ParsedItem()
    first_link = next((i for i, p in enumerate(pieces) if p.kind == "link"), len(pieces))
    head, tail = pieces[:first_link], pieces[first_link:]
    text, mask = _runs(head)
    venue_raw = ""
    match = _BRACKET_VENUE.match(text)
    if match and (_YEAR.search(match.group(1)) or any(mask[match.start(1):match.end(1)])):
        venue_raw = match.group(1)
        text, mask = text[match.end():], mask[match.end():]
    title, bold, rest = _split_title(text, mask)
    title_link = None
    if not _meaningful(title) and tail and not _is_resource_label(tail[0].text.strip()):
        title_link = tail[0]
        title, bold = tail[0].text, tail[0].strong
    after = "".join(p.text if p.kind == "text" else " " for p in tail if p.kind != "link")
    if not venue_raw:
        # A trailing "(CVPR 2023)", "- CVPR 2023" or "CVPR'23" is the venue, not the title.
        for source in (title, rest, after):
            venue_raw = _venue_in(source)
            if venue_raw:
                title = _strip_venue(title, venue_raw)
                break
    if not venue_raw:
        venue_raw = next((v for p in pieces for v in _badges(p) if v), "")
    # A bare URL in the title text is a link (kept below), not words of the title.
    title = re.sub(r"\(\s*\)|\[\s*\]", " ", _BARE_URL.sub(" ", title))
    item.title = clean_title(title)
    item.bold = bold and bool(item.title)
    item.venue_raw = clean_text(venue_raw)
    item.venue_tag = normalise_venue(venue_raw) if venue_raw else ""
    item.year = year_of(item.venue_tag)
    item.links = _links(pieces, title_link)
    return item


def _runs(head: list[Piece]) -> tuple[str, list[bool]]:
    """The text before the first link and, per character, whether it is bold."""
    text, mask = "", []
    for p in head:
        chunk = p.text if p.kind == "text" else "\n" if p.kind == "break" else ""
        text += chunk
        mask += [p.strong] * len(chunk)
    match = _NUMBERING.match(text)  # "1. Title" when the list is not parsed as a list
    if match:
        text, mask = text[match.end():], mask[match.end():]
    return text, mask


def _meaningful(text: str) -> bool:
    return any(ch.isalnum() for ch in text)


def _split_title(text: str, mask: list[bool]) -> tuple[str, bool, str]:
    """(title, bold, leftover) from the text before the first link.

    All bold -> an LLM-marked title; none bold -> a plain title; a bold run followed by other
    words (`**Title.** Authors. Venue`) -> the bold run is the title, the rest is left over.
    """
    bold = [i for i, ch in enumerate(text) if mask[i] and ch.isalnum()]
    plain_chars = [i for i, ch in enumerate(text) if not mask[i] and ch.isalnum()]
    if not bold:
        return text, False, ""
    if not plain_chars:
        return text, True, ""
    start = bold[0]
    end = start
    while end < len(text) and mask[end]:
        end += 1
    run = text[start:end]
    gap = text[end:plain_chars[-1]]
    gap = gap[: next((i for i, ch in enumerate(gap) if ch.isalnum()), len(gap))]
    separated = run.rstrip()[-1:] in ".:" or any(ch in "\n,.;|-–—(" for ch in gap)
    if plain_chars[0] < start or not separated or len(clean_title(run)) < 8:
        return text, False, ""  # bold words inside a plain title are emphasis only
    return run, True, text[:start] + " " + text[end:]


def _venue_in(text: str) -> str:
    text = clean_text(text)
    if not text:
        return ""
    for pattern in (_PAREN_VENUE, _DASH_VENUE):
        match = pattern.search(text)
        if match:
            return match.group(1)
    match = _APOS_VENUE.search(text)
    if match:
        return f"{match.group(1)}'{match.group(2)}"
    return ""


def _strip_venue(title: str, venue: str) -> str:
    title = clean_text(title)
    for wrapped in (f"({venue})", f"[{venue}]"):
        if title.endswith(wrapped):
            return title[: -len(wrapped)]
    idx = title.rfind(venue)
    if idx > 0 and title[idx + len(venue):].strip(" .,;)]") == "":
        return title[:idx]
    return title


def _badges(piece: Piece) -> list[str]:
    images = [piece] if piece.kind == "image" else piece.images
    return [badge_venue(img.href) for img in images]


def _links(pieces: list[Piece], title_link: Piece | None) -> list[Link]:
    links: list[Link] = []
    seen: set[str] = set()

    def add(label: str, url: str) -> None:
        url = url.strip()
        if is_web_link(url) and url not in seen:
            seen.add(url)
            links.append(Link(label, url))

    for p in pieces:
        if p.kind == "link":
            if p.images and not p.text.strip() and badge_venue(p.images[0].href):
                continue  # a venue badge that links somewhere is a badge, not a resource
            add("paper" if p is title_link else _label(p), p.href)
        elif p.kind == "text":
            for url in _BARE_URL.findall(p.text):
                add("link", url.rstrip(".,;"))
    return links
