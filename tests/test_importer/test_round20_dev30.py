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


# List 411's lines (compiler papers), as written: paragraphs `[Venue'yy] [Title](pdf)`, the
# link text wrapped onto a second source line
_APOSTROPHE_YEAR_LEAD = (
    "## LLVM\n\n"
    "[CGO'04] [LLVM: A Compilation Framework for Lifelong Program Analysis &\n"
    "Transformation](https://llvm.org/pubs/2004-01-30-CGO-LLVM.pdf)\n\n"
    "[PLDI'17] [Taming Undefined Behavior in\n"
    "LLVM](http://web.ist.utl.pt/nuno.lopes/pubs/undef-pldi17.pdf)\n\n"
    "## Techniques\n\n"
    "[TOPLAS'91] [Efficiently Computing Static Single Assignment Form and the Control\n"
    "Dependence Graph](https://www.cs.utexas.edu/~pingali/CS380C/2010/papers/ssaCytron.pdf)\n")


def test_a_bracketed_venue_with_an_apostrophe_year_before_the_title_link_is_its_venue():
    """411 (recall 0.14 before): `[CGO'04]` is a venue and a year as `[CGO 2004]` is, not the
    title; the link's text (wrapped over two source lines) is the title."""
    assert papers_in(_APOSTROPHE_YEAR_LEAD) == {
        "LLVM: A Compilation Framework for Lifelong Program Analysis & Transformation":
            (2004, "CGO 2004", "LLVM"),
        "Taming Undefined Behavior in LLVM": (2017, "PLDI 2017", "LLVM"),
        "Efficiently Computing Static Single Assignment Form and the Control Dependence Graph":
            (1991, "TOPLAS 1991", "Techniques"),
    }


# List 409's lines (graph pooling), as written: numbered citation paragraphs in Springer's
# basic style after a bold bracketed method name
_NAMED_SPRINGER = (
    "## Global Pooling\n"
    "1. **[Neural graph fingerprints]** Duvenaud D, Maclaurin D, Aguilera-Iparraguirre J, et al "
    "(2015) Convolutional Networks on Graphs for Learning Molecular Fingerprints. In: Advances "
    "in Neural Information Processing Systems [**[Paper]**](https://proceedings.neurips.cc/"
    "paper_files/paper/2015/hash/f9be311e65d81a9ad8150a60844bb94c-Abstract.html) [**[Code]**]"
    "(https://github.com/HIPS/neural-fingerprint) \n\n"
    "5. **[k-GNN]** Morris C, Ritzert M, Fey M, et al (2019) Weisfeiler and Leman Go Neural: "
    "Higher-Order Graph Neural Networks. In: Proceedings of the AAAI Conference on Artificial "
    "Intelligence. pp 4602–4609 [**[Paper]**](https://doi.org/10.1609/aaai.v33i01.33014602) "
    "[**[Code]**](https://github.com/chrsmrrs/k-gnn) \n\n"
    "6. **[GIN]** Xu K, Hu W, Leskovec J, Jegelka S (2019) How Powerful are Graph Neural "
    "Networks? In: International Conference on Learning Representations [**[Paper]**]"
    "(https://openreview.net/forum?id=ryGs6iA5Km&noteId=rkl2Q1Qi6X&noteId=rkl2Q1Qi6X) "
    "[**[Code]**](https://github.com/weihua916/powerful-gnns) \n\n"
    "9. **[DAGCN]** Chen F, Pan S, Jiang J, et al (2019) DAGCN: Dual Attention Graph "
    "Convolutional Networks. In: 2019 International Joint Conference on Neural Networks "
    "(IJCNN) [**[Paper]**](https://doi.org/10.1109/IJCNN.2019.8851698) [**[Code]**]"
    "(https://github.com/dawnranger/DAGCN) \n")


