"""Issue 15, round 20, `import-dev32` on the thirty-sixth held-out set (lists 433-444,
tests/corpus/, provenance in SOURCES.md): real lines of those lists, each read by one general
reading."""

from __future__ import annotations

from .conftest import papers_in, papers_with_authors

# List 443's bibliography (a reStructuredText file: a setext heading, Markdown alike), as written
_LABELLED_GBT = (
    "参考文献\n==================================================\n"
    "- ``IEEE 2016`` ``Black Box`` Lin Y D, Liao F Z, Huang S K, et al. Browser fuzzing by "
    "scheduled mutation and generation of document object models[C]// International Carnahan "
    "Conference on Security Technology. IEEE, 2016:1-6. \n"
    "- ``Usenix 2014`` ``Seed Generation`` Rebert A, Sang K C, Grieco G, et al. Optimizing seed "
    "selection for fuzzing[C]// Usenix Conference on Security Symposium. USENIX Association, "
    "2014:861-875.\n"
    "- ``ACM 2013`` ``White Box`` Avgerinos T, Sang K C, Rebert A, et al. Automatic exploit "
    "generation[J]. Communications of the Acm, 2014, 57(2):74-84.\n"
    "- ``IEEE 2005`` Oehlert P. Violating Assumptions with Fuzzing[J]. IEEE Security & Privacy, "
    "2005, 3(2):58-62.\n")


def test_code_span_labels_before_a_linkless_citation_are_no_words_of_it():
    """443: ``` ``IEEE 2016`` ``Black Box`` Names. Title[C]// Venue. ``` : the code spans are
    the list's source and topic labels; the citation after them is read (before: the whole
    list refused, `no paper or dataset items recognised`); the label's year is no field
    (`ACM 2013` over a 2014 paper)."""
    papers = papers_with_authors(_LABELLED_GBT)
    assert papers["Automatic exploit generation"][0] == 2014
    assert papers["Automatic exploit generation"][2] == ["Avgerinos", "Sang", "Rebert"]
    assert papers["Violating Assumptions with Fuzzing"][:1] == (2005,)
    assert set(papers) == {
        "Browser fuzzing by scheduled mutation and generation of document object models",
        "Optimizing seed selection for fuzzing", "Automatic exploit generation",
        "Violating Assumptions with Fuzzing"}


# List 435's MLA citations, a backticked tag before some
_TAGGED_MLA = (
    "# Binary similarity\n\n## Syntactical Similarity\n"
    "- `Feature-based learning` Hu, Xin, et al. \"[Mutantx-s: Scalable malware clustering based "
    "on static features.](https://www.usenix.org/system/files/conference/atc13/atc13-hu.pdf)\" "
    "2013 {USENIX} Annual Technical Conference ({USENIX}{ATC} 13). 2013.\n"
    "- `BinJuice` Lakhotia, Arun, Mila Dalla Preda, and Roberto Giacobazzi. \"[Fast location of "
    "similar code fragments using semantic'juice'.](http://ulsrl.org/wp-content/plugins/zotpress/"
    "lib/request/request.dl.php?api_user_id=136048&dlkey=BTVZE5CV&content_type=application/pdf)"
    "\" Proceedings of the 2nd ACM SIGPLAN Program Protection and Reverse Engineering Workshop. "
    "2013.\n"
    "- Bruschi, Danilo, Lorenzo Martignoni, and Mattia Monga. \"[Detecting self-mutating "
    "malware using control-flow graph matching.](https://link.springer.com/chapter/10.1007/"
    "11790754_8)\" International Conference on Detection of Intrusions and Malware, and "
    "Vulnerability Assessment. Springer, Berlin, Heidelberg, 2006.\n")


def test_a_backticked_tag_before_mla_authors_is_no_title_or_name():
    """435: `` `Feature-based learning` Hu, Xin, et al. "[Title.](url)" Venue. 2013.``: the tag
    is no word of the names (before: `Feature-based learning Hu, Xin, et al. "` read as the
    title; `Arun` read as a second author of `Lakhotia, Arun, ...`)."""
    papers = papers_with_authors(_TAGGED_MLA)
    assert papers["Mutantx-s: Scalable malware clustering based on static features"][:1] \
        == (2013,)
    assert papers["Mutantx-s: Scalable malware clustering based on static features"][2] \
        == ["Hu"]
    juice = papers["Fast location of similar code fragments using semantic'juice'"]
    assert juice[2] == ["Lakhotia", "Preda", "Giacobazzi"]


