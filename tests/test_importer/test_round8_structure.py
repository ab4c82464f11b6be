"""Issue 15, eighth round: what is an item and where it belongs (lists 97-120, the eighth and
ninth held-out sets, are this round's development lists; excerpt lines of the real lists in
tests/corpus/)."""

from __future__ import annotations

from awesome_bib.importer import read_library

from .test_round5_structure import _lines


def _read(md: str) -> list[tuple[int, str, str, str, int | None]]:
    reading = read_library(md, "list.md")
    titles = {s.slug: s.title for s in reading.lib.sections}
    return [(li.line, titles[li.section], e.title, e.venue_tag, e.year)
            for e in reading.lib.entries if e.kind == "paper" for li in e.listings]


def test_an_empty_anchor_before_the_title_is_no_link():
    # 101_xialeiliu_incremental_learning lines 1-8: `- <a name="todo"></a> Title (**NIPS2018**)
    # [[paper](url)]`: the anchor was read as an untitled link and every item as "no title"
    papers = _read("\n".join(_lines("101_xialeiliu_incremental_learning")[:8]))
    assert [(line, title, year) for line, _s, title, _v, year in papers] == [
        (4, "Memory Replay GANs: learning to generate images from new categories without "
            "forgetting", 2018),
        (6, "Reinforced Continual Learning", 2018),
        (7, "Online Structured Laplace Approximations for Overcoming Catastrophic Forgetting",
         2018),
        # (`(R-EWC) (**ICPR2018**)`: the method's name before the venue is no title word
        # since round 14, `items._name_before_venue`; arXiv 1802.02950's title has none)
        (8, "Rotate your Networks: Better Weight Consolidation and Less Catastrophic Forgetting",
         2018)]


def test_an_anchor_around_words_keeps_them_as_text_and_a_real_link_stays_a_link():
    papers = _read("# L\n\n## Papers\n\n"
                   "- <a name=\"x\">Deep Residual Learning for Image Recognition</a> "
                   "(**CVPR2016**) [[paper](https://arxiv.org/abs/1512.03385)]\n"
                   "- <a href=\"https://arxiv.org/abs/1409.1556\">Very Deep Convolutional "
                   "Networks for Large-Scale Image Recognition</a> (**ICLR2015**)\n")
    assert [(title, year) for _l, _s, title, _v, year in papers] == [
        ("Deep Residual Learning for Image Recognition", 2016),
        ("Very Deep Convolutional Networks for Large-Scale Image Recognition", 2015)]


def test_headings_written_inside_bullets_are_the_sections_of_a_container_branch():
    # 120_hibayesian_automl lines 1-30: `### Surveys` holds its papers itself, `### Automated
    # Feature Engineering` only `+ #### Expand Reduce`-style bullets over the papers: rendered
    # as headings, they are that branch's sections (they went to the `###` above)
    papers = _read("\n".join(_lines("120_hibayesian_automl")[:30]))
    sections = {line: section for line, section, *_rest in papers}
    assert sections[5] == "Surveys"
    assert [sections[n] for n in (14, 15, 19, 21, 23, 24, 26, 27, 30)] == [
        "Expand Reduce", "Expand Reduce", "Expand Reduce",
        "Hierarchical Organization of Transformations", "Meta Learning", "Meta Learning",
        "Reinforcement Learning", "Reinforcement Learning", "Evolutionary Algorithms"]


def test_headings_inside_bullets_under_the_deepest_heading_stay_its_subsections():
    # 10_chaofantao_autoregressive lines 33-45: `#### Topic` over `  - ##### Pixel-wise
    # Generation` bullets: no heading of the list holds papers beside them, so the `####` is
    # the section (a heading inside a bullet never sets the list's section level)
    lines = _lines("10_chaofantao_autoregressive")
    papers = _read("# L\n\n" + "\n".join(lines[32:45]))
    assert len(papers) == 9
    assert {section for _l, section, *_rest in papers} == {
        "Unconditional/Class-Conditioned Image Generation"}


