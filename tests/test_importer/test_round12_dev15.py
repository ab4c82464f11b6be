"""Issue 15, round 12, `import-dev15` on the nineteenth held-out set (lists 229-240,
tests/corpus/, provenance in SOURCES.md): real lines of those lists, each read by one general
reading (a venue after a citation's "in" in the italic place after the title, a venue on the
bold title's own line above its author line, a citation key before the title, a venue the
table knows in the place of one author, paragraphs of their section's shape whose only link
is a project page)."""

from __future__ import annotations

from .conftest import papers_with_authors as _papers


def test_an_italic_venue_after_in_ends_the_title():
    """List 229: `* Title, in *AAAI* 2023. [\\[paper\\]](url)`, the comma full-width in some
    items (`Title，in *NeurIPS* 2023.`): "in" opens the venue, the italic venue and its year are
    the item's, and neither is a title word."""
    md = ("# L\n\n### Anomaly Detection\n"
          "* AirFormer: Predicting Nationwide Air Quality in China with Transformers, in *AAAI* "
          "2023. [\\[paper\\]](https://arxiv.org/abs/2211.15979)\n"
          "* Time Series as Images: Vision Transformer for Irregularly Sampled Time Series，in "
          "*NeurIPS* 2023. [\\[paper\\]](https://openreview.net/forum?id=ZmeAoWQqe0)\n"
          "* Learning graph structures with transformer for multivariate time series anomaly "
          "detection in IoT, in *IEEE Internet of Things Journal* 2021. "
          "[\\[paper\\]](https://arxiv.org/abs/2104.03466)\n")
    papers = _papers(md)
    assert papers["AirFormer: Predicting Nationwide Air Quality in China with Transformers"][:2] \
        == (2023, "AAAI 2023")
    assert papers["Time Series as Images: Vision Transformer for Irregularly Sampled Time "
                  "Series"][:2] == (2023, "NeurIPS 2023")
    year, venue, _ = papers["Learning graph structures with transformer for multivariate time "
                            "series anomaly detection in IoT"]
    assert year == 2021 and venue.startswith("IEEE Internet of Things Journal")


def test_a_venue_on_the_bold_titles_line_above_its_author_line():
    """List 232: `- **Title** Preprint 2023.` with no separator, the italic author line with
    the pdf link under it: the venue and year are the title line's, not title words."""
    md = ("# L\n\n### Tool-augmented Learning\n\n"
          "- **Tool Documentation Enables Zero-Shot Tool-Usage with Large Language Models** "
          "Preprint 2023.\n\n"
          "  *Cheng-Yu Hsieh, Si-An Chen, Chun-Liang Li* "
          "[[pdf](https://arxiv.org/pdf/2308.00675.pdf)]\n\n"
          "- **Generalization through Memorization: Nearest Neighbor Language Models** ICLR "
          "2020.\n\n"
          "  *Urvashi Khandelwal, Omer Levy, Dan Jurafsky* "
          "[[pdf](https://arxiv.org/pdf/1911.00172.pdf)]\n")
    papers = _papers(md)
    year, venue, authors = papers["Tool Documentation Enables Zero-Shot Tool-Usage with Large "
                                  "Language Models"]
    assert (year, venue) == (2023, "Preprint 2023") and authors[0] == "Hsieh"
    assert papers["Generalization through Memorization: Nearest Neighbor Language "
                  "Models"][:2] == (2020, "ICLR 2020")


def test_a_citation_key_before_the_title_is_a_label():
    """List 240: ``- `[Pei et al. CVPR23]` Title. CVPR, 2023.``: the key (who, where, when) is
    no title word; the venue written after the title is the item's, and a venue the table
    knows in the place of one author (`ACM Multimedia, 2022`) is the venue, not a person."""
    md = ("# L\n\n## Papers\n"
          "- `[Pei et al. CVPR23]` CLIPPING: Distilling CLIP-Based Models with a Student Base for "
          "Video-Language Retrieval. CVPR, 2023. [[paper]](https://openaccess.thecvf.com/x.pdf)\n"
          "- `[Li et al. CVPR23]` SViTT: Temporal Learning of Sparse Video-Text Transformers. "
          "CVPR, 2023. [[paper]](https://openaccess.thecvf.com/y.pdf)\n"
          "- `[Dong et al. ACMMM22]` Partially Relevant Video Retrieval. ACM Multimedia, 2022. "
          "[[homepage]](http://danieljf24.github.io/prvr/) "
          "[[paper]](https://arxiv.org/abs/2208.12510)\n")
    papers = _papers(md)
    year, venue, authors = papers["CLIPPING: Distilling CLIP-Based Models with a Student Base "
                                  "for Video-Language Retrieval"]
    assert (year, venue, authors) == (2023, "CVPR 2023", ["Pei"])
    year, venue, authors = papers["Partially Relevant Video Retrieval"]
    assert year == 2022 and venue.startswith("ACM") and authors == ["Dong"]


