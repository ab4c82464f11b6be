"""The one arXiv id grammar the importer, enrichment and the audit share."""

from __future__ import annotations

import pytest

from awesome_bib.core.arxiv_ids import first_version_date, id_problem, parse_id


@pytest.mark.parametrize("text, expected", [
    pytest.param("2303.09117", ("2303.09117", ""), id="new-unversioned"),
    pytest.param("2303.09117v2", ("2303.09117", "v2"), id="new-versioned"),
    pytest.param("arXiv:2303.09117v2", ("2303.09117", "v2"), id="arxiv-prefix"),
    pytest.param("https://arxiv.org/pdf/2303.09117v3.pdf", ("2303.09117", "v3"), id="pdf-url"),
    pytest.param("1205.1001v1", ("1205.1001", "v1"), id="2012-four-digits"),
    pytest.param("0704.0001", ("0704.0001", ""), id="first-new-style"),
    pytest.param("astro-ph/0601001", ("astro-ph/0601001", ""), id="old-style"),
    pytest.param("quant-ph/0201082v1", ("quant-ph/0201082", "v1"), id="old-style-versioned"),
    pytest.param("math.GT/0309136", ("math/0309136", ""), id="old-style-subject-class"),
    pytest.param("0808.05394", None, id="2008-with-five-digits"),
    pytest.param("1501.0001", None, id="2015-with-four-digits"),
    pytest.param("2303.0761", None, id="truncated"),
    pytest.param("2313.00001", None, id="month-13"),
    pytest.param("0703.0001", None, id="new-style-before-0704"),
    pytest.param("hep-th/0804001", None, id="old-style-after-0703"),
    pytest.param("abc", None, id="malformed"),
])
def test_parse_id(text, expected):
    """Every written form normalises to (id, version); an impossible id to None."""
    assert parse_id(text) == expected


@pytest.mark.parametrize("ident, problem", [
    pytest.param("2303.07618", "", id="valid"),
    pytest.param("1412.1234", "", id="valid-4-digit-2014"),
    pytest.param("quant-ph/0201082", "", id="valid-old-style"),
    pytest.param("2303.0761", "5-digit", id="truncated"),
    pytest.param("0808.05394", "4-digit", id="5-digit-in-2008"),
    pytest.param("2313.12345", "month 13", id="month-13"),
    pytest.param("0612.1234", "April 2007", id="new-style-before-0704"),
    pytest.param("math/0805001", "March 2007", id="old-style-after-0703"),
    pytest.param("2401.00000", "number 0", id="number-zero"),
])
def test_id_problem_says_why(ident, problem):
    """The audit quotes the reason an id cannot exist."""
    found = id_problem(ident)
    assert (problem in found) if problem else found == ""


@pytest.mark.parametrize("ident, expected", [
    pytest.param("2312.15840", (2023, 12), id="new-style-december"),
    pytest.param("0704.0001", (2007, 4), id="first-new-style"),
    pytest.param("astro-ph/0601001", (2006, 1), id="old-style"),
    pytest.param("hep-th/9901001", (1999, 1), id="old-style-1990s"),
    pytest.param("2313.12345", None, id="month-13"),
    pytest.param("not-an-id", None, id="garbage"),
])
def test_first_version_date(ident, expected):
    """An id encodes the year and month of its first version."""
    assert first_version_date(ident) == expected
