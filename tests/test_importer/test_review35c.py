"""Review of stop 35's third round: misfires of its readings on lists shaped as real ones
are. The `<p>`s of one paper's block (title, authors, links) or of one `<li>`/`<tr>` row are
its lines, not papers; a rank after a dash in a bracketed venue is no span of years; a lead
of initials with no year before a title is judged by its section as a lone lead is."""

from __future__ import annotations

from awesome_bib.importer import read_library


def _read(text: str) -> dict[str, tuple[int | None, str, list[str]]]:
    """title -> (year, venue, family names) of every entry read from `text`."""
    return {e.title: (e.year, e.venue_tag, [a.family for a in e.authors])
            for e in read_library(text, "L.md", None).lib.entries}


def _list(*items: str) -> str:
    return "# Reading list\n\n## Readings\n\n" + "".join(f"- {line}\n" for line in items)


def test_a_paper_written_over_several_paragraphs_is_one_paper():
    # each `<p>` a line of one paper: its title, its authors, its links (no blank lines
    # between them, so Markdown makes one HTML block of them)
    text = ("# List\n\n## Papers\n\n"
            "<p><b>Attention Is All You Need</b></p>\n"
            "<p>Ashish Vaswani, Noam Shazeer, Niki Parmar</p>\n"
            '<p><a href="https://arxiv.org/abs/1706.03762">Paper</a> '
            '<a href="https://github.com/x/y">Code</a></p>\n\n'
            "<p><b>Deep Residual Learning for Image Recognition</b></p>\n"
            "<p>Kaiming He, Xiangyu Zhang</p>\n"
            '<p><a href="https://arxiv.org/abs/1512.03385">Paper</a></p>\n')
    assert _read(text) == {
        "Attention Is All You Need": (None, "", ["Vaswani", "Shazeer", "Parmar"]),
        "Deep Residual Learning for Image Recognition": (None, "", ["He", "Zhang"]),
    }


def test_the_paragraphs_of_a_list_row_are_its_lines():
    for open_row, close_row, wrap in (("<li>", "</li>", "ul"), ("<tr><td>", "</td></tr>",
                                                                  "table")):
        rows = "".join(
            f'{open_row}<p><a href="{url}">{title}</a></p>\n<p>{cite}</p>{close_row}\n'
            for url, title, cite in (
                ("https://arxiv.org/abs/1706.03762", "Attention Is All You Need",
                 "Vaswani et al. NeurIPS 2017"),
                ("https://arxiv.org/abs/1512.03385",
                 "Deep Residual Learning for Image Recognition", "He et al. CVPR 2016")))
        got = _read(f"# List\n\n## Papers\n\n<{wrap}>\n{rows}</{wrap}>\n")
        assert {t: (y, v) for t, (y, v, _) in got.items()} == {
            "Attention Is All You Need": (2017, "NeurIPS 2017"),
            "Deep Residual Learning for Image Recognition": (2016, "CVPR 2016"),
        }, wrap


def test_a_rank_after_a_dash_is_no_span_of_years():
    got = _read(_list(
        "[Going Deeper with Convolutions](https://arxiv.org/abs/1409.4842) (ECCV 2020 - 1st place)",
        "[A History of Economic Thought](https://example.org/e) (1978–83)"))
    assert got["Going Deeper with Convolutions"][:2] == (2020, "ECCV 2020 - 1st place")
    assert got["A History of Economic Thought"][0] is None


def test_initials_without_a_year_before_a_title_are_judged_as_a_lone_lead():
    # a list that writes titles alone: `C. Elegans.` names no person who wrote the work
    got = _read(_list(
        "[C. Elegans. Whole-Animal Connectome Mapping](https://example.org/a)",
        "[Attention Is All You Need](https://arxiv.org/abs/1706.03762)",
        "[Going Deeper with Convolutions](https://arxiv.org/abs/1409.4842)"))
    assert got["C. Elegans. Whole-Animal Connectome Mapping"] == (None, "", [])
    # where the section writes its papers so, the initials are its authors' still
    got = _read(_list(
        "[S. Alexander Reed. An Idiom of Sound in Popular Music](https://example.org/a)",
        "[Walter Everett. Making Sense of Rock's Tonal Systems](https://example.org/b)",
        "[Attention Is All You Need](https://arxiv.org/abs/1706.03762)"))
    assert got["An Idiom of Sound in Popular Music"] == (None, "", ["Reed"])
