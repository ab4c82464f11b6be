"""Issue 15, round 22, `import-dev40` on lists 487-492 (the fortieth held-out set's second
half, tests/corpus/, provenance in SOURCES.md): real lines of those lists, each read by one
general reading."""

from __future__ import annotations

from .conftest import papers_in, papers_with_authors

# List 489's `### arXiv papers` bullets (a bold bracketed name before each title), as written
_NAMED = (
    "# Awesome Visual-Transformer\n\n## Papers\n\n### arXiv papers\n"
    "- **[Superpoint Transformer]** Efficient 3D Semantic Segmentation with Superpoint "
    "Transformer [[paper](https://arxiv.org/abs/2306.08045)] [[code](https://github.com/drprojects"
    "/superpoint_transformer)]\n"
    "- Understanding Gaussian Attention Bias of Vision Transformers Using Effective Receptive "
    "[[paper](https://arxiv.org/abs/2305.04722)]\n"
    "- **[FocusedDecoder]** Focused Decoding Enables 3D Anatomical Detection by Transformers "
    "[[paper](https://arxiv.org/abs/2207.10774v4)] [[code](https://github.com/bwittmann/transoar)]\n"
    "- **[TAG]** TAG: Boosting Text-VQA via Text-aware Visual Question-answer Generation "
    "[[paper](https://arxiv.org/abs/2208.01813)] [[code](https://github.com/HenryJunW/TAG)]\n"
    "- BatchFormer: Learning to Explore Sample Relationships for Robust Representation Learning "
    "[[paper](https://arxiv.org/abs/2203.01522)] [[code](https://github.com/zhihou7/BatchFormer)]\n"
    "- **[DeiT III]** DeiT III: Revenge of the ViT [[paper](https://arxiv.org/pdf/2204.07118.pdf)] "
    "\n"
    "- **[DaViT]** DaViT: Dual Attention Vision Transformers\n"
    "[[paper](https://arxiv.org/pdf/2204.03645.pdf)] [[code](https://github.com/dingmyu/davit)]\n"
    "- **[CoFormer]** Collaborative Transformers for Grounded Situation Recognition\n"
    "[[paper](https://arxiv.org/abs/2203.16518)] [[code](https://github.com/jhcho99/CoFormer)]\n"
    "- **[MaxViT]** MaxViT: Multi-Axis Vision Transformer [[paper]](https://arxiv.org/abs/"
    "2204.01697)\n")


def test_bracketed_labels_that_are_words_of_their_titles_name_the_papers_not_venues():
    """489: `**[DeiT III]** DeiT III: Revenge of the ViT`: where most of a section's items open
    with an undated bracketed label, none a venue the table knows and several words of their
    own titles, the labels are the papers' names (before: each read as the venue, `DeiT III`,
    `CoFormer`); a venue is no word of the title it stands before."""
    papers = papers_in(_NAMED)
    assert len(papers) == 9
    for title in ("DeiT III: Revenge of the ViT", "DaViT: Dual Attention Vision Transformers",
                  "Collaborative Transformers for Grounded Situation Recognition",
                  "Efficient 3D Semantic Segmentation with Superpoint Transformer",
                  "MaxViT: Multi-Axis Vision Transformer"):
        assert papers[title][:2] == (None, ""), title


# List 489's `### Survey` bullets (indented, a date after the links), as written
_SURVEYS = (
    "# Awesome Visual-Transformer\n\n## Papers\n\n### Survey\n"
    "  - Multimodal learning with transformers: A survey (IEEE TPAMI) [[paper](https://arxiv.org"
    "/abs/2206.06488)]  - 2023.05.11\n"
    "  - A Survey of Visual Transformers [[paper](https://arxiv.org/abs/2111.06091)]  - "
    "2021.11.30\n"
    "  - Transformers in Vision: A Survey [[paper](https://arxiv.org/abs/2101.01169)]   - "
    "2021.02.22\n"
    "  - A Survey on Visual Transformer [[paper](https://arxiv.org/abs/2012.12556)]   - "
    "2021.1.30\n")


