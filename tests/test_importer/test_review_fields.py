"""Review of the field readers (issue 15): a field taken from another work or read from what
is no person stays empty. Real lines of lists 35, 44 and 45 (tests/corpus/, provenance in
SOURCES.md) keep what they gave; the reviewer's hostile lines (the same shapes with another
work's link, an organisation after the title) give nothing."""

from __future__ import annotations

from .test_round4_fields import _item, _names


def test_a_link_label_is_the_venue_only_of_an_item_whose_title_is_no_link():
    """List 45 `- [Title] [[scholar]](url) [[ISBI2018]](url)` and list 44's journal citation
    on the line under a bold title keep their venue; after a title link, a label names another
    work (`improves on [BERT 2018](...)`, `see also [ICLR 2020 survey](...)`)."""
    kept = _item("- [Generative Adversarial Networks to Segment Skin Lesions] [[scholar]](https://"
                 "scholar.google.ca/scholar?q=x) [[ISBI2018]](http://www.cs.sfu.ca/~hamarneh/ecopy/"
                 "isbi2018b.pdf)")
    assert (kept.venue_tag, kept.year) == ("ISBI 2018", 2018)
    journal = _item("* **SCScore: Synthetic Complexity Learned from a Reaction Corpus**  \n"
                    "[J. Chem. Inf. Model. (2018)](https://doi.org/10.1021/acs.jcim.7b00622) |  "
                    "[code](https://github.com/connorcoley/scscore)  \n", paragraph=True)
    assert (journal.venue_tag, journal.year) == ("J. Chem. Inf. Model. 2018", 2018)
    for line in ("- [Efficient Transformers for Long Documents](https://github.com/x/efficient) - "
                 "improves on [BERT 2018](https://github.com/google-research/bert)",
                 "- [Robust Graph Learning Under Noise](https://arxiv.org/abs/2101.00001) - "
                 "compare with [GCN (2017)](https://github.com/tkipf/gcn)",
                 "- [Fourth Paper With A Survey Link](https://openreview.net/forum?id=def) - see "
                 "also [ICLR 2020 survey](https://arxiv.org/abs/2001.00002)"):
        for paragraph in (False, True):
            other = _item(line, paragraph=paragraph)
            assert (other.venue_raw, other.venue_tag, other.year) == ("", "", None), line
    # list 44's shape under a linked title: the journal on the next line is another work's
    cited = _item("* [SCScore: Synthetic Complexity Learned from a Reaction Corpus](https://arxiv"
                  ".org/abs/1705.05364)  \nbuilds on [J. Chem. Inf. Model. (2018)](https://doi.org/"
                  "10.1021/acs.jcim.7b00622)  \n", paragraph=True)
    assert (cited.venue_raw, cited.venue_tag, cited.year) == ("", "", None)


def test_a_label_with_words_after_its_year_or_linking_code_or_a_video_is_no_venue():
    """`[[NeurIPS 2021 workshop talk](url)]` names a talk, `[ICLR 2020 survey]` a survey, and
    a label on a code or video link names the software or the talk, whatever the title is; a
    workshop's acronym after the year (list 45 `[[NeurIPS 2018 ML4H]](arxiv)`) keeps it."""
    workshop = _item("- [Semi-Supervised Deep Learning for Abnormality Classification in Retinal "
                     "Images] [[scholar]](https://scholar.google.ca/scholar?q=x) [[NeurIPS 2018 "
                     "ML4H]](https://arxiv.org/abs/1812.07832)")
    assert (workshop.venue_tag, workshop.year) == ("NeurIPS 2018 ML4H", 2018)
    for line in ("- [A Third Paper On Something Useful](https://openreview.net/forum?id=abc) "
                 "[[NeurIPS 2021 workshop talk](https://youtube.com/x)]",
                 "- Some Title Of A Paper [[NeurIPS 2021 workshop talk](https://example.org/x)]",
                 "- Some Title Of A Paper [[ICLR 2020 survey](https://example.org/x)]",
                 "- [Some Title Of A Paper] [[BERT 2018](https://github.com/google-research/bert)]",
                 "- [Some Title Of A Paper] [[ICML 2019](https://www.youtube.com/watch?v=x)]"):
        item = _item(line)
        assert (item.venue_raw, item.venue_tag, item.year) == ("", "", None), line


def test_one_name_after_an_emphasised_title_needs_an_initial():
    """List 35: `*Title*, K. Ashley` gives its author; an organisation or a phrase of two
    capitalised words after the title (`Google Research`, `Section Three`) is no person."""
    item = _item("- [`2019-09`] *A Brief History of the Changing Roles of Case Prediction in AI "
                 "and Law*, K. Ashley [[pdf]](https://journals.latrobe.edu.au/index.php/"
                 "law-in-context/article/download/88/157)")
    assert item.title == "A Brief History of the Changing Roles of Case Prediction in AI and Law"
    assert _names(item) == [("Ashley", "K.")]
    for line in ("- *A Brief History of Reinforcement Learning*, Google Research. "
                 "[pdf](https://example.com/a.pdf)",
                 "- *Scaling Laws Revisited For Everyone*, Section Three. "
                 "[pdf](https://example.com/b.pdf)"):
        assert _item(line).authors == [], line
    two = _item("- *Scaling Laws Revisited For Everyone*, Ann Author, Bob Writer. "
                "[pdf](https://example.com/b.pdf)")
    assert _names(two) == [("Author", "Ann"), ("Writer", "Bob")]
