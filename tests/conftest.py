"""Shared fixtures: the loopback stand-in for Google's endpoints, and an isolated app home."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.loopback.fixtures import (  # noqa: F401  (fixtures are found by name)
    loopback_authorized_user,
    loopback_server,
    loopback_server_session,
    loopback_service_account,
    loopback_service_account_file,
)


@pytest.fixture(autouse=True)
def isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Path]:
    """Every test gets its own data, log and config folders; nothing touches the real ones."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("GEMINI_DESKTOP_HOME", str(home))
    yield home
