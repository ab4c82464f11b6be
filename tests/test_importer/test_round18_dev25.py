"""Issue 15, round 18, `import-dev25` on the twenty-ninth held-out set (lists 349-360,
tests/corpus/, provenance in SOURCES.md): real lines of those lists, each read by one general
reading."""

from __future__ import annotations

from awesome_bib.importer import markdown, read_library

from .conftest import papers_in as _papers

_WIKI = (
    "---\n{\"dg-publish\":true,\"permalink\":\"/journal/README/\"}\n---\n\n## 2026\n\n"
    "### Nature\n\n"
    "- [[journal/2026/202601/Emu3\\|Emu3: 采用下一词预测的大规模多模态模型的多模态学习]]\n"
    "- [[journal/2026/202602/OpenScholar\\|OpenScholar：用检索增强语言模型综述科学文献]]\n"
    "- [[journal/2026/202603/nature_260225_aging\\|多组学解析人类海马神经发生：从成年期到衰老，"
    "再到阿尔茨海默病]]\n\n"
    "### Science\n\n"
    "- [[journal/2026/202601/sci_protein_oligomers\\|小分子调控的蛋白质寡聚体的从头设计]]\n"
    "- [[journal/2026/202601/drugclip-sci\\|DrugCLIP: 深度对比学习实现全基因组尺度的虚拟筛选]]\n"
    "- [[journal/2026/202602/foldmason\\|FoldMason: 大规模蛋白质结构多重比对]]\n")


def test_a_wiki_link_is_a_link_whose_text_is_the_part_after_the_pipe():
    """List 355: `[[notes/path|Shown text]]` (Obsidian, note sites) shows the text after the
    pipe as a link to the note (before: plain text, brackets and path included)."""
    item = markdown.parse("- [[journal/2026/x\\|FoldMason: 大规模蛋白质结构多重比对]] note\n")[0]
    assert isinstance(item, markdown.Item)
    assert [(p.kind, p.text, p.href) for p in item.pieces] == [
        ("link", "FoldMason: 大规模蛋白质结构多重比对", "journal/2026/x"), ("text", " note", "")]
    # a bare `[[paper]]` is as often a label, `[[notes/x]]` a path: left as written; a bare
    # title phrase is the note's name, shown as written
    label = markdown.parse("- [[paper]] Title\n")[0]
    assert isinstance(label, markdown.Item) and label.pieces[0].kind == "text"
    named = markdown.parse("- [[Attention Is All You Need]]\n")[0]
    assert isinstance(named, markdown.Item)
    assert [(p.kind, p.text) for p in named.pieces] == [("link", "Attention Is All You Need")]


def test_json_front_matter_is_no_heading():
    """355's front matter is one JSON line (`{"dg-publish":true,…}`, YAML's flow form): it is
    front matter, not a setext heading over the page."""
    blocks = markdown.parse(_WIKI)
    assert isinstance(blocks[0], markdown.Heading)
    assert markdown.plain(blocks[0].pieces) == "2026"


def test_titles_linking_own_notes_under_venue_and_year_headings_are_papers():
    """355 (refused whole before): title phrases (Chinese, no spaces) linking the reader's
    own notes, under journal headings below a `## 2026` heading, each name one paper: a venue
    or date heading groups papers as a `Papers` heading does; the year is the heading's."""
    papers = _papers(_WIKI)
    assert len(papers) == 6
    assert papers["OpenScholar:用检索增强语言模型综述科学文献"][0] == 2026
    assert papers["FoldMason: 大规模蛋白质结构多重比对"][2] == "Science"


_RECORDS = (
    "# Awesome Financial Time Series Forecasting Papers and Codes\n\n"
    "## LLM-based Financial Time Series Forecasting Models\n\n"
    "**TEMPO: PROMPT-BASED GENERATIVE PRE-TRAINED TRANSFORMER FOR TIME SERIES FORECASTING** \n\n"
    "*Defu Cao, Furong Jia, Sercan O. Arık, Tomas Pfister, Yixiang Zheng, Wen Ye, Yan Liu* \n\n"
    "ICLR 2024. [[Paper](https://openreview.net/forum?id=YH5w12OUuU)] | "
    "[[Codes](https://github.com/DC-research/TEMPO)]\n\n"
    "**Timer: Generative Pre-trained Transformers Are Large Time Series Models.**\n\n"
    "*Yong Liu, Haoran Zhang, Chenyu Li, Xiangdong Huang, Jianmin Wang, Mingsheng Long*\n\n"
    "ICML 2024. [[Paper](https://arxiv.org/abs/2402.02368)] | "
    "[[Codes](https://github.com/thuml/Large-Time-Series-Model)]\n")


