"""Issue 15, round 12 (`import-structure12`): what is an item and where it belongs; lists
193-216 (fresh-held-out-16 and -17) are the development lists; excerpt lines of the real lists
in tests/corpus/."""

from __future__ import annotations

import pytest

from awesome_bib.core.identifiers import paper_id
from awesome_bib.errors import ListError
from awesome_bib.importer import read_library
from awesome_bib.importer.authors import parse_authors
from awesome_bib.importer.markdown import Table, parse
from awesome_bib.importer.tables import item_column

from .test_round8_structure import _lines, _read


def test_a_papers_list_of_linked_title_phrases_holds_papers():
    # 199_yagami360_ml_papers_survey_ja lines 1-30: `# MachineLearning-Papers_Survey`, then
    # `<details><summary>CNN</summary>` blocks of `- [[ResNet] Deep Residual Learning for Image
    # Recognition](note)` items linking the maintainer's notes and issues, no venue, year or
    # authors anywhere: refused whole. The list's title names papers and its linked items are
    # title phrases (the bracketed model name is a label, not the title)
    papers = _read("\n".join(_lines("199_yagami360_ml_papers_survey_ja")[:30]))
    assert [(line, section, title) for line, section, title, _v, _y in papers][:3] == [
        (12, "CNN", "Deep Residual Learning for Image Recognition"),
        (13, "CNN", "Spatial Transformer Networks"),
        (19, "GCN", "Convolutional Neural Networks on Graphs with Fast Localized Spectral "
                    "Filtering")]
    assert len(papers) == 8
    assert {(venue, year) for *_r, venue, year in papers} == {("", None)}


#: The same items where nothing says they are papers: the list's title names none, the titles
#: are names, or the links are repositories themselves (a list of projects).
NOT_PAPERS = {
    "title names no papers": "# Machine Learning Notes\n\n## CNN\n"
                             "- [Deep Residual Learning for Image Recognition](https://github."
                             "com/a/b/issues/1)\n- [Spatial Transformer Networks](https://github."
                             "com/a/b/issues/2)\n- [Attention Is All You Need](https://github.com"
                             "/a/b/issues/3)\n",
    "names": "# Machine Learning Papers\n\n## CNN\n- [ResNet](https://github.com/a/b/issues/1)\n"
             "- [STN](https://github.com/a/b/issues/2)\n- [Transformer](https://github.com/a/b/"
             "issues/3)\n",
    "repositories": "# Machine Learning Papers\n\n## CNN\n"
                    "- [Deep Residual Learning Models](https://github.com/a/resnet)\n"
                    "- [Spatial Transformer Networks Library](https://github.com/a/stn)\n"
                    "- [Attention Is All You Need Implementation](https://github.com/a/tf)\n",
}


@pytest.mark.parametrize("name", sorted(NOT_PAPERS))
def test_linked_phrases_without_the_lists_word_stay_refused(name):
    with pytest.raises(ListError, match="no paper or dataset items recognised"):
        read_library(NOT_PAPERS[name], "list.md")


def test_the_verdict_is_the_lists_not_a_sections():
    # a section of linked phrases without evidence in a list whose other sections have it
    # stays out: it is that list's projects or notes, not its papers
    md = ("# Machine Learning Papers\n\n## Papers\n- [A Title of a Paper Here](https://arxiv.org"
          "/abs/2101.00001), ACL 2021\n- [Another Title of a Paper](https://arxiv.org/abs/2101."
          "00002), ACL 2021\n\n## Notes\n- [Deep Residual Learning for Image Recognition]("
          "https://github.com/a/b/issues/1)\n- [Spatial Transformer Networks](https://github."
          "com/a/b/issues/2)\n- [Attention Is All You Need](https://github.com/a/b/issues/3)\n")
    assert {section for _l, section, *_r in _read(md)} == {"Papers"}


