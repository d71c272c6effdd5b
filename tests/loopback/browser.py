"""A stand-in for the user's browser and Google's consent page, for the sign-in flow."""

from __future__ import annotations

import asyncio
import threading
import urllib.error
import urllib.request
from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit

from tests.loopback import oauth as loopback_oauth
from tests.loopback.server import LoopbackServer

CLIENT_ID = "123456789-loopback.apps.googleusercontent.com"
CLIENT_SECRET = "GOCSPX-loopback-client-secret"
SCOPE = "https://www.googleapis.com/auth/cloud-platform openid email"


def desktop_client_json(server: LoopbackServer) -> dict[str, Any]:
    """What Google Cloud Console downloads for a Desktop app client, aimed at the loopback."""
    return {
        "installed": {
            "client_id": CLIENT_ID,
            "project_id": "test-project",
            "auth_uri": f"{server.base_url}/o/oauth2/auth",
            "token_uri": f"{server.base_url}/token",
            "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
            "client_secret": CLIENT_SECRET,
            "redirect_uris": ["http://localhost"],
        }
    }


class FakeBrowser:
    """Plays the browser and Google's consent page for `open_browser`.

    Records the authorization URL, mints a code at the loopback for the challenge it
    carries (or for `challenge`), then, from a thread as a real browser would, asks the
    listener for /favicon.ico and follows the redirect with `redirect_params(query, code)`.
    """

    def __init__(
        self,
        server: LoopbackServer,
        *,
        opens: bool = True,
        redirect: bool = True,
        challenge: str | None = None,
        client_secret: str | None = CLIENT_SECRET,
        scope: str = loopback_oauth.DEFAULT_GRANTED_SCOPE,
        redirect_params: Callable[[dict[str, str], str], dict[str, str]] | None = None,
    ) -> None:
        self.server = server
        self.opens = opens
        self.redirect = redirect
        self.challenge = challenge
        self.client_secret = client_secret
        self.scope = scope
        self.redirect_params = redirect_params or (
            lambda query, code: {"state": query["state"], "code": code, "scope": SCOPE}
        )
        self.url: str | None = None
        self.query: dict[str, str] = {}
        self.code: str | None = None
        self.favicon_status: int | None = None
        self.status: int | None = None
        self.page = ""
        self.failure: BaseException | None = None
        self.called = threading.Event()
        self._thread: threading.Thread | None = None

    def __call__(self, url: str) -> bool:
        self.url = url
        self.query = dict(parse_qsl(urlsplit(url).query))
        if self.redirect:
            self.code = self.server.issue_authorization_code(
                self.challenge or self.query["code_challenge"],
                self.query["redirect_uri"],
                self.query["client_id"],
                client_secret=self.client_secret,
                scope=self.scope,
            )
            params = self.redirect_params(self.query, self.code)
            self._thread = threading.Thread(
                target=self._visit, args=(self.query["redirect_uri"], params), daemon=True
            )
            self._thread.start()
        self.called.set()
        return self.opens

    async def wait_called(self) -> None:
        assert await asyncio.to_thread(self.called.wait, 5), "open_browser was not called"

    def _visit(self, redirect_uri: str, params: dict[str, str]) -> None:
        try:
            self.favicon_status, _ = _get(redirect_uri + "/favicon.ico")
            self.status, self.page = _get(redirect_uri + "/?" + urlencode(params))
        except BaseException as exc:  # kept for the test: a thread must not raise
            self.failure = exc

    def join(self) -> None:
        if self._thread is not None:
            self._thread.join(timeout=10)
            assert not self._thread.is_alive()
        assert self.failure is None, self.failure


def _get(url: str) -> tuple[int, str]:
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    try:
        with opener.open(url, timeout=10) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as exc:
        with exc:
            return exc.code, exc.read().decode()
