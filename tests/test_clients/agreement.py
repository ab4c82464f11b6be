"""Compare what pandoc read from our .bib/.ris/.json with our own CSL-JSON, field by field.

Records are matched by id (pandoc keeps the BibTeX key, the RIS `ID` and the CSL `id`), so a
record that is lost, duplicated or renamed fails the comparison, not just a count.

Two differences are legitimate and are the only ones forgiven, each for a stated reason:

* Re-cased title words, when reading BibTeX only. pandoc takes an English BibTeX title to be
  in title case and stores it in sentence case ("Listed in two sections"), because CSL styles
  apply their title-case transform on output and sentence case is CSL's storage form. Words we
  protect (`{LLaVA}`, `{X}-ray`) must come through with their exact case, and an unprotected
  letter may only go from upper to lower case, except that the first letter of the title and
  of a subtitle (after ": ") may be capitalised, as sentence case does: anything else fails.
* TeX math for Greek letters and for `< > |`. We write Greek as `{$\\alpha$}` (pdflatex has
  no Greek text glyphs) and `< > |` as `$<$ $>$ $|$` (the spelling bibtex, biber and Zotero's
  BibTeX import all read: README "In Zotero"); pandoc carries LaTeX math through CSL as TeX
  (`$\\alpha$`, `$<$`), which citeproc renders as the character. They compare equal.
* A RIS institutional name without its commas (`commas_dropped`): RIS has no mark for an
  institution and readers split a name at its comma, so the RIS writer drops them
  ("Google Research Health AI Team"); for RIS only, commas in our literal names are ignored.
* Letters pandoc's LaTeX reader does not know (`unknown_letters`): Đ and đ have no other
  LaTeX name than `{\\DJ}`/`{\\dj}` (bibtex and biber read them), which pandoc drops; when
  reading LaTeX-escaped BibTeX only, those letters are removed from our names before comparing.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

_NOCASE = re.compile(r'<span class="nocase">(.*?)</span>', re.S)


def _greek_commands() -> dict[str, str]:
    table = {}
    for code in range(0x391, 0x3CA):
        name = unicodedata.name(chr(code), "")
        for prefix in ("GREEK SMALL LETTER ", "GREEK CAPITAL LETTER "):
            if name.startswith(prefix):
                word = name[len(prefix):].lower().replace("lamda", "lambda")
                if prefix.startswith("GREEK CAPITAL"):
                    word = word.capitalize()
                table[word] = chr(code)
    table.update({"varsigma": "ς", "varepsilon": "ε", "vartheta": "ϑ", "varphi": "φ",
                  "epsilon": "ϵ", "phi": "ϕ"})
    return table


_GREEK = _greek_commands()
_MATH_GREEK = re.compile(r"\$\\([A-Za-z]+)\$")
#: Letters whose only LaTeX name pandoc's BibTeX reader drops.
PANDOC_UNKNOWN_LETTERS = "Đđ"
_MATH_CHAR = re.compile(r"\$([<>|])\$")


def _math_to_unicode(value: str) -> str:
    value = _MATH_CHAR.sub(lambda m: m.group(1), value)
    return _MATH_GREEK.sub(lambda m: _GREEK.get(m.group(1), m.group()), value)


def _text(value: str) -> str:
    """Plain, comparable text: markup dropped, quotes and dashes unified, whitespace folded."""
    value = re.sub(r"<[^>]+>", "", value)
    value = unicodedata.normalize("NFC", _math_to_unicode(value))
    for a, b in (("\u2019", "'"), ("\u2018", "'"), ("\u201c", '"'), ("\u201d", '"'),
                 ("\u2013", "-"), ("\u2014", "-"), ("\u00a0", " "), ("ϵ", "ε"), ("ϕ", "φ")):
        value = value.replace(a, b)
    return " ".join(value.split())


def _name(author: dict[str, Any]) -> str:
    if "literal" in author:
        return _text(author["literal"])
    family = " ".join(p for p in (author.get("non-dropping-particle", ""), author.get("family", ""))
                      if p)
    given = " ".join(p for p in (author.get("given", ""), author.get("dropping-particle", "")) if p)
    return _text(f"{given} {family}")


def _year(item: dict[str, Any]) -> str:
    parts = (item.get("issued") or {}).get("date-parts") or [[]]
    return str(parts[0][0]) if parts and parts[0] else ""


def summary(item: dict[str, Any]) -> dict[str, Any]:
    """The fields the three formats must agree on: title, ordered authors, year, DOI."""
    return {
        "title": _text(item.get("title", "")),
        "authors": [_name(a) for a in item.get("author", [])],
        "year": _year(item),
        "doi": (item.get("DOI") or "").lower(),
    }


def summaries(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Summaries sorted by title then year, so that formats with no stable id still line up."""
    return sorted((summary(i) for i in items), key=lambda s: (s["title"], s["year"], s["doi"]))


