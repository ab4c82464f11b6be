"""Round 25's second review (import-dev50, import-dev51, lead25): readings that misfired on
ordinary lines of other lists. Each test fails on round 25's merged code (1402a35)."""

from __future__ import annotations

from tests.test_importer.conftest import papers_in, papers_with_authors

_CAPITAL_SURNAMES = (
    "# Papers\n\n## Vision\n\n"
    "- [Deep Residual Learning for Image Recognition](https://arxiv.org/abs/1512.03385)\n"
    "  - Authors: Kaiming HE, Xiangyu ZHANG, Shaoqing REN, Jian SUN\n"
    "- [Neural Codes for Image Retrieval](https://arxiv.org/abs/1404.1777)\n"
    "  - Authors: Thompson CP, Hughes MA\n")


def test_surnames_written_in_capitals_are_no_vancouver_initials() -> None:
    """dev50's Vancouver reading of an authors field (most names end in two or three capitals:
    `Surname INITIALS`) swapped `Kaiming HE, …, Jian SUN`: the family names `HE`, `REN`, `SUN`
    written in capitals were read as initials, the given names as the family names. A list
    that writes a surname in capitals writes longer ones too (`ZHANG`), and initials hold a
    group with no vowel (`CP`); Vancouver names (`Thompson CP`) are still turned round."""
    papers = papers_with_authors(_CAPITAL_SURNAMES)
    assert papers["Deep Residual Learning for Image Recognition"][2] \
        == ["HE", "ZHANG", "REN", "SUN"]
    assert papers["Neural Codes for Image Retrieval"][2] == ["Thompson", "Hughes"]


_TUTORIAL_PAPER = (
    "# Awesome Photonics\n\n## Papers\n\n"
    "- [Tutorial: Integrated-photonic switching structures]"
    "(https://pubs.aip.org/aip/app/article-pdf/3/2/021101/tutorial.pdf) - Richard Soref, 2018\n"
    "- [Silicon photonics for telecommunications and biomedicine]"
    "(https://www.crcpress.com/silicon-photonics/p/book/9781439806371) - Sasan Fathpour, 2011\n"
    "- [Video: Introduction to Silicon Photonics](https://www.example.org/photonics/intro)\n")


def test_a_paper_titled_tutorial_is_no_talk() -> None:
    """dev51's title label of a kind (`Slides: …`, `Video: …`) took `Tutorial:` for a talk's
    (TALK_WORDS holds `tutorial`) and dropped a journal's tutorial paper with its author and
    year (J. Appl. Phys. and APL Photonics title papers `Tutorial: …`). A kind of written work
    (`WORK_KINDS`) labels no talk; `Video: …` still does."""
    papers = papers_in(_TUTORIAL_PAPER)
    assert papers["Tutorial: Integrated-photonic switching structures"][0] == 2018
    assert "Video: Introduction to Silicon Photonics" not in papers


_EDITION_NOTE = (
    "# Awesome Accelerators\n\n## Papers\n\n"
    "- **MICRO2022**\n"
    "  - **Sparseloop: An Analytical Approach To Sparse Tensor Accelerator Modeling**\n"
    "  - [SATO: Spiking Neural Network Acceleration via Temporal-Oriented Dataflow]"
    "(https://ieeexplore.ieee.org/document/9923812)\n"
    "- **HPCA2023**\n"
    "  - Best paper candidates announced in the program\n"
    "  - [Flexagon: A Multi-Dataflow Sparse-Sparse Matrix Multiplication Accelerator]"
    "(https://arxiv.org/abs/2301.10852)\n")


def test_a_plain_note_under_a_venue_edition_is_no_paper() -> None:
    """dev50's edition bullet (`- **HPCA2023**` over its papers) took any linkless line under
    it that read as a phrase for a paper of that edition: the note `Best paper candidates
    announced in the program` was imported as an HPCA 2023 paper with no link. A linkless
    title there is one set off in bold, as the list writes its titles (`**Sparseloop: …**`)."""
    papers = papers_in(_EDITION_NOTE)
    assert "Best paper candidates announced in the program" not in papers
    assert papers["Flexagon: A Multi-Dataflow Sparse-Sparse Matrix Multiplication Accelerator"][
        :2] == (2023, "HPCA")


_BOLD_TITLES_OVER_LINKS = (
    "# Awesome Deep RL\n\n## Deep Q-Learning\n\n"
    "**Playing Atari with Deep Reinforcement Learning**\n"
    "- [Paper](https://arxiv.org/abs/1312.5602)\n\n"
    "**Human-level control through deep reinforcement learning**\n"
    "- [Paper](https://www.nature.com/articles/nature14236)\n\n"
    "**Dopamine: a research framework for deep RL**\n"
    "- [Code](https://github.com/google/dopamine)\n\n"
    "**Deep RL explained in our blog series**\n"
    "- [Paper reading notes](https://medium.com/foo/deep-rl-notes)\n")


