"""Issue 15, round 11's second addition (`import-dev13`): lists 181-192 (fresh-held-out-15)
are its development lists; excerpt lines of the real lists in tests/corpus/."""

from __future__ import annotations

import pytest

from awesome_bib.errors import ListError
from awesome_bib.importer import read_library

from .test_round8_structure import _lines, _read


def test_a_heading_of_tutorials_whose_items_are_linkless_papers_holds_papers():
    # 186_lumingsun_ml4db lines 1-33: `## System and Tutorial` over linkless `* Title (SIGMOD
    # 2021)` items and a `### Training Data Collection` below it: the heading's word
    # ("Tutorial") skipped all 27 as talks; the items' own evidence (a title phrase with its
    # venue and year, written as the list's papers elsewhere) says they are papers
    papers = _read("\n".join(_lines("186_lumingsun_ml4db")[:33]))
    assert len(papers) == 27
    assert papers[0][:3] == (4, "System and Tutorial", "SageDB: A Learned Database System")
    assert (5, "System and Tutorial",
            "Database Learning: Toward a Database that Becomes Smarter Every Time",
            "SIGMOD 2017", 2017) in papers
    assert (31, "Training Data Collection") == papers[-2][:2]


#: Headings of talks whose items carry an event's name and year: they stay talks. Each item
#: links a video, a site or code, never a paper (real lines: 42_uclanlp_fairness_nlp lines
#: 79-81, 65_cpuu_fuzzing lines 29-32).
TALKS = {
    "tutorial list": "# Fairness\n\n## Papers\n\n- [A Title of a Paper Here](https://arxiv.org/"
                     "abs/2101.00001), ACL 2021\n\n### Tutorial List\n"
                     "- [Fairness in Machine Learning](https://nips.cc/Conferences/2017/Schedule"
                     "?showEvent=8734), NeurIPS 2017\n"
                     "- [The Trouble with Bias](https://www.youtube.com/watch?v=fMym_BKWQzk), "
                     "NeurIPS 2017\n",
    "talks": "# Fuzzing\n\n## Papers\n\n- [A Title of a Paper Here](https://arxiv.org/"
             "abs/2101.00001), ACL 2021\n\n## Talks\n"
             "- [Effective File Format Fuzzing](https://youtu.be/qTTwqFRD1H8) - Black Hat "
             "Europe 2016.\n"
             "- [Adventures in Fuzzing](https://www.youtube.com/watch?v=SngK4W4tVc0) - NYU Talk "
             "2018.\n"
             "- [Fuzzing with AFL](https://www.youtube.com/watch?v=DFQT1YxvpDo) - NDC "
             "Conferences 2018.\n",
}


@pytest.mark.parametrize("name", sorted(TALKS))
def test_talks_dated_by_their_event_stay_talks(name):
    assert [title for _l, _s, title, _v, _y in _read(TALKS[name])] == [
        "A Title of a Paper Here"]


def test_a_linkless_heading_of_tutorials_alone_is_no_list_of_papers():
    # a tutorial list writing each event's name and year and nothing else is no paper list
    with pytest.raises(ListError):
        read_library("# Tutorials\n\n## Tutorials\n\n- Deep Learning Basics (CVPR 2019)\n"
                     "- Graph Networks (KDD 2020)\n", "list.md")


def test_a_year_heading_with_a_back_link_is_a_year_heading():
    # 181_safegraph_graph_fraud_detection lines 1-36: `### 2026 [[Back to Top](#llm-and-
    # transformer-papers)]` under `## Deep Learning Graph Papers`: the link to the page's own
    # top is navigation; the heading is `2026`, a year grouping the `##` topic's papers
    papers = _read("\n".join(_lines("181_safegraph_graph_fraud_detection")[:36]))[-2:]
    assert [(line, section, year) for line, section, _t, _v, year in papers] == [
        (35, "Deep Learning Graph Papers", 2026), (36, "Deep Learning Graph Papers", 2026)]
    assert papers[0][2] == "Efficient Densest Flow Queries in Transaction Flow Networks"


def test_a_back_link_is_left_out_only_of_what_the_heading_groups_by():
    # 28_safegraph_adversarial lines 24-27: `### Attack Papers 2023 [[Back to Top](#…)]` is a
    # topic with its year: a section, named as the list writes it (its truth keeps the words)
    papers = _read("\n".join(_lines("28_safegraph_adversarial")[23:31]))
    assert papers and {section for _l, section, *_r in papers} == {
        "Attack Papers 2023 [Back to Top]"}


