"""How many requests a batch has in flight: adapted to the quota as it goes.

Additive increase, multiplicative decrease, as TCP does with its window: start at 4,
halve on a 429 and wait as long as the server's RetryInfo asks (every request waits, not
only the one refused), grow by one after a run of successes as long as the limit, never
above 16. One 429 halves once: the other requests already in flight under the old limit
meet the same full quota, and their 429s say nothing new.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import Callable
from dataclasses import dataclass

START, CEILING = 4, 16
DEFAULT_PAUSE = 1.0  # a 429 that says nothing of when to come back


@dataclass(frozen=True)
class Ticket:
    """A place in flight; `generation` says which limit it was given under."""

    generation: int


class AdaptiveLimit:
    """Places for requests in flight. `fixed` keeps the limit where it starts (--jobs N),
    still pausing for a 429's RetryInfo."""

    def __init__(
        self,
        start: int = START,
        *,
        ceiling: int = CEILING,
        fixed: bool = False,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.limit = max(1, min(start, ceiling))
        self.ceiling = ceiling
        self.fixed = fixed
        self.in_flight = 0
        self.highest = self.limit
        self.rate_limited = 0
        """How many 429s were met (each one, halving or not)."""
        self._clock = clock
        self._generation = 0
        self._successes = 0
        self._paused_until = 0.0
        self._held = False
        self._changed = asyncio.Condition()

    @property
    def paused_for(self) -> float:
        """Seconds left of the pause a 429 asked for (0 when none)."""
        return max(0.0, self._paused_until - self._clock())

    @property
    def held(self) -> bool:
        return self._held

    async def hold(self, held: bool) -> None:
        """Pause (the window's Pause): no request starts while held; those in flight end."""
        async with self._changed:
            self._held = held
            self._changed.notify_all()

    async def acquire(self) -> Ticket:
        """Wait for a place: not held, below the limit and past any pause."""
        async with self._changed:
            while True:
                if self._held:
                    await self._changed.wait()
                    continue
                pause = self.paused_for
                if pause > 0:
                    with contextlib.suppress(TimeoutError):
                        await asyncio.wait_for(self._changed.wait(), pause)
                    continue
                if self.in_flight < self.limit:
                    self.in_flight += 1
                    return Ticket(self._generation)
                await self._changed.wait()

    async def succeeded(self, ticket: Ticket) -> None:
        async with self._changed:
            self.in_flight -= 1
            self._successes += 1
            if not self.fixed and self._successes >= self.limit and self.limit < self.ceiling:
                self.limit += 1
                self.highest = max(self.highest, self.limit)
                self._successes = 0
            self._changed.notify_all()

    async def failed(self, ticket: Ticket) -> None:
        """A failure that says nothing about the quota (the place is free again)."""
        async with self._changed:
            self.in_flight -= 1
            self._changed.notify_all()

    async def refused(self, ticket: Ticket, retry_after: float | None) -> None:
        """A 429: halve (once per generation) and pause everyone for `retry_after`."""
        async with self._changed:
            self.in_flight -= 1
            self.rate_limited += 1
            self._successes = 0
            if ticket.generation == self._generation:
                self._generation += 1
                if not self.fixed:
                    self.limit = max(1, self.limit // 2)
            pause = DEFAULT_PAUSE if retry_after is None else retry_after
            self._paused_until = max(self._paused_until, self._clock() + pause)
            self._changed.notify_all()
