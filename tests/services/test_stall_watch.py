"""StallWatch: one deadline for the next sign of progress, kept by one alarm for all waits."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from desktop.services.http import Stalled, StallWatch

pytestmark = pytest.mark.asyncio


def count_alarms(monkeypatch: pytest.MonkeyPatch) -> list[asyncio.TimerHandle]:
    """The timer handles the running loop hands out from now on."""
    loop = asyncio.get_running_loop()
    handles: list[asyncio.TimerHandle] = []
    call_at = loop.call_at

    def counted(when: float, callback: Any, *args: Any, **kwargs: Any) -> asyncio.TimerHandle:
        handle = call_at(when, callback, *args, **kwargs)
        handles.append(handle)
        return handle

    monkeypatch.setattr(loop, "call_at", counted)
    return handles


async def test_a_wait_past_the_limit_is_a_stall() -> None:
    with StallWatch(0.05) as watch, pytest.raises(Stalled):
        await watch.wait(asyncio.sleep(5))


async def test_progress_during_a_wait_moves_its_deadline() -> None:
    with StallWatch(0.1) as watch:

        async def progress() -> None:
            for _ in range(6):
                await asyncio.sleep(0.04)
                watch.restart()

        # 0.24 s in all, never 0.1 s without progress (an upload's chunks going out).
        await watch.wait(progress())


async def test_many_waits_share_one_alarm_that_goes_when_the_watch_does(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    handles = count_alarms(monkeypatch)
    with StallWatch(30) as watch:
        for _ in range(200):  # the events of a streamed answer
            await watch.wait(asyncio.sleep(0))
            watch.restart()
    assert len(handles) == 1
    assert handles[0].cancelled()


async def test_someone_elses_cancel_stays_a_cancel() -> None:
    with StallWatch(30) as watch:
        task = asyncio.ensure_future(watch.wait(asyncio.sleep(5)))
        await asyncio.sleep(0.01)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task


async def test_a_stall_noticed_between_waits_cuts_the_next_wait_short() -> None:
    with StallWatch(0.05) as watch:
        await watch.wait(asyncio.sleep(0))
        await asyncio.sleep(0.1)  # the consumer's time: no wait is cut short meanwhile
        with pytest.raises(Stalled):
            await watch.wait(asyncio.sleep(5))
