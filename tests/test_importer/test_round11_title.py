"""Issue 15, round 11: "the title is the phrase" extended to an author list before the title
(IEEE citations whose quote opens before the title's link, APA references), names, a year, a
bare URL and a note after it, the small venue/year readers that failed on the punctuation
around them, and `Name (Author et al., 2023)` link text. Real lines of the corpus lists
(tests/corpus/, provenance in SOURCES.md)."""

from __future__ import annotations

from awesome_bib.core.years import GLUED_YEAR
from awesome_bib.importer import read_library
from awesome_bib.importer.item_fields import ParsedItem
from awesome_bib.importer.tables import split_citation
from awesome_bib.importer.title_ends import peel_title_ends

from .test_corpus import CORPUS_DIR


def _papers(md: str) -> dict[str, tuple[str, int | None, list[str]]]:
    """title -> (venue tag, year, family names) of every paper the list imports."""
    lib = read_library(md, "list.md").lib
    return {e.title: (e.venue_tag, e.year, [a.family for a in e.authors])
            for e in lib.entries if e.kind == "paper"}


def _peeled(title: str) -> ParsedItem:
    item = ParsedItem(title=title)
    peel_title_ends(item)
    return item


def test_names_and_year_after_the_title_end_it_with_the_note_after_them():
    """List 162: `- Title, Casey et al., 2008 https://url　note`: the title ends where who
    wrote it and when start; the note the bare URL leaves after the year is no title word."""
    md = ("# L\n\n## サーベイ論文等\n\n"
          "- Content-Based Music Information Retrieval: Current Directions and Future "
          "Challenges, Casey et al., 2008 https://ieeexplore.ieee.org/document/4472077?tp=&arnu"
          "mber=4472077  音楽ファイルの”中身”に基づいて音楽を処理し，情報検索へ用いる，Content-"
          "based MIRについてのサーベイ\n"
          "- A Survey of Music Recommendation Systems and Future Perspectives Song et al., 2012 "
          "https://citeseerx.ist.psu.edu/viewdoc/download?doi=10.1.1.414.6614&rep=rep1&type=pdf"
          "　  音楽推薦システムのサーベイ\n"
          "- A Survey of Music Visualization Techniques., Lima et al., 2021 https://dl.acm.org/"
          "doi/pdf/10.1145/3461835　  音楽可視化のサーベイ\n"
          "- :jp: 創作過程の分類に基づく自動音楽生成研究のサーベイ，松原ら． 2013 https://www.jstage"
          ".jst.go.jp/article/jssst/30/1/30_1_101/\\_article/-char/ja/ 創作過程に基づいて既存研究を"
          "分類し，比較したサーベイ\n")
    papers = _papers(md)
    assert papers["Content-Based Music Information Retrieval: Current Directions and Future "
                  "Challenges"] == ("", 2008, ["Casey"])
    # no separator before the name: the one family name before "et al." is who wrote it
    assert papers["A Survey of Music Recommendation Systems and Future Perspectives"] == (
        "", 2012, ["Song"])
    assert papers["A Survey of Music Visualization Techniques"] == ("", 2021, ["Lima"])
    assert papers["創作過程の分類に基づく自動音楽生成研究のサーベイ"] == ("", 2013, ["松原"])


def test_a_cjk_name_and_year_give_the_year_and_a_year_inside_the_title_stays():
    """List 162: `音楽情報処理のための深層学習, 阪上 2018`: a short CJK span and a year after the
    title's comma give the year alone (such a span may be a venue: its words stay unread);
    `2050年の情報処理` keeps its year, a word of the title."""
    item = _peeled("音楽情報処理のための深層学習, 阪上 2018")
    assert (item.title, item.year, item.authors) == ("音楽情報処理のための深層学習", 2018, [])
    item = _peeled("2050年の情報処理: 21.Post-Truth音楽情報処理, 深山 2020")
    assert (item.title, item.year) == ("2050年の情報処理: 21.Post-Truth音楽情報処理", 2020)


def test_et_al_inside_a_title_phrase_is_no_field_without_a_year():
    """`et al.` alone (no year after it) is not who wrote it: nothing is peeled."""
    title = "Revisiting the Results of Vaswani et al. on Attention Models"
    assert _peeled(title).title == title


