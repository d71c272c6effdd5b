"""Fixtures for the services tests: a real Secret Service (GNOME Keyring on a private D-Bus)."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from keyring.backends import SecretService as SecretServiceBackend

from tests.services.secret_service import SecretService, missing_tools


def _require_tools() -> None:
    missing = missing_tools()
    if missing:
        reason = f"the real Secret Service needs {', '.join(missing)} (Debian: gnome-keyring dbus)"
        if os.environ.get("CI"):
            pytest.fail(reason)  # CI installs them: a skip there would hide a broken set-up
        pytest.skip(reason)


@pytest.fixture(scope="session")
def secret_service_session() -> Iterator[SecretService]:
    _require_tools()
    service = SecretService().start()
    yield service
    service.stop()


@pytest.fixture
def secret_service_keyring(
    secret_service_session: SecretService, monkeypatch: pytest.MonkeyPatch
) -> SecretServiceBackend.Keyring:
    """keyring's own SecretService backend, talking to the private GNOME Keyring."""
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", secret_service_session.bus_address)
    backend = SecretServiceBackend.Keyring()
    assert backend.priority > 0, "SecretService backend not usable"
    return backend


@pytest.fixture
def fresh_secret_service(monkeypatch: pytest.MonkeyPatch) -> Iterator[SecretService]:
    """A Secret Service of its own, for tests that lock it."""
    _require_tools()
    service = SecretService().start()
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", service.bus_address)
    yield service
    service.stop()
