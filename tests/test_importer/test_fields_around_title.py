"""Issue 15, second round: fields that sit around the title, read with the same evidence rules
wherever they are (excerpt lines of the real lists in tests/corpus/, numbers 30-33)."""

from __future__ import annotations

from pathlib import Path

from awesome_bib.importer import read_library
from awesome_bib.importer.template import compile_template

from .conftest import explained_templates

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


def _rows(md: str):
    reading = read_library(md, "list.md")
    return [(li.section, e.title, e.venue_tag, e.year, [(a.given, a.family) for a in e.authors])
            for e in reading.lib.entries for li in e.listings[:1]]


def test_a_venue_on_its_own_line_of_a_paragraph_item():
    # 30_yangkky_ml_proteins: title / authors / *Venue, Month Year.* / [[doi]], two-space breaks
    md = ("## Reviews\n\n"
          "**Machine Learning for Protein Engineering.**  \n"
          "Kadina E. Johnston, Clara Fannjiang.  \n"
          "*Machine Learning in Molecular Sciences, October 2023.*  \n"
          "[[10.1007/978-3-031-37196-7_9](https://doi.org/10.1007/978-3-031-37196-7_9)]\n\n"
          "**Machine Learning-Guided Protein Engineering.**  \n"
          "Petr Kouba, Pavel Kohout, and Stanislav Mazurenko.  \n"
          "*ACS Catalysis, October 2023.*  \n"
          "[[10.1021/acscatal.3c02743](https://doi.org/10.1021/acscatal.3c02743)]\n\n"
          "**Can Machine Learning Revolutionize Directed Evolution of Selective Enzymes?**  \n"
          "Guangyue Li, Yijie Dong, Manfred T. Reetz.  \n"
          "*Advanced Synthesis & Catalysis, March 2019.*  \n"
          "[[10.1002/adsc.201900149](https://doi.org/10.1002/adsc.201900149)]\n")
    assert _rows(md)[2][2:4] == ("Advanced Synthesis & Catalysis 2019", 2019)  # not names
    assert _rows(md)[:2] == [
        ("reviews", "Machine Learning for Protein Engineering",
         "Machine Learning in Molecular Sciences 2023", 2023,
         [("Kadina E.", "Johnston"), ("Clara", "Fannjiang")]),
        ("reviews", "Machine Learning-Guided Protein Engineering", "ACS Catalysis 2023", 2023,
         [("Petr", "Kouba"), ("Pavel", "Kohout"), ("Stanislav", "Mazurenko")]),
    ]


def test_a_citation_tail_after_a_bold_title_gives_authors_and_venue():
    # 32_wooodyy_llm_agents: `[date] **Title** *Authors et al. Venue.*`; a title without a
    # closing stop, "et al." glued to the venue, an affiliation after the first name
    md = ("## Agents\n\n"
          "- [2023/10] **Towards End-to-End Embodied Decision Making via Multi-modal Large "
          "Language Model: Explorations with GPT4-Vision and Beyond** *Liang Chen et al. arXiv.*"
          " [[paper](https://arxiv.org/abs/2310.02071)] [[code](https://github.com/x/y)]\n"
          "- [2019/11] **How Can We Know What Language Models Know?** *Zhengbao Jiang et al.arXiv"
          ".* [[paper](https://arxiv.org/abs/1911.12543)]\n"
          "- [2017/12] **Commonsense Knowledge in Machine Intelligence.** *Niket Tandon (Allen "
          "Institute for Artificial Intelligence) et al. SIGMOD.* [[paper](https://sigmodrecord"
          ".org/publications/sigmodRecord/1712/pdfs/09_reports_Tandon.pdf)]\n"
          "- [2016/04] **Improved Automatic Keyword Extraction Given More Semantic Knowledge.** "
          "*H Leung. Systems for Advanced Applications.* [[paper](https://link.springer.com/"
          "chapter/10.1007/978-3-319-32055-7_10)]\n")
    assert _rows(md) == [
        ("agents", "Towards End-to-End Embodied Decision Making via Multi-modal Large Language "
         "Model: Explorations with GPT4-Vision and Beyond", "arXiv", 2023, [("Liang", "Chen")]),
        ("agents", "How Can We Know What Language Models Know?", "arXiv", 2019,
         [("Zhengbao", "Jiang")]),
        ("agents", "Commonsense Knowledge in Machine Intelligence", "SIGMOD", 2017,
         [("Niket", "Tandon")]),
        ("agents", "Improved Automatic Keyword Extraction Given More Semantic Knowledge",
         "Systems for Advanced Applications", 2016, [("H", "Leung")]),
    ]


