"""Issue 15, round 15, `import-dev19` on the twenty-third held-out set (lists 277-288,
tests/corpus/, provenance in SOURCES.md): real lines of those lists, each read by one general
reading."""

from __future__ import annotations

from awesome_bib.importer import read_library

from .conftest import papers_with_authors as _papers

_TABLE_288 = (
    "# AI for Crystal Materials\n\n## Property Prediction\n\n"
    "|Method         |           Paper            |\n"
    "|----------------|-------------------------------|\n"
    "|SchNet|    Schnet: A continuous-filter convolutional neural network for modeling quantum "
    "interactions (NeurIPS2017) [[**Paper**](https://proceedings.neurips.cc/paper/2017/hash/"
    "303ed4c69846ab36c2904d3ba8573050-Abstract.html)][[**Code**](https://github.com/"
    "atomistic-machine-learning/schnetpack)]       |         \n"
    "|CGCNN          |    Crystal graph convolutional neural networks for an accurate and "
    "interpretable prediction of material properties (Physical Review Letters, 2018) "
    "[[**Paper**](https://journals.aps.org/prl/abstract/10.1103/PhysRevLett.120.145301)]"
    "[[**Code**](https://github.com/txie-93/cgcnn)]        |     \n"
    "|ETGNN          | A general tensor prediction framework based on graph neural networks "
    "(The Journal of Physical Chemistry Letters, 2023) [[**Paper**](https://pubs.acs.org/doi/"
    "abs/10.1021/acs.jpclett.3c01200)]     | \n")


def test_table_title_cell_with_venue_and_resource_links():
    """List 288: a title cell `Title (NeurIPS2017) [[**Paper**](url)][[**Code**](url)]` beside a
    method-name column is read as an item is: the parenthesised venue and year are fields, the
    brackets the links leave are nothing (before: `Title (NeurIPS2017) [][]` was the title)."""
    papers = _papers(_TABLE_288)
    assert papers["Schnet: A continuous-filter convolutional neural network for modeling "
                  "quantum interactions"][:2] == (2017, "NeurIPS2017")
    assert papers["A general tensor prediction framework based on graph neural networks"] \
        == (2023, "The Journal of Physical Chemistry Letters 2023", [])


def test_a_journal_name_in_parentheses_is_no_author():
    """`(Physical Review Letters, 2018)`: capitalised words before a year read as one person,
    but a journal's words (`Letters`, `Physics`, `Review`) name a venue; a person's name and a
    year stay an author-year citation."""
    papers = _papers(_TABLE_288)
    title = ("Crystal graph convolutional neural networks for an accurate and interpretable "
             "prediction of material properties")
    assert papers[title] == (2018, "Physical Review Letters 2018", [])
    md = ("# L\n\n## P\n\n"
          "- Deep learning of representations for unsupervised transfer (Yoshua Bengio, 2012) "
          "[[pdf](https://proceedings.mlr.press/v27/bengio12a.html)]\n"
          "- Crystal graph convolutional neural networks for material properties (Physical "
          "Review Letters, 2018) [[pdf](https://journals.aps.org/prl/abstract/10.1103/"
          "PhysRevLett.120.145301)]\n")
    papers = _papers(md)
    assert papers["Deep learning of representations for unsupervised transfer"][2] == ["Bengio"]
    assert papers["Crystal graph convolutional neural networks for material properties"] \
        == (2018, "Physical Review Letters 2018", [])


