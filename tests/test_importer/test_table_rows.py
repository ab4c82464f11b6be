"""Table rows read by what the table's own cells say (issue 15, round 3), on real excerpt lines
of lists 35 (maastrichtlawtech/awesome-legal-nlp), 40 (changukshin/Awesome-Korean-NLP-Papers)
and 41 (WILLOSCAR/Awesome-HCI-LLM); provenance in tests/corpus/SOURCES.md."""

from __future__ import annotations

from pathlib import Path

from awesome_bib.importer import read_library
from awesome_bib.importer.tables import split_citation

from .conftest import library_of

# list 35, lines 6-15 and 35-41 (a dataset table and a model table, each row linking its paper
# with 📄, the name followed by who wrote the paper and when)
LEGAL = """\
# Legal Natural Language Processing

## 🗂 Datasets

#### <ins>Legal Judgement Prediction</ins> (LJP)

| Dataset | Links | Domain | Language | Size |
|---|---|---|---|---|
| FSCS (Niklaus et al., 2021) | [📄](https://arxiv.org/abs/2110.00806) [🤗](https://huggingface.co/datasets/swiss_judgment_prediction) [💻](https://github.com/JoelNiklaus/SwissJudgementPrediction) | Swiss court judgments | 🇩🇪 🇫🇷 🇮🇹 | 85K cases w/ 2 outcomes |
| ECtHR (Chalkidis et al., 2021) | [📄](https://arxiv.org/abs/2103.13084) [🤗](https://huggingface.co/datasets/ecthr_cases) | EU court judgments | 🇬🇧 | 11K cases w/ 11 outcomes |

#### <ins>Legal Question Answering</ins> (LQA)

| Dataset | Links | Domain | Language | Size |
|---|---|---|---|---|
| CaseHOLD (Zheng et al., 2021) | [📄](https://arxiv.org/abs/2104.08671) [💻](https://github.com/reglab/casehold) | US case holdings | 🇬🇧 | 53.1K multiple-choice questions |

## 🔥 Models

| Model | Links | Language | Size |
|---|---|---|---|
| Legal-HeBERT (Chriqui et al., 2022) | [📄](https://papers.ssrn.com/sol3/papers.cfm?abstract_id=4147127) [🤗](https://huggingface.co/avichr/Legal-heBERT) [💻](https://github.com/avichaychriqui/Legal-HeBERT) | 🇮🇱 | 110M |
| PoL-BERT-Large (Henderson et al., 2022) | [📄](https://arxiv.org/abs/2207.00220) [🤗](https://huggingface.co/pile-of-law/legalbert-large-1.7M-1) [💻](https://github.com/Breakend/PileOfLaw) | 🇬🇧 | 336M |
| Italian-LEGAL-BERT (Licari and Comande, 2022) | [📄](https://ceur-ws.org/Vol-3256/km4law3.pdf) [🤗](https://huggingface.co/dlicari/Italian-Legal-BERT)| 🇮🇹 | 110M |
"""  # noqa: E501 - table rows are one line each

# list 40, lines 13-19 (a table of conference links) and 21-29 (papers: dates `2008. 10.`,
# `<br />` in the header and in cells, a row without a link)
KOREAN = """\
# Awesome Korean NLP Papers

## Conference and Journal List

| Conference<br />/Journal | Date                | Web Page                                 | Paper List                               |
| ------------------------ | ------------------- | ---------------------------------------- | ---------------------------------------- |
| 2015 정보과학회<br />동계학술대회   | 2015. 12. 17. ~ 18. |                                          | [LINK](http://www.kiise.or.kr/conference02/data/pb/2015WC.pdf) |
| 2016 HCLT                | 2016. 10. 7. ~ 8.   | [LINK](https://sites.google.com/site/2016hclt/home) | [LINK](https://sites.google.com/site/2016hclt/jalyosil) |
| 2017 HCLT                | 2017. 10. 13. ~ 14. | [LINK](https://sites.google.com/view/hclt2017/) | [LINK](https://sites.google.com/view/hclt2017/%ED%94%84%EB%A1%9C%EA%B7%B8%EB%9E%A8?authuser=0) |

## Dependency Parsing

| Date      | Conference<br />/Journal       | Paper                                                        | Metric                                                       | Dataset   |
| --------- | ------------------------------ | ------------------------------------------------------------ | ------------------------------------------------------------ | --------- |
| 2008. 10. | HCLT                           | CRFs를 이용한 강건한 한국어 의존구조 분석                    | UAS:87.30                                                    | 세종+KIB  |
| 2008. 12. | 한국어정보학회                 | [SVM을 이용한 결정적 한국어 의존 구문분석](http://www.earticle.net/Article.aspx?sn=103226) | UAS:88.25                                                    | KIBS95    |
| 2010. 3.  | 한국시뮬레이션<br />학회논문지 | [다단계 구단위화를 이용한 고속 한국어 의존구조 분석](http://ocean.kisti.re.kr/downfile/volume/simul/SMROBX/2010/v19n1/SMROBX_2010_v19n1_103.pdf) | UAS:86.01                                                    |           |
| 2011. 4.  | 정보과학회논문지               | [자질 가중치의 기계학습에 기반한 한국어 의존파싱](http://ocean.kisti.re.kr/downfile/volume/kiss/JBGHF3/2011/v38n4/JBGHF3_2011_v38n4_214.pdf) | UAS:88.15                                                    | 세종      |
| 2011      | ACL-WorkShop<br />(SPMRL 2011) | [Statistical Dependency Parsing in Korean:<br />From Corpus Generation To Automatic Parsing](http://www.aclweb.org/anthology/W11-3801) | UAS:85.47<br />LAS:83.74<br />FNC:94.57                      | 세종      |
"""  # noqa: E501 - table rows are one line each

