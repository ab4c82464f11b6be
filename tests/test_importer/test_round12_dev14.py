"""Issue 15, round 12 (import-dev14): general readers for the eighteenth held-out set's
classes (lists 217-228; excerpt lines of the real lists in tests/corpus/)."""

from __future__ import annotations

import pytest

from awesome_bib.errors import ListError
from awesome_bib.importer import read_library
from awesome_bib.importer.sections import heading_year, is_year_heading

from .test_corpus import CORPUS_DIR


def _lines(name: str) -> list[str]:
    return (CORPUS_DIR / f"{name}.md").read_text(encoding="utf-8").split("\n")


def _rows(md: str) -> list[tuple[str, str, str, int | None, str, int]]:
    reading = read_library(md, "list.md")
    return [(li.section, li.subsection, e.title, e.year, e.venue_tag, li.line)
            for e in reading.lib.entries if e.kind == "paper" for li in e.listings]


def test_a_period_after_the_word_year_is_a_year_heading():
    assert [is_year_heading(t) for t in ("Year before-2019", "Years 2015-2018", "pre-2019",
                                         "Before 2022", "Prior to 2019", "2019 & before",
                                         "Years: 2015-2018")] == [True] * 7
    assert [heading_year(t) for t in ("Year: 2020", "Year-2020", "Yearbook 2020")] == [
        2020, 2020, None]
    # one year after the word is a date heading, decided by its items; other words: a topic
    assert [is_year_heading(t) for t in ("Year 2020", "Year 2019 papers", "Year of the Dragon",
                                         "Yearly 2019 notes")] == [False] * 4


def test_year_groups_written_with_a_word_leave_the_papers_in_the_lists_section():
    # 221_lirongwu_protein_representation: `## Year 2020` and `## Year before-2019` under the
    # list's title: year groups, so every paper belongs to the list's title
    lines = _lines("221_lirongwu_protein_representation")
    rows = _rows("\n".join(lines[:7] + lines[21:26]))
    assert {(section, sub) for section, sub, *_ in rows} == {
        ("awesome-protein-representation-learning", "Year 2020"),
        ("awesome-protein-representation-learning", "Year before-2019")}
    assert len(rows) == 5
    # a heading with other words stays a topic
    topic = _rows("\n".join(lines[:7]).replace("## Year 2020", "## Year 2020 language models")
                  + "\n" + "\n".join(lines[21:26]))
    assert "year-2020-language-models" in {section for section, *_ in topic}


def test_a_heading_deeper_than_a_later_sibling_is_the_section_of_its_papers():
    # 218_wq2012_speaker_diarization: `#### Challenges` and `#### Audio-Visual Speaker
    # Diarization` under the `#` title hold papers, before `### Other` over `#### 2021`
    rows = _rows("\n".join(_lines("218_wq2012_speaker_diarization")))
    sections = {(section, sub) for section, sub, *_ in rows}
    assert sections == {("challenges", ""), ("audio-visual-speaker-diarization", ""),
                        ("other", "2021"), ("other", "2020")}
    assert len(rows) == 19


def test_a_label_line_over_a_linked_title_line_gives_the_title_its_fields():
    # 227_xiashan_gnn_papers_zh: `1.【ICLR-2017 GCN】<br>` over `[Title](arxiv)`: the title is
    # the linked line's, listed on that line; the label's venue and year are its fields (the
    # model's name after them is no venue)
    rows = _rows("\n".join(_lines("227_xiashan_gnn_papers_zh")[:9]))
    assert [(title, year, venue, line) for _s, _sub, title, year, venue, line in rows] == [
        ("Semi-Supervised Classification with Graph Convolutional Networks", 2017,
         "ICLR-2017", 3),
        ("Inductive Representation Learning on Large Graphs", 2017, "NIPS-2017", 6),
        ("Graph Attention Networks", 2018, "ICLR-2018", 9)]


def test_a_title_line_over_a_link_line_keeps_its_title():
    # the first line is a title phrase: it stays the title (the link line is its links)
    rows = _rows("# L\n\n## Topic\nDeep Residual Learning for Image Recognition<br>\n"
                 "[paper](https://arxiv.org/abs/1512.03385)\n")
    assert [(title, line) for _s, _sub, title, _y, _v, line in rows] == [
        ("Deep Residual Learning for Image Recognition", 4)]


