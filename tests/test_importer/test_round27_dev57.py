"""Issue 15, round 27, `import-dev57` on lists 596, 598, 599, 600 (the forty-ninth held-out
set, tests/corpus/, provenance in SOURCES.md): real lines of those lists, each read by one
general reading."""

from __future__ import annotations

from .conftest import papers_in, papers_with_authors

# List 596: `- [Name](arxiv) Title phrase. (venue, MM/YYYY)`, a model's name linked first
_NAME_THEN_TITLE = (
    "# Awesome-AI4Earth\n\n# Forecasting\n## numerical-weather-prediction \n"
    "- [NeuralGCM](https://arxiv.org/abs/2311.07222) Neural General Circulation Models. "
    "(arxiv, 11/2023) \n"
    "- [GenCast](https://arxiv.org/pdf/2312.15796.pdf) Diffusion-based ensemble forecasting\n"
    "for medium-range weather. (arxiv. 12/2023)\n"
    "- [MetNet-3](https://arxiv.org/abs/2306.06079) Deep Learning for Day Forecasts from "
    "Sparse Observations. (arxiv, 06/2023) \n"
    "- [ClimaX](https://arxiv.org/abs/2301.10343) A foundation model for weather and climate, "
    "(ICML, 2023) [[project]](https://github.com/microsoft/ClimaX)\n\n"
    "## precipitation-prediction\n"
    "- [NowcastNet](https://www.nature.com/articles/s41586-023-06184-4) Skilful nowcasting of "
    "extreme precipitation with NowcastNet. (nature, 07/2023)\n"
    "- [PostRainBench](https://arxiv.org/abs/2310.02676) - A comprehensive benchmark and a new "
    "model for precipitation forecasting. (arxiv, 10/2023)\n")

# List 598: `- [Title](nber.org/papers/w…)` bullets beside blog and social links
_ECONOMICS_NOTES = (
    "## Macroeconomics\n- ### Business Cycle\n\t- #### COVID-19\n"
    "\t\t- [The Unexpected Compression: Competition at Work in the Low Wage Labor Market]"
    "(https://www.nber.org/papers/w31010)\n"
    "\t\t- [Extraordinary Labor Market Developments and the 2022-23 Disinflation]"
    "(https://www.nber.org/papers/w32584)\n"
    "- ### Labor Markets\n"
    "  - [David Oks | Why ATMs didn't kill bank teller jobs, but the iPhone did]"
    "(https://davidoks.blog/p/why-the-atm-didnt-kill-bank-teller)\n"
    "  - [David Oks | Why I'm not worried about AI job loss]"
    "(https://davidoks.blog/p/why-im-not-worried-about-ai-job-loss)\n"
    "  - [Robinson Meets Roy: Monopsony Power and Comparative Advantage]"
    "(https://www.nber.org/papers/w34165)\n"
    "  \t- [Discussion with GPT-5](https://chatgpt.com/share/68b76359-775c-8002-82e4-67e00a085581)"
    " \n"
    "## [Innovation Economics](https://en.wikipedia.org/wiki/Innovation_economics)\n"
    "- [Andrej Karpathy on AI's impact on the economy]"
    "(https://x.com/karpathy/status/1990116666194456651)\n"
    "- [Do Markets Believe in Transformative AI?](https://economics.mit.edu/sites/default/files/"
    "2025-09/Do%20Markets%20Believe%20in%20Transformative%20AI.pdf) (Andrews & Farboodi, 2025)\n")

# List 598: `[Person | Title](url)` link texts, who wrote it before a bar
_PERSON_BAR_TITLE = (
    "## Microeconomics\n- ### Market Structure and Distribution\n"
    "\t- [Kunal Sangani | Complete Pass-Through in Levels]"
    "(https://kunalsangani.com/files/complete_passthrough_live.pdf)\n"
    "\t- [The Micro-Aggregated Profit Share](https://arxiv.org/abs/2309.12945)\n"
    "\t- [Who Benefits from Surge Pricing?](https://papers.ssrn.com/sol3/papers.cfm?"
    "abstract_id=3245533)\n"
    "- ### Labor Markets\n"
    "  - [David Oks | Why I'm not worried about AI job loss]"
    "(https://davidoks.blog/p/why-im-not-worried-about-ai-job-loss)\n"
    "  - [Robinson Meets Roy: Monopsony Power and Comparative Advantage]"
    "(https://www.nber.org/papers/w34165)\n")

