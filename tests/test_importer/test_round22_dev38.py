"""Issue 15, round 22, `import-dev38` on lists 475-480 (the thirty-ninth held-out set's second
half, tests/corpus/, provenance in SOURCES.md): real lines of those lists, each read by one
general reading."""

from __future__ import annotations

from .conftest import papers_in, papers_with_authors

# List 475's bullets: a title with two trailing spaces (a hard break), the bare URL on the
# next line, as written
_REPOSITORY_PDFS = (
    "# Finance\n\n### 気になるリスト\n\n"
    "- Atomic Swaptions: Cryptocurrency Derivatives  \nhttps://arxiv.org/pdf/1807.08644.pdf\n\n"
    "- Efficient Estimation of Word Representations in Vector Space  \n"
    "https://github.com/Srizzle/Deep-Learning-Financial-News-Stock-Movement-Prediction/blob/"
    "master/Papers/Sentiment%20Analysis/Efficient%20Estimation%20of%20Word%20Representations"
    "%20in%20Vector%20Space.pdf\n\n"
    "- Algo Depth Financial News to Predict Stock market  \n"
    "https://github.com/Srizzle/Deep-Learning-Financial-News-Stock-Movement-Prediction/blob/"
    "master/Papers/Sentiment%20Analysis/algo-depth-financial-news-stock-prediction.pdf\n\n"
    "- Modeling long- and Short-Term Temporal Patterns with Deep Neural Networks  \n"
    "https://github.com/Srizzle/Deep-Learning-Financial-News-Stock-Movement-Prediction/blob/"
    "master/Papers/Time Series Modelling/Modeling Long- and Short-Term Temporal Patterns  with "
    "Deep Neural Networks.pdf\n")


def test_a_pdf_in_a_repository_is_judged_by_its_own_path_not_the_repositorys_name():
    """475: a PDF kept in a repository called `…-Financial-News-Stock-…`, or a file named
    `algo-depth-financial-news-stock-prediction.pdf`, is a paper's file: `news` there is the
    collection's or the paper's topic, no folder of news posts (before: both skipped as posts,
    `only links to videos, posts or code`)."""
    papers = papers_in(_REPOSITORY_PDFS)
    assert "Efficient Estimation of Word Representations in Vector Space" in papers
    assert "Algo Depth Financial News to Predict Stock market" in papers


def test_a_file_url_pasted_with_its_spaces_unescaped_is_one_link():
    """475: `https://github.com/…/Papers/Time Series Modelling/Modeling … Networks.pdf` alone
    on its line: the words after the first space go on with the path (a folder's `/`) to the
    PDF's name ending the line: one URL, its spaces `%20` (before: cut at `…/Papers/Time`, a
    link into the repository's tree, and the paper skipped as code)."""
    title = "Modeling long- and Short-Term Temporal Patterns with Deep Neural Networks"
    assert title in papers_in(_REPOSITORY_PDFS)


# List 476's GB/T 7714 bullets under year headings, as written (front matter title)
_PUBLICATIONS = (
    "---\nlayout: page\ntitle: Yao,Tiechui's publications\n---\n\n"
    "### 2022\n\n"
    "- **Yao T.**, Wang J., Wang Y., et al. Very Short-term Forecasting of Distributed PV Power "
    "using GSTANN[J].  CSEE Journal of Power and Energy Systems. 2022. Accept. **JCR Q1**.\n\n"
    "- **Yao T.,** Wang J., Wu H., et al. A photovoltaic power output dataset: Multi-source "
    "photovoltaic power output dataset with Python toolkit[J]. Solar Energy, 2021, 230: 122-130. "
    "[[link](https://doi.org/10.1016/j.solener.2021.09.050)] **JCR Q2**.\n\n"
    "### 2021\n\n"
    "- **Yao T.**, Wang J., Wu H., et al. Intra-Hour Photovoltaic Generation Forecasting Based "
    "on Multi-Source Data and Deep Learning Methods[J]. IEEE Transactions on Sustainable Energy, "
    "2021, 13(1): 607-618. [[link](https://doi.org/10.1109/TSTE.2021.3123337)] **JCR Q1**.\n\n"
    "### 2017-2020\n\n"
    "- **Yao T.**, Xiao L., Zhao D., et al. GPU computing based fast discrete wavelet transform "
    "for l 1-regularized SPIRiT reconstruction[J]. The Imaging Science Journal, 2018, 66(7): "
    "393-408. JCR Q4.\n\n"
    "- **姚铁锤**,等,基于多GPU计算与卷积神经网络的阿尔茨海默症早期预警研究, "
    "2017年全国高性能计算学术年会；Poster.\n")


