"""Issue 15, round 25, `import-dev52` on lists 557 and 560-564 (the forty-sixth held-out set's
second half, tests/corpus/, provenance in SOURCES.md): real lines of those lists, each read by
one general reading."""

from __future__ import annotations

from .conftest import papers_in

# List 562: a Hugo page, TOML front matter and no heading at all, then numbered citation
# paragraphs (`N/ [VENUE'YY] Names (year, Month). [Title](url). In …`), each over a BibTeX block
_TOML = (
    '+++\nauthor = "Le, Nhut Nam"\n'
    'title = "List of Selected Papers on Algorithms for Large-Scale Graph Processing."\n'
    "url = '/graph-analytics/large-scale-graph-processing-reading-list'\n"
    'date = "2023-08-19"\n'
    'description = "Reading list & combinatorics resources."\n'
    'tags = [\n    "combinatorics", "ebook", "reading list"\n]\n+++\n\n')
_UNNUMBERED = (
    "Brandt, S., Fischer, M., & Uitto, J. (2018). [Matching and MIS for uniformly sparse graphs "
    "in the low-memory MPC model](https://arxiv.org/abs/1807.05374). arXiv preprint "
    "arXiv:1807.05374.\n\n"
    "Behnezhad, S., Derakhshan, M., Hajiaghayi, M., & Karp, R. M. (2018). [Massively parallel "
    "symmetry breaking on sparse graphs: MIS and maximal matching]"
    "(https://arxiv.org/pdf/1807.06701). arXiv preprint arXiv:1807.06701.\n\n")
_NUMBERED_DATED = (
    "2/ [STOC'14] Andoni, A., Nikolov, A., Onak, K., & Yaroslavtsev, G. (2014, May). [Parallel "
    "algorithms for geometric graph problems](https://arxiv.org/pdf/1401.0042). In Proceedings "
    "of the forty-sixth annual ACM symposium on Theory of computing (pp. 574-583).\n\n"
    "```\n@inproceedings{andoni2014parallel,\n  title={Parallel algorithms for geometric graph "
    "problems},\n  year={2014}\n}\n```\n\n"
    "3/ [STOC'17] Im, S., Moseley, B., & Sun, X. (2017, June). [Efficient massively parallel "
    "methods for dynamic programming](https://dl.acm.org/doi/pdf/10.1145/3055399.3055460). In "
    "Proceedings of the 49th Annual ACM SIGACT Symposium on Theory of Computing (pp. 798-811)."
    "\n\n"
    "4/ [FOCS'18] Andoni, A., Song, Z., Stein, C., Wang, Z., & Zhong, P. (2018, October). "
    "[Parallel graph connectivity in log diameter rounds](https://arxiv.org/pdf/1805.03055). In "
    "2018 IEEE 59th Annual Symposium on Foundations of Computer Science (FOCS) (pp. 674-685). "
    "IEEE.\n\n")
_NUMBERED_YEAR_ALONE = (
    "5/ [SOSA'19] Liu, P., & Vondrák, J. (2018). [Submodular optimization in the mapreduce "
    "model](https://arxiv.org/abs/1810.01489). arXiv preprint arXiv:1810.01489.\n\n"
    "9/ [SODA'20] Ghaffari, M., Nowicki, K., & Thorup, M. (2020). [Faster algorithms for edge "
    "connectivity via random 2-out contractions](https://epubs.siam.org/doi/pdf/10.1137/"
    "1.9781611975994.77). In Proceedings of the Fourteenth Annual ACM-SIAM Symposium on "
    "Discrete Algorithms (pp. 1260-1279). Society for Industrial and Applied Mathematics.\n")


def test_a_page_with_no_heading_reads_its_citation_paragraphs_by_their_shared_shape():
    """562: front matter, then only citation paragraphs, no heading anywhere (before: the list
    refused whole, `the list's own header (before its first section)`: a paragraph before the
    first heading introduces a list, and this list has no heading to come). A page with no
    heading at all may be only its papers: its paragraphs are judged as those under a title
    are, by the shape PARAGRAPH_ITEMS or more of them share (each names authors, a year and a
    linked title phrase), and read into the default section."""
    papers = papers_in(_TOML + _UNNUMBERED + _NUMBERED_YEAR_ALONE)
    assert len(papers) == 4
    assert papers["Matching and MIS for uniformly sparse graphs in the low-memory MPC model"][
        0] == 2018
    assert papers["Faster algorithms for edge connectivity via random 2-out contractions"] == (
        2020, "SODA 2020", "Papers")


def test_apa_month_date_after_the_names_is_the_citations_date_not_its_title():
    """562: `Andoni, A., … (2014, May). [Title](url). In Proceedings …` (before: the names read
    as the title, `(2014, May)` as a venue tag after it, the linked title lost). APA dates a
    conference paper to its month inside the year's brackets: the names and that date open the
    citation, the link's text is the title; the bracketed `[STOC'14]` lead its venue."""
    papers = papers_in("## Papers\n\n" + _NUMBERED_DATED)
    assert papers["Parallel algorithms for geometric graph problems"] == (2014, "STOC 2014",
                                                                         "Papers")
    assert papers["Efficient massively parallel methods for dynamic programming"] == (
        2017, "STOC 2017", "Papers")
    assert papers["Parallel graph connectivity in log diameter rounds"] == (2018, "FOCS 2018",
                                                                           "Papers")


