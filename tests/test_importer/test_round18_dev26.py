"""Issue 15, round 18, `import-dev26` on the thirtieth held-out set (lists 361-372,
tests/corpus/, provenance in SOURCES.md): real lines of those lists, each read by one general
reading."""

from __future__ import annotations

from awesome_bib.importer import read_library

from .conftest import papers_in

# List 372's lines (a Chinese graduate reading list in GB/T 7714 style), as written
_GBT_ZH = (
    "# 2021级学术学位硕士研究生基本文献目录\n\n## 基础文献\n\n- 需要自己阅读   \n\n"
    "- [ ] [1]沈昌祥,左晓栋.网络空间安全导论[M].北京:电子工业出版社,2018\n"
    "- [ ] [6]王燕军,等.最优化基础理论与方法(第二版)[M].上海:复旦大学出版社,2018.\n"
    "- [ ] [10]Ye Y, Li T, Adjeroh D, et al. A survey on malware detection using data mining "
    "techniques[J]. ACM Computing Surveys (CSUR), 2017, 50(3): 1-40.\n\n"
    "## 专业文献\n\n"
    "- [ ] [21][加]汤姆·詹金斯,本·斯蒂芬森.计算机离散数学基础[M].董笑菊,等译."
    "北京:机械工业出版社,2020.\n"
    "- [ ] [74]张健,张超,玄跻峰,熊英飞,王千祥,梁彬,李炼,窦文生,陈振邦,陈立前,蔡彦."
    "程序分析研究进展[J].软件学报,2019,30(01):80-109. \n"
    "- [ ] [75]张芸,刘佳琨,夏鑫,吴明晖,颜晖.基于信息检索的软件缺陷定位技术研究进展."
    "软件学报.2020 (08),2432-2452.\n"
    "- [ ] [76]曾诗钦,霍如,黄韬,刘江,汪硕,冯伟.区块链技术研究综述：原理、进展与应用[J]."
    "通信学报.2020,41(01):134-151.\n")


def test_chinese_gbt_citations_are_read_as_the_english_ones_are():
    """372: `Names.Title[J].Venue,2019,30(01):80-109.` written in Chinese, its stops glued to
    the words: the CJK names up to the stop before the title, the title up to its document
    type, the journal and year after it (before: none read, only the English citations)."""
    papers = papers_in(_GBT_ZH)
    assert papers["程序分析研究进展"] == (2019, "软件学报 2019", "专业文献")
    assert papers["区块链技术研究综述:原理、进展与应用"] == (2020, "通信学报 2020", "专业文献")
    assert papers["A survey on malware detection using data mining techniques"][:2] \
        == (2017, "ACM Computing Surveys (CSUR) 2017")


def test_a_chinese_citation_without_its_document_type_ends_its_title_at_its_stop():
    """372's `[75]`: no `[J]`; names, title, journal and year each end at a glued stop."""
    assert papers_in(_GBT_ZH)["基于信息检索的软件缺陷定位技术研究进展"] \
        == (2020, "软件学报 2020", "专业文献")


def test_chinese_names_keep_each_name_whole_and_et_al_and_tags_apart():
    """Each CJK name is one author as written (a translated name keeps its middle dot); a
    nationality tag `[加]` is no part of it, `等` is et al., `阮吉寿,等译.` (the translators)
    no venue; a books' `[M]` is read as the papers are (its publisher no venue); a note bullet
    is no paper."""
    lib = read_library(_GBT_ZH, "list.md").lib
    by_title = {e.title: e for e in lib.entries}
    program = by_title["程序分析研究进展"]
    assert [a.family for a in program.authors][:3] == ["张健", "张超", "玄跻峰"]
    assert len(program.authors) == 11 and not program.authors_et_al
    translated = by_title["计算机离散数学基础"]
    assert [a.family for a in translated.authors] == ["汤姆·詹金斯", "本·斯蒂芬森"]
    # (a book's publisher after its `[M]` is no venue either: round 20, 443's judgement)
    assert translated.venue_tag == "" and translated.year == 2020
    edited = by_title["最优化基础理论与方法(第二版)"]
    assert [a.family for a in edited.authors] == ["王燕军"] and edited.authors_et_al
    assert "需要自己阅读" not in by_title and len(by_title) == 7


