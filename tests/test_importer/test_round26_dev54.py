"""Issue 15, round 26, `import-dev54` on lists 566, 568, 570, 574, 575 and 576 (the
forty-seventh held-out set, tests/corpus/, provenance in SOURCES.md): real lines of those lists,
each read by one general reading."""

from __future__ import annotations

from .conftest import papers_in, papers_with_authors

# List 570: a Jekyll post of numbered MLA citations as Google Scholar writes them, titles wrapped
# over lines as reference-style links, the URLs after the list
_MLA_LOG = (
    "## 366 Papers for 2016 Part 5\n\n"
    "53. **Nov 20** Zikmund-Fisher, Brian J. [\"When 'Actionable' Genomic Sequencing\n"
    "    Results Cannot be Acted Upon.\"][nov20zik] *JAMA oncology* (2016).\n"
    "52. **Nov 20** Zhang, Jun, and F. Yu Kai. [\"What's the relative risk?: A method\n"
    "    of correcting the odds ratio in cohort studies of common\n"
    "    outcomes.\"][nov20zhang] *JAMA* 280.19 (1998): 1690-1691.\n"
    "51. **Nov 20** Mende, Daniel R., et al. [\"proGenomes: a resource for consistent\n"
    "    functional and taxonomic annotations of prokaryotic genomes.\"][nov20mende]\n"
    "    *Nucleic Acids Research* (2016): gkw989.\n"
    "46. **Nov 07** D'Souza, Glen, and Christian Kost. [\"Experimental evolution of\n"
    "    metabolic dependency in bacteria.\"][nov07glen] *PLoS Genetics* (2016).\n\n"
    "[nov20zik]: https://doi.org/10.1001/jamaoncol.2016.3283\n"
    "[nov20zhang]: https://doi.org/10.1001/jama.280.19.1690\n"
    "[nov20mende]: https://doi.org/10.1093/nar/gkw989\n"
    "[nov07glen]: https://doi.org/10.1371/journal.pgen.1006364\n")


def test_an_italic_journal_between_the_titles_link_and_its_bracketed_year_is_the_venue():
    """570: `Names. ["Title."][ref] *JAMA oncology* (2016).` (before: the year read, the venue
    empty: with no volume after it, `*JAMA oncology*`, `*PLoS Genetics*` and `*Nucleic Acids
    Research* (2016): gkw989` were no journal to `journal_volume`, which finds a journal's
    start by its capitalised words). MLA, as Google Scholar exports it, sets the container in
    italics right after the title and before its year in brackets: the emphasis says where
    the journal's name starts and ends, lower-cased words and all (`JAMA oncology`)."""
    papers = papers_in(_MLA_LOG)
    assert papers["When 'Actionable' Genomic Sequencing Results Cannot be Acted Upon"][:2] == (
        2016, "JAMA oncology 2016")
    assert papers["Experimental evolution of metabolic dependency in bacteria"][:2] == (
        2016, "PLoS Genetics 2016")
    assert papers["proGenomes: a resource for consistent functional and taxonomic annotations "
                  "of prokaryotic genomes"][:2] == (2016, "Nucleic Acids Research 2016")
    # (a journal with its volume was read before, and still is)
    assert papers["What's the relative risk?: A method of correcting the odds ratio in cohort "
                  "studies of common outcomes"][:2] == (1998, "JAMA 1998")


# List 575: software bullets `- [Tool](repo) - [R] - description`, some naming their paper by
# its title as a link inside the description, or as the whole description
_TOOLS = (
    "# awesome-single-cell\n\n### Gene regulatory network identification\n\n"
    "- [Dictys](https://github.com/pinellolab/dictys) - [Python] - Dictys reconstructs and "
    "analyzes context specific and dynamic Gene Regulatory Networks from scRNA-seq and "
    "scATAC-seq datasets. [Dictys: dynamic gene regulatory network dissects developmental "
    "continuum with single-cell multi-omics](https://doi.org/10.1101/2022.09.14.508036)\n"
    "- [SCENIC](https://github.com/aertslab/SCENIC) - [R] - SCENIC is an R package to infer "
    "Gene Regulatory Networks and cell types from single-cell RNA-seq data. [SCENIC: "
    "single-cell regulatory network inference and clustering](https://www.nature.com/articles/"
    "nmeth.4463)\n"
    "- [SINCERITIES](https://github.com/CABSEL/SINCERITIES) - [R/Matlab] - [Inferring gene "
    "regulatory networks from time-stamped single cell transcriptional expression profiles]"
    "(https://academic.oup.com/bioinformatics/article/34/2/258/4158033)\n\n"
    "### Marker and differential gene expression identification\n\n"
    "- [Phenotype Cover](https://github.com/euxhenh/phenotype-cover) - [Python] - Provides two "
    "algorithms for marker selection (G-PC, CEM-PC) introduced in [Multiset multicover methods "
    "for discriminative marker selection](https://www.cell.com/cell-reports-methods/fulltext/"
    "S2667-2375(22)00236-1).\n"
    "- [SCDE](https://github.com/hms-dbmi/scde) - [R] - Differential expression using error "
    "models and overdispersion-based identification of important gene sets.\n")
