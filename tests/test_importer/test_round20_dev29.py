"""Issue 15, round 20, `import-dev29` on the thirty-third held-out set (lists 397-408,
tests/corpus/, provenance in SOURCES.md): real lines of those lists, each read by one general
reading."""

from __future__ import annotations

from awesome_bib.importer import read_library


def _dated(md: str) -> dict[str, tuple[int | None, str]]:
    """title -> (year, venue tag) of each paper a list's text imports."""
    return {e.title: (e.year, e.venue_tag) for e in read_library(md, "list.md").lib.entries}

# List 401's lines (solar forecasting), as written: a bold title with no link on its line, its
# description and links in a `<details>` block below, under the labels `DOI Url` / `Url` or a
# `DOI:` line with no link at all
_DETAILS = (
    "# Awesome Solar and Photovoltaic Energy Forecasting\n\n## All Sky Cameras\n\n"
    "- **LAMSkyCam: A low cost and miniature ground based sky cam**\n"
    "    <details>\n    <summary>Details</summary>\n"
    "    Construction and evaluation of a low-cost and miniature ground-based sky camera.\n\n"
    "    - [DOI Url](https://doi.org/10.1016/j.ohx.2022.e00346)\n"
    "    - DOI: 10.1016/j.ohx.2022.e00346\n\n"
    "    </details>\n\n"
    "- **Total Sky Imager Model 880 Status and Testing Results**\n"
    "    <details>\n    <summary>Details</summary>\n"
    "    The Total Sky Imager Model 880 (TSI-880) is a ground-based camera.\n\n"
    "    - DOI: 10.2172/1020735\n"
    "    </details>\n\n"
    "- **Validation of an all-sky imager-based nowcasting system for industrial PV plants**\n"
    "    <details>\n    <summary>Details</summary>\n"
    "    This paper presents a nowcasting system for industrial photovoltaic plants.\n\n"
    "    - [Url](https://elib.dlr.de/115452/)\n"
    "    </details>\n")


def test_link_labels_under_a_linkless_bold_title_are_its_links_not_titles():
    """401 (0 of 8 before: `DOI Url` and `Url` read as titles): a label of label words is a
    label (`DOI Url`), `Url` is one; a `DOI:` line is the DOI's link written as text."""
    lib = read_library(_DETAILS, "list.md").lib
    by_title = {e.title: e for e in lib.entries}
    assert set(by_title) == {
        "LAMSkyCam: A low cost and miniature ground based sky cam",
        "Total Sky Imager Model 880 Status and Testing Results",
        "Validation of an all-sky imager-based nowcasting system for industrial PV plants"}
    assert by_title["LAMSkyCam: A low cost and miniature ground based sky cam"].doi \
        == "10.1016/j.ohx.2022.e00346"
    assert by_title["Total Sky Imager Model 880 Status and Testing Results"].doi \
        == "10.2172/1020735"
    validation = by_title["Validation of an all-sky imager-based nowcasting system for "
                          "industrial PV plants"]
    assert [lk.url for lk in validation.links] == ["https://elib.dlr.de/115452/"]


# List 402's lines (automated essay scoring), as written: a bold title over labelled sub-bullets
# (authors, conference, link) and an abstract `<details>`, under year headings
_RECORDS = (
    "# aes-papers\nPaper list for automated essay scoring (AES) from 2015 to now.\n\n## 2024\n"
    "+ **Conundrums in Cross-Prompt Automated Essay Scoring: Making Sense of the State of the "
    "Art**\n"
    "  + Authors: Shengjie Li, Vincent Ng\n"
    "  + Conference: ACL\n"
    "  + Link: https://aclanthology.org/2024.acl-long.414/\n"
    "  + <details>\n      <summary>Abstract</summary>\n"
    "      Cross-prompt automated essay scoring (AES), an under-investigated task.\n"
    "    </details>\n"
    "+ **TOREE: Evaluating Topic Relevance of Student Essays for Chinese Primary and Middle "
    "School Education**\n"
    "  + Authors: Xinlin Zhuang, Hongyi Wu, Xinshu Shen\n"
    "  + Conference: ACL Findings\n"
    "  + Link: https://aclanthology.org/2024.findings-acl.342/\n"
    "  + <details>\n      <summary>Abstract</summary>\n"
    "      Topic relevance of an essay demands that the composition adheres to a theme.\n"
    "    </details>\n")


