"""Issue 15, round 20, `import-dev31` on the thirty-fifth held-out set (lists 421-432,
tests/corpus/, provenance in SOURCES.md): real lines of those lists, each read by one general
reading."""

from __future__ import annotations

from awesome_bib.importer import read_library

from .conftest import papers_in

# List 429's lines (a Chinese page of legal judgment prediction papers), as written: bold year
# labels (`**2023年**`) over bare title lines with Markdown line breaks, English and Chinese
_COLUMN = (
    "# LJP paper list\n"
    "论文前面的单选框表示是否完成并上传复现代码。代码具体复现了多少看models文件夹里面。  \n\n"
    "**2024年**  \n"
    "(ESWA) KnowPrompt4LJP [Chinese legal judgment prediction via knowledgeable prompt "
    "learning](https://www.sciencedirect.com/science/article/abs/pii/S0957417423026799) "
    "我在另一个GitHub项目那边帮人下了这篇paper  \n"
    "LegalDuet: Learning Effective Representations for Legal Judgment Prediction through a "
    "Dual-View Legal Clue Reasoning\n\n"
    "**2023年**  \n"
    "Precedent-Enhanced Legal Judgment Prediction with LLM and Domain-Model Collaboration  \n"
    "A Comprehensive Evaluation of Large Language Models on Legal Judgment Prediction  \n"
    "ML-LJP: Multi-Law Aware Legal Judgment Prediction  \n"
    "融合法律文本结构信息的刑事案件判决预测  \n"
    "基于注意力机制与知识融合的法律判决预测模型研究\n\n"
    "**2022年**  \n\n"
    "- [ ] (EMNLP) Do Charge Prediction Models Learn Legal Theory?\n"
    "- [x] (IJCAI) [Re28：读论文 CECP Charge Prediction by Constitutive Elements Matching of "
    "Crimes](https://blog.csdn.net/PolarisRisingWar/article/details/126484229)\n\n"
    "MVE-FLK: A multi-task legal judgment prediction via multi-view encoder fusing legal "
    "keywords  \n"
    "Charge prediction modeling with interpretation enhancement driven by double-layer "
    "criminal system\n"
    "Similar Case Based Prison Term Prediction  \n"
    "基于BERT模型的多任务法律案件智能判决方法\n")


def test_bare_title_lines_under_a_year_label_are_papers_of_that_year():
    """429 (0.15 recall before): each line under the bold year label is a paper dated by the
    label, a line without its two trailing spaces too (it renders on the line above); the
    label is no title; the section is the heading naming papers."""
    papers = papers_in(_COLUMN)
    assert papers["Precedent-Enhanced Legal Judgment Prediction with LLM and Domain-Model "
                  "Collaboration"] == (2023, "", "LJP paper list")
    assert papers["融合法律文本结构信息的刑事案件判决预测"] == (2023, "", "LJP paper list")
    assert papers["LegalDuet: Learning Effective Representations for Legal Judgment "
                  "Prediction through a Dual-View Legal Clue Reasoning"][0] == 2024
    assert papers["Charge prediction modeling with interpretation enhancement driven by "
                  "double-layer criminal system"][0] == 2022
    assert papers["Similar Case Based Prison Term Prediction"][0] == 2022
    assert papers["基于BERT模型的多任务法律案件智能判决方法"][0] == 2022
    assert not any("年" in title for title in papers)


def test_bare_title_lines_stay_problems_where_no_heading_names_papers():
    """The same lines under a heading that names no papers: nothing says they are papers
    (books, talks and courses are listed alike), so they stay problems, none imported."""
    read = read_library(_COLUMN.replace("# LJP paper list", "# LJP reading"), "list.md")
    titles = {e.title for e in read.lib.entries}
    assert "融合法律文本结构信息的刑事案件判决预测" not in titles
    assert "ML-LJP: Multi-Law Aware Legal Judgment Prediction" not in titles


def test_prose_lines_under_a_year_label_are_no_titles():
    """A paragraph of sentences under the label (a stop at a line's end, a CJK comma) is a
    note, never a column of titles."""
    md = ("# LJP paper list\n\n**2023年**  \n"
          "We reproduced the models of these papers on CAIL2018.  \n"
          "因为我感觉不同数据集之间的转换不难，所以我就只复现一种数据集格式了  \n"
          "Most of them use the same preprocessing as LADAN.\n\n"
          "- [Legal Judgment Prediction via Topological Learning](https://aclanthology.org/"
          "D18-1390/)\n")
    assert set(papers_in(md)) == {"Legal Judgment Prediction via Topological Learning"}


def test_a_year_label_over_a_topic_label_dates_the_papers_under_both():
    """418 (same maintainer as 429): `**2023年**` then the plain topic label `通用节点嵌入：` on
    the next line; the label names a topic of that year and ends nothing: the numbered papers
    under it are of 2023, those under the next year label of 2022."""
    md = ("# 论文\n**2023年**  \n通用节点嵌入：\n"
          "1. (WWW) [A Post-Training Framework for Improving Heterogeneous Graph Neural "
          "Networks](https://arxiv.org/abs/2304.00698)\n"
          "2. [Heterophily-Aware Graph Attention Network](https://arxiv.org/abs/2302.03228)\n\n"
          "动态图节点嵌入：\n"
          "1. (Neurocomputing) [Dynamic heterogeneous graph representation learning with "
          "neighborhood type modeling](https://www.sciencedirect.com/science/article/abs/pii/"
          "S0925231223002096)\n\n"
          "**2022年**  \n综述：\n"
          "1. (Artificial Intelligence Review) [Heterogeneous graph neural networks analysis: a "
          "survey of techniques, evaluations and applications](https://link.springer.com/"
          "article/10.1007/s10462-022-10375-2)\n")
    papers = papers_in(md)
    assert papers["Heterophily-Aware Graph Attention Network"][0] == 2023
    assert papers["Dynamic heterogeneous graph representation learning with neighborhood type "
                  "modeling"][0] == 2023
    assert papers["Heterogeneous graph neural networks analysis: a survey of techniques, "
                  "evaluations and applications"][0] == 2022
