"""BibTeX writer: one field per line, every value braced and inert, safe for bibtex and biber.

Type per venue kind from mapping.BIBTEX_TYPES; arXiv ids as `eprint` + `archivePrefix` +
`eprinttype` (the last is what makes Zotero keep the id). The type is the paper's whether or
not its authors are known yet (an author-less entry gets a `key` to sort and label on; the
style's "empty author" warning is then true); only @misc (preprints, datasets, unknown
venues) carries its venue in `howpublished`.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from ..model import Author
from .latex import braces_balanced, escape
from .mapping import BIBTEX_CONTAINER, BIBTEX_FIELDS, BIBTEX_MONTHS, BIBTEX_REQUIRED, BIBTEX_TYPES
from .registry import Format, Group, GroupTree
from .resolve import Record
from .title_protect import render as render_title

# Characters that may not appear raw in a verbatim url/doi field (they would unbalance the
# entry or end the line); everything else stays as is so the link keeps working.
_URL_UNSAFE = {"{": "%7B", "}": "%7D", "\\": "%5C", " ": "%20", "\n": "", "\r": "", "\t": ""}


def url_value(url: str) -> str:
    """A URL or DOI for a verbatim field: percent-encode only what would break the entry."""
    if any(c in url for c in _URL_UNSAFE):
        url = "".join(_URL_UNSAFE.get(c, c) for c in url)
    return url


def name(author: Author, unicode: bool = False) -> str:
    """One BibTeX name: "Family, Given" (particles stay in Family) or "{Literal Name}"."""
    if author.literal or not author.family:
        return "{" + escape(author.literal or author.given, unicode) + "}"
    family = escape(author.family, unicode)
    if "," in family or " and " in f" {family.lower()} ":
        family = "{" + family + "}"
    if not author.given:
        return family
    given = escape(author.given, unicode)
    if "," in given:
        given = "{" + given + "}"
    return f"{family}, {given}"


def title_value(rec: Record, unicode: bool = False) -> str:
    """The title with protected spans braced: `{LLaVA}-Med`, `{X}-ray`."""
    paired = braces_balanced(rec.title)
    return render_title(rec.title, rec.spans, lambda s: escape(s, unicode, paired),
                        lambda s: "{" + escape(s, unicode, paired) + "}")


def names_and_title(rec: Record, unicode: bool = False) -> dict[str, str]:
    """`author` and `title` as both .bib flavours write them (BibTeX and biblatex)."""
    values: dict[str, str] = {}
    if rec.authors:
        values["author"] = " and ".join(name(a, unicode) for a in rec.authors)
    if rec.title:
        values["title"] = title_value(rec, unicode)
    return values


def pages_value(pages: tuple[str, str], unicode: bool = False) -> str:
    """`12--34`, or the one page/article number."""
    first, last = pages
    return escape(f"{first}--{last}" if last else first, unicode)


def notes_value(notes: list[str], unicode: bool = False) -> str:
    """The record's notes as one `note` field."""
    return escape(". ".join(n.rstrip(".") for n in notes), unicode)


def lacks(required: Sequence[str | tuple[str, ...]], present: Collection[str]) -> bool:
    """True when a field the entry type requires is missing (a tuple: one of them will do)."""
    return any(not any(f in present for f in (need if isinstance(need, tuple) else (need,)))
               for need in required)


def demoted(entry_type: str, values: dict[str, str], required: Sequence[str | tuple[str, ...]],
            container_field: str) -> str:
    """The type to write: `entry_type`, or `misc` when it lacks a field `required` names (its
    container: a conference paper with no proceedings title); the container leaves its typed
    field (`misc_venue` names it in `howpublished`). Authors and year are never required: a
    paper whose authors are not known yet keeps its type (the styles' "empty author" is then
    true, and Zotero keeps the type)."""
    if not lacks(required, values):
        return entry_type
    values.pop(container_field, None)
    return "misc"


def misc_venue(rec: Record, container: str) -> str:
    """What a @misc names in `howpublished`: its container, unless that is only the arXiv
    repository, which the eprint fields name."""
    return "" if rec.container_is_repository else container


def identifier_values(rec: Record, unicode: bool, class_field: str, old_ids_class: bool
                      ) -> dict[str, str]:
    """`doi`, `url` and the arXiv id as `eprint` + `eprinttype` (what makes Zotero keep the
    id) with its primary class in `class_field`; `old_ids_class`: also for an old-style id,
    which names its class itself (`math/0309136`; biblatex leaves it out, BibTeX writes
    arXiv's primaryClass)."""
    values = {name: url_value(value) for name, value in (("doi", rec.doi), ("url", rec.url))
              if value}
    if rec.arxiv:
        values.update(eprint=url_value(rec.arxiv), eprinttype="arxiv")
        if rec.primary_class and (old_ids_class or "/" not in rec.arxiv):
            values[class_field] = escape(rec.primary_class, unicode)
    return values


