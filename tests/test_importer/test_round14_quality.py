"""Issue 15, round 14, `import-quality14`: defects of the known lists that read worst (lines
of tests/corpus/ lists and one probe line, each read by one general reading)."""

from __future__ import annotations

import pytest

from awesome_bib.importer import read_library
from awesome_bib.importer.clean import clean_title


def _papers(md: str) -> dict[str, tuple[int | None, str, str | None]]:
    """title -> (year, venue tag, arXiv id) of each paper the list imports."""
    return {e.title: (e.year, e.venue_tag, e.arxiv)
            for e in read_library(md, "list.md").lib.entries}


@pytest.mark.parametrize("raw, title", [
    ("[Code] Learning Deep Features for Scene Recognition [",
     "[Code] Learning Deep Features for Scene Recognition"),
    ("[Title of a Paper] [[scholar]](Title of a Paper) ", "Title of a Paper"),
    ("(Un)fair Exposure in Deep Face Rankings [", "(Un)fair Exposure in Deep Face Rankings"),
    ("] ORGAN: Observation [", "ORGAN: Observation"),
])
def test_a_title_keeps_no_half_bracket(raw, title):
    """A leading bracket closed later opens a label (or a word) of the title: kept whole, for
    the title's ends to peel, never half of it; a title in brackets before a link Markdown
    did not render (its target holds spaces) is the bracket's text."""
    assert clean_title(raw) == title


def test_a_short_bracketed_label_before_a_title_is_peeled():
    """The probe: `[Code]` before a title phrase is a label, no title word (before: the title
    `Code] Learning ...`)."""
    md = ("# Scene\n\n## Papers\n\n"
          "- [Code] Learning Deep Features for Scene Recognition "
          "[[paper](https://arxiv.org/abs/1610.02055)]\n"
          "- Deep Residual Learning for Image Recognition "
          "[[paper](https://arxiv.org/abs/1512.03385)]\n")
    papers = _papers(md)
    assert papers["Learning Deep Features for Scene Recognition"][2] == "1610.02055"
    assert not any("]" in t or "[" in t for t in papers)


def test_a_long_bracketed_name_before_its_title_is_peeled():
    """List 255: `[**Internal Consistency & Self-Feedback**] Internal Consistency and ...` in a
    table's title cell: the bracketed name (three words) is the paper's, no title word."""
    md = ("# LLM\n\n## Survey\n\n|Date|Title|Paper|\n|:---:|:---:|:---:|\n"
          "|2024.07|[**Internal Consistency & Self-Feedback**] Internal Consistency and "
          "Self-Feedback in Large Language Models: A Survey|"
          "[[pdf]](https://arxiv.org/pdf/2407.14507)|\n"
          "|2024.02|[**Q-Probe**] A Probe for Large Language Models Reasoning|"
          "[[pdf]](https://arxiv.org/pdf/2402.12345)|\n")
    papers = _papers(md)
    assert papers["Internal Consistency and Self-Feedback in Large Language Models: A Survey"] \
        == (2024, "", "2407.14507")


def test_a_bracketed_title_before_an_unrendered_link():
    """List 45: `[Title] [[scholar]](Title words) [[Venue]](arxiv)`: the scholar link's target
    holds spaces, so Markdown leaves it text; the title is the bracket's text."""
    md = ("# GAN\n\n## Classification\n\n"
          "- [General-to-Detailed GAN for Infrequent Class Medical Images] [[scholar]]"
          "(General-to-Detailed GAN for Infrequent Class Medical Images) "
          "[[NeurIPS 2018 ML4H]](https://arxiv.org/abs/1812.01690)\n"
          "- [Towards generative adversarial networks as a new paradigm for radiology "
          "education] [[scholar]](https://scholar.google.ca/scholar?q=Towards) "
          "[[NeurIPS 2018 ML4H]](https://arxiv.org/abs/1812.01547)\n")
    papers = _papers(md)
    assert papers["General-to-Detailed GAN for Infrequent Class Medical Images"][2] \
        == "1812.01690"


