"""Issue 15, round 23, `import-dev44` on lists 511-516 (the forty-second held-out set's second
half, tests/corpus/, provenance in SOURCES.md): real lines of those lists, each read by one
general reading."""

from __future__ import annotations

from .conftest import papers_in, papers_with_authors

# List 513's discussions: field bullets per discussion under date headings, as written
_DISCUSSIONS = (
    "# Awesome NLP Paper Discussions\n\n"
    "#### August 12, 2020\n"
    "- **Paper**: [Pre-training via Paraphrasing](https://arxiv.org/abs/2006.15020)\n"
    "- **Authors**: [Mike Lewis](https://twitter.com/ml_perception), [Marjan Ghazvininejad]"
    "(https://twitter.com/gh_marjan), Armen Aghajanyan\n"
    "- **Presenter**: [Sam Shleifer](https://twitter.com/sam_shleifer)\n"
    "- **Presentation**: [Forum Summary](https://discuss.huggingface.co/t/science-tuesday-marge/"
    "685)\n"
    "- **[Community Discussion](https://discuss.huggingface.co/t/science-tuesday-marge/685)**\n\n"
    "#### March 24, 2020\n"
    "- **Paper**: [Scaling Laws for Neural Language Models](https://arxiv.org/abs/2001.08361)\n"
    "- **Authors**: Jared Kaplan, Sam McCandlish, Tom Henighan, Tom B. Brown, Benjamin Chess, "
    "Rewon Child, Jeffrey Wu, Dario Amodei\n"
    "- **Presenter**: [Teven Le Scao](https://twitter.com/Fluke_Ellington)\n"
    "- **Presentation**: [Google doc paper tutorial](https://docs.google.com/document/d/1Rye61oc"
    "taEF6FPHN3E7Bn2s-W3AWgMi1hukxrbkBmgY/edit#heading=h.s0a83j1o76km)\n\n"
    "#### March 17, 2020\n"
    "- **Paper**: [Representation Learning with Contrastive Predictive Coding]"
    "(https://arxiv.org/abs/1807.03748) \n"
    "- **Authors**: [Aaron van den Oord](https://twitter.com/avdnoord), Yazhe Li, Oriol Vinyals\n"
    "- **Presenter** [Patrick von Platen](https://twitter.com/PatrickPlaten)\n"
    "- **Presentation**: [Slides](https://docs.google.com/presentation/d/1qxt7otjFI8iQSCpwzwTNei"
    "4_n4e4CIczC6nwy3jdiJY/edit?usp=sharing)\n")


def test_bullets_after_one_labelled_as_the_paper_are_that_records_fields():
    """513: `- **Paper**: [Title](arxiv)` over sibling bullets `- **Authors**: …`, `-
    **Presenter**: …`, `- **Presentation**: [Colab notebook/post](url)`, `- **[Community
    Discussion](url)**` is one discussion's record written as flat bullets (before: the
    Authors, Presentation and Community Discussion bullets imported as papers titled
    `Authors`, `Colab notebook/post`, an author list). The bullet labelled as the paper is
    the paper; the bullets after it, each opening with another field's label or a bold label
    and no title phrase, are its fields: no paper, their links no link of the paper's; an
    authors field without links gives the paper its names."""
    papers = papers_with_authors(_DISCUSSIONS)
    assert set(papers) == {"Pre-training via Paraphrasing",
                           "Scaling Laws for Neural Language Models",
                           "Representation Learning with Contrastive Predictive Coding"}
    assert papers["Scaling Laws for Neural Language Models"][2][:2] == ["Kaplan", "McCandlish"]


