"""Issue 15, round 27, `import-dev59` on lists 607, 608, 609, 594, 595, 597 (the fiftieth and
forty-ninth held-out sets, tests/corpus/, provenance in SOURCES.md): real lines of those
lists, each read by one general reading."""

from __future__ import annotations

from awesome_bib.importer import read_library

from .conftest import papers_in

# List 609 (lines 1-45 as written): numbered `N. [Name] Title，CVPR2018` items (a full-width
# comma, folded to `,`, glued to the venue and year) over a `简介：` note and blog / code links;
# items 10 and 11 have no note and no link
_OBJECT_DETECTION_NOTES = (
    '# 18-19-object-detection-papers\n'
    '18-19目标检测论文汇总  \n'
    '1. [SIN] Structure Inference Net: Object Detection Using Sce'
    'ne-Level Context and Instance-Level Relationships，CVPR2018  '
    '\n'
    '简介：利用场景和实例推理，提高识别正确率  \n'
    '[解读](https://blog.csdn.net/joyeuxni/article/details/81151969'
    ') [github地址](https://github.com/choasup/SIN)  \n'
    '\n'
    '2. [STDN] Scale-Transferrable Object Detection，CVPR2018  \n'
    '简介：Densenet169+尺度变换模块+ssd框架，提高小物体识别率  \n'
    '[解读](https://blog.csdn.net/xh_hit/article/details/79512146) '
    '[github地址](https://github.com/arvention/STDN-PyTorch)\n'
    '\n'
    '3. [RefineDet] Single-Shot Refinement Neural Network for Obj'
    'ect Detection，CVPR2018\n'
    '简介：将Faster RCNN和SSD结合  \n'
    '[解读](https://blog.csdn.net/qq_21949357/article/details/80642'
    '551) [github地址](https://github.com/sfzhang15/RefineDet)\n'
    '\n'
    '4. [MegDet] MegDet: A Large Mini-Batch Object Detector，CVPR2'
    '018  \n'
    '简介：从大Mini-Batch的运用 和Batch Normalizatio（BN）的训练技巧出发，在训练方法上实现优化'
    '  \n'
    '[解读](https://blog.csdn.net/Julialove102123/article/details/8'
    '0471403)\n'
    '\n'
    '5. [DA Faster R-CNN] Domain Adaptive Faster R-CNN for Object'
    ' Detection in the Wild，，CVPR2018\n'
    '简介：基于Faster-RCNN，进行领域自适应改进（似迁移学习），用在进行雾气，光线不良情况下的野外迁移探测活动（复杂'
    '多变的场景）  \n'
    '[解读](https://blog.csdn.net/qq_18882399/article/details/81188'
    '573) [github地址](https://github.com/yuhuayc/da-faster-rcnn)\n'
    '\n'
    '6. [SNIP] An Analysis of Scale Invariance in Object Detectio'
    'n，CVPR2018  \n'
    '简介：图像金字塔上检测相同大小，保留尺寸在指定范围之内的输出结果，解决尺度不变性问题  \n'
    '[解读](https://zhuanlan.zhihu.com/p/36431183)\n'
    '\n'
    '7. [Relation-Network] Relation Networks for Object Detection'
    '，CVPR2018  \n'
    '简介：基于Faster RCNN系列算法引入object relation module来刻画物体之间的关系，来取代nm'
    's进行去重，且提升检测效果。  \n'
    '[解读](https://www.jianshu.com/p/8ee6884bbd68) [github地址](http'
    's://github.com/msracver/Relation-Networks-for-Object-Detecti'
    'on)\n'
    '\n'
    '8. [Cascade R-CNN] Cascade R-CNN: Delving into High Quality '
    'Object Detection，CVPR2018  \n'
    '简介：级联的RCNN，使用多个IoU threshold递增的header，每一级使用上一级refine过后的bbox作'
    '为输入。这样可以保证每一级的header都可以得到足够多的正样本，且正样本的质量可以逐级提升。  \n'
    '[解读](https://blog.csdn.net/wfei101/article/details/80024406)'
    ' [github地址](https://github.com/zhaoweicai/cascade-rcnn)\n'
    '\n'
    '9. [MLKP] Multi-scale Location-aware Kernel Representation f'
    'or Object Detection，CVPR2018  \n'
    '简介：基于Faster-RCNN,不同卷积块中的多层特征，将它们连接成一个单一的特征图，然后计算这些特征图上的高阶统计量'
    '。引入了一个可训练的位置权重结构来评估不同位置的贡献，使我们的表示位置更加敏感。最后，将不同的表示顺序连接起来进行分类和'
    '回归。检测器更具辨别力，对小目标和遮挡物体检测提升效果显著。  \n'
    '[解读](http://www.pianshen.com/article/7806238840/) [github地址]'
    '(https://github.com/Hwang64/MLKP)\n'
    '\n'
    '10. [Fitness NMS] Improving Object Localization with Fitness'
    ' NMS and Bounded IoU Loss，CVPR2018  \n'
    '\n'
    '11. [STDnet] STDnet: A ConvNet for Small Target Detection，BM'
    'VC2018  \n'
    '\n'
    '12. [RFBNet] Receptive Field Block Net for Accurate and Fast'
    " Object Detection，ECCV' 18  \n"
    '简介：基于SSD，在Inception的基础上加入了dilated膨胀卷积，增大了感受野，在保证速度的情况下，增加了检测'
    '精度。  \n'
    '[解读](https://blog.csdn.net/u014380165/article/details/815567'
    '69) [github地址](https://github.com/ruinmessi/RFBNet)\n')


