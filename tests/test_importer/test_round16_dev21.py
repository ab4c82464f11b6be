"""Issue 15, round 16, `import-dev21` on the twenty-fifth held-out set (lists 301-312,
tests/corpus/, provenance in SOURCES.md): real lines of those lists, each read by one general
reading (linkless dated title phrases under a heading naming papers, papers written as linkless
dated headings)."""

from __future__ import annotations

import pytest

from awesome_bib.errors import ListError
from awesome_bib.importer import read_library


def _papers(md: str) -> dict[str, tuple[int | None, str, str]]:
    """title -> (year, venue tag, section title) of each paper the list imports."""
    lib = read_library(md, "list.md").lib
    titles = {s.slug: s.title for s in lib.sections}
    return {e.title: (e.year, e.venue_tag, titles[e.listings[0].section])
            for e in lib.entries}


_TRACING = (
    "## Papers\n\n**Recently added**\n\n- Saint (2020)\n\n"
    "- Context-Aware Attentive Knowledge Tracing (2020)\n\n"
    "**Graph**\n\n"
    "1. GIKT: A Graph-based Interaction Model for Knowledge Tracing (2020)\n"
    "2. GRAPH-BASED KNOWLEDGE TRACING: MODELING STUDENT PROFICIENCY USING GRAPH NEURAL "
    "NETWORK (2019)\n\n"
    "**Deep/Bayesian**\n\n"
    "1. Deep Knowledge Tracing with Side Information (2019)\n"
    "2. Going Deeper with Deep Knowledge Tracing (2016)\n"
    "3. Knowledge Tracing - Modeling the Acquisition of Procedural Knowledge (1995)\n")


def test_dated_title_phrases_under_a_heading_naming_papers_are_papers():
    """List 309 (refused whole before): linkless `1. Title (2020)` items, most of `## Papers`'s
    items, are its papers with their years; the bold lines are labels, `- Saint (2020)` (a lone
    name) no paper."""
    papers = _papers(_TRACING)
    assert papers["Going Deeper with Deep Knowledge Tracing"] == (2016, "", "Papers")
    assert papers["GIKT: A Graph-based Interaction Model for Knowledge Tracing"][0] == 2020
    assert len(papers) == 6
    assert not any(t.startswith("Saint") for t in papers)


def test_dated_title_phrases_under_another_heading_stay_refused():
    """The same items under a heading that does not name papers (`## Reading`) give no
    evidence that they are papers rather than books or talks: still refused whole."""
    with pytest.raises(ListError):
        _papers(_TRACING.replace("## Papers", "## Reading"))


_RESERVOIRS = (
    "# 大坝水库（湖泊）数据\n\n"
    "这里简单整理下近年来的关于水库数据的文献。\n\n"
    "## High-resolution mapping of the world's reservoirs and dams for sustainable "
    "river-flow management (2011)\n\n"
    "GRanD 数据库的文章。\n\n"
    "## Global monitoring of large reservoir storage from satellite remote sensing (2012)\n\n"
    "这也是一篇经典的水库库容遥感观测的文章。\n\n"
    "## DAHITI - An innovative approach for estimating water level time series over inland "
    "waters using multi-mission satellite altimetry（2015）\n\n"
    "DAHITI 是一个水库湖泊水位时间序列数据集。\n\n"
    "## Inferring reservoir operating patterns across the Mekong Basin using only space "
    "observations （2016）\n\n"
    "湄公河流域。\n")


def test_linkless_dated_headings_over_notes_are_papers():
    """List 306 (refused whole before): one paper per `## Title (2011)` heading (ASCII or
    full-width parentheses) over Chinese notes; the papers belong to the page's heading."""
    papers = _papers(_RESERVOIRS)
    assert papers["Global monitoring of large reservoir storage from satellite remote sensing"] \
        == (2012, "", "大坝水库(湖泊)数据")  # (section titles fold full-width)
    assert papers["Inferring reservoir operating patterns across the Mekong Basin using only "
                  "space observations"][0] == 2016
    assert len(papers) == 4


def test_dated_headings_that_hold_papers_are_sections():
    """Headings dated alike that hold linked papers of their own are sections, not papers."""
    md = _RESERVOIRS.replace(
        "湄公河流域。\n",
        "- [Attention Is All You Need](https://arxiv.org/abs/1706.03762) NeurIPS 2017\n")
    papers = _papers(md)
    assert set(papers) == {"Attention Is All You Need"}
