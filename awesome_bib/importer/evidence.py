"""Whether an item read from a list is a paper: the evidence it gives (a paper link, a venue,
a year, authors) and what says it is not one (links to videos, posts or white papers, a
label of code or slides, a name linked to its repository, a versioned software name)."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from ..core.identifiers import (
    DOCUMENT_SUFFIXES,
    PAPER_HOSTS,
    code_link,
    contest_page,
    data_file,
    data_set_page,
    documentation_page,
    home_page,
    host_has,
    identifier_link,
    not_paper_host,
    paper_itself,
    paper_link,
    path_in_repository,
    person_page,
    repository_home,
    repository_named,
    talks_only_host,
)
from ..core.names import CJK_PHRASE
from ..core.titles import PHRASE_WORDS, is_name
from ..core.vocab import (
    CJK_PAPER,
    CJK_POST_KINDS,
    CJK_VIDEO,
    DOCUMENT_KINDS,
    NON_PAPER_KINDS,
    PAPER_LABELS,
    POST_LABELS,
    TALK_WORDS,
    TOOL_LABELS,
    WORK_KINDS,
    substring_stems,
)
from ..core.years import MONTH, YEAR, YEAR_GROUP, YEAR_SPAN
from ..model import Link
from ..venues import lookup
from .item_fields import BARE_URL, MONTH_AFTER_YEAR, ParsedItem
from .items import NUMBERING
from .markdown import Piece
from .template import phrase, strip_label, title_like


def paper_evidence(item: ParsedItem) -> bool:
    """Whether an item reads as a paper, not prose or a project with a link: a link to a paper
    (arXiv, DOI, a publisher or proceedings site, a PDF), a venue or year, or authors, or its
    text naming the paper it is titled by (`[FOCUS](github), ... Paper: "FOCUS: A ..."`)."""
    if item.venue_tag or item.year or item.authors or item.named_paper:
        return True
    return any(paper_link(link.url) for link in item.links)


def only_data_files(item: ParsedItem) -> bool:
    """Whether an item links only files of data (`[QM7 original dataset](…/qm7.mat)`) and
    names no venue, year or authors: a data set's file, not a paper."""
    return bool(item.links) and all(data_file(link.url) for link in item.links) \
        and not paper_evidence(item)


def not_a_paper(item: ParsedItem) -> bool:
    """An item whose links are all videos, posts, social media or a software's documentation
    (or that labels itself code:
    `Code: [deepsets](https://github.com/...)`) and that names no venue, year or authors; or
    whose links all say they are posts or white papers, by their label or their own path
    (`"Phi-2: ..." [2023-12] [[blog](url)]`, `.../white-papers/machine-learning.pdf`), and
    that names no venue or authors: a post is dated too, and a PDF may be a white paper."""
    if links_say_post(item) or datelined(item) or dated_by_month(item):
        return True
    if (labelled_not_paper(item) or links_only_code(item)) and not paper_identity(item):
        return True
    if item.venue_tag and (venue_says_post(item) or venue_talk_files(item)):
        return True
    if item.links and all(contest_page(link.url) for link in item.links) \
            and not paper_identity(item):
        # `[The Hewlett Foundation: Automated Essay Scoring, Kaggle 2012](kaggle.com/c/…)`: a
        # contest, dated and named by its host as a paper by its venue
        return True
    if item.links and all(talks_only_host(link.url) for link in item.links):
        return True  # (its PDF is the talk's slides or white paper, whatever it is titled)
    if paper_evidence(item):
        return False
    if item.name.lower() in TOOL_LABELS:
        return True
    # (a software's manual or tutorial, `[A Gentle Introduction to torch.autograd](docs.
    # pytorch.org/tutorials/…)`, as a post is)
    return bool(item.links) and all(not_paper_host(link.url) or documentation_page(link.url)
                                    for link in item.links)


#: A dateline to the day that closes a title (`Machine Bias, ProPublica, May 23`, its year
#: read apart): how a news piece, a video or a post is cited (a paper is cited by its year,
#: maybe its venue, never its day).
_DATELINE_END = re.compile(rf",\s*{MONTH}\s+\d{{1,2}}", re.IGNORECASE)


#: A link's text that points at a paper without naming it (`[This paper from Hongfang Liu's
#: group at Mayo Clinic](url) demonstrates …`, `[this survey paper](url)`): a demonstrative,
#: then the kind of work in lower case, as a sentence refers to it, where the text ends or a
#: preposition goes on (a title so opening says something of it: `This paper had the
#: smartest reviewers -- Flattery detection …`, `These Papers Are Not Alike`); no title.
_UNNAMED_WORK = re.compile(r"(?i:this|that|these|those|our)\s+(?:\w+\s+)?"
                           r"(?:paper|work|article|study|survey|preprint)s?"
                           r"(?:\s+(?:from|by|of|on|in|at|about|with|for)\b.*)?", re.DOTALL)


def unnamed_work(title: str) -> bool:
    """Whether an item's title only refers to a work (`_UNNAMED_WORK`) and names none: the list
    speaks of a paper there, its title unwritten (a title so opening says something of it)."""
    return title[:1] in "TtOo" and _UNNAMED_WORK.fullmatch(title.strip(" .,;:")) is not None


