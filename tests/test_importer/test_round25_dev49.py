"""Issue 15, round 25, `import-dev49` on lists 541, 542, 543, 544, 547 and 548 (the forty-fifth
held-out set, tests/corpus/, provenance in SOURCES.md): real lines of those lists, each read by
one general reading."""

from __future__ import annotations

from awesome_bib.importer import read_library

from .conftest import papers_in

# List 541's bullets: APA citations after a year field and a pipe, most linkless
_YEAR_FIELD_CITATIONS = (
    "# Awesome Biologically Plausible Neural Networks\n\n"
    "### General\n"
    "* 2003 | Xie, X., & Seung H.S. (2003). Equivalence of Backpropagation and Contrastive "
    "Hebbian Learning in a Layered Network. Neural Computation 15, 441–454.\n"
    "* 2017 | Scellier, B., & Bengio, Y. (2017). Equilibrium propagation: Bridging the gap "
    "between energy-based models and backpropagation. Frontiers in computational neuroscience, "
    "11, 24.\n"
    "* 2017 | Frerix, T., Möllenhoff, T., Moeller, M., & Cremers, D. (2017). Proximal "
    "backpropagation. arXiv preprint arXiv:1706.04638.\n"
    "* 2017 | Guerguiev, J., Lillicrap, T. P., & Richards, B. A. (2017). Towards deep learning "
    "with segregated dendrites. ELife, 6, e22901.\n\n"
    "### Bioplausible learning in recurrent neur(on)al networks\n\n"
    "* 2021 | Application to SNN: Zenke, F., and Neftci, E.O. (2021). Brain-Inspired Learning "
    "on Neuromorphic Substrates. Proceedings of the IEEE, 1–16, "
    "https://doi.org/10.1109/JPROC. 2020.3045625.\n"
    "* 2020 | Kheradpisheh, S. R., & Masquelier, T. (2020). Temporal backpropagation for "
    "spiking neural networks with one spike per neuron. International Journal of Neural "
    "Systems, 30(06), 2050027.\n"
    "* 2019 | Lillicrap, T. P., & Santoro, A. (2019). Backpropagation through time and the "
    "brain. Current opinion in neurobiology, 55, 82-89.\n")

# List 543's bullets: linkless APA citations, many behind a bold method label and a colon
_LABELLED_CITATIONS = (
    "## Lista de lecturas\n\n"
    "*Semana 3*\n"
    "+ CT, Capítulos 14 (secciones 14.1 - 14.4), 15 (secciones 15.1 - 15.4) & 20 (secciones "
    "21.1 - 20.4).\n"
    "+ **Binaria**: Avila-Foucat, V. S., & Pérez-Campuzano, E. (2015). Municipality "
    "socioeconomic characteristics and the probability of occurrence of Wildlife Management "
    "Units in Mexico. *Environmental Science & Policy*, 45, 146-153.\n"
    "+ **Multinomial**: Kveder, C. L. M., & Flahaux, M. L. (2013). Returning to Dakar: A mixed "
    "methods analysis of the role of migration experience for occupational status. *World "
    "Development*, 45, 223-238.\n"
    "+ **Negativo binomial**: Antón, J. I., & De Bustillo, R. M. (2010). Health care "
    "utilisation and immigration in Spain. *The European Journal of Health Economics*, 11(5), "
    "487-498.\n\n"
    "*Semana 5*\n"
    "+ **Tobit**: Zou, B., & Luo, B. (2019). Rural Household Energy Consumption "
    "Characteristics and Determinants in China. Energy.\n"
    "+ **Heckman**: Parey, M., Ruhose, J., Waldinger, F., & Netz, N. (2017). The selection of "
    "high-skilled emigrants. *Review of Economics and Statistics*, 99(5), 776-792.\n\n"
    "*Semana 15*\n"
    "+ LeSage, J. P. (2008). An introduction to spatial econometrics. *Revue d'économie "
    "industrielle*, (123), 19-44.  \n")

