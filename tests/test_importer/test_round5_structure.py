"""Issue 15, fifth round: what is an item and where it belongs (lists 52-60, the fourth held-out
set, are this round's development lists; excerpt lines of the real lists in tests/corpus/)."""

from __future__ import annotations

from awesome_bib.importer import read_library
from awesome_bib.importer.sections import heading_year

from .test_corpus import CORPUS_DIR


def _lines(name: str) -> list[str]:
    return (CORPUS_DIR / f"{name}.md").read_text(encoding="utf-8").split("\n")


def _rows(md: str) -> list[tuple[str, str, str, int | None]]:
    reading = read_library(md, "list.md")
    return [(li.section, li.subsection, e.title, e.year) for e in reading.lib.entries
            if e.kind == "paper" for li in e.listings]


def test_a_date_heading_whose_papers_state_its_year_is_a_year_grouping():
    # 56_junpu_quantum_cv lines 39-58: `### Year 2023` tables under `## Methodologies`, every
    # row dated by its own `Year` column: the topic is the section, the year a subsection
    lines = _lines("56_junpu_quantum_cv")
    rows = _rows("# Quantum CV\n\n" + "\n".join(lines[38:58]))
    assert {(section, sub) for section, sub, _t, _y in rows} \
        == {("methodologies", "Year 2023"), ("methodologies", "Year 2022")}
    assert len(rows) == 9


def test_a_date_heading_whose_papers_state_no_year_stays_the_lists_grouping():
    # 19_eventahu_mamba: `## Year 2025` over items that state no year: nothing says the heading
    # is not the list's own grouping (its hand count keeps it as the section); it dates them
    rows = _rows("\n".join(_lines("19_eventahu_mamba")[:20]))
    assert {(section, sub, year) for section, sub, _t, year in rows} == {("year-2025", "", 2025)}


def test_a_heading_that_is_only_a_date_names_its_year():
    assert [heading_year(t) for t in ("2018", "Year 2025", "May 2023", "2023-05", "In 2021",
                                      "CVPR 2023", "Updated 2024", "2022 and before")] \
        == [2018, 2025, 2023, 2023, 2021, None, None, None]


def test_a_linked_title_alone_on_its_cells_first_line_is_the_title_not_the_summary_below():
    # 56_junpu_quantum_cv line 45: `[Title](pdf) <br><sub> **QuAnt:** Proposing to learn ...`
    line = _lines("56_junpu_quantum_cv")[44]
    assert "<br><sub> **QuAnt:** Proposing" in line
    md = ("## Methods\n\n**Year** | **Publication** | **Title** | **Preprint** | **Project Page**"
          " | **Key Concepts**\n:-: | :-:| :- | :-: |  :-: |  :-: \n" + line + "\n")
    reading = read_library(md, "list.md")
    [entry] = reading.lib.entries
    assert (entry.title, entry.venue_tag, entry.year) \
        == ("QuAnt: Quantum Annealing with Learnt Couplings", "ICLR 2023", 2023)


def _kept_and_skipped(md: str) -> tuple[list[tuple[int, str]], list[tuple[int, str]]]:
    reading = read_library(md, "list.md")
    return ([(li.line, e.title) for e in reading.lib.entries if e.kind == "paper"
             for li in e.listings], [(s.line, s.reason) for s in reading.skipped])


def test_a_table_row_that_says_it_is_software_is_no_paper():
    # 53 lines 39-42: `|RemoteGLM|2023|[code](github)|`, a name with only code, among rows
    # titled by title phrases; 54 lines 14-23: `| [MatSci-LumEn](github) | ... | *GitHub* |`
    # in a table of models named by their paper links
    rs = _lines("53_lzwlzw_remote_sensing_vlm")
    papers, skipped = _kept_and_skipped("\n".join(["# RS", "", "## Models", "", *rs[38:44]]))
    assert [t[:5] for _line, t in papers] == ["RSGPT", "Tree-", "Towar"]
    assert [line for line, _r in skipped] == [8]
    assert skipped[0][1].startswith("table row: a name with only code links")
    ms = _lines("54_wenhaoyuan_materials_llm")
    papers, skipped = _kept_and_skipped("\n".join(["# M", "", "## Models", "", *ms[13:23]]))
    assert len(papers) == 7 and papers[-1][1] == "LLaMP"
    assert [line for line, _r in skipped] == [14]
    assert skipped[0][1].startswith("table row: only links to videos, posts or code")


