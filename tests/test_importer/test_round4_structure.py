"""Issue 15, fourth round: what is an item and where it belongs (lists 42-51, the third held-out
set, are this round's development lists; excerpt lines of the real lists in tests/corpus/)."""

from __future__ import annotations

import pytest

from awesome_bib.importer import read_library

from .test_corpus import CORPUS_DIR


def _papers(md: str):
    reading = read_library(md, "list.md")
    return [e for e in reading.lib.entries if e.kind == "paper"]


def _titles(md: str) -> list[str]:
    return [e.title for e in _papers(md)]


_TAXONOMY = "\n".join((CORPUS_DIR / "46_opendilab_model_based_rl.md").read_text(
    encoding="utf-8").split("\n")[13:21])


def test_each_reference_of_a_blockquote_reference_list_is_its_own_item():
    # 46_opendilab_model_based_rl lines 14-21: one paragraph of numbered references joined by
    # two-space line breaks; before, one entry "World Models" carried I2A's arXiv id and year
    assert _TAXONOMY.startswith(">[1] [World Models](https://worldmodels.github.io/)")
    papers = _papers("## A Taxonomy of Model-Based RL Algorithms\n\n" + _TAXONOMY + "\n")
    assert [e.title for e in papers] == ["World Models", "I2A", "MBMF", "MBVE", "ExIt",
                                         "AlphaZero", "POPLIN", "M2AC"]
    assert [e.listings[0].line for e in papers] == list(range(3, 11))
    world, i2a = papers[0], papers[1]
    assert not any("1707.06203" in lk.url for lk in world.links)
    assert world.year != 2017
    assert any("1707.06203" in lk.url for lk in i2a.links)


def test_lines_without_consecutive_reference_numbers_stay_one_paragraph():
    # a paragraph item (title line, author line, links line) is one item, as before
    md = ("## Papers\n\n"
          "**Attention Is All You Need**  \n"
          "Ashish Vaswani, Noam Shazeer. NeurIPS 2017  \n"
          "[[paper](https://arxiv.org/abs/1706.03762)]\n")
    assert _titles(md) == ["Attention Is All You Need"]


def test_labelled_sub_bullets_are_notes_of_their_item_not_papers_nor_its_links():
    # 46_opendilab_model_based_rl lines 60-63: `Key:` and `ExpEnv:` bullets under a paper
    md = ("## Classic\n\n"
          "- [Value Prediction Network](https://arxiv.org/abs/1707.03497)\n"
          "  - Junhyuk Oh, Satinder Singh, Honglak Lee. *NIPS 2017*\n"
          "  - Key: value-prediction model\n"
          "  - ExpEnv: collect domain, [atari](https://github.com/openai/gym)\n\n"
          "- [Learning Complex Neural Network Policies with Trajectory Optimization]"
          "(https://proceedings.mlr.press/v32/levine14.html)\n"
          "  - Sergey Levine, Vladlen Koltun. *ICML 2014*\n"
          "  - Key: guided policy search\n"
          "  - ExpEnv: [mujoco](https://github.com/openai/mujoco-py)\n")
    papers = _papers(md)
    assert [e.title for e in papers] == [
        "Value Prediction Network",
        "Learning Complex Neural Network Policies with Trajectory Optimization"]
    assert all("github.com" not in lk.url for e in papers for lk in e.links)
    assert papers[0].year == 2017 and papers[1].year == 2014
    # `Sergey Levine, Vladlen Koltun. *ICML 2014*`: names, then the italic venue (before, the
    # whole short line was read as the venue "Sergey Levine, Vladlen Koltun. ICML 2014")
    assert [a.family for a in papers[1].authors] == ["Levine", "Koltun"]
    assert "Levine" not in papers[1].venue_tag and "ICML" in papers[1].venue_tag


def test_a_labelled_child_that_links_a_paper_or_names_code_is_still_read():
    # `- Paper: url` / `- Code: url` under a title are its links (list 38's shape)
    md = ("## Papers\n\n"
          "- Deep Residual Learning for Image Recognition\n"
          "  - Paper: [arXiv](https://arxiv.org/abs/1512.03385)\n"
          "  - Code: [github](https://github.com/KaimingHe/deep-residual-networks)\n")
    papers = _papers(md)
    assert [e.title for e in papers] == ["Deep Residual Learning for Image Recognition"]
    urls = [lk.url for lk in papers[0].links]
    assert any("1512.03385" in u for u in urls) and any("github.com" in u for u in urls)


