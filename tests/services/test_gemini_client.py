"""The Gemini client end to end against the loopback server: all three protocols, real
google-auth refreshes, faults at every stage, retries only before the first delta."""

from __future__ import annotations

import asyncio
import base64
import time
from typing import Any

import pytest
from google.oauth2 import credentials as user_credentials
from google.oauth2 import service_account

from desktop.core.answer import Answer
from desktop.core.answer_stream import Completed, Retrying, TextDelta, ThoughtDelta
from desktop.core.connection import ApiKind, Connection
from desktop.core.errors import (
    ActionKind,
    ApiKeyInvalidError,
    AuthenticationError,
    CredentialsError,
    InvalidArgumentError,
    ModelNotFoundError,
    NetworkError,
    PromptBlockedError,
    QuotaExceededError,
    ServerError,
    StreamCutOffError,
)
from desktop.core.model_catalogue import capabilities, chat_models, default_chat_model
from desktop.core.model_families import Thinking
from desktop.core.request import (
    GenerateRequest,
    GenerationConfig,
    Part,
    ThinkingConfig,
    user_message,
)
from desktop.core.retry import RetryPolicy
from desktop.services.auth import ApiKeyAuth, GoogleCredentialsAuth
from desktop.services.gemini_client import GeminiClient
from tests.loopback import LoopbackServer, Scenario

pytestmark = pytest.mark.asyncio

SCOPES = ["https://www.googleapis.com/auth/cloud-platform"]
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="
)


class SleepRecorder:
    """Stands in for asyncio.sleep so retry delays are observed, not waited for."""

    def __init__(self) -> None:
        self.delays: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.delays.append(seconds)


def ask(
    text: str = "What is in this photo?", *, photo: bool = True, **config: Any
) -> GenerateRequest:
    parts = (Part.from_bytes(PNG, "image/png"),) if photo else ()
    return GenerateRequest(
        model="gemini-2.5-flash",
        contents=(user_message(text, parts),),
        generation_config=GenerationConfig(**config),
    )


def gemini_client(server: LoopbackServer, **kwargs: Any) -> GeminiClient:
    connection = Connection(ApiKind.GEMINI, base_url=server.base_url)
    return GeminiClient(connection, ApiKeyAuth("test-api-key"), **kwargs)


def vertex_client(server: LoopbackServer, credentials: Any, **kwargs: Any) -> GeminiClient:
    connection = Connection(
        ApiKind.VERTEX, project="test-project", location="us-central1", base_url=server.base_url
    )
    return GeminiClient(connection, GoogleCredentialsAuth(credentials), **kwargs)


async def collect(client: GeminiClient, request: GenerateRequest) -> tuple[list[Any], Answer]:
    events = [event async for event in client.stream(request)]
    assert isinstance(events[-1], Completed)
    return events, events[-1].answer


def signed_in_user(info: dict[str, Any]) -> user_credentials.Credentials:
    """Real user credentials from the loopback's gcloud-style info, with no token yet."""
    return user_credentials.Credentials(
        token=None,
        refresh_token=info["refresh_token"],
        client_id=info["client_id"],
        client_secret=info["client_secret"],
        token_uri=info["token_uri"],
    )


def texts(events: list[Any]) -> str:
    return "".join(e.text for e in events if isinstance(e, TextDelta))


# --- the three protocols ---------------------------------------------------------------------


async def test_gemini_api_streams_with_the_key_in_a_header_only(
    loopback_server: LoopbackServer,
) -> None:
    # Events apart in time: deltas that pile up while the caller is busy come joined.
    loopback_server.script(Scenario(drip_delay=0.05))
    async with gemini_client(loopback_server) as client:
        events, answer = await collect(client, ask())
    assert texts(events) == answer.text
    assert "What is in this photo?" in answer.text and "image/png" in answer.text
    assert sum(isinstance(e, TextDelta) for e in events) >= 2  # it really streamed
    assert answer.finish_reason == "STOP" and answer.model_version
    request = loopback_server.requests[-1]
    assert request.path == "/v1beta/models/gemini-2.5-flash:streamGenerateContent"
    assert request.query == {"alt": "sse"}
    assert request.headers["x-goog-api-key"] == "test-api-key"
    assert "authorization" not in request.headers
    assert request.json["contents"][0]["parts"][0]["inlineData"]["mimeType"] == "image/png"