def test_summaries_that_split_a_heading_beside_its_own_papers_are_its_sections():
    # 97_awesomenerf_nerf lines 1-59: `## Papers`, one paper, then `<details open>
    # <summary>Faster Inference</summary>` and `<summary>Faster Training</summary>` blocks of
    # papers: each summary is a section (the papers went to `Papers`)
    papers = _read("\n".join(_lines("97_awesomenerf_nerf")[:59]))
    sections = {line: section for line, section, *_rest in papers if line > 23}
    assert sections[24] == "Papers"
    assert {sections[n] for n in range(30, 46)} == {"Faster Inference"}
    assert {sections[n] for n in range(52, 59)} == {"Faster Training"}


def test_a_summary_written_as_a_heading_is_one():
    # 116_ddz16_time_series_forecasting lines 1-11: `<details><summary><h2 style="display:
    # inline;">Survey & Benchmark.</h2></summary>` over a table of papers
    papers = _read("\n".join(_lines("116_ddz16_time_series_forecasting")[:11]))
    assert len(papers) == 5
    assert {section for _l, section, *_rest in papers} == {"Survey & Benchmark."}


def test_a_single_summary_or_one_under_an_item_is_no_section():
    # a toggle that is all its heading holds (46, 87: `<summary>Toggle</summary>`), and 114's
    # `<details><summary> Authors <em>Venue</em> 2022 </summary>` under each item
    toggle = _read("# L\n\n## Classic Papers\n\n<details open>\n<summary>Toggle</summary>\n\n"
                   "- [Deep Residual Learning for Image Recognition](https://arxiv.org/abs/"
                   "1512.03385) CVPR 2016\n"
                   "- [Attention Is All You Need](https://arxiv.org/abs/1706.03762) NeurIPS "
                   "2017\n\n</details>\n")
    assert {section for _l, section, *_rest in toggle} == {"Classic Papers"}
    details = _read("\n".join(_lines("114_tstanislawek_document_understanding")[:24]))
    assert len(details) == 3
    assert {section for _l, section, *_rest in details} == {"Papers"}


def test_summaries_of_years_with_counts_are_year_groupings():
    # 65_cpuu_fuzzing lines 41-73: `### NDSS` over `<details><summary>2025 (10 papers)
    # </summary>` blocks: years (subsections), the venue heading stays the section
    reading = read_library("# L\n\n" + "\n".join(_lines("65_cpuu_fuzzing")[40:74]), "list.md")
    titles = {s.slug: s.title for s in reading.lib.sections}
    listings = [li for e in reading.lib.entries for li in e.listings]
    assert len(listings) == 19
    assert {titles[li.section] for li in listings} == {
        "The Network and Distributed System Security Symposium (NDSS)"}
    assert {li.subsection for li in listings} == {"2025", "2019", "2018"}


def test_an_emoji_shortcode_before_the_authors_is_no_name_of_a_tool():
    # 111_chawins_adversarial_examples lines 1-11: `- :+1: &nbsp; A. Nguyen, J. Yosinski, and
    # J. Clune, **Title**, CVPR, 2015 ...`: `:+1:` was read as a name before a colon, the item
    # as a tool's description, and its linkless siblings as lines without a paper
    # (line 7, `**Title**, CVPR, 2015 IEEE Conf., pp. 427–436, 2015.`: the bold title ends
    # where the bold does, and the pages are no venue's words)
    papers = _read("\n".join(_lines("111_chawins_adversarial_examples")[:11]))
    assert papers[2][3] == "CVPR 2015"
    assert [(line, title, year) for line, _s, title, _v, year in papers] == [
        (5, "Intriguing Properties of Neural Networks", 2014),
        (6, "Explaining and Harnessing Adversarial Examples", 2015),
        (7, "Deep Neural Networks are Easily Fooled", 2015),
        (8, "Practical Black-Box Attacks against Deep Learning Systems using Adversarial "
            "Examples", None),
        (9, "The Limitations of Deep Learning in Adversarial Settings", 2015),
        (10, "SoK : Towards the Science of Security and Privacy in Machine Learning", None),
        (11, "Motivating the Rules of the Game for Adversarial Example Research", 2018)]


