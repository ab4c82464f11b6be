"""Run the real clients our users run: pdflatex + bibtex, pdflatex + biber, pandoc, citeproc.

Each runner returns what the tool said, so that tests can name every warning. A missing tool
skips the test on a developer's machine and fails it in CI (AWESOME_BIB_REQUIRE_CLIENTS=1).
"""

from __future__ import annotations

import html
import json
import os
import re
import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path
from typing import NoReturn

import pytest

TIMEOUT = 300  # seconds for one tool run; LaTeX on a few hundred entries takes a few
#: The official CSL-JSON input schema (tests/schemas, copied with its provenance).
CSL_SCHEMA = json.loads((Path(__file__).resolve().parents[1] / "schemas" / "csl-data.json")
                        .read_text(encoding="utf-8"))


def require(tool: str) -> str:
    """Path of `tool`; skip (or fail in CI) when it is not installed."""
    path = shutil.which(tool)
    if tool == "pandoc":
        path = pandoc_path()
    if path:
        return path
    unavailable(f"{tool} is not installed (.ci/run installs it)")


def unavailable(message: str) -> NoReturn:
    """Skip the test on a developer's machine, fail it in CI (AWESOME_BIB_REQUIRE_CLIENTS=1)."""
    if os.environ.get("AWESOME_BIB_REQUIRE_CLIENTS"):
        pytest.fail(message)
    pytest.skip(message)


def pandoc_path() -> str | None:
    """pandoc 3.x from pypandoc-binary (Debian's 2.17 cannot read RIS), else any pandoc >= 3."""
    try:
        import pypandoc  # noqa: PLC0415 - optional test dependency

        path = pypandoc.get_pandoc_path()
        if path:
            return str(path)
    except (ImportError, OSError):
        pass
    path = shutil.which("pandoc")
    if path:
        out = subprocess.run([path, "--version"], capture_output=True, text=True).stdout
        if re.match(r"pandoc\S* [3-9]", out):
            return path
    return None


def _run(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=cwd, capture_output=True, text=True, timeout=TIMEOUT,
                          errors="replace", stdin=subprocess.DEVNULL)


@dataclass
class LatexRun:
    """What one LaTeX + bibliography-tool build printed, with the warnings picked out."""

    ok: bool
    latex_log: str
    blg: str
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    cited: int = 0  # bibliography items in the output (\bibitem or biblatex entries)


BIBTEX_DOC = r"""\documentclass{article}
\usepackage[T1]{fontenc}
\usepackage[utf8]{inputenc}
\usepackage{lmodern}
\usepackage{url}
\usepackage[numbers]{natbib}
\begin{document}
\nocite{*}
\bibliographystyle{plainnat}
\bibliography{refs}
\end{document}
"""

BIBER_DOC = r"""\documentclass{article}
\usepackage[T1]{fontenc}
\usepackage[utf8]{inputenc}
\usepackage{lmodern}
\usepackage[backend=biber,style=authoryear]{biblatex}
\addbibresource{refs.bib}
\begin{document}
\nocite{*}
\printbibliography
\end{document}
"""

def with_cjk(doc: str) -> str:
    """`doc` with CJKutf8 loaded and the body in a CJK environment (pdflatex has no CJK glyphs
    otherwise): what a survey author citing CJK names writes."""
    return (doc.replace(r"\usepackage{lmodern}", r"\usepackage{CJKutf8}")
            .replace("\\begin{document}\n", "\\begin{document}\n\\begin{CJK}{UTF8}{gbsn}\n")
            .replace("\\end{document}", "\\end{CJK}\n\\end{document}"))


# Lines that are LaTeX warnings about the bibliography or the text it produced. Overfull boxes
# (a long URL without break points) are layout, not bibliography problems, and are not counted.
_LATEX_WARNING = re.compile(
    r"^(?:LaTeX Warning: (?:Citation|Reference|There were undefined).*"
    r"|Package (?:natbib|biblatex) Warning:.*"
    r"|LaTeX Font Warning: .*(?:undefined|not available).*"
    r"|Missing character: .*)$",
    re.M,
)
_LATEX_ERROR = re.compile(r"^! .*$", re.M)


def latex_bibtex(bib: Path, workdir: Path) -> LatexRun:
    """pdflatex + bibtex (plainnat) on a document that \\nocite{*}s every entry of `bib`."""
    return latex_build(bib, workdir, BIBTEX_DOC, "bibtex")


