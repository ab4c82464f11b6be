"""Issue 15, round 21, `import-dev36` on lists 463-468 (the thirty-eighth held-out set's
second half, tests/corpus/, provenance in SOURCES.md): real lines of those lists, each read by
one general reading."""

from __future__ import annotations

from awesome_bib.importer import read_library

from .conftest import papers_in, papers_with_authors

# List 463's bullets (one space before the star, blank lines between), as written
_DECOMPILATION = (
    "# awesome-decompilation\n\n## Decompilation Pipeline\n\n### General\n\n"
    " * [Decompilers and beyond](https://www.hex-rays.com/products/ida/support/ppt/"
    "decompilers_and_beyond_white_paper.pdf)\n\n"
    "### Type Reconstruction\n\n"
    " * [DIVINE: DIscovering Variables IN Executables](https://research.cs.wisc.edu/wpis/papers/"
    "vmcai07.invited.pdf)\n\n"
    "### Binary-Source Matching\n\n"
    " * [BinPro: A Tool for Binary Source Code Provenance](https://arxiv.org/pdf/1711.00830)\n\n"
    " * [CodeCMR: Cross-Modal Retrieval For Function-Level Binary Source Code Matching]"
    "(https://keenlab.tencent.com/zh/whitepapers/neurips-2020-cameraready.pdf)\n")


def test_a_file_named_a_white_paper_is_none_but_a_venues_file_in_such_a_folder_is():
    """463: `…/decompilers_and_beyond_white_paper.pdf` names its file a white paper (before:
    imported, `white_paper` with an underscore not read); `…/whitepapers/neurips-2020-
    cameraready.pdf` is a folder of that name holding a file that names its venue and year:
    the NeurIPS 2020 paper (before: dropped as a white paper)."""
    papers = papers_in(_DECOMPILATION)
    assert set(papers) == {
        "DIVINE: DIscovering Variables IN Executables",
        "BinPro: A Tool for Binary Source Code Provenance",
        "CodeCMR: Cross-Modal Retrieval For Function-Level Binary Source Code Matching"}


# List 467's bullets (a Chinese list of talks, slides and posts), as written
_EBPF = (
    "# 令人惊叹的 eBPF\n\n## 文章和演示\n\n### 通用的 eBPF 演示文稿和文章\n\n"
    "- [BSD数据包过滤器](https://speakerdeck.com/tuxology/the-bsd-packet-filter) - "
    "主要介绍跟踪方面。\n"
    "- [eBPF - 程序员的视角](https://www.researchgate.net/publication/349173667_eBPF_-_From_a_"
    "Programmer's_Perspective) - 一篇简短的论文，描述了eBPF的基本原理以及如何开始编写eBPF程序。\n\n"
    "### XDP\n\n"
    "- [XDP − eXpress Data Path, Intro and future use-cases](http://people.netfilter.org/hawk/"
    "presentations/xdp2016/xdp_intro_and_use_cases_sep2016.pdf) - Linux内核与DPDK的比拼。\n"
    "  - [XDP now with REDIRECT](http://people.netfilter.org/hawk/presentations/LLC2018/"
    "XDP_LLC2018_redirect.pdf) - XDP的更新，特别是重定向操作的更新。\n\n"
    "### bpfilter\n\n"
    "- [bpfilter：配有eBPF的Linux防火墙](https://qmo.fr/docs/talk_20180316_frnog_bpfilter.pdf) - "
    "Quentin Monnet的演讲幻灯片，介绍eBPF背景，将bpfilter与iptables进行比较。\n\n"
    "### 传统BPF\n\n"
    "- [BSD 数据包过滤器：用户级数据包捕获的新架构]"
    "(http://www.tcpdump.org/papers/bpf-usenix93.pdf) - "
    "有关 （经典的） BPF 的原始论文。\n"
    "- [Linux 的 packet mmap(2), BPF 和 Netsniff-NG](http://borkmann.ch/talks/2013_devconf.pdf)\n")

# List 257's item: a paper a lab keeps in its talks' folder, dated and with its author
_DATED_IN_TALKS = (
    "# Recommender systems\n\n## POI\n\n"
    "* [Exploiting Geographical Influence for Collaborative Point-of-Interest Recommendation]"
    "(https://www.cse.cuhk.edu.hk/irwin.king.new/_media/presentations/p325.pdf) (2011, Mao Ye)\n")


def test_undated_items_whose_links_are_a_talks_files_or_a_slides_site_are_no_papers():
    """467: undated items linking only files in a talk's folder (`/hawk/presentations/…`,
    `/talks/2013_devconf.pdf`, `talk_20180316_….pdf`) or a slides site (speakerdeck) are talks
    (before: all imported as papers); the papers beside them stay (a PDF under `/papers/`, a
    ResearchGate page). 257: a dated item in such a folder stays a paper."""
    assert set(papers_in(_EBPF)) == {"eBPF - 程序员的视角",
                                     "BSD 数据包过滤器:用户级数据包捕获的新架构"}
    assert set(papers_in(_DATED_IN_TALKS)) == {
        "Exploiting Geographical Influence for Collaborative Point-of-Interest Recommendation"}


