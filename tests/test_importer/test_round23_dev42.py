"""Issue 15, round 23, `import-dev42` on lists 499-504 (the forty-first held-out set's second
half, tests/corpus/, provenance in SOURCES.md): real lines of those lists, each read by one
general reading."""

from __future__ import annotations

from .conftest import papers_in

# List 503's journal club: one citation paragraph per meeting date under `## Archive`, the
# first linkless (a book chapter), as written
_JOURNAL_CLUB = (
    "+++\ndate = \"2020-03-26\"\ndraft = false\ntitle = \"Language Dynamics Journal Club\"\n"
    "+++\n\n"
    "Archive of papers read in a (very) approximately fortnightly reading group devoted to the "
    "study of language variation and change from an interdisciplinary perspective.\n\n\n"
    "## Archive\n\n### 11/03/2021\n\n"
    "McElreath, R. (2020) The Golem of Prague. In *Statistical rethinking: a Bayesian course "
    "with examples in R and Stan* (2nd ed.), 1--18. Boca Raton, FL: CRC Press.\n\n"
    "### 18/02/2021\n\n"
    "Daniels, D., Barth, D. & Barth, W. (2019) Subgrouping the Sogeram languages: a critical "
    "appraisal of Historical Glottometry. *Journal of Historical Linguistics*, 9, 92--127. "
    "<https://doi.org/10.1075/jhl.17011.dan>\n\n"
    "### 16/12/2020\n\n"
    "Beck, C. (2020) DiaSense at SemEval-2020 Task 1: Modeling sense change via pre-trained BERT "
    "embeddings. In A. Herbelot et al. (eds.), *Proceedings of the Fourteenth Workshop on "
    "Semantic Evaluation*, 50--58. Barcelona: International Committee for Computational "
    "Linguistics. <https://www.aclweb.org/anthology/2020.semeval-1.4>\n\n"
    "### 23/04/2020\n\n"
    "Gray, R. & Atkinson, Q. (2003) Language-tree divergence times support the Anatolian theory "
    "of Indo-European origin. *Nature*, 426, 435--439. <https://doi.org/10.1038/nature02029>\n\n"
    "Further reading:\n\n"
    "* Huelsenbeck, J. P. & Ronquist, F. (2001) MRBAYES: Bayesian inference on phylogenetic "
    "trees. *Bioinformatics*, 17(8), 754--755. <https://doi.org/10.1093/bioinformatics/17.8.754>"
    "\n")


def test_a_heading_dated_to_the_day_is_a_date_never_a_topic():
    """503: `### 18/02/2021` dates a meeting of a reading group, not the papers read there
    (2019, 2003): before, each such heading whose paper stated another year was read as a
    section of its own, and the linkless chapter under the first one, alone under its "topic",
    was dropped. A date to the day names no topic, whatever year its papers state: every date
    heading is a year heading, all papers are the `## Archive` title's, and the chapter stands
    beside the linked citations written as it is."""
    papers = papers_in(_JOURNAL_CLUB)
    assert {section for _, _, section in papers.values()} == {"Archive"}
    assert papers["The Golem of Prague"][:2] == (2020, "")
    assert papers["Subgrouping the Sogeram languages: a critical appraisal of Historical "
                  "Glottometry"][:2] == (2019, "Journal of Historical Linguistics 2019")
    assert len(papers) == 5


# List 499's course readings: whole citations as link texts under `#####` and week headings,
# and a `## Books` section whose `### ESLII` subsection is the anchor of one book, as written
_READINGS = (
    "+++\ndate = '2025-08-01'\ndraft = false\ntitle = 'Readings'\n+++\n\n"
    "## Readings\n\n### Foundations\n\n#### Week 36\n\n##### Papers – Capabilities\n\n"
    "- [Mitchell, M., 2023. AI’s challenge of understanding the world. *Science*, 382(6671), "
    "eadm8175.](https://doi.org/10.1126/science.adm8175)\n"
    "- [Mitchell, M., 2024. The metaphors of artificial intelligence. *Science*, 386(6723), "
    "eadt6140.](https://doi.org/10.1126/science.adt6140)\n\n"
    "##### Papers with Case Studies (revisited in Session 8 and 9)\n\n"
    "- [Brynjolfsson, E., Li, D. and Raymond, L., 2025. Generative AI at Work. *Quarterly Journal "
    "of Economics*, 140(2), pp.889–942.](https://doi.org/10.1093/qje/qjae044)\n\n"
    "### Econ ML\n\n#### Week 46\n\nCausal trees and forests\n\n"
    "- [Athey, S., Tibshirani, J. and Wager, S., 2019. Generalized random forests. The Annals of "
    "Statistics, 47(2), pp.1148-1178.](https://doi.org/10.1214/18-AOS1709)\n"
    "- [Athey, S. and Wager, S., 2019. Estimating treatment effects with causal forests: An "
    "application. Observational studies, 5(2), pp.37-51.](https://doi.org/10.1353/obs.2019.0001)"
    "\n\n"
    "## Books\n\n"
    "- Angrist, J. D., and Pischke, J. S. (2008). Mostly harmless econometrics: An empiricist's "
    "companion. Princeton university press.\n\n"
    "### ESLII\n\n"
    "- ESLII: [Hastie, T., Tibshirani, R. and Friedman, J., 2009. The elements of statistical "
    "learning. Spring Series in Statistics](https://link.springer.com/content/pdf/10.1007/"
    "978-0-387-84858-7.pdf)\n")

