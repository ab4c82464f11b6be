"""Issue 15, round 22, `import-dev37` on lists 469-474 (the thirty-ninth held-out set's first
half, tests/corpus/, provenance in SOURCES.md): real lines of those lists (and of the lists the
same readings change), each read by one general reading."""

from __future__ import annotations

from awesome_bib.importer import read_library

from .conftest import papers_in, papers_with_authors

# List 474 (Korean): a table of unlinked references under `## 논문 목록`, as written
_KO_TABLE = (
    "## 논문 업로드 규칙  \n"
    "#### 업로드 한 논문의 정보를 아래 목록에 추가한다.  \n\n"
    "## 논문 목록  \n\n"
    "| Title             | Authors     | Year  | Published in  |\n"
    "| ----------------- | ----------- | ----- | ------------- |\n"
    "| Forecasting stock markets using wavelet transforms and recurrent neural networks: An "
    "integrated system based on artificial bee colony algorithm | Hsieh, Tsung-Jung; Hsiao, "
    "Hsiao-Fen; Yeh, Wei-Chang | 2010 | Applied Soft Computing |\n"
    "| Classification trees for time series | Douzal-Chouakria, Ahlame; Amblard, Cecile | 2011 | "
    "Pattern Recognition |\n"
    "| The economics of BitCoin price formation | Ciaian, Pavel; Rajcaniova, Miroslava; Kancs, "
    "d’Artis| 2016 | Applied Economics |\n"
    "| Financial data science | Giudici, Paolo | 2018 | Statistics and Probability Letters |\n")


def test_a_table_whose_header_names_a_references_fields_lists_papers_without_links():
    """474: `| Title | Authors | Year | Published in |` over rows that link nothing: the header
    names each row's title, year and venue, so a row filling them with a title phrase is a
    paper, no link made up (before: the whole list refused, `no link`, as no paper of its
    heading linked one)."""
    papers = papers_in(_KO_TABLE)
    assert papers["Classification trees for time series"] == (
        2011, "Pattern Recognition 2011", "논문 목록")
    assert papers["Financial data science"][:2] == (2018, "Statistics and Probability Letters 2018")
    assert len(papers) == 4
    lib = read_library(_KO_TABLE, "list.md").lib
    assert all(not e.links for e in lib.entries)


# List 153's bullet: names joined by semicolons, each `Family, Given`
_MARL = (
    "# MARL\n\n## Transfer\n\n"
    "* [A Survey on Transfer Learning for Multiagent Reinforcement Learning Systems]"
    "(https://www.jair.org/index.php/jair/article/view/11396) by Silva, Felipe Leno da; Costa, "
    "Anna Helena Reali. JAIR, 2019.\n")


def test_names_joined_by_semicolons_are_each_family_then_given():
    """474, 153: `Hsieh, Tsung-Jung; Hsiao, Hsiao-Fen; Yeh, Wei-Chang` (a reference manager's
    export) names three people, each family name, comma, given name (before: six "authors",
    every given name read as a family name); an elided particle (`Kancs, d’Artis`) is a name
    word."""
    papers = papers_with_authors(_KO_TABLE)
    assert papers["Classification trees for time series"][2] == ["Douzal-Chouakria", "Amblard"]
    assert papers["The economics of BitCoin price formation"][2] == [
        "Ciaian", "Rajcaniova", "Kancs"]
    lib = read_library(_MARL, "list.md").lib
    assert [(a.family, a.given) for a in lib.entries[0].authors] == [
        ("Silva", "Felipe Leno da"), ("Costa", "Anna Helena Reali")]


