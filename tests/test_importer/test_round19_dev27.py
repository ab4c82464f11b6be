"""Issue 15, round 19, `import-dev27` on the thirty-first held-out set (lists 373-384,
tests/corpus/, provenance in SOURCES.md): real lines of those lists, each read by one general
reading."""

from __future__ import annotations

from pathlib import Path

from awesome_bib.importer import read_library

from .conftest import papers_in

CORPUS = Path(__file__).parents[1] / "corpus"

# List 378's lines (a lab's multi-omics reading list), as written: linkless items, the year and
# venue in one bold-italic label before the title
_LABELLED = (
    "# Multi-Omics\n\n## 1. Review\n\n"
    "* _**2021 Systems Med**_ - Multiple Omics Data Integration\n"
    "* ✨_**2019 Nature Reviews**_ - Current and future perspectives of liquid biopsies in "
    "genomics-driven oncology\n"
    "* _**2017 Trend in Genetics**_ - Single-Cell Multiomics: Multiple Measurements from Single "
    "Cells\n\n"
    "## 3. Method\n\n"
    "* ✨ _**2021 Bioinformatics -**_  Subtype-GAN: a deep learning approach for integrative "
    "cancer subtyping of multi-omics data\n"
    "* _**2017 PLoS computational biology**_ - mixOmics: An R package for ‘omics feature "
    "selection and multiple data integration\n\n"
    "> [PDFs](https://cloud.tsinghua.edu.cn/d/f72ee6992a1e4ec78044/?p=%2FMulti-Omics)\n")

# List 377's lines: names and a year in a bold label, the italic title, the italic venue
_NAMED = (
    "# CNN-LSTM\n\n## Scientific Papers\n\n"
    "- **Li et al.  (2020)** - *A Hybrid CNN-LSTM Model for Forecasting Particulate Matter "
    "(PM2.5)*, * IEEE Access*.[DOI](https://doi.org/10.1109/ACCESS.2020.2971348)\n"
    "- **Bekkar et al.  (2021)** -  *Air-pollution prediction in smart city, deep learning "
    "approach*, *J Big Data*.[DOI](https://link.springer.com/article/10.1186/"
    "s40537-021-00548-1) \n"
    "- **J. Zhang & S. Li (2022)** -  *Air quality index forecast in Beijing based on CNN-LSTM "
    "multi-model*, *Chemosphere*.[DOI](https://doi.org/10.1016/j.chemosphere.2022.136180)\n"
    "- **E. A. Hashim & T.S. Atia (2025)** – *The efficiency of using CNN-LSTM in air quality "
    "prediction: A review*, *AIP Conf. Proc.*, [DOI](https://doi.org/10.1063/5.0259070)\n")


def test_a_bold_label_of_year_and_venue_before_the_title_gives_both_fields():
    """378 (refused whole before): the label is no title; its year and venue are the item's,
    the phrase after the dash is the title (a mark before the label, a dash set inside the
    label's emphasis, a venue in lower case words alike)."""
    papers = papers_in(_LABELLED)
    assert papers["Multiple Omics Data Integration"] == (2021, "Systems Med 2021", "1. Review")
    assert papers["Single-Cell Multiomics: Multiple Measurements from Single Cells"] \
        == (2017, "Trend in Genetics 2017", "1. Review")
    assert papers["Subtype-GAN: a deep learning approach for integrative cancer subtyping of "
                  "multi-omics data"] == (2021, "Bioinformatics 2021", "3. Method")
    assert papers["mixOmics: An R package for ‘omics feature selection and multiple data "
                  "integration"][:2] == (2017, "PLoS computational biology 2017")
    assert len(papers) == 5