# list 41, lines 25-29, 36, 39 and 49-55 (a `Source` column of venues and years, a `Date`
# column of months)
HCI = """\
# HCI
<!-- TABLE_START: HCI -->
| Source | Title (Link) | Authors | Tag | Subjects | Additional info | Date |
|---|---|---|---|---|---|---|
| arXiv(v1) 2026 | [An Expert Schema for Evaluating Large Language Model Errors in Scholarly Question-Answering Systems](http://arxiv.org/abs/2602.21059v1) | Anna Martin-Boyle, et al. | LLM | cs.HC, cs.CL | 24 pages, 2 figures. Accepted at ACM CHI conference on Human Factors in Computing Systems, 2026 | 2026.02 |
| arXiv(v1) 2026 (Proceedings of the 34th ACM International Conference on Information and Knowledge Management (CIKM '25), November 10--14, 2025, Seoul, Republic of Korea) | [UXSim: Towards a Hybrid User Search Simulation](http://arxiv.org/abs/2602.24241v1) | Saber Zerhoudi, et al. | LLM | cs.IR, cs.HC |  | 2026.02 |
| Ubicomp25 (IMWUT Vol 9 Issue 4) | [Ads that Talk Back: Implications and Perceptions of Injecting Personalized Advertising into LLM Chatbots](https://doi.org/10.1145/3770640) | Brian Jay Tang, et al. | LLM, personalization, advertising, chatbot |  |  | 2025.12 |

# LLM
<!-- TABLE_START: LLM -->
| Source | Title (Link) | Authors | Tag | Subjects | Additional info | Date |
|---|---|---|---|---|---|---|
| arXiv(v1) 2026 | [Evaluating the Usage of African-American Vernacular English in Large Language Models](http://arxiv.org/abs/2602.21485v1) | Deja Dunlap, et al. | LLM | cs.CL, cs.HC |  | 2026.02 |
| arXiv(v1) 2026 | [GUI-Eyes: Tool-Augmented Perception for Visual Grounding in GUI Agents](http://arxiv.org/abs/2601.09770v1) | Shuofei Qiao, et al. | GUI agent, visual grounding, tool use, perception | cs.CV, cs.AI |  | 2026.01 |
| arXiv(v1) 2025 (WACV 2026) | [AFRAgent: An Adaptive Feature Renormalization Based High Resolution Aware GUI agent](http://arxiv.org/abs/2512.00846v1) | Neeraj Anand, et al. | GUI agent, VLM, smartphone automation, multimodal | cs.CV | WACV 2026 | 2025.12 |
"""  # noqa: E501 - table rows are one line each


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "list.md"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_named_row_that_links_its_paper_is_a_paper_titled_by_its_name(tmp_path):
    """A table without a title column whose rows link their paper (📄): papers, titled by the
    name, with the authors and year of the citation after it; under the `####` sub-heading
    written in HTML (`<ins>`), which is a heading like any other."""
    lib = library_of(_write(tmp_path, LEGAL))
    sections = {s.slug: s.title for s in lib.sections}
    got = [(sections[e.listings[0].section], e.kind, e.title, e.year, e.arxiv,
            [a.family for a in e.authors], e.authors_et_al, e.venue_tag) for e in lib.entries]
    assert got == [
        ("Legal Judgement Prediction (LJP)", "paper", "FSCS", 2021, "2110.00806", ["Niklaus"],
         True, ""),
        ("Legal Judgement Prediction (LJP)", "paper", "ECtHR", 2021, "2103.13084",
         ["Chalkidis"], True, ""),
        ("Legal Question Answering (LQA)", "paper", "CaseHOLD", 2021, "2104.08671", ["Zheng"],
         True, ""),
        ("🔥 Models", "paper", "Legal-HeBERT", 2022, "", ["Chriqui"], True, ""),
        ("🔥 Models", "paper", "PoL-BERT-Large", 2022, "2207.00220", ["Henderson"], True, ""),
        ("🔥 Models", "paper", "Italian-LEGAL-BERT", 2022, "", ["Licari", "Comande"], False, ""),
    ]
    fscs = lib.entries[0]
    assert [(lk.label, lk.url.split("/")[2]) for lk in fscs.links] == [
        ("paper", "arxiv.org"), ("links", "huggingface.co"), ("links", "github.com")]
    assert not lib.problems


