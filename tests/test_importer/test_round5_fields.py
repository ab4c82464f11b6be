"""How fields are read inside an item (issue 15, round 5): real lines of lists 52-60
(tests/corpus/, provenance in SOURCES.md "Fourth held-out set"), one test per mechanism."""

from __future__ import annotations

from awesome_bib.core.arxiv_ids import from_url
from awesome_bib.importer import build_library, read_library
from awesome_bib.importer.citations import cited_venue

from .test_round4_fields import _item, _names


def test_names_before_a_bold_title_are_the_authors_and_the_tail_its_venue_and_year():
    """List 60: `[3] Topol, Eric J. **Title.** Nature medicine 25.1 (2019): 44-56.`: the names
    were part of the title and the venue and year after the bold title were not read."""
    item = _item("[3] Topol, Eric J. **High-performance medicine: the convergence of human and "
                 "artificial intelligence.** Nature medicine 25.1 (2019): 44-56."
                 "[[PDF]](https://www.gwern.net/docs/ai/2019-topol.pdf)")
    assert item.title == ("High-performance medicine: the convergence of human and artificial "
                          "intelligence")
    assert _names(item) == [("Topol", "Eric J.")]
    assert (item.venue_tag, item.year) == ("Nature medicine 2019", 2019)
    item = _item("[4] Tjoa, Erico, and Cuntai Guan. **A survey on explainable artificial "
                 "intelligence (xai): Towards medical xai.** arXiv preprint arXiv:1907.07374 "
                 "(2019). [[PDF]](https://arxiv.org/ftp/arxiv/papers/1907/1907.07374.pdf)")
    assert item.title == ("A survey on explainable artificial intelligence (xai): Towards "
                          "medical xai")
    assert _names(item) == [("Tjoa", "Erico"), ("Guan", "Cuntai")]
    assert (item.venue_tag, item.year) == ("arXiv 2019", 2019)


def test_bold_words_inside_a_plain_title_stay_emphasis():
    """No sentence of names before the bold run: the bold words are emphasis of the title."""
    item = _item("- Learning with **noisy labels** in medical images [[pdf]](https://x.org/a.pdf)")
    assert item.title == "Learning with noisy labels in medical images"
    assert item.authors == []


def test_a_citation_tail_gives_its_venue_and_its_own_year():
    """The year in parentheses is the citation's, not the one inside an id after it."""
    assert cited_venue("Gut (2019): gutjnl-2018.") == "Gut 2019"
    assert cited_venue("IEEE journal of biomedical and health informatics 22.5 (2017): "
                       "1589-1604.") == "IEEE journal of biomedical and health informatics 2017"
    assert cited_venue(". CIKM 2019: 649-658") == "CIKM 2019"
    assert cited_venue("ICDM, 2019.") == "ICDM 2019"
    assert cited_venue("4 pages.") == ""


def test_an_arxiv_file_path_link_gives_its_id():
    """List 60: `arxiv.org/ftp/arxiv/papers/1907/1907.07374.pdf` is the paper's PDF."""
    assert from_url("https://arxiv.org/ftp/arxiv/papers/1907/1907.07374.pdf") == ("1907.07374", "")
    assert from_url("https://arxiv.org/ftp/quant-ph/papers/0505/0505030.pdf") == \
        ("quant-ph/0505030", "")


def test_the_phrase_after_a_link_labelled_as_the_paper_is_its_title():
    """List 59: `[:bookmark_tabs: Publication](url): (2020) Title`: the shortcode is
    decoration, the link the paper's, the dated phrase after it the title and year (the label
    was the title, and three tools' labels were one paper)."""
    item = _item("  * [ :bookmark_tabs: Publication](https://arxiv.org/pdf/1909.08423.pdf): (2020) "
                 "Deep-neural-network solution of the electronic Schrödinger equation")
    assert (item.title, item.year) == (
        "Deep-neural-network solution of the electronic Schrödinger equation", 2020)
    assert [(lk.label, lk.url) for lk in item.links] == [
        ("paper", "https://arxiv.org/pdf/1909.08423.pdf")]
    item = _item("- [PDF](https://x.org/a.pdf) - Learning to rank with partially labelled data")
    assert item.title == "Learning to rank with partially labelled data"


