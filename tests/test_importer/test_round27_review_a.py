"""Issue 15, round 27, review of import-dev57 and import-dev58 (and their merge): lines of
ordinary lists that round 27's readings misread, each failing on 16facec."""

from __future__ import annotations

from .conftest import papers_with_authors

# `[Name | Title](url)`: a model's name before the bar reads as a given and a family name
_MODEL_BEFORE_BAR = (
    "# Models\n\n## LLM safety\n\n"
    "- [Llama Guard | LLM-based Input-Output Safeguard for Human-AI Conversations]"
    "(https://arxiv.org/abs/2312.06674)\n"
    "- [Gemma Scope | Open Sparse Autoencoders Everywhere All At Once on Gemma 2]"
    "(https://arxiv.org/abs/2408.05147)\n"
    "- [Code Llama | Open Foundation Models for Code](https://arxiv.org/abs/2308.12950)\n"
    "- [Constitutional AI: Harmlessness from AI Feedback](https://arxiv.org/abs/2212.08073)\n")


def test_a_model_name_before_a_bar_is_no_author() -> None:
    """16facec read `Code Llama`, `Llama Guard`, `Gemma Scope` as persons (authors `Llama`,
    `Guard`, `Scope`): a name before a bar is the author only where the link lies on that
    person's own site (598's `[David Oks | …](davidoks.blog/…)`)."""
    papers = papers_with_authors(_MODEL_BEFORE_BAR)
    assert all(not authors for _, _, authors in papers.values()), papers
    assert "Code Llama | Open Foundation Models for Code" in papers


# A paper linked to its announcement in a lab's blog folder, its authors named
_PAPER_ON_LAB_BLOG = (
    "# Reading\n\n## Papers\n\n"
    "- [Attention Is All You Need](https://arxiv.org/abs/1706.03762) by Ashish Vaswani et al.\n"
    "- [Language Models are Unsupervised Multitask Learners]"
    "(https://openai.com/blog/better-language-models/) by Alec Radford et al.\n"
    "- [Toy Models of Superposition](https://www.anthropic.com/index/toy-models-of-superposition)"
    " by Nelson Elhage et al.\n")


def test_a_paper_with_its_authors_linked_into_a_blog_folder_is_kept() -> None:
    """16facec dropped GPT-2's paper as a post: its link lies in a `/blog/` folder. A folder's
    word alone says post of a byline (one writer); a paper's authors et al. may be linked to
    its announcement."""
    papers = papers_with_authors(_PAPER_ON_LAB_BLOG)
    assert papers["Language Models are Unsupervised Multitask Learners"] \
        == (None, "", ["Radford"])
    assert len(papers) == 3


# Cited papers, each with a link to the list writer's notes on a dated blog page
_NOTES_ON_DATED_BLOG = (
    "# Reading notes\n\n## Papers\n\n"
    "- Attention Is All You Need, Ashish Vaswani et al. "
    "[[my notes]](https://me.github.io/2020/04/13/attention-notes.html)\n"
    "- Deep Residual Learning for Image Recognition, Kaiming He et al. "
    "[[my notes]](https://me.github.io/2020/05/02/resnet-notes.html)\n"
    "- Language Models are Few-Shot Learners, Tom Brown et al. "
    "[[my notes]](https://me.github.io/2020/06/11/gpt3-notes.html)\n")


def test_a_notes_link_to_a_dated_post_beside_a_cited_paper_makes_no_post() -> None:
    """16facec (the merge's `authored_post(item) or …`) dropped two of these papers as posts:
    their only link, labelled notes, is a blog page dated to the day. A notes link says what
    the notes are, not what the item is (import-dev57's own reading asked only the title's
    link; the merged reading asked every link)."""
    papers = papers_with_authors(_NOTES_ON_DATED_BLOG)
    assert papers["Attention Is All You Need"] == (None, "", ["Vaswani"])
    assert papers["Deep Residual Learning for Image Recognition"] == (None, "", ["He"])
    assert len(papers) == 3


# SAA's author-date references (600's shape) beside references a body wrote
_BODIES_IN_AUTHOR_DATE = (
    "# Bibliography\n\n## Works\n\n"
    "Heath-Stout, Laura E.\n\t2020   Who Writes about Archaeology? An Intersectional Study of "
    "Authorship in Archaeological Journals. _American Antiquity_ 85(3): 407–26.\n\n"
    "Perry, Sara.\n\t2019   The Enchantment of the Archaeological Record. _European Journal of "
    "Archaeology_ 22(3): 354–71.\n\n"
    "Historic England\n\t2017   Understanding Place: Historic Area Assessments. Historic "
    "England, Swindon.\n\n"
    "Parks Canada\n\t2019   Standards and Guidelines for the Conservation of Historic Places "
    "in Canada. Ottawa.\n\n"
    "Holtorf, Cornelius\n\t2019   Embracing Change: How Cultural Resilience Is Increased "
    "through Cultural Heritage. _World Archaeology_ 50(4): 639–50.\n\n")


def test_a_body_before_an_author_date_year_column_is_no_person() -> None:
    """16facec read `Historic England` and `Parks Canada` as persons (authors `England`,
    `Canada`): an author-date reference's names open with an inverted person (`Perry,
    Sara.`); a lead without the comma is not read as names by that reading."""
    papers = papers_with_authors(_BODIES_IN_AUTHOR_DATE)
    assert all(authors not in (["England"], ["Canada"]) for _, _, authors in papers.values()), \
        papers
    assert papers["The Enchantment of the Archaeological Record"] \
        == (2019, "European Journal of Archaeology 2019", ["Perry"])
    assert len(papers) == 3
