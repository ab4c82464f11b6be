"""Where `check` gets its enrichment evidence: the enrichment pipeline itself, run on a copy.

`check` asks the same sources, through the same cache, as `awesome-bib enrich` (arXiv, Semantic
Scholar, Crossref and any source registered in enrich/sources.py), on a deep copy of the loaded
library: the rules then read the copy's fields and typed outcomes, and entries/ is never
written. Online it fetches what the cache lacks; with --offline it reads the cache alone.
"""

from __future__ import annotations

import copy
import os
from pathlib import Path

from ..enrich import EnrichReport, Options, enrich_library
from ..model import Library


def enriched(lib: Library, cache_dir: str | Path | None,
             offline: bool) -> tuple[Library, EnrichReport]:
    """An enriched copy of `lib` (never `lib` itself) and the pipeline's report."""
    work = copy.deepcopy(lib)
    opts = Options(offline=offline, cache_dir=cache_dir,
                   mailto=os.environ.get("AWESOME_BIB_MAILTO", ""))
    return work, enrich_library(work, opts)