def test_a_stop_in_a_name_is_not_taken_for_the_title_start():
    """A name that is no run of CJK letters (`库维尔.A`, a stray initial after it) is no
    Chinese author list: the item stays unread rather than titled or authored wrongly."""
    md = ("# L\n\n## 专业文献\n\n"
          "- [ ] [17][美]伊恩·古德费洛,[加]约书亚·本吉奥,[加]亚伦·库维尔.A.深度学习[M]."
          "北京:人民邮电出版社,2017.\n" + _GBT_ZH.split("## 专业文献\n\n", 1)[1])
    papers = papers_in(md)
    assert "深度学习" not in papers and "A.深度学习" not in papers
    assert "程序分析研究进展" in papers


# List 51's lines (a Japanese lab's publication page): its journal papers and its invited talks
_TALKS_JA = (
    "# 発表文献\n\n### ジャーナル論文\n\n"
    "1. 平岡 達也, 高瀬 翔, 内海 慶, 欅 惇志, 岡崎 直観. "
    "テキストベクトルの重みづけを用いたタスクに対する単語分割の最適化. "
    "自然言語処理, Vol.28 No.2 (採録予定), 2021年6月.\n"
    "1. 出口 祥之, 田村 晃裕, 二宮 崇. 係り受け構造に基づくAttentionの制約を用いたTransformer"
    "ニューラル機械翻訳. 自然言語処理, Vol.27 No.3, pp.553-571, 2020年9月.\n\n"
    "### 招待講演\n\n"
    "1. 岡崎 直観. AIによる言語処理の革命. 第4回自動翻訳シンポジウム～自動翻訳と翻訳バンク～, "
    "オンライン開催, 2021年2月.\n"
    "1. 中山 英樹. マルチモーダル情報と機械翻訳. AAMT 2019,Tokyo ～機械翻訳最前線～, "
    "主婦会館プラザエフ, 2019年12月.\n"
    "1. 中澤 敏明. ニューラル機械翻訳の最前線. 第29回 JTF翻訳祭 2019, パシフィコ横浜, "
    "2019年11月.\n")


def test_japanese_titles_are_phrases_and_invited_talks_stay_talks():
    """51: a title written without spaces, six CJK characters or more, is a title phrase as
    three words are (its journal papers are read: before, none was); the citations under
    `### 招待講演` (invited talks, a heading naming talks and nothing else) link nothing that
    would show a paper, so they stay apart."""
    papers = papers_in(_TALKS_JA)
    assert papers["テキストベクトルの重みづけを用いたタスクに対する単語分割の最適化"][:2] \
        == (2021, "自然言語処理 2021")
    assert len(papers) == 2


# List 367's page (a Chinese reading-note page): a table of plain unlinked titles
_PLAIN_TABLE = (
    "# 论文\n\n论文学习。主要是分布式系统，数据库，存储的论文。\n\n## 预计阅读\n\n"
    "| ID   | 名字                                                         | 作者          "
    "| 阅读时间 | 进度 |\n"
    "| ---- | ------------------------------------------------------------ | ------------- "
    "| -------- | ---- |\n"
    "| 1    | Highly Available Transactions: Virtues and Limitations       |               "
    "|          | Done |\n"
    "| 2    | A Critique of the CAP Theorem                                |               "
    "|          | Done |\n"
    "| 7    | Life beyond Distributed Transactions: an Apostate’s Opinion  | Pat Helland   "
    "|          | ToDo |\n"
    "| 8    | ZooKeeper: Wait-free coordination for Internet-scale systems |               "
    "|          |      |\n"
    "| 9    | Zab: High-performance broadcast for primary-backup systems   |               "
    "|          |      |\n"
    "| 12   | Kafka: a Distributed Messaging System for Log Processing     |               "
    "|          |      |\n")


