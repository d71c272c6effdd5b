"""Shared fixtures: the loopback stand-in for Google's endpoints, an isolated app home, and a
real Secret Service (GNOME Keyring on a private D-Bus)."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
import secretstorage
import truststore
from keyring.backends import SecretService as SecretServiceBackend

from desktop.services.profile_store import SERVICE
from tests.loopback.fixtures import (  # noqa: F401  (fixtures are found by name)
    loopback_authorized_user,
    loopback_server,
    loopback_server_session,
    loopback_service_account,
    loopback_service_account_file,
)
from tests.services.secret_service import SecretService, missing_tools

# The guard that fails a test on an unexpected WARNING (or worse) log record; pytester tests it.
pytest_plugins = ["tests.log_guard", "pytester"]


@pytest.fixture(autouse=True)
def restored_logging() -> Iterator[None]:
    """Tests that call setup_logging (the CLI in-process, the leak test at DEBUG) must not
    leave their handlers and level to the tests after them."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    for handler in root.handlers:
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


@pytest.fixture(autouse=True)
def plain_ssl_module() -> Iterator[None]:
    """`describe` run in-process puts truststore's SSLContext into the ssl module for the
    whole process; later tests must start from the standard one."""
    yield
    truststore.extract_from_ssl()


@pytest.fixture(autouse=True)
def isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Path]:
    """Every test gets its own data, log and config folders; nothing touches the real ones."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("GEMINI_DESKTOP_HOME", str(home))
    yield home


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
    yield backend
    _forget_everything_saved(secret_service_session)


@pytest.fixture
def fresh_secret_service(monkeypatch: pytest.MonkeyPatch) -> Iterator[SecretService]:
    """A Secret Service of its own, for tests that lock it."""
    _require_tools()
    service = SecretService().start()
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", service.bus_address)
    yield service
    service.stop()


def _forget_everything_saved(service: SecretService) -> None:
    """The daemon lives for the whole session: each test starts with no saved profiles."""
    with closing(secretstorage.dbus_init()) as connection:
        collection = secretstorage.get_default_collection(connection)
        for item in collection.search_items({"service": SERVICE}):
            item.delete()


@pytest.fixture(scope="session")
def qasync_loop(qapp: Any) -> Iterator[Any]:
    """One qasync loop for the whole session, riding on the QApplication pytest-qt runs
    (here, not in tests/ui, so the window's fault cases in tests/faults share it).

    With already_running=True, tasks started from slots advance whenever qtbot.waitUntil or
    waitSignal spins Qt. A fresh loop per test broke from the second test on: stopping
    one quits the shared application.
    """
    import asyncio

    import qasync

    loop = qasync.QEventLoop(qapp, already_running=True)
    asyncio.set_event_loop(loop)
    yield loop
    for task in asyncio.all_tasks(loop):
        task.cancel()
    # stop() exits the Qt event loop; harmless here, nothing runs Qt after the session.
    loop.stop()
    loop.close()
    asyncio.events._set_running_loop(None)
    asyncio.set_event_loop(None)