# List 544's paragraphs: a bibliography's names (the first inverted), then a link whose text
# is the title and its source; blog posts and lectures written alike without a source
_BIBLIOGRAPHY_PARAGRAPHS = (
    "### A Library of Readings\n\n"
    "Robin Sloan ['The Pickle: A Conversation About Making Digital Books']"
    "(https://medium.com/message/the-pickle-a-conversation-about-making-digital-books)\n\n"
    "Bush, Vannevar [As We May Think, The Atlantic (1945)]"
    "(http://www.theatlantic.com/magazine/archive/1945/07/as-we-may-think/303881/)\n\n"
    "Cavanagh, Sheila [“Living in a Digital World: Rethinking Peer Review, Collaboration, and "
    "Open Access,” Journal of Digital Humanities 1 (4)]"
    "(http://journalofdigitalhumanities.org/1-4/living-in-a-digital-world-by-sheilacavanagh/)\n\n"
    "DevDH [Designing your first project](http://devdh.org/lectures/design/)\n\n"
    "Hitchcock, Tim [‘Big Data for Dead People: Digital Readings and the Conundrums of "
    "Positivism’ Historyonics](http://historyonics.blogspot.com.au/2013/12/big-data.html) "
    "[Slides here](http://www.slideshare.net/AHRC/tim-hitchcock)\n\n"
    "Owens, Trevor [Digital Sources & Digital Archives: The Evidentiary Basis of Digital "
    "History (Draft)](http://www.trevorowens.org/2015/12/digital-sources-digital-archives/)\n\n"
    "Ramsay, Stephen [On Building](http://stephenramsay.us/text/2011/01/11/on-building/)\n\n"
    "Rosenzweig, Roy [Scarcity or Abundance? Preserving the Past in a Digital Era. American "
    "Historical Review 108.3 (2003): 735-762]"
    "(http://chnm.gmu.edu/essays-on-history-new-media/essays/?essayid=6)\n\n"
    "Scheinfeldt, Tom [‘Theory, Method, and Digital Humanities’ in Hacking the Academy]"
    "(http://bit.ly/1bEctQg)\n\n"
    "Seligman, Amanda [“Teaching Wikipedia without Apologies,” Writing History in the Digital "
    "Age](http://quod.lib.umich.edu/d/dh/12230987.0001.001/1:6/--writing-history)\n\n"
    "Turkel, William [‘Hacking History, from Analog to Digital and Back Again’ Rethinking "
    "History 15.2 (March 2011) 287-296.](http://www.tandfonline.com/doi/abs/10.1080/"
    "13642529.2011.564840)\n\n"
    "Turkel, William [Going Digital](http://williamjturkel.net/2011/03/15/going-digital/)\n\n"
    "Weingart, Scott [Ghosts in the Machine - Musings on materiality and cost after a tour of "
    "The Shoah Foundation](http://www.scottbot.net/HIAL/?p=41498)\n")

# List 542's overview bullets: a description after a dash that dates itself, another list
_DESCRIBED_OVERVIEWS = (
    "# Awesome BioIE\n\n## LLMs in Biomedical IE\n\n"
    "* [Large language models in healthcare: A comprehensive benchmark]"
    "(https://www.medrxiv.org/content/10.1101/2024.04.24.24306315v1)\n"
    "* [Assessing the research landscape and clinical utility of large language models: a "
    "scoping review](https://doi.org/10.1186/s12911-024-02459-6) - a high-level review of LLM "
    "applications in medicine as of March 2024.\n\n"
    "### Pre-LLM Overviews\n"
    "* [Clinical information extraction applications: A literature review]"
    "(https://www.sciencedirect.com/science/article/pii/S1532046417302563) - A review of "
    "clinical IE papers published as of September 2016. From Mayo Clinic group (see below).\n"
    "* [Mining Electronic Health Records (EHRs): A Survey](https://arxiv.org/abs/1702.03222) - "
    "A review of the methods and philosophy behind mining electronic health records.\n"
    "* [Awesome AI-based Protein Design]"
    "(https://github.com/opendilab/awesome-AI-based-protein-design) - This is a collection of "
    "research papers for AI-based protein design.\n")

# List 548's cards: a venue div `Journal, volume(issue), pages (year)` or `Publisher (year)`
_CARD = (
    '<div class="paper-card">\n'
    '  <div class="paper-card__title">\n'
    '    <a href="{url}" target="_blank">{title}</a>\n'
    "  </div>\n"
    '  <div class="paper-card__authors">{authors}</div>\n'
    '  <div class="paper-card__venue">{venue}</div>\n'
    "</div>\n\n")
