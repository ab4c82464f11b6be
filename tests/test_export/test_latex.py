"""BibTeX field escaping: every special character, non-ASCII as LaTeX, balanced braces."""

from __future__ import annotations

import pytest

from awesome_bib.export.latex import braces_balanced, escape

SPECIALS = [
    pytest.param("&", r"\&", id="amp"), pytest.param("%", r"\%", id="percent"),
    pytest.param("$", r"\$", id="dollar"), pytest.param("#", r"\#", id="hash"),
    pytest.param("_", r"\_", id="underscore"), pytest.param("{", r"\textbraceleft{}", id="lbrace"),
    pytest.param("}", r"\textbraceright{}", id="rbrace"),
    pytest.param("~", r"\textasciitilde{}", id="tilde"),
    pytest.param("^", r"\^{}", id="caret"), pytest.param("<", "$<$", id="less"),
    pytest.param(">", "$>$", id="greater"), pytest.param("|", "$|$", id="bar"),
    pytest.param("\\", r"\textbackslash{}", id="backslash"),
]


@pytest.mark.parametrize(("char", "latex"), SPECIALS)
def test_each_special(char, latex):
    assert escape(f"a{char}b") == f"a{latex}b"
    assert braces_balanced(escape(f"a{char}b"))


def test_paired_braces_use_short_escapes():
    assert escape("set {x}") == r"set \{x\}"
    assert escape("} {") == r"\textbraceright{} \textbraceleft{}"


@pytest.mark.parametrize(("text", "latex"), [
    pytest.param("Müller", r'M{\"u}ller', id="umlaut"),
    pytest.param("Łukasz", r"{\L}ukasz", id="l-stroke"),
    pytest.param("Dvořák", r"Dvo{\v r}{\'a}k", id="caron"),
    pytest.param("Erdős Żak", r"Erd{\H o}s {\.Z}ak", id="letter-and-dot-accents"),
    pytest.param("Antonín", r"Anton{\'i}n", id="i-acute"),
    pytest.param("Øster", r"{\O}ster", id="o-slash"),
    pytest.param("“q”", "``q''", id="quotes"),
    pytest.param("王小明", "王小明", id="cjk-kept"),
])
def test_non_ascii(text, latex):
    assert escape(text) == latex
    assert escape(text, unicode=True) == text


@pytest.mark.parametrize(("text", "latex", "utf8"), [
    pytest.param("α–β", r"{$\alpha$}--{$\beta$}", r"{$\alpha$}–{$\beta$}", id="greek-dash"),
    pytest.param("ΑΒΓ", r"AB{$\Gamma$}", r"AB{$\Gamma$}", id="greek-capitals"),
    pytest.param("x ≤ 5 ≈ 6", r"x {$\leq$} 5 {$\approx$} 6",
                 r"x {$\leq$} 5 {$\approx$} 6", id="math-symbols"),
    pytest.param("5 × µ ± 1", r"5 {\texttimes} {\textmu} {\textpm} 1", "5 × µ ± 1",
                 id="text-symbols"),  # textcomp names (Zotero reads them), UTF-8 with --unicode
    pytest.param("Müller ≥ α", r'M{\"u}ller {$\geq$} {$\alpha$}', r"Müller {$\geq$} {$\alpha$}",
                 id="mixed"),
])
def test_greek_and_math_are_latex_even_in_unicode(text, latex, utf8):
    """No pdflatex text font has Greek or math symbols: --unicode keeps letters as UTF-8 but
    writes these as math, so the file compiles with pdflatex (tests/test_clients prove it)."""
    assert escape(text) == latex
    assert escape(text, unicode=True) == utf8


def test_whitespace_collapsed():
    assert escape("a\nb\t c") == "a b c"
