"""Issue 15: each section's item template inferred from the list itself, or declared.

One short list per failure class under tests/lists/shapes/ (written for these tests from the
issue's quoted lines); every test asserts exact sections, titles, venues and years.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from awesome_bib.cli import cli
from awesome_bib.errors import ListError
from awesome_bib.importer import read_library, read_list
from awesome_bib.importer.template import compile_template, load_declared, parse_option

from .conftest import LISTS, explained_templates

SHAPES = LISTS / "shapes"


def _rows(name: str, **kwargs):
    path = SHAPES / name
    reading = read_library(read_list(path), str(path), **kwargs)
    return [(li.section, e.title, e.venue_tag, e.year, e.arxiv)
            for e in reading.lib.entries for li in e.listings[:1]]


def test_link_text_with_a_bracketed_label_is_the_title():
    # "(Stanford 2017)" inside the link text names who wrote it: the year, not a venue.
    assert _rows("bracket_link_text.md") == [
        ("models", "Deep & Cross Network for Ad Click Predictions", "", 2017, "1708.05123"),
        ("models", "DeepFM: A Factorization-Machine based Neural Network for CTR Prediction",
         "", 2017, "1703.04247"),
        ("models", "Product-based Neural Networks for User Response Prediction", "", 2016,
         "1611.00144"),
        ("models", "Wide & Deep Learning for Recommender Systems", "", 2016, "1606.07792"),
        ("models", "Deep Interest Network for Click-Through Rate Prediction", "KDD 2018", 2018,
         "1706.06978"),  # a venue the venue table knows
    ]


def test_a_short_name_in_front_is_not_the_title():
    assert _rows("name_before_title.md") == [
        ("speech-synthesis", "Towards End-to-End Speech Synthesis", "Interspeech 2017", 2017,
         "1703.10135"),
        ("speech-synthesis", "Scaling Text-to-Speech with Convolutional Sequence Learning",
         "ICLR 2018", 2018, "1710.07654"),
        ("speech-synthesis", "Fast, Robust and Controllable Text to Speech", "NeurIPS 2019",
         2019, "1905.09263"),
        ("detection", "Rich feature hierarchies for accurate object detection and semantic "
         "segmentation", "CVPR 2014", 2014, "1311.2524"),
        ("detection", "Fast R-CNN", "ICCV 2015", 2015, "1504.08083"),
        ("detection", "You Only Look Once: Unified, Real-Time Object Detection", "CVPR 2016",
         2016, "1506.02640"),
        ("detection", "Mask R-CNN", "ICCV 2017", 2017, "1703.06870"),  # title = its name
    ]
    path = SHAPES / "name_before_title.md"
    lib = read_library(read_list(path), str(path)).lib
    assert [a.display for a in lib.entries[3].authors] == [
        "Ross Girshick", "Jeff Donahue", "Trevor Darrell", "Jitendra Malik"]


def test_html_headings_are_sections_and_a_container_branch_gives_its_topics():
    # `<h2>TTS Frontend</h2>` holds papers itself; `<h2>Acoustic Model</h2>` holds only two
    # `<h3>` topics: on that branch the topics are the sections.
    assert [r[0] for r in _rows("html_headings.md")] == [
        "tts-frontend", "tts-frontend", "tts-frontend", "autoregressive-model",
        "autoregressive-model", "non-autoregressive-model", "non-autoregressive-model"]


def test_heading_words_decide_nothing_unless_the_items_agree():
    path = SHAPES / "structure_words.md"
    reading = read_library(read_list(path), str(path))
    assert _rows("structure_words.md") == [
        ("papers", "Reasoning with Large Language Models, a Survey", "", None, "2407.11511"),
        ("overview", "A Survey of Large Language Models", "arXiv 2023", 2023, "2303.18223"),
        ("overview", "Harnessing the Power of LLMs in Practice: A Survey on ChatGPT and Beyond",
         "arXiv 2023", 2023, "2304.13712"),
        ("methods", "Chain-of-Thought Prompting Elicits Reasoning in Large Language Models",
         "NeurIPS 2022", 2022, "2201.11903"),
    ]
    header = "a link in the list's header without a paper link, venue, year or authors"
    # (`[Awesome Speech Recognition](github)`: a phrase linked to a repository is no tool's
    # name by itself; in the list's header, without evidence, it is no paper)
    assert [(s.line, s.reason) for s in reading.skipped] == [
        (3, "the list's own header (before its first section)"), (6, header), (7, header)]


def test_news_under_a_structure_word_stays_news():
    path = LISTS / "shapes" / "not_papers.md"
    reading = read_library(read_list(path), str(path))
    assert [e.title for e in reading.lib.entries] == ["The Only Real Paper"]


def test_year_and_venue_outside_the_title_line():
    assert _rows("venue_outside_line.md") == [
        ("parsing", "Dependency Parsing as Head Selection", "EACL 2017", 2017, "1606.01280"),
        ("parsing", "Deep Biaffine Attention for Neural Dependency Parsing", "ICLR 2017", 2017,
         "1611.01734"),
        ("retrieval", "Dense Passage Retrieval for Open-Domain Question Answering", "", 2020,
         "2004.04906"),
        ("retrieval", "ColBERT: Efficient and Effective Passage Search via Contextualized Late "
         "Interaction over BERT", "", 2020, "2004.12832"),
        ("agents", "Large Language Models as Agents: A Survey of Their Planning", "", 2023,
         "2311.00001"),
        ("agents", "A Study of Tool Use by Language Agents in Open Worlds", "", 2023,
         "2306.00002"),
    ]


def test_titles_broken_over_two_lines_and_quotes_without_a_stop():
    assert _rows("broken_titles.md") == [
        # (`**Title** [[pdf]](url) CVPR 2017`: the venue alone after the links is read too)
        ("detection", "Feature Pyramid Networks for Object Detection", "CVPR 2017", 2017,
         "1612.03144"),
        ("detection", "Mask R-CNN", "arXiv 2017", 2017, "1703.06870"),
        ("detection", "Focal Loss for Dense Object Detection", "ICCV 2017", 2017, "1708.02002"),
        ("segmentation", "Fully Convolutional Networks for Semantic Segmentation", "", None,
         "1411.4038"),
        ("segmentation", "U-Net: Convolutional Networks for Biomedical Image Segmentation", "",
         None, "1505.04597"),
    ]


def test_names_with_descriptions_are_tools_unless_they_link_a_paper():
    path = SHAPES / "tools_under_heading.md"
    reading = read_library(read_list(path), str(path))
    assert [(r[0], r[1]) for r in _rows("tools_under_heading.md")] == [
        ("papers", "Attention Is All You Need"),
        ("papers", "BERT: Pre-training of Deep Bidirectional Transformers for Language "
                   "Understanding"),
        ("datasets-and-tools", "GLUE"),  # links its arXiv paper: enrichment confirms it
    ]
    assert [s.line for s in reading.skipped] == [10, 11, 12]
    # (a name and a description, or, since round 5, a short name linking only its repository)
    assert all("a tool" in s.reason for s in reading.skipped)


def test_declared_template_overrides_inference_and_reports_misfits(tmp_path: Path):
    text = ("# L\n\n## Speech\n\n"
            "- Tacotron: [Towards End-to-End Speech Synthesis](https://arxiv.org/abs/1703.10135)"
            " (Interspeech 2017)\n"
            "- [Just a link without a name](https://arxiv.org/abs/1905.09263)\n")
    declared = load_declared(tmp_path / "L.md",
                             parse_option(["Speech={name}: [{title}]({url}) ({venue} {year})"]))
    reading = read_library(text, "L.md", declared, explain=True)
    [entry] = reading.lib.entries
    assert (entry.title, entry.venue_tag, entry.year) == (
        "Towards End-to-End Speech Synthesis", "Interspeech 2017", 2017)
    assert [(p.line, p.reason) for p in reading.lib.problems] == [
        (6, "does not fit its section's template")]
    assert reading.explain()[0] == ("L.md:3: template of 'Speech': {name}: [{title}]({url}) "
                                    "({venue} {year}) (declared; 1 of 2 items fit)")


def test_config_file_next_to_the_list(tmp_path: Path):
    listing = tmp_path / "LIST.md"
    listing.write_text("# L\n\n## Detection\n\n- **[Mask R-CNN]** Mask R-CNN | Kaiming He, "
                       "Georgia Gkioxari | **[ICCV' 17]** | [[pdf]](https://arxiv.org/pdf/"
                       "1703.06870.pdf)\n", encoding="utf-8")
    (tmp_path / "awesome-bib.toml").write_text(
        '[import.templates]\n"*" = "**[{name}]** {title} | {authors} | **[{venue}]**"\n',
        encoding="utf-8")
    result = CliRunner().invoke(cli, ["import", str(listing), "--entries",
                                      str(tmp_path / "entries"), "--explain"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].endswith("template of 'Detection': **[{name}]** {title} | {authors} | "
                             "**[{venue}]** (declared; 1 of 1 items fit)")
    assert "'Mask R-CNN' | venue: ICCV 2017 | year: 2017 | authors: Kaiming He; Georgia " \
           "Gkioxari" in lines[1]


def test_explain_prints_the_inferred_template_in_the_declaration_notation(tmp_path: Path):
    templates = explained_templates(SHAPES / "name_before_title.md", tmp_path / "entries")
    assert templates == [
        "template of 'Speech Synthesis': {name}: [{title}]({url}) ({venue} {year}) "
        "(inferred, title in link text, venue and year after the title; 3 of 3 items fit)",
        "template of 'Detection': **[{name}]** {title} | {authors} | **[{venue}]** | "
        "[[pdf]]({url}) (inferred, title in after label; 4 of 4 items fit)"]
    # What --explain prints reads the section back the same way when declared.
    declared = {"detection": compile_template(templates[1].split(": ", 1)[1]
                                              .rsplit(" (", 1)[0])}
    path = SHAPES / "name_before_title.md"
    again = read_library(read_list(path), str(path), declared)
    assert [e.title for e in again.lib.entries][3:] == [
        "Rich feature hierarchies for accurate object detection and semantic segmentation",
        "Fast R-CNN", "You Only Look Once: Unified, Real-Time Object Detection", "Mask R-CNN"]


@pytest.mark.parametrize("pattern, why", [
    ("[{name}]({url})", "has no {title}"),
    ("{title} {title}", "field {title} twice"),
    ("{title} ({place})", "unknown field {place}"),
])
def test_a_bad_template_is_one_clear_error(pattern, why):
    with pytest.raises(ListError, match=why.replace("{", r"\{").replace("}", r"\}")):
        compile_template(pattern)


def test_venue_and_year_after_a_bold_title():
    assert _rows("bold_title_venue.md") == [
        ("surveys", "Graph Neural Networks: A Review of Methods and Applications",
         "AI Open 2020", 2020, ""),
        ("surveys", "A Comprehensive Survey on Graph Neural Networks", "arxiv 2019", 2019,
         "1901.00596"),
        ("safety", "Safe LLM-Controlled Robots with Formal Guarantees via Reachability "
         "Analysis", "arXiv 2025", 2025, "2503.03911"),  # the month dropped
        ("safety", "Robots Enact Malignant Stereotypes", "FAccT 2022", 2022, "2207.11569"),
        # "(2019-04)" leading the bold title: its year; the prose paragraph is not a paper;
        # the venue is the one the link's label names when the venue table knows it
        # (`[[Nature Medicine paper](...)]`; `Nature Reviews Genetics` is not in the table)
        ("reviews", "Deep learning: new computational modelling techniques for genomics", "",
         2019, ""),
        ("reviews", "A guide to deep learning in healthcare", "Nature Medicine", 2019, ""),
    ]


def test_names_and_books_among_papers_are_not_papers():
    path = SHAPES / "names_among_papers.md"
    reading = read_library(read_list(path), str(path))
    assert _rows("names_among_papers.md") == [
        ("corpora", "Exploring the Limits of Transfer Learning with a Unified Text-to-Text "
         "Transformer", "JMLR 2019", 2019, "1910.10683"),  # authors between title and venue
        ("corpora", "The Pile: An 800GB Dataset of Diverse Text for Language Modeling",
         "arXiv 2021", 2021, "2101.00027"),
        ("books", "Introduction To Artificial Intelligence For Security Professionals", "",
         None, ""),  # the one book that links a PDF
    ]
    assert [a.display for a in reading.lib.entries[0].authors] == ["Colin Raffel"]
    assert [(s.line, s.reason.split(",")[0]) for s in reading.skipped] == [
        (6, "a name without a paper link"), (11, "no paper link"), (12, "no paper link"),
        (14, "no paper link")]


def test_html_list_and_table_rows_are_items_and_a_venue_line_may_carry_a_qualifier():
    assert _rows("html_rows_nested.md") == [
        ("detection", "Faster R-CNN: Towards Real-Time Object Detection with Region Proposal "
         "Networks", "NeurIPS 2015", 2015, "1506.01497"),
        ("detection", "You Only Look Once: Unified, Real-Time Object Detection", "CVPR 2016",
         2016, "1506.02640"),
        ("detection", "Focal Loss for Dense Object Detection", "ICCV 2017", 2017, "1708.02002"),
        ("segmentation", "Fully Convolutional Networks for Semantic Segmentation", "CVPR 2015",
         2015, "1411.4038"),
        ("segmentation", "U-Net: Convolutional Networks for Biomedical Image Segmentation",
         "MICCAI 2015", 2015, "1505.04597"),
        ("nested", "Fully-Convolutional Siamese Networks for Object Tracking",
         "ECCV 2016 Workshops", 2016, "1606.09549"),
        ("nested", "High Performance Visual Tracking with Siamese Region Proposal Network",
         "CVPR 2018", 2018, ""),
    ]
    path = SHAPES / "html_rows_nested.md"
    lib = read_library(read_list(path), str(path)).lib
    assert [e.line for e in lib.entries] == [6, 7, 8, 14, 15, 21, 23]


def test_authors_beside_the_venue_emoji_shortcodes_and_a_year_field():
    path = SHAPES / "authors_and_decorations.md"
    lib = read_library(read_list(path), str(path)).lib
    rows = [(li.section, e.title, e.venue_tag, e.year, [a.display for a in e.authors][:2])
            for e in lib.entries for li in e.listings[:1]]
    assert rows[:4] == [
        ("a", "Denoising Diffusion Probabilistic Models", "NeurIPS 2020", 2020,
         ["Jonathan Ho", "Ajay Jain"]),  # "**Title**, Authors, Venue Year."
        ("a", "Score-Based Generative Modeling through Stochastic Differential Equations",
         "ICLR 2021", 2021, ["Yang Song", "Jascha Sohl-Dickstein"]),
        ("b", "Improved Denoising Diffusion Probabilistic Models", "ICML 2021", 2021,
         ["Alex Nichol", "Prafulla Dhariwal"]),  # "Title (Authors, Venue Year)"
        ("b", "Diffusion Models Beat GANs on Image Synthesis", "NeurIPS 2021", 2021,
         ["Prafulla Dhariwal", "Alex Nichol"]),
    ]
    assert [(r[0], r[1], r[2], r[3]) for r in rows if r[0] in ("e", "f")] == [
        ("e", "Hierarchical Text-Conditional Image Generation with CLIP Latents", "arXiv 2022",
         2022),  # ":page_facing_up:" in front is decoration
        ("e", "Photorealistic Text-to-Image Diffusion Models with Deep Language Understanding",
         "NeurIPS 2022", 2022),
        ("f", "Big Transfer (BiT): General Visual Representation Learning", "ECCV 2020", 2020),
        ("f", "An Image is Worth 16x16 Words: Transformers for Image Recognition at Scale",
         "ICLR 2021", 2021),  # "2021 | [Title](url) | ICLR": the year field, the venue field
    ]
    assert [li.section for e in lib.entries for li in e.listings].count("g") == 2


def test_labels_before_links_and_videos_posts_or_code_among_papers():
    path = SHAPES / "labels_and_resources.md"
    reading = read_library(read_list(path), str(path))
    assert [(li.section, e.title, e.venue_tag, e.year) for e in reading.lib.entries
            for li in e.listings[:1]] == [
        ("1-zongshu", "Title One About Graph Learning Systems", "", None),
        ("1-zongshu", "一种新的图学习方法", "", None),
        ("1-zongshu", "Another Survey of Neural Methods", "AAAI 2021", 2021),
        ("2-fangfa", "Paper Title For Method Number One", "KDD 2020", 2020),
        ("2-fangfa", "Paper Title For Method Number Two", "WWW 2021", 2021),
        ("3-mixed", "Deep Sets", "NeurIPS 2017", 2017),  # "Paper: [Deep Sets](url)"
        ("3-mixed", "Set Transformer: A Framework for Attention-based Permutation-Invariant "
         "Neural Networks", "ICML 2019", 2019),
    ]
    assert [s.line for s in reading.skipped] == [13, 14, 19]  # video, blog post, "Code:"


def test_the_title_column_is_chosen_by_evidence():
    # `Name` is a title header word, but its cells are names; the `Description` cells are the
    # title phrases. `NAACL'19` and `2023-11` are read as venue and date as before.
    assert _rows("table_title_column.md") == [
        ("models", "BERT: Pre-training of Deep Bidirectional Transformers for Language "
         "Understanding", "NAACL 2019", 2019, "1810.04805"),
        ("models", "RoBERTa: A Robustly Optimized BERT Pretraining Approach", "arXiv 2019",
         2019, "1907.11692"),
        ("benchmarks", "GPQA: A Graduate-Level Google-Proof Q&A Benchmark", "arXiv 2023", 2023,
         "2311.12022"),
        # (the published venue's year, not the date column's: the date is the preprint's;
        # round 11's judgement of 192, as 176's `ACL 2019, Nov 2018` is 2019)
        ("benchmarks", "TruthfulQA: Measuring How Models Mimic Human Falsehoods", "ACL 2022",
         2022, "2109.07958"),
        # (a column whose cells are each one link labelled by a venue the table knows,
        # `[arXiv](url)` in every row, writes the venue: round 13's judgement of 241)
        ("no-header-words", "Open and Efficient Foundation Language Models", "arXiv", None,
         "2302.13971"),
        ("no-header-words", "Mistral 7B", "arXiv", None, "2310.06825"),
        ("no-header-words", "Open Models Based on Gemini Research and Technology", "arXiv",
         None, "2403.08295"),
    ]


def test_dash_separated_fields_and_authors_after_the_title_link():
    path = SHAPES / "fields_and_authors.md"
    lib = read_library(read_list(path), str(path)).lib
    assert [(li.section, e.title, e.venue_tag, e.year, [a.display for a in e.authors])
            for e in lib.entries for li in e.listings[:1]] == [
        ("a", "Attention Is All You Need", "NeurIPS 2017", 2017, ["Ashish Vaswani"]),
        ("a", "Language Models are Few-Shot Learners", "NeurIPS 2020", 2020, ["Tom B. Brown"]),
        ("b", "Deep Residual Learning for Image Recognition", "CVPR 2016", 2016,
         ["Kaiming He", "Xiangyu Zhang"]),  # "Title - Authors - Venue Year - [pdf](url)"
        ("b", "Densely Connected Convolutional Networks", "CVPR 2017", 2017,
         ["Gao Huang", "Zhuang Liu"]),
        ("c", "Mastering the game of Go without human knowledge", "", None, []),
        ("c", "Human-level control through deep reinforcement learning", "", None, []),
        ("d", "Deformable DETR: Deformable Transformers for End-to-End Object Detection",
         "ICLR 2021", 2021, ["Xizhou Zhu", "Weijie Su"]),
        ("d", "End-to-End Object Detection with Transformers", "ECCV 2020", 2020,
         ["Nicolas Carion", "Francisco Massa"]),
    ]
    assert all(e.authors_et_al for e in lib.entries[:2])


@pytest.mark.parametrize("config, why", [
    ("[import\n", "not valid TOML"),
    ('import = "x"\n', "must map section titles"),
    ('[import.templates]\n"*" = 3\n', "must map section titles"),
    ('[import.templates]\n"*" = "[{name}]({url})"\n', "has no {title}"),
])
def test_a_bad_config_file_is_one_line_naming_it(tmp_path: Path, config, why):
    listing = tmp_path / "LIST.md"
    listing.write_text("# L\n\n## S\n\n- [A Title Of Words](https://arxiv.org/abs/2001.00001)\n",
                       encoding="utf-8")
    (tmp_path / "awesome-bib.toml").write_text(config, encoding="utf-8")
    result = CliRunner().invoke(cli, ["import", str(listing), "--entries",
                                      str(tmp_path / "entries")])
    assert result.exit_code == 2
    assert "awesome-bib.toml" in result.output and why in result.output
    assert "Traceback" not in result.output


def test_a_heading_per_paper_is_its_title():
    path = SHAPES / "heading_per_paper.md"
    lib = read_library(read_list(path), str(path)).lib
    assert [(li.section, e.title, e.venue_tag, e.year, [a.family for a in e.authors])
            for e in lib.entries for li in e.listings[:1]] == [
        ("language-models", "Attention Is All You Need", "NeurIPS 2017", 2017,
         ["Vaswani", "Shazeer", "Parmar"]),
        ("language-models", "BERT: Pre-training of Deep Bidirectional Transformers for "
         "Language Understanding", "NAACL 2019", 2019, ["Devlin", "Chang"]),
        ("vision", "An Image is Worth 16x16 Words: Transformers for Image Recognition at Scale",
         "ICLR 2021", 2021, ["Dosovitskiy", "Beyer"]),
    ]
    assert [s.title for s in lib.sections] == ["Language Models", "Vision"]


def test_a_nested_bullet_tree_and_names_written_after_the_title():
    path = SHAPES / "bullet_tree.md"
    reading = read_library(read_list(path), str(path))
    assert [(e.title, e.year, [a.family for a in e.authors], e.arxiv, len(e.links))
            for e in reading.lib.entries] == [
        ("Playing Atari with Deep Reinforcement Learning", None, [], "1312.5602", 1),
        ("Dueling Network Architectures for Deep Reinforcement Learning", None, [],
         "1511.06581", 1),
        # "- Paper: https://..." and "- Code: https://..." under the title: its links
        ("Proximal Policy Optimization Algorithms", None, [], "1707.06347", 2),
        ("Trust Region Policy Optimization", None, [], "1502.05477", 1),
        ("World Models", 2018, ["Ha", "Schmidhuber"], "1803.10122", 1),
        ("Dream to Control: Learning Behaviors by Latent Imagination", 2020, ["Hafner"],
         "1912.01603", 1),
    ]
    assert reading.lib.problems == []  # topic bullets ("- Model-free") are not problems


def test_full_width_brackets_and_title_marks():
    assert _rows("full_width.md") == [
        ("mubiaojiance", "EfficientDet: Scalable and Efficient Object Detection", "CVPR 2020",
         2020, "1911.09070"),  # "【CVPR 2020】Title"
        ("mubiaojiance", "End-to-End Object Detection with Transformers", "ECCV 2020", 2020,
         "2005.12872"),
        ("mubiaojiance", "Feature Pyramid Networks for Object Detection", "CVPR 2017", 2017,
         "1612.03144"),  # "《Title》（CVPR 2017）"
    ]


@pytest.mark.parametrize("path", sorted([*SHAPES.glob("*.md"),
                                         *(LISTS.parent / "corpus").glob("[0-9]*.md")]),
                         ids=lambda p: p.name)
def test_explain_only_explains(path: Path):
    """--explain prints the templates; it never changes what is read (nor what is refused)."""
    try:
        plain_read = read_library(read_list(path), str(path)).lib
    except ListError as refused:
        with pytest.raises(ListError) as again:
            read_library(read_list(path), str(path), explain=True)
        assert str(again.value) == str(refused)
        return
    explained = read_library(read_list(path), str(path), explain=True).lib
    assert [e.to_dict() for e in explained.entries] == [e.to_dict() for e in plain_read.entries]
    assert explained.problems == plain_read.problems


def test_a_declared_short_year_goes_through_the_one_two_digit_rule(tmp_path: Path):
    text = ("# L\n\n## Speech\n\n"
            "- [Towards End-to-End Speech Synthesis](https://arxiv.org/abs/1703.10135) ('17)\n"
            "- [Deep Voice: Real-time Neural Text-to-Speech](https://arxiv.org/abs/1702.07825)"
            " (2017)\n")
    declared = load_declared(tmp_path / "L.md", parse_option(["Speech=[{title}]({url}) ({year})"]))
    reading = read_library(text, "L.md", declared)
    assert [(e.title, e.venue_tag, e.year) for e in reading.lib.entries] == [
        ("Towards End-to-End Speech Synthesis", "", 2017),
        ("Deep Voice: Real-time Neural Text-to-Speech", "", 2017)]


def test_a_title_ending_in_two_digits_is_no_venue_tag():
    """"COVID-19" and "GPT 35" end in two digits but carry no apostrophe: titles, not `'19`."""
    text = ("# L\n\n## Detection\n\n"
            "- **[R-CNN]** Rich feature hierarchies for accurate object detection | Ross "
            "Girshick | **[CVPR' 14]** | [[pdf]](https://arxiv.org/abs/1311.2524)\n"
            "- **[CovNet]** Deep Learning for COVID-19 | Ann Lee | **[MICCAI' 20]** | "
            "[[pdf]](https://arxiv.org/abs/2003.00001)\n"
            "- **[Fast R-CNN]** Fast Region-based Convolutional Networks | Ross Girshick | "
            "**[ICCV' 15]** | [[pdf]](https://arxiv.org/abs/1504.08083)\n"
            "- **[GPT]** Scaling Laws for GPT 35 | Bo Chen | **[arXiv' 20]** | "
            "[[pdf]](https://arxiv.org/abs/2001.08361)\n")
    reading = read_library(text, "L.md")
    assert [e.title for e in reading.lib.entries] == [
        "Rich feature hierarchies for accurate object detection",
        "Deep Learning for COVID-19", "Fast Region-based Convolutional Networks",
        "Scaling Laws for GPT 35"]
    assert reading.lib.problems == []
