"""Issue 15, round 23, `import-dev43` on lists 505-510 (the forty-second held-out set's first
half, tests/corpus/, provenance in SOURCES.md): real lines of those lists, each read by one
general reading."""

from __future__ import annotations

from .conftest import papers_in, papers_with_authors

# List 508's meeting log (a date label before each linkless citation), as written
_MEETING_LOG = (
    "# best-of-popl\n\n## Meeting Log\n\n### Spring 2020\n\n"
    "We originally went chronologically (oldest papers first).\n\n"
    "- *Jan 29, 2020:* Simon Peyton Jones and Philip Wadler. **Imperative Functional "
    "Programming** (1993).\n\n"
    "- *Feb 12, 2020:* Mads Tofte and Jean-Pierre Talpin. **Implementation of the Typed "
    "Call-by-Value lambda-calculus using a Stack of Regions** (1994).\n\n"
    "- *Apr 8, 2020:* Lenses! Nate Foster, Michael B. Greenwald, Jonathan T. Moore, Benjamin C. "
    "Pierce, Alan Schmitt. **Combinators for Bidirectional Tree Transformations: A Linguistic "
    "Approach to the View Update Problem** (2005).\n\n"
    "### Fall 2020\n\n"
    "Back to BOP papers, going chronologically again.\n\n"
    "- Thierry Coquand. **The Calculus of Constructions** (1988).\n\n"
    "- Thomas Johnsson. **Lambda Lifting: Transforming Programs to Recursive Equations** "
    "(1985).\n\n"
    "### Spring 2022 to present -- BOP Reunions\n\n"
    "- *January 27, 2022 at 1pm:* Thomas Austin and Cormac Flanagan. **Multiple Facets for "
    "Dynamic Information Flow** (2012).\n")


def test_a_days_date_set_off_as_the_items_label_is_a_log_date_not_the_papers():
    """508: `*Jan 29, 2020:*` (emphasised, closed by a colon) is the day the group met on the
    paper; the citation after it writes the paper's own year (before: not imported, the label
    read into the title and the bold title lost). The year is the citation's, never the
    meeting's."""
    papers = papers_with_authors(_MEETING_LOG)
    assert papers["Imperative Functional Programming"] == (1993, "", ["Jones", "Wadler"])
    assert papers["Multiple Facets for Dynamic Information Flow"] == (
        2012, "", ["Austin", "Flanagan"])
    assert papers["Implementation of the Typed Call-by-Value lambda-calculus using a Stack of "
                  "Regions"][0] == 1994


def test_an_exclamation_before_the_names_is_a_remark():
    """508: `Lenses! Nate Foster, …. **Title** (2005).`: a sentence ending in an exclamation
    mark is the group's remark, never a name, so the names after it are the authors and the
    bold run the title (before: not imported)."""
    papers = papers_with_authors(_MEETING_LOG)
    title = "Combinators for Bidirectional Tree Transformations: A Linguistic Approach to the " \
        "View Update Problem"
    assert papers[title] == (2005, "", ["Foster", "Greenwald", "Moore", "Pierce", "Schmitt"])


def test_a_term_heading_is_a_date_heading():
    """508: `### Spring 2020`, `### Fall 2020` are only a date (a term of a reading group's
    log), as `### May 2020` is: date subsections of `## Meeting Log`, not sections of their
    own (before: sections `Fall 2020`, ...); `### Spring 2022 to present -- BOP Reunions` says
    more than a date and stays a section."""
    papers = papers_in(_MEETING_LOG)
    assert papers["The Calculus of Constructions"] == (1988, "", "Meeting Log")
    assert papers["Multiple Facets for Dynamic Information Flow"][2] == \
        "Spring 2022 to present -- BOP Reunions"


# List 509's reading notes: paragraphs linking only the maintainer's notes, as written
_READING_NOTES = (
    "# Notes of papers and articles I read\n\n"
    "<em>(2022-2-25 )</em> Are visual explanations useful? a case study in model-in-the-loop "
    "prediction. E. Chu, et al. arXiv preprint arXiv:2007.12248 (2020). [Notes](notes/"
    "chu_archive2020/chu_archive2020.md)\n\n"
    "<em>(2022-2-21)</em> Onboarding Materials as Cross-functional Boundary Objects for "
    "Developing AI Assistants. Cai, Carrie J., et al. CHI 2021. [Notes](notes/cai_chi2021/"
    "cai_chi2021.md)\n\n"
    "<em>(2022-2-16)</em> Why distance matters: effects on cooperation, persuasion and "
    "deception. Bradner, Erin, and Gloria Mark. CSCW 2002. [Notes](notes/bradner_cscw2002/"
    "bradner_cscw2002.md)\n")


