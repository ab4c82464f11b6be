"""Issue 15, round 26, `import-dev56` on lists 581, 582, 585-588 (the forty-eighth held-out
set's second half, tests/corpus/, provenance in SOURCES.md): real lines of those lists, each
read by one general reading."""

from __future__ import annotations

from .conftest import papers_in, papers_with_authors

# List 581: unbulleted citation paragraphs (a short name in italic parentheses, the bold
# title, names, a venue), each over a bullet that is its one labelled link
_CITATION_OVER_LINK = (
    "# Must-read paepers in Dialogue System\n\n## Goal-oriented Dialogue System\n\n"
    "*(NBT)* **Neural Belief Tracker: Data-Driven Dialogue State Tracking**. Nikola Mrkšić, "
    "Diarmuid Ó Séaghdha, Tsung-Hsien Wen, Blaise Thomson, Steve Young. ACL 2017.\n"
    "- [paper](https://arxiv.org/abs/1606.03777.pdf)\n\n"
    "**Recipes for building an open-domain chatbot.** Stephen Roller, Emily Dinan, Naman "
    "Goyal, Da Ju, Mary Williamson, Yinhan Liu, Jing Xu, Myle Ott, Kurt Shuster, Eric M. Smith, "
    "Y-Lan Boureau, Jason Weston.\n"
    "- [paper](https://arxiv.org/pdf/2004.13637.pdf)\n\n"
    "**Training Millions of Personalized Dialogue Agents**. Pierre-Emmanuel Mazaré, Samuel "
    "Humeau, Martin Raison, Antoine Bordes. EMNLP 2018.\n"
    "- [paepr](https://arxiv.org/pdf/1809.01984.pdf)\n")
_NAMED_BEFORE_BOLD = (
    "# Must-read paepers in Dialogue System\n\n## Retrieve\n\n"
    "*(Poly-encoder)* **Poly-encoders: Transformer Architectures and Pre-training Strategies "
    "for Fast and Accurate Multi-sentence Scoring.** Samuel Humeau, Kurt Shuster, Marie-Anne "
    "Lachaux, Jason Weston. ICLR 2020.\n"
    "- [paper](https://arxiv.org/pdf/1905.01969.pdf)\n\n"
    "*(Speaker Model)* **A Persona-Based Neural Conversation Model.** Jiwei Li, Michel "
    "Galley, Chris Brockett, Georgios P. Spithourakis, Jianfeng Gao, Bill Dolan. ACL 2016.\n"
    "- [paper](https://arxiv.org/pdf/1603.06155.pdf)\n\n")

# List 582: `*  *note*  [Title](url) [1984]` bullets, the list's note on each paper first
_NOTE_BEFORE_TITLE = (
    "# Awesome Database Testing\n\n## Input Generation\n\n### Research Papers\n"
    "*  *Query generation with template substitution*  [Generating Thousand Benchmark Queries "
    "in Seconds](http://linkinghub.elsevier.com/retrieve/pii/B9780120884698500917)\n"
    "*  *Generate data regarding the query constraints*  [QAGen: Generating Query-Aware Test "
    "Databases](http://portal.acm.org/citation.cfm?doid=1247480.1247520)\n"
    "*  *For more valid inputs!* [SQUIRREL: Testing Database Management Systems with Language "
    "Validity and Coverage Feedback](https://arxiv.org/abs/2006.02398) [CCS 2021]\n"
    "*  *Understanding the query optimization*  [Query Optimization in Database Systems]"
    "(https://dl.acm.org/doi/10.1145/356924.356928) [1984]\n")

# List 586: award tables, the award's year first and the paper's in a last `PubYear` column
_PUBLICATION_YEAR_COLUMN = (
    "# Awesome papers published in WSDM conference\n\n## 1. Test of Time Award\n\n"
    "| Year       | Title | Authors   | Orgnization | PubYear |\n"
    "|------------|-------|-----------|-------------|---------|\n"
    "|2024|[Personalized entity recommendation: a heterogeneous information network approach]"
    "(https://dl.acm.org/doi/abs/10.1145/2556195.2556259)|Xiao Yu, Xiang Ren, Yizhou Sun, "
    "Quanquan Gu, Bradley Sturt, Urvashi Khandelwal, Brandon Norick, Jiawei Han|University of "
    "Illinois at Urbana-Champaign|2014|\n"
    "|2023|[Supervised random walks: predicting and recommending links in social networks]"
    "(https://dl.acm.org/doi/abs/10.1145/1935826.1935914)|Lars Backstrom, Jure Leskovec|"
    "Facebook, Stanford University|2011|\n")

# List 587: `- [Title start](url): title end (Authors, 2015)`, the subtitle after the link
_SUBTITLE_AFTER_LINK = (
    "# Browser Security Reading List and References\n\n## TLS Deployment\n\n"
    "- [Why Eve and Mallory (Also) Love Webmasters](http://dl.acm.org/citation.cfm?id=2590341)"
    ": A Study on the Root Causes of SSL Misconfigurations (Fahl, Acar, Perl, Smith, 2014)\n"
    "- [Improving SSL Warnings](https://adrifelt.github.io/sslinterstitial-chi.pdf): "
    "Comprehension and Adherence (Felt, Ainslie, Reeder, Consolvo, Thyagaraja, Bettes, Harris, "
    "Grimes, 2015)\n"
    "- [chromium.org/hsts](https://www.chromium.org/hsts): Chromium info, link to preload list "
    "and submission page.\n")


