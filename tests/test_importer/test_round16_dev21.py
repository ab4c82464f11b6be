"""Issue 15, round 16, `import-dev21` on the twenty-fifth held-out set (lists 301-312,
tests/corpus/, provenance in SOURCES.md): real lines of those lists, each read by one general
reading (linkless dated title phrases under a heading naming papers, papers written as linkless
dated headings)."""

from __future__ import annotations

import pytest

from awesome_bib.errors import ListError
from awesome_bib.importer import read_library

from .conftest import papers_in as _papers

_TRACING = (
    "## Papers\n\n**Recently added**\n\n- Saint (2020)\n\n"
    "- Context-Aware Attentive Knowledge Tracing (2020)\n\n"
    "**Graph**\n\n"
    "1. GIKT: A Graph-based Interaction Model for Knowledge Tracing (2020)\n"
    "2. GRAPH-BASED KNOWLEDGE TRACING: MODELING STUDENT PROFICIENCY USING GRAPH NEURAL "
    "NETWORK (2019)\n\n"
    "**Deep/Bayesian**\n\n"
    "1. Deep Knowledge Tracing with Side Information (2019)\n"
    "2. Going Deeper with Deep Knowledge Tracing (2016)\n"
    "3. Knowledge Tracing - Modeling the Acquisition of Procedural Knowledge (1995)\n")


def test_dated_title_phrases_under_a_heading_naming_papers_are_papers():
    """List 309 (refused whole before): linkless `1. Title (2020)` items, most of `## Papers`'s
    items, are its papers with their years; the bold lines are labels, `- Saint (2020)` (a lone
    name) no paper."""
    papers = _papers(_TRACING)
    assert papers["Going Deeper with Deep Knowledge Tracing"] == (2016, "", "Papers")
    assert papers["GIKT: A Graph-based Interaction Model for Knowledge Tracing"][0] == 2020
    assert len(papers) == 6
    assert not any(t.startswith("Saint") for t in papers)


def test_dated_title_phrases_under_another_heading_stay_refused():
    """The same items under a heading that does not name papers (`## Reading`) give no
    evidence that they are papers rather than books or talks: still refused whole."""
    with pytest.raises(ListError):
        _papers(_TRACING.replace("## Papers", "## Reading"))


_RESERVOIRS = (
    "# 大坝水库（湖泊）数据\n\n"
    "这里简单整理下近年来的关于水库数据的文献。\n\n"
    "## High-resolution mapping of the world's reservoirs and dams for sustainable "
    "river-flow management (2011)\n\n"
    "GRanD 数据库的文章。\n\n"
    "## Global monitoring of large reservoir storage from satellite remote sensing (2012)\n\n"
    "这也是一篇经典的水库库容遥感观测的文章。\n\n"
    "## DAHITI - An innovative approach for estimating water level time series over inland "
    "waters using multi-mission satellite altimetry（2015）\n\n"
    "DAHITI 是一个水库湖泊水位时间序列数据集。\n\n"
    "## Inferring reservoir operating patterns across the Mekong Basin using only space "
    "observations （2016）\n\n"
    "湄公河流域。\n")


def test_linkless_dated_headings_over_notes_are_papers():
    """List 306 (refused whole before): one paper per `## Title (2011)` heading (ASCII or
    full-width parentheses) over Chinese notes; the papers belong to the page's heading."""
    papers = _papers(_RESERVOIRS)
    assert papers["Global monitoring of large reservoir storage from satellite remote sensing"] \
        == (2012, "", "大坝水库(湖泊)数据")  # (section titles fold full-width)
    assert papers["Inferring reservoir operating patterns across the Mekong Basin using only "
                  "space observations"][0] == 2016
    assert len(papers) == 4


def test_dated_headings_that_hold_papers_are_sections():
    """Headings dated alike that hold linked papers of their own are sections, not papers."""
    md = _RESERVOIRS.replace(
        "湄公河流域。\n",
        "- [Attention Is All You Need](https://arxiv.org/abs/1706.03762) NeurIPS 2017\n")
    papers = _papers(md)
    assert set(papers) == {"Attention Is All You Need"}


