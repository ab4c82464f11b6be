"""Independent readers, one per registered format: file text -> citation keys in file order.

Each reads a file the way a third-party parser does (bibtexparser, json, rispy), so a test
parametrised over FORMATS checks what was written, not our own definition of it. A format
added to the registry without a reader here fails test_formats.test_every_format_has_a_reader.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from collections.abc import Callable

import bibtexparser
import rispy


def bib_keys(text: str) -> list[str]:
    """Entry keys of a .bib file (comments and the JabRef group tree skipped)."""
    lib = bibtexparser.parse_string(text)
    assert lib.failed_blocks == [], [b.error for b in lib.failed_blocks]
    return [e.key for e in lib.entries]


def csl_keys(text: str) -> list[str]:
    """Item ids of a CSL-JSON array."""
    return [item["id"] for item in json.loads(text)]


def ris_keys(text: str) -> list[str]:
    """ID of every RIS record."""
    return [ref["id"] for ref in rispy.loads(text)]


_RDF = "{http://www.w3.org/1999/02/22-rdf-syntax-ns#}"
_Z = "{http://www.zotero.org/namespaces/export#}"


def rdf_keys(text: str) -> list[str]:
    """z:citationKey of every item of a Zotero RDF file (an XML parser; collections skipped)."""
    root = ET.fromstring(text)
    assert root.tag == _RDF + "RDF"
    return [node.findtext(_Z + "citationKey") or "" for node in root
            if node.tag == _RDF + "Description"]


#: format name -> reader
READERS: dict[str, Callable[[str], list[str]]] = {
    "bibtex": bib_keys,
    "biblatex": bib_keys,
    "csljson": csl_keys,
    "ris": ris_keys,
    "zotero-rdf": rdf_keys,
}