def test_a_name_and_its_description_stay_a_name():
    """No paper label and no date: `[spaCy](url): description` is a tool's name and what it
    does (the evidence rules decide whether it is a paper at all)."""
    item = _item("- [spaCy](https://spacy.io): Industrial-strength NLP in Python")
    assert item.title == "spaCy"
    item = _item("  * [:floppy_disk: : GitHub](https://github.com/hande-qmc/hande)")
    assert item.title == ""
    assert [lk.label for lk in item.links] == ["GitHub"]


def test_a_linked_name_and_the_paper_its_text_names():
    """List 58: a tool or data set linked by its name, then the paper it comes from: in quotes
    after `paper`, as a citation (names, quoted title, venue, year) or as a later link after
    `from paper`. The named work is the title, the linked name the item's name."""
    item = _item("  - [AnswerBot](https://github.com/XBWer/AnswerBot.git), Replication package of "
                 "the paper \"AnswerBot: An Answer Summary Generation Tool Based on Stack "
                 "Overflow\", ESEC/FSE 2019, [Paper](https://ink.library.smu.edu.sg/cgi/x)")
    assert (item.name, item.title, item.venue_tag, item.year) == (
        "AnswerBot", "AnswerBot: An Answer Summary Generation Tool Based on Stack Overflow",
        "ESEC/FSE 2019", 2019)
    item = _item("  - [facebook Neural-Code-Search-Evaluation-Dataset](https://github.com/f/n),"
                 "Code Search Dataset from FaceBook: H. Li, S. Kim, and S. Chandra, “Neural code "
                 "search evaluation dataset,” ArXiv, vol. abs/1908.09804, 2019")
    assert (item.title, item.venue_tag, item.year) == (
        "Neural code search evaluation dataset", "arXiv 2019", 2019)
    assert _names(item) == [("Li", "H."), ("Kim", "S."), ("Chandra", "S.")]
    item = _item("  - [EMSE Bug Location Data Set](https://seers.utdallas.edu/projects/x/#), from "
                 "paper \"Using Bug Descriptions to Reformulate Queries during Text-Retrieval-"
                 "based Bug Localization\" by Oscar Chaparro, Juan Manuel Florez, Andrian Marcus.")
    assert item.title.startswith("Using Bug Descriptions")
    assert _names(item)[0] == ("Chaparro", "Oscar")
    item = _item("   - [PyCodeGPT](https://github.com/microsoft/PyCodeGPT), from paper [CERT: "
                 "Continual Pre-Training on Sketches for Library-Oriented Code Generation]"
                 "(https://arxiv.org/abs/2206.06888). Providing two benchmark.")
    assert item.title == ("CERT: Continual Pre-Training on Sketches for Library-Oriented Code "
                          "Generation")
    assert [(lk.label, lk.url) for lk in item.links] == [
        ("PyCodeGPT", "https://github.com/microsoft/PyCodeGPT"),
        ("paper", "https://arxiv.org/abs/2206.06888")]


def test_a_name_colon_sentence_is_the_title_only_beside_the_papers_link():
    """List 58: `[Chatbot4QR](url). Chatbot4QR: Title. [paper](url)` names its paper;
    `[DeepLocalize](github), DeepLocalize: Title. This repo ...` links only the repository."""
    item = _item("  - [Chatbot4QR](https://osf.io/npwg4/). Chatbot4QR: Interactive Query "
                 "Refinement for Technical Question Retrieval. [paper](https://ieeexplore.ieee."
                 "org/document/9165927).")
    assert item.title == ("Chatbot4QR: Interactive Query Refinement for Technical Question "
                          "Retrieval")
    item = _item("  - [DeepLocalize](https://github.com/Wardat-ISU/DeepLocalize), DeepLocalize: "
                 "Fault Localization for Deep Neural Networks. This repo includes a bechmark.")
    assert item.title == "DeepLocalize"


def test_a_quote_in_a_titled_item_is_not_its_title():
    """A link text that is a title phrase keeps it: a quote in its description is no cue."""
    item = _item("- [Deep Residual Learning for Image Recognition](https://arxiv.org/abs/1512."
                 "03385) - the \"ResNet paper that everyone cites\"")
    assert item.title == "Deep Residual Learning for Image Recognition"


