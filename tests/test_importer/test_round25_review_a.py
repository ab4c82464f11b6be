"""Round 25 review (a): readings of import-dev49 and import-dev52 that misfired on ordinary
lines of other lists, one test per misfire (each fails on 1402a35)."""

from __future__ import annotations

from awesome_bib.importer import read_library

from .conftest import papers_in, papers_with_authors

_HEAD = "# Awesome X\n\n## Papers\n\n"


def test_tags_before_a_cited_link_are_no_inverted_names():
    """dev49's bibliography entry (`Bush, Vannevar [As We May Think, The Atlantic (1945)](url)`)
    rests on two capitalised words around a comma before the link: a list's tags there
    (`CVPR, Oral`, `Graph, Survey`, `` `Vision`, `Language` ``) were read as an author
    (family `CVPR`, given `Oral`). Tags in code spans, acronyms, topic words and label words
    name no person."""
    papers = papers_with_authors(_HEAD + (
        "- CVPR, Oral [Deep Residual Learning for Image Recognition, CVPR 2016]"
        "(https://arxiv.org/abs/1512.03385)\n"
        "- Graph, Survey [A Comprehensive Survey on Graph Neural Networks, IEEE TNNLS 2020]"
        "(https://arxiv.org/abs/1901.00596)\n"
        "- `Vision`, `Language` [Learning Transferable Visual Models From Natural Language "
        "Supervision, ICML 2021](https://arxiv.org/abs/2103.00020)\n"))
    assert papers["Deep Residual Learning for Image Recognition"] == (2016, "CVPR 2016", [])
    assert papers["A Comprehensive Survey on Graph Neural Networks"][2] == []
    assert papers["Learning Transferable Visual Models From Natural Language Supervision"][2] \
        == []


def test_a_title_opening_with_this_paper_is_still_a_title():
    """dev49's unnamed work (`[This paper from Hongfang Liu's group at Mayo Clinic](url)
    demonstrates …`) rests on a demonstrative and a kind of work at the link text's start:
    real titles so open (`This paper had the smartest reviewers -- Flattery detection …`,
    Interspeech 2022; `These Papers Are Not Alike: …`) and were dropped. A reference in a
    sentence writes the kind in lower case and ends there or goes on with a preposition."""
    papers = papers_in(_HEAD + (
        "- [This paper had the smartest reviewers -- Flattery detection utilising an "
        "audio-textual transformer-based approach](https://www.isca-archive.org/"
        "interspeech_2022/gupta22_interspeech.pdf)\n"
        "- [These Papers Are Not Alike: Measuring Similarity of Scientific Text]"
        "(https://example.org/y.pdf)\n"
        "- [Deep Residual Learning for Image Recognition](https://arxiv.org/abs/1512.03385)\n"
        "- [This paper from Hongfang Liu's group at Mayo Clinic](https://www.sciencedirect.com/"
        "science/article/pii/S1532046418301825) demonstrates how embeddings help.\n"))
    assert "These Papers Are Not Alike: Measuring Similarity of Scientific Text" in papers
    assert any(t.startswith("This paper had the smartest reviewers") for t in papers)
    assert "This paper from Hongfang Liu's group at Mayo Clinic" not in papers


def test_a_survey_linked_to_its_awesome_repository_is_a_paper():
    """dev49's other curated list (`[Awesome AI-based Protein Design](github.com/opendilab/
    awesome-…)`) rests on the repository's name alone: a survey's title over its companion
    list (`[A Survey on Large Language Models for Code Generation](github.com/…/awesome-code-
    llm)`), as surveys publish them, was dropped. The list is skipped when its title names a
    list (`awesome`, or the repository's name)."""
    papers = papers_in(_HEAD + (
        "- [A Survey on Large Language Models for Code Generation]"
        "(https://github.com/juyongjiang/awesome-code-llm)\n"
        "- [Graph Prompt Learning: A Comprehensive Survey and Beyond]"
        "(https://github.com/WxxShirley/Awesome-Graph-Prompt)\n"
        "- [Deep Residual Learning for Image Recognition](https://arxiv.org/abs/1512.03385)\n"
        "- [Awesome AI-based Protein Design](https://github.com/opendilab/"
        "awesome-AI-based-protein-design) - This is a collection of research papers.\n"
        "- [Awesome-Code-LLM](https://github.com/juyongjiang/awesome-code-llm)\n"))
    assert "A Survey on Large Language Models for Code Generation" in papers
    assert "Graph Prompt Learning: A Comprehensive Survey and Beyond" in papers
    assert "Awesome AI-based Protein Design" not in papers
    assert "Awesome-Code-LLM" not in papers


def test_an_apa_month_date_yields_to_the_source_written_after_the_link():
    """dev52's APA date (`Names (2013, October). [Title](url).`) kept the month date as the
    venue before the source after the link was read: `In Proceedings of EMNLP 2014.` and
    `In Proceedings of the 26th International Conference on …` gave the venue `2014,
    October`. The date stays only when no source is written."""
    lib = read_library(_HEAD + (
        "- Mikolov, T., & Dean, J. (2013, October). [Distributed representations of words and "
        "phrases](https://example.org/b.pdf). In Proceedings of the 26th International "
        "Conference on Neural Information Processing Systems (pp. 3111-3119).\n"
        "- Kim, Y. (2014, October). [Convolutional neural networks for sentence "
        "classification](https://example.org/c.pdf). In *Proceedings of EMNLP 2014*.\n"
        "- Gil, Alex. (2015, May 21). [The User, the Learner and the Machines We Make]"
        "(https://example.org/gil)\n"), "list.md").lib
    venues = {e.title: e.venue_tag for e in lib.entries}
    assert venues["Distributed representations of words and phrases"] == (
        "International Conference on Neural Information Processing Systems 2013")
    assert venues["Convolutional neural networks for sentence classification"] == (
        "Proceedings of EMNLP 2014")
