"""Issue 15, round 20, `import-dev31` on the thirty-fifth held-out set (lists 421-432,
tests/corpus/, provenance in SOURCES.md): real lines of those lists, each read by one general
reading."""

from __future__ import annotations

from awesome_bib.importer import read_library

from .conftest import papers_in, papers_with_authors

# List 429's lines (a Chinese page of legal judgment prediction papers), as written: bold year
# labels (`**2023年**`) over bare title lines with Markdown line breaks, English and Chinese
_COLUMN = (
    "# LJP paper list\n"
    "论文前面的单选框表示是否完成并上传复现代码。代码具体复现了多少看models文件夹里面。  \n\n"
    "**2024年**  \n"
    "(ESWA) KnowPrompt4LJP [Chinese legal judgment prediction via knowledgeable prompt "
    "learning](https://www.sciencedirect.com/science/article/abs/pii/S0957417423026799) "
    "我在另一个GitHub项目那边帮人下了这篇paper  \n"
    "LegalDuet: Learning Effective Representations for Legal Judgment Prediction through a "
    "Dual-View Legal Clue Reasoning\n\n"
    "**2023年**  \n"
    "Precedent-Enhanced Legal Judgment Prediction with LLM and Domain-Model Collaboration  \n"
    "A Comprehensive Evaluation of Large Language Models on Legal Judgment Prediction  \n"
    "ML-LJP: Multi-Law Aware Legal Judgment Prediction  \n"
    "融合法律文本结构信息的刑事案件判决预测  \n"
    "基于注意力机制与知识融合的法律判决预测模型研究\n\n"
    "**2022年**  \n\n"
    "- [ ] (EMNLP) Do Charge Prediction Models Learn Legal Theory?\n"
    "- [x] (IJCAI) [Re28：读论文 CECP Charge Prediction by Constitutive Elements Matching of "
    "Crimes](https://blog.csdn.net/PolarisRisingWar/article/details/126484229)\n\n"
    "MVE-FLK: A multi-task legal judgment prediction via multi-view encoder fusing legal "
    "keywords  \n"
    "Charge prediction modeling with interpretation enhancement driven by double-layer "
    "criminal system\n"
    "Similar Case Based Prison Term Prediction  \n"
    "基于BERT模型的多任务法律案件智能判决方法\n")


def test_bare_title_lines_under_a_year_label_are_papers_of_that_year():
    """429 (0.15 recall before): each line under the bold year label is a paper dated by the
    label, a line without its two trailing spaces too (it renders on the line above); the
    label is no title; the section is the heading naming papers."""
    papers = papers_in(_COLUMN)
    assert papers["Precedent-Enhanced Legal Judgment Prediction with LLM and Domain-Model "
                  "Collaboration"] == (2023, "", "LJP paper list")
    assert papers["融合法律文本结构信息的刑事案件判决预测"] == (2023, "", "LJP paper list")
    assert papers["LegalDuet: Learning Effective Representations for Legal Judgment "
                  "Prediction through a Dual-View Legal Clue Reasoning"][0] == 2024
    assert papers["Charge prediction modeling with interpretation enhancement driven by "
                  "double-layer criminal system"][0] == 2022
    assert papers["Similar Case Based Prison Term Prediction"][0] == 2022
    assert papers["基于BERT模型的多任务法律案件智能判决方法"][0] == 2022
    assert not any("年" in title for title in papers)


def test_bare_title_lines_stay_problems_where_no_heading_names_papers():
    """The same lines under a heading that names no papers: nothing says they are papers
    (books, talks and courses are listed alike), so they stay problems, none imported."""
    read = read_library(_COLUMN.replace("# LJP paper list", "# LJP reading"), "list.md")
    titles = {e.title for e in read.lib.entries}
    assert "融合法律文本结构信息的刑事案件判决预测" not in titles
    assert "ML-LJP: Multi-Law Aware Legal Judgment Prediction" not in titles


