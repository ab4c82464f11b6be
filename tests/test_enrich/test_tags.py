"""What a venue tag tells enrichment, read from the one venue table the exporters use."""

from __future__ import annotations

import pytest

from awesome_bib.enrich.tags import classify


@pytest.mark.parametrize("tag, pub_type, dois", [
    ("MICCAI 2023", "conference", True),
    ("NeurIPS 2021 D&B", "conference", False),
    ("ICMLW 2023", "workshop", False),
    ("MIDL 2022", "conference", False),
    ("CHIL 2023", "conference", False),
    ("Nature Medicine 2024", "journal", True),
    ("IEEE TNNLS 2022", "journal", True),
    ("CVPR Workshop 2023", "workshop", True),
    ("arXiv 2024", "preprint", False),
    ("Weird Venue 2022", "", True),
    ("", "", True),
], ids=lambda v: str(v))
def test_tag_reading(tag, pub_type, dois):
    """Type and whether Crossref can know the paper; an unknown tag means "ask Crossref"."""
    venue = classify(tag)
    assert (venue.pub_type, venue.registers_dois) == (pub_type, dois)