async def test_vertex_with_a_real_service_account_refresh(
    loopback_server: LoopbackServer, loopback_service_account: dict[str, Any]
) -> None:
    creds = service_account.Credentials.from_service_account_info(
        loopback_service_account, scopes=SCOPES
    )
    async with vertex_client(loopback_server, creds) as client:
        _, answer = await collect(client, ask())
        _, again = await collect(client, ask("Second question", photo=False))
    assert "Second question" in again.text and answer.finish_reason == "STOP"
    grants = [form["grant_type"] for form in loopback_server.token_requests]
    assert grants == ["urn:ietf:params:oauth:grant-type:jwt-bearer"]  # refreshed once, reused
    stream = loopback_server.requests_for("vertex.stream")[-1]
    assert (
        stream.path
        == "/v1/projects/test-project/locations/us-central1/publishers/google/models/gemini-2.5-flash:streamGenerateContent"
    )
    assert stream.headers["authorization"] == f"Bearer {creds.token}"


async def test_vertex_express_mode_uses_the_key(loopback_server: LoopbackServer) -> None:
    connection = Connection(ApiKind.VERTEX, base_url=loopback_server.base_url)
    async with GeminiClient(connection, ApiKeyAuth("test-api-key")) as client:
        _, answer = await collect(client, ask())
    assert answer.finish_reason == "STOP"
    assert (
        loopback_server.requests[-1].path
        == "/v1/publishers/google/models/gemini-2.5-flash:streamGenerateContent"
    )


async def test_json_array_streaming_mode(loopback_server: LoopbackServer) -> None:
    async with gemini_client(loopback_server, sse=False) as client:
        events, answer = await collect(client, ask())
    assert loopback_server.requests[-1].query == {}
    assert texts(events) == answer.text and "image/png" in answer.text


@pytest.mark.parametrize("vertex", [True, False], ids=["vertex-openapi", "any-openai-server"])
async def test_openai_compatible_chat_completions(
    loopback_server: LoopbackServer, vertex: bool
) -> None:
    if vertex:
        connection = Connection(
            ApiKind.OPENAI, project="p", location="us-central1", base_url=loopback_server.base_url
        )
        auth = GoogleCredentialsAuth(user_credentials.Credentials(token="test-access-token"))
    else:
        connection = Connection(ApiKind.OPENAI, base_url=f"{loopback_server.base_url}/v1")
        auth = ApiKeyAuth("test-api-key", header="authorization")
    async with GeminiClient(connection, auth) as client:
        events, answer = await collect(client, ask())
    assert texts(events) == answer.text and "image/png" in answer.text
    assert answer.finish_reason == "stop"
    assert answer.usage is not None and answer.usage["total_tokens"] > 0
    body = loopback_server.requests[-1].json
    assert body["stream"] is True
    assert body["model"] == ("google/gemini-2.5-flash" if vertex else "gemini-2.5-flash")
    assert body["messages"][0]["content"][0]["image_url"]["url"].startswith(
        "data:image/png;base64,"
    )


# --- what comes back --------------------------------------------------------------------------


async def test_thoughts_are_kept_apart_and_last_usage_wins(loopback_server: LoopbackServer) -> None:
    loopback_server.script(Scenario(text="The answer.", thoughts="Thinking it over.", chunks=3))
    async with gemini_client(loopback_server) as client:
        events, answer = await collect(client, ask(thinking=ThinkingConfig(include_thoughts=True)))
    assert "".join(e.text for e in events if isinstance(e, ThoughtDelta)) == "Thinking it over."
    assert (answer.text, answer.thoughts) == ("The answer.", "Thinking it over.")
    assert loopback_server.requests[-1].json["generationConfig"]["thinkingConfig"] == {
        "includeThoughts": True
    }


