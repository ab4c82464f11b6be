"""Issue 15, round 12, fields inside an item on the sixteenth and seventeenth held-out sets
(lists 193-216, tests/corpus/, provenance in SOURCES.md): real lines of those lists, each read
by one general reading (a `<br>` ends the title's line, a lower-case tag after the venue's
stop, the section's place before the title without brackets, a citation's names and year
before the title's link, an author list before the title where the section's items open with
one, a bracketed date before the title, names after a literal angle bracket, two places of a
section, a bracketed citation's empty fields)."""

from __future__ import annotations

from awesome_bib.importer import read_library

from .conftest import papers_with_authors as _papers
from .test_corpus import CORPUS_DIR


def test_a_br_ends_the_title_line_and_the_next_line_is_its_venue():
    """List 211: `- Title <br> Arxiv 2024 [[Paper]](url)`: the writer ended the title's line;
    the venue and year are the next line's, a venue the table knows alone too (`TACL`)."""
    md = ("# L\n\n## Survey\n\n"
          "- The Efficiency Spectrum of Large Language Models: An Algorithmic Survey <br> Arxiv "
          "2023 [[Paper]](https://arxiv.org/abs/2312.00678)\n\n"
          "- A Survey on Model Compression for Large Language Models <br> TACL "
          "[[Paper]](https://arxiv.org/abs/2308.07633)\n\n"
          "- Compressed but Compromised? A Study of Jailbreaking in Compressed LLMs <br> NeurIPS "
          "Lock-LLM Workshop 2025 [[Paper]](https://openreview.net/pdf?id=OkNfb8SmLh)\n")
    papers = _papers(md)
    year, venue, _ = papers["The Efficiency Spectrum of Large Language Models: An Algorithmic "
                            "Survey"]
    assert (year, venue.lower()) == (2023, "arxiv 2023")
    assert papers["A Survey on Model Compression for Large Language Models"][:2] == (None, "TACL")
    assert papers["Compressed but Compromised? A Study of Jailbreaking in Compressed LLMs"][0] \
        == 2025


def test_a_line_of_names_before_a_br_does_not_title_the_paper():
    """List 137: `* **D3S:** Names.<br />` over the quoted title: the names' line is no title
    line; the quoted title on the next line is the title."""
    md = ("# L\n\n## CVPR2020\n\n"
          "* **D3S:** Alan Lukežič, Jiří Matas, Matej Kristan.<br />\n"
          "  \"D3S – A Discriminative Single Shot Segmentation Tracker.\" CVPR (2020).\n"
          "  [[paper](http://arxiv.org/pdf/1911.08862v2.pdf)]\n"
          "* **SiamBAN:** Zedu Chen, Bineng Zhong, Guorong Li.<br />\n"
          "  \"Siamese Box Adaptive Network for Visual Tracking.\" CVPR (2020).\n"
          "  [[paper](https://arxiv.org/pdf/2003.06761.pdf)]\n")
    assert "D3S – A Discriminative Single Shot Segmentation Tracker" in _papers(md)


def test_a_lower_case_tag_after_the_venue_leaves_the_venue_readable():
    """List 206: `*Authors*. ICLR 2025. `score`[[pdf](url)]`: the code span's label is no title
    word nor venue; `Findings of ACL 2023` and a sentence ending in a two-letter name (`Ng.`)
    too."""
    md = ("# L\n\n### 2.2 Word-level Attack\n"
          "1. **Confidence Elicitation: A New Attack Vector for Large Language Models**. *Brian "
          "Formento, Chuan-Sheng Foo, See-Kiong Ng*. ICLR 2025. `score`[[pdf](https://openreview"
          ".net/pdf?id=aTYexOYlLb)][[code](https://github.com/Aniloid2/Confidence_Elicitation_"
          "Attacks)]\n"
          "1. **Expanding Scope: Adapting English Adversarial Attacks to Chinese**. *Hanyu Liu, "
          "Chengyuan Cai, Yanjun Qi*. Findings of ACL 2023.`decision`[[pdf](https://arxiv.org/"
          "abs/2306.04874)]\n")
    papers = _papers(md)
    assert papers["Confidence Elicitation: A New Attack Vector for Large Language Models"][:2] \
        == (2025, "ICLR 2025")
    year, venue, _ = papers["Expanding Scope: Adapting English Adversarial Attacks to Chinese"]
    assert year == 2023 and "ACL" in venue


