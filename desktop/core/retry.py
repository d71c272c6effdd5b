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
    """Exponential backoff with full jitter, honouring the server's own delay."""

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
        ceiling = min(self.max_delay, self.initial_delay * self.multiplier ** (attempt - 1))
        return (rng or random).uniform(ceiling / 2, ceiling)


NO_RETRY = RetryPolicy(attempts=1)
