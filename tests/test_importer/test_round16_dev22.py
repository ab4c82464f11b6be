"""Issue 15, round 16, `import-dev22` on the twenty-sixth held-out set (lists 313-324,
tests/corpus/, provenance in SOURCES.md): real lines of those lists, each read by one general
reading (a venue code and its year glued before the title, a first author with "et al."
before the title where the section's items open so)."""

from __future__ import annotations

from pathlib import Path

from awesome_bib.importer import read_library

from .conftest import papers_with_authors as _papers

_GLUED = (
    "# paper-reading\n\n### System\n\n"
    "- [SOSP'03-The Google File System]"
    "(https://github.com/CookiePieWw/paper-reading/discussions/12)\n\n"
    "- [OSDI'04-MapReduce: Simplified Data Processing on Large Clusters]"
    "(https://github.com/CookiePieWw/paper-reading/discussions/14)\n\n"
    "- [NetDB'11-Kafka: a Distributed Messaging System for Log Processing]"
    "(https://github.com/CookiePieWw/paper-reading/discussions/17)\n\n"
    "- [MySQL](https://github.com/CookiePieWw/paper-reading/discussions/20)\n")


def test_a_venue_code_and_apostrophe_year_glued_before_the_title_is_peeled():
    """List 324: `SOSP'03-` before every title of the section is its venue and year, no title
    word (before: `SOSP'03-The Google File System`)."""
    papers = _papers(_GLUED)
    assert papers["The Google File System"][:2] == (2003, "SOSP 2003")
    assert papers["MapReduce: Simplified Data Processing on Large Clusters"][:2] \
        == (2004, "OSDI 2004")
    assert papers["Kafka: a Distributed Messaging System for Log Processing"][:2] \
        == (2011, "NetDB 2011")


def test_a_glued_code_in_one_title_among_plain_ones_stays():
    """One title opening with a code and a year among titles that do not is the title's own
    word: the section's items must open so (no vote, no peel)."""
    md = ("# L\n\n## Papers\n"
          "- [COVID19-Net: Detecting Infection from Chest Scans](https://arxiv.org/abs/2001.00001)\n"
          "- [Attention Is All You Need](https://arxiv.org/abs/1706.03762)\n"
          "- [Deep Residual Learning for Image Recognition](https://arxiv.org/abs/1512.03385)\n")
    assert "COVID19-Net: Detecting Infection from Chest Scans" in _papers(md)


_ET_AL = (
    "# awesome-depth\n\n## 0. Survey \n"
    "[1] Dijk et al, How do neural networks see depth in single images? "
    "[PDF](https://arxiv.org/pdf/1905.07005.pdf)\n\n"
    "[2] Amlaan et al, Monocluar depth estimation: A survey, "
    "[PDF](https://arxiv.org/pdf/1901.09402.pdf)\n\n"
    "## 1. Monocular Depth (Fully Supervised)\n\n"
    "[1] Eigen et al, Depth Map Prediction from a Single Image using a Multi-Scale Deep "
    "Network, NIPS 2014, [Web](https://cs.nyu.edu/~deigen/depth/)\n\n"
    "[2] Eigen et al, Predicting Depth, Surface Normals and Semantic Labels with a Common "
    "Multi-Scale Convolutional Architecture, ICCV 2015, [Web](https://cs.nyu.edu/~deigen/dnl/)\n\n"
    "[3] Lee et al, From Big to Small: Multi-Scale Local Planar Guidance for Monocular Depth "
    "Estimation, Arxiv, [PDF](https://arxiv.org/pdf/1907.10326.pdf), "
    "[Code](https://github.com/cogaplex-bts/bts)\n")


def test_a_first_author_with_et_al_before_the_title_is_the_author_list():
    """List 323: `Eigen et al, Title, NIPS 2014`: the section's items open with a first author
    and "et al.", which ends the list: what follows is the title however it opens (`Predicting
    Depth, Surface Normals ...` is no second author)."""
    papers = _papers(_ET_AL)
    assert papers["How do neural networks see depth in single images?"] == (None, "", ["Dijk"])
    assert papers["Depth Map Prediction from a Single Image using a Multi-Scale Deep Network"] \
        == (2014, "NIPS 2014", ["Eigen"])
    assert papers["Predicting Depth, Surface Normals and Semantic Labels with a Common "
                  "Multi-Scale Convolutional Architecture"] == (2015, "ICCV 2015", ["Eigen"])
    assert papers["From Big to Small: Multi-Scale Local Planar Guidance for Monocular Depth "
                  "Estimation"][1:] == ("arXiv", ["Lee"])


