"""Round 35: a title read apart from the names and year that open it, papers written as
headings over labelled field lines, `<details>` blocks spaced by `<br/>`, and author lists
that leave names out. Each case is a real list's lines (tests/corpus 733-756), with the
misreadings the known lists showed when the rules were first written too broadly."""

from __future__ import annotations

from pathlib import Path

from awesome_bib.importer import read_library
from awesome_bib.importer.authors import names_year_lead, parse_authors
from awesome_bib.importer.template import title_like

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


def _entries(text: str, name: str = "L.md"):
    return read_library(text, name, None).lib.entries


def _read(text: str) -> dict[str, tuple[int | None, str, list[str]]]:
    """title -> (year, venue, family names) of every entry read from `text`."""
    return {e.title: (e.year, e.venue_tag, [a.family for a in e.authors])
            for e in _entries(text)}


def _list(*items: str, heading: str = "Readings") -> str:
    return f"# Reading list\n\n## {heading}\n\n" + "".join(f"- {line}\n" for line in items)


def _corpus(name: str):
    path = CORPUS / name
    return read_library(path.read_text(encoding="utf-8"), str(path), None).lib


def test_a_title_after_who_and_when_is_read_apart_from_them():
    # 738_briancalbrecht_econ_articles (`[Names Year - Title](url)`), 733_macmanes (`Name
    # Year Title url`, `Names Year. Title.`), 740_heinzjeffrey (`[Name. Year. Title. (note)]`)
    got = _read(_list(
        "[Elster 1998 - A Plea for Mechanisms](http://example.org/elster.pdf)",
        "[Bulow & Roberts 1989 - The Simple Economics of Optimal Auctions]"
        "(http://example.org/bulow_roberts89.pdf)",
        "Lewontin 1970 The Units of Selection "
        "http://www.annualreviews.org/doi/abs/10.1146/annurev.es.01.110170.000245",
        "Axelrod and Hamilton 1981. The Evolution of Cooperation. "
        "http://example.org/Axelrod_evolution_of_cooperation_81.pdf",
        "[Eric Raimy. 1999. Representing Reduplication. (Chapters 1,2)]"
        "(materials/Raimy-1999-Diss-uptoCH02.pdf)"))
    assert got == {
        "A Plea for Mechanisms": (1998, "", ["Elster"]),
        "The Simple Economics of Optimal Auctions": (1989, "", ["Bulow", "Roberts"]),
        "The Units of Selection": (1970, "", ["Lewontin"]),
        "The Evolution of Cooperation": (1981, "", ["Axelrod", "Hamilton"]),
        "Representing Reduplication": (1999, "", ["Raimy"]),
    }


def test_a_lead_of_who_and_when_needs_the_evidence_of_names():
    # 713_ici3d: `**Zaire 1976 Ebola Epidemic**` names a place, a year and two words: a year
    # set off by a space alone needs a title phrase after it
    assert names_year_lead("Zaire 1976 Ebola Epidemic") is not None  # (the shape alone)
    got = _read(_list("**Zaire 1976 Ebola Epidemic** ([figures](https://example.org/f.pdf))",
                      "[Deep Learning 2016 A review of methods](https://example.org/dl.pdf)"))
    assert "Ebola Epidemic" not in got and "A review of methods" not in got
    assert names_year_lead("Deep Learning 2016 A review of methods") is None
    assert names_year_lead("CVPR 2017 Best Paper Award winners") is None
    assert names_year_lead("March 2020 Update on the Models") is None


def test_the_econ_list_reads_every_title_without_its_names():
    lib = _corpus("738_briancalbrecht_econ_articles.md")
    titles = {e.title: (e.year, [a.family for a in e.authors]) for e in lib.entries}
    assert titles["A Plea for Mechanisms"] == (1998, ["Elster"])
    assert titles["On the Impossibility of Informationally Efficient Markets"] == (
        1976, ["Grossman", "Stiglitz"])
    assert not any(t[:1].isupper() and any(c.isdigit() for c in t[:20]) for t in titles)