def test_a_journal_before_its_volume_and_pages_is_the_venue():
    """Lists 287 and 284: `**Title.** Science Advance 4.8 (2018).` and `[Title.](url)` over
    `Authors, Nature **555**, 604–610 (2018) [Method]`: the journal's name before its volume
    and issue, pages or article number is the venue of the year in brackets (before: the year
    alone). A volume alone (`Tacotron 2 (2018)`) names no journal; names with initials before
    the volume (`J. Behler & M. Parrinello Physical Review Letters 98, ...`) are no venue."""
    md = ("# Papers in CSS\n\n## Sociology\n\n"
          "1. **Aspirational pursuit of mates in online dating markets.** Science Advance 4.8 "
          "(2018). [paper](https://advances.sciencemag.org/content/advances/4/8/eaap9815.full"
          ".pdf)\n\n   *E.E.Bruch and M.E.J.Newman*\n\n"
          "2. **Exposure to ideologically diverse news and opinion on Facebook.** Science "
          "348.6239 (2015). [paper](https://science.sciencemag.org/content/348/6239/1130.abstract)"
          "\n\n   *E. Bakshy, S. Messing, and L. A. Adamic.*\n\n"
          "## Chemistry\n\n"
          "1. [Planning chemical syntheses with deep neural networks and symbolic AI.]"
          "(https://www.nature.com/articles/nature25978)\n"
          "    Marwin H. S. Segler, Mike Preuss, & Mark P. Waller, Nature **555**, 604–610 "
          "(2018) [Reinforcement learning]\n"
          "2. [Machine learning Of accurate energy-conserving molecular force fields.]"
          "(https://www.science.org/doi/10.1126/sciadv.1603015)\n"
          "    S. Chmiela, A. Tkatchenko, & K.-R. Müller, Science Advances **3**, No. e1603015 "
          "(2017)\n"
          "3. [Generalized neural-network representation of high-dimensional potential-energy "
          "surfaces.](https://journals.aps.org/prl/abstract/10.1103/PhysRevLett.98.146401)\n"
          "    J. Behler &  M. Parrinello Physical Review Letters **98**, 146401 (2007)\n")
    papers = _papers(md)
    assert papers["Aspirational pursuit of mates in online dating markets"][:2] \
        == (2018, "Science Advance 2018")
    assert papers["Exposure to ideologically diverse news and opinion on Facebook"][:2] \
        == (2015, "Science 2015")
    assert papers["Planning chemical syntheses with deep neural networks and symbolic AI"][:2] \
        == (2018, "Nature 2018")
    assert papers["Machine learning Of accurate energy-conserving molecular force fields"][:2] \
        == (2017, "Science Advances 2017")
    assert papers["Generalized neural-network representation of high-dimensional "
                  "potential-energy surfaces"][:2] == (2007, "")


def test_a_whole_citation_as_a_bullets_link_text():
    """List 280: `- [Surname, Given, and … "Title." In 2015 IEEE … (big data), pp. 2823-2824.
    IEEE, 2015.](url)`: a whole citation as the link text gives the title, names, venue and
    year (before: the whole citation was the title); `Journal 9, no. 8 (1997)` ends the
    journal's name at its volume."""
    md = ("머신러닝으로 stock price prediction의 nonlinearity를 확보해보려는 여러분 환영합니다!\n\n"
          "### 왕왕초보 단계에서 읽어보기 좋았던 것\n"
          "- [Chen, Kai, Yi Zhou, and Fangyan Dai. \"A LSTM-based method for stock returns "
          "prediction: A case study of China stock market.\" In 2015 IEEE international "
          "conference on big data (big data), pp. 2823-2824. IEEE, 2015.]"
          "(https://ieeexplore.ieee.org/abstract/document/7364089)\n"
          "- [Hochreiter, Sepp, and Jürgen Schmidhuber. \"Long short-term memory.\" Neural "
          "computation 9, no. 8 (1997): 1735-1780.](https://www.mitpressjournals.org/doi/abs/"
          "10.1162/neco.1997.9.8.1735)\n"
          "- [Gers, Felix A., Jürgen Schmidhuber, and Fred Cummins. \"Learning to forget: "
          "Continual prediction with LSTM.\" (1999): 850-855.](https://digital-library.theiet.org"
          "/content/conferences/10.1049/cp_19991218)\n")
    papers = _papers(md)
    year, venue, authors = papers["A LSTM-based method for stock returns prediction: A case "
                                  "study of China stock market"]
    assert (year, authors) == (2015, ["Chen", "Zhou", "Dai"])
    assert "international conference on big data" in venue
    assert papers["Long short-term memory"] == (1997, "Neural computation 1997",
                                                ["Hochreiter", "Schmidhuber"])
    assert papers["Learning to forget: Continual prediction with LSTM"][:2] == (1999, "")


def test_a_note_with_a_bare_code_url_under_a_paper_is_no_paper():
    """List 280: Korean note bullets with a bare GitHub URL under a linked paper are notes on
    it (the URL joins the paper's links), not papers of their own."""
    md = ("머신러닝으로 stock price prediction의 nonlinearity를 확보해보려는 여러분 환영합니다!\n\n"
          "### 왕왕초보 단계에서 읽어보기 좋았던 것\n"
          "- [Predicting stock prices with LSTM networks](https://github.com/dduemig/"
          "Stanford-Project-Predicting-stock-prices-using-a-LSTM-Network/blob/master/report.pdf)"
          "\n    - 스탠포드 프로젝트 2탄! https://github.com/dduemig/Stanford-Project-Predicting-"
          "stock-prices-using-a-LSTM-Network\n"
          "- [Long short-term memory](https://www.mitpressjournals.org/doi/abs/10.1162/neco.1997"
          ".9.8.1735)\n")
    lib = read_library(md, "list.md").lib
    titles = [e.title for e in lib.entries]
    assert titles == ["Predicting stock prices with LSTM networks", "Long short-term memory"]
    assert "https://github.com/dduemig/Stanford-Project-Predicting-stock-prices-using-a-LSTM-" \
        "Network" in [lk.url for lk in lib.entries[0].links]


