"""Issue 15, round 27, `import-dev60` on lists 601-604, 611, 612 (the fiftieth held-out set's
first half, tests/corpus/, provenance in SOURCES.md): real lines of those lists, each read by
one general reading."""

from __future__ import annotations

from .conftest import papers_in, papers_with_authors

_GITHUB = "https://github.com/dimitarpg13/graphs_and_dynamic_programming/blob/master/articles"
# List 612: unbulleted `[Title, Authors, Year](pdf)` link paragraphs
_NAMES_IN_LINK_TEXT = (
    "# Resources on Graph theory and Dynamic programming\n\n## Articles\n\n"
    "### Dynamic Programming\n\n"
    f"[The Theory of Dynamic Programming, Richard Bellman, 1954]({_GITHUB}/dp/Bellman.pdf)\n\n"
    "[Dynamic Programming Approach to Sequencing Problems, M. Held, R. Karp, 1962]"
    f"({_GITHUB}/dp/Held_Karp_1962.pdf)\n\n"
    "[Dynamic Programming: an Overview, Moshe Sniedovich, Art Lew, 2006]"
    f"({_GITHUB}/dp/Sniedovich2006.pdf)\n\n"
    "[Evolution, Implementation and Application of Level Set and Fast Marching Methods for "
    f"Advancing Fronts, J.A. Sethian, 2000]({_GITHUB}/dp/Sethian_2000.pdf)\n\n"
    "[Hamilton-Jacobi-Bellman Equations and Optimal Control, IC Dolcetta, 1996]"
    f"({_GITHUB}/dp/Dolcetta_1996.pdf)\n\n"
    "### Branch-and-Bound\n"
    "[An automatic method of solving discrete programming problems, Econometrica, AH Land, AG "
    f"Doig, 1960]({_GITHUB}/bb/Land_Doig_1960.pdf)\n\n"
    "[An Algorithm for Travelling Salesman Problem, John D. Little et al, MIT, 1963]"
    f"({_GITHUB}/bb/Little_MIT_1963.pdf)\n\n"
    "[A branch and bound algorithm for computing k-nearest neighbors, K. Fukunaga, N. "
    f"Patrenahalli, 1975]({_GITHUB}/bb/FukunagaNarendra_1975.pdf)\n\n"
    "[General branch and bound, and its relation to A* and AO*, D. Nau, V. Kumar, L. Kanal, "
    f"Artificial Intellgience, 1984]({_GITHUB}/bb/nau_1984.pdf)\n")

# List 604: `1. Title (Name) [[paper](url)]` among `1. Title [[paper](url)]`
_NAME_AFTER_QUESTION = (
    "## Papers:\n"
    "1. Tuning Frequency Bias of State Space Models [[paper](https://openreview.net/forum?id="
    "wkHcXDv7cv)] [[slides](./Slides/tuning_freq_bias.pdf)]\n"
    "5. Diffuse, Attend, and Segment: Unsupervised Zero-Shot Segmentation using Stable Diffusion "
    "[[paper](https://arxiv.org/pdf/2308.12469)]\n"
    "6. Do Transformers Really Perform Bad for Graph Representation? (Graphormer) [[paper]"
    "(https://arxiv.org/pdf/2106.05234)] [[slides](./Slides/Representation.pdf)]\n"
    "9. What Does BERT Learn about the Structure of Language? [[paper](https://aclanthology.org/"
    "P19-1356.pdf)]\n")