def links_only_lists(item: ParsedItem) -> bool:
    """Whether every link of an item that names no venue, year or authors goes to another
    curated list: a repository named as awesome lists are (`github.com/opendilab/awesome-AI-
    based-protein-design`), a collection of works, no paper: the item points the reader on.
    Its title names the list as such (`Awesome AI-based Protein Design`, `Awesome-Code-LLM`):
    a paper's title over its companion list (`[A Survey on Large Language Models for Code
    Generation](github.com/…/awesome-code-llm)`, as surveys publish them) names a paper."""
    # (cheap first: the word in each link before its URL is split)
    return bool(item.links) and "awesome" in item.title.lower() \
        and all("awesome" in link.url.lower() for link in item.links) and all(
            repository_named(link.url).startswith("awesome") for link in item.links) \
        and not paper_evidence(item)


def datelined(item: ParsedItem) -> bool:
    """`[AI could worsen health disparities, New York Times, Jan 31, 2019](url)`: a title
    closed by a date to the day, no venue read, no arXiv id or DOI linked: a dated piece of
    the press or a talk, not a paper."""
    end = item.title[-16:]
    return item.year is not None and end[-1:].isdigit() and not item.venue_tag \
        and (dated := _DATELINE_END.search(end)) is not None and dated.end() == len(end) \
        and not any(identifier_link(link.url) for link in item.links)


def dated_by_month(item: ParsedItem) -> bool:
    """`Gil, Alex. (2015, May 21). [Title](url)`, `Woolley, A., et al. (2015, January).
    [Title](nytimes)`: an item dated in brackets to the month or day, the year first, as an
    author-date citation dates a newspaper, magazine or blog piece (a paper is cited by its
    year alone; APA dates a conference paper by its month too, so a link to a paper, a
    proceedings host or a PDF, keeps it), no paper linked: not a paper."""
    return item.venue_raw[:2] in ("19", "20") \
        and MONTH_AFTER_YEAR.fullmatch(item.venue_raw.strip()) is not None \
        and not any(paper_link(link.url) for link in item.links)


def venue_says_post(item: ParsedItem) -> bool:
    """`Title (Bilibili video Jan 2025) [[Link]](bilibili)`: the words read as a venue name the
    kind of a post (a video, a blog) and every link goes to a video, post or social site: the
    item says what it is; no venue, no paper (a paper's link elsewhere keeps it one)."""
    return bool(item.links) and _POST_WORD.search(item.venue_raw) is not None \
        and all(not_paper_host(link.url) for link in item.links)


#: A word naming a post's kind (POST_LABELS) inside a "venue": cheap first, one search.
_POST_WORD = re.compile(r"\b(?:" + "|".join(sorted(POST_LABELS)) + r")\b", re.IGNORECASE)


#: Words of a site's name (`ACM Collected Algorithms`); a paper's title is longer.
SITE_NAME_WORDS = 4


def site_home(item: ParsedItem) -> bool:
    """`- ACM digital library: https://dl.acm.org/`: an item named in a few words whose
    links all go to sites' home pages, with no venue, year or authors, names a site, not a
    paper (a paper sits at a path of its own, whatever host holds it)."""
    return bool(item.links) and not (item.venue_tag or item.year or item.authors
                                     or item.named_paper) \
        and len(item.title.split()) <= SITE_NAME_WORDS \
        and all(home_page(link.url) for link in item.links)


def person_home(item: ParsedItem) -> bool:
    """`- [Human Sensing Using Visible Light Communication](http://www.cs.dartmouth.edu/~xia/)`:
    an item whose links all go to a person's home page, with no venue, year or authors, names
    that person's work or group, not a paper (a paper sits at a page of its own)."""
    return bool(item.links) and not (item.venue_tag or item.year or item.authors
                                     or item.named_paper) \
        and all(person_page(link.url) for link in item.links)


def data_set_named(item: ParsedItem) -> bool:
    """`[**StudentLife Dataset**](…/dataset.html)`, `[U.S. Wildfire data (plus other
    attributes)](kaggle.com/datasets/…)`: a name of a few words (an aside in brackets left
    out) whose links all go to data sets' pages and none to a paper, with no venue, year or
    authors, is a data set without its paper (a data set's paper is titled by a phrase, or
    links the paper)."""
    if not item.links or "ataset" not in item.links[0].url:
        return False  # (cheap first: most items link no data set's page first)
    return all(data_set_page(link.url) and not paper_link(link.url) for link in item.links) \
        and not (item.venue_tag or item.year or item.authors or item.named_paper) \
        and len(_ASIDE.sub("", item.title).split()) <= SITE_NAME_WORDS


#: An aside in brackets in a name (`(plus other attributes)`).
_ASIDE = re.compile(r"\s*\([^()]*\)")


#: One word and a colon opening a title (`Slides: …`, `Video: …`): a label of the item's kind.
_KIND_BEFORE_TITLE = re.compile(r"\s*([A-Za-z]+)\s*:\s")
#: Kinds a title's label names that are no paper: posts and talks (a poster and a demo may be
#: papers of a venue, `Poster: …`, `Demo: …`; software is judged by its links). A kind of
#: written work is no such label: journals title tutorial papers so (`Tutorial: Concepts in …`,
#: J. Appl. Phys.), as ICML titles position papers (`WORK_KINDS`).
_LABELLED_KINDS = (POST_LABELS - {"poster"}) | TALK_WORDS - WORK_KINDS


