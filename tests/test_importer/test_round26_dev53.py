"""Issue 15, round 26, `import-dev53` on lists 565, 567, 569, 571, 572 and 573 (the forty-seventh
held-out set, tests/corpus/, provenance in SOURCES.md): real lines of those lists, each read by
one general reading."""

from __future__ import annotations

from .conftest import papers_in

# List 572: a whole HTML page pasted as the list; its topics are `<h2>` elements over `<ul>`
# lists of `<li>Names: <a href="pdf">"Title"</a> (2003, AER)</li>`, indented by nesting
_PAGE_HEAD = (
    '<!DOCTYPE html>\n<html lang="en">\n<head>\n  <meta charset="utf-8" />\n'
    '  <title>reading list by topic - nicholas decker</title>\n</head>\n\n'
    '<body>\n  <div id="preamble">\n'
    '   <a href="index.html"><h1 class="title">reading list by topic</h1></a>\n'
    '   <h2 class="subtitle" style="margin-bottom: 35px;">\n'
    '    <a href="index.html">back to main page</a> | \n    by tag | \n'
    '    <a href="reading-list-by-author.html">by author</a>\n   </h2>\n  </div>\n\n')
_APPLIED = (
    '  <div>\n    <h2>Applied Empirical</h2>\n<ul>\n'
    '  <li>Abadie, Alberto, Javier Gardeazabal: <a href="pdfs/Abadie_The_Economic_Costs.pdf">'
    '"The Economic Costs of Conflict: A Case Study of the Basque Country"</a> (2003, AER)</li>\n'
    '  <li>Currier, Lindsay, Edward Glaeser, Gabriel Kreindler: "Infrastructure Inequality: Who '
    'Pays the Cost of Road Roughness?" (2026, QJE)</li>\n'
    '  <li>Dell, Melissa: <a href="pdfs/Dell_The_Persistent_Effects.pdf">"The Persistent '
    'Effects of Peru\'s Mining Mita"</a> (2010, ECTA)</li>\n'
    '  <li>Fogel, Robert: "A Quantitative Approach to the Study of Railroads in American '
    'Economic Growth: A Report of Some Preliminary Findings" (1962, JEH)</li>\n'
    '  <li>Temin, Peter: <a href="pdfs/Temin_Two_Views_Of.pdf">"Two Views of the British '
    'Industrial Revolution"</a> (1997, JEH)</li>\n</ul>\n\n')
_BEHAVIORAL = (
    '    <h2>Behavioral</h2>\n<ul>\n'
    '  <li>Chetty, Raj, Adam Looney: <a href="pdfs/Chetty_Consumption_Committments_And.pdf">'
    '"Consumption Commitments and Risk Preferences"</a> (2007, QJE)</li>\n'
    '  <li>Kahneman, Daniel, Amos Tversky: <a href="pdfs/Kahneman_Prospect_Theory_Analysis.pdf">'
    '"Prospect Theory: An Analysis of Decision under Risk"</a> (1979, ECTA)</li>\n'
    '  <li>Laibson, David: <a href="pdfs/Laibson_Golden_Eggs_And.pdf">"Golden Eggs and '
    'Hyperbolic Discounting"</a> (1997, QJE)</li>\n</ul>\n\n</ul>\n\n  </div>\n</body>\n</html>\n')


def test_html_headings_opening_a_block_of_list_rows_head_those_rows():
    """572: `<div>` ⏎ `<h2>Applied Empirical</h2>` ⏎ `<ul>` ⏎ `<li>…`, no blank line between,
    is one HTML block to Markdown (before: the block read only as its `<li>` rows, the `<h2>`
    lost, every paper in the default section `Papers`). A whole HTML page's topic over its
    list is the heading of the rows below it, as it is a blank line apart; read only when
    every line before the first row is a heading element or tags alone."""
    papers = papers_in(_PAGE_HEAD + _APPLIED)
    assert papers["The Economic Costs of Conflict: A Case Study of the Basque Country"] == (
        2003, "2003, AER", "Applied Empirical")
    assert papers["Two Views of the British Industrial Revolution"][2] == "Applied Empirical"


def test_a_lone_html_heading_indented_into_a_code_block_is_a_heading():
    """572: `    <h2>Behavioral</h2>` after a blank line: the page's nesting indent makes it an
    indented code block (before: no block at all, so the topic's papers were read under the
    topic above it). One heading element alone is no code anyone shows: it heads the `<ul>`
    below it as the unindented one would."""
    papers = papers_in(_PAGE_HEAD + _APPLIED + _BEHAVIORAL)
    assert papers["Prospect Theory: An Analysis of Decision under Risk"] == (
        1979, "1979, ECTA", "Behavioral")
    assert papers["Golden Eggs and Hyperbolic Discounting"][2] == "Behavioral"
    assert papers["The Persistent Effects of Peru's Mining Mita"][2] == "Applied Empirical"