def test_title_names_year_venue_citations():
    """List 55: `Title. Names. Year. Venue. N pages.`: the title is no name even when its
    words are capitalised (`Quantum Random Access Memory` read as one person before), and the
    year and venue are sentences of their own after the names (the extent is dropped)."""
    item = _item("Quantum Random Access Memory. Vittorio Giovannetti, Seth Lloyd, and Lorenzo "
                 "Maccone. 2008. PRL. 4 pages. ", paragraph=True)
    assert (item.title, item.venue_tag, item.year) == ("Quantum Random Access Memory",
                                                        "PRL 2008", 2008)
    assert _names(item)[0] == ("Giovannetti", "Vittorio")
    item = _item("On the robustness of bucket brigade quantum RAM. Arunachalam et al. 2015. New "
                 "Journal of Physics. 13 pages.", paragraph=True)
    assert (item.venue_tag, item.year, item.et_al) == ("New Journal of Physics 2015", 2015, True)
    item = _item("A quantum random access memory (QRAM) using a polynomial encoding of binary "
                 "strings. Priyanka Mukhopadhyay. 2024. arXiv preprint.", paragraph=True)
    assert (_names(item), item.year) == ([("Mukhopadhyay", "Priyanka")], 2024)


def test_a_citation_under_a_link_paragraph_restates_its_paper():
    """List 55: `[Original QRAM paper](url)`, a blank line, then the citation: the link text
    was a description, the citation gives the title, names, year and venue."""
    text = ("# L\n\n## Curated Papers\n\n"
            "[Original QRAM paper](https://journals.aps.org/prl/abstract/10.1103/PhysRevLett."
            "100.160501)\n\n"
            "Quantum Random Access Memory. Vittorio Giovannetti, Seth Lloyd, and Lorenzo "
            "Maccone. 2008. PRL. 4 pages. \n\n"
            "Defines QRAM. Presents the standard fanout architecture for RAM.\n\n"
            "[On the robustness of bucket brigade quantum RAM](https://arxiv.org/abs/1502.03450)"
            "\n\n[Systems Architecture for QRAM](https://arxiv.org/abs/2306.03242)\n\n"
            "This paper covers the same topics in more detail as the one above.\n")
    lib, _ = build_library(text, "x.md")
    assert [(e.title, e.year, e.venue_tag) for e in lib.entries] == [
        ("Quantum Random Access Memory", 2008, "PRL 2008"),
        ("On the robustness of bucket brigade quantum RAM", None, ""),
        ("Systems Architecture for QRAM", None, "")]


def test_a_linked_title_on_its_own_line_of_a_cell_keeps_it_over_the_summary_under_it():
    """List 56: `[Title](pdf) <br><sub> **QuAnt:** Proposing to learn ... </sub>` in the title
    column: the summary under the linked title was read as the title."""
    text = ("# L\n\n## Methodologies\n\n"
            "**Year** | **Publication** | **Title** | **Preprint**\n:-: | :-:| :- | :-:\n"
            "**2023** | **ICLR** | [QuAnt: Quantum Annealing with Learnt Couplings](https://"
            "openreview.net/pdf?id=isiQ5KIXbjj) <br><sub> **QuAnt:** Proposing to learn quadratic "
            "unconstrained binary optimization (QUBO) forms from data. </sub> | [arXiv](https://"
            "arxiv.org/abs/2210.08114)\n"
            "**2023** | **CVPR** | [Quantum Multi Model Fitting](https://openaccess.thecvf.com/"
            "x.pdf) <br><sub> **QMMF:** Formulating multi-model fitting as a problem. </sub> | "
            "[arXiv](https://arxiv.org/pdf/2303.15444.pdf)\n")
    lib, _ = build_library(text, "x.md")
    assert [(e.title, e.venue_tag, e.arxiv) for e in lib.entries] == [
        ("QuAnt: Quantum Annealing with Learnt Couplings", "ICLR 2023", "2210.08114"),
        ("Quantum Multi Model Fitting", "CVPR 2023", "2303.15444")]


