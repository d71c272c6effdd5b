"""httpx2 auth flows: an API key in its header, or a google-auth bearer token kept fresh.

Token refresh is blocking (google-auth uses requests), so it runs in a worker thread, one
refresh at a time. A 401 refreshes once and resends, as google-auth's own sessions do.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import AsyncGenerator, Generator
from typing import Any

import google.auth.exceptions
import google.auth.transport
import google.auth.transport.requests
import httpx2
import requests

from desktop.core.api_keys import KeyForm, key_form
from desktop.core.errors import CredentialsError, NetworkError, ServerError, StalledError
from desktop.core.messages import Message, Seconds
from desktop.log import register_secret
from desktop.services.http import stall_timeout

log = logging.getLogger(__name__)

REFRESH_LIMIT = 60.0
"""Seconds one sign-in refresh may take in all (google-auth alone would wait 120 s), or
the stall limit when that is shorter: a request never waits longer than it."""


def refresh_timed_out(seconds: float, server_message: str = "") -> StalledError:
    """Google's sign-in service gave no token within `seconds` (not tried again: the user
    has waited the whole limit already)."""
    return StalledError(
        Message("auth.timeout", wait=Seconds(seconds)),
        hint=Message("auth.unreachable.hint"),
        status="REFRESH_TIMEOUT",
        server_message=server_message or f"no token within {seconds:g} s",
    )


API_KEY_HEADER = "x-goog-api-key"


def only_one_credential(request: httpx2.Request, keep: str) -> None:
    """Drop every credential but `keep` ("key" or "authorization") from a request.

    Google refuses a request that carries an API key and a sign-in token together ("Multiple
    authentication credentials received"); a default header or a `key=` in a typed endpoint
    could add the second one."""
    if keep != "key":
        request.headers.pop(API_KEY_HEADER, None)
        if "key" in request.url.params:
            request.url = request.url.copy_remove_param("key")
    if keep != "authorization":
        request.headers.pop("authorization", None)


class ApiKeyAuth(httpx2.Auth):
    """A key in a header (never in the URL: URLs end up in logs and proxies)."""

    def __init__(self, key: str, *, header: str = API_KEY_HEADER) -> None:
        self._key = key
        self._header = header

    @property
    def google_key_form(self) -> KeyForm | None:
        """The form of the Google API key sent; None when the key goes as a Bearer token."""
        return key_form(self._key) if self._header == API_KEY_HEADER else None

    def auth_flow(
        self, request: httpx2.Request
    ) -> Generator[httpx2.Request, httpx2.Response, None]:
        if self._header == "authorization":
            only_one_credential(request, "authorization")
            request.headers["authorization"] = f"Bearer {self._key}"
        else:
            only_one_credential(request, "key")
            request.headers[self._header] = self._key
        yield request


class GoogleCredentialsAuth(httpx2.Auth):
    """Bearer tokens from google-auth credentials (user, service account, ADC)."""

    def __init__(self, credentials: Any, *, refresh_limit: float | None = None) -> None:
        self.credentials = credentials
        self._refreshing: asyncio.Future[None] | None = None
        self._transport = google.auth.transport.requests.Request()
        self._refresh_limit = (
            min(REFRESH_LIMIT, stall_timeout()) if refresh_limit is None else refresh_limit
        )

    @property
    def refreshing(self) -> bool:
        """A sign-in refresh is in flight (a request waiting now waits on Google's sign-in
        service, not on the model)."""
        return self._refreshing is not None

    def sync_auth_flow(
        self, request: httpx2.Request
    ) -> Generator[httpx2.Request, httpx2.Response, None]:
        raise RuntimeError("GoogleCredentialsAuth works with the async client only")

    async def async_auth_flow(
        self, request: httpx2.Request
    ) -> AsyncGenerator[httpx2.Request, httpx2.Response]:
        await self.ensure_fresh()
        used = self.credentials.token
        only_one_credential(request, "authorization")
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
            self.credentials.refresh(_Deadline(self._transport, self._refresh_limit))
        except google.auth.exceptions.TransportError as exc:
            if isinstance(exc.__cause__, requests.exceptions.Timeout | _TooLong):
                raise refresh_timed_out(self._refresh_limit, str(exc)) from exc
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


class _TooLong(Exception):
    """The refresh's deadline passed before google-auth's next request."""


class _Deadline(google.auth.transport.Request):
    """google-auth's transport with one deadline for a whole refresh: each of its requests
    gets only the time left, and none starts after the deadline."""

    def __init__(self, inner: google.auth.transport.Request, seconds: float) -> None:
        self._inner = inner
        self._deadline = time.monotonic() + seconds

    def __call__(
        self,
        url: str,
        method: str = "GET",
        body: Any = None,
        headers: Any = None,
        timeout: float | None = None,
        **kwargs: Any,
    ) -> google.auth.transport.Response:
        left = self._deadline - time.monotonic()
        if left <= 0:
            error = google.auth.exceptions.TransportError  # untyped in google-auth
            raise error("sign-in refresh deadline") from _TooLong()  # type: ignore[no-untyped-call]
        timeout = left if timeout is None else min(timeout, left)
        response: google.auth.transport.Response = self._inner(
            url, method=method, body=body, headers=headers, timeout=timeout, **kwargs
        )
        return response
