"""Issue 15, eleventh round (structure): what an item is and where it belongs, from the
evidence of the items and of the list's own title (lists 157-168 are this round's new
development lists; excerpt lines of the real lists in tests/corpus/)."""

from __future__ import annotations

import pytest

from awesome_bib.errors import ListError
from awesome_bib.importer import read_library
from awesome_bib.importer.sections import list_venue_year

from .test_round8_structure import _lines, _read


def _sections(md: str) -> list[tuple[str, str, str, int | None]]:
    reading = read_library(md, "list.md")
    titles = {s.slug: s.title for s in reading.lib.sections}
    return [(titles[li.section], li.subsection, e.title, e.year)
            for e in reading.lib.entries if e.kind == "paper" for li in e.listings]


def test_rows_linking_their_paper_with_a_citation_year_are_papers_under_a_neutral_heading():
    # 167_dubformer_speech_tokenizers lines 1-25: definition bullets, then a table under
    # `## Overview` whose rows link arXiv with `Name (Author et al., 2023)` as link text: the
    # heading's word (and the short link text) refused the whole list
    papers = _read("\n".join(_lines("167_dubformer_speech_tokenizers")[:25]))
    assert [(line, section, title, year) for line, section, title, _v, year in papers] == [
        (22, "Overview", "EnCodec", 2023), (23, "Overview", "DAC", 2023),
        (24, "Overview", "WavTokenizer", 2024), (25, "Overview", "SpeechTokenizer", 2024)]


_OVERVIEW = "# Tools\n\n## Overview\n\n| # | Model | Rate |\n|---|---|---|\n"


def test_a_neutral_heading_over_no_paper_evidence_still_refuses():
    # under a heading about the repository, links that are not papers of their own stay out:
    # rows naming a repository (no paper link), and arXiv links without a year or authors
    repositories = (f"{_OVERVIEW}| 1 | [EnCodec (Meta, 2023)](https://github.com/"
                    "facebookresearch/encodec) | 75 |\n| 2 | [DAC (Descript, 2023)]"
                    "(https://github.com/descriptinc/dac) | 75 |\n")
    undated = (f"{_OVERVIEW}| 1 | [EnCodec](https://arxiv.org/abs/2210.13438) | 75 |\n"
               "| 2 | [DAC](https://arxiv.org/abs/2306.06546) | 75 |\n")
    for md in (repositories, undated):
        with pytest.raises(ListError):
            read_library(md, "list.md")


def test_year_headings_after_a_sibling_topic_heading_belong_under_it():
    # 164_guhyun9454_super_resolution lines 1-18: `### DL based approach`, a note, then
    # `### 2026` at the same level over the table: the papers belong to the topic, the year
    # heading is their subsection and dates the rows whose venue names no year (`arxiv`)
    papers = _sections("\n".join(_lines("164_guhyun9454_super_resolution")[:18]))
    assert papers == [
        ("DL based approach", "2026", "Trust but Verify: Adaptive Conditioning for "
         "Reference-Based Diffusion Super-Resolution via Implicit Reference Correlation "
         "Modeling", 2026),
        ("DL based approach", "2026", "LiveMoments: Reselected Key Photo Restoration in Live "
         "Photos via Reference-guided Diffusion", 2026),
        ("DL based approach", "2026", "Energy-oriented Diffusion Bridge for Image Restoration "
         "with Foundational Diffusion Models", 2026)]


_YEARS = ("| Title | Venue |\n|---|---|\n"
          "| Deep Residual Learning for Image Recognition | [CVPR](https://arxiv.org/abs/1512.03385)"
          " |\n")


def test_a_topic_holding_papers_of_its_own_or_a_contents_heading_keeps_years_apart():
    # a topic with its own rows before `### 2016` does not take the year heading (the year
    # heading is then a sibling, as by its level); neither does a table of contents (20's
    # `## Table of Contents` then `## 2014`)
    own = _sections(f"# L\n\n## Papers\n\n### Topic\n\n{_YEARS}\n### 2016\n\n{_YEARS}")
    assert [(section, sub) for section, sub, _t, _y in own] == [
        ("Topic", ""), ("Papers", "2016")]
    contents = _sections("# L\n\n## Contents\n\n- [2016](#2016)\n\n"
                         f"## 2016\n\n{_YEARS}")
    assert [(section, sub) for section, sub, _t, _y in contents] == [("L", "2016")]