def test_a_dataset_table_without_paper_links_stays_datasets(tmp_path):
    """Rows linking only their data (GitHub, Hugging Face) are datasets, as before."""
    text = LEGAL.replace("https://arxiv.org/abs/2110.00806", "https://example.org/fscs") \
        .replace("https://arxiv.org/abs/2103.13084", "https://example.org/ecthr")
    lib = library_of(_write(tmp_path, text))
    assert [(e.kind, e.title) for e in lib.entries][:2] == [
        ("dataset", "FSCS (Niklaus et al., 2021)"), ("dataset", "ECtHR (Chalkidis et al., 2021)")]


def test_a_citation_after_a_name_needs_names():
    assert split_citation("FSCS (Niklaus et al., 2021)")[0] == "FSCS"
    assert split_citation("Italian-LEGAL-BERT (Licari and Comande, 2022)")[3] == 2022
    # a venue and a year in parentheses are not who wrote it
    assert split_citation("Quilt-1M (CVPR, 2023)") == ("Quilt-1M (CVPR, 2023)", [], False, None,
                                                       "")
    assert split_citation("A Title Without Parentheses") == (
        "A Title Without Parentheses", [], False, None, "")


def test_a_table_of_dates_and_events_is_not_papers(tmp_path):
    """The conference table's rows (an event name, its dates, `[LINK]`s) are skipped, not papers
    titled by their date nor problems; in the paper table the `Date` and `Conference<br
    />/Journal` columns are read as such, never as the title."""
    path = _write(tmp_path, KOREAN)
    reading = read_library(path.read_text(encoding="utf-8"), str(path))
    lib = reading.lib
    papers = [(e.listings[0].line, e.title, e.venue_tag, e.year) for e in lib.entries]
    assert papers == [
        # the row without a link: a paper by the shared no-link rule (a title phrase, a year
        # and a venue, beside rows that link their papers)
        (15, "CRFs를 이용한 강건한 한국어 의존구조 분석", "HCLT 2008", 2008),
        (16, "SVM을 이용한 결정적 한국어 의존 구문분석", "한국어정보학회 2008", 2008),
        (17, "다단계 구단위화를 이용한 고속 한국어 의존구조 분석", "한국시뮬레이션 학회논문지 2010",
         2010),
        (18, "자질 가중치의 기계학습에 기반한 한국어 의존파싱", "정보과학회논문지 2011", 2011),
        (19, "Statistical Dependency Parsing in Korean: From Corpus Generation To Automatic "
             "Parsing", "ACL-WorkShop (SPMRL 2011)", 2011),
    ]
    skipped = {p.line: p.reason for p in reading.skipped}
    assert [line for line in skipped if line < 11] == [7, 8, 9]
    assert all("no row of its table has a title" in skipped[line] for line in (7, 8, 9))
    assert lib.problems == []


def test_a_column_of_venues_is_the_venue_column_whatever_its_header(tmp_path):
    """`Source` cells read as venues (the venue table knows arXiv; a year) in most rows: the
    venue column; its notes in parentheses are not the venue."""
    lib = library_of(_write(tmp_path, HCI))
    got = [(e.listings[0].line, e.venue_tag, e.year, e.arxiv) for e in lib.entries]
    assert got == [
        (5, "arXiv 2026", 2026, "2602.21059"),
        (6, "arXiv 2026", 2026, "2602.24241"),
        (7, "Ubicomp25 2025", 2025, ""),
        (13, "arXiv 2026", 2026, "2602.21485"),
        (14, "arXiv 2026", 2026, "2601.09770"),
        (15, "arXiv 2025", 2025, "2512.00846"),
    ]


def test_a_column_of_link_labels_is_not_a_venue_column(tmp_path):
    """`[arXiv](https://arxiv.org/...)` in a `Links` column is a link's label, not a venue."""
    text = ("# L\n\n## Papers\n\n| Title | Links |\n|---|---|\n"
            "| A Table Paper In The Same Section | [arXiv](https://arxiv.org/abs/2101.00005) |\n")
    lib = library_of(_write(tmp_path, text))
    assert [(e.title, e.venue_tag) for e in lib.entries] == [
        ("A Table Paper In The Same Section", "")]


