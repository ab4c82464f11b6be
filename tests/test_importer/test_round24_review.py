"""Round 24's review: readings of round 24 that misfired on ordinary lines of other lists
(each test fails on a7a1cec's code)."""

from __future__ import annotations

from tests.test_importer.conftest import papers_in

_TOPICS_UNDER_YEARS = """# Awesome Deep Learning Papers

## 2018

### GAN

- [Progressive Growing of GANs for Improved Quality, Stability, and Variation](https://arxiv.org/abs/1710.10196)
- [Large Scale GAN Training for High Fidelity Natural Image Synthesis](https://arxiv.org/abs/1809.11096)

### RL

- [Rainbow: Combining Improvements in Deep Reinforcement Learning](https://arxiv.org/abs/1710.02298)
- [Soft Actor-Critic: Off-Policy Maximum Entropy Deep Reinforcement Learning](https://arxiv.org/abs/1801.01290)
"""


def test_topic_acronyms_under_a_year_are_no_venues() -> None:
    """`### GAN` and `### RL` inside `## 2018` were read as venues by their siblings
    (`collect._venues_in_years`): every paper got `GAN 2018` / `RL 2018` as its venue. Acronyms
    alone name topics as often; the year stays, the venue stays empty."""
    papers = papers_in(_TOPICS_UNDER_YEARS)
    assert len(papers) == 4
    assert all(year == 2018 and venue == "" for year, venue, _ in papers.values())


_PROCEEDINGS_TITLES = (
    "# Legal NLP\n\n## Papers\n\n"
    "- [Summarizing Court Hearing Proceedings](https://aclanthology.org/2021.nllp-1.1/)"
    " - NLLP 2021\n"
    "- [Argument Mining in Parliamentary Proceedings](https://aclanthology.org/2020.argmining-1.2/)"
    " - ArgMining 2020\n"
    "- [Legal Judgment Prediction via Topological Learning](https://aclanthology.org/D18-1390/)"
    " - EMNLP 2018\n")


def test_a_title_ending_in_proceedings_is_a_paper() -> None:
    """`[Argument Mining in Parliamentary Proceedings](aclanthology)` was skipped as a
    proceedings volume (`collect._VOLUME` took any two to five words ending in the word); a
    volume's short name holds its year (`NLLP 2020 Proceedings`)."""
    papers = papers_in(_PROCEEDINGS_TITLES)
    assert "Summarizing Court Hearing Proceedings" in papers
    assert "Argument Mining in Parliamentary Proceedings" in papers
    assert len(papers) == 3


_APA_BY_MONTH = (
    "# Reading list\n\n## Papers\n\n"
    "- Vaswani, A., Shazeer, N., & Parmar, N. (2017, December). [Attention is all you need]"
    "(https://papers.nips.cc/paper/7181-attention-is-all-you-need.pdf). In *Advances in Neural"
    " Information Processing Systems* (pp. 5998-6008).\n"
    "- He, K., Zhang, X., & Ren, S. (2016). [Deep residual learning for image recognition]"
    "(https://openaccess.thecvf.com/content_cvpr_2016/papers/He_Deep_Residual_CVPR_2016_paper.pdf)."
    " In *Proceedings of CVPR* (pp. 770-778).\n"
    "- Woolley, A., Malone, T. (2015, January 16). [Why Some Teams Are Smarter Than Others]"
    "(https://www.nytimes.com/2015/01/18/opinion/sunday/smarter-teams.html). *The New York"
    " Times*.\n")


def test_a_conference_paper_dated_by_its_month_is_a_paper() -> None:
    """`Vaswani, A., … (2017, December). [Attention is all you need](papers.nips.cc/….pdf).
    In *Advances in …*`: APA dates a conference paper by its month; `evidence.dated_by_month`
    dropped it as a news piece because its link is no arXiv id or DOI. A link to a paper
    (a proceedings host, a PDF) keeps it; the newspaper piece still goes."""
    papers = papers_in(_APA_BY_MONTH)
    assert "Attention is all you need" in papers
    assert papers["Attention is all you need"][0] == 2017
    assert "Why Some Teams Are Smarter Than Others" not in papers
