"""Issue 15, round 28, `import-dev63` on lists 625, 626, 627, 628, 620, 633 (the fifty-first
and fifty-second held-out sets, tests/corpus/, provenance in SOURCES.md): real lines of those
lists (and of 617, which the same reading changes), each read by one general reading."""

from __future__ import annotations

from .conftest import papers_in, papers_with_authors

# List 633: `* [Title](url), Names, Venue, Year - Presenter (review, slides)` under a term heading
_PRESENTATIONS = (
    "# Paper Presentations\n\n## Spring 2021\n\n### Phase 1\n\n"
    "* [GloVe: Global Vectors for Word Representation](https://www.aclweb.org/anthology/D14-1162)"
    ", Pennington et al., EMNLP, 2014 - Yao Ge (review, slides)\n"
    "* [Learning Variational Word Masks to Improve the Interpretability of Neural Text "
    "Classifiers](https://www.aclweb.org/anthology/2020.emnlp-main.347/), Chen and Ji, EMNLP 2020"
    " - Felix Nguyen (review, slides)\n\n"
    "### Phase 3\n\n"
    "* [Coarse-to-Fine n-Best Parsing and MaxEnt Discriminative Reranking]"
    "(https://www.aclweb.org/anthology/P05-1022/), Charniak and Johnson, ACL, 2005 - Derek Hopper"
    " (review, slides) \n"
    "* [Fast and Accurate Neural CRF Constituency Parsing](https://www.ijcai.org/Proceedings/2020/"
    "560/), Zhang et al., IJCAI, 2020 - Wendy Mo (review, slides)\n")

# List 625: `* Title (1967). [Paper](url) \| [Note](md)` bullets, some without a link
_DATED_READINGS = (
    "# Readings in Operating Systems\n\n## Historical Perspectives\n\n"
    "* The Structure of the \"THE\"-Multiprogramming System (1967). "
    "[Paper](https://dl.acm.org/doi/10.1145/363095.363143) \\| [Note](notes/the.md)\n"
    "  * Layered OS structure\n\n"
    "* The Nucleus of a Multiprogramming System (1970). "
    "[Paper](https://dl.acm.org/doi/10.1145/362258.362278) \\| [Note](notes/nucleus.md)\n"
    "  * OS kernel; Separation of policy and mechanism\n\n"
    "* TENEX, a Paged Time Sharing System for the PDP-10 (1971). "
    "[Paper](https://dl.acm.org/doi/10.1145/361268.361271)\n"
    "  * Paged virtual memory; Interactive terminal\n\n"
    "## Synchronization\n\n"
    "* Transactional Memory: Architectural Support for Lock-Free Data Structures (1993). "
    "[Paper](https://dl.acm.org/doi/10.1145/173682.165164) \\| "
    "[Note](notes/transactional-memory.md)\n\n"
    "* Eraser: A Dynamic Data Race Detector for Multi-Threaded Programs (1997).\n"
    "  * Finding and Reproducing Heisenbugs in Concurrent Programs (2008). "
    "[Paper](https://dl.acm.org/doi/10.5555/1855741.1855760) \\| [Note](notes/heisenbug.md)\n"
    "  * Ad Hoc Synchronization Considered Harmful (2010). "
    "[Paper](https://www.usenix.org/legacy/events/osdi10/tech/full_papers/Xiong.pdf) \\| "
    "[Note](notes/ad-hoc-sync.md)\n\n"
    "* Making Parallel Programs Reliable with Stable Multithreading (2014).\n\n"
    "## Distributed Systems\n\n"
    "* The Sprite Network Operating System (1988).\n\n"
    "* MapReduce: Simplified Data Processing on Large Clusters (2004).\n")

# List 626: `Names: [Title](pdf). Venue'yy` paragraphs under `### Week n` headings
_NAMED_PARAGRAPHS = (
    "## Recommended Reading\n\n### Week 2\n\n\n"
    "Udupa, Raghavan, Deshmukh, Mador-Haim, Martin, Alur: [TRANSIT: specifying protocols with "
    "concolic snippets](http://acg.cis.upenn.edu/papers/pldi13_transit.pdf). PLDI'13\n\n"
    "Albarghouthi, Gulwani, Kincaid: [Recursive Program Synthesis]"
    "(http://pages.cs.wisc.edu/~aws/papers/cav13a.pdf). CAV'13\n\n"
    "Phothilimthana, Thakur, Bodik, Dhurjati: [Scaling Up Superoptimization]"
    "(https://people.eecs.berkeley.edu/~mangpo/www/papers/lens-asplos16.pdf). ASPLOS’16\n\n"
    "Smith, Albarghouthi [Program Synthesis with Equivalence Reduction]"
    "(http://pages.cs.wisc.edu/~aws/papers/vmcai19.pdf). VMCAI'19\n\n"
    "Feser, Chaudhuri, Dillig: [Synthesizing Data Structure Transformations from Input-Output "
    "Examples](http://www.cs.utexas.edu/~isil/pldi15b.pdf). PLDI 2015\n\n"
    "### Week 3\n\n"
    "Raychev, Vechev, Yahav. [Code Completion with Statistical Language Models]"
    "(http://www.cs.technion.ac.il/~yahave/papers/pldi14-statistical.pdf). PLDI'14\n\n"
    "Balog, Gaunt, Brockschmidt, Nowozin, Tarlow: [DeepCoder: Learning to Write Programs]"
    "(https://arxiv.org/pdf/1611.01989). ICLR'17\n\n"
    "Bielik, Raychev, Vechev. [PHOG: Probabilistic Model for Code]"
    "(http://www.srl.inf.ethz.ch/slides/ICML16_PHOG.pdf). ICML’16\n")