def test_a_gbt_document_type_ends_the_title_whatever_its_last_word():
    """476: `… using GSTANN[J].  CSEE Journal of Power and Energy Systems. 2022.`: the document
    type ends the title's sentence (an acronym of six capitals is no sentence's end by itself);
    the journal after it is the venue (before: title `… GSTANN. CSEE Journal of Power and
    Energy Systems`, no venue)."""
    papers = papers_in(_PUBLICATIONS)
    assert papers["Very Short-term Forecasting of Distributed PV Power using GSTANN"][:2] == (
        2022, "CSEE Journal of Power and Energy Systems 2022")


def test_a_linkless_citation_under_one_year_stands_beside_the_linked_ones_of_other_years():
    """476: `### 2017-2020` holds one citation written as the linked ones under `### 2022` and
    `### 2021` are, without its link (and a poster): the year headings divide one page's
    papers by date, so the citation stands beside its topic's linked papers (before: `no
    link`, its heading holding no linked paper of its own)."""
    title = "GPU computing based fast discrete wavelet transform for l 1-regularized SPIRiT " \
        "reconstruction"
    assert papers_in(_PUBLICATIONS)[title][:2] == (2018, "The Imaging Science Journal 2018")


# List 477's Vancouver citations in a numbered list, most wrapped in bold, as written
_VANCOUVER = (
    "Numbered References for Personal Sensing Studies:\n\n"
    "4. **Jacobson NC, Summers B, Wilhelm S. Digital Biomarkers of Social Anxiety Severity: "
    "Digital Phenotyping Using Passive Smartphone Sensors. J Med Internet Res 2020 May 29;22(5):"
    "e16875.**\n"
    "5. **Palmius N, Tsanas A, Saunders K, Bilderbeck A, Geddes J, Goodwin G, de Vos M. Detecting "
    "Bipolar Depression  From Geographic Location Data. IEEE Trans Biomed Eng 2016 Oct 25;PP:1–1. "
    "[doi: 10.1109/TBME.2016.2611862]** \n"
    "6. **Barnett I, Torous J, Staples P, Sandoval L, Keshavan M, Onnela J-P. Relapse prediction "
    "in schizophrenia through digital phenotyping: a pilot study. Neuropsychopharmacology 2018 "
    "Jul;43(8):1660–1666.**\n"
    "7. **Adler DA, Ben-Zeev D, Tseng VW-S, Kane JM, Brian R, Campbell AT, Hauser M, Scherer EA, "
    "Choudhury T. Predicting Early Warning Signs of Psychotic Relapse From Passive Sensing Data: "
    "An Approach Using Encoder-Decoder Neural Networks. JMIR MHealth UHealth 2020 Aug 31;8(8):"
    "e19962. [doi: 10.2196/19962]** \n")


def test_vancouver_names_with_hyphenated_initials_or_a_particle_open_a_citation():
    """477: `Onnela J-P`, `Tseng VW-S` (a hyphenated given name's initials) and `de Vos M` (a
    family name after its particle) are names as Vancouver writes them: the citation is read,
    names, title, journal and year (before: the two with hyphenated initials not imported, the
    one with `de Vos` imported under the whole citation as its title)."""
    papers = papers_with_authors(_VANCOUVER)
    assert papers["Relapse prediction in schizophrenia through digital phenotyping: a pilot "
                  "study"] == (2018, "Neuropsychopharmacology 2018",
                               ["Barnett", "Torous", "Staples", "Sandoval", "Keshavan", "Onnela"])
    adler = papers["Predicting Early Warning Signs of Psychotic Relapse From Passive Sensing "
                   "Data: An Approach Using Encoder-Decoder Neural Networks"]
    assert adler[:2] == (2020, "JMIR MHealth UHealth 2020") and adler[2][2] == "Tseng"
    palmius = papers["Detecting Bipolar Depression From Geographic Location Data"]
    assert palmius[2][-1] == "de Vos"