_APA = (
    "# Papers\n\n"
    "Granier, A., & Senn, W. [**Multihead self-attention in cortico-thalamic circuits**]"
    "(https://arxiv.org/abs/2504.06354) arXiv (2025)\n\n"
    "Bricken, T., Templeton, A., Batson, J., Chen, B., Jermyn, A., Conerly, T., ... & Olah, C. "
    "[**Towards monosemanticity: Decomposing language models with dictionary learning**]"
    "(https://transformer-circuits.pub/2023/monosemantic-features/index.html) Transformer "
    "Circuits Thread (2023)\n\n"
    "Veerabadran, V., Goldman, J., Shankar, S., Cheung, B., Papernot, N., Kurakin, A., ... & "
    "Elsayed, G. F. [**Subtle adversarial image manipulations influence both human and machine "
    "perception**](https://www.nature.com/articles/s41467-023-40499-0) Nature Communications "
    "(2023)\n")


def test_apa_authors_before_a_bold_linked_title():
    """List 302: `Surname, A., & Surname, B. [**Title**](url) Venue (2025)`: the bold link
    text is the title (as a quote before the link marks it), the names its authors, the
    `Venue (Year)` after it the venue (before: the author list imported as the title)."""
    lib = read_library(_APA, "list.md").lib
    got = {e.title: (e.year, e.venue_tag, [a.family for a in e.authors]) for e in lib.entries}
    assert got["Multihead self-attention in cortico-thalamic circuits"] \
        == (2025, "arXiv 2025", ["Granier", "Senn"])
    assert got["Towards monosemanticity: Decomposing language models with dictionary "
               "learning"][:2] == (2023, "Transformer Circuits Thread 2023")
    assert got["Subtle adversarial image manipulations influence both human and machine "
               "perception"][1].startswith("Nature Communications")


_GBT = (
    "# Must-read papers on LegalAI with LLMs\n\n## Samples\n\n"
    "1. **Harnessing GPT-3.5-turbo for Rhetorical Role Prediction in Legal Cases**.\n\n"
    "   *Belfathi A, Hernandez N, Monceaux L*. JURIX 2023 [C]. "
    "[[pdf](<https://arxiv.org/pdf/2310.17413>)]\n\n"
    "2. **Neural Data Augmentation for Legal Overruling Task: Small Deep Learning Models vs. "
    "Large Language Models**.\n\n"
    "   *Sheik R, Siva Sundara K P, Nirmala S J*. Neural Processing Letters [J]. "
    "[[pdf](<https://link.springer.com/content/pdf/10.1007/s11063-024-11574-4.pdf>)]\n\n"
    "3. **A short survey of viewing large language models in legal aspect**.\n\n"
    "   *Sun Z*. arXiv [EB/OL]. [[pdf](<https://arxiv.org/pdf/2303.09136>)]\n")


def test_gbt_document_type_after_the_venue_on_the_author_line():
    """List 310: `*Surname A, et al*. JURIX 2023 [C].` / `Neural Processing Letters [J].`:
    GB/T 7714's document type marks the words before it as the venue, with its year where
    written (before: no venue, no year)."""
    papers = _papers(_GBT)
    assert papers["Harnessing GPT-3.5-turbo for Rhetorical Role Prediction in Legal Cases"][:2] \
        == (2023, "JURIX 2023")
    neural = next(v for t, v in papers.items() if t.startswith("Neural Data Augmentation"))
    assert neural[:2] == (None, "Neural Processing Letters")
    assert papers["A short survey of viewing large language models in legal aspect"][1] \
        .startswith("arXiv")


_AUTHOR_YEAR = (
    "# AI / ML for hydro-climatology\n\n"
    "| **Title** | **Author / Year** | **Theme** | **Comment** |\n"
    "|-----------|-------------------|-----------|-------------|\n"
    "| [Deep learning, explained: Fundamentals, explainability, and bridgeability to "
    "process-based modelling](https://www.sciencedirect.com/science/article/pii/S1364815221002024)"
    " | Razavi (2021) | Easy steps into DL | Introductory overview |\n"
    "| [HESS Opinions: Incubating deep-learning-powered hydrologic science advances as a "
    "community](https://hess.copernicus.org/articles/22/5639/2018/hess-22-5639-2018.html) | "
    "Shen et al. (2018) | First commentary on DL for hydrological modelling | Commentary |\n")