_DATED = (
    "# Awesome Normalizing Flows\n\n## 📝 Publications <small>(60)</small>\n\n"
    "1. 2024-06-20 - [Transferable Boltzmann Generators](https://arxiv.org/abs/2406.14426) by "
    "Klein, Noé<br>\n   Boltzmann Generators, a machine learning method, generate equilibrium "
    "samples of molecular systems.\n\n"
    "1. 2023-01-03 - [FInC Flow: Fast and Invertible k×k Convolutions for Normalizing Flows]"
    "(https://arxiv.org/abs/2301.09266) by Kallapa, Nagar et al.<br>\n   propose a k×k "
    "convolutional layer and Deep Normalizing Flow architecture.\n\n"
    "1. 2022-06-03 - [Graphical Normalizing Flows](https://arxiv.org/abs/2006.02548) by "
    "Wehenkel, Louppe<br>\n   This work revisits coupling and autoregressive transformations.\n")


def test_a_full_date_before_every_title_of_a_section_gives_the_year():
    """List 318: `2024-06-20 - [Title](url)`: the date most items of the section write before
    their titles is the place of their year (a date, no venue; before: no year)."""
    papers = _papers(_DATED)
    assert papers["Transferable Boltzmann Generators"][:2] == (2024, "")
    assert papers["FInC Flow: Fast and Invertible k×k Convolutions for Normalizing Flows"][:2] \
        == (2023, "")
    assert papers["Graphical Normalizing Flows"][:2] == (2022, "")


_CITED = (
    "# To-Read-Papers\n\n## Learning Methods\n### Gradient Descent\n"
    "* [Zeiler, M. D. ADADELTA: An adaptive learning rate method(2012)]"
    "(https://arxiv.org/abs/1212.5701)\n\n"
    "### 성능 개선\n"
    "* [Jean et al. On Using Very Large Target Vocabulary for Neural Machine Translation(2014)]"
    "(https://arxiv.org/pdf/1412.2007.pdf)\n"
    "## Attention\n### Seq2Seq\n"
    "* [Sutskever, I., Vinyals, O., and Le, Q. Sequence to sequence learning with neural "
    "networks(2014)](https://arxiv.org/abs/1409.3215)\n\n"
    "### Align(Attention) 매커니즘\n"
    "* [Dzmitry Bahdanau, Kyunghyun Cho, Yoshua Bengio. Neural Machine Translation by Jointly "
    "Learning to Align and Translate(2015)](https://arxiv.org/abs/1409.0473)\n"
    "* [Minh-Thang Luong, Hieu Pham, Christopher D. Manning. Effective Approaches to "
    "Attention-based Neural Machine Translation(2015)](https://arxiv.org/abs/1508.04025)\n")


def test_an_author_list_ended_by_a_stop_inside_the_link_text_is_no_title():
    """List 321: `[Names. Title(2012)](url)`: the first sentence that reads as names (two
    persons or more, "et al.", or one inverted name with initials) is the author list; a
    middle initial's stop (`Christopher D. Manning`) ends no list. Before: the names stayed
    in the title (or the section's comma vote cut the list after its second name)."""
    papers = _papers(_CITED)
    assert papers["ADADELTA: An adaptive learning rate method"] == (2012, "", ["Zeiler"])
    assert papers["On Using Very Large Target Vocabulary for Neural Machine Translation"][2] \
        == ["Jean"]
    assert papers["Sequence to sequence learning with neural networks"][2] \
        == ["Sutskever", "Vinyals", "Le"]
    assert papers["Neural Machine Translation by Jointly Learning to Align and Translate"][2] \
        == ["Bahdanau", "Cho", "Bengio"]
    assert papers["Effective Approaches to Attention-based Neural Machine Translation"][2] \
        == ["Luong", "Pham", "Manning"]


