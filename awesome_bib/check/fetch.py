"""Without --offline, `check` first fills the enrichment cache with the evidence it lacks.

Only what the rules read is fetched: the arXiv record of every linked arXiv id (batched, 100
ids a request) and the Crossref record of every linked DOI (50 a request), through the same
polite, cached sources `awesome-bib enrich` uses. Then, for each link that leads to another
paper, one arXiv title search for the listed title, so the finding can say which id that title
really has (cached under "arxiv-search" by normalised title). entries/ is never written.
"""

from __future__ import annotations

import os
from pathlib import Path

from ..core.arxiv_ids import is_arxiv_doi, parse_id
from ..core.titles import title_words
from ..model import Library
from ..store.cache import Cache, default_dir
from . import context


def mismatched_titles(ctx: context.Context) -> list[str]:
    """Listed titles of link/title mismatches whose own arXiv id no evidence names yet."""
    from .rules.links import link_titles

    return sorted({f.evidence["listed_title"] for f in link_titles(ctx)
                   if f.kind == "link-title-mismatch"
                   and "listed_title_arxiv_id" not in f.evidence})


def fetch_evidence(lib: Library, cache_dir: str | Path | None) -> tuple[Cache, dict[str, int]]:
    """Fetch what the cache lacks for `lib`; return the cache and cached/fetched/failed counts."""
    from ..enrich import Options, gather
    from ..enrich import arxiv as arxiv_src
    from ..enrich import crossref as crossref_src

    mailto = os.environ.get("AWESOME_BIB_MAILTO", "")
    opts = Options(cache_dir=cache_dir, mailto=mailto)
    cache = Cache(Path(cache_dir) if cache_dir else default_dir())
    ctx = context.build(lib, lib.source)
    ids = sorted({a for item in ctx.items for a in item.arxiv if parse_id(a)})
    dois = sorted({d for item in ctx.items for d in item.dois
                   if not is_arxiv_doi(d)})
    counts = {"cached": 0, "fetched": 0, "failed": 0}
    source = None
    if ids:
        source = arxiv_src.ArxivSource(mailto=mailto)
        gather(source, ids, cache, opts, counts, None)
    if dois:
        client = crossref_src.CrossrefClient(mailto=mailto)
        gather(crossref_src.CrossrefDois(client), dois, cache, opts, counts, None)
    if source is not None:
        keys = [k for k in map(title_words, mismatched_titles(
            context.build(lib, lib.source, cache))) if k]
        if keys:
            gather(arxiv_src.ArxivTitleSearch(source), keys, cache, opts, counts, None)
    return cache, counts