def test_a_bold_title_paragraph_opens_the_record_its_venue_line_closes():
    """List 354: `**Title**`, `*Authors*`, `ICLR 2024. [[Paper](url)]`, one blank line apart:
    the links line's own text is a venue and year, no title phrase, so it is the record's
    field line and the bold line above its title (before: titled `ICLR 2024`, counted on the
    venue line)."""
    lib = read_library(_RECORDS, "list.md").lib
    got = {e.title: (e.year, e.venue_tag, e.listings[0].line) for e in lib.entries}
    assert got == {
        "TEMPO: PROMPT-BASED GENERATIVE PRE-TRAINED TRANSFORMER FOR TIME SERIES FORECASTING":
            (2024, "ICLR 2024", 5),
        "Timer: Generative Pre-trained Transformers Are Large Time Series Models":
            (2024, "ICML 2024", 11)}


_JEKYLL = (
    "---\nlayout: article\ntitle: Reading List\nnav_key: toread\n---\n\n## 16 Oct 2025  \n\n"
    "- [DeepChem-DEL: An Open Source Framework for Reproducible DEL Modeling and Benchmarking]"
    "(https://dx.doi.org/10.26434/chemrxiv-2025-f11mk?rft_dat=source%3Ddrss)  \n"
    "Riya, Singh; Aryan Amit, Barsainyan; Abhiraj Pravin, Mengade; Rida, Irfan; Bharath, "
    "Ramsundar  \n*Biological and Medicinal Chemistry on ChemRxiv*  \n2025-10-15  \n"
    "&ensp;The paper introduces DeepChem-DEL, an open-source framework for reproducible "
    "DNA-encoded library (DEL) modeling and benchmarking.  \n\n"
    "- [Machine Learning Models and a Web Portal for Predicting Cytochrome P450 Activity]"
    "(https://dx.doi.org/10.26434/chemrxiv-2025-5zkgc?rft_dat=source%3Ddrss)  \n"
    "Eugene, Muratov; Enes, Kelestemur; Holli-Joi, Martin  \n"
    "*Biological and Medicinal Chemistry on ChemRxiv*  \n2025-10-15  \n"
    "&ensp;The paper presents CYP-Pro, a computational tool.  \n\n"
    "## 15 Oct 2025  \n\n"
    "- [Porphyrin-acene Dyads for Controlled Singlet Oxygen Generation and Depletion]"
    "(https://dx.doi.org/10.26434/chemrxiv-2025-zczql-v2?rft_dat=source%3Ddrss)  \n"
    "Naoki Shida, Mahito Atobe, Atsuki Hirama  \n"
    "*https://chemrxiv.org/engage/rss/chemrxiv?categoryId=605c72ef153207001f6470d1*  \n"
    "2025-10-14  \n&ensp;The paper presents dyads.  \n")


def test_a_one_link_line_ended_by_a_hard_break_is_the_title_line_over_field_lines():
    """List 359: `- [Title](doi)  ` (a hard break), an author line, an italic source line, a
    `2025-10-15` date line: the link's line is the title's, the lines under it its fields;
    the italic line that names a venue is the venue (an italic feed URL is none), the date
    line the year (before: no year, no venue)."""
    papers = _papers(_JEKYLL)
    assert papers["Machine Learning Models and a Web Portal for Predicting Cytochrome P450 "
                  "Activity"][:2] == (2025, "Biological and Medicinal Chemistry on ChemRxiv")
    assert papers["Porphyrin-acene Dyads for Controlled Singlet Oxygen Generation and "
                  "Depletion"][:2] == (2025, "")


def test_day_month_year_headings_are_dates_under_the_front_matter_title():
    """359: `## 16 Oct 2025` is a date heading (`sections.heading_year`); where the papers
    under it state that year, it is a date subsection and the page's front-matter title
    `Reading List`, the only heading above, is their section (before: each date a section)."""
    from awesome_bib.importer.sections import heading_year
    assert heading_year("16 Oct 2025") == 2025 and heading_year("Oct 16, 2025") == 2025
    assert heading_year("16.10.2025") == 2025 and heading_year("16/10/2025") == 2025
    assert heading_year("16 Topics 2025") is None and heading_year("1.2.3 2025") is None
    assert {section for _, _, section in _papers(_JEKYLL).values()} == {"Reading List"}