def test_a_title_whose_first_sentence_is_no_name_list_keeps_it():
    """A title of two sentences whose first reads as no names (`Deep Learning. A Review`) or
    as one person without initials stays whole: the evidence is too weak."""
    md = ("# L\n\n## Papers\n"
          "* [Yoshua Bengio. Learning Deep Architectures for AI](https://example.org/a.pdf)\n"
          "* [Deep Learning, Briefly. A Review of the Field](https://example.org/b.pdf)\n")
    papers = _papers(md)
    assert "Yoshua Bengio. Learning Deep Architectures for AI" in papers
    assert "Deep Learning, Briefly. A Review of the Field" in papers


_COURSES = (
    "# Awesome Symbolic Execution\n\n## Papers\n\n"
    "* [Symbolic Execution and Program Testing](https://doi.org/10.1145/360248.360252), "
    "James C. King.\n"
    "* [A Survey of Symbolic Execution Techniques](https://arxiv.org/pdf/1610.00502.pdf), "
    "Roberto Baldoni, Emilio Coppa, Daniele Cono D’Elia, Camil Demetrescu, and Irene "
    "Finocchi.\n\n"
    "## Courses\n\n"
    "* [Symbolic Execution Lecture at Harvard]"
    "(http://www.seas.harvard.edu/courses/cs252/2011sp/slides/Lec13-SymExec.pdf).\n"
    "* [Symbolic Execution Lecture at Iowa State University]"
    "(http://web.cs.iastate.edu/~weile/cs641/9.SymbolicExecution.pdf).\n"
    "* [Symbolic Execution Lecture at University of Maryland]"
    "(https://www.cs.umd.edu/class/spring2013/cmsc631/lectures/symbolic-exec.pdf).\n")


def test_items_that_name_themselves_lectures_under_courses_are_no_papers():
    """List 313: under `## Courses`, `[Symbolic Execution Lecture at Iowa State University]
    (….pdf)` links a PDF, but its own title says it is a lecture: the items do not agree
    that the heading of courses holds papers (before: two of three imported)."""
    papers = _papers(_COURSES)
    assert sorted(papers) == ["A Survey of Symbolic Execution Techniques",
                              "Symbolic Execution and Program Testing"]


def _sections(md: str) -> dict[str, str]:
    """title -> section title of each paper the list imports."""
    lib = read_library(md, "list.md").lib
    titles = {s.slug: s.title for s in lib.sections}
    return {e.title: titles[e.listings[0].section] for e in lib.entries}


#: List 321's lines 1-43 as written (headings `##` to `####`, Korean notes, bare URLs).
_DEEPER = "".join((Path(__file__).parents[1] / "corpus" / "321_hyunbool_to_read_papers_ko.md")
                  .read_text(encoding="utf-8").splitlines(keepends=True)[:43])


def test_a_heading_holding_papers_under_a_topic_that_holds_papers_is_a_topic_of_its_own():
    """List 321: sections at level 2 (`## Language Models` holds papers), `## Attention` a
    container of `###` topics; `#### Visual Attention` under `### Align(Attention)`, which
    holds papers itself, holds its own paper: it is its section (before: `Align(...)`)."""
    sections = _sections(_DEEPER)
    assert sections["Neural Machine Translation by Jointly Learning to Align and Translate"] \
        == "Align(Attention) 매커니즘"
    assert sections["Show, Attend and Tell: Neural Image Caption Generation with Visual "
                    "Attention"] == "Visual Attention"
    assert sections["Attention Is All You Need"] == "Self Attention"
    assert sections["Sequence to sequence learning with neural networks"] == "Seq2Seq"


_SUMMARIZATION = (
    "# Awesome Text Summarization\n\n### Chinese Text Summarization\n\n"
    "1. Baotian Hu, Qingcai Chen, Fangze Zhu. [LCSTS: A Large Scale Chinese Short Text "
    "Summarization Dataset](https://arxiv.org/abs/1506.05865). arXiv:1506.05865, 2015.\n"
    "2. Shuming Ma, Xu Sun, Wei Li, Sujian Li, Wenjie Li, Xuancheng Ren. [Query and Output: "
    "Generating Words by Querying Distributed Word Representations for Paraphrase Generation]"
    "(https://arxiv.org/abs/1803.01465v3). arXiv:1803.01465v3, NAACL HLT 2018.\n"
    "3. Junyang Lin, Xu Sun, Shuming Ma, Qi Su. [Global Encoding for Abstractive "
    "Summarization](https://arxiv.org/abs/1805.03989v2). arXiv:1805.03989v2, ACL 2018. The "
    "source code written in Python is [Global-Encoding]"
    "(https://github.com/lancopku/Global-Encoding).\n\n"
    "### Program Source Code Summarization\n\n"
    "1. Najam Nazar, Yan Hu, and He Jiang.\n"
    "[Summarizing Software Artifacts: A Literature Review]"
    "(http://oscar-lab.org/paper/jcst_16.pdf). Journal of Computer Science and Technology, "
    "2016, 31, 883-909.\n"
    "     * This paper presents a literature review in the field of summarizing software "
    "artifacts.\n"
    "1. Alexander LeClair, Sakib Haque, Lingfei Wu, Collin McMillan. [Improved Code "
    "Summarization via a Graph Neural Network](https://arxiv.org/abs/2004.02843v2). "
    "arXiv:2004.02843v2, 2020.\n")


