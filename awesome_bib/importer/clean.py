"""Text cleaning for titles and headings: mojibake repair, whitespace, comparison keys."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import ftfy
from anyascii import anyascii

_SPACE = re.compile(r"\s+")
_NOT_ALNUM = re.compile(r"[^a-z0-9]+")
# Punctuation a title may trail when the list separates it from its links or venue.
_TRAILING = " \t.,;:|-–—[("
_LEADING = " \t,;:|-–—])"


@lru_cache(maxsize=65536)
def fix_text(text: str) -> str:
    """Repair mojibake (`vision‚Äìlanguage`, `visionâ€“language` -> `vision–language`), NFC.

    Curly quotes are kept: they are what the author wrote, not an encoding accident.
    ASCII text cannot hold mojibake and markdown-it has already decoded its entities, so it
    skips ftfy, which is the slowest step of an import.
    """
    if text.isascii():
        return text
    return ftfy.fix_text(text, uncurl_quotes=False, normalization="NFC")


def squash(text: str) -> str:
    """Collapse every run of whitespace (newlines, tabs, NBSP) to one space and strip."""
    return _SPACE.sub(" ", text).strip()


def clean_text(text: str) -> str:
    """Mojibake repaired and whitespace normalised."""
    return squash(fix_text(text))


def clean_title(text: str) -> str:
    """A title as stored: cleaned, without the separators around it (`Title. [`, `- Title`)."""
    return clean_text(text).strip(_TRAILING).lstrip(_LEADING).strip()


def norm_key(text: str) -> str:
    """Comparison key: case-, accent-, punctuation- and dash-insensitive (`X-ray` == `Xray`)."""
    folded = anyascii(unicodedata.normalize("NFKC", fix_text(text))).lower()
    return _NOT_ALNUM.sub("", folded)


def words(text: str) -> list[str]:
    """Lower-case ASCII words of a text, for matching headings against tables."""
    return [w for w in _NOT_ALNUM.split(anyascii(fix_text(text)).lower()) if w]
