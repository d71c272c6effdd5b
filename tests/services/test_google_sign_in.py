"""Sign in with Google end to end: the loopback redirect listener, PKCE, the real code
exchange at the loopback /token, then real google-auth refreshes with the result."""

from __future__ import annotations

import asyncio
import json
import logging
import re
import socket
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import google.auth.transport.requests
import google.oauth2.credentials
import httpx2
import pytest

from desktop.core.errors import CredentialsError, NetworkError
from desktop.services.google_sign_in import (
    CLOUD_PLATFORM_SCOPE,
    GoogleSignIn,
    OAuthClientConfig,
    SignInResult,
    parse_client_config,
)
from tests.loopback import LoopbackServer
from tests.loopback import oauth as loopback_oauth
from tests.loopback.browser import CLIENT_ID, CLIENT_SECRET, SCOPE, FakeBrowser, desktop_client_json


@pytest.fixture
def client_config(loopback_server: LoopbackServer) -> OAuthClientConfig:
    return parse_client_config(json.dumps(desktop_client_json(loopback_server)))


async def assert_port_closed(port: int) -> None:
    with pytest.raises(ConnectionRefusedError):
        _, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.close()
        await writer.wait_closed()


def listener_port(sign_in: GoogleSignIn) -> int:
    assert sign_in.redirect_uri is not None
    port = urlsplit(sign_in.redirect_uri).port
    assert port is not None
    return port


def s256(verifier: str) -> str:
    return loopback_oauth.s256(verifier)


# The whole flow


@pytest.mark.asyncio
async def test_sign_in_end_to_end_then_google_auth_refreshes(
    loopback_server: LoopbackServer, client_config: OAuthClientConfig
) -> None:
    browser = FakeBrowser(loopback_server)
    sign_in = GoogleSignIn(client_config, open_browser=browser)

    result = await sign_in.run()
    browser.join()

    # The authorization URL, as Google documents it for desktop apps.
    assert browser.url == sign_in.authorization_url
    assert browser.url is not None
    assert browser.url.startswith(f"{loopback_server.base_url}/o/oauth2/auth?")
    query = browser.query
    assert re.fullmatch(r"http://127\.0\.0\.1:\d+", query["redirect_uri"])
    assert query["redirect_uri"] == sign_in.redirect_uri
    assert query["response_type"] == "code"
    assert query["client_id"] == CLIENT_ID
    assert query["scope"] == SCOPE
    assert query["code_challenge_method"] == "S256"
    assert re.fullmatch(r"[A-Za-z0-9_-]{43}", query["code_challenge"])
    assert query["access_type"] == "offline"
    assert query["prompt"] == "consent"
    assert len(query["state"]) >= 16
    assert sign_in.browser_opened is True

    # The code exchange, with a verifier that hashes to the challenge.
    (form,) = loopback_server.token_requests
    assert form["grant_type"] == "authorization_code"
    assert form["code"] == browser.code
    assert form["redirect_uri"] == query["redirect_uri"]
    assert form["client_id"] == CLIENT_ID
    assert form["client_secret"] == CLIENT_SECRET
    assert re.fullmatch(r"[A-Za-z0-9._~-]{43,128}", form["code_verifier"])
    assert s256(form["code_verifier"]) == query["code_challenge"]

    # What the app keeps.
    assert result.refresh_token in loopback_server.refresh_tokens
    assert result.access_token in loopback_server.issued_tokens
    assert result.expires_in == loopback_server.token_lifetime
    assert result.email == loopback_oauth.DEFAULT_EMAIL
    assert result.client_id == CLIENT_ID
    assert result.client_secret == CLIENT_SECRET
    assert result.token_uri == f"{loopback_server.base_url}/token"
    assert CLOUD_PLATFORM_SCOPE in result.granted_scopes
    for secret in (result.refresh_token, result.access_token, CLIENT_SECRET):
        assert secret not in repr(result)

    # The browser tab: the favicon is ignored, the redirect gets the friendly page.
    assert browser.favicon_status == 404
    assert browser.status == 200
    assert "You are signed in." in browser.page
    assert "You can close this tab and return to Gemini Desktop." in browser.page

    # Real google-auth, refreshing at the loopback with the new refresh token.
    credentials = result.credentials([CLOUD_PLATFORM_SCOPE])
    assert credentials.valid
    assert credentials.token == result.access_token
    await asyncio.to_thread(credentials.refresh, google.auth.transport.requests.Request())
    assert credentials.token != result.access_token
    assert credentials.token in loopback_server.issued_tokens
    refresh_form = loopback_server.token_requests[-1]
    assert refresh_form["grant_type"] == "refresh_token"
    assert refresh_form["refresh_token"] == result.refresh_token
    assert refresh_form["client_id"] == CLIENT_ID
    assert refresh_form["client_secret"] == CLIENT_SECRET

    # The keyring form, readable by google-auth.
    info = result.to_authorized_user_info()
    assert info == {
        "type": "authorized_user",
        "client_id": CLIENT_ID,
        "client_secret": CLIENT_SECRET,
        "refresh_token": result.refresh_token,
        "token_uri": f"{loopback_server.base_url}/token",
        "account": loopback_oauth.DEFAULT_EMAIL,
    }
    loaded = google.oauth2.credentials.Credentials.from_authorized_user_info(info)
    assert loaded.refresh_token == result.refresh_token
    assert loaded.client_id == CLIENT_ID


