"""Where the title sits among an item's fields (issue 15, round 8): real lines of lists 97-120
(tests/corpus/, provenance in SOURCES.md "Eighth held-out set" and "Ninth held-out set"), one
test per mechanism."""

from __future__ import annotations

from awesome_bib.importer.items import parse_item
from awesome_bib.importer.markdown import Item, parse, plain
from awesome_bib.importer.template import venue_year_span

from .conftest import explained_templates
from .test_round6_fields import _papers


def test_the_title_is_the_pipe_field_most_items_write_a_phrase_in():
    """List 120: `+ 2019 | Title | Authors, et al. | arXiv | [PDF](url)`: the whole line stood
    in the title. The section's items say which field is which (the year first, the phrase
    second, the names third, the venue fourth), and every item is read so, a two-word title
    too."""
    papers = _papers(
        "# L\n\n### Surveys\n"
        "+ 2019 | AutoML: A Survey of the State-of-the-Art | Xin He, et al. | arXiv | "
        "[`PDF`](https://arxiv.org/pdf/1908.00709.pdf)\n"
        "+ 2020 | On Hyperparameter Optimization of Machine Learning Algorithms: Theory and "
        "Practice | Li Yang, et al. | Neurocomputing | [`PDF`](https://arxiv.org/pdf/2007.15745.pdf)\n"
        "+ 2020 | Automated Machine Learning--a brief review at the end of the early years | "
        "Escalante, H. J. | arXiv | [`PDF`](https://arxiv.org/pdf/2008.08516.pdf)\n"
        "+ 2002 | Evolving Neural Networks through Augmenting Topologies | Kenneth O.Stanley, "
        "Risto Miikkulainen | Evolutionary Computation | "
        "[`PDF`](http://nn.cs.utexas.edu/downloads/papers/stanley.ec02.pdf)\n"
        "+ 2016 | Network Morphism | Tao Wei, et al. | ICML | "
        "[`PDF`](https://arxiv.org/pdf/1603.01670.pdf)\n")
    assert papers["AutoML: A Survey of the State-of-the-Art"] == ("arXiv 2019", 2019, ["He"])
    assert papers["On Hyperparameter Optimization of Machine Learning Algorithms: Theory and "
                  "Practice"][:2] == ("Neurocomputing 2020", 2020)
    assert papers["Automated Machine Learning--a brief review at the end of the early years"] \
        == ("arXiv 2020", 2020, ["Escalante"])
    assert papers["Evolving Neural Networks through Augmenting Topologies"][:2] == \
        ("Evolutionary Computation 2002", 2002)
    assert papers["Network Morphism"] == ("ICML 2016", 2016, ["Wei"])


def test_a_year_glued_before_the_title_is_its_year_across_the_list():
    """List 115: `**[AIRE]** 2020-Title, [[paper](url)]`: the year stood in the title. A
    section most of whose items write it so reads it there; a section of the same list that
    writes it in fewer items (among `**[ECCV]** Title` items without a year) reads it in the
    same place, since the list's other sections agree on it; a title's own comma list
    (`Manipulation- Challenges, Representations, and Algorithms`) stays in the title."""
    papers = _papers(
        "# L\n\n## 0. Review Papers\n\n"
        "**[AIRE]** 2020-Vision-based Robotic Grasp Detection From Object Localization, Object "
        "Pose Estimation To Grasp Estimation: A Review, "
        "[[paper](https://arxiv.org/pdf/1905.06658.pdf)]\n\n"
        "**[arXiv]** 2019-A Review of Robot Learning for Manipulation- Challenges, "
        "Representations, and Algorithms, [[paper](https://arxiv.org/pdf/1907.03146.pdf)]\n\n"
        "**[ToR]** 2016-Data-Driven Grasp Synthesis - A Survey, "
        "[[paper](https://arxiv.org/pdf/1309.2660.pdf)]\n\n"
        "## b. Saliency Detection\n\n"
        "**[CVM]** 2014-Salient object detection: A survey, "
        "[[paper](https://arxiv.org/pdf/1411.5878.pdf)]\n\n"
        "**[ECCV]** Progressively Guided Alternate Refinement Network for RGB-D Salient Object "
        "Detection, [[paper](https://arxiv.org/pdf/2008.07064.pdf)]\n\n"
        "**[ECCV]** Hierarchical Dynamic Filtering Network for RGB-D Salient Object Detection, "
        "[[paper](https://arxiv.org/pdf/2007.06227.pdf)]\n\n"
        "**[arXiv]** Bilateral Attention Network for RGB-D Salient Object Detection, "
        "[[paper](https://arxiv.org/pdf/2004.14582.pdf)]\n\n")
    assert papers["Data-Driven Grasp Synthesis - A Survey"][:2] == ("ToR", 2016)
    assert papers["A Review of Robot Learning for Manipulation- Challenges, Representations, "
                  "and Algorithms"] == ("arXiv", 2019, [])
    assert papers["Salient object detection: A survey"][:2] == ("CVM", 2014)
    assert papers["Hierarchical Dynamic Filtering Network for RGB-D Salient Object "
                  "Detection"][1] is None


