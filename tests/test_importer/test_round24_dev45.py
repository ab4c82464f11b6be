"""Issue 15, round 24, `import-dev45` on lists 517-522 (the forty-third held-out set's first
half, tests/corpus/, provenance in SOURCES.md): real lines of those lists, each read by one
general reading."""

from __future__ import annotations

from .conftest import papers_in, papers_with_authors

# List 517's numbered items: a bold title, the venue abbreviated, its year, a paper link,
# an italic author line under each
_SINGLE_CELL = (
    "# awesome-AI4SingleCell\n\n## [Review and Analysis Papers](#content)\n\n"
    "1. **Bayesian deep learning for single-cell analysis.** Nat. Method 2018. [paper]"
    "(https://www.nature.com/articles/s41592-018-0230-9.pdf?origin=ppub)\n\n"
    "    *Gregory P. Way, Casey S. Greene.* \n    \n"
    "1. **Deep learning: new computational modelling techniques for genomics.** Nat. Reviews "
    "Genetics 2018. [paper](https://www.nature.com/articles/s41576-019-0122-6.pdf)\n\n"
    "    *Gökcen Eraslan, Žiga Avsec, Julien Gagneur, Fabian J. Theis.*\n\n"
    "1. **cscGAN: Realistic in silico generation and augmentation of single-cell RNA-seq data "
    "using generative adversarial networks.** Nat. Comm. 2020. [paper](https://www.nature.com/"
    "articles/s41467-019-14018-z.pdf)\n\n"
    "    *Mohamed Marouf, Pierre Machart, Vikas Bansal, Christoph Kilian.*\n")


def test_a_journal_abbreviated_in_its_first_word_keeps_it():
    """517: `**Title.** Nat. Method 2018.`: the stop after `Nat` closes an abbreviated word of
    the journal's name that opens the text after the title, no sentence (before: venue
    `Method 2018`, `Reviews Genetics 2018`, the journal cut at its first stop; `Nat. Comm.
    2020`, whose second word is abbreviated too, was read whole)."""
    papers = papers_in(_SINGLE_CELL)
    assert papers["Bayesian deep learning for single-cell analysis"][1] == "Nat. Method 2018"
    assert papers["Deep learning: new computational modelling techniques for genomics"][1] \
        == "Nat. Reviews Genetics 2018"
    assert papers["cscGAN: Realistic in silico generation and augmentation of single-cell "
                  "RNA-seq data using generative adversarial networks"][1] == "Nat. Comm. 2020"


# List 520's APA bibliography (annotation bullets left out), and list 522's op-ed beside a
# chapter, as written
_DH_ARTICLES = (
    "# 2019 Palouse Digital Scholarship Symposium Bibliography\n\n## Articles:\n\n"
    "* Folsom, Ed. (2007). [Database as Genre: The Epic Transformation of Archives.](http://"
    "digitalrhetoricandnetworkedcomposition.web.unc.edu/files/2016/01/folsom-database-as-genre"
    ".pdf) *PMLA 122(5)*, 1571-1579.\n"
    "* Gil, Alex. (2015, May 21). [The User, The Learner and the Machines We Make.](http://"
    "go-dh.github.io/mincomp/thoughts/2015/05/21/user-vs-learner/)\n"
    "* Karpathy, Andrej. (2017, November 11). [Software 2.0.](https://medium.com/@karpathy/"
    "software-2-0-a64152b37c35) *Medium*.\n"
    "* Lewis-Kraus, Gideon. (2016, December 14.) [The Great A.I. Awakening.](https://www."
    "nytimes.com/2016/12/14/magazine/the-great-ai-awakening.html) *The New York Times*. \n"
    "* Moretti, Franco. (2003). [Graphs, Maps, Trees.](https://www.mat.ucsb.edu/~g.legrady/"
    "academic/courses/09w259/Moretti_graphs.pdf) *New Left Review 24*, 67-93.\n")
_LA_WEEK = (
    "Course Timeline (draft)\n=======================\n\n#### __Week 1: Introduction__\n\n"
    "Readings (totally optional)\n\n"
    "- Scardamalia, M. and Bereiter, C. (2003). [Knowledge building](http://ikit.org/fulltext/"
    "inpressKB.pdf). In Guthrie, J. W., editor, Encyclopedia of education, volume 17, pages "
    "1370–1373. Macmillan Reference, New York, NY, 2 edition.\n"
    "- Woolley, A., et al. (2015, January). [Why Some Teams Are Smarter Than Others](http://www."
    "nytimes.com/2015/01/18/opinion/sunday/why-some-teams-are-smarter-than-others.html). New "
    "York Times.\n")