def block(entry_type: str, key: str, values: dict[str, str], order: tuple[str, ...],
          bare: frozenset[str] = frozenset(), spelling: dict[str, str] | None = None) -> str:
    """One @type{key, ...} block, one field per line in `order`; `bare` fields (a month
    macro) are written without braces, `spelling` gives a field's written name."""
    present = [f for f in order if f in values]
    lines = [f"@{entry_type}{{{key},"]
    for i, f in enumerate(present):
        value = values[f] if f in bare else "{" + values[f] + "}"
        comma = "," if i < len(present) - 1 else ""
        lines.append(f"  {(spelling or {}).get(f, f)} = {value}{comma}")
    lines.append("}")
    return "\n".join(lines) + "\n"


def fields(rec: Record, unicode: bool = False) -> tuple[str, dict[str, str]]:
    """The entry type and {field: rendered value (without outer braces, except month)}."""
    entry_type = BIBTEX_TYPES[rec.pub_type]
    values = names_and_title(rec, unicode)
    if rec.year:
        values["year"] = str(rec.year)
    container = escape(rec.container, unicode) if rec.container else ""
    # The type is the paper's, authors known or not (demoted: only a missing container makes
    # it @misc); only a @misc names its venue in howpublished.
    if container and entry_type != "misc":
        values[BIBTEX_CONTAINER[entry_type]] = container
    entry_type = demoted(entry_type, values, BIBTEX_REQUIRED.get(entry_type, ()),
                         BIBTEX_CONTAINER[entry_type])
    if entry_type == "inproceedings" and rec.event_title:
        # Zotero's BibTeX import reads it as Conference Name; bibtex ignores it
        values["eventtitle"] = escape(rec.event_title, unicode)
    if entry_type == "misc" and misc_venue(rec, container):
        values["howpublished"] = container
    for key, value in (("volume", rec.volume), ("number", rec.issue),
                       ("publisher", rec.publisher), ("issn", rec.issn)):
        if value:
            values[key] = escape(value, unicode)
    if rec.pages:
        values["pages"] = pages_value(rec.pages, unicode)
    if rec.month:
        values["month"] = BIBTEX_MONTHS[rec.month - 1]
    values.update(identifier_values(rec, unicode, "primaryclass", old_ids_class=True))
    if rec.arxiv:
        values["archiveprefix"] = "arXiv"
    if not rec.authors:
        values["key"] = escape(rec.short, unicode)
    if rec.notes:
        values["note"] = notes_value(rec.notes, unicode)
    return entry_type, values


#: Field names as written (BibTeX is case-insensitive; these are the spellings people expect).
_SPELLING = {"archiveprefix": "archivePrefix", "primaryclass": "primaryClass"}


def render_entry(rec: Record, unicode: bool = False) -> str:
    """One @type{key, ...} block, one field per line."""
    entry_type, values = fields(rec, unicode)
    return block(entry_type, rec.key, values, BIBTEX_FIELDS, frozenset({"month"}), _SPELLING)


def join(blocks: list[str]) -> str:
    """A .bib file from entry blocks, one blank line between entries."""
    return "\n".join(blocks)


def _jabref_quote(text: str) -> str:
    # JabRef escapes `\` and `;` with a backslash, once inside a group and once more when the
    # group is written into the tree (Zotero's import undoes both levels).
    return text.replace("\\", "\\\\").replace(";", "\\;")


def _jabref_groups(group: Group, level: int) -> list[str]:
    # `@` would start an entry for bibtex (it skips @comment text only up to the next `@`)
    # and Zotero ends the comment at the first `}`: neither may appear, nor a brace.
    name = " ".join(group.title.split()).translate({ord(c): None for c in "@{}"}) or "Section"
    record = ";".join([_jabref_quote(name), "0", *group.keys]) + ";"
    lines = [f"{level} ExplicitGroup:{_jabref_quote(record)};"]
    for child in group.children:
        lines += _jabref_groups(child, level + 1)
    return lines


def groups_trailer(tree: GroupTree) -> str:
    """The sections as a JabRef (version 3) explicit-group tree, one group per section with
    all its keys and a sub-group per sub-heading (a year, a table) with its own: Zotero's
    BibTeX import makes one collection per group (bench/zotero.py proves it with Zotero's
    code). bibtex, biber and pandoc ignore @comment blocks (tests/test_clients prove it)."""
    if not tree:
        return ""
    lines = ["0 AllEntriesGroup:;"]
    for group in tree:
        lines += _jabref_groups(group, 1)
    return ("@comment{jabref-meta: groupsversion:3;}\n\n@comment{jabref-meta: groupstree:\n"
            + "\n".join(lines) + "\n}\n")


FORMAT = Format("bibtex", ".bib", render_entry, join, trailer=groups_trailer, options=("unicode",))
