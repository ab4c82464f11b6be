"""What the list's venue tag ("MICCAI 2023", "ICMLW 2023", "TMI 2024") tells enrichment.

A tag is evidence, not a record: it only decides whether Crossref can be expected to know the
paper, and which publication type to use when the tag is all we have.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: Venues that register no DOIs: Crossref will not find them (issue 3).
NO_DOI = frozenset({"neurips", "nips", "iclr", "icml", "midl", "chil", "pmlr", "openreview",
                    "aistats", "colt", "uai", "corl", "ml4h", "tmlr"})
#: First words of journal tags in the lists we read.
JOURNALS = frozenset({"tmi", "media", "tmm", "jbhi", "tnnls", "tetci", "tpami", "tip", "tcsvt",
                      "npj", "nature", "artif", "www", "radiology", "jamia", "jbi", "patterns",
                      "cell", "science", "lancet", "nejm", "plos", "bioinformatics", "ieee",
                      "journal", "frontiers", "medical", "computers", "scientific", "tbme"})


@dataclass(frozen=True)
class Venue:
    """The reading of one tag."""

    word: str  # first word, lower-case ("miccai", "icmlw")
    pub_type: str  # "conference" | "workshop" | "journal" | "preprint" | ""
    registers_dois: bool


def classify(tag: str) -> Venue:
    """Read a venue tag; unknown tags count as DOI-registering conferences."""
    words = re.findall(r"[A-Za-z][A-Za-z&+.-]*", tag or "")
    if not words:
        return Venue("", "", True)
    word = words[0].lower().rstrip(".")
    if word == "arxiv":
        return Venue(word, "preprint", False)
    workshop = "workshop" in tag.lower() or (word.endswith("w") and len(word) > 3)
    base = word[:-1] if workshop and word.endswith("w") else word
    if base in JOURNALS:
        return Venue(word, "journal", True)
    return Venue(word, "workshop" if workshop else "conference", base not in NO_DOI)
