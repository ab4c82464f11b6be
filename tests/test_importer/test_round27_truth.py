"""Issue 15, round 27, `import-truth27`: author fields that were no authors. A "person" whose
words are a title's or a topic's (a function word, a topic's word in a long name, a phrase in
another script) or a venue's acronym drops the list of names it stands in whole (the authors
stay empty for enrichment, as `authors.people_only` does for a body's word), and a labelled
citation of another work (by one family name, or after a one-word label that is not the list's
label of its papers' names) gives the paper nothing. Real lines of the corpus (tests/corpus/,
provenance in SOURCES.md) and, where marked, the reviewers' synthetic lines."""

from __future__ import annotations

from .conftest import papers_with_authors

# List 215: `* [Short](notes) Title | **[CVPR' 16]** | [[arXiv](url)]`: the title's words before
# the venue read as two "people"
_TITLE_AS_NAMES = (
    "论文选读\n=======\n\n1. 目标检测部分\n"
    "    * [G-CNN](detection/GCNN.md) G-CNN: an Iterative Grid Based Object Detecto | "
    "**[CVPR' 16]** | [[arXiv:1512.07729](https://arxiv.org/abs/1512.07729)]\n"
    "    * [AZ-Net](detection/AZNet.md) Adaptive Object Detection Using Adjacency and Zoom "
    "Prediction  | **[CVPR' 16]** | [[arXiv:1512.07711](https://arxiv.org/abs/1512.07711)]\n")

# List 290: `- **Name** - `Name: Subtitle` (VENUE'13)`: the subtitle read as names
_SUBTITLE_AS_NAMES = (
    "# Awesome - Graph Processing\n\n## Categories\n\n### Distributed & Memory\n"
    "- **GPS** - `GPS: A Graph Processing System` (SSDBM'13). "
    "[[paper]](http://ilpubs.stanford.edu:8090/1039/7/gps\\_ssdbm.pdf)\n"
    "- **TurboGraph++** - `TurboGraph++: A Scalable and Fast Graph Analytics System` "
    "(SIGMOD'18). [[paper]](https://dl.acm.org/citation.cfm?doid=3183713.3196915)\n")

# List 334: a journal written where the first author's name stands, `et al.` after it
_JOURNAL_AS_NAME = (
    "# Awesome Medical LLMs in Top Journals\n\n#### 本次更新 2026-08-20，新增 97 篇\n\n"
    "- **[Large language models and the mental health crisis]"
    "(https://doi.org/10.1016/j.landig.2026.101064)**<br/>The Lancet Digital Health et al. · "
    "*The Lancet Digital Health* · 2026-06-01\n"
    "- **[Rethinking foundation models in pathology](https://doi.org/10.1038/s41551-026-01696-6)"
    "**<br/>Tizhoosh H et al. · *Nature Biomedical Engineering* · 2026-06-17\n")

# List 42: the title's last words run into the first author's name (the link text was cut)
_TITLE_END_IN_NAMES = (
    "# awesome-fairness-papers\n\n## Bias Evaluation\n\n"
    "13. [Measuring Fairness with Biased Rulers: A Comparative Study on Bias Metrics for "
    "Pre-trained](https://aclanthology.org/2022.naacl-main.122.pdf). Language Models Pieter "
    "Delobelle, Ewoenam Kwaku Tokpo, Toon Calders, Bettina Berendt. NAACL 2022\n"
    "14. [Benchmarking Intersectional Biases in NLP](https://aclanthology.org/2022.naacl-main"
    ".263.pdf). John Lalor, Yi Yang, Kendall Smith, Nicole Forsgren, Ahmed Abbasi. NAACL 2022.\n")

# List 236: names whose words are also English function words (`An`) are people
_SHORT_FAMILY_NAMES = (
    "# Awesome Monte Carlo Tree Search Papers.\n\n## 2022\n\n"
    "- **NSGZero: Efficiently Learning Non-exploitable Policy in Large-Scale Network Security "
    "Games with Neural Monte Carlo Tree Search (AAAI 2022)**\n"
    "  - Wanqi Xue, Bo An, Chai Kiat Yeo\n"
    "  - [[Paper]](https://arxiv.org/abs/2201.07224)\n")


