"""ReaderThread: a stream read in a thread of its own, handed over in batches."""

from __future__ import annotations

import asyncio
import contextlib
import threading
import time
from collections.abc import AsyncIterator

import httpx2
import pytest

from desktop.core.answer_stream import Completed, Retrying, TextDelta
from desktop.core.connection import ApiKind, Connection
from desktop.core.errors import ServerError, StalledError
from desktop.core.messages import Message
from desktop.core.request import GenerateRequest, user_message
from desktop.services.auth import ApiKeyAuth
from desktop.services.gemini_client import GeminiClient
from desktop.services.reader_thread import ReaderThread
from tests.loopback import LoopbackServer, Scenario

pytestmark = pytest.mark.asyncio


async def test_items_are_made_in_the_thread_and_come_in_batches() -> None:
    clients: list[httpx2.AsyncClient] = []

    def make_http() -> httpx2.AsyncClient:
        clients.append(httpx2.AsyncClient())
        return clients[-1]

    reader = ReaderThread(make_http)
    release = threading.Event()

    async def produce(http: httpx2.AsyncClient) -> AsyncIterator[tuple[int, int]]:
        assert http is clients[0]
        for number in range(500):
            yield number, threading.get_ident()
            if number == 0:
                # The caller is busy meanwhile: what comes now piles up into batches.
                await asyncio.to_thread(release.wait)

    batches: list[list[tuple[int, int]]] = []
    try:
        async for batch in reader.stream(produce):
            batches.append(batch)
            release.set()
            await asyncio.sleep(0.01)  # the caller drawing a frame
    finally:
        await reader.close()
    items = [item for batch in batches for item in batch]
    assert [number for number, _ in items] == list(range(500))
    assert {thread for _, thread in items} != {threading.get_ident()}
    assert len(batches) < 50
    assert clients[0].is_closed
    assert not any(thread.name == "answer-reader" for thread in threading.enumerate())


async def test_an_error_in_the_thread_reaches_the_caller_as_it_is() -> None:
    reader = ReaderThread(httpx2.AsyncClient)
    failure = ServerError(
        Message("auth.service_failed"), hint=Message("api.server_error.hint"), status="UNAVAILABLE"
    )

    async def produce(http: httpx2.AsyncClient) -> AsyncIterator[int]:
        yield 1
        raise failure

    received: list[int] = []
    try:
        with pytest.raises(ServerError) as raised:
            async for batch in reader.stream(produce):
                received.extend(batch)
    finally:
        await reader.close()
    assert raised.value is failure
    assert received == [1]


async def test_a_caller_that_stops_reading_cancels_the_read_and_waits_for_it() -> None:
    reader = ReaderThread(httpx2.AsyncClient)
    closed = threading.Event()

    async def produce(http: httpx2.AsyncClient) -> AsyncIterator[int]:
        try:
            yield 1
            await asyncio.sleep(60)  # a server that says nothing more
            yield 2
        finally:
            await asyncio.sleep(0.05)  # closing the reply takes a moment
            closed.set()

    async def read() -> None:
        async for _ in reader.stream(produce):
            pass

    task = asyncio.ensure_future(read())
    await asyncio.sleep(0.2)
    task.cancel()  # Stop
    with pytest.raises(asyncio.CancelledError):
        await task
    assert closed.is_set()  # the read ended before the stop did
    await reader.close()


async def test_closing_the_reader_ends_a_read_under_way() -> None:
    reader = ReaderThread(httpx2.AsyncClient)

    async def produce(http: httpx2.AsyncClient) -> AsyncIterator[int]:
        yield 1
        await asyncio.sleep(60)

    async def read() -> list[int]:
        return [item async for batch in reader.stream(produce) for item in batch]

    task = asyncio.ensure_future(read())
    await asyncio.sleep(0.2)
    await reader.close()
    with pytest.raises(asyncio.CancelledError):
        await task


async def test_the_client_reads_an_answer_in_its_thread_and_joins_what_piled_up(
    loopback_server: LoopbackServer,
) -> None:
    text = "word " * 4000
    loopback_server.script(Scenario(text=text, chunk_size=20))
    connection = Connection(ApiKind.GEMINI, base_url=loopback_server.base_url)
    request = GenerateRequest(model="gemini-2.5-flash", contents=(user_message("go"),))
    readers: list[str] = []
    events = []
    async with GeminiClient(connection, ApiKeyAuth("test-api-key")) as client:
        async for event in client.stream(request):
            events.append(event)
            if not readers:
                readers = [t.name for t in threading.enumerate() if t.name == "answer-reader"]
                await asyncio.sleep(0.1)  # busy: the rest piles up meanwhile
    assert readers == ["answer-reader"]
    deltas = [event.text for event in events if isinstance(event, TextDelta)]
    assert "".join(deltas) == text
    assert 2 <= len(deltas) < len(text) // 20 / 10  # joined, not one per chunk
    assert isinstance(events[-1], Completed) and events[-1].answer.text == text


