"""Shared helpers for export tests: hand-built entries covering every edge case, and a
library imported from the real seed list."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from awesome_bib.model import Author, Entry, Library, Link, Listing, Section

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "001_8a4be340c7ffec50.txt"
OLD_SEED = ROOT / "seeds" / "000_39f23273fabc952c.txt"
CSL_SCHEMA = ROOT / "tests" / "schemas" / "csl-data.json"

HOSTILE_TITLE = r"Evil } title @comment{ \input{/etc/passwd} & 100% $x$ #1 a_b ~ ^ {"


def listing(section: str, position: int) -> Listing:
    """A listing at `position` in `section`."""
    return Listing(section=section, line=10 + position, position=position)


def make_entry(key: str, title: str, section: str = "papers", position: int = 0,
               **kw) -> Entry:
    """An entry listed once in `section`."""
    kw.setdefault("listings", [listing(section, position)])
    return Entry(key=key, key_fallback=False, title=title, **kw)


def edge_entries() -> list[Entry]:
    """Every kind the exporters must handle, each under a stable key."""
    people = [Author(family="Müller", given="Łukasz"), Author(family="van der Meer", given="Jan"),
              Author(family="王", given="小明"), Author(literal="World Health Organization")]
    return [
        make_entry("mullerLLaVAMed2023", "LLaVA-Med and MedCLIP for X-ray COVID-19 with ChatGPT "
                   "and GPT-4 in 3D", position=0, venue_tag="NeurIPS 2023 D&B", year=2023,
                   authors=people, arxiv="2306.00890", month=6, pages="1-12", volume="36",
                   links=[Link("pdf", "https://arxiv.org/pdf/2306.00890")]),
        make_entry("smithJournal2022", "A Journal Paper on Medical Imaging", position=1,
                   venue_tag="TMI 2022", year=2022, authors=[Author("Smith", "Anna")],
                   doi="10.1109/TMI.2022.1234567", volume="41", issue="5", pages="100–110"),
        make_entry("preprintOnlyNoAuthors2024", "Preprint Only: No Authors Yet", position=2,
                   venue_tag="arXiv 2024", year=2024, arxiv="2401.00001",
                   primary_class="cs.CV"),
        make_entry("hostile2021", HOSTILE_TITLE, position=3, venue_tag="CVPR 2021", year=2021,
                   authors=[Author("O'Brien", "Pat")],
                   url="https://example.org/a_b%20c?x=1&y=~z#frag"),
        make_entry("unknownVenue2020", "Paper at an Unknown Venue", position=4,
                   venue_tag="FOOCONF 2020", year=2020, authors=[Author("Doe", "Jane")]),
        make_entry("greekMath2019", "α-Divergence and β-VAE for Ω-Nets — a “quoted” survey",
                   position=5, venue_tag="MICCAI 2019", year=2019,
                   authors=[Author("Dvořák", "Antonín"), Author("Øster", "Søren")]),
        make_entry("manyAuthors2023", "Very Long Author List", position=6, venue_tag="ICLR 2023",
                   year=2023, authors=[Author(f"Author{i:02d}", "A.") for i in range(60)]),
        Entry(key="mimicCXR", key_fallback=False, kind="dataset", title="MIMIC-CXR",
              links=[Link("link", "https://physionet.org/content/mimic-cxr/2.0.0/")],
              dataset={"domain": "cxr", "image": "377K", "text": "227K",
                       "source": "medical reports", "language": "En"},
              listings=[listing("datasets", 0)]),
    ]


def edge_entry(key: str) -> Entry:
    """The one edge entry with `key` (a fresh copy, as edge_entries() builds them)."""
    [entry] = [e for e in edge_entries() if e.key == key]
    return entry


def edge_library() -> Library:
    """The edge entries in two sections; the first paper is also listed in `datasets`."""
    entries = edge_entries()
    entries[0].listings.append(listing("datasets", 1))
    return Library(sections=[Section("papers", "Papers"), Section("datasets", "Data", "datasets")],
                   entries=entries)


@pytest.fixture
def edge_lib() -> Library:
    """A fresh edge-case library."""
    return edge_library()


@pytest.fixture(scope="session")
def csl_validator():
    """A jsonschema validator for tests/schemas/csl-data.json."""
    import jsonschema  # a test dependency: missing, it must fail, not skip
    schema = json.loads(CSL_SCHEMA.read_text(encoding="utf-8"))
    return jsonschema.Draft7Validator(schema)


@pytest.fixture(scope="session")
def seed_library(tmp_path_factory):
    """The default seed list imported with the real importer into a temp entries/."""
    # Imported, not importorskip'd: an import error in our own package must fail the run.
    from awesome_bib.importer import import_list
    from awesome_bib.store import load_library

    entries = tmp_path_factory.mktemp("seed") / "entries"
    import_list(SEED, entries)
    return load_library(entries)


def decode_latex(value: str) -> str:
    """BibTeX field text -> plain text (test oracle: pylatexenc plus our own specials)."""
    from pylatexenc.latex2text import LatexNodes2Text

    from awesome_bib.export.latex import ASCII_SPECIALS

    marks = {latex: f"\x00{i}\x00" for i, latex in enumerate(ASCII_SPECIALS.values())}
    marks.update({r"\{": "\x00L\x00", r"\}": "\x00R\x00"})
    back = {f"\x00{i}\x00": char for i, char in enumerate(ASCII_SPECIALS)}
    back.update({"\x00L\x00": "{", "\x00R\x00": "}"})
    for latex in sorted(marks, key=len, reverse=True):
        value = value.replace(latex, marks[latex])
    text = LatexNodes2Text(math_mode="text", strict_latex_spaces=True).latex_to_text(value)
    for mark, char in back.items():
        text = text.replace(mark, char)
    return text
