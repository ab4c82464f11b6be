"""Issue 15, sixth round: what is an item and where it belongs (lists 73-96, the sixth and
seventh held-out sets, are this round's development lists; excerpt lines of the real lists in
tests/corpus/)."""

from __future__ import annotations

from awesome_bib.importer import read_library

from .test_round5_structure import _lines


def _read(md: str) -> tuple[list[tuple[int, str, str, str, int | None]], list[tuple[int, str]]]:
    reading = read_library(md, "list.md")
    papers = [(li.line, li.section, e.title, e.venue_tag, e.year) for e in reading.lib.entries
              if e.kind == "paper" for li in e.listings]
    return papers, [(s.line, s.reason) for s in reading.skipped]


def test_papers_written_as_headings_over_labelled_bullets_are_papers():
    # 80_aiotcau_korean_reading_list lines 1-31: `### 1. [Title](arxiv) (ResNet)` over
    # `- **저자**: ...` / `- **학회/저널**: CVPR 2016` bullets, under `## 📷 이미지` topics
    papers, _skipped = _read("\n".join(_lines("80_aiotcau_korean_reading_list")[:31]))
    assert [(line, title, venue, year) for line, _s, title, venue, year in papers] == [
        (7, "Deep Residual Learning for Image Recognition", "CVPR 2016", 2016),
        (13, "MobileNets: Efficient Convolutional Neural Networks for Mobile Vision "
             "Applications", "arXiv 2017", 2017),
        (19, "An Image is Worth 16x16 Words: Transformers for Image Recognition at Scale",
         "ICLR 2021", 2021),
        (27, "Attention is All You Need", "NeurIPS 2017", 2017)]
    assert len({section for _l, section, *_rest in papers}) == 2  # the two topics


def test_papers_written_as_headings_under_year_headings_and_their_notes():
    # 91_sotetsuk_rl_japanese lines 1-35: `### Authors [Title](pdf) ICML 2016` under `## 2016`
    # year headings, commentary and a video link under a paper: the list's title is the section,
    # the names before the link the authors, the link under a paper its note
    papers, skipped = _read("\n".join(_lines("91_sotetsuk_rl_japanese")[:35]))
    assert [(line, section, title, venue) for line, section, title, venue, _y in papers] == [
        (10, "reinforcement-learning", "The Dynamics of Reinforcement Learning in Cooperative "
                                       "Multiagent Systems", "AAAI 1998"),
        (16, "reinforcement-learning", "Policy Gradient Methods for Reinforcement Learning with "
                                       "Function Approximation", "NIPS 1999"),
        (20, "reinforcement-learning", "Artist Agent: A Reinforcement Learning Approach to "
                                       "Automatic Stroke Generation in Oriental Ink Painting",
         "ICML 2012"),
        (32, "reinforcement-learning", "Guided Policy Search", "ICML 2013")]
    assert (22, "a note of the paper written as the heading at line 20") in skipped
    assert (34, "a note of the paper written as the heading at line 32") in skipped


def test_one_heading_linking_a_paper_over_the_papers_it_surveys_is_a_section():
    # a heading that links a survey and holds papers of its own is their section, and a lone
    # heading linking a paper is no shape the list repeats: nothing here is read as a heading
    md = ("# List\n\n## [A Survey of Graph Neural Networks for Everything](https://arxiv.org/abs/"
          "2101.00001)\n\n- [Graph Attention Networks](https://arxiv.org/abs/1710.10903) ICLR "
          "2018\n- [Semi-Supervised Classification with Graph Convolutional Networks](https://"
          "arxiv.org/abs/1609.02907) ICLR 2017\n\n## [Another Survey of Graph Learning Methods]"
          "(https://arxiv.org/abs/2101.00002)\n\n- [Inductive Representation Learning on Large "
          "Graphs](https://arxiv.org/abs/1706.02216) NeurIPS 2017\n")
    papers, _skipped = _read(md)
    assert [line for line, *_rest in papers] == [5, 6, 10]


