"""Issue 15, round 11, on the fourteenth held-out set (lists 169-180, tests/corpus/, provenance
in SOURCES.md "Fourteenth held-out set"): real lines of those lists, each read by one general
mechanism (a heading whose link is labelled the paper, a link text's bracketed lead tags, an
HTML item's first visible line, a label-less badge, a venue closing a paper's note line, a
version date after the venue, an emphasised venue of several words, an arXiv number as the
venue, GB/T names written in full, record-number headings, a record's title line above it)."""

from __future__ import annotations

from awesome_bib.importer import read_library, read_list
from awesome_bib.importer.items import badge_venue, closing_venue, parse_item
from awesome_bib.importer.markdown import parse

from .test_corpus import CORPUS_DIR
from .test_round8_dev8 import _papers, _sections


def _entries(md: str):
    return read_library(md, "list.md").lib.entries


_REID = ("# Awesome Person Re-identification (Person ReID)\n\n## WACV2024\n\n"
         "- <ins>***Person re-identification***</ins>\n"
         "> ###### 1) *\"Source-Guided Similarity Preservation for Online Person "
         "Re-Identification\"* [[paper](https://openaccess.thecvf.com/content/WACV2024/papers/"
         "Rami_Source-Guided_Similarity_Preservation_for_Online_Person_Re-Identification_WACV_"
         "2024_paper.pdf)] [[github](https://github.com/ramiMMhamza/S2P)]\n"
         "> ###### 2) *\"ShARc: Shape and Appearance Recognition for Person Identification "
         "In-the-wild\"* [[paper](https://openaccess.thecvf.com/content/WACV2024/papers/Zhu_"
         "ShARc_Shape_and_Appearance_Recognition_for_Person_Identification_In-the-Wild_WACV_"
         "2024_paper.pdf)]\n\n"
         "- <ins>***Person search (detection + re-id)***</ins>\n"
         "> ###### 1) *\"DDAM-PS: Diligent Domain Adaptive Mixer for Person Search\"* "
         "[[paper](https://openaccess.thecvf.com/content/WACV2024/papers/Almansoori_DDAM-PS_"
         "Diligent_Domain_Adaptive_Mixer_for_Person_Search_WACV_2024_paper.pdf)] "
         "[[github](https://github.com/mustansarfiaz/DDAM-PS)]\n")


def test_headings_in_a_blockquote_whose_link_is_labelled_the_paper_are_papers():
    """List 170: `> ###### 1) *"Title"* [[paper](pdf)]`: the title is text, the link labelled
    the paper; the blockquote is transparent; the `<ins>` bullets above them are labels, neither
    papers without a link nor notes of the paper above."""
    reading = read_library(_REID, "list.md")
    papers = {e.title: e.venue_tag for e in reading.lib.entries}
    assert set(papers) == {
        "Source-Guided Similarity Preservation for Online Person Re-Identification",
        "ShARc: Shape and Appearance Recognition for Person Identification In-the-wild",
        "DDAM-PS: Diligent Domain Adaptive Mixer for Person Search"}
    assert set(papers.values()) == {"WACV 2024"}  # the `## WACV2024` heading's
    assert not reading.lib.problems and not reading.skipped


def test_a_heading_that_links_a_paper_under_a_name_is_still_a_section():
    """A topic heading with a paper link after its name, over papers of its own, stays a
    section: headings become papers only where they hold fewer papers than there are of them."""
    md = ("# L\n\n## Graph Neural Networks for Traffic Forecasting [[paper](https://arxiv.org/"
          "abs/2101.11174)]\n\n"
          "- [Graph WaveNet for Deep Spatial-Temporal Graph Modeling](https://arxiv.org/abs/"
          "1906.00121)\n"
          "- [Diffusion Convolutional Recurrent Neural Network](https://arxiv.org/abs/"
          "1707.01926)\n")
    assert set(_sections(md).values()) == {
        "Graph Neural Networks for Traffic Forecasting [paper]"}