def test_a_date_with_its_month_after_the_links_set_off_by_a_dash_is_the_year():
    """489: `Title [[paper](url)]  - 2021.11.30`: a date with its month alone after the links,
    a dash before it, dates the paper (before: no year; `[Title](arxiv) 2023.02` without the
    dash was read); so where a venue without its year was read (`(IEEE TPAMI)`)."""
    papers = papers_in(_SURVEYS)
    assert papers["Multimodal learning with transformers: A survey"][:2] == (2023, "IEEE TPAMI")
    assert papers["A Survey of Visual Transformers"][:2] == (2021, "")
    assert papers["Transformers in Vision: A Survey"][:2] == (2021, "")
    assert papers["A Survey on Visual Transformer"][:2] == (2021, "")


# List 487's table (`Paper` and `Code` link columns), its code-only row last, as written
_TABLE = (
    "# ADGC: Awesome Deep Graph Clustering\n\n## Papers\n\n"
    "### New-architecture Deep Graph Clustering\n\n"
    "| Year | Title                                                        |  Venue  |          "
    "                  Paper                             |                             Code     "
    "                        |\n"
    "| ---- | ------------------------------------------------------------ | :-----: | :-------"
    "---------------------------------------------------: | :----------------------------------"
    "------------------------: |\n"
    "| 2026 | **ASIL: Augmented Structural Information Learning for Deep Graph Clustering in "
    "Hyperbolic Space** | TPAMI  |[Link](https://arxiv.org/abs/2504.09970)    |    -   |\n"
    "| 2025 | **Deep Cut-informed Graph Embedding and Clustering (DCGC)** | KDD  |[Link](https://"
    "arxiv.org/abs/2503.06635)    |    -   |\n"
    "| 2024 | **Expander Hierarchies for Normalized Cuts on Graphs** | KDD  |[link](https://dl.acm"
    ".org/doi/pdf/10.1145/3637528.3671978)    |    https://zenodo.org/records/12108189   |      \n"
    "| 2024 | **Kolmogorov-Arnold Network (KAN) for Graphs** |   -    | - |                     "
    "         [link](https://github.com/yueliu1999/KAN4Graph)                               |\n")

# List 161's table: a row with `-` for venue and paper that links nothing, as written
_UNLINKED_ROW = (
    "  ## Awesome Speech and Audio Continual Learning\n\n"
    "### Foundations, Surveys, and Benchmarks\n\n"
    "| Year | Title | Venue | Paper | TLDR |\n|:-:|:-|:-|:-:|:-|\n"
    "| 2024 | Few-Shot Keyword-Incremental Learning with Total Calibration | INTERSPEECH | "
    "[![Paper](https://img.shields.io/badge/Paper-1F4E79?style=for-the-badge)](https://doi.org/"
    "10.21437/interspeech.2024-1823) | Calibrates few-shot keyword classifiers so new classes "
    "can be added without overwhelming old ones. |\n"
    "| 2024 | Towards Robust Audio Deepfake Detection: A Evolving Benchmark for Continual "
    "Learning | - | - | Proposes an evolving evaluation setting for audio deepfake detection "
    "under newly emerging attack types. |\n"
    "| 2024 | Disentangled Prototype-Guided Dynamic Memory Replay for Continual Learning in "
    "Acoustic Signal Classification | IEEE Access | [![Paper](https://img.shields.io/badge/"
    "Paper-1F4E79?style=for-the-badge)](https://doi.org/10.1109/access.2024.3482105) | Combines "
    "prototype guidance and dynamic replay memory for acoustic signal classification. |\n")


def test_a_row_whose_paper_cell_says_none_and_that_links_only_code_is_no_paper():
    """487: `| 2024 | **Kolmogorov-Arnold Network (KAN) for Graphs** | - | - | [link](github) |`:
    the table's paper-link column says `-` and the row's one link is a repository: a tool's
    row (before: imported as a paper); 161: a row with `-` there that links nothing stays a
    paper, by its title and year, as the table's other rows."""
    papers = papers_in(_TABLE)
    assert len(papers) == 3 and "Kolmogorov-Arnold Network (KAN) for Graphs" not in papers
    assert papers["Expander Hierarchies for Normalized Cuts on Graphs"][:2] == (2024, "KDD 2024")
    assert "Towards Robust Audio Deepfake Detection: A Evolving Benchmark for Continual " \
        "Learning" in papers_in(_UNLINKED_ROW)