def test_a_venue_glued_to_the_title_by_a_comma_is_no_title_word() -> None:
    """`Title，CVPR2018`: a comma glued to a short last field (a full-width comma folds to
    one) was read as a field only where the title held another separator too (`Cascade
    R-CNN: Delving …，CVPR2018` read right), since the cheap gate before the title's ends are
    read (`_separated`) knew no glued comma; so `Scale-Transferrable Object Detection,CVPR2018`
    kept its venue as title words and gave no year or venue. A last field with a space
    (`ECCV' 18`, `NIPS' 18`) was not split off either, its year read but kept in the title.
    The one separator rule (`_SEP`) now splits a glued comma before a short field with a space
    in it, and the gate admits what it splits: the venue and year are the item's fields,
    whatever else its title holds."""
    papers = papers_in(_OBJECT_DETECTION_NOTES)
    assert papers["Scale-Transferrable Object Detection"][:2] == (2018, "CVPR2018")
    assert papers["Single-Shot Refinement Neural Network for Object Detection"][:2] \
        == (2018, "CVPR2018")
    assert papers["Receptive Field Block Net for Accurate and Fast Object Detection"][:2] \
        == (2018, "ECCV 2018")
    assert not any("," in title for title in papers)


def test_a_linkless_item_dated_at_its_end_stands_beside_its_linked_siblings() -> None:
    """`10. [Fitness NMS] Title，CVPR2018` with no note and no link, among items written the same
    way that do link theirs: its venue and year are read only at its title's end, and that
    reading counted as evidence only under a heading most of whose items are full citations,
    so the item stayed a problem (`no link`) where an item whose first reading found them is a
    linkless paper beside its heading's linked papers. Read at its ends, it is written as
    they are (a title phrase with its venue and year): a paper, with no link made up."""
    papers = papers_in(_OBJECT_DETECTION_NOTES)
    assert papers["Improving Object Localization with Fitness NMS and Bounded IoU Loss"][:2] \
        == (2018, "CVPR2018")
    assert papers["STDnet: A ConvNet for Small Target Detection"][:2] == (2018, "BMVC2018")
    assert len(papers) == 11  # (item 6, whose note runs on in its title's paragraph, is left)


