"""Issue 15, round 25, `import-dev50` on lists 545, 546, 549, 550, 553 and 556 (the forty-fifth
and forty-sixth held-out sets, tests/corpus/, provenance in SOURCES.md): real lines of those
lists, each read by one general reading."""

from __future__ import annotations

from awesome_bib.importer import read_library

from .conftest import papers_in, papers_with_authors

_ROW = "| [{0}]({1}.md) | {2} |\n"

# List 556: a `## Table of Contents` heading over `###` topics whose tables link the author's
# notes, after a `## Meta stuff` block of reading lists and one slides PDF
_CONTENTS_OVER_TOPICS = (
    "# Operating Systems Papers - Index\n\n## Meta stuff\n\n"
    "* Reading lists\n"
    "  * [CS 736 @ UW-Madison: Advanced Operating Systems](cs-736-uw-madison-fall-2020-reading-"
    "list.md)\n"
    "  * [CS 262a @ Berkeley: Advanced Topics in Computer Systems](https://ucbrise.github.io/"
    "cs262a-fall2020/)\n"
    "* Some other stuff\n"
    "  * [CS 262a @ Berkeley Fall 2020 class summary slides](https://ucbrise.github.io/"
    "cs262a-fall2020/notes/26-Class-Summary.pdf)\n"
    "  * [Systems Benchmarking Crimes](https://www.cse.unsw.edu.au/\\~gernot/benchmarking-"
    "crimes.html)\n\n"
    "## Table of Contents\n\n### File and Storage Systems\n\n"
    "| Title | Venue |\n| ----- | ----- |\n"
    + _ROW.format("NFS: Sun's Network File System", "nfs", "USENIX '86")
    + _ROW.format("Venti: A New Approach to Archival Storage", "venti", "FAST '02")
    + _ROW.format("OptFS: Optimistic Crash Consistency", "optfs", "SOSP '13")
    + "\n### Scheduling\n\n| Title | Venue |\n| ----- | ----- |\n"
    + _ROW.format("Lottery Scheduling: Flexible Proportional-Share Resource Management",
                  "lottery", "OSDI '94")
    + _ROW.format("The Linux Scheduler: A Decade of Wasted Cores", "linux", "EuroSys '16")
    + _ROW.format("Monotasks: Architecting for Performance Clarity in Data Analytics "
                  "Frameworks", "monotasks", "SOSP '17"))


def test_a_contents_heading_over_topics_of_cited_papers_is_the_pages_body():
    """556: `## Table of Contents` holds nothing itself; its `### File and Storage Systems` /
    `### Scheduling` subheadings hold tables of titles linking the author's notes, each
    with its venue and year (`SOSP '13`). Before, `Contents` (a word of the repository's,
    sections.NON_PAPER_WORDS) skipped every row as navigation, and the one slides link of
    `## Meta stuff` was the list's only paper. A table of contents is navigation when it holds
    links; a heading of that word holding nothing itself, over subheadings whose items are
    papers stating a venue and year, names the page's body: a container, so its topics are
    the sections (as `## References` over `### Guided Waves` is agreed on by its items)."""
    papers = papers_in(_CONTENTS_OVER_TOPICS)
    assert papers["OptFS: Optimistic Crash Consistency"] == (2013, "SOSP 2013",
                                                            "File and Storage Systems")
    assert papers["The Linux Scheduler: A Decade of Wasted Cores"] == (
        2016, "EuroSys 2016", "Scheduling")
    assert len(papers) == 6


def test_a_title_whose_first_or_last_word_is_slides_is_slides():
    """556 / 554: `[CS 262a @ Berkeley Fall 2020 class summary slides](….pdf)` and `4.
    [Slides: SMT-based Model Checking of Transition Systems](….pdf)` link PDFs (paper
    evidence), so both were imported as papers. A paper's title names its subject, not its
    medium: a title that says it is slides, as its first or last word (as `… (Presentation
    Slides)` does in brackets, evidence.titled_post), is slides; `Slide Attacks on …` is not
    the word, and an arXiv id or DOI would still say there is a paper."""
    lib = read_library(
        "# Formal-Verification Reference List\n\n## 1. Introduction\n\n"
        "1. [Formal verification in hardware design: a survey](https://dl.acm.org/doi/10.1145/"
        "307988.307989);\n"
        "2. [Slides: SMT-based Model Checking of Transition Systems](https://www.di.ens.fr/"
        "~pouzet/cours/mpri/cours-smt.pdf)\n"
        "3. [CS 262a @ Berkeley Fall 2020 class summary slides](https://ucbrise.github.io/"
        "cs262a-fall2020/notes/26-Class-Summary.pdf)\n"
        "4. [Slide Attacks on a Class of Hash Functions](https://eprint.iacr.org/2008/263.pdf)\n"
        "5. A Survey of Practical Formal Methods for Security, 2020, [paper](https://dl.acm.org/"
        "doi/full/10.1145/3522582)\n", "list.md")
    titles = sorted(e.title for e in lib.lib.entries)
    assert titles == ["A Survey of Practical Formal Methods for Security",
                      "Formal verification in hardware design: a survey",
                      "Slide Attacks on a Class of Hash Functions"]


