"""Issue 15, round 19, `import-dev28` on the thirty-second held-out set (lists 385-396,
tests/corpus/, provenance in SOURCES.md): real lines of those lists, each read by one general
reading."""

from __future__ import annotations

from awesome_bib.importer import read_library
from awesome_bib.importer.authors import author_year_key

from .conftest import papers_in

# List 389's lines (a Japanese author's NER list), as written
_KEYED = (
    "# Named Entity Recognition\n\n## Active Learning\n"
    "- Li+'17 - Proactive Learning for Named Entity Recognition (BioNLP) "
    "[[ACL Anthology](https://aclanthology.org/W17-2314/)]\n"
    "- Shen+'17 - Deep Active Learning for Named Entity Recognition "
    "[[arXiv](https://arxiv.org/abs/1707.05928)]\n\n"
    "## AAAI\n"
    "- Li+'22 - Unified Named Entity Recognition as Word-Word Relation Classification (AAAI) "
    "[[paper](https://aaai-2022.virtualchair.net/poster_aaai742)]\n"
    "- Agarwal+'22 - Towards Robust Named Entity Recognition via Temporal Domain Adaptation "
    "and Entity Context Understanding (AAAI) [[paper](https://aaai-2022.virtualchair.net/"
    "poster_dc136)]\n"
    "- Shang+'22 - OneRel: Joint Entity and Relation Extraction with One Module in One Step "
    "(AAAI) [[paper](https://aaai-2022.virtualchair.net/poster_aaai246)]\n")


def test_a_citation_key_before_the_title_is_its_first_author_and_year():
    """389: `Li+'22 - Title (AAAI)`: the key is who wrote it and when, no title word and no
    tool's name (before: the AAAI items skipped as a name and a description, the others with
    the key in the title and no year)."""
    papers = papers_in(_KEYED)
    assert papers["Deep Active Learning for Named Entity Recognition"][:1] == (2017,)
    assert papers["OneRel: Joint Entity and Relation Extraction with One Module in One Step"] \
        == (2022, "AAAI", "AAAI")
    entry = next(e for e in read_library(_KEYED, "list.md").lib.entries
                 if e.title.startswith("Towards Robust"))
    assert [a.family for a in entry.authors] == ["Agarwal"]


def test_a_venue_short_year_is_no_citation_key():
    assert author_year_key("Li+'17") is not None
    assert author_year_key("Devlin et al. 2019") is not None
    assert author_year_key("EMNLP'22") is None
    assert author_year_key("Deep Learning") is None


# List 389's venue sections: linked venue headings, linked items beside linkless ones
_VENUE_HEADINGS = (
    "# Named Entity Recognition\n\n## Papers (entity-aware)\nWIP\n\n"
    "### [AAAI2022](https://aaai-2022.virtualchair.net/papers.html?filter=titles&search=Entity)\n"
    "- Li+'22 - Unified Named Entity Recognition as Word-Word Relation Classification (AAAI) "
    "[[paper](https://aaai-2022.virtualchair.net/poster_aaai742)]\n"
    "- Shang+'22 - OneRel: Joint Entity and Relation Extraction with One Module in One Step "
    "(AAAI) [[paper](https://aaai-2022.virtualchair.net/poster_aaai246)]\n"
    "- Liang+'22 - Exploring Entity Interactions for Few-Shot Relation Learning (AAAI) "
    "[[paper](https://aaai-2022.virtualchair.net/poster_sa368)]\n\n"
    "### [TACL2022](https://aclanthology.org/events/tacl-2022/)\n"
    "- Cao+'22 - Multilingual Autoregressive Entity Linking (TACL) "
    "[[paper](https://aclanthology.org/2022.tacl-1.16/)]\n\n"
    "### [LREC2022](https://lrec2022.lrec-conf.org/en/conference-programme/accepted-papers/)\n"
    "- Yeshpanov+'22 - KazNERD: Kazakh Named Entity Recognition Dataset (LREC)\n"
    "- Epure+'22 - Probing Pre-trained Auto-regressive Language Models for Named Entity Typing "
    "and Recognition (LREC)\n"
    "- Strobl+'22 - Enhanced Entity Annotations for Multilingual Corpora (LREC)\n")


