"""Round 12 review: the italic sentence after a cited title (items._emphasised_sentence) is a venue
only when it reads as a venue's name."""

from __future__ import annotations

from .test_round12_fields import _papers


def test_an_italic_note_after_a_cited_title_is_no_venue():
    """`Names. 2020. [Title](url). *Under review*.`: the italic sentence after the title is a
    venue only when it reads as a venue's name (`*Computational Linguistics*`); a note, an
    award, is none (truth before coverage: the year stays, the venue stays empty)."""
    md = ("# L\n\n## Parsing\n\n"
          "- Ann Author and Bob Writer. 2019. [Parsing Long Sentences with Neural Transition "
          "Systems](https://example.org/p1.pdf). *Best paper award*.\n"
          "- Carl Coder and Dana Doer. 2020. [Neural Chart Parsing for Low Resource Languages]"
          "(https://example.org/p2.pdf). *Under review*.\n"
          "- Eve Editor and Fay Fixer. 2021. [Span Based Constituency Parsing Revisited Again]"
          "(https://example.org/p3.pdf). *Computational Linguistics*.\n")
    papers = _papers(md)
    assert papers["Parsing Long Sentences with Neural Transition Systems"][:2] == (2019, "")
    assert papers["Neural Chart Parsing for Low Resource Languages"][:2] == (2020, "")
    assert papers["Span Based Constituency Parsing Revisited Again"][:2] == (
        2021, "Computational Linguistics 2021")