def test_year_in_an_author_year_column():
    """List 305: `| Shen et al. (2018) |` under `Author / Year`: the year in parentheses is
    the row's year, the names before it its authors (before: no year)."""
    lib = read_library(_AUTHOR_YEAR, "list.md").lib
    got = {e.title[:20]: (e.year, [a.family for a in e.authors]) for e in lib.entries}
    assert got["HESS Opinions: Incub"] == (2018, ["Shen"])
    assert got["Deep learning, expla"][0] == 2021


_CONTAINER = (
    "# Retrosynthesis\n\n## 断键补全\n\n"
    "# 特征 [Chemistry-informed molecular graph](https://www.pnas.org/doi/epdf/10.1073/"
    "pnas.2212711119)\n"
    "## Input2Output\n### Graph2Graph\n"
    "- [GraphRetro: Learning Graph Models for Template-Free Retrosynthesis]"
    "(https://grlplus.github.io/papers/61.pdf) ICML2020 ccf-A\n"
    "- [GLN: Retrosynthesis Prediction with Conditional Graph Logic Network]"
    "(https://proceedings.neurips.cc/paper/2019/file/0d2b2061826a5df3221116a5085a6052-Paper.pdf)"
    " NeurIPS2019 ccf-A\n\n"
    "### SMILES2SMILES\n"
    "- [RETROFORMER: pushing the limits of end-to-end retrosynthesis transformer]"
    "(https://arxiv.org/pdf/2201.12475.pdf) ICML2022 ccf-A\n\n"
    "# Molecule Pretrain\n"
    "- [Chemformer: a pre-trained transformer for computational chemistry]"
    "(https://arxiv.org/abs/2102.00837) 2022\n"
    "- [Molecular Contrastive Learning of Representations via Graph Neural Networks]"
    "(https://arxiv.org/abs/2102.10056) 2022\n\n"
    "# Molecule Generation\n"
    "- [Data-efficient Graph Grammar Learning For Molecular Generation]"
    "(https://arxiv.org/pdf/2203.08031.pdf) ICLR2022 ccf-A\n")


def test_container_heading_beside_headings_holding_few_papers_each():
    """List 304: `# 特征 [Title](url)` holds only topics of papers (`### Graph2Graph`) while
    its siblings `# Molecule Pretrain` and `# Molecule Generation` hold papers directly (two
    and one, more than a stray paper together): it is a container, its topics the sections
    (before: every paper under it filed in `特征 Chemistry-informed molecular graph`)."""
    papers = _papers(_CONTAINER)
    assert papers["GLN: Retrosynthesis Prediction with Conditional Graph Logic Network"][2] \
        == "Graph2Graph"
    assert papers["RETROFORMER: pushing the limits of end-to-end retrosynthesis "
                  "transformer"][2] == "SMILES2SMILES"
    assert papers["Data-efficient Graph Grammar Learning For Molecular Generation"][2] \
        == "Molecule Generation"


_SEMICOLONS = (
    "# Retrosynthesis\n\n## Graph2Graph\n"
    "- [GraphRetro: Learning Graph Models for Template-Free Retrosynthesis. Vignesh Ram "
    "Somnath;Charlotte Bunne;Connor W. Coley;Andreas Krause;Regina Barzilay]"
    "(https://grlplus.github.io/papers/61.pdf) ICML2020 ccf-A\n"
    "- [RETROFORMER: pushing the limits of end-to-end retrosynthesis transformer. Yue Wan; "
    "Benben Liao; Chang-Yu Hsieh1;  Shengyu Zhang2](https://arxiv.org/pdf/2201.12475.pdf) "
    "ICML2022 ccf-A\n"
    "- [Data-efficient Graph Grammar Learning For Molecular Generation. Minghao Guo; V eronika "
    "Thost;Beichen Li;Payel Das;Jie Chen;Wojciech Matusik](https://arxiv.org/pdf/2203.08031.pdf)"
    " ICLR2022 ccf-A\n"
    "- [Improving Few- and Zero-Shot Reaction Template Prediction Using Modern Hopfield "
    "Networks.Philipp Seidl; Philipp Renz; and Günter Klambauer]"
    "(https://pubs.acs.org/doi/pdf/10.1021/acs.jcim.1c01065) JCIM2021 sci-2\n")


