"""Issue 15, review of round 18: readings that put another paper's fields, or a note, into an
entry. Each test fails on the round-18 code before the review's patch."""

from __future__ import annotations

from .conftest import papers_in, papers_with_authors


def test_a_cited_works_authors_and_year_are_not_the_items() -> None:
    # `(by Names, Year)` in a description names the work it builds on, not the item itself.
    md = ("# Awesome Vision\n\n## Transformers\n\n"
          "Vision Transformers for Dense Prediction\n"
          "Builds on the attention model (by Vaswani, Shazeer, and Parmar, 2017) and extends it"
          " to dense prediction.\n[https://arxiv.org/abs/2103.13413]\n\n"
          "Masked Autoencoders Are Scalable Vision Learners (He et al., 2022)\n"
          "[https://arxiv.org/abs/2111.06377]\n\n"
          "Swin Transformer: Hierarchical Vision Transformer using Shifted Windows (Liu et al.,"
          " 2021)\n[https://arxiv.org/abs/2103.14030]\n")
    year, _venue, families = papers_with_authors(md)["Vision Transformers for Dense Prediction"]
    assert year != 2017
    assert "Vaswani" not in families


def test_a_link_alone_on_a_continuation_line_stays_with_its_paper() -> None:
    md = ("# Awesome CV\n\n## Papers\n\n"
          "* [Deep Residual Learning for Image Recognition](https://arxiv.org/abs/1512.03385)\n"
          "  [Oral presentation at CVPR 2016](https://www.youtube.com/watch?v=C6tLw-rPQ2o)\n"
          "* [Masked Autoencoders Are Scalable Vision Learners](https://arxiv.org/abs/2111.06377)\n"
          "  [Official PyTorch implementation and models](https://github.com/facebookresearch/mae)\n")
    assert set(papers_in(md)) == {"Deep Residual Learning for Image Recognition",
                                  "Masked Autoencoders Are Scalable Vision Learners"}


def test_a_note_under_a_venue_label_is_no_paper() -> None:
    md = ("# Awesome Depth\n\n## Papers\n\n- **Year 2022**\n  - **CVPR**\n"
          "    - ***DPT:*** Vision Transformers for Dense Prediction"
          " [[Paper]](https://arxiv.org/abs/2103.13413)\n"
          "    - ***MAE:*** Masked Autoencoders Are Scalable Vision Learners"
          " [[Paper]](https://arxiv.org/abs/2111.06377)\n"
          "    - More papers from this conference will be added soon\n  - **ECCV**\n"
          "    - ***Swin:*** Hierarchical Vision Transformer using Shifted Windows"
          " [[Paper]](https://arxiv.org/abs/2103.14030)\n"
          "    - ***ViT:*** An Image is Worth 16x16 Words [[Paper]](https://arxiv.org/abs/2010.11929)\n"
          "    - Please open a pull request to add missing ones\n")
    titles = set(papers_in(md))
    assert len(titles) == 4  # the four linked papers, and neither note
    assert not any("More papers" in t or "pull request" in t for t in titles)