def test_a_year_before_a_dash_is_no_name_of_a_tool():
    # 104_msterdc_cv_interview_zh lines 1-11: `* 2013 - Title, Authors.[Leaky ReLU](pdf)`
    # beside `* 2015ICCV - Title, ...`: the year was read as a short name and the item as a
    # tool's description
    papers = _read("\n".join(_lines("104_msterdc_cv_interview_zh")[:11]))
    assert (8, "Rectifier nonlinearities improve neural network acoustic models", 2013) in [
        (line, title, year) for line, _s, title, _v, year in papers]


def test_a_full_citation_with_a_short_title_stands_beside_the_papers():
    # 105_yunhui_dl_classics_zh lines 17-34: `1.<TAB>LeCun, Yann, ... "Deep learning." Nature
    # 521.7553 (2015): 436-444` and `17.<TAB>Wei T, ... Network morphism[C]//International
    # Conference on Machine Learning. 2016`: titles of two words, set off by the citation's form
    papers = _read("\n".join(_lines("105_yunhui_dl_classics_zh")[:34]))
    read = {line: (title, year) for line, _s, title, _v, year in papers}
    assert read[18] == ("Deep learning", 2015)
    assert read[34] == ("Network morphism", 2016)
    assert len(read) == 17


def test_a_short_citation_alone_stays_a_problem():
    reading = read_library("# L\n\n## Papers\n\n"
                           "- [Deep Residual Learning for Image Recognition](https://arxiv.org/"
                           "abs/1512.03385)\n\n## Notes\n\n"
                           "1. LeCun, Yann, Yoshua Bengio, and Geoffrey Hinton. \"Deep "
                           "learning.\" Nature 521.7553 (2015): 436-444\n", "list.md")
    assert [e.title for e in reading.lib.entries] == [
        "Deep Residual Learning for Image Recognition"]
    assert [p.line for p in reading.lib.problems] == [9]


_NESTED = """# Awesome X

## Papers

- [Deep Residual Learning for Image Recognition](https://arxiv.org/abs/1512.03385), CVPR 2016

<details>
<summary>Vision</summary>

<details>
<summary>Detection</summary>

- [Rich feature hierarchies for accurate object detection](https://arxiv.org/abs/1311.2524) 2014
- [Fast R-CNN](https://arxiv.org/abs/1504.08083), Girshick, ICCV 2015

</details>

<details>
<summary>Segmentation</summary>

- [Fully Convolutional Networks for Semantic Segmentation](https://arxiv.org/abs/1411.4038) 2015
- [U-Net: Convolutional Networks for Biomedical Image Segmentation](https://arxiv.org/abs/1505.04597)

</details>
</details>

<details>
<summary>Language</summary>

- [Attention Is All You Need](https://arxiv.org/abs/1706.03762), Vaswani et al., NeurIPS 2017
- [BERT: Pre-training of Deep Bidirectional Transformers](https://arxiv.org/abs/1810.04805) 2019

</details>

- [Adam: A Method for Stochastic Optimization](https://arxiv.org/abs/1412.6980), ICLR 2015

## Datasets

- [ImageNet: A large-scale hierarchical image database](https://example.org/imagenet.pdf) 2009
"""


def test_summaries_inside_a_summary_and_items_after_the_blocks():
    # blocks inside a block are judged among their siblings (`</details>` twice in one HTML
    # block closes both); a paper after the blocks, back under `## Papers`, is in Papers
    papers = _read(_NESTED)
    assert [(line, section) for line, section, *_rest in papers] == [
        (5, "Papers"), (13, "Detection"), (14, "Detection"), (21, "Segmentation"),
        (22, "Segmentation"), (30, "Language"), (31, "Language"), (35, "Papers"),
        (39, "Datasets")]


def test_headings_inside_bullets_are_the_sections_of_a_list_with_no_other():
    # no heading of the list holds papers: the headings written inside bullets are its topics
    papers = _read("# Awesome X\n\n- ## Vision\n"
                   "  - [Deep Residual Learning for Image Recognition](https://arxiv.org/abs/"
                   "1512.03385), CVPR 2016\n"
                   "  - [Rich feature hierarchies for accurate object detection](https://arxiv."
                   "org/abs/1311.2524) 2014\n- ## Language\n"
                   "  - [Attention Is All You Need](https://arxiv.org/abs/1706.03762), NeurIPS "
                   "2017\n")
    assert [(line, section) for line, section, *_rest in papers] == [
        (4, "Vision"), (5, "Vision"), (7, "Language")]


