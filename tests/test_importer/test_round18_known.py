"""Issue 15, round 18, `import-known18`: the weakest known lists (tests/corpus/, provenance
in SOURCES.md), each miss read by one general reading; real lines of those lists."""

from __future__ import annotations

from pathlib import Path

from .conftest import by_title, library_of, papers_in

CORPUS = Path(__file__).resolve().parents[1] / "corpus"

# List 293's lines 1-6: two citations it read before round 18
_CITED_293 = (
    "# Papers\n\n"
    "1. Jovanovic N, Kruegel C, Kirda E. Pixy: A static analysis tool for detecting web "
    "application vulnerabilities.\n"
    "    In: 2006 IEEE Symposium on Security and Privacy (S&P’06). IEEE; 2006. p. 6–pp.\n"
    "2. F. Yamaguchi, M. Lottmann, and K. Rieck, “Generalized vulnerability extrapolation "
    "using abstract syntax trees,” \n"
    "   in Proceedings of the 28th Annual Computer Security Applications Conference. ACM, "
    "2012, pp. 359–368.\n")
# ... and its lines 13-15 (a title in curly quotes broken over two lines, APA's year between
# the names and the title)
_APA_QUOTED = _CITED_293 + (
    "6. Unruh, T., Shastry, B., Skoruppa, M., Maggi, F., Rieck, K., Seifert, J. P., & "
    "Yamaguchi, F. (2017). “Leveraging Flawed Tutorials for Seeding Large-Scale Web "
    "Vulnerability\n"
    "    Discovery”. \n"
    "    In 11th {USENIX} Workshop on Offensive Technologies ({WOOT} 17).\n")


def test_a_year_between_the_names_and_a_quoted_title_is_the_citations_year():
    """List 293: `Names (2017). “Title”. In Venue.`: the `(2017).` after the names is APA's
    year, so the names still read as names and the quoted title as the title (before: the item
    was not imported at all)."""
    papers = papers_in(_APA_QUOTED)
    title = "Leveraging Flawed Tutorials for Seeding Large-Scale Web Vulnerability Discovery"
    assert title in papers
    assert papers[title][0] == 2017
    assert papers["Generalized vulnerability extrapolation using abstract syntax trees"][0] \
        == 2012


# List 293's line 11, beside citations read before (lines 3-6); list 132's lines 18-19
_FAMILY_INITIALS_NAMES = _CITED_293 + (
    "5. BACKES, M., RIECK, K., SKORUPPA, M., STOCK, B., AND YAMAGUCHI, F. Efficient and "
    "flexible discovery of php application vulnerabilities. \n"
    "    In Security and Privacy (EuroS&P), 2017 IEEE European Symposium on (2017), IEEE, "
    "pp. 334–349.\n")


def test_names_written_family_comma_initials_end_at_the_last_initials_stop():
    """List 293: `BACKES, M., …, AND YAMAGUCHI, F. Title. In Venue (2017)`: the stop after
    `F.` is an initial's, yet it ends the names (every name is `Family, I.`), so the title is
    the next sentence (before: the item was not imported); list 132: `[Birgin, E.G., Gentil,
    J.M. Title. Journal 53, 347–373 (2012)](url)` (before: the names stayed in the title)."""
    papers = papers_in(_FAMILY_INITIALS_NAMES)
    assert papers["Efficient and flexible discovery of php application vulnerabilities"][0] \
        == 2017
    cited = by_title(library_of(CORPUS / "132_fedemagnani_optimization.md"),
                     "Evaluating bound-constrained")
    assert cited.title == "Evaluating bound-constrained minimization software"
    assert (cited.year, [a.family for a in cited.authors]) == (2012, ["Birgin", "Gentil"])


def test_a_title_and_its_year_quoted_under_a_code_bullet_are_its_paper():
    """List 188, lines 43-45: `- [RTAB MAP - …](github). Available on ROS` over `> Title, 2014`
    ⏎ `> Title, 2013`: right under a bullet that links only code, each quoted line of a title
    phrase and a year cites the project's paper (before: the repository was imported as the
    paper and both citations were lost)."""
    lib = library_of(CORPUS / "188_tzutalin_visual_slam.md")
    titles = {e.title: e.year for e in lib.entries}
    assert titles["Online Global Loop Closure Detection for Large-Scale Multi-Session "
                  "Graph-Based SLAM"] == 2014
    assert titles["Appearance-Based Loop Closure Detection for Online Large-Scale and "
                  "Long-Term Operation"] == 2013
    assert not any(t.startswith("RTAB MAP") for t in titles)


