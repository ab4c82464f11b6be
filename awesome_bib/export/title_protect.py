"""One case-protection decision per title, rendered per format.

Bibliography styles (BibTeX `sentence case`, CSL `text-case`) lower-case title words. Words
whose capitals carry meaning must be protected: acronyms (CLIP, COVID, GPT), mixed-case names
(LLaVA, MedCLIP, ChatGPT, 3D) and single capital letters (the X of X-ray); a hyphenated name
whose other parts are capitalised is protected whole (LLaVA-Med, MIMIC-CXR), and so is a
one-word title head before a colon, which names the system (Med-Flamingo: ...). Ordinary
capitalised words ("Medical", "Report") are not protected, so styles may still re-case them.
The decision is made once, on the plain title, as a list of spans; each format renders it:
BibTeX `{LLaVA}`, CSL-JSON `<span class="nocase">LLaVA</span>`, RIS plain text.
"""

from __future__ import annotations

import re
from collections.abc import Callable

# A word piece: letters and digits, any script.
_PIECE = re.compile(r"[^\W_]+")

# Pieces joined by hyphens or slashes form one compound ("LLaVA-Med", "X-ray", "COVID-19").
_COMPOUND = re.compile(r"[^\W_]+(?:[-/][^\W_]+)*")

Span = tuple[int, int]


def _needs_protection(piece: str, title: str, start: int, end: int) -> bool:
    rest = piece[1:]
    if rest != rest.lower():
        return True  # CLIP, LLaVA, MedCLIP, 3D (a capital after a digit), GPT
    if len(piece) == 1 and piece.isupper():
        # A lone capital: protect "X" in "X-ray" or "Part B", but not the article "A".
        standalone = (start == 0 or title[start - 1].isspace()) and \
            (end == len(title) or title[end].isspace() or title[end] in ":,.;")
        return not (piece == "A" and standalone)
    return False


def protected_spans(title: str) -> list[Span]:
    """Spans of `title` that styles must not re-case, in order, non-overlapping."""
    spans: list[Span] = []
    for compound in _COMPOUND.finditer(title):
        word = compound.group()
        if word.islower() or word.isdigit():
            continue  # the common cases, "vision", "2023": nothing to protect
        if "-" not in word and "/" not in word:
            if (len(word) == 1 or not word[1:].islower()) and \
                    _needs_protection(word, title, compound.start(), compound.end()):
                spans.append(compound.span())
            continue
        pieces = [(m.start() + compound.start(), m.end() + compound.start())
                  for m in _PIECE.finditer(word)]
        marked = [_needs_protection(title[a:b], title, a, b) for a, b in pieces]
        if not any(marked):
            continue
        capitalised = [m or title[a].isupper() for m, (a, _) in zip(marked, pieces, strict=True)]
        if len(pieces) > 1 and all(capitalised):
            # LLaVA-Med, MIMIC-CXR, Med-PaLM, X-Ray: a name; protect it whole, else a style
            # would print "LLaVA-med".
            spans.append((pieces[0][0], pieces[-1][1]))
        else:
            spans.extend(p for p, m in zip(pieces, marked, strict=True) if m)  # {X}-ray
    head = _name_head(title)
    if head:
        spans = sorted(head + [s for s in spans if not any(s[0] < b and a < s[1] for a, b in head)])
    return spans


def _name_head(title: str) -> list[Span]:
    """A one-word head before a colon names the system ("Med-Flamingo: a ...", "Gloria: ..."):
    its capitalised compounds are protected whole, else a style prints "Med-flamingo"."""
    head, colon, _ = title.partition(":")
    if not colon or not head.strip() or any(c.isspace() for c in head.strip()):
        return []
    return [m.span() for m in _COMPOUND.finditer(head)
            if len(m.group()) > 1 and any(c.isupper() for c in m.group())]


def render(title: str, spans: list[Span], text: Callable[[str], str],
           protect: Callable[[str], str]) -> str:
    """Rebuild `title`: plain stretches through `text`, protected spans through `protect`."""
    out = []
    pos = 0
    for start, end in spans:
        if start > pos:
            out.append(text(title[pos:start]))
        out.append(protect(title[start:end]))
        pos = end
    if pos < len(title):
        out.append(text(title[pos:]))
    return "".join(out)


def csl_title(title: str, spans: list[Span] | None = None) -> str:
    """CSL-JSON title: protected spans in `<span class="nocase">`, markup characters escaped."""
    if spans is None:
        spans = protected_spans(title)
    return render(title, spans, _html_text,
                  lambda s: f'<span class="nocase">{_html_text(s)}</span>')


#: The markup CSL processors (citeproc-js, pandoc) read in a string: a "<" that would start
#: one of these tags is escaped, every other "<" and ">" stays itself ("p < 0.05"), which is
#: what Zotero stores and exports.
_CSL_TAG = re.compile(r"<(?=/?(?:i|b|sup|sub|sc)>|span\b[^<>]*>|/span>)", re.I)


def _html_text(text: str) -> str:
    return _CSL_TAG.sub("&lt;", text) if "<" in text else text
