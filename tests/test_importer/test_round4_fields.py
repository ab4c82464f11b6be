"""How fields are read inside an item (issue 15, round 4): real lines of lists 42-48
(tests/corpus/, provenance in SOURCES.md "Third held-out set"), one test per mechanism."""

from __future__ import annotations

from awesome_bib.core.identifiers import arxiv_id, paper_id
from awesome_bib.importer.authors import parse_authors
from awesome_bib.importer.item_fields import ParsedItem
from awesome_bib.importer.items import parse_item
from awesome_bib.importer.markdown import Item, parse


def _item(md: str, paragraph: bool = False) -> ParsedItem:
    blocks = [b for b in parse(md) if isinstance(b, Item)]
    assert len(blocks) == 1
    return parse_item(blocks[0].pieces, paragraph=paragraph)


def _names(item: ParsedItem) -> list[tuple[str, str]]:
    return [(a.family, a.given) for a in item.authors]


def test_bibtex_style_names_then_the_year_after_the_title_link():
    """List 42: BibTeX's `Family, Given and Family, Given` (double spaces as written)."""
    item = _item("1. [Language (Technology) is Power: A Critical Survey of \"Bias\" in NLP]"
                 "(https://www.aclweb.org/anthology/2020.acl-main.485), Blodgett, Su Lin  and "
                 "Barocas, Solon  and Daumé III, Hal  and Wallach, Hanna, 2020")
    assert item.title == "Language (Technology) is Power: A Critical Survey of \"Bias\" in NLP"
    assert item.year == 2020
    assert _names(item) == [("Blodgett", "Su Lin"), ("Barocas", "Solon"), ("Daumé III", "Hal"),
                            ("Wallach", "Hanna")]


def test_a_citation_keeps_only_its_first_author_inverted():
    """More commas than BibTeX's one per name: citation order, as before."""
    authors, _ = parse_authors("LeCun, Yann, Léon Bottou, and Yoshua Bengio")
    assert [(a.family, a.given) for a in authors] == [("LeCun", "Yann"), ("Bottou", "Léon"),
                                                       ("Bengio", "Yoshua")]
    assert parse_authors("Hovy, Dirk")[0] != [("Hovy", "Dirk")]  # one name: no BibTeX list


def test_names_and_year_after_the_link_end_at_the_line_and_its_pictographs():
    """List 47: a pictograph before an anchor link closes the line, and the summary paragraph
    under the item is not part of its names."""
    item = _item("- [Accurate medium-range global weather forecasting with 3D neural networks]"
                 "(https://www.nature.com/articles/s41586-023-06185-3) - Kaifeng Bi et al., 2023 "
                 "👉[Pangu](#pangu)\n\n  Used 3D Earth-specific transformer (3DEST) on a "
                 "icosahedral mesh grid to generate medium-range global weather forecasts. "
                 "Outperformed operational forecasts from ECMWF.\n")
    assert (item.year, _names(item), item.et_al) == (2023, [("Bi", "Kaifeng")], True)


def test_a_qualifier_after_the_citation_year_is_part_of_the_venue():
    """List 42: `Authors. ACL 2022 Findings.`"""
    item = _item("12. [Square One Bias in NLP: Towards a Multi-Dimensional Exploration of the "
                 "Research Manifold](https://aclanthology.org/2022.findings-acl.184/). Sebastian "
                 "Ruder, Ivan Vulić, Anders Søgaard. ACL 2022 Findings.")
    assert (item.venue_tag, item.year) == ("ACL 2022 Findings", 2022)
    assert len(item.authors) == 3


def test_a_parenthesised_venue_before_the_full_stop_is_not_title_words():
    """List 43: `Title (**NeurIPS 2021**). [[paper](url)]`."""
    item = _item("- Sparse Spiking Gradient Descent (**NeurIPS 2021**). [[paper](https://proceedings"
                 ".neurips.cc/paper/2021/file/61f2585b0ebcf1f532c4d1ec9a7d51aa-Paper.pdf)]")
    assert (item.title, item.venue_tag, item.year) == ("Sparse Spiking Gradient Descent",
                                                       "NeurIPS 2021", 2021)


