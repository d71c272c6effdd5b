"""`describe` (in-process) against each stream fault of the matrix: the words on stderr,
the exit code, the answer so far on stdout, the requests sent, and the time it took."""

from __future__ import annotations

import json
import time
from collections.abc import Callable

import pytest

from tests.faults.cases import DESCRIBE, FAULT_LOGS, FIRST_EVENT, FaultCase, stream_cases
from tests.loopback import LoopbackServer, Scenario
from tests.test_cli import run


@pytest.fixture
def describe_env(
    loopback_server: LoopbackServer, monkeypatch: pytest.MonkeyPatch
) -> LoopbackServer:
    monkeypatch.setenv("GEMINI_API_KEY", "test-api-key")
    monkeypatch.setenv("GOOGLE_GEMINI_BASE_URL", loopback_server.base_url)
    assert run("--prompt", "Quick")[0] == 0  # warm: the first run in a process imports a lot
    loopback_server.reset()
    return loopback_server


@pytest.mark.expected_log(*FAULT_LOGS)
@pytest.mark.parametrize("case", stream_cases(DESCRIBE), ids=lambda case: case.stream.name)
def test_describe(
    describe_env: LoopbackServer,
    case: FaultCase,
    gave_up: Callable[[FaultCase, float], None],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    fault = case.stream
    assert fault is not None
    if fault.retry_wait_s is not None:
        monkeypatch.setenv("GEMINI_DESKTOP_RETRY_WAIT_S", str(fault.retry_wait_s))
    describe_env.script(*fault.scenarios)
    started = time.monotonic()
    code, out, err = run("--prompt", "Tell me")
    gave_up(case, time.monotonic() - started)
    if fault.complete:
        assert (code, err) == (0, "")
        assert out == f"{fault.kept}\n"
    else:
        assert code == 1, err
        assert fault.sees in err
        assert "Traceback" not in err
        assert out == ("" if fault.kept is None else f"{fault.kept}\n")
    assert len(describe_env.requests_for("gemini.stream")) == fault.requests


def test_describe_json_keeps_the_partial_answer_and_says_why(
    describe_env: LoopbackServer,
) -> None:
    describe_env.script(Scenario(text="kept words", chunks=2, silence_after_events=1))
    code, out, _ = run("--prompt", "Think hard", "--json")
    assert code == 1
    line = json.loads(out.splitlines()[-1])
    assert line["text"] == FIRST_EVENT
    assert (
        line["error"]["message"] == "The answer stopped arriving: no more of it came for 1 second."
    )
    assert len(describe_env.requests_for("gemini.stream")) == 1
