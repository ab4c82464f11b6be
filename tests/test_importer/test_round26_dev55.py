"""Issue 15, round 26, `import-dev55` on lists 577, 578, 579, 580, 583 and 584 (the forty-eighth
held-out set, tests/corpus/, provenance in SOURCES.md): real lines of those lists, each read by
one general reading."""

from __future__ import annotations

from .conftest import papers_in, papers_with_authors

# List 580: `- **topic**: Author. "Title" (year)` bullets under lower-case `###` headings
_GENESIS = (
    "## Listing\n\n### genesis of computer\n"
    '- **An automatic machine that generates mathematical facts and proofs?**:David Hilbert. '
    '"Mathematical Problems" (1900)\n'
    "- **Incompletenss theorem, no automatic machine generating mathematical facts and "
    'proofs**: Kurt Gödel. "On Formally Undecidable Propositions of Principia Mathematica And '
    'Related Systems" (1930)\n'
    "- **Turing machine, from an easier proof for Gödel's theorem**: Alan Turing. \"On "
    'Computable Numbers, with an Application to the Entscheidungsproblem" (1936)\n'
    '- **Lambda calculus**: Alonzo Church. "The Calculi of Lambda-Conversion" (1941)\n'
    '- **Switch and boolean logic**: Claude Shanon. "A Symbolic Analysis of Relay And Switching '
    'Circuits" (1938)\n\n')
_VERIFICATION = (
    "### verification\n"
    "- **abstract interpretation**: Patric Cousot. \"Abstract interpretation: a unified lattice "
    "model for static analysis of programs by construction or approximation of fixpoints\" "
    "(1977)\n"
    '- **TCB**: Ken Thompson. "Reflections on Trusting Trust" (1984)\n'
    "- **machine-checked proof**: (TODO: Coq?)\n"
    '- **separation logic**: John C. Raynolds. "Separation logic: a logic for shared mutable '
    'data structures" (2002)\n'
    '- **CompCert**: Xavier Leroy. "Formal verification of a realistic compiler" (2009)\n\n')
_COMPILERS = (
    "### compilers\n"
    "- (TODO) **parsing**:\n"
    "- (TODO) **static single-assignment form**\n"
    '- **LLVM IR**: Chris Lattner et al. "LLVM: A Compilation Framework for Lifelong Program '
    'Analysis & Transformation" (2003)\n'
    "- (TODO) **garbage collection**:\n"
    "- **loop transformation**:\n"
    "- **vectorization**:\n\n")
_ALGORITHMS = (
    "### algorithms\n"
    "- **Binary search**: Have been existing for a long time (src: "
    "https://en.wikipedia.org/wiki/Binary_search#History)\n"
    '- **Quick sort**: A. R. Hoare. "Quick Sort" (1961)\n'
    "- **Dynamic programming**: (TODO) Richard bellman, dynamic programming\n"
    "- **SAT, NP-completeness**: Sameul A. Cook. “The Complexity of Theorem-Proving "
    "Procedures” (1971)\n"
    '- **Reducing problems into 3SAT**: Richard M. Karp. "Reducibility Among Combinatorial '
    'Problems" (1972)\n\n')


def test_a_quoted_citation_after_a_bold_topic_label_is_the_item():
    """580: `- **Lambda calculus**: Alonzo Church. "The Calculi of Lambda-Conversion" (1941)`
    (before: titled `Alonzo Church. "The Calculi …"`, or with the whole label too when it held
    a comma, `Switch and boolean logic: Claude Shanon. "A Symbolic …"`; the Hilbert line, its
    label a long question, missed). A label the list sets wholly in bold and closes by a colon
    names the topic; the names, the quoted title and the year after it are a citation of their
    own, the quotes marking where the title starts and ends: the label is no word of it."""
    papers = papers_with_authors(_GENESIS)
    assert papers["The Calculi of Lambda-Conversion"] == (1941, "", ["Church"])
    assert papers["A Symbolic Analysis of Relay And Switching Circuits"] == (1938, "",
                                                                            ["Shanon"])
    assert papers["On Computable Numbers, with an Application to the Entscheidungsproblem"][
        0] == 1936
    assert papers["Mathematical Problems"] == (1900, "", ["Hilbert"])
    assert len(papers) == 5


