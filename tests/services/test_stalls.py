"""Waits that end: a server that goes silent or drips bytes without ever completing an
event is given up on after GEMINI_DESKTOP_STALL_TIMEOUT_S, once, with what arrived kept."""

from __future__ import annotations

import time
from typing import Any

import pytest
from google.oauth2 import service_account

from desktop.core.answer_stream import Completed, TextDelta
from desktop.core.connection import ApiKind, Connection
from desktop.core.conversation import ChatSettings, TurnStatus
from desktop.core.errors import ActionKind, StalledError
from desktop.core.messages import Message, Seconds
from desktop.core.request import GenerateRequest, user_message
from desktop.services.auth import REFRESH_LIMIT, ApiKeyAuth, GoogleCredentialsAuth
from desktop.services.chat_service import ChatService
from desktop.services.gemini_client import GeminiClient
from desktop.services.http import stall_timeout
from tests.loopback import LoopbackServer, Scenario

pytestmark = pytest.mark.asyncio

STALL = 1.0
# Slack for a loaded two-core machine: the bound is STALL, the test allows this much more.
SLACK = 1.5
REQUEST = GenerateRequest(model="gemini-2.5-flash", contents=(user_message("Think hard"),))


@pytest.fixture(autouse=True)
def small_stall_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GEMINI_DESKTOP_STALL_TIMEOUT_S", str(STALL))


def client_for(server: LoopbackServer, *, sse: bool = True) -> GeminiClient:
    connection = Connection(ApiKind.GEMINI, base_url=server.base_url)
    return GeminiClient(connection, ApiKeyAuth("test-api-key"), sse=sse)


async def stream_until_it_fails(
    server: LoopbackServer, *, sse: bool = True
) -> tuple[StalledError, str, float]:
    """The error, the text shown before it, and the seconds it took."""
    shown = ""
    started = time.monotonic()
    async with client_for(server, sse=sse) as client:
        with pytest.raises(StalledError) as caught:
            async for event in client.stream(REQUEST):
                if isinstance(event, TextDelta):
                    shown += event.text
    return caught.value, shown, time.monotonic() - started


def server_words(server: LoopbackServer) -> Message:
    return Message("net.stalled_server", host="127.0.0.1", wait=Seconds(STALL))


@pytest.mark.parametrize("sse", [True, False], ids=["sse", "json-array"])
async def test_headers_then_silence_gives_up_once_after_the_limit(
    loopback_server: LoopbackServer, sse: bool
) -> None:
    loopback_server.script(Scenario(silence_after_events=0))
    error, shown, took = await stream_until_it_fails(loopback_server, sse=sse)
    assert error.words == server_words(loopback_server)
    assert error.hint_words == Message("net.stalled.hint")
    assert error.user_text() == (
        "The server at 127.0.0.1 sent no answer for 1 second. Try again. If it keeps "
        "happening, choose a lower thinking level or check your proxy."
    )
    assert error.action.kind is ActionKind.RETRY and not error.retryable
    assert shown == "" and (error.partial is None or error.partial.text == "")
    assert len(loopback_server.requests_for("gemini.stream")) == 1  # not retried
    assert STALL <= took < STALL + SLACK


async def test_a_drip_that_never_completes_an_event_gives_up_after_the_limit(
    loopback_server: LoopbackServer,
) -> None:
    # A byte every 50 ms: httpx's read timeout (a gap between chunks) would never fire.
    loopback_server.script(Scenario(drip_forever=True, silence_after_events=0, drip_delay=0.05))
    error, _, took = await stream_until_it_fails(loopback_server)
    assert error.words == server_words(loopback_server)
    assert len(loopback_server.requests_for("gemini.stream")) == 1
    assert STALL <= took < STALL + SLACK


async def test_a_stall_mid_answer_keeps_what_arrived(loopback_server: LoopbackServer) -> None:
    loopback_server.script(
        Scenario(text="kept words", chunks=2, silence_after_events=1, drip_forever=True)
    )
    error, shown, took = await stream_until_it_fails(loopback_server)
    assert shown == "kept "  # the first of two events
    assert error.partial is not None and error.partial.text == "kept "
    assert error.words == Message("net.stalled_mid_answer", wait=Seconds(STALL))
    assert error.user_text() == (
        "The answer stopped arriving: no more of it came for 1 second. "
        "What arrived is kept. Send again to get the whole answer."
    )
    assert len(loopback_server.requests_for("gemini.stream")) == 1
    assert STALL <= took < STALL + SLACK


async def test_a_slow_answer_whose_events_keep_coming_is_not_cut(
    loopback_server: LoopbackServer,
) -> None:
    # Each event within the limit, the whole answer well over it: the limit is per event.
    loopback_server.script(Scenario(text="a b c d e f ", chunks=6, drip_delay=0.4))
    started = time.monotonic()
    async with client_for(loopback_server) as client:
        events = [event async for event in client.stream(REQUEST)]
    assert time.monotonic() - started > STALL
    assert isinstance(events[-1], Completed) and events[-1].answer.text == "a b c d e f "