def test_a_column_of_whole_items_is_read_as_items_are():
    # 209_windmissing_nlp_papers_zh lines 1-27: `|papter list|20%|40%|...|` (no title column
    # by its header) over one-column rows `|[2016 terryum] Title, G. Lample et al. [[pdf]](url)|`
    # and linkless `|[2020 ACL] Title||`: refused whole. The column's cells read as items are
    # papers by their own evidence (a title phrase with a year, a venue, authors); a tag's
    # words in lower case beside its year name no venue (the source list's maintainer)
    papers = _read("\n".join(_lines("209_windmissing_nlp_papers_zh")[:27]))
    assert papers[0] == (9, "命令体识别", "Neural Architectures for Named Entity Recognition",
                         "", 2016)
    assert papers[3] == (22, "问答系统QA和阅读理解MRC",
                         "Probabilistic Assumptions Matter: Improved Models for "
                         "Distantly-Supervised Document-Level Question Answering", "2020 ACL", 2020)
    assert len(papers) == 8


def test_a_column_of_undated_phrases_is_no_column_of_items():
    # a table of tools under a header naming no title column: phrases that describe software,
    # no year, venue, authors or paper link: no column of items (the one of papers is)
    tools = ("|tool list|notes|\n|---|---|\n"
             "|Industrial strength natural language processing in Python [site](https://spacy.io/"
             "usage)||\n|A Python package for many human languages [site](https://stanza.run/"
             "docs)||\n")
    papers = tools.replace(" [site]", ", ACL 2020. [site]")
    assert [item_column(t) for t in (_table(tools), _table(papers))] == [None, 0]


def _table(md: str) -> Table:
    return next(b for b in parse(md) if isinstance(b, Table))


def test_a_child_line_of_names_with_pdf_accents_is_the_items_fields():
    # 203_lirongwu_graph_self_supervised lines 8-17: `- GROC: Towards Robust Graph Contrastive
    # Learning.` over `  - N. Jovanovi´c, Z. Meng, L. Faber, and R. Wattenhofer. *Arxiv 2021*.
    # [[pdf]](url)`: the accent written before its letter (text copied from a PDF) kept the
    # names from reading as names, and the child line was imported as a paper titled
    # `N. Jovanovi´c`, the title line lost; the child is the title's fields line
    reading = read_library("\n".join(_lines("203_lirongwu_graph_self_supervised")[:17]),
                           "list.md")
    groc = next(e for e in reading.lib.entries if e.listings[0].line == 16)
    assert (groc.title, groc.venue_tag, groc.year) == (
        "GROC: Towards Robust Graph Contrastive Learning", "Arxiv 2021", 2021)
    assert [a.display for a in groc.authors] == ["N. Jovanović", "Z. Meng", "L. Faber",
                                                 "R. Wattenhofer"]
    assert len(reading.lib.entries) == 5


def test_a_spacing_accent_outside_a_name_is_left_alone():
    assert parse_authors("P. Veliˇckovi´c and P. Li` o")[0][1].display == "P. Liò"
    assert parse_authors("Don´t Stop Pretraining")[0] == []


def test_a_child_link_whose_label_repeats_under_the_papers_is_their_link():
    # 216_gxs16_reference_repo_zh lines 1-29: `* [(2019.05) Title](arxiv)` over `  * [Full
    # text](local.pdf)` and `  * [Notes](x.md)`: every `Full text` child was imported as a
    # paper titled `Full text` (precision 0.50); a label the list writes under several papers
    # is no title (two papers never share one): the local PDF is the paper's link
    reading = read_library("\n".join(_lines("216_gxs16_reference_repo_zh")[:29]), "list.md")
    assert [e.listings[0].line for e in reading.lib.entries] == [9, 14, 17, 20, 22, 25, 28]
    resnet = reading.lib.entries[-1]
    assert [lk.url for lk in resnet.links] == [
        "https://arxiv.org/abs/1512.03385",
        "DeepLearning/ComputerVision/FeatureExtractor/1512.03385.pdf"]
    assert any(s.line == 15 and "link of the paper above" in s.reason for s in reading.skipped)