@pytest.mark.asyncio
async def test_browser_that_cannot_open_leaves_the_link_and_the_redirect_still_works(
    loopback_server: LoopbackServer, client_config: OAuthClientConfig
) -> None:
    browser = FakeBrowser(loopback_server, opens=False, redirect=False)
    sign_in = GoogleSignIn(client_config, open_browser=browser)
    task = asyncio.create_task(sign_in.run())
    await browser.wait_called()

    # The user copies the link into a browser by hand; Google redirects after consent.
    url = sign_in.authorization_url
    assert url is not None and url == browser.url
    query = dict(parse_qsl(urlsplit(url).query))
    code = loopback_server.issue_authorization_code(
        query["code_challenge"], query["redirect_uri"], query["client_id"]
    )
    async with httpx2.AsyncClient(trust_env=False) as client:
        redirect = client.get(
            query["redirect_uri"] + "/", params={"code": code, "state": query["state"]}
        )
        response, result = await asyncio.gather(redirect, task)

    assert response.status_code == 200
    assert "You are signed in." in response.text
    assert sign_in.browser_opened is False
    assert result.refresh_token in loopback_server.refresh_tokens
    await assert_port_closed(listener_port(sign_in))


# Refusals in the browser


@pytest.mark.expected_log(r"redirect with a wrong state refused")
@pytest.mark.asyncio
async def test_a_redirect_with_another_state_is_refused(
    loopback_server: LoopbackServer, client_config: OAuthClientConfig
) -> None:
    browser = FakeBrowser(
        loopback_server, redirect_params=lambda query, code: {"state": "forged", "code": code}
    )
    sign_in = GoogleSignIn(client_config, open_browser=browser)

    with pytest.raises(CredentialsError) as caught:
        await sign_in.run()
    browser.join()

    assert caught.value.status == "STATE_MISMATCH"
    assert "did not belong to this sign-in" in caught.value.explanation
    assert loopback_server.token_requests == []  # the code was never redeemed
    assert "The sign-in did not work." in browser.page
    await assert_port_closed(listener_port(sign_in))


@pytest.mark.asyncio
async def test_access_denied_says_the_user_cancelled(
    loopback_server: LoopbackServer, client_config: OAuthClientConfig
) -> None:
    browser = FakeBrowser(
        loopback_server,
        redirect_params=lambda query, code: {"error": "access_denied", "state": query["state"]},
    )
    sign_in = GoogleSignIn(client_config, open_browser=browser)

    with pytest.raises(CredentialsError) as caught:
        await sign_in.run()
    browser.join()

    assert caught.value.explanation == "You cancelled the sign-in."
    assert caught.value.status == "SIGN_IN_CANCELLED"
    assert "You cancelled the sign-in." in browser.page
    assert loopback_server.token_requests == []


# Refusals at the token endpoint


@pytest.mark.expected_log(r"Token endpoint refused the sign-in")
@pytest.mark.asyncio
async def test_a_code_minted_for_another_verifier_gets_the_plain_invalid_grant_error(
    loopback_server: LoopbackServer, client_config: OAuthClientConfig
) -> None:
    # An attacker's code, issued for a challenge of their own: our verifier cannot match.
    browser = FakeBrowser(loopback_server, challenge=s256("an-attackers-own-verifier-" + "x" * 30))
    sign_in = GoogleSignIn(client_config, open_browser=browser)

    with pytest.raises(CredentialsError) as caught:
        await sign_in.run()
    browser.join()

    error = caught.value
    assert error.explanation == (
        "Google did not accept the sign-in: it was not valid or has expired."
    )
    assert error.hint == "Click Sign in with Google again and finish the steps in one go."
    assert error.status == "invalid_grant"
    assert error.code == 400
    assert error.server_message == "invalid_grant: Invalid code verifier."
    assert len(loopback_server.token_requests) == 1
    assert "The sign-in did not work." in browser.page
    assert "not valid or has expired" in browser.page


