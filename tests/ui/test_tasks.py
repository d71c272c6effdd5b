"""TaskHolder (one task at a time) and TaskSet (many side by side): named, strongly held,
failures routed through the one crash route, cancellation quiet."""

import asyncio
import gc
import logging
import sys
from types import TracebackType

import pytest
from pytestqt.qtbot import QtBot

from desktop.ui.tasks import TaskHolder, TaskSet, crash_route


async def forever() -> None:
    await asyncio.Event().wait()


async def fail_with(exc: BaseException) -> None:
    await asyncio.sleep(0)
    raise exc


def test_names_and_holds_the_task(qtbot: QtBot) -> None:
    holder = TaskHolder("answer")
    first = holder.start(forever())
    assert first.get_name() == "answer-1"
    assert holder.task is first
    assert holder.is_running()
    # Only the holder references the task now; it must survive a collection.
    del first
    gc.collect()
    task = holder.task
    assert task is not None and not task.done()
    assert holder.cancel()
    qtbot.waitUntil(task.done)
    assert task.cancelled()
    assert not holder.is_running()
    assert not holder.cancel()


def test_starting_a_new_task_cancels_the_previous_one(qtbot: QtBot) -> None:
    holder = TaskHolder("answer")
    first = holder.start(forever())
    second = holder.start(forever())
    assert second.get_name() == "answer-2"
    qtbot.waitUntil(first.done)
    assert first.cancelled()
    assert not second.done()
    holder.cancel()
    qtbot.waitUntil(second.done)


def test_failures_go_to_the_callback(qtbot: QtBot) -> None:
    errors: list[BaseException] = []
    holder = TaskHolder("answer", on_error=errors.append)
    boom = ValueError("boom")
    holder.start(fail_with(boom))
    qtbot.waitUntil(lambda: bool(errors))
    assert errors == [boom]


@pytest.mark.expected_log(r"Task answer-1 failed", logger="desktop.ui.tasks")
def test_failures_without_a_callback_are_logged(
    qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    holder = TaskHolder("answer")
    task = holder.start(fail_with(ValueError("boom")))
    qtbot.waitUntil(task.done)
    errors = [record for record in caplog.records if record.levelno >= logging.ERROR]
    assert len(errors) == 1
    assert "answer-1" in errors[0].getMessage()
    assert errors[0].exc_info is not None


def test_cancellation_is_not_an_error(qtbot: QtBot, caplog: pytest.LogCaptureFixture) -> None:
    errors: list[BaseException] = []
    holder = TaskHolder("answer", on_error=errors.append)
    caplog.set_level(logging.DEBUG, logger="desktop.ui.tasks")
    started = asyncio.Event()

    async def wait_forever() -> None:
        started.set()
        await asyncio.Event().wait()

    task = holder.start(wait_forever())
    qtbot.waitUntil(started.is_set)
    holder.cancel()
    qtbot.waitUntil(task.done)
    assert errors == []
    assert all(record.levelno < logging.WARNING for record in caplog.records)


@pytest.mark.expected_log(r"The error handler of task answer-1 failed", logger="desktop.ui.tasks")
def test_a_failing_error_callback_is_logged_not_raised(
    qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    def broken(exc: BaseException) -> None:
        raise RuntimeError("handler bug")

    holder = TaskHolder("answer", on_error=broken)
    task = holder.start(fail_with(ValueError("boom")))
    qtbot.waitUntil(task.done)
    qtbot.waitUntil(lambda: any("error handler" in r.getMessage() for r in caplog.records))


def test_cancel_and_wait(qtbot: QtBot) -> None:
    unwound: list[bool] = []

    async def slow_to_unwind() -> None:
        try:
            await asyncio.Event().wait()
        finally:
            await asyncio.sleep(0.01)
            unwound.append(True)

    holder = TaskHolder("answer")
    holder.start(slow_to_unwind())
    waiting = asyncio.ensure_future(holder.cancel_and_wait())
    qtbot.waitUntil(waiting.done)
    assert unwound == [True]
    assert waiting.exception() is None


def test_a_task_set_runs_its_tasks_side_by_side(qtbot: QtBot) -> None:
    done: list[str] = []
    tasks = TaskSet("thumbnail", on_done=lambda task: done.append(task.get_name()))
    gates = [asyncio.Event() for _ in range(3)]

    async def until(gate: asyncio.Event) -> None:
        await gate.wait()

    started = [tasks.start(until(gate)) for gate in gates]
    assert [task.get_name() for task in started] == ["thumbnail-1", "thumbnail-2", "thumbnail-3"]
    assert tasks.start(until(gates[0]), "probe").get_name() == "probe-4"
    # Only the set references them: none may be collected, none cancels another.
    del started
    gc.collect()
    assert len(tasks) == 4 and tasks.is_running()
    gates[1].set()
    qtbot.waitUntil(lambda: done == ["thumbnail-2"])
    assert len(tasks) == 3
    waiting = asyncio.ensure_future(tasks.wait())
    gates[0].set()
    gates[2].set()
    qtbot.waitUntil(waiting.done)
    assert not tasks.is_running() and sorted(done) == sorted(
        ["thumbnail-1", "thumbnail-2", "thumbnail-3", "probe-4"]
    )


def test_a_task_set_gives_its_tasks_grace_then_cancels_the_rest(qtbot: QtBot) -> None:
    errors: list[BaseException] = []
    tasks = TaskSet("history-write", on_error=errors.append)
    quick = tasks.start(asyncio.sleep(0.01))
    stuck = tasks.start(forever())
    failing = tasks.start(fail_with(ValueError("boom")))
    closing = asyncio.ensure_future(tasks.cancel_and_wait(grace=0.2))
    qtbot.waitUntil(closing.done)
    assert not quick.cancelled() and quick.done()
    assert stuck.cancelled()
    assert failing.done() and [str(e) for e in errors] == ["boom"]
    assert not tasks.is_running()


def test_the_crash_route_tells_the_user_then_the_excepthook(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    told: list[str] = []
    hooked: list[BaseException] = []

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        hooked.append(exc)

    monkeypatch.setattr(sys, "excepthook", hook)
    boom = ValueError("boom")
    for holder in (TaskHolder("answer", crash_route(told.append)), TaskSet("rows", crash_route())):
        task = holder.start(fail_with(boom))
        qtbot.waitUntil(task.done)
    qtbot.waitUntil(lambda: len(hooked) == 2)
    assert told == ["Something unexpected went wrong. The details are in the log file."]
    assert hooked == [boom, boom]
