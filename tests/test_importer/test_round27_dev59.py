"""Issue 15, round 27, `import-dev59` on lists 607, 608, 609, 594, 595, 597 (the fiftieth and
forty-ninth held-out sets, tests/corpus/, provenance in SOURCES.md): real lines of those
lists, each read by one general reading."""

from __future__ import annotations

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