def test_a_link_label_that_is_a_venue_gives_venue_and_year():
    """List 45: the paper linked from its venue label, after a Scholar search link; the
    bracketed title loses its brackets."""
    item = _item("- [Generative Adversarial Networks to Segment Skin Lesions] [[scholar]](https://"
                 "scholar.google.ca/scholar?hl=en&as_sdt=0%2C5&q=Generative+Adversarial+Networks+"
                 "to+Segment+Skin+Lesions&btnG=) [[ISBI2018]](http://www.cs.sfu.ca/~hamarneh/ecopy/"
                 "isbi2018b.pdf)")
    assert (item.title, item.venue_tag, item.year) == (
        "Generative Adversarial Networks to Segment Skin Lesions", "ISBI 2018", 2018)
    known = _item("- [Generative Adversarial Networks for Noise Reduction in Low-Dose CT]  "
                  "[[scholar]](https://scholar.google.com/scholar?q=x) [[TMI]](http://ieeexplore"
                  ".ieee.org/document/7934380/)")
    assert (known.title, known.venue_tag, known.year) == (
        "Generative Adversarial Networks for Noise Reduction in Low-Dose CT", "TMI", None)
    named = _item("- [Semi-supervised Assessment of Incomplete LV Coverage in Cardiac MRI Using "
                  "Generative Adversarial Nets] [[scholar]](https://scholar.google.ca/scholar?q=x) "
                  "[[SASHIMI 2017]](https://link.springer.com/chapter/10.1007/978-3-319-68127-6_7)")
    assert (named.venue_tag, named.year) == ("SASHIMI 2017", 2017)


def test_a_resource_label_is_no_venue():
    """`[[arXiv]](url)` names the kind of link, not where the paper appeared; a word and a
    year (`[Oral 2021]`, `[Tutorial (2019)]`, `[Slides 2019]`) is no venue's name."""
    item = _item("- [GANs for Medical Image Analysis] [[scholar]](https://scholar.google.ca/"
                 "scholar?q=GANs) [[arXiv]](https://arxiv.org/abs/1809.06222)")
    assert (item.title, item.venue_tag, item.year) == ("GANs for Medical Image Analysis", "", None)
    for label in ("Oral 2021", "Tutorial (2019)", "Slides 2019"):
        other = _item(f"- [GANs for Medical Image Analysis] [[{label}]](https://example.org/a)")
        assert (other.venue_tag, other.year) == ("", None), label


def test_a_journal_citation_as_link_label_on_the_next_line():
    """List 44: a bold title, then `[Journal (Year)](doi) | [code](url)` after a hard break."""
    item = _item("* **SCScore: Synthetic Complexity Learned from a Reaction Corpus**  \n"
                 "[J. Chem. Inf. Model. (2018)](https://doi.org/10.1021/acs.jcim.7b00622) |  "
                 "[code](https://github.com/connorcoley/scscore)  \n", paragraph=True)
    assert (item.title, item.venue_tag, item.year) == (
        "SCScore: Synthetic Complexity Learned from a Reaction Corpus",
        "J. Chem. Inf. Model. 2018", 2018)


def test_a_kind_label_before_the_title_and_vancouver_names():
    """List 48: `(BOOK)Title (2011), Family I, Family I.`"""
    item = _item("- (BOOK)Recommender systems: an introduction (2011), Zanker M, Felfernig A, "
                 "Friedrich G.")
    assert (item.title, item.year) == ("Recommender systems: an introduction", 2011)
    assert _names(item) == [("Zanker", "M"), ("Felfernig", "A"), ("Friedrich", "G.")]
    plain = _item("- (Un)fair Exposure in Deep Face Rankings [[paper](https://arxiv.org/abs/"
                  "2005.00001)]")
    assert plain.title.startswith("(Un)fair")  # only an upper-case word is a kind label


def test_an_arxiv_doi_names_the_arxiv_id():
    """List 47: `https://doi.org/10.48550/arXiv.2308.04460` is the paper's arXiv id."""
    url = "https://doi.org/10.48550/arXiv.2308.04460"
    assert arxiv_id(url) == ("2308.04460", "")
    assert paper_id("paper", url) == paper_id("paper", "https://arxiv.org/abs/2308.04460")
    assert arxiv_id("https://doi.org/10.48550/arXiv.23") == ("", "")
    assert arxiv_id("https://doi.org/10.1038/s41586-023-06185-3") == ("", "")