def test_a_mark_that_ends_several_titles_of_a_section_is_no_title_word():
    # 224_lzz_time_series_segmentation: `| Survey | *Signal Process. '20* | Title 🌟 | ... |`:
    # the star ends many titles of the table, the maintainer's pick
    rows = _rows("\n".join(_lines("224_lzz_time_series_segmentation")[:22]))
    titles = [title for _s, _sub, title, *_ in rows]
    assert "Selective review of offline change point detection methods" in titles
    assert "A survey of methods for time series change point detection" in titles
    assert not any("🌟" in title for title in titles)


def test_a_mark_that_ends_one_title_alone_stays():
    # 42_uclanlp_fairness_nlp line 57: the parrot is the paper's own (`... Too Big? 🦜`)
    md = ("# L\n\n## Surveys\n\n"
          "1. [On the Dangers of Stochastic Parrots: Can Language Models Be Too Big? 🦜]"
          "(https://dl.acm.org/doi/10.1145/3442188.3445922), 2021\n"
          "2. [Language (Technology) is Power: A Critical Survey of Bias in NLP]"
          "(https://arxiv.org/abs/2005.14050), 2020\n")
    titles = [title for _s, _sub, title, *_ in _rows(md)]
    assert "On the Dangers of Stochastic Parrots: Can Language Models Be Too Big? 🦜" in titles


def test_a_date_field_is_the_year_and_a_doi_links_words_name_the_venue():
    # 220_gokceneraslan_deepbio: `- **2015-10** | Title | *Authors* | [Venue](doi)`: the date
    # is the year; the words of the link to the paper itself (not its title) name the venue,
    # a name the venue table does not know too; also when no `|` stands before the link
    rows = _rows("\n".join(_lines("220_gokceneraslan_deepbio")[:10]))
    assert [(title, year, venue) for _s, _sub, title, year, venue, _l in rows] == [
        ("Fast model-based protein homology detection without alignment", 2007,
         "Bioinformatics 2007"),
        ("Deep architectures for protein contact map prediction", 2012, "Bioinformatics 2012"),
        ("Predicting protein residue–residue contacts using deep networks and boosting", 2012,
         "Bioinformatics 2012")]
    # links that are no paper's (a site) name nothing: an unknown name is no venue's
    md = "\n".join(_lines("220_gokceneraslan_deepbio")[:10]).replace(
        "https://doi.org/", "https://example.org/")
    assert [venue for *_r, venue, _l in _rows(md)] == ["", "", ""]


def test_tables_written_with_one_header_are_read_as_one_table():
    # 228_upcnlp_paper_reading_zh: `|序号|标题|作者|时间|期刊|` over one row under each heading:
    # a header in words the importer does not know; the columns are read from the cells of
    # all the list's tables with that header: the linked title phrases (标题), the dates
    # (时间, `2020年`), the names (作者), the venues (期刊; `None` is none)
    rows = _rows("\n".join(_lines("228_upcnlp_paper_reading_zh")))
    assert len(rows) == 17
    got = {title: (year, venue) for _s, _sub, title, year, venue, _l in rows}
    assert got["大规模知识图谱补全技术的研究进展"] == (2020, "")
    assert got["Continuous control with deep reinforcement learning"] == (2016, "ICLR2016")
    assert got["Reasoning On Knowledge Graphs With Debate Dynamics"] == (2020, "AAAI 2020")
    reading = read_library("\n".join(_lines("228_upcnlp_paper_reading_zh")), "list.md",
                           explain=True)
    zoom = next(e for e in reading.lib.entries if e.title.startswith("Zoom Out"))
    assert [a.family for a in zoom.authors][:2] == ["Sheng", "Cao"]
    # --explain says where the columns were read
    lines = [line for line in reading.explain() if "read as:" in line]
    assert len(lines) == 17
    assert all("the list's tables with its header" in line for line in lines)


def test_one_table_in_unknown_header_words_alone_stays_unread():
    # one such table alone (one row) is weak evidence: its Chinese-titled row is not read
    lines = _lines("228_upcnlp_paper_reading_zh")
    with pytest.raises(ListError, match="no title column in the header"):
        _rows("\n".join(lines[:1] + lines[8:14]))


