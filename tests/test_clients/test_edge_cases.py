"""Generated edge-case entries, exported and read back by bibtex, biber, pandoc and citeproc."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from awesome_bib.export import FORMATS, export_library

from .agreement import disagreements
from .clients import (
    BIBER_DOC,
    BIBTEX_DOC,
    CSL_SCHEMA,
    PANDOC_READER,
    biber_reported,
    citeproc_render,
    honest_warnings,
    latex_biber,
    latex_biber_strict,
    latex_bibtex,
    latex_build,
    pandoc_csl,
    require_tex_file,
    with_cjk,
    zotero_collections,
)
from .edge_entries import edge_library

# pdflatex has no glyphs for CJK text without the CJK package: the CJK entry (edge02) is
# built in its own document with CJKutf8 (test_cjk_names_compile_with_cjkutf8) and left out
# of the plain documents, whose preamble a survey author would not change.
CJK_KEY = "edge02"
#: Vietnamese letters (edge13) have no T1 glyphs: as UTF-8 they need T5 fonts (or a Unicode
#: engine), so documents that reach pdflatex as UTF-8 leave that entry out: the --unicode files,
#: and every biber build (biber decodes `{\~{\^e}}` to UTF-8 in the .bbl). bibtex passes the
#: ASCII accents through, which pdflatex typesets with T1.
T5_KEY = "edge13"


@pytest.fixture(scope="module")
def exported(tmp_path_factory) -> dict[str, Path]:
    """The edge library exported twice: LaTeX-escaped (default) and --unicode."""
    dirs = {}
    for variant in ("ascii", "unicode"):
        out = tmp_path_factory.mktemp(variant)
        export_library(edge_library(), out, "all",
                       unicode=(variant == "unicode"))
        dirs[variant] = out
    return dirs


def _without_cjk(bib: Path, dest: Path, drop: tuple[str, ...] = (CJK_KEY,)) -> Path:
    import bibtexparser

    lib = bibtexparser.parse_string(bib.read_text(encoding="utf-8"))
    kept = [block for block in lib.blocks if getattr(block, "key", None) not in drop]
    text = "\n\n".join(block.raw for block in kept if getattr(block, "raw", None))
    dest.write_text(text + "\n", encoding="utf-8")
    return dest


@pytest.mark.parametrize("variant", ["ascii", "unicode"])
@pytest.mark.parametrize("builder", [latex_bibtex, latex_biber], ids=["bibtex", "biber"])
@pytest.mark.parametrize("stem", ["all", "edge-one", "edge-two"])
def test_edge_bib_compiles_cleanly(exported, variant, builder, stem, tmp_path):
    """Diacritics, particles, corporate names, specials, math, 60 authors, no author, hostile
    title, a paper in two sections: zero errors, no bibliography warning but plainnat's true
    "empty author" for the conference paper whose authors are not known yet."""
    drop = (CJK_KEY, T5_KEY) if variant == "unicode" or builder is latex_biber else (CJK_KEY,)
    bib = _without_cjk(exported[variant] / f"{stem}.bib", tmp_path / "in.bib", drop)
    run = builder(bib, tmp_path / "build")
    assert run.errors == [] and run.ok, run.errors
    items = json.loads((exported[variant] / f"{stem}.json").read_text(encoding="utf-8"))
    honest = honest_warnings(items, "plainnat") if builder is latex_bibtex else set()
    assert set(run.warnings) == honest
    assert run.cited == len([i for i in items if i["id"] not in drop])


@pytest.mark.parametrize("variant", ["ascii", "unicode"])
def test_cjk_names_compile_with_cjkutf8(exported, variant, tmp_path):
    """The CJK author compiles under pdflatex + bibtex once the document loads CJKutf8."""
    require_tex_file("CJKutf8.sty")
    run = latex_build(exported[variant] / "edge-one.bib", tmp_path, with_cjk(BIBTEX_DOC), "bibtex")
    assert run.errors == [] and run.ok, run.errors
    items = json.loads((exported[variant] / "edge-one.json").read_text(encoding="utf-8"))
    assert set(run.warnings) == honest_warnings(items, "plainnat")
    assert CJK_KEY in {i["id"] for i in items}
    assert run.cited == len(items)


@pytest.mark.parametrize("variant", ["ascii", "unicode"])
@pytest.mark.parametrize("stem", ["all", "edge-one", "edge-two"])
def test_edge_biblatex_passes_biber_validate_datamodel(exported, variant, stem, tmp_path):
    """The biblatex format of every edge case (CJK included, in a CJKutf8 document) under
    `biber --validate-datamodel`: zero errors, every entry typeset, no warning but the true
    "missing author" of the paper whose authors are not known yet."""
    require_tex_file("CJKutf8.sty")
    bib = exported[variant] / FORMATS["biblatex"].file_name(stem)
    bib = _without_cjk(bib, tmp_path / "in.bib", (T5_KEY,))
    run = latex_biber_strict(bib, tmp_path, with_cjk(BIBER_DOC))
    assert run.errors == [] and run.ok, run.errors
    items = json.loads((exported[variant] / f"{stem}.json").read_text(encoding="utf-8"))
    assert biber_reported(run) == honest_warnings(items, "biber-validate")
    assert run.cited == len([i for i in items if i["id"] != T5_KEY])


@pytest.mark.parametrize("variant", ["ascii", "unicode"])
@pytest.mark.parametrize("fmt", [f for f in FORMATS if f in PANDOC_READER])  # no RDF reader
@pytest.mark.parametrize("stem", ["all", "edge-one", "edge-two"])
def test_pandoc_agrees_with_our_csl_json(exported, variant, fmt, stem):
    """pandoc reads the same titles, ordered authors, years and DOIs from every format.

    BibTeX/biblatex titles may come back sentence-cased outside protected words, and the
    hostile title's unpaired braces are dropped by pandoc's BibTeX reader (agreement.py)."""
    ours = json.loads((exported[variant] / f"{stem}.json").read_text(encoding="utf-8"))
    theirs = pandoc_csl(exported[variant] / FORMATS[fmt].file_name(stem), PANDOC_READER[fmt])
    bib = PANDOC_READER[fmt] in ("bibtex", "biblatex")
    assert disagreements(ours, theirs, recased=bib, unpaired_braces_dropped=bib,
                         commas_dropped=fmt == "ris",
                         unknown_letters=bib and variant == "ascii") == []


def test_edge_csl_validates_and_renders(exported):
    """The edge CSL-JSON is schema-valid and citeproc renders every entry."""
    items = json.loads((exported["ascii"] / "all.json").read_text(encoding="utf-8"))
    jsonschema.validate(items, CSL_SCHEMA)
    refs = citeproc_render(exported["ascii"] / "all.json")
    assert sorted(refs) == sorted(i["id"] for i in items)
    assert "van der Meer" in refs["edge01"]
    assert "The MIMIC-CXR Consortium" in refs["edge03"]


def test_paper_in_two_sections_has_one_key_everywhere(exported):
    """The two-section paper appears once per section file and once in all, same key."""
    out = exported["ascii"]
    for stem in ("all", "edge-one", "edge-two"):
        assert (out / f"{stem}.bib").read_text(encoding="utf-8").count("{edge10,") == 1
        ids = [i["id"] for i in json.loads((out / f"{stem}.json").read_text(encoding="utf-8"))]
        assert ids.count("edge10") == 1


def test_group_tree_survives_hostile_section_titles(tmp_path):
    """Section titles with `;`, `\\`, `@`, braces and `%` become JabRef group names that Zotero
    reads back (escaped, `@{}` dropped), and bibtex, biber and pandoc still read all.bib
    without a warning."""
    lib = edge_library()
    lib.sections[0].title = r"Edge; One \ 100% @comment{x}"
    export_library(lib, tmp_path / "out", ["bibtex", "csljson"])
    bib = tmp_path / "out" / "all.bib"
    collections = zotero_collections(bib.read_text(encoding="utf-8"))
    assert list(collections) == [r"Edge; One \ 100% commentx", "Edge Two", "Edge Two/Posters"]
    assert collections["Edge Two"] == ["edge10", "edge12", "edge13"]
    assert collections["Edge Two/Posters"] == ["edge12", "edge13"]
    assert len(collections[r"Edge; One \ 100% commentx"]) == 10
    plain = _without_cjk(bib, tmp_path / "plain.bib", (CJK_KEY, T5_KEY))
    assert "jabref-meta: groupstree" in plain.read_text(encoding="utf-8")
    items = json.loads((tmp_path / "out" / "all.json").read_text(encoding="utf-8"))
    for builder in (latex_bibtex, latex_biber):
        run = builder(plain, tmp_path / builder.__name__)
        honest = honest_warnings(items, "plainnat") if builder is latex_bibtex else set()
        assert run.errors == [] and run.ok and set(run.warnings) == honest, \
            (run.errors, run.warnings)
    items = json.loads((tmp_path / "out" / "all.json").read_text(encoding="utf-8"))
    assert len(pandoc_csl(bib, "bibtex")) == len(items)
