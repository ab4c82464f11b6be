"""Issue 15, round 22, `import-dev39` on lists 481-486 (the fortieth held-out set's first
half, tests/corpus/, provenance in SOURCES.md): real lines of those lists, each read by one
general reading."""

from __future__ import annotations

from .conftest import papers_in, papers_with_authors

# List 481's items: title, authors and year inside the link text
_CRDT = (
    "# Awesome CRDT\n\n## Academic Papers\n\n### Foundations\n\n"
    "- [The Only Undoable CRDTs are Counters - Stephen Dolan (2020)]"
    "(https://arxiv.org/pdf/2006.10494.pdf)\n"
    "- [Pure Operation-Based Replicated Data Types - Carlos Baquero et. al. (2017)]"
    "(https://arxiv.org/pdf/1710.04469.pdf)\n"
    "- [Conflict-free Replicated Data Types - Marc Shapiro et. al. (2011)]"
    "(https://hal.inria.fr/inria-00609399v1/document)\n\n"
    "### Applications\n\n"
    "- [Collaborative Text Editing with Eg-walker: Better, Faster, Smaller - Joseph Gentle & "
    "Martin Kleppmann (2024)](https://arxiv.org/abs/2409.14252)\n"
    "- [SwiftCloud: Fault-Tolerant Geo-Replication Integrated all the Way to the Client Machine "
    "- Marek Zawirski et. al. (2013)](https://arxiv.org/pdf/1310.3107.pdf)\n")


def test_names_after_a_spaced_dash_that_most_dated_titles_of_a_section_end_with():
    """481: `[Title - Marc Shapiro et. al. (2011)](pdf)`: before, the names stayed in every
    title (`Conflict-free Replicated Data Types - Marc Shapiro et. al`), no authors read. Where
    most dated titles of a section (two or more) end with names after a spaced dash, the
    section writes its authors there: one person with a given name (`Stephen Dolan`) and
    "et. al." too."""
    papers = papers_with_authors(_CRDT)
    assert papers["The Only Undoable CRDTs are Counters"] == (2020, "", ["Dolan"])
    assert papers["Pure Operation-Based Replicated Data Types"] == (2017, "", ["Baquero"])
    assert papers["Conflict-free Replicated Data Types"] == (2011, "", ["Shapiro"])
    assert papers["Collaborative Text Editing with Eg-walker: Better, Faster, Smaller"] == (
        2024, "", ["Gentle", "Kleppmann"])
    assert papers["SwiftCloud: Fault-Tolerant Geo-Replication Integrated all the Way to the "
                  "Client Machine"] == (2013, "", ["Zawirski"])


# List 484's items (no title line, no heading), as written
_REPAIR = (
    "- [RepairThemAll](https://arxiv.org/pdf/1905.11973.pdf) READ-PATCHES\n"
    "  - 23,551 Repair Attempts on 5 benchmarks using 11 Java test suit based tools. \n\n"
    "- [GumTree](https://hal.science/hal-01054552/document) 2014 READ-ALGORITHM\n"
    "  - introduces new gumtree algorithm to map nodes of two ASTs and then the mapping is used "
    "to generate an edit script.\n \n"
    "- [Automatic Software Repair: A Bibliography](https://dl.acm.org/doi/pdf/10.1145/3105906) "
    "2017\n \n"
    "- [Practical Program Repair via Bytecode Mutation](https://lingming.cs.illinois.edu/"
    "publications/issta2019a.pdf) 2019\n\n"
    "- [Overfitting in Semantics-based Automated Program Repair](https://dl.acm.org/doi/pdf/"
    "10.1145/3180155.3182536) 2018\n\n"
    "- [Is the Cure Worse Than the Disease? Overfitting in Automated Program Repair]"
    "(https://dl.acm.org/doi/pdf/10.1145/2786805.2786825) 2015\n")


def test_a_link_to_hal_is_a_paper_link():
    """484: `[GumTree](https://hal.science/hal-01054552/document)`: a tool's name linking its
    paper on HAL, France's open archive of papers; before, skipped as a name without a paper
    link (as `[Coming](github)` is rightly). HAL's hosts hold papers as arXiv's do."""
    assert "GumTree" in papers_in(_REPAIR)