def test_an_author_date_citation_dated_to_the_month_is_a_press_or_blog_piece():
    """520, 522: `Gil, Alex. (2015, May 21). [Title](url)`, `Woolley, A., et al. (2015,
    January). [Title](nytimes)`: an author-date citation dates a newspaper, magazine or blog
    piece to its month or day, a paper by its year alone (before: all imported as papers,
    the date as their venue, `2015, May 21`; Woolley's titled by his names, `January` read as
    a person after the year); the papers beside them stay."""
    assert set(papers_in(_DH_ARTICLES)) == {
        "Database as Genre: The Epic Transformation of Archives", "Graphs, Maps, Trees"}
    assert set(papers_in(_LA_WEEK)) == {"Knowledge building"}


# List 520's and 522's APA citations with a venue after the linked title, as written
_APA_VENUES = (
    "# Bibliography\n\n## Articles\n\n"
    "* Binder, Jeffrey M. (2016). [Alien Reading: Text Mining, Language Standardization, and "
    "the Humanities](http://dhdebates.gc.cuny.edu/debates/text/69). In M. Gold & L. Klein "
    "(Eds.), *Debates in the Digital Humanities*.\n"
    "* Christen, Kimberly. (2012). [Does Information Really Want to be Free? Indigenous "
    "Knowledge Systems and the Question of Openness](https://ijoc.org/index.php/ijoc/article/"
    "view/1618). *International Journal Of Communication, 6(24)*.\n"
    "* Cooper, David, & Gregory, Ian. (2011). [Mapping the English Lake District: A Literary "
    "GIS.](https://www.jstor.org/stable/23020843) *Transactions of the Institute of British "
    "Geographers 36(1)*, 89-108.\n"
    "- Siemens, G. (2013). [Learning Analytics: The Emergence of a Discipline](http://abs."
    "sagepub.com/content/57/10/1380). American Behavioral Scientist, 0002764213498851. doi:"
    "10.1177/0002764213498851\n"
    "- Knight, S., Buckingham Shum, S., and Littleton, K. (2014). [Epistemology, assessment, "
    "pedagogy: where learning meets analytics in the middle space](http://epress.lib.uts.edu."
    "au/journals/index.php/JLA/article/view/3538). Journal of Learning Analytics, 1(2):23–47.\n"
    "- Shum, S. B. (2012). [UNESCO Policy Brief: Learning Analytics](http://www.iite.unesco."
    "org/publications/3214711/). Technical Report, UNESCO Institute for Information "
    "Technologies in Education.\n")


def test_the_journal_or_edited_book_after_an_author_date_citations_linked_title():
    """520, 522: `Names (2012). [Title](url). *Journal Of Communication, 6(24)*.`: after the
    linked title of a citation whose year stands before it, the journal's capitalised name
    before its volume (italic or not, the volume inside the italics or not), or the book
    after `In Editors (Eds.),`, is the venue of that year (before: no venue; only an italic
    name without digits was read). A sentence with no volume (`Technical Report, UNESCO
    …`: a kind and an institution) stays no venue."""
    papers = papers_with_authors(_APA_VENUES)
    venues = {title[:20]: venue for title, (_, venue, _) in papers.items()}
    assert venues == {
        "Alien Reading: Text ": "Debates in the Digital Humanities 2016",
        "Does Information Rea": "International Journal Of Communication 2012",
        "Mapping the English ": "Transactions of the Institute of British Geographers 2011",
        "Learning Analytics: ": "American Behavioral Scientist 2013",
        "Epistemology, assess": "Journal of Learning Analytics 2014",
        "UNESCO Policy Brief:": ""}


# List 520's chapter, its linked title quoted with a comma inside the closing quote
_QUOTED_CHAPTER = (
    "# Bibliography\n\n## Articles:\n\n"
    "* Christen, Kimberly. (2015) [\"On Not Looking: Economies of Visuality in Digital "
    "Museums,\"](http://www.kimchristen.com/wp-content/uploads/2015/08/Christen_On_not_looking_"
    "205.pdf) in the International Handbooks of Museum Studies. In A. Coombes & R. B. Phillips."
    "  (Eds.), *The International Handbooks of Museum Studies: Museum Transformations* (pp. "
    "365-386).\n")


def test_a_lone_opening_quote_left_of_a_quoted_title_is_dropped():
    """520: `["On Not Looking: … Museums,"](url)`: the title's closing quote goes with the
    comma before it, and the quote that opened it is no title word either (before: titled
    `"On Not Looking: …`, one quote left open)."""
    assert set(papers_in(_QUOTED_CHAPTER)) == {
        "On Not Looking: Economies of Visuality in Digital Museums"}