def test_a_quoted_title_with_bracketed_date_and_venue_tags():
    # 33_codefuse_code_llm: the quoted phrase is the title; `[2022-12]` is a date, `[ACL 2023]`
    # a venue (its year wins), a name before a colon is the item's name
    md = ("## Surveys\n\n"
          "1. \"Large Language Models Meet NL2Code: A Survey\" [2022-12] [ACL 2023] "
          "[[paper](https://arxiv.org/abs/2212.09420)]\n\n"
          "2. \"A Survey on Pretrained Language Models for Neural Code Intelligence\" [2022-12] "
          "[[paper](https://arxiv.org/abs/2212.10079)]\n\n"
          "## Models\n\n"
          "1. **PaLM**: \"PaLM: Scaling Language Modeling with Pathways\" [2022-04] [JMLR] "
          "[[paper](https://arxiv.org/abs/2204.02311)]\n\n"
          "2. **GPT-4**: \"GPT-4 Technical Report\" [2023-03] "
          "[[paper](https://arxiv.org/abs/2303.08774)]\n\n"
          "3. **Mistral**: \"Mistral 7B\" [2023-10] [[paper](https://arxiv.org/abs/2310.06825)]"
          "\n\n"
          "4. **GPT-NeoX**: \"GPT-NeoX-20B: An Open-Source Autoregressive Language Model\" "
          "(ACL 2022) [[paper](https://arxiv.org/abs/2204.06745)]\n")
    assert [row[:4] for row in _rows(md)] == [
        ("surveys", "Large Language Models Meet NL2Code: A Survey", "ACL 2023", 2023),
        ("surveys", "A Survey on Pretrained Language Models for Neural Code Intelligence", "",
         2022),
        ("models", "PaLM: Scaling Language Modeling with Pathways", "JMLR", 2022),
        ("models", "GPT-4 Technical Report", "", 2023),
        ("models", "Mistral 7B", "", 2023),
        ("models", "GPT-NeoX-20B: An Open-Source Autoregressive Language Model", "ACL 2022", 2022),
    ]
    # and names after the quoted title, then its tags (a shape written for this test)
    md = ("## Papers\n\n- \"Attention Is All You Need\" - Vaswani et al. (NeurIPS 2017) "
          "[[pdf]](https://arxiv.org/pdf/1706.03762.pdf)\n")
    assert _rows(md) == [("papers", "Attention Is All You Need", "NeurIPS 2017", 2017,
                          [("", "Vaswani")])]


def test_a_heading_level_that_is_a_section_on_one_branch_is_one_everywhere():
    # 31_icoxfog417_financial_nlp: `#### Sentiment Analysis` under `### Classification`, while
    # `### Knowledge Extraction` holds only `####` topics: the `####` headings are sections
    lines = (CORPUS / "31_icoxfog417_financial_nlp.md").read_text(encoding="utf-8").split("\n")
    md = "\n".join(lines[:10] + lines[19:25] + lines[41:49])
    assert [(row[0], row[1][:30]) for row in _rows(md)] == [
        ("classification", "NextGen AML: Distributed Deep "),
        ("classification", "Are You for Real? Detecting Id"),
        ("classification", "Word Embeddings-Based Uncertai"),
        ("sentiment-analysis", "Leveraging News Sentiment to I"),
        ("sentiment-analysis", "Causality Analysis of Twitter "),
        ("event-extraction", "Financial Event Extraction Usi"),
        ("event-extraction", "Forecasting Firm Material Even"),
        ("event-extraction", "Incorporating Fine-grained Eve"),
    ]


