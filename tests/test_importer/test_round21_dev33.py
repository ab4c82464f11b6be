"""Issue 15, round 21, `import-dev33` on the thirty-seventh held-out set (lists 445-450,
tests/corpus/, provenance in SOURCES.md): real lines of those lists, each read by one general
reading."""

from __future__ import annotations

from .conftest import papers_in, papers_with_authors

# List 448's linked reading notes, as written
_PIPED_NOTES = (
    "# COVID19\n"
    "- A metabolic handbook for the COVID-19 pandemic [paper](https://www.nature.com/articles/"
    "s42255-020-0237-2)\n"
    "- A time-resolved proteomic and prognostic map of COVID-19 | Cell Systems, 2021 | [paper]"
    "(https://www.cell.com/cell-systems/fulltext/S2405-4712(21)00160-5)\n"
    "- \n"
    "# Molecular Biology\n"
    "- Deep computational analysis details dysregulation of eukaryotic translation initiation "
    "complex eIF4F in human cancers | Cell Systems, 2021 | [paper](https://www.sciencedirect."
    "com/science/article/abs/pii/S2405471221002520?via%3Dihub)\n")


def test_a_journal_and_year_after_a_pipe_are_no_title_words():
    """448: `- Title | Cell Systems, 2021 | [paper](url)`: the pipe separates the title from
    its journal and year (before: `Title | Cell Systems, 2021` read as the title, no year)."""
    papers = papers_in(_PIPED_NOTES)
    assert papers["A time-resolved proteomic and prognostic map of COVID-19"][:2] == (
        2021, "Cell Systems 2021")
    assert papers["Deep computational analysis details dysregulation of eukaryotic translation "
                  "initiation complex eIF4F in human cancers"][:2] == (2021, "Cell Systems 2021")
    assert papers["A metabolic handbook for the COVID-19 pandemic"][:2] == (None, "")



# List 450's dataset papers under `### Name | Venue Year` headings, as written
_PIPED_HEADINGS = (
    "# connectomic-paper-datasets\n"
    "Collection of connectomic papers and datasets.\n\n"
    "## Dataset Papers\n"
    "### H01 | preprint\n"
    "- **A connectomic study of a petascale fragment of human cerebral cortex**\n"
    "[[Paper](https://www.biorxiv.org/content/10.1101/2021.05.29.446289v4)]\n"
    "[[Dataset](https://h01-release.storage.googleapis.com/data.html)]\n\n"
    "### Open Organelle | Nature 2021\n"
    "- **Whole-cell organelle segmentation in volume electron microscopy**\n"
    "[[Paper](https://www.nature.com/articles/s41586-021-03977-3)]\n"
    "[[Dataset](https://openorganelle.janelia.org/)]\n\n"
    "### FlyWire | Nature methods 2022\n"
    "- **FlyWire: online community for whole-brain connectomics**\n"
    "[[Paper](https://www.nature.com/articles/s41592-021-01330-0.pdf)]\n"
    "[[Website](https://flywire.ai/)]\n\n"
    "## Algorithm Papers -- Segmentation\n"
    "### FFN | Nature Methods 2018\n"
    "- **High-precision automated reconstruction of neurons with flood-filling networks** "
    "[[paper](https://www.nature.com/articles/s41592-018-0049-4)]\n\n"
    "### LSD | Nature Methods 2022\n"
    "- **Local shape descriptors for neuron segmentation** [[paper](https://www.nature.com/"
    "articles/s41592-022-01711-z)]\n")


def test_a_headings_last_pipe_field_is_its_papers_venue_and_year():
    """450: `### FFN | Nature Methods 2018` over `- **Title** [[paper](url)]`: the heading's
    last `|` field is where its paper appeared, beside siblings written alike (`### H01 |
    preprint` names none: its paper gets none). Before: no venue or year on any."""
    papers = papers_in(_PIPED_HEADINGS)
    assert papers["Whole-cell organelle segmentation in volume electron microscopy"][:2] == (
        2021, "Nature 2021")
    assert papers["FlyWire: online community for whole-brain connectomics"][:2] == (
        2022, "Nature methods 2022")
    assert papers["High-precision automated reconstruction of neurons with flood-filling "
                  "networks"][:2] == (2018, "Nature Methods 2018")
    assert papers["A connectomic study of a petascale fragment of human cerebral cortex"][:2] \
        == (None, "")