def test_a_number_closed_by_a_slash_is_the_items_numbering():
    """562: `5/ [SOSA'19] Liu, P., & Vondrák, J. (2018). [Title](url). arXiv preprint …`
    (before: `5/` kept, the names and label read as the title, `5/ [SOSA'19] Liu, P., &
    Vondrák, J`). A number closed by a slash numbers the paragraph as `5.` or `5)` would."""
    papers = papers_in("## Papers\n\n" + _NUMBERED_YEAR_ALONE)
    assert papers["Submodular optimization in the mapreduce model"] == (2019, "SOSA 2019",
                                                                       "Papers")
    assert "Faster algorithms for edge connectivity via random 2-out contractions" in papers


def test_arxiv_named_twice_after_a_cited_titles_link_is_its_venue():
    """562: `Names (2018). [Title](arxiv). arXiv preprint arXiv:1807.05374.` (before: no
    venue: neither `arXiv preprint` nor `arXiv:1807.05374` alone). The sentence after a cited
    title's link that names only arXiv, its number too, is its venue, of the names' year."""
    papers = papers_in("## Papers\n\n" + _UNNUMBERED)
    assert papers["Matching and MIS for uniformly sparse graphs in the low-memory MPC model"] \
        == (2018, "arXiv 2018", "Papers")


# List 561: a Korean page; the second table's first column a field repeated down the rows
_FIELD_COLUMN = (
    "# 📗 Paper\n\n## 앞으로 읽을 논문 리스트\n\n"
    "| 분야 | 논문 제목 | 발행연도 | 원문 링크 |\n|:---:|:---|:---:|:---:|\n"
    "| 추천 시스템 | Deep Neural Networks for YouTube Recommendations | 2016 | [원문](https://static."
    "googleusercontent.com/media/research.google.com/ko//pubs/archive/45530.pdf) |\n"
    "| 추천 시스템 | BERT4Rec: Sequential Recommendation with Bidirectional Encoder "
    "Representations from Transformer | 2019 | [원문](https://arxiv.org/pdf/1904.06690.pdf) |\n"
    "| 현대적/실무적 방법론 논문 | OPT: Open Pre-trained Transformer Language Models | 2022 | "
    "[원문](https://arxiv.org/pdf/2205.01068) |\n"
    "| 현대적/실무적 방법론 논문 | TimesNet: Temporal 2D-Variation Modeling for General Time "
    "Series Analysis | 2023 | [원문](https://arxiv.org/pdf/2210.02186) |\n")
# ... and the first table's titles plain, beside a Notion review and a local folder
_NOTES_LINKED = (
    "# 📗 Paper\n\n## 📖 논문 목록\n\n"
    "| 분야 | 발행일 | 제목 | 리뷰 | 구현 |\n|:---:|:---:|:---:|:---:|:---:|\n"
    "| 추천시스템 | 2009 | Matrix Factorization Techniques for Recommender Systems | [Notion]"
    "(https://roasted-rake-be8.notion.site/Matrix-Factorization-Techniques-for-Recommender-"
    "Systems-2009-209818aea60f8042b92ef38d52c217a2?source=copy_link) | [바로가기](./Matrix%20"
    "Factorization%20Techniques%20for%20Recommender%20Systems/) |\n"
    "| NLP | 2017 | Attention Is All You Need | [Notion](https://roasted-rake-be8.notion.site/"
    "Attention-is-all-you-need-2017-205818aea60f80d986aed29772bbc9ff?pvs=74) | - |\n"
    "| CV | 2012 | ImageNet Classification with Deep Convolutional Neural Networks | [Notion]"
    "(https://roasted-rake-be8.notion.site/ImageNet-Classification-with-Deep-Convolutional-"
    "Neural-Networks-2012-1fb818aea60f80649988cba3b9c695aa?source=copy_link) | - |\n"
    "| CV | 2015 | Deep Residual Learning for Image Recognition (ResNet) | [Notion](https://"
    "roasted-rake-be8.notion.site/Deep-Residual-Learning-for-Image-Recognition-2015-205818aea60"
    "f80fe9544d15d53394b5d?pvs=74) | - |\n")


def test_a_column_repeated_down_the_rows_groups_them_and_names_no_paper():
    """561: `| 추천 시스템 | Deep Neural Networks for YouTube Recommendations | 2016 | [원문](pdf)
    |` (before: each row titled by its first cell, `추천 시스템`, the papers merged under it). A
    value written again and again down a column (a field, a priority `P0`) groups the rows; it
    names no row's paper: the row is named by the next column of text, its title."""
    papers = papers_in(_FIELD_COLUMN)
    assert len(papers) == 4
    assert papers["Deep Neural Networks for YouTube Recommendations"] == (
        2016, "", "앞으로 읽을 논문 리스트")
    assert papers["OPT: Open Pre-trained Transformer Language Models"][0] == 2022


