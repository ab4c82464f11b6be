"""Issue 15, round 17, `import-dev24` on the twenty-eighth held-out set (lists 337-348,
tests/corpus/, provenance in SOURCES.md): real lines of those lists, each read by one general
reading."""

from __future__ import annotations

from awesome_bib.importer import read_library


def _papers(md: str) -> dict[str, tuple[int | None, str, str]]:
    """title -> (year, venue tag, section) of each paper the list imports."""
    lib = read_library(md, "list.md").lib
    return {e.title: (e.year, e.venue_tag, e.listings[0].section) for e in lib.entries}


_LABELLED = (
    "# Awesome Multi-Agent Path Finding\n\n## Multi-Agent Path Finding\n\n### Guide\n"
    "- [SoCS 2019] ([paper](https://arxiv.org/abs/1906.08291)) Multi-Agent Pathfinding: "
    "Definitions, Variants, and Benchmarks\n"
    "- [AAAI 2013] ([paper](https://citeseerx.ist.psu.edu/viewdoc/download?doi=10.1.1.648.6789"
    "&rep=rep1&type=pdf)) Structure and Intractability of Optimal Multi-Robot Path Planning on "
    "Graphs\n\n"
    "### Optimal\n\n#### 1. Search-based\n"
    "- **CBS**\n"
    "  - [AAAI 2012] ([paper](https://www.aaai.org/ocs/index.php/AAAI/AAAI12/paper/viewFile/"
    "5062/5239)) Conflict-Based Search For Optimal Multi-Agent Path Finding (CBS)\n"
    "  - [SoCS 2012] ([paper](https://people.engr.tamu.edu/guni/Papers/SOCS12-MACBS.pdf)) "
    "Meta-Agent Conflict-Based Search For Optimal Multi-Agent Path Finding (MA-CBS)\n"
    "  - [IJCAI 2015] ([paper](https://www.ijcai.org/Proceedings/15/Papers/110.pdf)) ICBS: "
    "Improved Conflict-Based Search Algorithm for Multi-Agent Pathfinding (ICBS)\n")


def test_a_venue_then_a_wrapped_paper_link_before_a_plain_title():
    """List 339: `[SoCS 2019] ([paper](url)) Title (CBS)`: the venue and year lead, the
    parenthesised `paper` link is the paper's, the plain text after it the title, the
    bracketed method name after it no title word (before: no title, nothing read)."""
    papers = _papers(_LABELLED)
    assert papers["Conflict-Based Search For Optimal Multi-Agent Path Finding"][:2] \
        == (2012, "AAAI 2012")
    assert papers["Meta-Agent Conflict-Based Search For Optimal Multi-Agent Path Finding"][:2] \
        == (2012, "SoCS 2012")
    assert "ICBS: Improved Conflict-Based Search Algorithm for Multi-Agent Pathfinding" in papers
    md = ("# L\n\n## Search\n- [AAAI 2012] ([paper](https://people.engr.tamu.edu/guni/Papers/"
          "PEA-AAAI12.pdf)) Partial-Expansion A* with Selective Node Generation (EPEA*)\n")
    assert "Partial-Expansion A* with Selective Node Generation" in _papers(md)


def test_the_bold_method_label_over_them_is_no_paper():
    """339: `- **CBS**` over such lines is a label; its children are the papers, never its
    venue lines (before: `CBS` imported with the first child's venue)."""
    assert "CBS" not in _papers(_LABELLED)
    assert len(_papers(_LABELLED)) == 5


def test_papers_under_a_guide_heading_that_link_their_pdf_are_papers():
    """339's `### Guide` holds papers: a guide heading decides nothing when its items are
    papers linking the paper itself, a PDF asked for by the link's query (`type=pdf`) too."""
    papers = _papers(_LABELLED)
    assert papers["Multi-Agent Pathfinding: Definitions, Variants, and Benchmarks"] \
        == (2019, "SoCS 2019", "guide")
    assert papers["Structure and Intractability of Optimal Multi-Robot Path Planning on Graphs"] \
        == (2013, "AAAI 2013", "guide")


def test_a_title_phrase_after_its_venue_line_link_stays_a_venue_line():
    """A child `in CODASPY '17 [[pdf]](url)` under a title phrase is still its venue line."""
    md = ("# L\n\n## Malware\n- Deep Android Malware Detection\n"
          "  - in CODASPY '17 [[pdf]](https://example.org/p.pdf) [[Code]](https://github.com/a/b)\n"
          "- Another Title Of A Paper About Android\n"
          "  - in CCS '18 [[pdf]](https://example.org/q.pdf)\n")
    papers = _papers(md)
    assert papers["Deep Android Malware Detection"][:2] == (2017, "CODASPY 2017")


