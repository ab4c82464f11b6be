"""Without --offline, `check` first fills the enrichment cache with the evidence it lacks.

Only what the rules read is fetched: the arXiv record of every linked arXiv id (batched, 100
ids a request) and the Crossref record of every linked DOI (50 a request), through the same
polite, cached sources `awesome-bib enrich` uses. entries/ is never written.
"""

from __future__ import annotations

import os
from pathlib import Path

from ..model import Library
from . import context


def fetch_evidence(lib: Library, cache_dir: str | Path | None) -> tuple[object, dict[str, int]]:
    """Fetch what the cache lacks for `lib`; return the cache and cached/fetched/failed counts."""
    from ..enrich import Options, gather
    from ..enrich import arxiv as arxiv_src
    from ..enrich import crossref as crossref_src
    from ..enrich.cache import Cache, default_dir

    mailto = os.environ.get("AWESOME_BIB_MAILTO", "")
    opts = Options(cache_dir=cache_dir, mailto=mailto)
    cache = Cache(Path(cache_dir) if cache_dir else default_dir())
    ctx = context.build(lib, lib.source)
    ids = sorted({a for item in ctx.items for a in item.arxiv if arxiv_src.parse_id(a)})
    dois = sorted({d for item in ctx.items for d in item.dois
                   if not d.startswith(crossref_src.DATACITE_ARXIV)})
    counts = {"cached": 0, "fetched": 0, "failed": 0}
    if ids:
        gather(arxiv_src.ArxivSource(mailto=mailto), ids, cache, opts, counts, None)
    if dois:
        client = crossref_src.CrossrefClient(mailto=mailto)
        gather(crossref_src.CrossrefDois(client), dois, cache, opts, counts, None)
    return cache, counts