def links_say_post(item: ParsedItem) -> bool:
    """Whether an item that names no venue or authors says it is a post, slides or a white
    paper: every link, by its label or its own path (a talk's folder, `talk_path`, when the
    item is undated too), or its title, by a label in parentheses
    at its end (`Dirichlet Process Mixture(PPT)`, `Graph Networks (slides)`); see
    `not_a_paper`."""
    if item.venue_tag or not item.links:
        return False
    if titled_post(item):
        return True
    if item.authors:
        # `[Computational Law: The Cop in the Backseat](law.stanford.edu/2016/01/13/…) by
        # Michael Genesereth`: a post has its author too; the title's own link says so by
        # its path or its blog's host. A link labelled other than the paper (`[[my notes]](me.
        # github.io/2020/04/13/…)` beside a cited paper) says what the notes are, not what the
        # item is. A blog folder alone says so of a byline only: a paper's authors, several or
        # et al., may be linked to its announcement (`[Language Models are Unsupervised
        # Multitask Learners](openai.com/blog/better-language-models/) by Alec Radford et al.`)
        if not all(link.label.lower() in PAPER_LABELS for link in item.links):
            return False
        byline = len(item.authors) == 1 and not item.et_al
        return authored_post(item) \
            or all(link.label == "paper" and _blog_page(link.url, byline) for link in item.links)
    # (a talk's folder is asked only of an undated item: `[Title](…/_media/presentations/
    # p325.pdf) (2011, Mao Ye)` is a paper a lab keeps beside its talks)
    return all(_says_post(link) or not item.year and talk_path(link.url) for link in item.links)


def titled_post(item: ParsedItem) -> bool:
    """Whether an item that names no venue says in its title what it is: slides, a post or a
    talk (`... (Presentation Slides)`, `… class summary slides`), or opens with it and a colon
    (`Slides: SMT-based Model Checking …`), which its author names do not change, and links no
    arXiv id, DOI or ACL Anthology paper."""
    tag = _TITLE_TAG.search(item.title)
    kind = _KIND_BEFORE_TITLE.match(item.title) if ":" in item.title[:12] else None
    return not item.venue_tag and (
        tag is not None and tag.group(1).split()[-1].lower() in POST_LABELS | DOCUMENT_KINDS
        or kind is not None and kind.group(1).lower() in _LABELLED_KINDS
        or _kind_by_name(item.title) or _slides_by_word(item.title)) \
        and not any(identifier_link(link.url) for link in item.links)


def _slides_by_word(title: str) -> bool:
    """Whether a title's last word says it is slides (`CS 262a @ Berkeley Fall 2020 class
    summary slides`): a paper's title names its subject, not its medium (`Slide Attacks on …`
    is not the word). A title opened by the word and a colon (`Slides: …`) is
    `_KIND_BEFORE_TITLE`'s."""
    return title[-6:].lower() == "slides" and title[-7:-6] in (" ", "")


#: A title that is a kind of work and who made it (`Blogpost by Grace Lindsay`, `Slides by Ann
#: Author`): the kind, one or two words, then `by` and a capitalised name, and nothing more.
_KIND_BY = re.compile(r"(?:an?\s+)?(?P<k>[A-Za-z]+(?:[\s-][A-Za-z]+)?)\s+by\s+[A-Z][\w.'’\-]*"
                      r"(?:\s[A-Z][\w.'’\-]*){0,3}")


def _kind_by_name(title: str) -> bool:
    """Whether a title only says what kind of document the item is and by whom (`_KIND_BY`):
    its kind a post, slides, a talk or a manual (`POST_LABELS`, `DOCUMENT_KINDS`), its words
    glued or not (`Blogpost`, `Blog post`)."""
    named = _KIND_BY.fullmatch(title.strip()) if " by " in title else None
    if named is None:
        return False
    kinds = POST_LABELS | DOCUMENT_KINDS
    kind = re.sub(r"[\s-]", "", named.group("k").lower())
    return kind in kinds or any(kind[:k] in kinds and kind[k:] in kinds
                                for k in range(2, len(kind) - 1))


#: A label in parentheses or brackets that ends a title (`(PPT)`, `[slides]`, `(Presentation
#: Slides)`), maybe before the year a citation writes after it (`(a manual). 2015`): its
#: last word says the kind.
_TITLE_TAG = re.compile(rf"[(\[]\s*([A-Za-z]+(?:\s+[A-Za-z]+)?)\s*[)\]](?:[.,]\s*{YEAR})?\s*$")


#: Words of a URL path that name its page a post, slides or a white paper (`/blog/`,
#: `/whitepapers/`, `countercept-whitepaper-machine-learning.pdf`,
#: `decompilers_and_beyond_white_paper.pdf`).
_POST_KINDS = r"blogs?|slides|white[-_]?papers?"
_POST_FILE = re.compile(rf"(?<![a-z])(?:{_POST_KINDS})(?![a-z])", re.IGNORECASE)
#: ... and a folder or page of posts or news (`/posts/`, `/news/`): words a paper's own file
#: name holds as its topic (`algo-depth-financial-news-stock-prediction.pdf`, post-training),
#: so asked of a document's folders only (`_post_path`).
_POST_PATH = re.compile(rf"(?<![a-z])(?:{_POST_KINDS}|posts?|news)(?![a-z])", re.IGNORECASE)
#: A URL path that names its file a talk's (`/hawk/presentations/xdp2016/intro.pdf`,
#: `/talks/2013_devconf.pdf`, `talk_20180316_frnog.pdf`): asked only off a paper's host, where
#: a paper's own page may be called a presentation (`usenix.org/conference/osdi18/presentation/…`).
#: A folder of that name, or a file named `talk_` then its date: never a word of a paper's own
#: file name (`presentation_attack_detection.pdf`, face presentation attack detection).
_TALK_PATH = re.compile(r"/(?:(?:talks?|presentations?)(?:/|[_-]\d)|(?P<s>sessions?/))",
                        re.IGNORECASE)