_YEAR_BULLETS = (
    "# Papers\n\n## Text-to-Video Generation\n"
    "- <span id=\"text-year-2026\">**Year 2026**</span>\n"
    "  - **AAAI**\n"
    "    - Minute-Long Videos with Dual Parallelisms [[Paper]](https://arxiv.org/abs/2505.21070)\n"
    "- <span id=\"text-year-2025\">**Year 2025**</span>\n"
    "  - **CVPR**\n"
    "    - ***AIGV-Assessor:*** *Benchmarking and Evaluating the Perceptual Quality of "
    "Text-to-Video Generation with LMM* [[Paper]](https://arxiv.org/abs/2411.17221) "
    "[[Code]](https://github.com/wangjiarui153/AIGV-Assessor)\n"
    "    - ***RAPO:*** *The Devil is in the Prompts: Retrieval-Augmented Prompt Optimization "
    "for Text-to-Video Generation* [[Paper]](https://arxiv.org/abs/2504.11739)\n"
    "    - ***ByTheWay:*** Boost Your Text-to-Video Generation Model to Higher Quality in a "
    "Training-free Way [[Paper]](https://arxiv.org/pdf/2410.06241) "
    "[[Code]](https://github.com/Bujiazi/ByTheWay)\n")


def test_named_paper_lines_under_a_venue_bullet_are_papers_not_a_record():
    """List 346: three children `***Name:*** Title [[Paper]](arxiv)` are papers with their
    names, not the fields of a record (`- Task: …`) of the `**CVPR**` bullet (before: the
    bullet imported as a problem, its papers lost)."""
    papers = _papers(_YEAR_BULLETS)
    assert len(papers) == 4
    assert papers["ByTheWay: Boost Your Text-to-Video Generation Model to Higher Quality in a "
                  "Training-free Way"][:2] == (2025, "CVPR")


def test_a_date_bullet_dates_the_papers_under_it():
    """346: `- **Year 2025**` over `  - **CVPR**` over the papers: the year is theirs, as the
    venue bullet's venue is (before: no year)."""
    papers = _papers(_YEAR_BULLETS)
    assert papers["Minute-Long Videos with Dual Parallelisms"][:2] == (2026, "AAAI")
    assert papers["AIGV-Assessor: Benchmarking and Evaluating the Perceptual Quality of "
                  "Text-to-Video Generation with LMM"][:2] == (2025, "CVPR")


def test_a_colon_inside_the_bold_name_joins_it_to_the_title():
    """346: `***Magic-Me:*** Title`: the colon inside the name's emphasis makes one title
    `Name: Title`; `**CORD-19**: Title` (the colon outside) keeps the name apart."""
    md = ("# L\n\n## P\n"
          "- ***Magic-Me:*** Identity-Specific Video Customized Diffusion "
          "[[Paper]](https://arxiv.org/abs/2402.09368)\n"
          "- **CORD-19**: The covid-19 open research dataset "
          "[[Paper]](https://arxiv.org/abs/2004.10706)\n")
    papers = _papers(md)
    assert "Magic-Me: Identity-Specific Video Customized Diffusion" in papers
    assert "The covid-19 open research dataset" in papers


def test_a_link_text_that_is_a_cited_pdf_file_name():
    """List 348: `[Disk Paxos(E.Gafni&L.Lamport, Feb.2003).pdf](…pdf)`: the title is the file
    name before its authors and date, the year the date's; `_` stands for the title's colon
    (before: authors, date and `.pdf` kept in the title)."""
    md = ("# L\n\n## Non-Byzantine\n\n"
          "1. [Disk Paxos(E.Gafni&L.Lamport, Feb.2003).pdf](Papers/3.%20Disk%20Paxos"
          "(E.Gafni&L.Lamport,%20Feb.2003).pdf)\n"
          "2. [Bigtable_A Distributed Storage System for Steuctured Data(F.Chang&etal, Jun.2008)"
          ".pdf](Papers/2.%20Bigtable.pdf)\n"
          "3. [Paxos Made Simple(L.Lamport, Nov.2001).pdf](Papers/8.%20Paxos%20Made%20Simple"
          "(L.Lamport,%20Nov.2001).pdf)\n")
    papers = _papers(md)
    assert papers["Disk Paxos"][:2] == (2003, "")
    assert papers["Paxos Made Simple"][:2] == (2001, "")
    assert papers["Bigtable: A Distributed Storage System for Steuctured Data"][0] == 2008