# List 492's paragraphs (`[Title](url) [Venue Year]`, blank lines between), as written
_READING = (
    "---\nlayout: page\ntitle: \"Reading List\"\npermalink: /reading_list.html\n---\n\n"
    "## OS Scheduling\n\n"
    "[Linux CFS Scheduler](https://www.kernel.org/doc/html/latest/scheduler/sched-design-CFS.html)"
    " [The Linux Kernel documentation]\n\n"
    "[ghOSt: Fast & Flexible User-Space Delegation of Linux Scheduling](https://dl.acm.org/doi/"
    "10.1145/3477132.3483542) [ACM SOSP 2021]\n\n\n\n"
    "## Memory Management and Caching\n\n"
    "[ARC: A Self-Tuning, Low Overhead Replacement Cache](https://www.usenix.org/conference/"
    "fast-03/arc-self-tuning-low-overhead-replacement-cache) [USENIX FAST 2003]\n\n"
    "[Memory Resource Management in VMware ESX Server](https://dl.acm.org/doi/10.1145/844128."
    "844146) [USENIX OSDI 2002]\n\n\n\n"
    "## Concurrency and Synchronization\n\n"
    "[Cooperative Task Management Without Manual Stack Management](https://www.usenix.org/"
    "conference/2002-usenix-annual-technical-conference/cooperative-task-management-without-"
    "manual-stack) [USENIX ATC 2002]\n\n"
    "[Concurrency Control and Recovery](http://citeseerx.ist.psu.edu/viewdoc/summary?doi=10.1.1"
    ".38.1437) [Michael J. Franklin]\n\n"
    "[Concurrency is not parallelism](https://go.dev/blog/waza-talk) [The Go Programming "
    "Language Blog]\n")


def test_a_bracketed_field_after_the_link_naming_a_person_gives_the_authors():
    """492: `[Concurrency Control and Recovery](citeseerx) [Michael J. Franklin]`: one
    bracketed field after the title's link that is a person by its own evidence (a name with
    an initial) is who wrote the paper (before: no evidence read, the paragraph skipped)."""
    papers = papers_with_authors(_READING)
    assert papers["Concurrency Control and Recovery"] == (None, "", ["Franklin"])
    assert papers["ARC: A Self-Tuning, Low Overhead Replacement Cache"][:2] == (
        2003, "USENIX FAST 2003")


def test_a_bracketed_source_after_the_link_naming_documentation_is_no_paper():
    """492: `[Linux CFS Scheduler](kernel.org/doc/…) [The Linux Kernel documentation]`: where
    the section's papers write their venue, the item names its source by a kind of document
    no paper is (before: imported, as the paragraph beside its paper); the Go blog's talk
    stays out, the papers stay."""
    papers = papers_in(_READING)
    assert "Linux CFS Scheduler" not in papers
    assert "Concurrency is not parallelism" not in papers
    assert papers["ghOSt: Fast & Flexible User-Space Delegation of Linux Scheduling"][:2] == (
        2021, "ACM SOSP 2021")


# List 490's `## Open PLMs` block (model releases, one linking its paper), as written
_RELEASES = (
    "# Must-Read Papers on Pre-trained Language Models (PLMs)\n\n## Open PLMs\n\n"
    "We keep training and releasing large-scale PLMs in recent years, which are listed as "
    "follows. Welcome to try them. \n\n"
    "1. **CPM-2**. Cost-Effective Pre-trained Language Models, 2021. [[Model&Code](https://github"
    ".com/TsinghuaAI/CPM-2)]\n"
    "2. **CPM-1**. Chinese Pre-trained Language Model, 2020. [[Model&Code](https://github.com/"
    "TsinghuaAI/CPM-Generate)] [[Paper](https://arxiv.org/abs/2012.00413)]\n"
    "3. **OpenCLap**. Open-source Chinese Language Pre-Trained Model Zoo, 2019. [[Link](https://"
    "github.com/thunlp/OpenCLaP)]\n")


def test_a_bold_name_linking_only_the_repository_of_that_name_is_no_paper():
    """490: `**CPM-2**. Description, 2021. [[Model&Code](github.com/TsinghuaAI/CPM-2)]`: an
    item opened by a bold name whose every link goes to the repository of that name is that
    repository's (a model's release), as a name linked to its repository is (before: both
    releases imported as papers, `OpenCLap` with its description as the venue); `CPM-1`,
    which links its paper, stays."""
    assert [title[:5] for title in papers_in(_RELEASES)] == ["CPM-1"]
