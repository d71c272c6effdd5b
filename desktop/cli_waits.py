"""describe's wait before trying again, on stderr: one line redrawn each second on a
terminal ("… Trying again in 24 s (attempt 2 of 4)…"), a plain line per wait otherwise
(logs and pipes stay short)."""

from __future__ import annotations

import asyncio
import contextlib
import math
import time
from typing import TextIO

from desktop.core.answer_stream import Retrying
from desktop.core.units import seconds_text

PREFIX = "gemini-desktop describe: "
TICK_S = 1.0


class RetryCountdown:
    """`start(event)` when the client says it will try again; `stop()` at the next event
    or when the stream ends (the line is cleared on a terminal)."""

    def __init__(self, err: TextIO) -> None:
        self._err = err
        self._live = err.isatty()
        self._ticker: asyncio.Task[None] | None = None

    def start(self, event: Retrying) -> None:
        self.stop()
        reason = event.error.explanation
        tries = f"(attempt {event.attempt} of {event.attempts})"
        if not self._live:
            wait = seconds_text(event.delay)
            print(f"{PREFIX}{reason} Trying again in {wait} {tries}.", file=self._err, flush=True)
            return
        deadline = time.monotonic() + event.delay
        self._ticker = asyncio.ensure_future(self._tick(reason, tries, deadline))

    def stop(self) -> None:
        if self._ticker is None:
            return
        self._ticker.cancel()
        self._ticker = None
        with contextlib.suppress(OSError):
            self._err.write("\r\x1b[2K")  # the countdown line goes; what follows starts clean
            self._err.flush()

    async def _tick(self, reason: str, tries: str, deadline: float) -> None:
        while True:
            left = max(0, math.ceil(deadline - time.monotonic()))
            line = f"{PREFIX}{reason} Trying again in {left} s {tries}…"
            self._err.write(f"\r\x1b[2K{line}")
            self._err.flush()
            await asyncio.sleep(TICK_S)