def test_numbered_versions_under_a_name_bullet_stay_papers():
    """List 215 lines 22-25: `* [YOLO](note.md):` over `1. [v1] Title | **[CVPR' 16]** | ...`:
    `[v1]` is a label before a title phrase, not a label alone; each child is a paper."""
    md = ("# Notes\n\n1. 目标检测部分\n"
          "    * [ION](detection/ION.md) Inside-Outside Net: Detecting Objects in Context | "
          "**[CVPR' 16]** | [[arXiv:1512.04143](https://arxiv.org/abs/1512.04143)]\n"
          "    * [MPN](detection/MPN.md) A MultiPath Network for Object Detection | "
          "**[BMVC' 16]** | [[arXiv:1604.02135](https://arxiv.org/abs/1604.02135)]\n"
          "    * [YOLO](detection/YOLO.md):\n"
          "        1. [v1] You Only Look Once: Unified, Real-Time Object Detection | "
          "**[CVPR' 16]** | [[arXiv:1506.02640](https://arxiv.org/abs/1506.02640)]\n"
          "        1. [v2] YOLO9000: Better, Faster, Stronger | **[CVPR' 17]** | "
          "[[arXiv:1612.08242)](https://arxiv.org/abs/1612.08242)]\n")
    papers = _papers(md)
    assert papers["You Only Look Once: Unified, Real-Time Object Detection"] \
        == (2016, "CVPR 2016", "1506.02640")
    assert papers["YOLO9000: Better, Faster, Stronger"] == (2017, "CVPR 2017", "1612.08242")


def test_an_empty_link_after_a_label_names_its_title():
    """List 77: `* [security] [Title]().` among `* [security] [Title](url).` under a venue-year
    heading: the link's target is empty, the label before it is no title; the link's text is
    the title of a paper written as its siblings (before: a problem `no link`, titled
    `security`). An empty link whose text is no title phrase stays a problem."""
    md = ("# Papers\n\n## S&P\n\n### sp2025\n\n"
          "* [security] [Peer2PIR: Private Queries for IPFS](https://arxiv.org/pdf/2405.17307).\n"
          "* [security] [Decentralization of Ethereum's Builder Market]"
          "(https://arxiv.org/pdf/2405.01329).\n"
          "* [security] [A Composability Analysis Framework for Web3 Wallet Recovery "
          "Mechanisms]().\n"
          "* [security] [TBD]().\n")
    lib = read_library(md, "list.md").lib
    titles = {e.title: (e.year, e.venue_tag) for e in lib.entries}
    assert titles["A Composability Analysis Framework for Web3 Wallet Recovery Mechanisms"] \
        == (2025, "S&P 2025")
    assert "security" not in titles and "TBD" not in titles
    assert [p.line for p in lib.problems] == [10]


def test_an_empty_year_heading_groups_the_topics_of_its_level_after_it():
    """List 146: `## 2025` > `### Conference`, then `### 2024`, `### Conference`, `### Journal`:
    the empty `### 2024` dates the topic headings of its level after it (before: their papers
    took 2025 from `## 2025`, the `### 2024` heading closed by `### Conference`). A year
    heading over items of its own stays a heading like any other."""
    md = ("# Counting\n\n## 2025\n### Conference\n"
          "- **[MDC]** Video Individual Counting for Moving Drones (**ICCV**)"
          "[[paper](https://arxiv.org/abs/2503.10701)]\n\n"
          "### 2024\n### Conference\n"
          "- **[PBC]** A Fixed-Point Approach to Unified Prompt-Based Counting (**AAAI**)"
          "[[paper](https://arxiv.org/abs/2403.10236)]\n\n"
          "### Journal\n"
          "- **[HPS]** Hybrid Perturbation Strategy for Semi-Supervised Crowd Counting (**TIP**) "
          "[[paper](https://arxiv.org/abs/2402.03758)]\n\n"
          "## 2023\n### Conference\n"
          "- **[STEERER]** Selecting Regional Experts for Crowd Counting (**ICCV**)"
          "[[paper](https://arxiv.org/abs/2308.09729)]\n")
    lib = read_library(md, "list.md").lib
    years = {e.title: (e.year, e.listings[0].section) for e in lib.entries}
    assert years["Video Individual Counting for Moving Drones"][0] == 2025
    assert years["A Fixed-Point Approach to Unified Prompt-Based Counting"][0] == 2024
    assert years["Hybrid Perturbation Strategy for Semi-Supervised Crowd Counting"] \
        == (2024, "journal")
    assert years["Selecting Regional Experts for Crowd Counting"][0] == 2023