# List 485's items: authors, then title, venue and year inside the link text
_BILEVEL = (
    "# A Quick Tutorial on Bi-level Optimization\n\n"
    "## Parts of Existing Work in Learning and Vision Fields\n"
    "### Gradient-based Optimization\n"
    "- Hanxiao Liu, Karen Simonyan, Yiming Yang. [DARTS: Differentiable Architecture Search. "
    "ICLR 2019.](https://arxiv.org/abs/1806.09055)\n"
    "- Sebastian Flennerhag, Andrei A. Rusu, Razvan Pascanu, Francesco Visin, Hujun Yin, Raia "
    "Hadsell. [Meta-Learning with Warped Gradient Descent. ICLR 2020.]"
    "(https://arxiv.org/abs/1909.00025)\n"
    "- Eunbyung Park, Junier B. Oliva. [Meta-Curvature. NeurIPS 2019.](https://proceedings."
    "neurips.cc/paper/2019/hash/57c0531e13f40b91b3b0f1a30b529a1d-Abstract.html)\n"
    "- Yoonho Lee, Seungjin Choi. [Meta-Learning with Adaptive Layerwise Metric and Subspace. "
    "arXiv 2018.](https://arxiv.org/abs/1801.05558v1)\n")


def test_a_link_text_of_a_title_a_full_stop_then_a_known_venue_and_year():
    """485: `[Meta-Curvature. NeurIPS 2019.](url)` was read whole as one venue's name (the
    item then titled by its authors, outside its section's template: dropped), and
    `[Meta-Learning with Warped Gradient Descent. ICLR 2020.](url)` gave that whole text as
    the venue. A whole word, a full stop, then a venue the table knows and its year is a
    title and its venue (an abbreviated journal, `J. Chem. Inf. Model.`, is not split)."""
    papers = papers_in(_BILEVEL)
    assert papers["Meta-Curvature"][:2] == (2019, "NeurIPS 2019")
    assert papers["Meta-Learning with Warped Gradient Descent"][:2] == (2020, "ICLR 2020")
    assert papers["DARTS: Differentiable Architecture Search"][:2] == (2019, "ICLR 2019")


# List 486's notes: a name bullet over numbered child lines, a bold title and its links
_COMPRESSION = (
    "## ModelCompression\n\n"
    "- `Survey`\n"
    "    1. **《A Survey of Model Compression and Acceleration for Deep Neural Networks》**\n"
    "    2. ArXiv：https://arxiv.org/abs/1710.09282\n"
    "- `Deep Compression`\n"
    "    1. **《Deep Compression: Compressing Deep Neural Networks with Pruning, Trained "
    "Quantization and Huffman Coding》**\n"
    "    2. ArXiv：https://arxiv.org/abs/1510.00149\n"
    "    3. ICLR 2016 [Best Paper]：https://iclr.cc/archive/www/doku.php%3Fid=iclr2016:main.html\n"
    "    4. Code：https://github.com/songhan/Deep-Compression-AlexNet\n\n"
    "- `Binarized Neural Networks`\n"
    "    1. **《Binarized Neural Networks》**\n"
    "    2. NeurIPS 2016：http://papers.nips.cc/paper/6573-binarized-neural-networks\n"
    "    3. **《Binarized neural networks: Training deep neural networks with weights and "
    "activations constrained to +1 or -1》**\n"
    "    4. ArXiv：https://arxiv.org/abs/1602.02830\n")


def test_a_name_bullet_over_bold_title_lines_is_a_label_over_those_papers():
    """486: `` - `Survey` `` over `1. **《Title》**` and `2. ArXiv：url`: before, the name was
    the paper's title (`Survey`, `Deep Compression`) and the venue line a paper of its own
    (`ICLR 2016 [Best Paper]`). A name bullet whose first child line is a title alone in
    bold is a label: each bold title line is a paper, the lines after it its links and
    fields (`Binarized Neural Networks` holds two)."""
    assert set(papers_in(_COMPRESSION)) == {
        "A Survey of Model Compression and Acceleration for Deep Neural Networks",
        "Deep Compression: Compressing Deep Neural Networks with Pruning, Trained Quantization "
        "and Huffman Coding",
        "Binarized Neural Networks",
        "Binarized neural networks: Training deep neural networks with weights and activations "
        "constrained to +1 or -1"}


def test_a_venue_and_year_labelling_a_bare_url_is_the_titles_venue_line():
    """486: `3. ICLR 2016 [Best Paper]：url` and `2. NeurIPS 2016：url` under a bold title:
    a venue the table knows and its year (an honour after it), a colon and the one URL it
    labels, is the title's venue line as `- [CVPR 2016](url)` is. Before, the first was a
    paper of its own and the second a note (the title then had no link: dropped)."""
    papers = papers_in(_COMPRESSION)
    assert papers["Deep Compression: Compressing Deep Neural Networks with Pruning, Trained "
                  "Quantization and Huffman Coding"][:2] == (2016, "ICLR 2016")
    assert papers["Binarized Neural Networks"][:2] == (2016, "NeurIPS 2016")