def test_a_table_of_unlinked_titles_under_a_heading_naming_papers_lists_them():
    """367: a table that links nothing, its header in words we do not know, whose one column
    of words holds title phrases, under `# 论文` (papers): its rows are papers, no link, venue
    or year made up (before: the whole list refused)."""
    papers = papers_in(_PLAIN_TABLE)
    assert papers["A Critique of the CAP Theorem"] == (None, "", "预计阅读")
    assert papers["Life beyond Distributed Transactions: an Apostate’s Opinion"][:2] == (None, "")
    assert len(papers) == 6


def test_a_column_describing_keys_or_names_is_no_column_of_titles():
    """329's `| Tag | Description |` glossary under a list titled `Awesome-ai4sci-papers`: the
    phrases describe the keys beside them (every row names one), so they are no papers; so is
    a table of phrases with no heading naming papers above it."""
    md = ("# Awesome-ai4sci-papers\n\n## Foundation Models\n\n| Year / Venue | Paper | Tags |\n"
          "|---|---|---|\n| 2024 *Nature Methods* | **scGPT: Toward Building a Foundation Model "
          "for Single-Cell Multi-Omics Using Generative AI** [[paper]](https://www.nature.com/"
          "articles/s41592-024-02161-5) | `Single-cell omics` |\n\n## Tags 说明\n\n"
          "| Tag | Description |\n|---|---|\n"
          "| `Cross-Modal` | Agent 能力跨越多个模态或领域，非单一组学任务 |\n"
          "| `Bioimage` | Applied to biomedical image analysis of cells and tissues |\n"
          "| `Multi-omics` | Model design integrates several omics layers at once |\n"
          "| `Spatial omics` | Applied to spatial omics data analysis and its tools |\n")
    assert list(papers_in(md)) == [
        "scGPT: Toward Building a Foundation Model for Single-Cell Multi-Omics Using "
        "Generative AI"]
    elsewhere = _PLAIN_TABLE.replace("# 论文", "# 笔记").replace("存储的论文", "存储")
    assert not any("CAP" in title for title in papers_in(elsewhere + _GBT_ZH[_GBT_ZH.index(
        "## 专业文献"):]))


# List 371's lines (a program-analysis list): citations wrapped over lines, a year first
_WRAPPED = (
    "Program Analysis and Transformation Survey and Links\n"
    "====================================================\n\n"
    "### For Reducible CFGs (i.e. special case)\n\n"
    "* 1986 R. Cytron, A. Lowry, K. Zadeck. Code Motion of Control Structures in High-Level\n"
    "  Languages. Proceedings of the Thirteenth Annual ACM Symposium on Principles\n"
    "  of Programming Languages, 1986, pp. 70–85.\n\n"
    "  > Cytron, Lowry, and Zadeck [11] predate the use of φ-functions, and employ\n"
    "  a heuristic placement policy based on the interval structure of the control-flow\n"
    "  graph, similar to that of Rosen, Wegman, and Zadeck [22].\n\n"
    "* 1994 Single-Pass Generation of Static Single-Assignment Form for Structured "
    "Languages, Brandis and Mössenböck\n\n"
    "  > Brandis and Mössenböck [5] generate SSA form in one pass for structured control-\n"
    "  flow graphs, a subset of reducible control-flow graphs.\n\n"
    "* 2000 Simple Generation of Static Single-Assignment Form, 2000, John Aycock and Nigel "
    "Horspool\n\n"
    "  > In this paper we present a new, simple method for converting to SSA\n"
    "  form, which produces correct solutions for nonreducible control-flow graphs.\n\n"
    "### For Non-Reducible CFGs (i.e. general case)\n\n"
    "* 1994 R. Johnson, D. Pearson, and K. Pingali. The Program Structure Tree: Computing\n"
    "  Control Regions in Linear Time. ACM PLDI ’94, pp. 171–185.\n\n"
    "* 2013 M. Braun, S. Buchwald, S. Hack, R. Leißa, C. Mallon, and\n"
    "  A. Zwinkau. Simple and efficient construction of static single assignment\n"
    "  form. In R. Jhala and K. Bosschere, editors, Compiler Construction,\n"
    "  volume 7791 of Lecture Notes in Computer Science, pp.\n"
    "  102–122. Springer, 2013. doi: 10.1007/978-3-642-37051-9_6.\n\n"
    "  * 2016 Verified Construction of Static Single Assignment Form, Sebastian Buchwald,\n"
    "    Denis Lohner, Sebastian Ullrich\n\n"
    "* 1991 R. Cytron, J. Ferrante, B. K. Rosen, M. N. Wegman, and F. K. Zadeck. Efficiently\n"
    "  Computing Static Single-Assignment Form and the Control Dependence Graph.\n"
    "  ACM TOPLAS 13, 4 (October 1991), pp. 451–490.\n")