def test_a_repository_word_before_a_task_noun_lets_one_paper_decide():
    """List 154: `### News Recommendation` over one `-   Title. WWW 2022 [note]` written as
    the papers of its other headings: `News` there names what the task works on, so the one
    item, written as the list's papers, makes it a paper section (before: skipped as the
    repository's news). A `## News` heading over such an item stays news (two needed)."""
    text = (CORPUS / "154_rucaibox_www2022_rec_zh.md").read_text(encoding="utf-8")
    title = "FeedRec: News Feed Recommendation with Various User Feedbacks"
    assert papers_in(text)[title] == (2022, "WWW 2022", "News Recommendation")
    assert title not in papers_in(text.replace("### News Recommendation", "### News"))


def test_a_linkless_title_among_a_venue_labels_linked_papers_is_its_paper():
    """List 346, lines 20-33 and 62-67: `- **Year 2025**` > `  - **CVPR**` > linked papers and
    one `    - ⚠️ Title` that links nothing yet: written as its siblings, it is a CVPR 2025
    paper without its link (before: swallowed as a field line of the `CVPR` label, and not
    even reported)."""
    lib = library_of(CORPUS / "346_alonzoleeeooo_video_generation.md")
    cvpr = by_title(lib, "Encapsulated Composition of Text-to-Image")
    assert (cvpr.year, cvpr.venue_tag, cvpr.links) == (2025, "CVPR", [])
    iccv = by_title(lib, "PERSONA: Personalized Whole")
    assert (iccv.year, iccv.venue_tag) == (2024, "ICCV")


def test_names_ending_in_a_two_letter_family_name_end_their_sentence():
    """List 344, lines 32 and 37: `…, and Shuai Ma. 2020. Codebleu: …` and `…, and Yuxiong He.
    ZeRO: …. In SC20: …, 2020.`: the stop after a two-letter family name ends the names
    (before: line 37 was not imported, line 32 was titled `2020. Codebleu: …` without its
    year)."""
    lib = library_of(CORPUS / "344_chyyuu_compiler_reading_zh.md")
    zero = by_title(lib, "ZeRO: Memory optimizations")
    assert zero.year == 2020 and zero.authors[-1].family == "He"
    codebleu = by_title(lib, "Codebleu")
    assert (codebleu.title, codebleu.year) \
        == ("Codebleu: a method for automatic evaluation of code synthesis", 2020)


def test_a_lazy_continuation_line_written_as_an_item_is_its_own_paper():
    """List 95, lines 31-32: `* Samuel Edet - Title [[Link]](url)` ⏎ `Amin Hedayati et al. -
    Title [[Link]](url)` (the second bullet's marker forgotten: Markdown continues the first
    item): each line links and is written as the section's items, so each is its paper
    (before: one paper, the first line's title with the second line's authors)."""
    lib = library_of(CORPUS / "95_grananqvist_quant_trading.md")
    edet = by_title(lib, "Recurrent Neural Networks in Forecasting S&P 500 Index")
    assert [a.family for a in edet.authors] == ["Edet"]
    hedayati = by_title(lib, "Stock Market Index Prediction Using Artificial Neural Network")
    assert hedayati.authors[0].family == "Hedayati"


def test_apa_names_and_year_before_a_bold_title_are_its_authors_and_year():
    """List 143, line 7: `- Weiser, M. (1991). Scientific American. **The Computer for the
    21st Century**. (Sept. 1991), 94-104.` among `Names. 1992. **Title**. Venue` items: APA's
    year after the names, the journal written before the bold title (the tail's `(Sept.
    1991)` is a date, no venue). Before: not imported (`no link`, no names read)."""
    paper = by_title(library_of(CORPUS / "143_chanwutk_hci_prelim.md"),
                     "The Computer for the 21st Century")
    assert (paper.year, paper.venue_tag, [a.family for a in paper.authors]) \
        == (1991, "Scientific American 1991", ["Weiser"])


def test_a_tie_in_a_section_of_paragraph_papers_is_decided_by_the_list():
    """List 231, lines 46-51: under a heading, `arXiv: **Title**. [paper](project site)<br>`
    beside one `ECCV2020: **Title**. [paper](url)` paper: one of two paragraphs of the list's
    paper shape is a tie in its section, and most of the list's paragraphs of that shape are
    papers, so it is one (before: skipped as a paragraph without evidence). `import-dev26`
    built the same reading in the same round (the one paragraph of its shape in a section that
    is not a paper); the merge keeps theirs, which this test holds too."""
    lib = library_of(CORPUS / "231_zhoubolei_generative_modeling.md")
    paper = by_title(lib, "Closed-Form Factorization of Latent Semantics in GANs")
    assert paper.venue_tag == "arXiv"
