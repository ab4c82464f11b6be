"""Issue 15, round 27, `import-dev58` on lists 605, 606, 610, 591, 592, 593 (the forty-ninth
and fiftieth held-out sets, tests/corpus/, provenance in SOURCES.md): real lines of those lists,
each read by one general reading."""

from __future__ import annotations

from awesome_bib.importer import read_library

from .conftest import papers_in, papers_with_authors

# List 606: DBLP's text export, names without commas, a doubled stop after the title
_DBLP_CITATIONS = (
    "## <a name='TOC'>Database Reading List</a>\n\n## TODO List\n\n##Basic\n\n"
    "* Data Models and DBMS Architecture\n"
    "* Michael Stonebraker Joseph M. Hellerstein. What Goes Around Comes Around. \n"
    "* Joseph M. Hellerstein Michael Stonebraker. Anatomy of a Database System. \n\n"
    "##Query Processing\n\n"
    "* Patricia G. Selinger Morton M. Astrahan Donald D. Chamberlin Raymond A. Lorie Thomas G. "
    "Price. Access Path Selection in a Relational Database Management System.. Proc. SIGMOD "
    "Conference, 1979, 23-34. \n"
    "* Leonard D. Shapiro. Join Processing in Database Systems with Large Main Memories.. ACM "
    "Trans. Database Syst., 11(3), 1986, 239-264. \n"
    "* Chris Nyberg Tom Barclay Zarka Cvetanovic Jim Gray David B. Lomet. AlphaSort: A "
    "Cache-Sensitive Parallel External Sort. VLDB J., 4(4), 1995, 603-627. \n\n"
    "## Transaction Management\n\n"
    "* Jim Gray Raymond A. Lorie Gianfranco R. Putzolu Irving L. Traiger. Granularity of Locks "
    "and Degrees of Consistency in a Shared Data Base.. IBM, September, 1975. \n"
    "* H. T. Kung John T. Robinson. On Optimistic Methods for Concurrency Control.. Proc. VLDB, "
    "1979, 351. \n"
    "* Philip L. Lehman S. Bing Yao. Efficient Locking for Concurrent Operations on B-Trees.. "
    "ACM Trans. Database Syst., 6(4), 1981, 650-670. \n")

# List 605: a reading log, `### 2019 Nov:` month headings over papers of earlier years
_READING_MONTHS = (
    "Contain notes on paper on Reinforcement Learning that I read. Based on this list from "
    "Spinup OpenAI. \n\n"
    "### 2018 December:\n"
    "- Playing Atari with Deep Reinforcement Learning, Mnih et al, 2013. Algorithm: DQN. "
    "[paper](https://arxiv.org/abs/1312.5602) [note](https://github.com/hhn1n15/TechPaperIRead/"
    "blob/master/Dec%202018/Playing.md)\n"
    "- Domain Adaptation for reinforcement learning on the atari "
    "[paper](https://arxiv.org/abs/1812.07452)\n\n"
    "### 2019 Nov:\n"
    "- Learning to Manipulate Object Collections Using Grounded State Representations (CoRL "
    "2019) [[note]](/Nov-2019/1.md)\n\n"
    "### 2019 Dec:\n"
    "- Playing FPS Games with DRL [note](Dec-2019/1.md)\n"
    "- Visual Reinforcement Learning with Imagined Goals [note](Dec-2019/2)\n\n"
    "### 2020 Jan:\n"
    "- Deep Q-learning from Demonstrations [[note]](Jan-2020/1.md) "
    "[[paper]](https://arxiv.org/abs/1704.03732)\n"
    "- Time Limit in RL [[note]](Jan-2020/5.md) [[paper]](https://arxiv.org/abs/1712.00378) "
    "ICML 2018\n"
    "- Learning deep policies for robot bin picking by simulating robust grasping sequences "
    "[[note]](Jan-2020/8.md) CORL 2017\n")

# List 610: `- Title ~ Authors` bullets, linkless, or linking the reader's own review page
_TILDE_AUTHORS = (
    "+++\ndate = \"2020-12-29\"\ntitle = \"Papers\"\n+++\n\n"
    "### Queue\n"
    "- The Chubby lock service for loosely-coupled distributed systems ~ Mike Burrows\n"
    "- MyRocks: LSM-Tree Database Storage Engine Serving Facebook's Social Graph ~ Yoshinori "
    "Matsunobu\n\n"
    "### Read (no writeup)\n"
    "- Architecture of a Database System ~ Joseph M. Hellerstein, Michael Stonebraker, James "
    "Hamilton\n"
    "- The Design and Implementation of a Log-Structured File System ~ Rosenblum and "
    "Ousterhout\n"
    "- Stride Scheduling: Deterministic Proportional-Share Resource Management ~ Waldspurger "
    "and Weihl\n"
    "- Cloudburst: Stateful Functions-as-a-Service ~ Sreekanti et al.\n\n"
    "### Reviews\n"
    "- [The UNIX Time-Sharing System](/docs/unix-time-sharing-system.html) ~ Dennis M. Richie "
    "and Ken Thompson\n"
    "- [A History and Evaluation of System R](/docs/systemr.html) ~ D. Chamberlin et al.\n"
    "- [Paxos Made Simple](/docs/paxos.html) ~ Leslie Lamport\n"
    "- [Borg, Omega, and Kubernetes](/docs/k8s.html) ~ Burns et al.\n"
    "- [Xen and the Art of Virtualization](/docs/xen.html) ~ P. Barham, B. Dragovic, K Fraser, "
    "S. Hand, T. Harris, A. Ho, R. Neugebauer, I. Pratt and A. Warfield\n")

