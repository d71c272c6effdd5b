"""`batch`'s progress line on stderr: redrawn in place on a terminal (cleared while a result
line is printed, so the two never mix), a line at each tenth of the way in a log."""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from typing import TextIO

from desktop.core.units import seconds_text
from desktop.services.batch.limiter import AdaptiveLimit
from desktop.services.history.batches import BatchItem

_CLEAR_LINE = "\r\x1b[K"


def shown_path(path: str) -> str:
    """A file as the user knows it: relative to the current folder when under it."""
    try:
        relative = os.path.relpath(path)
    except ValueError:  # another drive (Windows)
        return path
    return path if relative.startswith("..") else relative


class Progress:
    def __init__(
        self,
        err: TextIO,
        total: int,
        limit: AdaptiveLimit,
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._err = err
        self._live = err.isatty()
        self.total = total
        self.limit = limit
        self._clock = clock
        self._started = clock()
        self.done = self.failures = self.skipped = self.tokens = 0
        self.sidecar_failures = 0
        self._drawn = False
        self._next_tenth = 1

    @property
    def finished(self) -> int:
        return self.done + self.failures + self.skipped

    def answered(self, item: BatchItem) -> None:
        self.done += 1
        total = (item.usage or {}).get("totalTokenCount")
        self.tokens += total if isinstance(total, int) else 0
        self._update()

    def failed(self) -> None:
        self.failures += 1
        self._update()

    def left_out(self) -> None:
        self.skipped += 1
        self._update()

    def sidecar_failed(self) -> None:
        self.sidecar_failures += 1

    def refused(self, retry_after: float) -> None:
        self._update()

    def print(self, line: str, stream: TextIO) -> None:
        """A line of output, with the progress line out of its way on a terminal."""
        if self._live and self._drawn:
            self._err.write(_CLEAR_LINE)
            self._err.flush()
            self._drawn = False
        print(line, file=stream, flush=True)
        self._draw()

    def close(self) -> None:
        if self._live and self._drawn:
            self._err.write(_CLEAR_LINE)
            self._err.flush()
            self._drawn = False

    def line(self) -> str:
        elapsed = self._clock() - self._started
        parts = [f"{self.finished}/{self.total}"]
        if self.failures:
            parts.append(f"{self.failures} failed")
        parts.append(f"{self.limit.in_flight} of {self.limit.limit} at a time")
        if self.limit.paused_for > 0:
            parts.append(f"quota full, waiting {seconds_text(self.limit.paused_for)}")
        rate = self.finished / elapsed if elapsed > 0 else 0.0
        parts.append(f"{rate * 60:.0f} a minute")
        left = self.total - self.finished
        if rate > 0 and left:
            parts.append(f"about {seconds_text(left / rate)} left")
        return " · ".join(parts)

    def summary(self) -> str:
        elapsed = self._clock() - self._started
        return (
            f"{self.done} answered, {self.failures} failed, {self.skipped} left out, "
            f"in {seconds_text(elapsed)}; {self.tokens} tokens; at most "
            f"{self.limit.highest} at a time, {self.limit.rate_limited} times the quota was full"
        )

    def _update(self) -> None:
        if self._live:
            self._draw()
        elif self.total and self.finished * 10 >= self._next_tenth * self.total:
            while self.finished * 10 >= self._next_tenth * self.total:
                self._next_tenth += 1
            print(f"gemini-desktop batch: {self.line()}", file=self._err, flush=True)

    def _draw(self) -> None:
        if self._live:
            self._err.write(f"{_CLEAR_LINE}gemini-desktop batch: {self.line()}")
            self._err.flush()
            self._drawn = True
