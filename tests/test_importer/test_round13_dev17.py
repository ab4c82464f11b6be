"""Issue 15, round 13, `import-dev17` on the twenty-first held-out set (lists 253-264,
tests/corpus/, provenance in SOURCES.md): real lines of those lists, each read by one general
reading (a title whose capitalised words read as names before its author list)."""

from __future__ import annotations

from awesome_bib.errors import ListError
from awesome_bib.importer import read_library

from .conftest import papers_with_authors as _papers


def test_linkless_citation_lines_whose_title_reads_as_names():
    """List 256: linkless lines `Title, A. Author et al., Venue, 2016.<br>` in one paragraph.
    `Deterministic Policy Gradient Algorithms, D. Silver et al.` reads as one author list
    (capitalised words, then "et al."), but after the year is peeled its venue is the field
    before the year, and the title then its names: every line is a paper, so the paragraph
    is read line by line (before: one line unread refused the whole list)."""
    md = ("本文列举了关于深度强化学习的一些论文。\n\n### 策略相关的文章\n\n"
          "Asynchronous Methods for Deep Reinforcement Learning, V. Mnih et al., arXiv, "
          "2016.<br>\n"
          "Continuous control with deep reinforcement learning, T. P. Lillicrap et al., ICLR, "
          "2016.<br>\n"
          "Deterministic Policy Gradient Algorithms, D. Silver et al., ICML, 2015.<br>\n"
          "Trust Region Policy Optimization, J. Schulman et al., ICML, 2015.<br>\n")
    papers = _papers(md)
    assert papers["Deterministic Policy Gradient Algorithms"] == (2015, "ICML 2015", ["Silver"])
    assert papers["Trust Region Policy Optimization"] == (2015, "ICML 2015", ["Schulman"])
    assert papers["Continuous control with deep reinforcement learning"][:2] \
        == (2016, "ICLR 2016")
    assert len(papers) == 4


def test_a_capitalised_author_list_is_still_no_title():
    """The reading needs a year peeled first and an author list after the title: a line of
    names alone before a venue stays what it was (no title made of names)."""
    md = ("# L\n\n## Papers\n\n"
          "Ann Author, Bob Writer et al., ICML, 2015.<br>\n"
          "Carl Person, Dan Other et al., NIPS, 2016.<br>\n\n"
          "## Policy\n\n"
          "Asynchronous Methods for Deep Reinforcement Learning, V. Mnih et al., arXiv, "
          "2016.<br>\n"
          "Deterministic Policy Gradient Algorithms, D. Silver et al., ICML, 2015.<br>\n"
          "Trust Region Policy Optimization, J. Schulman et al., ICML, 2015.<br>\n")
    # (the list is read, not refused whole: a refusal would pass this test whatever the reading)
    papers = _papers(md)
    assert "Trust Region Policy Optimization" in papers
    assert not any(t.startswith(("Ann Author", "Carl Person")) for t in papers)


def _papers_or_none(md: str) -> list[str]:
    """The titles a list imports, none when it is refused whole."""
    try:
        return list(_papers(md))
    except ListError:
        return []


