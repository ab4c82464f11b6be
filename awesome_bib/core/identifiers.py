"""Everything a link identifies, each rule once: arXiv ids (grammar in `arxiv_ids`), DOIs
(doi.org and publisher URLs holding one), ACL Anthology DOIs to confirm, the venue and year
a proceedings URL proves (ACL Anthology, CVF, NeurIPS, PMLR), and URL normalisation for
matching. The importer, enrichment and check all read links through here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from urllib.parse import SplitResult, unquote, urlsplit

from . import arxiv_ids
from .vocab import PAPER_LABELS, substring_stems
from .years import full_year

_DOI = re.compile(r"^(10\.\d{4,9}/\S+?)[.,;]?$")
#: A DOI written inside a text (`[doi: 10.1109/TBME.2016.2611862]`): an identifier, whose
#: digits are no year or volume of the citation around it.
DOI_IN_TEXT = re.compile(r"(?<![\w./])10\.\d{4,9}/[^\s\"<>\[\]]+")
_DOI_HOSTS = frozenset({"doi.org", "dx.doi.org", "www.doi.org"})
_DOI_IN_PATH = r"(10\.\d{4,9}/[^?#]+?)"

#: Publisher URL shapes whose path holds the DOI verbatim: host -> (path regex, DOI prefix).
#: Only sites where this holds by construction. Not mappable without a request, so left to
#: enrichment's search: IEEE Xplore (`/document/<article number>`), ScienceDirect
#: (`/pii/<PII>`: modern Elsevier DOIs are not derived from the PII) and AAAI's OJS.
_SPRINGER = (re.compile(r"^/(?:article|chapter|epdf|content/pdf)/" + _DOI_IN_PATH +
                        r"(?:\.pdf)?$"), "")
_NATURE = (re.compile(r"^/articles/(s\d{5}-\d{3}-\d{5}-\w)(?:\.pdf)?$"), "10.1038/")
_WILEY = (re.compile(r"^/doi/(?:abs/|full/|pdf/|epdf/|pdfdirect/)?" + _DOI_IN_PATH + r"/?$"), "")
_ACM = (re.compile(r"^/doi/(?:abs/|pdf/|fullHtml/|epdf/)?" + _DOI_IN_PATH + r"/?$"), "")
_PUBLISHER_DOIS = {
    "link.springer.com": _SPRINGER,
    "www.nature.com": _NATURE, "nature.com": _NATURE,
    "onlinelibrary.wiley.com": _WILEY,
    "dl.acm.org": _ACM,
}

#: Every host `doi` reads a DOI from.
_DOI_HOST_NAMES = substring_stems(_DOI_HOSTS | set(_PUBLISHER_DOIS))

#: ACL Anthology venue codes (new-style ids `2021.emnlp-main.288`) -> venue names on tags.
ANTHOLOGY_VENUES = {
    "acl": "ACL", "emnlp": "EMNLP", "naacl": "NAACL", "eacl": "EACL", "coling": "COLING",
    "aacl": "AACL", "conll": "CoNLL", "tacl": "TACL", "cl": "CL", "lrec": "LREC",
    "findings": "Findings",
}
#: Old-style anthology letters (`P18-1234`) -> venue.
ANTHOLOGY_LETTERS = {"P": "ACL", "D": "EMNLP", "N": "NAACL", "E": "EACL", "C": "COLING",
                     "Q": "TACL", "J": "CL", "K": "CoNLL"}
#: The Anthology registers Crossref DOIs `10.18653/v1/<id>` for events from 2016 on (ids
#: before that have none); a derived DOI is only a candidate until Crossref returns it.
ANTHOLOGY_DOI_PREFIX = "10.18653/v1/"
ANTHOLOGY_DOI_FROM = 2016
_ANTH_NEW = re.compile(r"^/(?P<id>(?P<year>\d{4})\.(?P<venue>[a-z]+)(?:-(?P<part>[a-z]+))?[-.]"
                       r"[\w.-]*?)(?:\.pdf)?/?$")
_ANTH_OLD = re.compile(r"^/(?:anthology/)?(?P<id>(?P<letter>[A-Z])(?P<yy>\d{2})-\d{4})"
                       r"(?:\.pdf)?/?$")
_CVF = re.compile(r"/(?:content/|content_)(?P<conf>[A-Za-z]+)_?(?P<year>\d{4})(?P<w>W?)(?:/|_)",
                  re.IGNORECASE)
_NEURIPS = re.compile(r"^/(?:paper_files/)?paper/(?P<year>\d{4})/")
_NEURIPS_HOSTS = frozenset({"proceedings.neurips.cc", "papers.nips.cc", "papers.neurips.cc"})
#: PMLR: `/v139/radford21a.html` -- the paper's name ends in the two-digit year and a letter.
_PMLR = re.compile(r"^/(?:press/)?v(?P<volume>\d+)/[a-z-]+?(?P<yy>\d{2})[a-z]{1,2}(?:\.html|/|"
                   r"/[\w-]+\.pdf)?$", re.IGNORECASE)
_PMLR_HOSTS = frozenset({"proceedings.mlr.press", "jmlr.org", "www.jmlr.org"})
#: PMLR volume -> the conference it holds (data/pmlr_volumes.yaml, pinned from PMLR's own
#: mlresearch/v<N> repositories with the commit of each).
_PMLR_VOLUMES = Path(__file__).resolve().parents[1] / "data" / "pmlr_volumes.yaml"


@cache
def _pmlr_volumes() -> dict[int, tuple[str, int]]:
    import yaml  # here, not at the top: export imports this module and never needs the table

    with _PMLR_VOLUMES.open(encoding="utf-8") as handle:
        raw = yaml.safe_load(handle)
    return {int(volume): (str(rec["venue"]), int(rec["year"])) for volume, rec in raw.items()}


def pmlr_volume(volume: int) -> tuple[str, int] | None:
    """The conference and its (conference, not publication) year that PMLR volume `volume`
    holds, or None when the pinned table does not know the volume."""
    return _pmlr_volumes().get(volume)


@dataclass(frozen=True)
class VenueProof:
    """A venue and year that a link proves on its own, with the proof."""

    venue: str  # as a list would tag it: "EMNLP", "CVPR", "NeurIPS", "PMLR"
    year: int
    source: str  # "ACL Anthology id 2021.emnlp-main.288", ...
    track: str = ""  # "findings", "workshop", "demo", ...


def _split(url: str) -> tuple[str, str, str, SplitResult]:
    parts = urlsplit(url.strip())
    return parts.scheme.lower(), parts.netloc.lower(), parts.path, parts


#: URLs whose reading is remembered: a 50k-item list asks for each link's arXiv id and DOI in
#: several phases (dedupe, conflicts, re-import matching); parsing a URL is most of that cost.
URL_CACHE = 1 << 17


@lru_cache(maxsize=URL_CACHE)
def arxiv_id(url: str) -> tuple[str, str]:
    """(id, version) from an arxiv.org paper link or a doi.org link to an arXiv DOI
    (`https://doi.org/10.48550/arXiv.2308.04460`), else ("", "") (see `arxiv_ids.from_url`)."""
    found = arxiv_ids.from_url(url)
    if found[0] or arxiv_ids.DOI_PREFIX.rstrip("/") not in url:
        return found
    ident = arxiv_ids.from_doi(doi(url))
    return (ident, "") if ident else ("", "")


@lru_cache(maxsize=URL_CACHE)
def doi(url: str) -> str:
    """The DOI a doi.org link (or a publisher link holding it verbatim) names, else ""."""
    if not arxiv_ids.names_host(url, _DOI_HOST_NAMES):
        return ""
    scheme, host, path, _ = _split(url)
    if scheme not in ("http", "https"):
        return ""
    if host in _DOI_HOSTS:
        match = _DOI.match(unquote(path.lstrip("/")))
        return match.group(1) if match else ""
    rule = _PUBLISHER_DOIS.get(host)
    if rule:
        pattern, prefix = rule
        match = pattern.match(unquote(path))
        if match:
            return prefix + match.group(1)
    return ""


def _anthology_path(host: str, path: str) -> str | None:
    """The paper part of an aclanthology.org / aclweb.org path (unquoted, `/anthology`
    dropped), or None for another host."""
    if not (host.endswith("aclanthology.org") or host in ("www.aclweb.org", "aclweb.org")):
        return None
    return re.sub(r"^/anthology", "", unquote(path))


def anthology_id(url: str) -> str:
    """The ACL Anthology id of an aclanthology.org / aclweb.org paper link, else ""."""
    _, host, path, _ = _split(url)
    paper = _anthology_path(host, path)
    if paper is None:
        return ""
    match = _ANTH_NEW.match(paper) or _ANTH_OLD.match(paper)
    return match.group("id") if match else ""


def identifier_link(url: str) -> bool:
    """Whether a URL is a paper's own identifier: an arXiv id, a DOI, the ACL Anthology (the one
    test; a PDF is a paper's file but may be a post's: `...-whitepaper-....pdf`)."""
    return bool(arxiv_id(url)[0] or doi(url) or anthology_id(url))


def paper_itself(url: str) -> bool:
    """Whether a link is a paper itself: its identifier (`identifier_link`) or a PDF (a
    publisher's host alone is not enough: `neurips.cc/virtual/2024/tutorial/...`)."""
    return identifier_link(url) or urlsplit(url.strip()).path.lower().endswith(".pdf")


#: Hosts that serve papers (publishers, proceedings, preprint servers, indexes): a link there is
#: a paper's (`paper_link`).
PAPER_HOSTS = ("arxiv.org", "openreview.net", "aclanthology.org", "doi.org", "ieeexplore",
                "springer.com", "acm.org", "sciencedirect", "nature.com", "thecvf.com",
                "neurips.cc", "nips.cc", "mlr.press", "pubmed", "ncbi.nlm.nih.gov", "biorxiv",
                "medrxiv", "semanticscholar", "aaai.org", "ijcai.org", "researchgate", "wiley",
                "jmlr.org", "iclr.cc", "papers.", "proceedings.", "ssrn", "science.org",
                # NBER's working papers (`nber.org/papers/w31010`), economics' preprint series
                # beside SSRN
                "nber.org",
                "sciencemag.org", "cell.com", "academic.oup.com", "plos", "frontiersin.org",
                "mdpi.com", "tandfonline.com", "sagepub.com", "pnas.org", "bmj.com",
                "thelancet.com", "nejm.org", "jamanetwork.com", "elifesciences.org",
                "biomedcentral.com", "usenix.org", "iop.org", "pubs.acs.org", ".aps.org",
                # citation indexes' records, one paper each (`…/full-record/WOS:000272546000003`)
                "webofscience.com", "scopus.com",
                # China's journal and thesis databases (CNKI, Wanfang, VIP)
                "cnki.", "wanfangdata.", "cqvip.com",
                # HAL, France's open archive of papers (`hal.science`, `hal.inria.fr`,
                # `hal.archives-ouvertes.fr`, `inria.hal.science`)
                "hal.")


def paper_link(url: str) -> bool:
    """A link to a paper: arXiv, a DOI, the ACL Anthology (any of its hosts), a PDF, a publisher
    or proceedings site."""
    # Hosts are matched in the host only: `github.com/explosion/spaCy` holds "plos" in its path.
    parts = urlsplit(url.strip())
    host = parts.netloc.lower()
    return paper_itself(url) or any(host_has(host, name) for name in PAPER_HOSTS)


def host_has(host: str, name: str) -> bool:
    """`papers.` and `proceedings.` name a host's first label (`papers.nips.cc`), never the
    end of a word (`www.connectedpapers.com` is a search tool); other names anywhere."""
    if name.endswith("."):
        return host.startswith(name) or f".{name}" in host
    return name in host


def asks_pdf(url: str) -> bool:
    """Whether a link's query asks its server for a PDF (`viewdoc/download?doi=…&type=pdf`):
    a file, as a path ending `.pdf` is, though its path does not say so (kept apart from
    `paper_itself`, which decides more than a heading's verdict: a book's PDF is a book)."""
    query = urlsplit(url.strip()).query
    return bool(query) and _PDF_QUERY.search(query) is not None


#: A query parameter asking for the PDF (`type=pdf`, `format=pdf`).
_PDF_QUERY = re.compile(r"(?:^|&)(?:type|format)=pdf(?:&|$)", re.IGNORECASE)


#: A DOI whose suffix is a book's ISBN-13 and nothing more (`10.1007/978-0-387-84858-7`,
#: `10.1201/9781032683805`): the whole book; a chapter, or a paper of a proceedings volume,
#: adds its part after the ISBN (`978-3-030-01716-3_32`, `9781315794013.ch6`).
_BOOK_DOI = re.compile(r"(?<![\w.])10\.\d{4,9}/97[89](?:-?\d){10}(?=$|[/?#]|\.pdf$)",
                       re.IGNORECASE)


def book_doi_link(url: str) -> bool:
    """Whether a link names a whole book by its DOI (`_BOOK_DOI`: `link.springer.com/book/
    10.1007/978-3-031-08720-2`, `doi.org/10.1007/978-3-319-14011-7`), not a chapter of it."""
    if "/97" not in url and "%2F97" not in url.upper():
        return False  # (cheap first: no ISBN after a DOI's slash)
    return _BOOK_DOI.search(unquote(url.strip())) is not None


def candidate_doi(url: str) -> str:
    """A DOI the link implies but does not state (ACL Anthology `10.18653/v1/<id>` from 2016):
    to be confirmed by Crossref before it is used. "" when the link implies none."""
    ident = anthology_id(url)
    year = _anthology_year(ident) if ident else None  # the year link_venue would read from it
    if ident and year and year >= ANTHOLOGY_DOI_FROM:
        return ANTHOLOGY_DOI_PREFIX + ident
    return ""


def _anthology_year(ident: str) -> int | None:
    match = re.match(r"^(\d{4})\.", ident) or re.match(r"^[A-Z](\d{2})-", ident)
    if not match:
        return None
    return full_year(match.group(1))


def link_venue(url: str) -> VenueProof | None:
    """The venue and year a proceedings URL proves (ACL Anthology, CVF, NeurIPS, PMLR)."""
    _, host, path, _ = _split(url)
    anthology = _anthology_path(host, path)
    if anthology is not None:
        return _anthology(anthology)
    path = unquote(path)
    if host == "openaccess.thecvf.com":
        match = _CVF.search(path)
        if match:
            conf = match.group("conf").upper()
            track = "workshop" if match.group("w") else ""
            return VenueProof(conf, int(match.group("year")), f"CVF open-access URL ({conf}"
                              f"{match.group('year')}{match.group('w')})", track)
        return None
    if host in _NEURIPS_HOSTS:
        match = _NEURIPS.match(path)
        if match:
            year = int(match.group("year"))
            return VenueProof("NeurIPS", year, f"NeurIPS proceedings URL (/paper/{year}/)")
    if host in _PMLR_HOSTS:
        match = _PMLR.match(path)
        # PMLR is a series: only the volume names the conference, and the year in the file
        # name is the volume's publication year (CoRL 2022 is `.../v205/...23a.html`). A
        # volume the pinned table does not know proves nothing.
        volume = int(match.group("volume")) if match else 0
        held = pmlr_volume(volume) if volume else None
        if held is not None:
            venue, year = held
            return VenueProof(venue, year, f"PMLR volume {volume} ({venue} {year})")
    return None


def _anthology(path: str) -> VenueProof | None:
    match = _ANTH_NEW.match(path)
    if match:
        code, part = match.group("venue"), match.group("part") or ""
        ident = match.group("id")
        if code == "findings" and part in ANTHOLOGY_VENUES:
            return VenueProof(ANTHOLOGY_VENUES[part], int(match.group("year")),
                              f"ACL Anthology id {ident}", "findings")
        if code in ANTHOLOGY_VENUES and code != "findings":
            track = "" if part in ("", "main", "long", "short") else part
            return VenueProof(ANTHOLOGY_VENUES[code], int(match.group("year")),
                              f"ACL Anthology id {ident}", track)
        return None  # a workshop volume (bionlp, clinicalnlp, ...): its venue is not a tag name
    match = _ANTH_OLD.match(path)
    if match and match.group("letter") in ANTHOLOGY_LETTERS:
        year = _anthology_year(match.group("id")) or 0
        return VenueProof(ANTHOLOGY_LETTERS[match.group("letter")], year,
                          f"ACL Anthology id {match.group('id')}")
    return None


def norm_url(url: str) -> str:
    """URL comparison key: scheme and host lower-cased, `www.` and trailing slash dropped."""
    scheme, host, path, parts = _split(url)
    if host.startswith("www."):
        host = host[4:]
    query = f"?{parts.query}" if parts.query else ""
    return f"{scheme or 'https'}://{host}{path.rstrip('/')}{query}"


def is_web_link(url: str) -> bool:
    """True for http(s) links; anchors (`#survey`), mailto: and relative paths are not papers."""
    scheme, host, _, _ = _split(url)
    return scheme in ("http", "https") and bool(host)


#: The file formats papers are kept in: PDF, PostScript, DjVu, and CNKI's CAJ/KDH/NH (the
#: Chinese journal database's own formats, `./paper/知识表示学习研究进展.caj`).
DOCUMENT_SUFFIXES = (".pdf", ".ps", ".ps.gz", ".djvu", ".caj", ".kdh", ".nh")


def repository_pdf(url: str) -> bool:
    """A relative link to a paper's file kept in the list's own repository
    (`papers/essentials/x.pdf`, `./paper/x.caj`): the list links the paper's file, though not
    on the web (export prints no url for it)."""
    scheme, host, path, _ = _split(url)
    return not scheme and not host and path.lower().endswith(DOCUMENT_SUFFIXES) \
        and not path.startswith(("/", "#"))


def doi_target(target: str) -> str:
    """The doi.org URL of a link target that is a DOI written without a scheme or host
    (`[Title](10.1038/s41586-020-2983-4)`: a DOI, no page of the list's repository), else ""."""
    match = _DOI.match(target) if target[:3] == "10." else None
    return f"https://doi.org/{match.group(1)}" if match else ""


#: A line that is only a DOI after its label (`- DOI: 10.2172/1020735`, `doi:10.5194/amt-5-2881`):
#: a record's DOI field, the link written as text. (Only the whole line: a DOI inside a
#: citation may be cut by the citation's line breaks, `doi: 10.1073/pnas.` over `0506029102.`.)
_LABELLED_DOI = r"doi\s*[:：]?\s*(10\.\d{4,9}/[^\s\"<>]+?)[.,;]?\s*"
_DOI_LINE = re.compile(rf"\s*{_LABELLED_DOI}", re.IGNORECASE)
#: A DOI after its label that ends a citation (`…, Springer Nature. doi: 10.1038/s41598-…`,
#: `[doi: 10.2196/19962]`): whole, for nothing follows it (a DOI a line break cuts is
#: followed by the rest).
_DOI_CLOSING = re.compile(rf"(?<![\w/.]){_LABELLED_DOI}[\])]?\s*$", re.IGNORECASE)


def written_doi(text: str, closing: bool = False) -> str:
    """The doi.org URL of the DOI a DOI line (`_DOI_LINE`) writes, or, `closing` (the text
    ends its item), of the labelled DOI that ends the text (`_DOI_CLOSING`); else ""."""
    if "10." not in text:
        return ""
    match = _DOI_LINE.fullmatch(text) or (_DOI_CLOSING.search(text) if closing else None)
    return doi_target(match.group(1)) if match else ""


#: An IEEE Xplore record written as text (`- IEEE document 10170563`): the record's number,
#: which names its page as a DOI names its own.
_IEEE_DOCUMENT = re.compile(r"\bIEEE\s+(?:Xplore\s+)?document\s+(?:no\.?\s*|#\s*)?(\d{6,9})\b",
                            re.IGNORECASE)


def written_ieee_document(text: str) -> str:
    """The IEEE Xplore page of a record number the text writes (`_IEEE_DOCUMENT`), else ""."""
    match = _IEEE_DOCUMENT.search(text) if "ocument" in text else None
    return f"https://ieeexplore.ieee.org/document/{match.group(1)}" if match else ""


#: A bioRxiv/medRxiv DOI, which dates its posting (`10.1101/2023.01.23.525290`).
_POSTED_DOI = re.compile(r"10\.1101/((?:19|20)\d\d)\.[01]\d\.[0-3]\d\.")


def posted_doi_year(url: str) -> int | None:
    """The year a bioRxiv or medRxiv DOI in `url` says the preprint was posted, else None."""
    found = _POSTED_DOI.search(url) if "10.1101/" in url else None
    return int(found.group(1)) if found else None


#: A page's path that ends with its record number and its title's words joined by
#: underscores (`/publication/337650865_A_combinative_knowledge-driven_integration_method`,
#: ResearchGate's publication pages): four words at least, each of letters, digits, hyphens.
_SPELLED_TITLE = re.compile(r"/\d{4,}_((?:[^\W_]|-)+(?:_(?:[^\W_]|-)+){3,})/?")


def spelled_title(url: str) -> str:
    """The title a page's URL spells after its record number (`_SPELLED_TITLE`), words as
    written and underscores as spaces (the page's punctuation, `:` or `,`, is lost), else ""."""
    path = _split(url)[2] if "_" in url else ""
    match = _SPELLED_TITLE.search(path) if path else None
    return match.group(1).replace("_", " ") if match and match.end() == len(path) else ""


def local_page(url: str) -> bool:
    """A relative link to a page of the list's own repository (`notes/resnet.md`,
    `./detection/SSD.md`): no scheme, no host, not an anchor of the page itself."""
    scheme, host, path, _ = _split(url)
    return not scheme and not host and bool(path.strip()) and not path.startswith("#")


def listed_link(url: str) -> bool:
    """A link an item keeps: a web link (`is_web_link`) or a PDF in the list's repository."""
    return is_web_link(url) or repository_pdf(url)


def paper_id(label: str, url: str) -> str:
    """What a link identifies: `arxiv:<id>`, `doi:<doi>`, `url:<normalised url>` for another
    link that names the paper itself (pdf, paper, ...), or "" (code, demo, project page)."""
    ident = arxiv_id(url)[0]
    if ident:
        return f"arxiv:{ident}"
    found = doi(url)
    if found:
        return f"doi:{found.lower()}"
    if label.lower() in PAPER_LABELS:
        # (a fragment names a place in the page: `notes.md#ResNet` and `notes.md#GAN` are the
        # notes on two papers, `volume.pdf#page=3` and `#page=9` two papers of one volume)
        fragment = urlsplit(url.strip()).fragment
        return f"url:{norm_url(url)}" + (f"#{fragment}" if fragment else "")
    return ""


#: Hosts of videos, posts and social media: a link there is never a paper.
NOT_PAPER_HOSTS = ("youtube.com", "youtu.be", "vimeo.com", "bilibili.com", "medium.com",
                   "twitter.com", "zhihu.com", "towardsdatascience.com", "substack.com",
                   "slideshare.net", "speakerdeck.com", "wikipedia.org",
                   # a chatbot's shared conversation (`chatgpt.com/share/…`), a chat, not a paper
                   "chatgpt.com", "chat.openai.com")
#: Social sites whose host is too short a name to find inside another host (`x.com`, Twitter
#: renamed, is in `latex.com`): matched as the whole host.
_SOCIAL_HOSTS = frozenset({"x.com"})
#: Hosts of the materials of talks-only security conferences (briefings with slides and white
#: papers, no proceedings: `blackhat.com/docs/us-16/materials/…pdf`, `media.defcon.org`): a
#: PDF there is a talk's, never a paper's.
TALK_ONLY_HOSTS = ("blackhat.com", "defcon.org")
#: Hosts of code and its documentation: an item linking only these is software.
CODE_HOSTS = ("github.com", "gitlab.com", "bitbucket.org", "readthedocs.io", "pypi.org")
#: Documents a repository may hold (`.../blob/master/Survey.pptx`): a file, not the code.
_DOCUMENT = re.compile(r"\.(?:pdf|pptx?|docx?|ps)$", re.IGNORECASE)


def code_link(url: str) -> bool:
    """Whether a link goes to code (a repository, its docs or package), not a file in it."""
    parts = urlsplit(url.strip())
    return any(parts.netloc.lower().endswith(host) for host in CODE_HOSTS) \
        and not _DOCUMENT.search(parts.path)


def path_in_repository(url: str) -> str:
    """A document's path below the repository that holds it on a code host (`/blob/master/
    Papers/x.pdf` of `github.com/owner/Financial-News-Prediction/blob/master/Papers/x.pdf`),
    else the link's whole path: the owner's and repository's names say what the collection
    is about, not what kind of file the document is."""
    parts = urlsplit(url.strip())
    if code_link(url) or not _DOCUMENT.search(parts.path) \
            or not any(parts.netloc.lower().endswith(host) for host in CODE_HOSTS):
        return parts.path
    return "/" + "/".join(parts.path.lstrip("/").split("/")[2:])


def repository_home(url: str) -> bool:
    """Whether a link goes to a repository itself (`github.com/owner/repo`), not to a page
    inside it (an issue, a note file: `.../issues/48`, `.../blob/master/notes.md`)."""
    parts = urlsplit(url.strip())
    return code_link(url) and len([s for s in parts.path.split("/") if s]) <= 2


def repository_named(url: str) -> str:
    """The name of the repository a link goes to itself (`github.com/TsinghuaAI/CPM-2` ->
    `cpm-2`: its last path part, letter case aside); "" for any other link."""
    if not repository_home(url):
        return ""
    return urlsplit(url.strip()).path.rstrip("/").rsplit("/", 1)[-1].lower()


def code_or_video_link(url: str) -> bool:
    """Whether a link goes to code or to a video, post or social site: its label names the
    software or the talk (`[BERT 2018](github.com/...)`), never a paper's venue."""
    return code_link(url) or not_paper_host(url)


#: A site's home page by its path: none, `/`, or a `home`/`index` page (`/Xplore/home.jsp`).
_HOME_PATH = re.compile(r"/?(?:[^?#]*/)?(?:home|index)(?:\.\w{2,5})?/?", re.IGNORECASE)


def home_page(url: str) -> bool:
    """Whether a link goes to a site's home page (`https://dl.acm.org/`), never a paper's
    own page: a paper sits at a path of its own."""
    parts = urlsplit(url.strip())
    path = parts.path
    return bool(parts.netloc) and not parts.query and (
        path.strip("/") == "" or bool(_HOME_PATH.fullmatch(path)))


#: A person's page on a university's or lab's host by its path: `/~xia/`, `/~ccloy`, maybe
#: its `index.html` (a page further down, `/~lizhang/projects/labeldesc/`, is a project's).
_PERSON_PATH = re.compile(r"/~[\w.\-]+/?(?:index\.\w{2,5})?", re.IGNORECASE)


def person_page(url: str) -> bool:
    """Whether a link goes to a person's home page (`http://www.cs.dartmouth.edu/~xia/`): the
    person's, never one paper's."""
    if "~" not in url:
        return False  # (cheap first)
    parts = urlsplit(url.strip())
    return bool(parts.netloc) and not parts.query and bool(_PERSON_PATH.fullmatch(parts.path))


#: A news feed's path: a segment `rss`, `feed(s)` or `atom` (not a file served from it), or a
#: `.rss`/`.atom` file.
_FEED_PATH = re.compile(r"/(?:rss|feeds?|atom)(?:/|$)|\.(?:rss|atom)$", re.IGNORECASE)


def feed_url(url: str) -> bool:
    """Whether a link goes to a news feed (`chemrxiv.org/engage/rss/chemrxiv?categoryId=…`): a
    channel of many works, never one paper's page (a list that names where it found its items
    shares it among them)."""
    lowered = url.lower()
    if "rss" not in lowered and "feed" not in lowered and "atom" not in lowered:
        return False  # (cheap first)
    path = urlsplit(url.strip()).path
    last = path.rstrip("/").rsplit("/", 1)[-1]
    if "." in last and not last.lower().endswith((".rss", ".atom")):
        return False  # (`/feed/8b82….jpeg`: a file a site serves from such a folder)
    return bool(_FEED_PATH.search(path)) and not code_link(url)


#: Files of data (`qm7.mat`, `tmQM_y.csv.gz`, `QMspin_Part1.tar.gz`): a data set's files.
_DATA_FILE = re.compile(r"\.(?:mat|csv|tsv|npz|npy|h5|hdf5|pkl|xyz|parquet|jsonl|gz|tgz|bz2|xz|"
                        r"zip|tar|7z)$", re.IGNORECASE)


def data_file(url: str) -> bool:
    """Whether a link is a file of data (its path's extension), never a paper (a compressed
    paper, `paper.ps.gz`, `paper.pdf.gz`, is a paper)."""
    if not _DATA_FILE.search(url.split("?", 1)[0].split("#", 1)[0].strip()):
        return False  # (cheap first: no data file's extension anywhere at the URL's end)
    path = urlsplit(url.strip()).path.lower()
    return bool(_DATA_FILE.search(path)) and not path.endswith((".ps.gz", ".pdf.gz", ".ps.z"))


#: A path word that names a data set's page (`kaggle.com/datasets/…`, `…/dataset.html`,
#: `huggingface.co/datasets/…`).
_DATA_SET_PATH = re.compile(r"(?<![a-z])datasets?(?![a-z])", re.IGNORECASE)


def data_set_page(url: str) -> bool:
    """Whether a link's path names its page a data set's (`_DATA_SET_PATH`)."""
    if "ataset" not in url:
        return False  # (cheap first)
    return bool(_DATA_SET_PATH.search(urlsplit(url.strip()).path))


#: A path segment naming a contest's page (`codalab…/competitions/123`, `eval.ai/web/challenges/
#: …`); Kaggle writes its competitions short, `kaggle.com/c/<name>`.
_CONTEST_SEGMENTS = frozenset({"competition", "competitions", "challenge", "challenges"})


def contest_page(url: str) -> bool:
    """Whether a link goes to a contest's page (`_CONTEST_SEGMENTS`, Kaggle's `/c/`): the
    contest, not a paper about it."""
    if "/c" not in url:
        return False  # (cheap first: neither segment can be there)
    split = urlsplit(url.strip())
    segments = [s.lower() for s in split.path.split("/") if s]
    if split.netloc.lower().removeprefix("www.") == "kaggle.com" and segments[:1] == ["c"]:
        return True
    return any(s in _CONTEST_SEGMENTS for s in segments)


def talks_only_host(url: str) -> bool:
    """Whether a link goes to a talks-only conference's materials (TALK_ONLY_HOSTS)."""
    lowered = url.lower()
    if not any(name in lowered for name in TALK_ONLY_HOSTS):
        return False  # (cheap first: no such host's name anywhere in the URL)
    host = urlsplit(url.strip()).netloc.lower()
    return any(host == name or host.endswith(f".{name}") for name in TALK_ONLY_HOSTS)


def not_paper_host(url: str) -> bool:
    """Whether a link goes to a video, post or social site (NOT_PAPER_HOSTS, or a host named
    in full: `_SOCIAL_HOSTS`), or to a blog by its top-level domain (`davidoks.blog`)."""
    host = urlsplit(url.strip()).netloc.lower()
    return any(name in host for name in NOT_PAPER_HOSTS) \
        or host.removeprefix("www.") in _SOCIAL_HOSTS or host.endswith(".blog")


#: Hosts named `docs.` that serve their users' own files, not a project's documentation.
_DOCUMENT_EDITORS = ("docs.google.com",)
#: A university's host (`….edu`, `….ac.uk`, `….edu.au`): its `docs.` host is its repository of
#: papers and theses (`docs.lib.purdue.edu/cgi/viewcontent.cgi?…`), no software's manual.
_ACADEMIC_HOST = re.compile(r"\.(?:edu|ac\.[a-z]{2}|edu\.[a-z]{2})$")


def documentation_page(url: str) -> bool:
    """Whether a link goes to a software project's documentation (`docs.pytorch.org/
    tutorials/…`, `docs.opencv.org/…`, `….readthedocs.io`): a manual or tutorial page, no
    paper's."""
    host = urlsplit(url.strip()).netloc.lower().removeprefix("www.")
    return (host.startswith("docs.") and host not in _DOCUMENT_EDITORS
            and _ACADEMIC_HOST.search(host) is None) or host.endswith("readthedocs.io")