def test_a_title_read_as_names_gives_no_authors() -> None:
    """215 shipped the people `Adaptive Object Detection Using Adjacency` and `Zoom
    Prediction`: a name holding a title's function word (`Using`) is no person's, and the list
    of names it stands in is dropped whole."""
    papers = papers_with_authors(_TITLE_AS_NAMES)
    assert papers["Adaptive Object Detection Using Adjacency and Zoom Prediction"] \
        == (2016, "CVPR 2016", [])


def test_a_subtitle_read_as_names_gives_no_authors() -> None:
    """290 shipped `A Graph Processing` + `System` and `A Scalable` + `Fast Graph Analytics
    System`: three words or more, a topic's word after the first (`Processing`, `Analytics`),
    and no initial after the first word, are a phrase, not a person."""
    papers = papers_with_authors(_SUBTITLE_AS_NAMES)
    assert papers["GPS"] == (2013, "SSDBM 2013", [])
    assert papers["TurboGraph++"] == (2018, "SIGMOD 2018", [])


def test_a_journal_read_as_a_name_gives_no_authors() -> None:
    """334 shipped the person `The Lancet Digital` + `Health` where its lines write the first
    author (`Tizhoosh H et al.`): `The` is no word of a person's name. The real names beside
    it stay."""
    papers = papers_with_authors(_JOURNAL_AS_NAME)
    assert papers["Large language models and the mental health crisis"][2] == []
    assert papers["Rethinking foundation models in pathology"][2] == ["Tizhoosh"]


def test_a_title_end_run_into_the_names_drops_them() -> None:
    """42 shipped `Language Models Pieter` + `Delobelle` (the link text cut before the title's
    last words): a topic's word (`Models`) inside a long name; the whole list goes (one of its
    names is wrong, so its reading is), the next line's names stay."""
    papers = papers_with_authors(_TITLE_END_IN_NAMES)
    assert papers["Measuring Fairness with Biased Rulers: A Comparative Study on Bias Metrics "
                  "for Pre-trained"][2] == []
    assert papers["Benchmarking Intersectional Biases in NLP"][2] \
        == ["Lalor", "Yang", "Smith", "Forsgren", "Abbasi"]
    # (236: `Bo An`, a family name that is also a short English word, is a person's)
    assert papers_with_authors(_SHORT_FAMILY_NAMES)[
        "NSGZero: Efficiently Learning Non-exploitable Policy in Large-Scale Network Security "
        "Games with Neural Monte Carlo Tree Search"][2] == ["Xue", "An", "Yeo"]


# The reviewers' synthetic lines (round 26's leftovers): a field bullet under a bold title that
# cites the work the paper is based on, by its author's family name alone
_BASED_ON = (
    "# Aprendizaje por refuerzo\n\n## Artículos\n\n"
    "**\"Playing Atari with Deep Reinforcement Learning\"**\n"
    "- Autores: Mnih et al. (DeepMind, 2013)\n"
    "- [Link al paper](https://arxiv.org/abs/1312.5602)\n\n"
    "**\"Human-level control through deep reinforcement learning\"**\n"
    "- Basado en: Watkins (1989)\n"
    "- [Link al paper](https://www.nature.com/articles/nature14236)\n\n"
    "**\"Mastering the game of Go with deep neural networks and tree search\"**\n"
    "- Publicado en: Nature (2016)\n"
    "- [Link al paper](https://www.nature.com/articles/nature16961)\n")


def test_a_work_cited_by_one_family_name_gives_the_paper_nothing() -> None:
    """Reviewers' line: `- Basado en: Watkins (1989)` ("based on") gave the DQN paper the year
    1989, where `Mejorado en: Hessel et al. (AAAI, 2018)` was already read as another work's
    citation: one family name alone (no venue the table knows) cites a work as names do. A
    venue so dated (`Publicado en: Nature (2016)`) is still the paper's own."""
    papers = papers_with_authors(_BASED_ON)
    assert papers["Human-level control through deep reinforcement learning"] == (None, "", [])
    assert papers["Playing Atari with Deep Reinforcement Learning"] == (2013, "", ["Mnih"])
    assert papers["Mastering the game of Go with deep neural networks and tree search"][0] \
        == 2016