#: A file name's words (`neurips-2020-cameraready.pdf`).
_FILE_WORD = re.compile(r"[A-Za-z]+|\d+")


def _says_post(link: Link) -> bool:
    """Whether a link says it is a post or a white paper (its label or its path), and is no
    arXiv, DOI or ACL Anthology link."""
    url = link.url.strip()
    if identifier_link(url):
        return False
    if link.label.lower() in POST_LABELS and not paper_link(url):
        return True
    parts = urlsplit(url)
    if _post_path(url):
        return not venue_file(parts.path)
    if link.label != "paper":
        return False  # (a notes link beside the title, `[阅读笔记](blog.csdn.net/…)`, says
        # what the notes are, not what the item is: only the title's own link is asked below)
    return _blog_page(url)


def _blog_page(url: str, folder: bool = True) -> bool:
    """Whether a page is a blog's post by where it lies: `blog.willportnoy.com/…`,
    `davidoks.blog/p/…`, a blog's own host; a blog folder (`/blogs/inspiration/…`);
    `/2020-12-12-raft-liveness/`, `/2014/12/27/neat-algorithms/`: a page dated in its path
    is a blog engine's post (a paper's file is no page: `.pdf` stays; nor is a publisher's
    page, whose early access paths are dated too: `ijr.sagepub.com/content/early/2016/07/06/
    …`). No paper's link is (`paper_link`, an arXiv id, DOI or Anthology id among them).
    The folder is asked only where `folder` says."""
    if paper_link(url):
        return False
    parts = urlsplit(url.strip())
    host = parts.netloc.lower()
    return host.startswith(("blog.", "blogs.")) or host.endswith(".blog") \
        or folder and "/blog" in parts.path.lower() and bool(_BLOG_FOLDER.search(parts.path)) \
        or _dated_page(parts.path)


def _dated_page(path: str) -> bool:
    """Whether a link's path is a page (no PDF) dated before its slug (`_DAY_PATH`): a blog
    engine's post (`/2014/12/27/neat-algorithms/`), as `_blog_page` and `_engine_post` ask."""
    return bool(_DAY_PATH.search(path)) and not path.lower().endswith(".pdf")


#: A folder of a site's blog (`ideou.com/blogs/inspiration/what-is-design-thinking`), a whole
#: segment of the path (a paper's file name may hold the word: `blog-analysis.pdf`).
_BLOG_FOLDER = re.compile(r"/blogs?/", re.IGNORECASE)


def authored_post(item: ParsedItem) -> bool:
    """Whether an item that names its writer and no venue links only a blog engine's posts: a
    post has its writer too (`Aleksey Kladov. [Title](matklad.github.io/2020/04/13/simple-
    but-powerful-pratt-parsing.html), 2020.`): a path dated to the day before its slug is a
    post's, where a path's words alone (`/blog/`) may name a lab's folder of papers."""
    return bool(item.authors and item.links) and not item.venue_tag \
        and all(_engine_post(link.url) for link in item.links)


def _engine_post(url: str) -> bool:
    """Whether a link is a blog engine's post: a page (no PDF) whose path is dated to the day
    before its slug (`_DAY_PATH`), on no paper's host and with no arXiv id, DOI or Anthology
    id (`paper_link` asks both). Cheap first: a year's digits after a slash."""
    if "/20" not in url and "/19" not in url:
        return False
    return _dated_page(urlsplit(url.strip()).path) and not paper_link(url)


def _post_path(url: str) -> bool:
    """Whether a link's path names it a post, slides or a white paper (`_POST_PATH`); of a
    document (a PDF) only its folders below the repository that may hold it, and its own
    name by the kinds of file (`_POST_FILE`): `github.com/a/Financial-News-Stock/blob/master/
    Papers/x.pdf` is a paper's file, whatever the repository is called."""
    if not _POST_PATH.search(url):
        return False  # (cheap first: no such word anywhere in the URL)
    path = path_in_repository(url)
    folders, _, name = path.rpartition("/")
    if not name.lower().endswith(DOCUMENT_SUFFIXES):
        return bool(_POST_PATH.search(path))
    return bool(_POST_PATH.search(folders) or _POST_FILE.search(name))


def talk_path(url: str) -> bool:
    """Whether a link's path says it holds a talk's slides (`_TALK_PATH`), off the hosts of
    papers (`PAPER_HOSTS`) and with no arXiv id, DOI or Anthology id."""
    if not _TALK_PATH.search(url):
        return False  # (cheap first: the words anywhere in the URL, before it is parsed)
    parts = urlsplit(url.strip())
    if not (talk := _TALK_PATH.search(parts.path)):
        return False
    host = parts.netloc.lower()
    # (a meeting's session folder holds its talks' abstracts, on a publisher's host too:
    # `meetings.aps.org/Meeting/DFD17/Session/E31.4`, where APS's journals are papers)
    return (talk.group("s") is not None or not any(host_has(host, name)
                                                   for name in PAPER_HOSTS)) \
        and not identifier_link(url)


