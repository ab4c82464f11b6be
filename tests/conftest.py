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


def _offline_endpoints(mp: pytest.MonkeyPatch) -> None:
    mp.setattr(socket.socket, "connect", _loopback_only)
    mp.setenv("AWESOME_BIB_ARXIV_URL", "http://127.0.0.1:9/api/query")
    mp.setenv("AWESOME_BIB_CROSSREF_URL", "http://127.0.0.1:9")
    mp.setenv("AWESOME_BIB_S2_URL", "http://127.0.0.1:9/graph/v1")
    mp.delenv("AWESOME_BIB_S2_KEY", raising=False)
    mp.delenv("AWESOME_BIB_MAILTO", raising=False)


@pytest.fixture(autouse=True, scope="session")
def _no_internet_for_the_session():
    """The same guard for module- and session-scoped fixtures, which run before any
    function-scoped fixture (an enriched library built once per module must not go online)."""
    mp = pytest.MonkeyPatch()
    _offline_endpoints(mp)
    yield
    mp.undo()


@pytest.fixture(autouse=True)
def _no_internet(monkeypatch, tmp_path_factory):
    """Refuse non-loopback connections; point the real endpoints and the cache at nothing
    real, so a test that forgets to configure them fails fast instead of going online."""
    _offline_endpoints(monkeypatch)  # again per test: a test may have changed them
    monkeypatch.setenv("AWESOME_BIB_CACHE", str(tmp_path_factory.mktemp("cache")))
