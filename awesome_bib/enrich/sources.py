"""The registry of record sources: what each one writes, how it ranks, how it maps a record.

A source module (arxiv.py, crossref.py) declares a `PROVIDER`: its provenance name, its rank
(who may overwrite whom: a higher rank replaces a lower one; "list" is 0), the entry fields
its records write (in order) and the function that maps one cached payload to a `Record`.
`Writer`, the steps and `check` read these, never a copy of them.
"""

from __future__ import annotations

from . import arxiv, crossref
from .base import Provider

ARXIV: Provider = arxiv.PROVIDER
CROSSREF: Provider = crossref.PROVIDER
#: Every record source, by provenance name. A new source: its module + one line here.
PROVIDERS: dict[str, Provider] = {p.name: p for p in (ARXIV, CROSSREF)}
#: Who may overwrite whom: a higher rank replaces a lower one ("list" = the list's own value).
RANK: dict[str, int] = {"list": 0, **{p.name: p.rank for p in PROVIDERS.values()}}