# List 471's first table, rows as written
_EVENTS = (
    "# Paper with Finacial Event Prediction\n\n## Bankrupt\n"
    "| Reference | Paper | Data Source | Model | Evaluation Metric(s) | Time Period | "
    "Contributions | Venue |\n|-|-|-|-|-|-|-|-|\n"
    "| Geng et al. (2015) | [Prediction of financial distress: An empirical study of listed "
    "Chinese companies using data mining](https://www.sciencedirect.com/science/article/abs/pii/"
    "S0377221714006511) | China, CSMAR | NN, DT, SVM, MV  | Accuracy, Recall, Precision | "
    "2001–2008  | phenomenon of financial distress | Accounting  |\n"
    "| Liang et al. (2016)  | [Financial ratios and corporate governance indicators in bankruptcy "
    "prediction: A comprehensive study](https://www.sciencedirect.com/science/article/abs/pii/"
    "S0377221716000412) | Taiwan Economic Journal (TEJ)  | SVM, KNN  | ROC, Accuracy | 1999–2009 "
    "| assess the prediction performance | Accounting, market, corporate governance  |\n"
    "| Olson et al. (2012)  | [Comparative analysis of data mining methods for bankruptcy "
    "prediction](https://www.sciencedirect.com/science/article/abs/pii/S0167923611001709) | USA, "
    "Compustat | DT, logit  | MSE | 2005–2009 | Research bankruptcy data | Accounting  |\n"
    "| Kim et al. (2010)  | [Ensemble with neural networks for bankruptcy prediction]"
    "(https://www.sciencedirect.com/science/article/abs/pii/S0957417409008781) | Korea | MLP + "
    "bagging, MLP + boosting  | Predictive Accuracy | 2002–2005 | An ensemble | Accounting  |\n"
    "| Snow et al. (2020) | [Predicting Global Restaurant Facility Closures](https://papers.ssrn"
    ".com/sol3/papers.cfm?abstract_id=3481555) | USA, Yelp | LightGBM | ROC | 2006-2017 | "
    "Through text mining | Accounting  |\n"
    "| Mai et al. (2018) | [Deep learning models for bankruptcy prediction using textual "
    "disclosures](https://www.sciencedirect.com/science/article/abs/pii/S0377221718308774) | USA, "
    "CRSP | CNN | AUC | 1994-2014 | Deep learning models | Accounting |\n"
    "| Adesoji et al. (1999) | [Predicting Mergers and Acquisitions in the Food Industry]"
    "(https://onlinelibrary.wiley.com/doi/abs/10.1002/agr.1) | USA, SDC Platinum | Logit Models "
    "| Accuracy | 1985–1995 | Explain merger activities | Food industry |\n"
    "| Yang et al. (2020) | [Generating Plausible Counterfactual Explanations for Deep "
    "Transformers in Financial Text Classification](https://www.aclweb.org/anthology/"
    "2020.coling-main.541.pdf) | U.S. Listed Companies | Transformers | MSE | 2007-2019 | "
    "Predict the results | CoLING-20 |\n")


def test_a_span_of_years_is_no_year_and_a_who_and_when_column_dates_the_row():
    """471: `| 2001–2008 |` under `Time Period` is the span of the data the paper studied, no
    paper's year (before: 2001 for every such row); `| Geng et al. (2015) |` under `Reference`
    is who wrote the row's paper and when, an author-year citation: its authors and year
    (before: not read, a header of known words named no authors' column)."""
    papers = papers_with_authors(_EVENTS)
    title = "Prediction of financial distress: An empirical study of listed Chinese companies " \
        "using data mining"
    assert papers[title][0] == 2015 and papers[title][2] == ["Geng"]
    assert papers["Deep learning models for bankruptcy prediction using textual disclosures"][
        0] == 2018


def test_a_venue_column_of_kinds_names_no_venue_but_where_a_cell_reads_as_one():
    """471: a `Venue` column where one value no venue table knows and no year dates
    (`Accounting`) fills most rows, and other cells read as no venue's name at all (`Food
    industry`, `Accounting, market, corporate governance`), sorts its rows by the kind of data
    they used: no venue (before: `Accounting 2001` on every row); a cell there that reads as a
    venue with its year (`CoLING-20`) stays one."""
    papers = papers_in(_EVENTS)
    assert papers["Comparative analysis of data mining methods for bankruptcy prediction"][
        :2] == (2012, "")
    assert papers["Predicting Mergers and Acquisitions in the Food Industry"][:2] == (1999, "")
    counterfactual = "Generating Plausible Counterfactual Explanations for Deep Transformers " \
        "in Financial Text Classification"
    assert papers[counterfactual][0] == 2020
    assert "CoLING" in papers[counterfactual][1]


