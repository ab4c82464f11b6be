"""Issue 15, round 9: "the title is the phrase" (importer/title_ends.py). Real lines of the
corpus lists (tests/corpus/, provenance in SOURCES.md), whatever their shape: the words a
reading leaves at the two ends of the title that evidence says are fields (a venue and year, a
year or date, an author list, a label or note in brackets, a mark, a reference number) are
peeled off and become the item's fields where it has none; titles whose end words are title
words keep them."""

from __future__ import annotations

from awesome_bib.importer import read_library
from awesome_bib.importer.item_fields import ParsedItem
from awesome_bib.importer.title_ends import peel_title_ends


def _papers(md: str) -> dict[str, tuple[str, int | None, int]]:
    """title -> (venue tag, year, number of authors) of every paper the list imports."""
    lib = read_library(md, "list.md").lib
    return {e.title: (e.venue_tag, e.year, len(e.authors)) for e in lib.entries
            if e.kind == "paper"}


def _peeled(title: str, **fields: object) -> ParsedItem:
    item = ParsedItem(title=title, **fields)  # type: ignore[arg-type]
    peel_title_ends(item)
    return item


def test_a_year_and_a_persons_name_after_a_plain_title():
    """List 135: `* Title, Bo Xu, 2019 [[paper]](url)`: the year, then the one person before
    it (a name only counts as a field once a field stands after it)."""
    md = ("# L\n\n## Survey\n\n"
          "* A literature survey on single channel speech enhancement, 2020 [[paper]](http://www"
          ".ijstr.org/final-print/mar2020/A-Literature-Survey.pdf)\n"
          "* Research Advances and Perspectives on the Cocktail Party Problem and Related "
          "Auditory Models, Bo Xu, 2019 [[paper (Chinese)]](http://www.aas.net.cn/article/zdhxb/"
          "2019/2/234)\n"
          "* Audio-Visual Speech Enhancement Using Multimodal Deep Convolutional Neural "
          "Networks, TETCI, 2018 (first audio-visual SE) [[journal]](https://ieeexplore.ieee.org"
          "/document/8323326)\n")
    papers = _papers(md)
    assert papers["A literature survey on single channel speech enhancement"] == ("", 2020, 0)
    assert papers["Research Advances and Perspectives on the Cocktail Party Problem and "
                  "Related Auditory Models"] == ("", 2019, 1)
    # a note in brackets after the fields goes with them; the acronym before the year is
    # that year's venue
    assert papers["Audio-Visual Speech Enhancement Using Multimodal Deep Convolutional Neural "
                  "Networks"] == ("TETCI 2018", 2018, 0)


def test_cited_names_then_a_venue_after_a_spaced_dash():
    """List 141: `- Title - Tam K, Feizollah A, Anuar N B, et al. Venue (CSUR), 2017, [[pdf]]`."""
    md = ("# L\n\n## Android Malware Analysis\n\n"
          "- The Evolution of Android Malware and Android Analysis Techniques - Tam K, "
          "Feizollah A, Anuar N B, et al. ACM Computing Surveys (CSUR), 2017, [[pdf]](https://dl"
          ".acm.org/doi/abs/10.1145/3017427)\n"
          "- A survey on various threats and current state of security in android platform - "
          "Bhat P, Dutta K. ACM Computing Surveys (CSUR), 2019, [[pdf]](https://dl.acm.org/doi/"
          "abs/10.1145/3301285)\n")
    papers = _papers(md)
    assert papers["The Evolution of Android Malware and Android Analysis Techniques"] == (
        "ACM Computing Surveys (CSUR) 2017", 2017, 3)
    assert papers["A survey on various threats and current state of security in android "
                  "platform"] == ("ACM Computing Surveys (CSUR) 2019", 2019, 2)


def test_fields_inside_the_link_text_after_the_title():
    """List 144: the whole citation as link text, title first: `. COLING 2016. Names.`"""
    md = ("# L\n\n## Embedding\n\n"
          "- [GAKE: graph aware knowledge embedding. COLING 2016. Feng, Jun and Huang, Minlie "
          "and Yang, Yang and Zhu, Xiaoyan.](http://www.aclweb.org/anthology/C16-1062)\n"
          "- [KBGAN: Adversarial Learning for Knowledge Graph Embeddings. Cai, Liwei, and "
          "William Yang Wang.(NAACL 2018)](https://arxiv.org/pdf/1711.04071.pdf)\n")
    papers = _papers(md)
    assert papers["GAKE: graph aware knowledge embedding"] == ("COLING 2016", 2016, 4)
    assert papers["KBGAN: Adversarial Learning for Knowledge Graph Embeddings"] == (
        "NAACL 2018", 2018, 2)