def test_a_child_paper_named_once_stays_a_paper():
    # a paper written under another (a follow-up, its own title once): still a paper
    md = ("# Papers\n\n## Models\n\n* [Attention Is All You Need](https://arxiv.org/abs/1706.03762)"
          "\n  * [BERT](https://arxiv.org/abs/1810.04805)\n"
          "* [Deep Residual Learning for Image Recognition](https://arxiv.org/abs/1512.03385)\n"
          "  * [ResNeXt](https://arxiv.org/abs/1611.05431)\n")
    assert [title for _l, _s, title, _v, _y in _read(md)] == [
        "Attention Is All You Need", "BERT", "Deep Residual Learning for Image Recognition",
        "ResNeXt"]


def test_a_name_over_its_title_line_is_the_titles_label():
    # 207_chihming_network_embedding lines 1-24: `- **ATP**` / `  - ATP: Directed Graph
    # Embedding with Asymmetric Transitivity Preservation, AAAI'19` / `  - [[paper]](url)`:
    # the name was imported as the title on the name's line, the title line never read; the
    # title lives on the child line, counted there, with its venue and year
    papers = _read("\n".join(_lines("207_chihming_network_embedding")[:24]))
    assert papers[1] == (9, "Paper References with the implementation(s)",
                         "ATP: Directed Graph Embedding with Asymmetric Transitivity "
                         "Preservation", "AAAI 2019", 2019)
    assert [(line, title) for line, _s, title, _v, _y in papers][2:] == [
        (13, "Multi-scale Attributed Node Embedding"),
        (18, "Semi-Supervised Graph Classification: A Hierarchical Graph Perspective"),
        (22, "A Higher-Order Graph Convolutional Layer")]


def test_a_title_over_a_dated_note_keeps_its_title():
    # a title phrase over a child line that is a title phrase with a venue: the parent's
    # phrase is the title (only a name hands its title to the line under it)
    md = ("# Papers\n\n## Graphs\n\n- **Capsule Graph Neural Networks Revisited Here**\n"
          "  - Extended version of the workshop paper, ICLR 2019\n"
          "  - [[paper]](https://openreview.net/forum?id=Byl8BnRcYm)\n")
    assert [title for _l, _s, title, _v, _y in _read(md)] == [
        "Capsule Graph Neural Networks Revisited Here"]


def test_numbered_topic_bullets_of_a_list_without_headings_are_its_sections():
    # 215_terencewangh_detection_notes_zh: a setext `论文选读` list title, then `1. 目标检测部分`,
    # `1. 图像分割`, `1. 损失函数系列` numbered bullets over `* [SPP-Net](note.md) Title | **[ECCV'
    # 14]** | [[arXiv:id](url)]` items: every paper was put under the list title and titled by
    # the note link's name (`MultiBox`); the bullets name the topics as headings would, and a
    # linked name opening `|`-separated fields is their label
    papers = _read("\n".join(_lines("215_terencewangh_detection_notes_zh")))
    assert {section for _l, section, *_r in papers} == {"目标检测部分", "图像分割", "损失函数系列"}
    assert papers[0] == (5, "目标检测部分", "Scalable Object Detection using Deep Neural Networks",
                         "CVPR 2014", 2014)
    # the item linking only its note (a link no reader keeps) is a paper by its fields
    assert (18, "目标检测部分", "Contextual Priming and Feedback for Faster R-CNN", "ECCV 2016",
            2016) in papers
    assert papers[-1][:3] == (34, "损失函数系列", "Gradient Harmonized Single-stage Detector")


def test_topic_bullets_under_headings_stay_the_headings_notes():
    # under a heading, a topic bullet over papers sorts them; the heading is the section
    md = ("# Papers\n\n## Finance\n\n* Application\n"
          "  * [A Title of a Paper Here](https://arxiv.org/abs/2101.00001), ACL 2021\n"
          "  * [Another Title of a Paper](https://arxiv.org/abs/2101.00002), ACL 2021\n")
    assert {section for _l, section, *_r in _read(md)} == {"Finance"}


