"""Issue 15, round 14, `import-dev18` on the twenty-second held-out set (lists 265-276,
tests/corpus/, provenance in SOURCES.md): real lines of those lists, each read by one general
reading, and the neighbouring shapes each reading must leave as they were."""

from __future__ import annotations

from awesome_bib.importer import read_library
from awesome_bib.importer.authors import parse_authors
from awesome_bib.importer.item_fields import normalise_venue


def _read(md: str):  # noqa: ANN202 (the library and its problems)
    return read_library(md, "list.md").lib


def _papers(md: str) -> dict[str, tuple[int | None, str, list[str]]]:
    """title -> (year, venue tag, authors' family names) of each paper the list imports."""
    return {e.title: (e.year, e.venue_tag, [a.family for a in e.authors])
            for e in _read(md).entries}


def _lines(md: str) -> dict[str, int]:
    """title -> the line of its first listing."""
    return {e.title: e.listings[0].line for e in _read(md).entries}


def test_a_year_written_before_its_venue_and_initials_glued_to_a_name():
    """`17'CVPR` is CVPR 2017 (the short year on the other side of the apostrophe), and
    `B.Shi` one person, `B. Shi`."""
    assert normalise_venue("17'CVPR") == "CVPR 2017"
    assert normalise_venue("06'ICML") == "ICML 2006"
    assert normalise_venue("CVPR'17") == "CVPR 2017"
    authors, _ = parse_authors("B.Shi")
    assert [(a.family, a.given) for a in authors] == [("Shi", "B.")]


def test_linkless_task_items_under_label_bullets_are_papers():
    """List 272 (refused whole before): `  * [ ] Title (B.Shi, 17'CVPR)` nested under plain
    label bullets, and `- [ ] Title (...)` under a heading; the labels are no sections and no
    papers, the checkboxes no title words."""
    md = ("# Optical Character Recognition.(2017~)\n\n## Paper Review\n\n### Text Detection \n\n"
          "* Character-level detection\n"
          "  * [ ] Detecting Oriented Text in Natural Images by Linking Segments (B.Shi, "
          "17'CVPR)\n"
          "  * [x] CRAFT : Character Region Awareness for Text Detection (Y.Baek, 19'CVPR)\n"
          "* Ambiguous\n"
          "  * [ ] EAST : An Efficient and Accurate Scene Text Detector (X.Zhou, 17'CVPR)\n"
          "  * [ ] Deep Direct Regression for Multi-Oriented Scene Text Detection (W.He, "
          "17'ICCV)  \n\n"
          "### Text Reocgnition\n"
          "- [ ] Edit Probability for Scene Text Recognition (F.Bai, 18'CVPR)  \n"
          "- [ ] ASTER: An Attentional Scene Text Recognizer with Rectification (B.Shi, "
          "18'TPAMI)  \n")
    papers = _papers(md)
    assert papers["Detecting Oriented Text in Natural Images by Linking Segments"] \
        == (2017, "CVPR 2017", ["Shi"])
    assert papers["EAST : An Efficient and Accurate Scene Text Detector"] \
        == (2017, "CVPR 2017", ["Zhou"])
    assert papers["ASTER: An Attentional Scene Text Recognizer with Rectification"] \
        == (2018, "TPAMI 2018", ["Shi"])
    assert len(papers) == 6
    sections = {e.title: e.listings[0].section for e in _read(md).entries}
    assert sections["EAST : An Efficient and Accurate Scene Text Detector"] == "text-detection"


def test_a_name_bullet_over_one_title_line_keeps_its_title_there():
    """The reading above needs several titled child lines: a bold name over ONE title line
    with its venue (list 207's `- **ATP**` / `- ATP: Title, AAAI'19` / `- [[paper]](url)`) is
    still one paper titled by that line, listed on it."""
    md = ("# L\n\n## Embedding\n\n"
          "- **ATP**\n"
          "  - ATP: Directed Graph Embedding with Asymmetric Transitivity Preservation, AAAI'19\n"
          "  - [[paper]](https://arxiv.org/abs/1811.00839)\n"
          "- **HOPE**\n"
          "  - HOPE: Asymmetric Transitivity Preserving Graph Embedding, KDD'16\n"
          "  - [[paper]](https://dl.acm.org/doi/10.1145/2939672.2939751)\n")
    lines = _lines(md)
    title = "Directed Graph Embedding with Asymmetric Transitivity Preservation"
    assert any(t.endswith(title) for t in lines)
    assert lines[next(t for t in lines if t.endswith(title))] == 6
    assert len(lines) == 2


