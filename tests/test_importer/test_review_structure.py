"""Reviewer's hostile inputs against the importer's structure code (what is an item, where it
belongs): each test fails on the code before its fix."""

from __future__ import annotations

import importlib

import pytest

from awesome_bib.importer import read_library

_collect = importlib.import_module("awesome_bib.importer.collect")


def _papers(md: str):
    reading = read_library(md, "list.md")
    return [e for e in reading.lib.entries if e.kind == "paper"]


def _paragraph_list(projects: int) -> str:
    parts = ["# List\n\n## Papers\n"]
    parts += [f"Paper Number {i} On Learning Systems  \nProject: https://arxiv.org/abs/2101.0000{i}\n"
              for i in range(3)]
    parts += [f"Project Number {i} Of Some Things  \nProject: https://example.org/p{i}\n"
              for i in range(projects)]
    return "\n".join(parts)


def test_paragraph_items_count_their_section_once_not_per_paragraph(monkeypatch):
    # /tmp/rv/p3000.md: 3,000 project paragraphs beside 3 papers of the same shape; each skipped
    # paragraph rescanned every item comparing headings (8.4M comparisons, 3.3 s). Counted, not
    # timed: the comparisons must grow no faster than the paragraphs.
    calls = []
    original = _collect._Head.__eq__

    def counting(self, other):
        calls.append(1)
        return original(self, other)

    monkeypatch.setattr(_collect._Head, "__eq__", counting)
    papers = _papers(_paragraph_list(300))
    assert len(papers) == 3
    assert len(calls) < 300


def _year_of(md: str) -> dict[str, int | None]:
    return {e.title: e.year for e in _papers(md)}


def test_a_heading_that_only_mentions_a_year_dates_nothing():
    # /tmp/rv/h3.md: `## Updated 2024` gave 2024 to every undated paper under it, VGG's
    # arXiv:1409.1556 included
    years = _year_of("# L\n\n## Updated 2024\n\n"
                     "- [Some Older Paper About Convolutional Networks]"
                     "(https://arxiv.org/abs/1409.1556)\n"
                     "- [Another Classic Paper About Dropout Regularization]"
                     "(https://www.cs.toronto.edu/~hinton/absps/JMLRdropout.pdf)\n")
    assert years == {"Some Older Paper About Convolutional Networks": None,
                     "Another Classic Paper About Dropout Regularization": None}


def test_a_year_heading_dates_its_papers_unless_their_arxiv_id_was_posted_later():
    # `## 2018` and `## Year 2025` (lists 43 and 19) date the papers under them; a paper
    # cannot appear before its preprint, so an id first posted in 2020 keeps no 2018
    md = ("# L\n\n## 2018\n\n"
          "- [A Paper Posted Before Its Heading Year](https://arxiv.org/abs/1711.00001)\n"
          "- [A Paper Posted After Its Heading Year](https://arxiv.org/abs/2005.11111)\n\n"
          "## Year 2025\n\n- [A Paper Of The Year Heading](https://example.org/paper.pdf)\n")
    assert _year_of(md) == {"A Paper Posted Before Its Heading Year": 2018,
                            "A Paper Posted After Its Heading Year": None,
                            "A Paper Of The Year Heading": 2025}


def test_numbered_references_ended_by_br_tags_are_one_item_each():
    # /tmp/rv/h5.md: `<br>` then a newline ends each reference; the empty lines between
    # defeated the one-reference-per-source-line check and one entry carried both arXiv ids
    md = ("# L\n\n## Papers\n\n"
          "[1] Ann Lee, Bob Ross. Painting Happy Little Trees With Neural Networks. CVPR 2019."
          " [paper](https://arxiv.org/abs/1901.00001)<br>\n"
          "[2] Carl Sagan, Neil Tyson. A Cosmos Of Transformers For Everyone. NeurIPS 2020."
          " [paper](https://arxiv.org/abs/2001.00005)<br>\n"
          "[3] Dan Brown. Codes And Ciphers In Language Models. ACL 2021."
          " [paper](https://arxiv.org/abs/2101.00009)\n")
    papers = _papers(md)
    assert [(e.title, e.listings[0].line) for e in papers] == [
        ("Painting Happy Little Trees With Neural Networks", 5),
        ("A Cosmos Of Transformers For Everyone", 6),
        ("Codes And Ciphers In Language Models", 7)]
    assert [[lk.url for lk in e.links if "arxiv" in lk.url] for e in papers] == [
        ["https://arxiv.org/abs/1901.00001"], ["https://arxiv.org/abs/2001.00005"],
        ["https://arxiv.org/abs/2101.00009"]]


_CITED = ("- John Smith, Jane Doe. Maintaining Awesome Graph Lists Together. {v}, 2019.\n"
          "- Alan Turing, Bob Marley. Curating the Graph Paper List Since Then. {v}, 2020.\n"
          "- Ada Lovelace, Charles Babbage. Contributing Guidelines For This Repository."
          " {v}, 2021.\n")
_LINKED = ("# L\n\n## Papers\n\n- [Graph Attention Networks](https://arxiv.org/abs/1710.10903)"
           " - Petar Velickovic, Guillem Cucurull. ICLR 2018.\n\n")


@pytest.mark.parametrize("heading", ["Maintainers", "Curated By"])
def test_citations_of_the_repository_itself_are_not_a_section_of_papers(heading):
    # /tmp/rv/h2.md: three linkless citations whose venue is `GitHub` under `## Maintainers`
    # became papers: the heading is about the repository, and `GitHub` names software
    md = _LINKED + f"## {heading}\n\n" + _CITED.format(v="GitHub")
    assert [e.title for e in _papers(md)] == ["Graph Attention Networks"]


def test_the_same_citations_naming_a_paper_venue_are_papers():
    # the rule reads the items' own venues, not the heading's words alone
    md = _LINKED + "## Curated By\n\n" + _CITED.format(v="ICML")
    assert len(_papers(md)) == 4


def test_a_title_labelled_slides_whose_link_is_an_acl_anthology_paper_is_the_paper():
    # evidence.links_say_post tested arXiv and DOI links but not the ACL Anthology, as every
    # other "is this link the paper's own identifier" test did: one test now (identifier_link)
    md = ("# L\n\n## Papers\n\n- [Graph Attention Networks](https://arxiv.org/abs/1710.10903)\n"
          "- [Unsupervised Discourse Constituency Parsing (Slides)]"
          "(https://aclanthology.org/2020.tacl-1.14/)\n")
    assert [e.title for e in _papers(md)] == [
        "Graph Attention Networks", "Unsupervised Discourse Constituency Parsing (Slides)"]
