"""biblatex writer: biblatex's own data model, clean under `biber --validate-datamodel`.

For biblatex/biber users; bibtex/natbib users and Zotero keep the BibTeX format (bibtex.py),
which cannot be the same file (README, "In LaTeX"). Written to OUT/biblatex/<section>.bib, so
the two never overwrite each other and a glob of OUT/*.bib finds only BibTeX.

The model (biblatex 3.18, blx-dm.def): a preprint is `@online` with `eprint`, `eprinttype`
and `eprintclass`; a journal paper `@article` with `journaltitle`; a conference paper
`@inproceedings`; a book chapter without editors `@inbook` (`@incollection` requires an
editor); a dataset `@misc` with `entrysubtype = {dataset}` (biblatex's `@dataset` is the one
type Zotero's BibTeX import discards; a year-less dataset then lacks the date `@misc`
requires, which biber says, truly); dates as ISO `date`. Only fields the data model allows
for the entry type are written: a journal article has no `publisher`, a misc entry's
publisher is its `organization`. The type is the paper's whether or not its
authors are known (biber's "missing author" is then true; an author-less entry has a
`sortkey`); only an entry lacking its container (or an `@online` without url, doi or
eprint) is written as `@misc` with the venue in `howpublished`. Values are escaped as in BibTeX.
"""

from __future__ import annotations

from .bibtex import (
    block,
    demoted,
    groups_trailer,
    identifier_values,
    join,
    misc_venue,
    names_and_title,
    notes_value,
    pages_value,
)
from .latex import escape
from .registry import Format
from .resolve import Record

#: pub_type -> biblatex entry type.
TYPES = {
    "conference": "inproceedings",
    "workshop": "inproceedings",
    "journal": "article",
    "book-chapter": "inbook",
    "preprint": "online",
    "dataset": "misc",
    "misc": "misc",
}

#: pub_type -> entrysubtype, where the entry type alone does not say what it is.
SUBTYPES = {"dataset": "dataset"}

#: entry type -> the field that carries the container (proceedings, journal, book) title.
CONTAINER = {
    "inproceedings": "booktitle",
    "inbook": "booktitle",
    "article": "journaltitle",
    "misc": "howpublished",
}

#: entry type -> the field that carries the publisher (none: the type has no publisher).
PUBLISHER = {
    "inproceedings": "publisher",
    "inbook": "publisher",
    "online": "organization",
    "misc": "organization",
}

#: Fields the data model requires per type (beyond the title, author and date), lacking one
#: -> @misc; `@online` needs one of url/doi/eprint, written here as the tuple inside. A
#: missing author does not change the type (the paper is still a conference paper).
REQUIRED: dict[str, tuple[str | tuple[str, ...], ...]] = {
    "inproceedings": ("booktitle",),
    "inbook": ("booktitle",),
    "article": ("journaltitle",),
    "online": (("url", "doi", "eprint"),),
}

#: Optional fields per type, of those this writer knows, as blx-dm.def lists them; the
#: fields every type has (author, title, date, doi, url, eprint*, sortkey, note) are not.
ALLOWED = {
    "article": {"volume", "number", "pages", "issn"},
    "inproceedings": {"volume", "number", "pages", "eventtitle"},
    "inbook": {"volume", "number", "pages"},
    "online": set(),
    "misc": set(),
}

#: Field order: one field per line, always in this order.
FIELDS = (
    "author", "title", "entrysubtype", "journaltitle", "booktitle", "eventtitle", "howpublished",
    "organization", "volume", "number", "pages", "publisher", "issn", "date", "doi", "url",
    "eprint", "eprinttype",
    "eprintclass", "sortkey", "note",
)


def fields(rec: Record, unicode: bool = False) -> tuple[str, dict[str, str]]:
    """The entry type and {field: rendered value (without outer braces)}."""
    entry_type = TYPES[rec.pub_type]
    values = names_and_title(rec, unicode)
    if rec.iso_date:
        values["date"] = rec.iso_date
    values.update(identifier_values(rec, unicode, "eprintclass", old_ids_class=False))
    container = escape(rec.container, unicode) if rec.container else ""
    if container and entry_type in CONTAINER and entry_type != "misc":
        values[CONTAINER[entry_type]] = container
    entry_type = demoted(entry_type, values, REQUIRED.get(entry_type, ()),
                         CONTAINER.get(entry_type, ""))
    if entry_type == "misc" and misc_venue(rec, container):
        values["howpublished"] = container
    if rec.event_title and "eventtitle" in ALLOWED[entry_type]:
        values["eventtitle"] = escape(rec.event_title, unicode)  # as bibtex.py
    publisher = escape(rec.publisher, unicode) if rec.publisher else ""
    if publisher and entry_type in PUBLISHER and not (rec.arxiv and rec.publisher == "arXiv"):
        values[PUBLISHER[entry_type]] = publisher
    if entry_type == "online" and container and container != "arXiv":
        values.setdefault("organization", container)  # bioRxiv, medRxiv, ...
    for key, value in (("volume", rec.volume), ("number", rec.issue), ("issn", rec.issn)):
        if value and key in ALLOWED[entry_type]:
            values[key] = escape(value, unicode)
    if rec.pages and "pages" in ALLOWED[entry_type]:
        values["pages"] = pages_value(rec.pages, unicode)
    if not rec.authors:
        values["sortkey"] = escape(rec.short, unicode)
    if rec.pub_type in SUBTYPES:
        values["entrysubtype"] = SUBTYPES[rec.pub_type]
    if rec.notes:
        values["note"] = notes_value(rec.notes, unicode)
    return entry_type, values


def render_entry(rec: Record, unicode: bool = False) -> str:
    """One @type{key, ...} block, one field per line."""
    entry_type, values = fields(rec, unicode)
    return block(entry_type, rec.key, values, FIELDS)


FORMAT = Format("biblatex", ".bib", render_entry, join, trailer=groups_trailer,
                options=("unicode",), folder="biblatex")