def test_a_note_after_the_citations_year_leaves_its_venue_read():
    """List 317: `[Title](url). arXiv:1805.03989v2, ACL 2018. The source code written in Python
    is [Name](github).`: the citation ends at its year's stop; the sentence after it is a note
    (before: no venue, no year)."""
    papers = _papers(_SUMMARIZATION)
    assert papers["Global Encoding for Abstractive Summarization"][:2] == (2018, "ACL 2018")


def test_a_names_line_over_a_title_line_with_a_journal_volume_and_pages():
    """List 317: `1. Najam Nazar, Yan Hu, and He Jiang.` over `[Title](pdf). Journal of
    Computer Science and Technology, 2016, 31, 883-909.`: the title line's journal and year
    (volume and pages after them) are the paper's, the line above its authors."""
    papers = _papers(_SUMMARIZATION)
    assert papers["Summarizing Software Artifacts: A Literature Review"] == (
        2016, "Journal of Computer Science and Technology 2016", ["Nazar", "Hu", "Jiang"])


_CONFORMAL = (
    "# Awesome Conformal Prediction\n\n## Conformal Prediction Papers\n\n"
    "3. [A Review and Comparative Analysis of Univariate Conformal Regression Methods]"
    "(https://proceedings.mlr.press/v266/bao25a.html) by Jie Bao, Nicolò Colombo, Valeriy "
    "Manokhin, Suqun Cao, Rui Luo (COPA 2025) 🔥🔥🔥🔥🔥\n"
    "4. [Cross-conformal predictive distributions](http://proceedings.mlr.press/v91/vovk18a.html)"
    " by Vladimir Vovk, Ilia Nouretdinov, Valeriy Manokhin and Alexander Gammerman (Royal "
    "Holloway, UK, 2018) 🔥🔥🔥🔥🔥\n"
    "11. [Conformal Prediction Under Covariate Shift](https://arxiv.org/abs/1904.06019) by Ryan "
    "Tibshirani, Rina Foygel Barber, Emmanuel Candes, Aaditya Ramdas (Carnegie Mellon, "
    "Stanford, Chicago, 2019) 🔥🔥🔥🔥🔥\n")


def test_organisations_and_a_year_after_the_authors_are_no_venue():
    """List 314: `by Names (Royal Holloway, UK, 2018)`: two organisations or places or more
    (none a venue the table knows) before the year are who wrote it, no venue; the year
    stands. `(COPA 2025)` after the names, no comma in it, is the venue and year (before:
    the venue `Royal Holloway, UK 2018`; COPA's item undated)."""
    papers = _papers(_CONFORMAL)
    assert papers["Cross-conformal predictive distributions"][:2] == (2018, "")
    assert papers["Conformal Prediction Under Covariate Shift"][:2] == (2019, "")
    assert papers["A Review and Comparative Analysis of Univariate Conformal Regression "
                  "Methods"] == (2025, "COPA 2025", ["Bao", "Colombo", "Manokhin", "Cao", "Luo"])


