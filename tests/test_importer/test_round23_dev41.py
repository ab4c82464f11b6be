"""Issue 15, round 23, `import-dev41` on lists 493-498 (the forty-first held-out set's first
half, tests/corpus/, provenance in SOURCES.md): real lines of those lists, each read by one
general reading."""

from __future__ import annotations

from awesome_bib.importer import read_library

from .conftest import papers_in, papers_with_authors

# List 494's linkless bullets (a bold bracket of authors, year, a Pandoc key and the venue or
# the arXiv number, then ` - ` and the title), as written
_GW_SURVEY = (
    "# 2. General Reports & Reviews\n\n"
    "- **[Agarwal et al. (2023) [@2023AgarwalApplicationsDeepLearning] (2306.08106)]** - "
    "Applications of Deep Learning to Physics Workflows\n"
    "- **[Huerta et al. (2022) [@2022HuertaFAIRAIinterdisciplinary] (Scientific Data)]** - FAIR "
    "for AI: An Interdisciplinary, International, Inclusive, and Diverse Community Building "
    "Perspective\n"
    "- **[Huerta & Zhao (2021) [@2021HuertaAdvancesMachineDeep] (Handbook of Gravitational Wave "
    "Astronomy)]** - Advances in Machine and Deep Learning for Modeling and Real-time Detection "
    "of Multi-messenger Sources\n"
    "- **[Cuoco et al. (2020) [@cuoco2020enhancing] (Mach. learn.: sci. technol.)]** - Enhancing "
    "Gravitational-wave Science with Machine Learning\n")


def test_a_bold_citation_lead_in_brackets_gives_names_year_and_venue_or_arxiv_id():
    """494: `**[Names (2022) [@key] (Venue)]** - Title`: the bracketed lead is a citation's
    (who, when, where; the `[@key]` the writer's own Pandoc key), the phrase after the dash
    the title (before: no reading of the bracket, every item a problem, none imported). An
    arXiv number in the venue's place is the paper's arXiv id, no venue."""
    lib = read_library(_GW_SURVEY, "list.md").lib
    got = {e.title: (e.year, e.venue_tag, e.arxiv, [a.family for a in e.authors])
           for e in lib.entries}
    assert got == {
        "Applications of Deep Learning to Physics Workflows": (2023, "", "2306.08106",
                                                               ["Agarwal"]),
        "FAIR for AI: An Interdisciplinary, International, Inclusive, and Diverse Community "
        "Building Perspective": (2022, "Scientific Data 2022", "", ["Huerta"]),
        "Advances in Machine and Deep Learning for Modeling and Real-time Detection of "
        "Multi-messenger Sources": (2021, "Handbook of Gravitational Wave Astronomy 2021", "",
                                    ["Huerta", "Zhao"]),
        "Enhancing Gravitational-wave Science with Machine Learning": (
            2020, "Mach. learn.: sci. technol. 2020", "", ["Cuoco"])}


# List 494's `Others / Pending:` bullets: a bold method name in parentheses ends some titles
_PENDING = (
    "## Glitch Classification\n\n- Others / Pending:\n"
    "     * **[Staats & Cavaglià (2018) [@cavaglia2018finding] (Commun. Comput. Phys.)]** - "
    "Finding the origin of noise transients in LIGO data with machine learning (**Karoo GP**)\n"
    "     * **[Mukund et al. (2017) [@mukund2017transient] (PRD)]** - Transient classification "
    "in LIGO data using difference boosting neural network (**Wavelet-DBNN, India**)\n"
    "     * **[Colgan et al. (2020) [@colgan2020efficient] (PRD)]** - Efficient "
    "gravitational-wave glitch identification from environmental data through machine "
    "learning\n")


def test_a_bold_name_in_parentheses_ending_a_title_is_no_title_word():
    """494: `- Title (**Karoo GP**)` after a field label: the bold name in parentheses that
    ends the line is the method's name the list marks (before: a bold run after the label
    made the reader refuse the item, and the items were lost)."""
    got = papers_with_authors(_PENDING)
    assert got["Finding the origin of noise transients in LIGO data with machine learning"] \
        == (2018, "Commun. Comput. Phys. 2018", ["Staats", "Cavaglià"])
    assert got["Transient classification in LIGO data using difference boosting neural "
               "network"] == (2017, "PRD 2017", ["Mukund"])
    assert len(got) == 3


