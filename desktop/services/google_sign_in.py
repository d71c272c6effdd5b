"""Sign in with Google from a desktop OAuth client file: loopback redirect plus PKCE.

Follows Google's guide for installed apps: a one-shot HTTP listener on 127.0.0.1 with a
free port receives the browser's redirect, the code is redeemed with a PKCE S256
verifier (RFC 7636), and the refresh token it yields is what the app keeps.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import hashlib
import html
import json
import logging
import secrets
import webbrowser
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

import google.oauth2.credentials
import httpx2

from desktop.core.errors import (
    Action,
    ActionKind,
    CredentialsError,
    GeminiError,
    NetworkError,
    ProtocolError,
    ServerError,
)
from desktop.core.messages import Message, Seconds
from desktop.core.units import seconds_text
from desktop.log import register_secret
from desktop.services.http import create_http_client
from desktop.services.key_files import KeyFileProblem

log = logging.getLogger(__name__)

CLOUD_PLATFORM_SCOPE = "https://www.googleapis.com/auth/cloud-platform"
SCOPES: tuple[str, ...] = (CLOUD_PLATFORM_SCOPE, "openid", "email")
DEFAULT_AUTH_URI = "https://accounts.google.com/o/oauth2/auth"
DEFAULT_TOKEN_URI = "https://oauth2.googleapis.com/token"
DEFAULT_TIMEOUT = 300.0
"""Seconds the user has to finish in the browser (and the code exchange to end)."""
THIRD_PARTY_ACCESS_URL = "https://myaccount.google.com/connections"

_LOOPBACK_HOST = "127.0.0.1"
_LOCAL_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})
_REQUEST_READ_TIMEOUT = 10.0  # a browser's idle preconnect must not hold a handler forever
_PAGE_FLUSH_TIMEOUT = 2.0
_BROWSER_GRACE = 1.0
_MAX_HEADER_LINES = 100


@dataclass(frozen=True)
class OAuthClientConfig:
    """The parts of a Desktop app OAuth client file that the sign-in needs."""

    client_id: str
    client_secret: str = field(repr=False)
    auth_uri: str = DEFAULT_AUTH_URI
    token_uri: str = DEFAULT_TOKEN_URI


@dataclass(frozen=True)
class SignInResult:
    """What a finished sign-in yields. `refresh_token` is the lasting credential to keep."""

    refresh_token: str = field(repr=False)
    access_token: str = field(repr=False)
    expires_in: int | None
    client_id: str
    client_secret: str = field(repr=False)
    token_uri: str
    email: str | None
    granted_scopes: tuple[str, ...] = ()
    expiry: datetime | None = None
    """When `access_token` runs out: naive UTC, as google-auth keeps it."""

    def to_authorized_user_info(self) -> dict[str, str]:
        """google-auth's "authorized_user" info (what gcloud writes), to keep in the keyring.

        google-auth's `Credentials.from_authorized_user_info` ignores `token_uri`: build
        credentials with `credentials()` instead.
        """
        info = {
            "type": "authorized_user",
            "client_id": self.client_id,
            "client_secret": self.client_secret,
            "refresh_token": self.refresh_token,
            "token_uri": self.token_uri,
        }
        if self.email:
            info["account"] = self.email
        return info

    def credentials(
        self, scopes: Sequence[str] | None = None
    ) -> google.oauth2.credentials.Credentials:
        """google-auth user credentials that start with the fresh access token and refresh
        at `token_uri`. With `scopes`, refreshes ask for those (a subset of the grant)."""
        return google.oauth2.credentials.Credentials(  # type: ignore[no-untyped-call]
            token=self.access_token,
            refresh_token=self.refresh_token,
            token_uri=self.token_uri,
            client_id=self.client_id,
            client_secret=self.client_secret,
            scopes=list(scopes) if scopes is not None else None,
            expiry=self.expiry,
            granted_scopes=list(self.granted_scopes) or None,
            account=self.email or "",
        )


def parse_client_config(data: bytes | str | Mapping[str, Any]) -> OAuthClientConfig:
    """The OAuth client in a Desktop app client file (JSON text, bytes or parsed), or a
    CredentialsError that says in plain words what the file is instead."""
    info: Any = data
    if isinstance(data, bytes | str):
        try:
            text = data.decode("utf-8-sig") if isinstance(data, bytes) else data
            info = json.loads(text)
        except (ValueError, UnicodeDecodeError) as exc:
            raise _bad_client_file(KeyFileProblem.NOT_A_CLIENT_FILE) from exc
    problem = client_file_problem(info)
    if problem is not None:
        raise _bad_client_file(problem)
    installed = info["installed"]
    client_secret = installed["client_secret"].strip()
    register_secret(client_secret)
    auth_uri = installed.get("auth_uri") or DEFAULT_AUTH_URI
    token_uri = installed.get("token_uri") or DEFAULT_TOKEN_URI
    return OAuthClientConfig(installed["client_id"].strip(), client_secret, auth_uri, token_uri)


def client_file_problem(info: object) -> KeyFileProblem | None:
    """What keeps parsed JSON from being a usable Desktop app OAuth client, or None."""
    if not isinstance(info, Mapping):
        return KeyFileProblem.NOT_A_CLIENT_FILE
    if "web" in info:
        return KeyFileProblem.WEB_CLIENT
    if info.get("type") == "service_account":
        return KeyFileProblem.SERVICE_ACCOUNT_KEY
    if info.get("type") == "authorized_user":
        return KeyFileProblem.PERSONAL_SIGN_IN
    installed = info.get("installed")
    if not isinstance(installed, Mapping):
        return KeyFileProblem.NOT_A_DESKTOP_CLIENT
    client_id = installed.get("client_id")
    client_secret = installed.get("client_secret")
    if not isinstance(client_id, str) or not client_id.strip():
        return KeyFileProblem.CLIENT_WITHOUT_ID
    if not isinstance(client_secret, str) or not client_secret.strip():
        return KeyFileProblem.CLIENT_WITHOUT_SECRET
    if not all(_usable_endpoint(installed.get(name)) for name in ("auth_uri", "token_uri")):
        return KeyFileProblem.CLIENT_BAD_ADDRESS
    return None


def _usable_endpoint(value: Any) -> bool:
    if value is None or value == "":
        return True  # Google's own address is used
    url = urlsplit(value) if isinstance(value, str) else None
    # The client secret and the code travel to token_uri: plain HTTP only to this computer.
    return (
        url is not None
        and bool(url.hostname)
        and (url.scheme == "https" or (url.scheme == "http" and url.hostname in _LOCAL_HOSTS))
    )


def _bad_client_file(problem: KeyFileProblem) -> CredentialsError:
    hint = Message("client_file.hint")
    if problem is KeyFileProblem.SERVICE_ACCOUNT_KEY:
        hint = Message("client_file.service_account.hint")
    return CredentialsError(
        Message(f"client_file.{problem.name}"), hint=hint, status="BAD_CLIENT_FILE"
    )


class GoogleSignIn:
    """One "Sign in with Google" attempt: `await run()` returns a SignInResult.

    `open_browser` gets the authorization URL and returns whether a browser opened (it runs
    in a worker thread). Either way the URL stays in `authorization_url`, so the UI can
    offer it for copying; the sign-in completes whenever the redirect arrives, within
    `timeout` seconds. Cancelling `run()` closes the listener.
    """

    def __init__(
        self,
        config: OAuthClientConfig,
        *,
        open_browser: Callable[[str], bool] = webbrowser.open,
        timeout: float = DEFAULT_TIMEOUT,
        http_client: httpx2.AsyncClient | None = None,
        scopes: Sequence[str] = SCOPES,
    ) -> None:
        self.config = config
        self.timeout = timeout
        self.scopes = tuple(scopes)
        self._open_browser = open_browser
        self._http_client = http_client
        self.authorization_url: str | None = None
        """Set once the listener is up; the link to open in a browser by hand."""
        self.redirect_uri: str | None = None
        self.browser_opened: bool | None = None
        """What `open_browser` returned (None while it runs, or before)."""
        self._running = False

    async def run(self) -> SignInResult:
        """Waits for the user to consent in the browser, then redeems the code.

        Raises CredentialsError (cancelled in the browser, refused, too slow, no lasting
        access granted), NetworkError (Google unreachable), ServerError or ProtocolError.
        """
        if self._running:
            raise RuntimeError("this sign-in is already running")
        self._running = True
        verifier = secrets.token_urlsafe(64)  # 86 characters of the RFC 7636 alphabet
        register_secret(verifier)
        state = secrets.token_urlsafe(24)
        listener = _RedirectListener(state)
        try:
            await listener.start()
        except OSError as exc:
            self._running = False
            log.warning("Could not listen on %s for the sign-in: %s", _LOOPBACK_HOST, exc)
            raise CredentialsError(
                Message("sign_in.listener_failed"),
                hint=Message("sign_in.listener_failed.hint"),
                status="LISTENER_FAILED",
                server_message=str(exc),
            ) from exc
        browser: asyncio.Task[None] | None = None
        stopped = False
        try:
            self.redirect_uri = f"http://{_LOOPBACK_HOST}:{listener.port}"
            self.authorization_url = self._authorization_url(_challenge(verifier), state)
            deadline = asyncio.timeout(self.timeout)
            try:
                async with deadline:
                    browser = asyncio.create_task(self._open(self.authorization_url))
                    code = await listener.code
                    log.info("Sign-in code received; redeeming it")
                    result = await self._redeem(code, verifier)
            except TimeoutError as exc:
                if not deadline.expired():
                    raise
                log.info("Sign-in timed out after %s", seconds_text(self.timeout))
                raise CredentialsError(
                    Message("sign_in.timeout"),
                    hint=Message("sign_in.timeout.hint", wait=Seconds(self.timeout)),
                    status="SIGN_IN_TIMEOUT",
                ) from exc
        except asyncio.CancelledError:
            stopped = True
            log.info("Sign-in stopped")
            listener.finish(_page("The sign-in was stopped.", "Gemini Desktop stopped waiting."))
            raise
        except GeminiError as exc:
            listener.finish(_failure_page(exc))
            raise
        except Exception:
            listener.finish(_page("The sign-in failed.", "Something went wrong in Gemini Desktop."))
            raise
        else:
            listener.finish(_SIGNED_IN_PAGE)
            log.info("Signed in with Google")
            return result
        finally:
            self._running = False
            await listener.close()
            if browser is not None:
                if not stopped:  # let `browser_opened` settle
                    await asyncio.wait([browser], timeout=_BROWSER_GRACE)
                # webbrowser.open may still block its worker thread: stop waiting for it.
                browser.cancel()
                await asyncio.wait([browser])  # never raises; _open catches what it can

    def _authorization_url(self, challenge: str, state: str) -> str:
        query = urlencode(
            {
                "response_type": "code",
                "client_id": self.config.client_id,
                "redirect_uri": self.redirect_uri,
                "scope": " ".join(self.scopes),
                "code_challenge": challenge,
                "code_challenge_method": "S256",
                "state": state,
                "access_type": "offline",
                "prompt": "consent",
            }
        )
        separator = "&" if urlsplit(self.config.auth_uri).query else "?"
        return f"{self.config.auth_uri}{separator}{query}"

    async def _open(self, url: str) -> None:
        try:
            opened = bool(await asyncio.to_thread(self._open_browser, url))
        except Exception as exc:  # webbrowser.Error, OSError from a broken browser setting
            log.warning("Could not open a browser for sign-in: %s", type(exc).__name__)
            opened = False
        self.browser_opened = opened
        if opened:
            log.info("Browser opened for sign-in")
        else:
            log.info("No browser opened; the sign-in link is there to copy")

    async def _redeem(self, code: str, verifier: str) -> SignInResult:
        form = {
            "grant_type": "authorization_code",
            "code": code,
            "redirect_uri": self.redirect_uri or "",
            "client_id": self.config.client_id,
            "client_secret": self.config.client_secret,
            "code_verifier": verifier,
        }
        headers = {"accept": "application/json"}
        try:
            if self._http_client is not None:
                response = await self._http_client.post(
                    self.config.token_uri, data=form, headers=headers
                )
            else:
                async with create_http_client() as client:
                    response = await client.post(self.config.token_uri, data=form, headers=headers)
        except httpx2.HTTPError as exc:
            log.warning("Token endpoint unreachable: %s", type(exc).__name__)
            raise NetworkError(
                Message("sign_in.unreachable"),
                hint=Message("sign_in.unreachable.hint"),
                server_message=str(exc),
            ) from exc
        return self._result(response)

    def _result(self, response: httpx2.Response) -> SignInResult:
        try:
            body = response.json()
        except (ValueError, UnicodeDecodeError):
            body = None
        if response.status_code != 200:
            raise _token_error(response.status_code, body)
        if not isinstance(body, dict) or not isinstance(body.get("access_token"), str):
            raise ProtocolError(
                Message("sign_in.unreadable"),
                hint=Message("sign_in.unreadable.hint"),
                code=response.status_code,
            )
        for name in ("access_token", "refresh_token", "id_token"):
            if isinstance(body.get(name), str):
                register_secret(body[name])
        granted = tuple(str(body.get("scope") or "").split())
        if granted and CLOUD_PLATFORM_SCOPE in self.scopes and CLOUD_PLATFORM_SCOPE not in granted:
            # Google's consent page lets people untick single permissions.
            raise CredentialsError(
                Message("sign_in.scope_not_granted"),
                hint=Message("sign_in.scope_not_granted.hint"),
                status="SCOPE_NOT_GRANTED",
            )
        refresh_token = body.get("refresh_token")
        if not isinstance(refresh_token, str) or not refresh_token:
            log.warning("Token endpoint sent no refresh token")
            raise CredentialsError(
                Message("sign_in.no_refresh_token"),
                hint=Message("sign_in.no_refresh_token.hint"),
                action=Action(ActionKind.OPEN_LINK, THIRD_PARTY_ACCESS_URL),
                status="NO_REFRESH_TOKEN",
            )
        expires_in = body.get("expires_in")
        lifetime = int(expires_in) if isinstance(expires_in, int | float) else None
        expiry = None
        if lifetime is not None:
            expiry = datetime.now(UTC).replace(tzinfo=None) + timedelta(seconds=lifetime)
        return SignInResult(
            refresh_token=refresh_token,
            access_token=body["access_token"],
            expires_in=lifetime,
            client_id=self.config.client_id,
            client_secret=self.config.client_secret,
            token_uri=self.config.token_uri,
            email=_email_from_id_token(body.get("id_token")),
            granted_scopes=granted,
            expiry=expiry,
        )


def _challenge(verifier: str) -> str:
    """RFC 7636 S256: BASE64URL(SHA256(ASCII(verifier))) without padding."""
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


def _email_from_id_token(id_token: Any) -> str | None:
    """The email claim, for display only: the token came straight from the token endpoint
    over TLS, so its signature is not checked."""
    if not isinstance(id_token, str) or id_token.count(".") != 2:
        return None
    payload = id_token.split(".")[1]
    try:
        claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    except (ValueError, binascii.Error, UnicodeDecodeError):
        return None
    email = claims.get("email") if isinstance(claims, dict) else None
    return email if isinstance(email, str) and email else None


def _token_error(status: int, body: Any) -> GeminiError:
    error = description = None
    if isinstance(body, dict):
        error = body.get("error") if isinstance(body.get("error"), str) else None
        description = body.get("error_description")
    server_message = f"{error}: {description}" if error else None
    log.warning("Token endpoint refused the sign-in: HTTP %s %s", status, error or "")
    common: dict[str, Any] = {"code": status, "status": error, "server_message": server_message}
    if error == "invalid_grant":
        return CredentialsError(
            Message("sign_in.invalid_grant"),
            hint=Message("sign_in.invalid_grant.hint"),
            **common,
        )
    if error in {"invalid_client", "unauthorized_client"}:
        return CredentialsError(
            Message("sign_in.invalid_client"),
            hint=Message("sign_in.invalid_client.hint"),
            **common,
        )
    if error == "redirect_uri_mismatch":
        return CredentialsError(
            Message("sign_in.redirect_mismatch"),
            hint=Message("client_file.hint"),
            **common,
        )
    if status >= 500:
        return ServerError(
            Message("sign_in.server_error"),
            hint=Message("api.server_error.hint"),
            **common,
        )
    return CredentialsError(
        Message("sign_in.refused"),
        hint=Message("sign_in.refused.hint"),
        **common,
    )


# Pages shown in the browser tab after the redirect.

_PAGE_TEMPLATE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Gemini Desktop</title>
<style>body{{font-family:system-ui,sans-serif;max-width:32em;margin:4em auto;padding:0 1em;
line-height:1.5;color:#202124}}h1{{font-size:1.4em;font-weight:500}}</style>
</head><body><h1>{title}</h1><p>{text}</p></body></html>
"""