def latex_biber(bib: Path, workdir: Path) -> LatexRun:
    """pdflatex + biblatex/biber on a document that \\nocite{*}s every entry of `bib`."""
    return latex_build(bib, workdir, BIBER_DOC, "biber")


#: biber's strict mode: every field checked against biblatex's data model (type, allowed
#: fields, mandatory fields); each violation is a `WARN - Datamodel: ...` line in the .blg.
VALIDATE = ("--validate-datamodel",)


def latex_biber_strict(bib: Path, workdir: Path, doc: str = BIBER_DOC) -> LatexRun:
    """pdflatex + biblatex/biber run with `--validate-datamodel` (what careful biblatex users
    and journal build scripts run) on a document that \\nocite{*}s every entry of `bib`."""
    return latex_build(bib, workdir, doc, "biber", VALIDATE)


def require_tex_file(name: str) -> None:
    """Skip (or fail in CI) unless the TeX installation has `name` (e.g. CJKutf8.sty)."""
    kpsewhich = require("kpsewhich")
    found = subprocess.run([kpsewhich, name], capture_output=True, text=True).stdout.strip()
    if not found:
        require(name)


def latex_build(bib: Path, workdir: Path, doc: str, tool: str,
                tool_args: tuple[str, ...] = ()) -> LatexRun:
    """pdflatex, then `tool` (bibtex or biber, with `tool_args`), then pdflatex twice, on `doc`
    citing `bib`."""
    pdflatex = require("pdflatex")
    bibcmd = [require(tool), *tool_args, "doc"]
    blg_name = "doc.blg"
    workdir.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(bib, workdir / "refs.bib")
    (workdir / "doc.tex").write_text(doc, encoding="utf-8")
    latex = [pdflatex, "-interaction=nonstopmode", "-halt-on-error", "doc.tex"]
    first = _run(latex, workdir)
    bibrun = _run(bibcmd, workdir)
    _run(latex, workdir)
    last = _run(latex, workdir)
    log_path = workdir / "doc.log"
    log = log_path.read_text(encoding="latin-1") if log_path.exists() else ""
    blg_path = workdir / blg_name
    blg = blg_path.read_text(encoding="utf-8", errors="replace") if blg_path.exists() else ""
    errors = _LATEX_ERROR.findall(log)
    warnings = [w.strip() for w in _LATEX_WARNING.findall(log)]
    if "bibtex" in bibcmd[0]:
        errors += re.findall(r"^.*---(?:line \d+ of file|this can't happen).*$", blg, re.M)
        errors += re.findall(r"^I (?:was expecting|couldn't open).*$", blg, re.M)
        warnings += re.findall(r"^Warning--.*$", blg, re.M)
    else:
        errors += re.findall(r"^.*ERROR - .*$", blg, re.M)
        warnings += re.findall(r"^.*WARN - .*$", blg, re.M)
    bbl = workdir / "doc.bbl"
    bbl_text = bbl.read_text(encoding="utf-8", errors="replace") if bbl.exists() else ""
    cited = len(re.findall(r"\\bibitem\b", bbl_text)) + len(re.findall(r"\\entry\{", bbl_text))
    ok = first.returncode == 0 and last.returncode == 0 and bibrun.returncode == 0 and not errors
    if bibrun.returncode != 0 and not errors:
        errors.append(f"{bibcmd[0]} exited {bibrun.returncode}: {bibrun.stdout[-500:]}")
    return LatexRun(ok=ok, latex_log=log, blg=blg, errors=errors, warnings=warnings, cited=cited)


#: Our format name -> pandoc's reader for it.
PANDOC_READER = {"bibtex": "bibtex", "biblatex": "biblatex", "csljson": "csljson", "ris": "ris"}


def pandoc_csl(path: Path, fmt: str) -> list[dict]:
    """`pandoc -f FMT -t csljson PATH` parsed: what pandoc understood of our file."""
    pandoc = require("pandoc")
    proc = _run([pandoc, "-f", fmt, "-t", "csljson", str(path)], path.parent)
    assert proc.returncode == 0, f"pandoc -f {fmt} {path.name} failed: {proc.stderr}"
    assert not proc.stderr.strip(), f"pandoc -f {fmt} {path.name} warned: {proc.stderr}"
    return json.loads(proc.stdout)


