"""Issue 15, round 25, `import-dev51` on lists 551, 552, 554, 555, 558 and 559 (the forty-fifth
and forty-sixth held-out sets, tests/corpus/, provenance in SOURCES.md): real lines of those
lists, each read by one general reading."""

from __future__ import annotations

import pytest

from awesome_bib.errors import ListError

from .conftest import papers_in, papers_with_authors

# List 559: each paper a `####` heading over unbulleted icon lines linking its PDF and video
_HEADINGS_OVER_ICON_LINES = (
    '### 2019 Paper List\n'
    '\n'
    '#### RoboNet: Large-Scale Multi-Robot Learning\n'
    '<img src="/data/media/pdf.png" width=16/> [\\[pdf\\]](https://arxiv.org/pdf/1910.1'
    '1215.pdf)\n'
    '<img src="/data/media/yt.png" width=16/> [\\[video\\]](https://www.youtube.com/wat'
    'ch?v=qd-sBiKGLn4#action=share)\n'
    '\n'
    '#### Toward Underground Localization: Lidar Inertial Odometry EnabledAerial Robo'
    't Navigation\n'
    '<img src="/data/media/pdf.png" width=16/> [\\[pdf\\]](https://arxiv.org/pdf/1910.1'
    '3085.pdf)\n'
    '<img src="/data/media/yt.png" width=16/> [\\[video\\]](https://www.youtube.com/wat'
    'ch?v=kQc3mJjw_mw&feature=youtu.be)\n'
    '\n'
    '#### OpenVSLAM: A Versatile Visual SLAM Framework\n'
    '<img src="/data/media/pdf.png" width=16/> [\\[pdf\\]](https://arxiv.org/pdf/1910.0'
    '1122.pdf)\n'
    '<img src="/data/media/yt.png" width=16/> [\\[video\\]](https://www.youtube.com/wat'
    'ch?v=Ro_s3Lbx5ms)\n'
    '<img src="/data/media/gh.png" width=16/> [\\[code\\]](https://github.com/xdspacela'
    'b/openvslam)\n'
    '\n'
    '#### Direct Sparse Mapping\n'
    '<img src="/data/media/pdf.png" width=16/> [\\[pdf\\]](https://arxiv.org/pdf/1904.0'
    '6577.pdf)\n'
    '<img src="/data/media/yt.png" width=16/> [\\[video\\]](https://www.youtube.com/wat'
    'ch?v=sj1GIF-7BYo)\n'
    '\n'
    '#### RangeNet++: Fast and Accurate LiDAR Semantic Segmentation\n'
    '<img src="/data/media/yt.png" width=16/> [\\[video\\]](https://www.youtube.com/wat'
    'ch?v=wuokg7MFZyU)\n'
    '\n'
    '#### OverlabNet: Loop Closing for 3D LiDAR SLAM\n'
    '<img src="/data/media/yt.png" width=16/> [\\[video\\]](https://www.youtube.com/wat'
    'ch?v=Ns0HkkzkxpQ)\n')

# List 558: a bold quoted title line over bullets of its authors, its link and notes
_TITLE_LINES_OVER_FIELD_BULLETS = (
    '# Papers Fundamentales en Reinforcement Learning\n'
    '\n'
    '## Papers Clásicos\n'
    '\n'
    '### 1. Temporal Difference Learning\n'
    '**"Learning to Predict by the Methods of Temporal Differences"**\n'
    '- Autor: Richard S. Sutton (1988)\n'
    '- [Link al paper](https://link.springer.com/article/10.1007/BF00115009)\n'
    '- **Importancia**: Introduce TD Learning, base de muchos algoritmos modernos\n'
    '- **Conceptos clave**: TD error, bootstrapping\n'
    '\n'
    '### 2. Q-Learning\n'
    '**"Learning from Delayed Rewards"**\n'
    '- Autor: Christopher J.C.H. Watkins (1989) - PhD Thesis\n'
    '- [Link](https://www.cs.rhul.ac.uk/~chrisw/new_thesis.pdf)\n'
    '- **Importancia**: Introduce Q-Learning, primer algoritmo off-policy comprobadam'
    'ente convergente\n'
    '- **Conceptos clave**: Q-values, off-policy learning\n'
    '\n'
    '## Deep Reinforcement Learning Era\n'
    '\n'
    '### 4. Deep Q-Network (DQN)\n'
    '**"Playing Atari with Deep Reinforcement Learning"**\n'
    '- Autores: Mnih et al. (DeepMind, 2013)\n'
    '- [Link al paper (arXiv)](https://arxiv.org/abs/1312.5602)\n'
    '\n'
    '**"Human-level control through deep reinforcement learning"**\n'
    '- Autores: Mnih et al. (Nature, 2015)\n'
    '- [Link al paper](https://www.nature.com/articles/nature14236)\n'
    '- **Importancia**: Primera demostración de DRL jugando Atari a nivel humano\n'
    '- **Conceptos clave**: Experience replay, target networks, CNN para estados visuales\n'
    '\n'
    '## Surveys y Reviews\n'
    '\n'
    '### 25. Deep RL Review\n'
    '**"Deep Reinforcement Learning: An Overview"**\n'
    '- Autores: Li (2017)\n'
    '- [Link](https://arxiv.org/abs/1701.07274)\n'
    '- Excelente overview de métodos de Deep RL\n'
    '\n'
    '### 26. RL Tutorial\n'
    '**"Reinforcement Learning: A Survey"**\n'
    '- Autores: Kaelbling, Littman, Moore (1996)\n'
    '- [Link](https://www.jair.org/index.php/jair/article/view/10166)\n'
    '- Survey clásico de RL tradicional\n')

