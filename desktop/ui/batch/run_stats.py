"""The figures under the batch table: done of total, errors, the photos a batch job ended
without answering, time spent sending (pauses left out), the time left at the pace so far,
tokens used."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable

from desktop.services.history.batches import BatchItem, ItemStatus
from desktop.ui.batch.items_model import job_end


class RunStats:
    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self.total = self.done = self.failed = self.skipped = self.tokens = 0
        self.unanswered = 0
        """Failed rows a batch job ended without answering (they failed for no reason of
        their own: the window says the job's end once, not as errors)."""
        self._answered_this_run = 0
        self._spent = 0.0  # seconds of sending before the current stretch
        self._since: float | None = None  # the current stretch's start, while sending

    def count(self, items: Iterable[BatchItem]) -> None:
        """Start from the rows as they are (a resumed batch has answers already)."""
        items = list(items)
        self.total = sum(i.status is not ItemStatus.SKIPPED for i in items)
        self.done = sum(i.status is ItemStatus.DONE for i in items)
        self.unanswered = sum(job_end(i) is not None for i in items)
        self.failed = sum(i.status is ItemStatus.FAILED for i in items) - self.unanswered
        self.skipped = sum(i.status is ItemStatus.SKIPPED for i in items)
        self.tokens = sum(_tokens(i) for i in items if i.status is ItemStatus.DONE)

    def sending(self, on: bool) -> None:
        """The clock runs while requests go out (not while paused or stopped)."""
        now = self._clock()
        if on and self._since is None:
            self._since = now
        elif not on and self._since is not None:
            self._spent += now - self._since
            self._since = None

    def answered(self, item: BatchItem, before: BatchItem | None) -> None:
        """`item` answered; `before`: its row until now."""
        self._forget(before)
        self.done += 1
        self._answered_this_run += 1
        self.tokens += _tokens(item)

    def failed_one(self, before: BatchItem | None) -> None:
        self._forget(before)
        self.failed += 1
        self._answered_this_run += 1

    def _forget(self, before: BatchItem | None) -> None:
        """A row that had failed (or that its job left unanswered) is counted anew."""
        if before is None or before.status is not ItemStatus.FAILED:
            return
        if job_end(before) is None:
            self.failed -= 1
        else:
            self.unanswered -= 1

    def left_out(self) -> None:
        self.total -= 1
        self.skipped += 1

    @property
    def finished(self) -> int:
        """The photos Google answered or refused: what the progress bar counts. Those a
        batch job ended without answering are still to do (0 of 14, not a full bar)."""
        return self.done + self.failed

    @property
    def elapsed(self) -> float:
        running = self._clock() - self._since if self._since is not None else 0.0
        return self._spent + running

    @property
    def remaining(self) -> float | None:
        """Seconds left at this run's pace; None before the first answer."""
        left = self.total - self.finished
        if not self._answered_this_run or left <= 0:
            return None if left > 0 else 0.0
        return self.elapsed / self._answered_this_run * left


def _tokens(item: BatchItem) -> int:
    total = (item.usage or {}).get("totalTokenCount")
    return total if isinstance(total, int) else 0