def test_an_arxiv_id_the_citation_writes_is_the_papers_when_no_link_gives_one():
    """List 58: `“Title,” ArXiv, vol. abs/1908.09804, 2019` links only the data set's
    repository; the id the citation writes is the paper's (its abstract page). An item whose
    link gives an id keeps that one."""
    item = _item("  - [codesearchnet](https://github.com/github/codesearchnet), Code Search "
                 "Dataset from Github & Microsoft: H. Husain, H.-H. Wu, T. Gazit, M. Allamanis, "
                 "and M. Brockschmidt, “Codesearchnet challenge: Evaluating the state of semantic "
                 "code search,” ArXiv, vol. abs/1909.09436, 2019, github/codesearchnet.")
    assert [lk.url for lk in item.links] == ["https://github.com/github/codesearchnet",
                                             "https://arxiv.org/abs/1909.09436"]
    item = _item("[2] Mullenbach, James, et al. **Explainable prediction of medical codes from "
                 "clinical text.** arXiv preprint arXiv:1802.05695 (2018).[[PDF]](https://arxiv."
                 "org/pdf/1802.05695.pdf)")
    assert [lk.url for lk in item.links] == ["https://arxiv.org/pdf/1802.05695.pdf"]


def test_apa_names_pair_each_family_name_with_its_initials():
    """List 44: `Peng, X., Guo, R., ... and Peng, J.` gave one "author" per comma part."""
    from awesome_bib.importer.authors import parse_authors

    authors, et_al = parse_authors("Gu, S., Zhang, X., Xiao, M. et al.")
    assert ([(a.family, a.given) for a in authors], et_al) == (
        [("Gu", "S."), ("Zhang", "X."), ("Xiao", "M.")], True)
    authors, _ = parse_authors("Peng, X., Guo, R., Zhang, M. and Peng, J.")
    assert [(a.family, a.given) for a in authors] == [("Peng", "X."), ("Guo", "R."),
                                                       ("Zhang", "M."), ("Peng", "J.")]


def test_a_journal_and_year_labelling_the_papers_doi_is_its_venue():
    """List 44: `[Cell (2026)](https://doi.org/...)` and `[International Journal of Molecular
    Sciences 22.20 (2021)](doi)` under the title and author lines."""
    item = _item("* **Unified modeling of 3D molecular generation via atomic interactions with "
                 "PocketXMol** [2026]  \n Peng, X., Guo, R., Guo, F.  \n  [Cell (2026)](https://doi"
                 ".org/10.1016/j.cell.2026.01.003) |  [code](https://github.com/p/PocketXMol)  \n")
    assert (item.venue_tag, item.year) == ("Cell 2026", 2026)
    item = _item("* **Quantitative Estimate Index for Early-Stage Screening of Compounds** [2021]  "
                 "\n  Kosugi, Takatsugu, and Masahito Ohue.    \n[International Journal of "
                 "Molecular Sciences 22.20 (2021)](https://doi.org/10.3390/ijms222010925) |  "
                 "[code](https://github.com/ohuelab/QEPPI) \n")
    assert item.venue_tag == "International Journal of Molecular Sciences 2021"
    item = _item("* **Reinvent 4: Modern AI–driven generative molecule design** [2024]  \nHannes "
                 "H. Loeffler, Jiazhen He & Ola Engkvist  \n[Journal of Cheminformatics,16(20) "
                 "(2024)](https://jcheminf.biomedcentral.com/articles/10.1186/s13321-024-00812-5) "
                 "| [code](https://github.com/MolecularAI/REINVENT4)  \n")
    assert item.venue_tag == "Journal of Cheminformatics 2024"  # volume(issue) before the year
    # a dated label on a link that is no identifier still needs evidence of a journal
    item = _item("- **Some title of a paper here** [2019]  \n  Ann Author, Bob Writer.  \n"
                 "  [Tutorial (2019)](https://example.org/tutorial)\n")
    assert item.venue_tag == ""
    # nor does a word and a year on the paper's own DOI or arXiv link: a version of the paper,
    # not a journal (the journal `Cell` above is one the venue table knows)
    for label, url in (("Preprint (2020)", "https://doi.org/10.1101/2020.03.01.972059"),
                       ("Journal version (2019)", "https://arxiv.org/abs/1901.00001"),
                       ("Erratum (2021)", "https://doi.org/10.1038/s41586-021-03819-2")):
        item = _item("* **Some title of a paper here** [2019]  \n  Ann Author, Bob Writer.  \n"
                     f"  [{label}]({url}) | [code](https://github.com/a/b)\n")
        assert (item.venue_tag, item.year) == ("", 2019), label