def test_a_bold_line_over_a_code_or_post_link_is_no_paper() -> None:
    """dev51's linked label under a bold title line (`**"Title"**` over `- [Link al
    paper](url)`) took any short link text for the title's paper link: a framework over its
    repository (`- [Code](github)`) and a blog series over a Medium post were imported as
    papers. The link is the title's paper link only when it goes to no code or post site and
    its label or its URL names a paper."""
    papers = papers_in(_BOLD_TITLES_OVER_LINKS)
    assert "Dopamine: a research framework for deep RL" not in papers
    assert "Deep RL explained in our blog series" not in papers
    assert "Playing Atari with Deep Reinforcement Learning" in papers
    assert "Human-level control through deep reinforcement learning" in papers


_NAMED_BENCHMARKS = (
    "# Awesome Legal NLP\n\n## Benchmarks\n\n"
    "- **CaseHOLD**: When Does Pretraining Help? Assessing Self-Supervised Learning for Law and "
    "the CaseHOLD Dataset. [Paper](https://arxiv.org/abs/2104.08671)\n"
    "- **LegalLAMA**: LegalLAMA is a diverse probing benchmark suite. It has 8 sub-tasks. "
    "[Paper](https://arxiv.org/abs/2305.07507)\n"
    "- **MultiEURLEX**: MultiEURLEX is a multilingual dataset for topic classification. 23 "
    "languages. [Paper](https://arxiv.org/abs/2109.00904)\n"
    "- **ECtHR**: ECtHR is a corpus of court cases. It holds 11k cases. "
    "[Paper](https://arxiv.org/abs/1906.02059)\n")


def test_a_title_among_described_names_keeps_its_title() -> None:
    """dev50's named things described by sentences (`**LegalLAMA**: LegalLAMA is a … suite.
    It has …`) titled every sibling by its name once most were prose, so `**CaseHOLD**: When
    Does Pretraining Help? …` lost the paper's title for the bare name `CaseHOLD`. Only an
    item whose own words are sentences is titled by its name."""
    papers = papers_in(_NAMED_BENCHMARKS)
    assert "When Does Pretraining Help? Assessing Self-Supervised Learning for Law and the " \
        "CaseHOLD Dataset" in papers
    assert "CaseHOLD" not in papers
    assert "LegalLAMA" in papers


_RELATED_WORK_LINE = (
    "# Aprendizaje por refuerzo\n\n## Artículos\n\n"
    "**\"Playing Atari with Deep Reinforcement Learning\"**\n"
    "- Autores: Mnih et al. (DeepMind, 2013)\n"
    "- [Link al paper](https://arxiv.org/abs/1312.5602)\n\n"
    "**\"Dueling Network Architectures for Deep Reinforcement Learning\"**\n"
    "- Mejorado en: Hessel et al. (AAAI, 2018)\n"
    "- [Link al paper](https://arxiv.org/abs/1511.06581)\n")


def test_a_related_work_line_under_a_bold_title_gives_the_paper_nothing() -> None:
    """dev51's bold title over a linked label (`- [Link al paper](url)`) read the field lines
    between them as the paper's: `- Mejorado en: Hessel et al. (AAAI, 2018)` ("improved in":
    the work that followed it) gave the Dueling network paper the author Hessel, AAAI and
    2018. Names and a date after a phrase and a colon cite another work; the paper's own
    field has a label of one word (`Autores:`)."""
    papers = papers_with_authors(_RELATED_WORK_LINE)
    assert papers["Dueling Network Architectures for Deep Reinforcement Learning"] \
        == (None, "", [])
    assert papers["Playing Atari with Deep Reinforcement Learning"] == (2013, "", ["Mnih"])


_MODEL_YEAR_HEADINGS = (
    "# Milestones in Deep Learning\n\n## Sequence models\n\n"
    "### LSTM 1997\n\n"
    "- [Long Short-Term Memory](https://www.bioinf.jku.at/publications/older/2604.pdf)\n\n"
    "### GAN 2014\n\n"
    "- [Generative Adversarial Networks](https://arxiv.org/abs/1406.2661)\n\n"
    "### BERT 2018\n\n"
    "- [BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding]"
    "(https://arxiv.org/abs/1810.04805)\n")


def test_a_model_and_its_year_as_a_heading_is_no_venue() -> None:
    """dev50 let an acronym the venue table does not know, before a year, name a venue's
    edition (for `- **DAC2022**`), and it did so written with a space too: `### LSTM 1997`,
    `### GAN 2014`, `### BERT 2018` gave their papers the venues `LSTM`, `GAN`, `BERT`. Only
    an acronym glued to its year is an event's code (`DAC2022`); the year stays read."""
    papers = papers_in(_MODEL_YEAR_HEADINGS)
    assert papers["Long Short-Term Memory"][:2] == (1997, "")
    assert papers["Generative Adversarial Networks"][:2] == (2014, "")