def venue_file(path: str) -> bool:
    """Whether a file's own name says which venue's paper it is, by a venue the table knows
    and a year (`…/whitepapers/neurips-2020-cameraready.pdf`): the file is that paper,
    whatever folder holds it, unless its name says it is the talk's or the post's
    (`2020-OSDI-Bourbon_learned_LSM_slides.pdf`)."""
    words = _FILE_WORD.findall(path.rsplit("/", 1)[-1])
    return any(YEAR_GROUP.fullmatch(w) for w in words) \
        and not any(w.lower() in POST_LABELS for w in words) \
        and any(w.isalpha() and len(w) > 2 and lookup(w) is not None for w in words)


#: A date to the day (or the month) in a URL path, then a post's slug of words
#: (`/2020-12-12-raft-liveness/`, `/2014/12/27/neat-algorithms/`, `/2023/03/13/alpaca.html`,
#: a magazine's `/2019/10/ai-can-outperform-doctors-so-why-dont-patients-trust-it`); a
#: journal's early-access path dates an identifier (`/content/early/2019/05/28/0008-5472.CAN-
#: 18-3962`, `…/gr.246454.118`).
_DAY_PATH = re.compile(r"/(?:19|20)\d\d([-/])(?:0[1-9]|1[0-2])(?:\1(?:0[1-9]|[12]\d|3[01]))?[-/]"
                       r"[a-z]+(?:-[a-z0-9]+)*(?:\.html?)?(?:/|$)")


def title_phrase(item: ParsedItem) -> bool:
    """Whether a linkless item's title may be a paper's: a title phrase of PHRASE_WORDS words
    or more (a lone name or label is none) or six CJK characters in a row (a title written
    without spaces, `程序分析研究进展`: `template.phrase`), no broken link in it (`[[pdf]](Title
    words)`)."""
    return not item.links and not item.title_is_label and "](" not in item.title \
        and (len(item.title.split()) >= PHRASE_WORDS or bool(CJK_PHRASE.search(item.title)))


def linkless_paper(item: ParsedItem) -> bool:
    """Whether an item without a link (a `file://` link is none) is still a paper: written as
    the list's papers are, a title phrase of PHRASE_WORDS words or more (a lone name or
    label stays a problem) with a year and a venue or authors (`2. (2020 Journal of Economic
    Surveys) **Econometrics Meets Sentiment ...**` over its author line). Enrichment finds it
    by its title; no link or field is made up for it. A broken link in the text (`[[pdf]](Title
    words)`) keeps the item a problem: the list meant a link, and its maintainer should see
    it."""
    return title_phrase(item) and item.year is not None and bool(item.venue_tag or item.authors)


def cited_paper(item: ParsedItem) -> bool:
    """Whether an item without a link is written as a full citation: authors, then a title
    phrase of PHRASE_WORDS words or more, then the rest (`1. Noriki Nishida, Hideki
    Nakayama. Unsupervised Discourse Constituency Parsing Using Viterbi EM. Transactions of
    the ACL, Volume 8, ...`). Alone it proves nothing; a section most of whose items are so
    written is a section of papers (collect: its own regularity)."""
    return title_phrase(item) and item.shape.startswith("citation") and bool(item.authors)


def listed_paper(item: ParsedItem) -> bool:
    """Whether a read item stands as a listed paper: a title, and a link or the evidence of
    `linkless_paper` (the one "no link" rule: bullets, paragraphs and table rows)."""
    return bool(item.title) and (bool(item.links) or linkless_paper(item))


def declared_linkless(item: ParsedItem) -> bool:
    """Whether an item without a link that fits a template a person declared is a paper: the
    template gave it a title phrase and a year, a venue or authors (`- [x] 1983: Title`
    under `{_}{year}: {title}`). The person said where the fields are and the item fills them;
    a bare `{title}` says nothing that tells a paper from a note, so it needs a link as any
    item does, and a label of another kind (`(Blog)`, `[Video]`) still decides."""
    return phrase(item.title) and bool(item.year or item.venue_raw or item.authors) \
        and not labelled_not_paper(item)


def declared_paper(item: ParsedItem) -> bool:
    """Whether an item inference read otherwise (a tool's name, a line under another item)
    is a paper by a declared template it fits: a title phrase, and a link not labelled a
    video, post or code, or what `declared_linkless` asks of an item without one."""
    if item.links:
        return phrase(item.title) and not not_a_paper(item) and not labelled_not_paper(item)
    return declared_linkless(item)


def paper_identity(item: ParsedItem) -> bool:
    """Whether a link of the item is a paper itself: an arXiv id, a DOI, the ACL Anthology or
    a PDF (a publisher's host alone is not enough: `neurips.cc/virtual/2024/tutorial/...`)."""
    return any(paper_itself(link.url) for link in item.links)


def labelled_not_paper(item: ParsedItem) -> bool:
    """Whether the list labels the item as something other than a paper: its own tag
    (`[2023 Github] **OpenBioMed**`, `(Blog) **Title**`) holds a word of software, posts,
    talks or sites (`NON_PAPER_KINDS`), or every link is labelled a site
    (`[[website]](https://dl.acm.org/doi/proceedings/...)`: a conference's page)."""
    tag = [word.lower() for word in re.findall(r"[A-Za-z]+", item.venue_raw)]
    if len(tag) <= 2 and set(tag) & NON_PAPER_KINDS:  # a kind, not a venue's name
        return True
    # (a titled paper with its venue and year that links only its project's site, `| *GI
    # '04* | Segmenting Motion Capture Data ... | [Website](url) |`, is labelled by that site)
    return bool(item.links) and all(_SITE_LABEL.fullmatch(link.label.strip())
                                    for link in item.links) \
        and not (item.venue_tag and item.year and title_like(item.title))