class _RecordingAuth(httpx2.Auth):
    """A sign-in-like auth whose flow awaits on its loop (as a token refresh does)."""

    def __init__(self) -> None:
        self.threads: list[int] = []
        self.loop = asyncio.get_running_loop()

    async def async_auth_flow(self, request: httpx2.Request) -> AsyncIterator[httpx2.Request]:
        assert asyncio.get_running_loop() is self.loop  # its futures belong to this loop
        self.threads.append(threading.get_ident())
        await asyncio.sleep(0.01)  # the refresh
        request.headers["x-goog-api-key"] = "test-api-key"
        response = yield request
        self.threads.append(threading.get_ident())
        assert response.status_code == 200


async def test_a_sign_in_flow_runs_on_the_callers_loop_while_the_thread_reads(
    loopback_server: LoopbackServer,
) -> None:
    loopback_server.script(Scenario(text="An answer read in the thread.", chunks=4))
    connection = Connection(ApiKind.GEMINI, base_url=loopback_server.base_url)
    request = GenerateRequest(model="gemini-2.5-flash", contents=(user_message("go"),))
    auth = _RecordingAuth()
    async with GeminiClient(connection, auth) as client:
        events = [event async for event in client.stream(request)]
        readers = [t.name for t in threading.enumerate() if t.name == "answer-reader"]
    assert readers == ["answer-reader"]
    assert auth.threads == [threading.get_ident()] * 2
    assert isinstance(events[-1], Completed)
    assert events[-1].answer.text == "An answer read in the thread."


class _HangingSignIn(httpx2.Auth):
    """A sign-in whose token never comes (its flow waits on the caller's loop)."""

    async def async_auth_flow(self, request: httpx2.Request) -> AsyncIterator[httpx2.Request]:
        await asyncio.sleep(30)
        yield request


async def test_a_stall_while_the_sign_in_waits_says_so(loopback_server: LoopbackServer) -> None:
    connection = Connection(ApiKind.GEMINI, base_url=loopback_server.base_url)
    request = GenerateRequest(model="gemini-2.5-flash", contents=(user_message("go"),))
    async with GeminiClient(connection, _HangingSignIn(), stall=0.3) as client:
        with pytest.raises(StalledError) as raised:
            async for _ in client.stream(request):
                pass
    # The wait was on the sign-in (in the caller's loop), not on the server.
    assert raised.value.status == "REFRESH_TIMEOUT"
    assert not loopback_server.requests


async def test_the_reader_hands_the_gil_over_often_and_never_less_often() -> None:
    import sys

    from desktop.services.reader_thread import GIL_SWITCH_S

    async def produce(http: httpx2.AsyncClient) -> AsyncIterator[int]:
        yield 1

    before = sys.getswitchinterval()
    try:
        sys.setswitchinterval(0.005)  # CPython's default
        reader = ReaderThread(httpx2.AsyncClient)
        assert [batch async for batch in reader.stream(produce)] == [[1]]
        assert sys.getswitchinterval() == pytest.approx(GIL_SWITCH_S, rel=0.05)
        await reader.close()

        sys.setswitchinterval(0.0001)  # someone wants it shorter still: kept
        reader = ReaderThread(httpx2.AsyncClient)
        assert [batch async for batch in reader.stream(produce)] == [[1]]
        assert sys.getswitchinterval() == pytest.approx(0.0001, rel=0.05)
        await reader.close()
    finally:
        sys.setswitchinterval(before)


@pytest.mark.expected_log(r"HTTP 429 from", r"Attempt 1 failed \(QuotaExceededError")
async def test_a_rate_limit_handed_back_is_not_tried_again_behind_the_callers_back(
    loopback_server: LoopbackServer,
) -> None:
    """A batch run sends a refused photo again itself, once it has halved its limit. The
    reader thread reads ahead of its caller: it used to wait out RetryInfo and send the
    photo again before a busy caller had seen the 429 and closed the stream, and then the
    run sent it once more: Google answered that photo twice (the 1,000-photo benchmark,
    now and then under load)."""
    loopback_server.script(Scenario.rate_limited("0s"), Scenario(text="An answer"))
    connection = Connection(ApiKind.GEMINI, base_url=loopback_server.base_url)
    request = GenerateRequest(model="gemini-2.5-flash", contents=(user_message("go"),))
    async with GeminiClient(connection, ApiKeyAuth("test-api-key")) as client:
        stream = client.stream(request, hand_back_rate_limits=True)
        async with contextlib.aclosing(stream) as events:
            first = await anext(events)
            assert isinstance(first, Retrying) and first.error.code == 429
            # The caller's loop busy with other work before it reads on (blocked, as it is).
            time.sleep(1.5)  # noqa: ASYNC251
    sent = [r for r in loopback_server.requests if r.route == "gemini.stream"]
    assert len(sent) == 1