def test_bare_titles_of_a_list_naming_its_papers_venue_and_year_are_its_papers():
    # 189_paopaorobot_icra2020 lines 1-25: `# ICRA2020-paper-list`, a preamble, then `- Title`
    # bullets with no link, venue, year or authors: refused whole ("no paper or dataset items
    # recognised"); the list's title names its papers and their one venue and year
    papers = _read("\n".join(_lines("189_paopaorobot_icra2020")[:25]))
    assert len(papers) == 12
    assert papers[0] == (12, "Awards IV: Unmanned Aerial Vehicles; Robot Vision",
                         "Design and Autonomous Stabilization of a Ballistically Launched "
                         "Multirotor", "ICRA 2020", 2020)
    assert {(venue, year) for _l, _s, _t, venue, year in papers} == {("ICRA 2020", 2020)}


#: Bare title phrases whose list title does not name papers AND one venue and year: nothing
#: says they are papers (a reading list of topics, an event's workshops), still refused whole.
BARE = {
    "no venue": "# Robotics-paper-list\n\n## SLAM\n- Real-Time Graph-Based SLAM with Occupancy "
                "Normal Distributions Transforms\n- Spatio-Temporal Non-Rigid Registration of 3D "
                "Point Clouds of Plants\n- Active SLAM Using 3D Submap Saliency for Underwater "
                "Volumetric Exploration\n",
    "no papers": "# ICRA2020 workshops\n\n## SLAM\n- Real-Time Graph-Based SLAM with Occupancy "
                 "Normal Distributions Transforms\n- Spatio-Temporal Non-Rigid Registration of "
                 "3D Point Clouds of Plants\n- Active SLAM Using 3D Submap Saliency for "
                 "Underwater Volumetric Exploration\n",
    "two venues": "# ICRA2020 and IROS2020 papers\n\n## SLAM\n- Real-Time Graph-Based SLAM with "
                  "Occupancy Normal Distributions Transforms\n- Spatio-Temporal Non-Rigid "
                  "Registration of 3D Point Clouds of Plants\n- Active SLAM Using 3D Submap "
                  "Saliency for Underwater Volumetric Exploration\n",
}


def test_bare_titles_without_the_lists_venue_and_year_stay_refused():
    for name, md in BARE.items():
        with pytest.raises(ListError, match="no paper or dataset items recognised"):
            read_library(md, f"{name}.md")


def test_a_known_venue_alone_after_a_quoted_title_is_its_venue():
    # 185_hexdjx_visual_tracking_zh lines 1-14: `* Unicorn: "Title" ECCV (Oral). [[Paper]](url)`
    # and `* "Title" CVPR (Oral). [[Paper]](url)` (no name), each over a Chinese summary line:
    # the venue was never read, and without a name the title kept its quotes and the venue
    papers = _read("\n".join(_lines("185_hexdjx_visual_tracking_zh")[:14]))
    assert [(line, title, venue, year) for line, _s, title, venue, year in papers] == [
        (5, "Towards Grand Unification of Object Tracking", "ECCV", 2022),
        (7, "Robust Visual Tracking by Segmentation", "ECCV", 2022),
        (9, "Transforming Model Prediction for Tracking", "CVPR", 2022),
        (11, "MixFormer: End-to-End Tracking with Iterative Mixed Attention", "CVPR", 2022),
        (13, "Global Tracking via Ensemble of Local Trackers", "CVPR", 2022)]


def test_a_word_the_venue_table_does_not_know_after_a_quoted_title_is_no_venue():
    papers = _read('# L\n\n## 2022\n* "Towards Grand Unification of Object Tracking" Unicorn. '
                   '[[Paper]](https://arxiv.org/abs/2207.07078)\n')
    assert [venue for _l, _s, _t, venue, _y in papers] == [""]


def test_each_line_of_a_blockquote_of_citations_is_a_paper_and_the_repository_is_not():
    # 188_tzutalin_visual_slam lines 1-21 and 1-49: repository bullets (`- [LSD-SLAM](github).
    # Available on ROS`), each over a blockquote of linkless citations written title first,
    # names and venue after (`>LSD-SLAM: Large-Scale Direct Monocular SLAM, J. Engel, T.
    # Schöps, D. Cremers, ECCV '14` ⏎ `>Semi-Dense ...`): both lines were one reading (or
    # none); a bullet whose title-like link text links only code, over its paper's citation,
    # was imported as a paper
    lines = _lines("188_tzutalin_visual_slam")
    papers = _read("\n".join(lines[:21]))
    assert [(line, title, year) for line, _s, title, _v, year in papers if line >= 20] == [
        (20, "LSD-SLAM: Large-Scale Direct Monocular SLAM", 2014),
        (21, "Semi-Dense Visual Odometry for a Monocular Camera", 2013)]
    rgbd = [(title, year) for _l, _s, title, _v, year in _read("\n".join(lines[:49]))]
    assert ("Real-Time Visual Odometry from Dense RGB-D Images", 2011) in rgbd
    assert not any(title.startswith("OpenCV RGBD-Odometry") for title, _y in rgbd)


