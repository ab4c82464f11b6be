"""The registry of record sources: what each one writes, how it ranks, how it maps a record.

A source module (arxiv.py, crossref.py, semantic_scholar.py) declares a `PROVIDER`: its
provenance name, its rank (who may overwrite whom: a higher rank replaces a lower one;
"list" is 0), the entry fields
its records write (in order) and the function that maps one cached payload to a `Record`.
`Writer`, the steps and `check` read these, never a copy of them.
"""

from __future__ import annotations

from . import arxiv, crossref, semantic_scholar
from .base import Provider

ARXIV: Provider = arxiv.PROVIDER
CROSSREF: Provider = crossref.PROVIDER
S2: Provider = semantic_scholar.PROVIDER
#: Every record source, by provenance name. A new source: its module (a `PROVIDER` with
#: `make_source` and `keys`) + one line here.
PROVIDERS: dict[str, Provider] = {p.name: p for p in (ARXIV, S2, CROSSREF)}


def generic() -> list[Provider]:
    """The sources enrichment runs through the generic look-up and apply steps."""
    return [p for p in PROVIDERS.values() if p.make_source is not None and p.keys is not None]


def rank() -> dict[str, int]:
    """Who may overwrite whom, from the registry as it is now."""
    return {"list": 0, **{p.name: p.rank for p in PROVIDERS.values()}}
