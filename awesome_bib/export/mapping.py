"""Data tables: publication type -> entry type and container field, per format.

The publication type (model.PUB_TYPES) is decided once per entry (resolve.py); each format
looks its own names up here (the biblatex format keeps its tables in biblatex.py, so that it
is one module). Adding a type touches these tables and biblatex.TYPES.
"""

from __future__ import annotations

#: pub_type -> BibTeX entry type.
BIBTEX_TYPES = {
    "conference": "inproceedings",
    "workshop": "inproceedings",
    "journal": "article",
    "book-chapter": "incollection",
    "preprint": "misc",
    "dataset": "misc",
    "misc": "misc",
}

#: BibTeX entry type -> the field that carries the container (proceedings/journal) title.
BIBTEX_CONTAINER = {
    "inproceedings": "booktitle",
    "incollection": "booktitle",
    "article": "journal",
    "misc": "howpublished",
}

#: Fields bibtex styles (plainnat) require per type; an entry lacking one is written as @misc,
#: where nothing is required, so that no style warns "empty author" or "empty year".
BIBTEX_REQUIRED = {
    "inproceedings": ("author", "year", "booktitle"),
    "incollection": ("author", "year", "booktitle", "publisher"),
    "article": ("author", "year", "journal"),
}

#: BibTeX field order: one field per line, always in this order.
BIBTEX_FIELDS = (
    "author", "title", "booktitle", "eventtitle", "journal", "howpublished", "volume", "number",
    "pages", "publisher", "issn", "year", "month", "doi", "url", "eprint", "archiveprefix",
    "eprinttype", "primaryclass", "key", "note",
)

#: Month macros that every bibtex style and biblatex define.
BIBTEX_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
                 "dec")

#: pub_type -> CSL type. A preprint is `article` (Zotero makes it a Preprint item).
CSL_TYPES = {
    "conference": "paper-conference",
    "workshop": "paper-conference",
    "journal": "article-journal",
    "book-chapter": "chapter",
    "preprint": "article",
    "dataset": "dataset",
    "misc": "document",
}

#: pub_type -> RIS TY. No RIS type becomes a Zotero Preprint: RPRT is the least lossy choice
#: (Zotero's Report keeps the repository as Institution (PB) and the arXiv id as Report
#: Number (SN), both of which carry over when the item type is changed to Preprint); GEN and
#: UNPB would turn into journal articles with the id lost. The loss: the item type itself.
RIS_TYPES = {
    "conference": "CPAPER",
    "workshop": "CPAPER",
    "journal": "JOUR",
    "book-chapter": "CHAP",
    "preprint": "RPRT",
    "dataset": "DATA",
    "misc": "GEN",
}

#: Dataset columns in the order a note lists them; other columns follow, sorted.
DATASET_FIELDS = ("domain", "image", "images", "text", "qa items", "source", "language")
