"""The one retry policy, for streams and uploads: equal jitter, within its bounds."""

from __future__ import annotations

import random

import pytest

from desktop.core.errors import ApiError
from desktop.core.retry import UPLOAD_RETRY, RetryPolicy

DRAWS = 4000


def test_equal_jitter_stays_between_half_the_step_and_the_step() -> None:
    policy = RetryPolicy(attempts=8, initial_delay=1.0, multiplier=2.0, max_delay=30.0)
    rng = random.Random(11)
    for attempt, step in [(1, 1.0), (2, 2.0), (3, 4.0), (4, 8.0), (5, 16.0), (6, 30.0)]:
        waits = [policy.backoff(attempt, rng) for _ in range(DRAWS)]
        assert policy.step(attempt) == step
        assert all(step / 2 <= wait <= step for wait in waits)
        # Spread evenly over the whole upper half, not bunched at one end (full jitter would
        # put half of them under a quarter of the step; no jitter would put them all at one).
        assert min(waits) < step * 0.52 and max(waits) > step * 0.98
        mean = sum(waits) / DRAWS
        assert abs(mean - 0.75 * step) < 0.02 * step
        lower_quarter = sum(wait < 0.625 * step for wait in waits) / DRAWS
        assert 0.22 < lower_quarter < 0.28


def test_the_server_delay_wins_and_one_past_the_budget_is_not_waited_on() -> None:
    policy = RetryPolicy()
    busy = ApiError("busy", hint="", code=503, retry_after=7.0)
    assert policy.delay(busy, 1) == 7.0
    too_long = ApiError("busy", hint="", code=503, retry_after=121.0)
    assert policy.delay(too_long, 1) is None
    assert policy.delay(ApiError("busy", hint="", code=503), policy.attempts) is None
    assert policy.delay(ApiError("no", hint="", code=400), 1) is None


@pytest.mark.parametrize(
    ("retry_after", "waits"),
    [
        (26.0, [26.0, 26.0, 26.0]),  # four tries: the attempts are the bound
        (47.0, [47.0, 47.0]),  # a third wait would pass two minutes: three tries
        (60.0, [60.0, 60.0]),  # exactly two minutes of waiting is within the bound
        (90.0, [90.0]),
        (130.0, []),  # longer than the whole budget: give up at once, say when to try
    ],
)
def test_a_request_waits_at_most_two_minutes_over_at_most_four_tries(
    retry_after: float, waits: list[float]
) -> None:
    tries = RetryPolicy().start()
    limited = ApiError("slow down", hint="", code=429, retry_after=retry_after)
    seen = []
    while (wait := tries.next_wait(limited)) is not None:
        seen.append(wait)
    assert seen == waits
    assert tries.attempt == len(waits) + 1 <= 4 and tries.waited <= 120.0


def test_backoff_without_a_server_delay_stays_in_a_small_budget() -> None:
    tries = RetryPolicy(max_total_wait=2.5).start()
    busy = ApiError("busy", hint="", code=429)
    waits = []
    while (wait := tries.next_wait(busy)) is not None:
        waits.append(wait)
    # 0.5–1 s, then 1–2 s unless that passes 2.5 s in all; a third (2–4 s) always would.
    assert 1 <= len(waits) <= 2 and sum(waits) <= 2.5
    assert tries.waited == sum(waits)


def test_uploads_try_five_times_with_steps_up_to_sixteen_seconds() -> None:
    assert UPLOAD_RETRY.attempts == 5
    assert [UPLOAD_RETRY.step(n) for n in range(1, 7)] == [1.0, 2.0, 4.0, 8.0, 16.0, 16.0]