def test_a_tool_that_names_its_paper_is_that_paper_and_one_that_names_none_is_a_tool():
    # 58_fudanselab_software_engineering: tools linked to their repositories; the paper is
    # named by a quoted title, a linked title phrase, or `Name: title` with a paper link; the
    # fields read around the named title stay (line 28's `"Title", ASE, [Paper](acm)`)
    lines = _lines("58_fudanselab_software_engineering")
    md = "\n".join(["# SE", "", "## Tools", "", *(lines[n - 1] for n in
                                                   (25, 28, 32, 33, 39, 54, 67, 68, 71, 72, 73))])
    reading = read_library(md, "list.md")
    assert [(e.title, e.venue_tag, e.year) for e in reading.lib.entries] == [
        ("AnswerBot: An Answer Summary Generation Tool Based on Stack Overflow",
         "ESEC/FSE 2019", 2019),
        ("API Method Recommendation without Worrying About the Task-API Knowledge Gap", "ASE",
         None),
        ("Chatbot4QR: Interactive Query Refinement for Technical Question Retrieval", "", None),
        ("Neural code search evaluation dataset", "arXiv 2019", 2019),
        ("CERT: Continual Pre-Training on Sketches for Library-Oriented Code Generation", "",
         None),
        ("Using Bug Descriptions to Reformulate Queries during Text-Retrieval-based Bug "
         "Localization", "", None)]
    reasons = {s.line: s.reason for s in reading.skipped}
    assert sorted(reasons) == [7, 8, 14, 15]  # debug-method-name, DeepName,
    # DeepLocalize (a title with only its repository), TSSB-3M
    assert reasons[7] == "a name linked to its repository that names no paper (a tool, " \
                         "data set or system)"


def test_a_tools_name_colon_title_sentence_ends_where_the_sentence_does():
    # 58 line 72 with a paper link: `Name: title.` is the title, not the rest of the line
    line = _lines("58_fudanselab_software_engineering")[71]
    assert line.endswith("This repo includes a bechmark.")
    reading = read_library(f"# SE\n\n## Tools\n\n{line} [paper](https://arxiv.org/abs/"
                           "2103.03376)\n", "list.md")
    assert [(e.title, e.arxiv) for e in reading.lib.entries] == [
        ("DeepLocalize: Fault Localization for Deep Neural Networks", "2103.03376")]


def test_a_tools_publication_link_is_its_paper_and_its_code_and_docs_links_are_not():
    # 59_twoxes_quantum_chemistry lines 20-66: `* [:bookmark_tabs: Publication](url): (2020)
    # Title` (titled by the words after the link), `* [:bookmark_tabs: Publication](pdf)` alone
    # under `#### [PySCF](http://pyscf.org/)` (titled by the tool's name), GitHub and
    # documentation links (no papers)
    lines = _lines("59_twoxes_quantum_chemistry")
    reading = read_library("\n".join(lines[:66]), "list.md")
    assert [(e.title, e.year, e.arxiv, e.listings[0].section) for e in reading.lib.entries] == [
        ("Deep-neural-network solution of the electronic Schrödinger equation", 2020,
         "1909.08423", "deepqmc-paulinet"),
        ("Ab-Initio Solution of the Many-Electron Schrödinger Equation with Deep Neural "
         "Networks", 2020, "1909.02487", "ferminet"),
        ("Hande", None, "", "hande"), ("PySCF", None, "", "pyscf")]