def test_a_collapsed_block_belongs_to_the_heading_above_it():
    # 46_opendilab_model_based_rl lines 35-45: `<details open><summary>` after the heading
    md = ("## A Taxonomy\n\n" + _TAXONOMY + "\n\n"
          "## Papers\n\n### Classic Model-Based RL Papers\n\n<details open>\n"
          "<summary>Toggle</summary>\n\n"
          "- [Value Prediction Network](https://arxiv.org/abs/1707.03497)\n"
          "  - Junhyuk Oh, Satinder Singh, Honglak Lee. *NIPS 2017*\n\n"
          "- [Dream to Control: Learning Behaviors by Latent Imagination]"
          "(https://arxiv.org/abs/1912.01603)\n"
          "  - Danijar Hafner, Timothy Lillicrap. *ICLR 2019*\n\n"
          "- [Mastering Atari, Go, Chess and Shogi by Planning with a Learned Model]"
          "(https://arxiv.org/abs/1911.08265)\n"
          "  - Julian Schrittwieser, David Silver. *Nature 2020*\n\n</details>\n")
    reading = read_library(md, "list.md")
    titles = {s.slug: s.title for s in reading.lib.sections}
    sections = {titles[e.listings[0].section] for e in reading.lib.entries}
    assert sections == {"A Taxonomy", "Classic Model-Based RL Papers"}


def test_a_hard_line_break_ends_the_bold_title_line():
    # 44_aspirincode_molecular_design lines 44-46: `* **Title**  [2012]  ` then the authors
    # then the venue link, joined by two-space line breaks
    md = ("### QED\n\n"
          "* **Quantifying the chemical beauty of drugs**  [2012]  \n"
          "  Bickerton, G., Paolini, G., Besnard, J. et al.    \n"
          "[Nature Chem 4, 90–98 (2012)](https://doi.org/10.1038/nchem.1243) |  "
          "[code](https://github.com/AspirinCode/DrugAI_Drug-Likeness) \n")
    (paper,) = _papers(md)
    assert paper.title == "Quantifying the chemical beauty of drugs"
    assert paper.year == 2012



def test_a_heading_of_tutorials_is_kept_apart_unless_it_also_names_papers():
    # 42_uclanlp_fairness_nlp lines 79-82: tutorials with a venue and year, one in the Anthology
    tutorials = ("### Tutorial List\n"
                 "- [Fairness in Machine Learning](https://nips.cc/Conferences/2017/Schedule?"
                 "showEvent=8734), NeurIPS 2017\n"
                 "- [The Trouble with Bias](https://www.youtube.com/watch?v=fMym_BKWQzk), "
                 "NeurIPS 2017\n"
                 "- [Socially Responsible NLP](https://www.aclweb.org/anthology/N18-6005/), "
                 "NAACL 2018\n")
    papers = ("### Surveys\n"
              "1. [A survey on bias and fairness in machine learning](https://arxiv.org/abs/"
              "1908.09635), Mehrabi, Ninareh and Morstatter, Fred and Saxena, Nripsuta and "
              "Lerman, Kristina and Galstyan, Aram, 2019\n\n")
    reading = read_library(papers + tutorials, "list.md")
    assert [e.title for e in reading.lib.entries] == [
        "A survey on bias and fairness in machine learning"]
    assert sum("Tutorial List" in p.reason for p in reading.skipped) == 3
    both = read_library(papers + tutorials.replace("Tutorial List", "Tutorials and Surveys"),
                        "list.md")
    assert len(both.lib.entries) == 4


def test_a_proceedings_volume_is_not_a_paper_but_a_paper_of_its_workshop_is():
    # 42_uclanlp_fairness_nlp lines 96-97 (Conference/Workshop List)
    md = ("### Conference/Workshop List\n"
          "- [Gendered Ambiguous Pronoun (GAP) Shared Task at the Gender Bias in NLP Workshop "
          "2019](https://www.aclweb.org/anthology/W19-3801), Webster, Kellie  and Costa-jussa, "
          "Marta R.  and Hardmeier, Christian  and Radford, Will, 2019\n"
          "- [Proceedings of the First Workshop on Gender Bias in Natural Language Processing]"
          "(https://www.aclweb.org/anthology/W19-3800), Costa-juss{\\`a}, Marta R.  and "
          "Hardmeier, Christian  and Radford, Will  and Webster, Kellie, 2019\n")
    reading = read_library(md, "list.md")
    skipped = [(p.line, p.reason) for p in reading.skipped]
    assert skipped == [(3, "a proceedings volume, not one work")]
    assert len(reading.lib.entries) == 1


def test_a_host_ending_in_papers_is_not_a_paper_host():
    # 50_miyakawa_nlp_reading_list lines 42-44: a workshop site and a search tool under
    # `### その他`; `connectedpapers.com` is not `papers.nips.cc`
    from awesome_bib.importer.evidence import paper_link
    assert not paper_link("https://www.connectedpapers.com/")
    assert paper_link("https://papers.nips.cc/paper/7181-attention-is-all-you-need.pdf")
    assert paper_link("https://proceedings.neurips.cc/paper/2020/hash/abc-Abstract.html")
    md = ("### 論文リスト\n- [Deduplicating Training Data Makes Language Models Better]"
          "(https://aclanthology.org/2022.acl-long.577/)\n\n"
          "### その他\n- [Workshop on Document Intelligence ](https://sites.google.com/view/"
          "di2019)\n- [Explore connected papers in a visual graph](https://www.connectedpapers."
          "com/)\n")
    assert _titles(md) == ["Deduplicating Training Data Makes Language Models Better"]