def test_a_family_name_with_its_particle_is_a_person():
    """List 259: `Hado van Hasselt, Arthur Guez, David Silver, Title, ArXiv, 22 Sep 2015.`: a
    person's family name may follow its lower-case particle (`van`, core.names.PARTICLES), so
    the author list before the title is peeled (before: the whole line was the title)."""
    md = ("# RL\n\n## Papers\n\n"
          "   - Volodymyr Mnih, Koray Kavukcuoglu, David Silver, Playing Atari with Deep "
          "Reinforcement Learning, NIPS, 2013. [[Paper]](https://arxiv.org/abs/1312.5602)\n"
          "   - Hado van Hasselt, Arthur Guez, David Silver, Deep Reinforcement Learning with "
          "Double Q-Learning, ArXiv, 22 Sep 2015. [[ArXiv]](http://arxiv.org/abs/1509.06461)\n")
    lib = read_library(md, "list.md").lib
    paper = next(e for e in lib.entries if e.arxiv == "1509.06461")
    assert paper.title == "Deep Reinforcement Learning with Double Q-Learning"
    assert [a.family for a in paper.authors] == ["van Hasselt", "Guez", "Silver"]


def test_in_arxiv_after_the_names_is_the_venue():
    """List 188: blockquoted citations under a repository bullet, `>Title, J. Engel, V. Koltun,
    D. Cremers, In arXiv:1607.02565, 2016`: "In" before an arXiv reference opens the venue
    (arXiv), so the year, the venue and the names are peeled and each line is a paper."""
    md = ("# SLAM\n\n## Projects\n\n###### RGB (Monocular):\n\n"
          "- [DSO](https://github.com/JakobEngel/dso_ros). Available on ROS\n"
          ">Direct Sparse Odometry, J. Engel, V. Koltun, D. Cremers, In arXiv:1607.02565, 2016\n"
          ">A Photometrically Calibrated Benchmark For Monocular Visual Odometry, J. Engel, "
          "V. Usenko, D. Cremers, In arXiv:1607.02555, 2016\n\n"
          "- [LSD-SLAM](https://github.com/tum-vision/lsd_slam). Available on ROS\n"
          ">LSD-SLAM: Large-Scale Direct Monocular SLAM, J. Engel, T. Schöps, D. Cremers, "
          "ECCV '14\n")
    lib = read_library(md, "list.md").lib
    papers = {e.title: (e.year, e.venue_tag, [a.family for a in e.authors]) for e in lib.entries}
    assert papers["Direct Sparse Odometry"] == (2016, "arXiv", ["Engel", "Koltun", "Cremers"])
    assert papers["A Photometrically Calibrated Benchmark For Monocular Visual Odometry"][:2] \
        == (2016, "arXiv")