# List 464's numbered items, all `1.`, a bold label in brackets before each
_LOG_ANALYSIS = (
    "# Papers\n\n### Surveys & Tutorials & Magazines\n"
    "1. [**Thesis**] [Log Engineering: Towards Systematic Log Mining to Support the Development "
    "of Ultra-large Scale Systems](https://users.encs.concordia.ca/~shang/pubs/2014_LogEngineering_"
    "TowardsSystematicLogMiningToSupportTheDevelopmentOfUltra-largeScaleSystems.pdf), by Weiyi "
    "Shang.\n"
    "1. [**IST'20**] [A Systematic Literature Review on Automated Log Abstraction Techniques]"
    "(https://www.sciencedirect.com/science/article/pii/S0950584920300264), by Diana El-Masri, "
    "Fabio Petrillo, Yann-Gael Guéhéneuc, Abdelwahab Hamou-Lhadj, Anas Bouzianea.\n\n"
    "### Diagnosis/ Debugging/ Root Cause Analysis\n"
    "1. [**CLOUD'19**] [An Approach to Cloud Execution Failure Diagnosis Based on Exception Logs "
    "in OpenStack](https://ieeexplore.ieee.org/abstract/document/8814553), by Yue Yuan, Wenchang "
    "Shi, Bin Liang, Bo Qin.\n"
    "1. [**SOSP'19**] [The Prefix Inflection Theorem: A Principled Debugging Approach for "
    "Locating Root Cause], by Yongle Zhang, Kirk Rodrigues, Yu Luo, Michael Stumm, Ding Yuan.\n"
    "1. [**Ebook'17**] [The Complete Guide to Automated Root Cause Analysis](https://land.overops"
    ".com/automated-root-cause-analysis-ebook/), by Tali Soroker. [**OverOps**]\n")


def test_a_kind_of_work_in_the_venue_label_is_no_venue_and_an_ebook_no_paper():
    """464: `[**Thesis**]` says what the work is, not where it appeared: no venue (before:
    venue `Thesis`); `[**Ebook'17**]` labels a vendor's ebook, as `[Blog]` labels a post: no
    paper (before: imported as venue `Ebook`, 2017)."""
    papers = papers_in(_LOG_ANALYSIS)
    thesis = "Log Engineering: Towards Systematic Log Mining to Support the Development of " \
        "Ultra-large Scale Systems"
    assert papers[thesis][:2] == (None, "")
    assert papers["A Systematic Literature Review on Automated Log Abstraction Techniques"][
        :2] == (2020, "IST 2020")
    assert "The Complete Guide to Automated Root Cause Analysis" not in papers


def test_a_title_written_as_link_text_without_its_url_is_read_with_its_fields():
    """464: `1. [**SOSP'19**] [Title], by Names.` among the list's `[**VENUE'YY**] [Title](url),
    by Names.`: the bracketed phrase is the title, the label its venue and year, the names its
    authors; no link is made up (before: not imported, its title `[The Prefix …], by …`)."""
    papers = papers_with_authors(_LOG_ANALYSIS)
    title = "The Prefix Inflection Theorem: A Principled Debugging Approach for Locating Root Cause"
    assert papers[title] == (2019, "SOSP 2019", ["Zhang", "Rodrigues", "Luo", "Stumm", "Yuan"])
    lib = read_library(_LOG_ANALYSIS, "list.md").lib
    assert [e.links for e in lib.entries if e.title == title] == [[]]


# List 465's bullets, a bold venue label glued to the link by a hyphen, as written
_GPU = (
    "Awesome-GPU\n=================\n\n## Architecture\n\n### Parallelism\n\n"
    "- **HPCA'17**-[Controlled Kernel Launch for Dynamic Parallelism in GPUs](http://ieeexplore."
    "ieee.org/document/7920863/)\n"
    "- **GTC'17**-[COOPERATIVE GROUPS](http://on-demand.gputechconf.com/gtc/2017/presentation/"
    "s7622-Kyrylo-perelygin-robust-and-scalable-cuda.pdf)\n"
    "- **ISCA'16**-[LaPerm: Locality Aware Scheduler for Dynamic Parallelism on GPUs](http://"
    "ieeexplore.ieee.org/document/7551424/)\n\n"
    "## Algorithms\n\n### BLAS\n\n"
    "- **GTC'20**-[DEVELOPING CUDA KERNELS TO PUSH TENSOR CORES TO THE ABSOLUTE LIMIT ON NVIDIA "
    "A100](https://developer.download.nvidia.com/video/gputechconf/gtc/2020/presentations/s21745-"
    "developing-cuda-kernels-to-push-tensor-cores-to-the-absolute-limit-on-nvidia-a100.pdf)\n"
    "- **IPDPS'20**-[Demystifying Tensor Cores to Optimize Half-Precision Matrix Multiply]"
    "(https://ieeexplore.ieee.org/abstract/document/9139835)\n")