# List 591: a model table whose paper column links each paper by its venue's name
_MODEL_TABLE = (
    "# Awesome Single-Cell Foundation Models\n\n## General single-cell foundation models\n\n"
    "| Model | Date | Paper | Code | Resources | Notes |\n| --- | --- | --- | --- | --- | --- |\n"
    "| scVision | 2026-07-15 | [arXiv](https://arxiv.org/abs/2607.14163) |  | [Project page]"
    "(https://islamlab.org/scvision/) | Vision foundation model that renders transcriptomes as "
    "continuous gene-expression images and pretrains a masked-image transformer on 72 million "
    "human cells. |\n"
    "| TranscriptFormer | 2026-07-02 | [Science](https://www.science.org/doi/10.1126/science."
    "aec8514), [bioRxiv](https://www.biorxiv.org/content/10.1101/2025.04.25.650731v1) | "
    "[GitHub](https://github.com/czi-ai/transcriptformer) | [CZI Biohub blog](https://biohub."
    "org/blog/transcriptformer-model-overview/) | Cross-species generative cell atlas model "
    "trained on up to 112M cells across 12 species. |\n"
    "| Gene Intelligence | 2026-07-03 | [bioRxiv](https://www.biorxiv.org/content/10.64898/"
    "2026.06.29.735389v1) |  |  | Compact single-cell transformer that embeds log-transformed "
    "raw counts directly and jointly predicts masked genes and counts without normalization or "
    "positional encoding. |\n"
    "| Lingshu-Cell | 2026-03 | [arXiv](https://arxiv.org/abs/2603.25240) |  | [Project page]"
    "(https://alibaba-damo-academy.github.io/lingshu-cell-homepage/) | Masked discrete "
    "diffusion generative cellular world model for transcriptome-wide modeling and perturbation "
    "response prediction. |\n")


def test_a_doubled_stop_ends_a_title_and_names_without_commas_are_persons():
    """606: `* Patricia G. Selinger Morton M. Astrahan … Thomas G. Price. Access Path
    Selection …System.. Proc. SIGMOD Conference, 1979, 23-34.` (before: the names, fifteen
    words without a comma, read as no names, so the line was no citation and was missed; the
    lines with one author kept `.. Proc` in the title, the doubled stop being no sentence's
    end after `m.`). The doubled full stop DBLP writes after a title that ends in a stop ends
    the title whatever its last word, the venue after it kept as written (`ACM Trans.
    Database Syst.`); a run of name words without commas is read as persons, each a given
    name, its initials and a family name, by the one segmentation that needs no `initial,
    given, family` person but where the names demand one (`S. Bing Yao`)."""
    papers = papers_with_authors(_DBLP_CITATIONS)
    assert papers["Access Path Selection in a Relational Database Management System"] == (
        1979, "Proc. SIGMOD Conference 1979",
        ["Selinger", "Astrahan", "Chamberlin", "Lorie", "Price"])
    assert papers["Join Processing in Database Systems with Large Main Memories"][:2] == (
        1986, "ACM Trans. Database Syst. 1986")
    assert papers["AlphaSort: A Cache-Sensitive Parallel External Sort"][2] == [
        "Nyberg", "Barclay", "Cvetanovic", "Gray", "Lomet"]
    assert papers["Granularity of Locks and Degrees of Consistency in a Shared Data Base"][
        2] == ["Gray", "Lorie", "Putzolu", "Traiger"]
    assert papers["On Optimistic Methods for Concurrency Control"][2] == ["Kung", "Robinson"]
    assert papers["Efficient Locking for Concurrent Operations on B-Trees"][2] == [
        "Lehman", "Yao"]


def test_names_and_a_title_alone_are_a_citation_among_citations():
    """606: `* Michael Stonebraker Joseph M. Hellerstein. What Goes Around Comes Around.`
    under a heading of DBLP citations (before: two sentences are no citation, so the bullet,
    without a link, venue or year, was missed). Names of two persons or more, one with an
    initial, then one sentence ending in its stop, are a citation of a paper's authors and
    title: among its heading's citations it is one of its papers; the topic bullet `Data Models
    and DBMS Architecture` stays none."""
    papers = papers_with_authors(_DBLP_CITATIONS)
    assert papers["What Goes Around Comes Around"] == (None, "", ["Stonebraker", "Hellerstein"])
    assert papers["Anatomy of a Database System"][2] == ["Hellerstein", "Stonebraker"]
    assert "Data Models and DBMS Architecture" not in papers