# List 516's record trees, as written (the `## Book` record and one paper's)
_RECORDS = (
    "# Awesome-Graph-Learning-Papers\n"
    "A curated list of graph learning papers, articles, tutorials, slides and projects\n\n"
    "## Book\n"
    "+ **Graph Representation Learning**\n"
    "  + **Authors:** William L. Hamilton\n"
    "  + **Affiliation:** McGill University\n"
    "  + **Publisher:** Morgan & Claypool\n"
    "  + **Year of Publication:** 2020\n"
    "  + **Download:** [PDF](https://www.cs.mcgill.ca/~wlh/grl_book/files/GRL_Book.pdf)\n"
    "  + **Keywords:** Node Embedding, Graph Neural Network, Generative Graph Models\n\n"
    "## Survey\n"
    "+ **A Comprehensive Survey on Graph Neural Networks**\n"
    "  + **Authors:** Zonghan Wu, Shirui Pan, Fengwen Chen, et al.\n"
    "  + **Affiliation:** University Of Technology Sydney, Monash University\n"
    "  + **Publisher:** IEEE\n"
    "  + **Year of Publication:** 2019\n"
    "  + **Download:** [PDF](https://ieeexplore.ieee.org/document/9046288)\n"
    "  + **Keywords:** Deep Learning, Graph Neural Networks\n"
    "+ **A Survey on Knowledge Graph-Based Recommender Systems**\n"
    "  + **Authors:** Qingyu Guo, Fuzhen Zhuang, et al.\n"
    "  + **Affiliation:** Chinese Academy of Sciences (CAS)\n"
    "  + **Publisher:** arXiv\n"
    "  + **Year of Publication:** 2020\n"
    "  + **Download:** [PDF](https://arxiv.org/pdf/2003.00911.pdf)\n"
    "  + **Keywords:** Knowledge Graph, Recommender System, Explainable Recommendation\n")


def test_a_records_download_field_labelled_pdf_links_its_paper():
    """516: `+ **Title**` over labelled field bullets whose `+ **Download:** [PDF](url)` is the
    record's only link (before: the field's link dropped as a note, every record `no link`,
    the list refused whole). A field whose value is only links labelled as the paper (`PDF`,
    `Link`) links the record's paper."""
    papers = papers_with_authors(_RECORDS)
    assert papers["A Comprehensive Survey on Graph Neural Networks"][0] == 2019
    assert papers["A Comprehensive Survey on Graph Neural Networks"][2] == ["Wu", "Pan", "Chen"]
    assert "A Survey on Knowledge Graph-Based Recommender Systems" in papers


# List 87's record (the authors' institution under a `Publisher:` label), as written
_INSTITUTION = (
    "# LLM for autonomous driving\n\n## Papers\n\n"
    "- [RT-VLA: Real-Time Vision-Language-Action Models via Knowledge Distillation]"
    "(https://arxiv.org/abs/2606.14010)\n"
    "  - Xiangyu Huang, Zhenlin Hua, Han Zhou, Shounak Sural, Ragunathan Rajkumar\n"
    "  - Publisher: Carnegie Mellon University\n"
    "  - Publish Date: 2026.06.12\n"
    "  - Task: Planning\n")


def test_a_records_publisher_field_is_its_venue():
    """516: `+ **Publisher:** IEEE`, `+ **Publisher:** arXiv` (before: no label naming a venue,
    the venue left empty). A record's publisher is where it appeared, as a table's venue
    column is, when it is a publisher's acronym or a venue the table knows (`arXiv`, however
    cased); 87's `Publisher: Carnegie Mellon University` is the authors' institution: no
    venue."""
    papers = papers_in(_RECORDS)
    assert papers["A Comprehensive Survey on Graph Neural Networks"][:2] == (2019, "IEEE")
    assert papers["A Survey on Knowledge Graph-Based Recommender Systems"][:2] == (2020, "arXiv")
    assert papers_in(_INSTITUTION)[
        "RT-VLA: Real-Time Vision-Language-Action Models via Knowledge Distillation"][:2] \
        == (2026, "")


def test_a_record_under_a_books_heading_that_names_its_publisher_is_the_book():
    """516: `## Book` over a record with `**Publisher:** Morgan & Claypool` and a PDF download
    (before: refused with the rest of the list; read as a paper once its PDF is its link). A
    record under a books heading that labels its publisher names the book, whatever its PDF:
    no paper."""
    assert "Graph Representation Learning" not in papers_in(_RECORDS)
