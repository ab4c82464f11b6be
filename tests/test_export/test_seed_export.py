"""The real default list, imported with the importer and exported in every format."""

from __future__ import annotations

import json

import pytest
import rispy

from awesome_bib.export import export_library


@pytest.fixture(scope="module")
def seed_out(seed_library, tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    report = export_library(seed_library, out, "all")
    return seed_library, out, report


def test_one_file_per_section_and_format(seed_out):
    lib, out, report = seed_out
    stems = [s.slug for s in lib.sections] + ["all"]
    assert "data-source" in stems
    assert sorted(p.name for p in out.iterdir()) == sorted(
        f"{stem}{suffix}" for stem in stems for suffix in (".bib", ".json", ".ris"))
    assert report.unknown_tags == {}


@pytest.mark.parametrize("suffix", [".bib", ".json", ".ris"])
def test_counts_match_sections(seed_out, suffix):
    lib, out, _ = seed_out
    for section in lib.sections:
        text = (out / f"{section.slug}{suffix}").read_text(encoding="utf-8")
        assert _count(text, suffix) == len(lib.in_section(section.slug)), section.slug
    assert _count((out / f"all{suffix}").read_text(encoding="utf-8"), suffix) == len(lib.entries)
    assert len(lib.in_section("data-source")) == 17


def _count(text: str, suffix: str) -> int:
    if suffix == ".bib":
        # Entries only: all.bib ends with @comment blocks (the JabRef group tree).
        return sum(1 for line in text.splitlines()
                   if line.startswith("@") and not line.lower().startswith("@comment"))
    if suffix == ".json":
        return len(json.loads(text))
    return len(rispy.loads(text))


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
    for path in sorted(out.iterdir()):
        assert (tmp_path / path.name).read_bytes() == path.read_bytes(), path.name
