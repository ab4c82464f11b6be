"""Venue names compared the way `check` compares tags with what links prove.

What a link proves on its own (ACL Anthology ids, CVF, NeurIPS and PMLR URLs) is read by
`core/identifiers.py`, the one home of link rules; the arXiv id grammar is `core/arxiv_ids.py`.
"""

from __future__ import annotations

import re


def venue_base(venue: str) -> str:
    """A tag's venue reduced for comparison: `NAACL-HLT` -> `NAACL`, `CVPRW` -> `CVPR`."""
    word = re.split(r"[\s\-]", venue.strip())[0] if venue.strip() else ""
    word = word.upper()
    if word in ("NIPS",):
        return "NEURIPS"
    if len(word) > 3 and word.endswith("W"):
        word = word[:-1]
    return word