# List 553: bold linkless titles nested under bold venue-and-year bullets, notes under some
_EDITION_BULLETS = (
    "My name is Qianpeng Li, a master in Institute of Automation, Chinese Academy of Sciences."
    "\n\n### Hard to classify\n\n"
    "- **SpinalFlow: An Architecture and Dataflow Tailored for Spiking Neural Networks**\n\n"
    "## Conference\n\n"
    "- **DAC2022**\n\n"
    "  - **SATO: Spiking Neural Network Acceleration via Temporal-Oriented Dataflow and "
    "Architecture**\n"
    "    - SATO using Sparsity of activation and process the input of all time steps in "
    "parallel\n"
    "    - using Bucket-Sort Based Dispatcher to tradeoff the workload of PE\n\n"
    "- **MICRO2022**\n"
    "  - **Ristretto: An Atomized Processing Architecture for Sparsity-Condensed Stream Flow "
    "in CNN**\n"
    "    - Essentially, it is the distributive law of multiplication\n"
    "  - **Sparseloop: An Analytical Approach To Sparse Tensor Accelerator Modeling**\n"
    "  - **Sparse Attention Acceleration with Synergistic In-Memory Pruning and On-Chip "
    "Recomputation**\n\n"
    "- **ISCA2022**\n\n\n  - **dont have interesting papers for me**\n  \n"
    "- **ICCAD2022**\n  \n"
    "  - **Sparse-T: Hardware accelerator thread for unstructured sparse data processing**\n\n"
    "- **VLSI2022**\n\n  - **dont have interesting papers for me**\n\n"
    "- **HPCA2023**\n\n  - **Securator: A Fast and Secure Neural Processing Unit**\n\n"
    "- **DATE2024**\n"
    "  - **DiMO-Sparse: Differentiable Modeling and Optimization of Sparse CNN Dataflow and "
    "Hardware Architecture**\n\n"
    "  - **IndexMAC: A Custom RISC-V Vector Instruction to Accelerate Structured-Sparse Matrix "
    "Multiplications** [Link](https://arxiv.org/pdf/2311.07241.pdf)\n")


def test_a_bullet_that_is_only_a_venues_edition_places_and_dates_the_titles_under_it():
    """553: `- **DAC2022**`, `- **MICRO2022**` … over `  - **Title**` bullets that link
    nothing (one, IndexMAC, links its arXiv PDF). Before, only IndexMAC was imported, with no
    year or venue: a leaf title such as `Sparseloop: An Analytical Approach …` was read as a
    field or a note of the bullet above it (`Name: value`), the ones with notes as problems
    (`no link`). A bullet that is only a venue's edition (its acronym glued to a year, read as
    a heading so written is, sections.headings_venue_year; an unknown acronym names its venue
    as it does written year first, `2016 ISSCC`) names where and when the papers under it
    appeared, as `### 2016 ISSCC` does: each title phrase under it is one of them, whatever
    its name before a colon, with that venue and year."""
    papers = papers_in(_EDITION_BULLETS)
    assert papers["SATO: Spiking Neural Network Acceleration via Temporal-Oriented Dataflow "
                  "and Architecture"] == (2022, "DAC", "Conference")
    assert papers["Sparseloop: An Analytical Approach To Sparse Tensor Accelerator "
                  "Modeling"] == (2022, "MICRO", "Conference")
    assert papers["Sparse-T: Hardware accelerator thread for unstructured sparse data "
                  "processing"] == (2022, "ICCAD", "Conference")
    assert papers["Securator: A Fast and Secure Neural Processing Unit"] == (2023, "HPCA",
                                                                             "Conference")
    assert papers["IndexMAC: A Custom RISC-V Vector Instruction to Accelerate "
                  "Structured-Sparse Matrix Multiplications"] == (2024, "DATE", "Conference")


def test_the_same_words_under_several_editions_are_a_placeholder():
    """553: `- **ISCA2022**` and `- **VLSI2022**` (and `- **FPGA2023**`) each hold `  -
    **dont have interesting papers for me**`. Read as the titles under an edition are, the
    words would be one paper at two venues; one paper never appeared at two editions, so the
    same words under several of them are the list's placeholder for an edition it kept
    nothing from, not a paper (the eight papers around them stay)."""
    papers = papers_in(_EDITION_BULLETS)
    assert "dont have interesting papers for me" not in papers
    assert len(papers) == 8