# List 554: numbered scenarios over `<br />`-broken lines numbered `i.`, `ii.`, `iii.`
_ROMAN_NUMBERED_LINES = (
    '# Formal-Verification Reference List\n'
    '\n'
    '### 1.3 Application Scenarios\n'
    '1. Hardware Verification\n'
    '2. Concurrency Verification <br />\n'
    '   i. [Slides: Concurrency and Security](https://www.dcc.fc.up.pt/~edrdo/aulas/q'
    'ses/lectures/qses-07-concurrency.pdf) <br />\n'
    '   ii. [Princeton Report](https://www.cs.princeton.edu/techreports/2019/012.pdf)'
    ' <br />\n'
    '3. Verification in Safety and Trustworthiness of LLMs <br />\n'
    '   i. [survey paper](https://arxiv.org/abs/2305.11391) <br />\n'
    '   ii. [FuzzGPT](https://arxiv.org/abs/2304.02014) <br />\n'
    '4. Side-Channel Detection <br />\n'
    '   i. QFuzz: Quantitative Fuzzing for Side Channels, ISSTA, 2021, [paper](https:'
    '//dl.acm.org/doi/pdf/10.1145/3460319.3464817) <br />\n'
    '5. Data Flow Sensitivity <br />\n'
    '6. IoT Protocols <br />\n'
    '   i. A State-of-the-Art Survey on Formal Verification of the Internet of Things'
    ' Applications, 2019, [paper](https://link.springer.com/article/10.1007/s12927-01'
    '9-0003-8) <br />\n'
    '   ii. Towards formal verification of IoT protocols: A Review, 2020, [paper](htt'
    'ps://www.sciencedirect.com/science/article/pii/S1389128619317116) <br />\n'
    '   iii. A Survey on Formal Verification and Validation Techniques for Internet o'
    'f Things, 2023, [paper](https://www.mdpi.com/2076-3417/13/14/8122) <br />\n'
    '7. Testing Deep Learning Libraries <br />\n'
    '   i. DocTer: Documentation-Guided Fuzzing for Testing Deep Learning API Functio'
    'ns, ISSTA, 2022, [paper](https://dl.acm.org/doi/abs/10.1145/3533767.3534220) <br />\n'
    '   ii. Fuzzing Deep-Learning Libraries via Automated Relational API Inference, E'
    'SEC/FSE, 2022, [paper](https://dl.acm.org/doi/abs/10.1145/3575693.3575707) <br />\n'
    '   iii. Incremental Bounded Model Checking of Artificial Neural Networks in CUDA'
    ', 2019, [paper](https://ieeexplore.ieee.org/abstract/document/9046094) <br />\n'
    '   iV. Free Lunch for Testing: Fuzzing Deep-Learning Libraries from Open Source,'
    ' ICSE, 2022, [paper](https://dl.acm.org/doi/abs/10.1145/3510003.3510041) <br />\n'
    '   v. Muffin: Testing Deep Learning Libraries via Neural Architecture Fuzzing, I'
    'CSE, 2022, [paper](https://dl.acm.org/doi/abs/10.1145/3510003.3510092) <br />\n')