def test_a_deeper_heading_holding_papers_under_a_section_holding_papers_is_a_section():
    # 52_yucheolchoi_quantum_compiler: `<h4>` topics with their papers under an `<h3>` that
    # holds papers itself are sections (the hand count's rule: a section is the heading that
    # directly holds the papers); before round 5 they were subsections of the `<h3>`
    paper = "- [{}](https://arxiv.org/abs/{}) (CVPR 2020)\n"
    md = ("## Vision\n\n"
          + paper.format("Deep Residual Learning for Image Recognition", "1512.03385")
          + paper.format("Densely Connected Convolutional Networks", "1608.06993")
          + paper.format("Aggregated Residual Transformations for Networks", "1611.05431")
          + "\n### Detection\n\n"
          + paper.format("Feature Pyramid Networks for Object Detection", "1612.03144")
          + paper.format("Focal Loss for Dense Object Detection", "1708.02002")
          + paper.format("Cascade R-CNN: Delving into High Quality Detection", "1712.00726")
          + "\n## Language\n\n"
          + paper.format("Attention Is All You Need for Translation", "1706.03762"))
    reading = read_library(md, "list.md")
    assert [(li.section, li.subsection) for e in reading.lib.entries for li in e.listings] \
        == [("vision", "")] * 3 + [("detection", "")] * 3 + [("language", "")]
    lines = (CORPUS / "52_yucheolchoi_quantum_compiler.md").read_text(
        encoding="utf-8").split("\n")
    reading = read_library("\n".join(lines[:1] + lines[18:23] + lines[28:33] + lines[45:49]),
                           "list.md")
    assert [(li.section, li.subsection) for e in reading.lib.entries for li in e.listings] \
        == [("quantum-compilation", "")] * 3 + [("pl-assembly-and-ir-design", "")] * 2 \
        + [("hw-agnostic-circuit-compilation", "")] * 2


def test_topics_under_a_heading_without_papers_stay_subsections_beside_a_stray_paper():
    # 18_yzhuoning_clip: `## Applications` holds only `### GAN` and `### Object Detection`
    # while `## CLIP` holds one paper and two posts (no container evidence): the topics stay
    # subsections of `Applications`, as the hand count has them
    md = (CORPUS / "18_yzhuoning_clip.md").read_text(encoding="utf-8")
    reading = read_library(md, "list.md")
    assert sorted({(li.section, li.subsection) for e in reading.lib.entries
                   for li in e.listings}) \
        == [("applications", "GAN"), ("applications", "Object Detection"), ("clip", "")]


def _kept_and_skipped(md: str):
    reading = read_library(md, "list.md")
    return ([e.title for e in reading.lib.entries],
            [(s.line, s.reason) for s in reading.skipped])


def test_news_written_unlike_the_lists_papers_stays_news_and_a_post_is_no_paper():
    # 33_codefuse_code_llm: featured papers under `## News` written `[Title](arxiv) from Org.`
    # while the list's papers are `"Title" [date] [[paper](url)]`; a model whose only link is
    # labelled blog is a post, dated or not
    lines = (CORPUS / "33_codefuse_code_llm.md").read_text(encoding="utf-8").split("\n")
    md = "\n".join(lines[5:21] + lines[55:58] + lines[81:87])
    titles, skipped = _kept_and_skipped(md)
    assert titles == ["Large Language Models Meet NL2Code: A Survey",
                      "A Survey on Pretrained Language Models for Neural Code Intelligence",
                      "Mistral 7B", "Gemini: A Family of Highly Capable Multimodal Models"]
    assert [line for line, _ in skipped] == [3, 7, 9, 24]
    assert skipped[1][1] == skipped[2][1] == "under 'News' (not papers)"
    assert skipped[3][1].startswith("only links to videos, posts or code, labelled so")