async def test_last_usage_wins_over_the_wire(loopback_server: LoopbackServer) -> None:
    def event(text: str, candidates: int, finish: str | None = None) -> dict[str, Any]:
        candidate: dict[str, Any] = {"content": {"role": "model", "parts": [{"text": text}]}}
        if finish:
            candidate["finishReason"] = finish
        usage = {
            "promptTokenCount": 10,
            "candidatesTokenCount": candidates,
            "totalTokenCount": 10 + candidates,
        }
        return {
            "candidates": [candidate],
            "usageMetadata": usage,
            "modelVersion": "gemini-2.5-flash-001",
        }

    loopback_server.script(Scenario(events=[event("a", 1), event("b", 4), event("c", 6, "STOP")]))
    async with gemini_client(loopback_server) as client:
        _, answer = await collect(client, ask())
    assert answer.usage == {
        "promptTokenCount": 10,
        "candidatesTokenCount": 6,
        "totalTokenCount": 16,
    }


async def test_hostile_split_boundaries_and_slow_drip(loopback_server: LoopbackServer) -> None:
    text = "Ünïcödé 🐈‍⬛ across every boundary, " * 5
    loopback_server.script(
        Scenario(text=text, chunks=6, split_every=1),
        Scenario(text=text, chunks=6, split_every=7, drip_delay=0.001),
    )
    async with gemini_client(loopback_server) as client:
        _, first = await collect(client, ask())
        _, second = await collect(client, ask())
    assert first.text == text and second.text == text


async def test_blocked_prompt_is_an_error_with_the_reason(loopback_server: LoopbackServer) -> None:
    loopback_server.script(Scenario(block_reason="SAFETY"))
    async with gemini_client(loopback_server) as client:
        with pytest.raises(PromptBlockedError) as caught:
            await collect(client, ask())
    assert caught.value.block_reason == "SAFETY" and "safety" in caught.value.explanation


async def test_stream_without_finish_reason_is_cut_off_and_keeps_the_text(
    loopback_server: LoopbackServer,
) -> None:
    loopback_server.script(Scenario(text="Half of it", finish_reason=None))
    async with gemini_client(loopback_server) as client:
        with pytest.raises(StreamCutOffError) as caught:
            await collect(client, ask())
    assert caught.value.partial is not None and caught.value.partial.text == "Half of it"


# --- faults and retries -----------------------------------------------------------------------


async def test_error_mid_stream_keeps_the_text_and_is_not_retried(
    loopback_server: LoopbackServer,
) -> None:
    loopback_server.script(Scenario(text="one two three four", chunks=4, error_after_events=2))
    shown: list[str] = []
    async with gemini_client(loopback_server, sleep=SleepRecorder()) as client:
        with pytest.raises(ServerError) as caught:
            async for event in client.stream(ask()):
                if isinstance(event, TextDelta):
                    shown.append(event.text)
    assert caught.value.partial is not None and caught.value.partial.text == "".join(shown) != ""
    assert caught.value.status == "UNAVAILABLE"
    assert len(loopback_server.requests) == 1


async def test_connection_reset_mid_stream_keeps_the_text(loopback_server: LoopbackServer) -> None:
    loopback_server.script(Scenario(text="one two three four", chunks=4, reset_after_events=2))
    async with gemini_client(loopback_server, sleep=SleepRecorder()) as client:
        with pytest.raises(NetworkError) as caught:
            await collect(client, ask())
    assert caught.value.partial is not None and caught.value.partial.text
    assert "broke while the answer was arriving" in caught.value.explanation
    assert len(loopback_server.requests) == 1


@pytest.mark.expected_log(r"Attempt \d failed \(NetworkError\)")
async def test_reset_before_anything_is_shown_is_retried(loopback_server: LoopbackServer) -> None:
    loopback_server.script(Scenario(reset_before_response=True), Scenario(reset_after_events=0))
    sleep = SleepRecorder()
    async with gemini_client(loopback_server, sleep=sleep) as client:
        events, answer = await collect(client, ask())
    assert [e.attempt for e in events if isinstance(e, Retrying)] == [2, 3]
    assert len(sleep.delays) == 2 and answer.finish_reason == "STOP"


