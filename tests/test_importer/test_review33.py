"""Review 33: where a declared or an induced template fired on weak evidence (lines written
as real awesome lists write their timelines, news and preambles)."""

from __future__ import annotations

from pathlib import Path

import pytest

from awesome_bib.errors import ListError
from awesome_bib.importer import read_library
from awesome_bib.importer.template import compile_template

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
#: A section of papers that links them, so that a list is not refused whole.
PAPERS = ("\n## Papers\n\n"
          "- [Attention Is All You Need](https://arxiv.org/abs/1706.03762), NeurIPS 2017\n")


def _titles(text: str, pattern: str | None = None) -> list[tuple[int, str]]:
    declared = {"*": compile_template(pattern)} if pattern else None
    reading = read_library(text, "L.md", declared)
    return [(li.line, e.title) for e in reading.lib.entries for li in e.listings[:1]]


def test_a_timeline_of_dated_events_is_no_template_of_papers():
    # `- 1958: Event` under `## Timeline` of a list titled `Awesome ... Papers`: a year first,
    # before a colon, dates an event as a timeline or a list's highlights write it; the list's
    # title naming papers says nothing of what this section holds
    for heading, lines in (
            ("Timeline", ("1958: Rosenblatt introduces the perceptron model",
                          "1986: Rumelhart, Hinton and Williams popularise backpropagation",
                          "1997: Hochreiter and Schmidhuber propose the LSTM",
                          "2012: AlexNet wins the ImageNet competition by a large margin")),
            ("Highlights", ("2023: Segment Anything changed how we think about segmentation",
                            "2022: Diffusion models overtook GANs on image synthesis benchmarks",
                            "2021: Vision transformers matched convolutional networks at scale",
                            "2020: Contrastive learning closed the gap to supervised training"))):
        text = f"# Awesome Deep Learning Papers\n\n## {heading}\n\n" \
            + "".join(f"- {line}\n" for line in lines) + PAPERS
        assert _titles(text) == [(12, "Attention Is All You Need")], heading


def test_a_dated_line_under_a_heading_of_papers_is_still_read():
    # the same lines under a heading that names papers, or a decade's heading under one
    lines = ("- [x] 1983: Neuronlike adaptive elements that can solve learning control problems\n"
             "- [x] 1984: Temporal credit assignment in reinforcement learning\n"
             "- [x] 1988: Learning to predict by the methods of temporal differences\n")
    for head in ("# Notes\n\n## Papers\n\n", "# Papers\n\n## 1980s\n\n"):
        assert [line for line, _t in _titles(head + lines)] == [5, 6, 7], head


def test_first_person_news_written_as_venue_and_year_is_no_paper():
    # `- CVPR 2023: Our paper on ... was accepted`: news of the list's authors, not a paper
    text = ("# Awesome Vision Papers\n\n## Announcements\n\n"
            "- CVPR 2023: Our paper on open-vocabulary segmentation was accepted\n"
            "- ICCV 2023: We will present the benchmark at the workshop\n"
            "- NeurIPS 2023: Two of our papers on diffusion models accepted as spotlight\n"
            "- AAAI 2024: The tutorial on vision language models is online for us\n") + PAPERS
    assert _titles(text) == [(12, "Attention Is All You Need")]


def test_a_declared_template_does_not_take_the_lists_preamble_for_a_paper():
    # prose under the list's title, before its first section, introduces the list; that one
    # sentence of it ends in `, 2024` is no paper under `{title}, {year}`
    text = ("# Awesome Graph Learning Papers\n\n"
            "This list is maintained by the Graph Learning Group, Tsinghua University, 2024.\n\n"
            "## Papers\n\n"
            "Semi-Supervised Classification with Graph Convolutional Networks, 2017\n\n"
            "Inductive Representation Learning on Large Graphs, 2017\n")
    assert _titles(text, "{title}, {year}") == [
        (7, "Semi-Supervised Classification with Graph Convolutional Networks"),
        (9, "Inductive Representation Learning on Large Graphs")]