def test_a_bold_label_of_names_and_year_gives_authors_and_year_and_the_italic_title():
    """377: `**Names (Year)** - *Title*, *Venue*.`: the label's names are the authors, its year
    the year; the italic phrase is the title, the italic run after it the venue."""
    lib = read_library(_NAMED, "list.md").lib
    by_title = {e.title: e for e in lib.entries}
    beijing = by_title["Air quality index forecast in Beijing based on CNN-LSTM multi-model"]
    assert (beijing.year, beijing.venue_tag) == (2022, "Chemosphere 2022")
    assert [a.family for a in beijing.authors] == ["Zhang", "Li"]
    smart = by_title["Air-pollution prediction in smart city, deep learning approach"]
    assert [a.family for a in smart.authors] == ["Bekkar"] and smart.authors_et_al
    assert smart.venue_tag == "J Big Data 2021"
    review = by_title["The efficiency of using CNN-LSTM in air quality prediction: A review"]
    assert (review.year, review.venue_tag) == (2025, "AIP Conf. Proc. 2025")
    hybrid = by_title["A Hybrid CNN-LSTM Model for Forecasting Particulate Matter (PM2.5)"]
    assert hybrid.venue_tag == "IEEE Access 2020"  # (`* IEEE Access*`, left unrendered)


def test_a_bold_title_before_a_dash_is_no_label():
    """A bold lead without a year is a title or a name, read as before (`**Name** - Title`)."""
    papers = papers_in("# L\n\n## P\n\n- **Galois** - A system for parallel execution of "
                       "irregular algorithms [[paper](https://arxiv.org/abs/1234.56789)]\n")
    assert "A system for parallel execution of irregular algorithms" in papers


# List 380's lines (a Chinese bibliography of clinical NER), as written
_BOLD_CITED = (
    "# 中文临床命名实体识别\n\n## 综述论文 ##\n\n"
    "1. **电子病历命名实体识别和实体关系抽取研究综述**. 杨锦锋, 于秋滨, 关毅等. *自动化学报*, "
    "2014, 40(8):1537-1561.[[paper]](https://nxgp.cnki.net/kcms/detail?v=3uoq)\n"
    "2. **Clinical named entity recognition from Chinese electronic health records via machine "
    "learning methods**. Zhang Y, Wang X, Hou Z, et al. *JMIR medical informatics*. "
    "2018;6(4):e50. [[paper]](https://doi.org/10.2196/medinform.9965)\n")


def test_the_italic_venue_of_a_citation_after_a_bold_title_gives_venue_and_year():
    """380: `N. **Title**. Names. *Venue*, Year, Vol(No):pages.`: the italic run the year
    follows is the venue (Chinese and English alike); the names before it stay the authors."""
    lib = read_library(_BOLD_CITED, "list.md").lib
    by_title = {e.title: e for e in lib.entries}
    review = by_title["电子病历命名实体识别和实体关系抽取研究综述"]
    assert (review.year, review.venue_tag) == (2014, "自动化学报 2014")
    assert [a.family for a in review.authors][:2] == ["杨锦锋", "于秋滨"]
    jmir = by_title["Clinical named entity recognition from Chinese electronic health records "
                    "via machine learning methods"]
    assert (jmir.year, jmir.venue_tag) == (2018, "JMIR medical informatics 2018")
    assert [a.family for a in jmir.authors][:2] == ["Zhang", "Wang"] and jmir.authors_et_al


# List 381's lines (a Chinese reading list of RL for tokamak control), as written: citations
# after a key glued to its year, each over a blockquoted Chinese note
_KEYED = (
    "# awesome-RL-fusion-papers\n\n## 平顶层控制\n\n"
    "[Degrave2022]Magnetic control of tokamak plasmas through deep reinforcement learning[J]. "
    "Nature, 2022, 602(7897): 414-419.[DOI](https://www.nature.com/articles/"
    "s41586-021-04301-9)\n\n>RL在电流爬升阶段驱动线圈实现各种不同的等离子体构型\n\n"
    "[Seo2021] Feedforward beta control in the KSTAR tokamak by deep reinforcement learning, "
    "*Nucl. Fusion*, 2021, 61, p.106010. [DOI](https://iopscience.iop.org/article/10.1088/"
    "1741-4326/ac121b)\n\n> 通过深度RL实现KSTAR托卡马克的前馈β控制\n\n"
    "[Kerboua-Benlarbi2024] Artificial intelligence and fusion plasma control : application to "
    "the WEST tokamak. HAL, 2024, 2024COAZ5060.\n\n> 使用了课程学习\n\n"
    "[Subbotin2025] Reconstruction-free magnetic control of DIII-D plasma with deep "
    "reinforcement learning. arXiv, 2025.\n\n> 深度RL用于实时磁控制\n")