# ... and lines of other lists where a later link names another work, inside a sentence
_OTHER_WORKS = (
    "## Models\n\n"
    "* [BioBERT](https://github.com/naver/biobert-pretrained) - [paper](https://arxiv.org/abs/"
    "1901.08746) - [code](https://github.com/dmis-lab/biobert) - A PubMed and PubMed "
    "Central-trained version of the [BERT language model](https://arxiv.org/abs/1810.04805).\n"
    "* [SciBERT](https://github.com/allenai/scibert) - [paper](https://arxiv.org/abs/1903.10676)"
    " - A BERT model trained on >1M papers from the Semantic Scholar database.\n")


def test_a_tool_named_before_one_paper_link_standing_as_its_own_field_is_that_paper():
    """575: `- [SCENIC](github) - [R] - SCENIC is an R package … [SCENIC: single-cell
    regulatory network inference and clustering](nature.com/articles/…)` (before: the item
    titled `SCENIC`, the tool's name; the paper's title, the only title phrase on the line,
    lost). A name linking its code whose line links ONE paper's page (a publisher's, a
    preprint server's) under a title phrase that stands as a sentence or field of its own
    (after a stop or a separator) or after words saying where a work was published
    (`introduced in`) names the paper the tool is published in, as a later link after
    `paper` did already (`items._named_work`); a phrase inside a sentence (`a version of the
    [BERT language model](arxiv)`) names another work, and a line with its own
    `[paper](arxiv)` is titled as before."""
    papers = papers_in(_TOOLS)
    assert set(papers) == {
        "Dictys: dynamic gene regulatory network dissects developmental continuum with "
        "single-cell multi-omics",
        "SCENIC: single-cell regulatory network inference and clustering",
        "Inferring gene regulatory networks from time-stamped single cell transcriptional "
        "expression profiles",
        "Multiset multicover methods for discriminative marker selection"}
    assert "BERT language model" not in papers_in(_OTHER_WORKS)


_DIMENSION_REDUCTION = (
    "# awesome-single-cell\n\n### Dimension reduction\n\n"
    "- [destiny](http://bioconductor.org/packages/destiny/) - [R] - Diffusion maps are spectral "
    "method for non-linear dimension reduction introduced by Coifman et al.(2005). Diffusion "
    "maps are based on a distance metric (diffusion distance) which is conceptually relevant "
    "to how differentiating cells follow developmental pathways.\n"
    "- [scvis](https://bitbucket.org/jerry00/scvis-dev) - [python] - [Interpretable "
    "dimensionality reduction of single cell transcriptome data with deep generative models]"
    "(https://doi.org/10.1101/178624)\n"
    "- [SWNE](https://github.com/yanwu2014/swne) - [R] - [Visualizing single-cell RNA-seq "
    "datasets with Similarity Weighted Nonnegative Embedding (SWNE)](https://www.biorxiv.org/"
    "content/early/2018/03/05/276261)\n"
    "- [ZIFA](https://github.com/epierson9/ZIFA) - [Python] - Zero-inflated dimensionality "
    "reduction algorithm for single-cell data.\n")


