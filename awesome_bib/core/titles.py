"""How titles are compared, in one place: the importer's dedup, enrichment's identity check,
Crossref match and search keys, and the list audit all normalise and score a title the same way.

`title_words`: markup and entities dropped, mojibake repaired, NFKC, ASCII-folded, lower-case,
only letters and digits, one space between words. `title_key`: the same without spaces, so
`X-ray` == `Xray` and `Multi-modal` == `Multimodal`.

`score`/`similarity`: one similarity (0-100, rapidfuzz ratio of the normalised titles, with
and without spaces), where a "Name: what it does" title also matches its unnamed tail, and two
titles with different names before the colon never reach a same-paper threshold ("Foo: A
Survey" is not "Bar: A Survey"). Each stage asks a different question of that one score; the
thresholds below say which and why. They were set on the default list: a retitled arXiv paper
(2303.09117, "Visual-Linguistic ..." -> "Cross-Modal ...") scores 75-80, a link to another
paper (MedRG on 2303.07618, 2406.06512) 45-57.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from anyascii import anyascii
from rapidfuzz import fuzz

_TAG = re.compile(r"</?[A-Za-z][^<>]*>")  # JATS/HTML markup in Crossref titles, not "a < b"
_WORD = re.compile(r"[a-z0-9]+")
#: A word of letters, two or more (`(SCI, IF=2.152, Q1)` holds no three; a DOI, an id, a
#: date holds none).
LETTER_WORD = re.compile(r"[^\W\d_]{2,}")


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


def is_name(title: str) -> bool:
    """True when a listed title is a name, not a phrase (fewer than PHRASE_WORDS words)."""
    return len(strip_markup(title).split()) < PHRASE_WORDS


def title_cased(title: str) -> bool:
    """Whether most words of a title are capitalised, as a paper's title among linked ones is
    (`⚠️ Encapsulated Composition of Text-to-Image and ... Video Synthesis`), not a note's
    sentence under the same label (`More papers from this conference will be added soon`)."""
    ws = title.split()
    return 2 * sum(1 for w in ws if w[:1].isupper()) > len(ws)


def title_key(title: str) -> str:
    """`title_words` without spaces: equal keys mean the same title up to case, accents,
    punctuation, dashes and spacing."""
    return title_words(title).replace(" ", "")


#: Same paper, when the list links the record (arXiv identity): the link is evidence already,
#: so typos, case and punctuation pass; a retitle (75-80) does not.
SAME_LINKED = 90.0
#: Same paper, when a search found the record (Crossref): nothing but the title, year and first
#: author ties it to the entry, so the title must agree more closely than for a linked one.
SAME_SEARCHED = 93.0
#: Two listings are one paper (check's duplicates): the same title up to a typo or a dropped
#: word; stricter still, since a false duplicate tells a maintainer to delete a paper.
DUPLICATE = 95.0
#: Related but not the same: a retitle, a near miss kept as a candidate for review.
RELATED = 70.0
#: Words a listed title needs, as written (`PoL-BERT-Large` is one word), to be a phrase. Fewer
#: is a name ("FSCS", "MIMIC-CXR", a table row titled by its model): it can neither confirm
#: nor refute that a record is the paper, so a name that differs from a record's title is no
#: evidence of a wrong link.
PHRASE_WORDS = 3
#: The names before two titles' colons agree at or above this ("MedCLIP" / "Med-CLIP").
NAME_AGREES = 80.0
#: A title that is the other without its subtitle (token-set ratio, titles of at least
#: SUBTITLE_MIN_CHARS): names the same paper at SUBTITLE_SAME, a related one at SUBTITLE_RELATED.
SUBTITLE_SAME = 97.0
SUBTITLE_RELATED = 95.0
SUBTITLE_MIN_CHARS = 20


def _named(title: str) -> bool:
    """True for a "Name: what it does" title (a short head before the colon)."""
    head, sep, _ = title.partition(":")
    return bool(sep) and 0 < len(head.split()) <= 4


def _tail(title: str) -> str:
    """The words after a title's colon, when there are three or more."""
    _, sep, tail = title.partition(":")
    return title_words(tail) if sep and len(tail.split()) >= 3 else ""


@lru_cache(maxsize=65536)  # the audit compares every pair of titles in a section
def score(mine: str, theirs: str) -> float:
    """Similarity 0-100 of two titles (100 when they differ only in case, punctuation, dashes,
    accents or spacing)."""
    a, b = title_words(mine or ""), title_words(theirs or "")
    if not a or not b:
        return 0.0
    ka, kb = a.replace(" ", ""), b.replace(" ", "")
    if ka == kb:
        return 100.0
    best = max(fuzz.ratio(a, b), fuzz.ratio(ka, kb))
    if _named(mine) and _named(theirs) and fuzz.ratio(
            title_words(mine.partition(":")[0]),
            title_words(theirs.partition(":")[0])) < NAME_AGREES:
        best = min(best, SAME_LINKED - 1)  # "Foo: X" is not "Bar: X"
    tail_a, tail_b = _tail(mine), _tail(theirs)
    if tail_a and not tail_b:
        best = max(best, fuzz.ratio(tail_a, b))
    if tail_b and not tail_a:
        best = max(best, fuzz.ratio(a, tail_b))
    return round(best, 1)


def similarity(ours: Iterable[str], theirs: str) -> float:
    """The best `score` of any of our titles (the entry's, its listings') against theirs."""
    return max((score(mine, theirs) for mine in ours if mine), default=0.0)


def same(a: str, b: str) -> bool:
    """True when two titles differ only in case, punctuation, dashes, accents or spacing."""
    ka = title_key(a)
    return bool(ka) and ka == title_key(b)


def subtitle_dropped(a: str, b: str, at: float) -> bool:
    """One title is the other without its subtitle (or with one added)."""
    wa, wb = title_words(a), title_words(b)
    return min(len(wa), len(wb)) >= SUBTITLE_MIN_CHARS and fuzz.token_set_ratio(wa, wb) >= at


def names_paper(ours: Iterable[str], theirs: str, at: float = SAME_LINKED) -> float:
    """The score of our closest title when it names the paper titled `theirs` (at `at`, or
    the subtitle rule), else 0."""
    ours = list(ours)
    best = similarity(ours, theirs)
    if best >= at:
        return best
    if any(subtitle_dropped(theirs, mine, SUBTITLE_SAME) for mine in ours):
        return at
    return 0.0


def near(a: str, b: str) -> bool:
    """The same title up to a typo or a dropped word: a duplicate listing."""
    return score(a, b) >= DUPLICATE


def close(a: str, b: str) -> bool:
    """Related titles (a retitle, a subtitle dropped), not necessarily the same paper."""
    return score(a, b) >= RELATED or subtitle_dropped(a, b, SUBTITLE_RELATED)


def inside(a: str, b: str) -> bool:
    """One title's words run whole inside the other's: a name, tag or venue written before or
    after the same title ("PAYL – Anomalous Payload-based ...", "ACL'24) Graph Language Models")."""
    wa, wb = f" {title_words(a)} ", f" {title_words(b)} "
    return wa in wb or wb in wa

