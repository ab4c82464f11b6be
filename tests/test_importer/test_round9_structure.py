"""Issue 15, ninth round: what is an item and where it belongs (lists 121-144 are this round's
development lists; excerpt lines of the real lists in tests/corpus/)."""

from __future__ import annotations

from awesome_bib.importer import read_library
from awesome_bib.importer.markdown import Heading, parse

from .test_round8_structure import _lines, _read


def test_front_matter_title_is_the_page_title_over_decade_headings():
    # 143_chanwutk_hci_prelim lines 1-12: a GitHub Pages file, `title: Papers` in its YAML
    # front matter, then `# 1990` decade headings: the papers are in `Papers` (they were in
    # sections called 1990, 1995, ...), and the front matter is no paragraph of the list
    papers = _read("\n".join(_lines("143_chanwutk_hci_prelim")[:12]))
    assert {section for _l, section, *_r in papers} == {"Papers"}
    # (line 7, `Weiser, M. (1991). Scientific American. **Title**.`, read since round 18)
    assert [(line, title, year) for line, _s, title, _v, year in papers][:3] == [
        (7, "The Computer for the 21st Century", 1991), (8, "Beyond being there", 1992),
        (9, "Knowledge-based augmented reality", 1993)]


def test_front_matter_is_read_only_when_it_is_yaml():
    # the page title keeps its line; a file that opens with a rule and has another later is
    # Markdown throughout (its heading stays a heading)
    blocks = parse("---\nlayout: default\ntitle: \"My Papers\"\n---\n\n# 2020\n- [A](u)\n")
    assert isinstance(blocks[0], Heading) and blocks[0].level == 0 and blocks[0].line == 3
    assert blocks[0].pieces[0].text == "My Papers"
    ruled = parse("---\n# Papers\n\nSome text.\n\n---\n- [A](u)\n")
    assert [b.level for b in ruled if isinstance(b, Heading)] == [1]


def test_a_venue_line_with_links_under_a_linkless_title_is_that_title_s():
    # 141_yueyuel_android_malware lines 1-17: `- Title` / `  - notes` / `  - in TIFS 2018,
    # [[pdf]](url) [[Code]](url)`: the child was read as a paper titled `in TIFS 2018`
    papers = _read("\n".join(_lines("141_yueyuel_android_malware")[:17]))
    assert [(line, title, venue, year) for line, _s, title, venue, year in papers] == [
        (6, "Deep Android Malware Detection", "CODASPY 2017", 2017),
        (9, "A Multimodal Deep Learning Method for Android Malware Detection Using Various "
            "Features", "TIFS 2018", 2018),
        (12, "Detecting Android malware using Long Short-term Memory (LSTM)",
         "Journal of Intelligent & Fuzzy Systems 2018", 2018),
        (15, "{TESSERACT}: Eliminating experimental bias in malware classification across "
             "space and time", "USENIX Security Symposium 2019", 2019)]


def test_a_child_that_names_a_paper_stays_a_paper_under_its_topic():
    # a topic bullet without links over titled children: the children are the papers, and a
    # child whose words are a title (not a venue) is never the parent's venue line
    papers = _read("# L\n\n## Papers\n\n- Value-based Deep Reinforcement Learning Methods\n"
                   "  - Playing Atari with Deep Reinforcement Learning [[pdf]]"
                   "(https://arxiv.org/abs/1312.5602)\n"
                   "  - in NeurIPS 2019 [[pdf]](https://arxiv.org/abs/1906.00001)\n")
    assert [title for _l, _s, title, _v, _y in papers][0] == \
        "Playing Atari with Deep Reinforcement Learning"
    assert all(title != "Value-based Deep Reinforcement Learning Methods"
               for _l, _s, title, _v, _y in papers)


def test_heading_shortcodes_are_shown_as_github_renders_them():
    # 137_foolwood_visual_tracking lines 1-9: `### :star2: Recommendations :star2:` is the
    # section `🌟 Recommendations 🌟`; a code the table does not know, or one inside a word
    # or a time, stays as written
    papers = _read("\n".join(_lines("137_foolwood_visual_tracking")[:9]))
    assert [section for _l, section, *_r in papers] == ["🌟 Recommendations 🌟"]
    papers = _read("# L\n\n## :nocode_here: Talks at 10:30: a:b:\n\n"
                   "- [Deep Residual Learning for Image Recognition]"
                   "(https://arxiv.org/abs/1512.03385)\n")
    assert [section for _l, section, *_r in papers] == [":nocode_here: Talks at 10:30: a:b:"]


def test_a_name_before_a_full_citation_without_link_is_a_paper_not_a_tool():
    # 137_foolwood_visual_tracking lines 11-52: every item is `**Name:** Authors.<br />
    # "Title." CVPR (2020).` (a name and a description); the linkless CGACD was skipped as a
    # tool while its linked siblings were papers
    papers = _read("\n".join(_lines("137_foolwood_visual_tracking")[:52]))
    assert (51, "CVPR2020", "Correlation-Guided Attention for Corner Detection Based Visual "
            "Tracking", "CVPR 2020", 2020) in papers
    assert len(papers) == 10


def test_a_paper_file_in_the_repository_and_an_empty_link_name_papers():
    # 144_husthuke_knowledge_graph_zh lines 21-48: `[Title](./paper/….caj)` (CNKI's format)
    # and `[Title(2020)]()` (a link left empty) beside linked papers were "no link" problems
    papers = _read("\n".join(_lines("144_husthuke_knowledge_graph_zh")[20:48]))
    titles = {title: year for _l, _s, title, _v, year in papers}
    assert "Knowledge Representation Learning: A Review" in titles
    assert titles["Conversational Neuro-Symbolic Commonsense Reasoning"] == 2020


