"""How fields are read inside an item (issue 15, round 6): real lines of lists 73-96
(tests/corpus/, provenance in SOURCES.md "Sixth held-out set" and "Seventh held-out set"), one
test per mechanism."""

from __future__ import annotations

from awesome_bib.importer import read_library

from .test_round4_fields import _item, _names


def _papers(md: str) -> dict[str, tuple[str, int | None, list[str]]]:
    reading = read_library(md, "list.md")
    return {e.title: (e.venue_tag, e.year, [a.family for a in e.authors])
            for e in reading.lib.entries if e.kind == "paper"}


def test_names_then_one_dash_then_the_title_read_by_the_section():
    """List 95: `* Author et al. - Title [[Link]](url)`: the names stood in the title; a
    section whose items are so written (some with two names or "et al.") reads them all so."""
    papers = _papers(
        "# L\n\n## Papers\n\n"
        "* :star: James Cumming - An Investigation into the Use of Reinforcement Learning "
        "Techniques within the Algorithmic Trading Domain [[Link]](http://www.doc.ic.ac.uk/a.pdf)\n"
        "* Zhuoran Xiong et al. - Practical Deep Reinforcement Learning Approach for Stock "
        "Trading [[Link]](https://arxiv.org/abs/1811.07522)\n"
        "* J.B. Heaton et al. - Deep Learning for Finance: Deep Portfolios "
        "[[Link]](https://papers.ssrn.com/sol3/papers.cfm?abstract_id=2838013)\n")
    assert papers["Practical Deep Reinforcement Learning Approach for Stock Trading"][2] == \
        ["Xiong"]
    assert papers["Deep Learning for Finance: Deep Portfolios"][2] == ["Heaton"]
    assert papers["An Investigation into the Use of Reinforcement Learning Techniques within "
                  "the Algorithmic Trading Domain"][2] == ["Cumming"]


def test_one_dash_in_a_title_stays_when_no_names_stand_before_it():
    papers = _papers("# L\n\n## Papers\n\n"
                     "* Node2vec - Scalable Feature Learning for Networks [[Link]](https://x.org/a.pdf)\n"
                     "* Chat with Traders EP042 - Machine learning for algorithmic trading "
                     "[[Link]](https://x.org/b.pdf)\n")
    assert set(papers) == {"Node2vec - Scalable Feature Learning for Networks",
                           "Chat with Traders EP042 - Machine learning for algorithmic trading"}


def test_headings_of_a_venue_and_its_editions_give_venue_and_year():
    """Lists 77, 83, 92: venue and year written only in the headings above the items."""
    papers = _papers("# L\n\n## S&P\n\n### sp2025\n\n"
                     "* [security] [Peer2PIR: Private Queries for IPFS](https://arxiv.org/pdf/2405.17307).\n"
                     "\n### sp2024\n\n"
                     "* [security] [Non-Atomic Arbitrage in Decentralized Finance]"
                     "(https://x.org/c.pdf).\n")
    assert papers["Peer2PIR: Private Queries for IPFS"][:2] == ("S&P 2025", 2025)
    assert papers["Non-Atomic Arbitrage in Decentralized Finance"][:2] == ("S&P 2024", 2024)
    papers = _papers("# L\n\n### 2025\n\n#### IJCAI\n\n"
                     "- Exploiting Label Skewness for Spiking Neural Networks in Federated "
                     "Learning. [[PUB](https://www.ijcai.org/proceedings/2025/1)]\n")
    assert list(papers.values())[0][:2] == ("IJCAI 2025", 2025)


def test_a_venue_heading_among_topic_headings_gives_nothing():
    """List 50: `### ACL2022` beside topic headings is one more reading-list topic (a paper of
    2019 is nested under it); `## Updated 2024` dates nothing."""
    papers = _papers("# L\n\n### 言語モデル\n- [Language Models are Few-Shot Learners]"
                     "(https://arxiv.org/abs/2005.14165)\n### ACL2022\n"
                     "- [Deduplicating Training Data Makes Language Models Better]"
                     "(https://aclanthology.org/2022.acl-long.577/)\n"
                     "  - [BART: Denoising Sequence-to-Sequence Pre-training]"
                     "(https://arxiv.org/abs/1910.13461)\n")
    assert sorted(papers) == ["BART: Denoising Sequence-to-Sequence Pre-training",
                              "Deduplicating Training Data Makes Language Models Better",
                              "Language Models are Few-Shot Learners"]
    assert all(venue == "" and year is None for venue, year, _ in papers.values())