_CAMERA_TRAPS = (
    "# Everything I know about ML and camera traps\n\n### Papers with summaries\n\n"
    "#### <i>Papers from 2026</i>\n\n"
    "<br/>**Parsons MA, Dellinger JA, Vercauteren KC, Lombardi JV, Young JK. Introduced wild "
    "pigs affect the foraging ecology of a native predator as both prey and scavenger. "
    "Wildlife Biology. 2026 Jan;2026(1):e01581.**\n\n"
    "![Ecology Paper](https://img.shields.io/badge/-Ecology_Paper-lightgrey)\n\n"
    "<br/>**Dimitriou A, Benson-Amram S, Gaynor K, Burton C. The effect of outdoor recreation "
    "on mammal habitat use and diversity revealed by COVID-19 closures. bioRxiv. "
    "2026:2026-04.**\n\n"
    "<br/>**Trepel J, Atkinson J, Le Roux E, Abraham AJ, Aucamp M. Large herbivores are "
    "linked to higher herbaceous plant diversity and functional redundancy across spatial "
    "scales. Journal of Animal Ecology. 2026 Jan;95(1):230-42.**\n\n")


def test_linkless_vancouver_citations_under_a_works_year_heading():
    """List 283: bold linkless Vancouver citations under `#### <i>Papers from 2026</i>` (a year
    heading: the papers are its parent's); a venue written in camel case opens a sentence
    (`closures. bioRxiv. 2026`: not the title's), a family name of two words (`Le Roux E`) is
    one name (before: that citation was not read)."""
    lib = read_library(_CAMERA_TRAPS, "list.md").lib
    assert {s.title for s in lib.sections} == {"Papers with summaries"}
    papers = _papers(_CAMERA_TRAPS)
    assert papers["The effect of outdoor recreation on mammal habitat use and diversity revealed "
                  "by COVID-19 closures"][:2] == (2026, "bioRxiv 2026")
    year, venue, authors = papers["Large herbivores are linked to higher herbaceous plant "
                                  "diversity and functional redundancy across spatial scales"]
    assert (year, venue) == (2026, "Journal of Animal Ecology 2026")
    assert "Le Roux" in authors


def test_an_arxiv_number_is_no_year_and_ends_a_sentence():
    """List 188: `… Mapping. arXiv preprint arXiv:1910.02490.` under a project bullet: the id's
    first digits are no year (before: 1910), and a full stop after the id still reads the id."""
    md = ("# SLAM\n\n## Projects\n\n###### RGB (Monocular):\n\n"
          "- [Kimera](https://github.com/MIT-SPARK/Kimera). Available on ROS\n"
          "> A. Rosinol, M. Abate, Y. Chang, L. Carlone. Kimera: an Open-Source Library for "
          "Real-Time Metric-Semantic Localization and Mapping. arXiv preprint arXiv:1910.02490.\n")
    lib = read_library(md, "list.md").lib
    entry = next(e for e in lib.entries if e.title.startswith("Kimera: an Open-Source"))
    assert (entry.year, entry.arxiv) == (None, "1910.02490")


def test_vancouver_initials_after_the_family_name():
    """List 283: `Parsons MA, Dellinger JA, …` names: the capitals after the family name are
    the initials (before: `MA` was read as the family name)."""
    papers = _papers(_CAMERA_TRAPS)
    authors = papers["Introduced wild pigs affect the foraging ecology of a native predator as "
                     "both prey and scavenger"][2]
    assert authors[:3] == ["Parsons", "Dellinger", "Vercauteren"]


