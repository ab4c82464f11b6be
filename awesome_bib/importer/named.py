"""Items that are a tool, not a paper: a name linked to its repository, a versioned software
name, a venue named in a description; and a tool's `Publication` link. Which paper a tool's
item names is read with the item (items.py `_named_work`, `ParsedItem.named_paper`).
"""

from __future__ import annotations

import re

from ..core.identifiers import code_link
from ..core.titles import is_name
from ..core.vocab import PAPER_LABELS
from .evidence import paper_link
from .items import ParsedItem
from .markdown import Piece
from .template import title_like


def paper_link_piece(pieces: list[Piece]) -> Piece | None:
    """The item's first link when it is labelled the paper (`[Publication](arxiv)`,
    `[paper](url)`) and goes to one, else None."""
    first = next((p for p in pieces if p.kind == "link"), None)
    if first is None or first.text.strip().lower() not in PAPER_LABELS \
            or not paper_link(first.href):
        return None
    return first


def _leading_name(pieces: list[Piece]) -> Piece | None:
    """The link that opens the item when its text is a name, not a title phrase
    (`[DeepName-2021-ICSE](github), This repository ...`, `[gym_ped_sim](github)`)."""
    first = next((p for p in pieces if p.kind != "text" or p.text.strip()), None)
    if first is None or first.kind != "link" or not first.text.strip():
        return None
    return first if is_name(first.text) or not title_like(first.text) else None


def repository_name(pieces: list[Piece]) -> bool:
    """Whether an item opens with a name linked to its repository (`[DeepLocalize](github),
    DeepLocalize: Fault Localization ... This repo includes a benchmark.`): a tool, data set or
    system, unless it names its paper (`ParsedItem.named_paper`)."""
    first = _leading_name(pieces)
    return first is not None and code_link(first.href)


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