_TL = ("# L\n\n## Survey\n\n"
       "- IEEE TNNLS-22 [Towards Personalized Federated Learning](http://arxiv.org/abs/"
       "2103.00710)\n"
       "- 2022 [A Review of Deep Transfer Learning and Recent Advancements](https://arxiv.org/"
       "abs/2201.09679)\n"
       "- 2021 Domain generalization: IJCAI-21 [Generalizing to Unseen Domains: A Survey on "
       "Domain Generalization](https://arxiv.org/abs/2103.03097)\n"
       "- 2021 ICSAI [A State-of-the-Art Survey of Transfer Learning in Structural Health "
       "Monitoring](https://ieeexplore.ieee.org/abstract/document/9664171)\n"
       "- 2020 负迁移的综述：[Overcoming Negative Transfer: A Survey](https://arxiv.org/abs/"
       "2009.00909)\n"
       "- 用transfer learning进行sentiment classification的综述：[A Survey of Sentiment Analysis "
       "Based on Transfer Learning](https://ieeexplore.ieee.org/abstract/document/8746210)\n")


def test_a_section_whose_items_open_with_a_year_or_venue_before_the_link_reads_them():
    """List 200: the section writes its year (or venue and year) before the title's link,
    without brackets: the whole lead, its last field after a colon, a year opening a note; an
    item with only a note there gets nothing from it."""
    papers = _papers(_TL)
    assert papers["Towards Personalized Federated Learning"][:2] == (2022, "IEEE TNNLS 2022")
    assert papers["A Review of Deep Transfer Learning and Recent Advancements"][:2] == (2022, "")
    assert papers["Generalizing to Unseen Domains: A Survey on Domain Generalization"][:2] \
        == (2021, "IJCAI 2021")
    assert papers["Overcoming Negative Transfer: A Survey"][:2] == (2020, "")
    assert papers["A Survey of Sentiment Analysis Based on Transfer Learning"][:2] == (None, "")


def test_a_year_before_pipe_fields_keeps_the_venue_field():
    """`- 2020 | [Title](url) | ECCV`: the year is the lead's, the venue still the `|` field's."""
    md = ("# L\n\n## F\n\n"
          "- 2020 | [Big Transfer (BiT): General Visual Representation Learning](https://arxiv."
          "org/abs/1912.11370) | ECCV\n"
          "- 2021 | [An Image is Worth 16x16 Words: Transformers for Image Recognition at Scale]"
          "(https://arxiv.org/abs/2010.11929) | ICLR\n")
    papers = _papers(md)
    assert papers["Big Transfer (BiT): General Visual Representation Learning"][:2] \
        == (2020, "ECCV 2020")


def test_a_citations_names_and_year_before_the_title_link():
    """List 193 (ACL's style): `Names. 2003. [Title](url). In *Proceedings of NAACL 2003*.`:
    the names are the authors, not the title; the venue is the sentence after the link, an
    italic journal (`*Computational Linguistics*`) of the names' year."""
    md = ("# L\n\n## Phrase-based Models\n\n"
          "* Philipp Koehn, Franz J. Och, and Daniel Marcu. 2003. [Statistical Phrase-Based "
          "Translation](http://aclweb.org/anthology/N03-1017). In *Proceedings of NAACL 2003*. "
          "([Citation](https://scholar.google.com.hk/scholar?cites=11796378766060939113): "
          "3,516)\n"
          "* Dekai Wu. 1997. [Stochastic Inversion Transduction Grammars and Bilingual Parsing of "
          "Parallel Corpora](http://aclweb.org/anthology/J97-3002). *Computational Linguistics*. "
          "([Citation](https://scholar.google.com.hk/scholar?cites=7926725626202301933): 1,009)\n")
    papers = _papers(md)
    year, venue, authors = papers["Statistical Phrase-Based Translation"]
    assert (year, authors) == (2003, ["Koehn", "Och", "Marcu"]) and "NAACL" in venue
    year, venue, _ = papers["Stochastic Inversion Transduction Grammars and Bilingual Parsing "
                            "of Parallel Corpora"]
    assert year == 1997 and "Computational Linguistics" in venue


