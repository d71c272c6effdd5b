"""When to try a request again, and how long to wait first: one bounded policy.

Only before the first delta is shown (the client enforces that): a partly shown answer is
never replaced behind the user's back. A request is tried at most `attempts` times and waits
at most `max_total_wait` seconds in all between its tries; past either bound it stops and
the user decides (nothing is sent again without them).
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from desktop.core.errors import GeminiError

DEFAULT_TOTAL_WAIT = 120.0


@dataclass(frozen=True)
class RetryPolicy:
    """Exponential backoff with equal jitter, honouring the server's own delay, in a budget.

    Equal jitter (as AWS's "Exponential Backoff And Jitter" names it): the wait before try
    n + 1 is drawn evenly between half the step and the whole step, the step being
    `initial_delay × multiplier^(n - 1)` capped at `max_delay`. Never shorter than half the
    step, so a burst of failures still spreads out; random, so clients do not retry in step.

    A delay the server names (RetryInfo, Retry-After) is waited as named, never shortened:
    trying earlier than asked only fails again. When it would take the request past
    `max_total_wait`, the policy gives up at once instead (the words say when to try).
    """

    attempts: int = 4  # the first try included
    initial_delay: float = 1.0
    multiplier: float = 2.0
    max_delay: float = 30.0
    max_total_wait: float = DEFAULT_TOTAL_WAIT  # every wait of one request together

    def delay(
        self,
        error: GeminiError,
        attempt: int,
        waited: float = 0.0,
        rng: random.Random | None = None,
    ) -> float | None:
        """Seconds to wait before attempt `attempt + 1`, or None to give up.

        `attempt` counts the tries made so far, starting at 1; `waited` is the time already
        spent waiting between them.
        """
        if not error.retryable or attempt >= self.attempts:
            return None
        wait = error.retry_after if error.retry_after is not None else self.backoff(attempt, rng)
        return wait if waited + wait <= self.max_total_wait else None

    def step(self, attempt: int) -> float:
        """The longest wait after `attempt` tries: the exponential step, capped."""
        return min(self.max_delay, self.initial_delay * self.multiplier ** (attempt - 1))

    def backoff(self, attempt: int, rng: random.Random | None = None) -> float:
        """Seconds to wait after `attempt` tries went wrong: equal jitter over the step."""
        step = self.step(attempt)
        return (rng or random).uniform(step / 2, step)

    def start(self) -> Tries:
        """The count of one request's tries under this policy."""
        return Tries(self)


class Tries:
    """One request's tries so far and the time waited between them."""

    def __init__(self, policy: RetryPolicy) -> None:
        self.policy = policy
        self.attempt = 1
        self.waited = 0.0

    def next_wait(self, error: GeminiError) -> float | None:
        """The wait before the next try after `error`, counted as made; None: give up."""
        wait = self.policy.delay(error, self.attempt, self.waited)
        if wait is not None:
            self.attempt += 1
            self.waited += wait
        return wait


NO_RETRY = RetryPolicy(attempts=1)

UPLOAD_RETRY = RetryPolicy(attempts=5, max_delay=16.0)
"""Uploads: five tries in a row without progress, waits of up to 1, 2, 4, 8 and 16 s. A
resumable upload keeps what arrived, so it may try more often than a request."""