@pytest.mark.expected_log(r"HTTP 429 from", r"Attempt 1 failed")
async def test_429_waits_as_long_as_retry_info_says(loopback_server: LoopbackServer) -> None:
    loopback_server.script(Scenario.rate_limited("26s"))
    sleep = SleepRecorder()
    async with gemini_client(loopback_server, sleep=sleep) as client:
        events, _ = await collect(client, ask())
    retry = next(e for e in events if isinstance(e, Retrying))
    assert isinstance(retry.error, QuotaExceededError)
    assert sleep.delays == [26.0]


@pytest.mark.expected_log(r"HTTP 503 from", r"Attempt 1 failed")
async def test_retry_after_header_is_honoured(loopback_server: LoopbackServer) -> None:
    loopback_server.script(Scenario.http_error(503, "UNAVAILABLE", "busy", retry_after=3))
    sleep = SleepRecorder()
    async with gemini_client(loopback_server, sleep=sleep) as client:
        await collect(client, ask())
    assert sleep.delays == [3.0]


@pytest.mark.expected_log(r"HTTP 503 from", r"Attempt \d failed")
async def test_overload_gives_up_after_the_policy_attempts(loopback_server: LoopbackServer) -> None:
    loopback_server.script(*[Scenario.overloaded()] * 4)
    sleep = SleepRecorder()
    async with gemini_client(loopback_server, sleep=sleep, retry=RetryPolicy(attempts=3)) as client:
        with pytest.raises(ServerError):
            await collect(client, ask())
    assert len(loopback_server.requests) == 3
    # Full jitter within each doubling step: 0.5-1 s, then 1-2 s.
    assert 0.5 <= sleep.delays[0] <= 1.0 and 1.0 <= sleep.delays[1] <= 2.0


@pytest.mark.expected_log(r"HTTP 400 from")
async def test_bad_request_is_never_retried(loopback_server: LoopbackServer) -> None:
    loopback_server.script(Scenario.http_error(400, "INVALID_ARGUMENT", "empty text parameter"))
    async with gemini_client(loopback_server, sleep=SleepRecorder()) as client:
        with pytest.raises(InvalidArgumentError) as caught:
            await collect(client, ask())
    assert caught.value.details == "empty text parameter"
    assert len(loopback_server.requests) == 1


@pytest.mark.expected_log(r"HTTP 40[04] from")
async def test_wrong_key_and_unknown_model(loopback_server: LoopbackServer) -> None:
    connection = Connection(ApiKind.GEMINI, base_url=loopback_server.base_url)
    async with GeminiClient(connection, ApiKeyAuth("AIza-wrong")) as client:
        with pytest.raises(ApiKeyInvalidError):
            await collect(client, ask())
    loopback_server.strict_models = True
    async with gemini_client(loopback_server) as client:
        with pytest.raises(ModelNotFoundError):
            await collect(
                client, GenerateRequest(model="gemini-0-imaginary", contents=(user_message("hi"),))
            )


@pytest.mark.expected_log(r"Attempt \d failed \(NetworkError\)")
async def test_unreachable_server_is_a_network_error(loopback_server: LoopbackServer) -> None:
    connection = Connection(ApiKind.GEMINI, base_url="http://127.0.0.1:9")  # discard port: closed
    async with GeminiClient(
        connection, ApiKeyAuth("k"), sleep=SleepRecorder(), retry=RetryPolicy(attempts=2)
    ) as client:
        with pytest.raises(NetworkError, match=r"Could not reach the server at 127\.0\.0\.1"):
            await collect(client, ask())


async def test_cancelling_mid_stream_closes_the_connection(loopback_server: LoopbackServer) -> None:
    loopback_server.script(Scenario(text="slow " * 40, chunks=40, drip_delay=0.05))
    first_delta = asyncio.Event()

    async def consume(client: GeminiClient) -> None:
        async for event in client.stream(ask()):
            if isinstance(event, TextDelta):
                first_delta.set()

    async with gemini_client(loopback_server) as client:
        task = asyncio.create_task(consume(client))
        await asyncio.wait_for(first_delta.wait(), 5)
        streaming = loopback_server.requests[-1].connection
        assert loopback_server.is_connection_open(streaming)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        # The half-read response cannot go back to the pool: the socket is closed, and the
        # server sees its connection end long before the 40 slow events would have.
        async with asyncio.timeout(1.0):
            while loopback_server.is_connection_open(streaming):  # noqa: ASYNC110 - another thread's state
                await asyncio.sleep(0.01)
        _, answer = await collect(client, ask("after cancel", photo=False))
    assert "after cancel" in answer.text