def test_a_title_on_the_child_line_under_a_linked_name():
    """List 273 (read 0 before): `* ⭐(Nature 2023) *GenCast*, Ilan Price et al. [[Paper]]`
    over `  * 🍬 GenCast: Title`: the title is the child line's, listed there; the parent gives
    venue, year, authors and link; a bold remark before a colon (`Pangu: ***the first*** :`)
    is a label; a doubled marker `* * ⭐` opens the same shape; a website item is no paper."""
    md = ("# <p align=center>Awesome-Weather-Forecast</p>\n\n## *Content*\n"
          "* *Assimilation Forecasting System*\n"
          "  * * ⭐(Arxiv preprint 2024) *FuXi Weather* [[Paper](https://arxiv.org/abs/"
          "2408.05472)]\n"
          "    * 🍬 Fuxi-DA: A Generalized Deep Learning Data Assimilation Framework for "
          "Assimilating Satellite Observations\n\n"
          "* *Medium Range*:\n"
          "  * ⭐(Nature 2023) *GenCast*, Ilan Price et al. [[Paper](https://arxiv.org/abs/"
          "2312.15796)]\n"
          "    * 🍬 GenCast: Diffusion-based ensemble forecasting for medium-range weather.\n"
          "  * ⭐(Nature 2023) *Pangu*,[[Paper](https://www.nature.com/articles/"
          "s41586-023-06185-3)]\n"
          "    * 🍬 Pangu: ***the first*** : Accurate medium-range global weather forecasting "
          "with 3D neural networks.\n"
          "  * ⭐(Website 2023) *ClimaX*, [[Paper](https://www.microsoft.com/en-us/research/"
          "group/autonomous-systems-group-robotics/articles/introducing-climax-the-first-"
          "foundation-model-for-weather-and-climate/)]\n"
          "    * 🍬 ClimaX: ***the first*** : The first foundation model for weather and "
          "climate.\n")
    papers = _papers(md)
    lines = _lines(md)
    gencast = "GenCast: Diffusion-based ensemble forecasting for medium-range weather"
    assert papers[gencast] == (2023, "Nature 2023", ["Price"]) and lines[gencast] == 10
    pangu = "Accurate medium-range global weather forecasting with 3D neural networks"
    assert papers[pangu][:2] == (2023, "Nature 2023") and lines[pangu] == 12
    fuxi = ("Fuxi-DA: A Generalized Deep Learning Data Assimilation Framework for "
            "Assimilating Satellite Observations")
    assert papers[fuxi][0] == 2024 and lines[fuxi] == 6
    assert len(papers) == 3  # (ClimaX: a website)


def test_a_linked_name_over_a_description_stays_as_it_was():
    """Without a venue and year on the name's line the child line is its description: a
    tool's name over what it does is not turned into a paper titled by the description."""
    md = ("# L\n\n## Papers\n\n"
          "- [Deep Residual Learning for Image Recognition](https://arxiv.org/abs/1512.03385)"
          " CVPR 2016\n\n## Tools\n\n"
          "- [spaCy](https://arxiv.org/abs/1512.00001)\n"
          "  - Industrial strength natural language processing in Python\n")
    assert not any(t.startswith("Industrial") for t in _papers(md))