_TRACK = ("# L\n\n### Object Tracking\n"
          "* Seunghoon Hong, Tackgeun You, Suha Kwak, Bohyung Han, Online Tracking by Learning "
          "Discriminative Saliency Map with Convolutional Neural Network, arXiv:1502.06796. "
          "[[Paper]](http://arxiv.org/pdf/1502.06796)\n"
          "* Hanxi Li, Yi Li and Fatih Porikli, DeepTrack: Learning Discriminative Feature "
          "Representations by Convolutional Neural Networks for Visual Tracking, BMVC, 2014. "
          "[[Paper]](http://www.bmva.org/bmvc/2014/files/paper028.pdf)\n"
          "* Chao Ma, Jia-Bin Huang, Xiaokang Yang and Ming-Hsuan Yang, Hierarchical "
          "Convolutional Features for Visual Tracking, ICCV 2015 [[Paper](http://www.cv-"
          "foundation.org/openaccess/content_iccv_2015/papers/Ma_Hierarchical_Convolutional_"
          "Features_ICCV_2015_paper.pdf)]\n")


def test_an_author_list_before_an_unquoted_title_where_the_section_writes_one():
    """List 212: `A, B, …, Title, arXiv:1502.06796.`: where most of the section's items open
    with persons, the persons are the authors and the phrase after them the title; an arXiv
    reference in the venue's place names the venue arXiv, undated."""
    papers = _papers(_TRACK)
    assert papers["Online Tracking by Learning Discriminative Saliency Map with Convolutional "
                  "Neural Network"] == (None, "arXiv", ["Hong", "You", "Kwak", "Han"])
    assert papers["DeepTrack: Learning Discriminative Feature Representations by Convolutional "
                  "Neural Networks for Visual Tracking"] == (2014, "BMVC 2014",
                                                             ["Li", "Li", "Porikli"])
    assert "Hierarchical Convolutional Features for Visual Tracking" in papers


def test_capitalised_words_before_a_comma_in_one_title_are_the_titles():
    """`Plan First, Judge Later, Run Better: ...` among titles that open with no names: the
    capitalised words are the title's (a lead author list is peeled only where the section's
    items open with one)."""
    md = ("# L\n\n## Papers\n\n"
          "- [Plan First, Judge Later, Run Better: A DMAIC-Inspired Agentic System for "
          "Industrial Anomaly Detection](https://arxiv.org/abs/2606.04599)\n"
          "- [Graph Neural Networks for Fraud Detection](https://arxiv.org/abs/2601.00001)\n"
          "- [Situated Data, Situated Systems: A Methodology](https://arxiv.org/abs/2601.00002)\n")
    assert set(_papers(md)) == {
        "Plan First, Judge Later, Run Better: A DMAIC-Inspired Agentic System for Industrial "
        "Anomaly Detection", "Graph Neural Networks for Fraud Detection",
        "Situated Data, Situated Systems: A Methodology"}


def test_a_bracketed_date_before_the_title_in_the_link_text():
    """List 216: `[(2019.05) Searching for MobileNetV3](arxiv)`: the date is the year, not a
    title word, however short the title after it."""
    md = ("# L\n\n#### Feature Extractor\n\n"
          "* [(2019.05) Searching for MobileNetV3](https://arxiv.org/abs/1905.02244v5)\n"
          "* [(2017.09) Squeeze-and-Excitation Networks](https://arxiv.org/abs/1709.01507v4)\n")
    papers = _papers(md)
    assert papers["Searching for MobileNetV3"][:2] == (2019, "")
    assert papers["Squeeze-and-Excitation Networks"][:2] == (2017, "")


