"""Clients of the loopback server for its own tests (tests/test_loopback_server_*.py): the
server and an httpx2 client as fixtures, a PNG to attach, and a raw Gemini API request."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx2
import pytest

from tests.loopback.server import LoopbackServer

PNG_BYTES = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4 + b"tail"  # 1036 bytes
GEMINI_MODEL = "/v1beta/models/gemini-2.5-flash"


@pytest.fixture
def server(loopback_server: LoopbackServer) -> LoopbackServer:
    return loopback_server


@pytest.fixture
def http(server: LoopbackServer) -> Iterator[httpx2.Client]:
    with httpx2.Client(base_url=server.base_url, timeout=5) as client:
        yield client


def gemini_post(
    http: httpx2.Client, method: str, query: str = "?alt=sse", **kwargs: Any
) -> httpx2.Response:
    headers = kwargs.pop("headers", {"x-goog-api-key": "test-api-key"})
    body = {"contents": [{"role": "user", "parts": [{"text": "Hi"}]}]}
    return http.post(f"{GEMINI_MODEL}:{method}{query}", json=body, headers=headers, **kwargs)
