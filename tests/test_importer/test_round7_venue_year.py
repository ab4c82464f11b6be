"""Where a section writes venue and year around its titles (issue 15, round 7): one reader,
`template.section_venue_year`, on real lines of lists 99, 100, 102, 104, 107 (tests/corpus/,
provenance in SOURCES.md "Eighth held-out set")."""

from __future__ import annotations

from awesome_bib.importer.template import venue_year_span

from .test_round6_fields import _papers


def test_a_span_reads_as_venue_and_year_only_when_it_is_one():
    assert venue_year_span("2017ICCV") == ("2017ICCV", 2017)
    assert venue_year_span("'16-CVPR") == ("'16-CVPR", 2016)
    assert venue_year_span("EMNLP 2018") == ("EMNLP 2018", 2018)
    assert venue_year_span("2013") == ("", 2013)
    assert venue_year_span("Feb., 2025") == ("", 2025)  # a date: a year, no venue
    # a person, a title word, a topic tag, a version number: no venue and no year
    assert venue_year_span("Hinton 2006") is None
    assert venue_year_span("Deep 2017") is None
    assert venue_year_span("cls. seg.") is None
    assert venue_year_span("COVID-19") is None


def test_venue_and_year_opening_the_titles_of_a_section():
    """List 104: `* 2017ICCV - Title, Authors. [Name](url)`: venue and year stood in the title,
    the names after it too."""
    papers = _papers(
        "# L\n\n## References\n\n"
        "* 2011JMLR - Deep sparse rectifier neural networks, Glorot, Xavier and Bordes, Antoine "
        "and Bengio, Yoshua. [ReLU]( http://proceedings.mlr.press/v15/glorot11a/glorot11a.pdf)\n"
        "* 2015ICCV - Delving Deep into Rectifiers: Surpassing Human-Level Performance on "
        "ImageNet Classification, Kaiming He, Xiangyu Zhang, Shaoqing Ren and Jian Sun."
        "[PReLU](https://openaccess.thecvf.com/content_iccv_2015/papers/He_Delving_Deep_into_"
        "ICCV_2015_paper.pdf)\n"
        "* 2013 - Rectifier nonlinearities improve neural network acoustic models, Andrew L. "
        "Maas, Awni Y. Hannun and Andrew Y. Ng.[Leaky ReLU](https://x.org/maas.pdf)\n")
    assert papers["Deep sparse rectifier neural networks"] == \
        ("2011JMLR", 2011, ["Glorot", "Bordes", "Bengio"])
    assert papers["Delving Deep into Rectifiers: Surpassing Human-Level Performance on "
                  "ImageNet Classification"][:2] == ("2015ICCV", 2015)
    assert papers["Rectifier nonlinearities improve neural network acoustic models"] == \
        ("", 2013, ["Maas", "Hannun", "Ng"])


def test_one_item_opening_its_title_so_is_not_a_section_that_does():
    papers = _papers("# L\n\n## Papers\n\n"
                     "* 2017ICCV - Tile Games and Their Solvers. [pdf](https://x.org/a.pdf)\n"
                     "* Attention Is All You Need. [pdf](https://x.org/b.pdf)\n"
                     "* Layer Normalization for Deep Networks. [pdf](https://x.org/c.pdf)\n")
    assert "2017ICCV - Tile Games and Their Solvers" in papers


def test_a_venue_link_in_brackets_before_the_title():
    """List 100: `- [[CVPR](pdf)] Title. [[code](github)] [__`seg.`__]`: the link was the
    "title"; it is the venue, the text after it the title, its bracketed tags not."""
    papers = _papers(
        "# L\n\n## 2018\n"
        "- [[CVPR](http://openaccess.thecvf.com/a.pdf)] SPLATNet: Sparse Lattice Networks for "
        "Point Cloud Processing. [[caffe](https://github.com/NVlabs/splatnet)] [__`seg.`__]\n"
        "- [[CVPR](http://openaccess.thecvf.com/b.pdf)] Attentional ShapeContextNet for Point "
        "Cloud Recognition. [__`cls.`__ __`seg.`__]\n")
    assert papers["SPLATNet: Sparse Lattice Networks for Point Cloud Processing"][:2] == \
        ("CVPR", 2018)
    assert papers["Attentional ShapeContextNet for Point Cloud Recognition"][:2] == \
        ("CVPR", 2018)


def test_a_badge_before_the_title_and_a_span_after_it():
    """List 102: a shields badge before the title; list 99: `__Title__. EMNLP 2018. _Names_.`
    paragraphs; list 107: `[Title](arxiv) (Feb., 2025)`, a date read as the venue."""
    badge = "[<img src=https://img.shields.io/badge/{}-2023-blue alt=\"img\" />]({})"
    papers = _papers(
        "# L\n\n## Papers\n\n"
        f"- {badge.format('EMNLP', 'https://arxiv.org/abs/2310.07289')} [**Beyond Factuality: "
        "A Comprehensive Evaluation of Large Language Models as Knowledge Generators**]"
        "(https://arxiv.org/abs/2310.07289),<br> by *Liang Chen*\n"
        f"- {badge.format('CoRR', 'https://arxiv.org/abs/2307.03109')} [**A Survey on "
        "Evaluation of Large Language Models**](https://arxiv.org/abs/2307.03109),<br> by "
        "*Yupeng Chang*\n")
    assert papers["A Survey on Evaluation of Large Language Models"][:2] == ("CoRR 2023", 2023)
    papers = _papers(
        "# L\n\n## Temporal Knowledge Graph\n\n"
        "__HyTE: Hyperplane-based Temporally aware Knowledge Graph Embedding__. EMNLP 2018. "
        "_Dasgupta, Shib Sankar, Swayambhu Nath Ray, and Partha Talukdar._ "
        "[[Paper](http://www.aclweb.org/anthology/D18-1225)]\n\n"
        "__Towards time-aware knowledge graph completion__. COLING 2016. _Jiang, Tingsong and "
        "Liu, Tianyu_. [[Paper](http://aclweb.org/anthology/C16-1161)]\n")
    assert papers["Towards time-aware knowledge graph completion"][:2] == ("COLING 2016", 2016)
    papers = _papers(
        "# L\n\n## Efficient Video Generation\n\n"
        "+ [SpargeAttn: Accurate Sparse Attention Accelerating Any Model Inference]"
        "(https://arxiv.org/abs/2502.18137) (Feb., 2025)\n"
        "+ [FlashVideo: Flowing Fidelity to Detail for Efficient Video Generation]"
        "(https://arxiv.org/abs/2502.05179) (Feb., 2025)\n")
    assert papers["SpargeAttn: Accurate Sparse Attention Accelerating Any Model Inference"][:2] \
        == ("", 2025)
