"""Issue 15, round 21, `import-dev35` on lists 457-462 of the thirty-eighth held-out set
(tests/corpus/, provenance in SOURCES.md): real lines of those lists, each read by one general
reading."""

from __future__ import annotations

from awesome_bib.importer import read_library


def _read(md: str) -> dict[str, tuple[int | None, str, str]]:
    """title -> (year, venue tag, section slug) of each paper a list's text imports."""
    lib = read_library(md, "list.md").lib
    return {e.title: (e.year, e.venue_tag, e.sections[0]) for e in lib.entries}


# List 457's lines (graph few-shot learning), as written: a `Name` column before a `Paper`
# column whose linked text opens with the venue and year in brackets; no closing pipe
_NAMED_PAPERS = (
    "## Graph Meta-Learning/Graph Few-Shot Learning\n\n"
    "### Edge-level Task\n"
    "|Name|Paper|Code\n"
    "|---|---|---|\n"
    "|GMatching|[[EMNLP 2018] One-Shot Relational Learning for Knowledge Graphs]"
    "(https://arxiv.org/pdf/1808.09040.pdf)|[PyTorch](https://github.com/xwhan/"
    "One-shot-Relational-Learning)\n"
    "|FSRL|[[AAAI 2019] Few-Shot Knowledge Graph Completion](http://www.meng-jiang.com/pubs/"
    "fsrl-aaai20/fsrl-aaai20-paper.pdf)|[PyTorch](https://github.com/chuxuzhang/AAAI2020_FSRL)\n"
    "|Meta-MGNN|[[WWW2021] Few-Shot Graph Learning for Molecular Property Prediction]"
    "(https://dl.acm.org/doi/pdf/10.1145/3442381.3450112)|[PyTorch](https://github.com/"
    "zhichunguo/Meta-MGNN)\n")


def test_a_name_column_before_a_paper_column_of_labelled_linked_titles():
    """457 (fields 0.00 before: every row titled `GMatching`, the link text read as the
    venue): the `Paper` column's cells are title phrases after a bracketed `[VENUE YEAR]`, so
    it is the title column; the bracket is the venue and year."""
    papers = {title: fields[:2] for title, fields in _read(_NAMED_PAPERS).items()}
    assert papers == {
        "One-Shot Relational Learning for Knowledge Graphs": (2018, "EMNLP 2018"),
        "Few-Shot Knowledge Graph Completion": (2019, "AAAI 2019"),
        "Few-Shot Graph Learning for Molecular Property Prediction": (2021, "WWW 2021")}


# List 459's lines (question generation), as written: HTML tables one `<td>` per line, the
# second table's `<h2 id>` heading on the line above its `<table>` (no blank line between:
# Markdown makes them one HTML block)
_ROW = ("    <tr>\n      <td>{n}</td>\n      <td>{date}</td>\n      <td>{title}</td>\n"
        "      <td>{who}</td>\n      <td>{venue}</td>\n"
        "      <td><a href=\"{url}\">PDF</a></td>\n    </tr>\n")
_HEAD = ("  <thead>\n    <tr>\n      <th>SN</th>\n      <th>Time (YYYY/MM)</th>\n"
         "      <th>Title</th>\n      <th>Inline Citation (short)</th>\n"
         "      <th>Venue (short)</th>\n      <th>Link of PDF</th>\n    </tr>\n  </thead>\n")
_HTML_SECTIONS = (
    "# Awesome-Question-Generation-Survey\n\n"
    "<h1 id=\"sec-1\">1. Answer Format Based Question</h1>\n"
    "  <h2 id=\"sec-1-1\">1.1 MCQ</h2>\n  \n"
    "  <table border=\"1\" cellpadding=\"6\" cellspacing=\"0\">\n" + _HEAD + "  <tbody>\n"
    + _ROW.format(n=11, date="2025/06", who="Biancini et&nbsp;al., 2025", venue="arXiv",
                  url="https://arxiv.org/pdf/2506.04851",
                  title="Multiple-Choice Question Generation Using Large Language Models: "
                        "Methodology and Educator Insights")
    + "  </tbody>\n</table>\n\n  \n  \n  \n"
    "  <h2 id=\"sec-1-2\">1.2 Questionnaires/Quiz</h2>\n"
    "<table border=\"1\" cellpadding=\"6\" cellspacing=\"0\">\n" + _HEAD + "  <tbody>\n"
    + _ROW.format(n=1, date="2022/07", who="Dijkstra et&nbsp;al., 2022",
                  venue="AIED-ITB’22 (WS)",
                  url="https://e.humanities.uva.nl/publications/2022/dijk_read22.pdf",
                  title="Reading Comprehension Quiz Generation using Generative Pre-trained "
                        "Transformers")
    + "  </tbody>\n</table>\n")


