"""The fault suite's limits: a stall limit of STALL_S, the retry policy's waits scaled down
(its tries are not), and a record of how long each case took to end, printed after the run."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from desktop.core.retry import RetryPolicy
from tests.faults.cases import BACKOFF_SCALE, STALL_S, FaultCase

TOOK: dict[str, float] = {}
"""Seconds from the fault to the end the user sees, by case id, for this run."""


@pytest.fixture(autouse=True)
def suite_limits(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GEMINI_DESKTOP_STALL_TIMEOUT_S", str(STALL_S))
    backoff = RetryPolicy.backoff

    def scaled(self: RetryPolicy, attempt: int, rng: object = None) -> float:
        return backoff(self, attempt, rng) * BACKOFF_SCALE  # type: ignore[arg-type]

    monkeypatch.setattr(RetryPolicy, "backoff", scaled)


@pytest.fixture
def gave_up() -> Iterator[Callable[[FaultCase, float], None]]:
    """Checks and records the time a case took: `gave_up(case, seconds)`."""

    def record(case: FaultCase, seconds: float) -> None:
        TOOK[case.id] = seconds
        print(f"[fault] {case.id}: ended after {seconds:.2f} s (bound {case.within_s:g} s)")
        assert seconds < case.within_s, f"{case.id} took {seconds:.2f} s"

    yield record


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if TOOK:
        terminalreporter.section("fault suite: time to give up")
        for case_id, seconds in sorted(TOOK.items()):
            terminalreporter.write_line(f"{case_id:<45} {seconds:6.2f} s")
