"""Issue 15, round 15, `import-dev20` on the twenty-fourth held-out set (lists 289-300,
tests/corpus/, provenance in SOURCES.md): real lines of those lists, each read by one general
reading (the level of sections set by headings whose items give paper evidence, headings that
name their one paper, a resource label before a line's title, a date where a reference number
stands)."""

from __future__ import annotations

from awesome_bib.errors import ListError
from awesome_bib.importer import read_library

from .conftest import papers_in as _papers

_TOOLS = (
    "# Awesome Tensor Compilers\n\n"
    "## Open Source Projects\n"
    "- [TVM: An End to End Machine Learning Compiler Framework](https://tvm.apache.org/)\n"
    "- [MLIR: Multi-Level Intermediate Representation](https://mlir.llvm.org/)\n"
    "- [XLA: Optimizing Compiler for Machine Learning](https://www.tensorflow.org/xla)\n\n"
    "## Papers\n\n### Survey\n"
    "- [The Deep Learning Compiler: A Comprehensive Survey](https://arxiv.org/abs/2002.03794) "
    "by Mingzhen Li et al., TPDS 2020\n"
    "- [An In-depth Comparison of Compilers for DeepNeural Networks on Hardware]"
    "(https://ieeexplore.ieee.org/document/8782480) by Yu Xing et al., ICESS 2019\n\n"
    "### Compiler and IR Design\n"
    "- [Hidet: Task-Mapping Programming Paradigm for Deep Learning Tensor Programs]"
    "(https://arxiv.org/abs/2210.09603) by Yaoyao Ding et al., ASPLOS 2023\n"
    "- [TensorIR: An Abstraction for Automatic Tensorized Program Optimization]"
    "(https://arxiv.org/abs/2207.04296) by Siyuan Feng, Bohan Hou et al., ASPLOS 2023\n"
    "- [Roller: Fast and Efficient Tensor Compilation for Deep Learning]"
    "(https://www.usenix.org/conference/osdi22/presentation/zhu) by Hongyu Zhu et al., "
    "OSDI 2022\n")


def test_subsections_of_papers_after_a_tools_section_are_the_sections():
    """List 297: `## Open Source Projects` (links to tools' sites, no paper evidence) holds
    items at level 2, `## Papers` none: the level whose headings hold papers giving evidence
    (`### Survey`, `### Compiler and IR Design`) is the sections' (before: every paper filed
    under `Papers`)."""
    papers = _papers(_TOOLS)
    assert papers["The Deep Learning Compiler: A Comprehensive Survey"] \
        == (2020, "TPDS 2020", "Survey")
    assert papers["Roller: Fast and Efficient Tensor Compilation for Deep Learning"][2] \
        == "Compiler and IR Design"
    assert not any(t.startswith(("TVM", "MLIR", "XLA")) for t in papers)  # tools, no papers


_FLOW = (
    "# Optical Flow Estimation\n\n## Deep Optical Flow\n"
    "### IRR ★\n"
    "**[Paper]** (CVPR 2019) Iterative Residual Refinement for Joint Optical Flow and "
    "Occlusion Estimation <Br>\n"
    "**[Author]** [Junhwa Hur](https://hurjunhwa.github.io/), Stefan Roth <Br>\n"
    "**[[Pytorch-Code](https://github.com/visinf/irr)]**<Br>\n\n"
    "### PWC-Net ★★\n"
    "**[Paper]** (CVPR 2018 Oral) PWC-Net: CNNs for Optical Flow Using Pyramid, Warping, and "
    "Cost Volum <Br>\n"
    "**[Author]** Deqing Sun, [Xiaodong Yang](http://xiaodongyang.org/) <Br>\n"
    "**[[Code](https://github.com/NVlabs/PWC-Net)]**<Br>\n\n"
    "### DenseMatching\n"
    "**[Paper]** (ICCV 2021 Oral) Warp Consistency for Unsupervised Learning of Dense "
    "Correspondences <Br>\n"
    "**[Author]** [Prune Truong](https://prunetruong.com/) <Br>\n\n"
    "## Unsupervised Optical Flow\n"
    "### Robustness Meets Deep Learning\n"
    "**[Paper]** (arXiv 1812) Robustness Meets Deep Learning: An End-to-End Hybrid Pipeline "
    "for Unsupervised Learning of Egomotion <Br>\n"
    "**[Author]**  [Alex Zihao Zhu](https://fling.seas.upenn.edu), Wenxin Liu\n<Br>\n\n"
    "### **UnFlow ★**\n"
    "**[Paper]** (AAAI 2018) UnFlow: Unsupervised Learning of Optical Flow with a "
    "Bidirectional Census Loss <Br>\n"
    "**[Author]** Simon Meister, Junhwa Hur,  Stefan Roth <Br>\n"
    "**[[Code](https://github.com/simonmeister/UnFlow)]**   <Br>\n")