def test_a_bracketed_reading_date_before_a_citation_gives_no_year():
    """509: `<em>(2022-2-25 )</em>` (the `<em>` dropped as inline HTML) is the day the
    maintainer read the paper: the citation after it writes the paper's year, `(2020)` (before:
    year 2022, the reading date's, and no venue)."""
    papers = papers_in(_READING_NOTES)
    assert papers["Are visual explanations useful? a case study in model-in-the-loop "
                  "prediction"][:2] == (2020, "arXiv 2020")


def test_a_paragraph_linking_only_the_lists_own_pages_is_judged_as_a_linkless_item():
    """509: `Title. Names, et al. CHI 2021. [Notes](notes/…/x.md)`: the paragraph's only link
    is the maintainer's notes page (dropped, no link of the paper's), so it is judged as a
    linkless bullet is, a title phrase with its year and venue (before: refused, `paragraph
    without a paper link, venue, year or authors`)."""
    papers = papers_with_authors(_READING_NOTES)
    assert papers["Onboarding Materials as Cross-functional Boundary Objects for Developing AI "
                  "Assistants"] == (2021, "CHI 2021", ["Cai"])
    assert papers["Why distance matters: effects on cooperation, persuasion and deception"] == (
        2002, "CSCW 2002", ["Bradner", "Mark"])


# List 510's sessions under edition headings, as written
_USENIX = (
    "# USENIX Reading List\n\n"
    "## [26th USENIX Security Symposium 2017: Vancouver, BC, Canada](https://github.com/"
    "jiaoruohong/readinglist/tree/master/USENIX/2017)\n\n"
    "### [***Side-Channel Countermeasures***](https://github.com/jiaoruohong/readinglist/tree/"
    "master/USENIX/2017/Side-Channel%20Countermeasures)\n\n"
    "- [ ] **Shuai Wang**, Pei Wang, Xiao Liu, Danfeng Zhang, Dinghao Wu: </br>\n"
    "    **CacheD: Identifying Cache-Based Timing Channels in Production Software.**\n\n"
    "### [***Understanding Attacks***](https://github.com/jiaoruohong/readinglist/tree/master/"
    "USENIX/2017/Understanding%20Attacks)\n\n"
    "- [ ] **Manos Antonakakis**, Tim April, Michael Bailey: </br>\n"
    "    **Understanding the Mirai Botnet.**\n\n"
    "## [27th USENIX Security Symposium 2018: Baltimore, MD, USA](https://github.com/"
    "jiaoruohong/readinglist/tree/master/USENIX/2018)\n\n"
    "### [***Understanding How Humans Authenticate***](https://github.com/jiaoruohong/"
    "readinglist/tree/master/USENIX/2018/Understanding%20How%20Humans%20Authenticate)\n\n"
    "- [ ] **Sanam Ghorbani Lyastani**, Michael Schilling, Sascha Fahl, Michael Backes, Sven "
    "Bugiel: </br>\n"
    "    **Better managed than memorized? Studying the Impact of Managers on Password Strength "
    "and Reuse.**\n\n"
    "- [ ] **Xianyi Gao**, Yulong Yang, Can Liu, Christos Mitropoulos, Janne Lindqvist, Antti "
    "Oulasvirta: </br>\n"
    "    **Forgetting of Passwords: Ecological Theory and Data.**\n\n"
    "- [ ] **Weijia He**, Maximilian Golla, Roshni Padhi, Jordan Ofek, Markus Dürmuth, Earlence "
    "Fernandes, Blase Ur: </br>\n"
    "    **Rethinking Access Control and Authentication for the Home Internet of Things (IoT).**"
    "\n")