def test_a_citation_after_its_key_reads_title_venue_and_year_linked_or_not():
    """381: `[Key2022]Title[J]. Venue, 2022, …` and `[Key2021] Title, *Venue*, 2021, …`: the
    key is no field; GB/T's type ends the title, else the key's year marks the venue's field;
    the two linkless citations beside the linked ones are papers too (before: the key read as
    the venue, the whole citation as the title, the linkless two lost)."""
    papers = papers_in(_KEYED)
    assert papers["Magnetic control of tokamak plasmas through deep reinforcement learning"] \
        == (2022, "Nature 2022", "平顶层控制")
    assert papers["Feedforward beta control in the KSTAR tokamak by deep reinforcement "
                  "learning"][:2] == (2021, "Nucl. Fusion 2021")
    assert papers["Artificial intelligence and fusion plasma control : application to the WEST "
                  "tokamak"][:2] == (2024, "HAL 2024")
    assert papers["Reconstruction-free magnetic control of DIII-D plasma with deep "
                  "reinforcement learning"][:2] == (2025, "arXiv 2025")
    assert len(papers) == 4


# List 384's lines (machine learning in plasma physics), as written
_BIB_PARAGRAPHS = (
    "# Awesome Machine Learning in Plasma Physics\n\n## Research Papers\n\n"
    "**Applications of deep learning to nuclear fusion research** - **2018** - *Ferreira, "
    "Diogo R* - journal - [arXiv](https://arxiv.org/abs/1811.00333) - Nuclear fusion is the "
    "process that powers the sun, and it is\n                   one of the best hopes to "
    "achieve a virtually unlimited energy <!-- imported-from-bib -->\n\n"
    "**Real-time control of tokamak plasmas: From control of physics to\n"
    "               physics-based control** - **2011** - *Felici, Federico* - preprint - "
    "[DOI](https://doi.org/10.5075/EPFL-THESIS-5203) - Stable, high-performance operation "
    "<!-- imported-from-bib -->\n\n"
    "## Implementation Papers\n\n"
    "- **Physics-informed deep learning model for line-integral diagnostics across fusion "
    "devices** - *Wang et al. (2025)* - [Paper](https://doi.org/10.1088/1741-4326/ade0ce) | "
    "[Code](https://github.com/calledice/onion) - Neural network model for cross-device "
    "line-integral diagnostics\n\n"
    "## Tools\n\n### Simulation and Modeling Frameworks\n\n"
    "- [TORAX](https://github.com/google-deepmind/torax) - Differentiable tokamak core "
    "transport simulator in JAX\n"
    "- [FreeGSNKE](https://github.com/FusionComputingLab/freegsnke) - Free boundary "
    "equilibrium solver for tokamaks\n"
    "- [TokaMaker](https://github.com/OpenFUSIONToolkit/OpenFUSIONToolkit) - An open-source "
    "time-dependent Grad-Shafranov tool for the design and modeling of axisymmetric fusion "
    "devices ([paper](https://arxiv.org/abs/2311.07719))\n")


def test_a_year_field_after_a_bold_title_among_dashed_fields_is_the_year():
    """384: `**Title** - **2018** - *Names* - journal - [arXiv](url)` (the title wrapped over
    two lines in one) and `**Title** - *Wang et al. (2025)* - [Paper](url)`: the year's field
    (alone, or beside the names) dates the item; `journal`/`preprint` is no venue."""
    papers = papers_in(_BIB_PARAGRAPHS)
    assert papers["Applications of deep learning to nuclear fusion research"] \
        == (2018, "", "Research Papers")
    assert papers["Real-time control of tokamak plasmas: From control of physics to "
                  "physics-based control"] == (2011, "", "Research Papers")
    assert papers["Physics-informed deep learning model for line-integral diagnostics across "
                  "fusion devices"] == (2025, "", "Implementation Papers")


def test_a_tool_that_links_its_paper_by_a_paper_label_is_that_paper():
    """384: under a heading of tools, `[TokaMaker](github) - … ([paper](arxiv))` names its
    paper; the tools that link no paper stay out."""
    papers = papers_in(_BIB_PARAGRAPHS)
    assert "TokaMaker" in papers and "TORAX" not in papers and "FreeGSNKE" not in papers