def test_names_before_an_unquoted_title_in_a_section_written_so():
    """List 259: ` - Authors, Title, Venue, Year. [[Paper]](url)` with full given names (no
    initials). Most of the section's items that have a comma open with persons, so one person
    before the title is an author too (`Marvin Minsky, Steps toward ...`), and a title after
    two persons is not cut at its first comma (`Andrew Barto` was the title before, the real
    title read as names); a date with its day (`ArXiv, 16 Oct 2015`) dates the preprint."""
    md = ("# L\n\n### Papers / Thesis\n"
          " - Marvin Minsky, Steps toward Artificial Intelligence, Proceedings of the IRE, 1961. "
          "[[DOI]](https://dx.doi.org/10.1109/JRPROC.1961.287775)\n"
          " - Andrew Barto, Michael Duff, Monte Carlo Inversion and Reinforcement Learning, "
          "NIPS, 1994. [[Paper]](http://papers.nips.cc/paper/865-monte-carlo-matrix-inversion"
          "-and-reinforcement-learning.pdf)\n"
          " - Andrew Schwartz, A Reinforcement Learning Method for Maximizing Undiscounted "
          "Rewards, ICML, 1993. [[Paper]](https://example.org/schwartz.pdf)\n"
          " - Michail G. Lagoudakis, Ronald Parr, Model-Free Least Squares Policy Iteration, "
          "NIPS, 2001. [[Paper]](http://www.cs.duke.edu/research/AI/LSPI/nips01.pdf)\n"
          " - Sergey Levine, Chelsea Finn, Trevor Darrel, Pieter Abbeel, End-to-End Training "
          "of Deep Visuomotor Policies. ArXiv, 16 Oct 2015 [[ArXiv]](https://arxiv.org/abs/"
          "1504.00702)\n"
          " - Tom Schaul, John Quan, Ioannis Antonoglou, David Silver, Prioritized Experience "
          "Replay, ArXiv, 18 Nov 2015 [[ArXiv]](https://arxiv.org/abs/1511.05952)\n")
    papers = _papers(md)
    assert papers["Prioritized Experience Replay"][0] == 2015
    assert papers["Prioritized Experience Replay"][2][:2] == ["Schaul", "Quan"]
    assert papers["Steps toward Artificial Intelligence"] \
        == (1961, "Proceedings of the IRE 1961", ["Minsky"])
    assert papers["Monte Carlo Inversion and Reinforcement Learning"] \
        == (1994, "NIPS 1994", ["Barto", "Duff"])
    assert papers["A Reinforcement Learning Method for Maximizing Undiscounted Rewards"][2] \
        == ["Schwartz"]
    assert papers["Model-Free Least Squares Policy Iteration"][:2] == (2001, "NIPS 2001")
    assert papers["End-to-End Training of Deep Visuomotor Policies"][0] == 2015


def test_one_capitalised_phrase_before_a_comma_stays_a_title_alone():
    """The names vote needs most comma items of the section to open with persons: a lone
    `World Models, Ha & Schmidhuber, 2018` keeps its title and reads its names after it."""
    md = ("# L\n\n## Papers\n"
          "- World Models, Ha & Schmidhuber, 2018 [[paper]](https://arxiv.org/abs/1803.10122)\n"
          "- [Dream to Control: Learning Behaviors by Latent Imagination]"
          "(https://arxiv.org/abs/1912.01603)\n")
    assert "World Models" in _papers(md)


def test_a_year_then_a_name_in_brackets_is_no_venue():
    """List 257: `* [Title](pdf) (2018, First Author)`: the year, then who wrote it; the name
    is no venue (before: venue `2018, Yongfeng Zhang`); a venue then a year stays a venue."""
    md = ("# L\n\n## 4. Papers\n"
          "* [Explainable Recommendation: A Survey and New Perspectives]"
          "(https://arxiv.org/pdf/1804.11192) (2018, Yongfeng Zhang)\n"
          "* [Neural Collaborative Filtering](https://www.comp.nus.edu.sg/~xiangnan/papers/"
          "ncf.pdf) (2017, Xiangnan He)\n"
          "* [Deep Neural Networks for YouTube Recommendations](https://example.org/yt.pdf) "
          "(RecSys, 2016)\n"
          "* [Attention Gated Networks: Learning to Leverage Salient Regions in Medical Images]"
          "(https://example.org/ag.pdf) (2019, Medical Image Analysis)\n")
    papers = _papers(md)
    # (a venue the table knows after the year is a venue, though its words read as a name)
    assert papers["Attention Gated Networks: Learning to Leverage Salient Regions in Medical "
                  "Images"][:2] == (2019, "Medical Image Analysis 2019")
    assert papers["Explainable Recommendation: A Survey and New Perspectives"][:2] == (2018, "")
    assert papers["Neural Collaborative Filtering"][:2] == (2017, "")
    assert papers["Deep Neural Networks for YouTube Recommendations"][:2] == (2016, "RecSys 2016")