def test_literal_list_markers_in_a_maintainers_notes():
    """List 269: `*2. (CVPR 2025) Title` paragraphs (no space after `*`: text, not a list)
    over a `[[paper]](arxiv) 2025.3` line; `【BrepARG】` before a title is a name; Chinese note
    lines after the links are no authors; `7. BrepDiff  ` then a run-on `8.） https://github...`
    line is two items, the second a repository, neither a paper."""
    md = ("# cad-generation-paper-list\n标注的时间是首发日期\n\n## CAD generation in B-rep format\n"
          "*2. (CVPR 2025) DTGBrepGen: A Novel B-rep Generative Model through Decoupling "
          "Topology and Geometry\n"
          "[[paper]](https://arxiv.org/pdf/2503.13110) 2025.3\n"
          "[[code]](https://github.com/jinli99/DTGBrepGen)\n效果：\n\n"
          "*5. 【BrepARG】AutoRegressive Generation with B-rep Holistic Token Sequence "
          "Representation\n"
          "[[paper]](https://arxiv.org/pdf/2601.16771) 2026.1\n"
          "[[code]](https://github.com/123qiang06/BrepARG)\nSTEP 能读入\n \n"
          "6. Flatten The Complex: Joint B-Rep Generation via Compositional k-Cell Particles\n"
          "7. BrepDiff  \n"
          "8.） https://github.com/earthtojake/text-to-cad 不是论文\n"
          "本地运行的开源 Text-to-CAD 工作流框架  \n")
    papers = _papers(md)
    assert papers["DTGBrepGen: A Novel B-rep Generative Model through Decoupling Topology and "
                  "Geometry"] == (2025, "CVPR 2025", [])
    assert papers["AutoRegressive Generation with B-rep Holistic Token Sequence "
                  "Representation"] == (2026, "", [])
    assert len(papers) == 2


def test_headings_written_like_the_paper_headings_beside_them():
    """List 267: one paper per `#### [Title](url)` heading over a venue line; a short one
    (`#### [Adversarial Patch](arxiv)`) and one whose link was left out (`#### [Title]`) are
    papers beside them; `arXiv 1708; ICCV Workshop 2017` gives the published venue, and a
    list writing arXiv's year-month codes reads `arXiv 2005` as 2020."""
    md = ("# A Paper List\n\n## Image Classification\n\n### Attacks\n\n"
          "#### [Accessorize to a Crime: Real and Stealthy Attacks on State-of-the-Art Face "
          "Recognition](https://dl.acm.org/doi/10.1145/2976749.2978392)\n\nCCS 2016\n\n"
          "#### [Is Deep Learning Safe for Robot Vision? Adversarial Examples against the iCub "
          "Humanoid](https://arxiv.org/abs/1708.06939)\n\narXiv 1708; ICCV Workshop 2017\n\n"
          "#### [Adversarial Patch](https://arxiv.org/abs/1712.09665)\n\n"
          "arXiv 1712; NeurIPS workshop 2017\n\n"
          "1. **The first paper** that explicitly introduces adversarial patch attacks\n\n"
          "#### [Jacks of All Trades, Masters Of None: Addressing Distributional Shift and "
          "Obtrusiveness via Transparent Patch Attacks]\n\narXiv 2005\n\n"
          "#### [Robust Physical-World Attacks on Face Recognition](https://arxiv.org/pdf/"
          "2011.13526.pdf)\n\narXiv 2011; Pattern Recognition\n")
    papers = _papers(md)
    assert papers["Adversarial Patch"][:2] == (2017, "NeurIPS workshop 2017")
    assert papers["Is Deep Learning Safe for Robot Vision? Adversarial Examples against the "
                  "iCub Humanoid"][:2] == (2017, "ICCV Workshop 2017")
    jacks = next(t for t in papers if t.startswith("Jacks of All Trades"))
    assert papers[jacks][:2] == (2020, "arXiv")
    # (a field with no year, after a code: silent)
    assert papers["Robust Physical-World Attacks on Face Recognition"][:2] == (None, "")
    assert len(papers) == 5
    sections = {e.listings[0].section for e in _read(md).entries}
    assert sections == {"attacks"}


def test_a_short_link_heading_alone_is_a_section():
    """Without paper headings beside it, a short link heading is what it was: a section."""
    md = ("# L\n\n## [Adversarial Patch](https://arxiv.org/abs/1712.09665)\n\n"
          "- [Title One of a Paper Here](https://arxiv.org/abs/2001.00001) CVPR 2020\n"
          "- [Title Two of a Paper Here](https://arxiv.org/abs/2001.00002) CVPR 2020\n")
    assert "Adversarial Patch" not in _papers(md)


