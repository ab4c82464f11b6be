"""Issue 15, round 5 (fifth held-out set as development lists, 61-72): real lines of the lists
in tests/corpus/ (provenance in SOURCES.md "Fifth held-out set"), one test per mechanism."""

from __future__ import annotations

from awesome_bib.core.identifiers import listed_link
from awesome_bib.importer import build_library
from awesome_bib.model import Library


def _lib(md: str) -> Library:
    lib, _ = build_library(md, "list.md")
    return lib


def test_a_relative_link_to_a_pdf_in_the_repository_is_the_papers_link():
    """List 61: `[Title](papers/essentials/x.pdf)` links the paper's file kept beside the list;
    an anchor, a page of the repository or a root path is no paper link."""
    lib = _lib("# Database Papers\n\n### Essentials\n\n"
               "- [A Relational Model Of Data For Large Shared Data Banks](papers/essentials/"
               "a-relational-model-of-data-for-large-shared-data-banks.pdf) (1970) - Codd, "
               "Edgar F.\n"
               "- [Sequel: A Structured English Query Language](papers/essentials/sequel:-a-"
               "structured-english-query-language.pdf) (1974) - Chamberlin, Donald D., and "
               "Raymond F. Boyce.\n")
    assert [e.title for e in lib.entries] == [
        "A Relational Model Of Data For Large Shared Data Banks",
        "Sequel: A Structured English Query Language"]
    assert lib.entries[0].links[0].url.startswith("papers/essentials/")
    assert not listed_link("#essentials")
    assert not listed_link("docs/README.md")
    assert not listed_link("/papers/x.pdf")
    assert listed_link("papers/consensus/raft.PDF")


def test_a_year_and_venue_code_before_the_title_and_a_heading_of_linkless_papers():
    """List 72: `- 16-ATC-Title` (the two-digit year and the venue's acronym glued to the
    title) without any link; a heading most of whose items (three or more) are so written is a
    section of papers; a question among them is not one (a problem, no link)."""
    lib = _lib("# Host Networking\n\n<h3 id=\"1.1\">1.1 Basic</h3>\n\n"
               "- 16-ATC-Design Guidelines for High Performance RDMA Systems\n"
               "- 18-CoNEXT-The eXpress Data Path: Fast Programmable Packet Processing in the "
               "Operating System Kernel\n"
               "- 20-FCCM-Corundum-An Open-Source 100-Gbps NIC\n"
               "- How can we simplify or accelerate network stack processing?\n")
    assert [(e.title, e.venue_tag, e.year, e.links) for e in lib.entries] == [
        ("Design Guidelines for High Performance RDMA Systems", "ATC 2016", 2016, []),
        ("The eXpress Data Path: Fast Programmable Packet Processing in the Operating System "
         "Kernel", "CoNEXT 2018", 2018, []),
        ("Corundum-An Open-Source 100-Gbps NIC", "FCCM 2020", 2020, [])]
    assert [p.line for p in lib.problems] == [8]


def test_linkless_items_under_a_heading_of_two_are_not_papers_alone():
    """Two linkless items are no regularity: they stay problems (no link) when no heading of
    the list has three or more papers written so."""
    lib_md = ("# L\n\n## A\n\n- 16-ATC-Design Guidelines for High Performance RDMA Systems\n"
              "- 18-SIGCOMM-Revisiting Network Support for RDMA\n\n"
              "## B\n\n- [Attention Is All You Need](https://arxiv.org/abs/1706.03762)\n")
    lib = _lib(lib_md)
    assert [e.title for e in lib.entries] == ["Attention Is All You Need"]
    assert [p.reason for p in lib.problems] == ["no link", "no link"]


