"""Issue 15, round 21, `import-dev34` on lists 451-456 of the thirty-seventh held-out set
(tests/corpus/, provenance in SOURCES.md): real lines of those lists, each read by one general
reading."""

from __future__ import annotations

from awesome_bib.importer import read_library

from .conftest import papers_with_authors


def _fields(md: str) -> dict[str, tuple[int | None, str]]:
    """title -> (year, venue tag) of each paper a list's text imports."""
    return {title: read[:2] for title, read in papers_with_authors(md).items()}


# List 451's lines (favourite science papers), as written: an author-year label as the link's
# text, then the title as a plain sentence, then the journal in `<em>`
_KEYED = (
    "# Favorite Science Papers\n\n### Hall of Fame\n"
    "1. [Ioannidis 2005](http://journals.plos.org/plosmedicine/article?id=10.1371/journal.pmed."
    "0020124). Why Most Published Research Findings Are False. <em>PLOS Medicine</em>.  \n"
    "2. [Esteva et al. 2017](http://www.nature.com/nature/journal/v542/n7639/full/nature21056."
    "html). Dermatologist-level classification of skin cancer with deep neural networks. "
    "<em>Nature</em>.    \n"
    "3. [Smith and Waterman 1981](http://www.sciencedirect.com/science/article/pii/0022283681900"
    "875). Identification of common molecular subsequences. <em>Journal of Molecular Biology"
    "</em>. \n"
    "4. [Dill et al. 2012](http://science.sciencemag.org/content/338/6110/1042.full). The Protein "
    "Folding Problem, 50 Years On. <em>Science</em>. \n"
    "5. [Kohane et al. 2006](https://jamanetwork.com/journals/jama/article-abstract/211038?"
    "redirect=true). The Incidentalome. <em>JAMA</em>.  \n")


def test_an_author_year_link_label_before_a_plain_title_is_who_and_when():
    """451 (fields 0.00 before: the label read as the title): the link's text says who and when,
    the sentence after it is the title, the last sentence its journal."""
    assert _fields(_KEYED) == {
        "Why Most Published Research Findings Are False": (2005, "PLOS Medicine 2005"),
        "Dermatologist-level classification of skin cancer with deep neural networks":
            (2017, "Nature 2017"),
        "Identification of common molecular subsequences":
            (1981, "Journal of Molecular Biology 1981"),
        "The Protein Folding Problem, 50 Years On": (2012, "Science 2012"),
        "The Incidentalome": (2006, "JAMA 2006"),
    }


# List 454's lines (food computing references), as written: numbered references, no link, a
# quoted title then its IEEE Xplore record number or an author-year citation, beside full
# citations
_QUOTED = (
    "# Reference Analysis and Categorization\n\n## Food Waste Reduction\n"
    "19. \"Analysis of Different Techniques Used to Reduce The Food Waste Inside The "
    "Refrigerator\" - IEEE document 9792896\n"
    "20. \"Remaining Shelf-Life Estimation of Fresh Fruits and Vegetables During "
    "Transportation\" - IEEE document 10025733\n"
    "21. \"Global food losses and food waste\" - Gustavsson et al., 2011\n\n"
    "## Computer Vision & Deep Learning for Food\n"
    "22. Yunus, R.; Arif, O.; Afzal, H.; Amjad, M.F.; Abbas, H.; Bokhari, H.N.; Haider, S.T.; "
    "Zafar, N.; Nawaz, R. \"A Framework to Estimate the Nutritional Value of Food in Real Time "
    "Using Deep Learning Techniques.\" IEEE Access 2019, 7, 2643–2652.\n")


def test_a_quoted_title_then_its_ieee_record_number_or_an_author_year_citation():
    """454 (7 of 20 not imported before): the record number is the paper's IEEE Xplore page
    written as text (no venue or year); `Gustavsson et al., 2011` says who and when."""
    lib = read_library(_QUOTED, "list.md").lib
    by_title = {e.title: e for e in lib.entries}
    waste = by_title["Analysis of Different Techniques Used to Reduce The Food Waste Inside The "
                     "Refrigerator"]
    assert [lk.url for lk in waste.links] == ["https://ieeexplore.ieee.org/document/9792896"]
    assert (waste.year, waste.venue_tag) == (None, "")
    shelf = by_title["Remaining Shelf-Life Estimation of Fresh Fruits and Vegetables During "
                     "Transportation"]
    assert [lk.url for lk in shelf.links] == ["https://ieeexplore.ieee.org/document/10025733"]
    losses = by_title["Global food losses and food waste"]
    assert (losses.year, losses.venue_tag, losses.links) == (2011, "", [])
    assert [a.family for a in losses.authors] == ["Gustavsson"]