# --- tokens ------------------------------------------------------------------------------------


async def test_expired_token_is_refreshed_once_and_the_request_resent(
    loopback_server: LoopbackServer, loopback_authorized_user: dict[str, Any]
) -> None:
    creds = signed_in_user(loopback_authorized_user)
    async with vertex_client(loopback_server, creds) as client:
        await collect(client, ask("first", photo=False))
        # The server forgets the token while google-auth still believes it valid: a 401.
        loopback_server.expire_all_tokens()
        results = await asyncio.gather(
            *(collect(client, ask(f"q{i}", photo=False)) for i in range(5))
        )
    assert all(answer.finish_reason == "STOP" for _, answer in results)
    grants = [form["grant_type"] for form in loopback_server.token_requests]
    assert grants == ["refresh_token", "refresh_token"]  # one refresh at a time, not one each


async def test_refused_refresh_says_sign_in_again(
    loopback_server: LoopbackServer, loopback_authorized_user: dict[str, Any]
) -> None:
    creds = user_credentials.Credentials(
        token=None,
        refresh_token="revoked-token",
        client_id="c",
        client_secret="s",
        token_uri=loopback_authorized_user["token_uri"],
    )
    async with vertex_client(loopback_server, creds) as client:
        with pytest.raises(CredentialsError, match="did not accept your saved sign-in"):
            await collect(client, ask())


async def test_a_token_endpoint_failing_with_500_says_try_again_not_sign_in(
    loopback_server: LoopbackServer, loopback_authorized_user: dict[str, Any]
) -> None:
    creds = signed_in_user(loopback_authorized_user)
    for _ in range(3):  # google-auth itself tries a 500 three times
        loopback_server.script_token_error("internal_failure", "Backend Error", status=500)
    async with vertex_client(loopback_server, creds) as client:
        with pytest.raises(ServerError) as caught:
            await collect(client, ask())
    assert caught.value.user_text() == (
        "Google's sign-in service had a problem renewing your sign-in. Try again in a moment."
    )
    assert caught.value.action.kind is ActionKind.RETRY
    assert len(loopback_server.token_requests) == 3
    assert not loopback_server.requests_for("vertex.stream")  # nothing sent unsigned
    # The saved sign-in was fine: once the service is back, the same credentials work.
    async with vertex_client(loopback_server, creds) as client:
        _, answer = await collect(client, ask("again", photo=False))
    assert "again" in answer.text


async def test_401_after_refresh_is_an_authentication_error(
    loopback_server: LoopbackServer,
) -> None:
    creds = user_credentials.Credentials(token="not-a-token-the-server-knows")
    async with vertex_client(loopback_server, creds) as client:
        with pytest.raises((AuthenticationError, CredentialsError)):
            await collect(client, ask())


# --- models and tokens -------------------------------------------------------------------------


async def test_list_models_pages_through_everything(
    loopback_server: LoopbackServer, loopback_service_account: dict[str, Any]
) -> None:
    loopback_server.models = [f"gemini-test-{n:03d}" for n in range(250)]  # three pages of 100
    async with gemini_client(loopback_server) as client:
        gemini_models = await client.list_models()
    creds = service_account.Credentials.from_service_account_info(
        loopback_service_account, scopes=SCOPES
    )
    async with vertex_client(loopback_server, creds) as client:
        vertex_models = await client.list_models()
    expected = list(loopback_server.models)
    assert [m.id for m in gemini_models] == expected
    assert [m.id for m in vertex_models] == expected
    pages = [r.query.get("pageToken") for r in loopback_server.requests_for("gemini.models")]
    assert len(pages) == 3 and pages[0] is None and all(pages[1:])