def test_papers_written_as_headings_over_labelled_fields_are_records():
    # 755_derekwin_disaggregated_memory_zh: `## 1. Title.` over `- Conference: OSDI 2023` /
    # `- Authors: A, B, ... Z` / `- URL: [url](url)`
    lib = _corpus("755_derekwin_disaggregated_memory_zh.md")
    assert len(lib.entries) == 17
    first = lib.entries[0]
    assert first.title == "SMART: A High-Performance Adaptive Radix Tree for Disaggregated Memory"
    assert (first.year, first.venue_tag) == (2023, "OSDI 2023")
    assert [a.family for a in first.authors] == ["Luo", "Zuo"] and first.authors_et_al
    assert [lk.url for lk in first.links] == [
        "https://www.usenix.org/conference/osdi23/presentation/luo"]
    assert first.listings[0].line == 3


def test_a_heading_over_labelled_lines_is_a_record_only_where_the_list_writes_records():
    # one heading over a few labelled lines is no record; a linked heading over its fields
    # (332_ai4phys: `#### [Brax: …](github)` / `- **Date:** …`) and a field that links its
    # title (390_moeinfatehi: `- **Link**: [Title](url)`) are read as before
    text = ("# Papers\n\n## Contact the maintainers of this list\n\n- Email: a@example.org\n"
            "- Twitter: @example\n- Web: https://example.org\n\n## Readings\n\n"
            "- [Attention Is All You Need](https://arxiv.org/abs/1706.03762), NeurIPS 2017\n")
    assert set(_read(text)) == {"Attention Is All You Need"}
    lib = _corpus("332_ai4phys_ai_for_physics.md")
    assert not any(e.title.startswith(("Brax", "MuJoCo", "PyBullet")) for e in lib.entries)
    lib = _corpus("390_moeinfatehi_smart_contract_security.md")
    venues = {e.title: e.venue_tag for e in lib.entries}
    assert venues["Making Smart Contracts Smarter"] == "ACM"


def test_a_details_block_spaced_by_a_break_is_a_section():
    # 749_facundoolano_software_papers: `<details open>` / `<summary>List of papers by
    # topic</summary>` / `<br/>`: the empty tag holds nothing, the summary names the section
    lib = _corpus("749_facundoolano_software_papers.md")
    assert [s.title for s in lib.sections][:3] == [
        "List of papers by topic", "Top-level papers only", "All papers in chronological order"]


def test_an_author_list_that_leaves_names_out_keeps_the_names_before_the_gap():
    authors, et_al = parse_authors("Xuchuan Luo, Pengfei Zuo, ... Yangfan Zhou")
    assert [a.family for a in authors] == ["Luo", "Zuo"] and et_al
    authors, et_al = parse_authors("Smith, J., Jones, K., … Brown, L.")
    assert [a.family for a in authors] == ["Smith", "Jones"] and et_al


def test_the_first_of_an_author_list_is_no_title():
    # 602_clulab: `A Poliak, J Naradowsky, A Haldar, R Rudinger… [Title](url) ACL 2018`:
    # the names before the gap read, the first of them is no title before the others
    got = _read(_list("A Poliak, J Naradowsky, A Haldar, R Rudinger…  [Hypothesis only "
                      "baselines in natural language inference](https://arxiv.org/abs/1805.01042)"
                      " ACL 2018"))
    (title, (_year, _venue, families)), = got.items()
    assert title == "Hypothesis only baselines in natural language inference"
    assert families in ([], ["Poliak", "Naradowsky", "Haldar", "Rudinger"])


def test_one_person_family_name_first_is_no_title():
    # 532_mimicji: `Titzer, Ben L. ["A fast in-place interpreter for WebAssembly."](pdf)`
    assert not title_like("Titzer, Ben L")
    assert title_like("Attention, Learning and Memory in Networks")


# Second round (development lists 757-780, judged in the first round)

def test_links_laid_out_one_per_line_are_one_paper_each():
    # 771_chanj18_fuzzing_papers_zh: `[Title](url)<br>` lines, no bullets: read as one
    # paragraph, the first line was the paper and the others' links its links (an arXiv id
    # of another paper among them)
    text = ("# List\n\n### Fuzzing\n"
            "[Fuzz4All: Universal Fuzzing with Large Language Models]"
            "(https://arxiv.org/abs/2308.04748)<br>\n"
            "[Titan]()<br>\n"
            "[Large Language Models are Few-shot Testers: Exploring LLM-based General Bug "
            "Reproduction](https://arxiv.org/abs/2209.11515)<br>\n"
            "[Magma: A Ground-Truth Fuzzing Benchmark](https://arxiv.org/pdf/2009.01120.pdf)<br>\n")
    entries = {e.title: e for e in _entries(text)}
    assert set(entries) == {
        "Fuzz4All: Universal Fuzzing with Large Language Models",
        "Large Language Models are Few-shot Testers: Exploring LLM-based General Bug "
        "Reproduction",
        "Magma: A Ground-Truth Fuzzing Benchmark"}
    assert entries["Fuzz4All: Universal Fuzzing with Large Language Models"].arxiv == "2308.04748"
    assert entries["Magma: A Ground-Truth Fuzzing Benchmark"].arxiv == "2009.01120"
    assert [e.listings[0].line for e in entries.values()] == [4, 6, 7]


