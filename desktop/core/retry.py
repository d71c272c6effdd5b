"""When to try a request again, and how long to wait first.

Only before the first delta is shown (the client enforces that): a partly shown answer is
never replaced behind the user's back.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from desktop.core.errors import GeminiError


@dataclass(frozen=True)
class RetryPolicy:
    """Exponential backoff with equal jitter, honouring the server's own delay.

    Equal jitter (as AWS's "Exponential Backoff And Jitter" names it): the wait before try
    n + 1 is drawn evenly between half the step and the whole step, the step being
    `initial_delay × multiplier^(n - 1)` capped at `max_delay`. Never shorter than half the
    step, so a burst of failures still spreads out; random, so clients do not retry in step.
    """

    attempts: int = 4  # the first try included
    initial_delay: float = 1.0
    multiplier: float = 2.0
    max_delay: float = 30.0
    # A server asking for a longer pause than this is better shown to the user than waited on.
    max_server_delay: float = 60.0

    def delay(
        self, error: GeminiError, attempt: int, rng: random.Random | None = None
    ) -> float | None:
        """Seconds to wait before attempt `attempt + 1`, or None to give up.

        `attempt` counts the tries made so far, starting at 1.
        """
        if not error.retryable or attempt >= self.attempts:
            return None
        if error.retry_after is not None:
            return error.retry_after if error.retry_after <= self.max_server_delay else None
        return self.backoff(attempt, rng)

    def step(self, attempt: int) -> float:
        """The longest wait after `attempt` tries: the exponential step, capped."""
        return min(self.max_delay, self.initial_delay * self.multiplier ** (attempt - 1))

    def backoff(self, attempt: int, rng: random.Random | None = None) -> float:
        """Seconds to wait after `attempt` tries went wrong: equal jitter over the step."""
        step = self.step(attempt)
        return (rng or random).uniform(step / 2, step)


NO_RETRY = RetryPolicy(attempts=1)

UPLOAD_RETRY = RetryPolicy(attempts=5, max_delay=16.0)
"""Uploads: five tries in a row without progress, waits of up to 1, 2, 4, 8 and 16 s. A
resumable upload keeps what arrived, so it may try more often than a request."""