def test_commentary_that_links_what_it_mentions_is_no_item():
    # 59 line 72 (`... the ground state [wavefunctions](url) of atoms ...`) and 55 lines 65-67
    # (`... are provided in [this follow up paper](aps).`)
    for name, first, last, prose in (("59_twoxes_quantum_chemistry", 67, 72, 72),
                                     ("55_shashvatshukla_quantum_ram", 59, 67, 65)):
        lines = _lines(name)
        papers, skipped = _kept_and_skipped("\n".join(["# L", "", "## Papers", "",
                                                       *lines[first - 1:last]]))
        at = prose - first + 5  # its line in the excerpt
        assert (at, "prose that links what it mentions") in skipped, name
        assert papers and all(line != at for line, _t in papers)


def test_a_bare_link_among_citations_and_an_item_naming_several_works_are_no_papers():
    # 57_shuijing_social_navigation lines 46-79: dataset papers `[Title](site), IJRR 2010.`
    # beside `(JDRB) [JackRabbot Dataset and Benchmark](site), paper series 2021-2023.` and
    # `[THOR and THOR-Magni](site), RA-L 2020 and arXiv 2022.` (several works), and under
    # `### Simulators` papers with their venues beside bare simulator links (`- [AI Habitat
    # 3.0](https://aihabitat.org/habitat3/)`, `- [gym_ped_sim](github)`)
    lines = _lines("57_shuijing_social_navigation")
    papers, skipped = _kept_and_skipped("\n".join(["# Nav", "", *lines[45:79]]))
    kept = {line + 45 - 2 for line, _t in papers}  # back to the list's own line numbers
    assert not kept & {53, 55, 65, 66, 68, 70, 72, 73, 74, 75, 76}
    assert {47, 51, 52, 54, 56, 62, 67, 69, 77, 78, 79} <= kept
    reasons = {line + 45 - 2: why for line, why in skipped}
    assert reasons[53] == reasons[55] == "names several works (a span of years, two dated " \
                                         "venues or a collection's page) and links no paper " \
                                         "of its own"
    assert reasons[73].startswith("only a link to no paper, under a heading whose papers")
    assert reasons[75].startswith("a name linked to its repository that names no paper")


def test_a_citation_paragraph_under_a_lone_link_is_that_links_paper():
    # 55_shashvatshukla_quantum_ram lines 29-33: `[Longer QRAM paper shortly after
    # original](aps)`, then `Architectures for a quantum random access memory. Vittorio
    # Giovannetti, Seth Lloyd, and Lorenzo Maccone. 2008. PRA. 9 pages.`, then commentary
    lines = _lines("55_shashvatshukla_quantum_ram")
    reading = read_library("\n".join(["# Q", "", "## Curated Papers", "", *lines[28:33]]),
                           "list.md")
    [entry] = reading.lib.entries
    assert entry.title == "Architectures for a quantum random access memory"
    assert [a.family for a in entry.authors] == ["Giovannetti", "Lloyd", "Maccone"]
    assert entry.links[0].url.endswith("PhysRevLett.100.160501")
    assert entry.listings[0].line == 5
    # commentary without names under a lone link is no citation of it
    reading = read_library("\n".join(["# Q", "", "## Curated Papers", "", *lines[52:55]]),
                           "list.md")
    assert [e.title for e in reading.lib.entries] \
        == ["Parallelizing the queries in a bucket-brigade QRAM"]


def test_the_non_paper_rules_stay_silent_on_papers_written_alike():
    # (written for this test) a paper linked to its project page without a venue among
    # papers with venues, a model named by its repository with its venue, and a paragraph
    # item whose title ends in a lower-case word before a resource link stay papers
    md = ("# L\n\n## Navigation\n\n"
          "- [Learning to Navigate in Crowds](https://crowd.example.org/), ICRA 2019.\n"
          "- [Socially Aware Motion Planning with Deep RL](https://sa.example.org/), IROS 2017.\n"
          "- [Decentralized Navigation among Moving People](https://dnav.example.org/)\n"
          "- [BERT](https://github.com/google-research/bert) (NAACL 2019)\n\n"
          "## Notes\n\nDeep learning for molecular graphs [pdf](https://example.org/a.pdf) "
          "[project page](https://mol.example.org/)\n\nDeep residual learning for image "
          "recognition [paper link](https://arxiv.org/abs/1512.03385)\n\nGraph attention "
          "networks for chemistry [webpage](https://example.org/gat.pdf)\n")
    papers, skipped = _kept_and_skipped(md)
    assert [title for _line, title in papers] == [
        "Learning to Navigate in Crowds", "Socially Aware Motion Planning with Deep RL",
        "Decentralized Navigation among Moving People", "BERT",
        "Deep learning for molecular graphs", "Deep residual learning for image recognition",
        "Graph attention networks for chemistry"]
    assert skipped == []