def test_a_springer_citation_after_a_bold_bracketed_name_is_read_whole():
    """409 (fields 0.00 before): the bold `[Name]` is the method's name, not the venue; the
    citation after it (`Surname I, … (Year) Title. In: Venue`, no stop after the year) gives
    the title, the names (family name first), the year and the venue after `In:` (the
    proceedings' year before its name and the pages after it dropped)."""
    entries = {e.title: e for e in read_library(_NAMED_SPRINGER, "list.md").lib.entries}
    assert sorted(entries) == [
        "Convolutional Networks on Graphs for Learning Molecular Fingerprints",
        "DAGCN: Dual Attention Graph Convolutional Networks",
        "How Powerful are Graph Neural Networks?",
        "Weisfeiler and Leman Go Neural: Higher-Order Graph Neural Networks"]
    first = entries["Convolutional Networks on Graphs for Learning Molecular Fingerprints"]
    assert (first.year, first.venue_tag) == (
        2015, "Advances in Neural Information Processing Systems 2015")
    assert [a.family for a in first.authors] == ["Duvenaud", "Maclaurin",
                                                 "Aguilera-Iparraguirre"]
    gnn = entries["Weisfeiler and Leman Go Neural: Higher-Order Graph Neural Networks"]
    assert (gnn.year, gnn.venue_tag) == (
        2019, "Proceedings of the AAAI Conference on Artificial Intelligence 2019")
    assert entries["How Powerful are Graph Neural Networks?"].venue_tag \
        == "International Conference on Learning Representations 2019"
    assert entries["DAGCN: Dual Attention Graph Convolutional Networks"].venue_tag \
        == "International Joint Conference on Neural Networks (IJCNN) 2019"


# List 413's lines (model-based RL), as written: pipe-separated fields outside a table
_PIPED_FIELDS = (
    "## Surveys\n"
    "+ 2019 | Benchmarking Model-based Reinforcement Learning | arXiv | "
    "[`PDF`](https://arxiv.org/abs/1907.02057)\n"
    "  - keywords\n"
    "    - Non-pixel-level, Extreme experiments\n\n"
    "+ 2020 | MOPO: Model-based Offline Policy Optimization | NeurIPS | "
    "[`PDF`](https://arxiv.org/pdf/2005.13239.pdf)\n"
    "  - keywords\n"
    "    - Offline RL, Uncertainty, Distributional shift\n\n"
    "## MF-assisted\n"
    "+ 2017 | MBMF: Model-Based Priors for Model-Free Reinforcement Learning | CoRL | "
    "[`PDF`](https://arxiv.org/abs/1709.03153)\n")


def test_a_year_title_venue_line_of_pipes_gives_each_field():
    """413 (fields 0.30 before): `+ 2020 | Title | NeurIPS | [PDF](url)`: the year's field,
    the title's, then the venue's (an acronym or a name the table knows) before the links; the
    venue is no word of the title."""
    assert papers_in(_PIPED_FIELDS) == {
        "Benchmarking Model-based Reinforcement Learning": (2019, "arXiv 2019", "Surveys"),
        "MOPO: Model-based Offline Policy Optimization": (2020, "NeurIPS 2020", "Surveys"),
        "MBMF: Model-Based Priors for Model-Free Reinforcement Learning":
            (2017, "CoRL 2017", "MF-assisted"),
    }


# List 418's lines (heterogeneous GNN papers, a Chinese page), as written: a venue's name in
# parentheses before the title's link, a Chinese note after `：`; and list 57's line, a
# method's name in the same place, the venue after the link
_PAREN_VENUE_LEAD = (
    "# 论文\n"
    "通用节点嵌入：\n"
    "1. (WWW) [A Post-Training Framework for Improving Heterogeneous Graph Neural Networks]"
    "(https://arxiv.org/abs/2304.00698)\n"
    "2. (Journal of Computational Science) [Multi-view contrastive learning for multilayer "
    "network embedding](https://www.sciencedirect.com/science/article/abs/pii/"
    "S1877750323000352)\n"
    "2. (Entropy) [Unsupervised Embedding Learning for Large-Scale Heterogeneous Networks Based "
    "on Metapath Graph Sampling](https://www.mdpi.com/1099-4300/25/2/297)\n\n"
    "交叉学科：\n"
    "1. (Phys. Rev. E) [Deterministic, quenched and annealed parameter estimation for "
    "heterogeneous network models](https://arxiv.org/abs/2303.02716)：计量经济学+物理\n\n"
    "## Social navigation\n"
    "  - (Non-holomomic ORCA) [Optimal Reciprocal Collision Avoidance for Multiple "
    "Non-Holonomic Robots](https://www.research-collection.ethz.ch/bitstream/handle/"
    "20.500.11850/63793/eth-7722-01.pdf?sequence=1), Distributed Autonomous Robotic Systems "
    "2013.\n"
    "  - (Non-holomomic ORCA) [Reciprocal Collision Avoidance for Robots with Kinematic "
    "Constraints](https://example.org/orca.pdf)\n")


