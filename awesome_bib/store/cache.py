"""The persistent lookup cache: one small JSON file per (source, key), written atomically.

One file per record means a `kill -9` can lose at most the batch in flight and can never leave
a half-written cache: every file appears whole through an atomic rename (fsutil). Files carry
the format version, the source, the key and the fetch time; a file we cannot read is a
CacheError naming it (a person can delete it), never a silent refetch.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..errors import CacheError
from .cachedir import cache_root
from .fsutil import atomic_write_text

FORMAT = 1


def default_dir() -> Path:
    """The cache root (cachedir.py: --cache, $AWESOME_BIB_CACHE or the user cache)."""
    return cache_root()


class Cache:
    """Get and put payloads by (source, key); keys are ids, DOIs or normalised queries."""

    def __init__(self, root: str | Path, clock: Callable[[], float] = time.time) -> None:
        self.root = Path(root)
        self.clock = clock

    def path(self, source: str, key: str) -> Path:
        """The file holding one record (hashed name: DOIs and queries are not file names)."""
        digest = hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]
        return self.root / f"v{FORMAT}" / source / digest[:2] / f"{digest}.json"

    def get(self, source: str, key: str) -> tuple[bool, Any]:
        """(True, payload) when cached (payload None = "source has no such thing")."""
        path = self.path(source, key)
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return False, None
        except (OSError, UnicodeDecodeError) as exc:
            raise CacheError(path, f"unreadable cache file ({exc}); delete it") from None
        try:
            data = json.loads(text)
        except ValueError:
            raise CacheError(path, "corrupt cache file (not JSON); delete it") from None
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise CacheError(path, f"not an awesome-bib cache file of format {FORMAT}; delete it")
        if data.get("source") != source or data.get("key") != key:
            raise CacheError(path, "cache file names another record; delete it")
        return True, data.get("payload")

    def put(self, source: str, key: str, payload: Any) -> None:
        """Store what the source returned, with the fetch time, atomically."""
        data = {"format": FORMAT, "source": source, "key": key,
                "fetched": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(self.clock())),
                "payload": payload}
        text = json.dumps(data, ensure_ascii=False, sort_keys=True, indent=1)
        atomic_write_text(self.path(source, key), text + "\n")