def test_a_glued_year_and_a_leading_mark():
    """List 130: `| [2019 nnAudio: ...](url) |` (a lower-case name after the year); list 138:
    `1. 🔥Title[2024-TSE]`."""
    md = ("# L\n\n## Audio\n\n| Paper |\n|---|\n"
          "| [2019 nnAudio: An on-the-fly GPU Audio to Spectrogram Conversion Toolbox Using 1D "
          "Convolution Neural Networks](https://arxiv.org/abs/1912.12055) |\n"
          "| [2020 The INTERSPEECH 2020 Deep Noise Suppression Challenge: Datasets, Subjective "
          "Speech Quality and Testing Framework](https://arxiv.org/abs/2005.13981) |\n")
    papers = _papers(md)
    assert papers["nnAudio: An on-the-fly GPU Audio to Spectrogram Conversion Toolbox Using 1D "
                  "Convolution Neural Networks"][1] == 2019
    # the year inside the title stays: only the glued one at its start is peeled
    assert papers["The INTERSPEECH 2020 Deep Noise Suppression Challenge: Datasets, Subjective "
                  "Speech Quality and Testing Framework"][1] == 2020
    # (the title as list 138's linkless item reads, the mark glued to it)
    item = _peeled("🔥Leveraging Large Language Model for Automatic Patch Correctness Assessment")
    assert item.title == "Leveraging Large Language Model for Automatic Patch Correctness " \
        "Assessment"


def test_a_linked_gbt_citation_after_a_task_box_and_a_reference_number():
    """List 139: `+ [x] **[1]** Names. [**Title**](url)[J]. arXiv preprint ..., **2021**.`"""
    md = ("# L\n\n## 1. Geometric SLAM\n\n"
          "+ [x] **[1]** Bokovoy A, Muravyev K, Yakovlev K. [**MAOMaps: A Photo-Realistic "
          "Benchmark For vSLAM and Map Merging Quality Assessment**](https://arxiv.org/abs/"
          "2105.14994)[J]. arXiv preprint arXiv:2105.14994, **2021**.\n"
          "+ [x] **[2]** Demmel N, Sommer C, Cremers D, et al. [**Square Root Bundle Adjustment "
          "for Large-Scale Reconstruction**](http://openaccess.thecvf.com/content/CVPR2021/html/"
          "Demmel_Square_Root_CVPR_2021_paper.html)[C]//Proceedings of the IEEE/CVF Conference "
          "on Computer Vision and Pattern Recognition. **2021**: 11723-11732.\n")
    papers = _papers(md)
    assert papers["MAOMaps: A Photo-Realistic Benchmark For vSLAM and Map Merging Quality "
                  "Assessment"] == ("arXiv 2021", 2021, 3)
    venue, year, authors = papers["Square Root Bundle Adjustment for Large-Scale "
                                  "Reconstruction"]
    assert "Computer Vision and Pattern Recognition" in venue and (year, authors) == (2021, 3)


def test_title_words_at_the_ends_stay():
    """A subtitle's list of nouns is no author list, a name before a colon and a number inside
    are title words, a short tail in brackets that is no field stays."""
    for title in ("Document AI: Benchmarks, Models and Applications",
                  "A Survey on Hallucination in Large Language Models: Principles, Taxonomy, "
                  "Challenges, and Open Questions",
                  "Optimizing Quantum Circuits, Fast and Slow",
                  "BERT: Pre-training of Deep Bidirectional Transformers for Language "
                  "Understanding",
                  "Natural TTS Synthesis by Conditioning WaveNet on Mel Spectrogram Predictions"
                  " (Tacotron 2)",
                  "GPT-4 Technical Report",
                  "Long Short-term Memory (LSTM)",
                  # (list 42: a mark that ends a title is the title's: only leading marks go)
                  "On the Dangers of Stochastic Parrots: Can Language Models Be Too Big? 🦜"):
        item = _peeled(title)
        assert (item.title, item.year, item.venue_tag, item.authors) == (title, None, "", [])


def test_a_field_already_read_is_never_overwritten():
    """The peeled venue and year fill only what the item lacks; the words still go."""
    item = _peeled("PAN: phoneme-aware network for monaural speech enhancement, ICASSP 2020",
                   venue_tag="Interspeech 2021", venue_raw="Interspeech 2021", year=2021)
    assert (item.title, item.venue_tag, item.year) == (
        "PAN: phoneme-aware network for monaural speech enhancement", "Interspeech 2021", 2021)
    item = _peeled("Speech enhancement using self-adaptation and multi-head attention, "
                   "ICASSP 2020")
    assert (item.venue_tag, item.year) == ("ICASSP 2020", 2020)