_VENUE_DIVS = "## 基礎理論・方法論\n\n" + "".join(_CARD.format(**card) for card in (
    {"url": "https://doi.org/10.1038/nature14539", "title": "Deep Learning",
     "authors": "LeCun, Y., Bengio, Y., &amp; Hinton, G.",
     "venue": "Nature, 521(7553), 436-444 (2015)"},
    {"url": "https://doi.org/10.1126/science.1127647",
     "title": "The Structure of Scientific Revolutions", "authors": "Kuhn, T. S.",
     "venue": "University of Chicago Press (1962)"},
    {"url": "https://doi.org/10.1016/j.cell.2011.02.013",
     "title": "Hallmarks of Cancer: The Next Generation",
     "authors": "Hanahan, D., &amp; Weinberg, R. A.",
     "venue": "Cell, 144(5), 646-674 (2011)"}))


def test_a_whole_citation_after_a_year_field_is_read_as_the_citation():
    """541: `* 2017 | Scellier, B., & Bengio, Y. (2017). Title. Journal, 11, 24.` (before: the
    year field `2017 | ` kept the citation reader off, so the linkless citations were problems
    with the whole line as their title and missed, the linked ones titled `(2017). Proximal
    backpropagation`). A year set off by a field separator, then a whole citation that writes
    the same year, is the citation's date, no word of it: the list writes its papers alike,
    year first; a label before the citation's names (`Application to SNN:`) is none of its
    words either. The agreeing year is the evidence: no other lead is read so."""
    papers = papers_in(_YEAR_FIELD_CITATIONS)
    assert len(papers) == 7
    assert papers["Equilibrium propagation: Bridging the gap between energy-based models and "
                  "backpropagation"] == (2017, "Frontiers in computational neuroscience 2017",
                                         "General")
    assert papers["Proximal backpropagation"][:2] == (2017, "arXiv 2017")
    assert papers["Brain-Inspired Learning on Neuromorphic Substrates"][:2] == (
        2021, "Proceedings of the IEEE 2021")
    assert papers["Backpropagation through time and the brain"] == (
        2019, "Current opinion in neurobiology 2019",
        "Bioplausible learning in recurrent neur(on)al networks")


def test_a_citation_after_a_short_label_and_a_colon_is_the_item():
    """543: `+ **Poisson**: White, K., & Buckley, C. J. (2011). Title. *Journal*, 45(1).`
    (before: the list refused whole, `no paper or dataset items recognised`: the bold method
    label kept the citation reader off, so the labelled citations were read with the label
    and the names as their title, no year, and the section did not reach its majority of
    citations). A short label before a colon, then a whole citation (names and their year as
    a citation writes them), is the method the list files it under; the citation is the
    item. The textbook chapter lines (`CT, Capítulos 14 …`) stay no papers; an issue alone in
    brackets (`, (123), 19-44`) ends the journal's name as a volume does."""
    papers = papers_in(_LABELLED_CITATIONS)
    assert len(papers) == 6
    assert papers["Returning to Dakar: A mixed methods analysis of the role of migration "
                  "experience for occupational status"] == (2013, "World Development 2013",
                                                            "Lista de lecturas")
    assert papers["Health care utilisation and immigration in Spain"][:2] == (
        2010, "The European Journal of Health Economics 2010")
    assert papers["An introduction to spatial econometrics"][:2] == (
        2008, "Revue d'économie industrielle 2008")
    assert not any(title.startswith("CT,") for title in papers)


def test_names_then_a_link_naming_the_title_and_its_source_is_a_bibliography_entry():
    """544: `Bush, Vannevar [As We May Think, The Atlantic (1945)](url)`, `Seligman, Amanda
    [“Teaching Wikipedia without Apologies,” Writing History in the Digital Age](url)`
    (before: titled by the names before the link and skipped as `paragraph without a paper
    link, venue, year or authors`, 16 of 19 papers missed). The names alone before the link,
    the first inverted as a bibliography sorts them, are the authors; the link's text is the
    title and its source, a journal with its date or the book a quoted chapter is in (set off
    by the comma closing the quoted title, by `in`, or marked by its date). A post or a
    lecture written alike names no source (`Ramsay, Stephen [On Building](url)`, `‘Title’
    Historyonics`): no paper, and the entries that name theirs do not make it one."""
    papers = papers_in(_BIBLIOGRAPHY_PARAGRAPHS)
    assert sorted(papers) == [
        "As We May Think",
        "Hacking History, from Analog to Digital and Back Again",
        "Living in a Digital World: Rethinking Peer Review, Collaboration, and Open Access",
        "Scarcity or Abundance? Preserving the Past in a Digital Era",
        "Teaching Wikipedia without Apologies",
        "Theory, Method, and Digital Humanities"]
    assert papers["As We May Think"][:2] == (1945, "The Atlantic 1945")
    assert papers["Scarcity or Abundance? Preserving the Past in a Digital Era"][:2] == (
        2003, "American Historical Review 2003")
    assert papers["Teaching Wikipedia without Apologies"][:2] == (
        None, "Writing History in the Digital Age")
    entries = {e.title: e for e in read_library(_BIBLIOGRAPHY_PARAGRAPHS, "list.md").lib.entries}
    assert [(a.family, a.given) for a in entries["As We May Think"].authors] == [
        ("Bush", "Vannevar")]