def test_a_code_span_a_colon_follows_or_a_bracketed_key_stays():
    """A defined term (`` `seq`: Sequence Labeling ``, 389) is no label of a citation, and a
    bracketed key in a code span (`` `[Pei et al. CVPR23]` ``, 240) is still read for its
    names."""
    keyed = papers_with_authors(
        "# Video-text retrieval\n\n## Papers\n"
        "- `[Pei et al. CVPR23]` CLIPPING: Distilling CLIP-Based Models with a Student Base for "
        "Video-Language Retrieval. CVPR, 2023. [[paper]](https://openaccess.thecvf.com/content/"
        "CVPR2023/papers/Pei_CLIPPING_Distilling_CLIP-Based_Models_With_a_Student_Base_for_"
        "Video-Language_CVPR_2023_paper.pdf)\n")
    [entry] = keyed.values()
    assert entry[2] == ["Pei"]
    tagged = papers_in("# NER\n\n## Tags\n- `seq`: Sequence Labeling\n- `span`: Span-based\n\n"
                       "## Papers\n- Shen+'17 - Deep Active Learning for Named Entity "
                       "Recognition [[arXiv](https://arxiv.org/abs/1707.05928)]\n")
    assert list(tagged) == ["Deep Active Learning for Named Entity Recognition"]


# List 442's table (a Korean reader's NLP list), as written
_NAMED_ROWS = (
    "## NLP : Paper List\n\n<br>\n\n\n"
    "- 해당 Paper List는 [CKtrace/Research-Paper-Review](https://github.com/CKtrace/"
    "Research-Paper-Review/tree/main)를 참고하여 만들었습니다\n\n\n<br>\n\n"
    "|Title|Journal/Conference|Year|Progress|\n|:---|:---:|:---:|:---:|\n"
    "|[A Neural Probabilistic Language Model (NNLM)](NNLM)|[JLMR](https://papers.nips.cc/"
    "paper_files/paper/2000/file/728f206c2a01bf572b5940d7d9a8fa4c-Paper.pdf)|2003|`Clear`|\n"
    "|[Efficient Estimation of Word Representations in Vector Space (Word2Vec)](Word2Vec)|"
    "[ICLR](https://arxiv.org/pdf/1301.3781)|2013|`Not Yet`|\n"
    "|Finding Structure in Time (TextRNN)|[CogSCI](https://onlinelibrary.wiley.com/doi/epdf/"
    "10.1207/s15516709cog1402_1)|1990|`Not Yet`|\n"
    "|NEURAL MACHINE TRANSLATIONBY JOINTLY LEARNING TO ALIGN AND TRANSLATE (Seq2Seq with "
    "Attention)|[ICLR](https://arxiv.org/pdf/1409.0473)|2015|`Not Yet`|\n\n<br>\n\n"
    "## LLM\n\n<br>\n\n"
    "|Title|Journal/Conference|Year|Progress|\n|:---|:---:|:---:|:---:|\n"
    "|Attention is all you need (Transformer)|[NIPS](https://proceedings.neurips.cc/paper_files/"
    "paper/2017/file/3f5ee243547dee91fbd053c1c4a845aa-Paper.pdf)|2017|`Not Yet`|\n")


def test_a_name_in_brackets_ending_most_titles_is_no_title_word():
    """442: every title cell ends with the model's name in brackets (`(NNLM)`, `(Seq2Seq with
    Attention)`): the list's place for names, peeled (before: every sampled title missed).
    The venue cell and the year stay the fields."""
    papers = papers_in(_NAMED_ROWS)
    assert papers["A Neural Probabilistic Language Model"] == (2003, "JLMR 2003",
                                                               "NLP : Paper List")
    assert papers["NEURAL MACHINE TRANSLATIONBY JOINTLY LEARNING TO ALIGN AND TRANSLATE"][:2] \
        == (2015, "ICLR 2015")
    assert papers["Attention is all you need"][2] == "LLM"
    assert "Finding Structure in Time" in papers


def test_a_line_linking_a_repository_by_its_path_is_no_paper():
    """442: `해당 Paper List는 [CKtrace/Research-Paper-Review](github)를 참고하여
    만들었습니다` ("this list was made with reference to ..."): a link labelled by its
    repository's path points at the repository (before: read as a paper titled `해당 Paper
    List는`)."""
    papers = papers_in(_NAMED_ROWS)
    assert len(papers) == 5
    assert not any("Paper List" in title for title in papers)


