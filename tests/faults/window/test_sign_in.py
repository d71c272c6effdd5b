"""The window signed in with a service account whose token expires, then whose token
endpoint never answers: the answer ends within the stall limit, saying who did not answer."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from typing import Any

import pytest

from desktop.core.conversation import TurnStatus
from desktop.core.profile import Profile, SignInKind
from desktop.services.profile_store import ProfileStore
from tests.faults.cases import CASES, FaultCase
from tests.loopback import LoopbackServer
from tests.ui.integration.helpers import App


@pytest.fixture
def profiles(
    loopback_server: LoopbackServer, loopback_service_account: dict[str, Any]
) -> ProfileStore:
    """One saved connection: Vertex AI with a service-account key, answered by the loopback."""
    store = ProfileStore.in_memory()
    profile = Profile.new(
        "Vertex",
        SignInKind.SERVICE_ACCOUNT,
        project="test-project",
        location="us-central1",
        base_url=loopback_server.base_url,
    )
    store.save(profile, json.dumps(loopback_service_account))
    return store


@pytest.mark.expected_log(r"^The answer failed: StalledError", r"^HTTP 401 from")
def test_a_hanging_token_endpoint_ends_the_answer_in_time(
    make_app: Callable[..., App], gave_up: Callable[[FaultCase, float], None]
) -> None:
    (case,) = [case for case in CASES if case.id == "window/token-hang"]
    app = make_app()
    app.wait_until_started()
    server = app.server
    server.expire_all_tokens()  # the next request gets 401 and refreshes once...
    server.script_token_hang(30)  # ...from a token endpoint that never answers
    answers_before = len(server.requests_for("vertex.stream"))
    started = time.monotonic()
    app.ask("Tell me", outcome="failed")
    gave_up(case, time.monotonic() - started)
    banner = app.window.conversation.banner
    assert banner is not None and case.sees in banner.transcript_text()
    assert banner.action_button.text() == "Try again"
    assert len(server.requests_for("vertex.stream")) - answers_before == case.requests
    assert app.saved().turns[-1].status is TurnStatus.FAILED
