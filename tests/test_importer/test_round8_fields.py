"""Where the title sits among an item's fields (issue 15, round 8): real lines of lists 97-120
(tests/corpus/, provenance in SOURCES.md "Eighth held-out set" and "Ninth held-out set"), one
test per mechanism."""

from __future__ import annotations

from awesome_bib.importer import read_library


def _papers(md: str) -> dict[str, tuple[str, int | None, list[str]]]:
    reading = read_library(md, "list.md")
    return {e.title: (e.venue_tag, e.year, [a.family for a in e.authors])
            for e in reading.lib.entries if e.kind == "paper"}


def test_the_title_is_the_pipe_field_most_items_write_a_phrase_in():
    """List 120: `+ 2019 | Title | Authors, et al. | arXiv | [PDF](url)`: the whole line stood
    in the title. The section's items say which field is which (the year first, the phrase
    second, the names third, the venue fourth), and every item is read so, a two-word title
    too."""
    papers = _papers(
        "# L\n\n### Surveys\n"
        "+ 2019 | AutoML: A Survey of the State-of-the-Art | Xin He, et al. | arXiv | "
        "[`PDF`](https://arxiv.org/pdf/1908.00709.pdf)\n"
        "+ 2020 | On Hyperparameter Optimization of Machine Learning Algorithms: Theory and "
        "Practice | Li Yang, et al. | Neurocomputing | [`PDF`](https://arxiv.org/pdf/2007.15745.pdf)\n"
        "+ 2020 | Automated Machine Learning--a brief review at the end of the early years | "
        "Escalante, H. J. | arXiv | [`PDF`](https://arxiv.org/pdf/2008.08516.pdf)\n"
        "+ 2002 | Evolving Neural Networks through Augmenting Topologies | Kenneth O.Stanley, "
        "Risto Miikkulainen | Evolutionary Computation | "
        "[`PDF`](http://nn.cs.utexas.edu/downloads/papers/stanley.ec02.pdf)\n"
        "+ 2016 | Network Morphism | Tao Wei, et al. | ICML | "
        "[`PDF`](https://arxiv.org/pdf/1603.01670.pdf)\n")
    assert papers["AutoML: A Survey of the State-of-the-Art"] == ("arXiv 2019", 2019, ["He"])
    assert papers["On Hyperparameter Optimization of Machine Learning Algorithms: Theory and "
                  "Practice"][:2] == ("Neurocomputing 2020", 2020)
    assert papers["Automated Machine Learning--a brief review at the end of the early years"] \
        == ("arXiv 2020", 2020, ["Escalante"])
    assert papers["Evolving Neural Networks through Augmenting Topologies"][:2] == \
        ("Evolutionary Computation 2002", 2002)
    assert papers["Network Morphism"] == ("ICML 2016", 2016, ["Wei"])