def test_bracketed_lead_tags_in_a_link_text_are_its_fields():
    """List 175: `[[DIN][KDD 18][Alibaba] Title](pdf)`: the name, the venue with its two-digit
    year (`arxiv 19` is arXiv), the company; the rest is the title."""
    md = ("# 深度推荐系统\n\n## CTR\n"
          "* [[DSIN][IJCAI 19][Alibaba] Deep Session Interest Network for Click-Through Rate "
          "Prediction](https://github.com/imsheridan/DeepRec/blob/master/CTR/%5BDSIN%5D%5BIJCAI"
          "%2019%5D%5BAlibaba%5D%20Deep%20Session%20Interest%20Network%20for%20Click-Through%20"
          "Rate%20Prediction.pdf)\n"
          "* [[AutoInt][CIKM 19] AutoInt_Automatic Feature Interaction Learning via "
          "Self-Attentive Neural Networks](https://github.com/imsheridan/DeepRec/blob/master/CTR/"
          "%5BAutoInt%5D%5BCIKM%2019%5D%20AutoInt_Automatic%20Feature%20Interaction%20Learning"
          "%20via%20Self-Attentive%20Neural%20Networks.pdf)\n\n## Match\n"
          "* [[MIND][arxiv 19][Alibaba] Multi-Interest Network with Dynamic Routing for "
          "Recommendation at Tmall](https://github.com/imsheridan/DeepRec/blob/master/Match/"
          "%5BMIND%5D%5Barxiv%2019%5D%5BAlibaba%5D%20Multi-Interest%20Network%20with%20Dynamic"
          "%20Routing%20for%20Recommendation%20at%20Tmall.pdf)\n")
    papers = _papers(md)
    assert papers["Deep Session Interest Network for Click-Through Rate Prediction"][:2] == \
        ("IJCAI 2019", 2019)
    assert papers["AutoInt_Automatic Feature Interaction Learning via Self-Attentive Neural "
                  "Networks"][:2] == ("CIKM 2019", 2019)
    assert papers["Multi-Interest Network with Dynamic Routing for Recommendation at "
                  "Tmall"][1] == 2019
    # an undated label alone is another reader's (template.link_text), read as before
    item = parse(
        "* [[DCN] Deep & Cross Network for Ad Click Predictions (Stanford 2017)](https://"
        "example.org/papers/dcn.pdf)\n")[0]
    assert parse_item(item.pieces).venue_tag == ""  # (`Stanford` names who, not where)


def test_an_html_item_stands_on_its_first_visible_line():
    """List 178: `<details>` alone, then `<summary>1. <a href>Title</a> by<i> Authors</i>`:
    the listing's line is the title's (a maintainer's file:line points at the title)."""
    path = CORPUS_DIR / "178_baptisteblouin_event_extraction.md"
    lines = path.read_text(encoding="utf-8").split("\n")
    entries = read_library(read_list(path), str(path)).lib.entries
    first = next(e for e in entries if e.title.startswith("Automatically Constructing"))
    line = first.listings[0].line
    assert lines[line - 2] == "<details>" and lines[line - 1].startswith("<summary>1. <a href")


def test_a_label_less_badge_names_the_venue_even_after_an_author_year():
    """List 172: `![](https://img.shields.io/badge/WWW%202024-blue)` (message and colour, no
    label) on the item's last line; `(Lu and Li, 2020)` in the text gives only a year."""
    assert badge_venue("https://img.shields.io/badge/WWW%202024-blue") == "WWW 2024"
    assert badge_venue("https://img.shields.io/badge/EMNLP--IJCNLP%202019-red") == \
        "EMNLP-IJCNLP 2019"
    assert badge_venue("https://img.shields.io/badge/CVPR-2023-blue") == "CVPR 2023"
    assert badge_venue("https://img.shields.io/badge/license-MIT-blue") == ""
    md = ("# Automated Fact-Checking Resources\n\n### Justification Production\n\n"
          "* GCAN: Graph-aware Co-Attention Networks for Explainable Fake News Detection on "
          "Social Media (Lu and Li, 2020).\n"
          "  [[Paper]](https://aclanthology.org/2020.acl-main.48.pdf)\n"
          "  [[Code]](https://github.com/l852888/GCAN)\n"
          "  ![](https://img.shields.io/badge/ACL%202020-orange)\n"
          "* Explainable Fake News Detection With Large Language Model via Defense Among "
          "Competing Wisdom (Wang et al., 2024)\n"
          "  [[Paper]](https://arxiv.org/pdf/2405.03371)\n"
          "  [[Code]](https://github.com/wangbo9719/L-Defense_EFND)\n"
          "  ![](https://img.shields.io/badge/WWW%202024-blue)\n")
    papers = _papers(md)
    assert papers["GCAN: Graph-aware Co-Attention Networks for Explainable Fake News Detection "
                  "on Social Media"][:2] == ("ACL 2020", 2020)
    assert papers["Explainable Fake News Detection With Large Language Model via Defense Among "
                  "Competing Wisdom"][:2] == ("WWW 2024", 2024)