def test_a_sibling_that_is_a_whole_citation_keeps_a_paper_label_from_opening_a_record():
    """580: `- **abstract interpretation**: Patric Cousot. "Title" (1977)` over `- **TCB**: Ken
    Thompson. "Reflections on Trusting Trust" (1984)` (`abstract` is a paper label's word: with
    the first bullet read as a citation it opened a flat record and the four bullets after it
    were skipped as its fields). A sibling that is a whole citation of its own (names, a title
    phrase, a year) is another paper: the run holds several papers, no one record."""
    papers = papers_in("## Listing\n\n" + _VERIFICATION)
    assert set(papers) == {
        "Abstract interpretation: a unified lattice model for static analysis of programs by "
        "construction or approximation of fixpoints",
        "Reflections on Trusting Trust",
        "Separation logic: a logic for shared mutable data structures",
        "Formal verification of a realistic compiler"}
    assert papers["Reflections on Trusting Trust"] == (1984, "", "verification")


def test_placeholders_say_nothing_against_a_headings_one_citation():
    """580: `### compilers` holds five `(TODO) **parsing**:` placeholders and one `- **LLVM
    IR**: Chris Lattner et al. "LLVM: …" (2003)` (before: the citation, linking nothing, left a
    problem: one written paper among six items is no majority). An item that states no year,
    authors, venue or link is a placeholder or a note: it counts neither for nor against the
    heading's papers, so the one citation written as the list's other headings write theirs is
    a paper; the placeholders stay out."""
    papers = papers_in(_GENESIS + _COMPILERS)
    assert papers["LLVM: A Compilation Framework for Lifelong Program Analysis & "
                  "Transformation"] == (2003, "", "compilers")
    assert not any("TODO" in t or "parsing" in t for t in papers)


def test_a_quoted_short_title_with_names_and_year_is_a_short_citation():
    """580: `- **Quick sort**: A. R. Hoare. "Quick Sort" (1961)` beside `Cook. “The Complexity
    of Theorem-Proving Procedures” (1971)` (before: `A. R. Hoare. "Quick Sort"` as the title;
    read as a citation, its two-word title left it a problem and the heading, one placeholder
    and a note beside, had no majority). The quotes set a short title off as a venue does in
    a full citation: names, quoted title and year make it a citation among citations. The
    `(src: url)` note and the placeholder are no papers."""
    papers = papers_in(_GENESIS + _ALGORITHMS)
    assert papers["Quick Sort"] == (1961, "", "algorithms")
    assert papers["The Complexity of Theorem-Proving Procedures"] == (1971, "", "algorithms")
    assert papers["Reducibility Among Combinatorial Problems"][0] == 1972
    assert not any("Binary" in t or "bellman" in t for t in papers)


# List 577: `- Venue Year, Title. [Website](url)` bullets, most linking a project page
_ROBOTS = (
    "# Methods\n\n## World Models\n\n"
    "- arXiv 2024.10, Language Agents Meet Causality -- Bridging LLMs and Causal World Models. "
    "[Website](https://j0hngou.github.io/LLMCWM/). Using causal representation learning to "
    "learn casual variables, and then let LLM agent to plan\n"
    "- CoRL 2022, DayDreamer: World Models for Physical Robot Learning. [Website](https://"
    "danijar.com/project/daydreamer/). Imagined rollouts in latent space.\n\n"
    "## Offline-to-Online\n\n"
    "- CoRL 2024, TRANSIC: Sim-to-Real Policy Transfer by Learning from Online Correction. "
    "[Website](https://transic-robot.github.io), [Code](https://github.com/transic-robot/"
    "transic-envs). Collect online human-in-the-loop teleoperation\n\n"
    "## Humanoid\n\n"
    "- SIGGRAPH 2024, Taming Diffusion Probabilistic Models for Character Control. [Website]("
    "https://aiganimation.github.io/CAMDM/). A transformer-based conditional autoregressive "
    "motion diffusion model for character control.\n"
    "- ICLR 2019, Neural probabilistic motor primitives for humanoid control. [Paper](https://"
    "arxiv.org/abs/1811.11711). Encode motion dataset into a latent space, and use decoder as "
    "a policy.\n")


