"""Answers read in a thread of their own, handed to the caller's loop in batches.

Under qasync every chunk of a streamed answer costs the GUI thread a socket notifier, a
Qt event and httpx2's layers (5,027 chunks of a 200 KB answer: about half a second; issue
17). A ReaderThread runs an asyncio loop of its own with an HTTP client of its own, reads
and decodes the stream there, and wakes the caller's loop once per batch of events that
piled up meanwhile, not once per chunk.

What runs in the thread is the client's own stream (retries, stall watch, errors), so it
behaves as before: an exception raised there is raised to the caller as it is, and a
caller that stops reading (Stop, the window closing) cancels the read and waits for it to
close its connection.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import sys
import threading
from collections.abc import AsyncGenerator, AsyncIterator, Awaitable, Callable
from typing import Generic, TypeVar

import httpx2

_T = TypeVar("_T")

WAKE_GAP_S = 0.016
"""The caller's loop is woken at most this often (once a frame): what comes between waits."""

GIL_SWITCH_S = 0.0005
"""How long the reader may keep the GIL while the GUI thread waits for it. CPython's 5 ms
default suits throughput: with a burst to decode, the GUI thread waited up to 5 ms at each
of its many GIL hand-overs inside one frame (200 KB benchmark, load 1: longest stall 57-121
ms with the reader thread, 28-31 ms before it; with 0.5 ms, 28-31 ms, for about a fifth
more GUI-thread CPU in rendering)."""

MakeHttp = Callable[[], httpx2.AsyncClient]
Produce = Callable[[httpx2.AsyncClient], AsyncIterator[_T]]


class ReaderThread:
    """A thread with an asyncio loop and an HTTP client of its own, started on first use.

    `close()` (awaited on the caller's loop) closes the client and ends the thread."""

    def __init__(self, make_http: MakeHttp, name: str = "answer-reader") -> None:
        self._make_http = make_http
        self._name = name
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._http: httpx2.AsyncClient | None = None
        self._tasks: set[asyncio.Task[None]] = set()  # reads under way (in the thread)

    def _started(self) -> asyncio.AbstractEventLoop:
        if self._loop is None:
            # Process-wide, and only ever lowered: the GUI thread's latency is what matters.
            sys.setswitchinterval(min(sys.getswitchinterval(), GIL_SWITCH_S))
            loop = asyncio.new_event_loop()
            thread = threading.Thread(target=loop.run_forever, name=self._name, daemon=True)
            thread.start()
            self._loop, self._thread = loop, thread
        return self._loop

    async def stream(self, produce: Produce[_T]) -> AsyncGenerator[list[_T], None]:
        """Run `produce(http)` in the thread; yield what it yields, in batches."""
        relay: _Relay[_T] = _Relay(asyncio.get_running_loop())
        loop = self._started()
        started: concurrent.futures.Future[asyncio.Task[None]] = concurrent.futures.Future()

        def start() -> None:
            task = loop.create_task(self._pump(produce, relay))
            task.add_done_callback(relay.ended)
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)
            started.set_result(task)

        loop.call_soon_threadsafe(start)
        try:
            async for batch in relay.batches():
                yield batch
        finally:
            if not relay.closed.done():
                # Stopped (Stop, the window closing): cancel the read, and wait until it
                # has closed its reply, so no connection is left behind.
                loop.call_soon_threadsafe(lambda: started.result().cancel())
                await asyncio.shield(asyncio.wrap_future(relay.closed))

    async def _pump(self, produce: Produce[_T], relay: _Relay[_T]) -> None:
        if self._http is None:
            self._http = self._make_http()
        async for item in produce(self._http):
            relay.put(item)

    async def close(self) -> None:
        """Close the thread's HTTP client and end the thread (idempotent)."""
        loop, thread = self._loop, self._thread
        if loop is None or thread is None:
            return
        self._loop = self._thread = None
        # Reads still under way end as they would with the client closed under them.
        cancelled = asyncio.run_coroutine_threadsafe(self._cancel_reads(), loop)
        await asyncio.wrap_future(cancelled)
        if self._http is not None:
            http, self._http = self._http, None
            closing = asyncio.run_coroutine_threadsafe(http.aclose(), loop)
            await asyncio.wrap_future(closing)
        loop.call_soon_threadsafe(loop.stop)
        await asyncio.to_thread(thread.join)
        loop.close()

    async def _cancel_reads(self) -> None:
        tasks = list(self._tasks)
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)


