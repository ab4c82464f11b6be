"""Issue 15, round 13 (`import-dev16`): lists 241-252 (fresh-held-out-20) are its development
lists; excerpt lines of the real lists in tests/corpus/."""

from __future__ import annotations

import pytest

from awesome_bib.errors import ListError
from awesome_bib.importer import read_library
from awesome_bib.importer.sections import headings_venue_year

from .test_round8_structure import _lines, _read


def test_bare_titles_under_headings_naming_a_venues_edition_are_its_papers():
    # 242_fengbintu_nn_on_silicon lines 1-25: linkless `- **Title.** (Affiliations)` (and
    # unbolded `- Title. (Affiliations)`) bullets under `### 2014 ASPLOS`, `### 2015 DAC`: the
    # list was refused whole; each heading names one venue's edition, its papers' venue and year
    papers = _read("\n".join(_lines("242_fengbintu_nn_on_silicon")[:25]))
    assert len(papers) == 9
    assert papers[0] == (7, "2014 ASPLOS", "DianNao: A Small-Footprint High-Throughput "
                         "Accelerator for Ubiquitous Machine-Learning", "ASPLOS 2014", 2014)
    assert papers[1][2:] == ("DaDianNao: A Machine-Learning Supercomputer", "MICRO 2014", 2014)
    # an affiliation note after the title's full stop is no title word
    assert papers[6][2:] == ("Scalable Effort Classifiers for Energy Efficient Machine "
                             "Learning", "DAC 2015", 2015)


def test_a_year_before_an_acronym_is_a_venues_edition():
    assert headings_venue_year(["2016 ISSCC"]) == ("ISSCC", 2016)
    assert headings_venue_year(["2015 DAC"]) == ("DAC", 2015)
    # a topic's word after a year (one capital) names no venue
    assert headings_venue_year(["2023 Surveys"]) == ("", None)


#: Bare title phrases under headings that name no venue's edition: nothing says they are papers.
BARE = {
    "topic headings": "# Silicon\n\n### Accelerators\n- DianNao: A Small-Footprint Accelerator "
                      "for Machine Learning. (CAS, Inria)\n- DaDianNao: A Machine-Learning "
                      "Supercomputer for Everyone. (CAS)\n- ShiDianNao: Shifting Vision "
                      "Processing Closer to the Sensor. (EPFL)\n",
    "year headings": "# Silicon\n\n### 2016\n- DianNao: A Small-Footprint Accelerator "
                     "for Machine Learning. (CAS, Inria)\n- DaDianNao: A Machine-Learning "
                     "Supercomputer for Everyone. (CAS)\n- ShiDianNao: Shifting Vision "
                     "Processing Closer to the Sensor. (EPFL)\n",
}


@pytest.mark.parametrize("name", sorted(BARE))
def test_bare_titles_under_other_headings_stay_refused(name):
    with pytest.raises(ListError, match="no paper or dataset items recognised"):
        read_library(BARE[name], f"{name}.md")


def test_a_method_acronym_before_the_full_stop_stays_in_the_title():
    papers = _read("# L\n\n## GANs\n- [Generative Adversarial Networks for Images (GAN)]"
                   "(https://arxiv.org/abs/1406.2661)\n- [Generative Adversarial Networks. "
                   "(Montreal, Google)](https://arxiv.org/abs/1406.2662)\n")
    assert [title for _l, _s, title, _v, _y in papers] == [
        "Generative Adversarial Networks for Images (GAN)", "Generative Adversarial Networks"]


def test_a_year_heading_beside_a_topic_groups_the_titles_papers_and_venue_bullets_name_theirs():
    # 248_zhulf0804_point_cloud lines 1-32: `## 2017` at the level of `## Survey papers`, right
    # under the list's title `# 3D - Point Cloud`, was a section of its own; its `- CVPR` /
    # `- ICCV` bullets over the papers were read through, their venue lost
    papers = _read("\n".join(_lines("248_zhulf0804_point_cloud")[:32]))
    assert {s for _l, s, _t, _v, _y in papers if _l < 14} == {"Survey papers"}
    later = [p for p in papers if p[0] > 14]
    assert {s for _l, s, _t, _v, _y in later} == {"3D - Point Cloud"}
    assert later[0] == (17, "3D - Point Cloud", "Fine-To-Coarse Global Registration of RGB-D "
                        "Scans", "CVPR", 2017)
    assert later[-1][2:] == ("2D-Driven 3D Object Detection in RGB-D Images", "ICCV", 2017)