def test_one_title_ending_with_a_name_keeps_it():
    """A title that alone ends with a bracketed name (`Gaussian Error Linear Units (GELUs)`)
    keeps it: only the list's own regularity says the place holds names."""
    papers = papers_in(
        "# Activations\n\n## Papers\n"
        "- [Gaussian Error Linear Units (GELUs)](https://arxiv.org/abs/1606.08415) - ICLR 2017\n"
        "- [Searching for Activation Functions](https://arxiv.org/abs/1710.05941) - ICLR 2018\n"
        "- [Deep Residual Learning for Image Recognition](https://arxiv.org/abs/1512.03385) - "
        "CVPR 2016\n")
    assert "Gaussian Error Linear Units (GELUs)" in papers


# List 433's sections (serverless systems), as written
_APOSTROPHE_VENUES = (
    "# Awesome Serverless Research\n\n## Heterogeneous Serverless\n"
    "- [Serverless computing on heterogeneous computers (ASPLOS'22)](https://dl.acm.org/doi/"
    "10.1145/3503222.3507732) - The first work to propose heterogeneous serverless systems "
    "based on CPU, DPU and FPGA.\n"
    "- [Llama: A Heterogeneous & Serverless Framework for Auto-Tuning Video Analytics Pipelines "
    "(ACM SoCC'21)](https://web.stanford.edu/~faromero/llama.pdf) - A system to schedule "
    "heterogeneous resources in the case of serverless.\n\n\n"
    "## Optimizations\n"
    "- [SOCK: Rapid Task Provisioning with Serverless-Optimized Containers (ATC'18)](https://"
    "dl.acm.org/doi/10.5555/3277355.3277362)\n"
    "- [SAND: Towards High-Performance Serverless Computing (ATC'18)](https://dl.acm.org/doi/"
    "10.5555/3277355.3277444)\n"
    "- [SEUSS: skip redundant paths to make serverless fast (Eurosys'20)](https://dl.acm.org/"
    "doi/abs/10.1145/3342195.3392698) - SEUSS utilizes similir ideas as Catalyzer.\n")


def test_an_unknown_acronym_with_an_apostrophe_year_in_link_text_is_the_venue():
    """433: `[Title (ATC'18)](url)`: an acronym the venue table does not know, inside the link
    text, is read as the year only where it may name who wrote it (`(SJTU 2016)`); a short
    year after an apostrophe is written only for venues (before: ATC, ASPLOS and SoCC lost,
    Eurosys kept)."""
    papers = papers_in(_APOSTROPHE_VENUES)
    assert papers["Serverless computing on heterogeneous computers"][:2] == (2022, "ASPLOS 2022")
    assert papers["SOCK: Rapid Task Provisioning with Serverless-Optimized Containers"][:2] \
        == (2018, "ATC 2018")
    assert papers["Llama: A Heterogeneous & Serverless Framework for Auto-Tuning Video "
                  "Analytics Pipelines"][1] == "ACM SoCC 2021"
    assert papers["SEUSS: skip redundant paths to make serverless fast"][1] == "Eurosys 2020"


def test_a_comma_and_a_stop_typed_together_end_the_names():
    """437: `- Francesco Preti,. Quantum, 2024` after the link: `,.` is the stop after the
    names, the journal and year follow (before: no author, venue or year read)."""
    papers = papers_with_authors(
        "# Awesome compilation for quantum computing\n\n## Papers\n"
        "+ **Compiler for Trapped Ions**\n"
        "   + [Hybrid discrete-continuous compilation of trapped-ion quantum circuits with deep "
        "reinforcement learning](https://arxiv.org/abs/2307.05744) - Francesco Preti,. Quantum, "
        "2024\n"
        "   + [Q-Pilot: Field Programmable Qubit Array Compilation with Flying Ancillas](https://"
        "arxiv.org/abs/2311.16190) - Hanrui Wang., DAC, 2024 \n")
    assert papers["Hybrid discrete-continuous compilation of trapped-ion quantum circuits with "
                  "deep reinforcement learning"] == (2024, "Quantum 2024", ["Preti"])
    assert papers["Q-Pilot: Field Programmable Qubit Array Compilation with Flying "
                  "Ancillas"] == (2024, "DAC 2024", ["Wang"])


def test_a_code_span_that_alone_dates_the_item_is_still_its_venue():
    """`` - `CVPR 2016` [Title](url) `` among undated items: without its label the item names
    no venue or year, so the label is read as any lead is (the venue and year); the labels
    before a citation dated itself (443, 435) stay no fields."""
    papers = papers_in(
        "# L\n\n## Papers\n"
        "- `CVPR 2016` [Deep Residual Learning for Image Recognition](https://arxiv.org/abs/"
        "1512.03385)\n"
        "- [An Image is Worth 16x16 Words: Transformers for Image Recognition at Scale](https://"
        "arxiv.org/abs/2010.11929)\n"
        "- [A Survey of Large Language Models](https://arxiv.org/abs/2303.18223)\n")
    assert papers["Deep Residual Learning for Image Recognition"][:2] == (2016, "CVPR 2016")