# List 498: one item right under `## References`, then `###` topics of papers, as written
_GUIDED_WAVES = (
    "# Guided (Lamb) Wave x Deep Anomaly Detection\n\n\n"
    "ガイド波（ラム波）を用いた深層異常検知の論文まとめ。\n\n\n\n"
    "## References\n\n"
    "* [Structural vibration-based classification and prediction of delamination in smart "
    "composite laminates using deep learning neural network](https://www.sciencedirect.com/"
    "science/article/pii/S1359836818325411)\n\n\n"
    "### Guided (Lamb) Waves\n\n"
    "* [DeepSHM: a deep learning approach for structural health monitoring based on guided "
    "Lamb wave technique](https://www.spiedigitallibrary.org/conference-proceedings-of-spie/"
    "10970/109700H/DeepSHM--a-deep-learning-approach-for-structural-health-monitoring/"
    "10.1117/12.2506794.full?SSO=1)\n\n"
    "* [Crack Classification of a Pressure Vessel Using Feature Selection and Deep Learning "
    "Methods](https://www.mdpi.com/1424-8220/18/12/4379)\n\n\n"
    "### Review\n\n"
    "* [Damage assessment of smart composite structures via machine learning: a review]"
    "(https://link.springer.com/article/10.1007/s42791-019-0012-2)\n")


def test_a_lone_paper_under_a_repository_word_heading_whose_subheadings_hold_papers():
    """498: `## References` (a repository word: the list's own citation, as a rule) over
    `###` topics of papers is their container; its one item, a title linking a paper as
    theirs do, is a paper of it (before: one item under such a heading did not agree, two
    were needed, and it was skipped as `under 'References' (not papers)`)."""
    got = papers_in(_GUIDED_WAVES)
    assert got["Structural vibration-based classification and prediction of delamination in "
               "smart composite laminates using deep learning neural network"][2] == "References"
    assert len(got) == 4


# List 495: items linking only the maintainer's note pages, under `###` year headings, beside
# two that link their DOIs, as written
_RETROSYNTHESIS = (
    "# RetrosynthesisML\n\n## Literature\n\n### 2024\n"
    "* (Syntheseus, Faraday Discuss) Re-evaluating Retrosynthesis Algorithms with Syntheseus. "
    "[[Link](http://dx.doi.org/10.1039/D4FD00093E)]\n"
    "* (Digital Discovery) Models matter: the impact of single-step retrosynthesis on synthesis "
    "planning. [[Link](https://doi.org/10.1039/d3dd00252g)]\n"
    "* (EditRetro, Nat Commun) Retrosynthesis prediction with an iterative string editing "
    "model. [[Page](./Literature/han2024retrosynthesis.markdown)] \n"
    "* (Digital Discovery) Investigating the reliability and interpretability of machine "
    "learning frameworks for chemical retrosynthesis.\n"
    "  [[Page](./Literature/hastedt2024investigating.markdown)]\n\n"
    "### 2022\n"
    "* (R-SMILES, Chem Sci) Root-aligned SMILES: a tight representation for chemical reaction "
    "prediction.\n[[Page](./Literature/zhong2022rootaligned.markdown)]\n"
    "  - Molecule representation with minimal edit distance between product and reactants.\n\n"
    "### 2021\n"
    "* (GraphRetro, NeurIPS) Learning graph models for retrosynthesis prediction. \n"
    "[[Page](./Literature/somnath2021learning.markdown)]\n"
    "  - Semi-template retrosynthesis with subgraph vocabulary.\n"
    "* (Kim, ICML) Self-improving retrosynthesis planning.\n"
    "[[Page](./Literature/kim2021selfimproved.markdown)]\n"
    "  -  Backward reaction model learned by imitating RETRO*-generated realistic data.\n")


def test_own_note_pages_under_year_headings_are_weighed_with_the_heading_above():
    """495: year headings split the papers of `## Literature`; items whose only link is the
    maintainer's note page are weighed over all of them, and the items beside them that link
    their papers' DOIs count with them, not against them (before: each year heading was
    weighed alone, one or two items, and two DOI-linked items outweighed four note pages:
    2 of 13 imported)."""
    got = papers_in(_RETROSYNTHESIS)
    assert {title: year for title, (year, _venue, _section) in got.items()} == {
        "Re-evaluating Retrosynthesis Algorithms with Syntheseus": 2024,
        "Models matter: the impact of single-step retrosynthesis on synthesis planning": 2024,
        "Retrosynthesis prediction with an iterative string editing model": 2024,
        "Investigating the reliability and interpretability of machine learning frameworks for "
        "chemical retrosynthesis": 2024,
        "Root-aligned SMILES: a tight representation for chemical reaction prediction": 2022,
        "Learning graph models for retrosynthesis prediction": 2021,
        "Self-improving retrosynthesis planning": 2021}