def test_headings_that_name_their_one_paper_are_no_sections():
    """List 299: one paper per `### Name ★` heading whose name is in its paper's title
    (`PWC-Net`, `IRR` the initials of `Iterative Residual Refinement`) or not
    (`DenseMatching`, a repository's name): most name theirs, so the level names papers and
    the papers belong to `## Deep Optical Flow` (before: one section per paper). The bold
    `[Paper]` label says what the line holds (no venue), `(CVPR 2018 Oral)` is the venue and
    year, `(arXiv 1812)` arXiv's year-month."""
    papers = _papers(_FLOW)
    assert papers["PWC-Net: CNNs for Optical Flow Using Pyramid, Warping, and Cost Volum"][:2] \
        == (2018, "CVPR Oral 2018")
    assert papers["Iterative Residual Refinement for Joint Optical Flow and Occlusion "
                  "Estimation"] == (2019, "CVPR 2019", "Deep Optical Flow")
    assert papers["Warp Consistency for Unsupervised Learning of Dense Correspondences"][2] \
        == "Deep Optical Flow"
    assert papers["Robustness Meets Deep Learning: An End-to-End Hybrid Pipeline for "
                  "Unsupervised Learning of Egomotion"] \
        == (2018, "arXiv 2018", "Unsupervised Optical Flow")
    assert len(papers) == 5


def test_topic_headings_with_one_paper_each_stay_sections():
    """Headings that hold one paper each but do not name it are topics (the rule needs most
    of the level's headings to be their paper's name)."""
    md = _FLOW.replace("### IRR ★", "### Occlusion").replace("### PWC-Net ★★", "### Pyramids")
    papers = _papers(md)
    assert papers["Warp Consistency for Unsupervised Learning of Dense Correspondences"][2] \
        == "DenseMatching"
    assert papers["Iterative Residual Refinement for Joint Optical Flow and Occlusion "
                  "Estimation"][2] == "Occlusion"


def test_a_bracketed_year_or_arxiv_month_before_the_title():
    """List 300: `[1705]. Title - [[arxiv](…/1705.07832)]` writes the arXiv year-month its id
    opens with (2017), `[2016]. Title` the year; four digits that are no month of the item's
    arXiv id stay unread (before: no year)."""
    md = ("# bayesian-deep-learning-notes\n\n## (1). Uncertainty in deep learning\n\n"
          "- [1705]. Concrete Dropout - [[arxiv](https://arxiv.org/abs/1705.07832)] "
          "[[Note](/notes/concrete-dropout.md)]\n"
          "- [2016]. Uncertainty in Deep Learning - [[PDF](https://pdfs.semanticscholar.org/"
          "a6af/62389c6655770c624e2fa3f3ad6dc26bf77e.pdf)] [[Note](/notes/u.md)]\n\n"
          "## (2). Probabilistic deep models\n\n"
          "- [1411]. Deep Exponential Families - [[arxiv](https://arxiv.org/pdf/1411.2581.pdf)] "
          "[[Note](/notes/deep-expo-families.md)]\n"
          "- [1206]. Stochastic Variational Inference - [[arxiv](https://arxiv.org/abs/"
          "1206.7051)]\n"
          "- [1703]. Some Other Paper About Inference - [[arxiv](https://arxiv.org/abs/"
          "1206.7052)]\n")
    papers = _papers(md)
    assert papers["Concrete Dropout"][0] == 2017
    assert papers["Uncertainty in Deep Learning"][0] == 2016
    assert papers["Deep Exponential Families"][0] == 2014
    assert papers["Stochastic Variational Inference"][0] == 2012
    assert papers["Some Other Paper About Inference"][0] is None


