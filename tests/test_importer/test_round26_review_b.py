"""Issue 15, round 26, review (b) of import-dev55's and import-dev56's readings: ordinary
lines of other lists that satisfied a new reading's evidence while meaning something else,
one test per misfire (each failed on round26's merged code, ef71561)."""

from __future__ import annotations

from .conftest import papers_with_authors


def test_names_after_a_title_links_colon_are_no_subtitle():
    """dev56's subtitle reading (`[Title](pdf): Subtitle (Names, 2015)`) took the names a
    list writes after a title link's colon, `: Kaiming He, Xiangyu Zhang (2016)`, `: Ian
    Goodfellow et al. (2014)`, for the title's subtitle: the title gained the names and the
    paper lost its authors. A subtitle is read only when the brackets closing the line hold
    names before the year, as a citation's close does."""
    md = ("# Awesome Vision\n\n## Papers\n\n"
          "- [Deep Residual Learning for Image Recognition](https://arxiv.org/abs/1512.03385): "
          "Kaiming He, Xiangyu Zhang (2016)\n"
          "- [Generative Adversarial Networks](https://arxiv.org/abs/1406.2661): Ian Goodfellow "
          "et al. (2014)\n"
          "- [Attention Is All You Need](https://arxiv.org/abs/1706.03762): Ashish Vaswani et "
          "al. (2017)\n")
    papers = papers_with_authors(md)
    assert papers["Deep Residual Learning for Image Recognition"] == (2016, "", ["He", "Zhang"])
    assert papers["Generative Adversarial Networks"] == (2014, "", ["Goodfellow"])
    assert papers["Attention Is All You Need"] == (2017, "", ["Vaswani"])


def test_an_award_after_a_title_links_colon_is_no_subtitle():
    """dev56's subtitle reading took a note in title case before a venue in brackets, `:
    Best Paper Award (CVPR 2016)`, for the subtitle (`Deep Residual Learning for Image
    Recognition: Best Paper Award`): brackets holding a venue and year, no names, close no
    citation."""
    md = ("# Awesome Vision\n\n## Papers\n\n"
          "- [Deep Residual Learning for Image Recognition](https://arxiv.org/abs/1512.03385): "
          "Best Paper Award (CVPR 2016)\n"
          "- [Attention Is All You Need](https://arxiv.org/abs/1706.03762): Transformer Paper "
          "(NeurIPS 2017)\n")
    papers = papers_with_authors(md)
    assert set(papers) == {"Deep Residual Learning for Image Recognition",
                           "Attention Is All You Need"}
    assert papers["Deep Residual Learning for Image Recognition"][:2] == (2016, "CVPR 2016")


def test_italic_names_before_a_title_link_are_no_note():
    """dev56's reading of an italic note before a linked title phrase (`*  *Generate data
    regarding the query constraints*  [QAGen: …](acm)`) dropped the lead whatever it held:
    `*He et al.* [Title](url), 2016`, the paper's names set in italics, lost its authors.
    An italic lead that reads as names is no note."""
    md = ("# Awesome Vision\n\n## Papers\n\n"
          "- *He et al.* [Deep Residual Learning for Image Recognition]"
          "(https://arxiv.org/abs/1512.03385), 2016\n"
          "- *Vaswani et al.* [Attention Is All You Need](https://arxiv.org/abs/1706.03762), "
          "2017\n")
    papers = papers_with_authors(md)
    assert papers["Deep Residual Learning for Image Recognition"] == (2016, "", ["He"])
    assert papers["Attention Is All You Need"] == (2017, "", ["Vaswani"])