def test_plain_titles_beside_links_to_the_readers_notes_are_papers():
    """561: `| 추천시스템 | 2009 | Title | [Notion](notion.site/…) | [바로가기](./Title/) |` under
    `## 📖 논문 목록` (`논문`, Korean for a paper; before: the table read as no papers, its links
    a review and a folder). A table of plain title phrases whose links go to no paper (the
    reader's notes) under a heading that names papers is read by its column of titles, as a
    table that links nothing is; its year column dates them."""
    papers = papers_in(_NOTES_LINKED)
    assert len(papers) == 4
    assert papers["Attention Is All You Need"] == (2017, "", "📖 논문 목록")
    assert papers["Matrix Factorization Techniques for Recommender Systems"][0] == 2009


# List 560: APA citations as the texts of reference-style links
_REFERENCES = (
    "# Great SLAM Papers {#reading_papers}\n\n## References\n\n"
    "- [Durrant-Whyte, H., & Bailey, T. (2006). Simultaneous localization and mapping: part I. "
    "IEEE robotics & automation magazine, 13(2), 99-110.][DurrantBailey2006]\n\n"
    "- [F. Lu and E. Milios. Globally consistent range scan alignment for environment mapping. "
    "Autonomous Robots (AR), 4(4):333–349, 1997][LuMilios97]\n\n"
    "- [Engel, J., Schöps, T., & Cremers, D. (2014, September). LSD-SLAM: Large-scale direct "
    "monocular SLAM. In European Conference on Computer Vision (pp. 834-849). Springer "
    "International Publishing.][EngelEtAl2014]\n\n\n"
    "[LuMilios97]: http://www-robotics.usc.edu/~gaurav/CS547/milios_map.pdf\n"
    "[DurrantBailey2006]: https://people.eecs.berkeley.edu/~pabbeel/cs287-fa09/readings/"
    "Durrant-Whyte_Bailey_SLAM-tutorial-I.pdf\n"
    "[EngelEtAl2014]: https://vision.in.tum.de/_media/spezial/bib/engel14eccv.pdf\n")


def test_a_link_text_opening_with_initialled_names_joined_by_and_is_a_citation():
    """560: `[F. Lu and E. Milios. Globally consistent … mapping. Autonomous Robots (AR),
    4(4):333–349, 1997]` (before: the whole text up to the pages the title, names and all).
    Two initialled names joined by "and", then a stop, open a citation as a comma among the
    first words does: the names, the title sentence, the journal before its volume."""
    papers = papers_in(_REFERENCES)
    assert papers["Globally consistent range scan alignment for environment mapping"] == (
        1997, "Autonomous Robots (AR) 1997", "References")


def test_apa_publisher_after_the_pages_in_brackets_is_no_part_of_the_venue():
    """560: `… LSD-SLAM: Large-scale direct monocular SLAM. In European Conference on Computer
    Vision (pp. 834-849). Springer International Publishing.` (before: no venue, the
    publisher's sentence left too long a name). APA closes the venue with the pages in
    brackets and names the publisher after them: the venue is what stands before."""
    papers = papers_in(_REFERENCES)
    assert papers["LSD-SLAM: Large-scale direct monocular SLAM"] == (
        2014, "European Conference on Computer Vision 2014", "References")


# List 564: personal notes, `- [Title](url)` to papers and to other pages
_NOTES = (
    "HCI_Papers\n====================\n\n## Done list\n"
    "- [Stories of mathematician](http://www.math.ucla.edu/~wuty11/Heroes%20in%20my%20heart.pdf)"
    "\n- [Are you living in a computer simulation?](https://www.fat.bme.hu/student/pub/"
    "Programozas3/SimulationArgument.pdf)\n"
    "- [what makes chair a chair](http://ieeexplore.ieee.org/document/5995327/?arnumber=5995327"
    "&tag=1)\n\n"
    "- [How We Type: Movement Strategies and Performance in Everyday Typing](http://"
    "userinterfaces.aalto.fi/how-we-type/)\n\n"
    "- [RichReview: blending ink, speech, and gesture to support collaborative document review\n"
    "](http://dl.acm.org/citation.cfm?id=2647390)\n"
    "\t- Neat way to differentiate left hand and right hand.\n\n"
    "- [Human Sensing Using Visible Light Communication](http://www.cs.dartmouth.edu/~xia/)\n"
    "\t- Using the ambient light as the sensor\n")


def test_an_item_linking_only_a_persons_home_page_is_no_paper():
    """564: `- [Human Sensing Using Visible Light Communication](http://www.cs.dartmouth.edu/
    ~xia/)` (before: imported as a paper). Its one link goes to a person's home page
    (`/~name/`), and it names no venue, year or authors: the phrase is that researcher's topic,
    not a paper's title (a paper sits at a page of its own: `/~lizhang/projects/labeldesc/`
    is a project's page)."""
    papers = papers_in(_NOTES)
    assert "Human Sensing Using Visible Light Communication" not in papers
    assert "How We Type: Movement Strategies and Performance in Everyday Typing" in papers