def test_prose_lines_under_a_year_label_are_no_titles():
    """A paragraph of sentences under the label (a stop at a line's end, a CJK comma) is a
    note, never a column of titles."""
    md = ("# LJP paper list\n\n**2023年**  \n"
          "We reproduced the models of these papers on CAIL2018.  \n"
          "因为我感觉不同数据集之间的转换不难，所以我就只复现一种数据集格式了  \n"
          "Most of them use the same preprocessing as LADAN.\n\n"
          "- [Legal Judgment Prediction via Topological Learning](https://aclanthology.org/"
          "D18-1390/)\n")
    assert set(papers_in(md)) == {"Legal Judgment Prediction via Topological Learning"}


def test_a_year_label_over_a_topic_label_dates_the_papers_under_both():
    """418 (same maintainer as 429): `**2023年**` then the plain topic label `通用节点嵌入：` on
    the next line; the label names a topic of that year and ends nothing: the numbered papers
    under it are of 2023, those under the next year label of 2022."""
    md = ("# 论文\n**2023年**  \n通用节点嵌入：\n"
          "1. (WWW) [A Post-Training Framework for Improving Heterogeneous Graph Neural "
          "Networks](https://arxiv.org/abs/2304.00698)\n"
          "2. [Heterophily-Aware Graph Attention Network](https://arxiv.org/abs/2302.03228)\n\n"
          "动态图节点嵌入：\n"
          "1. (Neurocomputing) [Dynamic heterogeneous graph representation learning with "
          "neighborhood type modeling](https://www.sciencedirect.com/science/article/abs/pii/"
          "S0925231223002096)\n\n"
          "**2022年**  \n综述：\n"
          "1. (Artificial Intelligence Review) [Heterogeneous graph neural networks analysis: a "
          "survey of techniques, evaluations and applications](https://link.springer.com/"
          "article/10.1007/s10462-022-10375-2)\n")
    papers = papers_in(md)
    assert papers["Heterophily-Aware Graph Attention Network"][0] == 2023
    assert papers["Dynamic heterogeneous graph representation learning with neighborhood type "
                  "modeling"][0] == 2023
    assert papers["Heterogeneous graph neural networks analysis: a survey of techniques, "
                  "evaluations and applications"][0] == 2022


# List 428's lines (the References of a calcium-imaging tools page), as tex4ht wrote them
_BIBLIOGRAPHY = (
    "# Imaging analysis tools\n\n"
    "   <h2 class=\"likechapterHead\"><a \n"
    " id=\"x1-2000\"></a>References</h2>\n"
    "  <div class=\"thebibliography\">\n"
    "  <p class=\"bibitem\" ><span class=\"biblabel\">\n"
    "<a \n"
    " id=\"Xreddy1996fft\"></a><span class=\"bibsp\">   </span></span>B Srinivasa Reddy and "
    "Biswanath N Chatterji.  An fft-based technique\n"
    "  for  translation,  rotation,  and  scale-invariant  image  registration.   <span \n"
    "class=\"rm-lmri-12\">IEEE</span>\n"
    "  <span \n"
    "class=\"rm-lmri-12\">transactions on image processing</span>, 5(8):1266–1271, 1996.\n"
    "  </p>\n"
    "  <p class=\"bibitem\" ><span class=\"biblabel\">\n"
    "<a \n"
    " id=\"Xthevenaz1998pyramid\"></a><span class=\"bibsp\">   </span></span>Philippe "
    "Thevenaz, Urs E Ruttimann, and Michael Unser.  A pyramid\n"
    "  approach to subpixel registration based on intensity.  <span \n"
    "class=\"rm-lmri-12\">Image Processing,</span>\n"
    "  <span \n"
    "class=\"rm-lmri-12\">IEEE Transactions on</span>, 7(1):27–41, 1998.\n"
    "  </p>\n"
    "  <p class=\"bibitem\" ><span class=\"biblabel\">\n"
    "<a \n"
    " id=\"XKuchibhotla2014\"></a><span class=\"bibsp\">   </span></span>K V                "
    "Kuchibhotla,                S Wegmann,                K J\n"
    "  Kopeikina, J Hawkes, N Rudinskiy, M L Andermann, T L Spires-Jones,\n"
    "  B J Bacskai, and B T Hyman. Neurofibrillary tangle-bearing neurons are\n"
    "  functionally integrated in cortical circuits in vivo. <span \n"
    "class=\"rm-lmri-12\">Proc Natl Acad Sci U S</span>\n"
    "  <span \n"
    "class=\"rm-lmri-12\">A</span>, 111(1):510–514, 2014. ISSN 0027-8424. doi: "
    "10.1073/pnas.1318807111.\n"
    "  </p>\n"
    "  <p class=\"bibitem\" ><span class=\"biblabel\">\n"
    "<a \n"
    " id=\"XPeron2015\"></a><span class=\"bibsp\">   </span></span>Simon P. Peron, Jeremy "
    "Freeman, Vijay Iyer, Caiying Guo, and Karel\n"
    "  Svoboda.                                  A            Cellular            Resolution\n"
    "  Map of Barrel Cortex Activity during Tactile Behavior.  <span \n"
    "class=\"rm-lmri-12\">Neuron</span>, 86(3):\n"
    "  783–799, 2015.  ISSN 10974199.  doi: 10.1016/j.neuron.2015.03.027.  URL\n"
    "  <a \n"
    "href=\"http://dx.doi.org/10.1016/j.neuron.2015.03.027\" class=\"url\" ><span \n"
    "class=\"rm-lmtt-12\">http://dx.doi.org/10.1016/j.neuron.2015.03.027</span></a>.\n"
    "  </p>\n"
    "  </div>\n")