@pytest.mark.parametrize("label", ["Others", "Cell", "Nature"])
def test_a_bullet_the_venue_table_does_not_know_names_no_venue(label):
    # (`Cell`, `Nature`: a word the table knows, a topic as often as a journal, as a heading
    # naming it is: headings_venue_year's rule)
    papers = _read(f"# L\n\n## 2017\n\n- {label}\n  - [Deep Sets for Point Clouds and More]"
                   "(https://arxiv.org/abs/1703.06114)\n  - [SEGCloud: Semantic Segmentation "
                   "of 3D Point Clouds](https://arxiv.org/abs/1710.07563)\n")
    assert [(venue, year) for _l, _s, _t, venue, year in papers] == [("", 2017), ("", 2017)]


def test_a_semicolon_before_a_link_in_the_venues_bracket_is_no_venue_word():
    # 248_zhulf0804_point_cloud line 5: `[IJCAI 2024; [Github](url)]` read as venue `IJCAI 2024;`
    papers = _read("\n".join(_lines("248_zhulf0804_point_cloud")[:6]))
    assert [(venue, year) for _l, _s, _t, venue, year in papers] == [
        ("IJCAI 2024", 2024), ("TPAMI 2024", 2024)]


def test_chinese_titles_linking_their_database_page_are_papers():
    # 250_hardyuint_3d_vision_zh lines 1-31: `6. [基于最小二乘的点云叶面拟合算法研究](cqvip)`,
    # `7. [点云曲面边界线的提取](wanfangdata)` (their section was dropped as projects: CNKI,
    # Wanfang and VIP were no paper hosts) and `2.  [三维散乱点云分割技术综述](cnki)` beside
    # arXiv papers (skipped as names, then as not fitting the section's template: a title
    # written without spaces is one "word")
    papers = _read("\n".join(_lines("250_hardyuint_3d_vision_zh")[:31]))
    assert [(line, title) for line, _s, title, _v, _y in papers] == [
        (18, "基于最小二乘的点云叶面拟合算法研究"), (19, "点云曲面边界线的提取"),
        (29, "基于局部表面凸性的散乱点云分割算法研究"), (30, "三维散乱点云分割技术综述"),
        (31, "基于聚类方法的点云分割技术的研究")]


def test_a_short_cjk_link_text_is_still_a_name():
    # four CJK characters (`代码实现`, "code") are a label's words, not a title's
    papers = _read("# L\n\n## 论文\n\n1. [Deep Residual Learning for Image Recognition](https://"
                   "arxiv.org/abs/1512.03385)\n2. [Attention Is All You Need](https://arxiv.org/"
                   "abs/1706.03762)\n3. [代码实现](https://example.org/code)\n")
    assert [title for _l, _s, title, _v, _y in papers] == [
        "Deep Residual Learning for Image Recognition", "Attention Is All You Need"]


def test_a_venue_and_year_glued_after_a_comma_end_no_title():
    # 250_hardyuint_3d_vision_zh line 38: `10.  [SyncSpecCNN: ...,CVPR2017]()` (an empty link)
    papers = _read("\n".join(_lines("250_hardyuint_3d_vision_zh")[:38]))
    assert papers[-1] == (38, "点云分割", "SyncSpecCNN: Synchronized Spectral CNN for 3D Shape "
                          "Segmentation", "CVPR2017", 2017)


def test_a_quoted_title_with_a_colon_is_no_name_and_description():
    # 244_corca_llm_security lines 1-40: under `## Benchmark`, `- "JailbreakBench: An Open
    # Robustness Benchmark for ...", 2024-03, [[paper]](url)` was skipped as a tool's name and
    # description; the quotes hold the whole title, as the list's papers above are written
    papers = _read("\n".join(_lines("244_corca_llm_security")[:40]))
    assert [(line, title[:30]) for line, section, title, _v, _y in papers
            if section == "Benchmark"] == [
        (37, "JailbreakBench: An Open Robust"), (38, "AgentDojo: A Dynamic Environme"),
        (39, "Formalizing and Benchmarking P"), (40, "AgentHarm: A Benchmark for Mea")]


def test_a_quoted_name_before_its_description_is_still_a_name():
    papers = _read('# L\n\n## Papers\n- "A Title of a Paper Here", 2023-06, [[paper]](https://arxiv'
                   '.org/abs/2101.00001)\n\n## Datasets\n- "SQuAD": a reading comprehension '
                   'dataset of questions posed by crowdworkers [[site]](https://rajpurkar.github'
                   '.io/SQuAD-explorer/)\n- "CoQA": a conversational question answering dataset '
                   'with many turns [[site]](https://stanfordnlp.github.io/coqa/)\n')
    assert [title for _l, _s, title, _v, _y in papers] == ["A Title of a Paper Here"]


