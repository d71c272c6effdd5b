"""The adaptive limit: start at 4, halve once per 429 burst, grow by one after a run of
successes, never above 16, every request waiting out RetryInfo."""

from __future__ import annotations

import asyncio
import time

import pytest

from desktop.services.batch.limiter import AdaptiveLimit


@pytest.mark.asyncio
async def test_grows_by_one_after_a_run_of_successes_up_to_sixteen() -> None:
    limit = AdaptiveLimit()
    assert limit.limit == 4
    seen = []
    for _ in range(400):
        ticket = await limit.acquire()
        await limit.succeeded(ticket)
        seen.append(limit.limit)
    assert seen[:5] == [4, 4, 4, 5, 5]  # four successes in a row at 4 make it 5
    assert max(seen) == 16 and limit.limit == 16 and limit.highest == 16


@pytest.mark.asyncio
async def test_a_burst_of_429s_halves_once_and_everyone_waits_for_retry_info() -> None:
    limit = AdaptiveLimit(8)
    tickets = [await limit.acquire() for _ in range(8)]
    assert limit.in_flight == 8
    for ticket in tickets:  # all eight met the same full quota
        await limit.refused(ticket, 0.3)
    assert limit.limit == 4 and limit.rate_limited == 8
    started = time.monotonic()
    ticket = await limit.acquire()
    assert time.monotonic() - started >= 0.25
    await limit.refused(ticket, 0.01)  # given under the new limit: halves again
    assert limit.limit == 2


@pytest.mark.asyncio
async def test_never_more_in_flight_than_the_limit_and_fixed_stays_fixed() -> None:
    limit = AdaptiveLimit(3, fixed=True)
    tickets = [await limit.acquire() for _ in range(3)]
    waiting = asyncio.ensure_future(limit.acquire())
    await asyncio.sleep(0.05)
    assert not waiting.done()
    await limit.refused(tickets[0], 0.0)
    await limit.failed(tickets[1])
    assert limit.limit == 3
    await asyncio.wait_for(waiting, 1)
    await limit.succeeded(tickets[2])


@pytest.mark.asyncio
async def test_held_starts_nothing_until_released_and_in_flight_ones_still_end() -> None:
    limit = AdaptiveLimit(4)
    first = await limit.acquire()
    await limit.hold(True)
    waiting = asyncio.ensure_future(limit.acquire())
    await asyncio.sleep(0.05)
    assert limit.held and not waiting.done()
    await limit.succeeded(first)  # the one in flight ends while held
    await asyncio.sleep(0.05)
    assert not waiting.done() and limit.in_flight == 0
    await limit.hold(False)
    await limit.succeeded(await asyncio.wait_for(waiting, 1))
