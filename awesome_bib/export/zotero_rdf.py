"""Zotero RDF writer: Zotero's own RDF (the shape its "Zotero RDF" export writes), which its
import reads back whole: item type (Preprint and Dataset included), creators with
institutional names, citation key, venue, conference, every identifier, Extra, and the list's
sections as collections (all.rdf: one collection per section, a sub-collection per
sub-heading).

Each item is `rdf:Description rdf:about="#item_<key>"` (its URL is a `dc:identifier`, so two
entries sharing a link stay two items); the container is a `dcterms:isPartOf` node (`bib:Journal`
for journals and proceedings, `bib:Book` for a chapter's book) with the journal's volume,
issue and ISSN; the conference is `bib:presentedAt`; the publisher or repository a
`foaf:Organization`; a preprint's arXiv id is its Archive ID (`prism:number`). Titles carry the
same rich text as CSL-JSON (`<span class="nocase">`), escaped as XML.
"""

from __future__ import annotations

import re

# `html`, not `xml.sax.saxutils`: that one loads urllib, http.client and ssl, and export stays
# free of the network stack (tests/test_export/test_light_imports.py).
from html import escape as _html_escape

from ..model import Author
from .csl_json import extra_lines
from .mapping import ZOTERO_TYPES
from .registry import Format, Group, GroupTree
from .resolve import Record
from .title_protect import csl_title


def escape(text: str) -> str:
    """XML character data: `&`, `<` and `>` escaped."""
    return _html_escape(text, quote=False)


def quoteattr(text: str) -> str:
    """An XML attribute value, quoted."""
    return f'"{_html_escape(text)}"'

_HEAD = """<rdf:RDF
 xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
 xmlns:z="http://www.zotero.org/namespaces/export#"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:foaf="http://xmlns.com/foaf/0.1/"
 xmlns:bib="http://purl.org/net/biblio#"
 xmlns:prism="http://prismstandard.org/namespaces/1.2/basic/"
 xmlns:dcterms="http://purl.org/dc/terms/">
"""
_TAIL = "</rdf:RDF>\n"

#: Zotero item type -> the container node its import reads the container title from.
_CONTAINER = {"journalArticle": "bib:Journal", "conferencePaper": "bib:Journal",
              "bookSection": "bib:Book"}


#: Characters XML 1.0 forbids even escaped (C0 controls but tab and newlines; lone surrogates).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _text(value: str) -> str:
    return escape(" ".join(_NOT_XML.sub("", value).split()))


def _person(author: Author) -> list[str]:
    """A creator: family and given, or one surname (Zotero's single-field, institutional)."""
    if author.literal or not author.family:
        return [f"<foaf:surname>{_text(author.literal or author.given)}</foaf:surname>"]
    lines = [f"<foaf:surname>{_text(author.family)}</foaf:surname>"]
    if author.given:
        lines.append(f"<foaf:givenName>{_text(author.given)}</foaf:givenName>")
    return lines


def _item_ref(key: str) -> str:  # keys are checked (citekeys.is_valid_key) before export
    return quoteattr(f"#item_{key}")