def test_a_venue_name_in_parentheses_before_the_title_link_is_its_venue():
    """418 (fields 0.43 before): `(WWW)`, `(Journal of Computational Science)`, `(Phys. Rev.
    E)` before the title's link are venues (undated: the year is the list's bold year line,
    another reading's); a name the table does not know and that no venue word marks (a
    method's `(Non-holomomic ORCA)`, `(Entropy)`) stays silent, and a venue after the link
    wins."""
    papers = papers_in(_PAREN_VENUE_LEAD)
    assert papers["A Post-Training Framework for Improving Heterogeneous Graph Neural "
                  "Networks"][1] == "WWW"
    assert papers["Multi-view contrastive learning for multilayer network embedding"][1] \
        == "Journal of Computational Science"
    assert papers["Deterministic, quenched and annealed parameter estimation for heterogeneous "
                  "network models"][1] == "Phys. Rev. E"
    assert papers["Unsupervised Embedding Learning for Large-Scale Heterogeneous Networks "
                  "Based on Metapath Graph Sampling"][1] == ""
    assert papers["Optimal Reciprocal Collision Avoidance for Multiple Non-Holonomic "
                  "Robots"][:2] == (2013, "Distributed Autonomous Robotic Systems 2013")
    assert papers["Reciprocal Collision Avoidance for Robots with Kinematic Constraints"][:2] \
        == (None, "")


# List 420's lines (CPU side channels), as written: a nested `[Video and Slides]` bullet under
# a paper, and a `Previous Work:` paragraph over venue-colon bullets
_LABEL_OVER_BULLETS = (
    "## Cache Based\n\n"
    "* Yarom, Falkner, USENIX '14: [FLUSH + RELOAD: a High Resolution, Low Noise, L3 Cache "
    "Side-Channel Attack](https://eprint.iacr.org/2013/448.pdf)\n"
    "  * [Video and Slides](https://www.usenix.org/node/184416)\n\n"
    "## Spectre and Meltdown References\n\n"
    "### Papers\n\n"
    "* [Meltdown](https://arxiv.org/abs/1801.01207)\n"
    "* [Spectre](https://arxiv.org/abs/1801.01203)\n\n"
    "Previous Work:\n\n"
    "* MICRO '16: [Jump Over ASLR: Attacking Branch Predictors to Bypass ASLR]"
    "(http://www.cs.binghamton.edu/~dima/micro16.pdf)\n")


def test_a_label_line_ending_in_a_colon_is_no_title_of_the_bullets_under_it():
    """420 (precision 0.81 before): `Previous Work:` opens the bullets under it, it is not
    the title of a label list (the bullet's own link text is the paper's title, its venue
    before the colon); `[Video and Slides]` joins two resource labels: a label, no paper."""
    papers = papers_in(_LABEL_OVER_BULLETS)
    assert papers["Jump Over ASLR: Attacking Branch Predictors to Bypass ASLR"] \
        == (2016, "MICRO 2016", "Papers")
    assert "Previous Work" not in papers and "Video and Slides" not in papers
    assert sorted(papers) == [
        "FLUSH + RELOAD: a High Resolution, Low Noise, L3 Cache Side-Channel Attack",
        "Jump Over ASLR: Attacking Branch Predictors to Bypass ASLR", "Meltdown", "Spectre"]