def test_a_records_labelled_venue_and_authors_are_its_fields():
    """402 (every venue missed before): among three or more labelled sub-bullets, `Conference:`
    gives the venue (`ACL Findings` is no person's name under that label) and `Authors:` the
    names; the year is the heading's."""
    lib = read_library(_RECORDS, "list.md").lib
    by_title = {e.title: e for e in lib.entries}
    conundrums = by_title["Conundrums in Cross-Prompt Automated Essay Scoring: Making Sense of "
                          "the State of the Art"]
    assert (conundrums.year, conundrums.venue_tag) == (2024, "ACL")
    assert [a.family for a in conundrums.authors] == ["Li", "Ng"]
    toree = by_title["TOREE: Evaluating Topic Relevance of Student Essays for Chinese Primary "
                     "and Middle School Education"]
    assert (toree.year, toree.venue_tag) == (2024, "ACL Findings")
    assert [a.family for a in toree.authors] == ["Zhuang", "Wu", "Shen"]


# List 404's lines (an ECG reading page with Chinese notes), as written: numbered paragraphs
# with no space after the number (no list to Markdown), each over a year-and-venue line
_UNSPACED = (
    "# ECG\n\n# papers\n\n## ECG generation by GANs\n"
    "1.[Synthesis of Realistic ECG using Generative Adversarial Networks]"
    "(https://arxiv.org/abs/1909.09150)<br>\n2019, \n**summary**: 生成两个连续心拍, \n\n"
    "2.[Improving ECG Classification using Generative Adversarial Networks]"
    "(http://www.kiraradinsky.com/files/ECG_GAN_generation_AAAI20.pdf)<br>\n2020 AAAI, \n"
    "**summary**: 生成新拍,辅助分类; <br>\n\n\n"
    "3.[PGANs: Personalized Generative Adversarial Networks for ECG Synthesis to Improve "
    "Patient-Specific Deep ECG Classification]"
    "(https://www.aaai.org/ojs/index.php/AAAI/article/view/3830/3708)<br>\n2019 AAAI,\n"
    "**summary**: 生成心拍; <br>\n")


def test_a_list_number_glued_to_the_link_is_no_title():
    """404 (titles `1` .. `7` before): `1.[Title](url)<br>` is a numbered item written without
    the space Markdown needs; the link text is the title, the line below its year and venue."""
    papers = _dated(_UNSPACED)
    assert papers == {
        "Synthesis of Realistic ECG using Generative Adversarial Networks": (2019, ""),
        "Improving ECG Classification using Generative Adversarial Networks": (2020, "2020 AAAI"),
        "PGANs: Personalized Generative Adversarial Networks for ECG Synthesis to Improve "
        "Patient-Specific Deep ECG Classification": (2019, "2019 AAAI")}