def test_a_year_written_before_a_wrapped_citation_is_its_year_no_title_word():
    """371: `* 1986 R. Cytron, A. Lowry, K. Zadeck. Title. Proceedings …, 1986` wrapped over
    lines: the year first, then a whole citation (the last initialled name's stop ends the
    names, not a comma); `ACM PLDI ’94` names venue and year; editors before the proceedings
    are no venue's words; the quotes under the items are no papers (before: refused whole)."""
    papers = papers_in(_WRAPPED)
    code = papers["Code Motion of Control Structures in High-Level Languages"]
    assert code[0] == 1986 and "Principles of Programming Languages" in code[1]
    assert papers["The Program Structure Tree: Computing Control Regions in Linear Time"][:2] \
        == (1994, "ACM PLDI 1994")
    assert papers["Simple and efficient construction of static single assignment form"][:2] \
        == (2013, "Compiler Construction 2013")
    assert len(papers) == 7


def test_a_year_then_a_title_then_its_names():
    """371: `* 1994 Title, Brandis and Mössenböck`, `* 2000 Title, 2000, John Aycock and Nigel
    Horspool`: the names after the title are its authors, the year field no title word."""
    lib = read_library(_WRAPPED, "list.md").lib
    by_title = {e.title: e for e in lib.entries}
    single = by_title["Single-Pass Generation of Static Single-Assignment Form for Structured "
                      "Languages"]
    assert single.year == 1994 and [a.family for a in single.authors] == ["Brandis",
                                                                           "Mössenböck"]
    simple = by_title["Simple Generation of Static Single-Assignment Form"]
    assert simple.year == 2000 and [a.family for a in simple.authors] == ["Aycock", "Horspool"]
    assert by_title["Verified Construction of Static Single Assignment Form"].year == 2016


def test_a_wrapped_item_is_listed_on_its_title_line():
    """371's Braun item: its first line holds names only; the paper is listed on the line its
    title starts, as a one-line item is (a `<br />` line break, the writer's own, keeps the
    first line: 137)."""
    lib = read_library(_WRAPPED, "list.md").lib
    lines = {e.title: e.listings[0].line for e in lib.entries}
    start = _WRAPPED.splitlines().index("* 2013 M. Braun, S. Buchwald, S. Hack, R. Leißa, "
                                        "C. Mallon, and") + 1
    assert lines["Simple and efficient construction of static single assignment form"] \
        == start + 1
    cytron = _WRAPPED.splitlines().index("* 1991 R. Cytron, J. Ferrante, B. K. Rosen, M. N. "
                                         "Wegman, and F. K. Zadeck. Efficiently") + 1
    assert lines["Efficiently Computing Static Single-Assignment Form and the Control "
                 "Dependence Graph"] == cytron
    md = ("# L\n\n## CVPR2020\n\n* **MAML:** Guangting Wang, Chong Luo, Xiaoyan Sun.<br />\n"
          "  \"Tracking by Instance Detection: A Meta-Learning Approach.\" CVPR (2020).\n"
          "  [[paper](https://arxiv.org/pdf/2004.00830v1.pdf)]\n")
    assert [e.listings[0].line for e in read_library(md, "list.md").lib.entries] == [5]