def test_a_dated_description_after_a_dash_is_no_venue_and_another_list_no_paper():
    """542: `[Title](doi) - a high-level review of LLM applications in medicine as of March
    2024.` (before: the description read as the venue, its date as the year) and `[Awesome
    AI-based Protein Design](github.com/opendilab/awesome-…) - This is a collection of
    research papers …` (before: imported as a paper). What a dash sets after a title opening
    with an indefinite article and a lower-case word describes the paper, it names no venue;
    an item linking only another curated list (a repository named `awesome-…`) with no
    venue, year or authors is a collection, no paper."""
    papers = papers_in(_DESCRIBED_OVERVIEWS)
    assert len(papers) == 4
    assert papers["Assessing the research landscape and clinical utility of large language "
                  "models: a scoping review"] == (None, "", "LLMs in Biomedical IE")
    assert papers["Clinical information extraction applications: A literature review"] == (
        None, "", "Pre-LLM Overviews")
    assert "Awesome AI-based Protein Design" not in papers


def test_a_venue_line_names_its_journal_before_volume_and_its_publisher_before_the_year():
    """548: `<div class="paper-card__venue">Cell, 144(5), 646-674 (2011)</div>` and
    `University of Chicago Press (1962)` under a card's authors div (before: the venue read
    as the year alone, `2011`, `1962`). APA sets a comma between a journal and its volume
    (`Cell, 144(5)`): the journal's name ends there as it does without the comma (`Nature 555,
    604–610 (2018)`); on a record's line of its own under the names line, capitalised words
    before the year in brackets name the source (a publisher)."""
    papers = papers_in(_VENUE_DIVS)
    assert papers["Deep Learning"][:2] == (2015, "Nature 2015")
    assert papers["Hallmarks of Cancer: The Next Generation"][:2] == (2011, "Cell 2011")
    assert papers["The Structure of Scientific Revolutions"][:2] == (
        1962, "University of Chicago Press 1962")


# List 542's embeddings bullets: a link whose text refers to a paper without naming it
_UNNAMED_PAPER_LINK = (
    "# Awesome BioIE\n\n### Text Embeddings\n"
    "* [BioWordVec](https://github.com/ncbi-nlp/BioWordVec) - word2vec embeddings with MeSH. "
    "[paper](https://www.nature.com/articles/s41597-019-0055-0)\n"
    "* [This paper from Hongfang Liu's group at Mayo Clinic]"
    "(https://www.sciencedirect.com/science/article/pii/S1532046418301825) demonstrates how "
    "text embeddings trained on biomedical or clinical text can, but don't always, perform "
    "better on biomedical natural language processing tasks.\n"
    "* [Pre-trained Embeddings for Biomedical Words and Sentences]"
    "(https://arxiv.org/abs/1810.09302) - BioSentVec.\n")


def test_a_link_whose_text_refers_to_a_paper_without_naming_it_is_no_title():
    """542: `* [This paper from Hongfang Liu's group at Mayo Clinic](sciencedirect)
    demonstrates how …` (before: imported as a paper titled `This paper from Hongfang Liu's
    group at Mayo Clinic`). A link's text that opens with a demonstrative and the kind of work
    (`This paper`, `this survey paper`, `our work`) refers to a paper the sentence speaks of;
    it names no title, and no title is made up for it. A description that opens so, outside
    the link (`**LBOX OPEN**: This paper present …`, 545), is not asked."""
    papers = papers_in(_UNNAMED_PAPER_LINK)
    assert "This paper from Hongfang Liu's group at Mayo Clinic" not in papers
    assert "Pre-trained Embeddings for Biomedical Words and Sentences" in papers
