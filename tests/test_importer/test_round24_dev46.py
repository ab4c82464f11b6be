"""Issue 15, round 24, `import-dev46` on lists 523-528 (the forty-third held-out set's second
half, tests/corpus/, provenance in SOURCES.md): real lines of those lists, each read by one
general reading."""

from __future__ import annotations

from .conftest import papers_in, papers_with_authors

# List 523's `#### 2023` items, as written (names, a colon, the linked title, venue and year)
_LEGAL = (
    "## Publications\n\n#### 2023\n"
    "- Ivan Habernal, Daniel Faber, Nicola Recchia, Sebastian Bretthauer, Iryna Gurevych, Indra "
    "Spiecker genannt Döhmann, Christoph Burchard: [Mining Legal Arguments in Court Decisions]"
    "(https://link.springer.com/article/10.1007/s10506-023-09361-y). Artificial Intelligence "
    "and Law 2023\n"
    "- Joel Niklaus, Veton Matoshi, Matthias Stürmer, Ilias Chalkidis, Daniel E. Ho: "
    "[MultiLegalPile: A 689GB Multilingual Legal Corpus](https://arxiv.org/abs/2306.02069). "
    "DMLR@ICLR 2023\n"
    "- Ilias Chalkidis*, Nicolas Garneau*, Catalina Goanta, Daniel Katz and Anders Søgaard: "
    "[LeXFiles and LegalLAMA: Facilitating English Multinational Legal Language Model "
    "Development](https://aclanthology.org/2023.acl-long.865.pdf). ACL 2023\n\n"
    "#### 2020\n\n"
    "- [NLLP 2020 Proceedings](http://ceur-ws.org/Vol-2645/)\n"
    "- Andrea Galassi, Kasper Drazewski, Marco Lippi, Paolo Torroni: [*Cross-lingual Annotation "
    "Projection in Legal Texts*](https://www.aclweb.org/anthology/2020.coling-main.79.pdf). "
    "COLING 2020\n")


def test_a_mark_glued_after_a_name_is_a_footnote_not_part_of_the_name():
    """523: `Ilias Chalkidis*, Nicolas Garneau*, …:` before the linked title (equal
    contribution marks) read as no names, so the whole author list was the title; a `*`, `∗`,
    `†` or `‡` glued after a name is a footnote's mark: the names read, the link's text is the
    title."""
    papers = papers_with_authors(_LEGAL)
    lexfiles = ("LeXFiles and LegalLAMA: Facilitating English Multinational Legal Language "
                "Model Development")
    assert papers[lexfiles] == (2023, "ACL 2023",
                                ["Chalkidis", "Garneau", "Goanta", "Katz", "Søgaard"])


def test_a_name_joined_by_an_unknown_lower_case_word_among_many_names_is_one_name():
    """523: `Indra Spiecker genannt Döhmann` (a German double family name joined by `genannt`,
    a word the particle table does not hold) made the seven names no author list, and the list
    the title; among four or more persons' names, a name of capitalised words joined by one
    short lower-case word is one name (no word list: the names around it are the evidence)."""
    papers = papers_with_authors(_LEGAL)
    year, venue, names = papers["Mining Legal Arguments in Court Decisions"]
    assert (year, venue) == (2023, "Artificial Intelligence and Law 2023")
    assert names[5] == "Spiecker genannt Döhmann" and len(names) == 7


def test_a_short_name_ending_in_proceedings_is_a_volume():
    """523: `[NLLP 2020 Proceedings](http://ceur-ws.org/Vol-2645/)` among the year's papers was
    imported as one; a title that is a short name ending in `Proceedings` names a volume of
    many works, as `Proceedings of the …` does."""
    assert "NLLP 2020 Proceedings" not in papers_in(_LEGAL)
    assert "Cross-lingual Annotation Projection in Legal Texts" in papers_in(_LEGAL)