# List 406's lines (mineral exploration), as written: bare URLs (ResearchGate pages whose path
# spells the title), `Title -> URL`, a project page, a LinkedIn post, and a paper's nested
# label links
_BARE = (
    "# mineral-exploration-machine-learning\n\n# Papers\n\n## New to File\n### General\n"
    "- https://www.researchgate.net/publication/235443297_Addressing_challenges_with_"
    "exploration_datasets_to_generate_usable_mineral_potential_maps\n"
    "- Dual Random Fields and their Application to Mineral Potential Mapping -> "
    "https://arxiv.org/abs/2412.07488\n"
    "- https://www.researchgate.net/project/Bayesian-Machine-Learning-for-Geological-Modeling-"
    "and-Geophysical-Segmentation\n"
    "- https://www.linkedin.com/pulse/deep-learning-meets-downward-continuation-caldera-"
    "analytics/?trackingId=Ybkv3ukNI7ygH3irCHZdGw%3D%3D\n"
    "- https://www.researchgate.net/publication/339997675_Fully_reversible_neural_networks_for_"
    "large-scale_surface_and_sub-surface_characterization_via_remote_sensing\n"
    "  - [arxiv](https://arxiv.org/abs/2003.07474)\n"
    "  - [presentation](https://slideslive.com/38926360/fully-reversible-neural-networks)\n"
    "  - [conference](https://ai4earthscience.github.io/iclr-2020-workshop/papers/"
    "ai4earth24.pdf)\n"
    "  - [juliaCon](https://slim.gatech.edu/Publications/Public/Conferences/JuliaCon/2021/"
    "witte2021JULIACONmedlj/witte2021JULIACONmedlj.pdf)\n")


def test_a_bare_url_whose_path_spells_the_title_and_its_label_links():
    """406 (0.31 / 0.62 before): a bare URL alone whose path spells its title after the
    page's number gives that title (underscores as spaces); a project page and a post spell
    no record number and stay unread; one-word lower-case link texts under a paper are its
    links, no papers; an arrow between title and URL is no title word."""
    lib = read_library(_BARE, "list.md").lib
    by_title = {e.title: e for e in lib.entries}
    assert set(by_title) == {
        "Addressing challenges with exploration datasets to generate usable mineral potential "
        "maps",
        "Dual Random Fields and their Application to Mineral Potential Mapping",
        "Fully reversible neural networks for large-scale surface and sub-surface "
        "characterization via remote sensing"}
    reversible = by_title["Fully reversible neural networks for large-scale surface and "
                          "sub-surface characterization via remote sensing"]
    assert len(reversible.links) == 5 and reversible.arxiv == "2003.07474"


# List 405 whole (a lab's Chinese reading materials): a table whose header names no title
# column (`名称` / `链接`), rows of a bold bracketed venue-year, a model name and a Chinese
# title, each linking the lab's own write-up under `[URL]`
_NOTED_ROWS = (
    "# 中文阅读材料\n\n"
    "| 名称                                                         | 链接                     "
    "        |\n"
    "| :----------------------------------------------------------- | ---------------------"
    "----------- |\n"
    "| 国内脑机接口和生物信号处理领域专家列表                       | [URL](Materials/experts)"
    "         |\n"
    "| **[IJCAI 2021]** SalientSleepNet：面向睡眠阶段分类的多模态显著性波形检测网络 | [URL]"
    "(Materials/SalientSleepNet) |\n"
    "| **[ACM MM 2020]** SST-EmotionNet：一种基于情感脑电信号时-频-空特征的3D密集连接网络 | "
    "[URL](Materials/SST-EmotionNet)  |\n"
    "| **[IJCAI 2020]** GraphSleepNet：面向睡眠阶段分类的自适应时空图卷积神经网络 | [URL]"
    "(Materials/GraphSleepNet)   |\n")


def test_rows_of_whole_items_linking_the_lists_own_write_up():
    """405 (refused whole before): the column whose cells read as papers by their own evidence
    (a venue-year tag and a title, CJK written without spaces) is the items' column; a row
    linking only the list's own page on it is a paper by that evidence (no link kept); the
    experts row, with no evidence, is skipped and said so."""
    reading = read_library(_NOTED_ROWS, "list.md")
    papers = {e.title: (e.year, e.venue_tag) for e in reading.lib.entries}
    assert papers == {
        "SalientSleepNet:面向睡眠阶段分类的多模态显著性波形检测网络": (2021, "IJCAI 2021"),
        "SST-EmotionNet:一种基于情感脑电信号时-频-空特征的3D密集连接网络": (2020, "ACM MM 2020"),
        "GraphSleepNet:面向睡眠阶段分类的自适应时空图卷积神经网络": (2020, "IJCAI 2020")}
    assert [p.line for p in reading.skipped] == [5]