def test_names_after_a_literal_angle_bracket_and_a_year_alone():
    """List 201: `* <[Title](url)>, by A, B and C, 2019.`: the names are the authors, the year
    alone gives no venue (`Rowan McAllister and Sergey Levine, 2018` is the list's end, no
    venue)."""
    md = ("# L\n\n## Model based\n\n"
          "* <[Deep Imitative Models for Flexible Inference, Planning, and Control](https://arxiv"
          ".org/abs/1810.06544)>, by Nicholas Rhinehart, Rowan McAllister and Sergey Levine, "
          "2018. [[blog]](https://sites.google.com/view/imitative-models)\n"
          "* <[Safe end-to-end imitation learning for model predictive control](https://arxiv."
          "org/abs/1803.10231)>, by Keuntaek Lee, Kamil Saigol and Evangelos A. Theodorou, ICRA "
          "2019\n")
    papers = _papers(md)
    assert papers["Deep Imitative Models for Flexible Inference, Planning, and Control"] \
        == (2018, "", ["Rhinehart", "McAllister", "Levine"])
    assert papers["Safe end-to-end imitation learning for model predictive control"][:2] \
        == (2019, "ICRA 2019")


def test_the_venue_on_the_title_line_wins_over_a_date_after_the_links():
    """List 214: `1. **Title.** ICML 2019.` over `*Authors* [[pdf]], 2019.6`: two places hold
    spans in most items; the one naming venues gives venue and year (`TACL 2020` over the
    preprint's `2019.11`), the date the year of an item whose venue names none."""
    md = ("# L\n\n### Pilot Work\n"
          "1. **Parameter-Efficient Transfer Learning for NLP.** ICML 2019. ![](https://img.shields"
          ".io/badge/Adapter-blue) \n\n"
          "   *Neil Houlsby, Andrei Giurgiu*.  [[pdf](http://proceedings.mlr.press/v97/houlsby19a"
          "/houlsby19a.pdf)], [[project](https://github.com/google-research/adapter-bert)],  "
          "2019.6\n\n"
          "2. **How Can We Know What Language Models Know?** TACL 2020. ![](https://img.shields.io"
          "/badge/LPAQA-blue)\n\n"
          "   *Zhengbao Jiang, Frank F. Xu, Jun Araki, Graham Neubig*. [[pdf](https://arxiv.org/"
          "abs/1911.12543)] [[project](https://github.com/jzbjyb/LPAQA)], 2019.11\n\n"
          "3. **Exploring the Limits of Transfer Learning with a Unified Text-to-Text "
          "Transformer.** JMLR.  ![](https://img.shields.io/badge/T5-blue)\n"
          "   *Colin Raffel, Noam Shazeer*. [[pdf](https://arxiv.org/abs/1910.10683)], "
          "[[project](https://github.com/google-research/text-to-text-transfer-transformer)].  "
          "2019.10. \n")
    papers = _papers(md)
    assert papers["Parameter-Efficient Transfer Learning for NLP"][:2] == (2019, "ICML 2019")
    assert papers["How Can We Know What Language Models Know?"][:2] == (2020, "TACL 2020")
    assert papers["Exploring the Limits of Transfer Learning with a Unified Text-to-Text "
                  "Transformer"][0] == 2019