def test_an_author_year_citation_after_the_title_gives_its_year():
    """List 46: `[World Models](url): Ha and Schmidhuber, 2018`, `Silver et al, 2017`; a venue
    between the name and the year (`Ann Author, NeurIPS, 2020`) stays a venue."""
    item = _item(">[1] [World Models](https://worldmodels.github.io/): Ha and Schmidhuber, 2018")
    assert (item.year, _names(item)) == (2018, [("Ha", ""), ("Schmidhuber", "")])
    item = _item("[6] [AlphaZero](https://arxiv.org/abs/1712.01815): Silver et al, 2017  ")
    assert (item.year, _names(item), item.et_al) == (2017, [("Silver", "")], True)
    item = _item("- [Title of a paper here](https://x.org/a), Ann Author, NeurIPS, 2020")
    assert (item.venue_tag, _names(item)) == ("NeurIPS 2020", [("Author", "Ann")])


def test_a_citation_splits_into_sentences_after_cjk_names_and_titles():
    """List 51: `出口 祥之, 田村 晃裕, 二宮 崇. 係り受け構造に基づく...翻訳. 自然言語処理, VOL 27,
    ..., 2020年9月.`: a sentence ends after a CJK character too (a given name may be one)."""
    item = _item("1. 出口 祥之, 田村 晃裕, 二宮 崇. 係り受け構造に基づくAttentionの制約を用いた"
                 "Transformerニューラル機械翻訳. 自然言語処理, VOL 27, NO.3, pp.553-571, "
                 "2020年9月.")
    assert item.title == "係り受け構造に基づくAttentionの制約を用いたTransformerニューラル機械翻訳"
    assert (len(item.authors), item.year) == (3, 2020)
    assert item.venue_tag.startswith("自然言語処理")


def test_a_description_that_mentions_a_venue_is_no_venue():
    """List 58: `, A tool of ... code bases. This work will be presented at ICSE 2019.` gave a
    venue of twenty words (and made the repository a paper)."""
    item = _item("  - [debug-method-name-2019-ICSE](https://github.com/SerVal-DTF/debug-method-name"
                 "), A tool of spotting and refactoring inconsistent method names learned from "
                 "real-world code bases. This work will be presented at ICSE 2019. This "
                 "reincluding data with .")
    assert (item.venue_tag, item.year) == ("", None)
    item = _item("- [Deep Sets](https://arxiv.org/abs/1703.06114) - NeurIPS 2017")
    assert item.venue_tag == "NeurIPS 2017"


def test_a_full_citation_paragraph_without_a_link_stands_beside_linked_papers():
    """List 60, line 47: the last numbered citation links nothing (its title, names, venue and
    year are all written); prose paragraphs without links stay prose."""
    text = ("# L\n\n## 消化疾病\n"
            "[1] Wu, Lianlian, et al. **Randomised controlled trial of WISENSE, a real-time "
            "quality improving system.** Gut (2019): gutjnl-2018. [[PDF]](https://gut.bmj.com/"
            "content/gutjnl/68/12/2161.full.pdf)  \n本地路径：F:\\A\\论文     \n\n"
            "Some notes on these papers, written as prose by the list's author.\n\n"
            "[3] Hirasawa, Toshiaki, et al. **Application of artificial intelligence using a "
            "convolutional neural network for detecting gastric cancer in endoscopic images.** "
            "Gastric Cancer 21.4 (2018): 653-660. \n本地路径：F:\\A\\论文  \n")
    lib, _ = build_library(text, "x.md")
    assert [(e.title[:20], e.year, e.venue_tag, len(e.links)) for e in lib.entries] == [
        ("Randomised controlle", 2019, "Gut 2019", 1),
        ("Application of artif", 2018, "Gastric Cancer 2018", 0)]