def test_an_html_heading_on_the_line_above_a_table_heads_its_rows():
    """459 (in-section 0.61 before: the second table's rows kept in `1.1 MCQ`): a heading
    element opening the table's HTML block is the section of the rows below it."""
    sections = {title: fields[2] for title, fields in _read(_HTML_SECTIONS).items()}
    assert sections == {
        "Multiple-Choice Question Generation Using Large Language Models: Methodology and "
        "Educator Insights": "1-1-mcq",
        "Reading Comprehension Quiz Generation using Generative Pre-trained Transformers":
            "1-2-questionnaires-quiz"}


# List 461's lines (code review research), as written: a linked title, an em dash, the names
# (two family names, or one with `et al.`), the venue in italics and the year, then a bold
# evidence profile and a finding
_TWO_NAMES = (
    "# Awesome Code Review Research\n\n## AI- and LLM-assisted code review\n\n"
    "- [Deep Learning-Based Code Reviews: A Paradigm Shift or a Double-Edged Sword?]"
    "(https://doi.org/10.1109/ICSE55347.2025.00060) — Tufano et al., *ICSE*, 2025. **PR · "
    "Controlled experiment with 29 experienced developers · Tags: LLM, reviewer behavior.** "
    "Automatically generated reviews shaped what humans focused on.\n\n"
    "- [Toward Author-Guided Review: An Agentic Architecture for Reflective Code Review]"
    "(https://doi.org/10.1145/3786167.3788428) — Davila and Wiese, *AGENT*, 2026. **PR · "
    "Prototype architecture · NEW · Tags: agents, reflection, orchestration.** Proposes a "
    "multi-agent review architecture intended to improve reasoning and self-correction.\n")


def test_two_family_names_then_an_italic_venue_and_a_year_before_a_note():
    """461 (year and venue not read on `Davila and Wiese, *AGENT*, 2026.` while `Tufano et
    al.` was): the sentence that ends at the year is the citation, the note after it none."""
    lib = read_library(_TWO_NAMES, "list.md").lib
    agent = next(e for e in lib.entries if e.title.startswith("Toward Author-Guided"))
    assert (agent.year, agent.venue_tag) == (2026, "AGENT 2026")
    assert [a.family for a in agent.authors] == ["Davila", "Wiese"]


# List 462's lines (active learning surveys), as written: the year in brackets inside the link
# text, and on one item a note after a colon
_NOTE_AFTER_COLON = (
    "# 2. Reviews & Tutorials - 相关综述及教程\n\n### **Reviews / Surveys - 综述**:\n"
    "- [A Survey of Deep Active Learning [2020]](https://arxiv.org/pdf/2009.00236.pdf)\n"
    "- [From Model-driven to Data-driven: A Survey on Active Deep Learning [2021]]"
    "(https://arxiv.org/pdf/2101.09933.pdf)\n"
    "- [Understanding the Relationship between Interactions and Outcomes in Human-in-the-Loop "
    "Machine Learning [2021]](http://harp.ri.cmu.edu/assets/pubs/hil_ml_survey_ijcai_2021.pdf)"
    ": HIL, a wider framework.\n")


def test_a_note_after_a_colon_is_no_venue_after_the_year():
    """462 (venue `HIL 2021` before): after the year, a field that a colon opens is the
    item's note (`: HIL, a wider framework.`), not its venue."""
    papers = {title[:20]: fields[:2] for title, fields in _read(_NOTE_AFTER_COLON).items()}
    assert papers == {"A Survey of Deep Act": (2020, ""), "From Model-driven to": (2021, ""),
                      "Understanding the Re": (2021, "")}


# List 462's line with a bold note inside the link text, among its neighbours
_BOLD_NOTE = (
    "# 2. Reviews & Tutorials - 相关综述及教程\n\n### **Reviews / Surveys - 综述**:\n"
    "- [Active learning: theory and applications [2001]](https://ai.stanford.edu/~koller/Papers/"
    "Tong:2001.pdf.gz)\n"
    "- [Active Learning Literature Survey **(Recommend to read)** [2009]]"
    "(https://minds.wisconsin.edu/handle/1793/60660)\n"
    "- [A survey on instance selection for active learning [2012]](https://link.springer.com/"
    "article/10.1007/s10115-012-0507-8)\n")


def test_a_bold_parenthesis_inside_link_text_is_a_note_not_title():
    """462 (`Active Learning Literature Survey (Recommend to read)` before: the title not
    found): a parenthesis set in bold among the link text's plain words is the writer's note."""
    papers = {title: fields[0] for title, fields in _read(_BOLD_NOTE).items()}
    assert papers == {"Active learning: theory and applications": 2001,
                      "Active Learning Literature Survey": 2009,
                      "A survey on instance selection for active learning": 2012}
