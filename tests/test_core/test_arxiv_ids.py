"""The one arXiv id grammar the importer, enrichment and the audit share."""

from __future__ import annotations

import pytest

from awesome_bib.arxiv_ids import first_version_date, id_problem, parse_id


@pytest.mark.parametrize("text, parsed", [
    ("2303.09117", ("2303.09117", "")),
    ("arXiv:2303.09117v2", ("2303.09117", "v2")),
    ("https://arxiv.org/pdf/2204.07756v2.pdf", ("2204.07756", "v2")),
    ("0704.0001", ("0704.0001", "")),
    ("math.GT/0309136", ("math/0309136", "")),
    ("quant-ph/0201082v1", ("quant-ph/0201082", "v1")),
    ("astro-ph/0601001", ("astro-ph/0601001", "")),
    ("0808.05394", None),  # 2008 ids have four digits
    ("2303.0761", None),  # 2023 ids have five
    ("2313.00001", None),  # month 13
    ("0703.0001", None),  # new-style ids start in 0704
    ("hep-th/0804001", None),  # old-style ids end in 0703
    ("abc", None),
], ids=lambda v: str(v))
def test_parse_id(text, parsed):
    """Every written form normalises to (id, version), impossible ids to None."""
    assert parse_id(text) == parsed


def test_problem_says_why():
    """The audit quotes the reason an id cannot exist."""
    assert id_problem("0808.05394") == "ids before 2015 have a 4-digit number"
    assert id_problem("2401.00000") == "number 0 does not exist"
    assert id_problem("2401.00001") == ""


@pytest.mark.parametrize("ident, date", [
    ("2312.15840", (2023, 12)), ("astro-ph/0601001", (2006, 1)), ("hep-th/9901001", (1999, 1)),
    ("nonsense", None),
])
def test_first_version_date(ident, date):
    """An id encodes the year and month of its first version."""
    assert first_version_date(ident) == date