def test_prose_that_introduces_its_link_as_the_paper_is_not_the_title():
    """List 59: `FermiNet is the implementation of the (2020) paper ["Title"](arxiv)`."""
    item = _item("FermiNet is the implementation of the (2020) paper [\"Ab-Initio Solution of the "
                 "Many-Electron Schroedinger Equation with Deep Neural Networks\"](https://arxiv."
                 "org/pdf/1909.02487.pdf)", paragraph=True)
    assert (item.title, item.year) == ("Ab-Initio Solution of the Many-Electron Schroedinger "
                                       "Equation with Deep Neural Networks", 2020)
    item = _item("- Deep Sets, the paper [code](https://github.com/x/y)")
    assert item.title == "Deep Sets, the paper"


def test_an_uncued_quote_beside_a_name_is_no_paper_without_a_citation_around_it():
    """A quoted slogan after a tool's name is not the title of a paper."""
    item = _item("- [FastTok](https://github.com/x/fasttok), a library for \"fast and simple "
                 "tokenising of text\" in Python")
    assert (item.title, item.name) == ("FastTok", "")


def test_citation_styles_give_title_authors_venue_and_year():
    """The styles reference managers write, each read by the citation readers (GB/T 7714 with
    its document type, APA with its year after the names, `In Venue`, dash-separated fields,
    a year field and a venue field before the link, `et al.,` then the venue)."""
    cases = {
        "1. Vaswani A, Shazeer N, Parmar N, et al. Attention is all you need[J]. Advances in "
        "neural information processing systems, 2017, 30.":
            ("Attention is all you need", "Advances in neural information processing systems "
             "2017", 2017, "Vaswani"),
        "* Vaswani, A., Shazeer, N., et al. (2017). Attention is all you need. In Advances in "
        "Neural Information Processing Systems (pp. 5998-6008). [[pdf]](https://arxiv.org/abs/"
        "1706.03762)":
            ("Attention is all you need", "Advances in Neural Information Processing Systems "
             "2017", 2017, "Vaswani"),
        "- LeCun, Y., Bengio, Y., & Hinton, G. (2015). Deep learning. Nature, 521(7553), 436-444.":
            ("Deep learning", "Nature 2015", 2015, "LeCun"),
        "- Attention Is All You Need. Ashish Vaswani, Noam Shazeer. In NeurIPS, 2017. [[pdf]]"
        "(https://arxiv.org/abs/1706.03762)":
            ("Attention Is All You Need", "NeurIPS 2017", 2017, "Vaswani"),
        "- **Attention Is All You Need** - Vaswani et al. - NeurIPS 2017 - [[paper]](https://"
        "arxiv.org/abs/1706.03762)":
            ("Attention Is All You Need", "NeurIPS 2017", 2017, "Vaswani"),
        "- [Attention Is All You Need](https://arxiv.org/abs/1706.03762) - *NeurIPS, 2017*":
            ("Attention Is All You Need", "NeurIPS 2017", 2017, None),
        "- 2017 | NeurIPS | [Attention Is All You Need](https://arxiv.org/abs/1706.03762)":
            ("Attention Is All You Need", "NeurIPS 2017", 2017, None),
        "- [Attention Is All You Need](https://arxiv.org/abs/1706.03762), Vaswani et al., "
        "Advances in Neural Information Processing Systems 30 (2017)":
            ("Attention Is All You Need", "Advances in Neural Information Processing Systems "
             "2017", 2017, "Vaswani"),
    }
    for line, (title, venue, year, first) in cases.items():
        item = _item(line)
        assert (item.title, item.venue_tag, item.year) == (title, venue, year), line
        assert (item.authors[0].family if item.authors else None) == first, line


