"""Issue 15, tenth round: recall lost to items refused although they carry paper evidence of
their own (lists 145-156 are this round's new development lists; excerpt lines of the real
lists in tests/corpus/)."""

from __future__ import annotations

import pytest

from awesome_bib.errors import ListError
from awesome_bib.importer import read_library
from awesome_bib.importer.collect import _evidence_at_ends
from awesome_bib.importer.item_fields import ParsedItem

from .test_round8_structure import _lines, _read


def test_linkless_items_with_venue_and_year_at_the_title_end_are_papers():
    # 154_rucaibox_www2022_rec_zh lines 1-29: every item is `-   Title. WWW 2022 [中文总结]`,
    # no item links anything: the whole list was refused ("no paper or dataset items
    # recognised"); the venue and year at each title's end are the items' own evidence
    papers = _read("\n".join(_lines("154_rucaibox_www2022_rec_zh")[:29]))
    assert len(papers) == 12
    assert {section for _l, section, *_r in papers} == {"Sequential/Session-based Recommendation"}
    assert papers[0] == (6, "Sequential/Session-based Recommendation",
                         "Disentangling Long and Short-Term Interests for Recommendation",
                         "WWW 2022", 2022)
    # the lower-case `www 2022` is the same venue; a title with its own colon stays whole
    assert (10, "Filter-enhanced MLP is All You Need for Sequential Recommendation", 2022) in [
        (line, title, year) for line, _s, title, _v, year in papers]
    assert any(title.startswith("GSL4Rec: Session-based Recommendations with Collective")
               for _l, _s, title, _v, _y in papers)


#: Lists whose items carry a venue or year but are no papers: each is refused whole (nothing
#: read as a paper), before round 10 and after it. One line with a venue and year among notes
#: is no section of papers (the evidence counts only where most items of the heading are written
#: so); a list of events (`- NeurIPS 2022 [New Orleans]`) and names with a year linking code
#: (`- TensorFlow, 2015, [code](url)`) are never read again at their ends: nothing is left of a
#: title once the venue or year is taken (guards carried over, see the test after these).
NOT_PAPERS = {
    "notes": "# Notes\n\n## Ideas\n\n- Try the new optimiser on the small model first\n"
             "- Disentangling Long and Short-Term Interests for Recommendation. WWW 2022 [note]\n"
             "- Ask about the compute budget for next month\n",
    "events": "# Events\n\n## Conferences\n\n- NeurIPS 2022 [New Orleans]\n"
              "- ICML 2022 [Baltimore]\n- ICLR 2023 [Kigali]\n- CVPR 2023 [Vancouver]\n",
    "tools": "# Frameworks\n\n## Libraries\n\n- TensorFlow, 2015, [code](https://github.com/a/tf)\n"
             "- PyTorch, 2016, [code](https://github.com/a/torch)\n"
             "- JAX, 2018, [code](https://github.com/a/jax)\n",
}


@pytest.mark.parametrize("name", sorted(NOT_PAPERS))
def test_a_venue_or_year_alone_makes_no_paper(name):
    with pytest.raises(ListError):
        read_library(NOT_PAPERS[name], "list.md")


def test_a_year_at_the_title_end_is_evidence_only_after_a_title_phrase():
    # the rule round 10 adds (`collect._evidence_at_ends`): 147's code-only item states its
    # year after a title phrase; a short name with a year (`Deep Learning`, `TensorFlow`) does not
    assert _evidence_at_ends(ParsedItem(
        title="An Empirical Evaluation of Generic Convolutional Networks, 2018 CVPR"))
    assert not _evidence_at_ends(ParsedItem(title="Deep Learning, 2018 CVPR"))
    assert not _evidence_at_ends(ParsedItem(title="TensorFlow, 2015"))


def test_a_section_linking_only_code_whose_items_state_their_year_holds_papers():
    # 147_xuehaouwa_trajectory_prediction lines 1-8: `- Title, 2018 CVPR, [code](github)`:
    # no item links a paper and the year sat at the title's end, unread when the section was
    # judged: the four were skipped as "projects or tools"
    papers = _read("\n".join(_lines("147_xuehaouwa_trajectory_prediction")[:8]))
    assert [(line, section, year) for line, section, _t, _v, year in papers] == [
        (5, "RNN Related", 2018), (6, "RNN Related", 2018), (7, "RNN Related", 2018),
        (8, "RNN Related", 2016)]
    assert papers[0][2] == ("An Empirical Evaluation of Generic Convolutional and Recurrent "
                            "Networks for Sequence Modeling")
    assert papers[3][2:4] == ("Predicting the Next Location: A Recurrent Model with Spatial "
                              "and Temporal Contexts", "2016 AAAI")


def test_items_under_a_conference_heading_that_lists_papers_are_papers():
    # 146_gjy3035_crowd_counting lines 1-16: `### Conference` (a heading's word: events) over
    # `**[Name]** Title (**ICLR**)[[paper](url)]`: the items linking arXiv or a PDF were read,
    # the one linking openreview was skipped as an event; its heading's items say they are
    # papers, and it is written as they are
    papers = _read("\n".join(_lines("146_gjy3035_crowd_counting")[:16]))
    titles = [title for _l, _s, title, _v, _y in papers]
    assert "Efficient Masked AutoEncoder for Video Object Counting and A Large-Scale " \
           "Benchmark" in titles
    assert len(papers) == 9 and {section for _l, section, *_r in papers} == {"Conference"}


def test_a_conference_heading_of_sites_stays_out():
    # the items link the events' sites and name no paper: nothing is restored (only one item
    # links a paper itself, fewer than EVENT_PAPERS)
    md = ("# Fairness\n\n## Papers\n\n- [A Survey of Bias in Language Models](https://arxiv.org/"
          "abs/2101.00001), ACL 2021\n- [Measuring Bias in Word Embeddings Across Languages]("
          "https://arxiv.org/abs/2101.00002), EMNLP 2021\n\n## Conference/Workshop List\n\n"
          "- [Workshop on Gender Bias in Natural Language Processing 2019](https://genderbiasnlp"
          ".talp.cat/), ACL 2019\n- [Ethics in NLP](https://aclweb.org/aclwiki/Ethics_in_NLP), "
          "ACL Wiki\n- [Bias Detection Through Sentiment Analysis and Linguistic Features]("
          "https://www.aclweb.org/anthology/S19-2177), SemEval 2019\n")
    papers = _read(md)
    assert [section for _l, section, *_r in papers] == ["Papers", "Papers",
                                                        "Conference/Workshop List"]