def test_a_year_glued_to_a_title_in_one_item_of_a_section_stays_its_title():
    """A hyphen after a year inside one title among many (`2019-nCoV ...` is a word): not the
    place the section writes its years, so nothing is cut."""
    papers = _papers(
        "# L\n\n## Papers\n\n"
        "- [2020-Era Forecasting of Epidemics With Graph Networks](https://x.org/a.pdf)\n"
        "- [Deep Residual Learning for Image Recognition](https://x.org/b.pdf)\n"
        "- [Attention Is All You Need](https://x.org/c.pdf)\n")
    assert "2020-Era Forecasting of Epidemics With Graph Networks" in papers


def test_a_date_after_the_links_is_the_year_where_the_section_ends_its_items_so():
    """List 118: `1. **Title**` then `*Authors.* [[abs](url)], 2023.2`: the year and month
    after the links were not read; the section's items all end so."""
    papers = _papers(
        "# L\n\n#### Tool use.\n\n"
        "1. **Toolformer: Language Models Can Teach Themselves to Use Tools**\n\n"
        "   *Timo Schick,\u00a0Jane Dwivedi-Yu,\u00a0Roberto Dessì.* "
        "[[abs](https://arxiv.org/abs/2302.04761)], 2023.2\n\n"
        "2. **WebGPT: Browser-assisted question-answering with human feedback**\n\n"
        "   *Reiichiro Nakano, Jacob Hilton, Suchir Balaji.* "
        "[[abs](https://arxiv.org/abs/2112.09332)], 2021.12\n\n"
        "3. **TALM: Tool Augmented Language Models**\n\n"
        "   *Aaron Parisi, Yao Zhao, Noah Fiedel.* [[abs](https://arxiv.org/abs/2205.12255)], "
        "2022.5\n")
    assert papers["Toolformer: Language Models Can Teach Themselves to Use Tools"][1] == 2023
    assert papers["WebGPT: Browser-assisted question-answering with human feedback"][1] == 2021
    assert papers["TALM: Tool Augmented Language Models"][1:] == (2022, ["Parisi", "Zhao",
                                                                       "Fiedel"])


def test_a_dated_label_before_the_title_keeps_the_venue_read_after_it():
    """List 32: `- [2022/08] **Title.** *Jessy Lin et al. ACL.*`: the date before the title is
    no venue, but the venue written after the names stays."""
    papers = _papers(
        "# L\n\n## Deep understanding\n\n"
        "- [2022/08] **Inferring Rewards from Language in Context.** *Jessy Lin et al. ACL.* "
        "[[paper](https://doi.org/10.18653/v1/2022.acl-long.585)]\n"
        "- [2023/01] **Theory of Mind Based Assistive Communication in Complex Human Robot "
        "Cooperation.** *Moritz C. Buehler et al. arXiv.* [[paper](https://arxiv.org/abs/2109.01355)]\n")
    assert papers["Inferring Rewards from Language in Context"][:2] == ("ACL", 2022)


