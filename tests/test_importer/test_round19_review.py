"""Issue 15, review of round 19: readings whose evidence was weaker than it looked (a paper of a
list nobody had read dropped as a blog post, a venue glued to its year taken for a citation key,
a model's name taken for a venue, a placeholder taken for a venue). Each test fails on round
19's merged code."""

from __future__ import annotations

from .conftest import papers_in, papers_with_authors


def test_a_publishers_dated_page_is_no_blog_post() -> None:
    # A blog engine dates its posts to the day in the path; so does a publisher's early-access
    # page. Only the first says "post": a paper host's page stays a paper.
    md = ("# Awesome Robot Control\n\n## Papers\n\n"
          "* [Adaptive Human-Inspired Compliant Contact Primitives to Perform Surface-Surface"
          " Contact under Uncertainty](http://ijr.sagepub.com/content/early/2016/07/06/"
          "0278364916648389)\n"
          "* [Input Convex Neural Networks](https://arxiv.org/abs/1609.07152)\n"
          "* [Neural Episodic Control](https://arxiv.org/abs/1703.01988)\n")
    assert len(papers_in(md)) == 3
    blog = md.replace("http://ijr.sagepub.com/content/early/2016/07/06/0278364916648389",
                      "https://someone.github.io/2016/07/06/contact-primitives/")
    assert len(papers_in(blog)) == 2


def test_a_bracketed_venue_and_year_is_no_citation_key() -> None:
    # `[CVPR2022]` is a venue glued to its year, not `[Degrave2022]`; the names after the
    # title are no venue
    papers = papers_with_authors(
        "# V\n\n## Papers\n\n- [CVPR2022] Masked Autoencoders Are Scalable Vision Learners, "
        "He et al., 2022 [[paper](https://arxiv.org/abs/2111.06377)]\n"
        "- [ECCV2020] End-to-End Object Detection with Transformers, Carion et al., 2020\n")
    assert all("et al" not in venue for _, venue, _ in papers.values())


def test_a_journals_early_access_page_dated_to_the_day_is_no_post() -> None:
    md = ("# G\n\n## Papers\n\n"
          "- [Pan-cancer analysis of whole genomes reveals driver rearrangements](https://"
          "cancerres.aacrjournals.org/content/early/2019/05/28/0008-5472.CAN-18-3962)\n"
          "- [Attention Is All You Need](https://arxiv.org/abs/1706.03762)\n"
          "- [Deep Residual Learning for Image Recognition](https://arxiv.org/abs/1512.03385)\n")
    assert len(papers_in(md)) == 3
    assert len(papers_in(md.replace("cancerres.aacrjournals.org/content/early/2019/05/28/"
                                    "0008-5472.CAN-18-3962",
                                    "someone.github.io/2019/05/28/driver-rearrangements/"))) == 2


def test_a_models_name_and_year_in_brackets_is_no_venue() -> None:
    papers = papers_in("# L\n\n## Models\n\n- **GPT-3 (2020)**: Language Models are Few-Shot "
                       "Learners [[paper](https://arxiv.org/abs/2005.14165)]\n")
    assert papers["Language Models are Few-Shot Learners"][:2] == (2020, "")


def test_a_placeholder_under_a_venue_label_is_no_venue() -> None:
    record = ("### {t}\n- **Link**: [{t}](https://arxiv.org/abs/{a})\n- **Published In**: {v}\n"
              "- **Summary**: A method.\n\n")
    md = "# Papers\n\n" + "".join(record.format(t=t, a=a, v=v) for t, a, v in (
        ("Attention Is All You Need", "1706.03762", "Under review"),
        ("Deep Residual Learning for Image Recognition", "1512.03385", "N/A"),
        ("Language Models are Few-Shot Learners", "2005.14165", "ACM")))
    papers = papers_in(md)
    assert papers["Attention Is All You Need"][1] == ""
    assert papers["Deep Residual Learning for Image Recognition"][1] == ""
    assert papers["Language Models are Few-Shot Learners"][1] == "ACM"


def test_an_unknown_acronym_among_bold_tags_is_no_venue() -> None:
    # Bold tags before a plain title: a venue the table knows is the venue (`RAL`); an
    # acronym alone tags a topic (`LLM`, `RAG`)
    md = ("# L\n\n## Papers\n\n"
          "- **`Handcraft`** **`RAL`** Narrowing Your FOV With SOLiD: Spatially Organized and"
          " Lightweight Global Descriptor for FOV-constrained LiDAR Place Recognition"
          " [[paper](https://example.org/solid.pdf)]\n"
          "- **`LLM`** **`RAG`** Retrieval-Augmented Generation for Knowledge-Intensive NLP Tasks"
          " [[paper](https://arxiv.org/abs/2005.11401)]\n")
    venues = {title.split()[0]: venue for title, (_year, venue, _section) in papers_in(md).items()}
    assert venues == {"Narrowing": "RAL", "Retrieval-Augmented": ""}


def test_the_titles_own_link_names_no_venue() -> None:
    # A title line that is one link ended by a hard break: the link's text is the title and its
    # year (`AlphaFold 3 (2024)`), the title's own link, never a label naming a venue
    md = ("# P\n\n## Structure Prediction\n\n"
          "- **[AlphaFold 3 (2024)](https://www.nature.com/articles/s41586-024-07487-w)**  \n"
          "  Introduces a diffusion-based architecture for predicting complex structures.\n\n"
          "- **[HelixFold3 (2024)](https://arxiv.org/abs/2408.16975)**  \n"
          "  Open-source reproduction of AlphaFold 3.\n")
    assert {venue for _year, venue, _section in papers_in(md).values()} == {""}


