"""Issue 15: a template a maintainer declares is their word on how the section's papers are
written, on real lists the importer cannot infer (tests/corpus/, excerpts in SOURCES.md).

An item that fits the declared template is a paper by it: linkless with a title phrase and a
year, venue or authors; a skipped item or a child line read as its parent's field too, when it
fits. What the person declared is read from its place only, and no later pass overrides it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from awesome_bib.errors import ListError
from awesome_bib.importer import read_library
from awesome_bib.importer.template import compile_template

from .test_corpus import declared_templates, scores

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


def _excerpt(name: str, first: int, last: int) -> str:
    """Lines first..last (1-based, inclusive) of a corpus list."""
    lines = (CORPUS / name).read_text(encoding="utf-8").split("\n")
    return "\n".join(lines[first - 1:last]) + "\n"


def _read(text: str, pattern: str | None):
    declared = {"*": compile_template(pattern)} if pattern else None
    return read_library(text, "L.md", declared)


def _papers(text: str, pattern: str | None):
    return [(li.line, e.title, e.year, e.venue_tag, [a.family for a in e.authors])
            for e in _read(text, pattern).lib.entries for li in e.listings[:1]]


def test_a_linkless_checklist_is_read_with_the_template_its_maintainer_declares():
    # 658_scchy_rl_papers_zh: `- [x] 1983: **Title**`, no item links anything but one
    text = _excerpt("658_scchy_rl_papers_zh.md", 1, 16)
    assert [(line, title, year) for line, title, year, _v, _a in _papers(text, None)] == [
        (16, "1996: Reinforcement learning with replacing eligibility traces", None)]
    papers = _papers(text, "{_}{year}: {title}")
    assert [(line, title, year) for line, title, year, _v, _a in papers] == [
        (2, "Neuronlike adaptive elements that can solve difficult learning control problems",
         1983),
        (3, "Temporal credit assignment in reinforcement learning", 1984),
        (4, "Learning to predict by the methods of temporal differences", 1988),
        (7, "Time-derivative models of Pavlovian reinforcement", 1990),
        (8, "Dyna, an integrated architecture for learning, planning, and reacting", 1991),
        (9, "Adapting bias by gradient descent: An incremental version of delta-bar-delta", 1992),
        (10, "Gain adaptation beats least squares?", 1992),
        (11, "Reinforcement learning is direct adaptive optimal control", 1991),
        (12, "Generalization in reinforcement learning: Successful examples using sparse coarse "
             "coding", 1996),
        (13, "Sutton’s 1996 Menu 《A menu of designs for reinforcement learning over time》", 1996),
        # `- [ ] [1996: Title](springer)`: the link's target is Markdown, not the title's
        (16, "Reinforcement learning with replacing eligibility traces", 1996)]


def test_a_declared_title_alone_does_not_make_a_linkless_line_a_paper():
    # `{title}` and nothing else says nothing that tells a paper from a note: the lines
    # without a link are reported, the one that links its paper is read
    reading = _read(_excerpt("658_scchy_rl_papers_zh.md", 1, 16), "{_}: {title}")
    assert [(li.line, e.title) for e in reading.lib.entries for li in e.listings] == [
        (16, "Reinforcement learning with replacing eligibility traces")]
    # (the lines of `## 1980年代`, a section with no paper, are not reported, as inferred)
    assert [(p.line, p.reason) for p in reading.lib.problems] == [
        (line, "no link") for line in (7, 8, 9, 10, 11, 12, 13)]


def test_child_lines_that_fit_are_papers_and_the_tool_over_them_is_reported():
    # 649_hardyuint_robot_navigation: `* **Gibson** [[Website](url)] [[Github](url)]` over
    # `  * Gibson Env: real-world perception for embodied agents. CVPR 2018`; the child
    # lines were the simulator's fields, and its `Maintainer:` line fits nothing
    text = _excerpt("649_hardyuint_robot_navigation.md", 1, 18)
    assert [line for line, *_ in _papers(text, None)] == [5, 6, 7]
    reading = _read(text, "{title}. {venue} {year}")
    assert [(li.line, e.title, e.venue_tag, e.year) for e in reading.lib.entries
            for li in e.listings] == [
        (5, "Visual Navigation for Mobile Robots: A Survey",
         "Journal of Intelligent and Robotic Systems 2008", 2008),
        (6, "On Evaluation of Embodied Navigation Agents", "Arxiv 2018", 2018),
        (7, "From Seeing to Moving: A Survey on Learning for Visual Indoor Navigation (VIN)",
         "Arxiv 2020", 2020),
        (13, "AI2-THOR: An interactive 3D environment for visual AI", "Arxiv 2017", 2017),
        (14, "RoboTHOR: An Open Simulation-to-Real Embodied AI Platform", "CVPR 2020", 2020),
        (17, "Gibson Env: real-world perception for embodied agents", "CVPR 2018", 2018),
        (18, "Interactive Gibson: A Benchmark for Interactive Navigation in Cluttered "
             "Environments", "ICRA 2020", 2020)]
    # (the tools' own lines are matched alone, not with their children: no title spans them)
    assert [(p.line, p.reason) for p in reading.lib.problems] == [
        (11, "does not fit its section's template"), (15, "does not fit its section's template")]


def test_declared_authors_are_read_from_their_place_only():
    # 641_adenchen_econ_theory_reading: `- Oscar presents: Hosios (1988) Title` and
    # `- Bernanke (2013) Title`; `Oscar presents: Hosios` names no list of persons, so the
    # paper has no authors rather than names read anywhere else on its line
    text = _excerpt("641_adenchen_econ_theory_reading.md", 1, 17)
    with pytest.raises(ListError):
        _read(text, None)
    assert _papers(text, "{_}{authors} ({year}) {title}") == [
        (8, "On the Efficiency of Matching and Related Models of Search and Bargaining", 1988,
         "", []),
        (9, "Financial Instability Hypothesis", 1977, "", []),
        (12, "A Century of US Central Banking- Goals, Frameworks, Accountability", 2013, "",
         ["Bernanke"]),
        (13, "Capital Asset Prices A Theory of Market Equilibrium under Conditions of Risk", 1964,
         "", ["Sharpe"]),
        (16, "Impure Altruism and Donations to Public Goods", 1990, "", [])]
    # `- Oscar presented: Conley and Ligon (2002) Economic Distance and Cross-Country
    # Spillovers`: the title's own words are never its authors
    later = _excerpt("641_adenchen_econ_theory_reading.md", 35, 37)
    assert _papers(later, "{_}{authors} ({year}) {title}") == [
        (3, "Economic Distance and Cross-Country Spillovers", 2002, "", [])]


def test_a_section_inference_took_for_tools_is_read_as_the_maintainer_declares():
    # 652_rsy56640_database_notes_zh: `- [Title](notes folder on GitHub)`; read alone, the
    # sections link no paper and name no venue, year or authors (projects or tools)
    text = (CORPUS / "652_rsy56640_database_notes_zh.md").read_text(encoding="utf-8")
    assert [line for line, *_ in _papers(text, None)] == [71, 74]
    papers = _papers(text, "[{title}]({url})")
    assert len(papers) == 25
    assert papers[1][:2] == (5, "Optimizing Main-MemoryJoin on Modern Hardware")
    # a name of one or two words is no title phrase: `[ARIES](notes)`, `[Write-Behind Logging]`
    assert not {70, 72} & {line for line, *_ in papers}


def test_a_declared_item_linking_only_a_video_is_still_not_a_paper():
    # an item inference skipped is read again only when what it links does not say otherwise
    text = ("# Talks and papers\n\n## Transformers\n\n"
            "- [Attention Is All You Need](https://arxiv.org/abs/1706.03762)\n"
            "- [The Illustrated Transformer walkthrough](https://www.youtube.com/watch?v="
            "iDulhoQ2pro)\n")
    reading = _read(text, "[{title}]({url})")
    assert [e.title for e in reading.lib.entries] == ["Attention Is All You Need"]
    assert [s.line for s in reading.skipped] == [6]


def test_paragraphs_that_fit_are_papers_and_the_news_written_otherwise_is_not():
    # 621_colindoyle_law_algorithms: `Title` over `<br> Names (Year)` over `<br> Read all.`,
    # one paragraph each; a news story dates itself `(Jan. 22 2020)`, no year alone
    text = _excerpt("621_colindoyle_law_algorithms.md", 44, 62)
    with pytest.raises(ListError):
        _read(text, None)
    assert [(line, title, year) for line, title, year, _v, _a in
            _papers(text, "{title} <br> {_}({year})")] == [
        (5, "An Introduction to Statistical Learning with Applications in R", 2021),
        (9, "Anatomy of an A.I. System", 2018),
        (13, "Do Artifacts Have Politics?", 1980),
        (17, "Cyberspace and the Law of the Horse", 1996)]
    news = _excerpt("621_colindoyle_law_algorithms.md", 17, 27)
    assert [line for line, *_ in _papers(news + "\n" + text, "{title} <br> {_}({year})")
            if line < 12] == []


def test_a_paper_over_a_tree_of_notes_that_fits_is_read_not_dropped_silently():
    # 448_jihunni_bioinformatics_ko: `- Title | Nature` over `  - Parabiosis`, ... and a
    # deeper `    - ...` line: read alone, the bullet is a topic over its notes (and nothing
    # said it was left out); declared `{title} | {venue}`, it is a paper
    text = "## Aging\n\n" + _excerpt("448_jihunni_bioinformatics_ko.md", 56, 60)
    assert [(line, title, venue) for line, title, _y, venue, _a in
            _papers(text, "{title} | {venue}")][:1] == [
        (3, "Rejuvenation of aged progenitor cells by exposure to a young systemic environment",
         "Nature")]


DECLARED = sorted(p.stem for p in (CORPUS.parent / "corpus_declared").glob("*.toml"))


@pytest.mark.parametrize("name", DECLARED)
def test_a_corpus_lists_declaration_loads_and_costs_it_no_paper(name):
    # tests/corpus_declared/NAME.toml, written as the list's maintainer would from the list
    # and the tool's output (bench/corpus_score.py --declared prints the figures): it names a
    # corpus list, compiles, and reads at least the hand-counted papers inference reads
    declared = declared_templates(name)
    assert declared and (CORPUS / f"{name}.md").is_file()
    try:
        inferred = scores(name)["matched"]
    except ListError:
        inferred = 0  # (the list is refused without its declaration)
    assert scores(name, declared)["matched"] >= inferred


def test_one_inverted_name_in_a_declared_authors_field_is_one_person():
    # 569_manarwala_digital_humanities_readings: `Alves, Daniel. 2014. Title.` under
    # `{authors}. {year}. {title}.`: a reference's first author inverted, not two people
    text = "## Readings\n\n" + _excerpt("569_manarwala_digital_humanities_readings.md", 10, 10)
    [(_line, _title, year, _venue, families)] = _papers(text, "{authors}. {year}. {title}.")
    assert (year, families) == (2014, ["Alves"])


# -- templates induced from a list's linkless items (template.induce) ---------------------

def test_a_linkless_list_is_read_by_the_template_its_items_share():
    # 483_mhagiwara_must_read_nlp (`# 100 Must-Read NLP Papers`): `* Avrim Blum and Tom
    # Mitchell: Title, 1998.` and `* Kamal Nigam, et al.: Title. Venue, 1999.`; read alone,
    # the names before the colon left them out
    text = _excerpt("483_mhagiwara_must_read_nlp.md", 1, 16)
    reading = read_library(text, "L.md", None, explain=True)
    assert [(li.line, e.title, e.year) for e in reading.lib.entries
            for li in e.listings] == [
        (5, "Combining Labeled and Unlabeled Data with Co-Training", 1998),
        # (the title ends at its sentence's stop: `Machine Learning` is the journal)
        (11, "Text Classification from Labeled and Unlabeled Documents using EM", 1999),
        (13, "Bayesian Inference with Tears", 2009)]
    # (the other three, names before a title with its year in it, or `Names. Title.` without
    # a year, are left as they were read)
    assert "L.md:5: template of 'items without a link': {_}{title}, {year} (induced from the " \
           "list's items without a link; 3 of 6 items fit)" in reading.explain()


def test_a_year_alone_beside_the_title_needs_a_heading_that_names_papers():
    # 658_scchy_rl_papers_zh: `- [x] 1983: Title` under decade headings (`## 1980年代`) is
    # `{_}{year}: {title}`, but a year is all it places: as for one item alone, it may as
    # well be a book or a talk, so only under a heading that names papers is it read
    text = _excerpt("658_scchy_rl_papers_zh.md", 1, 16)
    assert [line for line, *_ in _papers(text, None)] == [16]
    papers = _papers("# Papers\n\n" + text, None)
    assert [(line, year) for line, _t, year, _v, _a in papers] == [
        (4, 1983), (5, 1984), (6, 1988), (9, 1990), (10, 1991), (11, 1992), (12, 1992),
        (13, 1991), (14, 1996), (18, None)]
    # (a title with a year in it, `Sutton’s 1996 Menu 《…》` on line 15, is not read: a field
    # may run on in it)


@pytest.mark.parametrize("name, first, last, read", [
    # `* [ ] Level Hash: Title`: a system's name before the colon is no venue or author
    ("556_ruipeterpan_os_papers.md", 61, 90, 5),
    # `Boote, K.J.; Jones, J.W.; …` and APA and `Names. Title.` mixed: no shape most share,
    # and a stop after an initial ends no field
    ("642_farmera_sugarcane_remote_sensing.md", 1, 60, 14),
    # `- Scheffer, M. (2020). Title (Vol. 16). Princeton University Press.` under `### Books`
    # (lines 13 and 14, linked, are read as before; the four linkless books are not)
    ("521_robertoalvarezm_ecologia_teorica.md", 1, 30, 10),
    # HTML items: `</li> <li class="paper">` is markup no field is in: refused whole, as before
    ("657_uwcse510_hci_calendar.md", 1, 90, None),
])
def test_no_template_is_induced_where_the_evidence_is_weak(name, first, last, read):
    text = _excerpt(name, first, last)
    if read is None:
        with pytest.raises(ListError, match="no paper or dataset items recognised"):
            read_library(text, "L.md", None)
        return
    reading = read_library(text, "L.md", None, explain=True)
    assert len(reading.lib.entries) == read
    assert not [line for line in reading.explain() if "induced" in line]


def test_a_declared_title_is_never_cut_from_inside_a_links_target():
    # 664_jiahuiqin_metabolomics_reading_zh: `[文献地址](http://xueshu.baidu.com/s?wd=…)`
    # under `{_}.{title}` took `baidu.com/s?wd=…` as a paper's title
    text = _excerpt("664_jiahuiqin_metabolomics_reading_zh.md", 1, 16)
    with pytest.raises(ListError):
        _read(text, "{_}.{title}")


def test_a_template_declared_for_a_section_outweighs_its_headings_words():
    # 668_jhconning_development_economics: `\* Allen, R.C., 2011. _Title_. Publisher.` under
    # `### Introductions` in `## Topics, Readings, and Slides` (kept apart as courses): the
    # section's own declaration says its items are papers; one for every section (`*`) does not
    text = _excerpt("668_jhconning_development_economics.md", 1, 14)
    declared = {"introductions": compile_template("{_}{year}. {title}.")}
    reading = read_library(text, "L.md", declared)
    assert [(li.line, e.year) for e in reading.lib.entries for li in e.listings] == [
        (9, 2011), (11, 2015)]
    with pytest.raises(ListError, match="talks, posts, courses"):
        _read(text, "{_}{year}. {title}.")


def test_a_dated_label_naming_its_childrens_kind_stays_a_label_with_nothing_declared():
    # the declared branch of a parent's test once took the dated-title branch's conditions
    # for its own: `* Papers presented at the OSDI workshop (2019).` over linked papers was
    # then reported as a paper without its link
    text = ("# L\n\n## Systems\n\n* Papers presented at the OSDI workshop (2019).\n"
            "  * [Eraser: A Dynamic Data Race Detector for Multithreaded Programs]"
            "(https://dl.acm.org/doi/10.1145/265924.265927)\n"
            "  * [The Google File System](https://research.google/pubs/pub51.pdf)\n")
    reading = _read(text, None)
    assert [li.line for e in reading.lib.entries for li in e.listings] == [6, 7]
    assert reading.lib.problems == []


def test_a_paragraph_the_declared_template_misreads_is_reported_not_dropped():
    # 684_mrcdatasets_mrc_models: `Names, Names and Name, Title, EMNLP 2019.` paragraphs under
    # `{authors}, {title}, {venue}`: the first comma ends `{authors}`, so `{title}` holds a
    # name; no paper is read from them, and the maintainer is told which lines and why
    text = _excerpt("684_mrcdatasets_mrc_models.md", 1, 17)
    reading = _read(text, "{authors}, {title}, {venue}")
    assert [(p.line, p.reason.split(",")[0]) for p in reading.lib.problems] == [
        (line, "fits its section's template") for line in (7, 10, 16)]
    # (line 13's `{title}` holds its last two names, `Deyi Xiong and Zhen Yan`, which read as
    # a phrase as `Economic Distance and Cross-Country Spillovers` does: it stays a paper, and
    # its title is wrong; the maintainer's template, not the reading, is at fault)
    assert [(li.line, e.title) for e in reading.lib.entries for li in e.listings] == [
        (13, "Deyi Xiong and Zhen Yan")]


def test_explain_counts_a_declared_sections_paragraphs_with_its_bullets():
    # 621_colindoyle_law_algorithms: a section of paragraphs only printed no template line,
    # and a section of both counted its bullets alone
    text = _excerpt("621_colindoyle_law_algorithms.md", 44, 62)
    reading = read_library(text, "L.md", {"*": compile_template("{title} <br> {_}({year})")},
                           explain=True)
    assert [line for line in reading.explain() if "template of" in line] == [
        "L.md:3: template of 'An introduction to machine learning': {title} <br> {_}({year}) "
        "(declared; 4 of 4 items fit)"]


def test_a_declared_year_may_be_written_with_two_digits():
    # 707_erosbryant_lsm_papers: `* Title (FAST 16)`; its maintainer could not declare the year
    # (`{year}` read four digits or `'16` only): two digits where the person placed the year
    text = ("# LSM\n\n## Key-Value separation\n\n"
            "* WiscKey: Separating Keys from Values in SSD-conscious Storage (FAST 16)\n"
            "* HashKV: Enabling Efficient Updates in KV Storage via Hashing (Usenix 18)\n")
    declared = {"*": compile_template("{title} ({venue} {year})")}
    got = {e.title: (e.venue_tag, e.year) for e in read_library(text, "L.md", declared).lib.entries}
    assert got == {
        "WiscKey: Separating Keys from Values in SSD-conscious Storage": ("FAST 2016", 2016),
        "HashKV: Enabling Efficient Updates in KV Storage via Hashing": ("Usenix 2018", 2018)}