def test_a_venue_with_two_digits_after_a_quoted_titles_date_names_venue_and_year():
    # 244_corca_llm_security lines 1-19: `- "Title", 2023-06, AAAI(Oral) 24, \`multi-modal\`,
    # [[paper]](url)`: the date gave 2023 and no venue; the venue's year wins over the date
    papers = _read("\n".join(_lines("244_corca_llm_security")[:19]))
    assert papers[0][2:] == ("Visual Adversarial Examples Jailbreak Large Language Models",
                             "AAAI 2024", 2024)
    assert [p[3:] for p in papers if p[0] == 19] == [("EMNLP 2023", 2023)]
    # a tag the venue table does not know, or no venue at all, keeps the date's year alone
    assert [p[3:] for p in papers if p[0] == 8] == [("", 2023)]


def test_a_column_of_links_labelled_by_a_venue_writes_the_venue():
    # 241_archinetai_audio_ai_timeline lines 1-12: `| 14.11 | [Title](demo) | [arXiv](arxiv) |
    # [GitHub](url) |`: the Paper column's label is the venue the list writes (two rows or more)
    papers = _read("\n".join(_lines("241_archinetai_audio_ai_timeline")[:12]))
    assert len(papers) == 4
    assert {(venue, year) for _l, _s, _t, venue, year in papers} == {("arXiv", 2023)}


def test_a_doubled_slash_in_an_arxiv_link_is_the_same_paper():
    from awesome_bib.core.arxiv_ids import from_url
    assert from_url("https://arxiv.org/abs//2306.12925") == ("2306.12925", "")


def test_a_long_journal_in_brackets_and_a_named_tag_after_a_date_are_venues():
    # 246_xmindflow_medical_transformers lines 1-59: `[10th Nov., 2021] [Computational and
    # Mathematical Methods in Medicine Journal, 2021] \` (over sixty characters: dropped) and
    # `[19th Nov., 2021] [MedIA Journal]\` (a name without a year: dropped)
    papers = {t[:12]: (v, y) for _l, _s, t, v, y in
              _read("\n".join(_lines("246_xmindflow_medical_transformers")[:59]))}
    assert papers["RDFNet: A Fa"] == (
        "Computational and Mathematical Methods in Medicine Journal 2021", 2021)
    assert papers["TransMorph: "] == ("MedIA Journal", 2021)
    assert papers["CellCentroid"] == ("MIUA 2022", 2022)


def test_a_resource_label_after_a_date_is_no_venue():
    papers = _read("# L\n\n## P\n\n**A Title of a Paper Here**<br>\n*Ann Author, Bob Writer*<br>"
                   "\n[19th Nov., 2021] [Code]\\\n[[PDF](https://arxiv.org/abs/2111.10480)]\n")
    assert [(v, y) for _l, _s, _t, v, y in papers] == [("", 2021)]


@pytest.mark.parametrize("tag", ["Oral Presentation", "Best Paper", "Google Research"])
def test_capitalised_words_after_a_date_name_no_venue_without_a_venues_word(tag):
    # a presentation label or an organisation tags a paper as `[MedIA Journal]` does; only a
    # venue the table knows or a venue's kind word (`Journal`) makes the tag a venue
    papers = _read("# L\n\n## P\n\n**A Title of a Paper Here**<br>\n*Ann Author, Bob Writer*<br>"
                   f"\n[19th Nov., 2021] [{tag}]\\\n[[PDF](https://arxiv.org/abs/2111.10480)]\n")
    assert [(v, y) for _l, _s, _t, v, y in papers] == [("", 2021)]


def test_a_known_venue_ending_a_bracket_of_fields_is_the_venue():
    # 248_zhulf0804_point_cloud lines 33-41: `- Others` over `[Title](pdf) [\`cls\`, \`seg\`;
    # [Tensorflow](url); NIPS]`: the last field of the bracket is the venue
    papers = _read("\n".join(_lines("248_zhulf0804_point_cloud")[:41]))
    venues = {line: venue for line, _s, _t, venue, _y in papers if line >= 34}
    assert venues[35] == "NIPS" and venues[38] == "ICRA" and venues[36] == "TPAMI"
    # a field the venue table does not know is no venue (`3DV`, `TOG` here)
    assert venues[41] == ""