def test_an_ieee_author_list_before_the_quoted_link_is_the_authors():
    """List 160: `* J. Xue, ..., and X. Wu “[Title,”](url), Journal, 8, 118–144, Feb.
    2025.`: the names and the quote that opens the title stand before the link; the link's
    text is the title (the comma and quote that close it inside the link are not), the
    citation's tail the journal (volume and pages, bare numbers, are no venue words)."""
    md = ("# L\n\n## Reviews\n\n"
          "* J. Xue, J. Wang, X. Liu, Q. Zhang, and X. Wu “[Affective Video Content Analysis: "
          "Decade Review and New Perspectives,”](https://ieeexplore.ieee.org/document/10807333/"
          "?arnumber=10807333), Big Data Mining and Analytics, 8, 118–144, Feb. 2025.<br/>\n"
          "* Gan, C., Zheng, J., Zhu, Q., Cao, Y., & Zhu, Y. \"[A survey of dialogic emotion "
          "analysis: Developments, approaches and perspectives](https://www.sciencedirect.com/"
          "science/article/pii/S0031320324005454)\", Pattern Recognition, 156, 110794, Dec. "
          "2024. \n"
          "* H. H. Mustafa, N. R. Darwish, and H. A. Hefny, “[Automatic Speech Emotion "
          "Recognition: a Systematic Literature Review](https://doi.org/10.1007/s10772-024-10096"
          "-7)”, International Journal of Speech Technology, vol. 27, no. 1, pp. 267–285, Mar. "
          "2024.\n"
          "* S. Saganowski, “[Bringing Emotion Recognition Out of the Lab into Real Life: Recent "
          "Advances in Sensors and Machine Learning](https://www.mdpi.com/2079-9292/11/3/496)”, "
          "Electronics, vol. 11, no. 3, Art. no. 3, Feb. 2022.\n")
    papers = _papers(md)
    assert papers["Affective Video Content Analysis: Decade Review and New Perspectives"] == (
        "Big Data Mining and Analytics 2025", 2025, ["Xue", "Wang", "Liu", "Zhang", "Wu"])
    assert papers["A survey of dialogic emotion analysis: Developments, approaches and "
                  "perspectives"] == ("Pattern Recognition 2024", 2024,
                                      ["Gan", "Zheng", "Zhu", "Cao", "Zhu"])
    assert papers["Automatic Speech Emotion Recognition: a Systematic Literature Review"] == (
        "International Journal of Speech Technology 2024", 2024,
        ["Mustafa", "Darwish", "Hefny"])
    assert papers["Bringing Emotion Recognition Out of the Lab into Real Life: Recent "
                  "Advances in Sensors and Machine Learning"] == (
        "Electronics 2022", 2022, ["Saganowski"])


def test_names_then_a_link_without_the_opening_quote_keep_their_reading():
    """List 31: `Names. [Title](url). In EMNLP-ECONLP, 2019.` (no quote before the link) is
    read as before, names whose brackets do not read as names included."""
    md = ("# L\n\n## Event Extraction\n\n"
          "  * Shuang (Sophie) Zhai and Zhu (Drew) Zhang. [Forecasting Firm Material Events from "
          "8-K Reports](https://www.aclweb.org/anthology/D19-5104/). In EMNLP-ECONLP, 2019.\n"
          "  * Deli Chen, Yanyan Zou, Keiko Harimoto, Ruihan Bao, Xuancheng Ren and Xu Sun. "
          "[Incorporating Fine-grained Events in Stock Movement Prediction](https://www.aclweb."
          "org/anthology/D19-5105/). In EMNLP-ECONLP, 2019.\n"
          "  * Deli Chen, Shuming Ma, Keiko Harimoto, Ruihan Bao, Qi Su and Xu Sun. [Group, "
          "Extract and Aggregate: Summarizing a Large Amount of Finance News for Forex Movement "
          "Prediction](https://www.aclweb.org/anthology/D19-5106/). In EMNLP-ECONLP, 2019.\n")
    papers = _papers(md)
    assert papers["Forecasting Firm Material Events from 8-K Reports"][:2] == (
        "EMNLP-ECONLP 2019", 2019)
    assert papers["Incorporating Fine-grained Events in Stock Movement Prediction"][2][:2] == [
        "Chen", "Zou"]