def test_a_bibliography_written_as_html_by_a_latex_converter_is_read_entry_by_entry():
    """428 (0.00 before: one entry read, under the list's title): each `<p class="bibitem">`
    is a citation read as a Markdown paragraph is (names, title, venue, year), under the
    HTML heading `References` (its citations agree it lists papers), each listed on the
    source line where its title begins."""
    read = read_library(_BIBLIOGRAPHY, "list.md")
    titles = {s.slug: s.title for s in read.lib.sections}
    got = {e.title: (e.year, e.venue_tag, titles[e.listings[0].section], e.listings[0].line)
           for e in read.lib.entries}
    assert got["An fft-based technique for translation, rotation, and scale-invariant image "
               "registration"] == (1996, "IEEE transactions on image processing 1996",
                                   "References", 8)
    assert got["A pyramid approach to subpixel registration based on intensity"][::3] \
        == (1998, 16)
    assert got["Neurofibrillary tangle-bearing neurons are functionally integrated in "
               "cortical circuits in vivo"][::3] == (2014, 26)
    assert got["A Cellular Resolution Map of Barrel Cortex Activity during Tactile "
               "Behavior"] == (2015, "Neuron 2015", "References", 35)
    assert len(got) == 4


def test_one_citation_under_references_is_no_paper_section():
    """The heading's word still decides where its items do not disagree: one citation under
    `## References` (the list's own sources) stays out."""
    md = ("# Imaging analysis tools\n\n## Tools\n\n"
          "- [CellProfiler: image analysis software for identifying cell phenotypes]"
          "(https://doi.org/10.1186/gb-2006-7-10-r100)\n\n## References\n\n"
          "Eran A Mukamel, Axel Nimmerjahn, and Mark J Schnitzer. Automated analysis of "
          "cellular signals from large-scale calcium imaging data. Neuron, 63(6):747–760, "
          "2009.\n")
    assert set(papers_in(md)) == {
        "CellProfiler: image analysis software for identifying cell phenotypes"}


# List 422's lines (a reading group's APA citations, linkless but for a bare DOI URL)
_APA_PARAGRAPHS = (
    "# SDMs study group\n\n## Articles from the meetings\n\n### Meeting 1 (2023/09/20)\n\n"
    "Qiao, H., Feng, X., Escobar, L.E., Peterson, A.T., Soberón, J., Zhu, G. and Papeş, M. "
    "(2019), An evaluation of transferability of ecological niche models. Ecography, 42: "
    "521-534. https://doi.org/10.1111/ecog.03986\n\n"
    "### Meeting 2 (2023/10/04) - sampling bias\n\n"
    "Pennino, M. G., Paradinas, I., Illian, J. B., Muñoz, F., Bellido, J. M., López‐Quílez, "
    "A., & Conesa, D. (2018). Accounting for preferential sampling in species distribution "
    "models. In Ecology and Evolution (Vol. 9, Issue 1, pp. 653–663). Wiley. "
    "https://doi.org/10.1002/ece3.4789\n\n"
    "#### Remote sensing bias:\n"
    "Gregg, W. & Casey, N. (2007) Sampling biases in MODIS SeaWiFS ocean chlorophyll data. In "
    "Remote Sensing of Environment (Vol. 111, Issue 1, pp. 25-35)\n"
    "https://doi.org/10.1016/j.rse.2007.03.008\n\n"
    "### Meeting 4 (2023/12/13)\n\n"
    "Valavi, R., Guillera‐Arroita, G., Lahoz‐Monfort, J. J., & Elith, J. (2022). Predictive "
    "performance of presence‐only species distribution models: a benchmark study with "
    "reproducible code. Ecological Monographs, 92(1), e01486.\n"
    "https://doi.org/10.1002/ecm.1486\n")