def test_keyed_items_hold_their_venue_heading_as_its_papers():
    """389: the key's year at the title's end is the items' evidence when the list's section
    level is found, so `### [AAAI2022](url)` holds its papers as `### TACL2022` does (before:
    a subsection of `## Papers (entity-aware)`); the linkless LREC items, written as the
    linked ones with a venue the table knows, are papers (before: `no link` problems)."""
    papers = papers_in(_VENUE_HEADINGS)
    assert papers["Exploring Entity Interactions for Few-Shot Relation Learning"] \
        == (2022, "AAAI", "AAAI2022")
    assert papers["Multilingual Autoregressive Entity Linking"] == (2022, "TACL", "TACL2022")
    assert papers["KazNERD: Kazakh Named Entity Recognition Dataset"] \
        == (2022, "LREC", "LREC2022")


# List 386's lines: papers three levels deep under numbered labels ending with a colon
_LABELS = (
    "# Dense Retrieval \n## encoder-only\n"
    "1. Hard-negative mining methods:\n"
    "   1. [Dense Passage Retrieval for Open-Domain Question Answering](https://arxiv.org/pdf/"
    "2004.04906) Vladimir Karpukhin et al., 2020.09 EMNLP2020\n"
    "5. Pre-training methods:\n"
    "   1. Auto-encoding:\n"
    "       1. [Less is More: Pre-train a Strong Text Encoder for Dense Retrieval Using a Weak "
    "Decoder](https://arxiv.org/abs/2102.09206) Shuqi Lu et al., 2021.02 EMNLP2021\n"
    "       2. [ConTextual Masked Auto-Encoder for Dense Passage Retrieval](https://arxiv.org/"
    "abs/2208.07670) Xing Wu et al., 2022.08 AAAI2023\n"
    "   2. Transformers:\n"
    "      1. [Condenser: a Pre-training Architecture for Dense Retrieval](https://arxiv.org/"
    "abs/2104.08253) Luyu Gao et al., 2021.04 EMNLP2021\n"
    "   3. Representative Words Prediction\n"
    "      1. [PROP: Pre-training with Representative Words Prediction for Ad-hoc Retrieval]"
    "(https://arxiv.org/abs/2010.10137) Xinyu Ma et al., WSDM2021, 2020.10\n"
    "   3. Others:\n"
    "      1. [How to Train Your DRAGON: Diverse Augmentation Towards Generalizable Dense "
    "Retrieval](https://arxiv.org/pdf/2302.07452) 2023.02\n")


def test_labels_over_linked_titles_are_no_fields_of_a_record():
    """386: `Auto-encoding:`, `Transformers:`, `Others:` under `5. Pre-training methods:`
    open with a label and a colon, as a record's fields do, but say nothing after it and hold
    linked title phrases: topics over papers (before: read as the fields of `Pre-training
    methods:` and their papers lost, 9 of 27)."""
    papers = papers_in(_LABELS)
    assert papers["Condenser: a Pre-training Architecture for Dense Retrieval"][2] \
        == "encoder-only"
    assert "ConTextual Masked Auto-Encoder for Dense Passage Retrieval" in papers
    assert "How to Train Your DRAGON: Diverse Augmentation Towards Generalizable Dense " \
        "Retrieval" in papers
    assert len(papers) == 6


def test_a_preprint_month_before_the_venue_gives_the_venue_its_year():
    """386: `Authors et al., 2020.10 NAACL2021`: the arXiv month, then the venue and its year;
    the venue's year is the paper's (before: 2020, the date's, and the date in the venue)."""
    md = ("# Dense Retrieval\n## encoder-only\n"
          "1. [RocketQA: An Optimized Training Approach to Dense Passage Retrieval for "
          "Open-Domain Question Answering](https://arxiv.org/abs/2010.08191) Yingqi Qu et al., "
          "2020.10 NAACL2021\n"
          "2. [Dense Passage Retrieval for Open-Domain Question Answering](https://arxiv.org/pdf/"
          "2004.04906) Vladimir Karpukhin et al., 2020.09 EMNLP2020\n")
    papers = papers_in(md)
    assert papers["RocketQA: An Optimized Training Approach to Dense Passage Retrieval for "
                  "Open-Domain Question Answering"][:2] == (2021, "NAACL 2021")
    assert papers["Dense Passage Retrieval for Open-Domain Question Answering"][:2] \
        == (2020, "EMNLP 2020")