def _page(title: str, text: str) -> str:
    return _PAGE_TEMPLATE.format(
        title=html.escape(title),
        text=html.escape(f"{text} You can close this tab and return to Gemini Desktop.".strip()),
    )


_SIGNED_IN_PAGE = _page("You are signed in.", "Gemini Desktop can now use your Google account.")


def _failure_page(error: GeminiError) -> str:
    return _page("The sign-in did not work.", f"{error.explanation} {error.hint}")


class _RedirectListener:
    """A one-shot HTTP server on 127.0.0.1 that waits for Google's redirect.

    The first GET of "/" settles `code` (the code, or a CredentialsError); that browser
    request is answered once the sign-in knows how it ended (`finish`). Other paths get a
    404; later redirects a short note.
    """

    def __init__(self, state: str) -> None:
        self._state = state
        loop = asyncio.get_running_loop()
        self.code: asyncio.Future[str] = loop.create_future()
        self._page: asyncio.Future[str] = loop.create_future()
        self._server: asyncio.Server | None = None
        self._connections: dict[asyncio.Task[Any], asyncio.StreamWriter] = {}
        self._answering: set[asyncio.Task[Any]] = set()
        self._closing = False
        self.port = 0

    async def start(self) -> None:
        self._server = await asyncio.start_server(self._handle, _LOOPBACK_HOST, 0)
        self.port = self._server.sockets[0].getsockname()[1]
        log.info("Waiting for the sign-in redirect on %s:%s", _LOOPBACK_HOST, self.port)

    def finish(self, page: str) -> None:
        """The page for the browser tab that brought the redirect."""
        if not self._page.done():
            self._page.set_result(page)

    async def close(self) -> None:
        """Stops listening, lets the redirect's page go out, drops every other connection."""
        self._closing = True
        if self._server is not None:
            self._server.close()
        self.finish(_page("The sign-in was stopped.", "Gemini Desktop stopped waiting."))
        if not self.code.done():
            self.code.cancel()
        elif not self.code.cancelled():
            self.code.exception()  # retrieved: a refusal that raced the timeout is not "lost"
        handlers = set(self._connections)
        for task, writer in self._connections.items():
            if task not in self._answering:
                writer.close()  # its pending read sees the end of the stream and returns
        if handlers:
            _, late = await asyncio.wait(handlers, timeout=_PAGE_FLUSH_TIMEOUT)
            for task in late:
                task.cancel()
            if late:
                await asyncio.wait(late)
        if self._server is not None:
            await self._server.wait_closed()
            self._server = None
        log.info("Sign-in listener closed")

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._connections[task] = writer
        try:
            if not self._closing:
                await self._serve(task, reader, writer)
        except (OSError, ValueError, TimeoutError):
            pass  # a browser that went away or sent nonsense: nothing to answer
        except asyncio.CancelledError:
            # Only close() cancels a handler, as a last resort. Ending normally keeps
            # asyncio quiet: before Python 3.12 its stream callback calls
            # task.exception() on a cancelled task and logs the CancelledError (gh-113538).
            pass
        finally:
            del self._connections[task]
            self._answering.discard(task)
            writer.close()

    async def _serve(
        self, task: asyncio.Task[Any], reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> None:
        page: str | None
        target = await asyncio.wait_for(_read_request(reader), _REQUEST_READ_TIMEOUT)
        if target is None:
            await _respond(writer, 405, "Method Not Allowed", "Only GET is served here.")
            return
        url = urlsplit(target)
        if url.path != "/":
            log.debug("Sign-in listener ignored a request for another path")
            await _respond(writer, 404, "Not Found", "Not found.")
            return
        if self.code.done():
            ended = _page("This sign-in has already ended.", "")
            await _respond(writer, 200, "OK", ended, html_page=True)
            return
        self._answering.add(task)
        page = self._settle(parse_qs(url.query))
        if page is None:  # a code: the page waits for the token exchange's outcome
            page = await asyncio.shield(self._page)
        await _respond(writer, 200, "OK", page, html_page=True)

    def _settle(self, query: dict[str, list[str]]) -> str | None:
        """Settles `code` from the redirect; returns the page to send now, or None to wait."""
        params = {name: values[0] for name, values in query.items() if values}
        if not secrets.compare_digest(params.get("state", ""), self._state):
            log.warning("Sign-in redirect with a wrong state refused")
            error = CredentialsError(
                Message("sign_in.state_mismatch"),
                hint=Message("sign_in.state_mismatch.hint"),
                status="STATE_MISMATCH",
            )
        elif "error" in params:
            reason = params["error"]
            log.info("Sign-in refused in the browser: %s", reason)
            if reason == "access_denied":
                error = CredentialsError(
                    Message("sign_in.cancelled"),
                    hint=Message("sign_in.cancelled.hint"),
                    status="SIGN_IN_CANCELLED",
                )
            else:
                error = CredentialsError(
                    Message("sign_in.not_completed"),
                    hint=Message("sign_in.not_completed.hint"),
                    status=reason[:64],
                    server_message=params.get("error_description"),
                )
        elif params.get("code"):
            register_secret(params["code"])
            self.code.set_result(params["code"])
            return None
        else:
            error = CredentialsError(
                Message("sign_in.no_code"),
                hint=Message("sign_in.state_mismatch.hint"),
                status="NO_CODE",
            )
        self.code.set_exception(error)
        return _failure_page(error)


async def _read_request(reader: asyncio.StreamReader) -> str | None:
    """The request target of a GET (None for other methods); headers are read and dropped."""
    request_line = (await reader.readline()).decode("latin-1")
    for _ in range(_MAX_HEADER_LINES):
        if (await reader.readline()) in (b"\r\n", b"\n", b""):
            break
    else:
        raise ValueError("too many header lines")
    parts = request_line.split()
    if len(parts) != 3 or not parts[2].startswith("HTTP/"):
        raise ValueError("not an HTTP request")
    return parts[1] if parts[0] == "GET" else None


async def _respond(
    writer: asyncio.StreamWriter, status: int, reason: str, text: str, *, html_page: bool = False
) -> None:
    body = text.encode("utf-8")
    content_type = "text/html" if html_page else "text/plain"
    head = (
        f"HTTP/1.1 {status} {reason}\r\n"
        f"Content-Type: {content_type}; charset=utf-8\r\n"
        f"Content-Length: {len(body)}\r\n"
        "Cache-Control: no-store\r\n"
        "Referrer-Policy: no-referrer\r\n"
        "Connection: close\r\n\r\n"
    )
    writer.write(head.encode("ascii") + body)
    await writer.drain()