def test_a_paragraph_of_one_title_with_its_links_stays_one_item():
    # a title line over its labelled links is one paper, not a column of papers
    text = ("# List\n\n## Papers\n\n"
            "**Attention Is All You Need**\n"
            "[paper](https://arxiv.org/abs/1706.03762)\n"
            "[code](https://github.com/tensorflow/tensor2tensor)\n")
    assert set(_read(text)) == {"Attention Is All You Need"}


def test_an_html_item_is_listed_on_the_line_that_shows_its_title():
    # 763_maggiexheuw_quantum_classics: `<li>` ⏎ `<a href=…>` ⏎ `Title` ⏎ `</a></li>`
    lib = _corpus("763_maggiexheuw_quantum_classics.md")
    first = next(e for e in lib.entries if e.title.startswith("Wigner flow"))
    assert first.listings[0].line == 21


def test_headings_over_few_items_with_a_papers_evidence_set_no_section_level():
    # 761_benb111 (`## Data sets` of site links beside `## Papers` over `###` topics), 762
    # (`# 1. Datasets` of `[ZINC](site)` lines beside `# 2. Algorithm` over `###` topics): the
    # topics are the sections; 18_yzhuoning_clip (`## CLIP` over one paper beside `##
    # Applications` over `### GAN`) keeps its `##` sections
    assert "Survey papers and books" in [s.title for s in
                                         _corpus("761_benb111_small_molecule_ml.md").sections]
    titles = [s.title for s in _corpus("762_hongxinxiang_molecule_generation.md").sections]
    assert "2.1.1  Variational autoencoders (VAEs)" in titles or \
        "2.1.1 Variational autoencoders (VAEs)" in titles
    assert [s.title for s in _corpus("18_yzhuoning_clip.md").sections] == ["CLIP", "Applications"]


def test_a_studys_number_in_brackets_then_title_year_and_venue():
    # 770_mximp_symbolic_execution_slr: `1. (542)\*. Title, 2022, Journal: Venue` (a review's
    # study IDs, marked) and `1. (1002). Names. Title. In Proceedings …, 2012.`; a year in
    # brackets stays a year
    got = _read("# Studies\n\n"
                "1. (542)\\*. Enhancing Dynamic Symbolic Execution by Automatically Learning "
                "Search Heuristics, 2022, Journal: IEEE Transactions on Software Engineering  \n"
                "1. (54). DySy: dynamic symbolic execution for invariant inference, 2008, "
                "International Conference on Software Engineering (ICSE)  \n"
                "1. (87)\\*. ParSym: Parallel symbolic execution, 2010, International Conference "
                "on Software Technology and Engineering (ICSTE)  \n")
    assert got == {
        "Enhancing Dynamic Symbolic Execution by Automatically Learning Search Heuristics":
            (2022, "IEEE Transactions on Software Engineering 2022", []),
        "DySy: dynamic symbolic execution for invariant inference":
            (2008, "International Conference on Software Engineering (ICSE) 2008", []),
        "ParSym: Parallel symbolic execution":
            (2010, "International Conference on Software Technology and Engineering (ICSTE) "
                   "2010", []),
    }
    assert _read(_list("(2020). A survey of things we read about, ICSE 2020 "
                       "[pdf](https://example.org/a.pdf)")) == {
        "A survey of things we read about": (2020, "ICSE 2020", [])}