def test_papers_written_as_headings_over_label_links():
    """List 260: one paper per `###` heading that links nothing itself, its links the label
    bullets under it (`* <img src=...>[Link](doi)`, `[Paper1]`, `[Reading Note]`) and an
    abstract: the heading is the paper (its venue in brackets), the bullets its links, no
    paper named `Paper1`. A heading over tools described in words stays a section."""
    md = ("# Recent Papers Related To Fuzzing\n\n# Survey/Review\n\n"
          "### A Survey of Protocol Fuzzing<a name=\"a-survey-of-protocol-fuzzing\"></a>\n\n"
          "* <img src=\"image/link.png\">[Link](https://arxiv.org/abs/2401.01568)\n"
          "* <img src=\"image/pdf_24px.png\">[Paper](./Paper/ACM_CSUR24_Protocol_Fuzzing.pdf)\n\n"
          "Abstract: Communication protocols form the bedrock of our interconnected world.\n\n"
          "### Demystify the Fuzzing Methods: A Comprehensive Survey (ACM CSUR 2023)"
          "<a name=\"demystify-fuzzing-methods-survey\"></a>\n\n"
          "* <img src=\"image/link.png\">[Link](https://dl.acm.org/doi/10.1145/3623375)\n\n"
          "### The Progress, Challenges, and Perspectives of Directed Greybox Fuzzing (STVR)\n\n"
          "* <img src=\"image/wechat_24px.png\">[Reading Note](https://www.yuque.com/x/zpibe5)\n"
          "* <img src=\"image/pdf_24px.png\">[Paper1](https://onlinelibrary.wiley.com/doi/epdf/"
          "10.1002/stvr.1869)\n"
          "* <img src=\"image/pdf_24px.png\">[Paper2](./Paper/Arxiv20_SoK.pdf)\n")
    papers = _papers(md)
    assert len(papers) == 3 and not {"Paper1", "Paper2", "Reading Note", "Link"} & set(papers)
    assert {"A Survey of Protocol Fuzzing",
            "Demystify the Fuzzing Methods: A Comprehensive Survey"} <= set(papers)
    assert papers["Demystify the Fuzzing Methods: A Comprehensive Survey"][:2] \
        == (2023, "ACM CSUR 2023")
    entry = next(e for e in read_library(md, "list.md").lib.entries
                 if e.title == "A Survey of Protocol Fuzzing")
    assert entry.arxiv == "2401.01568"


def test_a_heading_over_described_tools_is_no_paper():
    """List 58's shape: `### Method Name Generation` over `- [tool-name](github), A tool of
    ...`: the bullets describe works in words; the heading is their section."""
    md = ("# SE\n\n### Method Name Generation\n"
          "  - [debug-method-name-2019-ICSE](https://example.org/debug-method-name.pdf), "
          "A tool of spotting and refactoring inconsistent method names\n\n"
          "### Documentation Bad Smell Detection\n"
          "  - [DocSmell Benchmark](https://example.org/docsmell/data.pdf), benchmark "
          "dataset of 1000 documentations with these 5 types of smells.\n\n"
          "### Code Summarization\n"
          "  - [A Neural Model for Generating Natural Language Summaries of Program "
          "Subroutines](https://arxiv.org/abs/1902.01954)\n")
    # (a paper keeps the list from being refused whole, and the described work links a PDF,
    # not a repository: only the bullet's own words keep its heading from being a paper)
    papers = _papers(md)
    assert "A Neural Model for Generating Natural Language Summaries of Program " \
        "Subroutines" in papers
    assert not {"Method Name Generation", "Documentation Bad Smell Detection"} & set(papers)