class HomeLoopAuth(httpx2.Auth):
    """Another auth's flow, each of its steps run on the loop it belongs to.

    A sign-in's token refresh holds futures of the GUI loop (one refresh at a time, shared
    by every request): a request sent from the reader thread runs that flow there."""

    def __init__(self, auth: httpx2.Auth, home: asyncio.AbstractEventLoop) -> None:
        self._auth = auth
        self._home = home
        self._cut_short = False  # a wait on a step of the flow (a token refresh) was

    @property
    def refreshing(self) -> bool:
        """The request waited on the sign-in when it was cut short (a stall), or a token
        refresh is under way. (A refresh that has just ended at home while its outcome
        was on its way here counts: the stall was the sign-in's.)"""
        return self._cut_short or bool(getattr(self._auth, "refreshing", False))

    async def async_auth_flow(
        self, request: httpx2.Request
    ) -> AsyncGenerator[httpx2.Request, httpx2.Response]:
        self._cut_short = False
        flow = self._auth.async_auth_flow(request)
        try:
            outgoing = await self._at_home(flow.__anext__())
            while True:
                response = yield outgoing
                outgoing = await self._at_home(flow.asend(response))
        except StopAsyncIteration:
            return
        finally:
            await self._at_home(flow.aclose())

    async def _at_home(self, step: Awaitable[_T]) -> _T:
        async def run() -> _T:
            return await step

        try:
            return await asyncio.wrap_future(asyncio.run_coroutine_threadsafe(run(), self._home))
        except asyncio.CancelledError:
            self._cut_short = True
            raise


class _Open:
    """The producer has not ended yet."""


_OPEN = _Open()


class _Relay(Generic[_T]):
    """Items from the reader thread to the caller's loop: one wake-up per batch."""

    def __init__(self, home: asyncio.AbstractEventLoop) -> None:
        self._home = home
        self._lock = threading.Lock()
        self._items: list[_T] = []
        self._end: BaseException | _Open | None = _OPEN
        self._signalled = False  # a wake-up is on its way to the caller's loop
        self._last_wake = float("-inf")  # when the last one left (the reader's loop time)
        self._waiter: asyncio.Future[None] | None = None
        self.closed: concurrent.futures.Future[None] = concurrent.futures.Future()
        """Done once the producer has ended (and closed what it opened)."""

    # -- in the reader thread --------------------------------------------------------------

    def put(self, item: _T) -> None:
        with self._lock:
            self._items.append(item)
            self._signal()

    def ended(self, task: asyncio.Task[None]) -> None:
        """The producer's task is done (also when it was cancelled before it started)."""
        error = asyncio.CancelledError() if task.cancelled() else task.exception()
        with self._lock:
            self._end = error
            self._signal()
        self.closed.set_result(None)

    def _signal(self) -> None:
        # Under the lock. One wake-up at a time, and at most one per WAKE_GAP_S: a wake-up
        # costs the caller's loop about what a chunk did, so a fast stream comes in batches.
        if self._signalled:
            return
        self._signalled = True
        loop = asyncio.get_running_loop()
        wait = self._last_wake + WAKE_GAP_S - loop.time()
        if wait > 0:
            loop.call_later(wait, self._send_wake)
        else:
            self._send_wake()

    def _send_wake(self) -> None:
        self._last_wake = asyncio.get_running_loop().time()
        # A closed caller's loop raises RuntimeError: nobody is reading any more.
        with contextlib.suppress(RuntimeError):
            self._home.call_soon_threadsafe(self._wake)

    # -- on the caller's loop --------------------------------------------------------------

    def _wake(self) -> None:
        with self._lock:
            self._signalled = False
        waiter = self._waiter
        if waiter is not None and not waiter.done():
            waiter.set_result(None)

    async def batches(self) -> AsyncIterator[list[_T]]:
        while True:
            with self._lock:
                items, self._items = self._items, []
                end = self._end
            if items:
                yield items
            elif isinstance(end, _Open):
                self._waiter = self._home.create_future()
                try:
                    await self._waiter
                finally:
                    self._waiter = None
            elif end is not None:
                raise end
            else:
                return