def test_a_bracketed_lead_without_names_stays_what_it_was():
    """The citation key needs who wrote it ("et al." or two names): `[CVPR 2019] Title` is
    still a venue tag, read as before."""
    md = ("# L\n\n## Papers\n"
          "- [CVPR 2019] Deep High-Resolution Representation Learning for Human Pose Estimation "
          "[[paper]](https://arxiv.org/abs/1902.09212)\n"
          "- [ICCV 2019] Single-Network Whole-Body Pose Estimation for Many People "
          "[[paper]](https://arxiv.org/abs/1909.13423)\n")
    papers = _papers(md)
    assert papers["Deep High-Resolution Representation Learning for Human Pose "
                  "Estimation"][:2] == (2019, "CVPR 2019")


def test_paragraphs_of_their_sections_shape_linking_a_project_page_are_papers():
    """List 231: `CVPR2020: **Title**. [paper](https://project.page/) <br>` over a comment
    line: written like the section's other paragraphs, most of which link papers, each is a
    paper, its venue prefix read like theirs, although a few paragraphs of the list have
    another shape (a comment with a link, a title over two lines)."""
    para = "{v}: **{t}**. [paper]({u}) <br>\n*comment*: {c}\n\n"
    rows = [
        ("NeurIPS2020", "Instance Selection for GANs", "https://arxiv.org/pdf/2007.15255.pdf",
         "select instances by density."),
        ("NeurIPS2020", "Top-k Training of GANs: Improving GAN Performance by Throwing Away "
         "Bad Samples", "https://papers.nips.cc/paper/2020/file/a851-Paper.pdf", "top-k."),
        ("CVPR2020", "Interpreting the Latent Space of GANs for Semantic Face Editing",
         "https://genforce.github.io/interfacegan", "use facial classifiers."),
        ("ECCV2020", "StyleGAN2 Distillation for Feed-forward Image Manipulation",
         "https://arxiv.org/pdf/2003.03581.pdf", "paired data."),
        ("ECCV2020", "Exploiting Deep Generative Prior for Versatile Image Restoration and "
         "Manipulation", "https://arxiv.org/abs/2003.13659",
         "similar to [mGAN prior](https://genforce.github.io/mganprior/)."),
        ("ECCV2020", "DeepLandscape: Adversarial Modeling of\nLandscape Videos",
         "https://www.ecva.net/papers/eccv_2020/papers_ECCV/papers/123680256.pdf", "animate."),
        ("ICLR'19", "GAN Dissection: Visualizing and Understanding Generative Adversarial "
         "Networks", "https://arxiv.org/abs/1811.10597", "interpretability."),
        ("ECCV2020", "Contrastive Learning for Unpaired Image-to-Image Translation",
         "https://arxiv.org/pdf/2007.15651.pdf", "contrastive loss."),
    ]
    md = "# L\n\n## Latent code to Image\n\n" + "".join(
        para.format(v=v, t=t, u=u, c=c) for v, t, u, c in rows[:7]) \
        + "## Image to Image\n\n" + "".join(para.format(v=v, t=t, u=u, c=c)
                                            for v, t, u, c in rows[7:] * 3)
    papers = _papers(md)
    assert papers["Interpreting the Latent Space of GANs for Semantic Face Editing"][0] == 2020
    assert "Instance Selection for GANs" in papers


def test_a_dated_line_under_a_paper_written_as_a_heading():
    """List 239: `### [Title](arxiv)` then `OpenAI, 2021.07` (or `2022.05` alone): the line
    dates the paper; the organisation is no venue. A longer line under it (notes) dates
    nothing."""
    md = ("# L\n\n## Stage one\n\n"
          "### [Evaluating Large Language Models Trained on Code](https://arxiv.org/abs/2107.03374)"
          "\nOpenAI, 2021.07\n\n#### Notes\n* the first code model\n\n"
          "### [Competition-Level Code Generation with AlphaCode](https://arxiv.org/abs/2203.07814)"
          "\n2022.03\n\n#### Notes\n* sampling and ranking\n\n"
          "### [Code Llama: Open Foundation Models for Code](https://arxiv.org/abs/2308.12950)\n"
          "The first open code model that the community adopted widely in 2023.08\n\n"
          "#### Notes\n* open weights\n")
    papers = _papers(md)
    assert papers["Evaluating Large Language Models Trained on Code"][:2] == (2021, "")
    assert papers["Competition-Level Code Generation with AlphaCode"][0] == 2022
    assert papers["Code Llama: Open Foundation Models for Code"][0] is None


