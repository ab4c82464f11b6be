"""How titles are compared, in one place: the importer's dedup, enrichment's Crossref match and
search keys, and the list audit all normalise a title the same way.

`title_words`: markup and entities dropped, mojibake repaired, NFKC, ASCII-folded, lower-case,
only letters and digits, one space between words. `title_key`: the same without spaces, so
`X-ray` == `Xray` and `Multi-modal` == `Multimodal`.
"""

from __future__ import annotations

import html
import re
import unicodedata
from functools import lru_cache

from anyascii import anyascii

_TAG = re.compile(r"</?[A-Za-z][^<>]*>")  # JATS/HTML markup in Crossref titles, not "a < b"
_WORD = re.compile(r"[a-z0-9]+")


def fix_text(text: str) -> str:
    """Mojibake repaired (`vision‚Äìlanguage` -> `vision–language`), NFC; curly quotes kept.
    ASCII text cannot hold mojibake, so it skips ftfy, the slowest step of an import."""
    if text.isascii():
        return text
    import ftfy  # only for non-ASCII text

    return ftfy.fix_text(text, uncurl_quotes=False, normalization="NFC")


def strip_markup(text: str) -> str:
    """JATS/HTML tags dropped, entities decoded, whitespace collapsed: `<i>E. coli</i> &amp; x`
    -> `E. coli & x` (Crossref titles carry markup and raw line breaks, CROSSREF.md §6.2)."""
    text = text or ""
    if "<" in text or "&" in text:
        text = html.unescape(_TAG.sub(" ", text))
    return " ".join(text.split())


@lru_cache(maxsize=65536)  # the audit compares every pair of titles in a section
def title_words(title: str) -> str:
    """Lower-case ASCII words of a title joined by single spaces."""
    text = strip_markup(title)
    text = anyascii(unicodedata.normalize("NFKC", fix_text(text))).lower()
    return " ".join(_WORD.findall(text))


def title_key(title: str) -> str:
    """`title_words` without spaces: equal keys mean the same title up to case, accents,
    punctuation, dashes and spacing."""
    return title_words(title).replace(" ", "")
