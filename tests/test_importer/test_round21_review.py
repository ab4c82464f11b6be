"""Issue 15, review of round 21: readings whose evidence was weaker than it looked (each a
made-up line in the shape of a real list's, read wrong before the fix)."""

from __future__ import annotations

from .conftest import papers_in


def test_a_heading_venue_is_not_given_to_a_preprint_posted_after_it():
    """`### Name | Venue Year` over its papers (list 450's shape): a bioRxiv preprint whose DOI
    dates it after the heading's year is not that venue's paper (it was read `Cell 2022`);
    one posted before keeps the heading's venue."""
    read = papers_in(
        "# Connectomics\n\n## Datasets\n\n### MICrONS | Cell 2022\n\n"
        "- **Functional connectomics spanning multiple areas of mouse visual cortex**, "
        "[bioRxiv 2021](https://www.biorxiv.org/content/10.1101/2021.07.28.454025v3)\n"
        "- **Petascale neural circuit reconstruction: automated methods**, "
        "[preprint](https://www.biorxiv.org/content/10.1101/2024.08.21.558596)\n")
    assert read["Petascale neural circuit reconstruction: automated methods"][:2] == (None, "")
    assert read["Functional connectomics spanning multiple areas of mouse visual cortex"][:2] \
        == (2021, "bioRxiv 2021")


def test_a_paper_file_named_for_presentation_attacks_is_no_talk():
    """A talk is a folder of talks (`/talks/`, `/presentations/`), not the word anywhere in a
    paper's file name (`presentation_attack_spectral.pdf`: face presentation attack
    detection) or in a folder of talks and papers."""
    read = papers_in(
        "# Face Anti-Spoofing Papers\n\n## Papers\n\n"
        "- [Learning Deep Models for Face Anti-Spoofing: Binary or Auxiliary Supervision]"
        "(http://cvlab.cse.msu.edu/pdfs/Liu_Jourabloo_Liu_CVPR2018.pdf)\n"
        "- [Face Presentation Attack Detection by Exploring Spectral Features]"
        "(http://www.example-lab.org/publications/presentation_attack_spectral.pdf)\n"
        "- [Learning to talk: grounded language for robots]"
        "(https://www.robots.example.edu/talks-and-papers/grounded.pdf)\n")
    assert "Face Presentation Attack Detection by Exploring Spectral Features" in read
    assert "Learning to talk: grounded language for robots" in read


def test_a_bracketed_note_before_an_unlinked_title_is_no_title():
    """`[Title], by Names` with no URL (list 464's shape) is a title only when the bracket is
    closed as a title is, before a comma or a stop: `[Best Paper Award] Title, by Names` is
    a note before the title."""
    read = papers_in(
        "# Vision papers\n\n## Recognition\n\n"
        "- [Going Deeper with Convolutions](https://arxiv.org/abs/1409.4842), by Christian "
        "Szegedy, Wei Liu, CVPR 2015.\n"
        "- [Best Paper Award] Deep Residual Learning for Image Recognition, by Kaiming He, "
        "Xiangyu Zhang, CVPR 2016.\n"
        "- [Must read first] ImageNet Classification with Deep Convolutional Neural Networks, "
        "by Alex Krizhevsky, Ilya Sutskever, NIPS 2012.\n")
    assert "Going Deeper with Convolutions" in read
    assert "Best Paper Award" not in read and "Must read first" not in read


def test_a_note_naming_the_paper_and_its_talk_keeps_the_paper():
    """A Chinese note whose clause ends in a talk's word (`演讲`) marks a talk, unless it names
    the paper (`论文及其演讲`: the paper and its talk)."""
    read = papers_in(
        "# eBPF 资料\n\n## 论文\n\n"
        "- [The eXpress Data Path: Fast Programmable Packet Processing in the Operating System "
        "Kernel](https://dl.acm.org/doi/pdf/10.1145/3281411.3281443) - 一篇论文，介绍了XDP。\n"
        "- [Fast Packet Processing with eBPF and XDP]"
        "(https://www.example.edu/~someone/ebpf-xdp-survey.pdf) - 论文及其演讲，综述eBPF和XDP。\n")
    assert "Fast Packet Processing with eBPF and XDP" in read


def test_a_bold_venue_year_inside_link_text_stays_the_venue():
    """A bold parenthesis inside link text is a note dropped from the title (list 462's
    `**(Recommend to read)**`), but one holding a year is the venue and year."""
    read = papers_in(
        "# Low light\n\n## Papers\n\n"
        "- [Learning to See in the Dark **(CVPR 2018)**](https://arxiv.org/abs/1805.01934)\n")
    assert read["Learning to See in the Dark"][:2] == (2018, "CVPR 2018")