def test_two_family_names_are_a_citations_short_names_as_et_al_is():
    """633: `[Title](url), Chen and Ji, EMNLP 2020 - Felix Nguyen (review, slides)` (before:
    names, a comma and the rest of the citation were read only after "et al." (`Pennington et
    al., EMNLP, 2014 - …` was), so with two family names joined by "and" the venue and year
    were not read, and the item took the year 2021 of its `## Spring 2021` term heading). An
    author-year citation writes its short names either way, "X et al." for three or more, "X
    and Y" for two (the rule `add_names_and_venue` already had for `Ha and Schmidhuber,
    2018`); both are names before the citation's venue and year."""
    papers = papers_with_authors(_PRESENTATIONS)
    assert papers["Learning Variational Word Masks to Improve the Interpretability of Neural "
                  "Text Classifiers"] == (2020, "EMNLP 2020", ["Chen", "Ji"])
    assert papers["Coarse-to-Fine n-Best Parsing and MaxEnt Discriminative Reranking"] == (
        2005, "ACL 2005", ["Charniak", "Johnson"])
    assert papers["GloVe: Global Vectors for Word Representation"][:2] == (2014, "EMNLP 2014")
    assert papers["Fast and Accurate Neural CRF Constituency Parsing"][:2] == (
        2020, "IJCAI 2020")


def test_a_linkless_dated_title_is_a_paper_where_the_lists_papers_are_so_written():
    """625: `* The Sprite Network Operating System (1988).` and `* Making Parallel Programs
    Reliable with Stable Multithreading (2014).` in a list whose linked papers are each `*
    Title (1967). [Paper](url) | [Note](md)` (before: a linkless bullet was a paper only beside
    linked papers read as citations, or under a heading naming papers; under the topic heading
    `## Distributed Systems`, or alone among linked dated titles, it was missed). Where most of
    the list's linked papers, three or more, read as a title phrase and its year and nothing
    else, a linkless item read the same way is written as the list's papers are: a paper, its
    year read, no link made up. A linkless parent so written over the papers that follow it up
    (`* Eraser: … (1997).` over `  * Finding and Reproducing Heisenbugs … (2008). [Paper](url)`)
    is judged as any linkless item (before: a parent over child lines was always their label,
    never a paper); its children stay papers of their own."""
    papers = papers_in(_DATED_READINGS)
    assert papers["The Sprite Network Operating System"] == (1988, "", "Distributed Systems")
    assert papers["MapReduce: Simplified Data Processing on Large Clusters"][0] == 2004
    assert papers["Making Parallel Programs Reliable with Stable Multithreading"] == (
        2014, "", "Synchronization")
    assert papers["TENEX, a Paged Time Sharing System for the PDP-10"][0] == 1971
    assert papers["Eraser: A Dynamic Data Race Detector for Multi-Threaded Programs"] == (
        1997, "", "Synchronization")
    assert papers["Finding and Reproducing Heisenbugs in Concurrent Programs"][0] == 2008
    assert papers["Ad Hoc Synchronization Considered Harmful"][0] == 2010


def test_a_headings_paragraphs_share_their_title_template():
    """626: `Albarghouthi, Gulwani, Kincaid: [Recursive Program Synthesis](pdf). CAV'13`
    paragraphs (before: bullets were read with the title template their heading's items share,
    paragraphs never, so a paragraph whose names before the link were three or more, or had no
    colon, was titled by its author list: `Raychev, Vechev, Yahav`). A heading's paragraphs are
    written alike as its bullets are: where most of them, three or more, hold a title phrase in
    their link's text while their own reading gave an author list, the link's text is the
    title of each paragraph that reads no title by itself; the venue and year after it stay."""
    papers = papers_in(_NAMED_PARAGRAPHS)
    assert papers["Recursive Program Synthesis"] == (2013, "CAV 2013", "Week 2")
    assert papers["TRANSIT: specifying protocols with concolic snippets"][:2] == (
        2013, "PLDI 2013")
    assert papers["Program Synthesis with Equivalence Reduction"][:2] == (2019, "VMCAI 2019")
    assert papers["Code Completion with Statistical Language Models"] == (
        2014, "PLDI 2014", "Week 3")
    assert papers["DeepCoder: Learning to Write Programs"][:2] == (2017, "ICLR 2017")
    assert not any("," in title for title in papers)
