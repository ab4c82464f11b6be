"""Venue tags -> (venue, qualifier, year) and the known-venue table."""

from __future__ import annotations

import re

import pytest

from awesome_bib.core.vocab import VENUE_KINDS
from awesome_bib.venues import lookup, parse_tag, venue_table

from .conftest import OLD_SEED, SEED

CASES = [
    pytest.param("MICCAI 2023", "MICCAI", "", 2023, "conference", id="plain"),
    pytest.param("NeurIPS 2021 D&B", "NeurIPS D&B", "", 2021, "conference", id="neurips-db"),
    pytest.param("NeurIPS 2021 Datasets and Benchmarks Track (Round 2)", "NeurIPS D&B", "", 2021,
                 "conference", id="neurips-db-long"),
    pytest.param("EMNLP 2023 Findings", "EMNLP Findings", "", 2023, "conference", id="findings"),
    pytest.param("MLMIW 2023 2023", "MLMIW", "", 2023, "workshop", id="repeated-year"),
    pytest.param("CVPR Workshop 2023", "CVPRW", "", 2023, "workshop", id="cvpr-workshop"),
    pytest.param("NeurIPS Workshop 2022", "NeurIPSW", "", 2022, "workshop", id="neurips-workshop"),
    pytest.param("CLEF 2020 Working Notes", "CLEF Working Notes", "", 2020, "workshop",
                 id="clef"),
    pytest.param("npj digital medicine 2023", "npj Digital Medicine", "", 2023, "journal",
                 id="case-insensitive"),
    pytest.param("IEEE Journal of Biomedical and Health Informatics 2022", "JBHI", "", 2022,
                 "journal", id="jbhi-long"),
    pytest.param("IEEE TNNLS 2022", "TNNLS", "", 2022, "journal", id="ieee-prefix"),
    pytest.param("Nature Scientific Reports 2021", "Scientific Reports", "", 2021, "journal",
                 id="sci-rep"),
    pytest.param("arXiv 2024", "arXiv", "", 2024, "preprint", id="arxiv"),
    pytest.param("CVPR'23", "CVPR", "", 2023, "conference", id="short-year"),
    pytest.param("CVPR 2023 Oral", "CVPR", "Oral", 2023, "conference", id="extra-qualifier"),
    pytest.param("NAACL HLT 2021", "NAACL-HLT", "", 2021, "conference", id="hyphen-space"),
]


@pytest.mark.parametrize(("tag", "venue", "qualifier", "year", "kind"), CASES)
def test_parse_tag(tag, venue, qualifier, year, kind):
    parsed = parse_tag(tag)
    assert parsed.venue is not None
    assert (parsed.venue.tag, parsed.qualifier, parsed.year, parsed.venue.kind) == \
        (venue, qualifier, year, kind)


@pytest.mark.parametrize("tag", ["FOOCONF 2020", "Name of Conference or Journal + Year", ""],
                         ids=["unknown", "template", "empty"])
def test_unknown_tags_have_no_venue(tag):
    assert lookup(tag) is None


@pytest.mark.parametrize("seed", [SEED, OLD_SEED], ids=["001", "000"])
def test_every_seed_tag_is_known(seed):
    tags = set(re.findall(r"\[\*\*(.+?)\*\*\]", seed.read_text(encoding="utf-8")))
    tags.discard("Name of Conference or Journal + Year")  # the Contributing template
    unknown = sorted(t for t in tags if lookup(t) is None)
    assert unknown == []


def test_container_title_fills_year():
    assert lookup("MICCAI 2023").container_title(2023).endswith("MICCAI 2023")
    assert "{year}" not in lookup("MICCAI 2023").container_title(None)
    db = lookup("NeurIPS 2021 D&B")
    assert db.container_title(2021) != db.container_title(2023)


def test_table_is_well_formed():
    for venue in venue_table().values():
        assert venue.kind in VENUE_KINDS and venue.name and venue.container


def test_venue_strings_are_plain_text():
    """Container and venue names are plain text for every format: an en dash, not BibTeX's
    "--" (which CSL-JSON and RIS would show literally), and no LaTeX markup."""
    for venue in set(venue_table().values()):
        for text in (venue.name, venue.container, venue.publisher,
                     *(title for _, title in venue.containers)):
            assert "--" not in text and "\\" not in text and "{" not in text.replace(
                "{year}", ""), (venue.tag, text)