# List 483's linkless bullets, blank lines between, as written
_NLP = (
    "# 100 Must-Read NLP Papers\n\n## Neural Models\n\n"
    "* Richard Socher, et al.: Dynamic Pooling and Unfolding Recursive Autoencoders for "
    "Paraphrase Detection, NIPS 2011.\n\n"
    "* Ronan Collobert et al.: Natural Language Processing (almost) from Scratch, J. of "
    "Machine Learning Research, 2011.\n\n"
    "* Richard Socher, et al.: Recursive Deep Models for Semantic Compositionality Over a "
    "Sentiment Treebank, EMNLP 2013.\n\n"
    "* Xiang Zhang, Junbo Zhao, and Yann LeCun: Character-level Convolutional Networks for "
    "Text Classification, NIPS 2015.\n\n"
    "* Yoon Kim: Convolutional Neural Networks for Sentence Classification, 2014.\n\n"
    "* Christopher Olah: Understanding LSTM Networks, 2015.\n\n"
    "* Matthew E. Peters, et al.: Deep contextualized word representations, 2018.\n\n"
    "* Jacob Devlin, et al.: BERT: Pre-training of Deep Bidirectional Transformers for "
    "Language Understanding, 2018.\n\n"
    "* Yihan Liu et al. [RoBERTa: A Robustly Optimized BERT Pretraining Approach]"
    "(https://arxiv.org/abs/1907.11692), 2020.\n\n"
    "## Clustering & Word/Sentence Embeddings\n\n"
    "* Tomas Mikolov, et al.: Efficient Estimation of Word Representations in Vector Space, "
    "2013.\n\n"
    "* Jeffrey Pennington, et al.: GloVe: Global Vectors for Word Representation, 2014.\n\n"
    "* Ryan Kiros, et al.: Skip-Thought Vectors, 2015.\n")


def test_authors_and_a_colon_opening_most_titles_of_a_section():
    """483: `* Richard Socher, et al.: Title, NIPS 2011.`: before, every title kept its
    authors and colon (`Yoon Kim: Convolutional ...`). Where names and a colon open most
    titles (two or more with two persons or "et al."), the names are the authors, one
    person too; the title after them keeps its own colon (`BERT: Pre-training ...`)."""
    papers = papers_with_authors(_NLP)
    assert papers["Dynamic Pooling and Unfolding Recursive Autoencoders for Paraphrase "
                  "Detection"] == (2011, "NIPS 2011", ["Socher"])
    assert papers["Character-level Convolutional Networks for Text Classification"] == (
        2015, "NIPS 2015", ["Zhang", "Zhao", "LeCun"])
    assert papers["Convolutional Neural Networks for Sentence Classification"][2] == ["Kim"]
    assert papers["BERT: Pre-training of Deep Bidirectional Transformers for Language "
                  "Understanding"][2] == ["Devlin"]
    assert papers["Skip-Thought Vectors"] == (2015, "", ["Kiros"])


# List 483's linked items: the title is the link after the authors
_NLP_LINKED = (
    "# 100 Must-Read NLP Papers\n\n## Machine Learning\n\n"
    "* Marco Tulio Ribeiro et al.: [Beyond Accuracy: Behavioral Testing of NLP Models with "
    "CheckList](https://www.aclweb.org/anthology/2020.acl-main.442/), ACL 2020.\n\n"
    "## Neural Models\n\n"
    "* Yihan Liu et al. [RoBERTa: A Robustly Optimized BERT Pretraining Approach]"
    "(https://arxiv.org/abs/1907.11692), 2020.\n")


def test_an_author_list_closed_by_a_colon_or_et_al_before_the_titles_link():
    """483: `Marco Tulio Ribeiro et al.: [Title](url), ACL 2020.` and `Yihan Liu et al.
    [Title](url), 2020.`: before, the names were the title (`Marco Tulio Ribeiro et al`). An
    author list closed by a colon or by "et al." before the link is as plain as one before
    the quote that opens a title: the link's text is the title."""
    papers = papers_with_authors(_NLP_LINKED)
    assert papers["Beyond Accuracy: Behavioral Testing of NLP Models with CheckList"] == (
        2020, "ACL 2020", ["Ribeiro"])
    assert papers["RoBERTa: A Robustly Optimized BERT Pretraining Approach"][2] == ["Liu"]