def test_a_citation_of_comma_joined_parts_names_its_authors_title_venue_and_year():
    """List 62: initialled names, the title (a comma inside it), the journal, its volume,
    `(year)` and pages, every part joined by a comma."""
    lib = _lib("## Methods\n\n### Flux-corrected transport technique\n"
               "1. J.P. Boris, D.L. Book, Flux-corrected transport. I. SHASTA, a fluid transport "
               "algorithm that works, J. Comput. Phys. 11 (1973) 38–69.\n\n"
               "2. T. Fei, K. Larner, Elimination of numerical dispersion in finite-difference "
               "modeling and migration by flux-corrected transport, Geophysics 60 (1995) "
               "1830–1842.\n\n"
               "3. J.T. Etgen, High-order finite-difference reverse time migration with the 2-way "
               "non-reflecting wave equation, Stanford Exploration Project, Report-48 1986, pp. "
               "133–146.\n")
    got = [(e.title, e.venue_tag, e.year, [a.display for a in e.authors]) for e in lib.entries]
    assert got == [
        ("Flux-corrected transport. I. SHASTA, a fluid transport algorithm that works",
         "J. Comput. Phys. 1973", 1973, ["J.P. Boris", "D.L. Book"]),
        ("Elimination of numerical dispersion in finite-difference modeling and migration by "
         "flux-corrected transport", "Geophysics 1995", 1995, ["T. Fei", "K. Larner"]),
        ("High-order finite-difference reverse time migration with the 2-way non-reflecting "
         "wave equation", "Stanford Exploration Project, Report-48 1986", 1986, ["J.T. Etgen"])]


def test_a_linkless_citation_paragraph_is_a_paper_where_its_list_writes_papers_so():
    """List 62 lines 24-32 and 80-81: citations as paragraphs (one broken over two lines), under
    label bullets or alone under a heading, in a list whose other headings hold three or more
    such citations; the label bullets are neither papers nor items of the heading."""
    numbered = "".join(f"{i}. A. Writer, B. Author, Seismic modelling method number {i} for "
                       f"waves, Geophysics {i} (1990) 1–9.\n\n" for i in range(1, 4))
    lib = _lib("## Seismic Modeling Methods\n\n### Finite-difference\n" + numbered +
               "### Hybird methods\n- Spectral-element method\n\n"
               "D. Komatitsch, J.-P. Vilotte, The spectral element method: an efficient tool to "
               "simulate the seismic response of 2D and 3D geological structures, Bull.\n"
               "Seismol. Soc. Am. 88 (1998) 368–392.\n\n"
               "### Stereo-modeling methods\n"
               "P. Tong, D. Yang, B. Hua, M. Wang, A high-order stereo-modeling method for "
               "solving wave equations, Bull. Seismol. Soc. Am. 103 (2013) 811–833.\n")
    spectral = next(e for e in lib.entries if e.title.startswith("The spectral element"))
    assert (spectral.venue_tag, spectral.year, spectral.listings[0].line) == (
        "Bull. Seismol. Soc. Am. 1998", 1998, 13)
    assert {s.title for s in lib.sections} == {"Finite-difference", "Hybird methods",
                                               "Stereo-modeling methods"}
    assert len(lib.entries) == 5
    assert lib.problems == []  # the label bullet is no paper without a link: not reported


def test_a_lone_linkless_citation_paragraph_is_not_a_paper():
    """One citation paragraph among linkless prose: no heading's regularity says papers."""
    lib = _lib("## Notes\n\nSome words about waves.\n\n"
               "P. Tong, D. Yang, A high-order stereo-modeling method for solving wave "
               "equations, Bull. Seismol. Soc. Am. 103 (2013) 811–833.\n\n"
               "## Papers\n\n- [Attention Is All You Need](https://arxiv.org/abs/1706.03762)\n")
    assert [e.title for e in lib.entries] == ["Attention Is All You Need"]