def test_a_citation_wrapped_over_two_lines_stays_one_citation():
    # a paragraph whose second line is no citation of its own is one citation, as before,
    # though its first line alone reads as one (names, title, year): both lines are its text
    md = ("# L\n\n## Papers\n\n- [A Title of a Paper Here](https://arxiv.org/abs/2101.00001), "
          "ACL 2021\n\nE. Dormy, A. Tarantola, Paleomagnetism of the ocean floor and its "
          "implications, 1995,\nJ. Geophys. Res.\n")
    entries = read_library(md, "list.md").lib.entries[1:]
    assert [(e.title, e.listings[0].raw) for e in entries] == [
        ("Paleomagnetism of the ocean floor and its implications",
         "E. Dormy, A. Tarantola, Paleomagnetism of the ocean floor and its implications, "
         "1995,\nJ. Geophys. Res.")]


def test_preprint_is_no_venue_and_a_published_venues_year_wins_over_the_date_column():
    # 192_huybery_code_llm lines 1-31: `| ... [**Title**](arxiv) <br> | `Preprint` | `2024.11` |`
    # (a kind of publication, no venue's name) and `| ... CodeGen ... | `ICLR'23` | `2022.03` |`
    # (the date is the preprint's; the paper appeared at ICLR 2023)
    papers = {title: (venue, year) for _l, _s, title, venue, year
              in _read("\n".join(_lines("192_huybery_code_llm")[:31]))}
    assert papers["OpenCoder: The Open Cookbook for Top-Tier Code Large Language Models"] == (
        "", 2024)
    codegen = next(v for t, v in papers.items() if t.startswith("CodeGen: An Open Large"))
    assert codegen == ("ICLR 2023", 2023)


def test_a_preprint_servers_year_does_not_override_the_date_column():
    # 41_willoscar_hci_llm lines 1, 24-30 and 44: `| arXiv(v2) 2026 | [Title](arxiv 2512.22385v2)
    # | ... | 2025.12 |`: arXiv is a preprint server, the year of the version it names is a
    # date like the column's, and the column dates the paper (only a published venue's year
    # wins over the date column)
    lines = _lines("41_willoscar_hci_llm")
    papers = _read("\n".join(lines[:1] + [""] + lines[23:30] + [lines[43]]))
    assert [(venue, year) for _l, _s, _t, venue, year in papers][-1] == ("arXiv 2026", 2025)


def test_a_hyphen_inside_a_name_still_makes_a_name_and_a_description():
    # 184_iwangjian_dialogue_systems lines 1-36: `* **ChatGLM2-6B**: "ChatGLM2-6B: An Open
    # Bilingual Chat LLM". Tsinghua(2023) [[code]](github)` among `* **MemoChat**: "Title".
    # arXiv(2023) [[paper]](arxiv)`: a chat model linking only its code; `ChatGLM3` (no hyphen)
    # was already read as a name and a description, `ChatGLM2-6B` was not
    titles = [title for _l, _s, title, _v, _y in _read("\n".join(
        _lines("184_iwangjian_dialogue_systems")[:36]))]
    assert not any(title.startswith(("ChatGLM", "An Open Bilingual")) for title in titles)
    assert "MemoChat: Tuning LLMs to Use Memos for Consistent Long-Range Open-Domain " \
           "Conversation" in titles


def test_a_language_note_after_the_title_is_no_title_word():
    # 182_thunlp_knowledge_representation lines 1-16: `1. **Knowledge Representation
    # Learning: A Review. (In Chinese)**` over `*Authors.* 计算机研究与发展 2016.`
    papers = _read("\n".join(_lines("182_thunlp_knowledge_representation")[:16]))
    assert (13, "Knowledge Representation Learning: A Review") in [
        (line, title) for line, _s, title, _v, _y in papers]


def test_a_dated_title_written_as_its_sections_linkless_papers_is_one():
    # 186_lumingsun_ml4db lines 1 and 34-45: `* Title （2016）` (a full-width bracketed year,
    # no venue) among `* Title (SIGMOD 2017)`; `* External vs. Internal : An Essay on ...`
    # (no year, venue or authors) stays a problem
    lines = _lines("186_lumingsun_ml4db")
    reading = read_library("\n".join(lines[:1] + [""] + lines[33:45]), "list.md")
    papers = {e.title: (e.venue_tag, e.year) for e in reading.lib.entries}
    assert papers["Regularized Cost-Model Oblivious Database Tuning with Reinforcement "
                  "Learning"] == ("", 2016)
    assert not any(title.startswith("External vs. Internal") for title in papers)
    assert [p.line for p in reading.lib.problems] == [10]