def test_a_venue_its_year_and_its_workshop_end_no_title():
    # 225_wehos_graph_transformer line 12: `Title. ICLR 2022 Workshop MLDD [[paper]](url)`,
    # no final period where the section's other items end `Venue Year.`
    lines = _lines("225_wehos_graph_transformer")
    rows = _rows("\n".join(lines[:2] + lines[9:12]))
    got = {title: (year, venue) for _s, _sub, title, year, venue, _l in rows}
    assert got["GRPE: Relative Positional Encoding for Graph Transformer"] == (
        2022, "ICLR 2022 Workshop MLDD")
    # a venue the table does not know, then a year and words: the title's own words
    md = ("# L\n\n## T\n1. Results of the Shared Task. Foo 2022 Workshop Notes "
          "[[paper]](https://arxiv.org/abs/2201.00001)\n")
    assert "Foo 2022 Workshop" in _rows(md)[0][2]


def test_a_titled_paper_with_venue_and_year_linking_its_site_is_a_paper():
    # 224_lzz_time_series_segmentation line 23: `| Dataset | *GI '04* | Segmenting Motion
    # Capture Data into Distinct Behaviors 🌟 | [Website](project page) |`
    lines = _lines("224_lzz_time_series_segmentation")
    rows = _rows("\n".join(lines[:8] + lines[15:17] + lines[22:23]))
    assert ("Segmenting Motion Capture Data into Distinct Behaviors", 2004) in [
        (title, year) for _s, _sub, title, year, _v, _l in rows]
    # a site's row without a title phrase stays out
    md = ("# L\n\n## Events\n\n| Type | Venue | Title | Link |\n|---|---|---|---|\n"
          "| Conf | *ICML '20* | ICML | [Website](https://icml.cc/2020) |\n"
          "| Paper | *KDD '17* | Toeplitz Inverse Covariance-Based Clustering of Time Series "
          "| [PDF](https://arxiv.org/pdf/1706.03161) |\n")
    assert [title for _s, _sub, title, *_ in _rows(md)] == [
        "Toeplitz Inverse Covariance-Based Clustering of Time Series"]


def test_a_numbered_or_bulleted_label_line_over_its_title_line():
    # 227's shape written as list items: the label line (a venue and year, a name; in bold
    # too) over the linked title's line; listed on the title's line
    md = ("# L\n\n## GNN\n\n1. 【ICLR-2017 GCN】<br>\n"
          "[Semi-Supervised Classification with Graph Convolutional Networks]"
          "(https://arxiv.org/abs/1609.02907)\n"
          "2. 【NIPS-2017 GraphSAGE】<br>\n[Inductive Representation Learning on Large Graphs]"
          "(https://arxiv.org/abs/1706.02216)\n\n"
          "- **[KDD 2019] Cluster-GCN**  \n  [Cluster-GCN: An Efficient Algorithm for Training "
          "Deep and Large Graph Convolutional Networks](https://arxiv.org/abs/1905.07953)\n")
    assert [(title[:20], year, venue, line) for _s, _sub, title, year, venue, line
            in _rows(md)] == [("Semi-Supervised Clas", 2017, "ICLR-2017", 6),
                              ("Inductive Representa", 2017, "NIPS-2017", 8),
                              ("Cluster-GCN: An Effi", 2019, "KDD 2019", 11)]


def test_a_date_opening_the_titles_of_a_section_is_their_year():
    # 220's date written without `|` fields: `- **2015-10** Title [Venue](doi)`: the date
    # opening every title of the section is the year (core.years.GLUED_YEAR, with its month)
    md = ("# L\n\n## Topic\n\n"
          "- **2015-10** Deep learning for regulatory genomics "
          "[Nature Biotechnology](https://doi.org/10.1038/nbt.3313)\n"
          "- **2016-01** DeepSEA: Predicting effects of noncoding variants with deep "
          "learning-based sequence model [Nature Methods](https://doi.org/10.1038/nmeth.3547)\n")
    assert [(title, year) for _s, _sub, title, year, _v, _l in _rows(md)] == [
        ("Deep learning for regulatory genomics", 2015),
        ("DeepSEA: Predicting effects of noncoding variants with deep learning-based sequence "
         "model", 2016)]