def test_a_bracketed_name_before_and_an_affiliation_after_a_table_title():
    """List 255: `|2024.01|🔥🔥[**DistServe**] DistServe: Title(@PKU)|[[pdf]](arxiv)|...|`: the
    fire marks and the bracketed bold name before the title and the `(@PKU)` affiliation glued
    after it are no title words; a bracketed label with a digit stays for the venue readers."""
    md = ("# Notes\n\n### Disaggregating Prefill and Decoding\n\n"
          "|Date|Title|Paper|Code|Recom|\n|:---:|:---:|:---:|:---:|:---:|\n"
          "|2024.01|🔥🔥[**DistServe**] DistServe: Disaggregating Prefill and Decoding for "
          "Goodput-optimized Large Language Model Serving(@PKU)|[[pdf]](https://arxiv.org/pdf/"
          "2401.09670)|[[DistServe]](https://github.com/LLMServe/DistServe)|⭐️⭐️ |\n"
          "|2023.11|🔥[**LLMCompass**] A Hardware Evaluation Framework for Large Language Model "
          "Inference(@princeton.edu)|[[pdf]](https://arxiv.org/pdf/2312.03134)|⚠️|⭐️ |\n"
          "|2024.12|🔥🔥[**KVDirect**] KVDirect: Distributed Disaggregated LLM Inference"
          "(@ByteDance)|[[pdf]](https://arxiv.org/pdf/2501.14743)|⚠️|⭐️ |\n")
    papers = _papers(md)
    assert set(papers) == {
        "DistServe: Disaggregating Prefill and Decoding for Goodput-optimized Large Language "
        "Model Serving",
        "A Hardware Evaluation Framework for Large Language Model Inference",
        "KVDirect: Distributed Disaggregated LLM Inference"}


def test_the_lists_title_names_its_venue_with_an_apostrophe_year():
    """List 263: `# CHI'26 Preprint Collection — Curated Reading List` over numbered `**Title**
    — [PDF](arxiv)` items that name no venue: the list's title is the outermost heading, its
    venue and two-digit year (CHI, a venue the table now knows) are every paper's."""
    md = ("# CHI'26 Preprint Collection — Curated Reading List\n\n"
          "## AI-/Computer-mediated Communication (9 papers)\n\n"
          "1. **PaperTok: Exploring the Use of Generative AI for Creating Short-form Videos "
          "for Research Communication** — [PDF](https://arxiv.org/pdf/2509.06634)\n"
          "2. **PolicyPad: Collaborative Prototyping of LLM Policies** — "
          "[PDF](https://arxiv.org/pdf/2509.19680)\n")
    papers = _papers(md)
    assert papers["PolicyPad: Collaborative Prototyping of LLM Policies"][:2] == (2026, "CHI 2026")


def test_a_name_then_a_year_after_the_links_dates_a_paper_only():
    """List 264: `1. [Title](arxiv) ([Paper](pdf)) \\`Alibaba\\` \\`2018\\``: who made it, then
    the year (code spans): the year is the paper's, the name no venue; a blog post written the
    same way (`[Title](medium) \\`Expedia\\` \\`2022\\``) gains no paper evidence from it."""
    md = ("# applied-ml\n\n## Reinforcement Learning\n"
          "1. [Deep Reinforcement Learning for Sponsored Search Real-time Bidding]"
          "(https://arxiv.org/abs/1803.00259) ([Paper](https://arxiv.org/pdf/1803.00259.pdf)) "
          "`Alibaba` `2018`\n"
          "2. [Reinforcement Learning to Rank in E-Commerce Search Engine]"
          "(https://arxiv.org/abs/1803.00710) ([Paper](https://arxiv.org/pdf/1803.00710.pdf)) "
          "`Alibaba` `2018`\n"
          "3. [How to Optimise Rankings with Cascade Bandits](https://medium.com/expedia-group-"
          "tech/how-to-optimise-rankings-with-cascade-bandits-5d92dfa0f16b) `Expedia` `2022`\n")
    papers = _papers(md)
    assert papers["Deep Reinforcement Learning for Sponsored Search Real-time Bidding"][:2] \
        == (2018, "")
    assert papers["Reinforcement Learning to Rank in E-Commerce Search Engine"][:2] == (2018, "")
    assert "How to Optimise Rankings with Cascade Bandits" not in papers


