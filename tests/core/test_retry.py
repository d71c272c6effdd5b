"""The one retry policy, for streams and uploads: equal jitter, within its bounds."""

from __future__ import annotations

import random

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


def test_the_server_delay_wins_and_a_long_one_is_not_waited_on() -> None:
    policy = RetryPolicy()
    busy = ApiError("busy", hint="", code=503, retry_after=7.0)
    assert policy.delay(busy, 1) == 7.0
    too_long = ApiError("busy", hint="", code=503, retry_after=600.0)
    assert policy.delay(too_long, 1) is None
    assert policy.delay(ApiError("busy", hint="", code=503), policy.attempts) is None
    assert policy.delay(ApiError("no", hint="", code=400), 1) is None


def test_uploads_try_five_times_with_steps_up_to_sixteen_seconds() -> None:
    assert UPLOAD_RETRY.attempts == 5
    assert [UPLOAD_RETRY.step(n) for n in range(1, 7)] == [1.0, 2.0, 4.0, 8.0, 16.0, 16.0]