def test_arxiv_and_a_year_stay_a_year():
    """`[**arXiv 2002**] Title`: four digits that read as a year are the year, not a
    year-month (`(arXiv 1812)` is one: no year 1812)."""
    md = ("# Papers\n\n## Methods\n\n"
          "- [**arXiv 2002**] Quantum Computers and Quantum Computer Languages "
          "[[pdf]](https://arxiv.org/abs/quant-ph/0201082)\n"
          "- (arXiv 1812) Robustness Meets Deep Learning: An End-to-End Hybrid Pipeline "
          "[[pdf]](https://example.org/b.pdf)\n")
    papers = _papers(md)
    assert papers["Quantum Computers and Quantum Computer Languages"][:2] \
        == (2002, "arXiv 2002")
    assert papers["Robustness Meets Deep Learning: An End-to-End Hybrid Pipeline"][:2] \
        == (2018, "arXiv 2018")


def test_a_bracketed_name_before_a_plain_title():
    """Lists 295 and 292: `* [DQN] Playing Atari … [2013.12]` (a name), `- [Neural Networks]
    The Vapnik–Chervonenkis dimension …` (a journal the section's other items write there):
    a short bracketed label, then a space and a title phrase, nothing bold, is a label (the
    name or, by the section's place, the venue), never half a bracket in the title."""
    md = ("# Reinforcement Learning Papers\n\n"
          "* [DQN] Playing Atari with Deep Reinforcement Learning [2013.12]\n"
          "  - paper : https://arxiv.org/abs/1312.5602  \n"
          "  - github : \n"
          "* [TRPO] Trust Region Policy Optimization [2015.02]\n"
          "  - paper : https://arxiv.org/abs/1502.05477  \n"
          "  - github : \n"
          "* [Rainbow DQN] Rainbow: Combining Improvements in Deep Reinforcement Learning "
          "[2017.10]\n"
          "  - paper : https://arxiv.org/abs/1710.02298  \n"
          "  - github : \n"
          "* [WorldModel] World Models [2018.03]\n"
          "  - paper : https://arxiv.org/abs/1803.10122  \n"
          "  - github : \n")
    papers = _papers(md)
    assert papers["Playing Atari with Deep Reinforcement Learning"][0] == 2013
    assert papers["Rainbow: Combining Improvements in Deep Reinforcement Learning"][0] == 2017
    assert not any("]" in t for t in papers)
    # (a two-word title the one-line template reads inside `World Models [2018.03]`, with no
    # link: the item's own reading holds its child line's arXiv link and stays that paper)
    assert papers["World Models"][0] == 2018
    assert {e.title: e.arxiv for e in read_library(md, "list.md").lib.entries}[
        "World Models"] == "1803.10122"
    md = ("# awesome-graph-ood\n\n## Theory\n\n"
          "- [ICML 2020] Generalization and Representational Limits of Graph Neural Networks "
          "[[paper]](https://arxiv.org/pdf/2002.06157.pdf)\n"
          "- [KDD 2019] Stability and Generalization of Graph Convolutional Neural Networks "
          "[[paper]](https://arxiv.org/pdf/1905.01004.pdf)\n"
          "- [Neural Networks] The Vapnik–Chervonenkis dimension of graph and recursive "
          "neural networks [[paper]](https://www.sciencedirect.com/science/article/abs/pii/"
          "S0893608018302363)\n")
    papers = _papers(md)
    assert papers["The Vapnik–Chervonenkis dimension of graph and recursive neural "
                  "networks"][:2] == (None, "Neural Networks")