def test_apa_journal_tails_and_an_elided_author_list():
    """List 168: `Journal, 23(1), bbab408.`, `Bioinformatics, 35(14), i501–i509.`,
    `Bioinformatics (Oxford, England), 32(19), ...`: the journal ends at its volume; APA's
    `…` before the last of many authors still reads as an author list."""
    md = ("# L\n\n## Survey\n\n"
          "- Firoozbakht, F., Yousefi, B., & Schwikowski, B. (2022). An overview of machine "
          "learning methods for monotherapy drug response prediction. Briefings in "
          "Bioinformatics, 23(1), bbab408. https://doi.org/10.1093/bib/bbab408\n"
          "- Sakellaropoulos, T., Vougas, K., Narang, S., Koinis, F., Kotsinas, A., Polyzos, "
          "A., Moss, T. J., Piha-Paul, S., Zhou, H., Kardala, E., Damianidou, E., Alexopoulos, "
          "L. G., Aifantis, I., Townsend, P. A., Panayiotidis, M. I., Sfikakis, P., Bartek, J., "
          "Fitzgerald, R. C., Thanos, D., … Gorgoulis, V. G. (2019). A Deep Learning Framework "
          "for Predicting Response to Therapy in Cancer. Cell Reports, 29(11), 3367-3373.e4. "
          "https://doi.org/10.1016/j.celrep.2019.11.017\n"
          "- Sharifi-Noghabi, H., Zolotareva, O., Collins, C. C., & Ester, M. (2019). MOLI: "
          "Multi-omics late integration with deep neural networks for drug response prediction."
          " Bioinformatics, 35(14), i501–i509. https://doi.org/10.1093/bioinformatics/btz318\n"
          "- Ding, Z., Zu, S., & Gu, J. (2016). Evaluating the molecule-based prediction of "
          "clinical drug responses in cancer. Bioinformatics (Oxford, England), 32(19), "
          "2891–2895. https://doi.org/10.1093/bioinformatics/btw344\n")
    papers = _papers(md)
    assert papers["An overview of machine learning methods for monotherapy drug response "
                  "prediction"][:2] == ("Briefings in Bioinformatics 2022", 2022)
    framework = papers["A Deep Learning Framework for Predicting Response to Therapy in Cancer"]
    assert framework[:2] == ("Cell Reports 2019", 2019)
    # (the names APA's `…` leaves out stand between Thanos and Gorgoulis: the names before
    # the gap, then "et al.", never Gorgoulis as the twentieth author)
    assert framework[2][0] == "Sakellaropoulos" and framework[2][-1] == "Thanos"
    assert len(framework[2]) == 19
    assert papers["MOLI: Multi-omics late integration with deep neural networks for drug "
                  "response prediction"][:2] == ("Bioinformatics 2019", 2019)
    assert papers["Evaluating the molecule-based prediction of clinical drug responses in "
                  "cancer"][:2] == ("Bioinformatics (Oxford, England) 2016", 2016)


def test_a_book_chapter_note_in_brackets_is_no_journal():
    """List 143: `Elsevier. (**Ch 3: Principles of Contextual Inquiry**)`: a note, no venue
    (a place in brackets, `(Oxford, England)`, is part of a journal's name; a chapter is not)."""
    md = (CORPUS_DIR / "143_chanwutk_hci_prelim.md").read_text(encoding="utf-8")
    assert _papers(md)["Contextual design: defining customer-centered systems"] == (
        "", 1997, ["Beyer", "Holtzblatt"])


def test_venue_and_year_beside_braces_and_in_brackets_after_names():
    """List 163: `(EACL 2023) {[code](url)}`: the braces around a link say nothing;
    `Names. (Applied Sciences, 2019)`: a venue, a comma and the year in brackets after the
    item's names are its venue, not a second author list."""
    md = ("# L\n\n## Sign Language Gloss Translation\n\n"
          "* [Scaling Back-Translation with Domain Text Generation for Sign Language Gloss "
          "Translation](https://aclanthology.org/2023.eacl-main.34/). Jinhui Ye, Wenxiang Jiao, "
          "Xing Wang, Zhaopeng Tu. (EACL 2023) {[code](https://github.com/Atrewin/PGen)}\n"
          "* [Neural Sign Language Translation Based on Human Keypoint Estimation](https://www."
          "mdpi.com/2076-3417/9/13/2683).  Sang-Ki Ko, Chang Jo Kim, Hyedong Jung and "
          "Choongsang Cho. (Applied Sciences, 2019)\n")
    papers = _papers(md)
    assert papers["Scaling Back-Translation with Domain Text Generation for Sign Language "
                  "Gloss Translation"] == ("EACL 2023", 2023, ["Ye", "Jiao", "Wang", "Tu"])
    assert papers["Neural Sign Language Translation Based on Human Keypoint Estimation"] == (
        "Applied Sciences 2019", 2019, ["Ko", "Kim", "Jung", "Cho"])