def test_a_bold_name_a_colon_then_the_title_and_its_year():
    """List 94: `* **CORD-19**: Cord-19: The covid-19 open research dataset 2020. [paper]`:
    the name and the year stood in the title, or the title was read as a venue."""
    item = _item("* **CORD-19**: Cord-19: The covid-19 open research dataset 2020. "
                 "[paper](https://www.ncbi.nlm.nih.gov/pmc/articles/PMC7251955/)")
    assert (item.name, item.title, item.year, item.venue_tag) == \
        ("CORD-19", "Cord-19: The covid-19 open research dataset", 2020, "")
    item = _item("* **MultiCochrane**: Multilingual Simplification of Medical Texts 2023. "
                 "[paper](https://arxiv.org/abs/2305.12532)")
    assert (item.title, item.year, item.venue_tag) == \
        ("Multilingual Simplification of Medical Texts", 2023, "")


def test_gbt_7714_citations_without_links_are_papers():
    """List 89: `Surname I, Surname I, et al. Title[J]. Venue, 2019` under topic bullets."""
    papers = _papers(
        "# L\n\n## Action Recognition\n\n* **CNN-based methods**\n"
        "  * Ji S, Xu W, Yang M, et al. 3D Convolutional Neural Networks for Human Action "
        "Recognition[J]. IEEE Transactions on Pattern Analysis and Machine Intelligence, 2012, "
        "35(1):221-231.\n"
        "  * Fernando B, Gould S. Learning end-to-end video classification with rank-pooling"
        "[C]//International Conference on Machine Learning. 2016: 1187-1196.\n"
        "  * Varol G, Laptev I, Schmid C. Long-term temporal convolutions for action recognition"
        "[J]. arXiv preprint arXiv:1604.04494, 2016.\n")
    assert papers["Learning end-to-end video classification with rank-pooling"] == \
        ("International Conference on Machine Learning 2016", 2016, ["Fernando", "Gould"])
    assert papers["3D Convolutional Neural Networks for Human Action Recognition"][1:] == \
        (2012, ["Ji", "Xu", "Yang"])


def test_names_a_venue_field_and_the_year_after_the_title_link():
    """List 86: `[Title](url) - Authors, Venue, Year`: the venue was read as one more author."""
    item = _item("- [A Taxonomy of ML for Systems Problems](https://ieeexplore.ieee.org/a) - "
                 "Martin Maas, IEEE Micro, 2020")
    assert (_names(item), item.venue_tag, item.year) == \
        ([("Maas", "Martin")], "IEEE Micro 2020", 2020)
    item = _item("- [Machine Learning in Compiler Optimisation](https://x.org/pieee18.pdf) - "
                 "Zheng Wang and Michael O'Boyle, Proceedings of the IEEE, 2018")
    assert (len(item.authors), item.venue_tag, item.year) == \
        (2, "Proceedings of the IEEE 2018", 2018)


def test_venue_and_year_written_around_the_title():
    """Lists 75, 76, 79: a workshop after the venue's year, an author-year citation before a
    code link, a year alone after a bold title."""
    item = _item("1. **Towards Autoformalization of Mathematics and Code Correctness: "
                 "Experiments with Elementary Proofs** `EMNLP 2022 MathNLP Workshop` "
                 "[[paper]](https://arxiv.org/pdf/2301.02195.pdf) [NL, Coq]")
    assert (item.venue_tag, item.year) == ("EMNLP 2022 MathNLP Workshop", 2022)
    item = _item("- [**Logan: Membership inference attacks against generative models.**]"
                 "(https://x.org/p.xml) (Hayes et al. 2019) ([code](https://github.com/j/g))")
    assert (item.venue_tag, item.year, _names(item)) == ("", 2019, [("Hayes", "")])
    item = _item("- [DRAW] **Draw: A challenging and diverse algebra word problem set**, 2015 "
                 "[[paper](https://www.microsoft.com/x.pdf)]")
    assert (item.title, item.year) == ("Draw: A challenging and diverse algebra word problem "
                                       "set", 2015)


def test_a_paragraph_venue_line_with_a_digit_or_a_dated_dash():
    """Lists 73, 90: `3DV 2021.`, `arXiv – Oct 2023` on the line under the authors."""
    papers = _papers("# L\n\n## P\n\n**SAFA: Structure Aware Face Animation.**<br>\n"
                     "*Qiulin Wang, Lu Zhang, Bo Li.*<br>\n"
                     "3DV 2021. [[PDF](https://arxiv.org/abs/2111.04928)]\n\n"
                     "**DSPy: Compiling Declarative Language Model Calls into Self-Improving "
                     "Pipelines**  \n*Omar Khattab, Arnav Singhvi*  \n"
                     "arXiv – Oct 2023 [[paper](https://arxiv.org/abs/2310.03714)]\n")
    assert papers["SAFA: Structure Aware Face Animation"][:2] == ("3DV 2021", 2021)
    assert papers["DSPy: Compiling Declarative Language Model Calls into Self-Improving "
                  "Pipelines"][:2] == ("arXiv 2023", 2023)