# List 597: four-line records joined by backslash hard breaks: the bold title, the italic
# authors, the journal before the paper's labelled link, the date
_RECORD_VENUE_LINE = (
    "# Generative AI in Civil SHM *(updated September 11, 2023)*\n\n## Survey\n\n"
    "**A literature review: Generative adversarial networks for civil structural health "
    "monitoring** \\\n"
    "*Furkan Luleci, F. Necati Catbas, Onur Avci* \\\n"
    "Frontiers in Built Environment [[Paper](https://www.frontiersin.org/articles/10.3389/"
    "fbuil.2022.1027379/full)] \\\n"
    "07 November 2022\n\n"
    "**Generative adversarial networks review in earthquake-related engineering fields** \\\n"
    "*Giuseppe Carlo Marano, Marco Martino Rosso, Angelo Aloisio, Giansalvo Cirrincione* \\\n"
    "Bulletin of Earthquake Engineering [[Paper](https://link.springer.com/article/10.1007/"
    "s10518-023-01645-7)] \\\n"
    "28 February 2023\n\n"
    "## Lost Data Reconstruction\n\n"
    "**Structural health monitoring response reconstruction based on UAGAN under structural "
    "condition variations with few-shot learning** \\\n"
    "*Gao Fan, Zhengyan He, Jun Li* \\\n"
    "ResearchGate [[Paper](https://www.researchgate.net/publication/368510160_Structural_"
    "health_monitoring_response_reconstruction_based_on_UAGAN_under_structural_condition_"
    "variations_with_few-shot_learning)] \\\n"
    "1 December 2022\n\n"
    "**Efficient Processing of Distributed Acoustic Sensing Data Using a Deep Learning "
    "Approach** \\\n"
    "*Hao Wu, Bin Zhou, Kun Zhu, Chao Shang, Hwa-Yaw Tam, Chao Lu* \\\n"
    "Journal of Lightwave Technology [[Paper](https://ieeexplore.ieee.org/document/8726287)] "
    "\\\n"
    "May 29, 2019\n")


def test_a_record_line_naming_its_venue_before_the_papers_link_is_the_venue() -> None:
    """`**Title** \\` / `*Authors* \\` / `Journal [[Paper](url)] \\` / `07 November 2022`: the
    line between the names and the date that holds a venue's name, then the record's link
    labelled as the paper, was read as no field (a venue the table does not know, no year on
    it), so the venue was empty, or the date line `May 29, 2019` was taken for it. Set apart
    by its place as an italic venue line is (`_italic_venue_line`), a few capitalised words
    that are no names before a resource-labelled link are the record's venue; a host's name
    there (`ResearchGate`, a link label's word) is none."""
    papers = papers_in(_RECORD_VENUE_LINE)
    assert papers["A literature review: Generative adversarial networks for civil structural "
                  "health monitoring"][:2] == (2022, "Frontiers in Built Environment")
    assert papers["Generative adversarial networks review in earthquake-related engineering "
                  "fields"][:2] == (2023, "Bulletin of Earthquake Engineering")
    assert papers["Efficient Processing of Distributed Acoustic Sensing Data Using a Deep "
                  "Learning Approach"][:2] == (2019, "Journal of Lightwave Technology")
    assert papers["Structural health monitoring response reconstruction based on UAGAN under "
                  "structural condition variations with few-shot learning"][:2] == (2022, "")


# List 535 (not one of this round's, read by the same reading): a dated reading log whose
# bullet line holds the date, the linked title opening the line below it
_DATED_BULLETS = (
    "# Reading list by date\n\n"
    "Papers I have read and conference talks I have watched for research and\nprojects.\n\n"
    "## 2024\n\n"
    "- 2024-12-16:\n"
    "  [“HOIST: A System for Automatically Deriving Static Analyzers for Embedded Systems”]"
    "(https://users.cs.utah.edu/~regehr/papers/asplos04/),\n"
    "  John Regehr and Alastair Reid, 2004\n"
    "- 2024-10-29:\n"
    "  [“Graph-Based Algorithms for Boolean Function Manipulation”](https://www.cs.cmu.edu/"
    "~bryant/pubdir/ieeetc86.pdf),\n"
    "  Randal E. Bryant, 1986\n"
    "- 2024-10-24:\n"
    "  [“Z3: An Efficient SMT Solver”](https://link.springer.com/chapter/10.1007/"
    "978-3-540-78800-3_24),\n"
    "  Leonardo de Moura and Nikolaj Bjørner, TACAS 2008\n")