#: Link labels that name a site, not a paper.
_SITE_LABEL = re.compile(r"(?:official\s+)?(?:web\s?site|home\s?page|site)", re.IGNORECASE)

def tool_links(item: ParsedItem, labelled: bool = False) -> bool:
    """Whether the item links something and every link is code (a repository, a package page:
    `code_link`), or, `labelled`, labelled as a tool's (`[demo](url)`: TOOL_LABELS)."""
    return bool(item.links) and all(code_link(link.url) or labelled
                                    and link.label.lower() in TOOL_LABELS
                                    for link in item.links)


def links_only_code(item: ParsedItem) -> bool:
    """Whether an item that names no venue links only a code repository and its documentation
    or package page (`(2021) **causal-learn ...** [[GitHub](...)] [[documentation](...)]`):
    software. A title with only its code linked stays a paper (enrichment finds it by title);
    documentation is what says the item is the software itself."""
    return not item.venue_tag and tool_links(item) \
        and any(documentation_page(link.url) or _package_page(link.url)
                or link.label.lower() in ("documentation", "docs") for link in item.links)


#: The host of software packages (documentation's hosts: `documentation_page`).
_PACKAGES = re.compile(r"(?:^|\.)pypi\.org$")


def _package_page(url: str) -> bool:
    """Whether a link goes to a package index's page of a package (`pypi.org/project/…`)."""
    return _PACKAGES.search(urlsplit(url.strip()).netloc.lower()) is not None


# A tool, not a paper: a name linked to its repository, a versioned name, a venue named in a
# description; and a tool's `Publication` link. Which paper a tool's item names is read with
# the item (items.py `_named_work`, `ParsedItem.named_paper`).

def paper_link_piece(pieces: list[Piece]) -> Piece | None:
    """The item's first link when it is labelled the paper (`[Publication](arxiv)`,
    `[paper](url)`) and goes to one, else None."""
    first = next((p for p in pieces if p.kind == "link"), None)
    if first is None or first.text.strip().lower() not in PAPER_LABELS \
            or not paper_link(first.href):
        return None
    return first


def _leading_name(pieces: list[Piece]) -> Piece | None:
    """The link that opens the item when its text is a name, not a title phrase
    (`[DeepName-2021-ICSE](github), This repository ...`, `[gym_ped_sim](github)`)."""
    first = next((p for p in pieces if p.kind != "text" or p.text.strip()), None)
    if first is None or first.kind != "link" or not first.text.strip():
        return None
    # (a bracketed label opening the text is a field, `[ResNet] Deep Residual Learning for
    # Image Recognition`: the phrase after it says whether the text names a paper, when the
    # link goes to a page, a note or an issue; a repository itself is a tool's, whatever
    # phrase names it: `[[PyTorch] Official implementation of ResNet](github.com/a/b)`)
    text = first.text if repository_home(first.href) else strip_label(first.text)[1]
    return first if is_name(text) or not title_like(text) else None


def repository_name(pieces: list[Piece]) -> bool:
    """Whether an item opens with a name linked to its repository (`[DeepLocalize](github),
    DeepLocalize: Fault Localization ... This repo includes a benchmark.`): a tool, data set or
    system, unless it names its paper (`ParsedItem.named_paper`)."""
    first = _leading_name(pieces)
    if first is None:
        # `8.） https://github.com/owner/repo 不是论文`: a bare URL of a repository itself opens
        # the item (after its number): a tool named by its repository too
        lead = next((p for p in pieces if p.kind != "text" or p.text.strip()), None)
        if lead is not None and lead.kind == "text" and lead.strong:
            return _bold_repository(lead, pieces)
        if lead is None or lead.kind != "text" or "://" not in lead.text:
            return False  # (cheap first: no bare URL in the item's opening text)
        text = NUMBERING.sub("", lead.text, count=1)
        url = BARE_URL.match(text.lstrip())
        return url is not None and repository_home(url.group(0))
    return code_link(first.href)


def _bold_repository(lead: Piece, pieces: list[Piece]) -> bool:
    """`**CPM-2**. Cost-Effective Pre-trained Language Models, 2021. [[Model&Code](github.com/
    TsinghuaAI/CPM-2)]`: an item opened by a bold name (`lead`) whose every link goes to the
    repository of that name (its last path part, letter case aside) is that repository's."""
    if not is_name(lead.text.strip()):
        return False
    links = [p for p in pieces if p.kind == "link"]
    name = lead.text.strip().lower()
    return bool(links) and all(repository_named(p.href) == name for p in links)


def path_label(text: str, url: str) -> bool:
    """Whether a link's text is the path of the repository it goes to (`[XMUsuny/symbolic-
    execution-papers](https://github.com/XMUsuny/symbolic-execution-papers)`, or to a branch
    of it: `[CKtrace/Research-Paper-Review](https://github.com/CKtrace/Research-Paper-Review/
    tree/main)`): the link names the repository. Cheap first: a slash in the text."""
    if "/" not in text or not code_link(url):
        return False
    path = [s for s in urlsplit(url.strip()).path.split("/") if s]
    if len(path) != 2 and not (len(path) == 4 and path[2] == "tree"):
        return False
    return " ".join(text.split()).lower() == "/".join(path[:2]).lower()