# List 472's paragraphs, as written
_ALCF = (
    "---\nlayout: back-pub\n\ntitle: Publications\n---\n\n### JANUARY\n\n"
    "Akinsanola, A. A., C. Jung, J. Wang, and V. R. Kotamarthi. “Evaluation of Precipitation "
    "Across the Contiguous United States, Alaska, and Puerto Rico in Multi-Decadal "
    "Convection-Permitting Simulations,\" _Scientific Reports_ (January 2024), Springer Nature. "
    "doi: 10.1038/s41598-024-51714-3\n\n"
    "Huang, J., J. Liu, S. Di, Y. Zhai, Z. Jian, S. Wu, K. Zhao, Z. Chen, Y. Guo, and F. "
    "Cappello. “Exploring Wavelet Transform Usages for Error-Bounded Scientific Data "
    "Compression,\" _2023 IEEE International Conference on Big Data (BigData)_ (January 2024), "
    "Sorrento, Italy, IEEE. doi: 10.1109/bigdata59044.2023.10386386\n\n"
    "Li, Z., P. Chaturvedi, S. He, H. Chen, G. Singh, V. Kindratenko, E. A. Huerta, K. Kim, and "
    "R. Madduri. “FedCompass: Efficient Cross-Silo Federated Learning on Heterogeneous Client "
    "Devices Using a Computing Power-Aware Scheduler,\" _ICLR 2024_ (January 2024), Vienna, "
    "Austria, ICLR. doi: 10.48550/arXiv.2309.14675\n")


def test_a_citations_date_in_parentheses_ends_its_venue_and_dates_it():
    """472: `_Scientific Reports_ (January 2024), Springer Nature.`: the month and year in
    parentheses are the citation's date, so the venue ends before them (before: `Scientific
    Reports (January 2024`) and its year is theirs even where the venue's name holds its
    edition's (`2023 IEEE International Conference on Big Data (BigData)`: before, 2023 and
    the acronym's parenthesis cut)."""
    papers = papers_in(_ALCF)
    precipitation = "Evaluation of Precipitation Across the Contiguous United States, Alaska, " \
        "and Puerto Rico in Multi-Decadal Convection-Permitting Simulations"
    assert papers[precipitation] == (2024, "Scientific Reports 2024", "JANUARY")
    wavelet = "Exploring Wavelet Transform Usages for Error-Bounded Scientific Data Compression"
    assert papers[wavelet][:2] == (
        2024, "2023 IEEE International Conference on Big Data (BigData) 2024")


# List 371's bullets: a paper cited in full ending with its DOI, another cited under it
_SSA = (
    "# SSA\n\n## For Non-Reducible CFGs\n\n"
    "* 2013 M. Braun, S. Buchwald, S. Hack, R. Leißa, C. Mallon, and\n"
    "  A. Zwinkau. Simple and efficient construction of static single assignment\n"
    "  form. In R. Jhala and K. Bosschere, editors, Compiler Construction,\n"
    "  volume 7791 of Lecture Notes in Computer Science, pp.\n"
    "  102–122. Springer, 2013. doi: 10.1007/978-3-642-37051-9_6.\n\n"
    "  > Braun, et al present a simple SSA construction algorithm.\n\n"
    "  * 2016 Verified Construction of Static Single Assignment Form, Sebastian Buchwald,\n"
    "    Denis Lohner, Sebastian Ullrich\n")


def test_a_labelled_doi_that_ends_a_citation_is_its_link():
    """472, 371: `… Springer Nature. doi: 10.1038/s41598-…` ends the citation, so the DOI is
    whole (a DOI cut by a line break is followed by the rest of the item): the paper's DOI
    link, and `10.48550/arXiv.2309.14675` names its arXiv id (before: no link, only a line
    that was a DOI alone was read). A full citation under a paper cited in full, another
    title, stays a paper of its own now its parent links its DOI."""
    lib = read_library(_ALCF, "list.md").lib
    by_title = {e.title[:12]: e for e in lib.entries}
    assert by_title["Evaluation o"].doi == "10.1038/s41598-024-51714-3"
    assert by_title["FedCompass: "].arxiv == "2309.14675"
    ssa = {e.title: e for e in read_library(_SSA, "list.md").lib.entries}
    assert ssa["Simple and efficient construction of static single assignment form"].doi == \
        "10.1007/978-3-642-37051-9_6"
    assert ssa["Verified Construction of Static Single Assignment Form"].year == 2016
