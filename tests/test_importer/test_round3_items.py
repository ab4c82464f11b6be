"""Issue 15, third round: bullets, paragraphs and citations of lists 34-41 (excerpt lines of the
real lists in tests/corpus/), read with the list's own evidence."""

from __future__ import annotations

from awesome_bib.importer import read_library


def _rows(md: str):
    reading = read_library(md, "list.md")
    return [(e.title, e.venue_tag, e.year, [(a.given, a.family) for a in e.authors][:2])
            for e in reading.lib.entries if e.kind == "paper"]


def test_a_dated_lead_tag_gives_year_and_venue_and_leaves_its_notes():
    # 34_zhijingjin_causal_nlp: `(year venue, note) **Title.** _Authors_. [[pdf](url)]`
    md = ("## 1.2 Overview Papers\n\n"
          "1. (2021 IEEE, Overview by Schoelkopf+) **Towards Causal Representation Learning.** "
          "_Bernhard Schölkopf, Francesco Locatello, Stefan Bauer_. "
          "[[pdf](https://arxiv.org/pdf/2102.11107.pdf)] \n"
          "2. (2019 Overview, Schoelkopf) **Causality for Machine Learning.** "
          "_Bernhard Schölkopf_. [[pdf](https://arxiv.org/pdf/1911.10500.pdf)]\n"
          "3. (2018, National Science Review) **Learning causality and causality-related "
          "learning: some recent progress.** _Kun Zhang, Bernhard Schölkopf, Peter Spirtes, "
          "Clark Glymour_. [[pdf](https://academic.oup.com/nsr/article/5/1/26/4638533)]\n"
          "4. (2021, Survey on continuous optimization for causal discovery) **D'ya like DAGs? "
          "A Survey on Structure Learning and Causal Discovery.** _Matthew J. Vowels, Necati "
          "Cihan Camgoz, Richard Bowden_. [[pdf](https://arxiv.org/pdf/2103.02582.pdf)]\n")
    assert _rows(md) == [
        ("Towards Causal Representation Learning", "IEEE 2021", 2021,
         [("Bernhard", "Schölkopf"), ("Francesco", "Locatello")]),
        ("Causality for Machine Learning", "", 2019, [("Bernhard", "Schölkopf")]),
        ("Learning causality and causality-related learning: some recent progress",
         "National Science Review 2018", 2018, [("Kun", "Zhang"), ("Bernhard", "Schölkopf")]),
        ("D'ya like DAGs? A Survey on Structure Learning and Causal Discovery", "", 2021,
         [("Matthew J.", "Vowels"), ("Necati Cihan", "Camgoz")])]


def test_a_names_and_year_field_of_a_pipe_separated_item_is_read():
    # 36_dengbocong_nlp_paper: `+ [tag] | [Title](url) | [notes](url) | summary | Names et al,Year`
    md = ("## Paper List\n\n"
          "+ [NLP] | [Efficient Estimation of Word Representations in Vector Space]"
          "(https://arxiv.org/pdf/1301.3781.pdf) | [阅读笔记](https://zhuanlan.zhihu.com/p/1) | "
          "Word2vec的奠基性论文之一，由Google的Tomas Mikolov提出 | Tomas Mikolov et al,2013\n\n"
          "+ [图算法-搜排] | [The PageRank Citation Ranking: Bringing Order to the Web]"
          "(http://ilpubs.stanford.edu:8090/422/1/1999-66.pdf) | "
          "[阅读笔记](https://zhuanlan.zhihu.com/p/137561088) | 经典的PageRank算法 | "
          "L Page et al, 1998\n")
    assert [(title, year, names) for title, _venue, year, names in _rows(md)] == [
        ("Efficient Estimation of Word Representations in Vector Space", 2013,
         [("Tomas", "Mikolov")]),
        ("The PageRank Citation Ranking: Bringing Order to the Web", 1998, [("L", "Page")])]


def test_an_emphasised_title_then_one_name_gives_the_author_and_a_bracketed_year_is_a_date():
    # 35_maastrichtlawtech_legal_nlp: `- [`2019-09`] *Title*, K. Ashley [[pdf]](url)`, and the
    # book `- [`2017`] *Title*, K. Ashley. [[link]](url)` (a year in brackets, no reference
    # number)
    md = ("## Surveys\n\n"
          "- [`2019-09`] *A Brief History of the Changing Roles of Case Prediction in AI and "
          "Law*, K. Ashley [[pdf]](https://journals.latrobe.edu.au/index.php/law-in-context/"
          "article/download/88/157)\n"
          "- [`2017`] *Artificial Intelligence and Legal Analytics: New Tools for Law Practice "
          "in the Digital Age*, K. Ashley. [[link]](https://www.cambridge.org/core/books/"
          "artificial-intelligence-and-legal-analytics/E7D705EEF392501A1DB180645917E7E0)\n")
    assert _rows(md) == [
        ("A Brief History of the Changing Roles of Case Prediction in AI and Law", "", 2019,
         [("K.", "Ashley")]),
        ("Artificial Intelligence and Legal Analytics: New Tools for Law Practice in the "
         "Digital Age", "", 2017, [("K.", "Ashley")])]