def test_an_acm_reference_paragraph_beside_linked_papers():
    """List 63 `To Read:`: `Names. Year. Title. In Venue. pages.` and `Names. Year. Title.
    Journal Vol (Year), pages.` paragraphs among linked items; a publisher alone is no venue."""
    lib = _lib("## To Read:\n\n"
               "IEEE CLOUD 2022, [Automated Configuration for Agile Software Environments]"
               "(https://ieeexplore.ieee.org/document/9860602)\n\n"
               "M. Carvalho and D. F. Macedo. 2021. QoE-Aware Container Scheduler for Co-located "
               "Cloud Environments. In 2021 IFIP/IEEE Int. Symposium on Integrated Network "
               "Management (IM). 286ś294.\n\n"
               "N.D. Nguyen, L. Phan, D. Park, S. Kim, and T. Kim. 2020. ElasticFog: Elastic "
               "Resource Provisioning in Container-Based Fog Computing. IEEE Access 8 (2020), "
               "183879ś183890.\n\n"
               "E. Casalicchio. 2019. Container Orchestration: A Survey. Springer Int. Publishing,"
               " Cham, 221ś235\n")
    got = {e.title: (e.venue_tag, e.year) for e in lib.entries}
    assert got["QoE-Aware Container Scheduler for Co-located Cloud Environments"] == (
        "2021 IFIP/IEEE Int. Symposium on Integrated Network Management (IM)", 2021)
    assert got["ElasticFog: Elastic Resource Provisioning in Container-Based Fog Computing"] == (
        "IEEE Access 2020", 2020)
    assert got["Container Orchestration: A Survey"] == ("", 2019)


def test_a_venue_and_year_before_the_title_link_and_a_comma():
    """List 63: `SIGCOMM 2019, [Title](url)---Notes:[zhihu](url)` paragraphs: the venue and
    year written before the linked title, set off by a comma, are the venue, not the title."""
    lib = _lib("## Learning Base:\n\n"
               "SIGCOMM 2019, [Learning Scheduling Algorithms for Data Processing Clusters]"
               "(https://web.mit.edu/decima/)---Notes:[zhihu](https://zhuanlan.zhihu.com/p/1)\n\n"
               "SOCC 2021,[Parslo: A Gradient Descent-based Approach for Near-optimal Partial SLO "
               "Allotment in Microservices](https://dl.acm.org/doi/abs/10.1145/3472883.3486985)"
               "\n")
    assert [(e.title, e.venue_tag, e.year) for e in lib.entries] == [
        ("Learning Scheduling Algorithms for Data Processing Clusters", "SIGCOMM 2019", 2019),
        ("Parslo: A Gradient Descent-based Approach for Near-optimal Partial SLO Allotment in "
         "Microservices", "SOCC 2021", 2021)]


def test_a_venue_sentence_introduced_by_in_after_the_title():
    """List 70: `Title. In *COLT 2016*. [[pdf](url)]` (and the typo `In *NeurIPS 2017*/`):
    the sentence after the title's stop is its venue and year; a title ending in a question
    mark keeps it."""
    lib = _lib("# 1. Learning Dynamics of GD and SGD\n\n"
               "- Gradient descent only converges to minimizers. In *COLT 2016*. "
               "[[pdf](http://proceedings.mlr.press/v49/lee16.pdf)]\n"
               "- Gradient descent can take exponential time to escape saddle points. In "
               "*NeurIPS 2017*/ [[pdf](https://proceedings.neurips.cc/paper/2017/file/f79921bbae"
               "40a577928b76d2fc3edc2a-Paper.pdf)]\n"
               "- An alternative view: When does SGD escape local minima? In *ICML 2018*. "
               "[[pdf](http://proceedings.mlr.press/v80/kleinberg18a/kleinberg18a.pdf)]\n")
    assert [(e.title, e.venue_tag, e.year) for e in lib.entries] == [
        ("Gradient descent only converges to minimizers", "COLT 2016", 2016),
        ("Gradient descent can take exponential time to escape saddle points", "NeurIPS 2017",
         2017),
        ("An alternative view: When does SGD escape local minima?", "ICML 2018", 2018)]