# List 410's lines (grammatical error correction), as written: ACL-style citations whose
# venue is a proceedings' name holding its edition (a year or an ordinal)
_PROCEEDINGS_EDITION = (
    "## Shared Task\n\n"
    "* Ng Hwee Tou, Wu Siew Mei, Briscoe Ted, Hadiwinoto Christian, Susanto Raymond Hendy and "
    "Bryant Christopher. 2014. [The CoNLL-2014 Shared Task on Grammatical Error Correction]"
    "(https://www.aclweb.org/anthology/W14-1701). In Proceedings of the Eighteenth Conference "
    "on Computational Natural Language Learning: Shared Task.\n\n"
    "## Evaluation\n\n"
    "* Liu, Zhenghao et al. 2021. [Neural Quality Estimation with Multiple Hypotheses for "
    "Grammatical Error Correction](https://aclanthology.org/2021.naacl-main.429.pdf). In "
    "*Proceedings of the 2021 Conference of the North American Chapter of the Association for "
    "Computational Linguistics: Human Language Technologies*, Association for Computational "
    "Linguistics, 5441–52.\n"
    "* Bryant Christopher, Felice Mariano, Briscoe Edward John. 2017. [Automatic annotation and "
    "evaluation of error types for grammatical error correction]"
    "(https://www.aclweb.org/anthology/P17-1074). In Proceedings of the 55th Annual Meeting of "
    "the Association for Computational Linguistics (Volume 1: Long Papers).(ERRANT)\n")


def test_a_proceedings_name_holding_its_edition_gives_the_events_name():
    """410 (fields 0.78 before): the venue is the event's name after the edition (`Eighteenth`,
    `55th`, `2021`), not `Proceedings of the 2021` cut at the year inside it; the year is the
    edition's or the citation's."""
    papers = papers_in(_PROCEEDINGS_EDITION)
    assert papers["The CoNLL-2014 Shared Task on Grammatical Error Correction"][:2] \
        == (2014, "Conference on Computational Natural Language Learning 2014")
    assert papers["Neural Quality Estimation with Multiple Hypotheses for Grammatical Error "
                  "Correction"][:2] == (
        2021, "Conference of the North American Chapter of the Association for Computational "
              "Linguistics 2021")
    assert papers["Automatic annotation and evaluation of error types for grammatical error "
                  "correction"][:2] == (
        2017, "Annual Meeting of the Association for Computational Linguistics 2017")


def test_an_intro_field_naming_the_proceedings_gives_the_events_name_and_year():
    """416 (`Visual Search at Pinterest`): a field line under the bold title that opens with a
    proceedings' name (`in Proceedings of the 21th ACM SIGKDD ...`, longer than a venue line
    is read at) gives the event's name and the year at its end."""
    md = ("# Papers\n\n**Visual Search at Pinterest**\n\n"
          "- intro: in Proceedings of the 21th ACM SIGKDD International Conference on Knowledge "
          "and Discovery and Data Mining, 2015\n"
          "- arxiv: [http://arxiv.org/abs/1505.07647](http://arxiv.org/abs/1505.07647)\n"
          "- blog: [https://engineering.pinterest.com/blog/introducing-new-way-visually-search-"
          "pinterest](https://engineering.pinterest.com/blog/introducing-new-way-visually-search"
          "-pinterest)\n")
    assert papers_in(md) == {"Visual Search at Pinterest": (
        2015, "ACM SIGKDD International Conference on Knowledge and Discovery and Data Mining "
              "2015", "Papers")}