def test_a_quoted_nickname_after_a_bold_title_is_no_title():
    """dev55's labelled citation after a bold label of any length (580's `**Turing machine,
    from an easier proof …**: Alan Turing. "On Computable Numbers, …" (1936)`) took a bold
    title followed by its names and a quoted nickname or note, `**Sequence to Sequence
    Learning with Neural Networks**: Sutskever, Vinyals, Le. "seq2seq" (2014)`, `**Attention
    Is All You Need**: Vaswani et al. "The Transformer paper" (2017)`, for the citation of a
    paper titled by the quotes. A long label in title case is the title when the quotes hold
    fewer words (a topic's label is written as a sentence: 580's are)."""
    md = ("# Awesome NLP\n\n## Papers\n\n"
          "- **Sequence to Sequence Learning with Neural Networks**: Sutskever, Vinyals, Le. "
          "\"seq2seq\" (2014) [paper](https://arxiv.org/abs/1409.3215)\n"
          "- **Attention Is All You Need**: Vaswani et al. \"The Transformer paper\" (2017) "
          "[paper](https://arxiv.org/abs/1706.03762)\n")
    papers = papers_with_authors(md)
    assert "seq2seq" not in papers and "The Transformer paper" not in papers
    assert papers["Sequence to Sequence Learning with Neural Networks"] == (
        2014, "", ["Sutskever", "Vinyals", "Le"])
    assert papers["Attention Is All You Need"] == (2017, "", ["Vaswani"])


def test_a_labs_name_and_year_opening_an_item_is_no_venue():
    """dev55's venue-year lead set off by a comma (577's `CoRL 2024, TRANSIC: …`,
    `SIGGRAPH Asia 2024, MaskedMimic: …`) took any name holding a word of two capitals,
    `UC Berkeley 2020, Denoising Diffusion Probabilistic Models [paper](arxiv)`, for the
    paper's venue (`UC Berkeley 2020`). A name of several words the venue table does not know
    is a venue's only when it opens with an acronym in capitals (`SIGGRAPH`, three letters or
    more)."""
    md = ("# Awesome Generative Models\n\n## Papers\n\n"
          "- UC Berkeley 2020, Denoising Diffusion Probabilistic Models "
          "[paper](https://arxiv.org/abs/2006.11239)\n"
          "- Google DeepMind 2023, Scaling Vision Transformers to Twenty Billion Parameters "
          "[paper](https://arxiv.org/abs/2302.05442)\n"
          "- SIGGRAPH Asia 2024, MaskedMimic: Unified Physics-Based Character Control Through "
          "Masked Motion Inpainting [paper](https://arxiv.org/abs/2409.14393)\n")
    papers = papers_with_authors(md)
    venues = {venue for _, venue, _ in papers.values()}
    assert not venues & {"UC Berkeley 2020", "Google DeepMind 2023"}
    assert papers["MaskedMimic: Unified Physics-Based Character Control Through Masked Motion "
                  "Inpainting"][:2] == (2024, "SIGGRAPH Asia 2024")


def test_unlinked_rows_of_a_table_alike_to_paper_tables_are_judged_by_their_own():
    """dev55's reading of a linkless table row with the list's tables sharing its header
    (583's `| 20 | **RT-2: …** | 2023 |`, one row alone under the last heading) judged a
    table of several rows that link nothing, `## Companies` under the same `| No. | Title |
    Year |` header as the list's paper tables, as papers: two companies were imported. Rows
    of their own, none linked, judge their table; the tables alike judge a row alone."""
    md = ("# Awesome Robot Learning\n\n## Papers\n\n| No. | Title | Year |\n|---|---|---|\n"
          "| 1 | [RT-1: Robotics Transformer for Real-World Control at Scale]"
          "(https://arxiv.org/abs/2212.06817) | 2022 |\n"
          "| 2 | [PaLM-E: An Embodied Multimodal Language Model]"
          "(https://arxiv.org/abs/2303.03378) | 2023 |\n"
          "| 3 | [Voyager: An Open-Ended Embodied Agent with Large Language Models]"
          "(https://arxiv.org/abs/2305.16291) | 2023 |\n"
          "| 4 | [Code as Policies: Language Model Programs for Embodied Control]"
          "(https://arxiv.org/abs/2209.07753) | 2022 |\n"
          "| 5 | [VIMA: General Robot Manipulation with Multimodal Prompts]"
          "(https://arxiv.org/abs/2210.03094) | 2022 |\n\n"
          "## Companies\n\n| No. | Title | Year |\n|---|---|---|\n"
          "| 1 | **Physical Intelligence: Robotics Foundation Models Startup** | 2024 |\n"
          "| 2 | Figure Humanoid Robots for General Purpose Work | 2022 |\n")
    papers = papers_with_authors(md)
    assert len(papers) == 5
    assert "Figure Humanoid Robots for General Purpose Work" not in papers