def test_more_places_a_list_writes_venue_year_and_authors():
    """`"Title," A. Author et al., ICLR, 2021.` (names up to et al. are no venue), a venue
    and year as the last sentence (`Title. *ICLR*, 2021.`, `[Title](url). ICLR 2021.`), names
    then ` - 2021`, a name before a colon and the linked title, a date in parentheses."""
    cases = {
        "- \"An Image is Worth 16x16 Words: Transformers for Image Recognition at Scale,\" A. "
        "Dosovitskiy et al., ICLR, 2021. [[pdf]](https://arxiv.org/abs/2010.11929)":
            ("An Image is Worth 16x16 Words: Transformers for Image Recognition at Scale",
             "ICLR 2021", 2021, "Dosovitskiy", ""),
        "- An Image is Worth 16x16 Words: Transformers for Image Recognition at Scale. *ICLR*, "
        "2021. [[pdf]](https://arxiv.org/abs/2010.11929)":
            ("An Image is Worth 16x16 Words: Transformers for Image Recognition at Scale",
             "ICLR 2021", 2021, None, ""),
        "- [An Image is Worth 16x16 Words](https://arxiv.org/abs/2010.11929). ICLR 2021.":
            ("An Image is Worth 16x16 Words", "ICLR 2021", 2021, None, ""),
        "- [An Image is Worth 16x16 Words](https://arxiv.org/abs/2010.11929) - Alexey "
        "Dosovitskiy, Lucas Beyer - 2021":
            ("An Image is Worth 16x16 Words", "", 2021, "Dosovitskiy", ""),
        "- **ViT**: [An Image is Worth 16x16 Words](https://arxiv.org/abs/2010.11929), "
        "Dosovitskiy et al., ICLR 2021":
            ("An Image is Worth 16x16 Words", "ICLR 2021", 2021, "Dosovitskiy", "ViT"),
        "- An Image is Worth 16x16 Words (Oct 2020) [[paper]](https://arxiv.org/abs/2010.11929)":
            ("An Image is Worth 16x16 Words", "", 2020, None, ""),
        "- [Title of a paper here](https://x.org/a). We propose a model trained on 2019 data.":
            ("Title of a paper here", "", None, None, ""),
    }
    for line, (title, venue, year, first, name) in cases.items():
        item = _item(line)
        assert (item.title, item.venue_tag, item.year, item.name) == (title, venue, year, name), \
            line
        assert (item.authors[0].family if item.authors else None) == first, line


def test_a_title_the_item_introduces_as_its_paper_is_evidence_of_a_paper():
    """List 58: `[FOCUS](github), FOCUS is a ... system. Paper: "FOCUS: A Recommender System
    ..."`: the list says which paper the repository is; alone under its heading, it stands."""
    from awesome_bib.importer.evidence import paper_evidence

    item = _item("  - [FOCUS](https://github.com/crossminer/FOCUS/tree/ICSE19-artifact-evaluation),"
                 " FOCUS is a context-aware collaborative-filtering system that exploits cross "
                 "relationships among OSS projects. Paper: \"FOCUS: A Recommender System for "
                 "Mining API Function Calls and Usage Patterns\".")
    assert item.title.startswith("FOCUS: A Recommender System") and paper_evidence(item)
    text = ("# L\n\n## Tools\n\n### API Usage Pattern Recommendation\n"
            "  - [FOCUS](https://github.com/crossminer/FOCUS), FOCUS is a system. Paper: \"FOCUS: "
            "A Recommender System for Mining API Function Calls and Usage Patterns\".\n\n"
            "### Code\n  - [CosBench](https://github.com/BASE-LAB-SJTU/CosBench), 52 queries and "
            "corresponding answers from 4,199,769 java snippets.\n")
    lib, _ = build_library(text, "x.md")
    assert [e.title[:20] for e in lib.entries] == ["FOCUS: A Recommender"]


def test_a_name_and_its_title_inside_a_sentence_with_where_it_appears():
    """List 58: `[Toga](github). This repository contains the replication artifact for TOGA:
    A Neural Method for Test Oracle Generation to appear in ICSE 2022.`; without a venue and
    year after `to appear in`, the sentence names no paper."""
    item = _item("  - [Toga](https://github.com/microsoft/toga). This repository contains the "
                 "replication artifact for TOGA: A Neural Method for Test Oracle Generation to "
                 "appear in ICSE 2022.")
    assert (item.title, item.venue_tag, item.year, item.name) == (
        "TOGA: A Neural Method for Test Oracle Generation", "ICSE 2022", 2022, "Toga")
    item = _item("  - [Toga](https://github.com/microsoft/toga). The tool for TOGA: A Neural "
                 "Method for Test Oracle Generation, with scripts.")
    assert item.title == "Toga"