def render_entry(rec: Record) -> str:
    """One `rdf:Description`, four-space indented, one property per line."""
    zotero_type = ZOTERO_TYPES[rec.pub_type]
    body: list[str] = [f"<z:itemType>{zotero_type}</z:itemType>"]
    node = _CONTAINER.get(zotero_type)
    if node and (rec.container or rec.volume or rec.issue or rec.issn):
        part = [f"<dc:title>{_text(rec.container)}</dc:title>"] if rec.container else []
        if zotero_type == "journalArticle":  # the journal's own volume, issue and ISSN
            part += [f"<prism:volume>{_text(rec.volume)}</prism:volume>"] if rec.volume else []
            part += [f"<prism:number>{_text(rec.issue)}</prism:number>"] if rec.issue else []
            part += [f"<dc:identifier>ISSN {_text(rec.issn)}</dc:identifier>"] if rec.issn else []
        body += ["<dcterms:isPartOf>", f"    <{node}>", *(f"        {x}" for x in part),
                 f"    </{node}>", "</dcterms:isPartOf>"]
    if rec.publisher:
        body.append("<dc:publisher><foaf:Organization><foaf:name>"
                    f"{_text(rec.publisher)}</foaf:name></foaf:Organization></dc:publisher>")
    if rec.authors:
        body += ["<bib:authors>", "    <rdf:Seq>"]
        for author in rec.authors:
            body += ["        <rdf:li>", "            <foaf:Person>",
                     *(f"                {x}" for x in _person(author)),
                     "            </foaf:Person>", "        </rdf:li>"]
        body += ["    </rdf:Seq>", "</bib:authors>"]
    body.append(f"<z:citationKey>{_text(rec.key)}</z:citationKey>")
    if rec.event_title and zotero_type == "conferencePaper":
        body += ["<bib:presentedAt><bib:Conference>",
                 f"    <dc:title>{_text(rec.event_title)}</dc:title>",
                 "</bib:Conference></bib:presentedAt>"]
    if rec.doi:
        body.append(f"<dc:identifier>DOI {_text(rec.doi)}</dc:identifier>")
    extra = _NOT_XML.sub("", "\n".join(extra_lines(rec)))
    body.append(f"<dc:description>{escape(extra)}</dc:description>")
    if zotero_type == "preprint" and rec.arxiv:
        body.append(f"<prism:number>arXiv:{_text(rec.arxiv)}</prism:number>")
    elif zotero_type != "journalArticle":
        body += [f"<prism:volume>{_text(rec.volume)}</prism:volume>"] if rec.volume else []
        body += [f"<prism:number>{_text(rec.issue)}</prism:number>"] if rec.issue else []
    if rec.title:
        title = _NOT_XML.sub("", csl_title(rec.title, rec.spans))
        body.append(f"<dc:title>{escape(title)}</dc:title>")
    if rec.url:
        body += ["<dc:identifier><dcterms:URI>",
                 f"    <rdf:value>{_text(rec.url)}</rdf:value>", "</dcterms:URI></dc:identifier>"]
    if rec.iso_date:
        body.append(f"<dc:date>{rec.iso_date}</dc:date>")
    if rec.page_range:
        body.append(f"<bib:pages>{_text(rec.page_range)}</bib:pages>")
    lines = [f"    <rdf:Description rdf:about={_item_ref(rec.key)}>",
             *(f"        {x}" for x in body), "    </rdf:Description>"]
    return "\n".join(lines) + "\n"


def join(blocks: list[str]) -> str:
    """The RDF document: the items (and, in all.rdf, the collections) inside `rdf:RDF`."""
    return _HEAD + "".join(blocks) + _TAIL


def _collections(group: Group, ids: list[int]) -> list[str]:
    ids[0] += 1
    about = quoteattr(f"#collection_{ids[0]}")
    lines = [f"    <z:Collection rdf:about={about}>",
             f"        <dc:title>{_text(group.title) or 'Section'}</dc:title>"]
    lines += [f"        <dcterms:hasPart rdf:resource={_item_ref(key)}/>" for key in group.keys]
    nested: list[str] = []
    for child in group.children:
        child_ref = quoteattr(f"#collection_{ids[0] + 1}")  # the id _collections gives it
        lines.append(f"        <dcterms:hasPart rdf:resource={child_ref}/>")
        nested += _collections(child, ids)
    return [*lines, "    </z:Collection>", *nested]


def collections_trailer(tree: GroupTree) -> str:
    """The sections as Zotero collections (`z:Collection` with `dcterms:hasPart`), each with
    all its items and one sub-collection per sub-heading of the list."""
    ids = [0]
    lines: list[str] = []
    for group in tree:
        lines += _collections(group, ids)
    return "\n".join(lines) + "\n" if lines else ""


FORMAT = Format("zotero-rdf", ".rdf", render_entry, join, trailer=collections_trailer)