#: A version number ending a name (`AI Habitat 3.0`, `SEAN 2.0`, `v1.2`).
_VERSION = re.compile(r"(?:\s|^|v)\d+(?:\.\d+)+\)?$", re.IGNORECASE)
#: A venue tag (its year counted) of this many words or fewer names a venue (`NAACL 2019`,
#: `ESEC/FSE 2019`), shorter than items.VENUE_AND_YEAR_WORDS allows a venue written alone; a
#: longer "venue" is a sentence that mentions one (`This work will be presented at ICSE 2019`).
_SHORT_VENUE_WORDS = 4


def software_name(title: str) -> bool:
    """Whether a title is a name, not a title phrase: fewer than PHRASE_WORDS words, no
    title phrase (`title_like`), or a name with its version (`Social Environment for
    Autonomous Navigation (SEAN) 2.0`)."""
    return is_name(title) or not title_like(title) or bool(_VERSION.search(title.strip()))


def short_venue(item: ParsedItem) -> bool:
    """Whether the item names a venue by its name (`[BERT](github) NAACL 2019`), not in a
    sentence of its description."""
    return bool(item.venue_tag) and len(item.venue_tag.split()) <= _SHORT_VENUE_WORDS



#: Dates of several works: a span of years (`paper series 2021-2023`) or two dated venues
#: joined by "and" (`RA-L 2020 and arXiv 2022`).
_SEVERAL = re.compile(rf"{YEAR_SPAN}|{YEAR}\)?\s+(?:and|&)\s+\S[^,;]*?{YEAR}",
                      re.IGNORECASE)


#: Nothing but years after a name (`[IJCAI](dblp) [2025](url), [2024](url)`, `[AI](dblp) 2025,
#: 2023`): the name's volumes, several works.
_YEARS_ONLY = re.compile(rf"[\s,;:()\[\]]*{YEAR}(?:[\s,;()\[\]]+{YEAR})+[\s,;()\[\].]*")


#: A presentation at an event, as an item's text after its title says (`Tutorial at The 6th
#: Asian Conference on Pattern Recognition (ACPR 2021)`, `Invited talk @ ICML 2019`).
_TALK_AT = re.compile(rf"\b(?:{'|'.join(sorted(TALK_WORDS))})\s+(?:at|@)\s", re.IGNORECASE)
#: An event's talk as the item writes it, wherever its venue is read from (`**Title, AAAI 2024
#: Tutorial**`, `ICASSP 2022 Tutorial`): a talk's word right after the event's year.
_DATED_TALK = re.compile(rf"{YEAR}\s+(?:{'|'.join(sorted(TALK_WORDS))})\b", re.IGNORECASE)
#: The talk words no other one contains (`talk`, not `talks`): a cheap test that an item
#: writes any of them.
_TALK_STEMS = substring_stems(TALK_WORDS)
#: A link in an item's Markdown (its label is no text of the item).
_MARKDOWN_LINK = re.compile(r"!?\[[^\]]*\]\([^)]*\)")


def presented_talk(item: ParsedItem, raw: str) -> bool:
    """Whether the item says it is a talk or tutorial given at an event, not a paper of it:
    the venue read ends in a talk's word after the venue's name, or the item writes one right
    after a year (`ICASSP 2022 Tutorial`, `**Title, AAAI 2024 Tutorial**`), or
    the text after its title names one at an event (`Zhijian Ou. Tutorial at ... (ACPR
    2021)`); a tutorial paper says it in its title (`A tutorial on hidden Markov models`),
    which is not looked at. An arXiv id, DOI or Anthology link says there is a paper (a PDF
    is as often the slides)."""
    # (cheap first: few items write a talk's word at all, and identifier_link parses links)
    lower = raw.lower()
    if not any(stem in lower for stem in _TALK_STEMS):
        return False
    venue = re.findall(r"[A-Za-z]+", item.venue_raw)
    if not (len(venue) > 1 and venue[-1].lower() in TALK_WORDS) \
            and not _DATED_TALK.search(_MARKDOWN_LINK.sub(" ", raw)):
        at = raw.find(item.title) if item.title else -1
        rest = raw[at + len(item.title):] if at >= 0 else raw
        if not _TALK_AT.search(_MARKDOWN_LINK.sub(" ", rest)):
            return False
    return not any(identifier_link(link.url) for link in item.links)


