"""TaskHolder: one named, strongly held task at a time, failures routed, cancellation quiet."""

import asyncio
import gc
import logging

import pytest
from pytestqt.qtbot import QtBot

from desktop.ui.tasks import TaskHolder


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
