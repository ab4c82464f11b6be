"""Issue 15, review of round 22: readings whose evidence was weaker than it looked (a
label's organisations before a colon read as authors, a subtitle after a dash read as a
person, a method's name before a colon read as a person, a paper with its venue dropped as
a tool's row, an abbreviated journal in brackets read as a person). Each test fails on round
22's merged code (f1d7779)."""

from __future__ import annotations

from .conftest import papers_in, papers_with_authors


def test_organisations_before_a_colon_and_the_link_are_no_authors() -> None:
    """`Google Brain, DeepMind: [Title](url)`: a colon closes a label as often as an author
    list; before, `Google Brain` and `DeepMind` were read as the paper's authors. Names before
    the colon are authors only when each is a person as a citation names one."""
    papers = papers_with_authors(
        "# V\n\n## Papers\n\n"
        "- Google Brain, DeepMind: [Attention Is All You Need in Every Model](https://arxiv.org/"
        "abs/1706.03762), NeurIPS 2017.\n"
        "- Marco Tulio Ribeiro et al.: [Beyond Accuracy: Behavioral Testing of NLP Models with "
        "CheckList](https://www.aclweb.org/anthology/2020.acl-main.442/), ACL 2020.\n")
    assert papers["Attention Is All You Need in Every Model"][2] == []
    assert papers["Beyond Accuracy: Behavioral Testing of NLP Models with CheckList"][2] == [
        "Ribeiro"]


def test_a_subtitle_after_a_dash_is_no_person_where_names_close_the_titles() -> None:
    """In a section whose titles close with `- Author (Year)`, `- A Survey` and `- Lecture
    Notes` were read as persons (`A. Survey`) and cut from their titles. A kind of work (or
    an article as an unstopped initial) is no person's name: the subtitle stays."""
    papers = papers_with_authors(
        "# Awesome CRDT\n\n## Papers\n\n"
        "- [Conflict-free Replicated Data Types - Marc Shapiro (2011)](https://hal.inria.fr/"
        "inria-00609399v1/document)\n"
        "- [The Only Undoable CRDTs are Counters - Stephen Dolan (2020)](https://arxiv.org/abs/"
        "2006.10494)\n"
        "- [A Conflict-Free Replicated JSON Datatype - Martin Kleppmann (2017)](https://arxiv.org/"
        "abs/1608.03960)\n"
        "- [Replicated Data Types for Collaborative Editing - A Survey (2019)](https://arxiv.org/"
        "abs/1905.01403)\n"
        "- [Approaches to Conflict-free Replicated Data Types - Lecture Notes (2023)](https://"
        "arxiv.org/abs/2310.18220)\n")
    assert papers["The Only Undoable CRDTs are Counters"][2] == ["Dolan"]
    assert papers["Replicated Data Types for Collaborative Editing - A Survey"][2] == []
    assert papers["Approaches to Conflict-free Replicated Data Types - Lecture Notes"][2] == []


def test_a_methods_name_before_a_colon_is_no_person_in_a_section_without_names() -> None:
    """Where most of a list's titles open with `Authors: `, another section's `Mean Teacher:
    Title` titles were read as one person each (`Teacher, Mean`) and cut to their subtitles.
    The list's habit speaks for a section of one item; a longer section says itself."""
    names = "".join(
        f"- [{who}: {title}](https://arxiv.org/abs/{arxiv}), {venue}\n" for who, title, arxiv,
        venue in (
            ("Avrim Blum and Tom Mitchell", "Combining Labeled and Unlabeled Data with "
             "Co-Training", "1000.00001", "COLT 1998"),
            ("Xiaojin Zhu, Zoubin Ghahramani", "Learning from Labeled and Unlabeled Data with "
             "Label Propagation", "1000.00002", "2002"),
            ("Richard Socher et al.", "Recursive Deep Models for Semantic Compositionality",
             "1000.00003", "EMNLP 2013"),
            ("Yoon Kim", "Convolutional Neural Networks for Sentence Classification",
             "1408.5882", "EMNLP 2014"),
            ("Thorsten Joachims", "Transductive Inference for Text Classification using "
             "Support Vector Machines", "1000.00005", "ICML 1999")))
    papers = papers_with_authors(
        "# Awesome Semi-supervised\n\n## Classic\n\n" + names + "\n## Recent\n\n"
        "- [Pseudo Label: The Simple and Efficient Semi-Supervised Learning Method](https://"
        "arxiv.org/abs/1000.00006), ICML Workshop 2013\n"
        "- [Mean Teacher: Weight-Averaged Consistency Targets Improve Results](https://arxiv.org/"
        "abs/1703.01780), NeurIPS 2017\n"
        "- [Noisy Student: Self-Training Improves ImageNet Classification](https://arxiv.org/abs/"
        "1911.04252), CVPR 2020\n")
    assert papers["Convolutional Neural Networks for Sentence Classification"][2] == ["Kim"]
    assert papers["Mean Teacher: Weight-Averaged Consistency Targets Improve Results"][2] == []
    assert "Noisy Student: Self-Training Improves ImageNet Classification" in papers


def test_a_row_with_its_venue_and_no_paper_link_is_still_a_paper() -> None:
    """`| 2016 | Deep Compression: … | ICLR | - | [code](github) |`: the paper cell's `-` and a
    code link were taken for a tool's row and the paper dropped, though its venue says it
    appeared. A row whose venue is written is a paper whose link the list left out."""
    papers = papers_in(
        "# Awesome Compression\n\n## Papers\n\n"
        "| Year | Title | Venue | Paper | Code |\n|------|-------|-------|-------|------|\n"
        "| 2016 | Deep Compression: Compressing Deep Neural Networks with Pruning | ICLR | - | "
        "[code](https://github.com/songhan/Deep-Compression-AlexNet) |\n"
        "| 2015 | Learning both Weights and Connections for Efficient Neural Networks | NeurIPS |"
        " [paper](https://arxiv.org/abs/1506.02626) | - |\n"
        "| 2017 | Pruning Filters for Efficient ConvNets | ICLR | [paper](https://arxiv.org/abs/"
        "1608.08710) | [code](https://github.com/x/y) |\n")
    assert papers["Deep Compression: Compressing Deep Neural Networks with Pruning"][:2] == (
        2016, "ICLR 2016")
    assert len(papers) == 3


def test_an_abbreviated_journal_in_brackets_after_the_link_is_no_person() -> None:
    """`[Title](url) [Phys. Rev. B]`, `[J. Mach. Learn. Res.]`: a bracketed field after the
    title's link was read as people (`J. Mach. Learn. Res`, initialled); a word of several
    letters closed by a stop is an abbreviation, no part of a person's name. `[Michael J.
    Franklin]` stays its author."""
    papers = papers_with_authors(
        "# Awesome Physics ML\n\n## Papers\n\n"
        "[Neural network quantum states for lattice models](https://journals.aps.org/prb/"
        "abstract/10.1103/PhysRevB.96.205152) [Phys. Rev. B]\n\n"
        "[Hamiltonian neural networks for dynamical systems](https://www.jmlr.org/papers/v1/"
        "x.html) [J. Mach. Learn. Res.]\n\n"
        "[Concurrency Control and Recovery in Database Systems](https://www.microsoft.com/en-us/"
        "research/people/philbe/book/) [Michael J. Franklin]\n")
    assert papers["Neural network quantum states for lattice models"][2] == []
    assert papers["Hamiltonian neural networks for dynamical systems"][2] == []
    assert papers["Concurrency Control and Recovery in Database Systems"][2] == ["Franklin"]