def test_italic_names_after_a_bold_title_end_before_the_venue():
    """List 279: `**Title**, *Dehao Liu, Yan Wang*, Neural Networks, 2021.`: the italic run
    after the bold title is the authors, the venue is read from what follows it only (before:
    `Networks` joined the authors, or the names the venue); a run wrapped over two lines is one
    (109)."""
    md = ("# PINNpapers\n\n## Papers on PINN Accerleration\n"
          "1. **A Dual-Dimer method for training physics-constrained neural networks with "
          "minimax architecture**, *Dehao Liu, Yan Wang*, Neural Networks, 2021. [[paper]"
          "(https://www.sciencedirect.com/science/article/abs/pii/S0893608020304536)]\n"
          "2. **A High-Efficient Hybrid Physics-Informed Neural Networks Based on Convolutional "
          "Neural Network**,  *Zhiwei Fang*,  IEEE Transactions on Neural Networks and Learning "
          "Systems, 2021. [[paper](https://ieeexplore.ieee.org/document/9403414)]\n"
          "3. **The graph neural network model.** *Franco Scarselli,Marco Gori,Ah Chung Tsoi,"
          "Markus Hagenbuchner,\nGabriele Monfardini.* 2009. [paper](http://citeseerx.ist.psu.edu"
          "/viewdoc/download?doi=10.1.1.1015.7227&rep=rep1&type=pdf)\n")
    papers = _papers(md)
    assert papers["A Dual-Dimer method for training physics-constrained neural networks with "
                  "minimax architecture"] == (2021, "Neural Networks 2021", ["Liu", "Wang"])
    assert papers["A High-Efficient Hybrid Physics-Informed Neural Networks Based on "
                  "Convolutional Neural Network"] \
        == (2021, "IEEE Transactions on Neural Networks and Learning Systems 2021", ["Fang"])
    assert papers["The graph neural network model"][2][-1] == "Monfardini"


def test_an_arxiv_number_with_subject_classes_in_the_venue_place():
    """List 279: `*Authors*, arXiv:2104.10013 [cs], 2021.`: the venue is arXiv and the year
    2021 (before: neither was read)."""
    md = ("# PINNpapers\n\n## Papers on Parallel PINN\n"
          "1. **Parallel Physics-Informed Neural Networks via Domain Decomposition**, *Khemraj "
          "Shukla, Ameya D. Jagtap, George Em Karniadakis*, arXiv:2104.10013 [cs], 2021. "
          "[[paper](https://arxiv.org/pdf/2104.10013)]\n"
          "2. **When Do Extended Physics-Informed Neural Networks (XPINNs) Improve "
          "Generalization?**, *Zheyuan Hu, Ameya D. Jagtap, George Em Karniadakis, Kenji "
          "Kawaguchi*, arXiv:2109.09444 [cs, math, stat], 2021. [[paper](http://arxiv.org/pdf/"
          "2109.09444.pdf)]\n")
    papers = _papers(md)
    assert papers["Parallel Physics-Informed Neural Networks via Domain Decomposition"][:2] \
        == (2021, "arXiv 2021")
    assert papers["When Do Extended Physics-Informed Neural Networks (XPINNs) Improve "
                  "Generalization?"][:2] == (2021, "arXiv 2021")


def test_an_emphasised_journal_between_names_and_year_on_a_child_line():
    """List 281: `  * Authors, ***Applied Energy***, 2025` under a bold Chinese title: the
    emphasised words are the venue, not a last author (before: `Energy` was an author and the
    venue was lost)."""
    md = ("# AI for Electricity\n\n## 论文分类\n\n### 智能电网\n\n"
          "* **基于强化学习的高速公路电动汽车充电稳定能源管理方法研究**  [[论文链接]"
          "(https://www.sciencedirect.com/science/article/abs/pii/S0306261925002715)]\n"
          "  * Hongbin Xie, Ge Song, Zhuoran Shi, Likun Peng, Defan Feng, Xuan Song, "
          "***Applied Energy***, 2025\n\n"
          "* **面向光伏与储能系统的物理保护型多智能体强化学习电压控制方法**  [[论文链接]"
          "(https://ieeexplore.ieee.org/document/9983850)]\n"
          "  * Pengcheng Chen, Shichao Liu, Xiaozhe Wang, Innocent Kamwa, ***IEEE Transactions "
          "on Smart Grid***, 2023\n")
    papers = _papers(md)
    assert papers["基于强化学习的高速公路电动汽车充电稳定能源管理方法研究"] \
        == (2025, "Applied Energy 2025", ["Xie", "Song", "Shi", "Peng", "Feng", "Song"])
    assert papers["面向光伏与储能系统的物理保护型多智能体强化学习电压控制方法"][:2] \
        == (2023, "IEEE Transactions on Smart Grid 2023")