def test_names_in_italics_end_where_the_italics_end():
    """List 109: `1. **Title.** *Claudio Gallicchio, Alessio Micheli* IJCNN 2010.`: without a
    full stop after the names, neither names nor venue were read; the italics are the names'
    field, the venue and year follow it."""
    papers = _papers(
        "# L\n\n## Recurrent Graph Neural Networks\n\n"
        "1. **A new model for learning in graph domains.** *Marco Gori, Gabriele Monfardini, "
        "Franco Scarselli.* IJCNN 2005. [paper](https://ieeexplore.ieee.org/abstract/document/1555942)\n"
        "1. **Graph echo state networks.** *Claudio Gallicchio, Alessio Micheli* IJCNN 2010. "
        "[paper](https://ieeexplore.ieee.org/abstract/document/5596796)\n")
    assert papers["Graph echo state networks"] == ("IJCNN 2010", 2010, ["Gallicchio", "Micheli"])
    assert papers["A new model for learning in graph domains"][:2] == ("IJCNN 2005", 2005)


def test_a_venue_cell_with_a_two_digit_year_gives_the_year():
    """List 103: `'16-IJCV | 15/05/07 | [Title](url)`: the venue cell's year (the one
    two-digit rule, after an apostrophe) is the row's year; the date column (`yy/mm/dd`, an
    arXiv date) gives none."""
    papers = _papers(
        "# L\n\n## Text Recognition\n\n"
        "*Conf.* | *Date* | *Title* | *Resources* |\n"
        ":---: | :---: |:--- | :---: |\n"
        "'15-ICLR\t| 14/12/18\t| [Deep structured output learning for unconstrained text "
        "recognition](https://arxiv.org/pdf/1412.5903.pdf) | [`TF`](https://github.com/a/b) |\n"
        "'16-IJCV\t| 14/12/04\t| [Reading text in the wild with convolutional neural networks]"
        "(https://arxiv.org/pdf/1412.1842.pdf) | |\n"
        "'17-arXiv | 17/09/01 | [Gated Recurrent Convolution Neural Network for OCR]"
        "(https://x.org/b.pdf) | |\n")
    assert papers["Deep structured output learning for unconstrained text recognition"][1] == 2015
    assert papers["Reading text in the wild with convolutional neural networks"][1] == 2016
    assert papers["Gated Recurrent Convolution Neural Network for OCR"][1] == 2017


def test_a_venue_without_a_year_in_the_place_the_section_writes_venues():
    """List 106: `1. [ICLR 2023]**Title**[[paper]](url)`: `[Briefings in Bioinformatics]**Title**`
    kept the label in its title, and `[ChemRXiv]**Title**` lost it; the section writes its
    venues in that place, so the label is the venue (its year unknown)."""
    papers = _papers(
        "# L\n\n## Pretraining Strategies\n\n"
        "1. [ICLR 2023]**Mole-BERT: Rethinking Pre-training Graph Neural Networks for "
        "Molecules**[[paper]](https://openreview.net/forum?id=jevY-DtiZTR)\n"
        "1. [ArXiv 2023]**Molecular Property Prediction by Semantic-invariant Contrastive "
        "Learning**[[paper]](https://arxiv.org/abs/2303.06902)\n"
        "1. [ICML 2023]**Pre-training Antibody Language Models for Antigen-Specific "
        "Computational Antibody Design**[[paper]](https://x.org/c.pdf)\n"
        "1. [ChemRXiv]**Learning chemical intuition from humans in the loop**[[paper]]"
        "(https://chemrxiv.org/engage/chemrxiv/article-details/63f89282897b18336f0c5a55)\n"
        "1. [Briefings in Bioinformatics]**MG-BERT: leveraging unsupervised atomic "
        "representation learning for molecular property prediction**[[paper]]"
        "(https://doi.org/10.1093/bib/bbab152)\n")
    assert papers["Learning chemical intuition from humans in the loop"][:2] == ("ChemRXiv", None)
    assert papers["MG-BERT: leveraging unsupervised atomic representation learning for "
                  "molecular property prediction"][:2] == ("Briefings in Bioinformatics", None)
    assert papers["Mole-BERT: Rethinking Pre-training Graph Neural Networks for "
                  "Molecules"][:2] == ("ICLR 2023", 2023)


