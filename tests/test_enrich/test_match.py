"""One judge for every source's record (enrich/match.py), with a named year window."""

from __future__ import annotations

from awesome_bib.enrich import enrich_library
from awesome_bib.enrich.base import Record
from awesome_bib.enrich.match import PUBLISHED_LATER, SAME_YEAR, judge

from .conftest import entry, library

TITLE = "Medical Image Understanding with Pretrained Vision Language Models"


def record(year: int, title: str = TITLE) -> Record:
    return Record(source="s2", key="x", title=title, year=year)


def test_a_published_version_may_follow_by_two_years_the_record_itself_by_one():
    """The window is the one difference between judging Crossref's record of the paper and
    Semantic Scholar's published version of a preprint: two years later is a publication,
    never the listed year's record; two years earlier is neither."""
    later = record(2023)
    assert judge([TITLE], [2021], None, later, window=PUBLISHED_LATER).accept
    same = judge([TITLE], [2021], None, later, window=SAME_YEAR)
    assert not same.accept and same.reasons == ["year 2023 not within one of [2021]"]
    earlier = judge([TITLE], [2021], None, record(2019), window=PUBLISHED_LATER)
    assert earlier.reasons == ["year 2019 not from 1 before to 2 after [2021]"]
    # A window is around each year the evidence gives (the tag's, arXiv's), not their span.
    assert not PUBLISHED_LATER.admits(2019, [2016, 2022]) and SAME_YEAR.admits(2021, [2022])


def test_a_dropped_subtitle_names_the_paper_only_where_the_judge_is_told():
    full = f"{TITLE}: Zero-Shot Transfer from Natural Images to Chest Radiographs and CT"
    assert judge([full], [], None, record(2023), accept_at=90, subtitles=True).accept
    assert not judge([full], [], None, record(2023), accept_at=90).accept


def test_semantic_scholars_published_version_two_years_after_the_preprint(fake_arxiv, fake_s2,
                                                                          make_opts):
    for n, (year, published) in enumerate(((2021, 2023), (2020, 2023))):
        title = f"{TITLE} {n}"
        fake_arxiv.synth_entry(f"2101.0123{n}", title, ["Ziyuan Qin", "Huahui Yi"], year)
        fake_s2.synth_paper(title, ["Ziyuan Qin", "Huahui Yi"], published,
                            arxiv=f"2101.0123{n}",
                            venue="International Conference on Learning Representations")
    lib = library(entry("a", title=f"{TITLE} 0", arxiv="2101.01230", venue_tag="arXiv 2021",
                        year=2021),
                  entry("b", title=f"{TITLE} 1", arxiv="2101.01231", venue_tag="arXiv 2020",
                        year=2020))
    enrich_library(lib, make_opts())
    a, b = lib.entries
    assert (a.pub_type, a.year, a.provenance["pub_type"]) == ("conference", 2023, "s2")
    assert b.pub_type != "conference" and b.year == 2020  # three years later: not it