def test_a_name_that_names_its_paper_is_written_as_its_tool_siblings_are():
    """575: `- [destiny](bioconductor) - [R] - Diffusion maps … introduced by Coifman et
    al.(2005). …` beside `- [scvis](bitbucket) - [python] - [Title](doi)` (before: destiny
    imported as a paper dated 2005, the year of a reference in its description: only destiny
    and ZIFA counted as a name and a description, two of four, not most of the heading). A
    name whose line names its paper is written as its siblings are, a name and what it is:
    counted with them, the heading is one of named things, and a name linking no paper
    (destiny, ZIFA) is a tool; the names that link their paper stay, titled by it."""
    papers = papers_in(_DIMENSION_REDUCTION)
    assert set(papers) == {
        "Interpretable dimensionality reduction of single cell transcriptome data with deep "
        "generative models",
        "Visualizing single-cell RNA-seq datasets with Similarity Weighted Nonnegative "
        "Embedding"}


# List 566: `- **Name**: Title [paper](url), [code](url)` bullets, one linked through short links
_FOUNDATION = (
    "# awesome-single-cell-foundation\n\n## Foundation Model\n\n"
    "- **scGPT**: Towards Building a Foundation Model for Single-Cell Multi-omics Using "
    "Generative AI [paper](https://www.biorxiv.org/content/10.1101/2023.04.30.538439v1), "
    "[code](https://github.com/bowang-lab/scGPT)\n\n"
    "- **tGPT**: Generative pretraining from large-scale transcriptomes for single-cell "
    "deciphering [paper](https://www.sciencedirect.com/science/article/pii/S2589004223006132), "
    "[code](https://github.com/deeplearningplus/tGPT)\n\n"
    "- **scTranslator**: Training on large-scale RNA data to impute protein abundance "
    "[paper](https://t.co/DHRtCmzaGK), [code](https://t.co/TC0OCOc0q7)\n")


def test_a_link_labelled_paper_as_its_siblings_papers_are_is_a_papers_link_wherever_it_points():
    """566: `- **scTranslator**: Title [paper](https://t.co/…), [code](https://t.co/…)` (before:
    skipped as `a name and a description (a tool, dataset or system)`: under a heading of
    names and descriptions only an item linking a paper's page stays, and a short link's host
    says nothing). Where the heading's links labelled `paper` go to papers' pages, a sibling's
    link so labelled is its paper's too, wherever it points (not a code host's link)."""
    papers = papers_in(_FOUNDATION)
    assert "Training on large-scale RNA data to impute protein abundance" in papers
    assert len(papers) == 3


# List 574: `### [N. Title](doi), Venue *(date)*` headings over bold field paragraphs
_DATED_HEADINGS = (
    "## 📑 Papers (Chronological Order)\n\n"
    "### [413. Flow matching for accelerated simulation of atomic transport in crystalline "
    "materials](https://doi.org/10.1038/s42256-025-01125-4), Nature Machine Intelligence "
    "*(October 16, 2025)*\n\n\n"
    "**Authors:** Juno Nam, Sulin Liu, Gavin Winter, KyuJung Jun, Soojung Yang, Rafael "
    "Gómez-Bombarelli\n\n**Pages:** 1-11\n\n---\n\n"
    "### [410. A deep single cell mass cytometry approach to capture canonical and noncanonical "
    "cell cycle states](https://doi.org/10.1038/s41467-025-63883-4), Nature Communications "
    "*(October 03, 2025)*\n\n\n"
    "**Authors:** Meelad Amouzgar, Patricia Favaro, Daniel Ho, Trevor Bruce, Sean C. Bendall\n\n"
    "**Pages:** 8821\n\n---\n")


def test_a_date_to_its_day_in_brackets_is_no_venue_and_the_journal_before_it_is_no_person():
    """574: `### [413. Title](doi), Nature Machine Intelligence *(October 16, 2025)*` (before:
    the date read as the venue, `October 16 2025`, and the journal as one person, family name
    `Intelligence`: a field from the wrong place). A date to its day in brackets says when,
    never where; the words before it are the venue when the venue table knows them or they
    hold a venue's word (`Communications`), the rule one "person" before a bracketed year is
    already read by."""
    papers = papers_with_authors(_DATED_HEADINGS)
    assert papers["Flow matching for accelerated simulation of atomic transport in crystalline "
                  "materials"][:2] == (2025, "Nature Machine Intelligence 2025")
    assert papers["A deep single cell mass cytometry approach to capture canonical and "
                  "noncanonical cell cycle states"][:2] == (2025, "Nature Communications 2025")
    assert "Intelligence" not in papers["Flow matching for accelerated simulation of atomic "
                                        "transport in crystalline materials"][2]