def test_names_then_venue_comma_year_and_author_year_brackets():
    """List 159: `**Title**. Names. OpenAI Blog, 2019.`: the venue after the names is no
    person; list 76: `(Rigaki and Garcia, 2023)` after the title stays who wrote it."""
    md = ("# L\n\n## Language Modeling\n\n"
          "6. **Language models are unsupervised multitask learners**. Alec Radford, Jeffrey "
          "Wu, Rewon Child, David Luan, Dario Amodei, Ilya Sutskever. OpenAI Blog, 2019. "
          "[PDF](https://insightcivic.s3.us-east-1.amazonaws.com/language-models.pdf) (_GPT-2_)"
          "\n\n## Surveys\n\n"
          "- [**A Survey of Privacy Attacks in Machine Learning**](https://dl.acm.org/doi/10.1145"
          "/3624010) (Rigaki and Garcia, 2023)\n")
    papers = _papers(md)
    assert papers["Language models are unsupervised multitask learners"] == (
        "OpenAI Blog 2019", 2019, ["Radford", "Wu", "Child", "Luan", "Amodei", "Sutskever"])
    assert papers["A Survey of Privacy Attacks in Machine Learning"] == (
        "", 2023, ["Rigaki", "Garcia"])


def test_undated_arxiv_glued_to_a_pipe():
    """List 165: `*[Title](url)* , arXiv preprint| **DSTQA** |`: arXiv, no year."""
    md = ("# L\n\n## 1) Ontology based model\n\n"
          "* *[Multi-domain dialogue state tracking as dynamic knowledge graph enhanced question "
          "answering](https://arxiv.org/pdf/1911.06192.pdf)* , arXiv preprint| **DSTQA** | "
          "[[Code](https://github.com/alexa/dstqa)]\n"
          "* *[Schema-Guided Multi-Domain Dialogue State Tracking with Graph Attention Neural "
          "Networks](https://speechlab.sjtu.edu.cn/papers/2020/lc918-chen-aaai20.pdf)* , AAAI "
          "2020 | **SST** | `None`\n")
    papers = _papers(md)
    assert papers["Multi-domain dialogue state tracking as dynamic knowledge graph enhanced "
                  "question answering"][:2] == ("arXiv", None)
    assert papers["Schema-Guided Multi-Domain Dialogue State Tracking with Graph Attention "
                  "Neural Networks"][:2] == ("AAAI 2020", 2020)


def test_a_name_and_who_wrote_it_when_the_names_do_not_read():
    """List 167: `[MaskGCT (Wang1 et al., 2024)](arxiv)`, `[MiniMax-Speech (MiniMax, 2025)]`:
    the name is the title and the year is read, no names; `(CVPR, 2020)` names a venue."""
    assert split_citation("MaskGCT (Wang1 et al., 2024)") == ("MaskGCT", [], False, 2024, "")
    assert split_citation("MiniMax-Speech (MiniMax, 2025)") == ("MiniMax-Speech", [], False,
                                                                2025, "")
    name, authors, et_al, year, _ = split_citation("EnCodec (Défossez et al., 2023)")
    assert (name, [a.family for a in authors], et_al, year) == ("EnCodec", ["Défossez"], True,
                                                                2023)
    assert split_citation("Model (CVPR, 2020)")[3] is None
    md = ("# L\n\n## Papers\n\n"
          "| #   | Tokenizer (paper) | Frame Rate | Encoder |\n| --- | --- | --- | --- |\n"
          "| 1   | [EnCodec (Défossez et al., 2023)](https://arxiv.org/abs/2210.13438) | 75, 150 "
          "| CNN+RNN |\n"
          "| 12  | [MaskGCT (Wang1 et al., 2024)](https://arxiv.org/pdf/2409.00750) | 49 | CNN |\n"
          "| 13  | [MiniMax-Speech (MiniMax, 2025)](https://arxiv.org/pdf/2505.07916) | 25 | - |\n")
    papers = _papers(md)
    assert papers["MaskGCT"] == ("", 2024, [])
    assert papers["MiniMax-Speech"] == ("", 2025, [])
    assert papers["EnCodec"] == ("", 2023, ["Défossez"])


def test_one_glued_year_rule():
    """core.years.GLUED_YEAR: `2020-Title` (a hyphen) and `2017 Title` (a space) say which."""
    hyphen = GLUED_YEAR.match("2020-Semantics for Robotic Mapping")
    space = GLUED_YEAR.match("2017 Deep Learning")
    assert hyphen is not None and hyphen.group("sep") == "-"
    assert space is not None and space.group("sep") == " "
    assert GLUED_YEAR.match("2020s Retrospective") is None