def test_child_lines_under_a_title_give_its_venue():
    """List 254: a title bullet with an author line and a venue line under it. `OSDI 2020`
    under an author line that ends with the same year fills the venue; a citation's tail
    (`In Proceedings of the 18th ... Middleware Conference, pp. 109-120. 2017.`) is the venue
    and year; a tail that names only a year (`In 2019 IEEE ... (pp. 283-292)`) dates it."""
    md = ("# Inference\n\n## Model Serving\n"
          "- Serving DNNs like Clockwork: Performance Predictability from the Bottom Up. "
          "[[Paper]](https://arxiv.org/pdf/2006.02464.pdf)\n"
          "  - Gujarati, A., Karimi, R., Alzayat, S., Kaufmann, A., Vigfusson, Y. and Mace, J., "
          "2020.\n"
          "  - OSDI 2020\n"
          "- Swayam: distributed autoscaling to meet SLAs of machine learning inference services "
          "with resource efficiency [[Paper]](https://example.org/2017.Middleware.pdf)\n"
          "  - Gujarati, Arpan, Sameh Elnikety, Yuxiong He, Kathryn S. McKinley, and Björn B. "
          "Brandenburg.\n"
          "  - In Proceedings of the 18th ACM/IFIP/USENIX Middleware Conference, pp. 109-120. "
          "2017.\n"
          "- DLHub: Model and data serving for science.  [[Paper]](https://arxiv.org/pdf/"
          "1811.11213.pdf)\n"
          "  - Chard, R., Li, Z., Chard, K., Ward, L., Babuji, Y., Woodard, A., Tuecke, S., "
          "Blaiszik, B., Franklin, M. and Foster, I., 2019, May.\n"
          "  - In 2019 IEEE International Parallel and Distributed Processing Symposium (IPDPS) "
          "(pp. 283-292). IEEE.\n")
    papers = _papers(md)
    clockwork = "Serving DNNs like Clockwork: Performance Predictability from the Bottom Up"
    assert papers[clockwork][:2] == (2020, "OSDI 2020")
    year, venue, _ = papers["Swayam: distributed autoscaling to meet SLAs of machine learning "
                            "inference services with resource efficiency"]
    assert year == 2017 and "Middleware" in venue
    assert papers["DLHub: Model and data serving for science"][:2] == (2019, "")


def test_gbt_names_end_at_the_stop_after_the_last_initial():
    """List 258: `* Bollen J, Mao H, Zeng X. Title. Journal of Computational⏎Science, 2011,
    2(1):1–8. [(link)](url)`: GB/T 7714 names (family name, initials) end at the stop after
    the last initial, not at a comma (before: `Zeng X. Twitter mood ...` was the title)."""
    md = ("# Quant Papers Collection\n\n### Natual Language Processing Related\n\n"
          "* Bollen J, Mao H, Zeng X. Twitter mood predicts the stock market. Journal of "
          "Computational\nScience, 2011, 2(1):1–8. [(link)](https://www.sciencedirect.com/"
          "science/article/pii/S187775031100007X)\n\n"
          "* Nevmyvaka Y, Feng Y, Kearns M. Reinforcement learning for optimized trade execution."
          " Proceedings of the 23rd international conference on Machine learning ICML 06, 2006, "
          "17(1):673–680. [(link)](https://dl.acm.org/doi/10.1145/1143844.1143929)\n")
    papers = _papers(md)
    assert papers["Twitter mood predicts the stock market"] \
        == (2011, "Journal of Computational Science 2011", ["Bollen", "Mao", "Zeng"])
    year, _, authors = papers["Reinforcement learning for optimized trade execution"]
    assert year == 2006 and authors == ["Nevmyvaka", "Feng", "Kearns"]