def test_news_written_like_the_lists_papers_are_papers():
    # the agreement rule of structure-word headings (tests/lists/shapes/structure_words.md):
    # the same items under `## News`, in a list whose papers are written the same way
    md = ("## News\n\n"
          "- [CUDA Agent: Large-Scale Agentic RL for CUDA Kernel Generation]"
          "(https://arxiv.org/abs/2602.24286) from ByteDance.\n"
          "- [GLM-5: from Vibe Coding to Agentic Engineering](https://arxiv.org/abs/2602.15763)"
          " from Zhipu AI.\n\n"
          "## Agents\n\n"
          "- [Large Language Models Meet NL2Code: A Survey](https://arxiv.org/abs/2212.09420)\n")
    assert _kept_and_skipped(md)[0] == [
        "CUDA Agent: Large-Scale Agentic RL for CUDA Kernel Generation",
        "GLM-5: from Vibe Coding to Agentic Engineering",
        "Large Language Models Meet NL2Code: A Survey"]


def test_a_reference_section_of_reports_and_articles_is_not_papers():
    # 31_icoxfog417_financial_nlp: `## Reference` links a report and a news article, unlike
    # the list's `Authors. [Title](url). In Venue, Year.` papers
    lines = (CORPUS / "31_icoxfog417_financial_nlp.md").read_text(encoding="utf-8").split("\n")
    md = "\n".join(lines[:9] + lines[83:88])
    titles, skipped = _kept_and_skipped(md)
    assert len(titles) == 2 and [line for line, _ in skipped] == [13, 14]
    assert skipped[0][1] == "under 'Reference' (not papers)"


def test_links_whose_path_says_post_or_white_paper_are_not_papers():
    # 25_jivoi_ml_cybersecurity: white papers among bare `[Title](url)` papers, PDFs whose own
    # path says what they are; 18_yzhuoning_clip: OpenAI blog posts beside the CLIP paper (the
    # heading still holds three items, so `##` stays the section level)
    lines = (CORPUS / "25_jivoi_ml_cybersecurity.md").read_text(encoding="utf-8").split("\n")
    titles, skipped = _kept_and_skipped("## Papers\n\n" + "\n".join(lines[46:52]))
    assert titles == ["Dimension Reduction in Network Attacks Detection Systems",
                      "Automatically Evading Classifiers A Case Study on PDF Malware Classifiers"]
    # (a Black Hat talk's slides as a PDF, `blackhat.com/docs/…/materials/…pdf`, were read as a
    # paper until round 24: a talks-only conference's host, `TALK_ONLY_HOSTS`; 25's hand truth
    # does not count that line)
    assert [line for line, _ in skipped] == [4, 5, 7, 8]
    lines = (CORPUS / "18_yzhuoning_clip.md").read_text(encoding="utf-8").split("\n")
    reading = read_library("\n".join(lines[:22]), "list.md")
    assert [(li.section, e.title[:30]) for e in reading.lib.entries for li in e.listings] == [
        ("clip", "Learning Transferable Visual M"),
        ("applications", "StyleCLIP: Text-Driven Manipul"),
        ("applications", "CLIP2StyleGAN: Unsupervised Ex"),
        ("applications", "TargetCLIP: Image-Based CLIP-G")]
    assert [s.line for s in reading.skipped if "posts" in s.reason] == [6, 7]


def test_explain_writes_a_date_tag_as_its_year_and_the_declaration_reads_it_back(tmp_path):
    # 32_wooodyy_llm_agents: `[2023/06]` is `[{year}{_}]` (the month is not kept); declared,
    # the printed template reads every item of the section as inference did
    lines = (CORPUS / "32_wooodyy_llm_agents.md").read_text(encoding="utf-8").split("\n")
    listing = tmp_path / "list.md"
    listing.write_text("\n".join(lines[32:40]) + "\n", encoding="utf-8")
    printed = explained_templates(listing, tmp_path / "entries")
    pattern = "[{year}{_}] **{title}.** *{authors} et al. {venue}.* [[paper]({url})]"
    assert printed == [f"template of 'Deep understanding': {pattern} (inferred, title in as "
                       "read; 3 of 3 items fit)"]
    inferred = _rows(listing.read_text(encoding="utf-8"))
    declared = read_library(listing.read_text(encoding="utf-8"), "list.md",
                            {"*": compile_template(pattern)})
    assert [(li.section, e.title, e.venue_tag, e.year, [(a.given, a.family) for a in e.authors])
            for e in declared.lib.entries for li in e.listings[:1]] == inferred
    assert inferred[1][1:4] == ("Inferring Rewards from Language in Context", "ACL", 2022)