# List 545: bold dataset names, a sentence describing each, the `[Paper]` link on the next line
_DESCRIBED_NAMES = (
    "# Awesome-LegalAI-Resources\n\n## Evaluation Benchmark\n\n### Multi Legal Task\n\n"
    "- **LegalLAMA**: LegalLAMA is a diverse probing benchmark suite comprising 8 sub-tasks "
    "that aims to assess the acquaintance of legal knowledge that PLMs acquired in "
    "pre-training.\n"
    "    [Paper](https://arxiv.org/abs/2305.07507) [Link](https://huggingface.co/datasets/"
    "lexlms/legal_lama)\n\n"
    "    **Language**: English  **Country**: multinational\n\n"
    "- **LexGLUE**: LexGLUE comprises seven datasets: ECtHR Task A and B, SCOTUS, EUR-LEX, "
    "LEDGAR, UNFAIR-ToS, and CaseHOLD that are available for re-use and re-share with "
    "appropriate attribution.\n"
    "    [Paper](https://arxiv.org/abs/2110.00976) [Link](https://github.com/coastalcph/"
    "lex-glue)\n\n"
    "    **Language**: English  **Country**: multinational\n\n"
    "- **LEXTREME**: The dataset consists of 11 diverse multilingual legal NLU datasets. 6 "
    "datasets have one single configuration and 5 datasets have two or three configurations. "
    "This leads to a total of 18 tasks.\n"
    "    [Paper](https://arxiv.org/abs/2301.13126) [Link](https://huggingface.co/datasets/"
    "joelito/lextreme)\n\n"
    "    **Language**: multilingual  **Country**: multinational\n")


def test_named_datasets_described_by_sentences_are_titled_by_their_names():
    """545: `- **LegalLAMA**: LegalLAMA is a diverse probing benchmark suite … .` over
    `[Paper](arxiv) [Link](huggingface)`, its siblings alike. Each was imported (its paper
    link kept it from the name-and-description skip, a tool's shape) but titled with its
    description sentence. Where most of a section's named items are described by prose
    (sentences, or one closed by a full stop with nothing after it on its line, as a title
    before its links is not) and link a paper, stating no authors, year or venue, each is the
    paper of the dataset or system named: its name is the title (as `**DNABERT**
    [[paper]](url)` is), its arXiv id from the paper link."""
    papers = papers_in(_DESCRIBED_NAMES)
    assert sorted(papers) == ["LEXTREME", "LegalLAMA", "LexGLUE"]


def test_an_apa_citations_quoted_title_ends_at_its_closing_quote():
    """550: `__Zeng, Z., et al. (2016). "A cascading flash flood guidance system: development
    and application in Yunnan Province, China." Natural Hazards 84(3): 2071-2093.__` (bold,
    no link). The title was read up to the first stop followed by a space, which inside
    quotes is past the closing quote: title `"A cascading … China." Natural Hazards 84(3):
    2071-2093`, no venue. A quoted title after the year ends at its closing quote (its stop
    inside it); the venue is what follows, past a bracketed note on the work (`"Theoretical
    Neuroscience: …" (1st Edition). MIT Press.`, list 82)."""
    papers = papers_with_authors(
        "# Flash Flood Index\n\n"
        "__[The development of a flash flood severity index](https://www.sciencedirect.com/"
        "science/article/pii/S002216941630186X)__\n\n"
        "__Zeng, Z., et al. (2016). \"A cascading flash flood guidance system: development and "
        "application in Yunnan Province, China.\" Natural Hazards 84(3): 2071-2093.__\n\n"
        "__Ombadi, M., et al. (2018). \"Developing Intensity-Duration-Frequency (IDF) Curves "
        "from Satellite-based Precipitation: Methodology and Evaluation\" Water Resources "
        "Research__\n\n"
        "__[Mapping Flash Flood Severity in the United States](https://journals.ametsoc.org/"
        "view/journals/hydr/18/2/jhm-d-16-0082_1.xml)__\n")
    assert papers["A cascading flash flood guidance system: development and application in "
                  "Yunnan Province, China"] == (2016, "Natural Hazards 2016", ["Zeng"])
    assert papers["Developing Intensity-Duration-Frequency (IDF) Curves from Satellite-based "
                  "Precipitation: Methodology and Evaluation"] == (
        2018, "Water Resources Research 2018", ["Ombadi"])
    book = papers_with_authors(
        "# Books\n\n"
        "* Dayan, P. & Abbott, L.F. (2005). \"Theoretical Neuroscience: Computational and "
        "Mathematical Modeling of Neural Systems\" (1st Edition). MIT Press. [Read Online]("
        "http://www.gatsby.ucl.ac.uk/~lmate/biblio/dayanabbott.pdf).\n"
        "* Gerstner, W. (2014). \"Neuronal Dynamics: From Single Neurons to Networks and Models "
        "of Cognition.\" Cambridge University Press. [Read Online](https://neuronaldynamics."
        "epfl.ch/online/index.html).\n")
    assert book["Theoretical Neuroscience: Computational and Mathematical Modeling of Neural "
                "Systems"] == (2005, "MIT Press 2005", ["Dayan", "Abbott"])