@pytest.mark.expected_log(r"Token endpoint refused the sign-in")
@pytest.mark.asyncio
async def test_an_unknown_client_secret_gets_the_plain_invalid_client_error(
    loopback_server: LoopbackServer, client_config: OAuthClientConfig
) -> None:
    browser = FakeBrowser(loopback_server, client_secret="GOCSPX-the-real-secret")
    sign_in = GoogleSignIn(client_config, open_browser=browser)

    with pytest.raises(CredentialsError) as caught:
        await sign_in.run()
    browser.join()

    assert caught.value.explanation == "Google does not recognise the OAuth client in this file."
    assert caught.value.status == "invalid_client"


@pytest.mark.asyncio
async def test_an_unticked_cloud_permission_is_explained(
    loopback_server: LoopbackServer, client_config: OAuthClientConfig
) -> None:
    browser = FakeBrowser(
        loopback_server, scope="openid https://www.googleapis.com/auth/userinfo.email"
    )
    sign_in = GoogleSignIn(client_config, open_browser=browser)

    with pytest.raises(CredentialsError) as caught:
        await sign_in.run()
    browser.join()

    assert caught.value.status == "SCOPE_NOT_GRANTED"
    assert "You did not allow Gemini Desktop to use Google Cloud." in browser.page


@pytest.mark.expected_log(r"Token endpoint sent no refresh token")
@pytest.mark.asyncio
async def test_a_reply_without_refresh_token_says_to_remove_the_app_access(
    loopback_server: LoopbackServer, client_config: OAuthClientConfig
) -> None:
    # Google leaves the refresh token out on a repeated consent without prompt=consent.
    loopback_server.omit_refresh_token = True
    browser = FakeBrowser(loopback_server)
    sign_in = GoogleSignIn(client_config, open_browser=browser)
    with pytest.raises(CredentialsError) as caught:
        await sign_in.run()
    browser.join()

    error = caught.value
    assert error.status == "NO_REFRESH_TOKEN"
    assert "remove Gemini Desktop's access" in error.hint
    assert error.action.url == "https://myaccount.google.com/connections"


@pytest.mark.expected_log(r"Token endpoint unreachable")
@pytest.mark.asyncio
async def test_an_unreachable_token_endpoint_is_a_network_error(
    loopback_server: LoopbackServer,
) -> None:
    with socket.socket() as probe:  # a port that was free a moment ago: nothing listens
        probe.bind(("127.0.0.1", 0))
        dead_port = probe.getsockname()[1]
    info = desktop_client_json(loopback_server)
    info["installed"]["token_uri"] = f"http://127.0.0.1:{dead_port}/token"
    browser = FakeBrowser(loopback_server)
    sign_in = GoogleSignIn(parse_client_config(info), open_browser=browser)

    with pytest.raises(NetworkError) as caught:
        await sign_in.run()
    browser.join()

    assert caught.value.explanation == "Could not reach Google to finish signing in."
    assert "Could not reach Google" in browser.page


# Waiting, timing out, cancelling


@pytest.mark.asyncio
async def test_timeout_gives_the_took_too_long_error_and_closes_the_listener(
    loopback_server: LoopbackServer, client_config: OAuthClientConfig
) -> None:
    browser = FakeBrowser(loopback_server, redirect=False)
    sign_in = GoogleSignIn(client_config, open_browser=browser, timeout=0.3)

    with pytest.raises(CredentialsError) as caught:
        await sign_in.run()

    assert caught.value.explanation == "The sign-in took too long."
    assert caught.value.status == "SIGN_IN_TIMEOUT"
    assert sign_in.authorization_url is not None
    await assert_port_closed(listener_port(sign_in))


@pytest.mark.asyncio
async def test_cancelling_closes_the_listener_and_idle_browser_connections(
    loopback_server: LoopbackServer, client_config: OAuthClientConfig
) -> None:
    browser = FakeBrowser(loopback_server, redirect=False)
    sign_in = GoogleSignIn(client_config, open_browser=browser)
    task = asyncio.create_task(sign_in.run())
    await browser.wait_called()
    # Browsers open speculative connections and send nothing on them.
    reader, writer = await asyncio.open_connection("127.0.0.1", listener_port(sign_in))

    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task

    assert await asyncio.wait_for(reader.read(), 5) == b""  # dropped, not left hanging
    writer.close()
    await writer.wait_closed()
    await assert_port_closed(listener_port(sign_in))