_COMMENT = ("- **Comments:** Proposes **MemVR**, a training-free decoding approach inspired by "
            "human cognition: when the model exhibits uncertainty during generation, visual "
            "tokens are reinjected as key-value memory through the Feed Forward Network. "
            "(ICML 2025)\n")


def test_a_venue_closing_a_papers_note_line_is_its_venue():
    """List 171: `### [Title](arxiv)` then `- **Comments:** ... (ICML 2025)`: the only place
    the list writes the venue; the same note under a bullet paper too."""
    heading = ("# awesome-hallucination-detection\n\n## Papers and Summaries\n\n"
               "### [Look Twice Before You Answer: Memory-Space Visual Retracing for "
               "Hallucination Mitigation in Multimodal Large Language Models](https://arxiv.org/"
               "abs/2410.03577)\n"
               "- **Metrics:** CHAIRs, CHAIRi, POPE Accuracy/F1, HallusionBench (fACC, qACC, "
               "aACC), MME\n" + _COMMENT + "\n"
               "### [GLSim: Detecting Object Hallucinations in LVLMs via Global-Local "
               "Similarity](https://arxiv.org/abs/2508.19972)\n"
               "- **Metrics:** AUROC, AUPR\n"
               "- **Comments:** Proposes **GLSim**, a training-free hallucination detection "
               "framework. (NeurIPS 2025)\n\n"
               "### [Intervene-All-Paths: Unified Mitigation of LVLM Hallucinations across "
               "Alignment Formats](https://arxiv.org/abs/2511.17254)\n"
               "- **Metrics:** POPE Accuracy/F1, CHAIRs, CHAIRi, MME (Existence, Count)\n"
               "- **Comments:** Demonstrates that LVLM hallucinations stem from three "
               "interacting causal pathways. (EMNLP 2025 Findings)\n")
    papers = _papers(heading)
    assert papers["GLSim: Detecting Object Hallucinations in LVLMs via Global-Local "
                  "Similarity"][:2] == ("NeurIPS 2025", 2025)
    assert papers["Look Twice Before You Answer: Memory-Space Visual Retracing for "
                  "Hallucination Mitigation in Multimodal Large Language Models"][:2] == \
        ("ICML 2025", 2025)
    assert papers["Intervene-All-Paths: Unified Mitigation of LVLM Hallucinations across "
                  "Alignment Formats"][1] == 2025
    bullet = ("# L\n\n## Papers\n\n- [Look Twice Before You Answer: Memory-Space Visual "
              "Retracing for Hallucination Mitigation in Multimodal Large Language Models]"
              "(https://arxiv.org/abs/2410.03577)\n  " + _COMMENT)
    assert list(_papers(bullet).values())[0][:2] == ("ICML 2025", 2025)
    # prose brackets that close a note are no venue
    assert closing_venue("Extends the benchmark of the first edition (since 2019).") == ""
    assert closing_venue("Builds on the tokens of (Hayes et al. 2019)") == ""
    # after a stop too: a word and a year name no venue, nor do names with a year
    assert closing_venue("Extends the benchmark. (since 2019)") == ""
    assert closing_venue("Follows the tokens. (McDonald et al. 2019)") == ""
    # brackets inside the last sentence name what it mentions: another work's venue
    assert closing_venue("Improves on the detector of DETR (ECCV 2020).") == ""
    assert closing_venue("Reduces hallucinations. (ICML 2025)") == "ICML 2025"