def test_a_name_between_the_title_and_its_venue():
    """List 276: `Title (FedOMG) (**ICLR 2025**)`: the bracketed name before the venue is no
    title word; at the title's end with no venue after it, `(LSTM)` stays the title's."""
    md = ("# L\n\n## Papers\n\n"
          "- Federated Domain Generalization with Data-free On-server Matching Gradient "
          "(FedOMG) (**ICLR 2025**) [[paper](https://openreview.net/pdf?id=8TERgu1Lb2)]\n"
          "- FedGOG: Federated Graph Out-of-Distribution Generalization (**AAAI 2025**) "
          "[[paper](https://ojs.aaai.org/index.php/AAAI/article/view/34459/36614)]\n"
          "- [Detecting Android malware using Long Short-term Memory (LSTM)]"
          "(https://example.org/lstm.pdf)\n")
    papers = _papers(md)
    assert papers["Federated Domain Generalization with Data-free On-server Matching "
                  "Gradient"][:2] == (2025, "ICLR 2025")
    assert "Detecting Android malware using Long Short-term Memory (LSTM)" in papers


def test_field_readings_of_265_266_271():
    """`R. Girdhar and D. Ramanan, NIPS2017.` (names joined by "and", a glued venue-year);
    `*ICME 2019 Best Student Paper Award*` and `*Sensors 2020*` where the section ends its
    items with `*Venue Year*`; straight quotes inside a bold title are its words."""
    md = ("# L\n\n## Action Classification\n"
          "* [Attentional Pooling for Action Recognition](https://arxiv.org/abs/1711.01467) - "
          "R. Girdhar and D. Ramanan, NIPS2017. [[code]](https://github.com/rohitgirdhar/"
          "AttentionalPoolingAction)\n\n## RGB-D\n"
          "* **Multi-Robot Collaborative Dense Scene Reconstruction** \\[[pdf](https://dl.acm.org"
          "/doi/pdf/10.1145/3306346.3322942)] *TOG 2019*\n"
          "* **BAD SLAM: Bundle Adjusted Direct RGB-D SLAM** \\[[pdf](https://example.org/"
          "bad.pdf)]  \\[[project page](www.eth3d.net)] *CVPR 2019*\n"
          "* **Real-time Indoor Scene Reconstruction with RGBD and Inertia Input**  [[pdf]("
          "https://arxiv.org/pdf/1812.03015)] \\[[dataset](https://github.com/zhuzunjie17/"
          "FastFusion)]   *ICME 2019 Best Student Paper Award*\n"
          "* **Joint Texture and Geometry Optimization for RGB-D Reconstruction** [[pdf]("
          "https://example.org/fu.pdf)] *CVPR 2020*\n"
          "* **Robust RGB-D SLAM Using Point and Line Features for Low Textured Scene** [[pdf]("
          "https://www.mdpi.com/1424-8220/20/17/4984/pdf)]  \\[[code](https://michaelgrupp."
          "github.io/evo/)] *Sensors 2020*\n\n## Commonsense\n"
          " 9. **The \"Something Something\" Video Database for Learning and Evaluating Visual "
          "Common Sense.** ICCV, 2017. [paper](https://ieeexplore.ieee.org/stamp/stamp.jsp?tp=&"
          "arnumber=8237884) \n")
    papers = _papers(md)
    assert papers["Attentional Pooling for Action Recognition"] \
        == (2017, "NIPS 2017", ["Girdhar", "Ramanan"])
    assert papers["Real-time Indoor Scene Reconstruction with RGBD and Inertia Input"][:2] \
        == (2019, "ICME 2019")
    assert papers["Robust RGB-D SLAM Using Point and Line Features for Low Textured Scene"][:2] \
        == (2020, "Sensors 2020")
    assert papers["The \"Something Something\" Video Database for Learning and Evaluating "
                  "Visual Common Sense"][:2] == (2017, "ICCV 2017")