def test_a_venue_and_its_year_set_off_by_a_comma_lead_the_title():
    """577: `- CoRL 2022, DayDreamer: …. [Website](url). summary` (before: the lead read into
    the title, no venue or year, and the bullets linking only a project website skipped as
    `only links to videos, posts or code … and no venue, year or authors`). A venue (the
    table's, or an acronym) and its year (`arXiv 2024.10`: a month after it) set off by a comma
    before a title phrase are the paper's venue and year, no title words; so dated, a paper
    whose only link is its project page is a paper."""
    papers = papers_in(_ROBOTS)
    assert papers["DayDreamer: World Models for Physical Robot Learning"] == (
        2022, "CoRL 2022", "World Models")
    assert papers["Language Agents Meet Causality -- Bridging LLMs and Causal World Models"][
        :2] == (2024, "arXiv 2024")
    assert papers["TRANSIC: Sim-to-Real Policy Transfer by Learning from Online Correction"][
        0] == 2024
    assert papers["Taming Diffusion Probabilistic Models for Character Control"][0] == 2024
    assert papers["Neural probabilistic motor primitives for humanoid control"][:2] == (
        2019, "ICLR 2019")


# List 578: linkless `[N] 2023_AAAI_Title. (Name, Rank CCF-A)` paragraphs under the title line
_CODED = (
    "# Research-Paper-List\n\n"
    "[1] 2023_AAAI_Spatio-Temporal Meta-Graph Learning for Traffic Forecasting. (MegaCRN, Rank "
    "CCF-A)\n\n"
    "[6] 2023_PR_A Decomposition Dynamic Graph Convolutional Recurrent Network for Traffic "
    "Forecasting. (DDGCRN, Rank CCF-B)\n\n"
    "[12] 2024_IJCAI_Spatial-Temporal-Decoupled Masked Pre-training for Spatiotemporal "
    "Forecasting (STD-MAE, Rank CCF-A).\n\n"
    "[13] 2023_AAAI_PDFormer: Propagation Delay-Aware Dynamic Long-Range Transformer for "
    "Traffic Flow Prediction.\n\n"
    "*The Conference and Journal Abbreviations of the above papers refer to [Directory of "
    "International Academic Conferences and Journals Recommended by China Computer Federation "
    "(CCF)](https://www.ccf.org.cn/Academic_Evaluation/By_category/)*\n")


def test_a_year_and_venue_coded_before_a_linkless_paragraphs_title():
    """578: `[1] 2023_AAAI_Title. (MegaCRN, Rank CCF-A)` (before: the list refused whole, `no
    paper or dataset items recognised`). A year and a venue's acronym glued to the title by
    underscores are the list's code for where and when, as `16-ATC-Title` glued by hyphens:
    the paragraph is a paper written out without its link (its code stands where a citation's
    names and date would); the closing parenthesis of a name and a rank is a note, no title
    words. The footnote linking the CCF directory is no paper."""
    papers = papers_in(_CODED)
    assert papers["Spatio-Temporal Meta-Graph Learning for Traffic Forecasting"] == (
        2023, "AAAI 2023", "Research-Paper-List")
    assert papers["A Decomposition Dynamic Graph Convolutional Recurrent Network for Traffic "
                  "Forecasting"][:2] == (2023, "PR 2023")
    assert papers["Spatial-Temporal-Decoupled Masked Pre-training for Spatiotemporal "
                  "Forecasting"][:2] == (2024, "IJCAI 2024")
    assert len(papers) == 4


# List 583: one header over every heading's table, the last table one linkless row
_ALIKE_TABLES = (
    "# Must-Read Classic AI Papers\n\n## 4. 🔗 多模态 AI (Multimodal AI)\n\n"
    "视觉、语言、多模态融合的发展。\n\n"
    "| # | 论文名称 | 年份 | 核心贡献 |\n| :--- | :--- | :--- | :--- |\n"
    "| 14 | [**Learning Transferable Visual Models From Natural Language Supervision (CLIP)**]"
    "(https://proceedings.mlr.press/v139/radford21a) | 2021 | Vision-Language 对齐基础 |\n"
    "| 16 | [**BLIP-2: Bootstrapping Language-Image Pre-training with Frozen Image Encoders and "
    "Large Language Models**](https://proceedings.mlr.press/v202/li23q) | 2023 | 冻结 |\n\n"
    "## 5. 🤖 智能体 (Agents)\n\n"
    "| # | 论文名称 | 年份 | 核心贡献 |\n| :--- | :--- | :--- | :--- |\n"
    "| 18 | [**ReAct: Synergizing Reasoning and Acting in Language Models**](https://arxiv.org/"
    "abs/2210.03629) | 2022 | Reasoning + Tool Use，Agent 开山之作 |\n"
    "| 19 | **Toolformer: Language Models Can Teach Themselves to Use Tools** | 2023 | Tool "
    "Calling 思想来源 |\n\n"
    "## 6. 🦾 具身智能 (Physical AI)\n\n机器人与具身智能。\n\n"
    "| # | 论文名称 | 年份 | 核心贡献 |\n| :--- | :--- | :--- | :--- |\n"
    "| 20 | **RT-2: Vision-Language-Action Models Transfer Web Knowledge to Robotic Control** "
    "| 2023 | Vision-Language-Action (VLA) 代表作 |\n")