_DATED_LINES = (
    "# Awesome-ML4tooth\n\n## Papers\n\n### Segmentation\n\n**2024**\n\n"
    "- Sparse Anatomical Prompt Semi-Supervised Learning with Masked Image Modeling for CBCT "
    "Tooth Segmentation\n  [[pdf]](https://arxiv.org/abs/2402.04587)\n"
    "  - Pengyu Dai, Yafei Ou, Yang Liu, Yue Zhao. *ISBI 2024*\n    \n"
    "- Fully automatic integration of dental CBCT images and full-arch intraoral impressions "
    "with stitching error correction via individual tooth segmentation and identification\n"
    "  [[pdf]](https://www.sciencedirect.com/science/article/pii/S1361841524000215)\n"
    "  - Tae Jun Jang, Hye Sun Yun, Chang Min Hyun, Jong-Eun Kim, Sang-Hwy Lee, Jin Keun Seo. "
    "*MIA*\n\n"
    " - USCT: Uncertainty-regularized symmetric consistency learning for semi-supervised teeth "
    "segmentation in CBCT\n"
    "   [[pdf]](https://www.sciencedirect.com/science/article/pii/S1746809424000909)\n"
    "   - Yixin Jing, Jie Liu, Weifan Liu, Zhicheng Yang, ZhongWei Zhou, Zekuan Yu. *Biomedical "
    "Signal Processing and Control*\n\n"
    "**2023**\n \n"
    "- GRAB-Net: Graph-Based Boundary-Aware Network for Medical Point Cloud Segmentation\n"
    "  [[pdf]](https://ieeexplore.ieee.org/abstract/document/10093984)\n"
    "  - Yifan Liu, Wuyang Li, Jie Liu, Hui Chen, Yixuan Yuan. *TMI*\n\n"
    "### Other\n\n"
    "- Deep learning for dental caries detection on bitewing radiographs\n"
    "  [[pdf]](https://www.sciencedirect.com/science/article/pii/S0300571220302001)\n"
    "  - Ann Author, Bob Writer. *Journal of Dentistry*\n")


def test_an_italic_venue_without_its_year_after_the_names_of_a_child_line():
    """List 360: `  - Authors. *MIA*` under the title: the italic tail the writer set apart
    after the names is the venue, though it names no year (before: no venue); a journal's
    name that reads as two "names" (`Biomedical Signal Processing and Control`) too."""
    papers = _papers(_DATED_LINES)
    assert papers["GRAB-Net: Graph-Based Boundary-Aware Network for Medical Point Cloud "
                  "Segmentation"][1] == "TMI"
    assert papers["USCT: Uncertainty-regularized symmetric consistency learning for "
                  "semi-supervised teeth segmentation in CBCT"][1] \
        == "Biomedical Signal Processing and Control"


def test_a_bold_date_line_dates_the_items_after_it_up_to_the_next_heading():
    """360: `**2024**` on a line of its own between a heading's items dates those after it
    that state no year, up to the next such line (`**2023**`) or heading; an item's own year
    (`*ISBI 2024*`) stays its own (before: no year)."""
    papers = _papers(_DATED_LINES)
    assert papers["USCT: Uncertainty-regularized symmetric consistency learning for "
                  "semi-supervised teeth segmentation in CBCT"][0] == 2024
    assert papers["GRAB-Net: Graph-Based Boundary-Aware Network for Medical Point Cloud "
                  "Segmentation"][0] == 2023
    assert papers["Sparse Anatomical Prompt Semi-Supervised Learning with Masked Image "
                  "Modeling for CBCT Tooth Segmentation"][:2] == (2024, "ISBI 2024")
    assert papers["Deep learning for dental caries detection on bitewing radiographs"][:2] \
        == (None, "Journal of Dentistry")


_DASHED = (
    "# Awesome Climate Information Integrity in LLMs\n\n"
    "### Retrieval-Augmented Generation (RAG) (17)\n\n"
    "- **[Automated fact-checking of climate claims with large language models]"
    "(http://dx.doi.org/10.1038/s44168-025-00215-8)** ⭐ — Leippold et al. — *npj Climate "
    "Action* (2025)  \nRetrieval pipeline for automated climate fact-checking.\n"
    "- **[Learn and Unlearn: Addressing Misinformation in Multilingual LLMs]"
    "(http://dx.doi.org/10.18653/v1/2025.emnlp-main.516)** ⭐ — Lu et al. — *Proceedings of "
    "the 2025 Conference on Empirical Methods in Natural Language Processing* (2025)  \n"
    "Unlearning for multilingual misinformation.\n"
    "- **[Web Retrieval Agents for Evidence-Based Misinformation Detection]"
    "(https://arxiv.org/abs/2409.00009)** ⭐  \n"
    "Web-retrieval agents for evidence-based misinformation detection.\n")