_LAB_PAGE = (CORPUS_DIR / "51_deepmt_japanese_mt_publications.md").read_text(
    encoding="utf-8").split("\n")


def test_a_section_of_full_citations_without_links_is_a_section_of_papers():
    # 51_deepmt_japanese_mt_publications lines 27-33: a lab's page, no item linked; most items
    # of the heading are written `Authors. Title. Venue, pages, date.`
    md = "\n".join(_LAB_PAGE[26:33]) + "\n"
    assert md.startswith("### 国際会議・ワークショップ論文")
    papers = _papers(md)
    assert [e.title for e in papers] == [
        "Effective Use of Target-side Context for Neural Machine Translation",
        "Image caption generation for news articles",
        "Supervised Visual Attention for Multimodal Neural Machine Translation",
        "Bilingual Subword Segmentation for Neural Machine Translation",
        "Document-aligned Japanese-English Conversation Parallel Corpus"]
    assert all(not e.links for e in papers)
    assert [a.family for a in papers[1].authors] == ["Yang", "Okazaki"]


def test_awards_and_talks_written_alike_are_not_papers():
    # 51 lines 1-16: awards (`Coling2020 Outstanding paper. Hideya Mino, ... (2020-12-10)`), only
    # two of fourteen read as citations; lines 57-64: invited talks, none does
    md = "\n".join(_LAB_PAGE[0:16] + [""] + _LAB_PAGE[56:64]) + "\n"
    reading = read_library(md + "\n" + "\n".join(_LAB_PAGE[26:33]) + "\n", "list.md")
    lines = sorted(li.line for e in reading.lib.entries for li in e.listings)
    assert lines == list(range(29, 34))


def test_two_citations_without_links_among_other_things_stay_problems():
    # 51 lines 29-30 (two citations) with the first two awards (lines 3-4) under one heading:
    # two citations are not most of four items, so nothing is imported
    md = "### 国際会議\n\n" + "\n".join(_LAB_PAGE[28:30] + _LAB_PAGE[2:4]) + "\n"
    with pytest.raises(Exception, match="no paper"):
        read_library(md, "list.md")


def test_prose_whose_only_link_is_a_figure_is_not_a_paper():
    # 49_tamlhp_recsys_poisoning lines 74-78: the section's introduction, its figure linked to
    # the survey on arXiv, before the section's table
    text = (CORPUS_DIR / "49_tamlhp_recsys_poisoning.md").read_text(encoding="utf-8")
    lines = text.split("\n")
    md = "\n".join(lines[73:78]) + "\n"
    assert md.startswith("## Poison Attacks") and "[![Attack-Process]" in md
    reading = read_library(md + "\n" + "\n".join(lines[80:84]) + "\n", "list.md")
    assert 5 not in [li.line for e in reading.lib.entries for li in e.listings]
    assert any(p.reason == "prose whose only links are figures" for p in reading.skipped)


def test_a_title_with_a_badge_link_is_still_a_paper():
    # the guard of the rule above: a title with an arXiv badge as its only link is one line,
    # not prose
    md = ("## Papers\n\n**Attention Is All You Need**  \n"
          "[![arXiv](https://img.shields.io/badge/arXiv-1706.03762-b31b1b.svg)]"
          "(https://arxiv.org/abs/1706.03762)\n")
    assert [e.title for e in _papers(md)] == ["Attention Is All You Need"]


def test_under_a_heading_of_conferences_only_an_item_that_links_a_paper_is_a_paper():
    # 42_uclanlp_fairness_nlp lines 93-100: conference sites, a wiki page, a book, two
    # proceedings volumes and two papers (Anthology links)
    text = (CORPUS_DIR / "42_uclanlp_fairness_nlp.md").read_text(encoding="utf-8")
    md = "\n".join(text.split("\n")[92:100]) + "\n"
    assert md.startswith("### Conference/Workshop List")
    reading = read_library(md, "list.md")
    assert sorted(li.line for e in reading.lib.entries for li in e.listings) == [4, 7]
    assert [e.title for e in reading.lib.entries] == [
        "Gendered Ambiguous Pronoun (GAP) Shared Task at the Gender Bias in NLP Workshop 2019",
        "Team Kermit-the-frog at SemEval-2019 Task 4: Bias Detection Through Sentiment Analysis "
        "and Simple Linguistic Features"]
