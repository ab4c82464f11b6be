"""Issue 15, round 17, `import-dev23` on the twenty-seventh held-out set (lists 325-336,
tests/corpus/, provenance in SOURCES.md): real lines of those lists, each read by one general
reading (a record of labelled bullets under a headline heading)."""

from __future__ import annotations

from pathlib import Path

from .conftest import papers_in as _read


def _record(n: int, headline: str, journal: str, title: str, url: str,
            related: str = "卷积神经网络。CNN 模型可以对农田照片准确分析") -> str:
    return (f"### **{n}. [{headline}](https://hyper.ai/news/{26100 + n})**\n"
            f"* **中文解读：** [https://hyper.ai/news/{26100 + n}]"
            f"(https://hyper.ai/news/{26100 + n})\n\n"
            "* **科研团队：** 京都大学的研究团队\n\n"
            f"* **相关研究：** {related}\n\n"
            f"* **发布期刊：** {journal}\n\n"
            f"* **论文链接：** [{title}]({url})\n\n")


_HYPERAI = (
    "# Awesome AI for Science\n\n"
    "## **AI+农林畜牧业：AI+Agriculture-Forestry-Animal husbandry**\n\n"
    + _record(1, "利用卷积神经网络，对水稻产量进行迅速、准确的统计", "Plant Phenomics, 2023.07",
              "Deep Learning Enables Instant and Versatile Estimation of Rice Yield Using "
              "Ground-Based RGB Images", "https://spj.science.org/doi/10.34133/plantphenomics.0073")
    + _record(2, "通过 YOLOv5 算法，设计监测母猪姿势与猪仔出生的模型", "Sensors, 2023.01",
              "Sow Farrowing Early Warning and Supervision for Embedded Board Implementations",
              "https://www.mdpi.com/1424-8220/23/2/727")
    + _record(3, "无人机+ AI 图像分析，检测林业害虫", "NeoBiota, 2023.05",
              "Testing early detection of pine processionary moth Thaumetopoea pityocampa "
              "nests using UAV-based methods", "https://neobiota.pensoft.net/article/95692/")
    + "## **AI+ 天文学：AI+Astronomy**\n\n"
    + _record(4, "利用模拟数据训练计算机视觉算法，对天文图像进行锐化「还原」",
              "皇家天文学会月刊，2023.06",
              "Galaxy image deconvolution for weak gravitational lensing with unrolled "
              "plug-and-play ADMM", "https://doi.org/10.1038/s41421-023-00543-1",
              related="[Galsim](https://github.com/GalSim-developers/GalSim)、"
                      "[COSMOS](https://doi.org/10.5281/zenodo.3242143)")
    + _record(5, "利用无监督机器学习算法 Astronomaly，找到了之前为人忽视的异常现象",
              "arXiv, 2023.09",
              "Astronomaly at Scale: Searching for Anomalies Amongst 4 Million Galaxies",
              "https://arxiv.org/abs/2309.08660"))


def test_labelled_bullets_under_a_headline_are_one_papers_fields():
    """List 325: under each `### n. [headline](news)` heading, the `发布期刊：` (journal) bullet
    gives the paper on the `论文链接：` bullet its venue and year; the headline heading names
    that one paper (no section): the papers belong to the `##` field heading. Before: no venue,
    no year, each paper in a section of its own headline, the NeoBiota paper dropped."""
    papers = _read(_HYPERAI)
    agri = "AI+农林畜牧业:AI+Agriculture-Forestry-Animal husbandry"  # (colon normalised)
    rice = papers["Deep Learning Enables Instant and Versatile Estimation of Rice Yield Using "
                  "Ground-Based RGB Images"]
    assert rice == (2023, "Plant Phenomics", agri)
    assert papers["Sow Farrowing Early Warning and Supervision for Embedded Board "
                  "Implementations"] == (2023, "Sensors", agri)
    assert papers["Testing early detection of pine processionary moth Thaumetopoea pityocampa "
                  "nests using UAV-based methods"] == (2023, "NeoBiota", agri)
    astro = "AI+ 天文学:AI+Astronomy"
    assert papers["Astronomaly at Scale: Searching for Anomalies Amongst 4 Million "
                  "Galaxies"][::2] == (2023, astro)
    assert papers["Astronomaly at Scale: Searching for Anomalies Amongst 4 Million "
                  "Galaxies"][1].startswith("arXiv")


def test_a_label_over_tool_links_in_a_record_is_no_paper():
    """List 325: `* **相关研究：** [Galsim](github)、[COSMOS](zenodo)` (related work: tools and
    data sets) is a field of the record, not a paper titled by its label (before: a paper
    `相关研究`)."""
    papers = _read(_HYPERAI)
    assert "相关研究" not in papers
    assert len(papers) == 5