def test_an_html_list_row_without_a_link_is_read_as_a_bullet_without_one():
    """572: `<li>Fogel, Robert: "A Quantitative Approach …" (1962, JEH)</li>` among rows that
    link their PDFs (before: an HTML row without a link or image was no item at all, so the
    two linkless papers of the topic were lost). A `<li>` is an item of its list as a bullet
    is, linkless or not, and is judged as a linkless bullet is (`linkless_paper`: a title
    phrase with its year and venue or authors, beside linked papers of its heading); no link
    is made up for it."""
    papers = papers_in(_PAGE_HEAD + _APPLIED)
    assert papers["A Quantitative Approach to the Study of Railroads in American Economic "
                  "Growth: A Report of Some Preliminary Findings"] == (
        1962, "1962, JEH", "Applied Empirical")
    assert papers["Infrastructure Inequality: Who Pays the Cost of Road Roughness?"][0] == 2026
    assert len(papers) == 5


# List 571: link notes; `# Phylogenomics` over Wikipedia links and `### Papers`, then `#
# OpenAccess` holds a paper, `### book : …` the chapter links of a textbook, `##### Papers` two
# articles
_NOTES = (
    '# Phylogenomics\n'
    '+ http://en.wikipedia.org/wiki/Chromosome\n'
    '+ Signaling pathway, https://secure.wikimedia.org/wikipedia/en/wiki/Signaling_pathway\n'
    '+ Similarity matrix, https://secure.wikimedia.org/wikipedia/en/wiki/Similarity_matrix\n'
    '+ https://en.wikipedia.org/wiki/Locus_%28genetics%29\n'
    '+ http://en.wikipedia.org/wiki/Phylogenetic\n'
    '+ Cell nucleus :: http://en.wikipedia.org/wiki/Cell_nucleus\n'
    '+ https://en.wikipedia.org/wiki/Phylogenetics\n'
    '+ [Taxonomy](https://en.wikipedia.org/wiki/Taxonomy_%28biology%29)\n'
    '+ [Clade](https://en.wikipedia.org/wiki/Clade), [Cladistics](https://en.wikipedia.'
    'org/wiki/Cladistics) and [Cladogram](https://en.wikipedia.org/wiki/Cladogram)s.\n'
    '+ https://en.wikipedia.org/wiki/Monophyly\n'
    '+ https://en.wikipedia.org/wiki/Synapomorphy\n'
    '+ https://en.wikipedia.org/wiki/Symplesiomorphy\n'
    '\n'
    '\n'
    '### Papers\n'
    '+ [Data access for the 1,000 Plants (1KP) project](http://www.gigasciencejournal.c'
    'om/content/3/1/17) and the [full PDF paper](http://www.gigasciencejournal.com/cont'
    'ent/pdf/2047-217X-3-17.pdf)\n'
    '+ [Designer proteins shed light on evolution](http://www.riken.jp/en/pr/topics/201'
    '4/20141020_1/)\n'
    '+ [Reading a Phylogenetic Tree: The Meaning of Monophyletic Groups](http://www.nat'
    'ure.com/scitable/topicpage/reading-a-phylogenetic-tree-the-meaning-of-41956)\n'
    '\n'
    '----\n'
    '\n'
    '# OpenAccess\n'
    '+ book : [Microscopical researches into the accordance in the structure and growth'
    ' of animals and plants](http://vlp.mpiwg-berlin.mpg.de/pdf/lit28715_Hi.pdf), Dr. T'
    'H. Schwann, Theodor and Schleyden, M. J. 1847.\n'
    '\n'
    '### book : An Introduction to Genetic Analysis. (7th edition) - Griffiths AJF, Mil'
    'ler JH, Suzuki DT, et al. New York: W. H. Freeman; 2000.\n'
    '- [Central dogma, gene to protein](http://www.ncbi.nlm.nih.gov/books/NBK21811/)\n'
    '- [Inheritance (basic, x-linked)](http://www.ncbi.nlm.nih.gov/books/NBK21977/)\n'
    '\n'
    '##### Papers\n'
    '- [Adaptation and Phenotypic Variance](http://www.nature.com/scitable/topicpage/ad'
    'aptation-and-phenotypic-variance-1132) By: Diane L. Byers, Ph.D. (Department of Bi'
    'ology, Illinois State University.) © 2008 Nature Education.\n'
    '- [Speciation: The Origin of New Species](http://www.nature.com/scitable/knowledge'
    '/library/speciation-the-origin-of-new-species-26230527) By: Rebecca J. Safran (Dep'
    'artment of Ecology and Evolutionary Biology University of Colorado, Boulder) & Pat'
    'rik Nosil (Department of Ecology and Evolutionary Biology University of Colorado, '
    'Boulder) © 2012 Nature Education \n')