_SYSTEMS = (
    "# Awesome - Graph Processing\nA collection of awesome papers about graph processing.\n\n"
    "## Categories\n\n### Distributed & Memory\n"
    "- **Pregel** - `Pregel: A System for Large-Scale Graph Processing` (SIGMOD'10). "
    "[[paper]](https://kowshik.github.io/JPregel/pregel\\_paper.pdf)\n"
    "- **Giraph++** - `From \"Think Like a Vertex\" to \"Think Like a Graph\"` (VLDB'14). "
    "[[paper]](https://researcher.watson.ibm.com/researcher/files/us-ytian/giraph++.pdf)\n"
    "- **PowerLyra** - `PowerLyra: Differentiated Graph Computation and Partitioning on "
    "Skewed Graphs` (EuroSys'15). [[paper]](https://ipads.se.sjtu.edu.cn/lib/exe/fetch.php?"
    "media=publications:powerlyra-eurosys15.pdf), [[code]](https://github.com/realstolz/"
    "powerlyra)\n"
    "- **GRAPE** - `Parallelizing Sequential Graph Computations` (SIGMOD'17). "
    "[[paper]](http://homepages.inf.ed.ac.uk/wenfei/papers/sigmod17-GRAPE.pdf)\n"
    "- **GPOP** - `GPOP: A cache and memory-efficient framework for Graph Processing Over "
    "Partitions` (PPoPP'19 *poster*). [[poster]](https://ppopp19.sigplan.org/event/ppopp-2019-"
    "posters-poster-gpop), [[arxiv]](https://arxiv.org/abs/1806.08092v1), [[code]]"
    "(https://github.com/souravpati/GPOP)\n\n"
    "### Embedding, Representation Learning, and Deep Learning on Graphs\n\n"
    "- **GraphSage** - `GraphSage: Representation Learning on Large Graphs` (NIPS'17). "
    "[[paper]](https://cs.stanford.edu/people/jure/pubs/graphsage-nips17.pdf), "
    "[[arxiv]](https://arxiv.org/pdf/1706.02216.pdf)\n"
    "- [Must-read papers on NRL/NE](https://github.com/thunlp/NRLPapers)\n"
    "- [Awesome Graph Embedding](https://github.com/benedekrozemberczki/awesome-graph-embedding)\n"
    "- [Dynamic Knowledge Graph Completion](https://github.com/woojeongjin/dynamic-KG)\n")


def test_a_bold_system_name_then_a_dash_before_the_title():
    """List 290: `**Galois** - `Title` (SOSP'13).`: a short bold name and a spaced dash before
    a plain title phrase are the paper's name, as before a colon (before: the name kept in
    the title, or taken as the title when the title repeats it); a name before a title that
    states its venue and year under a `[paper]` link is that paper, not a tool described."""
    papers = _papers(_SYSTEMS)
    assert papers["Parallelizing Sequential Graph Computations"] \
        == (2017, "SIGMOD 2017", "Distributed & Memory")
    assert papers["Pregel: A System for Large-Scale Graph Processing"][:2] \
        == (2010, "SIGMOD 2010")
    assert papers["PowerLyra: Differentiated Graph Computation and Partitioning on Skewed "
                  "Graphs"][:2] == (2015, "EuroSys 2015")
    assert papers["GraphSage: Representation Learning on Large Graphs"][:2] \
        == (2017, "NIPS 2017")
    # (a venue written with a capital inside, `PPoPP'19`, and a presentation label after its
    # year, `*poster*`, are peeled off the title's end as `(CVPR'19 Oral)` is)
    assert papers["GPOP: A cache and memory-efficient framework for Graph Processing Over "
                  "Partitions"][:2] == (2019, "PPoPP 2019")


