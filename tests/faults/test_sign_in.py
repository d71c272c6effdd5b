"""`describe` signed in with a service account whose token endpoint fails: refused (400),
failing (500, which google-auth tries three times), or never answering."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.faults.cases import CASES, FaultCase
from tests.loopback import LoopbackServer
from tests.test_cli import run

TOKEN_FAULTS: dict[str, Callable[[LoopbackServer], None]] = {
    "token-400": lambda server: server.script_token_error(),
    "token-500": lambda server: [
        server.script_token_error("internal_failure", "Backend Error", status=500) for _ in range(3)
    ],
    "token-hang": lambda server: server.script_token_hang(30),
}


@pytest.mark.parametrize("name", TOKEN_FAULTS)
def test_token_fault(
    name: str,
    loopback_server: LoopbackServer,
    loopback_service_account_file: Path,
    monkeypatch: pytest.MonkeyPatch,
    gave_up: Callable[[FaultCase, float], None],
) -> None:
    (case,) = [case for case in CASES if case.id == f"describe/{name}"]
    if name == "token-500":
        # google-auth's own three tries take about 3 s: a limit above that lets it finish.
        monkeypatch.setenv("GEMINI_DESKTOP_STALL_TIMEOUT_S", "10")
    monkeypatch.setenv("GOOGLE_APPLICATION_CREDENTIALS", str(loopback_service_account_file))
    monkeypatch.setenv("GOOGLE_VERTEX_BASE_URL", loopback_server.base_url)
    argv = ("--project", "test-project", "--location", "us-central1", "--prompt", "hi")
    assert run(*argv)[0] == 0  # warm: the first run in a process imports a lot
    tokens_before = len(loopback_server.token_requests)
    answers_before = len(loopback_server.requests_for("vertex"))
    TOKEN_FAULTS[name](loopback_server)
    started = time.monotonic()
    code, out, err = run(*argv)
    gave_up(case, time.monotonic() - started)
    assert (code, out) == (1, "")
    assert case.sees in err and "Traceback" not in err
    tokens = len(loopback_server.token_requests) - tokens_before
    assert tokens == (3 if name == "token-500" else 1)
    # No answer request without a token.
    assert len(loopback_server.requests_for("vertex")) == answers_before