def test_a_year_in_parentheses_after_the_title_link_with_names_and_venue():
    """Lists 68, 61, 67: `— Names (2025). *Journal*`, `(1970) - Codd, Edgar F.`, `- Kennedy
    (2022) [[Video](url)]`; a kind of work (`*preprint*`) is no venue, and `Surname, Given`
    alone (one person, or two family names?) gives no authors."""
    lib = _lib("# L\n\n## Papers\n\n"
               "- [Tropical Analysis: With an Application to Indivisible Goods](https://arxiv.org/"
               "abs/2308.04593) — Nicholas C. Bedard, Jacob K. Goeree (2025). *Theoretical "
               "Economics*\n"
               "- [Combinatorial Contracts Through Demand Types](https://arxiv.org/abs/2604.15125)"
               " — Elizabeth Baldwin, Paul Duetting (2026). *preprint*\n"
               "- [Ingres: A Relational Data Base System](papers/essentials/ingres.pdf) (1975) - "
               "Held, G. D., M. R. Stonebraker, and Eugene Wong.\n"
               "- [The Part-Time Parliament](https://dl.acm.org/doi/pdf/10.1145/3335772.3335939) "
               "(1998) - Lamport, Leslie.\n"
               "- [Towards Optimal Doubly Robust Estimation of Heterogeneous Causal Effects]"
               "(https://arxiv.org/pdf/2004.14497.pdf) - Kennedy (2022) [[Video](https://www."
               "youtube.com/watch?v=AUOnAfUjDVE)]\n")
    got = [(e.venue_tag, e.year, [a.display for a in e.authors]) for e in lib.entries]
    assert got == [
        ("Theoretical Economics 2025", 2025, ["Nicholas C. Bedard", "Jacob K. Goeree"]),
        ("", 2026, ["Elizabeth Baldwin", "Paul Duetting"]),
        ("", 1975, ["G. D. Held", "M. R. Stonebraker", "Eugene Wong"]),
        ("", 1998, []),
        ("", 2022, [])]


def test_a_venue_heading_a_year_in_the_link_text_and_books():
    """List 65: `[Title, 2025](pdf)` (the link text ends with the year) under `### The
    Network and Distributed System Security Symposium (NDSS)` (the venue only in the heading);
    under `## Books`, a shop's page with a date is a book, an item linking a paper is kept."""
    lib = _lib("# Awesome Fuzzing\n\n## Books\n"
               "- [Fuzzing: Brute Force Vulnerability Discovery, 1st Edition](https://www.amazon."
               "com/Fuzzing-Brute-Force-Vulnerability-Discovery/dp/0321446119/) (2007)\n"
               "- [The Art, Science, and Engineering of Fuzzing: A Survey](https://ieeexplore."
               "ieee.org/document/8863940) (2019) - Actually, this document is a paper.\n\n"
               "## Papers\n\n"
               "### The Network and Distributed System Security Symposium (NDSS)\n\n"
               "<details><summary>2025 (10 papers)</summary>\n\n"
               "- [Automatic Library Fuzzing through API Relation Evolvement, 2025](https://www."
               "ndss-symposium.org/wp-content/uploads/2025-750-paper.pdf)\n"
               "- [TWINFUZZ: Differential Testing of Video Hardware Acceleration Stacks, 2025]"
               "(https://www.ndss-symposium.org/wp-content/uploads/2025-526-paper.pdf)\n\n"
               "</details>\n")
    assert [(e.title, e.venue_tag, e.year) for e in lib.entries] == [
        ("The Art, Science, and Engineering of Fuzzing: A Survey", "", 2019),
        ("Automatic Library Fuzzing through API Relation Evolvement", "NDSS 2025", 2025),
        ("TWINFUZZ: Differential Testing of Video Hardware Acceleration Stacks", "NDSS 2025",
         2025)]


