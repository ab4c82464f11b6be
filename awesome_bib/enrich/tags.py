"""What the list's venue tag ("MICCAI 2023", "ICMLW 2023", "TMI 2024") tells enrichment.

A tag is evidence, not a record: it only decides whether Crossref can be expected to know the
paper, and which publication type to use when the tag is all we have. Both come from the one
venue table (`data/venues.yaml`, `venues.py`, whose `Venue` is the one venue class).
"""

from __future__ import annotations

from typing import NamedTuple

from .. import venues


class TagReading(NamedTuple):
    """What enrichment reads from one tag."""

    pub_type: str  # "conference" | "workshop" | "journal" | "preprint" | "" (unknown tag)
    registers_dois: bool


def classify(tag: str) -> TagReading:
    """Read a venue tag; an unknown tag may be anything that registers DOIs (Crossref is asked)."""
    known = venues.lookup(tag or "")
    if known is None:
        return TagReading("", True)
    return TagReading(known.kind, known.registers_dois)