def test_a_title_ending_in_an_acronym_ends_its_sentence():
    """List 51: `Names. Dependency-Based SelfAttention for Transformer NMT. Recent Advances in
    Natural Language Processing (RANLP 2019), pp.239-246, September 2019.`: the title's last
    word is an acronym (three capitals), and a stop spaced off (`Ninomiya . Title`) ends a
    sentence too; an initial (`Sabrina J. Mielke`) does not."""
    md = ("# Pubs\n\n### 国際会議・ワークショップ論文\n\n"
          "1. Hiroyuki Deguchi, Akihiro Tamura, Takashi Ninomiya. Dependency-Based SelfAttention "
          "for Transformer NMT. Recent Advances in Natural Language Processing (RANLP 2019), "
          "pp.239-246, September 2019.\n"
          "1. Yutaro Omote, Akihiro Tamura, Takashi Ninomiya . Dependency-Based Relative "
          "Positional Encoding for Transformer NMT. Recent Advances in Natural Language "
          "Processing (RANLP 2019), pp.854-861, September 2019.\n"
          "1. Emanuele Bugliarello, Sabrina J. Mielke, Naoaki Okazaki. Enhancing Machine "
          "Translation with Dependency-Aware Self-Attention. In Proceedings of the 58th Annual "
          "Meeting of the Association for Computational Linguistics, pp.1618–1627, July 2020.\n")
    lib = read_library(md, "list.md").lib
    papers = {e.title: (e.year, [a.family for a in e.authors]) for e in lib.entries}
    assert papers["Dependency-Based SelfAttention for Transformer NMT"] \
        == (2019, ["Deguchi", "Tamura", "Ninomiya"])
    assert papers["Dependency-Based Relative Positional Encoding for Transformer NMT"] \
        == (2019, ["Omote", "Tamura", "Ninomiya"])
    assert papers["Enhancing Machine Translation with Dependency-Aware Self-Attention"][1] \
        == ["Bugliarello", "Mielke", "Okazaki"]


def test_a_section_of_named_papers_keeps_its_venues_at_the_titles_end():
    """List 146: `**[MDC]** Title (**ICCV**)` items (the bracketed label a name, the venue at
    the end): an item whose end names a venue the table does not know (`(**ISCAS**)`) keeps
    its label as its name and the end as its venue (before: venue `OALNet`, title `... (ISCAS)`);
    one whose end names none has no venue (before: its name `PseCo` as the venue)."""
    md = ("# Counting\n\n## Conference\n"
          "- **[ME]** Multi-modal Crowd Counting via Modal Emulation (**BMVC**)"
          "[[paper](https://arxiv.org/abs/2407.19491)]\n"
          "- **[BM]** Multi-modal Crowd Counting via a Broker Modality (**ECCV**)"
          "[[paper](https://arxiv.org/abs/2407.07518)]\n"
          "- **[OALNet]** Few-shot Class-agnostic Counting with Occlusion Augmentation and "
          "Localization (**ISCAS**)[[paper](https://ieeexplore.ieee.org/document/10558069)]\n"
          "- **[PseCo]** Point, Segment and Count: A Generalized Framework for Object Counting "
          "[[paper](https://openaccess.thecvf.com/content/CVPR2024/papers/Huang_Point.pdf)]\n"
          "- **[SRN]** Glance To Count: Learning To Rank With Anchors for Weakly-Supervised "
          "Crowd Counting (**WACV**)[[paper](https://openaccess.thecvf.com/WACV2024.pdf)]\n")
    lib = read_library(md, "list.md").lib
    venues = {e.title: e.venue_tag for e in lib.entries}
    assert venues["Few-shot Class-agnostic Counting with Occlusion Augmentation and "
                  "Localization"] == "ISCAS"
    assert venues["Point, Segment and Count: A Generalized Framework for Object Counting"] == ""
    assert venues["Multi-modal Crowd Counting via a Broker Modality"] == "ECCV"


