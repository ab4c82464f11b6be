"""Review of round 35: readings that misfired on ordinary lines of other lists (a name and a
year opening a title that is no person's, a course's week written as a heading over labelled
lines, a blog post's or a repository's address written as its own link text)."""

from __future__ import annotations

from awesome_bib.importer import read_library

_PAPERS = ("\n## Papers\n\n- [Attention Is All You Need](https://arxiv.org/abs/1706.03762)\n"
           "- [Deep Residual Learning for Image Recognition](https://arxiv.org/abs/1512.03385)\n")


def _read(text: str) -> dict[str, tuple[int | None, list[str]]]:
    """title -> (year, family names) of every entry read from `text`."""
    return {e.title: (e.year, [a.family for a in e.authors])
            for e in read_library(text, "L.md", None).lib.entries}


def _section(heading: str, *items: str) -> str:
    return f"\n## {heading}\n\n" + "".join(f"- {line}\n" for line in items)


def test_a_lone_name_and_year_before_a_title_is_no_author():
    # Read wrong: `Kinetics` and `Summer` as the authors, 2017 and 2019 as the papers' years,
    # and the titles cut after them (`The Kinetics Human Action Video Dataset`); one such
    # line among titles written plainly is a dataset's or a season's name, not a person's
    got = _read("# Reading list\n" + _section(
        "Action Recognition",
        "[Kinetics 2017 - The Kinetics Human Action Video Dataset]"
        "(https://arxiv.org/abs/1705.06950)",
        "[Two-Stream Convolutional Networks for Action Recognition in Videos]"
        "(https://arxiv.org/abs/1406.2199)",
        "[Learning Spatiotemporal Features with 3D Convolutional Networks]"
        "(https://arxiv.org/abs/1412.0767)",
        "[Temporal Segment Networks: Towards Good Practices](https://arxiv.org/abs/1608.00859)",
    ) + _section(
        "Causality",
        "[Vision and Language 2020 - Workshop Report on Grounding](https://example.org/w.pdf)",
        "[Causal Inference in Statistics: An Overview](https://example.org/pearl.pdf)",
        "[Elements of Causal Inference: Foundations and Algorithms](https://example.org/e.pdf)",
        "[Toward Causal Representation Learning](https://arxiv.org/abs/2102.11107)",
    ))
    assert got["Kinetics 2017 - The Kinetics Human Action Video Dataset"] == (None, [])
    assert got["Vision and Language 2020 - Workshop Report on Grounding"] == (None, [])
    assert "The Kinetics Human Action Video Dataset" not in got
    # (the evidence kept: a section's items written so, `Elster 1998 - Title`, are still read)
    got = _read("# Reading list\n" + _section(
        "Articles",
        "[Elster 1998 - A Plea for Mechanisms](http://example.org/elster.pdf)",
        "[Chetty 2009 - Sufficient Statistics for Welfare Analysis](http://example.org/c.pdf)",
        "[Bulow & Roberts 1989 - The Simple Economics of Optimal Auctions]"
        "(http://example.org/b.pdf)",
    ))
    assert got["A Plea for Mechanisms"] == (1998, ["Elster"])
    assert got["The Simple Economics of Optimal Auctions"] == (1989, ["Bulow", "Roberts"])


def test_a_course_week_over_labelled_lines_is_no_papers_record():
    # Read wrong: each week's heading as the title of the paper its `- Reading:` line links,
    # and the class's date as that paper's year (a date and a room are any event's fields:
    # a paper's record says who wrote it or where it appeared)
    weeks = "".join(
        f"\n## Week {n}: {topic}\n\n- Date: 2023-01-{9 + n}\n- Room: Gates 104\n"
        f"- Reading: [https://arxiv.org/abs/{ref}](https://arxiv.org/abs/{ref})\n"
        for n, topic, ref in ((1, "Introduction to Neural Networks", "1706.03762"),
                              (2, "Convolutional Neural Networks Basics", "1512.03385"),
                              (3, "Recurrent Networks and Sequence Models", "1409.3215")))
    got = _read("# Deep Learning Course\n" + weeks)
    assert not any(title.startswith("Week") for title in got)
    assert all(year != 2023 for year, _names in got.values())


def test_an_address_written_as_its_own_link_links_a_paper_only_where_it_is_a_papers():
    # Read wrong: blog posts and a repository, each a record whose `- URL:` line writes its
    # address as its link text, imported as papers (the address so written was taken as the
    # paper's link whatever it names)
    got = _read("# Awesome Transformers\n" + _section(
        "Readings",
        "The Illustrated Transformer Explained Visually\n  - Author: Jay Alammar\n"
        "  - Year: 2018\n  - URL: [https://jalammar.github.io/illustrated-transformer/]"
        "(https://jalammar.github.io/illustrated-transformer/)",
        "Understanding LSTM Networks Step by Step\n  - Author: Christopher Olah\n"
        "  - Year: 2015\n  - URL: [https://colah.github.io/posts/2015-08-Understanding-LSTMs/]"
        "(https://colah.github.io/posts/2015-08-Understanding-LSTMs/)",
        "Detectron2 Object Detection Platform by Facebook\n  - Author: Yuxin Wu\n"
        "  - Year: 2019\n  - URL: [https://github.com/facebookresearch/detectron2]"
        "(https://github.com/facebookresearch/detectron2)",
    ) + _PAPERS)
    assert set(got) == {"Attention Is All You Need",
                        "Deep Residual Learning for Image Recognition"}