def test_links_to_repositories_among_papers_written_otherwise():
    """List 290: `- [Awesome Graph Embedding](https://github.com/owner/repo)` in a list most
    of whose papers state their venue and open with a bold name, not a link: links to
    repositories (other lists, code) are no papers. Where the papers open with their link
    (`[Title](github), CVPR 2016.`, list 152) such a link is still one of them."""
    papers = _papers(_SYSTEMS)
    assert not any(t.startswith(("Must-read", "Awesome", "Dynamic")) for t in papers)
    assert len(papers) == 6
    md = ("# Image Retrieval\n\n## Global feature\n\n"
          "- [Faster R-CNN Features for Instance Search](https://github.com/imatge-upc/"
          "retrieval-2016-deepvision), CVPR workshop 2016.\n"
          "- [Selective Deep Convolutional Features for Image Retrieval](https://arxiv.org/pdf/"
          "1707.00809v1.pdf), ACM MM 2017.\n"
          "- [Fine-tuning CNN Image Retrieval with No Human Annotation](https://arxiv.org/abs/"
          "1711.02512), TPAMI 2018.\n"
          "- [Particular object retrieval using CNN](https://github.com/AaltoVision/"
          "Object-Retrieval).\n")
    assert "Particular object retrieval using CNN" in _papers(md)


_GROUP = (
    "# 软件工程与形式化方法相关前沿工作阅读与分享\n\n"
    "### 四、每月简报\n"
    "- [2025年5月简报：大语言模型在形式化数学定理证明方向的调研]"
    "(/%E6%9C%88%E6%8A%A5%E6%80%BB%E7%BB%93/2025-05-Report-A%20Survey%20on%20Formal%20proof.md)\n"
    "- [2025年4月简报：大语言模型在代码生成相关方向的调研（下）]"
    "(/%E6%9C%88%E6%8A%A5%E6%80%BB%E7%BB%93/2025-04-Report-A%20Survey%20on%20code.md)\n\n"
    "### 五、最新前沿论文分享\n\n##### 2025\n"
    "- [2025-09-26-Tamgram: A Frontend for Large-scale Protocol Modeling in Tamarin]"
    "(/2025%E9%98%85%E8%AF%BB%E7%AC%94%E8%AE%B0/2025-09-26-Tamgram%20A%20Frontend.pdf)\n"
    "- [2025-09-26-SOSP23-Snowcat: Efficient Kernel Concurrency Testing using a Learned "
    "Coverage Predictor](/2025%E9%98%85%E8%AF%BB%E7%AC%94%E8%AE%B0/2025-09-26-SOSP23-Snowcat.pdf)\n"
    "- [2025-09-18-ThreadSanitizer data race detection in practice](/2025阅读笔记/"
    "2025-09-18-ThreadSanitizer%20data%20race%20detection%20in%20practice.pdf)\n"
    "- [2025-09-11-usenixsec25-RangeSanitizer: Detecting Memory Errors with Efficient Range "
    "Checks](/2025阅读笔记/2025-09-11-usenixsec25-RangeSanitizer.pdf)\n"
    "- [2025-03-14-Retrieval-Augmented Generation (RAG): Paradigms, Technologies, and Trends]"
    "(https://zhuanlan.zhihu.com/p/28884173045)\n"
    "- [2025-03-14-Agentic Retrieval-Augmented Generation: A Survey on Agentic RAG]"
    "(https://blog.csdn.net/DEVELOPERAA/article/details/145302836)\n"
    "- [2025-01-17-ICPP-W 2023-Enhanced Memory Corruption Detection in CC++ Programs]"
    "(/2025%E9%98%85%E8%AF%BB%E7%AC%94%E8%AE%B0/2025-01-17-ICPP-W%202023-Enhanced.pdf)\n")