def test_one_person_then_the_quote_that_opens_a_linked_title():
    # 767_hepplerj_digital_history (Chicago): `Edward Ayers, "[Title](url)" (1999).`
    got = _read("# Reading list\n\n## Historiography\n\n"
                'Edward Ayers, "[The Pasts and Futures of Digital History]'
                '(http://www.vcdh.virginia.edu/PastsFutures.html)" (1999).\n\n'
                'Vannevar Bush, "[As We May Think](http://example.org/Bush_As_We_May_Think.pdf)" '
                "*The Atlantic* (1945).\n\n"
                'Note, "[Read these first before the seminar](http://example.org/notes.html)"\n')
    assert got["The Pasts and Futures of Digital History"] == (1999, "", ["Ayers"])
    assert got["As We May Think"] == (1945, "The Atlantic 1945", ["Bush"])
    assert not any("Note" in families for _year, _venue, families in got.values())


def test_a_publisher_is_no_author():
    # 767: `Christine Borgman, *Scholarship in the Digital Age: …* (MIT Press, 2009).` read
    # `MIT Press` as a person
    lib = _corpus("767_hepplerj_digital_history.md")
    assert not any(a.family == "Press" for e in lib.entries for a in e.authors)


def test_a_venue_and_year_under_a_published_year_header():
    # 750_wotchin_vision_papers_zh: `|Title|中文说明| CVPR 2021 |` under `|Name|Comment|Published
    # Year|`: linkless rows were refused whole, the venue in the year's cell unread
    lib = _corpus("750_wotchin_vision_papers_zh.md")
    got = {e.title: (e.year, e.venue_tag) for e in lib.entries}
    assert got["MagFace: A Universal Representation for Face Recognition and Quality "
               "Assessment"] == (2021, "CVPR 2021")


def test_a_quoted_title_then_a_dash_then_who_and_when():
    # 764_gkaria_quantum_papers: `"Title" - Einstein, Podolsky, Rosen (1935)` read the names
    # as the venue
    got = _read(_list('"Can Quantum-Mechanical Description of Physical Reality Be Considered '
                      'Complete?" - Einstein, Podolsky, Rosen (1935) '
                      '[pdf](https://example.org/epr.pdf)'))
    assert got == {"Can Quantum-Mechanical Description of Physical Reality Be Considered "
                   "Complete?": (1935, "", ["Einstein", "Podolsky", "Rosen"])}


def test_lines_that_each_open_with_a_titled_link_are_one_paper_each():
    # 804_qxtian_offline_rl: `[Title](pdf), NIPS2020, note.` ⏎ `[Title](pdf), ICLR 2020, note.`
    # in one paragraph gave the second paper's venue to the first
    got = _read("# Offline RL\n\n## Papers\n\n"
                "[Multi-task Batch Reinforcement Learning with Metric Learning]"
                "(https://proceedings.neurips.cc/paper/2020/file/x-Paper.pdf), NIPS2020, Multi "
                "task, Generalize to unseen tasks.\n"
                "[Batch Reinforcement Learning Through Continuation Method]"
                "(https://openreview.net/pdf/84a7.pdf), ICLR 2020, Offline+continuation.\n")
    assert got["Multi-task Batch Reinforcement Learning with Metric Learning"][1] == "NIPS2020"
    assert got["Batch Reinforcement Learning Through Continuation Method"][1] == "ICLR 2020"


def test_an_html_block_of_papers_is_not_split_without_its_lines():
    # 721_nimafazeli: `<p>` papers in one HTML block: its breaks name no source line, so a
    # split would list every paper on the block's first line
    lib = _corpus("721_nimafazeli_manipulation_reading.md")
    lines = [li.line for e in lib.entries for li in e.listings]
    assert len(lines) == len(set(lines))


def test_a_schedule_of_days_dates_no_paper():
    # 797_nlpmasters_nlp_study_ko: `|2020/12/12| presenter |A Neural Probabilistic Language
    # Model|[NPLM](pdf)|`: two rows share a day (a meeting's), the day is not the year the
    # paper appeared
    lib = _corpus("797_nlpmasters_nlp_study_ko.md")
    years = {e.title: e.year for e in lib.entries}
    assert years["A Neural Probabilistic Language Model"] is None
    assert years["Attention Is All You Need"] in (None, 2017)
    # (a month shared by papers dates them: 235_glimmerlab's `|2025-02|` column)
    assert all(e.year is not None for e in _corpus("235_glimmerlab_robot_learning_zh.md").entries
               if "ASAP" in e.title)


# Third round (development lists 781-804, judged in the second round)