def test_full_date_headings_are_year_headings_when_the_papers_agree():
    """List 343: `## 2026-07-21` crawl-date headings over papers whose date line states
    2026: year headings (subsections), the section is the page's title (before: each date a
    section)."""
    md = "# SLAM / Localization / Mapping\n\nAll papers, newest first.\n\n"
    for day, n in (("2026-07-21", "16926"), ("2026-07-09", "07452"), ("2026-06-30", "29782")):
        md += (f"## {day}\n\n- **[A Gaussian Splatting Method Number {n} for Dense SLAM]"
               f"(https://arxiv.org/abs/2607.{n})**  \n  *Ann Lee, Bob Roe*  \n"
               f"  `2026-07-08` · `cs.CV` · [pdf](https://arxiv.org/pdf/2607.{n}.pdf)\n\n")
    papers = _papers(md)
    assert len(papers) == 3
    assert {section for _, _, section in papers.values()} == {"slam-localization-mapping"}


def test_an_apostrophe_year_in_brackets_ending_the_link_text():
    """List 338: `[Title (EMNLP'22)](arxiv)` in a table cell: venue EMNLP, year 2022 (before:
    the venue `EMNLP'22`, no year)."""
    md = ("# L\n\n## Techniques\n\n| Paper | Technique | Summary |\n| :-- | :-- | :-- |\n"
          "| [Transformer Feed-Forward Layers Build Predictions by Promoting Concepts in the "
          "Vocabulary Space (EMNLP'22)](https://arxiv.org/pdf/2203.14680) | Logit lens | x |\n"
          "| [Analyzing Transformers in Embedding Space (ACL'23)](https://arxiv.org/pdf/"
          "2209.02535) | Logit lens | y |\n")
    papers = _papers(md)
    assert papers["Analyzing Transformers in Embedding Space"][:2] == (2023, "ACL 2023")


def test_an_unknown_acronym_and_two_digit_year_in_the_label_place():
    """List 341: `**[TRO 25]** Title`, `**[[RA-L 25](ieee)]** Title` among `**[CVPR 24]**`
    items: the label's place is the venue's; an acronym the table may not know and its year
    are venue and year (before: no venue)."""
    md = ("# Awesome-Point-Cloud-Scene-Flow\n\n## 2025\n"
          "- **[CVPR 25]** Floxels: Fast Unsupervised Voxel Based Scene Flow Estimation "
          "[[2503.04718]](https://arxiv.org/abs/2503.04718)\n"
          "- **[TRO 25]** (SeFlow++) HiMo: High-Speed Objects Motion Compensation in Point Cloud "
          "[[2503.00803]](https://arxiv.org/abs/2503.00803)\n"
          "- **[[RA-L 25](https://ieeexplore.ieee.org/document/10887254)]** Flow4D: Leveraging "
          "4D Voxel Network for LiDAR Scene Flow Estimation [[2407.07995]]"
          "(https://arxiv.org/abs/2407.07995)\n"
          "- **[TIV 24]** Let-It-Flow: Simultaneous Optimization of 3D Flow and Object "
          "Clustering [[2404.08363]](https://arxiv.org/abs/2404.08363)\n")
    papers = _papers(md)
    assert papers["HiMo: High-Speed Objects Motion Compensation in Point Cloud"][:2] \
        == (2025, "TRO 2025")
    assert papers["Flow4D: Leveraging 4D Voxel Network for LiDAR Scene Flow Estimation"][:2] \
        == (2025, "RA-L 2025")
    assert papers["Let-It-Flow: Simultaneous Optimization of 3D Flow and Object "
                  "Clustering"][:2] == (2024, "TIV 2024")


def test_a_digit_led_acronym_and_apostrophe_year_after_the_title():
    """List 340: `Title. 3DV'2020 [[paper]](url)`: an acronym opening with a digit is a venue
    as `CGF'2009` is (before: `3DV'2020` kept in the title, no year)."""
    md = ("# L\n\n## Keypoint Detection\n"
          "- HKS: A Concise and Provably Informative Multi-Scale Signature Based on Heat "
          "Diffusion. CGF'2009 [[paper]](http://example.org/hks.pdf)\n"
          "- MaskNet: A Fully-Convolutional Network to Estimate Inlier Points. 3DV'2020 "
          "[[paper]](https://arxiv.org/abs/2010.09185) [[code]](https://github.com/vinits5/masknet)\n")
    papers = _papers(md)
    assert papers["MaskNet: A Fully-Convolutional Network to Estimate Inlier Points"][:2] \
        == (2020, "3DV 2020")


def test_a_book_marker_ending_the_title_is_no_title_word():
    """List 337: `| Programming Differential Privacy （Book）| Names | 2021 | …[【Link】](url) |`:
    the full-width `（Book）` says what kind of work it is (before: kept in the title)."""
    md = ("# L\n\n## CDP\n\n| Title | Authors | Venue/Year | Note |\n| --- | --- | --- | --- |\n"
          "| Programming Differential Privacy （Book）| Joseph P. Near and Chiké Abuah | 2021 | "
          "入门 [【Link】](https://programming-dp.com/) |\n"
          "| The Algorithmic Foundations of Differential Privacy（Book） | Cynthia Dwork | 2014 | "
          "理论 [【Link】](https://www.cis.upenn.edu/~aaroth/Papers/privacybook.pdf) |\n")
    papers = _papers(md)
    assert "Programming Differential Privacy" in papers
    assert "The Algorithmic Foundations of Differential Privacy" in papers


