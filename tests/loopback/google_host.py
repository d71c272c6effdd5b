"""An httpx2 transport that carries requests for Google's own hosts to the loopback server.

The client under test keeps its real Google URL (`generativelanguage.googleapis.com`,
`aiplatform.googleapis.com`), so it believes Google answers and words its errors that way;
the bytes still travel over a real socket to the loopback server.
"""

from __future__ import annotations

import httpx2

from tests.loopback.server import LoopbackServer


class GoogleHostTransport(httpx2.AsyncBaseTransport):
    def __init__(self, server: LoopbackServer) -> None:
        self._loopback = httpx2.URL(server.base_url)
        self._inner = httpx2.AsyncHTTPTransport()

    async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
        if not request.url.host.endswith(".googleapis.com"):
            raise AssertionError(f"not a Google host: {request.url.host}")
        request.url = request.url.copy_with(
            scheme=self._loopback.scheme, host=self._loopback.host, port=self._loopback.port
        )
        return await self._inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self._inner.aclose()


def google_host_client(server: LoopbackServer) -> httpx2.AsyncClient:
    """An HTTP client whose requests to Google's hosts reach `server`."""
    return httpx2.AsyncClient(transport=GoogleHostTransport(server))