def test_fields_set_apart_by_spaced_dashes_after_a_linked_title():
    """List 351: `**[Title](doi)** ⭐ — Leippold et al. — *npj Climate Action* (2025)`: the
    fields after the title are set apart by spaced dashes as others are by middle dots: the
    names, the venue (a proceedings' full name too), its bracketed year; the ⭐ is none
    (before: no venue, no names after the mark)."""
    lib = read_library(_DASHED, "list.md").lib
    got = {e.title: (e.year, e.venue_tag, [a.family for a in e.authors]) for e in lib.entries}
    assert got["Automated fact-checking of climate claims with large language models"] \
        == (2025, "npj Climate Action", ["Leippold"])
    assert got["Learn and Unlearn: Addressing Misinformation in Multilingual LLMs"] == (
        2025, "Proceedings of the 2025 Conference on Empirical Methods in Natural Language "
        "Processing", ["Lu"])
    assert got["Web Retrieval Agents for Evidence-Based Misinformation Detection"][:2] \
        == (None, "")
    # a description between the dashes, not a venue's name in capitals, gives nothing
    noted = _DASHED.replace("*npj Climate Action*", "a retrieval pipeline for claims")
    lib = read_library(noted, "list.md").lib
    assert [e.venue_tag for e in lib.entries if e.title.startswith("Automated")] == [""]


_SOURCE_TABLE = (
    "# Awesome GeoFM Papers\n\n## Recent Papers\n\n### Benchmark\n\n"
    "| Date | Paper | Authors | Source | Links |\n| --- | --- | --- | --- | --- |\n"
    "| 2026-04-10 | PMA-VQA: Progressive Multi-Scale Feature Fusion with Spatially Adaptive "
    "Attention for Remote Sensing Visual Question Answering | Yifei He, Chen Qiu, Jinguang Gu "
    "| Sensors | [Page](https://doi.org/10.3390/s26082351) / "
    "[DOI](https://doi.org/10.3390/s26082351) |\n"
    "| 2026-04-09 | Non-Contact Bearing Fault Diagnostics: Experimental Investigation of "
    "Microphones Position and Distance | Emanuele Voltolini, Andrea Toscani, Enrico Armelloni, "
    "Marco Cocconcelli et al. | Applied Sciences | [Page](https://doi.org/10.3390/app16083670) |\n"
    "| 2025-11-20 | Modeling Pointing, Acquisition, and Tracking Delays in Free-Space Optical "
    "Satellite Networks | Jason Gerard, Juan A. Fraire, Sandra Céspedes | arXiv | "
    "[Page](http://arxiv.org/abs/2511.16063v1) / [PDF](https://arxiv.org/pdf/2511.16063v1) |\n")


def test_a_source_column_of_names_is_the_venue_column():
    """List 358: `| Date | Paper | Authors | Source | Links |`: a `Source` column whose cells
    are names without links (`Sensors`, `Applied Sciences`, `arXiv`) is where the papers
    appeared (before: no venue); a `Source` column of code links would be none."""
    papers = _papers(_SOURCE_TABLE)
    venues = {title[:20]: venue for title, (_, venue, _) in papers.items()}
    assert venues == {"PMA-VQA: Progressive": "Sensors 2026", "Non-Contact Bearing ": "Applied "
                      "Sciences 2026", "Modeling Pointing, A": "arXiv 2025"}
    code = _SOURCE_TABLE.replace("| Sensors |", "| [GitHub](https://github.com/a/b) |") \
        .replace("| Applied Sciences |", "| [GitHub](https://github.com/c/d) |")
    # (no venue from that column at all, the `arXiv` cell left in it too: asserting that the
    # replaced `Sensors` is gone could not fail)
    assert {v for _, v, _ in _papers(code).values()} == {""}