def test_apa_citations_with_a_comma_or_no_stop_after_the_year_and_a_bracketed_volume():
    """422 (fields 0.56 before): `(2019), Title.` and `(2007) Title.` are APA's year too when
    every name has its initials; `In Journal (Vol. 9, …). Wiley.` names the journal; a name
    written with Unicode's hyphen (`López‐Quílez`) is a name."""
    got = papers_with_authors(_APA_PARAGRAPHS)
    assert got["An evaluation of transferability of ecological niche models"][:2] \
        == (2019, "Ecography 2019")
    assert got["Accounting for preferential sampling in species distribution models"] == (
        2018, "Ecology and Evolution 2018",
        ["Pennino", "Paradinas", "Illian", "Muñoz", "Bellido", "López-Quílez", "Conesa"])
    assert got["Sampling biases in MODIS SeaWiFS ocean chlorophyll data"] \
        == (2007, "Remote Sensing of Environment 2007", ["Gregg", "Casey"])
    assert got["Predictive performance of presence‐only species distribution models: a "
               "benchmark study with reproducible code"][::2] \
        == (2022, ["Valavi", "Guillera-Arroita", "Lahoz-Monfort", "Elith"])


def test_a_title_dated_with_a_comma_before_names_stays_a_title():
    """`Title (2015), Names, et al.` (48, 121): names without initials after the year are no
    APA citation's; the title stays the title."""
    md = ("# RecSys\n\n## Deep Learning\n\n"
          "- AutoRec- Autoencoders Meet Collaborative Filtering (2015), Suvash Sedhain, Aditya "
          "Krishna Menon, et al. [[pdf]](https://dl.acm.org/doi/10.1145/2740908.2742726)\n"
          "- **Type Prediction With Program Decomposition and Fill-in-the-Type Training** "
          "(2023), arxiv, Cassano, Federico, et al. [[pdf]](https://arxiv.org/pdf/2305.17145)\n")
    titles = set(papers_in(md))
    assert "Type Prediction With Program Decomposition and Fill-in-the-Type Training" in titles
    assert "AutoRec- Autoencoders Meet Collaborative Filtering" in titles


# List 424's lines (ML for control): tab-indented field bullets under each linked title
_FIELD_BULLETS = (
    "# Machine Learning-based Control\n\n## Papers and Codes\n"
    "<a id=\"humanContact\"></a>\n"
    " *\t[Adaptive Human-Inspired Compliant Contact Primitives to Perform Surface-Surface "
    "Contact under Uncertainty](http://ijr.sagepub.com/content/early/2016/07/06/0278364916648389)\n"
    "\t* Authors: S.M. Khansari-Zadeh, E. Klingbeil, and O. Khatib (2016)\n"
    "\t* Institution: Stanford\n"
    "\t* Journal: The International Journal of Robotics Research\n\n"
    "<a id=\"seds\"></a>\n"
    " *\t[Learning Stable Non-Linear Dynamical Systems with Gaussian Mixture Models]"
    "(http://infoscience.epfl.ch/record/166322/files/Khansari_Billard_TRO11_1.pdf)\n"
    "\t* Institution: Stanford\n"
    "\t* Authors: S.M. Khansari-Zadeh and A. Billard (2011), L,\n"
    "\t* Journal: IEEE Transaction on Robotics, vol. 27, num 5, p. 943-957.\n\n"
    "<a id=\"obstAvoid\"></a>\n"
    " * \t[A Dynamical System Approach to Realtime Obstacle Avoidance]"
    "(http://lasa.epfl.ch/publications/uploadedFiles/Khansari_Billard_AR12.pdf)\n"
    "\t* Authors: S.M. Khansari-Zadeh and A. Billard (2012),\n"
    "\t* Journal: Autonomous Robots, vol. 32, num 4, p. 433-454.\n\n"
    "<a id=\"optnet-differentiable-optimization-as-a-layer-in-neural-networks\"></a>\n"
    "* [Optnet: Differentiable Optimization as a Layer in Neural Networks]"
    "(https://arxiv.org/abs/1703.00443)\n"
    "\t* [Code](https://github.com/locuslab/optnet)\n"
    "\t* Authors:  Brandon Amos and J. Zico Kolter. (3/2017).\n"
    "\t* Institution Affiliation: CMU\n")


