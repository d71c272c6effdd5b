"""The loopback server's connections: keep-alive reuse, parallel streams, clients that leave
mid-stream, and stop() closing idle connections promptly."""

from __future__ import annotations

import threading
import time

import httpx2
import pytest

from tests.loopback import clients
from tests.loopback.clients import GEMINI_MODEL, gemini_post
from tests.loopback.server import LoopbackServer, Scenario

server, http = clients.server, clients.http  # fixtures, found by name


def test_keep_alive_reuses_one_connection(server: LoopbackServer, http: httpx2.Client) -> None:
    for _ in range(3):
        gemini_post(http, "streamGenerateContent")
        gemini_post(http, "generateContent", query="")

    assert len({request.connection for request in server.requests}) == 1
    assert server.connection_count == 1


def test_concurrent_slow_streams_are_served_in_parallel(
    server: LoopbackServer, http: httpx2.Client
) -> None:
    server.script(*[Scenario(drip_delay=0.1, chunks=3) for _ in range(5)])
    statuses: list[int] = []

    def call() -> None:
        statuses.append(gemini_post(http, "streamGenerateContent").status_code)

    started = time.monotonic()
    threads = [threading.Thread(target=call) for _ in range(5)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    # Each stream drips for ~0.2 s; served one after another they would take ~1 s.
    assert time.monotonic() - started < 0.8
    assert statuses == [200] * 5


def test_client_leaving_mid_stream_is_quiet(
    server: LoopbackServer, http: httpx2.Client, capfd: pytest.CaptureFixture[str]
) -> None:
    server.script(Scenario(text="x" * 200, chunk_size=5, drip_delay=0.01))
    baseline = server.open_connection_count  # idle connections other clients may still hold

    with http.stream(
        "POST",
        f"{GEMINI_MODEL}:streamGenerateContent?alt=sse",
        json={"contents": [{"parts": [{"text": "x"}]}]},
        headers={"x-goog-api-key": "test-api-key"},
    ) as response:
        next(response.iter_bytes())
    # Closing a half-read stream drops the connection; the server's next write then fails.
    deadline = time.monotonic() + 5
    while server.open_connection_count > baseline and time.monotonic() < deadline:
        time.sleep(0.01)

    assert server.open_connection_count == baseline

    assert server.handler_errors == []
    assert capfd.readouterr().err == ""


def test_stop_closes_idle_keep_alive_connections_promptly() -> None:
    server = LoopbackServer().start()
    with httpx2.Client(base_url=server.base_url) as client:
        assert client.get("/v1beta/models", headers={"x-goog-api-key": "test-api-key"}).is_success
        started = time.monotonic()
        server.stop()
        assert time.monotonic() - started < 1
        with pytest.raises(httpx2.TransportError):
            client.get("/v1beta/models", headers={"x-goog-api-key": "test-api-key"})