# List 387's table (Chinese idea cells), as written
_SPACED = (
    "# [A Comprehensive Survey of Neural Architecture Search: Challenges and Solutions]"
    "(https://arxiv.org/abs/2006.02903)\n\n#### 基于cell\n\n"
    "|      | Title | Venue | Type | Idea |\n| ---- | :--- | :---: | :--: | --- |\n"
    "| 1    | NASNet: [Learning Transferable Architectures for Scalable Image Recognition](./18-"
    "CVPR-Learning Transferable Architectures for Scalable Image Recognition.pdf) |  CVPR'18   "
    "|  RL  | 提出标准的normal cell 和 reduction cell |\n"
    "| 3    | Progressive Neural Architecture Search [笔记](#Progressive Neural Architecture "
    "Search (ECCV'18)) |  ECCV'18   |  PD  | 基于cell |\n"
    "| 4    | [DPP-Net: Device-aware Progressive Search for areto-optimal Neural Architectures]"
    "(./18-ECCV-Jin-Dong_Dong_DPP-Net_Device-aware_Progressive_ECCV_2018_paper.pdf) |  ECCV‘18 "
    "  |      | 使用avg pooling代替 reduction cell |\n"
    "| 5    | [DARTS: Differentiable Architecture Search](./19-iclr-DARTS DIFFERENTIABLE "
    "ARCHITECTURE SEARCH.pdf) |  ICLR'19   |  G   | 基于cell |\n")


def test_a_link_whose_target_holds_spaces_is_the_link_its_writer_meant():
    """387: `[Title](./18-CVPR-Title words.pdf)`: Markdown leaves it as text, brackets and
    all; the bracket text is the title (before: the row a `no link` problem, or the raw
    Markdown its title), and `[笔记](#anchor (ECCV'18))` after a title is a note link, no
    title word."""
    papers = papers_in(_SPACED)
    assert papers["DARTS: Differentiable Architecture Search"][:2] == (2019, "ICLR 2019")
    assert papers["Learning Transferable Architectures for Scalable Image Recognition"][:2] \
        == (2018, "CVPR 2018")
    assert "Progressive Neural Architecture Search" in papers
    entry = next(e for e in read_library(_SPACED, "list.md").lib.entries
                 if e.title.startswith("DARTS"))
    assert [lk.url for lk in entry.links] \
        == ["./19-iclr-DARTS%20DIFFERENTIABLE%20ARCHITECTURE%20SEARCH.pdf"]


def test_a_venue_cell_with_its_year_glued_or_after_an_opening_quote():
    """387: `ICLR18`, `ICCV19`, `NeurIPS19` (two digits glued to a venue the table knows)
    and `ECCV‘18` (an opening quote typed for the apostrophe) date their rows (before: no
    year)."""
    md = ("# NAS\n\n#### 其他设计\n\n| Title | Venue | Type |\n| --- | --- | --- |\n"
          "| [Discovering Neural Wirings](./19-NeurIPS-Discovering-Neural-Wirings.pdf) "
          "| NeurIPS19 | G |\n"
          "| [Hierarchical Representations for Efficient Architecture Search](./18-iclr-"
          "hierarchical.pdf) | ICLR18 | EA |\n"
          "| [DPP-Net: Device-aware Progressive Search for areto-optimal Neural Architectures]"
          "(./18-ECCV-DPP-Net.pdf) | ECCV‘18 | |\n")
    papers = papers_in(md)
    assert papers["Discovering Neural Wirings"][0] == 2019
    assert papers["Hierarchical Representations for Efficient Architecture Search"][0] == 2018
    assert papers["DPP-Net: Device-aware Progressive Search for areto-optimal Neural "
                  "Architectures"][0] == 2018