def test_a_linkless_row_is_judged_with_the_tables_that_share_its_header():
    """583: `| 20 | **RT-2: …** | 2023 | … |`, the one row of the last heading's table (before:
    left a problem, `no link`: no paper of its heading links one, while the same row two
    headings up, Toolformer, was read beside its heading's ReAct). Tables that share one
    header are one table cut by headings (`_tables_alike`): a row that links nothing, a title
    phrase and its year, is a paper where most rows of all of them link their papers."""
    papers = papers_in(_ALIKE_TABLES)
    assert papers["RT-2: Vision-Language-Action Models Transfer Web Knowledge to Robotic "
                  "Control"] == (2023, "", "6. 🦾 具身智能 (Physical AI)")
    assert "Toolformer: Language Models Can Teach Themselves to Use Tools" in papers


# List 579: `- [Title - Venue - Year](url)` link texts, a short title among them
_DASHED = (
    "## Instance Segmentation\n\n"
    "- [Mask R-CNN - ICCV - 2017](https://arxiv.org/abs/1703.06870) [[code](https://github.com/"
    "facebookresearch/Detectron)]\n"
    "- [Learning to Segment Every Thing - ARXIV - 2017](https://arxiv.org/abs/1711.10370)\n"
    "- [Path Aggregation Network for Instance Segmentation - CVPR - 2018](https://arxiv.org/abs/"
    "1803.01534)\n\n"
    "## Panoramic Segmentation\n\n"
    "- [Panoptic Segmentation - ARXIV - 2018](https://arxiv.org/abs/1801.00868)\n"
    "- [Panoptic Feature Pyramid Networks - ARXIV - 2019](https://arxiv.org/abs/1901.02446)\n")


def test_a_known_venue_field_before_the_year_field_ends_a_short_title():
    """579: `[Mask R-CNN - ICCV - 2017](arxiv)` (before: titled `Mask R-CNN - ICCV`, the venue
    lost: a title shorter than a phrase kept the field after it). With the year's field peeled
    off the end, a spaced dash then a venue the table knows, alone, is the venue's field: the
    words before it are the title however short, as the list's other link texts set
    `Title - Venue - Year` apart."""
    papers = papers_in(_DASHED)
    assert papers["Mask R-CNN"] == (2017, "ICCV 2017", "Instance Segmentation")
    assert papers["Panoptic Segmentation"][0] == 2018
    assert "Path Aggregation Network for Instance Segmentation" in papers


def test_a_label_read_into_a_whole_citation_without_names_is_set_apart_from_them():
    """580: `- **Perceptron**: Frank Rosenblatt. "The perceptron: … brain." (1958)` (before:
    the whole line read as one citation whose quotes close after the title's full stop; the
    label in front of the names left them unread, so the line, linking nothing and naming no
    one, stayed a problem). Where the whole line's reading finds no names, the label before the
    colon is set apart and the citation after it read: the names, the quoted title, the year;
    137's `* **PrDiMP:** Martin Danelljan, …` over its quoted title gets its authors so."""
    papers = papers_with_authors(
        _GENESIS + "### machine learning\n"
        '- **Perceptron**: Frank Rosenblatt. "The perceptron: a probabilistic model for '
        'information storage and organization in the brain." (1958)\n'
        '- **PAC Learning**: Leslie Valiant. "A Theory of the Learnable" (1984)\n')
    assert papers["The perceptron: a probabilistic model for information storage and "
                  "organization in the brain"] == (1958, "", ["Rosenblatt"])