def citeproc_render(bibliography: Path) -> dict[str, str]:
    """Render every entry with pandoc --citeproc (default Chicago author-date): key -> text."""
    pandoc = require("pandoc")
    doc = "---\nnocite: '@*'\n---\n"
    proc = subprocess.run(
        [pandoc, "--citeproc", f"--bibliography={bibliography}", "-f", "markdown", "-t", "html"],
        input=doc, capture_output=True, text=True, timeout=TIMEOUT,
    )
    assert proc.returncode == 0, f"pandoc --citeproc failed: {proc.stderr}"
    refs = {}
    for key, body in re.findall(r'<div\s+id="ref-([^"]+)"\s+class="csl-entry"[^>]*>(.*?)</div>',
                                proc.stdout, re.S):
        refs[html.unescape(key)] = html.unescape(re.sub(r"<[^>]+>", "", body)).strip()
    # Every rendered entry must have been picked up: a parse miss is not a missing entry.
    assert len(refs) == proc.stdout.count('class="csl-entry"'), "unparsed citeproc output"
    return refs


def unavoidable_plainnat_warnings(items: list[dict]) -> set[str]:
    """The bibtex warnings no export can avoid, by entry, each with its reason.

    plainnat's `format.date` warns "empty year" for every entry type, and the list gives its
    datasets (the "Data Source" tables) no year; making one up would be a wrong citation.
    """
    return {f"Warning--empty year in {item['id']}" for item in items
            if item.get("type") == "dataset" and not item.get("issued")}


def _jabref_split(text: str, sep: str) -> list[str]:
    """Zotero's BibTeX.js `jabrefSplit`: split on `sep`, a backslash takes the next char."""
    result: list[str] = []
    chars = list(text)
    while chars:
        if not result:
            result = [""]
        if chars[0] == sep:
            chars.pop(0)
            result.append("")
        else:
            if chars[0] == "\\":
                chars.pop(0)
            result[-1] += chars.pop(0)
    return result


def honest_warnings(items: list[dict], tool: str) -> set[str]:
    """The warnings that say something true about entries whose data the list does not give:
    a paper with no authors known yet keeps its type (a conference paper stays
    @inproceedings), so plainnat says "empty author" and `biber --validate-datamodel` "missing
    mandatory field 'author'"; a year-less dataset (biblatex @misc) lacks its date. `tool` is
    "plainnat" (with unavoidable_plainnat_warnings) or "biber-validate" (biber_reported)."""
    authorless = [item["id"] for item in items if "author" not in item
                  and item.get("type") in ("paper-conference", "article-journal", "chapter")]
    if tool == "plainnat":
        return {f"Warning--empty author in {key}" for key in authorless} | \
            unavoidable_plainnat_warnings(items)
    undated = [item["id"] for item in items
               if item.get("type") == "dataset" and not item.get("issued")]
    return {f"Datamodel: Entry '{key}' (refs.bib): Missing mandatory field 'author'"
            for key in authorless} | \
        {f"Datamodel: Entry '{key}' (refs.bib): Missing mandatory field - one of 'date, year' "
         "must be defined" for key in undated}


#: The one LaTeX warning biblatex prints when biber warned (the warnings are then in the .blg).
BIBER_REPORTED = "Package biblatex Warning: Biber reported the following issues"


def biber_reported(run: LatexRun) -> set[str]:
    """biber's WARN messages (without its line prefix); any other warning is returned whole."""
    return {w.split("WARN - ", 1)[1] if "WARN - " in w else w
            for w in run.warnings if w != BIBER_REPORTED}


def zotero_collections(bib: str) -> dict[str, list[str]]:
    """The collections Zotero's BibTeX import builds from a JabRef v3 group tree, following its
    `processComment` (each comment ends at the first `}`; groupsversion:3 must come first);
    a sub-collection is named by its path, "Section/Sub-heading"."""
    comments = re.findall(r"@comment\{([^}]*)\}", bib)
    assert comments[0] == "jabref-meta: groupsversion:3;"
    tree = next(c for c in comments if c.startswith("jabref-meta: groupstree:"))
    tree = re.sub(r"[\r\n]", "", tree.removeprefix("jabref-meta: groupstree:"))
    collections: dict[str, list[str]] = {}
    path: list[str] = []
    for record in _jabref_split(tree, ";"):
        fields = _jabref_split(record, ";")
        if len(fields) < 2:
            continue
        level, kind, name = re.match(r"^([0-9]) ([^:]*):(.*)", fields[0]).groups()
        if level == "0":
            continue
        assert kind == "ExplicitGroup" and int(level) <= len(path) + 1 and fields[1] == "0"
        path = [*path[:int(level) - 1], name]
        collections["/".join(path)] = [key for key in fields[2:] if key]
    return collections