def test_a_heading_naming_papers_over_titles_linking_the_lists_own_files():
    """List 294 (refused whole before): under `### 五、最新前沿论文分享` ("latest frontier papers
    shared") a reading group's link texts glue a session date, maybe a venue code with its
    year, and the title, linking the group's own files. The heading's word makes the title
    phrases papers; the log date is no year of the paper (peeled, nothing read), the venue
    code gives venue and year; the monthly reports (under a heading naming none) and the
    blog posts (linking elsewhere, stating nothing) are no papers."""
    papers = _papers(_GROUP)
    assert papers["Snowcat: Efficient Kernel Concurrency Testing using a Learned Coverage "
                  "Predictor"] == (2023, "SOSP 2023", "五、最新前沿论文分享")
    assert papers["RangeSanitizer: Detecting Memory Errors with Efficient Range Checks"][:2] \
        == (2025, "usenixsec 2025")
    assert papers["Enhanced Memory Corruption Detection in CC++ Programs"][:2] \
        == (2023, "ICPP-W 2023")
    # (no venue: no year; the `##### 2025` heading dates the log entries, as their own log
    # dates say, not the papers)
    assert papers["Tamgram: A Frontend for Large-scale Protocol Modeling in Tamarin"][:2] \
        == (None, "")
    assert papers["ThreadSanitizer data race detection in practice"][0] is None
    assert len(papers) == 5  # (no report, no blog post)


def test_titles_linking_own_pages_need_a_heading_naming_papers():
    """The same items under a heading that names no papers (`### 阅读记录`, "reading log")
    give no evidence of their own: the list stays refused (nothing says they are papers)."""
    md = _GROUP.replace("### 五、最新前沿论文分享", "### 五、阅读记录")
    md = "\n".join(line for line in md.splitlines() if "SOSP23" not in line
                   and "usenixsec25" not in line and "ICPP-W" not in line)
    try:
        papers = _papers(md)
    except ListError:
        papers = {}
    assert not papers


def test_a_venue_with_its_abbreviation_in_parentheses():
    """List 298: `**Title.** ACM Computing Surveys (CSUR), 2022.` over the italic author
    line: the abbreviation repeats the venue (kept as written where the venue table does not
    know it, round 18; `European Conference on Computer Vision (ECCV)` is tagged `ECCV`);
    before, venue and year were lost."""
    md = ("# machine-learning-for-networking-paper-list\n\n## Overview\n\n"
          "1. **Machine Learning for Networking: Workflow, Advances and Opportunities.** IEEE "
          "Network, 2018.\n\n"
          "   *Mowei Wang, Yong Cui, Xin Wang, Shihan Xiao, Junchen Jiang.* "
          "[[pdf](https://ieeexplore.ieee.org/abstract/document/8121867)]\n\n"
          "2. **Machine Learning for Computer Systems and Networking: A Survey.** ACM Computing "
          "Surveys (CSUR), 2022.\n\n"
          "   *Marios Evangelos Kanakis, Ramin Khalili, Lin Wang.* "
          "[[pdf](https://linwang.info/docs/papers/csur22-ml4sysnet.pdf)]\n")
    papers = _papers(md)
    assert papers["Machine Learning for Computer Systems and Networking: A Survey"][:2] \
        == (2022, "ACM Computing Surveys (CSUR) 2022")


