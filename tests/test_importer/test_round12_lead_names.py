"""Round 12 review: an author list before the title (title_ends._peel_lead_names) stops where the
title's own phrases begin, and a given name ending like a topic word is a person's."""

from __future__ import annotations

from .test_round12_fields import _papers


def test_a_titles_own_list_of_phrases_is_no_author_list():
    """`A Simple, Fast, and Effective ...` (193), `Don't Count, Predict! ...` (204) after an
    author list: the title's first phrases look like persons (`A Simple`, `Don't Count`) but
    the title runs on as they do; nothing is peeled (silence, not an author named `Simple`)."""
    md = ("# L\n\n## Translation\n\n"
          "* Chris Dyer, Victor Chahuneau, Noah A. Smith, A Simple, Fast, and Effective "
          "Reparameterization of IBM Model 2, NAACL 2013. [[Paper](https://aclanthology.org/"
          "N13-1073)]\n"
          "* Marco Baroni, Georgiana Dinu, Germán Kruszewski, Don't Count, Predict! A Systematic "
          "Comparison of Context-Counting vs. Context-Predicting Semantic Vectors, ACL 2014. "
          "[[Paper](https://aclanthology.org/P14-1023)]\n"
          "* Ilya Sutskever, Oriol Vinyals, Quoc V. Le, Sequence to Sequence Learning with Neural "
          "Networks, NIPS 2014. [[Paper](https://arxiv.org/abs/1409.3215)]\n"
          "* Alex Krizhevsky, Ilya Sutskever, Geoffrey E. Hinton, ImageNet Classification with "
          "Deep Convolutional Neural Networks, NIPS 2012. [[Paper](https://papers.nips.cc/paper/"
          "4824)]\n"
          "* Ashish Vaswani, Noam Shazeer, Niki Parmar, Attention Is All You Need, NeurIPS 2017. "
          "[[Paper](https://arxiv.org/abs/1706.03762)]\n")
    authors = {family for _y, _v, names in _papers(md).values() for family in names}
    assert not authors & {"Simple", "Count"}
    # (the section's other items still open with their authors, read as before)
    assert _papers(md)["Attention Is All You Need"][2] == ["Vaswani", "Shazeer", "Parmar"]


def test_a_given_name_ending_like_a_topic_word_is_still_a_persons():
    """`Kaiming He` (a given name ending in -ing, as `Learning` does) in an author list before
    the title: a person; the topic-word test is the family name's (`Deep Learning`), else the
    list stopped there and `Kaiming He, Jian Sun, R-FCN: ...` was left as the title."""
    md = ("# L\n\n## Detection\n\n"
          "* Jifeng Dai, Yi Li, Kaiming He, Jian Sun, R-FCN: Object Detection via Region-based "
          "Fully Convolutional Networks, NIPS 2016. [[Paper](https://arxiv.org/abs/1605.06409)]\n"
          "* Naiyan Wang, Dit-Yan Yeung, Learning a Deep Compact Image Representation for Visual "
          "Tracking, NIPS 2013. [[Paper](https://papers.nips.cc/paper/5192)]\n"
          "* Seunghoon Hong, Tackgeun You, Suha Kwak, Bohyung Han, Online Tracking by Learning "
          "Discriminative Saliency Map with Convolutional Neural Network, ICML 2015. "
          "[[Paper](https://arxiv.org/abs/1502.06796)]\n")
    papers = _papers(md)
    assert papers["R-FCN: Object Detection via Region-based Fully Convolutional Networks"][2] \
        == ["Dai", "Li", "He", "Sun"]