# List 526's Vancouver-style linkless citations, as written (one- and two-item subsections)
_LAB = (
    "# My favourite things to read\n\n"
    "## Climate action and environmental psychology\n"
    "- Gurtner LM, Moser S (2024) The where, how, and who of mitigating climate change: A "
    "targeted research agenda for psychology. Journal of Environmental Psychology 94:102250.\n"
    "- Chater N, Loewenstein G (2023) The i-frame and the s-frame: How focusing on "
    "individual-level solutions has led behavioral public policy astray. Behavioral and Brain "
    "Sciences 46:e147.\n\n"
    "### Social tipping points\n"
    "- Milkoreit M (2023) Social tipping points everywhere?—Patterns and risks of overuse. "
    "WIREs Climate Change 14:e813.\n"
    "- Pizziol V, Tavoni A (2024) From niches to norms: the promise of social tipping "
    "interventions to scale climate action. npj Clim Action 3:1–8.\n"
    "- Lenton TM et al. (2025) A method to identify positive tipping points to accelerate "
    "low-carbon transitions and actions to trigger them. Sustain Sci.\n\n"
    "### Why to work on climate\n"
    "- Aron AR (2019) The Climate Crisis Needs Attention from Cognitive Scientists. Trends in "
    "Cognitive Sciences 23:903–906.\n"
    "- Blogpost by Grace Lindsay https://gracewlindsay.com/2023/08/04/so-youre-an-academic-"
    "who-wants-to-help-with-the-climate-crisis/\n\n"
    "## Neuroscience\n\n### Perceptual decision-making\n"
    "- Summerfield C, de Lange FP (2014) Expectation in perceptual decision making: neural and "
    "computational mechanisms. Nat Rev Neurosci 15:745–756.\n\n"
    "### Statistics\n"
    "- Aarts E, Verhage M, Veenvliet JV, Dolan CV, van der Sluis S (2014) A solution to "
    "dependency: using multilevel analysis to accommodate nested data. Nature Neuroscience "
    "17:491–496.\n\n"
    "### Theory and philosophy\n"
    "- Teller DY (1984) Linking propositions. Vision Res 24:1233–1246.\n"
    "- Glimcher PW (2005) Indeterminacy in Brain and Behavior. Annual Review of Psychology "
    "56:25–56.\n\n"
    "### Electrophysiology\n"
    "- Donoghue T, Haller M, Peterson EJ, Varma P, Sebastian P, Gao R, Noto T, Lara AH, Wallis "
    "JD, Knight RT, Shestyuk A, Voytek B (2020) Parameterizing neural power spectra into "
    "periodic and aperiodic components. Nature Neuroscience 23:1655–1665.\n\n"
    "- International Brain Laboratory et al. (2025) A brain-wide map of neural activity during "
    "complex behaviour. Nature 645:177–191.\n")


def test_vancouver_names_with_particles_a_closing_et_al_or_a_group_open_a_citation():
    """526: `van der Sluis S` (two particles), `Lenton TM et al.` (et al. on the last name, no
    comma) and `International Brain Laboratory et al.` (a group, by its words) left the lines
    unread, so their one- and two-item subsections were dropped; `de Lange FP` gave the family
    name `FP`. Each is a name Springer's `Surname I (Year) Title. Journal` style writes."""
    papers = papers_with_authors(_LAB)
    assert papers["A solution to dependency: using multilevel analysis to accommodate nested "
                  "data"][2][-1] == "van der Sluis"
    assert papers["A method to identify positive tipping points to accelerate low-carbon "
                  "transitions and actions to trigger them"][:2] == (2025, "Sustain Sci 2025")
    assert papers["A brain-wide map of neural activity during complex behaviour"][:2] == (
        2025, "Nature 2025")
    assert papers["Expectation in perceptual decision making: neural and computational "
                  "mechanisms"][2] == ["Summerfield", "de Lange"]


def test_a_short_titled_citation_counts_toward_a_heading_written_like_the_papers():
    """526: under `### Theory and philosophy` `Teller DY (1984) Linking propositions. Vision
    Res …` (a two-word title) did not count as written like the list's papers, so only one of
    the heading's two items did and both were dropped; a full citation whose form sets off a
    short title is written so too (a heading of such alone is none)."""
    papers = papers_in(_LAB)
    assert papers["Linking propositions"] == (1984, "Vision Res 1984", "Theory and philosophy")
    assert papers["Indeterminacy in Brain and Behavior"][2] == "Theory and philosophy"