def test_an_html_table_with_a_header_and_one_cell_per_line_reads_its_columns():
    # 81_neardws_embodied_zh lines 5-40: `<th nowrap>会议/年份</th>` ... then rows of one `<td>`
    # per line, the venue and year in the first cell, the linked title in the second: a table
    # read by its columns, each row counted at its title cell's line
    papers, _skipped = _read("\n".join(_lines("81_neardws_embodied_zh")[:56]) + "\n</tbody>\n"
                             "</table>\n")
    assert [(line, title, venue, year) for line, _s, title, venue, year in papers] == [
        (27, "CLIPort: What and Where Pathways for Robotic Manipulation", "CoRL 2022", 2022),
        (43, "OpenVLA: An Open-Source Vision-Language-Action Model", "CoRL 2024", 2024)]


def test_an_html_table_without_a_header_row_stays_one_item_per_row():
    md = ("## Papers\n\n<table>\n<tr><td><a href=\"https://arxiv.org/abs/1706.03762\">Attention "
          "Is All You Need</a> NeurIPS 2017</td></tr>\n<tr><td><a href=\"https://arxiv.org/abs/"
          "1810.04805\">BERT: Pre-training of Deep Bidirectional Transformers</a> NAACL 2019"
          "</td></tr>\n</table>\n")
    papers, _skipped = _read(md)
    assert [(line, title, year) for line, _s, title, _v, year in papers] == [
        (4, "Attention Is All You Need", 2017),
        (5, "BERT: Pre-training of Deep Bidirectional Transformers", 2019)]


def test_a_column_of_years_under_a_header_in_other_words_dates_its_rows():
    # 78_mli_paper_reading lines 11-22: `| 已录制 | 年份 | 名字 | 简介 | 引用 |`, every `年份`
    # cell a year: the column is the rows' year, whatever its header says
    papers, _skipped = _read("\n".join(_lines("78_mli_paper_reading")[10:22]))
    assert [(title, year) for _l, _s, title, _v, year in papers][:4] == [
        ("AlexNet", 2012), ("VGG", 2014), ("GoogleNet", 2014), ("ResNet", 2015)]


def test_short_dates_the_rows_agree_with_date_the_rows_but_make_no_row_a_paper():
    # 85_ydyjya_llm_safety lines 1-30: `| 20.10 | ... | arxiv | [Title](arxiv 2010.07079) |`
    # and `| 22.03 | OpenAI | NIPS2022 | ...`: the rows that state a year agree with 20YY; a
    # repository row of a dated table stays skipped
    papers, skipped = _read("\n".join(_lines("85_ydyjya_llm_safety")[:30]))
    years = {title: year for _l, _s, title, _v, year in papers}
    assert years["Recipes for Safety in Open-domain Chatbots"] == 2020
    assert years["Perspective API"] == 2022
    assert 27 in {line for line, _reason in skipped}
    # a short date no row's own year confirms is no year
    md = ("## Papers\n\n| Date | Paper |\n|---|---|\n| 20.10 | [Recipes for Safety in Open-domain"
          " Chatbots](https://example.org/a.pdf) |\n| 22.03 | [Training language models to "
          "follow instructions](https://example.org/b.pdf) |\n")
    papers, _skipped = _read(md)
    assert [year for *_rest, year in papers] == [None, None]


def test_a_table_titled_by_linked_phrases_under_a_header_in_other_words_is_a_table_of_papers():
    # 74_ybayle_music lines 3-16: `| Year | Articles, Thesis and Reports | Code |`: the column
    # whose rows link title phrases is the title column (links to jstor and a university
    # repository included), and a row that links nothing but has its title and year fills the
    # table's columns as the papers do
    papers, skipped = _read("\n".join(_lines("74_ybayle_music")[:16]))
    assert [(line, year) for line, _s, _t, _v, year in papers] == [
        (7, 1988), (8, 1988), (9, 1988), (10, 1989), (11, 1989), (12, 1989), (13, 1994),
        (14, 1995), (15, 1995), (16, 1997)]
    assert papers[0][2] == "Neural net modeling of music"
    assert skipped == []


def test_a_table_of_tools_linking_names_stays_no_table_of_papers():
    md = ("## Tools\n\n| Tool | Description |\n|---|---|\n| [spaCy](https://github.com/explosion/"
          "spaCy) | Industrial-strength natural language processing in Python |\n| [NLTK](https://"
          "github.com/nltk/nltk) | A platform for building Python programs to work with human "
          "language data |\n\n## Papers\n\n- [Attention Is All You Need](https://arxiv.org/abs/"
          "1706.03762)\n")
    papers, _skipped = _read(md)
    assert [line for line, *_rest in papers] == [10]