# List 579: `[Title - VENUE - year] (url)`, the space breaking the link: the venue read as a name
_VENUE_AS_NAME = (
    "# segmentation-paper-list\n\n## Papers & Documents\n\n### Backgrond/Foreground Segmentation\n"
    "   - [Saliency Optimization from Robust Detection - CVPR - 2014](https://www.cv-foundation.org"
    "/openaccess/content_cvpr_2014/papers/Zhu_Saliency_Optimization_from_2014_CVPR_paper.pdf)\n"
    "   - [Deeply supervised salient object detection with short connections - CVPR - 2017] "
    "(http://openaccess.thecvf.com/content_cvpr_2017/papers/Hou_Deeply_Supervised_Salient_CVPR_"
    "2017_paper.pdf) [[code-pytorch](https://github.com/AceCoooool/DSS-pytorch)]\n")


def test_a_venue_read_as_a_name_gives_no_authors() -> None:
    """579 shipped the person `CVPR` (and 188 `F. Steinbucker, J. Strum, D. Cremers, ICCV`):
    one word in capitals that the venue table knows is a venue's acronym, no person's."""
    papers = papers_with_authors(_VENUE_AS_NAME)
    assert papers["Deeply supervised salient object detection with short connections"][::2] \
        == (2017, [])


# The reviewers' synthetic lines: a one-word relation label before another work's citation,
# where the list labels its papers' names with another word
_RELATED_BY_ONE_WORD = (
    "# RL\n\n## Papers\n\n"
    "**\"Playing Atari with Deep Reinforcement Learning\"**\n"
    "- Authors: Mnih et al. (DeepMind, 2013)\n"
    "- [Paper](https://arxiv.org/abs/1312.5602)\n\n"
    "**\"Deep Reinforcement Learning with Double Q-learning\"**\n"
    "- Authors: van Hasselt et al. (AAAI, 2016)\n"
    "- [Paper](https://arxiv.org/abs/1509.06461)\n\n"
    "**\"Prioritized Experience Replay\"**\n"
    "- Related: Hessel et al. (2018)\n"
    "- [Paper](https://arxiv.org/abs/1511.05952)\n")
# List 558: the names' label written for one name (`Autor:`) and for several (`Autores:`)
_LABEL_FORMS = (
    "# Papers de Aprendizaje por Refuerzo\n\n## Papers Clásicos\n\n"
    "### 1. Temporal Difference Learning\n"
    "**\"Learning to Predict by the Methods of Temporal Differences\"**\n"
    "- Autor: Richard S. Sutton (1988)\n"
    "- [Link al paper](https://link.springer.com/article/10.1007/BF00115009)\n\n"
    "### 5. Dueling DQN\n"
    "**\"Dueling Network Architectures for Deep Reinforcement Learning\"**\n"
    "- Autores: Wang et al. (2016)\n"
    "- [Link al paper](https://arxiv.org/abs/1511.06581)\n\n"
    "### 6. Prioritized Experience Replay\n"
    "**\"Prioritized Experience Replay\"**\n"
    "- Autores: Schaul et al. (2016)\n"
    "- [Link al paper](https://arxiv.org/abs/1511.05952)\n")


def test_a_one_word_relation_label_gives_the_paper_nothing() -> None:
    """Reviewers' line: `- Related: Hessel et al. (2018)` under a bold title gave the paper
    Hessel and 2018: a label of one word before names and a date is the paper's own only when
    it is the list's label for them (the one word opening more such lines than any other;
    `Authors:` here). 558's `Autor:` and `Autores:`, one word's two forms, stay one label."""
    papers = papers_with_authors(_RELATED_BY_ONE_WORD)
    assert papers["Prioritized Experience Replay"] == (None, "", [])
    assert papers["Playing Atari with Deep Reinforcement Learning"] == (2013, "", ["Mnih"])
    forms = papers_with_authors(_LABEL_FORMS)
    assert forms["Learning to Predict by the Methods of Temporal Differences"][::2] \
        == (1988, ["Sutton"])
    assert forms["Prioritized Experience Replay"][::2] == (2016, ["Schaul"])