async def test_headers_that_never_come_end_within_the_limit(
    loopback_server: LoopbackServer,
) -> None:
    loopback_server.script(Scenario(delay_before_headers=30))
    error, _, took = await stream_until_it_fails(loopback_server)
    assert error.words == server_words(loopback_server)
    assert len(loopback_server.requests_for("gemini.stream")) == 1
    assert STALL <= took < STALL + SLACK


async def test_a_whole_reply_is_bounded_by_the_limit(loopback_server: LoopbackServer) -> None:
    loopback_server.script(Scenario(silence_after_events=0))
    started = time.monotonic()
    async with client_for(loopback_server) as client:
        with pytest.raises(StalledError) as caught:
            await client.generate(REQUEST)
    assert caught.value.words == server_words(loopback_server)
    assert len(loopback_server.requests_for("gemini.generate")) == 1
    assert time.monotonic() - started < STALL + SLACK


async def test_the_history_keeps_the_answer_that_stalled_with_its_reason(
    service: ChatService, loopback_server: LoopbackServer
) -> None:
    loopback_server.script(Scenario(text="kept words", chunks=2, silence_after_events=1))
    with pytest.raises(StalledError):
        [event async for event in service.send("Go", [], ChatSettings(model="gemini-2.5-flash"))]
    assert service.conversation_id is not None
    answer = service.history.load(service.conversation_id).turns[-1]
    assert answer.status is TurnStatus.FAILED and answer.text == "kept "
    assert answer.error is not None and "no more of it came for 1 second" in str(answer.error)


@pytest.mark.parametrize("value", ["", "0", "-3", "soon", "inf", "nan"])
@pytest.mark.expected_log(r"GEMINI_DESKTOP_STALL_TIMEOUT_S=.* is not a number of seconds")
async def test_a_missing_or_unusable_limit_means_five_minutes(
    monkeypatch: pytest.MonkeyPatch, value: str
) -> None:
    monkeypatch.setenv("GEMINI_DESKTOP_STALL_TIMEOUT_S", value)
    assert stall_timeout() == 300.0


async def test_the_limit_can_be_longer_for_a_slow_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GEMINI_DESKTOP_STALL_TIMEOUT_S", "900")
    assert stall_timeout() == 900.0


async def test_a_token_endpoint_that_hangs_gives_up_once_after_the_refresh_limit(
    loopback_server: LoopbackServer,
    loopback_service_account: dict[str, Any],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("GEMINI_DESKTOP_STALL_TIMEOUT_S", "30")  # the refresh's own limit ends it
    loopback_server.script_token_hang(10)
    credentials = service_account.Credentials.from_service_account_info(
        loopback_service_account, scopes=["https://www.googleapis.com/auth/cloud-platform"]
    )
    connection = Connection(
        ApiKind.VERTEX, project="p", location="us-central1", base_url=loopback_server.base_url
    )
    auth = GoogleCredentialsAuth(credentials, refresh_limit=STALL)
    started = time.monotonic()
    async with GeminiClient(connection, auth) as client:
        with pytest.raises(StalledError) as caught:
            [event async for event in client.stream(REQUEST)]
    took = time.monotonic() - started
    assert caught.value.words == Message("auth.timeout", wait=Seconds(STALL))
    assert caught.value.user_text() == (
        "Google's sign-in service did not answer within 1 second. "
        "Check your internet connection, then try again."
    )
    assert len(loopback_server.token_requests) == 1  # not tried again
    assert loopback_server.requests_for("vertex") == []
    assert STALL <= took < STALL + SLACK


async def test_the_sign_in_refresh_gives_up_within_a_minute_by_default() -> None:
    assert REFRESH_LIMIT == 60.0


async def test_a_hanging_token_endpoint_is_bounded_by_the_stall_limit_and_named(
    loopback_server: LoopbackServer, loopback_service_account: dict[str, Any]
) -> None:
    """The refresh's own limit is the stall limit when that is shorter, and the words name
    Google's sign-in service (the wait was on it), not the server that answers."""
    loopback_server.script_token_hang(10)
    credentials = service_account.Credentials.from_service_account_info(
        loopback_service_account, scopes=["https://www.googleapis.com/auth/cloud-platform"]
    )
    connection = Connection(
        ApiKind.VERTEX, project="p", location="us-central1", base_url=loopback_server.base_url
    )
    started = time.monotonic()
    async with GeminiClient(connection, GoogleCredentialsAuth(credentials)) as client:
        with pytest.raises(StalledError) as caught:
            [event async for event in client.stream(REQUEST)]
    assert caught.value.words == Message("auth.timeout", wait=Seconds(STALL))
    assert len(loopback_server.token_requests) == 1
    assert time.monotonic() - started < STALL + SLACK