# List 394's papers table inside a collapsed block under `## Papers` (still open at the end)
_SUMMARY = (
    "# Awesome Visual Place Recognition\n\n## Surveys\n\n"
    "| Title | First Author | Venue | Github | Bibtex |\n|---|---|---|---|---|\n"
    "| [Visual Place Recognition: A Tutorial](https://ieeexplore.ieee.org/document/10261441) "
    "| Stefan Schubert | RAM 2023 |  | [BibTex](citations/Schubert_2023_vpr_tutorial.txt) |\n\n"
    "## Papers\n\nPapers are roughly split into categories, and a paper can (rarely) appear "
    "in more than one category.\n\n<details open>\n<summary>Standard VPR</summary>\n\n"
    "| Title | First Author | Venue | Github | Bibtex |\n|---|---|---|---|---|\n"
    "| [Optimal Transport Aggregation for Visual Place Recognition](https://arxiv.org/abs/"
    "2311.15937) | Sergio Izquierdo | CVPR 2024 | [GitHub](https://github.com/serizba/salad) "
    "| [BibTex](./citations/Izquierdo_2024_salad.txt) |\n"
    "| [MixVPR: Feature Mixing for Visual Place Recognition](https://arxiv.org/abs/2303.02190) "
    "| Ali-bey Amar | WACV 2023 | [GitHub](https://github.com/amaralibey/MixVPR) | "
    "[BibTex](./citations/Alibey_2023_mixvpr.txt) |\n"
    "| [EigenPlaces: Training Viewpoint Robust Models for Visual Place Recognition](https://"
    "arxiv.org/abs/2308.10832) | Gabriele Berton | ICCV 2023 | [GitHub](https://github.com/"
    "gmberton/EigenPlaces) | [BibTex](./citations/Berton_2023_EigenPlaces.txt) |\n")


def test_the_one_collapsed_table_under_a_papers_heading_is_its_summarys_section():
    """394: `## Papers` (only the word papers, and prose) over one `<details open><summary>
    Standard VPR</summary>` block holding a table of papers: the summary names their topic,
    a section (before: a toggle of `Papers`, its table of one block counted as one item).
    (Three rows: a heading holding STRAY papers or fewer is no section of its own.)"""
    papers = papers_in(_SUMMARY)
    assert papers["MixVPR: Feature Mixing for Visual Place Recognition"] \
        == (2023, "WACV 2023", "Standard VPR")
    assert papers["Visual Place Recognition: A Tutorial"][2] == "Surveys"


def test_a_toggle_summary_under_a_papers_heading_stays_the_headings():
    md = _SUMMARY.replace("Standard VPR", "Click to expand")
    assert papers_in(md)["MixVPR: Feature Mixing for Visual Place Recognition"][2] == "Papers"


# List 393's items under a year bullet, badge links on the line below each
_TAGS = (
    "## LiDAR Place Recognition Methods\n\n- 2024\n\n"
    "  - **`Handcraft`** **`RAL`** Narrowing your FOV with SOLiD: Spatially Organized and "
    "Lightweight Global Descriptor for FOV-constrained LiDAR Place Recognition 🔥\n    \n"
    "    [![Paper](https://img.shields.io/badge/📄%20Paper-PDF-yellow)](https://ieeexplore.ieee"
    ".org/abstract/document/10629042) [![GitHub](https://badges.aleen42.com/src/github.svg)]"
    "(https://github.com/sparolab/solid)  \n\n"
    "  - **`Handcraft`** **`IROS`** NDT-Map-Code: A 3D global descriptor for real-time loop "
    "closure detection in lidar SLAM 🔥\n\n"
    "    [![arXiv](https://img.shields.io/badge/arXiv-2307.08221-b31b1b.svg?style=flat-square)]"
    "(https://arxiv.org/abs/2307.08221) [![GitHub](https://badges.aleen42.com/src/github.svg)]"
    "(https://github.com/SlamCabbage/NDTMC)\n\n"
    "  - **`Learning`** **`TRO`** BEVPlace++: Fast, Robust, and Lightweight LiDAR Global "
    "Localization for Unmanned Ground Vehicles 🔥\n\n"
    "    [![arXiv](https://img.shields.io/badge/arXiv-2408.01841-b31b1b.svg?style=flat-square)]"
    "(https://www.arxiv.org/abs/2408.01841)\n")


def test_bold_one_word_tags_before_a_plain_title_are_no_title_words():
    """393: `**`Handcraft`** **`RAL`** Title 🔥`: the method tag and the venue tag are set
    apart in bold; the title is the plain phrase after them, the acronym tag its venue
    (before: `Handcraft RAL Narrowing ...` the title, no venue)."""
    papers = papers_in(_TAGS)
    assert papers["NDT-Map-Code: A 3D global descriptor for real-time loop closure detection "
                  "in lidar SLAM"][:2] == (2024, "IROS")
    assert papers["Narrowing your FOV with SOLiD: Spatially Organized and Lightweight Global "
                  "Descriptor for FOV-constrained LiDAR Place Recognition"][1] == "RAL"