def test_a_version_date_after_the_venue_and_a_venue_in_capitals():
    """List 176: `[Title](url), Author, et al., ACL 2019, Jun 2019.`: the month and year after
    the venue date the version; `EMNLP-IJCNLP, 2019` is a venue in capitals, then its year."""
    md = ("# Awesome Question Answering\n\n### ACL 2019\n"
          "  - [Textbook Question Answering with Multi-modal Context Graph Understanding and "
          "Self-supervised Open-set Comprehension](https://arxiv.org/abs/1811.00232), Daesik "
          "Kim, et al., ACL 2019, Nov 2018.\n"
          "  - [Natural Questions: a Benchmark for Question Answering Research](https://ai.google"
          "/research/pubs/pub47761), Tom Kwiatkowski, et al., TACL 2019, Jan 2019.\n"
          "### EMNLP-IJCNLP 2019\n"
          "  - [A Discrete Hard EM Approach for Weakly Supervised Question Answering]"
          "(https://arxiv.org/pdf/1909.04849v1.pdf), Sewon Min, et al., EMNLP-IJCNLP, 2019, "
          "Sep 2019.\n")
    entries = {e.title: e for e in _entries(md)}
    textbook = entries["Textbook Question Answering with Multi-modal Context Graph "
                       "Understanding and Self-supervised Open-set Comprehension"]
    assert (textbook.venue_tag, textbook.year) == ("ACL 2019", 2019)  # not the version's 2018
    assert [a.family for a in textbook.authors] == ["Kim"]
    questions = entries["Natural Questions: a Benchmark for Question Answering Research"]
    assert (questions.venue_tag, questions.year) == ("TACL 2019", 2019)
    hard_em = entries["A Discrete Hard EM Approach for Weakly Supervised Question Answering"]
    assert (hard_em.venue_tag, hard_em.year) == ("EMNLP-IJCNLP 2019", 2019)


def test_an_emphasised_venue_of_several_words_before_the_year():
    """List 174: `Title, *Applied Intelligence* 2022: [Paper](url)`: the emphasis marks the
    venue, as it does one word (`*ICCV* 2021`); a title's own emphasis is not a venue."""
    md = ("# Awesome-Deepfakes-Detection\n\n## Survey\n\n"
          "* Deepfakes Generation and Detection: State-of-the-art, open challenges, "
          "countermeasures, and way forward, *Applied Intelligence* 2022: [Paper](https://"
          "link.springer.com/article/10.1007/s10489-022-03766-z)\n"
          "* DeepFake Detection for Human Face Images and Videos: A Survey, *IEEE Access* 2022: "
          "[Paper](https://ieeexplore.ieee.org/stamp/stamp.jsp?arnumber=9712265)\n"
          "* A Survey on Deepfake Video Detection, *Iet Biometrics* 2021: [Paper](https://"
          "ietresearch.onlinelibrary.wiley.com/doi/full/10.1049/bme2.12031)\n")
    papers = _papers(md)
    assert papers["Deepfakes Generation and Detection: State-of-the-art, open challenges, "
                  "countermeasures, and way forward"][:2] == ("Applied Intelligence 2022", 2022)
    assert papers["DeepFake Detection for Human Face Images and Videos: A Survey"][:2] == \
        ("IEEE Access 2022", 2022)
    assert papers["A Survey on Deepfake Video Detection"][:2] == ("Iet Biometrics 2021", 2021)
    item = parse("* On the Effectiveness of *Attention Networks* 2022: [Paper](https://"
                 "arxiv.org/abs/2201.00001)\n")[0]
    assert parse_item(item.pieces).venue_tag == ""  # no separator before the emphasis


def test_an_arxiv_number_in_the_venues_place_is_venue_arxiv():
    """List 169: `1. Title. Xu, Zheng et al. arXiv:1709.00513`: venue arXiv, no year read."""
    md = ("# Awesome Knowledge-Distillation\n\n## KD + GAN\n\n"
          "1. Training Shallow and Thin Networks for Acceleration via Knowledge Distillation "
          "with Conditional Adversarial Networks. Xu, Zheng et al. arXiv:1709.00513\n"
          "2. KTAN: Knowledge Transfer Adversarial Network. Liu, Peiye et al. arXiv:1810.08126\n"
          "3. KDGAN:Knowledge Distillation with Generative Adversarial Networks. Wang, Xiaojie. "
          "NeurIPS 2018\n")
    papers = _papers(md)
    assert papers["KTAN: Knowledge Transfer Adversarial Network"][:2] == ("arXiv", None)
    assert papers["Training Shallow and Thin Networks for Acceleration via Knowledge "
                  "Distillation with Conditional Adversarial Networks"][:2] == ("arXiv", None)


