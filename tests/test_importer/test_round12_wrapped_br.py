"""Round 12 review: a `<br>` after a function word wraps a long title (items._hard_break_ends);
it ends the title's line only after a whole phrase (`Title <br> Arxiv 2024`)."""

from __future__ import annotations

from .test_round12_fields import _papers


def test_a_br_after_a_function_word_wraps_the_title():
    md = ("# L\n\n## Segmentation\n\n"
          "- Fully Convolutional Networks for<br>Semantic Segmentation, CVPR 2015 "
          "[[paper]](https://arxiv.org/abs/1411.4038)\n"
          "- U-Net: Convolutional Networks for<br>Biomedical Image Segmentation, MICCAI 2015 "
          "[[paper]](https://arxiv.org/abs/1505.04597)\n"
          "- The Efficiency Spectrum of Large Language Models: An Algorithmic Survey <br> Arxiv "
          "2023 [[Paper]](https://arxiv.org/abs/2312.00678)\n")
    papers = _papers(md)
    assert papers["Fully Convolutional Networks for Semantic Segmentation"][:2] == (
        2015, "CVPR 2015")
    assert "U-Net: Convolutional Networks for Biomedical Image Segmentation" in papers
    assert papers["The Efficiency Spectrum of Large Language Models: An Algorithmic "
                  "Survey"][0] == 2023