# List 369's lines (a Korean GNN list): unlinked titles with a year and a citation count
_COUNTED = (
    "# Awesome Graph Neural Networks\n"
    "- Awesome Graph Classification : https://github.com/benedekrozemberczki/"
    "awesome-graph-classification\n\n"
    "## Papers\n- Survey\n"
    "- The Graph Neural Network Model | 2008 · 12025회 인용\n"
    "- Graph Echo State Networks | 2010 · 323회 인용\n"
    "- DeepWalk: Online Learning of Social Representations | 2014 · 13305회 인용\n"
    "- GIN : How Powerful are Graph Neural Networks? | 2018 · 11898회 인용\n"
    "- MAGNET: Multi-Label Text Classification using Attention-based Graph Neural Network : "
    "2020 · 158회 인용\n")


def test_a_citation_count_after_the_year_is_no_venue():
    """369: `Title | 2016 · 14933회 인용`: the year, then how often the paper was cited (a count
    in any language: `1,200 citations`, `Cited by 120`), no venue (before: the count was the
    venue of every item); titles with their year under `## Papers` are its papers, the row
    writing `:` for `|` too (before: missed)."""
    papers = papers_in(_COUNTED)
    assert papers["The Graph Neural Network Model"] == (2008, "", "Papers")
    assert papers["DeepWalk: Online Learning of Social Representations"] == (2014, "", "Papers")
    assert papers["MAGNET: Multi-Label Text Classification using Attention-based Graph Neural "
                  "Network"] == (2020, "", "Papers")
    assert len(papers) == 5
    english = _COUNTED.replace("회 인용", " citations")
    assert papers_in(english)["Graph Echo State Networks"] == (2010, "", "Papers")


# List 363's paragraphs (a distributed-transactions list): paper links between blank lines
_PARAGRAPHS = (
    "# Awesome distributed transactions\nA curated selection of distributed transactions "
    "protocols\n\n## Highly Available Transactions\n\n### Transactional Causal Consistency\n\n"
    "[Cure: Strong semantics meets high availability and low latency](https://hal.inria.fr/"
    "hal-01270776/document)\n\n"
    "[Stronger Semantics for Low-Latency Geo-Replicated Storage](https://www.usenix.org/"
    "conference/nsdi13/technical-sessions/presentation/lloyd) (aka Eiger)\n\n"
    "[Don’t Settle for Eventual: Scalable Causal Consistency for Wide-Area Storage with COPS]"
    "(https://www.cs.cornell.edu/courses/cs6452/2012sp/papers/cops-sosp11.pdf)\n\n"
    "### Stronger than read committed (MAV & RA)\nn\n\n"
    "[Highly Available Transactions: Virtues and Limitations](https://www.vldb.org/pvldb/vol7/"
    "p181-bailis.pdf)\n\n"
    "[Scalable Atomic Visibility with RAMP Transactions](http://people.eecs.berkeley.edu/~alig/"
    "papers/ramp.pdf)\n\n"
    "## Weaker than snapshot isolation levels (PSI, PC-PSI, NMSI)\n\n"
    "[Database Replication Using Generalized Snapshot Isolation](https://infoscience.epfl.ch/"
    "record/53561/files/srds2005-gsi.pdf)\n\n"
    "[Transactional storage for geo-replicated systems](http://www.news.cs.nyu.edu/~jinyang/"
    "pub/walter-sosp11.pdf) (aka Walter, PSI)\n\n"
    "[Non-Monotonic Snapshot Isolation](https://hal.inria.fr/hal-00643430v4/document) (aka "
    "Jessy, NMSI)\n\n"
    "[Blotter: Low Latency Transactions for Geo-Replicated Storage](https://www.gsd.inesc-id.pt"
    "/~rodrigo/blotter-www2017.pdf) (NMSI)\n\n"
    "## Snapshot isolation\n\n"
    "[Large-scale Incremental Processing Using Distributed Transactions and Notifications]"
    "(https://research.google/pubs/pub36726/) (aka Percolator)\n\n"
    "## Tools\n\n**DragoNN** [[Github](https://github.com/kundajelab/dragonn)]\n")


