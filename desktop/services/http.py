"""The one shared HTTP client: system trust store, proxies from the environment, sane timeouts."""

from __future__ import annotations

import asyncio
import logging
import os
import ssl
import time
from collections.abc import AsyncIterator, Awaitable
from typing import Any, TypeVar

import httpx2
import truststore
from httpx2._transports.default import map_httpcore_exceptions

from desktop import __version__
from desktop.core.retry import DEFAULT_TOTAL_WAIT, RetryPolicy

log = logging.getLogger(__name__)

_T = TypeVar("_T")

STALL_TIMEOUT_VARIABLE = "GEMINI_DESKTOP_STALL_TIMEOUT_S"
DEFAULT_STALL_TIMEOUT = 300.0
RETRY_WAIT_VARIABLE = "GEMINI_DESKTOP_RETRY_WAIT_S"
# `read` is the longest silence allowed between two chunks, not the whole answer: thinking
# models may think for minutes before the first byte. The Gemini client bounds the wait for
# a complete event itself (stall_timeout()); this is only the backstop under it.
TIMEOUT = httpx2.Timeout(connect=20.0, read=DEFAULT_STALL_TIMEOUT, write=120.0, pool=30.0)
USER_AGENT = f"gemini-desktop/{__version__}"


def _timeout() -> httpx2.Timeout:
    # A longer stall limit (a slow proxy) must not be cut short by the backstop.
    read = max(DEFAULT_STALL_TIMEOUT, stall_timeout() + 5.0)
    return httpx2.Timeout(
        connect=TIMEOUT.connect, read=read, write=TIMEOUT.write, pool=TIMEOUT.pool
    )


def stall_timeout() -> float:
    """Seconds a request may wait without a complete event (a long thinking pause
    included) before it gives up: GEMINI_DESKTOP_STALL_TIMEOUT_S, for slow proxies and
    tests, else 300."""
    return _seconds_from_environment(STALL_TIMEOUT_VARIABLE, DEFAULT_STALL_TIMEOUT)


def retry_policy() -> RetryPolicy:
    """The one retry policy for requests: four tries, and at most
    GEMINI_DESKTOP_RETRY_WAIT_S (default 120) of waiting between them in all (tests set it
    small, with small server delays, to run fast)."""
    total = _seconds_from_environment(RETRY_WAIT_VARIABLE, DEFAULT_TOTAL_WAIT)
    return RetryPolicy(max_total_wait=total)


def _seconds_from_environment(variable: str, default: float) -> float:
    raw = os.environ.get(variable, "").strip()
    if not raw:
        return default
    try:
        seconds = float(raw)
    except ValueError:
        seconds = 0.0
    if not 0 < seconds < float("inf"):
        log.warning("%s=%r is not a number of seconds; using %g", variable, raw, default)
        return default
    return seconds


class Stalled(Exception):
    """The stall limit passed while waiting (the caller words it: an answer keeps its
    partial, an upload names its file)."""


