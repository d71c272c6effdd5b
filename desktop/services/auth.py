"""httpx2 auth flows: an API key in its header, or a google-auth bearer token kept fresh.

Token refresh is blocking (google-auth uses requests), so it runs in a worker thread, one
refresh at a time. A 401 refreshes once and resends, as google-auth's own sessions do.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncGenerator, Generator
from typing import Any

import google.auth.exceptions
import google.auth.transport.requests
import httpx2

from desktop.core.errors import CredentialsError, NetworkError, ServerError
from desktop.core.messages import Message
from desktop.log import register_secret

log = logging.getLogger(__name__)


class ApiKeyAuth(httpx2.Auth):
    """A key in a header (never in the URL: URLs end up in logs and proxies)."""

    def __init__(self, key: str, *, header: str = "x-goog-api-key") -> None:
        self._key = key
        self._header = header

    def auth_flow(
        self, request: httpx2.Request
    ) -> Generator[httpx2.Request, httpx2.Response, None]:
        if self._header == "authorization":
            request.headers["authorization"] = f"Bearer {self._key}"
        else:
            request.headers[self._header] = self._key
        yield request


class GoogleCredentialsAuth(httpx2.Auth):
    """Bearer tokens from google-auth credentials (user, service account, ADC)."""

    def __init__(self, credentials: Any) -> None:
        self.credentials = credentials
        self._refreshing: asyncio.Future[None] | None = None
        self._transport = google.auth.transport.requests.Request()

    def sync_auth_flow(
        self, request: httpx2.Request
    ) -> Generator[httpx2.Request, httpx2.Response, None]:
        raise RuntimeError("GoogleCredentialsAuth works with the async client only")

    async def async_auth_flow(
        self, request: httpx2.Request
    ) -> AsyncGenerator[httpx2.Request, httpx2.Response]:
        await self.ensure_fresh()
        used = self.credentials.token
        self.credentials.apply(request.headers)
        response = yield request
        if response.status_code == 401:
            log.info("Token refused with 401; refreshing once and resending")
            await self.ensure_fresh(stale_token=used)
            self.credentials.apply(request.headers)
            yield request

    async def ensure_fresh(self, stale_token: str | None = None) -> None:
        """Refresh when the token is missing or about to expire, or is `stale_token`.

        One refresh at a time: callers share the task in flight. It is shielded, so a
        cancelled caller cannot let a second refresh start while the first one's worker
        thread is still running (google-auth credentials are not thread-safe)."""
        if self._refreshing is not None:
            await asyncio.shield(self._refreshing)
        if stale_token is None and self.credentials.valid:
            return
        if stale_token is not None and self.credentials.token != stale_token:
            return  # another request refreshed while this one waited
        if self._refreshing is None:
            self._refreshing = asyncio.ensure_future(asyncio.to_thread(self._refresh))
            self._refreshing.add_done_callback(self._refresh_done)
        await asyncio.shield(self._refreshing)

    def _refresh_done(self, task: asyncio.Future[None]) -> None:
        self._refreshing = None
        if not task.cancelled():
            task.exception()  # retrieved: every waiter re-raises it; none is left unseen

    def _refresh(self) -> None:
        try:
            self.credentials.refresh(self._transport)
        except google.auth.exceptions.TransportError as exc:
            raise NetworkError(
                Message("auth.unreachable"),
                hint=Message("auth.unreachable.hint"),
                server_message=str(exc),
            ) from exc
        except google.auth.exceptions.RefreshError as exc:
            if exc.retryable:
                # A 5xx or "temporarily_unavailable" (google-auth already tried again):
                # Google's sign-in service failed, the saved sign-in may be fine.
                raise ServerError(
                    Message("auth.service_failed"),
                    hint=Message("api.server_error.hint"),
                    status="REFRESH_UNAVAILABLE",
                    server_message=str(exc),
                ) from exc
            raise CredentialsError(
                Message("auth.refused"),
                hint=Message("auth.refused.hint"),
                status="REFRESH_FAILED",
                server_message=str(exc),
            ) from exc
        # Tokens are secrets: whatever is logged from here on has them blanked out.
        for secret in (self.credentials.token, getattr(self.credentials, "refresh_token", None)):
            if secret:
                register_secret(secret)
        log.info("Access token refreshed")