def test_a_citation_paragraph_over_a_label_link_bullet_is_that_links_paper():
    """581: `*(NBT)* **Title**. Names. ACL 2017.` over `- [paper](arxiv)` (before: the
    paragraph, having no link, waited as a title line that only a bold line alone could be;
    the bullet was read as a paper titled `paepr`, or nothing). A one-line paragraph whose
    bold run is a title phrase with names after it is a citation without its link: the title
    line of a label list, as a bold title line is, its bullet (one link labelled as the paper,
    or going to one) the paper's link."""
    papers = papers_with_authors(_CITATION_OVER_LINK)
    assert len(papers) == 3
    assert papers["Neural Belief Tracker: Data-Driven Dialogue State Tracking"][:2] == (
        2017, "ACL 2017")
    assert papers["Recipes for building an open-domain chatbot"][2][:2] == ["Roller", "Dinan"]
    assert papers["Training Millions of Personalized Dialogue Agents"][:2] == (
        2018, "EMNLP 2018")
    assert "paepr" not in papers


def test_a_short_name_in_parentheses_before_a_bold_title_is_no_title_word():
    """581: `*(Poly-encoder)* **Poly-encoders: …**. Names. ICLR 2020.` over `- [paper](arxiv)`
    (before: `(Poly-encoder)` read as the title's first words, only an upper-case kind label,
    `(BOOK)`, being set apart, so the line's title was no bold run and the line no citation
    over its link: the paper missed). A short name in parentheses, not bold, no date, no venue
    the table knows, no resource label, right before a bold title names the work, as a
    bracketed one does (`[DQN] **Title**`)."""
    papers = papers_in(_NAMED_BEFORE_BOLD)
    assert papers["Poly-encoders: Transformer Architectures and Pre-training Strategies for "
                  "Fast and Accurate Multi-sentence Scoring"] == (2020, "ICLR 2020", "Retrieve")
    assert papers["A Persona-Based Neural Conversation Model"][:2] == (2016, "ACL 2016")


def test_an_italic_note_before_a_linked_title_phrase_is_no_title():
    """582: `*  *Generate data regarding the query constraints*  [QAGen: …](acm)` (before:
    the italic note, the text before the first link, read as the title and the linked title
    as its link's label). A lead set off in italics, nothing else before a link whose text is a
    title phrase of its own (several words, no name, no label, no code or video link) is the
    list's note on the paper; the item is read from its link on (the year or venue after)."""
    papers = papers_in(_NOTE_BEFORE_TITLE)
    assert set(papers) == {
        "Generating Thousand Benchmark Queries in Seconds",
        "QAGen: Generating Query-Aware Test Databases",
        "SQUIRREL: Testing Database Management Systems with Language Validity and Coverage "
        "Feedback",
        "Query Optimization in Database Systems"}
    assert papers["SQUIRREL: Testing Database Management Systems with Language Validity and "
                  "Coverage Feedback"][:2] == (2021, "CCS 2021")
    assert papers["Query Optimization in Database Systems"][0] == 1984


def test_a_publication_year_column_gives_the_papers_year():
    """586: `| Year | Title | Authors | Orgnization | PubYear |` (before: `PubYear` named no
    column role, and the first column, the year of the test-of-time award, was read as every
    paper's year). The column whose header says it holds the year of publication (`PubYear`,
    `Pub. Year`, `Publication Year`) gives the paper's year, whatever another year says."""
    papers = papers_in(_PUBLICATION_YEAR_COLUMN)
    assert papers["Personalized entity recommendation: a heterogeneous information network "
                  "approach"][0] == 2014
    assert papers["Supervised random walks: predicting and recommending links in social "
                  "networks"][0] == 2011


def test_a_subtitle_written_after_the_title_link_is_the_titles():
    """587: `- [Improving SSL Warnings](pdf): Comprehension and Adherence (Felt, …, 2015)`
    (before: the title cut at the link, and `Comprehension and Adherence` read as two authors,
    the real names as a venue). A colon right after a title link, then a phrase in title case,
    then the citation's close (names and a year in parentheses ending the line) is the title's
    subtitle; the names and year are read from the close. A note after the colon
    (`: Chromium info, link to …`) is no subtitle."""
    papers = papers_with_authors(_SUBTITLE_AFTER_LINK)
    assert papers["Why Eve and Mallory (Also) Love Webmasters: A Study on the Root Causes of "
                  "SSL Misconfigurations"] == (2014, "", ["Fahl", "Acar", "Perl", "Smith"])
    eve = papers["Improving SSL Warnings: Comprehension and Adherence"]
    assert eve[0] == 2015 and eve[1] == "" and eve[2][:3] == ["Felt", "Ainslie", "Reeder"]
    assert not any(title.startswith("chromium.org/hsts:") for title in papers)