# Secrets stay out of the log


@pytest.mark.asyncio
async def test_no_secret_reaches_the_log(
    loopback_server: LoopbackServer,
    client_config: OAuthClientConfig,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    browser = FakeBrowser(loopback_server)
    result = await GoogleSignIn(client_config, open_browser=browser).run()
    browser.join()

    (form,) = loopback_server.token_requests
    secrets = {
        "code": form["code"],
        "verifier": form["code_verifier"],
        "refresh token": result.refresh_token,
        "access token": result.access_token,
        "client secret": CLIENT_SECRET,
        "state": browser.query["state"],
    }
    logged = caplog.text + "".join(repr(record.args) for record in caplog.records)
    assert "Signed in with Google" in logged  # the log is there, only without secrets
    for name, value in secrets.items():
        assert value not in logged, f"the {name} reached the log"


# The client file


def test_a_desktop_client_file_is_read(loopback_server: LoopbackServer) -> None:
    data = json.dumps(desktop_client_json(loopback_server)).encode("utf-8-sig")
    config = parse_client_config(data)
    assert config == OAuthClientConfig(
        client_id=CLIENT_ID,
        client_secret=CLIENT_SECRET,
        auth_uri=f"{loopback_server.base_url}/o/oauth2/auth",
        token_uri=f"{loopback_server.base_url}/token",
    )
    assert CLIENT_SECRET not in repr(config)


def test_google_endpoints_are_the_defaults() -> None:
    config = parse_client_config({"installed": {"client_id": "id", "client_secret": "secret"}})
    assert config.auth_uri == "https://accounts.google.com/o/oauth2/auth"
    assert config.token_uri == "https://oauth2.googleapis.com/token"


def test_a_web_client_file_is_refused_in_plain_words() -> None:
    web = {"web": {"client_id": "id", "client_secret": "secret", "redirect_uris": []}}
    with pytest.raises(CredentialsError) as caught:
        parse_client_config(json.dumps(web))
    assert caught.value.explanation == "This file is for a web application, not a desktop app."
    assert caught.value.hint.startswith("In Google Cloud Console,")
    assert "Desktop app" in caught.value.hint
    assert caught.value.status == "BAD_CLIENT_FILE"


@pytest.mark.parametrize(
    ("data", "explanation"),
    [
        (b"\x89PNG\r\n\x1a\n not json", "This file is not an OAuth client file from Google."),
        ("{not json", "This file is not an OAuth client file from Google."),
        ("[1, 2]", "This file is not an OAuth client file from Google."),
        ('{"hello": "world"}', "This file is not an OAuth client file for a desktop app."),
        (
            {"type": "service_account", "private_key": "x"},
            "This file is a service-account key, not an OAuth client for a desktop app.",
        ),
        (
            {"type": "authorized_user", "refresh_token": "x"},
            "This file holds a saved Google sign-in, not an OAuth client for a desktop app.",
        ),
        ({"installed": {"client_secret": "s"}}, "This OAuth client file has no client ID."),
        ({"installed": {"client_id": "i"}}, "This OAuth client file has no client secret."),
        (
            {"installed": {"client_id": "i", "client_secret": "s", "token_uri": "http://x.com"}},
            "This OAuth client file has a broken Google address in it.",
        ),
    ],
)
def test_other_files_are_refused_in_plain_words(data: Any, explanation: str) -> None:
    with pytest.raises(CredentialsError) as caught:
        parse_client_config(data)
    assert caught.value.explanation == explanation
    assert caught.value.hint
    assert caught.value.status == "BAD_CLIENT_FILE"


def test_sign_in_result_credentials_pass_token_uri(loopback_server: LoopbackServer) -> None:
    result = SignInResult(
        refresh_token="1//refresh",
        access_token="ya29.access",
        expires_in=None,
        client_id=CLIENT_ID,
        client_secret=CLIENT_SECRET,
        token_uri=f"{loopback_server.base_url}/token",
        email=None,
    )
    credentials = result.credentials()
    assert credentials.token_uri == f"{loopback_server.base_url}/token"
    assert "account" not in result.to_authorized_user_info()
