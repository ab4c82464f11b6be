"""Items that name a paper rather than being titled by it: a tool's `Publication` link with the
title after it (or the tool's own heading as its name), and a tool or data set linked to its
repository that names the paper it comes from.

The item readers (items.py) read a title where the item writes one; these rules decide which
span of a tool's item is its paper, and whether it names one at all (evidence: a quoted title
phrase, a link to the paper, a linked title phrase; never the repository alone).
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..core.identifiers import code_link
from ..core.titles import PHRASE_WORDS, is_name, title_key
from ..core.vocab import PAPER_LABELS
from .clean import clean_title
from .evidence import paper_link
from .items import ParsedItem, parse_item
from .markdown import Piece
from .template import title_like

#: How an item titled by the paper its tool names was read (--explain), the mark of one.
NAMED = "a tool's paper"
#: Punctuation between a link and the text after it (`[Publication](url): (2020) Title`).
_LEAD = " \t:：,，.-–—"


def _after(pieces: list[Piece], link: Piece) -> list[Piece]:
    """The pieces after `link`, the punctuation that joins them to it dropped."""
    at = next(i for i, p in enumerate(pieces) if p is link)
    rest = pieces[at + 1:]
    while rest and rest[0].kind == "text" and not rest[0].text.strip(_LEAD):
        rest = rest[1:]
    if rest and rest[0].kind == "text":
        rest = [replace(rest[0], text=rest[0].text.lstrip(_LEAD)), *rest[1:]]
    return rest


def paper_link_piece(pieces: list[Piece]) -> Piece | None:
    """The item's first link when it is labelled the paper (`[Publication](arxiv)`,
    `[paper](url)`) and goes to one, else None."""
    first = next((p for p in pieces if p.kind == "link"), None)
    if first is None or first.text.strip().lower() not in PAPER_LABELS \
            or not paper_link(first.href):
        return None
    return first


def title_after_link(pieces: list[Piece], link: Piece) -> ParsedItem | None:
    """`[Publication](https://arxiv.org/pdf/1909.08423.pdf): (2020) Deep-neural-network
    solution of the electronic Schrödinger equation`: the words after a paper link, read as an
    item is, when they are a title phrase; None otherwise."""
    rest = [p for p in _after(pieces, link) if p.kind != "link"]
    if not rest:
        return None
    read = parse_item(rest)
    if not read.title or read.title[:1].islower() or not title_like(read.title):
        return None  # (`[PDF](url) by John Smith`: words about the link, no title)
    return read


def _leading_name(pieces: list[Piece], sites: bool = False) -> Piece | None:
    """The link that opens the item when its text is a name, not a title phrase
    (`[DeepName-2021-ICSE](github), This repository ...`, `[gym_ped_sim](github)`); with
    `sites`, also one whose text is a phrase and that goes to no paper (`[EMSE Bug Location
    Data Set](https://seers.utdallas.edu/...)`: a data set's page)."""
    first = next((p for p in pieces if p.kind != "text" or p.text.strip()), None)
    if first is None or first.kind != "link" or not first.text.strip():
        return None
    if sites and not paper_link(first.href):
        return first
    return first if is_name(first.text) or not title_like(first.text) else None


def repository_name(pieces: list[Piece]) -> bool:
    """Whether an item opens with a name linked to its repository (`[DeepLocalize](github),
    DeepLocalize: Fault Localization ... This repo includes a benchmark.`): a tool, data set or
    system, unless it names its paper (`named_paper`)."""
    first = _leading_name(pieces)
    return first is not None and code_link(first.href)


#: A quoted phrase (`"AnswerBot: An Answer Summary ..."`, `“Neural code search evaluation
#: dataset,”`): straight or curly quotes.
_QUOTED = re.compile(r"[\"“]([^\"“”]+)[\"”]")


def named_paper(item: ParsedItem, pieces: list[Piece]) -> ParsedItem | None:
    """The paper a tool or data set names (`[BIKER](github), The dataset and source code for
    paper "API Method Recommendation without ...", ASE, [Paper](acm)`), read as an item is,
    or None when it names none. The item is titled by its first link's text, a name; the
    paper is named by a linked title phrase that goes to a paper (`from paper [CERT:
    Continual Pre-Training ...](arxiv)`), a quoted title phrase (a full citation `H. Li, ...,
    “Neural code search evaluation dataset,” ArXiv, ..., 2019` too), or, when the item links
    a paper, a sentence `Name: title phrase.` that repeats the item's name."""
    first = _leading_name(pieces, sites=True)
    if first is None:
        return None
    rest = _after(pieces, first)
    for p in rest:
        if p.kind == "link" and title_like(p.text) and paper_link(p.href):
            return replace(item, title=clean_title(p.text), name=first.text.strip(),
                           shape=f"{NAMED}: its linked title")
    text = "".join(p.text for p in rest if p.kind == "text")
    quoted = next((m for m in _QUOTED.finditer(text)
                   if len(m.group(1).split()) >= PHRASE_WORDS and title_like(m.group(1))),
                  None)
    if quoted is not None:
        read = parse_item(rest)
        if title_key(read.title) != title_key(quoted.group(1)):
            read = parse_item(_from_text(rest, quoted.group(0)))
        title = read.title if title_key(read.title) == title_key(quoted.group(1)) \
            else clean_title(quoted.group(1))
        return _merged(item, read, title, first.text.strip(), f"{NAMED}: its quoted title")
    read = parse_item(rest)
    head, colon, _ = read.title.partition(":")
    if colon and title_key(head) == title_key(first.text) and title_like(read.title) \
            and any(paper_link(lk.url) for lk in item.links if lk.url != first.href):
        return _merged(item, read, read.title, first.text.strip(), f"{NAMED}: `Name: title`")
    return None


def names_its_paper(item: ParsedItem) -> bool:
    """Whether the item is a tool's paper read by `named_paper`: the list names the paper (a
    quoted or linked title), evidence of a paper as a venue or a paper link is."""
    return item.shape.startswith(NAMED)


def _from_text(pieces: list[Piece], start: str) -> list[Piece]:
    """The pieces from the first text piece holding `start` on, that piece cut there."""
    for i, p in enumerate(pieces):
        if p.kind == "text" and start in p.text:
            return [replace(p, text=p.text[p.text.index(start):]), *pieces[i + 1:]]
    return pieces


def _merged(item: ParsedItem, read: ParsedItem, title: str, name: str,
            shape: str) -> ParsedItem:
    """The tool's item titled by its paper, with the venue, year and authors read around the
    paper's title; the tool's links stay (its repository is the paper's code)."""
    return replace(item, title=title, name=name, venue_tag=read.venue_tag,
                   venue_raw=read.venue_raw, year=read.year or item.year,
                   authors=read.authors or item.authors,
                   et_al=read.et_al if read.authors else item.et_al, shape=shape)


#: A version number ending a name (`AI Habitat 3.0`, `SEAN 2.0`, `v1.2`).
_VERSION = re.compile(r"(?:\s|^|v)\d+(?:\.\d+)+\)?$", re.IGNORECASE)
#: A venue of this many words or fewer is a venue's name (`NAACL 2019`, `ESEC/FSE 2019`); a
#: longer "venue" is a sentence that mentions one (`This work will be presented at ICSE 2019`).
VENUE_WORDS = 4


def software_name(title: str) -> bool:
    """Whether a title is a name, not a title phrase: fewer than PHRASE_WORDS words, no
    title phrase (`title_like`), or a name with its version (`Social Environment for
    Autonomous Navigation (SEAN) 2.0`)."""
    return is_name(title) or not title_like(title) or bool(_VERSION.search(title.strip()))


def short_venue(item: ParsedItem) -> bool:
    """Whether the item names a venue by its name (`[BERT](github) NAACL 2019`), not in a
    sentence of its description."""
    return bool(item.venue_tag) and len(item.venue_tag.split()) <= VENUE_WORDS