def test_the_lists_title_gives_its_venue_and_year_to_papers_that_state_none():
    # 166_minddance_iclr2026_aidd_zh lines 1-30: `# ICLR 2026 AIDD 论文精选` and a two-column
    # table of titles and openreview PDFs under `### Top 10 论文`: the title names the venue
    papers = _read("\n".join(_lines("166_minddance_iclr2026_aidd_zh")[:30]))
    assert [(title, venue, year) for _l, _s, title, venue, year in papers] == [
        ("h-MINT: Modeling Pocket-Ligand Binding", "ICLR 2026", 2026),
        ("SigmaDock: Fragment-Based SE(3) Diffusion Docking", "ICLR 2026", 2026)]


def test_the_lists_title_stays_silent_for_papers_that_say_otherwise():
    # a paper stating another year or its own venue keeps its own (the title names the list's
    # event, not where every paper appeared)
    papers = _read("# ICLR 2026 reading list\n\n## Papers\n\n"
                   "- [Deep Residual Learning for Image Recognition](https://arxiv.org/abs/"
                   "1512.03385) (2016)\n"
                   "- [Attention Is All You Need](https://arxiv.org/abs/1706.03762) "
                   "(NeurIPS 2017)\n"
                   "- [Scaling Laws for Neural Language Models](https://openreview.net/pdf?"
                   "id=abc)\n")
    assert [(venue, year) for _l, _s, _t, venue, year in papers] == [
        ("", 2016), ("NeurIPS 2017", 2017), ("ICLR 2026", 2026)]


def test_list_venue_year_reads_one_known_event_in_the_title():
    assert list_venue_year("ICLR 2026 AIDD 论文精选") == ("ICLR", 2026)
    assert list_venue_year("CVPR2024-Papers-with-Code-Demo") == ("CVPR", 2024)
    assert list_venue_year("CVPR 2023 and ICCV 2023 papers") is None  # several: each from one
    assert list_venue_year("Awesome LLM 2024") is None  # not a venue the table knows
    assert list_venue_year("Awesome Speech Recognition") is None


def test_a_talk_or_tutorial_given_at_an_event_is_no_paper():
    # 159_thuspmi_speech_language: `Zhijian Ou. Tutorial at The 6th Asian Conference on Pattern
    # Recognition (ACPR 2021)` and `Zhijian Ou. ICASSP 2022 Tutorial.` among cited papers,
    # each linking its slides' PDF; the paper titled `A tutorial on hidden Markov models ...`
    # (the word in the title, a journal after it) stays a paper
    lines = _lines("159_thuspmi_speech_language")
    md = "\n".join([lines[0], "", "## ASR", "", *lines[14:17], "", "## LM", "", lines[37]])
    papers = _read(md)
    assert [title for _l, _s, title, _v, _y in papers] == [
        "A tutorial on hidden Markov models and selected applications in speech recognition",
        "Speech Recognition with Weighted Finite-State Transducers"]
    # with an arXiv id the item has a paper of its own, whatever else it says
    kept = _read("# L\n\n## Papers\n\n- **Energy-Based Models with Applications to Speech and "
                 "Language Processing**. Zhijian Ou. ICASSP 2022 Tutorial. "
                 "[arXiv](https://arxiv.org/abs/2403.10961)\n")
    assert len(kept) == 1


def test_a_collections_page_names_many_works_not_one():
    # 162_yamathcy_music_informatics_ja lines 1-4 and 20: `20th Anniversary of ISMIR, 2019.
    # https://transactions.ismir.net/collections/special/...`: the page of a journal's
    # collection, among surveys linking their own papers
    lines = _lines("162_yamathcy_music_informatics_ja")
    papers = _read("\n".join([*lines[:4], lines[19]]))
    assert [line for line, *_r in papers] == [4]
