"""Review of stop 34: ordinary lines of other lists that satisfied the evidence of stop 34's
new readings while meaning something else. Each test holds the repro lines and says what
dev34 read wrong; each fails on dev34's code."""

from __future__ import annotations

from awesome_bib.importer import read_library

#: Linkless title-first citations as 683 writes them, so that a section of them is read.
_TITLE_FIRST = [
    "As We May Think, Vannevar Bush, The Atlantic Monthly, July 1945.",
    "The Computer for the 21st Century, Mark Weiser, Scientific American, September 1991, "
    "pp. 94 - 104.",
    "Interacting with paper on the DigitalDesk. Pierre Wellner, Communications of the ACM 36, "
    "7 (Jul. 1993), 87-96.",
]
#: Two linked papers, so that a section of one odd line is still a list of papers.
_LINKED = [
    "[Attention Is All You Need](https://arxiv.org/abs/1706.03762), NeurIPS 2017",
    "[BERT: Pre-training of Deep Bidirectional Transformers](https://arxiv.org/abs/1810.04805)"
    ", NAACL 2019",
]


def _read(text: str) -> dict[str, tuple[int | None, str, list[str]]]:
    """title -> (year, venue, family names) of every entry read from `text`."""
    reading = read_library(text, "L.md", None)
    return {e.title: (e.year, e.venue_tag, [a.family for a in e.authors])
            for e in reading.lib.entries}


def _list(*items: str) -> str:
    return "# Reading list\n\n## Readings\n\n" + "".join(f"- {line}\n" for line in items)


def _after_papers(*items: str) -> str:
    return "# Papers\n\n## Papers\n\n" + "".join(f"- {line}\n" for line in _LINKED) \
        + "\n## Reading\n\n" + "".join(f"- {line}\n" for line in items)


def test_a_middle_initials_stop_does_not_end_the_names_before_a_source():
    # `Christopher D. Manning`: `count_persons` refuses `Manning` (it ends as `Learning`
    # does), and `_names_end_inside` split the part at the middle initial's stop: dev34 read
    # the author "D Christopher" and the venue "Manning, Hinrich Schütze, MIT Press 1999"
    got = _read(_list(
        "Foundations of Statistical Natural Language Processing, Christopher D. Manning, "
        "Hinrich Schütze, MIT Press, 1999", *_TITLE_FIRST))
    year, venue, names = got["Foundations of Statistical Natural Language Processing"]
    assert "Manning" not in venue and "Christopher" not in names


def test_a_title_first_citations_title_does_not_take_in_its_first_author():
    # `Peter Sterling`, `Christopher Manning`: a first author `count_persons` refuses for
    # the family name's ending; dev34 ended the title after it at the next person and read
    # the title "Principles of Neural Design, Peter Sterling", its first author dropped
    got = _read(_list(
        "Principles of Neural Design, Peter Sterling, Simon Laughlin, MIT Press, 2015",
        "Introduction to Information Retrieval, Christopher D. Manning, Prabhakar Raghavan, "
        "Hinrich Schütze, Cambridge University Press, 2008", *_TITLE_FIRST))
    assert "Principles of Neural Design" in got
    assert "Introduction to Information Retrieval" in got
    assert not any("Sterling" in title or "Manning" in title for title in got)


def test_a_resource_label_with_a_year_after_the_title_names_no_author():
    # `[Video (2016)](url)`, `[Code (2016)](url)`: the label's word reads as a family name
    # to `author_year_label`; dev34 gave the papers the authors "Video" and "Code"
    got = _read(_after_papers(
        "Deep Residual Learning for Image Recognition. [Paper (2016)]"
        "(https://arxiv.org/abs/1512.03385).",
        "Identity Mappings in Deep Residual Networks. [Code (2016)]"
        "(https://github.com/KaimingHe/resnet-1k-layers).",
        "Quicksort. [Hoare (1962)](https://dl.acm.org/doi/pdf/10.5555/63445.C1104357)."))
    assert got["Deep Residual Learning for Image Recognition"][2] == []
    assert got["Identity Mappings in Deep Residual Networks"][2] == []
    assert got["Quicksort"] == (1962, "", ["Hoare"])


def test_a_work_cited_in_the_note_after_the_title_dates_nothing():
    # `Title. See also [Hinton and Salakhutdinov (2006)](url).`: another paper, cited in a
    # sentence of the note; dev34 gave the item that paper's year and authors
    got = _read(_after_papers(
        "Reducing the Dimensionality of Data. See also [Hinton and Salakhutdinov (2006)]"
        "(https://www.science.org/doi/10.1126/science.1127647)."))
    for year, _venue, names in got.values():
        assert year != 2006 and "Hinton" not in names


def test_a_models_name_and_number_after_the_title_is_no_journals_volume():
    # `Title. GPT 3 (2020)`: `journal_closing` read a volume alone with the year after it as
    # a journal's; dev34 read the venue "GPT 2020", "Llama 2024" (669's volume alone is an
    # abbreviated name's: `F1000Res. 9, (2020)`)
    got = _read(_after_papers(
        "Language Models are Few-Shot Learners. GPT 3 (2020) "
        "[pdf](https://arxiv.org/abs/2005.14165)",
        "The Llama 3 Herd of Models. Llama 3 (2024) [pdf](https://arxiv.org/abs/2407.21783)"))
    assert not any(venue.startswith(("GPT", "Llama")) for _y, venue, _n in got.values())


def test_two_words_joined_by_and_in_a_link_are_no_authors_without_the_names_stop():
    # `[Docker and Kubernetes](url) Complete Guide`: `names_label` read any "X and Y" label
    # as two family names (`Code and Data`, `Papers and Code` on 26 lists' links); dev34
    # read the authors Docker and Kubernetes (692's label closes its names: `Korthauer and
    # Irizarry.`)
    got = _read(_after_papers(
        "[Docker and Kubernetes](https://www.udemy.com/course/docker-kubernetes/) Complete "
        "Guide for Beginners",
        "[Black and White](https://arxiv.org/abs/1603.08511) Image Colorization with Deep "
        "Networks"))
    assert not any({"Docker", "Black"} & set(names) for _y, _v, names in got.values())
