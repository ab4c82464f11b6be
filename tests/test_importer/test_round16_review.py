"""Issue 15, the review of rounds 14-15 (lines written as real lists write them, with real
paper titles and arXiv ids): a full date before a title keeps its year where nothing in the
section says it is a log date; an organisation after a title is no person; an arXiv year-month
before a title reads as that month's year; a numbered list's run-on line still splits."""

from __future__ import annotations

from awesome_bib.importer import read_library


def _entries(md: str) -> dict[str, tuple[int | None, str, list[tuple[str, str]]]]:
    """title -> (year, venue tag, authors as (given, family)) of each imported paper."""
    lib = read_library(md, "list.md").lib
    return {e.title: (e.year, e.venue_tag, [(a.given, a.family) for a in e.authors])
            for e in lib.entries}


def test_a_full_date_before_a_title_dates_the_paper_where_no_item_names_a_venue_code():
    """A reading group's `2025-09-26-SOSP23-Title` (list 294) is a session's log date; a
    section whose dated items name no venue of their own is not a log: the date's year is the
    paper's, as the `## 2023` heading above them says too."""
    md = ("# Awesome LLM Papers\n\n## 2023\n"
          "- 2023-05-12 - Scaling Laws for Sparsely Connected Foundation Models "
          "[[pdf](https://arxiv.org/abs/2309.08520)]\n"
          "- 2023-06-02 - Direct Preference Optimization: Your Language Model is Secretly a "
          "Reward Model [[pdf](https://arxiv.org/abs/2305.18290)]\n"
          "- 2023-07-18 - Llama 2: Open Foundation and Fine-Tuned Chat Models "
          "[[pdf](https://arxiv.org/abs/2307.09288)]\n")
    got = _entries(md)
    assert {year for year, _, _ in got.values()} == {2023}
    assert "Llama 2: Open Foundation and Fine-Tuned Chat Models" in got


def test_an_organisation_after_a_bold_title_is_no_author():
    """`NEC Labs`, `IBM Research`: two or three capitals before an organisation's word are no
    person's initials (Vancouver's `Adams TM` is)."""
    md = ("# Papers\n\n## Speech\n"
          "- **Deep Speech: Scaling up End-to-End Speech Recognition** IBM Research "
          "[[paper](https://arxiv.org/abs/1412.5567)]\n"
          "- **Sequence Transduction with Recurrent Neural Networks** NEC Labs "
          "[[paper](https://arxiv.org/abs/1211.3711)]\n")
    for _, _, authors in _entries(md).values():
        assert ("NEC", "Labs") not in authors and ("IBM", "Research") not in authors


def test_an_arxiv_year_month_before_a_title_is_read_as_that_months_year():
    """`(arXiv 1812) Title`, `(arXiv 1912) Title`: four digits that cannot be a year of arXiv
    (it opened in 1991) or that the item's own arXiv id opens with are a year-month."""
    md = ("# Awesome Bayesian\n\n## Papers\n"
          "- (arXiv 1812) Deep Gaussian Processes with Importance-Weighted Variational Inference "
          "[[pdf](https://arxiv.org/abs/1905.05435)]\n"
          "- (arXiv 1912) Bayesian Deep Learning and a Probabilistic Perspective of "
          "Generalization [[pdf](https://arxiv.org/abs/2002.08791)]\n"
          "- (arXiv 2002) Being Bayesian, Even Just a Bit, Fixes Overconfidence in ReLU Networks "
          "[[pdf](https://arxiv.org/abs/2002.10118)]\n")
    got = _entries(md)
    assert got["Deep Gaussian Processes with Importance-Weighted Variational Inference"][:2] \
        == (2018, "arXiv 2018")
    assert got["Bayesian Deep Learning and a Probabilistic Perspective of Generalization"][:2] \
        == (2019, "arXiv 2019")
    assert got["Being Bayesian, Even Just a Bit, Fixes Overconfidence in ReLU Networks"][:2] \
        == (2020, "arXiv 2020")
