"""The shapes of issue 9, each in a short list written for it under tests/lists/shapes/."""

from __future__ import annotations

from click.testing import CliRunner

from awesome_bib.cli import cli
from awesome_bib.importer import read_library, read_list
from awesome_bib.importer.authors import parse_authors

from .conftest import LISTS, explained_templates, library_of

SHAPES = LISTS / "shapes"


def _rows(name):
    lib = library_of(SHAPES / name)
    return [(e.listings[0].section, e.listings[0].subsection, e.title, e.venue_tag, e.year,
             e.arxiv) for e in lib.entries]


def _authors(name):
    return [([a.display for a in e.authors], e.authors_et_al)
            for e in library_of(SHAPES / name).entries]


def test_nested_sections_under_a_container_heading():
    # `## Contents` is navigation; `## Papers` and `### 2023` hold no paper directly, so the
    # `#### Topic` headings are the sections and the year is kept as the subsection.
    assert _rows("nested_container.md") == [
        ("segmentation", "2023", "Segment Everything Quickly", "CVPR 2023", 2023, "2301.00011"),
        ("segmentation", "2023", "Segment Once More", "ICCV 2023", 2023, "2301.00012"),
        ("detection", "2023", "Detect All The Things", "CVPR 2023", 2023, "2301.00013"),
        ("segmentation-2", "2022", "Older Segmentation Work", "ECCV 2022", 2022, "2201.00014"),
    ]


def test_paragraph_items_backslash_blank_lines_and_br():
    assert _rows("paragraphs.md") == [
        ("segmentation", "", "Paragraph Title Joined By Backslashes", "MICCAI 2020", 2020,
         "2001.00001"),
        ("segmentation", "", "A Title On Its Own Line", "", None, "2001.00002"),
        ("segmentation", "", "Joined With Br Tags", "", None, "2001.00003"),
    ]
    assert _authors("paragraphs.md") == [
        (["Ann Author", "Bob Writer"], False), (["Carla Coder", "Dan Developer"], False),
        (["Eve Example"], True)]


def test_prose_paragraph_with_a_link_is_skipped_with_its_line():
    reading = read_library(read_list(SHAPES / "paragraphs.md"), "p.md")
    assert [(s.line, s.reason) for s in reading.skipped] == [
        (17, "paragraph without a paper link, venue, year or authors")]


def test_citation_style_references():
    assert _rows("citations.md") == [
        ("classics", "", "Gradient-based learning applied to document recognition",
         "Proceedings of the IEEE 1998", 1998, ""),
        ("classics", "", "Attention is all you need", "NeurIPS 2017", 2017, "1706.03762"),
        ("classics", "", "Deep residual learning for image recognition", "CVPR 2016", 2016,
         "1512.03385"),
        ("classics", "", "Long short-term memory", "Neural computation 1997", 1997, ""),
    ]
    assert _authors("citations.md") == [
        (["Yann LeCun"], True), (["Ashish Vaswani", "Noam Shazeer"], True),
        (["Kaiming He", "Xiangyu Zhang", "Shaoqing Ren", "Jian Sun"], False),
        (["Sepp Hochreiter", "Jürgen Schmidhuber"], False)]


def test_title_first_with_year_authors_venue_forms_and_badge():
    assert _rows("title_first.md") == [
        ("models", "", "Attention is all you need", "", 2017, "1706.03762"),
        ("models", "", "Long short-term memory", "", 1997, ""),
        ("models", "", "Masked Autoencoders Are Scalable Vision Learners", "CVPR 2022", 2022,
         "2111.06377"),
        ("models", "", "Segment Anything", "ICCV 2023", 2023, "2304.02643"),
        ("models", "", "Visual Instruction Tuning", "NeurIPS 2023", 2023, "2304.08485"),
        ("models", "", "Scaling Vision Transformers", "CVPR 2022", 2022, "2106.04560"),
    ]
    assert _authors("title_first.md")[:2] == [
        (["A. Vaswani"], True), (["S. Hochreiter", "J. Schmidhuber"], False)]


def test_html_details_anchor_br_img_and_sup():
    assert _rows("html_items.md") == [
        ("vision", "", "An Anchor Title", "CVPR 2023", 2023, "2303.00001"),
        ("vision", "", "A Paragraph In HTML", "ICCV 2023", 2023, "2303.00002"),
    ]
    assert _authors("html_items.md") == [(["Ann Author"], True),
                                         (["Bob Writer", "Carla Coder"], False)]


def test_tables_with_the_title_in_any_column_and_mixed_shapes():
    assert _rows("tables_any_column.md") == [
        ("benchmarks", "", "A Benchmark In The Third Column", "CVPR 2023", 2023, "2304.00001"),
        ("benchmarks", "", "A Bold Title Cell", "NeurIPS 2022", 2022, "2204.00002"),
        ("mixed", "", "A Bullet Paper", "CVPR 2021", 2021, "2101.00003"),
        ("mixed", "", "A Paragraph Paper In The Same Section", "", None, "2101.00004"),
        ("mixed", "", "A Table Paper In The Same Section", "", None, "2101.00005"),
    ]


def test_not_papers_are_skipped_with_reasons():
    reading = read_library(read_list(SHAPES / "not_papers.md"), "n.md")
    assert [e.title for e in reading.lib.entries] == ["The Only Real Paper"]
    assert [(s.line, s.reason) for s in reading.skipped] == [
        (3, "only badges or images"),
        (7, "under 'News' (not papers)"),
        (24, "under 'Lectures and Videos' (talks, posts, courses: kept apart)"),
        (28, "under 'Citation' (not papers)"),
        (36, "under 'Star History' (not papers)"),
        (40, "under 'Contributors' (not papers)"),
    ]