# List 554: slides among papers, titled `Slides: …`
_SLIDES_AMONG_PAPERS = (
    '# Formal-Verification Reference List\n'
    '\n'
    '## 1. Introduction\n'
    '\n'
    '1. Clarke, EdmundM., et al. **“Handbook of Model Checking.”** Springer Internati'
    'onal Publishing eBooks, 2018, [Handbook](https://doi.org/10.1007/978-3-319-10575-8);\n'
    '2. [Formal verification in hardware design: a survey](https://dl.acm.org/doi/10.'
    '1145/307988.307989);\n'
    '3. [Model Checking (standford lecture)](https://web.stanford.edu/class/cs357/lec'
    'ture12.pdf);\n'
    '4. [Slides: SMT-based Model Checking of Transition Systems](https://www.di.ens.f'
    'r/~pouzet/cours/mpri/cours-smt.pdf)\n'
    '5. A Survey of Practical Formal Methods for Security, 2020, [paper](https://dl.a'
    'cm.org/doi/full/10.1145/3522582)\n'
    '\n'
    '### 2.4 Fuzzing\n'
    '1. [Slides: Software Verification: Testing vs. Model Checking](https://research.'
    'ibm.com/haifa/conferences/hvc2017/images/HVC17_Lemberger_Software%20Verification'
    '%20-%20Testing%20vs%20Model%20Checking.%20A%20Comparative%20Evaluation%20of%20th'
    'e%20State%20of%20the%20Art.pdf), IBM Research\n'
    '2. [Fuzzing: a survey](https://cybersecurity.springeropen.com/articles/10.1186/s'
    '42400-018-0002-y)\n'
    '3. Survey of Software Fuzzing Techniques, [paper](https://www.researchgate.net/p'
    'ublication/356980212_Survey_of_Software_Fuzzing_Techniques)\n'
    '4. BMC+Fuzz: Efficient and Effective Test Generation, DATE 2022, [paper](https:/'
    '/ieeexplore.ieee.org/abstract/document/9774672)\n'
    '5. A Review of Fuzzing Tools and Methods, [paper](https://wcventure.github.io/Fu'
    'zzingPaper/Paper/2017_review.pdf)\n')

# List 555: bold quoted titles over a dotted `Names. VENUE. YEAR.` child line
_DOTTED_CHILD_LINES = (
    '# Awesome NLP Papers\n'
    'This repository contains papers of NLP\n'
    '\n'
    '### 1. Text Representation\n'
    '* **"Efficient estimation of word representations in vector space."**\n'
    '  * Mikolov et al. ICLR. 2013.\n'
    '* **"Glove: Global vectors for word representation."**\n'
    '  * Pennington et al. EMNLP. 2014.\n'
    '* **"Enriching word vectors with subword information."**\n'
    '  * Bojanowski et al. TACL. 2017.\n'
    '\n')


def test_label_link_paragraphs_under_a_title_heading_make_it_a_paper():
    """559: `#### RoboNet: Large-Scale Multi-Robot Learning` over `<img …/> [\\[pdf\\]](arxiv)`
    / `<img …/> [\\[video\\]](youtube)` lines (before: the list refused whole, `paragraph
    without a title`). A heading over label bullets (`* [Paper](pdf)`) is already read as its
    paper (`_label_link_under_heading`); the same label links written as paragraph lines right
    under the heading are the same thing: the heading is the paper, its links the lines'. A
    heading that gathers only a video (`RangeNet++`) stays no paper, as under label bullets."""
    papers = papers_in(_HEADINGS_OVER_ICON_LINES)
    assert sorted(papers) == ["Direct Sparse Mapping",
                              "OpenVSLAM: A Versatile Visual SLAM Framework",
                              "RoboNet: Large-Scale Multi-Robot Learning",
                              "Toward Underground Localization: Lidar Inertial Odometry "
                              "EnabledAerial Robot Navigation"]
    assert papers["Direct Sparse Mapping"] == (None, "", "2019 Paper List")
    with pytest.raises(ListError):
        papers_in("### 2019 Paper List\n\n#### RangeNet++: Fast and Accurate LiDAR Semantic "
                  "Segmentation\n<img src=\"/data/media/yt.png\" width=16/> [\\[video\\]]"
                  "(https://www.youtube.com/watch?v=wuokg7MFZyU)\n")


def test_a_bold_title_line_over_a_linked_label_bullet_is_one_paper():
    """558: `**"Learning to Predict by the Methods of Temporal Differences"**` over `- Autor:
    Richard S. Sutton (1988)` and `- [Link al paper](springer)` (before: the link bullet read as
    a paper titled `Link al paper`, the heading `### 3. Policy Gradient Theorem` as another). A
    bold title line over `- Paper: https://…` bullets is already that title's label list
    (`_label_list`); a bullet that is one link whose text is a label (a few words, or opening
    with a word naming the link's kind: `Link al paper (arXiv)`) is the same field written as
    a link, so the title line is the paper and the bullet its link."""
    papers = papers_in(_TITLE_LINES_OVER_FIELD_BULLETS)
    assert "Link al paper" not in papers and "Link" not in papers
    assert len(papers) == 5  # (and `Reinforcement Learning: A Survey`, under `### 26. RL
    # Tutorial`, a heading of tutorials: kept apart, as before)
    assert papers["Playing Atari with Deep Reinforcement Learning"][2] == "4. Deep Q-Network (DQN)"