def test_a_bracketed_citation_whose_links_leave_empty_fields():
    """List 204: `[Title](pdf) (Tomas Mikolov, 2013, [code](url), [note](url))`: the first
    author and the year, no venue; `(Yoon Kim, AAAI 2016, [code](url))`: the venue too."""
    md = ("---\ntitle: Papers\n---\n\n#### Continuous Word Vector\n\n"
          "[Efficient Estimation of Word Representations in Vector Space](https://arxiv.org/pdf/"
          "1301.3781.pdf) (Tomas Mikolov, 2013, [code](https://github.com/danielfrg/word2vec), "
          "[note](https://zhuanlan.zhihu.com/p/34718114))\n\n"
          "[Character-Aware Neural Language Models](https://www.aaai.org/ocs/index.php/AAAI/"
          "AAAI16/paper/download/12489/12017) (Yoon Kim, AAAI 2016, [code](https://github.com/"
          "yoonkim/lstm-char-cnn))\n")
    papers = _papers(md)
    assert papers["Efficient Estimation of Word Representations in Vector Space"] \
        == (2013, "", ["Mikolov"])
    assert papers["Character-Aware Neural Language Models"][:2] == (2016, "AAAI 2016")


def test_a_sentence_before_the_names_is_no_given_name():
    """List 214: `**Title.** Preprint.` over `*Liu, Pengfei, Weizhe Yuan, ...*`: the venue's
    sentence before the author line is no word of the first author's name (nor does it hide a
    citation-order first author)."""
    md = ("# L\n\n### Overview\n"
          "1. **OpenPrompt: An Open-source Framework for Prompt-learning.** Preprint.\n   \n"
          "   *Ning Ding, Shengding Hu, Weilin Zhao*  [[pdf](https://arxiv.org/pdf/2111.01998."
          "pdf)], 2021.11\n\n"
          "3. **Pre-train, Prompt, and Predict: A Systematic Survey of Prompting Methods in "
          "Natural Language Processing.**  Preprint.\n\n"
          "   *Liu, Pengfei, Weizhe Yuan, Jinlan Fu, and Graham Neubig.*  [[pdf](https://arxiv."
          "org/abs/2107.13586)], 2021.7\n")
    entries = {e.title: e.authors for e in read_library(md, "list.md").lib.entries}
    first = entries["OpenPrompt: An Open-source Framework for Prompt-learning"][0]
    assert (first.given, first.family) == ("Ning", "Ding")
    first = entries["Pre-train, Prompt, and Predict: A Systematic Survey of Prompting Methods "
                    "in Natural Language Processing"][0]
    assert (first.given, first.family) == ("Pengfei", "Liu")


def test_a_note_after_a_br_is_no_author_line():
    """`- Title [[Paper]](url) <br> 中文说明` (a note on the line a `<br>` opens): six CJK
    characters in a row are a note's words, not names (a name has four at most)."""
    md = ("# L\n\n## Tracking\n\n"
          "- Learning Discriminative Model Prediction for Tracking [[Paper]](https://arxiv.org/"
          "abs/1904.07220) <br> 将相关滤波跟踪范式设计成端到端可训练的在线目标分类分支\n"
          "- ATOM: Accurate Tracking by Overlap Maximization [[Paper]](https://arxiv.org/abs/"
          "1811.07628) <br> 将目标检测的IouNet引入到目标跟踪\n")
    papers = _papers(md)
    assert papers["Learning Discriminative Model Prediction for Tracking"][2] == []
    assert papers["ATOM: Accurate Tracking by Overlap Maximization"][2] == []


def test_an_unknown_bold_label_before_a_title_that_ends_with_a_known_venue_is_its_name():
    """List 146: `**[MDC]** Title (**ICCV**)`: the known venue closing the title is the venue;
    the unknown label before it the paper's name (a label the table knows, `**[ECCV]** Title`,
    stays the venue)."""
    md = ("# L\n\n## Papers\n\n"
          "- <a name=\"MDC\"></a>**[MDC]** Video Individual Counting for Moving Drones (**ICCV**)"
          "[[paper](https://arxiv.org/abs/2503.10701)][[code](https://github.com/fyw1999/"
          "MovingDroneCrowd)]\n"
          "- <a name=\"HPS\"></a>**[HPS]** Hybrid Perturbation Strategy for Semi-Supervised Crowd "
          "Counting (**TIP**) [[paper](https://arxiv.org/abs/2402.03758)]\n")
    papers = _papers(md)
    assert papers["Video Individual Counting for Moving Drones"][1] == "ICCV"
    assert papers["Hybrid Perturbation Strategy for Semi-Supervised Crowd Counting"][1] == "TIP"


