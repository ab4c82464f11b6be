"""Independent readers, one per registered format: file text -> citation keys in file order.

Each reads a file the way a third-party parser does (bibtexparser, json, rispy), so a test
parametrised over FORMATS checks what was written, not our own definition of it. A format
added to the registry without a reader here fails test_formats.test_every_format_has_a_reader.
"""

from __future__ import annotations

import json
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


#: format name -> reader
READERS: dict[str, Callable[[str], list[str]]] = {
    "bibtex": bib_keys,
    "biblatex": bib_keys,
    "csljson": csl_keys,
    "ris": ris_keys,
}