# List 399's lines (LLM human simulation), as written: a bold title, then the venue and date in
# brackets, the venue an acronym of capitals
_CAPITALS = (
    "# Awesome LLM Human Simulation\n\n## 5.1 Economics & Finance\n\n"
    "- **Large Language Models as Simulated Economic Agents: What Can We Learn from Homo "
    "Silicus?** (ACM EC, 2024) [[Paper](https://arxiv.org/abs/2301.07543)]\n"
    "- **EconAgent: Large Language Model-Empowered Agents for Simulating Macroeconomic "
    "Activities** (ACL, 2024) [[Paper](https://aclanthology.org/2024.acl-long.829.pdf)]\n"
    "- **Designing Heterogeneous LLM Agents for Financial Sentiment Analysis** (ACM TMIS, "
    "2024.08) [[Paper](https://dl.acm.org/doi/pdf/10.1145/3688399)]\n")


def test_a_one_person_reading_in_capitals_is_the_venue():
    """399 (`ACM TMIS` read as a person, the venue lost; `ACM EC` a person beside its venue),
    and 398's `(IEEE TNSRE, 2017)` alike: before the year, one "name" written all in capitals
    is a venue's acronym, no one who wrote the paper."""
    lib = read_library(_CAPITALS, "list.md").lib
    by_title = {e.title: e for e in lib.entries}
    tmis = by_title["Designing Heterogeneous LLM Agents for Financial Sentiment Analysis"]
    assert (tmis.year, tmis.venue_tag, tmis.authors) == (2024, "ACM TMIS 2024.08", [])
    homo = by_title["Large Language Models as Simulated Economic Agents: What Can We Learn "
                    "from Homo Silicus?"]
    assert (homo.year, homo.venue_tag, homo.authors) == (2024, "ACM EC 2024", [])


# List 398's lines (sleep staging), as written: the venue and year inside the title's link
# text, known venues and acronyms the venue table does not know alike
_LINKED_VENUES = (
    "# sleep_project\n\n\n## Papers\n\n### 1D-CNN\n"
    "- [Automatic sleep stage scoring with single-channel EEG using convolutional neural "
    "networks (arXiv, 2016)](https://arxiv.org/abs/1610.01683)\n"
    "- [DeepSleepNet: A Model for Automatic Sleep Stage Scoring Based on Raw Single-Channel "
    "EEG (IEEE TNSRE, 2017)](https://ieeexplore.ieee.org/abstract/document/7961240)\n"
    "- [Deep learning for automated sleep staging using instantaneous heart rate (Nature, "
    "2020)](https://www.nature.com/articles/s41746-020-0291-x)\n"
    "- [Deep learning enables sleep staging from photoplethysmogram for patients with "
    "suspected sleep apnea (SLEEP, 2020)](https://academic.oup.com/sleep/article/43/11/"
    "zsaa098/5841624)\n")


def test_the_place_of_known_venues_in_link_text_holds_unknown_acronyms_too():
    """398 (`IEEE TNSRE`, `PLOS ONE`, `SLEEP` dropped): where two items or more of a section
    name a venue the table knows in the bracket closing the title's link text, that bracket
    is the section's place of venues, and an acronym there is a venue (alone, it may name who
    wrote the paper: `bracket_link_text.md`'s `(SJTU 2016)` stays no venue)."""
    papers = _dated(_LINKED_VENUES)
    assert papers["DeepSleepNet: A Model for Automatic Sleep Stage Scoring Based on Raw "
                  "Single-Channel EEG"] == (2017, "IEEE TNSRE 2017")
    assert papers["Deep learning enables sleep staging from photoplethysmogram for patients "
                  "with suspected sleep apnea"] == (2020, "SLEEP 2020")
    assert papers["Deep learning for automated sleep staging using instantaneous heart rate"] \
        == (2020, "Nature 2020")