# List 601: `- Venue Year word, **Name**: title, [Website](url)` bullets
_VENUE_YEAR_STANDING = (
    "# Dexterous Manipulation\n\n## Algorithm\n"
    "- arXiv 2023.10, **Eureka**: Human-Level Reward Design via Coding Large Language Models, "
    "[Website](https://eureka-research.github.io/) / [Github](https://github.com/eureka-research/"
    "Eureka)\n"
    "- CoRL 2023 oral, **Diff-LfD**: Contact-aware Model-based Learning from Visual Demonstration "
    "for Robotic Manipulation via Differentiable Physics-based Simulation and Rendering, "
    "[Website](https://sites.google.com/view/diff-lfd)\n"
    "- CoRL 2023 oral, **KODex**: On the Utility of Koopman Operator Theory in Learning Dexterous "
    "Manipulation Skills, [arXiv](https://arxiv.org/abs/2303.13446) / [Website](https://sites."
    "google.com/view/kodex-corl)\n"
    "- CoRL 2022, **VideoDex**: Learning Dexterity from Internet Videos, [Website](https://video-"
    "dex.github.io/)\n\n"
    "## Tactile\n"
    "- arXiv 2023.12, **Neural feels with neural fields**: Visuo-tactile perception for in-hand "
    "manipulation, [Website](https://suddhu.github.io/neural-feels/)\n"
    "- ICRA 2024 submission, **Robot Synesthesia**: In-Hand Manipulation with Visuotactile "
    "Sensing, [Website](https://yingyuan0414.github.io/visuotactile/)\n"
    "- RSS 2023, Sampling Based Exploration for Reinforcement Learning of Dexterous "
    "Manipulation, [Website](https://sbrl.cs.columbia.edu/)\n")

# List 603: `- Author. [Title](url), Venue Year.` among blog posts written alike
_AUTHORED_POSTS = (
    "# References\n\n## Parsing\n\n"
    "- Bryan Ford. [Parsing expression grammars: a recognition-based syntactic foundation]"
    "(https://pdos.csail.mit.edu/papers/parsing:popl04.pdf), POPL 2004.\n\n"
    "- Bryan Ford. [Packrat Parsing: Simple, Powerful, Lazy, Linear Time](https://bford.info/"
    "pub/lang/packrat-icfp02.pdf), ICFP 2002. \n\n"
    "- Aleksey Kladov. [Simple but Powerful Pratt Parsing](https://matklad.github.io/2020/04/13/"
    "simple-but-powerful-pratt-parsing.html), 2020.\n\n"
    "- Graham Hutton and Erik Meijer. [Monadic Parsing in Haskell](http://www.cs.nott.ac.uk/"
    "~pszgmh/pearl.pdf), Journal of Functional Programming, 1998.\n\n"
    "## Static Analysis\n\n"
    "- Luca Cardelli. [Type systems](http://lucacardelli.name/Papers/TypeSystems.pdf), 1997.\n\n"
    "- Jens Palsberg. [Type-Based Analysis and Applications](http://web.cs.ucla.edu/~palsberg/"
    "tba/papers/palsberg-paste01.pdf), 2001.\n\n"
    "- Michael Hicks. [What is soundness (in static analysis)?](http://www.pl-enthusiast.net/"
    "2017/10/23/what-is-soundness-in-static-analysis/), 2017. \n\n"
    "- Michael Hicks. [What is type safety?](http://www.pl-enthusiast.net/2014/08/05/type-"
    "safety/), 2014.\n")


def test_a_run_of_persons_before_a_link_texts_year_ends_its_title():
    """612: `[Title, M. Held, R. Karp, 1962](pdf)` (before: only the last comma field was
    asked, so one person was read and the first stayed in the title, `…, M. Held`; a person
    with initials alone, `J.A. Sethian`, `IC Dolcetta`, stayed in the title or was read as a
    venue, `IC Dolcetta 1996`). Comma fields that are each one person as an author list writes
    them, two or more (or one with initials), end the title: commas inside the title before
    them are kept; one capitalised word between the title and the names is the journal
    (`Econometrica`), and after names with initials a last field without one is the journal
    (`…, L. Kanal, Artificial Intellgience, 1984`); a trailing acronym after them stays the
    place it was read as."""
    papers = papers_with_authors(_NAMES_IN_LINK_TEXT)
    assert papers["Dynamic Programming Approach to Sequencing Problems"] == (
        1962, "", ["Held", "Karp"])
    assert papers["Dynamic Programming: an Overview"] == (2006, "", ["Sniedovich", "Lew"])
    assert papers["Evolution, Implementation and Application of Level Set and Fast Marching "
                  "Methods for Advancing Fronts"] == (2000, "", ["Sethian"])
    assert papers["Hamilton-Jacobi-Bellman Equations and Optimal Control"] == (
        1996, "", ["Dolcetta"])
    assert papers["An automatic method of solving discrete programming problems"][:2] == (
        1960, "Econometrica 1960")
    assert papers["A branch and bound algorithm for computing k-nearest neighbors"][2] == [
        "Fukunaga", "Patrenahalli"]
    assert papers["General branch and bound, and its relation to A* and AO*"] == (
        1984, "Artificial Intellgience 1984", ["Nau", "Kumar", "Kanal"])
    # (unchanged: one person, no initials; `et al` then an institution)
    assert papers["The Theory of Dynamic Programming"] == (1954, "", ["Bellman"])
    assert papers["An Algorithm for Travelling Salesman Problem"][2] == ["Little"]