def test_a_bracketed_label_before_a_table_title_cell():
    """List 235: `|2026-06-05|[en] Title|[[pdf]](arxiv)|⚠️|⭐️⭐️⭐️|` under a header that names
    no column in English: the rows are papers titled by the phrase after the label; a dated
    bracket, `[2016 terryum] Title` (list 209), is still read as an item's field."""
    head = "|日期|标题|论文|代码|推荐指数|\n|:---:|:---:|:---:|:---:|:---:|\n"
    md = ("# L\n\n## 自动更新的论文\n\n" + head
          + "|2026-06-05|[en] Affordance-Based Hierarchical Reinforcement Learning for "
            "Quadruped Pedipulation|[[pdf]](http://arxiv.org/abs/2606.07506v1)|⚠️|⭐️⭐️⭐️|\n"
            "|2026-06-05|[en] Shield-Loco: Shielding Locomotion Policies with Predictive Safety "
            "Filtering|[[pdf]](http://arxiv.org/abs/2606.07193v1)|⚠️|⭐️⭐️⭐️|\n"
            "|2026-06-05|[en] Spline Policy: A Structured Representation for Robot Policies|"
            "[[pdf]](http://arxiv.org/abs/2606.07386v1)|⚠️|⭐️⭐️⭐️|\n")
    papers = _papers(md)
    assert "Shield-Loco: Shielding Locomotion Policies with Predictive Safety Filtering" \
        in papers
    assert not any(title.startswith(("[", "en]")) for title in papers)


def test_an_arxiv_prefix_is_the_venue_and_a_wrapped_comment_keeps_the_shape():
    """List 231: `arXiv: **Title**. [paper](https://project.page/) <br>` among `CVPR2020:
    **Title**.` paragraphs, its comment wrapped over two lines: written like its neighbours
    (the label before words is words, a wrapped sentence one line), a paper of venue arXiv,
    and `arXiv` is no word of its title."""
    para = "{v}: **{t}**. [paper]({u}) <br>\n*comment*: {c}\n\n"
    rows = [
        ("NeurIPS2020", "Instance Selection for GANs", "https://arxiv.org/pdf/2007.15255.pdf",
         "select instances by density."),
        ("CVPR2020", "Image Processing Using Multi-Code GAN Prior",
         "https://arxiv.org/abs/1912.07116", "a prior."),
        ("arXiv", "Generative Hierarchical Features from Synthesizing Images",
         "https://genforce.github.io/ghfeat/", "a learned loss for a hierarchical encoder,\n"
         "explored for discriminative tasks."),
        ("ECCV2020", "Contrastive Learning for Unpaired Image-to-Image Translation",
         "https://arxiv.org/pdf/2007.15651.pdf", "contrastive loss."),
        ("ICLR'19", "GAN Dissection: Visualizing and Understanding Generative Adversarial "
         "Networks", "https://arxiv.org/abs/1811.10597", "interpretability."),
    ]
    md = "# L\n\n## Latent code to Image\n\n" + "".join(
        para.format(v=v, t=t, u=u, c=c) for v, t, u, c in rows)
    papers = _papers(md)
    year, venue, _ = papers["Generative Hierarchical Features from Synthesizing Images"]
    assert (year, venue) == (None, "arXiv")


def test_tutorials_written_like_papers_are_talks():
    """List 233: `**Title, AAAI 2024 Tutorial** <br />` over its presenters and links to the
    slides: a talk's word right after the event's year says it is a talk, not a paper, where
    its venue is read from (here inside the bold title); a paper linking arXiv stays one."""
    md = ("# L\n\n### Tutorials\n\n"
          "**Knowledge Editing for Large Language Models, AAAI 2024 Tutorial**  <br /> \n"
          "Ningyu Zhang, Jia-Chen Gu, Yunzhi Yao. [[Github](https://github.com/zjunlp/K/blob/"
          "main/AAAI2024%40Tutorial.pdf)] [[Google Drive](https://drive.google.com/file/d/1f/"
          "view)]\n\n"
          "**Editing Large Language Models, AACL 2023 Tutorial**  <br /> \n"
          "Ningyu Zhang, Yunzhi Yao, Shumin Deng. [[Github](https://github.com/zjunlp/K/blob/"
          "main/AACL2023%40Tutorial.pdf)] [[Google Drive](https://drive.google.com/file/d/1E/"
          "view)]\n\n"
          "### Surveys\n\n"
          "**Editing Large Language Models: Problems, Methods, and Opportunities, EMNLP 2023 "
          "Main Conference Paper**  <br />\n"
          "Yunzhi Yao, Peng Wang, Bozhong Tian. [[paper](https://arxiv.org/abs/2305.13172)]\n\n"
          "**Knowledge Editing for Large Language Models: A Survey** (ACM Computing Surveys) "
          "<br />\nSong Wang, Yaochen Zhu. [[paper](https://arxiv.org/abs/2310.16218)]\n")
    papers = _papers(md)
    assert not any("Tutorial" in title or title == "Knowledge Editing for Large Language Models"
                   for title in papers)
    year, venue, _ = papers["Editing Large Language Models: Problems, Methods, and "
                            "Opportunities"]
    assert (year, venue) == (2023, "EMNLP 2023")