def test_gbt_names_written_initials_first_or_in_full():
    """List 177: `Y Zhao, X Luo, W Ju. <b>Title[C]</b>//...` and `Zikang Zhou, Jianping
    Wang. <b>Title[C]</b>//...`: the names are the first sentence, the title up to its type."""
    md = ("# GNN4Traffic\n\n## 2023\n\n"
          "* Y Zhao, X Luo, W Ju, C Chen, XS Hua, M Zhang. <b>Dynamic Hypergraph Structure "
          "Learning for Traffic Flow Forecasting[C]</b>//2023 IEEE 39th International "
          "Conference on Data Engineering (ICDE). IEEE, 2023: 2303-2316. [Link](https://"
          "ieeexplore.ieee.org/document/10184800)\n"
          "* Zikang Zhou, Jianping Wang, Yung-Hui Li, Yu-Kai Huang. <b>Query-Centric Trajectory "
          "Prediction[C]</b>//Proceedings of the IEEE/CVF Conference on Computer Vision and "
          "Pattern Recognition (CVPR). CVPR, 2023. [Link](https://openaccess.thecvf.com/content/"
          "CVPR2023/papers/Zhou_Query-Centric_Trajectory_Prediction_CVPR_2023_paper.pdf)\n")
    entries = {e.title: e for e in _entries(md)}
    hypergraph = entries["Dynamic Hypergraph Structure Learning for Traffic Flow Forecasting"]
    assert [a.family for a in hypergraph.authors] == ["Zhao", "Luo", "Ju", "Chen", "Hua",
                                                      "Zhang"]
    assert hypergraph.year == 2023
    query = entries["Query-Centric Trajectory Prediction"]
    assert [a.family for a in query.authors] == ["Zhou", "Wang", "Li", "Huang"]


def test_record_number_headings_and_a_records_title_line_above_it():
    """List 180: `### 综述一` ("survey one") over one record each names no topic (the section
    is `## 目标跟踪`); a record whose English title is a paragraph of its own above its
    labelled fields takes it as its title, not the `**标题**` translation; the arXiv URL's
    digits are no year."""
    path = CORPUS_DIR / "180_extremeassistant_cv_surveys_zh.md"
    lib = read_library(read_list(path), str(path)).lib
    titles = {s.slug: s.title for s in lib.sections}
    got = {e.title: (titles[e.listings[0].section], e.year, e.listings[0].line)
           for e in lib.entries}
    assert got["Correlation Filter for UAV-Based Aerial Tracking: A Review and Experimental "
               "Evaluation"] == ("目标跟踪", None, 7)
    assert got["Face Image Quality Assessment: A Literature Survey"] == ("人脸识别", None, 63)
    assert len(got) == 5
    # a line of prose above a record that opens with its linked title is no title of it
    md = ("# L\n\n## Tracking\n\nThe surveys on tracking we read this year\n\n"
          "**Paper:** [Correlation Filter for UAV-Based Aerial Tracking: A Review and "
          "Experimental Evaluation](https://arxiv.org/abs/2010.06255)<br>\n"
          "**Authors:** Changhong Fu, Geng Lu<br>\n")
    assert list(_sections(md)) == ["Correlation Filter for UAV-Based Aerial Tracking: A Review "
                                   "and Experimental Evaluation"]


def test_distinct_topic_headings_with_one_paper_each_stay_sections():
    """Headings of one paper each that are topics (different words), not numbers, stay."""
    md = ("# L\n\n## Tracking\n\n### Aerial tracking\n\n"
          "- [Correlation Filter for UAV-Based Aerial Tracking: A Review and Experimental "
          "Evaluation](https://arxiv.org/abs/2010.06255)\n\n### Multi-modal tracking\n\n"
          "- [Multi-modal Visual Tracking: Review and Experimental Comparison](https://arxiv.org"
          "/abs/2012.04176)\n\n### Face quality\n\n"
          "- [Face Image Quality Assessment: A Literature Survey](https://arxiv.org/abs/"
          "2009.01103)\n")
    assert set(_sections(md).values()) == {"Aerial tracking", "Multi-modal tracking",
                                           "Face quality"}