def test_a_heading_names_a_venue_only_with_a_venue_word_and_its_acronym():
    from awesome_bib.importer.sections import heading_venue, is_books
    assert heading_venue("IEEE Symposium on Security and Privacy (S&P)") == "S&P"
    assert heading_venue("Graph Neural Networks (GNN)") == ""
    assert heading_venue("Workshop Papers") == ""
    assert is_books("📚 Books") and not is_books("Books and Papers")


def test_labelled_field_records():
    """List 71: records of labelled paragraphs, each opened by `**Title:** [Title](url)`; the
    other fields fill the record's authors, venue and year, and a field with links is the
    record's commentary, not a paper (nor are its links the record's)."""
    record = ("**Title:** [{}]({})\n\n**Authors:** {}, et al.\n\n**Journal Info:** {}\n\n"
              "**Description:** This paper presents 10 main guidelines, published in 2011.\n\n")
    lib = _lib("# Awesome Bioinformatics Benchmarks\n\n# Benchmarking Theory\n\n"
               + record.format("Essential guidelines for computational method benchmarking",
                               "https://genomebiology.biomedcentral.com/articles/10.1186/"
                               "s13059-019-1738-8", "Lukas Weber", "Genome Biology, June 2019")
               + "---\n\n"
               + record.format("Systematic benchmarking of omics computational tools",
                               "https://www.nature.com/articles/s41467-019-09406-4",
                               "Sergei Mangul", "Nature Communications, March 2019")
               + "**Additional links:**  For ATAC-Seq data anlysis, there is another paper: "
                 "[From reads to insight: a hitchhiker’s guide to ATAC-seq data analysis]"
                 "(https://genomebiology.biomedcentral.com/articles/10.1186/s13059-020-1929-3)\n")
    got = [(e.title, e.venue_tag, e.year, [a.display for a in e.authors], len(e.links))
           for e in lib.entries]
    assert got == [
        ("Essential guidelines for computational method benchmarking", "Genome Biology 2019",
         2019, ["Lukas Weber"], 1),
        ("Systematic benchmarking of omics computational tools", "Nature Communications 2019",
         2019, ["Sergei Mangul"], 1)]


def test_a_bold_title_with_a_colon_is_no_field_label():
    """List 44: `**SCScore: Synthetic Complexity Learned from a Reaction Corpus**` twice: a
    bold title holding a colon, not a label before a value."""
    from awesome_bib.importer.field_lines import field_label
    from awesome_bib.importer.markdown import Item, parse
    para = [b for b in parse("**SCScore: Synthetic Complexity Learned from a Reaction "
                             "Corpus**  \n[J. Chem. Inf. Model. (2018)](https://doi.org/10.1021/"
                             "acs.jcim.7b00622)\n") if isinstance(b, Item)][0]
    assert field_label(para.pieces)[0] == ""
    para = [b for b in parse("**Authors**: Lukas Weber, et al.\n") if isinstance(b, Item)][0]
    label, rest = field_label(para.pieces)
    assert (label, "".join(p.text for p in rest).strip()) == ("Authors", "Lukas Weber, et al.")


