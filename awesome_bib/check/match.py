"""Title comparison for `check`: equal up to case, punctuation, dashes and accents, or how close.

Scores are rapidfuzz ratios (0-100) on normalised titles. The thresholds were set on the
default list: a retitled arXiv paper (2303.09117, "Visual-Linguistic ..." -> "Cross-Modal ...")
scores 75-80, while a link to another paper (MedRG on 2303.07618, 2406.06512) scores 45-57.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import ftfy
from anyascii import anyascii
from rapidfuzz import fuzz

_WORD = re.compile(r"[a-z0-9]+")

#: At or above: the same title written slightly differently (a duplicate, not a new paper).
NEAR = 95.0
#: At or above (and below NEAR): close but different, e.g. a title changed between versions.
CLOSE = 70.0


@lru_cache(maxsize=65536)  # ftfy is slow and rules compare every pair in a section
def norm(title: str) -> str:
    """Lower-case ASCII words joined by single spaces; punctuation, dashes and case vanish."""
    text = anyascii(unicodedata.normalize("NFKC", ftfy.fix_text(title or ""))).lower()
    return " ".join(_WORD.findall(text))


def compact(title: str) -> str:
    """`norm` without spaces, so `X-ray` == `Xray` and `Multi-modal` == `Multimodal`."""
    return norm(title).replace(" ", "")


def same(a: str, b: str) -> bool:
    """True when two titles differ only in case, punctuation, dashes, accents or spacing."""
    ca, cb = compact(a), compact(b)
    return bool(ca) and ca == cb


@lru_cache(maxsize=65536)
def score(a: str, b: str) -> float:
    """Similarity 0-100 of two titles (100 when `same`)."""
    if same(a, b):
        return 100.0
    na, nb = norm(a), norm(b)
    if not na or not nb:
        return 0.0
    return round(max(fuzz.ratio(na, nb), fuzz.ratio(compact(a), compact(b))), 1)


def near(a: str, b: str) -> bool:
    """The same title up to a typo or a dropped word: a duplicate listing."""
    return score(a, b) >= NEAR


def close(a: str, b: str) -> bool:
    """Related titles (a retitle, a subtitle dropped), not the same and not unrelated."""
    if score(a, b) >= CLOSE:
        return True
    # A listed title that is the arXiv title without its subtitle (or vice versa).
    na, nb = norm(a), norm(b)
    return min(len(na), len(nb)) >= 20 and fuzz.token_set_ratio(na, nb) >= 95