def noted_post(item: ParsedItem, raw: str) -> bool:
    """Whether the note after an item's title says in its first clause, a short noun phrase,
    that the item is a post, slides, a talk or a video (CJK_POST_KINDS, CJK_VIDEO: `-
    [Title](pdf) - 一组幻灯片，涵盖了…`, `- [Title](lwn) - 2014年的一篇博客文章，介绍…`), or its
    title ends in such a kind (`[Ferris Ellis的关于eBPF的博客文章](url)`), a video's in
    brackets only (`…未来发展（视频）`); a note that says `一篇简短的论文` (a short paper) names
    a paper. An arXiv id, DOI or Anthology link says there is a paper."""
    if CJK_VIDEO not in raw and not any(kind in raw for kind in CJK_POST_KINDS):
        return False  # (cheap first: few items write one)
    if _CJK_TITLE_TAG.search(item.title) is None \
            and not item.title.rstrip(" .。").endswith(CJK_POST_KINDS):
        at = raw.find(item.title) if item.title else -1
        rest = raw[at + len(item.title):] if at >= 0 else raw
        rest = _MARKDOWN_LINK.sub(" ", _LINK_END.sub(" ", rest, count=1))
        clause = _NOTE_CLAUSE.match(rest)
        if clause is None or len(clause.group(1)) > _KIND_CLAUSE_CHARS \
                or not clause.group(1).endswith((*CJK_POST_KINDS, CJK_VIDEO)) \
                or CJK_PAPER in clause.group(1):
            return False
    return not any(identifier_link(link.url) for link in item.links)


#: A bracketed field alone after the title's link, ending the item (`](url) [The Linux Kernel
#: documentation]`): group 1 its words.
_FIELD_AFTER_LINK = re.compile(r"\]\([^()\s]*\)\s*\[([^\[\]]{1,60})\]\s*$")


def bracketed_kind(item: ParsedItem, raw: str) -> bool:
    """Whether the bracketed field after the title's link, where the list's papers write their
    venue (`[ACM SOSP 2021]`), names a source by its kind of document, no paper's (`[The
    Linux Kernel documentation]`, `[The Go Programming Language Blog]`: a name, then its
    last word DOCUMENT_KINDS or NON_PAPER_KINDS), and the item links no arXiv id, DOI or PDF:
    the item is that document or post. A venue the table knows (`Journal of Documentation`)
    is a venue."""
    if raw.rstrip()[-1:] != "]":
        return False  # (cheap first: most items end otherwise)
    field = _FIELD_AFTER_LINK.search(raw)
    source = field.group(1).strip() if field is not None else ""
    words = source.split()
    return len(words) > 1 and words[-1].lower() in DOCUMENT_KINDS | NON_PAPER_KINDS \
        and lookup(source) is None and not paper_identity(item)


#: The end of the title's own link, right after its text (`](url)`).
_LINK_END = re.compile(r"^\]\([^)]*\)")
#: A note's first clause after the title's link and a separator (`) - 一组幻灯片，涵盖…`).
_NOTE_CLAUSE = re.compile(r"[^\w\s]*\s*[-–—:：]\s*([^，。,.;；:：!?！？]+)")
#: A kind in brackets ending a title (`（视频）`, `(视频)`, as the importer folds full widths).
_CJK_TITLE_TAG = re.compile(r"[(（]\s*(?:" + "|".join((*CJK_POST_KINDS, CJK_VIDEO))
                            + r")\s*[)）]\s*$")
#: A noun phrase's length in characters (`2014年的一篇博客文章`: 12): a longer clause is a
#: sentence about something, not what the item is.
_KIND_CLAUSE_CHARS = 16


def venue_talk_files(item: ParsedItem) -> bool:
    """`**GTC'17**-[COOPERATIVE GROUPS](…gputechconf.com/gtc/2017/presentation/s7622-….pdf)`:
    every link lies in a talk's folder (`talk_path`) below a folder named as the item's venue:
    the slides of a talk given at that event, not a paper of it."""
    if not item.links or not all(talk_path(link.url) for link in item.links):
        return False  # (cheap first: few links lie in a talk's folder)
    name = item.venue_tag.split()[0].lower() if item.venue_tag else ""
    return bool(name) and all(name in urlsplit(link.url.strip()).path.lower().split("/")
                              for link in item.links)


def several_works(item: ParsedItem, text: str) -> bool:
    """Whether an item that links no paper of its own (no arXiv id, DOI or PDF) names several
    works: a collection's page (`collection_page`), or its own text (`(JDRB) [JackRabbot
    Dataset and Benchmark](site), paper series 2021-2023.`, `[THOR and THOR-Magni](site),
    RA-L 2020 and arXiv 2022.`): a data set or project with its papers, not one paper. A
    paper's preprint and venue years written apart (`(arXiv 2019; ICLR 2020)`) are one work,
    and so is an item whose span dates something else (`satellite flood maps 2000-2018,
    Nature 2021.`): the item's own date is the last it writes, so the span must be last, no
    year after it."""
    # (the text first: most items date one work, and paper_identity parses every link)
    return (any(not re.search(YEAR, text[m.end():]) for m in _SEVERAL.finditer(text))
            or bool(_YEARS_ONLY.fullmatch(text)) or collection_page(item)) \
        and not paper_identity(item)


#: A URL path that names its page a collection or special issue of many works
#: (`/collections/special/20th-anniversary-of-ismir/`, `/special-issue/...`).
_COLLECTION_PATH = re.compile(r"(?<![a-z])(?:collections?|special[-_]?issues?)(?![a-z])",
                              re.IGNORECASE)


def collection_page(item: ParsedItem) -> bool:
    """Whether every link of the item is a collection's or special issue's page (its path
    says so): the item names many works, not one (`20th Anniversary of ISMIR, 2019.
    https://transactions.ismir.net/collections/special/...`)."""
    # the raw URL first: its path can only match where the whole URL does (cheap case)
    return bool(item.links) and all(_COLLECTION_PATH.search(link.url)
                                    and _COLLECTION_PATH.search(urlsplit(link.url).path)
                                    for link in item.links)
