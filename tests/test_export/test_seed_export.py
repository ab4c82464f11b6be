"""The real default list, imported with the importer and exported in every format."""

from __future__ import annotations

import json

import pytest

from awesome_bib.export import FORMATS, export_library

from .readers import READERS


@pytest.fixture(scope="module")
def seed_out(seed_library, tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    report = export_library(seed_library, out, "all")
    return seed_library, out, report


def test_one_file_per_section_and_format(seed_out):
    lib, out, report = seed_out
    stems = [s.slug for s in lib.sections] + ["all"]
    assert "data-source" in stems
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file()) == \
        sorted(f.file_name(stem) for stem in stems for f in FORMATS.values())
    assert report.unknown_tags == {}


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_sections_hold_their_entries_in_list_order(seed_out, fmt):
    """Each section file has that section's keys in list order; all.* every key once."""
    lib, out, _ = seed_out
    read, fmt_ = READERS[fmt], FORMATS[fmt]
    for section in lib.sections:
        text = (out / fmt_.file_name(section.slug)).read_text(encoding="utf-8")
        assert read(text) == [e.key for e in lib.in_section(section.slug)], section.slug
    keys = read((out / fmt_.file_name("all")).read_text(encoding="utf-8"))
    assert len(keys) == len(set(keys)) == len(lib.entries)
    assert len(lib.in_section("data-source")) == 17


def test_seed_types(seed_out):
    _, out, _ = seed_out
    items = {i["id"]: i for i in json.loads((out / "all.json").read_text(encoding="utf-8"))}
    types = {i["type"] for i in items.values()}
    assert {"paper-conference", "article-journal", "article", "dataset"} <= types
    preprints = [i for i in items.values() if i["type"] == "article"]
    assert preprints and all(i["publisher"] == "arXiv" and i["number"].startswith("arXiv:")
                             and i["DOI"].startswith("10.48550/arXiv.") for i in preprints)


def test_seed_export_is_byte_identical(seed_library, seed_out, tmp_path):
    _, out, _ = seed_out
    export_library(seed_library, tmp_path, "all")
    for path in sorted(p for p in out.rglob("*") if p.is_file()):
        name = path.relative_to(out)
        assert (tmp_path / name).read_bytes() == path.read_bytes(), name