def test_labelled_children_of_a_record_are_its_fields_not_papers():
    # 87_thinklab_llm_autonomous_driving lines 20-39: `- [Title](arxiv)` over `  - Authors`,
    # `  - Publish Date: 2026.06.18`, `  - Task: Planning`, `  - Datasets: [nuScenes](url)`,
    # `  - Summary：` and its bullets: the date is the record's year, the data sets a field
    lines = _lines("87_thinklab_llm_autonomous_driving")[19:39]
    papers, _skipped = _read("## Papers\n\n" + "\n".join(lines))
    assert [(title.split(":")[0], year) for _l, _s, title, _v, year in papers] == [
        ("Lagrange", 2026), ("OmniDrive", 2026)]


def test_a_child_linking_the_items_own_paper_or_code_is_still_its_link():
    md = ("## Papers\n\n- Attention Is All You Need\n  - Paper: [arXiv](https://arxiv.org/abs/"
          "1706.03762)\n  - Code: [github](https://github.com/tensorflow/tensor2tensor)\n"
          "  - Task: Translation\n  - Venue: NeurIPS 2017\n")
    reading = read_library(md, "list.md")
    [entry] = reading.lib.entries
    assert entry.title == "Attention Is All You Need"
    assert entry.arxiv == "1706.03762"


def test_an_item_whose_title_says_it_is_slides_is_no_paper_whoever_wrote_it():
    # 95_grananqvist_quant_trading lines 22-26: `* :star: Marcos Lopez de Prado - Ten Financial
    # Applications of Machine Learning (Presentation Slides) [[Link]](ssrn)` beside papers
    # written the same way
    lines = _lines("95_grananqvist_quant_trading")
    papers, skipped = _read("## Papers\n\n" + "\n".join(lines[21:26]))
    assert [line for line, *_rest in papers] == [3, 4]
    assert [(line, reason) for line, reason in skipped] == [
        (5, "its title says it is slides, a post or a talk"),
        (6, "its title says it is slides, a post or a talk"),
        (7, "its title says it is slides, a post or a talk")]


def test_names_described_by_a_sentence_among_repository_tools_are_tools():
    # 82_realamirhe_neuroscience lines 8-23: `* [Brian2](github) is a clock-driven simulator
    # ...`: most items are names linked to their repositories; `[GeNN](site) compiles ...` and
    # `[PyNN](docs) is a simulator-independent language ...` are written alike: tools too
    lines = _lines("82_realamirhe_neuroscience")
    md = "\n".join(lines[:23]) + "\n\n## Papers\n\n- [Attention Is All You Need](" \
        "https://arxiv.org/abs/1706.03762)\n"
    papers, skipped = _read(md)
    reasons = dict(skipped)
    assert lines[15].startswith("* [GeNN]") and lines[22].startswith("* [PyNN]")
    assert reasons[16].startswith("a name and a description") and \
        reasons[23].startswith("a name and a description")
    assert 16 not in {line for line, *_rest in papers}


def test_a_name_followed_only_by_years_is_a_venues_volumes_not_a_paper():
    # 83_youngfish42_federated lines 7-11: `- [IJCAI](dblp) [2025](proceedings), [2024](...)`
    # and `- [AI](dblp) 2025, 2023`: a venue's volumes, several works (AAAI's years link PDFs,
    # its accepted-paper lists: a PDF is a paper's link, an open miss)
    lines = _lines("83_youngfish42_federated")
    md = "## Links\n\n" + "\n".join(lines[6:11]) + "\n\n## Papers\n\n- [Attention Is All You " \
        "Need](https://arxiv.org/abs/1706.03762) 2017\n"
    papers, skipped = _read(md)
    assert [title for _l, _s, title, _v, _y in papers][-1] == "Attention Is All You Need"
    reasons = dict(skipped)
    assert all(reasons[line].startswith("names several works") for line in (3, 5, 7))


def test_a_record_alone_in_the_first_section_is_no_preamble():
    # 90_jxzhangjhu_llm_rag lines 1-30: the first record under `## Survey and Benchmark` ends
    # with a date line (`4 Sep 2023`) the later records lack: written otherwise, but in a
    # section of its own as deep as theirs, not the list's preamble prose
    papers, skipped = _read("\n".join(_lines("90_jxzhangjhu_llm_rag")[:30]))
    assert [line for line, *_rest in papers][:3] == [7, 22, 26]
    assert 7 not in dict(skipped)