# List 455's lines (psycholinguistics replications), as written: the whole citation as the
# link's text, two authors joined by "and" (no comma among its first words), the title quoted
_CITED_LINKS = (
    "# Replications Repository\nDetailed instructions for replicating some of my paper results\n"
    "\n* [Marten van Schijndel and Tal Linzen. \"Can Entropy Explain Successor Surprisal Effects "
    "in Reading?\" In _Proceedings of SCiL_. 2019.](https://vansky.github.io/assets/pdf/"
    "vanschijndel_linzen-2019-scil.pdf)\n\n"
    "  Explores the extent to which the future surprisal effect in reading times is purely a "
    "consequence of reader uncertainty about the future.\n\n"
    "* [Marten van Schijndel and Tal Linzen. \"A Neural Model of Adaptation in Reading.\" In "
    "_Proceedings of EMNLP_. 2018.](https://vansky.github.io/assets/pdf/vanschijndel_linzen-"
    "2018-emnlp_adapt-joint.pdf)\n\n"
    "  It has been argued that humans rapidly adapt their lexical and syntactic expectations.\n")


def test_a_whole_citation_as_link_text_with_two_authors_joined_by_and():
    """455 (3 of 4 titles kept the authors before): `Names and Names. "Title" In _Venue_.
    Year.` as the link's text is read as the citation it is."""
    assert {t: (y, a) for t, (y, _, a) in papers_with_authors(_CITED_LINKS).items()} == {
        "Can Entropy Explain Successor Surprisal Effects in Reading?":
            (2019, ["van Schijndel", "Linzen"]),
        "A Neural Model of Adaptation in Reading": (2018, ["van Schijndel", "Linzen"]),
    }


# List 456's lines (a course's reading list), as written: papers, news articles and a video
# linked alike, the news and the video dated to the day after their source's name, a magazine
# piece at a path dated to its month
_READINGS = (
    "# Week 7 - Trustworthy AI\n\n## Optional Reading\n\n"
    "* [AI Can Outperform Doctors. So Why Don’t Patients Trust It?](https://hbr.org/2019/10/ai-"
    "can-outperform-doctors-so-why-dont-patients-trust-it)\n"
    "* [Towards trustable machine learning](https://www.nature.com/articles/s41551-018-0315-x)\n"
    "* [Dissecting racial bias in an algorithm used to manage the health of populations](https:"
    "//science.sciencemag.org/content/366/6464/447)\n"
    "* [Machine Bias, ProPublica, May 23, 2016](https://www.propublica.org/article/machine-bias-"
    "risk-assessments-in-criminal-sentencing)\n"
    "* [Bias In Medicine: Last Week Tonight with John Oliver, Aug 18, 2019](https://www.youtube."
    "com/watch?v=TATSAHJKRd8)\n"
    "* [We should treat algorithms like prescription drugs, Quartz, Feb 14, 2019](https://qz.com/"
    "1540594/treating-algorithms-like-prescription-drugs-could-reduce-ai-bias/)\n"
    "* [Word embeddings quantify 100 years of gender and ethnic stereotypes](https://www.pnas."
    "org/content/115/16/E3635)\n"
    "* [AI could worsen health disparities, New York Times, Jan 31, 2019](https://www.nytimes."
    "com/2019/01/31/opinion/ai-bias-healthcare.html)  \n")


def test_pieces_dated_to_the_day_or_at_a_dated_path_are_no_papers():
    """456 (precision 0.64 before): a title closed by a date to the day (`, May 23, 2016`) is
    cited as the press or a talk is; a page at a path dated to its month, then a slug, is a
    post or a magazine's piece; the papers beside them stay."""
    lib = read_library(_READINGS, "list.md").lib
    assert {e.title for e in lib.entries} == {
        "Towards trustable machine learning",
        "Dissecting racial bias in an algorithm used to manage the health of populations",
        "Word embeddings quantify 100 years of gender and ethnic stereotypes"}


