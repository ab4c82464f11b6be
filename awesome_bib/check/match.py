"""Title comparison for `check`: equal up to case, punctuation, dashes and accents, or how close.

Scores are rapidfuzz ratios (0-100) on normalised titles. The thresholds were set on the
default list: a retitled arXiv paper (2303.09117, "Visual-Linguistic ..." -> "Cross-Modal ...")
scores 75-80, while a link to another paper (MedRG on 2303.07618, 2406.06512) scores 45-57.
"""

from __future__ import annotations

from functools import lru_cache

from rapidfuzz import fuzz

from ..title_compare import title_key, title_words

#: At or above: the same title written slightly differently (a duplicate, not a new paper).
NEAR = 95.0
#: At or above (and below NEAR): close but different, e.g. a title changed between versions.
CLOSE = 70.0


def same(a: str, b: str) -> bool:
    """True when two titles differ only in case, punctuation, dashes, accents or spacing."""
    ca, cb = title_key(a), title_key(b)
    return bool(ca) and ca == cb


@lru_cache(maxsize=65536)
def score(a: str, b: str) -> float:
    """Similarity 0-100 of two titles (100 when `same`)."""
    if same(a, b):
        return 100.0
    na, nb = title_words(a), title_words(b)
    if not na or not nb:
        return 0.0
    return round(max(fuzz.ratio(na, nb), fuzz.ratio(title_key(a), title_key(b))), 1)


def near(a: str, b: str) -> bool:
    """The same title up to a typo or a dropped word: a duplicate listing."""
    return score(a, b) >= NEAR


def close(a: str, b: str) -> bool:
    """Related titles (a retitle, a subtitle dropped), not the same and not unrelated."""
    if score(a, b) >= CLOSE:
        return True
    # A listed title that is the arXiv title without its subtitle (or vice versa).
    na, nb = title_words(a), title_words(b)
    return min(len(na), len(nb)) >= 20 and fuzz.token_set_ratio(na, nb) >= 95


def inside(a: str, b: str) -> bool:
    """One title's words run whole inside the other's: a name, tag or venue written before or
    after the same title ("PAYL – Anomalous Payload-based ...", "ACL'24) Graph Language Models")."""
    wa, wb = f" {title_words(a)} ", f" {title_words(b)} "
    return wa in wb or wb in wa