def test_cli_reports_skipped_lines_and_explains_each_item(tmp_path):
    path = SHAPES / "not_papers.md"
    result = CliRunner().invoke(cli, ["import", str(path), "--entries", str(tmp_path / "e"),
                                      "--explain"])
    assert result.exit_code == 0, result.output
    assert (f"{path}:16: [papers] 'The Only Real Paper' | venue: CVPR 2023 | year: 2023 | "
            f"authors: - | ids: arXiv:2301.00099 | read as: title with venue tag") in result.output
    assert f"{path}:7: skipped: under 'News' (not papers)" in result.output


def test_authors_stored_with_list_provenance_and_et_al(tmp_path):
    from awesome_bib import store
    from awesome_bib.importer import import_list
    import_list(SHAPES / "title_first.md", tmp_path / "e")
    entry = store.load_library(tmp_path / "e").entries[0]
    assert ([a.to_dict() for a in entry.authors], entry.authors_et_al, entry.provenance) == (
        [{"family": "Vaswani", "given": "A."}], True, {"authors": "list"})
    assert entry.key.startswith("vaswani")  # the list's first author makes the key
    assert entry.key_fallback  # ... until a verified record's authors replace the list's


def test_enriched_authors_survive_reimport(tmp_path):
    from awesome_bib import store
    from awesome_bib.importer import import_list
    from awesome_bib.model import Author
    import_list(SHAPES / "title_first.md", tmp_path / "e")
    lib = store.load_library(tmp_path / "e")
    lib.entries[0].authors = [Author(family="Vaswani", given="Ashish")]
    lib.entries[0].authors_et_al = False
    lib.entries[0].provenance["authors"] = "arxiv"
    store.save_library(lib, tmp_path / "e")
    import_list(SHAPES / "title_first.md", tmp_path / "e")
    entry = store.load_library(tmp_path / "e").entries[0]
    assert (entry.authors[0].given, entry.authors_et_al, entry.provenance["authors"]) == (
        "Ashish", False, "arxiv")


def test_author_strings():
    assert parse_authors("LeCun, Yann, Léon Bottou, and Yoshua Bengio")[0][1].family == "Bottou"
    assert parse_authors("Hinton, Geoffrey E., et al.")[0][0].given == "Geoffrey E."
    assert parse_authors("Ludwig van der Meer and Anna Smith")[0][0].family == "van der Meer"
    assert parse_authors("First-generation reasoning models from DeepSeek") == ([], False)
    assert parse_authors("arXiv preprint arXiv:1409.1556 (2014)") == ([], False)


def test_a_short_name_with_only_code_links_is_a_tool():
    from awesome_bib.importer import read_library
    text = ("# L\n\n## GAN\n\n- VQGAN-CLIP [[code]](https://github.com/a/b)\n"
            "- [StyleCLIP: Text-Driven Manipulation](https://arxiv.org/abs/2103.17249) "
            "[[code]](https://github.com/c/d)\n"
            "- A Long Paper Title With Only Its Code Linked [[code]](https://github.com/e/f)\n")
    reading = read_library(text, "l.md")
    assert [e.title for e in reading.lib.entries] == [
        "StyleCLIP: Text-Driven Manipulation", "A Long Paper Title With Only Its Code Linked"]
    assert [(s.line, s.reason) for s in reading.skipped] == [
        (5, "a tool: a short name with only code or demo links")]


def test_reimporting_a_list_with_authors_changes_no_byte(tmp_path):
    from awesome_bib.importer import import_list
    for name in ("title_first.md", "citations.md", "paragraphs.md"):
        import_list(SHAPES / name, tmp_path / name)
        again = import_list(SHAPES / name, tmp_path / name)
        assert again.written == [] and again.added == [] and again.removed == []


def test_citations_with_a_linked_title_under_label_bullets():
    # `Authors. [Title](url). In Venue, Year.` under `* Label` bullets: the template places the
    # title in the link text, and the text around the link still gives authors, venue, year.
    assert _rows("labelled_citations.md") == [
        ("classification", "", "A Title of Several Words Here", "EMNLP 2019", 2019, ""),
        ("classification", "", "Another Paper Title Here", "KDD-ADF 2019", 2019, "1908.09156"),
        ("classification", "", "Third Paper Title", "ACL-ECONLP 2018", 2018, ""),
        ("classification", "", "Sentence Classification for Something", "ACL-ECONLP 2018", 2018,
         ""),
        ("question-answering", "", "Answering Questions over Financial Tables", "ACL 2021",
         2021, ""),
        ("question-answering", "", "Numerical Reasoning in Annual Reports", "EMNLP 2021", 2021,
         "2109.00122"),
    ]
    assert _authors("labelled_citations.md") == [
        (["Jane Doe", "John Smith", "Ann Lee"], False), (["Ann Lee"], False),
        (["Joe Bloggs", "Ann Lee"], False), (["Mary Major"], False),
        (["Tom Roe", "Sara Poe"], False), (["Lee Wong", "Ravi Kumar", "Ana Silva"], False)]


def test_explain_names_the_slots_around_a_linked_title(tmp_path):
    templates = explained_templates(SHAPES / "labelled_citations.md", tmp_path / "entries")
    assert templates == [
        "template of 'Classification': {authors}. [{title}]({url}). In {venue}, {year}. "
        "(inferred, title in link text; 4 of 4 items fit)",
        "template of 'Question Answering': {authors}. [{title}]({url}). In {venue}, {year}. "
        "(inferred, title in link text; 2 of 2 items fit)"]
