"""`describe` against a server that keeps answering 429: the one bounded retry policy (at
most four tries, at most GEMINI_DESKTOP_RETRY_WAIT_S of waiting), the words for each kind
of limit, and the wait shown on stderr. Small server delays and a small budget keep it fast;
the bounds are the same code paths as the default 2 minutes."""

from __future__ import annotations

import io
import time

import pytest

from desktop.cli import describe_main
from tests.loopback import LoopbackServer, Scenario
from tests.test_cli import run

SLACK = 1.5  # for a loaded machine
pytestmark = pytest.mark.expected_log(r"HTTP 4\d\d from", r"Attempt \d failed")


@pytest.fixture
def limited(loopback_server: LoopbackServer, monkeypatch: pytest.MonkeyPatch) -> LoopbackServer:
    monkeypatch.setenv("GEMINI_API_KEY", "test-api-key")
    monkeypatch.setenv("GOOGLE_GEMINI_BASE_URL", loopback_server.base_url)
    monkeypatch.setenv("GEMINI_DESKTOP_RETRY_WAIT_S", "1.0")
    assert run("--prompt", "Quick")[0] == 0  # warm: the first run in a process imports a lot
    loopback_server.reset()
    return loopback_server


def give_up(server: LoopbackServer, scenario: Scenario) -> tuple[int, str, float, int]:
    """describe against `scenario` forever: exit code, stderr, seconds, requests sent."""
    server.script_always(scenario)
    started = time.monotonic()
    code, out, err = run("--prompt", "hello")
    took = time.monotonic() - started
    sent = len(server.requests_for("gemini.stream"))
    print(f"[429] {sent} requests, gave up after {took:.2f} s")
    assert out == ""
    return code, err, took, sent


def test_retry_info_is_honoured_four_times_at_most(limited: LoopbackServer) -> None:
    code, err, took, sent = give_up(limited, Scenario.rate_limited("0.2s"))
    assert code == 1 and sent == 4  # three waits of 0.2 s fit in the budget of 1 s
    assert 0.6 <= took < 0.6 + SLACK
    for attempt in (2, 3, 4):
        assert (
            "You've reached this model's per-minute limit. "
            f"Trying again in 1 second (attempt {attempt} of 4)." in err  # 0.2 s, rounded up
        )
    assert err.endswith(
        "gemini-desktop describe: You've reached this model's per-minute limit. "
        "It frees up again within a minute; try again then.\n"
    )
    time.sleep(0.5)
    assert len(limited.requests_for("gemini.stream")) == 4  # nothing more after giving up


def test_retry_info_past_the_budget_stops_early(limited: LoopbackServer) -> None:
    code, _, took, sent = give_up(limited, Scenario.rate_limited("0.4s"))
    assert code == 1 and sent == 3  # 0.4 + 0.4 fit in 1 s; a third 0.4 would not
    assert 0.8 <= took < 0.8 + SLACK


def test_retry_after_is_honoured_within_the_budget(limited: LoopbackServer) -> None:
    code, err, took, sent = give_up(limited, Scenario.capacity_busy(retry_after=1))
    assert code == 1 and sent == 2  # one wait of 1 s; a second would pass the budget
    assert 1.0 <= took < 1.0 + SLACK
    # The loopback is not Google's host: a bare RESOURCE_EXHAUSTED from it names it.
    assert (
        "The server at 127.0.0.1 is receiving more requests than it allows. "
        "Trying again in 1 second (attempt 2 of 4)." in err
    )


def test_a_429_forever_without_a_delay_backs_off_within_the_budget(
    limited: LoopbackServer,
) -> None:
    code, err, took, sent = give_up(limited, Scenario.capacity_busy())
    assert code == 1 and 2 <= sent <= 3  # 0.5–1 s, then 1–2 s only if it still fits
    assert took < 1.0 + SLACK
    # The loopback is not Google: its limits are its own, so no "within a minute".
    assert err.endswith(
        "The server at 127.0.0.1 is receiving more requests than it allows. "
        "Wait a moment, then try again.\n"
    )


def test_the_daily_quota_is_asked_once(limited: LoopbackServer) -> None:
    code, err, took, sent = give_up(limited, Scenario.daily_quota("0.1s"))
    assert code == 1 and sent == 1 and took < SLACK
    assert err == (
        "gemini-desktop describe: You've reached today's limit for this model; it resets at "
        "midnight Pacific time. Choose another model, or try again after the reset.\n"
    )


def test_an_empty_prepaid_balance_is_asked_once_with_its_link(limited: LoopbackServer) -> None:
    code, err, _, sent = give_up(limited, Scenario.prepaid_empty())
    assert code == 1 and sent == 1
    assert "Your prepaid balance for the Gemini API has run out." in err
    assert err.endswith("Link: https://ai.studio/projects\n")


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_on_a_terminal_the_wait_counts_down_on_one_line(
    limited: LoopbackServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GEMINI_DESKTOP_RETRY_WAIT_S", "3")
    limited.script(Scenario.rate_limited("1.2s"))  # then the answer
    out, err = io.StringIO(), _Terminal()
    assert describe_main(["--prompt", "hello"], stdout=out, stderr=err) == 0
    shown = err.getvalue()
    line = "\r\x1b[2Kgemini-desktop describe: You've reached this model's per-minute limit. "
    assert f"{line}Trying again in 2 s (attempt 2 of 4)…" in shown
    assert f"{line}Trying again in 1 s (attempt 2 of 4)…" in shown
    assert shown.endswith("\r\x1b[2K")  # the line is gone once the answer comes
    assert "hello" in out.getvalue()