def test_a_title_naming_a_kind_of_document_and_its_author_is_no_paper():
    """526: `Blogpost by Grace Lindsay` and a bare URL was imported as a paper; a title that
    is only a post's, slides' or a talk's kind (glued or not: `Blogpost`, `Blog post`) then
    `by` and a name says what the item is."""
    papers = papers_in(_LAB)
    assert "Blogpost by Grace Lindsay" not in papers
    assert "The Climate Crisis Needs Attention from Cognitive Scientists" in papers


# List 527's textbooks and books, paragraphs as written (`<br>` and two-space breaks)
_COURSE = (
    "Resources for Machine Learning for Economists (57750)\n================\n\n"
    "## Surveys\n\n"
    "* Athey, S., & Imbens, G. W. (2017). [The state of applied econometrics: Causality and "
    "policy evaluation](https://www.aeaweb.org/articles?id=10.1257/jep.31.2.3). _Journal of "
    "Economic Perspectives_, 31(2), 3-32.  \n\n"
    "## Textbooks\n\n"
    "[Econometrics](https://www.ssc.wisc.edu/~bhansen/econometrics/)\n"
    "*Bruce E. Hansen*\n"
    "Chapter 29 includes a rigorous take on ML in general and in the context of econometrics.\n\n"
    "### __Machine Learning__\n\n"
    "[An Introduction to Statistical Learning with Applications in R]"
    "(http://www-bcf.usc.edu/~gareth/ISL) <br>\n"
    "*Gareth James, Daniela Witten, Trevor Hastie and Robert Tibshirani* <br>\n"
    "This book provides a hands-on and R-based introduction to Machine Learning. <br/>\n"
    "_PDF available online_\n\n"
    "## Books\n\n"
    "[Prediction Machines](https://www.amazon.com/Prediction-Machines-Economics-Artificial-"
    "Intelligence/dp/1633695670)  \n"
    "_Ajay Agrawal, Joshua Gans, Avi Goldfarb_  \n"
    "A must-read book about the economics of AI.\n")


def test_undated_books_written_as_paragraphs_under_a_books_heading_are_books():
    """527: the textbooks and books, `[Title](site)` paragraphs over an italic author line and
    a note, were imported as papers (precision 0.43): a paragraph under a books heading was
    never asked whether it is a book, and a book naming its authors passed as cited. One that
    names no venue or year and links no paper is a book to read (a cited work says where and
    when it appeared); the dated survey above stays."""
    assert set(papers_in(_COURSE)) == {
        "The state of applied econometrics: Causality and policy evaluation"}


# List 528's paragraphs, as written
_PHYSICS = (
    "# Computational-Physics-and-Machine-Learning-Reading-List\n\n"
    "# Computational Fluid Dynamics\n\n## Papers\n\n"
    "[Accelerating Eulerian Fluid Simulation With Convolutional Networks](https://arxiv.org/pdf/"
    "1607.03597.pdf) ( [Paper Notes](notes/Accelerating-Eulerian-Fluid-Simulation-With-"
    "Convolutional-Networks.md) )\n\n"
    "[Data-driven projection method in fluid simulation](http://onlinelibrary.wiley.com/doi/"
    "10.1002/cav.1695/full)\n\n"
    "[Deep Learning Fluid Mechanics](http://meetings.aps.org/Meeting/DFD17/Session/E31.4)\n\n"
    "[Deep Learning in Fluid Mechanics](https://www.cambridge.org/core/journals/journal-of-"
    "fluid-mechanics/article/deep-learning-in-fluid-dynamics/F2EDDAB89563DE5157FC4B8342AD9C70)"
    "\n\n"
    "[Deep Learning the Physics of Transport Phenomena](https://arxiv.org/abs/1709.02432)\n")


def test_a_meeting_session_link_is_a_talk_also_as_a_paragraph():
    """528: `[Deep Learning Fluid Mechanics](meetings.aps.org/Meeting/DFD17/Session/E31.4)`, a
    talk's abstract in a meeting's session folder, was imported: a session folder holds talks
    (on a publisher's host too), and a paragraph whose links all say they are posts or talks
    is none, as such a bullet is."""
    assert set(papers_in(_PHYSICS)) == {
        "Accelerating Eulerian Fluid Simulation With Convolutional Networks",
        "Data-driven projection method in fluid simulation",
        "Deep Learning in Fluid Mechanics",
        "Deep Learning the Physics of Transport Phenomena"}
