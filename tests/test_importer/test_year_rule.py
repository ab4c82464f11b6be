"""One two-digit-year rule (`core.years.full_year`) for import, the venue table and check."""

from __future__ import annotations

import pytest

from awesome_bib import venues
from awesome_bib.check.rules.venues import _tag
from awesome_bib.core import years
from awesome_bib.importer.item_fields import normalise_venue
from awesome_bib.model import Entry, Listing


@pytest.mark.parametrize(("tag", "year"), [("CVPR'99", 1999), ("CVPR'23", 2023),
                                           ("NIPS’59", 2059), ("ICCV'60", 1960)])
def test_import_venue_table_and_check_agree(tag, year):
    assert normalise_venue(tag).endswith(str(year))
    assert venues.parse_tag(tag).year == year
    entry = Entry(title="T", venue_tag=normalise_venue(tag))
    listing = Listing(section="s", position=1, line=1, title="T", venue_tag=tag)

    class _Item:
        pass

    item = _Item()
    item.listing, item.entry = listing, entry  # type: ignore[attr-defined]
    assert _tag(item)[2] == year  # type: ignore[arg-type]


def test_proceedings_ids_in_links_follow_the_same_rule():
    """An ACL Anthology id's two-digit year is read by core.years.full_year too (C65 is 1965, the
    Anthology's oldest; P18 is 2018)."""
    from awesome_bib.core.identifiers import link_venue

    for ident, year in (("C65-1001", 1965), ("P18-1001", 2018), ("2021.emnlp-main.288", 2021)):
        proof = link_venue(f"https://aclanthology.org/{ident}/")
        assert proof is not None and proof.year == year == (
            int(ident[:4]) if ident[0].isdigit() else years.full_year(ident[1:3]))


@pytest.mark.parametrize(("digits", "year"), [("23", 2023), (99, 1999), ("2023", 2023),
                                              (1965, 1965), ("05", 2005)])
def test_a_year_written_in_full_is_not_read_as_two_digits(digits, year):
    """Readers pass whichever of a match's four- or two-digit groups they found: `2023` must not
    become 3923 (2000 + 1923) through the two-digit rule."""
    assert years.full_year(digits) == year