def test_a_dois_digits_are_no_year_of_the_citation_around_it():
    """477: `IEEE Trans Biomed Eng 2016 Oct 25;PP:1–1. [doi: 10.1109/TBME.2016.2611862]`: the
    year is the date's, the venue the journal before it; the DOI's `2016` is an identifier's
    (before, once the names were read: venue `IEEE Trans Biomed Eng 2016 Oct 25;PP:1–1. [doi:
    10.1109/TBME 2016`)."""
    papers = papers_in(_VANCOUVER)
    assert papers["Detecting Bipolar Depression From Geographic Location Data"][:2] == (
        2016, "IEEE Trans Biomed Eng 2016")


# List 477's citations of journals read online, as written
_ONLINE = (
    "Numbered References for Personal Sensing Studies:\n\n"
    "13. **Faurholt-Jepsen M, Bauer M, Kessing LV. Smartphone-based objective monitoring in "
    "bipolar disorder: status and considerations. Int J Bipolar Disord [Internet] 2018 Jan 23 "
    "[cited 2020 Dec 19];6**\n"
    "22. Ding T, Bickel WK, Pan S. Social Media-based Substance Use Prediction. ArXiv170505633 Cs "
    "[Internet] 2017 May 16 [cited 2018 Jan 31]; Available from: http://arxiv.org/abs/1705.05633\n")


def test_vancouvers_online_medium_ends_the_journal_and_the_cited_date_is_no_venue():
    """477: `Int J Bipolar Disord [Internet] 2018 Jan 23 [cited 2020 Dec 19]`: the medium ends
    the journal's name, the date after it is the paper's, the date it was cited on the reader's;
    `ArXiv170505633 Cs [Internet]` names arXiv, its id glued (before: venues `Int J Bipolar
    Disord [Internet] 2018 Jan 23 [cited 2020` and `ArXiv170505633 Cs [Internet] 2017 May 16
    [cited 2018`)."""
    papers = papers_in(_ONLINE)
    assert papers["Smartphone-based objective monitoring in bipolar disorder: status and "
                  "considerations"][:2] == (2018, "Int J Bipolar Disord 2018")
    assert papers["Social Media-based Substance Use Prediction"][:2] == (2017, "arXiv 2017")


# List 478's table: a data set's row among rows of titled papers, as written
_SOURCES = (
    "| Title & Link | One-sentence Description |\n"
    "|--------------|--------------------------|\n"
    "| [**StudentLife Dataset**](https://studentlife.cs.dartmouth.edu/dataset.html) | "
    "Smartphone-based sensing and EMA study on Dartmouth college students, tracking stress, "
    "activity, sleep, and social interaction. |\n"
    "| [**Digital Behavior Change Intervention Designs for Habit Formation**](https://pmc.ncbi."
    "nlm.nih.gov/articles/PMC11161714/) | Survey of design principles and patterns used in mobile "
    "health interventions aimed at supporting habit formation. |\n"
    "| [**A Field Experiment on Gamification of Physical Activity**](https://www.sciencedirect."
    "com/science/article/pii/S1071581923002148) | Field experiment showing that gamification "
    "significantly boosts physical activity motivation and engagement. |\n")