# List 549: per-paper `###` file-name headings over flat `- **Field:**` record bullets
_LINKLESS_RECORDS = (
    "# Learning Science Research\n\n## Papers Requiring Institutional Access\n\n"
    "The following papers are behind paywalls. Metadata files with abstracts and links are "
    "provided:\n\n"
    "### 13-Jensen-2020-Testing-High-Level-Skills.md\n"
    "- **Title:** Testing Effect on High-Level Cognitive Skills\n"
    "- **Authors:** Jensen JL, McDaniel MA, Kummer TA, Godoy PDDM, St. Clair B\n"
    "- **Journal:** CBE Life Sciences Education, 2020;19(3):ar39\n"
    "- **DOI:** 10.1187/cbe.19-10-0193\n"
    "- **Links:**\n"
    "  - [PMC](https://www.ncbi.nlm.nih.gov/pmc/articles/PMC8711821/)\n"
    "  - [Journal](https://www.lifescied.org/doi/10.1187/cbe.19-10-0193)\n"
    "- **Key Finding:** Testing effect extends to higher-order cognitive skills (Bloom's "
    "taxonomy), not just factual recall\n\n"
    "### 16-Radiology-2023-Systematic-Review.md\n"
    "- **Title:** The Effectiveness of Spaced Learning, Interleaving, and Retrieval Practice "
    "in Radiology Education: A Systematic Review\n"
    "- **Authors:** Thompson CP, Hughes MA\n"
    "- **Journal:** J Am Coll Radiol, 2023;20(11):1092-1101\n"
    "- **DOI:** 10.1016/j.jacr.2023.08.028\n"
    "- **Links:**\n"
    "  - [PubMed](https://pubmed.ncbi.nlm.nih.gov/37683816/)\n"
    "  - [Journal](https://www.jacr.org/article/S1546-1440(23)00646-4/fulltext)\n"
    "- **Key Finding:** Mixed results in radiology education; more research needed on "
    "implementation\n")


def test_a_linkless_title_bullet_is_the_paper_its_record_links():
    """549: `- **Title:** Testing Effect on High-Level Cognitive Skills` (no link) over
    sibling bullets `- **Authors:** …`, `- **Journal:** …`, `- **DOI:** 10.1187/…` and `-
    **Links:**` over `  - [PMC](url)`, `  - [Journal](url)`. Before, the title bullet was a
    problem (`no link`) and each `Links` bullet was imported as a paper titled `Links`. A
    record written as flat bullets opened by a bullet labelled as the paper (as `- **Paper**:
    [Title](arxiv)` opens one) is one paper whether its title bullet links it or a field
    below does: the field's value is the title, the `DOI:` / `Links:` fields are its links,
    the other fields fill its authors, venue and year; no field is a paper."""
    lib = read_library(_LINKLESS_RECORDS, "list.md").lib
    titles = sorted(e.title for e in lib.entries)
    assert titles == ["Testing Effect on High-Level Cognitive Skills",
                      "The Effectiveness of Spaced Learning, Interleaving, and Retrieval "
                      "Practice in Radiology Education: A Systematic Review"]
    testing = next(e for e in lib.entries if e.title.startswith("Testing"))
    assert testing.doi == "10.1187/cbe.19-10-0193"
    assert [a.family for a in testing.authors][:2] == ["Jensen", "McDaniel"]


def test_a_journal_field_cited_as_medline_cites_it_gives_the_journal_and_year():
    """549: `- **Journal:** J Am Coll Radiol, 2023;20(11):1092-1101` (MEDLINE's order: the
    journal, the year, `;` the volume, issue and pages). Before, nothing was read from it (no
    venue, no year). Under a label naming the venue, the words before the year and its `;`
    are the journal, the year its year."""
    papers = papers_in(_LINKLESS_RECORDS)
    radiology = next(v for t, v in papers.items() if t.startswith("The Effectiveness"))
    assert radiology[:2] == (2023, "J Am Coll Radiol 2023")
    testing = papers["Testing Effect on High-Level Cognitive Skills"]
    assert testing[:2] == (2020, "CBE Life Sciences Education 2020")