def test_word_headings_are_journals_when_their_siblings_mostly_are():
    """355: `### Nature`, `### Science`, `### Cell`, `### Nat. Chem. Biol.` under `## 2026`:
    where every sibling heading over papers is a venue the table knows (two or more), each
    names its papers' venue (before: none); beside a topic heading (`### Protein Design`) a
    word heading is a topic as often as a journal, and all stay silent."""
    md = _WIKI + ("\n### Nat. Chem. Biol. \n\n- [[journal/2026/202604/piezo2\\|"
                  "两步式发条样机制开启 PIEZO2 的蛋白-脂质复合孔道]]\n")
    papers = _papers(md)
    assert papers["FoldMason: 大规模蛋白质结构多重比对"][:2] == (2026, "Science 2026")
    assert papers["Emu3: 采用下一词预测的大规模多模态模型的多模态学习"][1] == "Nature 2026"
    assert papers["两步式发条样机制开启 PIEZO2 的蛋白-脂质复合孔道"][1] == "Nat. Chem. Biol. 2026"
    topics = md.replace("### Science", "### Protein Design")
    assert _papers(topics)["FoldMason: 大规模蛋白质结构多重比对"][1] == ""
    assert _papers(topics)["Emu3: 采用下一词预测的大规模多模态模型的多模态学习"][1] == ""


def test_a_bracketed_name_that_names_the_items_repository_is_no_title_word():
    """List 349: `[2022 EMNLP] Title (MolT5) [[Paper]](acl) [[Code]](github.com/…/MolT5)`:
    the bracketed name ending the title is the name of the item's own repository, the method's
    name, not the title's (before: kept in the title); a bracketed acronym of the title's own
    words with no such repository stays (`Long Short-term Memory (LSTM)`)."""
    md = ("# Awesome Molecule-Text\n\n## Papers\n\n"
          "2. [2022 EMNLP] Translation between Molecules and Natural Language (MolT5) "
          "[[Paper]](https://aclanthology.org/2022.emnlp-main.26/) "
          "[[Code]](https://github.com/blender-nlp/MolT5)\n"
          "3. [2018 ICLR] Detecting Android malware using Long Short-term Memory (LSTM) "
          "[[Paper]](https://arxiv.org/abs/1801.00001) [[Code]](https://github.com/a/droid)\n")
    papers = _papers(md)
    assert "Translation between Molecules and Natural Language" in papers
    assert "Detecting Android malware using Long Short-term Memory (LSTM)" in papers


def test_a_news_feed_url_is_no_papers_link():
    """359: the italic line `*https://chemrxiv.org/engage/rss/chemrxiv?categoryId=…*` names the
    feed the maintainer found the paper in, shared by every paper from it: no paper's link
    (before: one link of five papers, and `check` failed the list on a shared link); a
    repository named `rss` or a file served from a `feed/` folder is no feed."""
    from awesome_bib.core.identifiers import feed_url
    lib = read_library(_JEKYLL, "list.md").lib
    assert all("/rss/" not in lk.url for e in lib.entries for lk in e.links)
    assert feed_url("https://x.org/blog/feed") and feed_url("https://x.com/news.rss")
    assert not feed_url("https://github.com/rss-project/rss")
    assert not feed_url("https://pics4.baidu.com/feed/8b.jpeg?token=1")


def test_a_date_line_dates_the_paragraph_papers_after_it():
    """List 115 (the same reading as 360's `**2024**`, for paragraph items): `***2020:***` on a
    line of its own dates the paragraph papers after it that state no year (before: none)."""
    md = ("# Awesome Robotic Grasping\n\n## B. Saliency Detection\n\n"
          "**[CVM]** 2014-Salient object detection: A survey, "
          "[[paper](https://arxiv.org/pdf/1411.5878.pdf)]\n\n***2020:***\n\n"
          "**[ECCV]** Progressively Guided Alternate Refinement Network for RGB-D Salient "
          "Object Detection, [[paper](https://arxiv.org/pdf/2008.07064.pdf)]\n\n"
          "**[arXiv]** Bilateral Attention Network for RGB-D Salient Object Detection, "
          "[[paper](https://arxiv.org/pdf/2004.14582.pdf)]\n")
    papers = _papers(md)
    assert papers["Progressively Guided Alternate Refinement Network for RGB-D Salient Object "
                  "Detection"][:2] == (2020, "ECCV")
    assert papers["Bilateral Attention Network for RGB-D Salient Object Detection"][0] == 2020
    # (the paper above the date line is not dated by it)
    assert next(year for title, (year, _, _) in papers.items() if "A survey" in title) != 2020