# List 414's lines (aspect-based sentiment analysis), as written: a bold bracketed venue tag
# with the year's two digits after a hyphen, one paper per dataset heading
_HYPHEN_YEAR_TAGS = (
    "# Aspect-Based-Sentiment-Analysis\n\n"
    "### Survey\n\n"
    "- **[IEEE-TAC-20]**: Issues and Challenges of Aspect-based Sentiment Analysis: A "
    "ComprehensiveSurvey. [[paper]](https://ieeexplore.ieee.org/abstract/document/8976252)\n\n"
    "### SemEval-2014 Task 4\n\n"
    "- **[SemEval-14]**: SemEval-2014 Task 4: Aspect Based Sentiment Analysis. [[paper]]"
    "(https://www.aclweb.org/anthology/S14-2004)\n\n"
    "### MAMS\n\n"
    "- **[EMNLP-19]**: A Challenge Dataset and Effective Models for Aspect-Based Sentiment "
    "Analysis. [[paper]](https://www.aclweb.org/anthology/D19-1654.pdf)\n\n"
    "### Aspect Based Sentiment Classification\n\n"
    "- **[ACL-14]**: Adaptive Recursive Neural Network for Target-dependent Twitter Sentiment "
    "Classification. [[paper]](https://www.aclweb.org/anthology/P14-2009)\n"
    "- **[NIPS-14-workshop]**: Aspect Specific Sentiment Analysis using Hierarchical Deep "
    "Learning. [[paper]](https://pdfs.semanticscholar.org/4500/"
    "68221da8297ac0a0e1524b1e196900c61b2e.pdf)\n"
    "- **[EMNLP-15]**: PhraseRNN: Phrase Recursive Neural Network for Aspect-based Sentiment "
    "Analysis. [[paper]](https://www.aclweb.org/anthology/D15-1298)\n")


def test_a_hyphenated_two_digit_year_tag_where_the_list_writes_venues_is_venue_and_year():
    """414 (fields 0.93 before): where the list's items write their venues before the title
    (`**[EMNLP-19]**`, `**[ACL-14]**`), a tag the table does not know written alike
    (`[IEEE-TAC-20]`, `[SemEval-14]`, `[NIPS-14-workshop]`) is a venue and its year."""
    papers = papers_in(_HYPHEN_YEAR_TAGS)
    assert papers["Issues and Challenges of Aspect-based Sentiment Analysis: A "
                  "ComprehensiveSurvey"][:2] == (2020, "IEEE-TAC 2020")
    assert papers["SemEval-2014 Task 4: Aspect Based Sentiment Analysis"][:2] \
        == (2014, "SemEval 2014")
    assert papers["Aspect Specific Sentiment Analysis using Hierarchical Deep Learning"][:2] \
        == (2014, "NIPS 2014 Workshop")


def test_a_model_name_and_its_depth_in_brackets_is_no_venue_year():
    """A model's name and its depth (`[VGG-16]`, `[ResNet-50]`) is written as `[SemEval-14]`
    is: one name, a hyphen, two digits; no year (2016, 2050) is read from it."""
    papers = papers_in(
        "# Awesome CNN\n\n## Backbones\n\n"
        "- **[VGG-16]**: [Very Deep Convolutional Networks for Large-Scale Image Recognition]"
        "(https://arxiv.org/abs/1409.1556)\n"
        "- **[ResNet-50]**: [Deep Residual Learning for Image Recognition]"
        "(https://arxiv.org/abs/1512.03385)\n"
        "- **[DenseNet-12]**: [Densely Connected Convolutional Networks]"
        "(https://arxiv.org/abs/1608.06993)\n")
    assert {title: fields[0] for title, fields in papers.items()} == {
        "Very Deep Convolutional Networks for Large-Scale Image Recognition": None,
        "Deep Residual Learning for Image Recognition": None,
        "Densely Connected Convolutional Networks": None}


def test_a_field_name_in_parentheses_before_the_title_link_is_no_venue():
    """`(Natural Language Processing) [Title](url)`: a field's name is a topic's tag as much
    as a venue's name; only a word of a venue's form (`Journal of ...`) marks a venue there."""
    papers = papers_in(
        "# Awesome ML\n\n## Papers\n\n"
        "1. (Natural Language Processing) [Attention Is All You Need]"
        "(https://arxiv.org/abs/1706.03762)\n"
        "2. (Artificial Intelligence) [Mastering the game of Go without human knowledge]"
        "(https://www.nature.com/articles/nature24270)\n"
        "3. (Journal of Computational Science) [Multi-view contrastive learning for multilayer "
        "network embedding](https://www.sciencedirect.com/science/article/abs/pii/"
        "S1877750323000352)\n")
    assert papers["Attention Is All You Need"][1] == ""
    assert papers["Mastering the game of Go without human knowledge"][1] == ""
    assert papers["Multi-view contrastive learning for multilayer network embedding"][1] \
        == "Journal of Computational Science"