# List 404's lines again: a year line whose first field is the venue, and file-named links
_YEAR_FIRST = (
    "# ECG\n\n# papers\n\n## ECG generation by GANs\n"
    "5.[Electrocardiogram generation with a bidirectional LSTM-CNN generative adversarial "
    "network](https://www.nature.com/articles/s41598-019-42516-z.pdf)<br>\n"
    "2019, Scientific Reports; <br>\n\n"
    "6.[BeatGAN: Anomalous Rhythm Detection using Adversarially Generated Time Series]"
    "(https://www.ijcai.org/Proceedings/2019/0616.pdf)<br>\n"
    "2019 IJCAI, Bin Zhou, Shenghua Liu, Bryan Hooi, Xueqi Cheng and Jing Ye from **Chinese "
    "Academy of Science, NUS and Nanfang Hospital, Sourthern Medical U**, citation=2; <br>\n\n"
    "7.[Quick and Easy Time Series Generation with Established Image-based GANs]"
    "(https://arxiv.org/pdf/1902.05624.pdf)<br>\n"
    "2019,   Eoin Brophy, Zhengwei Wang, Tomas E. Ward from **Dublin City University**, "
    "citation=8; <br>\n\n"
    "## TO BE READ...\n\n"
    "[1985-New method for assessing cardiac parasympathetic activity using 24 hour "
    "electrocardiograms](paper/1985-New method for assessing cardiac parasympathetic activity "
    "using 24 hour electrocardiograms.pdf)\n\n\n\n"
    "[2010-Affect detection-An Interdisciplinary Review of Models, Methods, and Their "
    "Applications](paper/2010-Affect detection-An Interdisciplinary Review of Models, Methods, "
    "and Their Applications.pdf)\n\n\n\n"
    "[2015_Recognizing Emotions Induced by Affective sounds through HRV](paper/2015_Recognizing "
    "Emotions Induced by Affective sounds through HRV.pdf)\n")


def test_a_year_lines_first_field_venue_and_a_year_glued_by_an_underscore():
    """404: `2019 IJCAI, Names...` / `2019, Scientific Reports;` under the title line give a
    venue the table knows and its year (`2019, Eoin Brophy, ...`: a name, no venue); a file's
    name `2015_Title` is the year and the title, as `1985-Title` is."""
    papers = _dated(_YEAR_FIRST)
    assert papers["BeatGAN: Anomalous Rhythm Detection using Adversarially Generated Time "
                  "Series"] == (2019, "IJCAI 2019")
    assert papers["Electrocardiogram generation with a bidirectional LSTM-CNN generative "
                  "adversarial network"] == (2019, "Scientific Reports 2019")
    assert papers["Quick and Easy Time Series Generation with Established Image-based "
                  "GANs"][1] == ""
    assert papers["Recognizing Emotions Induced by Affective sounds through HRV"] \
        == (2015, "")


def test_a_surname_in_capitals_with_its_initial_before_a_year_is_no_venue():
    """`(LECUN Y, 2015)`: a surname and its initial, cited in capitals, is who wrote the
    paper; only capitals with no lone initial (`(ACM TMIS, 2024.08)`) read as a venue."""
    papers = _dated(
        "# Awesome DL\n\n## Papers\n\n"
        "- [Deep learning](https://www.nature.com/articles/nature14539) (LECUN Y, 2015)\n"
        "- [Neural Collaborative Filtering](https://arxiv.org/abs/1708.05031) (ACM TMIS, 2017)\n")
    assert papers["Deep learning"] == (2015, "")
    assert papers["Neural Collaborative Filtering"] == (2017, "ACM TMIS 2017")