def test_a_paragraph_written_as_the_lists_paper_paragraphs_is_one():
    """363: `[Cure: …](hal document)` beside one paragraph of its shape linking a PDF (no
    majority in its section), `[Title](page) (aka Percolator)` alone under its heading: most
    of the list's paragraphs of their shape are papers, and each is titled by a phrase; so are
    they (before: both skipped). A name (`**DragoNN** [[Github]]`) stays out."""
    papers = papers_in(_PARAGRAPHS)
    assert "Cure: Strong semantics meets high availability and low latency" in papers
    assert papers["Large-scale Incremental Processing Using Distributed Transactions and "
                  "Notifications"][2] == "Snapshot isolation"
    assert "DragoNN" not in papers and len(papers) == 10


# List 365's items (event-based vision): names, the italic linked title, the venue line
_EVENT = (
    "# Event-based Vision Resources\n\n### Monocular Object Reconstruction\n"
    "- <a name=\"Wang22eccv\"></a>Wang, Z., Chaney, K., Daniilidis, K.,  \n"
    "*[EvAC3D: From Event-based Apparent Contours to 3D Models via Continuous Visual "
    "Hulls](https://www.ecva.net/papers/eccv_2022/papers_ECCV/papers/136670278.pdf)*,  \n"
    "European Conference on Computer Vision (ECCV), 2022. [PDF](https://arxiv.org/pdf/"
    "2304.05296.pdf), [Project Page](https://www.cis.upenn.edu/~ziyunw/evac3d/).\n"
    "- <a name=\"Qi24acmmm\"></a>Qi, Y., Zhu, L., Zhao, Y., Bao, N., Li, J.,  \n"
    "*[Deblurring Neural Radiance Fields with Event-driven Bundle Adjustment](https://doi."
    "org/10.1145/3664647.3680569)*,  \nACM Int. Conf. on Multimedia (MM), 2024. [PDF]("
    "https://arxiv.org/abs/2406.14360).\n"
    "- [Li et al., ECCV 2024](#Li24eccv),  \n"
    "*BeNeRF: Neural Radiance Fields from a Single Blurry Image and Event Stream*.\n\n"
    "### Stereoscopic Panoramic Imaging\n"
    "- <a name=\"Schraml16tie\"></a>Schraml, S., Belbachir, A. N., Bischof, H.,  \n"
    "*[An Event-Driven Stereo System for Real-Time 3-D 360° Panoramic Vision](https://doi."
    "org/10.1109/TIE.2015.2477265)*,  \nIEEE Trans. Ind. Electron., 63(1):418-428, 2016.\n")


def test_a_venue_named_again_by_its_known_acronym():
    """365: `European Conference on Computer Vision (ECCV), 2022.` after the italic title: the
    acronym in brackets is the venue the table knows (before: dropped, the tag the long name);
    one the table does not know stays as written (`Int. Conf. Virtual Reality (ICVR)`)."""
    md = _EVENT
    assert papers_in(md)["EvAC3D: From Event-based Apparent Contours to 3D Models via "
                         "Continuous Visual Hulls"][:2] == (2022, "ECCV 2022")
    icvr = md.replace("European Conference on Computer Vision (ECCV), 2022",
                      "Int. Conf. Virtual Reality (ICVR), 2023")
    assert papers_in(icvr)["EvAC3D: From Event-based Apparent Contours to 3D Models via "
                           "Continuous Visual Hulls"][:2] \
        == (2023, "Int. Conf. Virtual Reality (ICVR) 2023")