def test_a_venue_alone_after_the_title_link():
    """`[Title](url) `ICLR 2023``, `— Published in ICLR 2023`: a venue and year (an acronym or a
    name the venue table knows); a person or an organisation with a year is who wrote it."""
    item = _item("- [Title of some paper here](https://x.org/a) `ICLR 2023`")
    assert (item.venue_tag, item.year) == ("ICLR 2023", 2023)
    item = _item("- [Title of some paper here](https://x.org/a) — Published in ICLR 2023")
    assert (item.venue_tag, item.year) == ("ICLR 2023", 2023)
    item = _item("- [Title of some paper here](https://x.org/a) Google Research 2023")
    assert item.venue_tag == ""
    item = _item("- [Semi-Supervised Learning Literature Survey](https://x.org/a). Xiaojin Zhu. "
                 "2008")
    assert (item.venue_tag, item.year, _names(item)) == ("", 2008, [("Zhu", "Xiaojin")])


def test_a_paper_link_keeps_its_title_when_its_text_names_another_paper():
    """A name or a title linking a paper itself (arXiv, DOI, PDF) is that paper: the paper its
    description names is another work, never its title (a field from another paper). Read
    through the whole import: no later reader may rewrite it."""
    text = ("# L\n\n## Papers\n\n"
            "- [Densely Connected Convolutional Networks](https://arxiv.org/abs/1608.06993) - "
            "extends the paper \"Deep Residual Learning for Image Recognition\"\n"
            "- [ResNet](https://arxiv.org/abs/1512.03385) - extends the paper \"Highway "
            "Networks for training deep models\"\n")
    reading = read_library(text, "list.md")
    assert [(li.line, e.title, e.arxiv) for e in reading.lib.entries for li in e.listings] == [
        (5, "Densely Connected Convolutional Networks", "1608.06993"),
        (6, "ResNet", "1512.03385")]


def test_a_citation_of_another_work_under_a_titled_paper_link_leaves_it_alone():
    """A titled link to a paper itself (arXiv) keeps its title, year and venue when the
    citation under it names another work (a field from another paper is the worst defect);
    a description (`[Original QRAM paper](url)`) takes its citation's."""
    text = ("# L\n\n## Papers\n\n"
            "[Systems Architecture for QRAM](https://arxiv.org/abs/2306.03242)\n\n"
            "Related work on memories for quantum computing. Ann Author, Bob Writer. 2019. PRL. "
            "4 pages.\n\n"
            "[Original QRAM paper](https://journals.aps.org/prl/abstract/10.1103/PhysRevLett."
            "100.160501)\n\n"
            "Quantum Random Access Memory. Vittorio Giovannetti, Seth Lloyd, and Lorenzo "
            "Maccone. 2008. PRL. 4 pages. \n")
    lib, _ = build_library(text, "x.md")
    titles = [(e.title, e.year) for e in lib.entries]
    assert ("Systems Architecture for QRAM", None) in titles
    assert ("Quantum Random Access Memory", 2008) in titles


def test_only_a_paper_label_makes_the_phrase_after_a_link_its_title():
    """`[Publication](url): (2020) Title` (list 59) is the paper's link and title; a dated
    phrase after any other one-word label is what that link is (`[Slides](url): (2021) ...`,
    slides of that work), never a paper of that year with its link relabelled the paper's."""
    text = ("# L\n\n## Papers\n\n"
            "- [Attention Is All You Need](https://arxiv.org/abs/1706.03762), NeurIPS 2017\n"
            "- [Slides](https://drive.google.com/file/d/1aB2c/view): (2021) Causal Inference "
            "for Recommender Systems\n"
            "- [Publication](https://arxiv.org/pdf/1909.08423.pdf): (2020) Deep-neural-network "
            "solution of the electronic Schrödinger equation\n"
            "- [Deep Residual Learning for Image Recognition](https://arxiv.org/abs/1512.03385),"
            " CVPR 2016\n")
    reading = read_library(text, "list.md")
    assert [(e.title, e.year, [lk.label for lk in e.links]) for e in reading.lib.entries] == [
        ("Attention Is All You Need", 2017, ["paper"]),
        ("Deep-neural-network solution of the electronic Schrödinger equation", 2020,
         ["paper"]),
        ("Deep Residual Learning for Image Recognition", 2016, ["paper"])]
    item = _item("- [Slides](https://drive.google.com/file/d/1aB2c/view): (2021) Causal "
                 "Inference for Recommender Systems")
    assert (item.title, [lk.label for lk in item.links]) == ("", ["Slides"])  # a problem
    assert reading.lib.problems[0].line == 6