def test_an_item_is_judged_by_the_title_its_sections_template_reads():
    # 200_jindongwang_transfer_learning_zh lines 11-25: `- 2022 [Title](arxiv)` items and `-
    # 2022 [Transferability in Deep Learning: A Survey](paperswithcode)`: read item by item its
    # "title" was the year, no paper link: skipped as a name unlike the section's papers,
    # although the section's template (the link's text) titles it as it titles them
    # (the whole section: its first 25 lines read the item even without the template's title)
    read = [p[:3] for p in _read("\n".join(_lines("200_jindongwang_transfer_learning_zh")[:46]))]
    assert (25, "Survey", "Transferability in Deep Learning: A Survey") in read
    assert (45, "Survey", "A survey of transfer learning") in read


def test_a_papers_list_of_title_phrases_linking_its_own_notes_holds_papers():
    # the shape of 199 and 215 (a maintainer's notes on papers) with the notes kept in the
    # list's own repository (`notes/resnet.md`: a link no entry keeps) and the list's title
    # naming papers in Chinese: each item names one paper by its title; no link made up
    md = ("# 论文笔记\n\n## CV\n\n- [Deep Residual Learning for Image Recognition](notes/resnet.md)"
          "\n- [Attention Is All You Need](./notes/transformer.md)\n"
          "- [Spatial Transformer Networks](notes/stn.md)\n")
    reading = read_library(md, "list.md")
    assert [(e.title, e.links) for e in reading.lib.entries] == [
        ("Deep Residual Learning for Image Recognition", []),
        ("Attention Is All You Need", []), ("Spatial Transformer Networks", [])]
    # ... not when the title names no papers, nor for bare titles linking nothing
    for other in (md.replace("论文笔记", "学习笔记"), md.replace("](", "] (")):
        with pytest.raises(ListError, match="no paper or dataset items recognised"):
            read_library(other, "list.md")


def test_a_name_over_its_title_line_in_a_list_without_headings_is_no_topic():
    # 207's shape in a list whose only heading is its title: the name bullet's children are
    # its title line and its labelled links (`[[paper]]` names no paper of its own), not the
    # papers of a topic
    md = ("# Network Embedding\n\n- **ATP**\n  - ATP: Directed Graph Embedding with Asymmetric "
          "Transitivity Preservation, AAAI'19\n  - [[paper]](https://arxiv.org/abs/1811.00839)\n"
          "  - [[code]](https://github.com/zhenv5/atp)\n- **MUSAE**\n  - Multi-scale Attributed "
          "Node Embedding, ArXiv 2019\n  - [[paper]](https://arxiv.org/abs/1909.13021)\n")
    assert [(line, section, title) for line, section, title, _v, _y in _read(md)] == [
        (4, "Network Embedding",
         "ATP: Directed Graph Embedding with Asymmetric Transitivity Preservation"),
        (8, "Network Embedding", "Multi-scale Attributed Node Embedding")]


def test_anchors_of_one_notes_page_are_the_notes_on_different_papers():
    # 199 lines 12 and 19-21 link one notes page at four anchors (`..._NN_Note.md#ResNet`,
    # `#Convolutional_Neural_Networks_...`): one link, four titles was reported as a conflict
    # (a copy-paste error) on every import; the anchor names a place in the page
    from awesome_bib.importer.merge import conflicts

    reading = read_library("\n".join(_lines("199_yagami360_ml_papers_survey_ja")[:30]), "l.md")
    assert conflicts(reading.lib.entries, "l.md") == []
    assert paper_id("paper", "https://x.org/v.pdf#page=3") != paper_id(
        "paper", "https://x.org/v.pdf#page=9")
    assert paper_id("paper", "https://www.x.org/v.pdf/") == paper_id("paper", "https://x.org/v.pdf")