def test_a_camel_cased_venue_after_names_and_an_undated_venue_ending_a_citation():
    # 29_ddlbojack_speech_pretraining: `*A Oord et al*, `arXiv 2018``; 27_rucaibox_llm_survey:
    # `**"Title"**. *Jordan Hoffmann et al.* arXiv.` (no year: none is invented)
    md = ("## Papers\n\n"
          "- 🌟 CPC: [Representation Learning with Contrastive Predictive Coding]"
          "(https://arxiv.org/abs/1807.03748) - *A Oord et al*, `arXiv 2018`\n"
          "- APC: [An Unsupervised Autoregressive Model for Speech Representation Learning]"
          "(https://arxiv.org/abs/1904.03240) - *YA Chung et al*, `INTERSPEECH 2019`\n\n"
          "## Models\n\n"
          "18. <u>Chinchilla</u>: **\"Training Compute-Optimal Large Language Models\"**. "
          "*Jordan Hoffmann et al.* arXiv. [[Paper](https://arxiv.org/abs/2203.15556)]\n"
          "19. <u>PaLM</u>: **\"PaLM: Scaling Language Modeling with Pathways\"**. "
          "*Aakanksha Chowdhery et al.* arXiv 2022. [[Paper](https://arxiv.org/abs/2204.02311)]\n")
    assert [row[2:] for row in _rows(md)] == [
        ("arXiv 2018", 2018, [("A", "Oord")]), ("INTERSPEECH 2019", 2019, [("YA", "Chung")]),
        ("arXiv", None, [("Jordan", "Hoffmann")]), ("arXiv 2022", 2022, [("Aakanksha",
                                                                         "Chowdhery")])]


def test_names_then_venue_after_a_title_in_any_emphasis():
    # the citation-tail rule on shapes written for this test: names in italics after a bold
    # title with the venue outside them, a comma before the year, a plain title sentence
    md = ("## Papers\n\n"
          "- **Attention Is All You Need** *Ashish Vaswani, Noam Shazeer et al.* NeurIPS 2017 "
          "[[paper](https://arxiv.org/abs/1706.03762)]\n"
          "- **Deep Residual Learning for Image Recognition**. Kaiming He, Xiangyu Zhang. CVPR, "
          "2016. [paper](https://arxiv.org/abs/1512.03385)\n"
          "- Visual Instruction Tuning. Haotian Liu, Chunyuan Li. NeurIPS 2023. "
          "[[pdf]](https://arxiv.org/pdf/2304.08485.pdf)\n")
    assert [row[1:] for row in _rows(md)] == [
        ("Attention Is All You Need", "NeurIPS 2017", 2017,
         [("Ashish", "Vaswani"), ("Noam", "Shazeer")]),
        ("Deep Residual Learning for Image Recognition", "CVPR 2016", 2016,
         [("Kaiming", "He"), ("Xiangyu", "Zhang")]),
        ("Visual Instruction Tuning", "NeurIPS 2023", 2023,
         [("Haotian", "Liu"), ("Chunyuan", "Li")]),
    ]


def test_topics_under_a_container_stay_sections_beside_a_heading_of_one_paper():
    paper = "- [{}](https://arxiv.org/abs/{}) ({})\n"
    md = ("# Awesome Reasoning\n\n## Surveys\n"
          + paper.format("A Survey of Large Language Models", "2303.18223", "arXiv 2023")
          + "\n## Papers\n### Reasoning\n"
          + paper.format("Chain-of-Thought Prompting Elicits Reasoning", "2201.11903",
                         "NeurIPS 2022")
          + paper.format("Self-Consistency Improves Chain of Thought Reasoning", "2203.11171",
                         "ICLR 2023")
          + "- [How chain-of-thought works, explained](https://lilianweng.github.io/posts/"
          "2023-03-15-prompt-engineering/)\n"
          + "### Planning\n"
          + paper.format("ReAct: Synergizing Reasoning and Acting", "2210.03629", "ICLR 2023")
          + paper.format("Reflexion: Language Agents with Verbal Reinforcement", "2303.11366",
                         "NeurIPS 2023"))
    assert [row[0] for row in _rows(md)] == ["surveys", "reasoning", "reasoning", "planning",
                                             "planning"]