def test_a_names_line_over_a_bold_title_under_an_edition_heading_is_its_paper():
    """510: `- [ ] **Author**, Others: </br>` over `**Title.**`: the first line is only names
    (DBLP's `Names:`), the bold line the title, not the first author set in bold; the `##`
    heading names an edition in words (`26th USENIX Security Symposium 2017: Vancouver`), so
    each linkless title with its authors under it (under its session heading) is that
    edition's paper, its venue and year (before: the whole list refused, `no paper or dataset
    items recognised`)."""
    papers = papers_with_authors(_USENIX)
    assert papers["CacheD: Identifying Cache-Based Timing Channels in Production Software"] == (
        2017, "USENIX Security Symposium 2017", ["Wang", "Wang", "Liu", "Zhang", "Wu"])
    assert papers["Forgetting of Passwords: Ecological Theory and Data"][:2] == (
        2018, "USENIX Security Symposium 2018")
    assert papers_in(_USENIX)["Understanding the Mirai Botnet"][2] == "Understanding Attacks"


# List 512's conference papers, a topic under a venue-year heading, as written
_ICRA = (
    "# VP-SC-papers\n\n## Conference Papers\n\n### 2018 ICRA\n\n##### Semantic SLAM\n"
    "- Multi-view 3D Entangled Forest For Semantic Segmentation and Mapping [[Paper]()]\n\n"
    "- A method to segment maps from different modalities using free space layout MAORIS: map "
    "of ripples segmentation [[Paper](https://arxiv.org/abs/1709.09899)]\n"
    "    -  Malcolm Mielle, Martin Magnusson, Achim J. Lilienthal, ICRA, 2018\n"
    "- Semantic Mapping with Omnidirectional Vision [[Paper]()]\n\n"
    "- Localization of Classified Objects in SLAM using Nonparametric Statistics and Clustering "
    "[[Paper]()]\n")


def test_a_bare_title_under_a_topic_under_an_edition_heading_is_that_editions_paper():
    """512: `### 2018 ICRA` over `##### Semantic SLAM` over `- Title [[Paper]()]`: the edition
    is named by a heading over the item's own, as it is by the item's own (`### 2016 ISSCC`);
    the bare title phrases are its papers, ICRA 2018 (before: problems, `no link`)."""
    papers = papers_in(_ICRA)
    assert papers["Semantic Mapping with Omnidirectional Vision"] == (
        2018, "ICRA 2018", "Semantic SLAM")
    assert "Localization of Classified Objects in SLAM using Nonparametric Statistics and " \
        "Clustering" in papers


# List 505's items, a venue written in full after the title's comma, as written
_CLOUD_IOT = (
    "#1 Cloud IoT\n-------------\n<B>`What it is and where it goes`</B>\n"
    "* The Cloud is Not Enough: Saving IoT from the Cloud, HotCloud 2015, ([paper](https://www."
    "usenix.org/system/files/conference/hotcloud15/hotcloud15-zhang.pdf))\n"
    "* Integration of Cloud computing and Internet of Things: A Survey, Future Generation "
    "Computer Systems 2016, ([paper](http://www.sciencedirect.com/science/article/pii/"
    "S0167739X15003015))\n"
    "* Internet of Things (IoT): A Vision, Architectural Elements, and Future Directions, Future "
    "Generation Computer Systems 2013, ([paper](http://www.buyya.com/papers/Internet-of-Things-"
    "Vision-Future2013.pdf))\n"
    "* Finding your Way in the Fog: Towards a Comprehensive Definition of Fog Computing, ACM "
    "Sigcomm CCR 2014, ([paper](http://www.sigcomm.org/sites/default/files/ccr/papers/2014/"
    "October/0000000-0000003.pdf))\n")


def test_a_venue_written_in_full_with_its_year_closes_the_title():
    """505: `, Future Generation Computer Systems 2016` after the title: words all capitalised
    then a year, after a comma, are the venue and its year (before: kept in the title, no
    year); the capitalised words before it are the title's (`Architectural Elements, and Future
    Directions` read as no names)."""
    papers = papers_with_authors(_CLOUD_IOT)
    assert papers["Integration of Cloud computing and Internet of Things: A Survey"] == (
        2016, "Future Generation Computer Systems 2016", [])
    assert papers["Internet of Things (IoT): A Vision, Architectural Elements, and Future "
                  "Directions"] == (2013, "Future Generation Computer Systems 2013", [])
    assert papers["Finding your Way in the Fog: Towards a Comprehensive Definition of Fog "
                  "Computing"][:2] == (2014, "ACM Sigcomm CCR 2014")