def test_a_label_after_the_venues_year_is_no_venue_word():
    """List 230: `[Title](arxiv)  [github](url)  ECCV 2022 Oral` after the links: the venue and
    year, the presentation label dropped (as in brackets, `(CVPR'19 Oral)`)."""
    md = ("# L\n\n# Paper\n\n"
          "[PersFormer: 3D Lane Detection via Perspective Transformer and the OpenLane "
          "Benchmark](https://arxiv.org/abs/2203.11089)  [github](https://github.com/x/y)  "
          "ECCV 2022 Oral\n\n"
          "[Learning to Predict 3D Lane Shape and Camera Pose from a Single Image via Geometry "
          "Constraints](https://arxiv.org/abs/2112.15351)  [github](https://github.com/x/z)  "
          "AAAI 2022\n\n"
          "[ONCE-3DLanes: Building Monocular 3D Lane Detection](https://arxiv.org/abs/2205.00301)"
          "  [github](https://github.com/x/w)  CVPR 2022\n")
    papers = _papers(md)
    assert papers["PersFormer: 3D Lane Detection via Perspective Transformer and the OpenLane "
                  "Benchmark"][:2] == (2022, "ECCV 2022")


def test_a_date_on_an_arxiv_link_names_arxiv_only_where_the_list_writes_it():
    """List 238: `- Title [[4 Sep 2022]](https://arxiv.org/abs/...)` in a list that never
    writes "arXiv": the date is the year, the venue stays empty (the list names none); list
    148 writes `**Arxiv**` over such items: there the venue is arXiv."""
    items = ("- A Review of Sparse Expert Models in Deep Learning [[4 Sep 2022]]"
             "(https://arxiv.org/abs/2209.01667)\n"
             "- Mixture-of-Experts with Expert Choice Routing [[NeurIPS 2022]]"
             "(https://arxiv.org/abs/2202.09368)\n")
    papers = _papers("# L\n\n## Must Read\n" + items)
    assert papers["A Review of Sparse Expert Models in Deep Learning"][:2] == (2022, "")
    assert papers["Mixture-of-Experts with Expert Choice Routing"][:2] == (2022, "NeurIPS 2022")
    papers = _papers("# L\n\n## Must Read\n**Arxiv**\n\n" + items)
    assert papers["A Review of Sparse Expert Models in Deep Learning"][:2] == (2022, "arXiv 2022")


def test_a_journal_as_the_link_label_where_the_section_labels_its_links_with_venues():
    """List 238: `- Title [[AI Open]](url)` among `- Title [[ICML 2023]](url)`: the section
    writes its venues as the paper link's label, so a label of capitalised words there is the
    venue, its year unknown; a label in lower case (`[journal]`) or a presentation (`[Oral]`)
    is none."""
    md = ("# L\n\n## MoE Model\n"
          "- Brainformers: Trading Simplicity for Efficiency [[ICML 2023]]"
          "(https://arxiv.org/abs/2306.00008)\n"
          "- StableMoE: Stable Routing Strategy for Mixture of Experts [[ACL 2022]]"
          "(https://arxiv.org/abs/2204.08396)\n"
          "- Go Wider Instead of Deeper [[AAAI2022]](https://arxiv.org/abs/2107.11817)\n"
          "- CPM-2: Large-scale cost-effective pre-trained language models [[AI Open]]"
          "(https://www.sciencedirect.com/science/article/pii/S2666651021000310)\n"
          "- Sparse Mixtures of Experts for Dense Retrieval at Scale [[journal]]"
          "(https://www.sciencedirect.com/science/article/pii/S2666651021000311)\n")
    papers = _papers(md)
    assert papers["CPM-2: Large-scale cost-effective pre-trained language models"][:2] \
        == (None, "AI Open")
    assert papers["Sparse Mixtures of Experts for Dense Retrieval at Scale"][1] == ""