def _sentence_cased(csl_title: str) -> str:
    """Our CSL title with every unprotected stretch lower-cased, protected spans kept."""
    out, pos = [], 0
    for match in _NOCASE.finditer(csl_title):
        out.append(csl_title[pos:match.start()].lower())
        out.append(match.group(1))
        pos = match.end()
    out.append(csl_title[pos:].lower())
    return "".join(out)


def title_agrees(ours: str, theirs: str, recased: bool) -> bool:
    """Same title; with `recased`, unprotected letters may have gone from upper to lower case."""
    exact, got = _text(ours), _text(theirs)
    if exact == got or not recased:
        return exact == got
    lowered = _text(_sentence_cased(ours))
    if len(lowered) != len(exact) or len(got) != len(exact):
        return False
    # Sentence case capitalises the first word of the title and of a subtitle ("X: A ...").
    starts = {0} | {m.end() for m in re.finditer(r":\s+", exact)}
    return all(g in (e, low) or (i in starts and g == e.upper())
               for i, (g, e, low) in enumerate(zip(got, exact, lowered, strict=True)))


def disagreements(ours: list[dict[str, Any]], theirs: list[dict[str, Any]], recased: bool,
                  unpaired_braces_dropped: bool = False, commas_dropped: bool = False,
                  unknown_letters: bool = False) -> list[str]:
    """Every difference between two readings, matched by id; [] when they agree.

    `unpaired_braces_dropped`: a title whose literal braces do not pair up is written with
    `\\textbraceleft{}`/`\\textbraceright{}` (the only brace form bibtex counts as balanced),
    which pandoc's BibTeX reader does not know and drops. For such titles only, braces are
    removed from both sides before comparing.
    """
    problems = []
    by_id = {item["id"]: item for item in theirs}
    if len(by_id) != len(theirs):
        problems.append("duplicate ids in the reading")
    if sorted(by_id) != sorted(item["id"] for item in ours):
        problems.append(f"ids differ: {sorted(by_id)} != {sorted(i['id'] for i in ours)}")
    for item in ours:
        other = by_id.get(item["id"])
        if other is None:
            continue
        if commas_dropped:
            item = {**item, "author": [{**n, "literal": n["literal"].replace(",", " ")}
                                       if "literal" in n else n for n in item.get("author", [])]}
        if unknown_letters:
            drop = {ord(c): None for c in PANDOC_UNKNOWN_LETTERS}
            item = {**item, "author": [{k: v.translate(drop) if isinstance(v, str) else v
                                        for k, v in n.items()} for n in item.get("author", [])]}
        a, b = summary(item), summary(other)
        title_a, title_b = item.get("title", ""), other.get("title", "")
        if unpaired_braces_dropped and not _paired(a["title"]):
            title_a, title_b = _no_braces(title_a), _no_braces(title_b)
        if not title_agrees(title_a, title_b, recased):
            problems.append(f"{item['id']}: title {a['title']!r} read as {b['title']!r}")
        for name in ("authors", "year", "doi"):
            if a[name] != b[name]:
                problems.append(f"{item['id']}: {name} {a[name]!r} read as {b[name]!r}")
    return problems


def _paired(text: str) -> bool:
    depth = 0
    for char in text:
        depth += {"{": 1, "}": -1}.get(char, 0)
        if depth < 0:
            return False
    return depth == 0


def _no_braces(text: str) -> str:
    return text.replace("{", "").replace("}", "")
