"""One two-digit-year rule (`venues.full_year`) for import, the venue table and check."""

from __future__ import annotations

import pytest

from awesome_bib import venues
from awesome_bib.check.rules.venues import _tag
from awesome_bib.importer.items import normalise_venue
from awesome_bib.model import Entry, Listing


@pytest.mark.parametrize(("tag", "year"), [("CVPR'99", 1999), ("CVPR'23", 2023),
                                           ("NIPS’69", 2069), ("ICCV'70", 1970)])
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
