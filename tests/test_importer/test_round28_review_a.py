"""Review of round 28 (import-dev61, import-dev62): readings that misfired on ordinary lines
of other lists, each mended (each test fails on 1763866)."""

from __future__ import annotations

from .conftest import papers_with_authors


def test_v_prefixed_name_linked_to_a_page_without_arxiv_id_keeps_its_title() -> None:
    """`- [VQ-VAE-2](https://papers.nips.cc/...), NeurIPS 2019.`: `identifier_text` compared the
    link text's part before its first `v` (here "") with the URL's arXiv id ("" for a page
    that names none), so any link text opening with `v` and holding a digit was taken for an
    arXiv identifier, the title dropped and the paper lost."""
    md = ("# Papers\n\n## Vision\n\n"
          "- [VQ-VAE-2](https://papers.nips.cc/paper/9625-generating-diverse), NeurIPS 2019.\n"
          "- [V2VNet3](https://link.springer.com/chapter/10.1007/978-3-030-58536-5_36), "
          "ECCV 2020.\n"
          "- [ResNet50](https://openaccess.thecvf.com/content_cvpr_2016/html/He_Deep_Residual"
          ".html), CVPR 2016.\n")
    papers = papers_with_authors(md)
    assert papers["VQ-VAE-2"][:2] == (2019, "NeurIPS 2019")
    assert papers["V2VNet3"][:2] == (2020, "ECCV 2020")


def test_a_month_in_the_bracket_after_a_bold_title_is_no_author() -> None:
    """`- **Title** (March 2016)`: the author-date bracket took the capitalised month for one
    family name, so a linkless bold title with its date was imported with the author
    `March` (a field made up). A month alone is a date's word."""
    md = ("# Papers\n\n## Reading\n\n"
          "- **Deep Residual Learning for Image Recognition** (March 2016)\n"
          "- **Attention Is All You Need for Everyone** (June, 2017)\n"
          "- [Language Models are Few-Shot Learners](https://arxiv.org/abs/2005.14165)\n")
    papers = papers_with_authors(md)
    assert not any(authors for _, _, authors in papers.values()), papers


def test_a_tag_line_after_a_hard_break_is_no_author_line() -> None:
    """`- Title  ⏎ Reinforcement Learning, Robotics  ⏎ [[paper](arxiv)]`: `_names_line_next`
    took any line `read_names` accepts for the item's names, so a line of topics or tools
    after the title's hard break became its authors (`Learning`, `Robotics`; `Python`,
    `PyTorch`). Without an authors label, each name must be whole (given and family)."""
    md = ("# Papers\n\n## Detection\n\n"
          "- Learning Method for Dense Object Detection  \n"
          "  Reinforcement Learning, Robotics  \n"
          "  [[paper](https://arxiv.org/abs/1708.02001)]\n"
          "- Another Method for Dense Object Detection  \n"
          "  Python, PyTorch  \n"
          "  [[paper](https://arxiv.org/abs/1708.02002)]\n"
          "- Focal Loss for Dense Object Detection  \n"
          "  Tsung-Yi Lin, Priya Goyal, Ross Girshick  \n"
          "  [[paper](https://arxiv.org/abs/1708.02003)]\n")
    papers = papers_with_authors(md)
    assert papers["Focal Loss for Dense Object Detection"][2] == ["Lin", "Goyal", "Girshick"]
    made_up = {"Learning", "Robotics", "Python", "PyTorch"}
    assert not any(made_up & set(authors) for _, _, authors in papers.values()), papers


def test_a_bold_venue_or_data_set_after_a_plain_title_is_not_the_title() -> None:
    """`- Title, published at **International Conference on Learning Representations**
    (Kipf and Welling, 2017).`: `_lead_in_before` took the plain words before a bold phrase
    for a lead-in, so the bold venue (after `in`/`at`, or after a comma, with its year) or
    the data set a sentence names (`Evaluated on the **Microsoft COCO …** benchmark`) became
    the paper's title."""
    md = ("# Papers\n\n## Graphs\n\n"
          "- Semi-supervised classification with graph convolutional networks, published at "
          "**International Conference on Learning Representations** (Kipf and Welling, 2017). "
          "[[paper](https://arxiv.org/abs/1609.02907)]\n"
          "- Inductive representation learning on large graphs, in **Neural Information "
          "Processing Systems** (Hamilton et al. 2017). [[paper](https://arxiv.org/abs/"
          "1706.02216)]\n"
          "- Graph attention networks for node classification, **International Conference on "
          "Learning Representations 2018**, Velickovic et al. [[paper](https://arxiv.org/abs/"
          "1710.10903)]\n"
          "- Evaluated on the **Microsoft COCO Common Objects in Context** benchmark, Lin et al. "
          "2014 [[paper](https://arxiv.org/abs/1405.0312)]\n")
    titles = set(papers_with_authors(md))
    assert not titles & {"International Conference on Learning Representations",
                         "Neural Information Processing Systems",
                         "International Conference on Learning Representations 2018"}, titles
    assert "Graph attention networks for node classification" in titles
    assert not any(t.startswith("Microsoft COCO") for t in titles), titles


def test_names_then_a_phrase_before_a_link_of_slides_is_no_citation() -> None:
    """`- Smith J, Doe K. Slides from my talk at the workshop, [Slides](url)`: the Vancouver
    reading (names ended by their stop, the title up to the comma before the journal's link)
    asked nothing of what follows the link, so a note before a link to slides was imported
    as a paper by Smith and Doe. The journal's link is followed by its volume, pages and
    year (`[J Chem Phys](doi) 159, 164101 (2023)`): a year after the link is asked for."""
    md = ("# Papers\n\n## Reading\n\n"
          "- Wu X, Shang X. Deep learning for single-cell data, [Nature Methods](https://doi.org/"
          "10.1038/s41592-025-0001-1) 22, 114316 (2025)\n"
          "- Smith J, Doe K. Slides from my talk at the workshop, [Slides](https://example.com/"
          "slides.pdf)\n"
          "- Greener JG. Differentiable simulation of molecular dynamics, [Chemical Science]"
          "(https://doi.org/10.1039/D3SC05230C) 15, 4897-4909 (2024)\n")
    papers = papers_with_authors(md)
    assert papers["Deep learning for single-cell data"] == (2025, "", ["Wu", "Shang"])
    assert not any(t.startswith("Slides from my talk") for t in papers), papers