def test_labelled_field_bullets_give_names_year_and_journal():
    """424 (fields 0.78 before): `Authors: … (2016)` gives the names and the year; `Journal:
    Name, vol. 27, …` the journal's name (no person's, though two capitalised words), in an
    item of three labelled fields (a record) as in one of two."""
    got = papers_with_authors(_FIELD_BULLETS)
    assert got["Adaptive Human-Inspired Compliant Contact Primitives to Perform "
               "Surface-Surface Contact under Uncertainty"] == (
        2016, "The International Journal of Robotics Research",
        ["Khansari-Zadeh", "Klingbeil", "Khatib"])
    assert got["Learning Stable Non-Linear Dynamical Systems with Gaussian Mixture Models"] \
        == (2011, "IEEE Transaction on Robotics", ["Khansari-Zadeh", "Billard"])
    assert got["A Dynamical System Approach to Realtime Obstacle Avoidance"] \
        == (2012, "Autonomous Robots", ["Khansari-Zadeh", "Billard"])
    assert got["Optnet: Differentiable Optimization as a Layer in Neural Networks"] \
        == (2017, "", ["Amos", "Kolter"])  # (`(3/2017)`: a month, then the year)


def test_a_record_of_field_bullets_gives_its_venue():
    """402 (lead's note: `+ Conference: ACL` sub-bullets): in a record of labelled fields the
    `Authors:` and `Conference:` bullets are the paper's names and venue."""
    md = ("# aes-papers\n\n## 2025\n"
          "+ **Can LLMs Clarify? Investigation and Enhancement of Large Language Models on "
          "Argument Claim Optimization**\n"
          "  + Authors: Yiran Wang, Ben He, Xuanang Chen, Le Sun\n"
          "  + Conference: COLING\n"
          "  + Link: https://aclanthology.org/2025.coling-main.273/\n")
    got = papers_with_authors(md)
    assert got == {"Can LLMs Clarify? Investigation and Enhancement of Large Language Models "
                   "on Argument Claim Optimization": (2025, "COLING",
                                                      ["Wang", "He", "Chen", "Sun"])}


# List 425's lines (a Chinese toolbox page: a tool, its note, then the paper behind it)
_TOOLBOX = (
    "# MathGeo\n\n## 2025 更新\n\n* DLR\n\n一种通过深度神经网络约束和求解偏移的配准方法。\n\n"
    "参考文献：\n\n"
    "H. Yue, S. Yu*, Seismic registration with a deep neural network constraint. IEEE "
    "Geoscience and Remote Sensing Letters, 2024, 21:7505005.\n\n"
    "* DTW_dealiased_interpolation_xyj\n\n用于去假频地震数据插值的开源Matlab代码。\n\n"
    "参考文献：\n\n"
    "Xu Y, Yu S, Dong L, Ma J. Dealiased seismic data interpolation by dynamic matching[J]. "
    "Geophysics, 2024, 89(5): V361-V376.\n\n"
    "* W2_RNN_FWI\n\n基于RNN的全波形反演包，具有Wasserstein损失函数，可减轻周期跳跃。\n\n"
    "参考文献：\n\n"
    "李燕梅，顾焕申，许凯，孙振涛，王文龙*，2022，基于最优输运与循环神经网络的全波形反演，"
    "地球物理学进展, 37(6)，2408-2416.\n\n"
    "* DDPM_ir\n\n非均匀插值的生成模型（去噪扩散概率模型，DDPM）。\n\n参考文献：\n\n"
    "陈尧，于四伟*，林荣智，基于扩散概率模型的非均一地震数据插值，煤田地质与勘探, 2024, 52(8), "
    "177-186.\n")


