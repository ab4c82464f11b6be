"""Round 12 review: an affiliation's words (core.vocab.ORGANISATION_WORDS) never drop a family name
(Ai)."""

from __future__ import annotations

from .test_round12_fields import _papers


def test_an_author_named_ai_is_no_organisation():
    """`Chang Huang, Haizhou Ai, ...` on the line under a bold title: `Ai` is a family name, not
    the `AI` of `Meta AI`; the line is the paper's authors."""
    md = ("# L\n\n## Face\n\n"
          "* **Vector Boosting for Rotation Invariant Multi-View Face Detection** [2005]  \n"
          "  Chang Huang, Haizhou Ai, Yuan Li, Shihong Lao  \n"
          "  [[pdf]](https://ieeexplore.ieee.org/document/1541280)\n"
          "* **High-Performance Rotation Invariant Multiview Face Detection** [2007]  \n"
          "  Chang Huang, Bo Wu, Shihong Lao  \n"
          "  [[pdf]](https://ieeexplore.ieee.org/document/4107571)\n")
    assert _papers(md)["Vector Boosting for Rotation Invariant Multi-View Face Detection"][2] \
        == ["Huang", "Ai", "Li", "Lao"]
