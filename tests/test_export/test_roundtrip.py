"""Round-trips: BibTeX through bibtexparser v2, RIS through rispy, CSL through the schema.

Run on the hand-built edge entries and on the real seed list imported with the importer.
"""

from __future__ import annotations

import json

import bibtexparser
import bibtexparser.middlewares as mw
import pytest
import rispy

from awesome_bib.export import FORMATS, export_library, ordered_entries
from awesome_bib.export.resolve import resolve

from .conftest import HOSTILE_TITLE, decode_latex, edge_library


@pytest.fixture(params=["edge", "seed"])
def library(request):
    """The edge-case library and the imported default seed list."""
    if request.param == "edge":
        return edge_library()
    return request.getfixturevalue("seed_library")


@pytest.fixture
def exported(library, tmp_path):
    """(library, out dir) after exporting every format."""
    export_library(library, tmp_path, "all")
    return library, tmp_path


def _expected(lib):
    """key -> resolved record, in the order all.* lists them (the list's order)."""
    return {e.key: resolve(e) for e in ordered_entries(lib)}


@pytest.mark.parametrize("fmt", ["bibtex", "biblatex"])
def test_bib_roundtrip(exported, fmt):
    lib, out = exported
    parsed = bibtexparser.parse_file(str(out / FORMATS[fmt].file_name("all")), append_middleware=[
        mw.SeparateCoAuthors(), mw.SplitNameParts()])
    assert parsed.failed_blocks == []
    expected = _expected(lib)
    assert [e.key for e in parsed.entries] == list(expected)  # every entry once, in list order
    for entry in parsed.entries:
        rec = expected[entry.key]
        fields = entry.fields_dict
        assert decode_latex(fields["title"].value) == rec.title
        if rec.year and fmt == "bibtex":
            assert fields["year"].value == str(rec.year)
        if rec.year and fmt == "biblatex":
            month = f"-{rec.month:02d}" if rec.month else ""
            assert fields["date"].value == f"{rec.year}{month}"
        if rec.doi:
            assert fields["doi"].value == rec.doi
        names = fields["author"].value if "author" in fields else []
        assert len(names) == len(rec.authors)
        for name, author in zip(names, rec.authors, strict=True):
            family = " ".join(name.von + name.last)
            if author.literal:
                assert decode_latex(family) == author.literal
            else:
                assert decode_latex(family) == author.family
                assert decode_latex(" ".join(name.first)) == author.given


def test_ris_roundtrip(exported):
    lib, out = exported
    refs = rispy.loads((out / "all.ris").read_text(encoding="utf-8"))
    expected = _expected(lib)
    assert [ref["id"] for ref in refs] == list(expected)
    for ref in refs:
        rec = expected[ref["id"]]
        assert ref["title"] == rec.title
        assert ref.get("year") == (str(rec.year) if rec.year else None)
        assert ref.get("doi") == (rec.doi or None)
        wanted = [a.literal or f"{a.family}, {a.given}".strip(", ") for a in rec.authors]
        assert ref.get("authors", []) == wanted


def test_csl_valid_and_complete(exported, csl_validator):
    lib, out = exported
    for path in sorted(out.glob("*.json")):
        items = json.loads(path.read_text(encoding="utf-8"))
        errors = list(csl_validator.iter_errors(items))
        assert errors == [], f"{path.name}: {errors[0].message}"
    items = json.loads((out / "all.json").read_text(encoding="utf-8"))
    expected = _expected(lib)
    assert [i["id"] for i in items] == list(expected)
    for item in items:
        rec = expected[item["id"]]
        assert item["citation-key"] == rec.key and f"Citation Key: {rec.key}" in item["note"]
        assert item.get("DOI") == (rec.doi or None)
        plain = item["title"].replace('<span class="nocase">', "").replace("</span>", "")
        assert plain.replace("&lt;", "<").replace("&gt;", ">") == rec.title


def test_hostile_title_is_inert(tmp_path):
    export_library(edge_library(), tmp_path, "bibtex")
    text = (tmp_path / "all.bib").read_text(encoding="utf-8")
    parsed = bibtexparser.parse_string(text)
    assert parsed.failed_blocks == [] and len(parsed.entries) == len(edge_library().entries)
    assert parsed.comments == [] or all("comment" not in c.comment for c in parsed.comments)
    title = next(e for e in parsed.entries if e.key == "hostile2021")["title"]
    assert decode_latex(title) == HOSTILE_TITLE
    assert "\\input{" not in text and text.count("{") == text.count("}")