def test_full_names_after_one_initialled_name_are_no_comma_citation():
    """List 344: `Frank F Xu, Uri Alon, Graham Neubig, and Vincent Josua Hellendoorn. Title.
    In Proceedings …, pp. 1–10, 2022.`: the names are written in full and end with a stop;
    the comma-joined citation (one initialled name per part) is not how it is written
    (before: the last author and the venue kept in the title)."""
    md = ("# L\n\n### Papers\n"
          "- Frank F Xu, Uri Alon, Graham Neubig, and Vincent Josua Hellendoorn. A systematic "
          "evaluation of large language models of code. In Proceedings of the 6th ACM SIGPLAN "
          "International Symposium on Machine Programming, pp. 1–10, 2022.\n"
          "- Erik Nijkamp, Bo Pang, Hiroaki Hayashi, Lifu Tu, Huan Wang, Yingbo Zhou, Silvio "
          "Savarese, and Caiming Xiong. A conversational paradigm for program synthesis. arXiv "
          "preprint arXiv:2203.13474, 2022.\n")
    papers = _papers(md)
    assert papers["A systematic evaluation of large language models of code"][0] == 2022


def test_named_paper_lines_linking_a_paper_page_and_repeating_their_name():
    """346: `***MagicID:*** MagicID: Title [[Paper]](huggingface.co/papers/…)` three times
    under `**ICCV**`: papers (a link labelled as the paper, wherever it points), the name
    written once where the phrase repeats it (before: read as a record's fields, lost)."""
    md = ("# Papers\n\n## Personalized Video Generation\n- **Year 2024**\n  - **ICCV**\n"
          "    - ***PersonalVideo:*** PersonalVideo: High ID-Fidelity Video Customization "
          "without Dynamic and Semantic Degradation [[Paper]](https://huggingface.co/papers/"
          "2411.17048)\n"
          "    - ***MagicID:*** MagicID: Hybrid Preference Optimization for ID-Consistent and "
          "Dynamic-Preserved Video Customization [[Paper]](https://huggingface.co/papers/"
          "2503.12689)\n"
          "    - ***DreamRelation:*** DreamRelation: Relation-Centric Video Customization "
          "[[Paper]](https://huggingface.co/papers/2503.07602)\n")
    papers = _papers(md)
    assert papers["DreamRelation: Relation-Centric Video Customization"][:2] == (2024, "ICCV")
    assert len(papers) == 3


def test_a_preprint_server_bullet_gives_the_papers_under_it_their_venue():
    """346: `- **Year 2024**` over `  - **arXiv**` over the papers: arXiv, 2024 (before: the
    year only; `- Nature` stays a topic)."""
    md = ("# Papers\n\n## Survey Papers\n- **Year 2024**\n  - **arXiv**\n"
          "    - Video Diffusion Models: A Survey [[Paper]](https://arxiv.org/pdf/2405.03150.pdf)\n"
          "- **Year 2023**\n  - **arXiv**\n"
          "    - A Survey on Video Diffusion Models [[Paper]](https://arxiv.org/pdf/2310.10647.pdf)\n")
    papers = _papers(md)
    assert papers["Video Diffusion Models: A Survey"][:2] == (2024, "arXiv")
    assert papers["A Survey on Video Diffusion Models"][:2] == (2023, "arXiv")


def test_a_linkless_table_row_with_a_short_title_its_authors_and_venue():
    """337: `| Differential privacy | Cynthia Dwork | ICALP/2006 | 定义 |` among linked rows:
    two words are no title phrase by themselves, but the row fills the author and venue
    columns: a cited paper (before: `no link`, a problem)."""
    md = ("# L\n\n#### CDP\n| Title | Team/Main Author | Venue and Year | Key Description |\n"
          "| :-- | :-- | :-- | :-- |\n"
          "| Differential privacy | Cynthia Dwork | ICALP/2006 | 首次提出差分隐私的定义 |\n"
          "| Calibrating Noise to Sensitivity in Private Data Analysis | Cynthia Dwork | TCC/2006 "
          "| 噪声 [【Link】](https://link.springer.com/chapter/10.1007/11681878_14) |\n"
          "| Deep Learning with Differential Privacy | Martin Abadi | CCS/2016 | DP-SGD "
          "[【Link】](https://arxiv.org/abs/1607.00133) |\n")
    papers = _papers(md)
    assert papers["Differential privacy"][0] == 2006
