"""The registry of record sources: what each one writes, how it ranks, how it maps a record,
and the look-ups it contributes to the pipeline.

A source module (arxiv.py, crossref.py, semantic_scholar.py) declares a `PROVIDER`: its
provenance name, its rank (who may overwrite whom: a higher rank replaces a lower one;
"list" is 0), the entry fields its records write (in order), the function that maps one
cached payload to a `Record`, its client (`connect`: its host's pacing and request count) and
its `Lookup`s (what it asks, at which stage of enrich/pipeline.py). The pipeline, `Writer`,
the steps, the report and `check` read these, never a copy of them.
"""

from __future__ import annotations

from . import arxiv, crossref, semantic_scholar
from .base import Provider

ARXIV: Provider = arxiv.PROVIDER
CROSSREF: Provider = crossref.PROVIDER
S2: Provider = semantic_scholar.PROVIDER
#: Every record source, by provenance name, in the order the report lists them. A new
#: source: its module (a `PROVIDER` with `connect` and `lookups`) + one line here.
PROVIDERS: dict[str, Provider] = {p.name: p for p in (ARXIV, S2, CROSSREF)}


def generic() -> list[Provider]:
    """The sources whose records `steps.ApplyOtherSources` applies (not the pipeline's own
    identity and published-version steps)."""
    return [p for p in PROVIDERS.values() if not p.own_steps]


def rank() -> dict[str, int]:
    """Who may overwrite whom, from the registry as it is now."""
    return {"list": 0, **{p.name: p.rank for p in PROVIDERS.values()}}