def test_names_and_their_bracketed_date_under_a_title_are_its_authors_and_year():
    """558: `- Autores: Mnih et al. (Nature, 2015)`, `- Autor: … Watkins (1989) - PhD Thesis`,
    `- Autores: Li (2017)` under the bold title line (before: the value read as a venue line,
    `2016` or `DeepMind 2013` as venue, no authors). Names then a bracketed date are a
    citation's author-date head whatever the label's language: the names (where they read as
    names) and the year are the paper's, the venue only where the brackets name one the venue
    table knows (`Nature`; `DeepMind` is an organisation: no venue)."""
    papers = papers_with_authors(_TITLE_LINES_OVER_FIELD_BULLETS)
    assert papers["Learning to Predict by the Methods of Temporal Differences"] == (
        1988, "", ["Sutton"])
    assert papers["Learning from Delayed Rewards"] == (1989, "", ["Watkins"])
    assert papers["Playing Atari with Deep Reinforcement Learning"] == (2013, "", ["Mnih"])
    assert papers["Human-level control through deep reinforcement learning"] == (
        2015, "Nature", ["Mnih"])
    assert papers["Deep Reinforcement Learning: An Overview"] == (2017, "", [])


def test_lines_numbered_i_ii_iii_after_br_are_items_of_their_own():
    """554: `2. Concurrency Verification <br />` over `   i. [Slides: …](pdf) <br />`, `6. IoT
    Protocols <br />` over `   i. A State-of-the-Art Survey …, 2019, [paper](url) <br />` /
    `   ii. …` (before: the scenario name read as one paper with its first line's link, the
    numbered lines lost). Markdown reads `i.` as text, but lines each broken on purpose and
    opening with the next enumerator of one sequence are written as a nested list is: the
    first line is a label over them, each line an item of its own."""
    papers = papers_in(_ROMAN_NUMBERED_LINES)
    assert "IoT Protocols" not in papers and "Side-Channel Detection" not in papers
    assert papers["QFuzz: Quantitative Fuzzing for Side Channels"][:2] == (2021, "ISSTA 2021")
    assert papers["Towards formal verification of IoT protocols: A Review"][0] == 2020
    assert papers["Free Lunch for Testing: Fuzzing Deep-Learning Libraries from Open "
                  "Source"][:2] == (2022, "ICSE 2022")


def test_a_title_opening_with_slides_and_a_colon_is_no_paper():
    """554: `4. [Slides: SMT-based Model Checking of Transition Systems](pdf)` and `1. [Slides:
    Software Verification: Testing vs. Model Checking](pdf), IBM Research` among papers
    (before: both imported as papers). A title that opens with the word of a talk's or post's
    kind and a colon says what the item is, as `… (Presentation Slides)` at its end already
    does (`titled_post`); a poster or a demo may be a venue's paper, so those two are not
    read so."""
    papers = papers_in(_SLIDES_AMONG_PAPERS)
    assert not any(title.startswith("Slides") for title in papers)
    assert "A Survey of Practical Formal Methods for Security" in papers


def test_two_acronyms_joined_by_a_slash_are_a_joint_venue():
    """554: `ii. Fuzzing Deep-Learning Libraries via Automated Relational API Inference,
    ESEC/FSE, 2022, [paper](url)` among `Title, ISSTA, 2022, [paper](url)` lines (before: the
    title kept `, ESEC/FSE`, no venue). A venue's short name may join two acronyms with a slash
    (`ESEC/FSE`, `COLING/ACL`), each read as an acronym is; a hyphen is not taken so (`2022
    READ-STUDY` is a reading label)."""
    papers = papers_in(_ROMAN_NUMBERED_LINES)
    assert papers["Fuzzing Deep-Learning Libraries via Automated Relational API "
                  "Inference"][:2] == (2022, "ESEC/FSE 2022")


def test_a_child_line_opening_with_names_et_al_is_no_venue_line():
    """555: `* **"Efficient estimation of word representations in vector space."**` over `  *
    Mikolov et al. ICLR. 2013.` (before: the child read as a venue line, the venue
    `Mikolov et al. ICLR. 2013`, no authors). A venue line is a venue's words and a year; "et
    al." closes an author list, never a venue's name, so the line is read as names, then the
    venue and year (`add_names_and_venue`)."""
    papers = papers_with_authors(_DOTTED_CHILD_LINES)
    assert papers["Efficient estimation of word representations in vector space"] == (
        2013, "ICLR 2013", ["Mikolov"])
    assert papers["Glove: Global vectors for word representation"] == (
        2014, "EMNLP 2014", ["Pennington"])