def test_three_capitalised_words_after_a_comma_are_no_lone_author() -> None:
    # `Title, Bo Xu, 2019` may end with one person; `One Step Forward, Two Steps Back` ends
    # with a phrase, whatever field was peeled after it
    md = ("# S\n\n## Papers\n\n"
          "- [Serverless Computing: One Step Forward, Two Steps Back (CIDR‘19)]"
          "(https://arxiv.org/abs/1812.03651)\n"
          "- [Peeking Behind the Curtains of Serverless Platforms (ATC'18)]"
          "(https://www.usenix.org/conference/atc18/presentation/wang-liang)\n")
    papers = papers_with_authors(md)
    assert papers["Serverless Computing: One Step Forward, Two Steps Back"] == (
        2019, "CIDR 2019", [])


def test_a_dash_joining_a_labels_venue_and_year_is_no_part_of_the_venue() -> None:
    md = ("# A\n\n## P\n\n"
          "- **[AAAI-2016]**: Gated Neural Networks for Targeted Sentiment Analysis."
          " [[paper]](http://zhangmeishan.github.io/targeted-sentiment.pdf)\n")
    assert papers_in(md)["Gated Neural Networks for Targeted Sentiment Analysis"][:2] == (
        2016, "AAAI 2016")


def test_a_lists_affiliation_brackets_after_its_names_are_no_venues() -> None:
    # `by Names (Berkeley, 2021)` written after several author lists, no bracket a venue the
    # table knows: the list says who wrote each paper there, not where (year and names stay)
    md = ("# Awesome Conformal Prediction\n\n## Papers\n\n"
          "1. [Uncertainty Sets for Image Classifiers using Conformal Prediction]"
          "(https://arxiv.org/abs/2009.14193) by Anastasios N. Angelopoulos, Stephen Bates,"
          " Jitendra Malik, & Michael I. Jordan (Berkeley, 2021) 🔥🔥🔥\n"
          "2. [Distribution-Free Predictive Inference for Regression]"
          "(https://arxiv.org/abs/1604.04173) by Jing Lei, Max G'Sell, Alessandro Rinaldo,"
          " Ryan J. Tibshirani and Larry Wasserman (CMU, 2016)\n"
          "3. [Conformal prediction set for time-series](https://arxiv.org/abs/2206.07851)"
          " by Chen Xu, Yao Xie (Georgia Tech, 2022) [Python Code](https://github.com/x/y)\n")
    papers = papers_with_authors(md)
    assert papers["Uncertainty Sets for Image Classifiers using Conformal Prediction"] == (
        2021, "", ["Angelopoulos", "Bates", "Malik", "Jordan"])
    assert papers["Distribution-Free Predictive Inference for Regression"][:2] == (2016, "")
    assert papers["Conformal prediction set for time-series"] == (2022, "", ["Xu", "Xie"])
    # where one of them is a venue the table knows, that place may hold venues: all stay
    journal = md.replace("(CMU, 2016)", "(Nature, 2016)")
    assert papers_with_authors(journal)[
        "Uncertainty Sets for Image Classifiers using Conformal Prediction"][1] == "Berkeley 2021"


def test_a_single_journal_bracket_after_the_names_stays_the_venue() -> None:
    # one such item decides nothing: `(Applied Sciences, 2019)` is where it appeared
    md = ("# Sign Language\n\n## Papers\n\n"
          "- [Neural Sign Language Translation Based on Human Keypoint Estimation]"
          "(https://www.mdpi.com/2076-3417/9/13/2683) Sang-Ki Ko, Hyedong Jung and Choongsang"
          " Cho. (Applied Sciences, 2019)\n"
          "- [Sign Language Transformers](https://arxiv.org/abs/2003.13830) by Necati Cihan"
          " Camgoz, Oscar Koller, Simon Hadfield and Richard Bowden (CVPR 2020)\n")
    papers = papers_with_authors(md)
    assert papers["Neural Sign Language Translation Based on Human Keypoint Estimation"][:2] == (
        2019, "Applied Sciences 2019")


def test_an_index_named_in_a_source_column_is_no_venue() -> None:
    # `| Source |` names where each paper appeared (`Remote Sensing`), or, for some rows, the
    # index the list's maker searched (`Crossref`): that is where the record came from
    md = ("# G\n\n## Papers\n\n| Date | Paper | Authors | Source | Links |\n|---|---|---|---|---|\n"
          "| 2026-04-10 | Comprehensive Evaluation of Multi-Version Global Satellite Precipitation"
          " Products | Li, Cao, Guo | Remote Sensing | [Page](https://doi.org/10.3390/rs1) |\n"
          "| 2026-04-10 | Uncompromised, multimodal, multiscale structural analysis of mineralized"
          " tissues | Van der Meijden et al. | Crossref | [Page](https://doi.org/10.1/x) |\n"
          "| 2026-04-09 | Non-Contact Bearing Fault Diagnostics with Machine Learning | Voltolini"
          " | Applied Sciences | [Page](https://doi.org/10.3390/app1) |\n")
    venues = {t.split()[0]: v for t, (_y, v, _s) in papers_in(md).items()}
    assert venues["Uncompromised,"] == "" and venues["Comprehensive"].startswith("Remote Sensing")