def test_a_paper_without_its_name_under_a_conference_heading():
    """List 146 lines 18-19: `Title (**ACM MM**)[[paper](openreview)]` among `**[Name]** Title
    (**ICCV**)[[paper](arxiv)]` under `### Conference`: written as they are but for the name,
    its title's end names a venue the table knows: a paper (before: skipped as an event). An
    item whose end names no known venue stays skipped (a conference's page)."""
    md = ("# Counting\n\n## 2024\n### Conference\n"
          "- **[PBC]** A Fixed-Point Approach to Unified Prompt-Based Counting (**AAAI**)"
          "[[paper](https://arxiv.org/abs/2403.10236)]\n"
          "- **[BM]** Multi-modal Crowd Counting via a Broker Modality (**ECCV**)"
          "[[paper](https://arxiv.org/abs/2407.07518)]\n"
          "- <a name=\"\"></a> Boosting Semi-supervised Crowd Counting with Scale-based Active "
          "Learning (**ACM MM**)[[paper](https://openreview.net/pdf?id=AXvAc3HQFl)]\n"
          "- The Counting Workshop at a Conference (**CVWW**)[[site](https://example.org/cvww)]\n")
    lib = read_library(md, "list.md").lib
    venues = {e.title: e.venue_tag for e in lib.entries}
    assert venues["Boosting Semi-supervised Crowd Counting with Scale-based Active Learning"] \
        == "ACM MM"
    assert not any(t.startswith("The Counting Workshop") for t in venues)


def test_in_venue_with_its_acronym_after_bracketed_names():
    """List 188 lines 37-40: blockquoted citations `[1]Title (C. Kerl, J. Sturm, D. Cremers),
    In Proc. of the ... (IROS), 2013.`: the initialled names in brackets are the authors, and
    "In" after the last comma opens the venue and its year, however long, its own stops and
    bracketed acronym included; each line is a paper (before: none was read)."""
    md = ("# SLAM\n\n## Projects\n\n###### RGB and Depth (Called RGBD):\n"
          "- [Dense Visual SLAM for RGB-D Cameras](https://github.com/tum-vision/dvo_slam). "
          "Available on ROS\n"
          ">[1]Dense Visual SLAM for RGB-D Cameras (C. Kerl, J. Sturm, D. Cremers), In Proc. of "
          "the Int. Conf. on Intelligent Robot Systems (IROS), 2013.\n"
          "[2]Robust Odometry Estimation for RGB-D Cameras (C. Kerl, J. Sturm, D. Cremers), In "
          "Proc. of the IEEE Int. Conf. on Robotics and Automation (ICRA), 2013\n"
          "[3]Real-Time Visual Odometry from Dense RGB-D Images (F. Steinbruecker, J. Sturm, "
          "D. Cremers), In Workshop on Live Dense Reconstruction with Moving Cameras at the "
          "Intl. Conf. on Computer Vision (ICCV), 2011.\n")
    lib = read_library(md, "list.md").lib
    papers = {e.title: (e.year, e.venue_tag, [a.family for a in e.authors]) for e in lib.entries}
    year, venue, authors = papers["Robust Odometry Estimation for RGB-D Cameras"]
    assert (year, authors) == (2013, ["Kerl", "Sturm", "Cremers"]) and "(ICRA)" in venue
    assert papers["Dense Visual SLAM for RGB-D Cameras"][0] == 2013


def test_a_presentation_label_at_the_end_is_no_venue():
    """The same section reading: `**[Name]** Title (**Oral**)` names how the paper was
    presented, no venue; the item keeps its name and no venue is made of the label."""
    md = ("# Counting\n\n## Conference\n"
          "- **[ME]** Multi-modal Crowd Counting via Modal Emulation (**BMVC**)"
          "[[paper](https://arxiv.org/abs/2407.19491)]\n"
          "- **[BM]** Multi-modal Crowd Counting via a Broker Modality (**ECCV**)"
          "[[paper](https://arxiv.org/abs/2407.07518)]\n"
          "- **[SRN]** Glance To Count: Learning To Rank With Anchors for Weakly-Supervised "
          "Crowd Counting (**Oral**)[[paper](https://arxiv.org/abs/2401.00001)]\n")
    lib = read_library(md, "list.md").lib
    paper = next(e for e in lib.entries if e.arxiv == "2401.00001")
    assert paper.venue_tag == "" and paper.title.endswith("Crowd Counting")