def test_a_labelled_phrase_linking_a_repository_itself_stays_a_tool():
    # the label is read off only for a link to a page (a note, an issue): a repository itself
    # is a tool's, whatever phrase names it
    md = ("# Papers\n\n## Detection\n\n- [Deep Residual Learning for Image Recognition](https://"
          "arxiv.org/abs/1512.03385), CVPR 2016\n- [Attention Is All You Need](https://arxiv.org/"
          "abs/1706.03762), NeurIPS 2017\n- [[PyTorch] Official implementation of ResNet models]("
          "https://github.com/a/resnet)\n")
    reading = read_library(md, "list.md")
    assert len(reading.lib.entries) == 2
    assert "repository" in next(s.reason for s in reading.skipped if s.line == 7)


def test_a_lists_one_heading_names_its_papers_too():
    # a notes list whose one heading is its title, the items right under it
    md = ("# Paper Notes\n\n- [Deep Residual Learning for Image Recognition](notes/resnet.md)\n"
          "- [Attention Is All You Need](notes/transformer.md)\n"
          "- [Spatial Transformer Networks](notes/stn.md)\n")
    assert len(read_library(md, "list.md").lib.entries) == 3
    with pytest.raises(ListError, match="no paper or dataset items recognised"):
        read_library(md.replace("# Paper Notes", "# Reading Notes"), "list.md")


@pytest.mark.parametrize("title, link", [
    ("# Paper Writing Tips", "tips/{}.md"),
    ("# Awesome Paper Tools", "https://github.com/someone/notes/issues/{}")])
def test_a_list_title_naming_another_kind_beside_paper_is_no_papers_list(title, link):
    # (review of round 12) the list's title names papers only as what its tips or tools are
    # about: title phrases linking its own pages are no papers there (both were imported)
    titles = ["How to Write a Good Research Paper", "Making Figures That Look Good in Print",
              "Choosing the Right Venue for Your Work", "Responding to Reviewers Calmly"]
    md = title + "\n\n" + "".join(f"- [{t}]({link.format(i)})\n" for i, t in enumerate(titles))
    with pytest.raises(ListError, match="no paper or dataset items recognised"):
        read_library(md, "list.md")
    # the same items under a title that names papers alone are read (the verdict is reached)
    assert len(read_library(md.replace(title, "# Paper Notes"), "list.md").lib.entries) == 4


def test_a_child_line_of_names_no_reader_reads_is_still_the_titles_fields_line():
    # 203's shape with names the name reader cannot read (written in Chinese): the child line
    # was imported as a paper titled by its names, the title line lost; its words before the
    # venue and year set off at its end are no title phrase: it is the title's fields line
    md = ("# Papers\n\n## Graphs\n\n- GCC: Graph Contrastive Coding for Graph Neural Network "
          "Pre-training.\n  - 张三, 李四, 王五. *KDD 2020*. [[pdf]](https://arxiv.org/pdf/2006."
          "09963.pdf)\n- GRACE: Deep Graph Contrastive Representation Learning.\n  - Another "
          "Paper Written As A Child. *Arxiv 2020*. [[pdf]](https://arxiv.org/pdf/2006.04131.pdf)"
          "\n")
    assert [(line, title, venue, year) for line, _s, title, venue, year in _read(md)] == [
        (5, "GCC: Graph Contrastive Coding for Graph Neural Network Pre-training", "KDD 2020",
         2020),
        # (a title phrase before the span is another paper's line: left as it was read)
        (8, "Another Paper Written As A Child", "Arxiv 2020", 2020)]


def test_a_short_title_written_as_the_lists_titles_are_is_one_of_them():
    # 199 line 46: `- [[WGAN] Wasserstein GAN](notes.md#WGAN)`, a two-word title, was skipped
    # as a name linked to its repository; in a list whose titles are its papers, an item
    # written as they are (its label, then its title, one link to a page in the repository)
    # is one of them
    papers = _read("\n".join(_lines("199_yagami360_ml_papers_survey_ja")))
    assert (46, "GANs", "Wasserstein GAN") in [p[:3] for p in papers]
    assert len(papers) == 21
