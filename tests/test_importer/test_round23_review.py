"""Round 23's review: readings of the round that misfired on ordinary lines of other lists
(repros written in the shapes real lists use), each pinned to what the line really says."""

from __future__ import annotations

from tests.test_importer.conftest import papers_with_authors


def test_title_clause_after_a_comma_is_no_author() -> None:
    """`[Title, Last Clause, 2019](url)` (items._field_closing_link_text): three capitalised
    words after the title's last comma had been read as one person (`They Are Features` as
    the author `Features`, the title cut), an organisation as a person (`Stanford
    University`) and `Facebook AI Research` as the venue."""
    md = """# Awesome Robustness

## Papers

- [Adversarial Examples Are Not Bugs, They Are Features, 2019](https://arxiv.org/abs/1905.02175)
- [Efficient Transformers for Long Documents, Stanford University, 2021](https://arxiv.org/abs/2101.00003)
- [Convolutional Sequence to Sequence Learning, Facebook AI Research, 2017](https://arxiv.org/abs/1705.03122)
- [A critique of snapshot isolation, Maysam Yabandeh, 2012](https://dl.acm.org/doi/pdf/10.1145/2168836.2168853)
"""
    papers = papers_with_authors(md)
    read = {title.split(",")[0]: fields for title, fields in papers.items()}
    assert "Adversarial Examples Are Not Bugs" not in papers  # (the title whole)
    assert read["Adversarial Examples Are Not Bugs"][2] == []
    assert read["Efficient Transformers for Long Documents"][2] == []
    assert read["Convolutional Sequence to Sequence Learning"][1] == ""
    # (506's reading stays: a given name and a family name)
    assert papers["A critique of snapshot isolation"][2] == ["Yabandeh"]


def test_team_course_or_award_before_a_year_is_no_venue() -> None:
    """`Title - Transformer Tutorial 2019` (title_ends._named_venue): two or three
    capitalised words and a year after a comma or a dash had been read as a venue
    (`Transformer Tutorial 2019`, `Microsoft Research Asia 2016`, `Best Paper Award 2021`)."""
    md = """# Awesome Vision

## Papers

- Attention Is All You Need - Transformer Tutorial 2019 [[pdf]](https://arxiv.org/abs/1706.03762)
- Deep Residual Learning for Image Recognition, Microsoft Research Asia 2016 [[pdf]](https://arxiv.org/abs/1512.03385)
- Learning Transferable Visual Models, Best Paper Award 2021 [[pdf]](https://arxiv.org/abs/2103.00020)
- Integration of Cloud computing and Internet of Things: A Survey, Future Generation Computer \
Systems 2016, ([paper](http://www.sciencedirect.com/science/article/pii/S0167739X15003015))
"""
    venues = {title: venue for title, (_, venue, _) in papers_with_authors(md).items()}
    assert not any("Tutorial" in v or "Asia" in v or "Award" in v for v in venues.values())
    # (505's reading stays: a venue's name in full)
    assert venues["Integration of Cloud computing and Internet of Things: A Survey"] \
        == "Future Generation Computer Systems 2016"


def test_note_under_a_bold_title_gives_no_venue() -> None:
    """A names line over a bold title line (items._title_under_names): any line under the
    title had been read as the citation's tail, so a note citing another paper gave its venue
    and year (`Improves on Osvik, Shamir and Tromer, CT-RSA 2006`: the year 2006 of another
    paper). Only an emphasised venue opening the line under the title is the tail."""
    md = """# Awesome Security Papers

## Side Channels

- Shuai Wang, Pei Wang, Xiao Liu:<br>
  **CacheD: Identifying Cache-Based Timing Channels in Production Software.**<br>
  We extend the approach of Kocher et al., USENIX Security 2017, to binaries. [[pdf]](https://www.usenix.org/system/files/conference/usenixsecurity17/sec17-wang-shuai.pdf)
- Yuval Yarom, Katrina Falkner:<br>
  **FLUSH+RELOAD: A High Resolution, Low Noise, L3 Cache Side-Channel Attack.**<br>
  Improves on Osvik, Shamir and Tromer, CT-RSA 2006. [[pdf]](https://www.usenix.org/system/files/conference/usenixsecurity14/sec14-paper-yarom.pdf)
"""
    papers = papers_with_authors(md)
    assert papers["CacheD: Identifying Cache-Based Timing Channels in Production Software"] \
        == (None, "", ["Wang", "Wang", "Liu"])
    assert papers["FLUSH+RELOAD: A High Resolution, Low Noise, L3 Cache Side-Channel "
                  "Attack"] == (None, "", ["Yarom", "Falkner"])


def test_university_repository_is_no_documentation() -> None:
    """`docs.` hosts (core.identifiers.documentation_page) had been read as a software's
    documentation, so papers linked to a university's repository (Purdue e-Pubs,
    `docs.lib.purdue.edu/cgi/viewcontent.cgi?…`) were dropped as non-papers."""
    md = """# Awesome Compressors

## Papers

- [Performance of Scroll Compressors Under Wet Conditions](https://docs.lib.purdue.edu/cgi/viewcontent.cgi?article=2345&context=icec)
- [Deep Learning for Fault Detection in Refrigeration Systems](https://arxiv.org/abs/2001.01234)
- [Modeling of Reciprocating Compressor Valves](https://docs.lib.purdue.edu/icec/1234/)
- [Neural Surrogates for Heat Pump Cycles](https://arxiv.org/abs/2101.01234)
"""
    papers = papers_with_authors(md)
    assert "Performance of Scroll Compressors Under Wet Conditions" in papers
    assert "Modeling of Reciprocating Compressor Valves" in papers