def test_a_venue_before_the_title_link_a_known_venue_between_commas_and_a_camel_cased_venue():
    # shapes written for this test: a bold venue and year before the linked title; names,
    # then a venue the venue table knows and the year, each after a comma; a plain citation
    # whose venue is camel-cased
    md = ("## Papers\n\n"
          "- **NeurIPS 2021** [Diffusion Models Beat GANs on Image Synthesis]"
          "(https://arxiv.org/abs/2105.05233)\n"
          "1. [Denoising Diffusion Probabilistic Models](https://arxiv.org/abs/2006.11239), "
          "Jonathan Ho, Ajay Jain, Pieter Abbeel, *NeurIPS*, 2020.\n"
          "- Hierarchical Text-Conditional Image Generation with CLIP Latents. Aditya Ramesh, "
          "Prafulla Dhariwal, Mark Chen. arXiv 2022. [[Paper](https://arxiv.org/abs/2204.06125)]"
          "\n- [Generative Modeling by Estimating Gradients of the Data Distribution]"
          "(https://arxiv.org/abs/1907.05600), Yang Song, Stefano Ermon, 2019.\n")
    assert [row[1:] for row in _rows(md)] == [
        ("Diffusion Models Beat GANs on Image Synthesis", "NeurIPS 2021", 2021, []),
        ("Denoising Diffusion Probabilistic Models", "NeurIPS 2020", 2020,
         [("Jonathan", "Ho"), ("Ajay", "Jain"), ("Pieter", "Abbeel")]),
        ("Hierarchical Text-Conditional Image Generation with CLIP Latents", "arXiv 2022", 2022,
         [("Aditya", "Ramesh"), ("Prafulla", "Dhariwal"), ("Mark", "Chen")]),
        ("Generative Modeling by Estimating Gradients of the Data Distribution", "", 2019,
         [("Yang", "Song"), ("Stefano", "Ermon")]),  # no venue: the last name is no venue
    ]


def test_a_title_that_ends_with_a_slides_label_is_not_a_paper():
    # 21_wzhe06_ad_papers: lecture slides among the PDFs of papers, marked `(PPT)` (the
    # Chinese notes beside them, `LDA数学八卦`, are still read as papers: an open miss)
    lines = (CORPUS / "21_wzhe06_ad_papers.md").read_text(encoding="utf-8").split("\n")
    titles, skipped = _kept_and_skipped("### Topic Model\n" + "\n".join(lines[32:36]))
    assert titles == ["Parameter estimation for text analysis", "LDA数学八卦",
                      "Distributed Representations of Words and Phrases and their "
                      "Compositionality"]
    assert [(line, why[:30]) for line, why in skipped] == [(5, "its title says it is slides, a")]


def test_a_one_word_label_before_a_bold_title_and_a_heading_naming_its_year():
    # 19_eventahu_mamba: `* [arXiv:2501.16295] **Title**,` beside items without the label,
    # under `## Year 2025` (a section that dates its papers; `Before 2020` would not)
    lines = (CORPUS / "19_eventahu_mamba.md").read_text(encoding="utf-8").split("\n")
    rows = _rows("\n".join(lines[:14]))
    assert [row[:4] for row in rows] == [
        ("year-2025", "From Layers to States: A State Space Model Perspective to Deep Neural "
         "Network Layer Dynamics", "", 2025),
        ("year-2025", "Mixture-of-Mamba: Enhancing Multi-Modal State-Space Models with "
         "Modality-Aware Sparsity", "", 2025)]
    assert rows[1][4][:2] == [("Weixin", "Liang"), ("Junhong", "Shen")]
    ranged = _rows("## Before 2020\n\n" + "\n".join(lines[5:8]))
    assert ranged[0][3] is None