def test_a_known_venue_as_the_last_field_before_a_bracketed_year():
    """List 284: `Authors, arXiv:2004.10600 (2020)` under the title's link: arXiv (the venue
    table knows it) is the venue of the year in brackets (before: the year alone)."""
    md = ("# Awesome AI for Chemistry\n\n## Datasets\n\n"
          "- QMSpin Dataset:\n"
          "    - [Large yet bounded: Spin gap ranges in carbenes.](https://arxiv.org/abs/"
          "2004.10600)\n"
          "    M. Schwilk, D. N. Tahchieva, & O. A. von Lilienfeld, arXiv:2004.10600 (2020)\n")
    papers = _papers(md)
    assert papers["Large yet bounded: Spin gap ranges in carbenes"][:2] == (2020, "arXiv 2020")


def test_a_thesis_cited_by_one_vancouver_name():
    """List 283: `<br/>**Adams TM. Title, Doctoral Dissertation, University of Michigan,
    2026.**`: one name with glued initials, then the title up to where the work says it is a
    thesis; the year is read, the kind and the university are no venue (before: not read)."""
    md = _CAMERA_TRAPS + (
        "<br/>**Adams TM. Coexisting with Change: Wildlife Responses to Invaded Forest "
        "Communities in Southeastern Michigan, Doctoral Dissertation, University of Michigan, "
        "2026.**\n\n")
    papers = _papers(md)
    assert papers["Coexisting with Change: Wildlife Responses to Invaded Forest Communities in "
                  "Southeastern Michigan"] == (2026, "", ["Adams"])


def test_data_files_and_a_remark_link_under_papers_are_no_papers():
    """List 284: `[QM7 original dataset](…/qm7.mat)` links only a file of data, and `2. QM
    series (Please also see [quantum-machine](url) page)` links only inside its own remark:
    neither is a paper (before: both were); the papers beside them stay."""
    md = ("# Awesome AI for Chemistry\n\n## Generalized Model/Datasets\n"
          "1. [The Open Reaction Database.](https://pubs.acs.org/doi/10.1021/jacs.1c09820)\n"
          "    S. M. Kearnes, M. R. Maser, & C. W. Coley, Journal of the American Chemical "
          "Society **143**(45), 18820–18826 (2021).\n"
          "2. QM series (Please also see [quantum-machine](http://quantum-machine.org/datasets/)"
          " page)\n"
          "- QM7 & QM7b Dataset:\n"
          "    - [Fast and Accurate Modeling of Molecular Atomization Energies with Machine "
          "Learning.](http://dx.doi.org/10.1103/PhysRevLett.108.058301) (QM7)\n"
          "        M. Rupp, A. Tkatchenko, K.-R. Müller, O. A. von Lilienfeld, Physical Review "
          "Letters **108**(5),058301 (2012)\n"
          "    - [QM7 original dataset](http://quantum-machine.org/data/qm7.mat)\n"
          "    - [QM7b original dataset](http://quantum-machine.org/data/qm7b.mat)\n")
    papers = _papers(md)
    assert set(papers) == {"The Open Reaction Database",
                           "Fast and Accurate Modeling of Molecular Atomization Energies with "
                           "Machine Learning"}
    assert papers["The Open Reaction Database"][:2] \
        == (2021, "Journal of the American Chemical Society 2021")


def test_a_venues_words_after_names_with_initials():
    """`by Tuyls K, Nowé A. The Knowledge Engineering Review, 2005.` (list 153): the last name
    ends at its initial's stop, the words after it are the venue (`Review` is a venue's word,
    core.vocab.VENUE_NAME_WORDS); before: no venue, or the last name inside it."""
    md = ("# MARL\n\n## Review Papers\n\n"
          "* [Evolutionary game theory and multi-agent reinforcement learning](https://pdfs."
          "semanticscholar.org/bb9f/bee22eae2b47bbf304804a6ac07def1aecdb.pdf) by Tuyls K, Nowé A."
          " The Knowledge Engineering Review, 2005.\n"
          "* [If multi-agent learning is the answer, what is the question?](http://robotics."
          "stanford.edu/~shoham/www%20papers/LearningInMAS.pdf) by Shoham Y, Powers R, Grenager "
          "T. Artificial Intelligence, 2007.\n")
    papers = _papers(md)
    assert papers["Evolutionary game theory and multi-agent reinforcement learning"] \
        == (2005, "The Knowledge Engineering Review 2005", ["Tuyls", "Nowé"])
    assert papers["If multi-agent learning is the answer, what is the question?"] \
        == (2007, "Artificial Intelligence 2007", ["Shoham", "Powers", "Grenager"])