# List 506's task list, the link text holding the fields, as written
_DB_READINGS = (
    "# Paper Reading List\n\n## Database system\n\n### Query Optimizer\n"
    "- [x] [Access Path Selection in a Relational Database Management System, SIGMOD 1979]"
    "(http://citeseerx.ist.psu.edu/viewdoc/download?doi=10.1.1.71.3735&rep=rep1&typ)\n"
    "- [ ] [The Cascades Framework for Query Optimization, IEEE Data engineering Bulltin, 1995]"
    "(https://pdfs.semanticscholar.org/360e/cdfc79850873162ee4185bed8f334da30031.pdf)\n"
    "- [ ] [An Overview of Query Optimization in Relational Systems, PODS, 1998](https://web."
    "stanford.edu/class/cs345d-01/rl/chaudhuri98.pdf)\n\n"
    "### Transaction\n"
    "- [ ]  [On Optimistic Methods for Concurrency Control, ACM Transactions on Database "
    "Systems， 1981]()\n"
    "- [x]  [A Critique of ANSI SQL Isolation Levels, SIGMOD, 1992](https://www.cs.umb.edu/"
    "cs734/CritiqueANSI_Iso.pdf)\n"
    "- [ ]  [A critique of snapshot isolation, Maysam Yabandeh, 2012](https://dl.acm.org/doi/"
    "pdf/10.1145/2168836.2168853)\n")


def test_a_link_texts_last_field_before_its_year_is_its_venue_or_its_author():
    """506: `[Title, SIGMOD, 2008](pdf)`: the comma field before the link text's year is the
    venue when it names one (an acronym, `IEEE Data engineering Bulltin`, `ACM Transactions on
    Database Systems`), the author when it is one person (`Maysam Yabandeh`) (before: the
    venue kept in the title, no venue)."""
    papers = papers_with_authors(_DB_READINGS)
    assert papers["The Cascades Framework for Query Optimization"][:2] == (
        1995, "IEEE Data engineering Bulltin 1995")
    assert papers["An Overview of Query Optimization in Relational Systems"][:2] == (
        1998, "PODS 1998")
    assert papers["On Optimistic Methods for Concurrency Control"][:2] == (
        1981, "ACM Transactions on Database Systems 1981")
    assert papers["A critique of snapshot isolation"] == (2012, "", ["Yabandeh"])


# List 507 (whole file but its course), records under the title and under sections alike
_DB_PAPERS = (
    "# Relevant Reseach work\n\n"
    "**Google's Bigtable paper [2006]**\\\nDistributed Key value storage system\\\n"
    "https://static.googleusercontent.com/media/research.google.com/en//archive/"
    "bigtable-osdi06.pdf\n\n"
    "**Calvin**\\\nTransactions in a distributed database\\\n"
    "http://cs-www.cs.yale.edu/homes/dna/papers/calvin-sigmod12.pdf\n\n"
    "## Side reads\n"
    "**On Gossip protocol**\\\nLimitations of Gossip protocol. Not everything can (or should) be "
    "gossiped, and this paper covers these tradeoffs.\\\n"
    "https://www.cs.cornell.edu/projects/Quicksilver/public_pdfs/2007PromiseAndLimitations.pdf\n\n"
    "**C-Store**\\\nImplementation of typical functions of a database in a read optimized "
    "system\\\nhttp://db.lcs.mit.edu/projects/cstore/vldb.pdf (http://db.lcs.mit.edu/projects/"
    "cstore/)\n\n"
    "**Performance Tradeoffs in Read optimized databases**\\\nColumnar stores and understanding "
    "the limitations of write\\\nhttp://db.lcs.mit.edu/projects/cstore/VLDB06.pdf\n\n"
    "## Interesting Implementations\n"
    "**Umbra: A Disk-Based System with In-Memory Performance**\\\nACID-compliant database built "
    "for in-memory analytics speed.\\\nhttp://cidrdb.org/cidr2020/papers/p29-neumann-cidr20.pdf\n")


def test_records_under_the_lists_title_written_as_its_papers_are_papers():
    """507: `**Calvin**\\` / a description `\\` / its PDF's URL right under the `#` title: the
    shape most of the list's paper paragraphs share under its sections, so a paper, no preamble
    (before: left out as `the list's own header`)."""
    papers = papers_in(_DB_PAPERS)
    assert {"Calvin", "Google's Bigtable paper", "C-Store",
            "Umbra: A Disk-Based System with In-Memory Performance"} <= set(papers)
    assert papers["Google's Bigtable paper"][0] == 2006