def test_a_heading_of_papers_under_a_topic_holding_papers_is_a_topic_at_any_depth():
    """571: `# OpenAccess` holds a paper itself, `### book : …` under it its links, and
    `##### Papers` under that two articles (before: a topic's papers went to the outermost
    heading below the section level that holds papers itself, `### book : …`, so the two
    articles were read as chapters of the textbook). A heading holding papers under a heading
    that holds papers itself is a topic of its own (the reading `_section_of` already made one
    level down); so, in turn, is one under that topic: the innermost heading holding them."""
    papers = papers_in(_NOTES)
    assert papers["Adaptation and Phenotypic Variance"][2] == "Papers"
    assert papers["Speciation: The Origin of New Species"][2] == "Papers"
    assert papers["Central dogma, gene to protein"][2].startswith("book : An Introduction")


# List 569: Chicago author-date citation paragraphs (names, year, quoted title, then the
# journal or the book a chapter is in, in italics, no year after them)
_FRONT = ("---\nlayout: page\ntitle: Reading List\npermalink: /reading-list/\n---\n\n"
          "## Readings\n")
_ARTICLE = (
    "Alves, Daniel. 2014. “Introduction: Digital Methods and Tools for Historical Research.” "
    "_International Journal of Humanities and Arts Computing_ 8 (1): 1–12.\n\n")
_CHAPTER = (
    "Hoover, David L. 2008. “Quantitative Analysis and Literary Studies.” In _Companion to "
    "Digital Literary Studies_, Hardcover. Blackwell Companions to Literature and Culture. "
    "Oxford: Blackwell Publishing Professional. http://www.digitalhumanities.org/companionDLS/."
    "\n\n")
_JOURNAL_DOI = (
    "Petré, Peter. 2015. “What Grammar Reveals about Sex and Death: Interdisciplinary "
    "Applications of Corpus-Based Linguistics.” _Digital Scholarship in the Humanities_ 30 "
    "(3): 371–87. doi:10.1093/llc/fqu011.\n\n")
_CLOSED = (
    "McPerson, Tara. 2012. “What Are the Digital Humanities so White? Or Thinking through the "
    "Histories of Race and Computation.” In _Debates in the Digital Humanities_. "
    "http://dhdebates.gc.cuny.edu/debates/text/29.\n\n")
_ASKED = (
    "Kirschenbaum, Matthew. 2012. “What Is Digital Humanities and What’s It Doing in English "
    "Departments?” In _Debates in the Digital Humanities_. http://dhdebates.gc.cuny.edu/"
    "debates/text/38.\n\n")


def test_an_author_date_citation_takes_the_name_opening_its_tail_as_venue():
    """569: `Alves, Daniel. 2014. “Title.” _Journal Name_ 8 (1): 1–12.` (before: no venue;
    the citation's tail has no year, the one after the names is the citation's, so the
    reader of `Venue Year` tails found none). In an author-date citation the tail opens with
    the journal's name (up to its volume) or, after `In`, the book a chapter is in (up to a
    comma or a stop); taken only when every word of it is capitalised but short joiners, so a
    date or a sentence opening the tail gives none."""
    papers = papers_in(_FRONT + _ARTICLE + _CHAPTER + _JOURNAL_DOI)
    assert papers["Introduction: Digital Methods and Tools for Historical Research"] == (
        2014, "International Journal of Humanities and Arts Computing", "Readings")
    assert papers["Quantitative Analysis and Literary Studies"][1] == (
        "Companion to Digital Literary Studies")
    assert papers["What Grammar Reveals about Sex and Death: Interdisciplinary Applications of "
                  "Corpus-Based Linguistics"][1] == "Digital Scholarship in the Humanities"


def test_a_quoted_title_closed_by_its_question_mark_after_names_and_year_is_the_title():
    """569: `Kirschenbaum, Matthew. 2012. “… in English Departments?” In _Debates…_.` (before:
    the title read as the whole citation up to the question mark, `Kirschenbaum, Matthew.
    2012. “What Is …`: the quoted-title reader wants a stop or comma at the closing quote).
    A title ending in its own question mark closes with the quote alone; read so only right
    after an author-date citation's names and year, where nothing but the title can stand
    (a quoted phrase opening a title, `"Do I Trust the AI?" Towards …`, keeps its reading)."""
    papers = papers_in(_FRONT + _CLOSED + _ASKED)
    title = "What Is Digital Humanities and What’s It Doing in English Departments?"
    assert title in papers
    assert papers[title][0] == 2012