def test_a_books_publisher_is_no_venue():
    """443 and 372: GB/T 7714's book mark `[M]`: what follows it is the publisher (and its
    place), no venue; the year stays, and the book stays a paper of the bibliography where
    its title is short (`Deep learning[M]`, `矩阵分析[M]`: before, the publisher was the venue
    and the only field that let such a short title stand)."""
    papers = papers_with_authors(
        _LABELLED_GBT
        + "- 钱文祥. 白帽子讲浏览器安全[M]. 电子工业出版社, 2016.\n"
        "- ``ACM 2013`` Paige M. The tangled web: a guide to securing modern web applications by "
        "Michal Zalewski[M]. ACM, 2013.\n")
    assert papers["白帽子讲浏览器安全"] == (2016, "", ["钱文祥"])
    assert papers["The tangled web: a guide to securing modern web applications by Michal "
                  "Zalewski"] == (2013, "", ["Paige"])
    assert papers["Automatic exploit generation"][1] == "Communications of the Acm 2014"
    books = papers_with_authors(  # list 372's first section, as written
        "# 2021级学术学位硕士研究生基本文献目录\n"
        "\n"
        "## 基础文献\n"
        "\n"
        "- 需要自己阅读   \n"
        "\n"
        "- [ ] [1]沈昌祥,左晓栋.网络空间安全导论[M].北京:电子工业出版社,2018\n"
        "- [ ] [2][美]科弗,[美]托马斯.信息论基础[M].阮吉寿,等译.北京:机械工业出版社,2008.\n"
        "- [ ] [3][美]理查德·J.拉森,莫里森·L.马克思.数理统计及其应用[M]."
        "北京:机械工业出版社, 2019. \n"
        "- [ ] [4]殷俊峰.矩阵分析[M].上海:同济大学出版社,2017.\n"
        "- [ ] [5]周志华.机器学习[M].北京:清华大学出版社,2016\n"
        "- [ ] [6]王燕军,等.最优化基础理论与方法(第二版)[M].上海:复旦大学出版社,2018.\n"
        "- [ ] [7]Goodfellow I, Bengio Y, Courville A, et al. Deep learning[M]. Cambridge:"
        " MIT press, 2016.\n"
        "- [ ] [8][美]拉斐尔,冈萨雷斯,等.数字图像处理(第四版)[M].北京:电子工业出版社,2020.\n"
        "- [ ] [9]何晗.自然语言处理入门[M].北京:人民邮电出版社,2019.\n"
        "- [x] [10]Ye Y, Li T, Adjeroh D, et al. A survey on malware detection using data"
        " mining techniques[J]. ACM Computing Surveys (CSUR), 2017, 50(3): 1-40.\n")
    assert books["矩阵分析"] == (2017, "", ["殷俊峰"])
    assert books["Deep learning"] == (2016, "", ["Goodfellow", "Bengio", "Courville"])
    assert books["A survey on malware detection using data mining techniques"][1].startswith(
        "ACM Computing Surveys")


def test_a_kind_part_or_edition_in_brackets_ending_most_titles_stays_in_the_title():
    """Brackets ending most of a list's titles are its method names only when each is its
    paper's own: `(Student Abstract)`, `(Extended Abstract)` (shared), `(Part I)`, `(2nd ed.)`
    are words of the title as published."""
    titles = set(papers_in(
        "# Awesome AI\n\n## Papers\n\n"
        "- [Fairness in Machine Learning (Student Abstract)](https://ojs.aaai.org/1)\n"
        "- [Learning to Rank with Partial Labels (Extended Abstract)](https://ijcai.org/1)\n"
        "- [Counterfactual Explanations for Graph Models (Student Abstract)]"
        "(https://ojs.aaai.org/2)\n"
        "- [Robust Graph Learning under Noise (Extended Abstract)](https://ijcai.org/2)\n"
        "- [Reducing the Dimensionality of Data with Neural Networks (Part I)]"
        "(https://arxiv.org/abs/1111.1111)\n"
        "- [Pattern Recognition and Machine Learning (2nd ed.)]"
        "(https://arxiv.org/abs/1111.1112)\n"))
    assert titles == {
        "Fairness in Machine Learning (Student Abstract)",
        "Learning to Rank with Partial Labels (Extended Abstract)",
        "Counterfactual Explanations for Graph Models (Student Abstract)",
        "Robust Graph Learning under Noise (Extended Abstract)",
        "Reducing the Dimensionality of Data with Neural Networks (Part I)",
        "Pattern Recognition and Machine Learning (2nd ed.)"}