def test_labelled_bullets_with_two_papers_are_no_record():
    """Two labelled bullets that each name a paper under one heading are two items: no
    record, no field taken from a third bullet (silent when the evidence is not one paper)."""
    md = ("# L\n\n## Papers\n\n"
          "* **Paper:** [Deep Residual Learning for Image Recognition]"
          "(https://openaccess.thecvf.com/content_cvpr_2016/papers/He_Deep_Residual_CVPR_2016_paper.pdf)\n\n"
          "* **Journal:** Cell, 2023.03\n\n"
          "* **Also:** [Attention Is All You Need](https://papers.nips.cc/paper/7181-attention-is-all-you-need.pdf)\n\n")
    papers = _read(md)
    assert papers["Deep Residual Learning for Image Recognition"][:2] == (None, "")
    assert "Attention Is All You Need" in papers


_BADGE = ('<img src="https://img.shields.io/badge/NEW-FFD1DC?style=flat-square&logoColor=333" '
          'alt="new" align="top">&nbsp;')
_DOTTED = (
    "# Awesome Medical LLMs in Top Journals\n\n#### 本次更新 2026-08-20，新增 97 篇\n\n"
    f"- {_BADGE}**[Parental Perspectives on Using Large Language Model–Powered Chatbots in Rare "
    "Disease Care](https://doi.org/10.1056/aics2600199)**<br/>Kerr A et al. · *NEJM AI* · "
    "2026-08-19 🧬\n"
    f"- {_BADGE}**[BRIDGE: benchmarking large language models for understanding real-world "
    "clinical practice texts](https://doi.org/10.1038/s41551-026-01719-2)**<br/>Wu J et al. · "
    "*Nature Biomedical Engineering* · 2026-06-17 📋\n"
    f"- {_BADGE}**[General-purpose chatbots outperform clinical AI tools on physicians’ "
    "real-world questions](https://doi.org/10.1038/s41591-026-04457-9)**<br/> · *Nature "
    "Medicine* · 2026-06-17\n")


def test_fields_between_middle_dots_under_the_title():
    """List 334: `Authors · *Venue* · 2026-06-17` on the line under the bold linked title
    gives venue and year (an empty author field too); before: neither."""
    papers = _read(_DOTTED)
    assert papers["BRIDGE: benchmarking large language models for understanding real-world "
                  "clinical practice texts"][:2] == (2026, "Nature Biomedical Engineering")
    assert papers["General-purpose chatbots outperform clinical AI tools on physicians’ "
                  "real-world questions"][:2] == (2026, "Nature Medicine")


def test_a_sentence_with_a_middle_dot_is_no_field_line():
    """A note under the title that uses a middle dot but names no date is left alone."""
    md = ("# L\n\n## Papers\n\n"
          "- **[Deep Residual Learning for Image Recognition](https://doi.org/10.1109/CVPR.2016.90)"
          "**<br/>Residual blocks · skip connections · very deep networks\n")
    assert _read(md)["Deep Residual Learning for Image Recognition"][:2] == (None, "")


def test_a_year_closing_an_authors_cell_is_the_year():
    """List 336: `| [Title](url) | Korinek (2023) | JEL |` under `Authors`: the year in
    parentheses after the names is the paper's (before: no year)."""
    md = ("# L\n\n### Key Papers\n\n| Paper | Authors | Venue |\n|-------|---------|-------|\n"
          "| [Generative AI for Economic Research](https://www.aeaweb.org/articles?id=10.1257/"
          "jel.20231736) | Korinek (2023) | JEL |\n"
          "| [DiD Causal Forests](https://onlinelibrary.wiley.com/doi/abs/10.1002/jae.70001) | "
          "Gavrilova et al. (2025) | J. Applied Econometrics |\n"
          "| [Generative AI at Work](https://academic.oup.com/qje/article/140/2/889/7990658) | "
          "Brynjolfsson, Li, Raymond (2025) | QJE |\n")
    papers = _read(md)
    assert papers["Generative AI for Economic Research"][0] == 2023
    assert papers["DiD Causal Forests"][0] == 2025
    assert papers["Generative AI at Work"][0] == 2025


_EEG = (
    "# Awesome EEG Foundation Models\n\n## EEG Foundation Models\n\n### 2025\n"
    "- **CBraMoD: A Criss-Cross Brain Foundation Model for EEG Decoding**  \n"
    "  [paper](https://arxiv.org/abs/2412.07236) · *Wang et al.* (ICLR 2025; "
    "[arXiv](https://arxiv.org/abs/2412.07236)) · [code](https://github.com/wjq-learning/CBraMod)"
    "\n\n"
    "- **EEGMamba: An EEG foundation model with Mamba**  \n"
    "  [paper](https://www.sciencedirect.com/science/article/abs/pii/S0893608025006963) · "
    "*Wang et al.* (Neural Networks 2025) · [code](https://github.com/wjq-learning/EEGMamba)\n\n"
    "- **FEMBA: Efficient and Scalable EEG Analysis with a Bidirectional Mamba Foundation "
    "Model**  \n"
    "  [paper](https://arxiv.org/abs/2502.06438) · *Tegon et al.* (arXiv preprint; "
    "[arXiv:2502.06438](https://arxiv.org/abs/2502.06438))\n")


