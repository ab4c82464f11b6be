"""Text cleaning for titles and headings: mojibake repair, whitespace, comparison keys."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from anyascii import anyascii

from ..core.titles import fix_text

_SPACE = re.compile(r"\s+")
#: What is not an ASCII letter or digit: the gaps between words once folded (`words`, slugs).
NOT_ALNUM = re.compile(r"[^a-z0-9]+")
# Punctuation a title may trail when the list separates it from its links or venue (an
# arrow too: `Title -> https://…`).
_TRAILING = " \t.,;:|-–—[(>→"
_LEADING = " \t,;:|-–—])>→"
#: A title in brackets, alone or before a link Markdown did not render (its target holds
#: spaces: `[Title] [[scholar]](Title words)`), whose markup is no title word.
_BRACKETED = re.compile(r"\[([^\[\]]+)\][\s.,;:]*(?:\[\[?[^\[\]]*\]?\]\([^()]*\)[\s.,;:]*)?")
#: Brackets with nothing inside, `()`, `[ ]`, `{}`, `（）`, `【】` (a link taken out of them
#: left them empty: `{[code](url)}`, `### 2026 [[Back to Top](#top)]`).
EMPTY_BRACKETS = re.compile(r"\(\s*\)|\[\s*\]|\{\s*\}|（\s*）|【\s*】")
#: Quotes that open a quoted title, and every quote mark (a lone opening one is a remnant).
_OPENING_QUOTES = "\"“"
_QUOTES = "\"“”"
_WRAPPED = re.compile(r"[\"“«《「][^\"“”«»《》「」]+[\"”»》」]")


def is_mark(ch: str) -> bool:
    """An emoji or symbol (🔥 ⭐ ★ ✔), not a letter, digit, bracket or quote."""
    return unicodedata.category(ch) in ("So", "Sk", "Sm", "Co") or ch in "\ufe0f\u200d"


def squash(text: str) -> str:
    """Collapse every run of whitespace (newlines, tabs, NBSP) to one space and strip."""
    return _SPACE.sub(" ", text).strip()


@lru_cache(maxsize=65536)
def clean_text(text: str) -> str:
    """Mojibake repaired and whitespace normalised."""
    return squash(fix_text(text))


def clean_title(text: str) -> str:
    """A title as stored: cleaned, without the separators around it (`Title. [`, `- Title`)."""
    title = clean_text(text)
    bracketed = _BRACKETED.fullmatch(title)
    if bracketed:  # `[Title] [[scholar]](url)`: an unlinked title in brackets
        title = bracketed.group(1)
    opened = title.lstrip(" \t")[:1]
    title = title.strip(_TRAILING).lstrip(_LEADING).strip()
    if opened == "(" or opened == "[":
        close, reopen = title.find(")" if opened == "(" else "]"), title.find(opened)
        if close >= 0 and (reopen < 0 or close < reopen):
            # `(Un)fair Exposure`: the parenthesis opens a word of the title; `[Code] Title`:
            # the bracket opens a label (title_ends peels it), never half of one kept
            title = opened + title
    if _WRAPPED.fullmatch(title):  # `"U-Net: ... Segmentation"`: the quotes mark the title
        title = title[1:-1].strip(_TRAILING).strip()
    elif title[:1] in _OPENING_QUOTES and not any(q in title[1:] for q in _QUOTES):
        # `"On Not Looking: … Museums` (its closing `,"` cut with the text after it): the
        # quote that opened the quoted title, no title word
        title = title[1:].strip()
    half = (len(title) - 2) // 2
    if title[half:half + 2] == ": " and title[:half] == title[half + 2:]:
        title = title[:half]  # (`Title: Title`: one title pasted twice, no title and subtitle)
    return title


def words(text: str) -> list[str]:
    """Lower-case ASCII words of a text, for matching headings against tables."""
    return [w for w in NOT_ALNUM.split(anyascii(fix_text(text)).lower()) if w]
