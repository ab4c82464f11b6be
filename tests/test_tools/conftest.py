"""Shared by the tools tests: the local wheelhouse that lets pip install awesome-bib (as the
Action and pre-commit do) without an index."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.test_clients.clients import unavailable


def require(ok: bool, message: str) -> None:
    """Unless `ok`: skip on a developer's machine, fail in CI (clients.unavailable)."""
    if not ok:
        unavailable(message)


@pytest.fixture(scope="session")
def offline_pip_env() -> Callable[..., dict[str, str]]:
    """env(**extra) -> the current os.environ with pip told to install from
    AWESOME_BIB_WHEELHOUSE only (no index), plus `extra`."""
    wheelhouse = os.environ.get("AWESOME_BIB_WHEELHOUSE", "")
    require(bool(wheelhouse) and Path(wheelhouse).is_dir(),
            "no wheelhouse for an offline install: set AWESOME_BIB_WHEELHOUSE to a folder made "
            "by `pip wheel -w DIR . 'setuptools>=77'` (.ci/run does)")

    def env(**extra: str) -> dict[str, str]:
        out = {k: v for k, v in os.environ.items()
               if k not in ("PIP_INDEX_URL", "PIP_EXTRA_INDEX_URL")}
        # virtualenv (pre-commit's) would otherwise look for newer seed wheels in the background
        out.update(PIP_NO_INDEX="1", PIP_FIND_LINKS=wheelhouse,
                   PIP_DISABLE_PIP_VERSION_CHECK="1", VIRTUALENV_NO_PERIODIC_UPDATE="1", **extra)
        return out

    return env