def test_the_notes_under_a_paper_that_links_itself_are_not_papers_of_their_own():
    # a paper that links its arXiv record, and under it the list's notes on it: a talk, its
    # slides, a blog post, its code. Fitting the declared template makes them no papers: the
    # item over them is the paper, and they are its notes
    text = (
        "# Awesome Graph Papers\n\n## Node classification\n\n"
        "- [Semi-Supervised Classification with Graph Convolutional Networks]"
        "(https://arxiv.org/abs/1609.02907), ICLR 2017\n"
        "  - Presented at the reading group by Alice and Bob, Spring 2021\n"
        "  - Slides of the talk on spectral graph convolutions (2019)\n"
        "  - Blog post explaining the renormalisation trick in detail (2018)\n"
        "  - Keynote by Thomas Kipf on graph neural networks, NeurIPS 2019\n"
        "- [Graph Attention Networks](https://arxiv.org/abs/1710.10903), ICLR 2018\n"
        "  - Video: Petar Velickovic explains attention on graphs (2018)\n"
        "  - Code: official TensorFlow implementation of the model (2018)\n")
    assert _titles(text, "{title}, {venue} {year}") == [
        (5, "Semi-Supervised Classification with Graph Convolutional Networks"),
        (10, "Graph Attention Networks")]
    # (a template the papers do not fit, only their notes: nothing is read, and said so)
    with pytest.raises(ListError):
        _titles(text, "{title} ({year})")


#: A list whose tools and books are written as its papers are: names, title, venue, year.
CITED_KINDS = """# Awesome Graph Papers

## Papers

- Thomas Kipf, Max Welling. Semi-Supervised Classification with Graph Convolutional Networks. ICLR, 2017.
- William Hamilton, Rex Ying, Jure Leskovec. Inductive Representation Learning on Large Graphs. NeurIPS, 2017.

## Books

- William Hamilton, Joelle Pineau. Graph Representation Learning. Morgan and Claypool, 2020.
- Yao Ma, Jiliang Tang. Deep Learning on Graphs. Cambridge University Press, 2021.

## Tools

- Matthias Fey, Jan Lenssen. PyTorch Geometric library for graph deep learning. GitHub, 2019.
- Minjie Wang, Zheng Zhang. Deep Graph Library for graph neural networks. PyPI, 2019.
"""  # noqa: E501


def test_a_template_of_the_lists_papers_makes_no_tool_or_book_written_alike_a_paper():
    # declared for every section (`*`), the template says how the papers are written, not
    # that the tools and books written alike are papers; induced, the same
    assert [line for line, _t in _titles(CITED_KINDS, "{authors}. {title}. {venue}, {year}.")] \
        == [5, 6]
    # (with nothing declared, the two papers are too few to induce a template from alone)
    assert not {15, 16} & {line for line, _t in _titles(CITED_KINDS + PAPERS)}


def test_a_declared_template_reads_no_tool_that_links_only_its_code():
    text = ("# Awesome Graph Papers\n\n## Papers\n\n"
            "- [Semi-Supervised Classification with Graph Convolutional Networks]"
            "(https://arxiv.org/abs/1609.02907)\n"
            "- [Graph Attention Networks for node classification]"
            "(https://arxiv.org/abs/1710.10903)\n\n## Tools\n\n"
            "- [PyTorch Geometric library for graph deep learning]"
            "(https://github.com/pyg-team/pytorch_geometric)\n"
            "- [Deep Graph Library for graph neural networks](https://github.com/dmlc/dgl)\n")
    assert [line for line, _t in _titles(text, "[{title}]({url})")] == [5, 6]


def test_an_induced_title_is_not_cut_at_an_abbreviations_stop():
    # 483_mhagiwara_must_read_nlp's shape, `* Names: Title, 1998.`, read by the template its
    # linkless items share; `vs.` inside the title ends no sentence (`Combining Labeled Data
    # vs` was the title)
    lines = (CORPUS / "483_mhagiwara_must_read_nlp.md").read_text(encoding="utf-8") \
        .split("\n")[:16]
    lines[4] = "* Avrim Blum and Tom Mitchell: Combining Labeled Data vs. Unlabeled Data in " \
        "Co-Training, 1998."
    assert _titles("\n".join(lines) + "\n")[0] == (
        5, "Combining Labeled Data vs. Unlabeled Data in Co-Training")


def test_two_surnames_in_a_declared_authors_field_are_two_persons():
    # `Kipf, Welling. Title. ICLR, 2017.`: only an author-date reference (`{authors}. {year}.`)
    # writes its first author inverted alone (`Alves, Daniel. 2014.`); here they are two
    text = ("# Awesome Graph Papers\n\n## Papers\n\n"
            "- Kipf, Welling. Semi-Supervised Classification with Graph Convolutional "
            "Networks. ICLR, 2017.\n"
            "- Hamilton, Ying. Inductive Representation Learning on Large Graphs. NeurIPS, "
            "2017.\n")
    reading = read_library(text, "L.md", {"*": compile_template(
        "{authors}. {title}. {venue}, {year}.")})
    assert [[a.family for a in e.authors] for e in reading.lib.entries] == [
        ["Kipf", "Welling"], ["Hamilton", "Ying"]]