# List 496's `## Books`: a book linked by its DOI, no authors read (`edited by`), as written
_BOOKS = (
    "# Awesome Computational Social Science\n\n## Books\n\n"
    "- [Social Phenomena: From Data Analysis to Models](https://doi.org/10.1007/978-3-319-14011-7)"
    ", edited by Bruno Gonçalves, Nicola Perra (2015)\n\n"
    "## Selected Papers\n\n"
    "- [Life in the network: the coming age of computational social science](https://doi.org/"
    "10.1126/science.1167742) by Lazer et al. (2009)\n")


def test_a_books_headings_subsection_and_a_whole_books_doi_hold_books():
    """499: `## Books` > `### ESLII` (a book's anchor, naming no kind of item) holds a book,
    as its parent does, and its link is a whole book's DOI (an ISBN after the prefix, no
    chapter after it): before, ESL was imported from its untitled subsection, and that made
    `###` the list's section level, every paper filed under `### Foundations` or `### Econ
    ML` instead of the `#####` and week headings that hold them. 496: a DOI link is a paper
    link, but not a book's DOI (before: `Social Phenomena` imported from `## Books`)."""
    papers = papers_in(_READINGS)
    assert "The elements of statistical learning" not in papers
    assert papers["The metaphors of artificial intelligence"][2] == "Papers – Capabilities"
    assert papers["Generalized random forests"][2] == "Week 46"
    assert set(papers_in(_BOOKS)) == {
        "Life in the network: the coming age of computational social science"}


# List 499's `#### Week 37`: a software's tutorial beside a paper of week 47, as written
_TUTORIAL = (
    "## Readings\n\n### Foundations\n\n#### Week 37\n\n"
    "- Michael A. Nielsen, \"Neural Networks and Deep Learning\", Determination Press, 2015\n"
    "  - Available online [here](http://neuralnetworksanddeeplearning.com/)\n"
    "- [A Gentle Introduction to torch.autograd](https://docs.pytorch.org/tutorials/beginner/"
    "blitz/autograd_tutorial.html)\n\n"
    "#### Week 47\n\n"
    "- [An Introduction to Double/Debiased Machine Learning](https://arxiv.org/abs/2504.08324)\n")


def test_a_softwares_documentation_page_is_no_paper():
    """499: `[A Gentle Introduction to torch.autograd](docs.pytorch.org/tutorials/…)` names no
    venue, year or authors and links only a software project's documentation (a `docs.` host):
    a manual's page, as a post is (before: imported as a paper beside the week's citation);
    the arXiv paper stays."""
    papers = papers_in(_TUTORIAL)
    assert "A Gentle Introduction to torch.autograd" not in papers
    assert "An Introduction to Double/Debiased Machine Learning" in papers


# List 504's last sections: a competition beside the papers, as written
_ESSAY_SCORING = (
    "# Automatic Text Scoring\n\n# Paper List\n## review\n"
    "- [Automated language essay scoring systems: a literature review, 2019](https://peerj.com/"
    "articles/cs-208/#)\n"
    "- [Automated Essay Scoring: A Survey of the State of the Art, ICJAI 2019](https://www.ijcai"
    ".org/proceedings/2019/879)\n\n"
    "## DL method\n### 2016\n"
    "- [A Neural Approach to Automated Essay Scoring, EMNLP 2016](https://www.aclweb.org/"
    "anthology/D16-1193/)\n\n\n"
    "# Relevant Information\n## Competition\n"
    "- [The Hewlett Foundation: Automated Essay Scoring, Kaggle 2012](https://www.kaggle.com/c/"
    "asap-aes/overview)\n")


def test_a_competitions_heading_holds_contests_not_papers():
    """504: under `## Competition`, `[The Hewlett Foundation: Automated Essay Scoring, Kaggle
    2012](kaggle.com/c/…)` is a contest's page, written as the papers are (a title, a
    "venue" and a year): its link says so (`core.identifiers.contest_page`; before: imported,
    venue `Kaggle`). (Round 23 first read every `Competition` heading as one of events; the
    lead moved the evidence to the link: papers about contests are listed under such headings.)"""
    assert set(papers_in(_ESSAY_SCORING)) == {
        "Automated language essay scoring systems: a literature review",
        "Automated Essay Scoring: A Survey of the State of the Art",
        "A Neural Approach to Automated Essay Scoring"}