def test_paragraph_records_venue_labels_with_an_award_or_a_date_and_a_separator_line():
    """List 66: `[ICCV2025 Highlight](arxiv)`, `[ACL 2023 Outstanding paper](anthology)` and
    `[arXiv, 21 Jul 2025](arxiv)` name the venue and year; `--- Pre-LLM ---` opening the
    paragraph of the next record is a divider, not its title."""
    lib = _lib("## 1. Chart Captioning\n\n"
               "**ChartCap: Mitigating Hallucination of Dense Chart Captioning** <br>\n"
               "Junyoung Lim, Jaewoo Ahn, Gunhee Kim <br>\n"
               "[ICCV2025 Highlight](https://arxiv.org/pdf/2508.03164)  • [Code](https://"
               "junyoung-00.github.io/ChartCap)\n\n"
               "**VisText: A Benchmark for Semantically Rich Chart Captioning**  \n"
               "Benny J. Tang, Angie Boggust, Arvind Satyanarayan  \n"
               "[ACL 2023 Outstanding paper](https://aclanthology.org/2023.acl-long.401.pdf) • "
               "[Code](https://github.com/mitvis/vistext)\n\n"
               "--- Pre-LLM ---  \n"
               "**Chart-to-Text: A Large-Scale Benchmark for Chart Summarization**  \n"
               "Shankar Kantharaj, Rixie Tiffany Leong, Xiang Lin  \n"
               "[ACL 2022](https://aclanthology.org/2022.acl-long.277.pdf) • [Code](https://"
               "github.com/vis-nlp/Chart-to-text)\n\n"
               "**Chart-R1: Chain-of-Thought Supervision and Reinforcement for Advanced Chart "
               "Reasoner**\nLei Chen, Xuanle Zhao, Zhixiong Zeng <br>\n"
               "[arXiv, 21 Jul 2025](https://arxiv.org/pdf/2507.15509) • [Homepage](https://"
               "yueyang1996.github.io/cosyn/)\n")
    got = [(e.title[:20], e.venue_tag, e.year, e.listings[0].line) for e in lib.entries]
    assert got == [("ChartCap: Mitigating", "ICCV 2025", 2025, 3),
                   ("VisText: A Benchmark", "ACL 2023", 2023, 7),
                   ("Chart-to-Text: A Lar", "ACL 2022", 2022, 12),
                   ("Chart-R1: Chain-of-T", "arXiv 2025", 2025, 16)]


def test_a_table_of_names_and_papers_titled_by_its_paper_column():
    """List 69: `|Name|Paper|Code|`: the Paper column titles the rows, a whole citation as its
    link text gives the quoted title, authors, venue and year, and an `NA` paper cell is a
    tool's row, not a paper titled "NA"."""
    lib = _lib("## Methods\n\n##### Tree based Methods\n|Name|Paper|Code|\n|---|---|---|\n"
               "|Causal Forest|[Wager, Stefan, and Susan Athey. \"Estimation and inference of "
               "heterogeneous treatment effects using random forests.\" JASA (2017).](https://www"
               ".tandfonline.com/doi/pdf/10.1080/01621459.2017.1319839)|[code R](https://github.com"
               "/grf-labs/grf)|\n"
               "|Propensity Score Matching|[Rosenbaum, Paul R., and Donald B. Rubin. \"The central "
               "role of the propensity score in observational studies for causal effects.\" "
               "Biometrika 70, no. 1 (1983): 41-55.](https://academic.oup.com/biomet/article-pdf/"
               "70/1/41/662954/70-1-41.pdf)|[Python](https://github.com/akelleh/causality)|\n"
               "|Causaldag|NA|[code](https://github.com/uhlerlab/causaldag)|\n")
    got = [(e.title, e.year, [a.family for a in e.authors]) for e in lib.entries]
    assert got == [
        ("Estimation and inference of heterogeneous treatment effects using random forests",
         2017, ["Wager", "Athey"]),
        ("The central role of the propensity score in observational studies for causal effects",
         1983, ["Rosenbaum", "Rubin"])]


def test_a_heading_above_the_section_level_is_a_container_of_the_headings_under_it():
    """List 69: `### Causal Discovery` holds papers (the section level is `###`); `## Causal
    Effect Estimation` holds none itself, so `#### Survey Papers` under it is a section, not a
    subsection of the `##`."""
    paper = "- [{}](https://arxiv.org/abs/{})\n"
    lib = _lib("# awesome-causality-algorithms\n\n### Causal Discovery\n"
               + paper.format("Causal-learn: Causal Discovery in Python", "2307.16405")
               + paper.format("Causal Discovery Toolbox: Uncover causal relationships",
                              "1903.02278")
               + paper.format("Benchpress: a scalable and versatile workflow", "2107.03863")
               + "\n## Causal Effect Estimation\n\n#### Survey Papers\n"
               + paper.format("A survey on causal inference", "2002.02770"))
    assert [(s.title, len(lib.in_section(s.slug))) for s in lib.sections] == [
        ("Causal Discovery", 3), ("Survey Papers", 1)]