def test_a_heading_written_in_html_inside_a_centring_block_is_one():
    papers = _read("# Awesome X\n\n<div align=\"center\">\n<h2 id=\"vision\">Vision</h2>\n"
                   "</div>\n\n"
                   "- [Deep Residual Learning for Image Recognition](https://arxiv.org/abs/"
                   "1512.03385), CVPR 2016\n\n"
                   "<p align=\"center\"><a name=\"nlp\"></a><h2>Language</h2></p>\n\n"
                   "- [Attention Is All You Need](https://arxiv.org/abs/1706.03762), NeurIPS "
                   "2017\n")
    assert [(line, section) for line, section, *_rest in papers] == [
        (7, "Vision"), (11, "Language")]


def test_items_under_a_heading_of_tools_are_tools_unless_their_own_link_is_a_paper():
    # 82_realamirhe_neuroscience lines 8-20: `### Tools` of `* [Name](github) is a ...`; four
    # (long names, a site, a paper cited inside the description) were imported as papers
    lines = _lines("82_realamirhe_neuroscience")
    papers = _read("# L\n\n## Papers\n\n* [Attention Is All You Need](https://arxiv.org/abs/"
                   "1706.03762), NeurIPS 2017\n\n" + "\n".join(lines[7:20]))
    assert [line for line, *_rest in papers] == [5]


def test_a_cited_book_that_names_its_edition_is_a_book():
    # 82_realamirhe_neuroscience lines 50-57: `### Books` of `Miller, P. (2018). "Title" (1st
    # Edition). MIT Press. [Buy](amazon)`; one links a PDF to read online (kept: a paper link)
    lines = _lines("82_realamirhe_neuroscience")
    papers = _read("# L\n\n## Papers\n\n* \"Enabling Deep Spiking Neural Networks with Hybrid "
                   "Conversion and Spike Timing Dependent Backpropagation\" published in "
                   "[ICLR, 2020](https://openreview.net/forum?id=B1xSperKvH).\n\n"
                   + "\n".join(lines[49:57]))
    assert [line for line, *_rest in papers] == [5, 14]


def test_a_details_block_written_in_html_ends_where_its_own_close_is():
    # a collapsed block whose content is HTML (`<details><summary>Older</summary><ul>...`)
    # opens and closes a block too: the `</details>` after it is its own, not the section's
    papers = _read("# L\n\n## Papers\n\n"
                   "- [Deep Residual Learning for Image Recognition](https://arxiv.org/abs/"
                   "1512.03385), CVPR 2016\n\n"
                   "<details>\n<summary>Vision</summary>\n\n"
                   "- [Rich feature hierarchies for accurate object detection](https://arxiv."
                   "org/abs/1311.2524) 2014\n"
                   "- [Fast R-CNN](https://arxiv.org/abs/1504.08083), ICCV 2015\n\n"
                   "<details><summary>Notes</summary><p>Read the two above first.</p>\n"
                   "</details>\n\n"
                   "- [Mask R-CNN](https://arxiv.org/abs/1703.06870), ICCV 2017\n\n"
                   "</details>\n\n"
                   "- [Attention Is All You Need](https://arxiv.org/abs/1706.03762), 2017\n")
    assert [(line, section) for line, section, *_rest in papers] == [
        (5, "Papers"), (10, "Vision"), (11, "Vision"), (16, "Vision"), (20, "Papers")]


def test_a_toggle_after_a_headings_papers_is_no_section():
    # `<summary>Show more</summary>` after a heading's first papers: the rest of the same list
    papers = _read("# L\n\n## Papers\n\n"
                   "- [Deep Residual Learning for Image Recognition](https://arxiv.org/abs/"
                   "1512.03385), CVPR 2016\n\n"
                   "<details>\n<summary>Click to show more</summary>\n\n"
                   "- [Rich feature hierarchies for accurate object detection](https://arxiv."
                   "org/abs/1311.2524) 2014\n"
                   "- [Fast R-CNN](https://arxiv.org/abs/1504.08083), ICCV 2015\n\n"
                   "</details>\n")
    assert {section for _l, section, *_rest in papers} == {"Papers"}
