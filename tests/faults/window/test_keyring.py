"""The window with no password store, or a locked one: it says so once, in a notice, and
answers on the key the environment gives."""

from __future__ import annotations

import gc
from collections.abc import Callable
from contextlib import closing

import keyring.backends.fail
import pytest
import secretstorage
from keyring.backends import SecretService as SecretServiceBackend

from desktop.services.connections import ConnectionManager
from desktop.services.profile_store import ChunkedKeyring, ProfileStore
from tests.faults.cases import CASES
from tests.loopback import LoopbackServer
from tests.services.secret_service import SecretService
from tests.ui.integration.helpers import App, close


def environment(server: LoopbackServer) -> dict[str, str]:
    return {"GEMINI_API_KEY": "test-api-key", "GOOGLE_GEMINI_BASE_URL": server.base_url}


def answers_on_the_environment(app: App, case_id: str) -> None:
    (case,) = [case for case in CASES if case.id == case_id]
    assert case.sees in app.window.notice_text()
    assert app.window.connection_text().startswith("Using Environment")
    app.ask("Still there?")
    assert "You said: Still there?." in app.last_answer().plain_text()
    assert len(app.server.requests_for("gemini.stream")) == case.requests


@pytest.mark.expected_log(r"keyring", r"[Kk]eyring")
def test_without_a_keyring_the_window_runs_on_the_environment(
    make_app: Callable[..., App], loopback_server: LoopbackServer
) -> None:
    no_keyring = ProfileStore(ChunkedKeyring(keyring.backends.fail.Keyring()))
    app = make_app(connections=ConnectionManager(no_keyring, environment(loopback_server)))
    app.wait_until_started()
    answers_on_the_environment(app, "window/keyring-missing")


# keyring 25.7's SecretService.get_preferred_collection leaves its D-Bus socket open when it
# raises KeyringLocked; that ResourceWarning is keyring's, not ours.
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
@pytest.mark.expected_log(r"locked", r"[Kk]eyring")
def test_a_locked_keyring_is_a_notice_and_the_window_answers(
    make_app: Callable[..., App],
    loopback_server: LoopbackServer,
    fresh_secret_service: SecretService,
) -> None:
    backend = SecretServiceBackend.Keyring()
    ChunkedKeyring(backend).set("probe", "value")
    with closing(secretstorage.dbus_init()) as connection:
        secretstorage.get_default_collection(connection).lock()
    locked = ProfileStore(ChunkedKeyring(backend))
    app = make_app(connections=ConnectionManager(locked, environment(loopback_server)))
    app.wait_until_started()
    answers_on_the_environment(app, "window/keyring-locked")
    close(app)
    # The error keeps keyring's frames, and they its socket: let go of it, so the leaked
    # socket is reported now, inside this filtered test, not in a later one.
    app.connections.keyring_error = None
    del app, locked, backend
    gc.collect()