def test_a_venues_talk_folder_holds_its_talks_slides_not_its_papers():
    """465: `**GTC'17**-[Title](…/gtc/2017/presentation/s7622-….pdf)`: the link lies in a
    talk's folder below a folder named as the item's own venue label: the slides of a talk
    given there (before: imported as GTC papers); the papers around them stay, their venues
    read."""
    papers = papers_in(_GPU)
    assert set(papers) == {
        "Controlled Kernel Launch for Dynamic Parallelism in GPUs",
        "LaPerm: Locality Aware Scheduler for Dynamic Parallelism on GPUs",
        "Demystifying Tensor Cores to Optimize Half-Precision Matrix Multiply"}
    assert papers["Controlled Kernel Launch for Dynamic Parallelism in GPUs"][:2] == (
        2017, "HPCA 2017")


# List 467's bullets whose notes or titles say what they are, as written
_NOTED = (
    "# 令人惊叹的 eBPF\n\n## 文章和演示\n\n### 通用的 eBPF 演示文稿和文章\n\n"
    "- [使用BPF和XDP使内核的网络数据通路可编程化](http://schd.ws/hosted_files/ossna2017/da/BPFandXDP"
    ".pdf) - 一组幻灯片，涵盖了有关eBPF和XDP的所有基础知识（主要用于网络处理）。\n"
    "- [BPF - 内核虚拟机](http://vger.kernel.org/netconf2015Starovoitov-bpf_collabsummit_2015feb20"
    ".pdf) - eBPF的作者发表的演讲。\n"
    "- [扩展扩展BPF](https://lwn.net/Articles/603983/) - 2014年的一篇博客文章，"
    "介绍BPF的开发并演示了如何使用它进行有状态套接字过滤，通过将eBPF程序附加到套接字。\n"
    "- [eBPF - 程序员的视角](https://www.researchgate.net/publication/349173667_eBPF_-_From_a_"
    "Programmer's_Perspective) - 一篇简短的论文，描述了eBPF的基本原理以及如何开始编写eBPF程序。\n\n"
    "### XDP\n\n"
    "- [eXpress Data Path (XDP)](https://github.com/iovisor/bpf-docs/raw/master/Express_Data_Path"
    ".pdf) - 关于XDP的第一份演示文稿。\n"
    "- [XDP工作坊 -- 介绍、经验及未来发展（视频）](http://netdevconf.org/1.2/session.html?herbert-xdp-"
    "workshop)\n"
    "- [Linux 上的高速数据包过滤](https://cdn.shopify.com/s/files/1/0177/9886/files/phv2017-gbertin"
    ".pdf) - 关于 Linux 上的数据包过滤、DDoS 保护、内核中的数据包处理、内核旁路、XDP 和 eBPF。\n")


def test_a_note_whose_first_clause_names_slides_a_talk_or_a_post_says_what_the_item_is():
    """467: `- [Title](pdf) - 一组幻灯片，…` (a set of slides), `- eBPF的作者发表的演讲。`
    (a talk by eBPF's author), `- 2014年的一篇博客文章，…` (a blog post), `-
    关于XDP的第一份演示文稿。` (the first presentation on XDP), a title ending in `（视频）` (a
    video): no papers (before: all imported); `- 一篇简短的论文，…` (a short paper) stays one,
    and so does an item whose note is a longer sentence about its topic (`Linux
    上的高速数据包过滤`, talk slides the list does not say are: left as read)."""
    assert set(papers_in(_NOTED)) == {"eBPF - 程序员的视角", "Linux 上的高速数据包过滤"}


# List 467's blog series: a title that says it is blog posts, its parts under it, among the
# section's slides and its paper, as written
_SERIES = (
    "# 令人惊叹的 eBPF\n\n## 文章和演示\n\n### 通用的 eBPF 演示文稿和文章\n\n"
    "- [Ferris Ellis的关于eBPF的博客文章](https://ferrisellis.com/tags/ebpf/) - "
    "他们有几篇关于eBPF的文章：\n"
    "  - [第一部分：过去、现在和未来](https://ferrisellis.com/content/ebpf_past_present_future/)\n"
    "  - [第二部分：系统调用和映射类型](https://ferrisellis.com/content/ebpf_syscall_and_maps/)\n"
    "- [BPF参考指南](https://github.com/iovisor/bcc/blob/master/docs/reference_guide.md) - "
    "关于BPF C和bcc Python助手，来自bcc存储库。\n"
    "- [使用BPF和XDP使内核的网络数据通路可编程化](http://schd.ws/hosted_files/ossna2017/da/BPFandXDP"
    ".pdf) - 一组幻灯片，涵盖了有关eBPF和XDP的所有基础知识（主要用于网络处理）。\n"
    "- [eBPF - 程序员的视角](https://www.researchgate.net/publication/349173667_eBPF_-_From_a_"
    "Programmer's_Perspective) - 一篇简短的论文，描述了eBPF的基本原理以及如何开始编写eBPF程序。\n")


def test_a_title_naming_blog_posts_and_its_parts_on_its_site_are_no_papers():
    """467: `[Ferris Ellis的关于eBPF的博客文章](site)` (Ferris Ellis's blog posts on eBPF) names
    its kind in its title; its child items, linking the same site, are the series' parts
    (before: all three imported as papers)."""
    assert set(papers_in(_SERIES)) == {"eBPF - 程序员的视角"}