def test_italic_names_wrapped_over_two_lines_are_no_venue():
    """109's line (kept as before): `**Title.** *Names,⏎Name.* 2009.`: the italic run that the
    year follows is the author list wrapped over two lines, no venue."""
    papers = papers_in("# GNN\n\n## Recurrent\n\n"
                       "1. **The graph neural network model.** *Franco Scarselli,Marco Gori,Ah "
                       "Chung Tsoi,Markus Hagenbuchner,\nGabriele Monfardini.* 2009. "
                       "[paper](http://citeseerx.ist.psu.edu/viewdoc/download?doi=10.1.1.1015."
                       "7227&rep=rep1&type=pdf)\n")
    assert papers["The graph neural network model"] == (2009, "", "Recurrent")


def test_a_lazy_continuation_line_after_a_venue_that_ends_the_title_line_is_a_note():
    """383 (the list as collected): `- Title (KDD 2019)` over a lazy continuation `**Best
    Paper**, Applied Data Science Track`: the venue closes the title's line; the note is no
    title word and no author, and the section keeps both its papers (before: one title ran
    into the note, both lost)."""
    papers = papers_in((CORPUS / "383_atomscott_sports_analytics.md").read_text())
    assert papers["Actions Speak Louder than Goals: Valuing Player Actions in Soccer"] \
        == (2019, "KDD 2019", "Player Evaluation")
    assert papers["Player Vectors: Characterizing Soccer Players’ Playing Style from Match "
                  "Event Streams"] == (2019, "ECML PKDD 2019", "Player Evaluation")
    assert "Best Paper" not in " ".join(papers)


# List 374's lines (spatial omics), as written
_SPATIAL = (
    "# awesome spatial omics\n\n### Methods\n"
    "Generally grouped according to [Rao et al](https://www.nature.com/articles/"
    "s41586-021-03634-9), though several current in situ sequencing methods also rely on ex "
    "situ sequencing\n\n"
    "* **STARmap PLUS** - [Integrative in situ mapping of single-cell transcriptional states "
    "and tissue histopathology in a mouse model of Alzheimer’s disease](https://www.nature.com"
    "/articles/s41593-022-01251-x)\n\n"
    "#### Imaging/hybridization-based\n"
    "* **MERFISH** - [Spatially resolved, highly multiplexed RNA profiling in single cells]"
    "(https://www.science.org/doi/10.1126/science.aaa6090)\n"
    "* **HiPR-FISH** - [Highly Multiplexed Spatial Mapping of Microbial Communities]"
    "(10.1038/s41586-020-2983-4)\n")


def test_a_doi_written_as_a_link_target_without_its_host_is_the_papers_link():
    """374: `[Title](10.1038/s41586-020-2983-4)`: a DOI, not a page of the list's repository
    (before: no link, the paper lost)."""
    lib = read_library(_SPATIAL, "list.md").lib
    by_title = {e.title: e for e in lib.entries}
    hipr = by_title["Highly Multiplexed Spatial Mapping of Microbial Communities"]
    assert [lk.url for lk in hipr.links][:1] == ["https://doi.org/10.1038/s41586-020-2983-4"]


def test_a_sentence_that_cites_authors_by_a_link_is_no_paper():
    """374: `Generally grouped according to [Rao et al](url), though …` under a heading of
    papers is prose citing a paper mid-sentence, not an item (before: a paper titled
    `Generally grouped according to`)."""
    papers = papers_in(_SPATIAL)
    assert not any(t.startswith("Generally") for t in papers) and len(papers) == 3


def test_an_award_label_with_its_year_gives_the_year_and_no_venue():
    """A bold label of award words and a year before the title (`**Best Paper 2019** -
    Title`) dates the item; award words name no venue."""
    papers = papers_in("# L\n\n## P\n\n- **Best Paper 2019** - Learning to rank with partially "
                       "labelled data [[paper](https://arxiv.org/abs/1901.00001)]\n")
    assert papers["Learning to rank with partially labelled data"] == (2019, "", "P")