def test_a_long_acronym_venue_and_a_question_mark_before_the_fields():
    """List 135: `Title, INTERSPEECH 2013 (note)`: an acronym of eleven capitals is a venue;
    list 147: `Title? arXiv 2021, [Paper](url)`: the question mark ends the title (and stays
    in it), the venue and year after it are fields."""
    item = _peeled("Speech Enhancement Based on Deep Denoising Autoencoder, INTERSPEECH 2013 "
                   "(first deep learning based SE)")
    assert (item.title, item.venue_tag, item.year) == (
        "Speech Enhancement Based on Deep Denoising Autoencoder", "INTERSPEECH 2013", 2013)
    item = _peeled("Are socially-aware trajectory prediction models really socially-aware? "
                   "arXiv 2021")
    assert (item.title, item.year) == (
        "Are socially-aware trajectory prediction models really socially-aware?", 2021)
    # a question mark inside the title splits off no field
    title = "Is Attention All You Need? A Study of Transformers in Speech Recognition"
    assert _peeled(title).title == title


def test_short_years_with_a_space_after_the_apostrophe_or_none():
    """List 145: `Title | **[arXiv' 19]** |[pdf](url)` (a space after the apostrophe) and
    `**[IJCAI 19]**` (two digits after a venue the table knows): venue and year."""
    md = ("# L\n\n## Survey Paper\n\n"
          "- Deep Learning for Anomaly Detection: A Survey  | **[arXiv' 19]** |[`[pdf]`](https://"
          "arxiv.org/pdf/1901.03407.pdf)\n"
          "- Anomalous Instance Detection in Deep Learning: A Survey | **[arXiv' 20]** |[`[pdf]`]"
          "(https://arxiv.org/pdf/2003.06979.pdf)\n"
          "- BeatGAN: Anomalous Rhythm Detection using Adversarially Generated Time | **[IJCAI "
          "19]** | [`[pdf]`](https://www.ijcai.org/Proceedings/2019/0616.pdf)\n")
    papers = _papers(md)
    assert papers["Deep Learning for Anomaly Detection: A Survey"][:2] == ("arXiv 2019", 2019)
    assert papers["Anomalous Instance Detection in Deep Learning: A Survey"][:2] == (
        "arXiv 2020", 2020)
    assert papers["BeatGAN: Anomalous Rhythm Detection using Adversarially Generated Time"][
        :2] == ("IJCAI 2019", 2019)  # (a known venue's two digits read as its full year)


def test_in_after_the_titles_link_opens_its_venue():
    """List 141: `[Title](url); in IEEE Security & Privacy Magazine, 2023`, `; in Proc. of
    ACM Conference on ... (CCS), 2023; [Code](url)`: "in" opens the venue and year."""
    md = ("# L\n\n## Recent Publications\n\n"
          "- [Are Machine Learning Models for Malware Detection Ready for Prime Time?](https://"
          "ieeexplore.ieee.org/document/10102612/); in IEEE Security & Privacy Magazine, 2023\n"
          "- [Efficient Query-Based Attack against ML-Based Android Malware Detection under Zero "
          "Knowledge Setting](https://arxiv.org/abs/2309.01866); in Proc. of ACM Conference on "
          "Computer and Communications Security (CCS), 2023; [Code](https://github.com/gnip/x)\n")
    papers = _papers(md)
    assert papers["Are Machine Learning Models for Malware Detection Ready for Prime Time?"][
        :2] == ("IEEE Security & Privacy Magazine 2023", 2023)
    venue, year, _ = papers["Efficient Query-Based Attack against ML-Based Android Malware "
                           "Detection under Zero Knowledge Setting"]
    assert "(CCS) 2023" in venue and year == 2023


def test_a_date_as_the_label_of_the_papers_link():
    """List 148: `- Title [[7 Jun 2021]](https://arxiv.org/abs/...)`: the date labels the
    paper's link: its year (on an arXiv link, arXiv's, where the list writes "arXiv": 148's
    `**Arxiv**` over such items; list 238 writes none, test_round12_dev15)."""
    md = ("# L\n\n## Survey\n\n**Arxiv**\n\n"
          "- A Survey on Deep Domain Adaptation for LiDAR Perception [[7 Jun 2021]](https://arxiv"
          ".org/abs/2106.02377)\n"
          "- Transfer Adaptation Learning: A Decade Survey [[12 Mar 2019]](https://arxiv.org/abs/"
          "1903.04687)\n")
    papers = _papers(md)
    assert papers["A Survey on Deep Domain Adaptation for LiDAR Perception"][:2] == (
        "arXiv 2021", 2021)
    assert papers["Transfer Adaptation Learning: A Decade Survey"][:2] == ("arXiv 2019", 2019)
