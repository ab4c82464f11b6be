"""Text -> BibTeX field content: LaTeX specials escaped, non-ASCII written as LaTeX.

bibtex and biber count braces without regard to backslashes, so a lone `\\}` would end the
field early. Literal braces are therefore written `\\{`/`\\}` only when they pair up in the
field; otherwise as `\\textbraceleft{}`/`\\textbraceright{}`, whose braces balance on their
own. Every other special becomes an escape or a command. The result is inert text.

With --unicode, letters stay UTF-8 (pdflatex's utf8 input with T1 fonts typesets Latin
scripts), but Greek letters and math symbols are still written as LaTeX math: no pdflatex
text font has them, and `{$\\alpha$}` works under pdflatex, XeLaTeX and LuaLaTeX alike.
CJK has no LaTeX name in either mode and stays UTF-8 (the document needs CJKutf8).
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

ASCII_SPECIALS = {
    "&": r"\&", "%": r"\%", "$": r"\$", "#": r"\#", "_": r"\_",
    "{": r"\textbraceleft{}", "}": r"\textbraceright{}",
    "~": r"\textasciitilde{}", "^": r"\textasciicircum{}", "\\": r"\textbackslash{}",
    "<": r"\textless{}", ">": r"\textgreater{}", "|": r"\textbar{}",
}
_ASCII_RE = re.compile("[" + re.escape("".join(ASCII_SPECIALS)) + "]")

#: Combining accents -> LaTeX accent command (symbol accents need no braces around the letter).
ACCENTS = {
    "\u0300": "`", "\u0301": "'", "\u0302": "^", "\u0303": "~", "\u0304": "=",
    "\u0306": "u", "\u0307": ".", "\u0308": '"', "\u030a": "r", "\u030b": "H",
    "\u030c": "v", "\u0323": "d", "\u0327": "c", "\u0328": "k", "\u0331": "b",
}

#: Characters with no decomposition, or with a better-known LaTeX form.
LETTERS = {
    "ł": r"{\l}", "Ł": r"{\L}", "ø": r"{\o}", "Ø": r"{\O}", "ß": r"{\ss}",
    "æ": r"{\ae}", "Æ": r"{\AE}", "œ": r"{\oe}", "Œ": r"{\OE}", "å": r"{\aa}", "Å": r"{\AA}",
    "ı": r"{\i}", "ȷ": r"{\j}", "đ": r"{\dj}", "Đ": r"{\DJ}", "þ": r"{\th}", "Þ": r"{\TH}",
    "ð": r"{\dh}", "Ð": r"{\DH}",
    "–": "--", "—": "---", "‘": "`", "’": "'", "“": "``", "”": "''", "„": ",,",
    "«": r"{\guillemotleft}", "»": r"{\guillemotright}", "…": r"{\ldots}",
    "\u00a0": "~", "\u2009": r"\,", "\u202f": r"\,", "\u200b": "", "\u00ad": r"\-",
    "°": r"{\textdegree}", "±": r"{$\pm$}", "×": r"{$\times$}", "÷": r"{$\div$}",
    "µ": r"{$\mu$}", "·": r"{\textperiodcentered}", "§": r"{\S}", "¶": r"{\P}",
    "©": r"{\textcopyright}", "®": r"{\textregistered}", "™": r"{\texttrademark}",
    "€": r"{\texteuro}", "£": r"{\pounds}", "•": r"{\textbullet}", "†": r"{\dag}",
    "≤": r"{$\leq$}", "≥": r"{$\geq$}", "≈": r"{$\approx$}", "→": r"{$\rightarrow$}",
    "←": r"{$\leftarrow$}", "∞": r"{$\infty$}", "√": r"{$\surd$}", "−": r"{$-$}",
    "ϵ": r"{$\epsilon$}", "ϑ": r"{$\vartheta$}", "ϕ": r"{$\phi$}",
}

# Greek capitals that LaTeX writes as Latin letters (Alpha = A) are not in this set.
_GREEK_UPPER = {"Gamma", "Delta", "Theta", "Lambda", "Xi", "Pi", "Sigma", "Upsilon", "Phi",
                "Psi", "Omega"}
_GREEK_AS_LATIN = {"Alpha": "A", "Beta": "B", "Epsilon": "E", "Zeta": "Z", "Eta": "H", "Iota": "I",
                   "Kappa": "K", "Mu": "M", "Nu": "N", "Omicron": "O", "Rho": "P", "Tau": "T",
                   "Chi": "X"}


@cache
def char_to_latex(char: str) -> str:
    """One non-ASCII character as LaTeX; the character itself when LaTeX has no name for it."""
    if char in LETTERS:
        return LETTERS[char]
    name = unicodedata.name(char, "")
    if name.startswith("GREEK SMALL LETTER ") and " WITH " not in name:
        word = name[19:].lower().replace("lamda", "lambda").replace("final sigma", "varsigma")
        return "{$\\" + word + "$}" if word != "omicron" else "o"
    if name.startswith("GREEK CAPITAL LETTER ") and " WITH " not in name:
        word = name[21:].capitalize().replace("Lamda", "Lambda")
        # Alpha, Beta, ... have no LaTeX command: LaTeX writes them as the Latin letter.
        return "{$\\" + word + "$}" if word in _GREEK_UPPER else _GREEK_AS_LATIN.get(word, char)
    decomposed = unicodedata.normalize("NFD", char)
    base, marks = decomposed[0], decomposed[1:]
    if base.isascii() and marks and all(m in ACCENTS for m in marks):
        # {\'i}, not {\'{\i}}: biber decodes the latter to a dotless i plus a combining
        # accent, which pdflatex cannot typeset; LaTeX maps \'i to í itself.
        out = base
        for mark in marks:
            cmd = ACCENTS[mark]
            out = f"\\{cmd}{{{out}}}" if cmd.isalpha() else f"\\{cmd}{out}" if len(out) == 1 \
                else f"\\{cmd}{{{out}}}"
        return "{" + out + "}"
    return _fallback(char)


def _fallback(char: str) -> str:
    # pylatexenc (a declared dependency) knows thousands of symbols; CJK and
    # other scripts have no LaTeX name and stay UTF-8 (a document then needs a Unicode engine
    # or CJK package, which is the author's choice to make).
    from pylatexenc.latexencode import unicode_to_latex
    latex = str(unicode_to_latex(char, non_ascii_only=True, unknown_char_policy="keep",
                                 unknown_char_warning=False)).strip()  # pylatexenc: untyped
    if latex == char or not latex:
        return char
    return "{" + latex + "}" if latex.startswith("\\") else latex


def braces_balanced(text: str) -> bool:
    """True when every `}` in `text` closes an earlier `{` and none stays open."""
    if "{" not in text and "}" not in text:
        return True
    depth = 0
    for char in text:
        if char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
            if depth < 0:
                return False
    return depth == 0


_PAIRED = {"{": r"\{", "}": r"\}"}


def escape(text: str, unicode: bool = False, paired: bool | None = None) -> str:
    """Escape `text` for a BibTeX field; non-ASCII as LaTeX unless `unicode`.

    `paired` says whether literal braces pair up (decided on the whole field when the field
    is escaped in pieces); None checks `text` itself.
    """
    if "\n" in text or "\r" in text or "\t" in text:
        text = " ".join(text.split())
    if _ASCII_RE.search(text):
        if paired is None:
            paired = braces_balanced(text)
        # pandoc reads \{ \} but not \textbraceleft: prefer them whenever they are safe.
        table = {**ASCII_SPECIALS, **_PAIRED} if paired else ASCII_SPECIALS
        text = _ASCII_RE.sub(lambda m: table[m.group()], text)
    if text.isascii():
        return text
    if unicode:
        return "".join(char_to_latex(c) if _math_only(c) else c for c in text)
    return "".join(c if c.isascii() else char_to_latex(c) for c in text)


@cache
def _math_only(char: str) -> bool:
    """True for Greek letters and math symbols: no pdflatex text font has them, so even
    --unicode writes them as LaTeX (math), and the file still compiles with pdflatex."""
    if char.isascii():
        return False
    if unicodedata.name(char, "").startswith("GREEK "):
        return True
    latex = char_to_latex(char)
    return "$" in latex or "\\ensuremath" in latex