def test_a_paper_column_of_whole_citations_titles_the_rows_over_a_name_column():
    """List 69 `##### Classic Methods`: one row whose Name cell reads as a phrase (`Propensity
    Score Matching`) and whose Paper cell is a whole citation: the citation's title."""
    lib = _lib("## Methods\n\n##### Classic Methods\n|Name|Paper|Code|\n|---|---|---|\n"
               "|Propensity Score Matching|[Rosenbaum, Paul R., and Donald B. Rubin. \"The central "
               "role of the propensity score in observational studies for causal effects.\" "
               "Biometrika 70, no. 1 (1983): 41-55.](https://academic.oup.com/biomet/article-pdf/"
               "70/1/41/662954/70-1-41.pdf)|[Python](https://github.com/akelleh/causality)|\n")
    assert [(e.title, e.year) for e in lib.entries] == [
        ("The central role of the propensity score in observational studies for causal effects",
         1983)]


def test_prose_without_a_link_that_ends_with_a_venue_is_no_citation():
    """A paragraph of prose that ends with a venue and a year, under papers that link theirs:
    no names first, no citation; it is neither imported nor reported."""
    lib = _lib("## Detection\n\n"
               "- [Feature Pyramid Networks for Object Detection](https://arxiv.org/abs/"
               "1612.03144)\n\n"
               "The methods below improved detection a lot since the benchmark paper, CVPR 2017.\n")
    assert [e.title for e in lib.entries] == ["Feature Pyramid Networks for Object Detection"]
    assert lib.problems == []


def test_an_apostrophe_before_a_full_year_in_a_venue_tag():
    """List 64: `- [AAAI'2018] [Title](url)`: the venue `AAAI 2018`, as `CVPR'23` is
    `CVPR 2023` (check read `AAAI'` as an unknown venue)."""
    lib = _lib("## 1. Learning to model\n\n"
               "- [AAAI'2018] [Learning constraints from examples](https://ojs.aaai.org/index.php/"
               "AAAI/article/view/12217)\n"
               "- [IJCAI'2022-Workshop] [Extrapolating Constraint Networks by Symbolic "
               "Classification](https://cora.ucc.ie/items/83a5c4c6-3db0-457a-bc88-2d6c7cf9ceca)\n")
    assert [(e.venue_tag, e.year) for e in lib.entries] == [("AAAI 2018", 2018),
                                                            ("IJCAI 2022-Workshop", 2022)]
    from awesome_bib.venues import parse_tag
    assert parse_tag("AAAI'2018").venue is not None  # the raw tag check reads


def test_a_citation_paragraph_that_starts_with_its_title_is_not_read_names_first():
    """List 55 line 25: `Quantum Random Access Memory. Vittorio Giovannetti, Seth Lloyd, and
    Lorenzo Maccone. 2008. PRL. 4 pages.` under the link it describes: a capitalised phrase
    alone is no person, so this is no names-first citation and no paper without a link."""
    lib = _lib("## Papers\n\n[Attention Is All You Need](https://arxiv.org/abs/1706.03762)\n\n"
               "[Original QRAM paper](https://journals.aps.org/prl/abstract/10.1103/"
               "PhysRevLett.100.160501)\n\n"
               "Quantum Random Access Memory. Vittorio Giovannetti, Seth Lloyd, and Lorenzo "
               "Maccone. 2008. PRL. 4 pages.\n")
    assert lib.problems == []