def test_an_apa_author_list_before_a_bracketed_venue_keeps_its_initials():
    """List 151: `- [Title](pdf) - Li, S., & Chan, A.B. (ACCV 2014)`: the names before the
    bracketed venue keep their last initial's stop (`A.B.`), so they read as two persons."""
    md = ("# L\n\n## 3D Pose Estimation\n"
          "- [3D Human Pose Estimation from Monocular Images with Deep Convolutional Neural "
          "Network](http://visal.cs.cityu.edu.hk/static/pubs/conf/accv14-3dposecnn.pdf) - Li, "
          "S., & Chan, A.B. (ACCV 2014)\n"
          "- [Recurrent 3D Pose Sequence Machines](https://arxiv.org/abs/1707.09695) - Lin, M., "
          "Lin, L., Liang, X., Wang, K., & Cheng, H. (CVPR 2017)\n")
    papers = _papers(md)
    assert papers["3D Human Pose Estimation from Monocular Images with Deep Convolutional "
                  "Neural Network"] == (2014, "ACCV 2014", ["Li", "Chan"])


def test_a_venue_acronym_opening_with_a_digit_is_the_items_venue():
    """List 323: `[3] Laina et al, Title, 3DV 2016, [Code](github)`: `3DV 2016` is a venue and
    year (a digit may open an acronym), evidence enough for a paragraph linking only code,
    written as its siblings are (before: skipped, no paper evidence)."""
    md = _ET_AL + (
        "\n[4] Laina et al, Deeper Depth Prediction with Fully Convolutional Residual Networks, "
        "3DV 2016, [Code](https://github.com/iro-cp/FCRN-DepthPrediction)\n")
    papers = _papers(md)
    assert papers["Deeper Depth Prediction with Fully Convolutional Residual Networks"] \
        == (2016, "3DV 2016", ["Laina"])


def test_a_book_linking_its_site_and_its_preprint_under_books_is_no_paper():
    """List 315: under `# Books`, `[Computational Optimal Transport](site) | [Arxiv](url)`: the
    title links the book's site, the preprint beside it does not make it a paper (before:
    imported as one); the papers under `# Papers` stay."""
    md = ("# Awesome Optimal Transport\n\n# Books\n\n"
          "* [Computational Optimal Transport](https://optimaltransport.github.io/) | "
          "[Arxiv](https://arxiv.org/abs/1803.00567)\n"
          "* [Optimal Transport for Applied Mathematicians](http://citeseerx.ist.psu.edu/"
          "viewdoc/download?doi=10.1.1.726.35&rep=rep1&type=pdf)\n\n"
          "# Papers\n\n## Approximating Optimal Transport\n\n"
          " * [Sinkhorn Distances: Lightspeed Computation of Optimal Transportation Distances]"
          "(https://arxiv.org/abs/1306.0895) (NeurIPS 2013)\n"
          " * [Near-linear time approximation algorithms for optimal transport via Sinkhorn "
          "iteration](https://arxiv.org/abs/1705.09634) (NeurIPS 2017)\n")
    papers = _papers(md)
    assert "Computational Optimal Transport" not in papers
    assert papers["Sinkhorn Distances: Lightspeed Computation of Optimal Transportation "
                  "Distances"][:2] == (2013, "NeurIPS 2013")


def test_a_numbered_slides_link_under_a_paper_is_no_paper():
    """List 322: `  * [Slides1](docs.google.com/presentation/…)` under a paper: a resource
    label with a number (one of several slides) is a label, no title; `arXiv 19` stays a
    venue's year."""
    lines = (Path(__file__).parents[1] / "corpus" / "322_learnsys_os_reading_group_zh.md") \
        .read_text(encoding="utf-8").splitlines(keepends=True)
    md = "# Reading\n\n### W11：新内存\n\n" + "".join(lines[44:50])  # (lines 45-50)
    assert sorted(_papers(md)) == [
        "FPTree: A Hybrid SCM-DRAM Persistent and Concurrency B-Tree for Storage Class Memory",
        "Spitfire: A Three-Tier Buffer Manager for Volatile and Non-Volatile Memory"]


def test_words_naming_papers_over_a_repository_named_by_its_path_are_another_list():
    """List 313: `* ***Collection of symbolic execution papers:** [XMUsuny/symbolic-execution-
    papers](https://github.com/XMUsuny/symbolic-execution-papers)*` after the papers: a
    pointer to another list, no paper (before: imported as `Collection of ... papers`)."""
    papers = _papers(_COURSES.replace(
        "\n\n## Courses", "\n* ***Collection of symbolic execution papers:** "
        "[XMUsuny/symbolic-execution-papers](https://github.com/XMUsuny/symbolic-execution-"
        "papers)*\n\n## Courses"))
    assert "Collection of symbolic execution papers" not in papers
    assert "A Survey of Symbolic Execution Techniques" in papers
