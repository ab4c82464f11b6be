"""The committed out/ files, read by the tools our users run: LaTeX, bibtex, biber, pandoc."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
import yaml

from awesome_bib.export import FORMATS

from .agreement import disagreements
from .clients import (
    CSL_SCHEMA,
    PANDOC_READER,
    biber_reported,
    citeproc_render,
    honest_warnings,
    latex_biber,
    latex_biber_strict,
    latex_bibtex,
    pandoc_csl,
    zotero_collections,
)

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "out"
SECTIONS = sorted(p.stem for p in OUT.glob("*.json"))


def _ids(items):
    return [i["id"] for i in items]


def test_out_has_every_format_for_every_section():
    """Each section (and all) exists in every registered format, and nothing else is in out/
    (a format dropped or renamed leaves no stale files behind)."""
    assert "all" in SECTIONS and len(SECTIONS) >= 5
    expected = {fmt.file_name(stem) for stem in SECTIONS for fmt in FORMATS.values()}
    assert {p.relative_to(OUT).as_posix() for p in OUT.rglob("*") if p.is_file()} == expected


@pytest.mark.parametrize("stem", SECTIONS)
def test_bibtex_plainnat_compiles_without_warnings(stem, tmp_path):
    """pdflatex + bibtex (plainnat): no error, every entry typeset, and no bibliography warning
    but the true ones (a paper whose authors are not known yet, a year-less dataset)."""
    items = json.loads((OUT / f"{stem}.json").read_text(encoding="utf-8"))
    run = latex_bibtex(OUT / f"{stem}.bib", tmp_path)
    assert run.errors == [] and run.ok, run.errors
    assert set(run.warnings) == honest_warnings(items, "plainnat")
    assert run.cited == len(items)


@pytest.mark.parametrize("stem", SECTIONS)
def test_biblatex_biber_compiles_without_warnings(stem, tmp_path):
    """pdflatex + biblatex/biber: no error, no WARN from biber (duplicates included)."""
    items = json.loads((OUT / f"{stem}.json").read_text(encoding="utf-8"))
    run = latex_biber(OUT / f"{stem}.bib", tmp_path)
    assert run.errors == [] and run.ok, run.errors
    assert run.warnings == []
    assert run.cited == len(items)


@pytest.mark.parametrize("stem", SECTIONS)
def test_biblatex_format_passes_biber_validate_datamodel(stem, tmp_path):
    """The biblatex format (out/biblatex/) under `biber --validate-datamodel`: no error, every
    entry typeset, and no warning but the true ones (no authors known yet; a year-less
    dataset, which is @misc because Zotero's BibTeX import drops @dataset)."""
    items = json.loads((OUT / f"{stem}.json").read_text(encoding="utf-8"))
    run = latex_biber_strict(OUT / FORMATS["biblatex"].file_name(stem), tmp_path)
    assert run.errors == [] and run.ok, run.errors
    assert biber_reported(run) == honest_warnings(items, "biber-validate")
    assert run.cited == len(items)


@pytest.mark.parametrize("stem", SECTIONS)
def test_csl_json_validates_against_the_official_schema(stem):
    """Every CSL-JSON file is valid CSL input data."""
    items = json.loads((OUT / f"{stem}.json").read_text(encoding="utf-8"))
    jsonschema.validate(items, CSL_SCHEMA)
    assert len(set(_ids(items))) == len(items)


@pytest.mark.parametrize("stem", SECTIONS)
@pytest.mark.parametrize("fmt", [f for f in FORMATS if f in PANDOC_READER])  # no RDF reader
def test_pandoc_reads_the_same_records_as_our_csl_json(stem, fmt):
    """pandoc gets the same ids, titles, ordered authors, years and DOIs from each format
    (BibTeX titles may come back sentence-cased outside protected words: agreement.py)."""
    ours = json.loads((OUT / f"{stem}.json").read_text(encoding="utf-8"))
    theirs = pandoc_csl(OUT / FORMATS[fmt].file_name(stem), PANDOC_READER[fmt])
    assert len(theirs) == len(ours)
    assert disagreements(ours, theirs, recased=PANDOC_READER[fmt] in ("bibtex", "biblatex"),
                         commas_dropped=fmt == "ris") == []


@pytest.mark.parametrize("stem", SECTIONS)
def test_citeproc_renders_a_reference_for_every_entry(stem):
    """pandoc --citeproc renders a non-empty reference for every CSL-JSON entry."""
    ours = json.loads((OUT / f"{stem}.json").read_text(encoding="utf-8"))
    refs = citeproc_render(OUT / f"{stem}.json")
    assert sorted(refs) == sorted(_ids(ours))
    assert all(len(text) > 10 for text in refs.values()), refs


@pytest.mark.parametrize("fmt", ["bibtex", "biblatex"])
def test_all_bib_carries_the_sections_as_a_jabref_group_tree(fmt):
    """Both all.bib files end with the list's sections as JabRef explicit groups, read the way
    Zotero's BibTeX import reads them: one collection per section file, same keys, same order,
    and one sub-collection per sub-heading of the list (a year, a table) with the entries
    listed under it. (The bibtex and biber tests above run on these files: nothing from it.)"""
    collections = zotero_collections((OUT / FORMATS[fmt].file_name("all"))
                                     .read_text(encoding="utf-8"))
    index = yaml.safe_load((ROOT / "entries" / "_index.yaml").read_text(encoding="utf-8"))
    titles = {s["slug"]: s["title"] for s in index["sections"]}
    expected = {titles[stem]: _ids(json.loads((OUT / f"{stem}.json").read_text(encoding="utf-8")))
                for stem in SECTIONS if stem != "all"}
    assert {k: v for k, v in collections.items() if "/" not in k} == expected
    subs: dict[str, set[str]] = {}  # a paper listed twice under one heading (KiUT) is in it once
    for path in sorted((ROOT / "entries").glob("*.yaml")):
        for entry in (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("entries", []):
            for li in entry.get("listings", []):
                if li.get("subsection"):
                    subs.setdefault(f"{titles[li['section']]}/{li['subsection']}", set()) \
                        .add(entry["key"])
    nested = {k: v for k, v in collections.items() if "/" in k}
    assert all(len(v) == len(set(v)) for v in nested.values())
    assert {k: set(v) for k, v in nested.items()} == subs
    assert len(subs) == 17  # 15 year sub-headings and the two dataset tables
    all_ids = set(_ids(json.loads((OUT / "all.json").read_text(encoding="utf-8"))))
    assert set().union(*collections.values()) == all_ids