def test_a_list_item_whose_title_opens_a_line_of_its_own_is_listed_on_its_marker_line() -> None:
    """`- 2024-10-29:` over `  [“Title”](pdf),`: an item wrapped over source lines was listed
    on the line its title starts on, right for a title wrapped into mid-line (`* 2013 M.
    Braun, …, and` / `  A. Zwinkau. Simple and efficient …`), so these papers were listed a
    line below their items. A title that opens a line of its own under the marker's line
    says the writer ended that line where its field (a date, names) ended: the marker's line
    is the item's, a record's first line, as a record of field lines is listed on it."""
    lib = read_library(_DATED_BULLETS, "list.md").lib
    lines = {e.title: e.listings[0].line for e in lib.entries}
    assert lines == {"HOIST: A System for Automatically Deriving Static Analyzers for "
                     "Embedded Systems": 8,
                     "Graph-Based Algorithms for Boolean Function Manipulation": 11,
                     "Z3: An Efficient SMT Solver": 14}


# List 607: numbered link items whose link text opens with the venue tag, its year's two
# digits first (`(22 S&P)`), under bold labels
_YEAR_FIRST_TAGS = (
    "# Paper-Reading-List\n\n"
    "**Side-Channel Attacks (Cache)**\n"
    "1.  [(22 S&P) Adversarial Prefetch: New Cross-Core Cache Side Channel Attacks]"
    "(https://arxiv.org/pdf/2110.12340.pdf)\n"
    "2.  [(21 CCS) Prime+Scope: Overcoming the Observer Effect for High-Precision Cache "
    "Contention Attacks](https://www.esat.kuleuven.be/cosic/publications/article-3405.pdf)\n"
    "3.  [(17 USENIX) Prime+Abort: A Timer-Free High-Precision L3 Cache Attack using Intel TSX]"
    "(https://www.usenix.org/system/files/conference/usenixsecurity17/sec17-disselkoen.pdf)\n"
    "4.  [(15 S&P) Prime+Probe: Last-Level Cache Side-Channel Attacks are Practical]"
    "(http://palms.ee.princeton.edu/system/files/SP_vfinal.pdf)\n"
    "5.  [(16 DIMVA) Flush+Flush: A Fast and Stealthy Cache Attack]"
    "(https://gruss.cc/files/flushflush.pdf)\n")


def test_a_venue_tag_led_by_its_years_two_digits_is_no_title_word() -> None:
    """`[(22 S&P) Title](pdf)`: a bracketed tag before the title, most of the section's
    items opening with one, is peeled when it reads as a field; `(CVPR 2020)` and `(2022
    S&P)` did, `(22 S&P)`, the year's two digits first, did not, so every title kept its tag
    and no year or venue was read. Read as the year written in full is (`2022 S&P`, the one
    two-digit-year rule `full_year`), it is the item's venue and year; a count before words
    (`(18 PDFs + 2 Metadata Files)`) reads as no venue and stays."""
    papers = papers_in(_YEAR_FIRST_TAGS)
    assert papers["Adversarial Prefetch: New Cross-Core Cache Side Channel Attacks"][:2] \
        == (2022, "2022 S&P")
    assert papers["Prime+Abort: A Timer-Free High-Precision L3 Cache Attack using Intel "
                  "TSX"][:2] == (2017, "2017 USENIX")
    assert papers["Flush+Flush: A Fast and Stealthy Cache Attack"][:2] == (2016, "2016 DIMVA")
    assert not any(title.startswith("(") for title in papers)
