"""A retry waits the whole delay the server named, even on Qt's coarse timers."""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from typing import Any

from desktop.services.http import sleep_full


def shortest_of(sleep: Callable[[float], Awaitable[None]], loop: Any, qtbot: Any) -> float:
    took: list[float] = []

    async def measure() -> None:
        for _ in range(8):
            started = time.monotonic()
            await sleep(0.3)
            took.append(time.monotonic() - started)

    task = loop.create_task(measure())
    qtbot.waitUntil(task.done, timeout=10_000)
    return min(took)


def test_a_retry_never_waits_less_than_asked_under_qasync(qasync_loop: Any, qtbot: Any) -> None:
    # qasync's asyncio.sleep is a coarse QTimer that may fire up to 5 % early (seen: 2 × 1 s
    # RetryInfo waits took 1.95 s in CI, asyncio.sleep(0.3) 0.286 s here); Google answers a
    # try made early with another 429.
    assert shortest_of(sleep_full, qasync_loop, qtbot) >= 0.3