def test_a_label_before_a_bold_title_elsewhere_is_no_venue():
    """The same label before a bold title in a section that writes no venues there stays a
    label: not the title's words, and no venue (nothing says it is one)."""
    papers = _papers(
        "# L\n\n## Papers\n\n"
        "1. [Graph Methods]**Learning chemical intuition from humans in the loop**[[paper]]"
        "(https://x.org/a.pdf)\n"
        "1. **Knowledge graph-enhanced molecular contrastive learning**[[paper]]"
        "(https://x.org/b.pdf)\n")
    assert papers["Learning chemical intuition from humans in the loop"][:2] == ("", None)


def test_labels_in_the_place_of_known_venues_are_venues():
    """List 110: `- [[arXiv](https://arxiv.org/abs/…)] Title` under `### 2024`: most labels
    are venues the table knows, so `[[DAC](url)]` in the same place is the venue too."""
    papers = _papers(
        "# L\n\n### 2024\n\n"
        "- [[arXiv](https://arxiv.org/abs/2402.05445)] Accurate LoRA-Finetuning Quantization of "
        "LLMs via Information Retention\n"
        "- [[arXiv](https://arxiv.org/abs/2402.04291)] BiLLM: Pushing the Limit of Post-Training "
        "Quantization for LLMs\n"
        "- [[DAC](https://arxiv.org/abs/2402.14866)] APTQ: Attention-aware Post-Training "
        "Mixed-Precision Quantization for Large Language Models\n")
    assert papers["APTQ: Attention-aware Post-Training Mixed-Precision Quantization for Large "
                  "Language Models"][0].startswith("DAC")
    assert papers["BiLLM: Pushing the Limit of Post-Training Quantization for LLMs"][0] \
        .startswith("arXiv")


def test_labels_that_are_not_venues_give_none():
    """Topic labels in that place (`[[seg.](url)] Title`): the venue table knows none of them,
    so none is a venue."""
    papers = _papers(
        "# L\n\n### 2024\n\n"
        "- [[Survey](https://arxiv.org/abs/2402.05445)] Accurate LoRA-Finetuning Quantization of "
        "LLMs via Information Retention\n"
        "- [[Binarization](https://arxiv.org/abs/2402.04291)] BiLLM: Pushing the Limit of "
        "Post-Training Quantization for LLMs\n"
        "- [[DAC](https://arxiv.org/abs/2402.14866)] APTQ: Attention-aware Post-Training "
        "Mixed-Precision Quantization for Large Language Models\n")
    assert papers["APTQ: Attention-aware Post-Training Mixed-Precision Quantization for Large "
                  "Language Models"][0] == ""


def test_a_year_before_a_dash_is_no_name_of_a_described_tool():
    """List 104: `* 2013 - Title, Names.[Leaky ReLU](url)` was skipped as a tool's name
    (`2013`) and its description; a year (or a venue and year) before the dash names
    nothing, the title and the names follow it."""
    papers = _papers(
        "# L\n\n## References\n\n"
        "* 2011JMLR - Deep sparse rectifier neural networks, Glorot, Xavier and Bordes, Antoine "
        "and Bengio, Yoshua. [ReLU]( http://proceedings.mlr.press/v15/glorot11a/glorot11a.pdf)\n"
        "* 2013 - Rectifier nonlinearities improve neural network acoustic models, Andrew L. "
        "Maas, Awni Y. Hannun and Andrew Y. Ng.[Leaky ReLU](https://citeseerx.ist.psu.edu/"
        "viewdoc/download?doi=10.1.1.693.1422&rep=rep1&type=pdf)\n"
        "* 2015ICCV - Delving Deep into Rectifiers: Surpassing Human-Level Performance on "
        "ImageNet Classification, Kaiming He, Xiangyu Zhang, Shaoqing Ren and Jian Sun.[PReLU]"
        "(https://openaccess.thecvf.com/content_iccv_2015/papers/He_Delving_Deep_into_ICCV_2015_"
        "paper.pdf)\n")
    assert papers["Rectifier nonlinearities improve neural network acoustic models"][1:] == \
        (2013, ["Maas", "Hannun", "Ng"])