def test_semicolon_authors_glued_after_the_title_in_its_link_text():
    """List 304: `[Title. Ann Author;Bob Writer](pdf) ICML2020`: after the title's full stop a
    `;`-separated list of persons is the author list (affiliation digits dropped), the title
    ends there; the venue after the link stays read. One part that reads as no person (`V
    eronika Thost`) still ends the title, but leaves the authors unread rather than partial."""
    lib = read_library(_SEMICOLONS, "list.md").lib
    got = {e.title: (e.year, [a.family for a in e.authors]) for e in lib.entries}
    assert got["GraphRetro: Learning Graph Models for Template-Free Retrosynthesis"] \
        == (2020, ["Somnath", "Bunne", "Coley", "Krause", "Barzilay"])
    assert got["RETROFORMER: pushing the limits of end-to-end retrosynthesis transformer"] \
        == (2022, ["Wan", "Liao", "Hsieh", "Zhang"])
    assert got["Data-efficient Graph Grammar Learning For Molecular Generation"] == (2022, [])
    assert got["Improving Few- and Zero-Shot Reaction Template Prediction Using Modern Hopfield "
               "Networks"] == (2021, ["Seidl", "Renz", "Klambauer"])  # (no space after the stop)


_PACKAGES = (
    "# Awesome Epidemic Modeling Papers\n\n## Toolkit/Library/Package\n### R\n"
    "1. [2018] EpiModel: An R Package for Mathematical Modeling of Infectious Disease over "
    "Networks [[paper]](https://www.jstatsoft.org/article/view/v084i08) [[code]]()\n"
    "2. [2018] Epinet [[paper]](https://www.jstatsoft.org/article/view/v083i11) "
    "[[code]](https://cran.r-project.org/web/packages/epinet/index.html)\n"
    "3. [2016] Epifit [[code]](https://github.com/cran/epifit)\n"
    "4. [2015] EpiDynamics [[code]](https://github.com/oswaldosantos/EpiDynamics)\n")


def test_a_dated_one_word_name_with_only_a_code_link_is_a_tool():
    """List 301: `[2016] Epifit [[code]](github)`: a one-word name linked only to its code is
    a package, its year a release's, no paper (before: imported as papers); a name linking
    its paper (`Epinet [[paper]](jstatsoft)`) stays one."""
    papers = _papers(_PACKAGES)
    assert "Epifit" not in papers and "EpiDynamics" not in papers
    assert papers["Epinet"][0] == 2018


def test_a_venue_rank_tag_after_a_glued_venue_year():
    """List 304: `[Title](pdf) JCIM2021 sci-2`, `ICML2020 ccf-A`: the venue's rank (`ccf-A`,
    `sci-2`) after the glued venue and year is no word of the venue (before: `JCIM2021 sci-2`
    read nothing, `ICML2020 ccf-A` kept the rank in the tag)."""
    md = ("# Retrosynthesis\n\n## Graph2Graph\n"
          "- [MEGAN: Molecule edit graph attention network: modeling chemical reactions as "
          "sequences of graph edits](https://pubs.acs.org/doi/pdf/10.1021/acs.jcim.1c00537) "
          "JCIM2021 sci-2\n"
          "- [GraphRetro: Learning Graph Models for Template-Free Retrosynthesis]"
          "(https://grlplus.github.io/papers/61.pdf) ICML2020 ccf-A\n")
    papers = _papers(md)
    assert papers["MEGAN: Molecule edit graph attention network: modeling chemical reactions "
                  "as sequences of graph edits"][:2] == (2021, "JCIM2021")
    assert papers["GraphRetro: Learning Graph Models for Template-Free Retrosynthesis"][:2] \
        == (2020, "ICML2020")
