"""A holder for one running asyncio task: strong reference, name, cancel-previous, error route."""

from __future__ import annotations

import asyncio
import itertools
import logging
from collections.abc import Callable, Coroutine
from typing import Any

log = logging.getLogger(__name__)


class TaskHolder:
    """Runs at most one task at a time for its owner (usually a controller).

    * keeps a strong reference, so the loop cannot garbage-collect a running task;
    * names each task ``"<name>-<n>"``, which shows in logs and in asyncio debug output;
    * starting a new task cancels the previous one;
    * a task that fails hands its exception to ``on_error``; cancellation is normal and
      is only logged at DEBUG level.
    """

    def __init__(self, name: str, on_error: Callable[[BaseException], None] | None = None) -> None:
        self._name = name
        self._on_error = on_error
        self._counter = itertools.count(1)
        self._task: asyncio.Task[Any] | None = None

    @property
    def task(self) -> asyncio.Task[Any] | None:
        """The current task, done or not (None before the first start)."""
        return self._task

    def is_running(self) -> bool:
        return self._task is not None and not self._task.done()

    def start(self, coro: Coroutine[Any, Any, Any]) -> asyncio.Task[Any]:
        """Cancel the previous task, if still running, and run ``coro`` as the new one."""
        self.cancel()
        task = asyncio.get_running_loop().create_task(
            coro, name=f"{self._name}-{next(self._counter)}"
        )
        self._task = task
        task.add_done_callback(self._on_task_done)
        return task

    def cancel(self) -> bool:
        """Ask the current task to stop; True if there was one running."""
        if self._task is None or self._task.done():
            return False
        return self._task.cancel()

    async def cancel_and_wait(self) -> None:
        """Cancel the current task and wait until it has finished unwinding."""
        task = self._task
        if task is None or task.done():
            return
        task.cancel()
        # wait() rather than gather(): it never raises the task's exception or CancelledError,
        # and our own cancellation (a caller giving up) still propagates.
        await asyncio.wait([task])

    def _on_task_done(self, task: asyncio.Task[Any]) -> None:
        if task.cancelled():
            log.debug("Task %s was cancelled", task.get_name())
            return
        exc = task.exception()
        if exc is None:
            return
        if self._on_error is None:
            log.error("Task %s failed", task.get_name(), exc_info=exc)
            return
        log.debug("Task %s failed", task.get_name(), exc_info=exc)
        try:
            self._on_error(exc)
        except Exception:
            log.exception("The error handler of task %s failed", task.get_name())
