"""Issue 15, round 20, `import-dev30` on the thirty-fourth held-out set (lists 409-420,
tests/corpus/, provenance in SOURCES.md): real lines of those lists, each read by one general
reading."""

from __future__ import annotations

from awesome_bib.importer import read_library

from .conftest import papers_in

# List 416's lines (a Jekyll post on image retrieval), as written: a bold title paragraph over
# `- intro:` / `- arxiv:` / `- paper:` bullets, the link texts bare URLs, a figure between
_BOLD_OVER_FIELDS = (
    "# Papers\n\n"
    "**Using Very Deep Autoencoders for Content-Based Image Retrieval**\n\n"
    "- intro: ESANN 2011. Alex Krizhevsky, and Geoffrey E. Hinton\n"
    "- paper: [https://www.cs.toronto.edu/~hinton/absps/esann-deep-final.pdf]"
    "(https://www.cs.toronto.edu/~hinton/absps/esann-deep-final.pdf)\n"
    "- paper: [http://www.cs.toronto.edu/~fritz/absps/esann-deep-final.pdf]"
    "(http://www.cs.toronto.edu/~fritz/absps/esann-deep-final.pdf)\n\n"
    "**Neural Codes for Image Retrieval**\n\n"
    "![](http://sites.skoltech.ru/app/data/uploads/sites/25/2014/11/example-e1404721339557.png)"
    "\n\n"
    "- intro: ECCV 2014\n"
    "- project page: [http://sites.skoltech.ru/compvision/projects/neuralcodes/]"
    "(http://sites.skoltech.ru/compvision/projects/neuralcodes/)\n"
    "- arxiv: [http://arxiv.org/abs/1404.1777](http://arxiv.org/abs/1404.1777)\n"
    "- github: [https://github.com/arbabenko/Spoc](https://github.com/arbabenko/Spoc)\n\n"
    "**Particular object retrieval with integral max-pooling of CNN activations**\n\n"
    "- intro: use max-pooling to aggregate the deep descriptors, R-MAC (regional maximum "
    "activation of convolutions)\n"
    "- arxiv: [https://arxiv.org/abs/1511.05879](https://arxiv.org/abs/1511.05879)\n")


def test_a_labelled_field_bullet_under_a_bold_title_is_a_line_of_its_label_list():
    """416 (recall 0.23, precision 0.15 before): the `- intro:` bullet no longer ends the
    title's bullets, so the link bullets under it are the title's links (their bare URLs no
    titles); its venue and year are the paper's; an intro of free words gives none."""
    papers = papers_in(_BOLD_OVER_FIELDS)
    assert papers == {
        "Using Very Deep Autoencoders for Content-Based Image Retrieval":
            (2011, "ESANN 2011", "Papers"),
        "Neural Codes for Image Retrieval": (2014, "ECCV 2014", "Papers"),
        "Particular object retrieval with integral max-pooling of CNN activations":
            (None, "", "Papers"),
    }
    neural = next(e for e in read_library(_BOLD_OVER_FIELDS, "list.md").lib.entries
                  if e.title.startswith("Neural"))
    assert neural.arxiv == "1404.1777"


# List 417's lines (hierarchical RL papers), as written: each paper a `###` heading whose one
# link is the venue and year after its title, over linkless note bullets
_HEADINGS_DATED_LINK = (
    "## Hierarchical Reinforcement Learning\n\n"
    "### Modular Multitask Reinforcement Learning with Policy Sketches [[ICML 2017]]"
    "(https://arxiv.org/pdf/1611.01796.pdf)\n"
    "  - Proposes to use as supervision for hierarchical agents \"policy sketches\": sequences "
    "of reusable blocks of behavior without any specifics of the behaviors themselves\n"
    "  - Interesting idea, probably more efficient than e.g. reward design\n"
    "  \n"
    "### The Option-Critic Architecture [[NIPS Workshop 2015]]"
    "(https://arxiv.org/pdf/1609.05140v1.pdf)\n"
    "  - Derives policy gradient theorems for options\n\n"
    "### Between MDPs and semi-MDPs: A Framework for Temporal Abstraction in Reinforcement "
    "Learning [[Artificial Intelligence Journal 1999]]"
    "(http://www-anw.cs.umass.edu/~barto/courses/cs687/Sutton-Precup-Singh-AIJ99.pdf)\n"
    "  - Defines an option as a policy with a termination and initiation condition\n"
    "  - Proves that allowing interruption of options increases return\n")


def test_a_heading_whose_one_link_is_its_venue_and_year_is_a_paper():
    """417 (refused whole before): the heading is the paper, its venue-year link the paper's
    link (the arXiv id read from it); the note bullets are no papers; a venue's long name and
    its year in the link give both fields."""
    papers = papers_in(_HEADINGS_DATED_LINK)
    section = "Hierarchical Reinforcement Learning"
    assert papers == {
        "Modular Multitask Reinforcement Learning with Policy Sketches":
            (2017, "ICML 2017", section),
        "The Option-Critic Architecture": (2015, "NIPS Workshop 2015", section),
        "Between MDPs and semi-MDPs: A Framework for Temporal Abstraction in Reinforcement "
        "Learning": (1999, "Artificial Intelligence Journal", section),
    }
    first = read_library(_HEADINGS_DATED_LINK, "list.md").lib.entries[0]
    assert first.arxiv == "1611.01796"