# List 449's labelled links, wrapped over two source lines as written
_LABELLED_LINKS = (
    "# metagenomic analysis\n\n"
    "## Metabolic network modeling\n\n"
    "* [review paper: Reconstructing organisms in silico: genome-scale models and their \n"
    "  emerging applications](https://www.nature.com/articles/s41579-020-00440-4),\n"
    "  review on overrall development of genome-scale models and their applications,\n"
    "  and the emerging areas in genome-scale modeling of microbioal phenotypes.\n"
    "* [review paper: Current status and applications of genome-scale metabolic \n"
    "  models](https://doi.org/10.1186/s13059-019-1730-3)\n"
    "* [paper: CoBAMP: a Python framework for metabolic pathway analysis in \n"
    "  constraint-based models](https://doi.org/10.1093/bioinformatics/btz598).\n"
    "  [software: CoBAMP](https://github.com/BioSystemsUM/cobamp). \n"
    "* [paper, algorithm: Ecology-guided prediction of cross-feeding interactions \n"
    "  in the human gut microbiome](https://www.nature.com/articles/s41467-021-21586-6),\n"
    "  GutCP:  a new ecology-guided method to infer and predict cross-feeding interactions \n"
    "  in the human gut microbiome.\n")


def test_a_lower_case_paper_label_inside_the_link_text_is_no_title_word():
    """449: `[paper: Title](doi)`, `[review paper: Title](doi)`, `[paper, algorithm: Title]
    (url)`: the label before the colon is the writer's, no word of the title (before: kept);
    a title's own name before a colon stays (`CoBAMP: a Python framework ...`)."""
    assert set(papers_in(_LABELLED_LINKS)) == {
        "Reconstructing organisms in silico: genome-scale models and their emerging "
        "applications",
        "Current status and applications of genome-scale metabolic models",
        "CoBAMP: a Python framework for metabolic pathway analysis in constraint-based models",
        "Ecology-guided prediction of cross-feeding interactions in the human gut microbiome"}


# List 447's model names before citation-key links, their Japanese notes below, as written
_KEYED_NAMES = (
    "化合物のDeep learning機械学習手法全般。\n\n"
    "## Classification / Regression\n\n"
    "### Graph Convolution系\n"
    "* kCON [[Chen+2018]](https://pubs.acs.org/doi/10.1021/acs.jctc.8b00149)\n"
    "  * 予測対象：量子化学計算による原子単位に定義される値（雑）\n"
    "* Chemi-Net [[Liu+2019]](https://www.mdpi.com/1422-0067/20/14/3389)\n"
    "  * Graph convolution：InceptionとWeave moduleを参考にしたとのこと（4.2節）\n"
    "  * 予測対象：Solubility, Bioavailabilityなど、薬剤化合物のADME特性\n"
    "  * マルチタスク学習 ☑\n")


def test_a_citation_key_as_link_text_dates_the_item():
    """447: `* kCON [[Chen+2018]](doi)`: the link's text is a citation key, its first author
    and year (before: no year)."""
    papers = papers_with_authors(_KEYED_NAMES)
    assert papers["kCON"] == (2018, "", ["Chen"])
    assert papers["Chemi-Net"] == (2019, "", ["Liu"])


def test_a_linkless_item_written_as_the_lists_piped_papers_is_a_paper():
    """448: `- Title | Nature Communications, 2021` with no link, where the list's linked
    papers are written `- Title | Cell Systems, 2021 | [paper](url)`: a paper written as they
    are (before: left out, `no link`); a bare title (`Comparative Methylome Analyses ...`)
    and a note bullet stay out."""
    papers = papers_in(
        _PIPED_NOTES + "\n# Evolutionary Biology\n"
        "- Sequencing the chimpanzee genome: insights into human evolution and disease | "
        "Nature Review Genetics\n"
        "- Comparative Methylome Analyses Identify Epigenetic Regulatory Loci of Human Brain "
        "Evolution \n"
        "- Evolution of DNA methylation in the human brain | Nature Communications, 2021\n"
        "  - cell-type DNA methylation difference can extend to whole gene\n"
        "  - species- and cell-type specific DNA methylation changes\n")
    assert papers["Evolution of DNA methylation in the human brain"] == (
        2021, "Nature Communications 2021", "Evolutionary Biology")
    assert len(papers) == 4
