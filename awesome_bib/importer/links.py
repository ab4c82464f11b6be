"""Identifiers derivable from a link: arXiv ids and DOIs, plus URL normalisation for matching."""

from __future__ import annotations

import re
from urllib.parse import unquote, urlsplit

from ..arxiv_ids import ARXIV_HOSTS
from ..model import PAPER_LABELS, Link

_ARXIV_PATH = re.compile(
    r"^/(?:abs|pdf|html|format)/"
    r"(?P<id>\d{4}\.\d{4,5}|[a-z][a-z-]*(?:\.[A-Za-z-]+)?/\d{7})"
    r"(?P<version>v\d+)?(?:\.pdf)?/?$",
    re.IGNORECASE,
)
_DOI = re.compile(r"^(10\.\d{4,9}/\S+?)[.,;]?$")
_DOI_HOSTS = frozenset({"doi.org", "dx.doi.org", "www.doi.org"})

#: Publisher URL shapes whose path holds the DOI verbatim: host -> (path prefix regex, DOI prefix).
#: Only sites where this holds by construction; anything else is left to enrichment.
_PUBLISHER_DOIS = {
    "link.springer.com": (re.compile(r"^/(?:article|chapter|epdf|content/pdf)/(10\.\d{4,9}/[^?#]+?)"
                                     r"(?:\.pdf)?$"), ""),
    "www.nature.com": (re.compile(r"^/articles/(s\d{5}-\d{3}-\d{5}-\w)$"), "10.1038/"),
    "nature.com": (re.compile(r"^/articles/(s\d{5}-\d{3}-\d{5}-\w)$"), "10.1038/"),
}


def _split(url: str):
    parts = urlsplit(url.strip())
    return parts.scheme.lower(), parts.netloc.lower(), parts.path, parts


def arxiv_id(url: str) -> tuple[str, str]:
    """(id, version) from an arxiv.org abs/pdf link, else ("", "").

    `https://arxiv.org/pdf/2204.07756v2.pdf` -> ("2204.07756", "v2");
    `Https://arxiv.org/abs/math.GT/0309136` -> ("math/0309136", "") (old-style subject dropped).
    """
    scheme, host, path, _ = _split(url)
    if scheme not in ("http", "https") or host not in ARXIV_HOSTS:
        return "", ""
    match = _ARXIV_PATH.match(path)
    if not match:
        return "", ""
    ident = match.group("id")
    if "/" in ident:
        archive, number = ident.split("/")
        ident = f"{archive.split('.')[0].lower()}/{number}"
    return ident, (match.group("version") or "").lower()


def doi(url: str) -> str:
    """The DOI a doi.org link (or a publisher link holding it verbatim) names, else ""."""
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


def paper_id(link: Link) -> str:
    """What a link identifies: `arxiv:<id>`, `doi:<doi>`, `url:<normalised url>` for another
    link that names the paper itself (pdf, paper, ...), or "" (code, demo, project page)."""
    ident = arxiv_id(link.url)[0]
    if ident:
        return f"arxiv:{ident}"
    found = doi(link.url)
    if found:
        return f"doi:{found.lower()}"
    if link.label.lower() in PAPER_LABELS:
        return f"url:{norm_url(link.url)}"
    return ""