def test_a_bracketed_name_after_a_title_closed_by_its_question_mark_is_no_title_word():
    """604: `6. Do Transformers Really Perform Bad for Graph Representation? (Graphormer)
    [[paper](arxiv)]` (before: the title kept `(Graphormer)`). A question's mark closes the
    title's sentence; one token in brackets after it is the method's name, as the list's
    other titles end at their sentence. A title ending in a question keeps its mark; a
    bracket that ends a title with no mark before it is left to the list's regularity."""
    papers = papers_in(_NAME_AFTER_QUESTION)
    assert "Do Transformers Really Perform Bad for Graph Representation?" in papers
    assert "What Does BERT Learn about the Structure of Language?" in papers
    assert len(papers) == 4


def test_a_word_on_how_the_paper_stands_after_a_lead_venues_year_is_no_title_word():
    """601: `- CoRL 2023 oral, **Diff-LfD**: title, [Website](url)`, `- ICRA 2024 submission,
    …` (before: the lead `Venue Year, ` read by round 26 took no word after the year, so the
    item linking only a project page was missed, or titled `CoRL 2023 oral, KODex: …` with no
    year). One word after the year that says how the paper was presented (`oral`:
    PRESENTATION_WORDS) or where it stands (`submission`: STATUS_WORDS) belongs to the lead:
    the venue is the name before the year, as the section's other items write it."""
    papers = papers_in(_VENUE_YEAR_STANDING)
    assert papers["Diff-LfD: Contact-aware Model-based Learning from Visual Demonstration for "
                  "Robotic Manipulation via Differentiable Physics-based Simulation and "
                  "Rendering"] == (2023, "CoRL 2023", "Algorithm")
    assert papers["KODex: On the Utility of Koopman Operator Theory in Learning Dexterous "
                  "Manipulation Skills"] == (2023, "CoRL 2023", "Algorithm")
    assert papers["Robot Synesthesia: In-Hand Manipulation with Visuotactile Sensing"] == (
        2024, "ICRA 2024", "Tactile")
    assert len(papers) == 7


def test_an_authored_item_linking_only_a_blog_engines_dated_post_is_no_paper():
    """603: `- Aleksey Kladov. [Simple but Powerful Pratt Parsing](matklad.github.io/2020/04/13/
    simple-but-powerful-pratt-parsing.html), 2020.` among `- Bryan Ford. [Title](pdf), POPL
    2004.` (before: imported as a paper: a post was judged by its link only when it named no
    author, and read alone the names were its title). A post has its writer too: a link whose
    path is dated to the day before a slug is a blog engine's post (no PDF, no paper's host,
    no identifier), and an item that names no venue and links only such posts is a post,
    judged on the reading its section's template gives it."""
    papers = papers_in(_AUTHORED_POSTS)
    assert "Simple but Powerful Pratt Parsing" not in papers
    assert "What is soundness (in static analysis)?" not in papers
    assert "What is type safety?" not in papers
    assert "Type-Based Analysis and Applications" in papers
    assert papers["Monadic Parsing in Haskell"][0] == 1998
    assert len(papers) == 5
