"""Review of stop 34's third round: ordinary lines of other lists that satisfied the evidence
of the round's new readings (a names line over a plain title line, plain title lines over
labelled links, a paper's bare URL under its title) while meaning something else. Each test
holds the repro lines and says what judge34c read wrong; each fails on judge34c's code."""

from __future__ import annotations

from awesome_bib.importer import read_library

#: Two linked papers, so that a list of linkless or odd sections is still a list of papers.
_LINKED = ("\n## Linked\n\n"
           "- [Attention Is All You Need](https://arxiv.org/abs/1706.03762), NeurIPS 2017\n"
           "- [BERT: Pre-training of Deep Bidirectional Transformers]"
           "(https://arxiv.org/abs/1810.04805), NAACL 2019\n")


def _entries(text: str) -> dict[str, tuple[int | None, list[str], list[str]]]:
    """title -> (year, family names, link URLs) of every entry read from `text`."""
    reading = read_library(text + _LINKED, "L.md", None)
    return {e.title: (e.year, [a.family for a in e.authors], [lk.url for lk in e.links])
            for e in reading.lib.entries}


def _records(*items: str) -> str:
    """Bullets of two lines each, the first ended by a written break (two spaces)."""
    return "# Reading\n\n## Papers\n\n" + "".join(f"- {a}  \n{b}\n\n" for a, b in items)


def test_vancouver_citation_under_its_names_is_no_title_line():
    # judge34c read `Names  ⏎ Title. Journal. 280:361-7` as a names line over a title line:
    # the title ran on into the journal and its volume (`… Part I. Nature. 280:361-7`) and
    # Vancouver's `Anderson RM` gave the family name `RM`; the section's citations, no longer
    # read alike, were dropped whole. The line after the names is a citation's sentences.
    got = _entries(_records(
        ("Smith J, Doe A.", "Learning to learn by gradient descent. J Mach Learn. 3(2):1-10."),
        ("Anderson RM, May RM.",
         "Population biology of infectious diseases: Part I. Nature. 280:361-7."),
        ("Keeling MJ, Rohani P.", "Modeling infectious diseases in humans and animals. "
                                  "Princeton University Press."),
        ("Fine P, Eames K, Heymann DL.", "Herd immunity: a rough guide. Clin Infect Dis. "
                                         "52(7):911-6.")))
    assert got["Learning to learn by gradient descent"][1] == ["Smith", "Doe"]
    assert got["Herd immunity: a rough guide"][1] == ["Fine", "Eames", "Heymann"]
    assert not any("361-7" in title for title in got)


def test_vancouver_names_over_a_plain_title_keep_their_family_names():
    # judge34c read `[Nature 1979] Anderson RM, May RM  ⏎ Title` with the initials glued
    # after each name (Vancouver's `Surname INITIALS`) as family names: authors `RM`, `RM`
    def entry(tag: str, names: str, title: str) -> tuple[str, str]:
        return f"[{tag}] {names}", title
    got = _entries(_records(
        entry("Nature 1979", "Anderson RM, May RM", "Population biology of infectious diseases"),
        entry("Science 2008", "Keeling MJ, Rohani P",
              "Modeling infectious diseases in humans and animals"),
        entry("Lancet 2020", "Fine P, Eames K, Heymann DL",
              "Herd immunity and the rough guide to vaccination")))
    assert got["Population biology of infectious diseases"][:2] == (1979, ["Anderson", "May"])
    assert got["Modeling infectious diseases in humans and animals"][1] == ["Keeling", "Rohani"]
    assert got["Herd immunity and the rough guide to vaccination"][1] == \
        ["Fine", "Eames", "Heymann"]


def test_a_plain_topic_line_over_several_paper_links_is_no_title():
    # judge34c read a plain topic line over `- [Link](arxiv)` bullets of two papers each as a
    # paper titled by the topic, its links those of two other papers (`Machine Translation
    # and Sequence Models` with 1409.0473 and 1706.03762): a title's line has one paper link
    got = _entries("# Awesome NLP\n\n## Reading\n\n"
                   "Machine Translation and Sequence Models\n"
                   "- [Link](https://arxiv.org/abs/1409.0473)\n"
                   "- [Link](https://arxiv.org/abs/1706.03762)\n\n"
                   "Language Models and Pretraining Methods\n"
                   "- [Link](https://arxiv.org/abs/1810.04805)\n"
                   "- [Link](https://arxiv.org/abs/2005.14165)\n")
    assert "Machine Translation and Sequence Models" not in got
    assert "Language Models and Pretraining Methods" not in got


def test_a_plain_lecture_line_over_its_slides_is_no_paper():
    # judge34c imported a course's schedule (`Lecture 1 Introduction to Deep Learning` over
    # `- [PDF](lec1.pdf)` and `- [Video](youtube)`) as three papers titled by the lectures
    got = _entries("# Deep Learning Course\n\n## Schedule\n\n"
                   "Lecture 1 Introduction to Deep Learning\n"
                   "- [PDF](https://example.edu/dl/lec1.pdf)\n"
                   "- [Video](https://www.youtube.com/watch?v=aaa)\n\n"
                   "Lecture 2 Convolutional Neural Networks\n"
                   "- [PDF](https://example.edu/dl/lec2.pdf)\n"
                   "- [Video](https://www.youtube.com/watch?v=bbb)\n\n"
                   "Lecture 3 Recurrent Neural Networks\n"
                   "- [PDF](https://example.edu/dl/lec3.pdf)\n")
    assert not any(title.startswith("Lecture") for title in got)


def test_a_bare_url_under_a_linked_paper_or_a_topic_is_not_its_link():
    # judge34c took every child line that is a paper's bare URL for its parent's link: the
    # topic `Transformers` became a paper with two other papers' links, and ResNet gained
    # the link of its follow-up (1603.05027); the only bare URL under a title that links
    # nothing (`Generative Adversarial Networks`) is its link, as 715 writes it
    got = _entries("# Reading list\n\n## Papers\n\n"
                   "- Transformers\n"
                   "  - https://arxiv.org/abs/1706.03762\n"
                   "  - https://arxiv.org/abs/1810.04805\n"
                   "- [Deep Residual Learning for Image Recognition]"
                   "(https://arxiv.org/abs/1512.03385), CVPR 2016\n"
                   "  - https://arxiv.org/abs/1603.05027\n"
                   "- Generative Adversarial Networks (Goodfellow et al. 2014)\n"
                   "  - https://arxiv.org/abs/1406.2661\n")
    assert "Transformers" not in got
    assert got["Deep Residual Learning for Image Recognition"][2] == \
        ["https://arxiv.org/abs/1512.03385"]
    assert got["Generative Adversarial Networks"][2] == ["https://arxiv.org/abs/1406.2661"]


def test_a_bare_url_with_prose_after_it_is_no_title():
    # judge34c read `* https://arxiv.org/abs/… (see also the follow-up https://…)` under a
    # linkless title as an item of its own titled `(see also the follow-up )`, with both
    # papers' links: a line that is more than the URL is a note, as before
    got = _entries("# Reading list\n\n## Papers\n\n"
                   "- Language Models are Few-Shot Learners\n"
                   "  * https://arxiv.org/abs/2005.14165 (see also the follow-up "
                   "https://arxiv.org/abs/2203.02155)\n"
                   "- [Deep Residual Learning for Image Recognition]"
                   "(https://arxiv.org/abs/1512.03385), CVPR 2016\n")
    assert not any("see also" in title for title in got)