async def test_the_catalogue_reads_both_lists_across_pages(
    loopback_server: LoopbackServer, loopback_service_account: dict[str, Any]
) -> None:
    loopback_server.model_page_limit = 4  # the default 13 models come in four pages
    async with gemini_client(loopback_server) as client:
        gemini_models = await client.list_models()
    creds = service_account.Credentials.from_service_account_info(
        loopback_service_account, scopes=SCOPES
    )
    async with vertex_client(loopback_server, creds) as client:
        vertex_models = await client.list_models()
    assert len(loopback_server.requests_for("gemini.models")) == 4
    assert len(loopback_server.requests_for("vertex.models")) == 4
    chat = ["gemini-3.8-flash", "gemini-3.1-pro-preview", "gemini-3.5-flash-lite"]
    for models in (gemini_models, vertex_models):
        assert [m.id for m in chat_models(models)][:3] == chat
        assert len(chat_models(models)) == 8 and len(models) == 13
        assert default_chat_model(models) == "gemini-3.8-flash"
    imagen = next(m for m in gemini_models if m.id.startswith("imagen"))
    assert imagen.methods == ("predict",) and not capabilities(imagen).chat
    flash = capabilities(gemini_models[0])
    assert flash.thinking is Thinking.LEVEL and flash.max_temperature == 2.0
    assert (flash.input_token_limit, flash.output_token_limit) == (1_048_576, 65_536)
    assert [capabilities(m).preview for m in vertex_models[:2]] == [False, True]


async def test_count_tokens(loopback_server: LoopbackServer) -> None:
    async with gemini_client(loopback_server) as client:
        count = await client.count_tokens(ask("one two three", photo=False))
    assert count > 0
    assert loopback_server.requests[-1].path.endswith(":countTokens")


@pytest.mark.expected_log(r"HTTP 503 from", r"Attempt 1 failed")
async def test_generate_without_streaming(loopback_server: LoopbackServer) -> None:
    loopback_server.script(Scenario.overloaded())
    async with gemini_client(loopback_server, sleep=SleepRecorder()) as client:
        answer = await client.generate(ask("plain", photo=False))
    assert "plain" in answer.text and answer.finish_reason == "STOP"
    assert loopback_server.requests[-1].path.endswith(":generateContent")


class CountingCredentials(user_credentials.Credentials):
    """Real user credentials that count refreshes in flight, and take their time."""

    in_flight = 0
    most_in_flight = 0
    refreshes = 0

    def refresh(self, request: Any) -> None:
        type(self).in_flight += 1
        type(self).most_in_flight = max(self.most_in_flight, self.in_flight)
        try:
            time.sleep(0.2)  # widen the window in which a cancelled caller could let a second start
            super().refresh(request)
            type(self).refreshes += 1
        finally:
            type(self).in_flight -= 1


async def test_a_cancelled_request_cannot_start_a_second_refresh(
    loopback_server: LoopbackServer, loopback_authorized_user: dict[str, Any]
) -> None:
    info = loopback_authorized_user
    creds = CountingCredentials(
        token=None,
        refresh_token=info["refresh_token"],
        client_id=info["client_id"],
        client_secret=info["client_secret"],
        token_uri=info["token_uri"],
    )
    async with vertex_client(loopback_server, creds) as client:
        first = asyncio.create_task(collect(client, ask("first", photo=False)))
        await asyncio.sleep(0.05)  # the refresh is now running in its worker thread
        first.cancel()
        _, answer = await collect(client, ask("second", photo=False))
    assert "second" in answer.text
    assert (CountingCredentials.most_in_flight, CountingCredentials.refreshes) == (1, 1)


async def test_a_token_about_to_expire_is_refreshed_before_it_is_used(
    loopback_server: LoopbackServer, loopback_service_account: dict[str, Any]
) -> None:
    # Tokens that live 60 s are inside google-auth's refresh margin (3 min 45 s): each
    # request refreshes first instead of sending a token that may expire on the way.
    loopback_server.token_lifetime = 60
    creds = service_account.Credentials.from_service_account_info(
        loopback_service_account, scopes=SCOPES
    )
    async with vertex_client(loopback_server, creds) as client:
        for n in range(3):
            await collect(client, ask(f"long chat turn {n}", photo=False))
    assert len(loopback_server.token_requests) == 3
    streams = loopback_server.requests_for("vertex.stream")
    assert len(streams) == 3  # no request was refused and resent: none went out stale
    assert len({r.headers["authorization"] for r in streams}) == 3
