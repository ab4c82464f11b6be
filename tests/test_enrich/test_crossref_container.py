"""Which container title Crossref's list of them names the venue by."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from awesome_bib.enrich.crossref import _container, to_record

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "crossref"


@pytest.mark.parametrize("value,expected", [
    (["Lecture Notes in Computer Science",
      "Medical Image Computing and Computer Assisted Intervention – MICCAI 2022"],
     "Medical Image Computing and Computer Assisted Intervention – MICCAI 2022"),
    (["Nature Machine Intelligence"], "Nature Machine Intelligence"),
    (["Lecture Notes in Computer Science"], "Lecture Notes in Computer Science"),
    ([], ""),
], ids=["lncs-series-then-volume", "journal", "series-only", "empty"])
def test_container_prefers_the_volume_over_the_series(value, expected):
    """An LNCS chapter's venue is its volume title, never the series name."""
    assert _container(value) == expected


def test_genuine_book_chapter_keeps_its_book_title():
    """The genuine Springer chapter record names its book as the container."""
    name = "work_book-chapter_10.1007_978-3-662-46370-3_13.json"
    item = json.loads((FIXTURES / name).read_text(encoding="utf-8"))["message"]
    assert to_record(item).fields["container_title"] == "Shoulder Stiffness"