def test_chinese_citations_joined_by_commas_and_a_venue_after_the_titles_stop():
    """425 (0.82 recall, fields 0.75 before): `Names，2022，Title，Journal, 37(6)，…` and
    `Names，Title，Journal, 2024, …` are citations (CJK names, a CJK title, the journal, its
    year); `Initials, Title. Journal, 2024, 21:…` names its journal after the title's stop."""
    got = papers_with_authors(_TOOLBOX)
    assert got["基于最优输运与循环神经网络的全波形反演"] == (
        2022, "地球物理学进展 2022", ["李燕梅", "顾焕申", "许凯", "孙振涛", "王文龙"])
    assert got["基于扩散概率模型的非均一地震数据插值"] == (
        2024, "煤田地质与勘探 2024", ["陈尧", "于四伟", "林荣智"])
    assert got["Seismic registration with a deep neural network constraint"][:2] \
        == (2024, "IEEE Geoscience and Remote Sensing Letters 2024")
    assert len(got) == 4  # (the tool bullets and the Chinese notes are no papers)


def test_a_comma_citation_whose_title_sentence_ends_before_the_journal():
    """259's line, read the same way: `Name, Title. Machine Learning 3: 9-44, 1988.`: the
    journal after the title's stop, its volume and pages dropped."""
    md = ("# RL\n\n## Papers / Thesis\n\n"
          "- Richard S. Sutton, Learning to predict by the methods of temporal differences. "
          "Machine Learning 3: 9-44, 1988. [[Paper]](http://webdocs.cs.ualberta.ca/~sutton/"
          "papers/sutton-88-with-erratum.pdf)\n"
          "- Christopher J.C.H. Watkins, Learning from Delayed Rewards, Ph.D. Thesis, "
          "Cambridge University, 1989. [[Thesis]](http://www.cs.rhul.ac.uk/~chrisw/new_thesis."
          "pdf)\n")
    got = papers_in(md)
    assert got["Learning to predict by the methods of temporal differences"][:2] \
        == (1988, "Machine Learning 1988")


# List 423's lines: bold title and year, the names, then the journal as a DOI link's text
_JOURNAL_LINKS = (
    "## awesome-AI4MolConformation-MD\n\n## Reviews\n\n"
    "* **Toward a unified framework for determining conformational ensembles of disordered "
    "proteins** [2026]  \n"
    "Ghafouri, H., Kadeřávek, P., Melo, A.M. et al.  \n"
    "[Nat Methods (2026)](https://doi.org/10.1038/s41592-026-03003-2)  \n\n"
    "* **Enhanced Sampling in the Age of Machine Learning: Algorithms and Applications** "
    "[2025]  \n"
    "Kai Zhu, Enrico Trizio, Jintu Zhang, Renling Hu, Linlong Jiang, Tingjun Hou, Luigi "
    "Bonati.  \n"
    "[arXiv:2509.04291 (2025)](https://doi.org/10.48550/arXiv.2509.04291)  \n\n"
    "* **Beyond static structures: protein dynamic conformations modeling in the "
    "post-AlphaFold era** [2025]  \n"
    "Xinyue Cui, Lingyu Ge, Xia Chen, Zexin Lv, Suhui Wang, Xiaogen Zhou, Guijun Zhang.  \n"
    "  [Briefings in Bioinformatics (2025)](https://doi.org/10.1093/bib/bbaf340)  \n")


def test_a_doi_labelled_with_a_journal_and_the_items_year_names_the_journal():
    """423 (4 of 7 venues missed before): `[Nat Methods (2026)](doi)` under a title dated
    2026 is the journal, though the venue table knows none of these names; an arXiv id
    and the year name arXiv."""
    got = papers_in(_JOURNAL_LINKS)
    assert got["Toward a unified framework for determining conformational ensembles of "
               "disordered proteins"][:2] == (2026, "Nat Methods 2026")
    assert got["Enhanced Sampling in the Age of Machine Learning: Algorithms and "
               "Applications"][:2] == (2025, "arXiv 2025")
    assert got["Beyond static structures: protein dynamic conformations modeling in the "
               "post-AlphaFold era"][:2] == (2025, "Briefings in Bioinformatics 2025")


