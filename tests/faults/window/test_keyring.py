"""The window with no password store: it says so once, in a notice, and answers on the key
the environment gives."""

from __future__ import annotations

from collections.abc import Callable

import keyring.backends.fail
import pytest

from desktop.services.connections import ConnectionManager
from desktop.services.profile_store import ChunkedKeyring, ProfileStore
from tests.faults.cases import CASES
from tests.loopback import LoopbackServer
from tests.ui.integration.helpers import App


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