def test_a_linkless_item_opening_with_its_siblings_dated_lead():
    """List 300: `- [1995]. Bayesian learning for neural networks` among `- [1705]. Title -
    [[arxiv](url)]`: it opens with the dated lead its heading's linked papers open with and
    its year is read: a paper without a link (before: a problem, `no link`). A linkless
    line opening otherwise stays a problem."""
    md = ("# bayesian-deep-learning-notes\n\n## (1). Uncertainty in deep learning\n\n"
          "- [1705]. Concrete Dropout - [[arxiv](https://arxiv.org/abs/1705.07832)]\n"
          "- [1505]. Weight Uncertainty in Neural Networks - [[arxiv](https://arxiv.org/abs/"
          "1505.05424)] [[Note](/notes/bbb.md)]\n"
          "- [2015]. On Modern Deep Learning and Variational Inference - [[NIPS](http://www."
          "approximateinference.org/accepted/GalGhahramani2015.pdf)]\n"
          "- [1995]. Bayesian learning for neural networks\n"
          "- Some notes on Bayesian learning for neural networks 1995\n")
    papers = _papers(md)
    assert papers["Bayesian learning for neural networks"][0] == 1995
    assert not any(t.startswith("Some notes") for t in papers)


def test_a_section_of_one_item_follows_the_lists_leading_year():
    """List 296: `* [(2022) Title](ieee) [**(VIDEO)**](youtube)` alone under `### Demonstration
    papers`, while the list's other items open alike (`* [(2024) Title](url)`): the year
    before the title is peeled as theirs is (before: kept in the title, no year; a section
    of one item never had the two openings a section's vote needs)."""
    md = ("# Awesome RL for Cyber Security\n\n### Surveys\n"
          "* [(2024) Deep Reinforcement Learning for Cyber Defense](https://arxiv.org/abs/"
          "2401.00001)\n"
          "* [(2019) Deep Reinforcement Learning for Cyber Security](https://arxiv.org/abs/"
          "1906.05799)\n\n"
          "### Demonstration papers\n"
          "* [(2022) A System for Interactive Examination of Learned Security Policies]"
          "(https://ieeexplore.ieee.org/document/9789707) [**(VIDEO)**](https://www.youtube.com/"
          "watch?v=18P7MjPKNDg)\n")
    papers = _papers(md)
    assert papers["A System for Interactive Examination of Learned Security Policies"] \
        == (2022, "", "Demonstration papers")
    assert papers["Deep Reinforcement Learning for Cyber Security"][0] == 2019


def test_comma_citations_with_in_an_and_joined_pair_or_a_url():
    """List 293: linkless comma citations `Y.Minamid, Title, in WWW'05:Proceedings of ….
    New York,NY,USA: ACM Press, 2005, pp.432-441` ("in" opens the venue, up to its
    sentence's end) and `Y.Xie and A.Aiken, Title, http://…/sec.ps, 2006.` (two names
    joined by "and", a URL ending the title: no venue); initials glued to the family name
    (`Y.Xie`) are the given name (before: the names kept in the titles)."""
    md = ("# Papers\n\n"
          "1. Jovanovic N, Kruegel C, Kirda E. Pixy: A static analysis tool for detecting web "
          "application vulnerabilities.\n"
          "    In: 2006 IEEE Symposium on Security and Privacy (S&P’06). IEEE; 2006. p. 6–pp.\n"
          "2. Y.Minamid, Static approximation of dynamically generated web pages, in WWW'05:"
          "Proceedings of the 14th International Conference on World Wide Web. New York,NY,USA: "
          "ACM Press, 2005, pp.432-441\n"
          "3. Y.Xie and A.Aiken, Static Detection of Security Vulnerabilities in Scripting "
          "Languages, http://glide.stanford.edu/yichen/research/sec.ps, 2006.\n")
    lib = read_library(md, "list.md").lib
    papers = {e.title: e for e in lib.entries}
    xie = papers["Static Detection of Security Vulnerabilities in Scripting Languages"]
    assert (xie.year, xie.venue_tag) == (2006, "")
    assert [(a.given, a.family) for a in xie.authors] == [("Y.", "Xie"), ("A.", "Aiken")]
    minamid = papers["Static approximation of dynamically generated web pages"]
    assert minamid.year == 2005
    assert minamid.venue_tag.startswith("WWW'05:Proceedings of the 14th International")
    assert [a.family for a in minamid.authors] == ["Minamid"]

