"""Mojibake repair, whitespace, comparison keys."""

from __future__ import annotations

import pytest

from awesome_bib.importer.clean import clean_text, clean_title


@pytest.mark.parametrize("raw, fixed", [
    pytest.param("vision‚Äìlanguage", "vision–language", id="mac-roman"),
    pytest.param("visionâ€“language", "vision–language", id="windows-1252"),
    pytest.param("“quoted” and ‘single’", "“quoted” and ‘single’", id="curly-quotes-kept"),
    pytest.param("a \t b\n c\u00a0d", "a b c d", id="whitespace"),
    pytest.param("Ünïcödé", "Ünïcödé", id="real-accents-untouched"),
])
def test_clean_text(raw, fixed):
    assert clean_text(raw) == fixed


@pytest.mark.parametrize("raw, title", [
    ("] ORGAN: Observation [", "ORGAN: Observation"),
    (" Segment Anything. ", "Segment Anything"),
    ("Title - ", "Title"),
    ("Why? ", "Why?"),
    ("A Model (FLAIR)", "A Model (FLAIR)"),
])
def test_clean_title(raw, title):
    assert clean_title(raw) == title