def test_an_abbreviated_journal_before_its_volume_stays_unread():
    """`Phys. Rev. Lett. **120**, 145301 (2018)`: where an abbreviated name starts is unknown
    (`Lett.` alone is no venue), so the year is read and the venue left empty, as before."""
    md = ("# Awesome AI for Chemistry\n\n## Property learning\n"
          "1. [Crystal graph convolutional neural networks for an accurate and interpretable "
          "prediction of material properties.](https://journals.aps.org/prl/abstract/10.1103/"
          "PhysRevLett.120.145301)\n"
          "    T. Xie & J. C. Grossman, Phys. Rev. Lett. **120**, 145301 (2018)\n")
    papers = _papers(md)
    assert papers["Crystal graph convolutional neural networks for an accurate and "
                  "interpretable prediction of material properties"][:2] == (2018, "")


def test_a_link_in_brackets_alone_is_still_the_items_link():
    """`Title ([code](url))`: the brackets hold only the item's link, no remark of their own:
    not skipped as a remark's link (the `QM series (Please also see …)` reading needs words)."""
    md = ("# L\n\n## Papers\n\n"
          "- Deep Residual Learning for Image Recognition ([pdf](https://arxiv.org/abs/"
          "1512.03385))\n"
          "- Densely Connected Convolutional Networks ([project](https://www.example.org/"
          "densenet/))\n")
    papers = _papers(md)
    assert "Densely Connected Convolutional Networks" in papers
    remark = md.replace("([project](https://www.example.org/densenet/))",
                        "(please also see [project](https://www.example.org/densenet/) page)")
    assert "Densely Connected Convolutional Networks" not in _papers(remark)


def test_a_citations_journal_before_volume_and_pages():
    """A citation's tail `*Nature* **596**, 583–589 (2021).` reads the journal without its
    volume (before: `Nature 596`); `Expert Systems with Applications 30.3 (2006): 543-552`
    (list 258) keeps its whole name (a lowercase word: where the name starts is read by the
    citation reader, not guessed from the volume)."""
    md = ("# L\n\n## S\n\n"
          "- Jumper, J. et al. Highly accurate protein structure prediction with AlphaFold. "
          "*Nature* **596**, 583–589 (2021). [link](https://www.nature.com/articles/"
          "s41586-021-03819-2)\n"
          "* Dempster, Michael AH, and Vasco Leemans. \"An automated FX trading system using "
          "adaptive reinforcement learning.\" Expert Systems with Applications 30.3 (2006): "
          "543-552. [(link)](http://www.sciencedirect.com/science/article/pii/S0957417405003015)"
          "\n")
    papers = _papers(md)
    assert papers["Highly accurate protein structure prediction with AlphaFold"][:2] \
        == (2021, "Nature 2021")
    assert papers["An automated FX trading system using adaptive reinforcement learning"][:2] \
        == (2006, "Expert Systems with Applications 2006")


def test_names_after_a_bold_title_up_to_a_bracketed_venue():
    """`**Title** *Ann Author, Bob Writer* (ICLR 2021)` (279's bold title and italic names,
    the venue in brackets): the names end where the bracket opens, so the bold run is the
    title (before: the names were read into the title)."""
    md = ("# PINNpapers\n\n## Operators\n"
          "1. **Fourier Neural Operator for Parametric Partial Differential Equations** *Zongyi "
          "Li, Nikola Kovachki* (ICLR 2021) [[paper](https://arxiv.org/abs/2010.08895)]\n")
    papers = _papers(md)
    assert papers["Fourier Neural Operator for Parametric Partial Differential Equations"] \
        == (2021, "ICLR 2021", ["Li", "Kovachki"])


def test_a_journal_name_with_a_colon_before_its_volume():
    """`[Title](url) - Machine Learning: Science and Technology 2, 025023 (2021)`: a colon may
    stand inside a journal's name, a dash ends the field before it (never the partial
    `Science and Technology`)."""
    md = ("# L\n\n## S\n\n"
          "- [Graph networks for molecular design](https://iopscience.iop.org/article/10.1088/"
          "2632-2153/abcf91) - Machine Learning: Science and Technology 2, 025023 (2021)\n")
    assert _papers(md)["Graph networks for molecular design"][:2] \
        == (2021, "Machine Learning: Science and Technology 2021")