def test_an_empty_link_alone_under_its_heading_stays_a_problem():
    # no sibling links its paper: nothing says the heading lists papers
    papers = _read("# L\n\n## Papers\n\n- [Deep Residual Learning for Image Recognition]"
                   "(https://arxiv.org/abs/1512.03385)\n\n## Ideas\n\n"
                   "- [Conversational Neuro-Symbolic Commonsense Reasoning(2020)]()\n")
    assert [title for _l, _s, title, _v, _y in papers] == [
        "Deep Residual Learning for Image Recognition"]


def test_a_venue_line_child_gives_its_fields_and_links_to_any_titled_parent():
    # the same reading for a parent that links its paper, a venue line after a links line,
    # names before the venue, and a venue line ended by brackets or a bar
    reading = read_library(
        "# L\n\n## Papers\n\n"
        "- [Deep Residual Learning for Image Recognition](https://arxiv.org/abs/1512.03385)\n"
        "  - CVPR 2016 [[Code](https://github.com/x/y)]\n"
        "- Attention Is All You Need\n"
        "  - Ashish Vaswani, Noam Shazeer. NeurIPS 2017. [pdf](https://arxiv.org/abs/1706.03762)\n"
        "- Very Deep Convolutional Networks for Large-Scale Image Recognition\n"
        "  - *ICLR 2015* | [paper](https://arxiv.org/abs/1409.1556)\n", "list.md")
    got = [(e.title, e.venue_tag, e.year, len(e.links), [a.family for a in e.authors])
           for e in reading.lib.entries]
    assert got == [
        ("Deep Residual Learning for Image Recognition", "CVPR 2016", 2016, 2, []),
        ("Attention Is All You Need", "NeurIPS 2017", 2017, 1, ["Vaswani", "Shazeer"]),
        ("Very Deep Convolutional Networks for Large-Scale Image Recognition", "ICLR 2015",
         2015, 1, [])]


def test_a_venue_written_as_the_child_s_link_or_as_a_labelled_field_is_the_parent_s():
    # `- [CVPR 2016](arxiv)` under a title: the venue's words link the paper; `- Venue:
    # NeurIPS 2014` is one field of the item (not a note); a bold short name is a title too
    reading = read_library(
        "# L\n\n## Papers\n\n"
        "- Deep Residual Learning for Image Recognition\n"
        "  - [CVPR 2016](https://arxiv.org/abs/1512.03385)\n"
        "- Generative Adversarial Nets\n"
        "  - Paper: https://arxiv.org/abs/1406.2661\n"
        "  - Venue: NeurIPS 2014\n"
        "- **Mask R-CNN**\n"
        "  - ICCV 2017 | [paper](https://arxiv.org/abs/1703.06870) | [code](https://g.io/x)\n",
        "list.md")
    assert [(e.title, e.venue_tag, e.year) for e in reading.lib.entries] == [
        ("Deep Residual Learning for Image Recognition", "CVPR 2016", 2016),
        ("Generative Adversarial Nets", "NeurIPS 2014", 2014),
        ("Mask R-CNN", "ICCV 2017", 2017)]


def test_a_child_line_that_reads_as_names_among_sibling_notes_is_a_note():
    # 141_yueyuel_android_malware lines 1-29: every item's first child is a note of keywords
    # (`- Bianry Malware Classification; CNN; Opcode Sequence`); the one that reads as names
    # gave its item three authors, the other seven none
    reading = read_library("\n".join(_lines("141_yueyuel_android_malware")[:29]), "list.md")
    assert len(reading.lib.entries) == 8
    assert all(not e.authors for e in reading.lib.entries)
    # a section whose child lines are names keeps them
    named = read_library("# L\n\n## Papers\n\n" + "".join(
        f"- {title}\n  - Ann Lee, Bob Roe\n  - [[pdf]](https://arxiv.org/abs/1706.0376{i})\n"
        for i, title in enumerate(["Attention Is All You Need Today",
                                   "Deep Residual Learning for Image Recognition",
                                   "Very Deep Convolutional Networks for Recognition"])),
        "list.md")
    assert [[a.family for a in e.authors] for e in named.lib.entries] == [["Lee", "Roe"]] * 3


def test_a_blockquote_under_an_item_is_read_as_its_lines_and_is_never_a_paper():
    # `  > Authors. Venue Year.` / `  > [pdf](url)` quoted under a title: the item's citation
    # line and link (the item was dropped); a quoted comment that links another paper is
    # neither a paper nor a link of the item
    reading = read_library(
        "# L\n\n## Papers\n\n"
        "- Attention Is All You Need\n"
        "  > Ashish Vaswani, Noam Shazeer. NeurIPS 2017.\n"
        "  > [pdf](https://arxiv.org/abs/1706.03762)\n"
        "- [Deep Residual Learning for Image Recognition](https://arxiv.org/abs/1512.03385)\n"
        "  > This paper eases training, building on [Highway Networks]"
        "(https://arxiv.org/abs/1505.00387) and earlier work on deep models.\n", "list.md")
    got = [(e.title, e.venue_tag, [lk.url for lk in e.links]) for e in reading.lib.entries]
    assert got == [
        ("Attention Is All You Need", "NeurIPS 2017", ["https://arxiv.org/abs/1706.03762"]),
        ("Deep Residual Learning for Image Recognition", "",
         ["https://arxiv.org/abs/1512.03385"])]