# List 452's lines (a Sphinx references page, reStructuredText), as written: APA-like citations
# with the title in `*emphasis*`, and a database's documentation and a data service cited by
# their organisations, with no year, linked to a data portal
_REFERENCES = (
    "References\n==========\n\nDataset Publications\n--------------------\n\n"
    "- Gelaro, R., McCarty, W., Suárez, M. J., et al. (2017). *The Modern-Era Retrospective "
    "Analysis for Research and Applications, Version 2 (MERRA-2)*. `[link] <https://journals."
    "ametsoc.org/view/journals/clim/30/14/jcli-d-16-0758.1.xml>`__.\n"
    "- Hersbach, H., Bell, B., Berrisford, P., et al. (2020). *The ERA5 global reanalysis*. "
    "`[link] <https://rmets.onlinelibrary.wiley.com/doi/10.1002/qj.3803>`__.\n"
    "- NOAA National Centers for Environmental Information (NCEI). *Storm Events Database "
    "Documentation*. `[link] <https://www.ncei.noaa.gov/access/metadata/landing-page/bin/iso?id="
    "gov.noaa.ncdc:C00648>`__.\n"
    "- Schroeder, W., Oliva, P., Giglio, L., and Csiszar, I. (2014). *The New VIIRS 375 m "
    "active fire detection data product: Algorithm description and initial assessment*. "
    "`[link] <https://doi.org/10.1016/j.rse.2013.08.008>`__.\n"
    "- Rollins, M. G. (2009). *LANDFIRE: A nationally consistent vegetation, wildland fire, and "
    "fuel assessment*. `[link] <https://doi.org/10.1071/WF08088>`__.\n"
    "- National Interagency Fire Center (NIFC). *Wildland Fire Incident Geospatial Services "
    "(WFIGS)*. `[link] <https://data-nifc.opendata.arcgis.com/>`__.\n")


def test_items_cited_by_an_organisation_without_a_year_among_dated_citations_are_no_papers():
    """452 (precision 0.80 before): beside papers cited with their names and year, an item
    with neither, linking no paper, is documentation or a data service."""
    lib = read_library(_REFERENCES, "list.md").lib
    assert {e.title: e.year for e in lib.entries} == {
        "The Modern-Era Retrospective Analysis for Research and Applications, Version 2 "
        "(MERRA-2)": 2017,
        "The ERA5 global reanalysis": 2020,
        "The New VIIRS 375 m active fire detection data product: Algorithm description and "
        "initial assessment": 2014,
        "LANDFIRE: A nationally consistent vegetation, wildland fire, and fuel assessment": 2009,
    }


# List 453's lines (a stylometry course's readings), as written: MLA citations, Elsevier's
# Harvard-like `Names, 2016. Title. Journal 63, 86–96.` (the year set off by commas, no
# brackets), and a package's manual cited as a paper is
_READING = (
    "# Reading\n\n### More of methodology:\n\n"
    "* Argamon, S. “Interpreting Burrows’s Delta: Geometric and Probabilistic Foundations.” "
    "Literary and Linguistic Computing, vol. 23, no. 2, Oct. 2007, pp. 131–47, doi:10.1093/llc/"
    "fqn003.\n"
    "* Kestemont, M., Stover, J., Koppel, M., Karsdorp, F., Daelemans, W., 2016. Authenticating "
    "the writings of Julius Caesar. Expert Systems with Applications 63, 86–96. https://doi.org/"
    "10.1016/j.eswa.2016.06.029\n"
    "* Kilgarriff, A. “Comparing Corpora.” International Journal of Corpus Linguistics, vol. 6, "
    "no. 1, 2001, pp. 97–133.\n"
    "* Stamatatos, E., 2009. A survey of modern authorship attribution methods. Journal of the "
    "Association for Information Science and Technology 60, 538–556.\n"
    "* Eder, M., Kestemont, M. and Rybicki, J. ‘Stylo’: a package for stylometric analyses (a "
    "manual). 2015. [Click.](https://github.com/computationalstylistics/stylo_howto/blob/master/"
    "stylo_howto.pdf)\n")


def test_names_then_the_year_set_off_by_commas_then_the_title_and_a_manual_is_no_paper():
    """453 (two papers missed, one titled by its authors, and the manual read as a paper
    before): `Names, 2016. Title. Journal 63, 86–96.` is APA's order without brackets; a title
    closed by `(a manual)` names a program's manual."""
    fields = _fields(_READING)
    assert fields["Authenticating the writings of Julius Caesar"] \
        == (2016, "Expert Systems with Applications 2016")
    assert fields["A survey of modern authorship attribution methods"][0] == 2009
    assert not any("Stylo" in title for title in fields)
    assert len(fields) == 4
