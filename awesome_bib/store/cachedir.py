"""Where awesome-bib keeps what it can recompute: the one answer for every cache.

The enrichment look-up cache (`enrich/cache.py`, `<root>/v1/`) and the YAML parse cache
(`parse_cache.py`, `<root>/parsed-v1/`) live under the same root, resolved here only.
"""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_cache_dir

#: The environment variable that moves every cache (tests point it at a temp directory).
ENV = "AWESOME_BIB_CACHE"


def cache_root(explicit: str | Path | None = None) -> Path:
    """`explicit` (a --cache option), else $AWESOME_BIB_CACHE, else the user cache directory."""
    if explicit:
        return Path(explicit)
    env = os.environ.get(ENV)
    return Path(env) if env else Path(user_cache_dir("awesome-bib"))