def test_an_emoji_link_between_the_title_and_its_year_stands_between_no_fields():
    """368: `[Title](arxiv)[:factory:](zenodo) - 2024` among `[Title](arxiv) - 2024.`: the
    emoji's link has no words and parts no fields; the year after it is the item's, as its
    siblings' are (before: no year)."""
    md = ("## About\n\n### Research Paper & Thesis\n"
          "- [How to discover short, shorter, and the shortest proofs of unsatisfiability]"
          "(https://arxiv.org/pdf/2411.07955)[:factory:](https://zenodo.org/records/14051922) "
          "- 2024\n"
          "- [A hybrid approach to semi-automated Rust verification](https://arxiv.org/pdf/"
          "2403.15122) - 2024.\n"
          "- [Verus: Verifying Rust Programs using Linear Ghost Types](https://arxiv.org/pdf/"
          "2303.05491) - 2023.\n")
    papers = papers_in(md)
    assert papers["How to discover short, shorter, and the shortest proofs of "
                  "unsatisfiability"][0] == 2024
    assert papers["Verus: Verifying Rust Programs using Linear Ghost Types"][0] == 2023


def test_a_cross_reference_over_an_emphasised_title_is_a_label():
    """365: `- [Li et al., ECCV 2024](#Li24eccv),` over `*BeNeRF: Title*.`: the link goes to
    a place of the page (a cross-reference, no paper link); its names, venue and year label
    the emphasised title below, the paper, listed on its title's line (before: a paper titled
    `Li et al`, the title missed)."""
    lib = read_library(_EVENT, "list.md").lib
    by_title = {e.title: e for e in lib.entries}
    assert "Li et al" not in by_title
    benerf = by_title["BeNeRF: Neural Radiance Fields from a Single Blurry Image and Event "
                      "Stream"]
    assert (benerf.year, benerf.venue_tag, benerf.listings[0].line) == (2024, "ECCV 2024", 11)


def test_a_journal_abbreviation_keeps_its_last_stop():
    """365: `IEEE Trans. Ind. Electron., 63(1):418-428, 2016.`: the journal's last word is
    abbreviated as its others are; its stop is the abbreviation's, kept (before: `IEEE Trans.
    Ind. Electron 2016`); a sentence's stop after a name written in full is not."""
    assert papers_in(_EVENT)["An Event-Driven Stereo System for Real-Time 3-D 360° Panoramic "
                         "Vision"][:2] == (2016, "IEEE Trans. Ind. Electron. 2016")


def test_a_description_saying_who_wrote_the_work_and_when():
    """364: a paragraph's title line without a year, its description `This foundational work
    (by Ryan, Collins, and O’Neill, 1998) introduced ...`: the bracket says who wrote it and
    when (before: no year)."""
    md = ("# Awesome Program Synthesis\n\n# Nature‐Inspired & Evolutionary Methods\n"
          "Grammatical Evolution: Evolving Programs for an Arbitrary Language\n"
          "This foundational work (by Ryan, Collins, and O’Neill, 1998) introduced grammatical "
          "evolution—a technique that uses a user‐defined grammar to evolve programs.\n"
          "[https://www.researchgate.net/publication/216301188_Grammatical_Evolution]\n\n"
          "# LLM-Based Approaches\n\n"
          "Program Synthesis with Large Language Models (Austin et al., 2021)\n"
          "This paper investigates how transformer-based language models can synthesize "
          "Python programs from natural language descriptions.\n"
          "[https://arxiv.org/abs/2108.07732]\n\n"
          "CodeGen2: Lessons for Training LLMs on Programming and Natural Languages (Nijkamp "
          "et al., 2023)\n[https://arxiv.org/abs/2305.02309]\n\n"
          "CodeGen: An Open Large Language Model for Code with Multi-Turn Program Synthesis "
          "(Nijkamp et al., 2022)\n[https://arxiv.org/abs/2203.13474]\n")
    assert papers_in(md)["Grammatical Evolution: Evolving Programs for an Arbitrary "
                         "Language"][0] == 1998
