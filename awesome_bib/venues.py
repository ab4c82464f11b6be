"""Venue tags as lists write them ("MICCAI 2023", "NeurIPS 2021 D&B") -> what the venue is.

The table lives in `data/venues.yaml`; this module parses a tag into (venue, qualifier, year)
and looks the venue up. An unknown tag is not an error: exporters fall back to `misc`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from .core.vocab import VENUE_KINDS, VenueKind, one_of
from .core.years import find_year, full_year
from .store.parse_cache import read_yaml

#: Qualifier spellings -> canonical qualifier appended to the venue for a second lookup.
QUALIFIERS = (
    (re.compile(r"^(?:d\s*&\s*b|datasets?\s+(?:and|&)\s+benchmarks?)\b", re.I), "D&B"),
    (re.compile(r"^findings\b", re.I), "Findings"),
    (re.compile(r"^working\s+notes?\b", re.I), "Working Notes"),
    (re.compile(r"^workshops?\b", re.I), "Workshop"),
)

_NORM = re.compile(r"[\s\-_]+")
_TRIM = " \t,;:-()[]'’"  # `AAAI'2018`: an apostrophe before a full year is no part of the name


@dataclass(frozen=True)
class Venue:
    """One known venue: short tag, full name, kind and how bibliographies title it."""

    tag: str
    name: str
    kind: VenueKind
    container: str
    publisher: str = ""
    containers: tuple[tuple[int, str], ...] = ()  # per-year container titles
    registers_dois: bool = True  # False: Crossref will not know its papers (NeurIPS, ICLR...)

    @property
    def is_series(self) -> bool:
        """A series of proceedings (PMLR), whose name is its container: it names no venue of
        its own, so a tag or a record naming it says nothing about the conference."""
        return self.name == self.container_title(None)

    def container_title(self, year: int | None) -> str:
        """The proceedings/journal title, with `{year}` filled in (dropped when unknown)."""
        for y, title in self.containers:
            if y == year:
                return title
        if "{year}" in self.container:
            return self.container.replace("{year}", str(year)) if year else \
                self.container.replace(" {year}", "").replace("{year}", "")
        return self.container


@dataclass(frozen=True)
class ParsedTag:
    """A venue tag split into its parts; `venue` is None when the tag is unknown."""

    raw: str
    name: str  # the venue part as written ("NeurIPS")
    qualifier: str  # what follows the year ("D&B", "Findings"), canonicalised when known
    year: int | None
    venue: Venue | None


def _norm(text: str) -> str:
    return _NORM.sub(" ", text.strip().lower())


@cache
def venue_table() -> dict[str, Venue]:
    """Normalised tag or alias -> Venue, loaded once from data/venues.yaml."""
    path = Path(__file__).with_name("data") / "venues.yaml"
    raw = read_yaml(path)  # through the parse cache: no YAML parser on a warm export
    table: dict[str, Venue] = {}
    for tag, rec in raw.items():
        kind = one_of(f"{path}: {tag}: kind", rec["kind"], VENUE_KINDS)
        venue = Venue(tag=str(tag), name=rec["name"], kind=kind,
                      container=rec["container"], publisher=rec.get("publisher", ""),
                      containers=tuple(sorted((int(year), title) for year, title
                                              in (rec.get("containers") or {}).items())),
                      registers_dois=bool(rec.get("dois", True)))
        for alias in [tag, *rec.get("aliases", [])]:
            table[_norm(str(alias))] = venue
    return table


def _canonical_qualifier(text: str) -> str:
    for pattern, canonical in QUALIFIERS:
        if pattern.match(text):
            return canonical
    return text


@lru_cache(maxsize=4096)
def parse_tag(tag: str) -> ParsedTag:
    """Split "NeurIPS 2021 D&B" into ("NeurIPS", "D&B", 2021) and look the venue up."""
    tag = " ".join(tag.split())
    match = find_year(tag)
    if match:
        year = full_year(match.group(1) or match.group(2))
        name = tag[:match.start()].strip(_TRIM)
        rest = tag[match.end():]
        # "MLMIW 2023 2023": the same year repeated is noise, not a qualifier.
        rest = re.sub(rf"(?<!\d)(?:{year}|'{year % 100:02d})(?!\d)", " ", rest)
        qualifier = _canonical_qualifier(" ".join(rest.split()).strip(_TRIM))
    else:
        year, name, qualifier = None, tag.strip(_TRIM), ""
    table = venue_table()
    venue = None
    if qualifier:
        venue = table.get(_norm(f"{name} {qualifier}"))
    if venue is None and name:
        # "CVPR Workshop 2023": the qualifier may sit before the year; the name covers it.
        venue = table.get(_norm(name))
        if venue is None:
            head, _, tail = name.rpartition(" ")
            if head and _canonical_qualifier(tail) != tail:
                venue = table.get(_norm(f"{head} {_canonical_qualifier(tail)}"))
    if venue is not None and qualifier and _norm(f"{name} {qualifier}") in table:
        qualifier = ""  # fully absorbed by the venue record
    return ParsedTag(raw=tag, name=name, qualifier=qualifier, year=year, venue=venue)


#: DOI prefixes a proceedings printer registers for venues that register no DOIs themselves:
#: NeurIPS 2022-2023 papers carry `10.52202/...` DOIs from Curran Associates, the printer of
#: the bound volumes, while the conference's own record (proceedings.neurips.cc) has none
#: (`dois: false` above). Such a DOI names the printed reprint, not the paper as the venue
#: published it, so enrichment never writes one as an entry's `doi` (README "DOIs").
PRINTER_DOI_PREFIXES = ("10.52202/",)


def is_printer_doi(doi: str) -> bool:
    """True for a printer's reprint DOI (`10.52202/...`): never written as a paper's DOI."""
    return doi.strip().lower().startswith(PRINTER_DOI_PREFIXES)


def lookup(tag: str) -> Venue | None:
    """The known venue of a tag, or None."""
    return parse_tag(tag).venue if tag else None


def venue_base(venue: str) -> str:
    """A tag's venue family, for comparing tags with what links and records prove:
    `NAACL-HLT` -> `NAACL`, `CVPRW` -> `CVPR`, `NIPS` -> `NEURIPS`."""
    word = re.split(r"[\s\-]", venue.strip())[0] if venue.strip() else ""
    word = word.upper()
    if word in ("NIPS",):
        return "NEURIPS"
    if len(word) > 3 and word.endswith("W"):
        word = word[:-1]
    return word
