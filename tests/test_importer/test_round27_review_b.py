"""Issue 15, round 27, review b: readings added by import-dev59, import-dev60 and import-truth27
that misfired on ordinary lines of the next list (the reviewers' synthetic lines, in the shapes
the corpus's lists write). Each test fails on round27 at 16facec."""

from __future__ import annotations

from .conftest import papers_in, papers_with_authors

# A count closing a title in brackets (`(30 FPS)`, `(12 GB)`), two digits then a word: the
# shape of 607's year-first venue tags (`[(22 S&P) Title](pdf)`), but at the title's end
_COUNT_AT_TITLE_END = (
    "# Papers\n\n## Detection\n\n"
    "- [Real-Time Object Detection on Embedded Boards (30 FPS)]"
    "(https://arxiv.org/abs/1801.00001)\n"
    "- [Compressing Large Language Models Into Phones (12 GB)](https://arxiv.org/abs/1801.00002)\n"
    "- [Learning Dense Features for Matching Images](https://arxiv.org/abs/1801.00003)\n")


def test_a_count_closing_a_title_is_no_year_first_venue_tag() -> None:
    """import-dev59 read a bracketed tag of two digits and a word as a venue tag led by its
    year's two digits wherever a bracket was peeled, so `Title (30 FPS)` got the year 2030 and
    the venue `2030 FPS`, `Title (12 GB)` the year 2012 and the venue `2012 GB`. The tag
    stands before the title (`[(22 S&P) Title](pdf)`): only a leading bracket is read so."""
    papers = papers_in(_COUNT_AT_TITLE_END)
    assert papers["Real-Time Object Detection on Embedded Boards (30 FPS)"][:2] == (None, "")
    assert papers["Compressing Large Language Models Into Phones (12 GB)"][:2] == (None, "")


# Bold titles over field bullets, as the reviewers' `Autores:` lines of round 26: each paper's
# names under one label, its journal and year under another (a venue so dated)
_NAMES_AND_JOURNAL_LABELS = (
    "# Aprendizaje por refuerzo\n\n## Artículos\n\n"
    "**\"Playing Atari with Deep Reinforcement Learning\"**\n"
    "- Autores: Mnih et al. (DeepMind, 2013)\n"
    "- Revista: Nature (2013)\n"
    "- [Link al paper](https://arxiv.org/abs/1312.5602)\n\n"
    "**\"Human-level control through deep reinforcement learning\"**\n"
    "- Autores: Mnih, Kavukcuoglu (2015)\n"
    "- Revista: Nature (2015)\n"
    "- [Link al paper](https://www.nature.com/articles/nature14236)\n\n"
    "**\"Mastering the game of Go with deep neural networks and tree search\"**\n"
    "- Autores: Silver et al. (DeepMind, 2016)\n"
    "- Revista: Nature (2016)\n"
    "- [Link al paper](https://www.nature.com/articles/nature16961)\n")


def test_a_journal_dated_under_every_title_does_not_outvote_the_names_label() -> None:
    """import-truth27's `own_names_label` counted every one-word label before a value and a
    date in brackets, a journal's (`Revista: Nature (2015)`) as well as the names' (`Autores:
    Mnih et al. (2013)`): tied, neither was the list's label of its names, so every paper's
    own names were dropped as another work's. Only names as a list writes them are
    counted."""
    papers = papers_with_authors(_NAMES_AND_JOURNAL_LABELS)
    assert papers["Playing Atari with Deep Reinforcement Learning"] == (2013, "", ["Mnih"])
    assert papers["Human-level control through deep reinforcement learning"] \
        == (2015, "", ["Mnih", "Kavukcuoglu"])


# 597's records (bold title, italic names, a line before the labelled link, a date), where the
# line before the link names who wrote the paper, as records often do, not its journal
_AFFILIATION_BEFORE_LINK = (
    "# Generative AI in SHM\n\n## Survey\n\n"
    "**A literature review: Generative adversarial networks for civil structural health "
    "monitoring** \\\n"
    "*Furkan Luleci, F. Necati Catbas, Onur Avci* \\\n"
    "Stanford University [[Paper](https://www.frontiersin.org/articles/10.3389/"
    "fbuil.2022.1027379/full)] \\\n"
    "07 November 2022\n\n"
    "**Generative adversarial networks review in earthquake-related engineering fields** \\\n"
    "*Giuseppe Carlo Marano, Marco Martino Rosso, Angelo Aloisio* \\\n"
    "Google Research [[Paper](https://link.springer.com/article/10.1007/s10518-023-01645-7)]"
    " \\\n"
    "28 February 2023\n")


def test_an_affiliation_before_the_papers_link_is_no_venue() -> None:
    """import-dev59 read a record's line of capitalised words before a resource-labelled link
    as the venue (`Frontiers in Built Environment [[Paper](url)]`): an affiliation there
    (`Stanford University`, `Google Research`) became the paper's venue. A body's name is no
    venue unless a venue's word or the venue table says so (`Journal of Machine Learning
    Research`)."""
    papers = papers_in(_AFFILIATION_BEFORE_LINK)
    assert papers["A literature review: Generative adversarial networks for civil structural "
                  "health monitoring"][:2] == (2022, "")
    assert papers["Generative adversarial networks review in earthquake-related engineering "
                  "fields"][:2] == (2023, "")


# 612's link texts (`[Title, Econometrica, AH Land, AG Doig, 1960](pdf)`), where the word
# between the title and the names is the title's own last word after a comma
_PARTICIPLE_BEFORE_NAMES = (
    "# Classic papers\n\n## Search\n\n"
    "- [Robust Route Planning Under Uncertainty, Revisited, A. Kumar, B. Chen, 2021]"
    "(https://example.org/c.pdf)\n"
    "- [Planning as Satisfiability, Extended, H. Kautz, B. Selman, 1992]"
    "(https://example.org/d.pdf)\n")


def test_a_participle_ending_the_title_is_no_journal_before_the_names() -> None:
    """import-dev60 read one capitalised word between a link text's title and its run of
    names as the journal (`…, Econometrica, AH Land, AG Doig, 1960`): a title's last word
    after a comma (`Title, Revisited, A. Kumar, B. Chen, 2021`) became the venue `Revisited
    2021`, `Extended 1992`. A verb's participle is no journal's name."""
    papers = papers_in(_PARTICIPLE_BEFORE_NAMES)
    assert all(venue == "" for _, venue, _ in papers.values()), papers
