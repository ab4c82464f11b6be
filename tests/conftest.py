"""Suite-wide guards: no test may reach the internet, or the user's real cache; and the
`clients` marker on every real-client test (tests/test_clients/), so that
`pytest -m "not clients"` leaves out the slow LaTeX, biber and pandoc runs."""

from __future__ import annotations

import ipaddress
import socket
from pathlib import Path

import pytest

CLIENTS_DIR = Path(__file__).resolve().parent / "test_clients"

_real_connect = socket.socket.connect


def _loopback_only(self: socket.socket, address, *args):
    """socket.connect that refuses every address outside 127.0.0.0/8 and ::1."""
    host = address[0] if isinstance(address, tuple) else address
    try:
        loopback = ipaddress.ip_address(host).is_loopback
    except ValueError:  # a name (or a Unix socket path): let only localhost through
        loopback = host in ("localhost",) or self.family == getattr(socket, "AF_UNIX", None)
    if not loopback:
        raise ConnectionRefusedError(f"test tried to reach {address!r}: no internet in tests")
    return _real_connect(self, address, *args)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test under tests/test_clients/ `clients` (registered in pyproject.toml)."""
    for item in items:
        if CLIENTS_DIR in Path(item.path).parents:
            item.add_marker(pytest.mark.clients)


@pytest.fixture(autouse=True)
def _no_internet(monkeypatch, tmp_path_factory):
    """Refuse non-loopback connections; point the real endpoints and the cache at nothing
    real, so a test that forgets to configure them fails fast instead of going online."""
    monkeypatch.setattr(socket.socket, "connect", _loopback_only)
    monkeypatch.setenv("AWESOME_BIB_ARXIV_URL", "http://127.0.0.1:9/api/query")
    monkeypatch.setenv("AWESOME_BIB_CROSSREF_URL", "http://127.0.0.1:9")
    monkeypatch.setenv("AWESOME_BIB_S2_URL", "http://127.0.0.1:9/graph/v1")
    monkeypatch.delenv("AWESOME_BIB_S2_KEY", raising=False)
    monkeypatch.setenv("AWESOME_BIB_CACHE", str(tmp_path_factory.mktemp("cache")))
    monkeypatch.delenv("AWESOME_BIB_MAILTO", raising=False)