def test_an_arxiv_reference_and_a_venue_with_its_presentation_label():
    """List 79: `Title: arXiv:2212.10403` as link text; `(NIPS'17 Oral)`: the venue and year
    under the label."""
    item = _peeled("Towards Reasoning in Large Language Models: arXiv:2212.10403")
    assert item.title == "Towards Reasoning in Large Language Models"
    item = _peeled("Attention Is All You Need (NIPS'17 Oral)")
    assert (item.title, item.venue_tag, item.year) == ("Attention Is All You Need", "NIPS 2017",
                                                       2017)
    # a name is no phrase: nothing is peeled that would leave one
    assert _peeled("Mask R-CNN (Best Paper)").title == "Mask R-CNN (Best Paper)"


def test_a_citations_proceedings_and_a_known_venue_in_brackets():
    """Google Scholar's citation tail (`. In Proceedings of ..., 2016`), a venue written with
    its own full stop (`, Proc. ICLR 2015`) and a venue the table knows in brackets."""
    item = _peeled("Deep Residual Learning for Image Recognition. In Proceedings of the IEEE "
                   "Conference on Computer Vision and Pattern Recognition, 2016")
    assert (item.title, item.year) == ("Deep Residual Learning for Image Recognition", 2016)
    assert item.venue_tag.endswith("Computer Vision and Pattern Recognition 2016")
    item = _peeled("Neural Machine Translation by Jointly Learning to Align and Translate, "
                   "Proc. ICLR 2015")
    assert (item.title, item.year) == (
        "Neural Machine Translation by Jointly Learning to Align and Translate", 2015)
    item = _peeled("Focal Loss for Dense Object Detection (TPAMI)")
    assert (item.title, item.venue_tag, item.year) == ("Focal Loss for Dense Object Detection",
                                                       "TPAMI", None)
    # a subtitle opening with "In" is the title's
    title = "Person Re-Identification: In Defense of the Triplet Loss"
    assert _peeled(title).title == title


def test_an_author_year_citation_around_the_title():
    """`(Vaswani et al., 2017)` in brackets (a separator inside brackets splits nothing off),
    `- Silver et al. (2016)` after a dash: who wrote it and when, not title words."""
    item = _peeled("Attention Is All You Need (Vaswani et al., 2017)")
    assert (item.title, item.year, item.et_al) == ("Attention Is All You Need", 2017, True)
    assert [a.family for a in item.authors] == ["Vaswani"]
    item = _peeled("Mastering the game of Go with deep neural networks - Silver et al. (2016)")
    assert (item.title, item.year) == ("Mastering the game of Go with deep neural networks",
                                       2016)
    assert [a.family for a in item.authors] == ["Silver"]


def test_a_label_in_brackets_before_the_title_but_not_a_name_before_a_colon():
    """`[Paper] Title` and a task box `[x] Title` lose the label; list 92's `LinK: Linear
    Kernel ...` keeps its name though "link" is a paper label."""
    assert _peeled("[Paper] Deep Residual Learning for Image Recognition").title == \
        "Deep Residual Learning for Image Recognition"
    assert _peeled("[x] Deep Residual Learning for Image Recognition").title == \
        "Deep Residual Learning for Image Recognition"
    title = "LinK: Linear Kernel for LiDAR-based 3D Perception"
    assert _peeled(title).title == title


def test_a_citation_connector_left_after_a_quoted_title():
    """List 82: `* "Title" published in [ICLR, 2020](url).`: the venue is the link after the
    title; "published in" is no title word, and the quotes then mark the title."""
    md = ("# L\n\n## Papers\n\n"
          '* "Enabling Deep Spiking Neural Networks with Hybrid Conversion and Spike Timing '
          'Dependent Backpropagation" published in [ICLR, 2020](https://openreview.net/forum?id='
          "B1xSperKvH). [Github repository](https://github.com/nitin-rathi/hybrid-snn-conversion)"
          "\n")
    papers = _papers(md)
    assert papers["Enabling Deep Spiking Neural Networks with Hybrid Conversion and Spike "
                  "Timing Dependent Backpropagation"][:2] == ("ICLR 2020", 2020)


def test_full_names_after_a_dash_but_not_a_topic():
    """Names with given names after a spaced dash are an author list; two capitalised topic
    phrases (`Deep Learning and Neural Networks`) are not."""
    item = _peeled("Graph Representation Learning Survey - William Hamilton and Jure Leskovec")
    assert item.title == "Graph Representation Learning Survey"
    assert [a.family for a in item.authors] == ["Hamilton", "Leskovec"]
    title = "Graph Representation Learning Survey - Deep Learning and Neural Networks"
    item = _peeled(title)
    assert (item.title, item.authors) == (title, [])