class StallWatch:
    """One deadline for the next sign of progress, moved on each time one comes.

    httpx's read timeout is the gap between two chunks, so a server dripping a byte a
    second would never trip it: this bounds the wait for progress instead (a complete
    event of an answer, a piece of an upload taken by the connection). Only the awaits are
    cut short, never a `yield` (the consumer's time is not the server's); a restart()
    during a wait moves the running one's deadline too.

    One alarm serves every wait: restart() only moves the deadline, and an alarm that goes
    off before it sets itself again. A timeout per wait (asyncio.timeout) made and killed a
    Qt timer for every event of an answer on the GUI thread (issue 17). Use it in a `with`
    block, so the alarm goes when the watch does."""

    def __init__(self, seconds: float) -> None:
        self._seconds = seconds
        self._loop = asyncio.get_running_loop()
        self._deadline = self._loop.time() + seconds
        self._alarm: asyncio.TimerHandle | None = None
        self._waiter: asyncio.Task[Any] | None = None
        self._cancelled = False  # the alarm cancelled the waiting task

    def __enter__(self) -> StallWatch:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        """No more waits: the alarm is taken off the loop."""
        if self._alarm is not None:
            self._alarm.cancel()
            self._alarm = None

    def restart(self) -> None:
        self._deadline = self._loop.time() + self._seconds

    async def wait(self, awaitable: Awaitable[_T]) -> _T:
        task = asyncio.current_task()
        assert task is not None, "StallWatch.wait runs in a task"
        cancelling = task.cancelling()
        self._waiter = task
        if self._alarm is None:
            self._alarm = self._loop.call_at(self._deadline, self._on_alarm)
        try:
            return await awaitable
        except asyncio.CancelledError:
            # As asyncio.timeout does: a cancel of ours becomes Stalled, anyone else's stays.
            if self._cancelled:
                self._cancelled = False
                if task.uncancel() <= cancelling:
                    raise Stalled from None
            raise
        finally:
            self._waiter = None

    def _on_alarm(self) -> None:
        self._alarm = None
        if self._loop.time() < self._deadline:
            self._alarm = self._loop.call_at(self._deadline, self._on_alarm)
        elif self._waiter is not None and not self._cancelled:
            self._cancelled = True
            self._waiter.cancel()
        # Otherwise nobody waits: the next wait sets the alarm again (past due, it goes off
        # at once and that wait is cut short unless what it awaits is done already).


def use_system_trust_store() -> None:
    """Make every TLS connection (google-auth's token refresh too) trust what the OS trusts,
    which also covers corporate TLS inspection. Call once at start-up."""
    truststore.inject_into_ssl()


def create_http_client(proxy: str | None = None) -> httpx2.AsyncClient:
    """`proxy` (a profile's manual proxy, since PAC files are not supported) wins over
    the environment's HTTPS_PROXY and NO_PROXY."""
    verify = truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    limits = httpx2.Limits(max_connections=20, max_keepalive_connections=10)
    return httpx2.AsyncClient(
        transport=_ClosingTransport(verify=verify, limits=limits, proxy=proxy or None),
        verify=verify,  # also for the proxy routes httpx2 mounts from the environment
        # A longer stall limit (a slow proxy) must not be cut short by the backstop.
        timeout=_timeout(),
        trust_env=proxy is None,  # HTTPS_PROXY, NO_PROXY (mounted by httpx2 itself)
        headers={"user-agent": USER_AGENT, "x-goog-api-client": USER_AGENT},
    )


class _ClosingTransport(httpx2.AsyncHTTPTransport):
    """httpx2's transport, except that a reply left part-way (Stop, a stall, a garbled
    event) closes httpcore2's byte iterator at once, in its own task. httpx2 2.16's
    AsyncResponseStream leaves that iterator to the garbage collector, which closes it
    from another task or outside the loop and prints "Exception ignored in: <async_generator
    ...>" with "cancel scope in a different task" on stderr (pydantic/httpx2 PR #1212)."""

    async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
        response = await super().handle_async_request(request)
        outer = response.stream
        inner = getattr(outer, "_httpcore_stream", None)
        if inner is not None and isinstance(outer, httpx2.AsyncByteStream):
            response.stream = _ClosingStream(outer, inner)
        return response


class _ClosingStream(httpx2.AsyncByteStream):
    def __init__(self, outer: httpx2.AsyncByteStream, httpcore_stream: Any) -> None:
        self._outer = outer
        self._httpcore_stream = httpcore_stream

    async def __aiter__(self) -> AsyncIterator[bytes]:
        parts = self._httpcore_stream.__aiter__()
        try:
            with map_httpcore_exceptions():
                async for part in parts:
                    yield part
        finally:
            if hasattr(parts, "aclose"):
                await parts.aclose()

    async def aclose(self) -> None:
        await self._outer.aclose()


async def sleep_full(seconds: float) -> None:
    """Sleep at least `seconds`: a retry waits the whole delay the server asked for.

    Under qasync a sleep is a coarse QTimer, which may fire up to 5 % early; trying again
    50 ms before Google's RetryInfo says only meets another 429.
    """
    deadline = time.monotonic() + seconds
    await asyncio.sleep(seconds)
    if (left := deadline - time.monotonic()) > 0:
        await sleep_full(left)