def test_a_title_and_authors_paragraph_over_a_links_line_stays_the_next_items():
    # (written for this test) under a lone link paragraph, the title and authors paragraph of
    # the next item, whose links line follows, is that item's, not a citation of the link
    # (the link above identifies no paper, so only the links line under the citation keeps
    # the citation from restating it)
    md = ("# L\n\n## Papers\n\n[Quantum data center overview](https://qdc.example.org/)\n\n"
          "Architectures for a quantum random access memory. Vittorio Giovannetti, Seth Lloyd, "
          "and Lorenzo Maccone. 2008. PRA.\n\n[[pdf]](https://arxiv.org/pdf/0807.4994.pdf)\n")
    reading = read_library(md, "list.md")
    assert [(e.title, e.year, [lk.url for lk in e.links], e.listings[0].line)
            for e in reading.lib.entries] == [
        ("Architectures for a quantum random access memory", 2008,
         ["https://arxiv.org/pdf/0807.4994.pdf"], 7)]
    assert [s.line for s in reading.skipped] == [5]


def test_a_date_heading_under_a_topic_heading_is_a_year_grouping_whatever_its_papers_state():
    # (written for this test, 56's shape with bullets that state no year): the topic holds
    # the papers, the date orders them; the heading still dates its papers
    paper = "- [{}](https://example.org/{}.pdf)\n"
    md = ("# Quantum CV\n\n## Methodologies\n\n### Year 2023\n\n"
          + paper.format("Quantum Annealing with Learnt Couplings", "a")
          + paper.format("Cycle-Consistent Quantum-Hybrid Matching", "b")
          + "\n### Year 2022\n\n" + paper.format("Quantum Motion Segmentation", "c")
          + "\n## Applications\n\n" + paper.format("Quantum Permutation Synchronization", "d"))
    assert [(section, sub, year) for section, sub, _t, year in _rows(md)] == [
        ("methodologies", "Year 2023", 2023), ("methodologies", "Year 2023", 2023),
        ("methodologies", "Year 2022", 2022), ("applications", "", None)]


def test_a_title_phrase_linked_only_to_its_code_stays_a_paper_and_a_name_so_linked_is_a_tool():
    # a paper whose only link is its code is still the paper (enrichment finds it by title;
    # `evidence.links_only_code`); a name (46 line 99's lower-case `deepmind control suite`, a
    # hyphenated name) with only its code is the tool
    md = ("# L\n\n## Papers\n\n"
          "- [Attention Is All You Need](https://arxiv.org/abs/1706.03762), NeurIPS 2017\n"
          "- [Neural Ordinary Differential Equations](https://github.com/rtqichen/torchdiffeq)\n"
          "- [Denoising Diffusion Probabilistic Models](https://github.com/hojonathanho/"
          "diffusion)\n"
          "- [deepmind control suite](https://github.com/deepmind/dm_control)\n"
          "- [VQGAN-CLIP](https://github.com/nerdyrodent/VQGAN-CLIP)\n")
    papers, skipped = _kept_and_skipped(md)
    assert [title for _line, title in papers] == [
        "Attention Is All You Need", "Neural Ordinary Differential Equations",
        "Denoising Diffusion Probabilistic Models"]
    assert [line for line, _why in skipped] == [8, 9]
    assert skipped[0][1] == "a tool: a short name with only code or demo links"