def test_an_acronym_and_a_qualifier_with_a_year_is_a_venue_span():
    """List 99: `__Title__. WWW Workshop 2018. _Names_.`: the section's place of venue and
    year after the title; `WWW Workshop 2018` (an acronym, a qualifier the venue table knows)
    is read there like `COLING 2016`; a word that is no qualifier is not (`WWW Paper 2018`)."""
    papers = _papers(
        "# L\n\n## Temporal Knowledge Graph\n\n"
        "__Towards time-aware knowledge graph completion__. COLING 2016. _Jiang, Tingsong and "
        "Liu, Tianyu_. [[Paper](http://aclweb.org/anthology/C16-1161)]\n\n"
        "__Deriving validity time in knowledge graph__. WWW Workshop 2018. _Leblay, Julien and "
        "Chekol, Melisachew Wudage_. [[Paper](https://dl.acm.org/citation.cfm?id=3191639)]\n\n"
        "__Coupled temporal scoping of relational facts__. WSDM 2012. _Talukdar, Partha Pratim "
        "and Wijaya, Derry_. [[Paper](http://www.cs.cmu.edu/a.pdf)]\n\n")
    assert papers["Deriving validity time in knowledge graph"][:2] == ("WWW Workshop 2018", 2018)
    assert venue_year_span("WWW Paper 2018") is None


def test_a_dated_summary_under_an_item_gives_its_names_venue_and_year():
    """List 114: `* [Title](url)` then `<details><summary> Names <em>CLEF</em> 2022
    </summary> abstract </details>`: the summary was dropped as a label; dated, it is the
    item's citation line (the names end where the italic venue starts). An undated summary
    (`Abstract`) stays a label."""
    papers = _papers(
        "# L\n\n### Papers\n\n#### 2022\n\n"
        "* [Business Document Information Extraction: Towards Practical Benchmarks]"
        "(https://arxiv.org/abs/2206.11229) \n"
        "  <details>\n"
        "  <summary> Matyáš Skalický, Štěpán Šimsa, Michal Uřičář, Milan Šulc <em>CLEF</em> "
        "2022 </summary>\n"
        "    Information extraction from semi-structured documents is crucial.\n"
        "  </details>\n\n"
        "* [Doc2Graph: A Task Agnostic Document Understanding Framework based on Graph Neural "
        "Networks](https://arxiv.org/abs/2208.11168)\n"
        "  <details>\n"
        "  <summary>Abstract</summary>\n"
        "    Geometric Deep Learning has recently attracted significant interest.\n"
        "  </details>\n")
    assert papers["Business Document Information Extraction: Towards Practical Benchmarks"] == \
        ("CLEF 2022", 2022, ["Skalický", "Šimsa", "Uřičář", "Šulc"])
    assert papers["Doc2Graph: A Task Agnostic Document Understanding Framework based on Graph "
                  "Neural Networks"] == ("", 2022, [])  # (the year of its heading)


def test_names_venue_and_year_before_the_field_separators_and_a_comment():
    """List 97: `- [Title](url), Rebain et al. Arxiv 2020 | [bibtex](...) <!---key-->`: the
    trailing `|` before the links kept the venue from being read, and the HTML comment's text
    (`!---neff2021donerf-->`) stood in the item's words."""
    papers = _papers(
        "# L\n\n## Papers\n\n"
        "- [DeRF: Decomposed Radiance Fields](https://arxiv.org/abs/2011.12490), Rebain et al. "
        "Arxiv 2020 | [bibtex](./NeRF-and-Beyond.bib#L222-L228) <!---Rebain20arxiv_derf-->\n"
        "- [DONeRF: Towards Real-Time Rendering of Compact Neural Radiance Fields using Depth "
        "Oracle Networks](https://depthoraclenerf.github.io/), Neff et al., CGF 2021 | "
        "[github](https://github.com/facebookresearch/DONERF) | [bibtex](./citations/donerf.txt) "
        "<!---neff2021donerf-->\n"
        "- [Lightning NeRF: Efficient Hybrid Scene Representation for Autonomous Driving]"
        "(https://arxiv.org/pdf/2403.05907v1.pdf), Cao et al. ICRA 2024 | "
        "[github](https://github.com/VISION-SJTU/Lightning-NeRF)\n")
    assert papers["DeRF: Decomposed Radiance Fields"] == ("Arxiv 2020", 2020, ["Rebain"])
    assert papers["Lightning NeRF: Efficient Hybrid Scene Representation for Autonomous "
                  "Driving"] == ("ICRA 2024", 2024, ["Cao"])
    block = parse("- [DONeRF: Towards Real-Time Rendering of Compact Neural Radiance Fields]"
                  "(https://x.org/a.pdf), Neff et al., CGF 2021 | [github](https://github.com/a/b)"
                  " <!---neff2021donerf-->\n")[0]
    assert isinstance(block, Item)
    assert parse_item(block.pieces).venue_raw == "CGF 2021"
    assert "neff2021" not in plain(block.pieces)