def test_a_doi_labelled_with_another_year_or_a_resource_word_names_no_journal():
    """Silent where the evidence is weak: a label whose year is not the item's, or a word
    naming a kind of link (`Supplementary Material (2025)`), is no venue."""
    md = _JOURNAL_LINKS.replace("[Nat Methods (2026)]", "[Nat Methods (2024)]").replace(
        "[Briefings in Bioinformatics (2025)]", "[Supplementary Material (2025)]")
    got = papers_in(md)
    assert got["Toward a unified framework for determining conformational ensembles of "
               "disordered proteins"][:2] == (2026, "")
    assert got["Beyond static structures: protein dynamic conformations modeling in the "
               "post-AlphaFold era"][:2] == (2025, "")


def test_a_bracketed_venue_with_its_acronym_in_brackets_and_its_year():
    """426 (one sample missed before): `**[Robotics: Science and Systems (RSS) 2024]**` after
    the names is the venue and its year, as `**[IEEE ITSC 2024]**` is."""
    md = ("# LLM4TR\n\n#### **LLMs as Information Processors**\n\n- **Context Encoder**\n"
          "    - **[RAG-Driver: Generalisable driving explanations with retrieval-augmented "
          "in-context learning in multi-modal large language model](https://arxiv.org/abs/"
          "2402.10828)**. *Yuan, J. et al.* **[Robotics: Science and Systems (RSS) 2024]**. "
          "[[Code]](https://github.com/Jiatong-Yuan/RAG-Driver)\n"
          "    - **[TP-GPT: Real-time data informed intelligent chatbot for transportation "
          "surveillance and management](https://arxiv.org/abs/2405.03076)**. *Wang, B. et al.* "
          "**[IEEE ITSC 2024]**.\n")
    got = papers_in(md)
    assert got["RAG-Driver: Generalisable driving explanations with retrieval-augmented "
               "in-context learning in multi-modal large language model"][:2] \
        == (2024, "Robotics: Science and Systems (RSS) 2024")


def test_a_coined_name_before_a_titles_link_is_no_title():
    """429's `(ESWA) KnowPrompt4LJP [Title](url) note` line under its year label: a method's
    name glued of letters and digits (after a venue tag) before the link, a phrase as the
    link's text: the phrase is the title, not the name."""
    papers = papers_in(_COLUMN)
    assert papers["Chinese legal judgment prediction via knowledgeable prompt learning"][0] \
        == 2024
    assert not any("KnowPrompt4LJP" in title for title in papers)


def test_note_lines_under_a_date_line_in_a_topic_section_are_no_papers():
    """A column of bare lines under a date line is a column of papers only under a heading
    that names papers itself (429's `# LJP paper list`): under a topic heading, the list's
    title (`# Awesome Legal AI Papers`) says nothing of them; these are the maintainer's notes."""
    md = ("# Awesome Legal AI Papers\n\n## Legal Judgment Prediction\n\n**2023**\n\n"
          "Added new papers on legal judgment prediction\n"
          "Reorganised the section on legal question answering\n"
          "Fixed the broken links in the survey section\n\n"
          "- [Legal Judgment Prediction via Topological Learning]"
          "(https://aclanthology.org/D18-1390/) EMNLP 2018\n")
    titles = set(papers_in(md))
    assert titles == {"Legal Judgment Prediction via Topological Learning"}


def test_comma_joined_chinese_prose_with_a_year_is_no_citation():
    """`例如，谷歌，2017，提出了…，影响很大` ("for example, Google, 2017, proposed ..., very
    influential"): clauses joined by commas around a year, no volume or pages after the
    "journal": no citation (its words are no names, venue or title)."""
    md = ("# 论文列表\n\n## 图神经网络\n\n"
          "- 例如，谷歌，2017，提出了注意力机制的模型结构，影响很大\n"
          "- 另外，清华，2019，发布了新的图神经网络工具包，使用广泛\n"
          "- [Semi-Supervised Classification with Graph Convolutional Networks]"
          "(https://arxiv.org/abs/1609.02907) ICLR 2017\n")
    titles = set(papers_in(md))
    assert titles == {"Semi-Supervised Classification with Graph Convolutional Networks"}