# List 599: `* [Title](url) by Author` course readings, posts among papers
_READINGS_BY_AUTHOR = (
    "# Resources\n\n## Recommended Readings \n\n"
    "* Introduction to Computational Law / Legal Hacking / Design Thinking\n"
    "    * [Is Computer Ethics Unique?](https://www.cs.unm.edu/~pgk/readings/unique-ethics2.pdf)"
    " by Walter Maner\n"
    "    * [Code is Law](https://harvardmagazine.com/2000/01/code-is-law-html) by Larry Lessig\n"
    "    * [Computational Law: The Cop in the Backseat](https://law.stanford.edu/2016/01/13/"
    "michael-genesereths-computational-law-the-cop-in-the-backseat/) by Michael Genesereth\n"
    "    * [What is Design Thinking](https://www.ideou.com/blogs/inspiration/"
    "what-is-design-thinking) by IDEO U\n"
    "    * [Legal Education in the Blockchain Revolution](https://papers.ssrn.com/sol3/papers.cfm?"
    "abstract_id=2939127) by Mark Fenwick, Wulf Kaal, and Erik PM Vermeulen\n"
    "    * [Artificial Intelligence and Law: An Overview](https://papers.ssrn.com/sol3/papers.cfm?"
    "abstract_id=3411869) by Harry Surden\n"
    "    * Blockchain Governance\n"
    "        * [Blockchain Governance 101](https://blog.goodaudience.com/"
    "blockchain-governance-101-eea5201d7992) by Vlad Zamfir\n")

# List 600: `Surname, Forename. ` over a TAB-indented `2020   Title. _Journal_ 85(3): 407–26.`
_AUTHOR_DATE = (
    "## General Theoretical and Methodological Approaches to Archaeology and History:\n\n"
    "Heath-Stout, Laura E. \n"
    "\t2020   Who Writes about Archaeology? An Intersectional Study of Authorship in "
    "Archaeological Journals. _American Antiquity_ 85(3): 407–26.       \n\n"
    "Hedrick Jr., Charles W. \n"
    "\t2006   *Ancient History: Monuments and Documents.* Blackwell Publishing, Malden, "
    "Massachusetts.\n\n"
    "Holtorf, Cornelius\n"
    "\t2007   Can You Hear Me at the Back? Archaeology, Communication and Society. _European "
    "Journal of Archaeology_ 10 (2–3): 149–65. \n\n"
    "---\n## Byzantine History, Archaeology and Numismatics:\n\n### Byzantine Historiography:\n\n"
    "Christodoulou, Despina. \n"
    "\t2012   Byzantium in Nineteenth-Century Greek Historiography. In *The Byzantine World*, "
    "editor Paul Stephenso, pp. 445-461.  Routledge, London; New York.\n")


def test_a_linked_name_then_a_title_phrase_and_its_date_is_titled_by_the_phrase():
    """596: `- [NeuralGCM](arxiv) Neural General Circulation Models. (arxiv, 11/2023)` (before:
    the link's text was the title, so every such paper was titled by its model's one-word
    name and the phrase after it was lost). A link whose text is one word, followed (set off
    by a space only) by a phrase of several words and the bracketed venue and date that close
    the item, is the paper's name; the phrase is its title (the name stays the item's name).
    A name set off by a dash (`[PostRainBench](url) - A comprehensive …`) is read as it was."""
    papers = papers_in(_NAME_THEN_TITLE)
    assert papers["Neural General Circulation Models"][:2] == (2023, "arxiv, 11/2023")
    assert papers["Diffusion-based ensemble forecasting for medium-range weather"][0] == 2023
    assert papers["A foundation model for weather and climate"][:2] == (2023, "ICML 2023")
    assert "Skilful nowcasting of extreme precipitation with NowcastNet" in papers
    assert "Deep Learning for Day Forecasts from Sparse Observations" in papers
    assert "PostRainBench" in papers
    assert not {"NeuralGCM", "GenCast", "ClimaX", "NowcastNet", "MetNet-3"} & set(papers)