def test_the_venue_field_of_items_titled_by_a_link_between_pipes():
    """`- 2019 | [Title](url) | Names, et al. | arXiv`: titled by the link as read; the field
    most items write a venue in (the venue table knows `arXiv`, `ICML`) is the venue of each,
    an unknown name there too (`Neurocomputing 2020`)."""
    papers = _papers(
        "# L\n\n## Surveys\n\n"
        "- 2019 | [AutoML: A Survey of the State-of-the-Art](https://arxiv.org/abs/1908.00709) "
        "| Xin He, et al. | arXiv\n"
        "- 2020 | [On Hyperparameter Optimization of Machine Learning Algorithms]"
        "(https://arxiv.org/abs/2007.15745) | Li Yang, et al. | Neurocomputing\n"
        "- 2016 | [Network Morphism](https://arxiv.org/abs/1603.01670) | Tao Wei, et al. | ICML\n")
    assert papers["On Hyperparameter Optimization of Machine Learning Algorithms"] == \
        ("Neurocomputing 2020", 2020, ["Yang"])
    assert papers["Network Morphism"][:2] == ("ICML 2016", 2016)


def test_a_field_of_tags_between_pipes_is_no_venue():
    """List 36: `+ [标签] | [Title](url) | [阅读笔记](notes) | 简述 | 1998`: the short tag field
    is no venue (the venue table knows none of its names)."""
    papers = _papers(
        "# L\n\n## Paper List\n\n"
        "+ [图算法-搜排] | [The PageRank Citation Ranking: Bringing Order to the Web]"
        "(http://ilpubs.stanford.edu:8090/422/1/1999-66.pdf) | [阅读笔记](https://x.org/n1) | "
        "PageRank | 1998\n"
        "+ [聚类] | [A Tutorial on Spectral Clustering](https://arxiv.org/abs/0711.0189) | "
        "[阅读笔记](https://x.org/n2) | 谱聚类 | 2007\n"
        "+ [向量召回] | [Similarity estimation techniques from rounding algorithms]"
        "(https://x.org/c.pdf) | [阅读笔记](https://x.org/n3) | SimHash | 2002\n")
    assert papers["A Tutorial on Spectral Clustering"][0] == ""


def test_explain_says_a_section_read_at_the_lists_place(tmp_path):
    """`import --explain` names the place a section took from the list's other sections."""
    listing = tmp_path / "list.md"
    listing.write_text(
        "# L\n\n## A\n\n"
        "- **[AIRE]** 2020-Vision-based Robotic Grasp Detection From Object Localization, "
        "[[paper](https://arxiv.org/pdf/1905.06658.pdf)]\n"
        "- **[arXiv]** 2019-A Review of Robot Learning for Manipulation, "
        "[[paper](https://arxiv.org/pdf/1907.03146.pdf)]\n\n"
        "## B\n\n"
        "- **[CVM]** 2014-Salient object detection: A survey, "
        "[[paper](https://arxiv.org/pdf/1411.5878.pdf)]\n"
        "- **[ECCV]** Progressively Guided Alternate Refinement Network, "
        "[[paper](https://arxiv.org/pdf/2008.07064.pdf)]\n"
        "- **[ECCV]** Hierarchical Dynamic Filtering Network for RGB-D, "
        "[[paper](https://arxiv.org/pdf/2007.06227.pdf)]\n", encoding="utf-8")
    printed = explained_templates(listing, tmp_path / "entries")
    assert printed[1] == ("template of 'B': **[{venue}]** {title}, [[paper]({url})] (inferred, "
                          "title in as read, venue and year opening the title (as the list's "
                          "other sections); 3 of 3 items fit)")