def test_a_date_written_in_cjk_is_a_year_not_a_venue():
    """List 138: `Title (2024年7月) [AIware 2024](proceedings url)`: `2024年7月` is a date (its
    year), the venue the link's label (core.years.CJK_DATE)."""
    md = ("# L\n\n## Program Repair\n\n"
          "1. 🔥A Case Study of LLM for Automated Vulnerability Repair: Assessing Impact of "
          "Reasoning and Patch Validation Feedback (2024年7月) [AIware 2024](https://dl.acm.org/"
          "doi/proceedings/10.1145/3664646)\n"
          "2. 🔥CORE: Resolving Code Quality Issues using LLMs [2024-FSE]\n"
          "3. 🔥LPR: Large Language Models-Aided Program Reduction[2024-ISSTA]\n")
    papers = _papers(md)
    assert papers["A Case Study of LLM for Automated Vulnerability Repair: Assessing Impact of "
                  "Reasoning and Patch Validation Feedback"][:2] == (2024, "AIware 2024")


def test_a_column_of_dates_dates_the_rows_whatever_its_header():
    """List 156: a headerless table whose second column is a date, year first (`2018.06.11`):
    it dates the rows that name no venue; a row's venue keeps its own year (`NAACL 2019`)."""
    rows = open(CORPUS_DIR / "156_llmjp_model_papers_ja.md", encoding="utf-8").read()
    papers = _papers(rows)
    assert papers["Improving Language Understanding by Generative Pre-Training"][:2] \
        == (2018, "")
    assert papers["RoBERTa: A Robustly Optimized BERT Pretraining Approach"][:2] == (2019, "")
    assert papers["BERT: Pre-training of Deep Bidirectional Transformers for Language "
                  "Understanding"][:2] == (2019, "NAACL 2019")


def test_a_lead_that_names_the_work_is_no_venue():
    """`- BERT 2018 [BERT: Pre-training ...](url)`: an unknown acronym before the title that
    is a word of the title is the paper's name: the lead gives its year, no venue (`2021 ICSAI
    [Title](url)`, a word the title lacks, stays the venue)."""
    md = ("# L\n\n## Models\n\n"
          "- BERT 2018 [BERT: Pre-training of Deep Bidirectional Transformers for Language "
          "Understanding](https://arxiv.org/abs/1810.04805)\n"
          "- XLNET 2019 [XLNet: Generalized Autoregressive Pretraining for Language "
          "Understanding](https://arxiv.org/abs/1906.08237)\n"
          "- 2021 ICSAI [A State-of-the-Art Survey of Transfer Learning in Structural Health "
          "Monitoring](https://ieeexplore.ieee.org/abstract/document/9664171)\n")
    papers = _papers(md)
    assert papers["BERT: Pre-training of Deep Bidirectional Transformers for Language "
                  "Understanding"][:2] == (2018, "")
    assert papers["XLNet: Generalized Autoregressive Pretraining for Language Understanding"][
        :2] == (2019, "")
    assert papers["A State-of-the-Art Survey of Transfer Learning in Structural Health "
                  "Monitoring"][:2] == (2021, "2021 ICSAI")


def test_an_affiliation_after_a_br_is_no_author_line():
    """`- [Title](url) <br> Google Research, DeepMind`: a line of an organisation's words is
    an affiliation, not names (core.vocab.ORGANISATION_WORDS)."""
    md = ("# L\n\n## Models\n\n"
          "- [Scaling Instruction-Finetuned Language Models](https://arxiv.org/abs/2210.11416) "
          "<br> Google Research, DeepMind\n"
          "- [Holistic Evaluation of Language Models](https://arxiv.org/abs/2211.09110) <br> "
          "Stanford University\n")
    papers = _papers(md)
    assert papers["Scaling Instruction-Finetuned Language Models"][2] == []
    assert papers["Holistic Evaluation of Language Models"][2] == []