def test_a_date_is_never_a_title_whatever_its_column_is_called(tmp_path):
    """The conference table with its `Date` column called `When`: the dates (words of digits)
    still do not title the rows."""
    text = KOREAN.replace("| Date                |", "| When                |", 1)
    path = _write(tmp_path, text)
    reading = read_library(path.read_text(encoding="utf-8"), str(path))
    assert all(e.listings[0].line > 11 for e in reading.lib.entries)
    assert [p.line for p in reading.skipped if p.line < 11] == [7, 8, 9]


def test_a_dataset_table_with_a_column_of_paper_titles_is_titled_by_it(tmp_path):
    """A dataset table whose `Paper` column holds the paper's title: that title, not the
    dataset's name, titles the row that links the paper (list 35's first row, its paper's own
    title written in a `Paper` column)."""
    text = ("# L\n\n## Datasets\n\n| Dataset | Paper | Links |\n|---|---|---|\n"
            "| FSCS (Niklaus et al., 2021) | Swiss-Judgment-Prediction: A Multilingual Legal "
            "Judgment Prediction Benchmark | [📄](https://arxiv.org/abs/2110.00806) |\n")
    lib = library_of(_write(tmp_path, text))
    assert [(e.kind, e.title, e.arxiv) for e in lib.entries] == [
        ("paper", "Swiss-Judgment-Prediction: A Multilingual Legal Judgment Prediction "
                  "Benchmark", "2110.00806")]


def test_a_linked_title_with_its_venue_or_authors_in_the_same_cell(tmp_path):
    """The title cell holds the linked title and, after `<br>` or in parentheses, the venue or
    the authors: the link's text is the title (these lines are written for this test: no
    pinned list has the shape yet), the rest is read as an item's."""
    text = (
        "# L\n\n## Papers\n\n| Paper | Code |\n|---|---|\n"
        "| [Attention Is All You Need](https://arxiv.org/abs/1706.03762) <br> NeurIPS 2017 | "
        "[code](https://github.com/a/b) |\n"
        "| [Deep Residual Learning for Image Recognition](https://arxiv.org/abs/1512.03385) <br> "
        "*Kaiming He, Xiangyu Zhang, Shaoqing Ren, Jian Sun* | |\n"
        "| [Masked Autoencoders Are Scalable Vision Learners](https://arxiv.org/abs/2111.06377) "
        "(CVPR 2022) | |\n")
    lib = library_of(_write(tmp_path, text))
    got = [(e.title, e.venue_tag, e.year, len(e.authors)) for e in lib.entries]
    assert got == [("Attention Is All You Need", "NeurIPS 2017", 2017, 0),
                   ("Deep Residual Learning for Image Recognition", "", None, 4),
                   ("Masked Autoencoders Are Scalable Vision Learners", "CVPR 2022", 2022, 0)]


def test_a_bare_url_in_a_cell_is_a_link(tmp_path):
    """`| https://arxiv.org/abs/1409.0473 |` (GitHub shows a bare URL as a link; lines written
    for this test): the row links its paper, and the URL is no part of any title."""
    text = ("# L\n\n## Papers\n\n| Number | Title | Link |\n|---|---|---|\n"
            '| 1409.0473 | "Neural Machine Translation by Jointly Learning to Align and '
            'Translate" | https://arxiv.org/abs/1409.0473 |\n')
    lib = library_of(_write(tmp_path, text))
    assert [(e.title, e.arxiv) for e in lib.entries] == [
        ("Neural Machine Translation by Jointly Learning to Align and Translate", "1409.0473")]


def test_an_authors_column_gives_the_authors_when_they_read_as_names(tmp_path):
    lib = library_of(_write(tmp_path, HCI))
    got = [([(a.given, a.family) for a in e.authors], e.authors_et_al) for e in lib.entries]
    assert got[0] == ([("Anna", "Martin-Boyle")], True)
    assert got[2] == ([("Brian Jay", "Tang")], True)


def test_the_listing_keeps_the_venue_cell_as_written(tmp_path):
    """`arXiv(v1) 2026`: the listing keeps the list's words (the year of the version it names:
    `check` does not read it as the first version's), the entry the venue they name."""
    lib = library_of(_write(tmp_path, HCI))
    assert [(e.listings[0].venue_tag, e.venue_tag) for e in lib.entries][2:] == [
        ("Ubicomp25 (IMWUT Vol 9 Issue 4) 2025", "Ubicomp25 2025"),
        ("arXiv(v1) 2026", "arXiv 2026"),
        ("arXiv(v1) 2026", "arXiv 2026"),
        ("arXiv(v1) 2025 (WACV 2026)", "arXiv 2025"),
    ]