def test_reading_months_are_dates_of_the_reading_not_sections():
    """605: `### 2018 December:`, `### 2019 Nov:`, `### 2020 Jan:` over a maintainer's notes
    (before: `2019 Nov` was no date, each month a section of its own). A heading that is a
    year and its month is a date as `May 2023` is; where the papers under a list's date
    headings that state their year mostly state an earlier one (`Mnih et al, 2013` under
    `2018 December`, `CORL 2017` under `2020 Jan`), the dates say when the papers were read:
    the headings are subsections of the list's one section and date none of their papers, nor
    make a title linking only the reader's note a paper."""
    papers = papers_in(_READING_MONTHS)
    assert {section for _, _, section in papers.values()} == {"Papers"}
    assert papers["Playing Atari with Deep Reinforcement Learning"][0] == 2013
    assert papers["Domain Adaptation for reinforcement learning on the atari"][0] is None
    assert papers["Deep Q-learning from Demonstrations"][0] is None
    assert papers["Learning to Manipulate Object Collections Using Grounded State "
                  "Representations"][:2] == (2019, "CoRL 2019")
    assert "Playing FPS Games with DRL" not in papers


def test_a_title_then_a_tilde_and_its_authors_is_a_citation():
    """610: `- Architecture of a Database System ~ Joseph M. Hellerstein, …` and `- [Paxos
    Made Simple](/docs/paxos.html) ~ Leslie Lamport` (before: the linkless bullets read as one
    title with the names in it, no evidence, missed; the names after a link not read; `[Borg,
    Omega, and Kubernetes](…) ~ Burns et al.` refused as a list of names). A title phrase, a
    spaced dash or tilde, then names and nothing else (two persons, "et al.", or a given and a
    family name) is a citation of title and authors, a paper among its heading's citations;
    a link text followed by the item's authors is the title, however it reads."""
    papers = papers_with_authors(_TILDE_AUTHORS)
    assert len(papers) == 11
    assert papers["The Chubby lock service for loosely-coupled distributed systems"] == (
        None, "", ["Burrows"])
    assert papers["Architecture of a Database System"][2] == [
        "Hellerstein", "Stonebraker", "Hamilton"]
    assert papers["The Design and Implementation of a Log-Structured File System"][2] == [
        "Rosenblum", "Ousterhout"]
    assert papers["Paxos Made Simple"][2] == ["Lamport"]
    assert papers["Borg, Omega, and Kubernetes"][2] == ["Burns"]


def test_a_model_table_linking_papers_by_their_venue_is_titled_by_its_names():
    """591: `| Model | Date | Paper | Code | Resources | Notes |` with `| scVision | 2026-07-15 |
    [arXiv](url) | … | Vision foundation model that … |` (before: the `Paper` column, link
    texts that are venues, being no title phrases, the long `Notes` sentences titled every
    row). A column the header names the list's notes is never the title column, and a paper
    column whose cells are links labelled by the paper's venue titles nothing: the rows are
    papers named by their model, the venue the first link's label."""
    papers = papers_in(_MODEL_TABLE)
    assert set(papers) == {"scVision", "TranscriptFormer", "Gene Intelligence", "Lingshu-Cell"}
    assert papers["scVision"][:2] == (2026, "arXiv 2026")
    assert papers["TranscriptFormer"][:2] == (2026, "Science 2026")
    lib = read_library(_MODEL_TABLE, "list.md").lib
    assert all(not e.title.startswith("Vision foundation model") for e in lib.entries)


def test_a_venue_glued_to_its_year_after_the_links_is_the_items_venue():
    """605: `- Learning Latent Plans from Play [[note]](…) [[paper]](arxiv) [[project-site]](…)
    CoRL2019` (before: a venue and its year alone after the links were read only when spaced,
    `ICML 2018`, so this paper had no year or venue). A venue's name the table knows, or an
    acronym, glued to its year, alone after the links, is the item's venue and year, as it is
    at a citation's end (`R. Girdhar and D. Ramanan, NIPS2017.`)."""
    papers = papers_in(
        "# RL\n\n## Papers\n\n"
        "- Learning Latent Plans from Play [[note]](Jan-2020/4.md) [[paper]](https://arxiv.org/"
        "abs/1903.01973) [[project-site]](https://learning-from-play.github.io/) CoRL2019\n"
        "- Time Limit in RL [[note]](Jan-2020/5.md) [[paper]](https://arxiv.org/abs/1712.00378) "
        "ICML 2018\n")
    assert papers["Learning Latent Plans from Play"][:2] == (2019, "CoRL 2019")
    assert papers["Time Limit in RL"][:2] == (2018, "ICML 2018")
