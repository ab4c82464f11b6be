"""Issue 15, round 15, `import-dev19` on the twenty-third held-out set (lists 277-288,
tests/corpus/, provenance in SOURCES.md): real lines of those lists, each read by one general
reading."""

from __future__ import annotations

from awesome_bib.importer import read_library


def _papers(md: str) -> dict[str, tuple[int | None, str, list[str]]]:
    """title -> (year, venue tag, authors' family names) of each paper the list imports."""
    return {e.title: (e.year, e.venue_tag, [a.family for a in e.authors])
            for e in read_library(md, "list.md").lib.entries}


_TABLE_288 = (
    "# AI for Crystal Materials\n\n## Property Prediction\n\n"
    "|Method         |           Paper            |\n"
    "|----------------|-------------------------------|\n"
    "|SchNet|    Schnet: A continuous-filter convolutional neural network for modeling quantum "
    "interactions (NeurIPS2017) [[**Paper**](https://proceedings.neurips.cc/paper/2017/hash/"
    "303ed4c69846ab36c2904d3ba8573050-Abstract.html)][[**Code**](https://github.com/"
    "atomistic-machine-learning/schnetpack)]       |         \n"
    "|CGCNN          |    Crystal graph convolutional neural networks for an accurate and "
    "interpretable prediction of material properties (Physical Review Letters, 2018) "
    "[[**Paper**](https://journals.aps.org/prl/abstract/10.1103/PhysRevLett.120.145301)]"
    "[[**Code**](https://github.com/txie-93/cgcnn)]        |     \n"
    "|ETGNN          | A general tensor prediction framework based on graph neural networks "
    "(The Journal of Physical Chemistry Letters, 2023) [[**Paper**](https://pubs.acs.org/doi/"
    "abs/10.1021/acs.jpclett.3c01200)]     | \n")


def test_table_title_cell_with_venue_and_resource_links():
    """List 288: a title cell `Title (NeurIPS2017) [[**Paper**](url)][[**Code**](url)]` beside a
    method-name column is read as an item is: the parenthesised venue and year are fields, the
    brackets the links leave are nothing (before: `Title (NeurIPS2017) [][]` was the title)."""
    papers = _papers(_TABLE_288)
    assert papers["Schnet: A continuous-filter convolutional neural network for modeling "
                  "quantum interactions"][:2] == (2017, "NeurIPS2017")
    assert papers["A general tensor prediction framework based on graph neural networks"] \
        == (2023, "The Journal of Physical Chemistry Letters 2023", [])


def test_a_journal_name_in_parentheses_is_no_author():
    """`(Physical Review Letters, 2018)`: capitalised words before a year read as one person,
    but a journal's words (`Letters`, `Physics`, `Review`) name a venue; a person's name and a
    year stay an author-year citation."""
    papers = _papers(_TABLE_288)
    title = ("Crystal graph convolutional neural networks for an accurate and interpretable "
             "prediction of material properties")
    assert papers[title] == (2018, "Physical Review Letters 2018", [])
    md = ("# L\n\n## P\n\n"
          "- Deep learning of representations for unsupervised transfer (Yoshua Bengio, 2012) "
          "[[pdf](https://proceedings.mlr.press/v27/bengio12a.html)]\n"
          "- Crystal graph convolutional neural networks for material properties (Physical "
          "Review Letters, 2018) [[pdf](https://journals.aps.org/prl/abstract/10.1103/"
          "PhysRevLett.120.145301)]\n")
    papers = _papers(md)
    assert papers["Deep learning of representations for unsupervised transfer"][2] == ["Bengio"]
    assert papers["Crystal graph convolutional neural networks for material properties"] \
        == (2018, "Physical Review Letters 2018", [])