def test_working_papers_are_papers_and_social_blog_and_chat_links_are_not():
    """598: NBER working papers under headings written inside bullets (before: `nber.org` was
    no paper host, so the sections holding only NBER papers had no evidence and all ten were
    skipped). NBER is economics' working-paper series, as SSRN is; and `x.com` (Twitter
    renamed, matched as the whole host), a `.blog` domain and a chatbot's shared chat
    (`chatgpt.com/share/…`) are no paper's hosts, so they are not adopted by the papers of
    their section."""
    papers = papers_in(_ECONOMICS_NOTES)
    assert set(papers) == {
        "The Unexpected Compression: Competition at Work in the Low Wage Labor Market",
        "Extraordinary Labor Market Developments and the 2022-23 Disinflation",
        "Robinson Meets Roy: Monopsony Power and Comparative Advantage",
        "Do Markets Believe in Transformative AI?"}


def test_a_person_then_a_bar_then_a_title_phrase_is_author_and_title():
    """598: `[Kunal Sangani | Complete Pass-Through in Levels](pdf)` (before: the whole link
    text was the title, the author's name and bar in it). A link text that is one person's
    name (a given and a family name), a bar, then a title phrase names who wrote the work and
    its title. The same shape on a blog's own host (`davidoks.blog`) stays a post."""
    papers = papers_with_authors(_PERSON_BAR_TITLE)
    assert papers["Complete Pass-Through in Levels"][2] == ["Sangani"]
    assert not any("Oks" in title or "AI job loss" in title for title in papers)
    assert len(papers) == 4, sorted(papers)


def test_an_authored_item_whose_link_is_a_blog_page_is_a_post():
    """599: `* [Title](law.stanford.edu/2016/01/13/…) by Michael Genesereth` (before: a post
    was recognised by its path only when it named no authors, so every course reading `by`
    its author was a paper, news pages and blog posts too). A post has its author as a paper
    does; the title's own link lying on a blog's host (`blog.goodaudience.com`), in a blog
    folder (`/blogs/`) or on a page dated in its path (`/2000/01/code-is-law-html`) says it
    is one. The SSRN papers and the PDF `by` their authors stay papers."""
    papers = papers_with_authors(_READINGS_BY_AUTHOR)
    assert set(papers) == {"Is Computer Ethics Unique?",
                           "Legal Education in the Blockchain Revolution",
                           "Artificial Intelligence and Law: An Overview"}
    assert papers["Artificial Intelligence and Law: An Overview"][2] == ["Surden"]


def test_an_author_date_reference_with_its_year_in_a_column_reads_title_year_and_venue():
    """600: `Heath-Stout, Laura E. ` over `\\t2020   Who Writes about Archaeology? …
    _American Antiquity_ 85(3): 407–26.` (before: the year, with no stop after it, was read
    into the title or the whole reference was no citation, so half the entries were missed
    and no venue was read). Names, then a year alone in a column of its own (a run of spaces
    or a TAB after it), then the title's sentence is an author-date reference (SAA's order):
    the year is its year when it is the reference's only one; the venue is the journal
    before its volume or the book a chapter is `In`; a publisher and its place are none."""
    papers = papers_with_authors(_AUTHOR_DATE)
    assert papers["Who Writes about Archaeology? An Intersectional Study of Authorship in "
                  "Archaeological Journals"] == (2020, "American Antiquity 2020",
                                                 ["Heath-Stout"])
    assert papers["Ancient History: Monuments and Documents"][:2] == (2006, "")
    assert papers["Can You Hear Me at the Back? Archaeology, Communication and Society"][:2] \
        == (2007, "European Journal of Archaeology 2007")
    assert papers["Byzantium in Nineteenth-Century Greek Historiography"][:2] == (
        2012, "The Byzantine World 2012")