def test_one_bold_word_before_a_title_is_no_tag():
    """A single bold word opening the title (`**DETR** End-to-End ...`) is not two tags:
    left to the readers of a name before a title."""
    from awesome_bib.importer.items import _bold_tags
    text = "DETR End-to-End Object Detection with Transformers"
    assert _bold_tags(text, [True] * 4 + [False] * (len(text) - 4)) is None


# List 396's tool table whose Paper cell cites the tool's paper
_CITED_TOOLS = (
    "# 🧮 Awesome-SAT-SMT-Solvers\n\n## 🧠 SMT Solvers\n\n"
    "| Solver | Description | GitHub / Website | Paper |\n"
    "|:--------|:-------------|:----------------|:-------|\n"
    "| **Z3** | Developed by Microsoft Research; widely used in verification. | "
    "[github.com/Z3Prover/z3](https://github.com/Z3Prover/z3) | *Z3: An Efficient SMT Solver* "
    "(de Moura & Bjørner, TACAS 2008) |\n"
    "| **Yices 2** | Developed by SRI; supports linear arithmetic, arrays, and bit-vectors. | "
    "[github.com/SRI-CSL/yices2](https://github.com/SRI-CSL/yices2) | *Yices 2.2* (Dutertre, "
    "CAV 2014) |\n"
    "| **MiniSat** | Classic minimalistic CDCL SAT solver; widely used in research. | "
    "[github.com/niklasso/minisat](https://github.com/niklasso/minisat) | *An extensible "
    "SAT-solver* (Eén & Sörensson, 2003) |\n")


def test_a_cited_papers_venue_after_its_names_is_the_venue_not_an_author():
    """396: `*Title* (de Moura & Bjørner, TACAS 2008)`: the names, then the venue and its
    year (before: `TACAS` read as a third author, no venue); `(Eén & Sörensson, 2003)` names
    no venue."""
    papers = papers_in(_CITED_TOOLS)
    assert papers["Z3: An Efficient SMT Solver"][:2] == (2008, "TACAS 2008")
    assert papers["Yices 2.2"][:2] == (2014, "CAV 2014")
    assert papers["An extensible SAT-solver"][:2] == (2003, "")
    z3 = next(e for e in read_library(_CITED_TOOLS, "list.md").lib.entries
              if e.title.startswith("Z3"))
    assert len(z3.authors) == 2 and "TACAS" not in {a.family for a in z3.authors}



# List 390's must-read papers: a heading per paper over a record of bold-labelled bullets
_HEADED_RECORDS = (
    "# 📄 Awesome Papers on Smart Contract Security 📄\n\n## 🔥 Must-Read Papers\n\n"
    "### Finding The Greedy, Prodigal, and Suicidal Contracts at Scale\n\n"
    "- **Score**: 9.5/10\n- **Published In**: ACM\n"
    "- **Topics Covered**: Smart Contract Vulnerabilities, Static Analysis\n"
    "- **Why**: This paper provides a comprehensive study on smart contract vulnerabilities.\n"
    "- **Link**: [Finding The Greedy, Prodigal, and Suicidal Contracts at Scale](https://dl.acm"
    ".org/doi/10.1145/3133956.3134012)\n\n"
    "### A Survey of Attacks on Ethereum Smart Contracts\n\n"
    "- **Score**: 9/10\n- **Published In**: Springer\n"
    "- **Topics Covered**: Vulnerabilities, Attacks, and Countermeasures\n"
    "- **Why**: A thorough survey of existing attacks on Ethereum smart contracts.\n"
    "- **Link**: [A Survey of Attacks on Ethereum Smart Contracts](https://link.springer.com/"
    "chapter/10.1007/978-3-319-70278-0_9)\n\n"
    "### Making Smart Contracts Smarter\n\n"
    "- **Score**: 8.5/10\n- **Published In**: ACM\n"
    "- **Topics Covered**: Smart Contract Security, Formal Verification\n"
    "- **Why**: Introduces techniques for making smart contracts more secure.\n"
    "- **Link**: [Making Smart Contracts Smarter](https://dl.acm.org/doi/10.1145/2976749."
    "2978309)\n")


