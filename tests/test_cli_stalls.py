"""`describe` against a server that stalls: it gives up once, after
GEMINI_DESKTOP_STALL_TIMEOUT_S, saying so, with what arrived printed."""

from __future__ import annotations

import json
import time

import pytest

from tests.loopback import LoopbackServer, Scenario
from tests.test_cli import run

STALL = 1.0
SLACK = 1.5  # for a loaded machine


@pytest.fixture
def stalling_env(
    loopback_server: LoopbackServer, monkeypatch: pytest.MonkeyPatch
) -> LoopbackServer:
    monkeypatch.setenv("GEMINI_API_KEY", "test-api-key")
    monkeypatch.setenv("GOOGLE_GEMINI_BASE_URL", loopback_server.base_url)
    monkeypatch.setenv("GEMINI_DESKTOP_STALL_TIMEOUT_S", str(STALL))
    return loopback_server


@pytest.mark.parametrize(
    "scenario",
    [Scenario(silence_after_events=0), Scenario(silence_after_events=0, drip_forever=True)],
    ids=["headers-then-silence", "drip-forever"],
)
def test_describe_gives_up_once_after_the_limit(
    stalling_env: LoopbackServer, scenario: Scenario
) -> None:
    assert run("--prompt", "Quick")[0] == 0  # warm: the first run in a process imports a lot
    stalling_env.script(scenario)
    started = time.monotonic()
    code, out, err = run("--prompt", "Think hard")
    took = time.monotonic() - started
    print(f"[stall] describe gave up {took:.2f} s after its request (limit {STALL} s)")
    assert code == 1 and out == ""
    assert "The server at 127.0.0.1 sent no answer for 1 second. Try again." in err
    assert len(stalling_env.requests_for("gemini.stream")) == 2  # the quick one, and one
    assert STALL <= took < STALL + SLACK


def test_describe_prints_what_arrived_before_a_stall(stalling_env: LoopbackServer) -> None:
    stalling_env.script(Scenario(text="kept words", chunks=2, silence_after_events=1))
    code, out, err = run("--prompt", "Think hard")
    assert code == 1 and out.startswith("kept ")
    assert "The answer stopped arriving: no more of it came for 1 second." in err


def test_describe_json_keeps_the_partial_answer_and_says_why(stalling_env: LoopbackServer) -> None:
    stalling_env.script(Scenario(text="kept words", chunks=2, silence_after_events=1))
    code, out, _ = run("--prompt", "Think hard", "--json")
    assert code == 1
    line = json.loads(out.splitlines()[-1])
    assert line["text"] == "kept "
    assert (
        line["error"]["message"] == "The answer stopped arriving: no more of it came for 1 second."
    )
