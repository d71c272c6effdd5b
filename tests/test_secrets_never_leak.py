"""A whole session — sign in three ways, chat, hit errors, run `describe` — with logging at
DEBUG; then every file the app wrote and everything it printed or logged is searched for
every secret it handled. None may appear."""

from __future__ import annotations

import asyncio
import json
import logging
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from keyring.backends import SecretService as SecretServiceBackend

from desktop.core.answer_stream import TextDelta
from desktop.core.conversation import ChatSettings
from desktop.core.errors import GeminiError
from desktop.core.profile import Profile, SignInKind
from desktop.log import setup_logging
from desktop.services.chat_service import ChatService
from desktop.services.connections import ConnectionManager
from desktop.services.google_sign_in import GoogleSignIn, parse_client_config
from desktop.services.history import HistoryStore
from desktop.services.profile_store import ChunkedKeyring, ProfileStore
from tests.loopback import LoopbackServer, Scenario
from tests.loopback.browser import CLIENT_SECRET, FakeBrowser, desktop_client_json

pytestmark = pytest.mark.asyncio
STUDIO_KEY = "AIzaSyD-this-is-a-made-up-studio-key-01"


async def chat(service: ChatService, profile: Profile, prompt: str) -> str:
    """One turn through the app's own path: saved in the history, streamed, saved again."""
    await service.connections.activate(profile.id)
    events = [event async for event in service.send(prompt, [], ChatSettings())]
    return "".join(event.text for event in events if isinstance(event, TextDelta))


@pytest.mark.expected_log(r"HTTP 4(00|29) from", r"Attempt 1 failed")
async def test_no_secret_reaches_a_file_a_log_or_the_terminal(
    loopback_server: LoopbackServer,
    secret_service_keyring: SecretServiceBackend.Keyring,
    loopback_service_account: dict[str, Any],
    isolated_home: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    log_file = setup_logging("DEBUG", console=False)
    caplog.set_level(logging.DEBUG)
    loopback_server.api_keys.add(STUDIO_KEY)
    manager = ConnectionManager(ProfileStore(ChunkedKeyring(secret_service_keyring)), {})
    history = HistoryStore.open()  # in GEMINI_DESKTOP_HOME: searched below with the rest
    service = ChatService(manager, history)
    base = loopback_server.base_url

    # Sign in three ways, as the setup dialog does.
    studio = Profile.new("Studio", SignInKind.GEMINI_API_KEY, base_url=base)
    await manager.save(studio, STUDIO_KEY)
    work = Profile.new(
        "Work",
        SignInKind.SERVICE_ACCOUNT,
        project="test-project",
        location="us-central1",
        base_url=base,
    )
    await manager.save(work, json.dumps(loopback_service_account))
    browser = FakeBrowser(loopback_server)
    result = await GoogleSignIn(
        parse_client_config(json.dumps(desktop_client_json(loopback_server))), open_browser=browser
    ).run()
    google = Profile.new(
        "Me",
        SignInKind.GOOGLE_SIGN_IN,
        project="test-project",
        location="us-central1",
        base_url=base,
    )
    await manager.save(google, json.dumps(result.to_authorized_user_info()))

    # Chat with each, then meet errors: a rejected key, an expired token, a quota.
    for profile in (studio, work, google):
        assert "You said" in await chat(service, profile, f"Hello from {profile.name}")
    await manager.save(studio, "AIzaSyD-this-is-a-wrong-key-000000000")
    with pytest.raises(GeminiError):
        await chat(service, studio, "with a wrong key")
    await manager.save(studio, STUDIO_KEY)
    loopback_server.expire_all_tokens()
    assert "You said" in await chat(service, work, "after the token expired")
    loopback_server.script(Scenario.rate_limited("0.01s"))
    assert "You said" in await chat(service, google, "through a quota error")
    loopback_server.script(Scenario.http_error(400, "INVALID_ARGUMENT", "bad"))
    with pytest.raises(GeminiError):
        await chat(service, google, "and a rejected request")
    await manager.aclose()
    history.close()

    # The terminal command, with the key in its environment.
    child = await asyncio.to_thread(
        subprocess.run,
        [sys.executable, "-m", "desktop", "describe", "--prompt", "hi", "--json"],
        capture_output=True, text=True, encoding="utf-8", timeout=60, check=False,
        env={**_environ(), "GEMINI_API_KEY": STUDIO_KEY, "GOOGLE_GEMINI_BASE_URL": base, "GEMINI_DESKTOP_LOG_LEVEL": "DEBUG"},
    )  # fmt: skip
    assert child.returncode == 0, child.stderr

    secrets = {
        "studio key": STUDIO_KEY,
        "private key": _key_body(loopback_service_account["private_key"]),
        "OAuth client secret": CLIENT_SECRET,
        "refresh token": result.refresh_token,
        "authorization code": browser.code or "",
        **{f"access token {n}": token for n, token in enumerate(loopback_server.issued_tokens)},
    }
    assert len(secrets) >= 7 and all(secrets.values())
    written = _everything_written(isolated_home)
    assert str(log_file) in written and "Access token refreshed" in written[str(log_file)]
    places = {
        **written,
        "captured log": caplog.text,
        "describe stdout": child.stdout,
        "describe stderr": child.stderr,
    }
    leaks = [
        (what, where)
        for what, value in secrets.items()
        for where, text in places.items()
        if value in text
    ]
    assert leaks == []


def _everything_written(home: Path) -> dict[str, str]:
    return {
        str(path): path.read_bytes().decode("utf-8", "replace")
        for path in home.rglob("*")
        if path.is_file()
    }


def _key_body(pem: str) -> str:
    """A long line from the middle of the private key: enough to recognise any copy of it."""
    lines = [line for line in pem.splitlines() if line and not line.startswith("-----")]
    return lines[len(lines) // 2]


def _environ() -> dict[str, str]:
    import os

    return dict(os.environ)
