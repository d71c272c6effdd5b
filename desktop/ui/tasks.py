"""The app's two kinds of task, as FeelUOwn's task manager has them, and their one crash route.

* `TaskHolder`, preemptive: one task at a time, a new one cancels the old (sending, model
  lists, listing the history);
* `TaskSet`, cooperative: many side by side, none cancels another (batches of files being
  added, history writes that must finish);
* `crash_route`: where a task that failed goes. Only bugs get there (each coroutine turns
  expected failures into plain words): the user reads one sentence, the excepthook shows the
  report and writes it to the log.

Both keep strong references (the loop holds only weak ones), name their tasks
``"<name>-<n>"`` (shown in logs and asyncio debug output), and treat cancellation as normal.
"""

from __future__ import annotations

import asyncio
import itertools
import logging
import sys
from collections.abc import Callable, Coroutine
from typing import Any

from PySide6.QtCore import QCoreApplication

log = logging.getLogger(__name__)


def crash_route(tell: Callable[[str], None] | None = None) -> Callable[[BaseException], None]:
    """The `on_error` for a holder or a set: `tell` shows the user one sentence where the
    owner shows things (a status line, a notice, a dialog); then the excepthook has it."""

    def on_crash(exc: BaseException) -> None:
        if tell is not None:
            try:
                tell(
                    QCoreApplication.translate(
                        "tasks", "Something unexpected went wrong. The details are in the log file."
                    )
                )
            except Exception:
                log.exception("Could not tell the user that a task failed")
        sys.excepthook(type(exc), exc, exc.__traceback__)

    return on_crash


def _route_failure(
    task: asyncio.Task[Any], on_error: Callable[[BaseException], None] | None
) -> None:
    """Cancellation is normal (DEBUG); a failure goes to `on_error`, or to the log."""
    if task.cancelled():
        log.debug("Task %s was cancelled", task.get_name())
        return
    exc = task.exception()
    if exc is None:
        return
    if on_error is None:
        log.error("Task %s failed", task.get_name(), exc_info=exc)
        return
    log.debug("Task %s failed", task.get_name(), exc_info=exc)
    try:
        on_error(exc)
    except Exception:
        log.exception("The error handler of task %s failed", task.get_name())


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
        _route_failure(task, self._on_error)


class TaskSet:
    """Runs many tasks side by side for its owner: a new one never cancels the others.

    Each task is held until it ends; `on_done` (if given) is called for each, after it has
    left the set and before its failure, if any, is routed.
    """

    def __init__(
        self,
        name: str,
        on_error: Callable[[BaseException], None] | None = None,
        on_done: Callable[[asyncio.Task[Any]], None] | None = None,
    ) -> None:
        self._name = name
        self._on_error = on_error
        self._on_done = on_done
        self._counter = itertools.count(1)
        self._tasks: set[asyncio.Task[Any]] = set()

    def __len__(self) -> int:
        return len(self._tasks)

    def __contains__(self, task: object) -> bool:
        return task in self._tasks

    def is_running(self) -> bool:
        return bool(self._tasks)

    def start(self, coro: Coroutine[Any, Any, Any], name: str | None = None) -> asyncio.Task[Any]:
        """Run `coro` beside the others, named `name` (the set's name by default) and a number."""
        task = asyncio.get_running_loop().create_task(
            coro, name=f"{name or self._name}-{next(self._counter)}"
        )
        self._tasks.add(task)
        task.add_done_callback(self._on_task_done)
        return task

    async def wait(self) -> None:
        """Wait until every task started so far, and any started meanwhile, has ended."""
        while self._tasks:
            await asyncio.wait(set(self._tasks))

    async def cancel_and_wait(self, grace: float = 0.0) -> None:
        """Give the tasks `grace` seconds to end on their own, then cancel the rest and wait
        until they have unwound."""
        pending = set(self._tasks)
        if pending and grace > 0:
            _, pending = await asyncio.wait(pending, timeout=grace)
        for task in pending:
            task.cancel()
        if pending:
            await asyncio.wait(pending)

    def _on_task_done(self, task: asyncio.Task[Any]) -> None:
        self._tasks.discard(task)
        if self._on_done is not None:
            self._on_done(task)
        _route_failure(task, self._on_error)
