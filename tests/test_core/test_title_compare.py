"""The one title comparison key shared by the importer, enrichment and the audit."""

from __future__ import annotations

import pytest

from awesome_bib.core.titles import title_key, title_words


@pytest.mark.parametrize("a, b", [
    ("KiUT: Knowledge-Injected U-Transformer", "KiUT: Knowledge-injected U-Transformer"),
    ("DeltaNet:Conditional", "DeltaNet: Conditional"),
    ("X-ray", "Xray"),
    ("vision‚Äìlanguage", "vision-language"),  # mojibake of an en dash
    ("visionâ€“language", "vision–language"),
    ("Müller", "Muller"),
    ("Identification of <i>Streptococcus</i> &amp; friends",
     "Identification of Streptococcus & friends"),
], ids=["case", "missing-space", "hyphen", "mojibake-mac", "mojibake-cp1252", "accent", "jats"])
def test_same_title_same_key(a, b):
    """Case, punctuation, dashes, accents, mojibake and markup do not change the key."""
    assert title_key(a) == title_key(b)


def test_different_titles_differ():
    """Different words give different keys."""
    assert title_key("Merlin: A Vision Language") != title_key("Advancing High Resolution")


def test_words_keep_a_comparison_with_less_than():
    """`<` in a title is text, not markup."""
    assert title_words("Accuracy < 5% and > 90%") == "accuracy 5 and 90"


def test_words_are_lower_ascii_words():
    """The form used for Crossref searches and fuzzy ratios."""
    assert title_words("CLIP in Medical Imaging: A Survey!") == "clip in medical imaging a survey"