def test_a_venue_in_a_parenthesis_of_fields_between_middle_dots():
    """List 333: `[paper](url) · *Authors* (NeurIPS 2025; [arXiv:id](url)) · [code](url)` under
    the bold title: the parenthesis' first field is the venue (before: no venue)."""
    papers = _read(_EEG)
    assert papers["CBraMoD: A Criss-Cross Brain Foundation Model for EEG Decoding"][:2] \
        == (2025, "ICLR 2025")
    assert papers["EEGMamba: An EEG foundation model with Mamba"][1].startswith("Neural Networks")
    assert papers["FEMBA: Efficient and Scalable EEG Analysis with a Bidirectional Mamba "
                  "Foundation Model"][1].startswith("arXiv")


def test_marks_and_a_tag_after_the_venue_parenthesis():
    """List 328: `**Title** (arXiv Jan 2025) ⭐️ [**Review**] [[Paper]](url)`: the star and the
    bracketed tag mark the item; the parenthesis before them is still the venue and date
    (before: neither read, as soon as a mark stood after it)."""
    md = ("# L\n\n## RAG\n"
          "1. **Agentic Retrieval-Augmented Generation : A Survey On Agentic RAG** (arXiv Jan "
          "2025) ⭐️ [**Review**] [[Paper]](https://arxiv.org/pdf/2501.09136) 这篇文章提供了分类\n"
          "2. **AtomAgents: Alloy design and discovery through physics-aware multi-modal "
          "multi-agent artificial intelligence**(arXiv Jul 2024) ⭐️ "
          "[[Paper]](https://arxiv.org/html/2407.10022v1) 构建了一个系统\n")
    papers = _read(md)
    assert papers["Agentic Retrieval-Augmented Generation : A Survey On Agentic RAG"][:2] \
        == (2025, "arXiv Jan 2025")
    assert papers["AtomAgents: Alloy design and discovery through physics-aware multi-modal "
                  "multi-agent artificial intelligence"][0] == 2024


def test_an_affiliation_before_marks_stays_no_venue():
    """List 314's `by Names (Royal Holloway, UK, 2018) 🔥🔥` keeps no venue (who and when)."""
    md = ("# L\n\n## Papers\n"
          "4. [Cross-conformal predictive distributions](http://proceedings.mlr.press/v91/"
          "vovk18a.html) by Vladimir Vovk, Ilia Nouretdinov, Valeriy Manokhin and Alexander "
          "Gammerman (Royal Holloway, UK, 2018) 🔥🔥🔥🔥🔥\n")
    assert _read(md)["Cross-conformal predictive distributions"][:2] == (2018, "")


def test_a_book_naming_its_publisher_under_books_is_no_paper():
    """List 336: under `### Books`, `[The Means of Prediction](amazon) - Maximilian Kasy on how
    AI works and who benefits (UChicago Press, 2025).`: a publisher named beside a shop's link
    is a book, even where names were read (before: imported, `UChicago Press` its author)."""
    lines = (Path(__file__).parents[1] / "corpus" / "336_hanlulong_ai_for_economists.md") \
        .read_text(encoding="utf-8").splitlines()
    md = "# L\n\n" + "\n".join(lines[14:36]) + "\n"  # `### Key Papers` to `### Books`' end
    papers = _read(md)
    assert "The Means of Prediction" not in papers
    assert "Generative AI at Work" in papers


def test_a_video_naming_itself_in_the_venue_place_is_no_paper():
    """List 328: `1. Title (Bilibili video Jan 2025) [[Link]](bilibili)` among papers written
    `**Title** (Venue Mon Year) [[Paper]](url)`: the parenthesis says it is a video and its
    only link is a video site's (before: imported, venue `Bilibili video Jan 2025`)."""
    md = ("# L\n\n## Agent\n"
          "1. **Augmenting large language models with chemistry tools** (Nature Machine "
          "Intelligence 2024) [[Paper]](https://www.nature.com/articles/s42256-024-00832-8) 构建了"
          "一个化学Agent\n\n"
          "## Knowledge distillation\n"
          "1. 从零开始实现大模型知识蒸馏 -- Starting from scratch to achieve knowledge "
          "distillation of large models (Bilibili video Jan 2025) [[Link]](https://www.bilibili.com/video/"
          "BV1kQcoetEFM/)\n")
    papers = _read(md)
    assert "Augmenting large language models with chemistry tools" in papers
    assert len(papers) == 1