def test_a_title_after_persons_names_and_the_stop_that_ends_them():
    # 781_vpavlenko_rock_analysis: `[Walter Everett. Making Sense of …](url)` bullets, no year;
    # the whole list writes its papers so
    got = _read(_list(
        "[Walter Everett. Making Sense of Rock’s Tonal Systems](https://www.mtosmt.org/a.html)",
        "[S. Alexander Reed. An Idiom of Melodic-Harmonic Divorce: Sub-Circle Motion in Popular "
        "Music](https://www.mtosmt.org/b.html)",
        "[David Temperley, Iris Ren, and Zhiyao Duan. Mediant Mixture and “Blue Notes” in Rock: "
        "An Exploratory Study](https://mtosmt.org/c.htm)",
        "[Ricardo Bermudez-Otero. Stratal Phonology. 2018. The Routledge handbook of "
        "phonological theory, 100-134.](https://ling.auf.net/lingbuzz/003118)"))
    assert got == {
        "Making Sense of Rock’s Tonal Systems": (None, "", ["Everett"]),
        "An Idiom of Melodic-Harmonic Divorce: Sub-Circle Motion in Popular Music":
            (None, "", ["Reed"]),
        "Mediant Mixture and “Blue Notes” in Rock: An Exploratory Study":
            (None, "", ["Temperley", "Ren", "Duan"]),
        "Stratal Phonology": (2018, "", ["Bermudez-Otero"]),
    }


def test_words_before_a_stop_that_are_no_persons_stay_the_title():
    # topics' words (`Machine Learning.`) and names joined by "and" read as one person
    # (`Tomasi, and Jianbo Shi.`, 800_shivgarg) are no lead
    got = _read(_list(
        "[Machine Learning. A Probabilistic Perspective](https://example.org/book.pdf)",
        "[Deep Learning. A Review of Its Methods](https://example.org/dl.pdf)"))
    assert set(got) == {"Machine Learning. A Probabilistic Perspective",
                        "Deep Learning. A Review of Its Methods"}
    lib = _corpus("800_shivgarg_vision_papers.md")
    assert not any(a.family == "Tomasi" and "Shi" in a.given
                   for e in lib.entries for a in e.authors)


def test_a_span_of_years_in_brackets_is_no_date():
    # 781: `[David B. Easley. Riff Schemes, … Hardcore Punk (1978–83)](url)` was dated 1978;
    # 227's `[ICLR-2017 GCN]` keeps its venue and year
    got = _read(_list("[David B. Easley. Riff Schemes, Form, and the Genre of Early American "
                      "Hardcore Punk (1978–83)](https://www.mtosmt.org/d.html)",
                      "[Drew Nobile. Teleology in Verse–Prechorus–Chorus Form, 1965–2020]"
                      "(https://mtosmt.org/e.html)"))
    assert all(year is None for year, _venue, _names in got.values())
    lib = _corpus("227_xiashan_gnn_papers_zh.md")
    assert any(e.year == 2017 and "ICLR" in e.venue_tag for e in lib.entries)


def test_each_paragraph_of_an_html_block_is_an_item():
    # 721_nimafazeli_manipulation_reading: `<p>` ⏎ `<a href=pdf> "Title," Names (2018)</a>:
    # note` ⏎ `</p>` ⏎ `<p>` … with no blank lines: one item held every paper's link (a
    # field from another paper); each `<p>` is an item, listed on its link's line
    lib = _corpus("721_nimafazeli_manipulation_reading.md")
    links = [lk.url for e in lib.entries for lk in e.links]
    assert len(links) == len(set(links)) and len(lib.entries) == 16
    first = next(e for e in lib.entries if "Deep Object Pose Estimation" in e.title)
    assert [lk.url for lk in first.links] == ["https://arxiv.org/pdf/1809.10790.pdf"]
    assert first.listings[0].line == 50


def test_a_month_and_year_after_the_names_is_no_span():
    # 805_astrobristol_black_hole_club: `[Title](arxiv) (Dou et al., 06-2026)`: the span rule
    # of the third round read `06-2026` as a period and lost the names and the year (the one
    # entry a judged round moved on its unseen lists, for the worse)
    got = _read(_list("[Disk reflection as the origin of the X-ray polarization of NGC 4151 with "
                      "IXPE](https://arxiv.org/abs/2606.08862) (Kammoun et al., 06-2026)"))
    (year, _venue, families), = got.values()
    assert (year, families) == (2026, ["Kammoun"])