# List 479's notes: `* Title: url` bullets linking Web of Science records, then Kaggle data
# sets under a prose line, as written
_NOTES = (
    "# WILDFIRES:\n"
    "Texas A&M Wildfire data science challenge: https://tamids.tamu.edu/2023/05/01/wildfire-"
    "challenge-awards/\n\n"
    "### notes\n"
    "could do wildfire risk based on environmental/weather/time conditions\n\n"
    "* Analysis of Wildfire Danger Level Using Logistic Regression Model in Sichuan Province, "
    "China: https://www.webofscience.com/wos/woscc/full-record/WOS:001131084400001\n"
    "* Wildfire evacuation decision modeling using GPS data: Wildfire evacuation decision "
    "modeling using GPS data: https://www.webofscience.com/wos/woscc/full-record/"
    "WOS:000885108800003\n"
    "* Modeling and mapping wildfire ignition risk in Portugal: https://www.webofscience.com/wos/"
    "woscc/full-record/WOS:000272546000003\n\n"
    "Kaggle datasets:\n"
    "* [U.S. Wildfire data (plus other attributes)](https://www.kaggle.com/datasets/capcloudcoder/"
    "us-wildfire-data-plus-other-attributes)\n"
    "* [Wildfires](https://www.kaggle.com/datasets/willianoliveiragibin/wildfires)\n")


def test_a_short_name_linking_only_a_data_sets_page_is_a_data_set():
    """478: `[**StudentLife Dataset**](…/dataset.html)`, 479: `[U.S. Wildfire data (plus other
    attributes)](kaggle.com/datasets/…)`: a name of a few words linking only data sets' pages,
    no venue, year or authors, is a data set without its paper (before: 478's imported as a
    paper; 479's would be, once the list is read); the titled papers stay."""
    assert set(papers_in(_SOURCES)) == {
        "Digital Behavior Change Intervention Designs for Habit Formation",
        "A Field Experiment on Gamification of Physical Activity"}
    assert "U.S. Wildfire data (plus other attributes)" not in papers_in(_NOTES)


def test_citation_index_records_are_papers_links_and_a_title_pasted_twice_is_one():
    """479: `* Title: https://www.webofscience.com/wos/woscc/full-record/WOS:…`: a citation
    index's record is one paper's, as a PubMed or Semantic Scholar page is (before: the whole
    list refused, no item of its section linking a paper); `Title: Title: url` is one title
    pasted twice, no title and subtitle."""
    assert set(papers_in(_NOTES)) == {
        "Analysis of Wildfire Danger Level Using Logistic Regression Model in Sichuan Province, "
        "China",
        "Wildfire evacuation decision modeling using GPS data",
        "Modeling and mapping wildfire ignition risk in Portugal"}


# List 480's reading notes: papers written as headings, two with their year after the link
_READING_NOTES = (
    "# 2021-01-25 Day 1\n\n"
    "## [Genes, behavior and next‐generation RNA sequencing](https://onlinelibrary.wiley.com/doi/"
    "full/10.1111/gbb.12007) 2013\n"
    " \tHitzemann, R., Bottomly, D., Darakjian, P., Walter, N., Iancu, O., Searles, R., Wilmot, "
    "B. and McWeeney, S., 2013. Genes, behavior and next‐generation RNA sequencing. Genes, Brain "
    "and Behavior, 12(1), pp.1-12.\n\n\n"
    "## [RNA sequencing and analysis.](http://cshprotocols.cshlp.org/content/2015/11/pdb.top08497"
    "0.full) 2015\n"
    "Kukurba, K.R. and Montgomery, S.B., 2015.  Cold Spring Harbor Protocols, 2015(11), pp.pdb-"
    "top084970.\n\n\n\n"
    "# Feb 3, 2021 Week 2 Day 1\n\n"
    "### [Compare and Contrast of Differential Gene Expression Software Packages of RNA-Seq]"
    "(https://ieeexplore.ieee.org/stamp/stamp.jsp?tp=&arnumber=8947662)\n\n"
    "This paper compared the different ways to perform differential Gene expression analysis.\n\n"
    "### [RNA-Seq differential expression analysis: An extended review and a software tool]"
    "(https://journals.plos.org/plosone/article?id=10.1371/journal.pone.0190152)\n")


def test_a_heading_of_one_linked_title_and_its_year_is_a_dated_paper():
    """480: `## [Title](url) 2013`: a heading that is one link over a title phrase and a year
    after it names a paper and its year, whatever host it links (`cshlp.org`), where its
    level's headings are papers (before: neither imported, the year no title's)."""
    papers = papers_in(_READING_NOTES)
    assert papers["Genes, behavior and next‐generation RNA sequencing"][:2] == (2013, "")
    assert papers["RNA sequencing and analysis"][0] == 2015