def test_a_heading_over_its_record_lists_the_paper_and_the_published_in_field_is_its_venue():
    """390: `### Title` over `- **Published In**: ACM` ... `- **Link**: [Title](doi)`: the
    paper is listed on its heading's line (the first that writes its title), and the field
    that names where it was published is its venue, undated (before: listed on the `Link`
    line, no venue)."""
    papers = papers_in(_HEADED_RECORDS)
    assert papers["A Survey of Attacks on Ethereum Smart Contracts"] \
        == (None, "Springer", "🔥 Must-Read Papers")
    lines = {e.title: e.listings[0].line for e in read_library(_HEADED_RECORDS, "list.md")
             .lib.entries}
    assert lines["Finding The Greedy, Prodigal, and Suicidal Contracts at Scale"] == 5
    assert lines["A Survey of Attacks on Ethereum Smart Contracts"] == 13


# List 395's bullets: papers beside blog posts and talks, all written `* [Title](url)`
_POSTS = (
    "# Awesome Consensus\n\n## Paxos - Engineering\n\n"
    "* [Lessons Learned from Implementing Paxos](http://blog.willportnoy.com/2012/06/lessons-"
    "learned-from-paxos.html)\n"
    "* [Practical Experience Report: The Performance of Paxos in the Cloud](https://arxiv.org/"
    "abs/1404.6719)\n"
    "* [Paxos for System Builders](http://www.cnds.jhu.edu/pub/papers/cnds-2008-2.pdf)\n"
    "* [[Dr. TLA+ Series] Paxos - Andrew Helwer](https://www.youtube.com/watch?v=zCaJSrTmUFA)\n"
    "* [Raft does not Guarantee Liveness in the face of Network Faults](https://decentralized"
    "thoughts.github.io/2020-12-12-raft-liveness-full-omission/)\n"
    "* [Paxos made Live](http://research.google.com/pubs/pub33002.html)\n")


def test_blog_posts_and_a_bracketed_talk_title_are_no_papers():
    """395: a title linking a blog's own host (`blog.…`), or a page dated to the day in its
    path (a blog engine's post), says it is a post; a YouTube talk whose link text opens with
    a bracketed series name, titled by the section's template only, is a video as any other
    (before: all three imported as papers)."""
    papers = papers_in(_POSTS)
    assert set(papers) == {
        "Practical Experience Report: The Performance of Paxos in the Cloud",
        "Paxos for System Builders", "Paxos made Live"}


def test_a_date_alone_after_the_titles_link_dates_the_paper():
    """386: `[Title](arxiv) 2023.02` among `[Title](arxiv) Authors et al., 2020.09 EMNLP2020`
    items: the date with its month is the paper's year (before: no year)."""
    md = ("# Dense Retrieval\n## encoder-only\n"
          "1. Others:\n"
          "   1. [How to Train Your DRAGON: Diverse Augmentation Towards Generalizable Dense "
          "Retrieval](https://arxiv.org/pdf/2302.07452) 2023.02\n"
          "   2. [Condenser: a Pre-training Architecture for Dense Retrieval](https://arxiv.org/"
          "abs/2104.08253) Luyu Gao et al., 2021.04 EMNLP2021\n")
    papers = papers_in(md)
    assert papers["How to Train Your DRAGON: Diverse Augmentation Towards Generalizable Dense "
                  "Retrieval"][:2] == (2023, "")


def test_an_unknown_acronym_at_the_lists_bracketed_venue_place_is_a_venue():
    """389: most titles end with a bracketed venue the table knows, `(AAAI)`, `(TACL)`,
    `(LREC)`; `(BioNLP)` at that place is a venue too (before: kept in the title). A list
    that does not write its venues there keeps such a tag (`Title (MolT5)`: a name)."""
    md = _KEYED + (
        "\n## TACL\n"
        "- Cao+'22 - Multilingual Autoregressive Entity Linking (TACL) "
        "[[paper](https://aclanthology.org/2022.tacl-1.16/)]\n")
    papers = papers_in(md)
    assert papers["Proactive Learning for Named Entity Recognition"][:2] == (2017, "BioNLP")
    alone = ("# Molecules\n\n## Papers\n\n"
             "- Translation between Molecules and Natural Language (MolT5) "
             "[[paper](https://arxiv.org/abs/2204.11817)]\n"
             "- Multi-modal Molecule Structure-text Model for Text-based Retrieval (MoleculeSTM) "
             "[[paper](https://arxiv.org/abs/2212.10789)]\n"
             "- Enhancing Activity Prediction Models in Drug Discovery (CLAMP) "
             "[[paper](https://arxiv.org/abs/2303.03363)]\n")
    assert all(venue == "" for _, venue, _ in papers_in(alone).values())
