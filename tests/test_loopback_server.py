"""The loopback server speaks Google's and OpenAI's wire formats: proven with the official clients."""

from __future__ import annotations

import base64
import json
import math
import threading
import time
from collections.abc import Iterator
from typing import Any

import google.auth.exceptions
import httpx2
import openai
import pytest
from google import genai
from google.auth.transport.requests import Request
from google.genai import errors, types
from google.oauth2 import credentials as user_credentials
from google.oauth2 import service_account

from tests.loopback.gemini import echo_text
from tests.loopback.server import LoopbackServer, Scenario

CLOUD_PLATFORM = "https://www.googleapis.com/auth/cloud-platform"
PNG_BYTES = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4 + b"tail"  # 1036 bytes
VERTEX_STREAM = "/v1/projects/p/locations/us-central1/publishers/google/models/gemini-2.5-flash"
GEMINI_MODEL = "/v1beta/models/gemini-2.5-flash"
FIXED_EVENTS = [
    {"candidates": [{"content": {"role": "model", "parts": [{"text": "héllo, "}]}}]},
    {"candidates": [{"content": {"role": "model", "parts": [{"text": "wörld ✓"}]}}]},
    {"candidates": [{"finishReason": "STOP"}], "usageMetadata": {"totalTokenCount": 5}},
]


@pytest.fixture
def server(loopback_server: LoopbackServer) -> LoopbackServer:
    return loopback_server


@pytest.fixture
def gemini_client(server: LoopbackServer) -> Iterator[genai.Client]:
    client = genai.Client(
        api_key="test-api-key", http_options=types.HttpOptions(base_url=server.base_url)
    )
    yield client
    client.close()


@pytest.fixture
def http(server: LoopbackServer) -> Iterator[httpx2.Client]:
    with httpx2.Client(base_url=server.base_url, timeout=5) as client:
        yield client


def _prompt_with_image() -> list[Any]:
    return ["Describe this", types.Part.from_bytes(data=PNG_BYTES, mime_type="image/png")]


def _vertex_client(server: LoopbackServer, credentials: Any) -> genai.Client:
    return genai.Client(
        vertexai=True,
        project="p",
        location="us-central1",
        credentials=credentials,
        http_options=types.HttpOptions(base_url=server.base_url),
    )


def _sse_events(body: bytes, separator: bytes = b"\r\n\r\n") -> list[dict[str, Any]]:
    blocks = [block for block in body.split(separator) if block]
    assert all(block.startswith(b"data: ") for block in blocks), body
    return [json.loads(block[len(b"data: ") :]) for block in blocks]


def _gemini_post(
    http: httpx2.Client, method: str, query: str = "?alt=sse", **kwargs: Any
) -> httpx2.Response:
    headers = kwargs.pop("headers", {"x-goog-api-key": "test-api-key"})
    body = {"contents": [{"role": "user", "parts": [{"text": "Hi"}]}]}
    return http.post(f"{GEMINI_MODEL}:{method}{query}", json=body, headers=headers, **kwargs)


# google-genai, Gemini Developer API


def test_genai_generate_content_echoes_text_and_attachment(
    server: LoopbackServer, gemini_client: genai.Client
) -> None:
    response = gemini_client.models.generate_content(
        model="gemini-2.5-flash", contents=_prompt_with_image()
    )

    assert response.text == echo_text("Describe this", [("image/png", len(PNG_BYTES))])
    assert response.text == "You said: Describe this. Attachment 1: image/png, 1036 bytes."
    usage = response.usage_metadata
    assert usage is not None
    assert usage.prompt_token_count == 2 + 258
    assert usage.total_token_count == usage.prompt_token_count + usage.candidates_token_count
    (request,) = server.requests
    assert request.route == "gemini.generate"
    assert request.headers["x-goog-api-key"] == "test-api-key"
    assert "key" not in request.query


def test_genai_stream_yields_chunks_with_cumulative_usage(
    server: LoopbackServer, gemini_client: genai.Client
) -> None:
    chunks = list(
        gemini_client.models.generate_content_stream(
            model="gemini-2.5-flash", contents="Why is the sky blue?"
        )
    )

    assert len(chunks) == 3
    assert "".join(chunk.text or "" for chunk in chunks) == "You said: Why is the sky blue?."
    counts = [chunk.usage_metadata.candidates_token_count for chunk in chunks]
    assert counts == sorted(counts)
    # Every event carries the running total: the last one is the answer, not a sum.
    assert counts[-1] == 7  # words in "You said: Why is the sky blue?."
    assert chunks[-1].candidates[0].finish_reason == types.FinishReason.STOP
    (request,) = server.requests
    assert request.route == "gemini.stream"
    assert request.query == {"alt": "sse"}


@pytest.mark.asyncio
async def test_genai_async_generate_and_stream(server: LoopbackServer) -> None:
    client = genai.Client(
        api_key="test-api-key", http_options=types.HttpOptions(base_url=server.base_url)
    )
    try:
        response = await client.aio.models.generate_content(
            model="gemini-2.5-flash", contents="async hello"
        )
        assert response.text == "You said: async hello."
        stream = await client.aio.models.generate_content_stream(
            model="gemini-2.5-flash", contents=_prompt_with_image()
        )
        text = "".join([chunk.text or "" async for chunk in stream])
        assert text == echo_text("Describe this", [("image/png", len(PNG_BYTES))])
    finally:
        await client.aio.aclose()
        client.close()
    assert [r.route for r in server.requests] == ["gemini.generate", "gemini.stream"]


def test_genai_thoughts_come_first_as_thought_parts(
    server: LoopbackServer, gemini_client: genai.Client
) -> None:
    server.script(Scenario(thoughts="Thinking about skies.", text="It scatters.", chunks=2))
    config = types.GenerateContentConfig(
        thinking_config=types.ThinkingConfig(include_thoughts=True)
    )

    chunks = list(
        gemini_client.models.generate_content_stream(
            model="gemini-2.5-flash", contents="Why?", config=config
        )
    )

    parts = [part for chunk in chunks for part in chunk.candidates[0].content.parts]
    thoughts = "".join(part.text for part in parts if part.thought)
    answer = "".join(part.text for part in parts if not part.thought)
    assert (thoughts, answer) == ("Thinking about skies.", "It scatters.")
    assert [bool(part.thought) for part in parts] == [True, True, False, False]
    assert chunks[-1].usage_metadata.thoughts_token_count == 3
    generation_config = server.requests[0].json["generationConfig"]
    assert generation_config["thinkingConfig"] == {"include_thoughts": True}


def test_genai_generate_content_merges_thoughts_and_answer(
    server: LoopbackServer, gemini_client: genai.Client
) -> None:
    server.script(Scenario(thoughts="Hmm, let me see.", text="Forty-two."))

    response = gemini_client.models.generate_content(model="gemini-2.5-flash", contents="?")

    parts = response.candidates[0].content.parts
    assert [(part.text, bool(part.thought)) for part in parts] == [
        ("Hmm, let me see.", True),
        ("Forty-two.", False),
    ]


def test_genai_rate_limit_raises_client_error_with_details(
    server: LoopbackServer, gemini_client: genai.Client
) -> None:
    server.script(Scenario.rate_limited("26s", retry_after=26))

    with pytest.raises(errors.ClientError) as caught:
        gemini_client.models.generate_content(model="gemini-2.5-flash", contents="Hi")

    assert caught.value.code == 429
    assert caught.value.status == "RESOURCE_EXHAUSTED"
    details = caught.value.details["error"]["details"]
    assert {"@type": "type.googleapis.com/google.rpc.RetryInfo", "retryDelay": "26s"} in details
    assert caught.value.response.headers["retry-after"] == "26"


def test_genai_error_mid_stream_raises_after_first_chunk(
    server: LoopbackServer, gemini_client: genai.Client
) -> None:
    server.script(Scenario(text="one two three four", chunks=4, error_after_events=2))

    received = []
    with pytest.raises(errors.ServerError) as caught:
        for chunk in gemini_client.models.generate_content_stream(
            model="gemini-2.5-flash", contents="Hi"
        ):
            received.append(chunk.text)

    assert received == ["one t", "wo th"]
    assert caught.value.code == 503
    assert caught.value.status == "UNAVAILABLE"


def test_genai_blocked_prompt_has_prompt_feedback(
    server: LoopbackServer, gemini_client: genai.Client
) -> None:
    server.script(Scenario(block_reason="SAFETY", block_reason_message="Blocked for safety."))

    chunks = list(
        gemini_client.models.generate_content_stream(model="gemini-2.5-flash", contents="Hi")
    )

    (chunk,) = chunks
    assert chunk.candidates is None
    assert chunk.prompt_feedback.block_reason == types.BlockedReason.SAFETY
    assert chunk.prompt_feedback.block_reason_message == "Blocked for safety."


def test_genai_citations_use_the_gemini_api_key(
    server: LoopbackServer, gemini_client: genai.Client
) -> None:
    citation = {"startIndex": 0, "endIndex": 3, "uri": "https://example.com/"}
    server.script(Scenario(text="Cited text.", citations=[citation]))

    response = gemini_client.models.generate_content(model="gemini-2.5-flash", contents="Hi")

    (parsed,) = response.candidates[0].citation_metadata.citations
    assert parsed.uri == "https://example.com/"


def test_genai_models_list_pages_through_all_models(
    server: LoopbackServer, gemini_client: genai.Client
) -> None:
    names = [model.name for model in gemini_client.models.list(config={"page_size": 2})]

    assert names == [f"models/{model}" for model in server.models]
    tokens = [request.query.get("pageToken") for request in server.requests]
    assert len(tokens) == math.ceil(len(server.models) / 2)
    assert tokens[0] is None and all(tokens[1:])
    assert all(request.route == "gemini.models" for request in server.requests)


def test_genai_count_tokens(server: LoopbackServer, gemini_client: genai.Client) -> None:
    response = gemini_client.models.count_tokens(
        model="gemini-2.5-flash", contents="four words right here"
    )

    assert response.total_tokens == 4
    assert server.requests[0].route == "gemini.count"


def test_genai_bad_api_key_gets_googles_exact_error(server: LoopbackServer) -> None:
    client = genai.Client(api_key="wrong", http_options=types.HttpOptions(base_url=server.base_url))
    try:
        with pytest.raises(errors.ClientError) as caught:
            client.models.generate_content(model="gemini-2.5-flash", contents="Hi")
    finally:
        client.close()

    assert caught.value.code == 400
    assert caught.value.message == "API key not valid. Please pass a valid API key."
    (info, _localized) = caught.value.details["error"]["details"]
    assert info["reason"] == "API_KEY_INVALID"
    assert info["domain"] == "googleapis.com"


# google-genai, Vertex AI


def test_genai_vertex_with_service_account_streams(
    server: LoopbackServer, loopback_service_account: dict[str, Any]
) -> None:
    creds = service_account.Credentials.from_service_account_info(
        loopback_service_account, scopes=[CLOUD_PLATFORM]
    )
    client = _vertex_client(server, creds)
    try:
        text = "".join(
            chunk.text or ""
            for chunk in client.models.generate_content_stream(
                model="gemini-2.5-flash", contents="Hello Vertex"
            )
        )
    finally:
        client.close()

    assert text == "You said: Hello Vertex."
    (grant,) = server.token_requests
    assert grant["grant_type"] == "urn:ietf:params:oauth:grant-type:jwt-bearer"
    (stream,) = server.requests_for("vertex")
    assert stream.route == "vertex.stream"
    assert stream.path.startswith("/v1beta1/projects/p/locations/us-central1/")
    assert stream.headers["authorization"] == f"Bearer {creds.token}"
    assert creds.token in server.issued_tokens


def test_genai_vertex_expired_token_gets_401(
    server: LoopbackServer, loopback_service_account: dict[str, Any]
) -> None:
    creds = service_account.Credentials.from_service_account_info(
        loopback_service_account, scopes=[CLOUD_PLATFORM]
    )
    client = _vertex_client(server, creds)
    try:
        client.models.generate_content(model="gemini-2.5-flash", contents="first")
        server.expire_all_tokens()
        with pytest.raises(errors.ClientError) as caught:
            client.models.generate_content(model="gemini-2.5-flash", contents="second")
    finally:
        client.close()

    assert caught.value.code == 401
    assert caught.value.status == "UNAUTHENTICATED"
    assert caught.value.details["error"]["details"][0]["reason"] == "ACCESS_TOKEN_EXPIRED"


def test_genai_vertex_with_authorized_user_refreshes(
    server: LoopbackServer, loopback_authorized_user: dict[str, Any]
) -> None:
    info = loopback_authorized_user
    creds = user_credentials.Credentials(
        token=None,
        refresh_token=info["refresh_token"],
        client_id=info["client_id"],
        client_secret=info["client_secret"],
        token_uri=info["token_uri"],
        scopes=[CLOUD_PLATFORM],
    )
    creds.refresh(Request())
    client = _vertex_client(server, creds)
    try:
        response = client.models.generate_content(model="gemini-2.5-flash", contents="Hi")
    finally:
        client.close()

    assert response.text == "You said: Hi."
    (grant,) = server.token_requests
    assert grant["grant_type"] == "refresh_token"
    assert grant["refresh_token"] == "test-refresh-token"
    assert grant["scope"] == CLOUD_PLATFORM


def test_service_account_with_wrong_key_is_refused(
    server: LoopbackServer, loopback_service_account: dict[str, Any]
) -> None:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import rsa

    other = rsa.generate_private_key(public_exponent=65537, key_size=1024)
    server.register_service_account(
        loopback_service_account["client_email"],
        other.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        ),
    )
    creds = service_account.Credentials.from_service_account_info(
        loopback_service_account, scopes=[CLOUD_PLATFORM]
    )

    with pytest.raises(google.auth.exceptions.RefreshError, match="Invalid JWT Signature"):
        creds.refresh(Request())


def test_revoked_refresh_token_is_refused(
    server: LoopbackServer, loopback_authorized_user: dict[str, Any]
) -> None:
    server.script_token_error("invalid_grant", "Token has been expired or revoked.")
    info = loopback_authorized_user
    creds = user_credentials.Credentials(
        token=None,
        refresh_token=info["refresh_token"],
        client_id=info["client_id"],
        client_secret=info["client_secret"],
        token_uri=info["token_uri"],
    )

    with pytest.raises(google.auth.exceptions.RefreshError, match="invalid_grant"):
        creds.refresh(Request())


def test_genai_vertex_express_mode_uses_api_key_header(server: LoopbackServer) -> None:
    client = genai.Client(
        vertexai=True,
        api_key="test-api-key",
        http_options=types.HttpOptions(base_url=server.base_url),
    )
    try:
        chunks = list(
            client.models.generate_content_stream(model="gemini-2.5-flash", contents="Express")
        )
    finally:
        client.close()

    assert "".join(chunk.text or "" for chunk in chunks) == "You said: Express."
    (request,) = server.requests
    assert request.route == "express.stream"
    assert request.headers["x-goog-api-key"] == "test-api-key"
    assert "authorization" not in request.headers


# openai


def _image_message() -> list[dict[str, Any]]:
    data_uri = "data:image/png;base64," + base64.b64encode(PNG_BYTES).decode()
    return [
        {
            "role": "user",
            "content": [
                {"type": "text", "text": "Describe the following image:"},
                {"type": "image_url", "image_url": {"url": data_uri}},
            ],
        }
    ]


def test_openai_vertex_stream_with_image(server: LoopbackServer) -> None:
    base_url = f"{server.base_url}/v1/projects/p/locations/us-central1/endpoints/openapi"
    with openai.OpenAI(base_url=base_url, api_key="test-access-token", max_retries=0) as client:
        chunks = list(
            client.chat.completions.create(
                model="google/gemini-2.5-flash", messages=_image_message(), stream=True
            )
        )

    content = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    expected = echo_text("Describe the following image:", [("image/png", len(PNG_BYTES))])
    assert content == expected
    assert chunks[0].choices[0].delta.role == "assistant"
    assert [c.choices[0].finish_reason for c in chunks if c.choices][-1] == "stop"
    assert chunks[-1].choices == []
    assert chunks[-1].usage.completion_tokens == len(expected.split())
    assert server.requests[0].route == "vertex.chat"
    assert server.requests[0].headers["authorization"] == "Bearer test-access-token"


def test_openai_generic_endpoint(server: LoopbackServer) -> None:
    with openai.OpenAI(
        base_url=f"{server.base_url}/v1", api_key="test-api-key", max_retries=0
    ) as client:
        completion = client.chat.completions.create(
            model="gemini-2.5-flash", messages=[{"role": "user", "content": "Plain"}]
        )
        chunks = list(
            client.chat.completions.create(
                model="gemini-2.5-flash",
                messages=[{"role": "user", "content": "Streamed"}],
                stream=True,
                stream_options={"include_usage": True},
            )
        )

    assert completion.choices[0].message.content == "You said: Plain."
    assert completion.choices[0].finish_reason == "stop"
    assert completion.usage.prompt_tokens == 1
    assert "".join(c.choices[0].delta.content or "" for c in chunks if c.choices) == (
        "You said: Streamed."
    )
    # OpenAI proper ends with an empty delta that carries finish_reason.
    finish = [c.choices[0] for c in chunks if c.choices][-1]
    assert (finish.delta.content, finish.finish_reason) == (None, "stop")
    assert [r.route for r in server.requests] == ["openai.chat", "openai.chat"]


@pytest.mark.asyncio
async def test_openai_async_stream_and_errors(server: LoopbackServer) -> None:
    server.script(Scenario(text="Async answer.", finish_reason="MAX_TOKENS"))
    server.script(Scenario.openai_error(429, "Slow down.", "rate_limit_error", "rate_limited"))
    async with openai.AsyncOpenAI(
        base_url=f"{server.base_url}/v1", api_key="test-api-key", max_retries=0
    ) as client:
        stream = await client.chat.completions.create(
            model="m", messages=[{"role": "user", "content": "Hi"}], stream=True
        )
        chunks = [chunk async for chunk in stream]
        with pytest.raises(openai.RateLimitError, match="Slow down"):
            await client.chat.completions.create(
                model="m", messages=[{"role": "user", "content": "Hi"}]
            )

    assert "".join(c.choices[0].delta.content or "" for c in chunks if c.choices) == "Async answer."
    assert [c.choices[0].finish_reason for c in chunks if c.choices][-1] == "length"


def test_openai_wrong_key_is_an_authentication_error(server: LoopbackServer) -> None:
    with (
        openai.OpenAI(base_url=f"{server.base_url}/v1", api_key="nope", max_retries=0) as client,
        pytest.raises(openai.AuthenticationError),
    ):
        client.chat.completions.create(model="m", messages=[{"role": "user", "content": "Hi"}])


# Raw protocol, with plain httpx2


def test_sse_events_are_separated_by_crlf_crlf(http: httpx2.Client) -> None:
    response = _gemini_post(http, "streamGenerateContent")

    assert response.status_code == 200
    assert response.headers["content-type"] == "text/event-stream"
    assert response.headers["transfer-encoding"] == "chunked"
    events = _sse_events(response.content)
    assert response.content.endswith(b"}\r\n\r\n")
    assert "".join(e["candidates"][0]["content"]["parts"][0]["text"] for e in events) == (
        "You said: Hi."
    )
    assert events[-1]["candidates"][0]["finishReason"] == "STOP"
    assert len({e["responseId"] for e in events}) == 1


def test_sse_line_ending_can_be_lf(server: LoopbackServer, http: httpx2.Client) -> None:
    server.script(Scenario(line_ending="\n"))

    response = _gemini_post(http, "streamGenerateContent")

    assert b"\r" not in response.content
    assert len(_sse_events(response.content, b"\n\n")) == 3


def test_json_array_mode_streams_a_json_array(server: LoopbackServer, http: httpx2.Client) -> None:
    response = _gemini_post(http, "streamGenerateContent", query="")

    assert response.headers["content-type"].startswith("application/json")
    assert response.content.startswith(b"[{") and b"\n,\r\n" in response.content
    events = json.loads(response.content)
    assert isinstance(events, list) and len(events) == 3


def test_split_every_byte_delivers_the_same_body(
    server: LoopbackServer, http: httpx2.Client
) -> None:
    server.script(Scenario(events=FIXED_EVENTS), Scenario(events=FIXED_EVENTS, split_every=1))

    whole = _gemini_post(http, "streamGenerateContent").content
    with http.stream(
        "POST",
        f"{GEMINI_MODEL}:streamGenerateContent?alt=sse",
        json={"contents": [{"parts": [{"text": "x"}]}]},
        headers={"x-goog-api-key": "test-api-key"},
    ) as response:
        raw_chunks = list(response.iter_raw())

    assert b"".join(raw_chunks) == whole
    assert _sse_events(whole) == FIXED_EVENTS
    assert len(raw_chunks) > 1


def test_split_at_cuts_inside_utf8_and_separators(
    server: LoopbackServer, http: httpx2.Client
) -> None:
    body = b"".join(
        b"data: " + json.dumps(e, ensure_ascii=False).encode() + b"\r\n\r\n" for e in FIXED_EVENTS
    )
    inside_e_acute = body.index("é".encode()) + 1
    inside_separator = body.index(b"\r\n\r\n") + 2
    server.script(Scenario(events=FIXED_EVENTS, split_at=[inside_e_acute, inside_separator]))

    response = _gemini_post(http, "streamGenerateContent")

    assert response.content == body


def test_error_after_events_sends_200_then_a_bare_error(
    server: LoopbackServer, http: httpx2.Client
) -> None:
    server.script(Scenario(error_after_events=1))

    response = _gemini_post(http, "streamGenerateContent")

    assert response.status_code == 200
    first, rest = response.content.split(b"\r\n\r\n", 1)
    assert first.startswith(b"data: {")
    assert not rest.startswith(b"data:")
    assert json.loads(rest)["error"]["status"] == "UNAVAILABLE"


def test_reset_after_events_is_a_transport_error(
    server: LoopbackServer, http: httpx2.Client
) -> None:
    server.script(Scenario(reset_after_events=1), Scenario(reset_before_response=True))

    for _ in range(2):
        with pytest.raises((httpx2.RemoteProtocolError, httpx2.ReadError)):
            _gemini_post(http, "streamGenerateContent")
    # The client recovers on a fresh connection.
    assert _gemini_post(http, "streamGenerateContent").status_code == 200


def test_http_errors_can_come_wrapped_in_an_array(
    server: LoopbackServer, http: httpx2.Client
) -> None:
    server.script(
        Scenario.http_error(500, "INTERNAL", "Internal error encountered.", in_array=True),
        Scenario.overloaded(),  # JSON-array streams wrap errors by default
    )

    explicit = _gemini_post(http, "streamGenerateContent")
    implicit = _gemini_post(http, "streamGenerateContent", query="")

    assert explicit.status_code == 500
    assert explicit.json()[0]["error"]["message"] == "Internal error encountered."
    assert implicit.status_code == 503
    assert implicit.json() == [
        {
            "error": {
                "code": 503,
                "message": "The model is overloaded. Please try again later.",
                "status": "UNAVAILABLE",
            }
        }
    ]


def test_unknown_path_is_404_not_found(http: httpx2.Client) -> None:
    response = http.get("/v1beta/nothing/here")

    assert response.status_code == 404
    assert response.json()["error"]["status"] == "NOT_FOUND"


def test_bad_api_key_is_400_api_key_invalid(http: httpx2.Client) -> None:
    response = _gemini_post(http, "generateContent", query="", headers={"x-goog-api-key": "bad"})

    assert response.status_code == 400
    error = response.json()["error"]
    assert error["status"] == "INVALID_ARGUMENT"
    assert error["message"] == "API key not valid. Please pass a valid API key."
    assert error["details"][0]["reason"] == "API_KEY_INVALID"


def test_key_in_query_is_accepted_and_recorded(server: LoopbackServer, http: httpx2.Client) -> None:
    response = _gemini_post(http, "generateContent", query="?key=test-api-key", headers={})

    assert response.status_code == 200
    assert server.requests[0].query["key"] == "test-api-key"


def test_bearer_tokens_missing_unknown_and_expired(
    server: LoopbackServer, http: httpx2.Client
) -> None:
    grant = {"grant_type": "refresh_token", "refresh_token": "test-refresh-token"}
    token = http.post("/token", data={**grant, "client_id": "c", "client_secret": "s"}).json()
    url = f"{VERTEX_STREAM}:generateContent"
    body = {"contents": [{"parts": [{"text": "Hi"}]}]}

    def post(headers: dict[str, str]) -> httpx2.Response:
        return http.post(url, json=body, headers=headers)

    assert token["expires_in"] == 3600 and token["token_type"] == "Bearer"
    assert post({"authorization": f"Bearer {token['access_token']}"}).status_code == 200
    server.expire_all_tokens()
    reasons = {}
    for name, headers in {
        "expired": {"authorization": f"Bearer {token['access_token']}"},
        "unknown": {"authorization": "Bearer ya29.made-up"},
        "missing": {},
        "api key": {"x-goog-api-key": "test-api-key"},
    }.items():
        response = post(headers)
        assert response.status_code == 401
        assert response.headers["www-authenticate"].startswith("Bearer")
        reasons[name] = response.json()["error"]["details"][0]["reason"]
    assert reasons == {
        "expired": "ACCESS_TOKEN_EXPIRED",
        "unknown": "ACCESS_TOKEN_TYPE_UNSUPPORTED",
        "missing": "CREDENTIALS_MISSING",
        "api key": "CREDENTIALS_MISSING",
    }


def test_token_endpoint_rejects_bad_grants(server: LoopbackServer, http: httpx2.Client) -> None:
    wrong_refresh = http.post(
        "/token",
        data={
            "grant_type": "refresh_token",
            "refresh_token": "nope",
            "client_id": "c",
            "client_secret": "s",
        },
    )
    unsupported = http.post("/token", data={"grant_type": "password"})
    bad_jwt = http.post(
        "/token",
        data={"grant_type": "urn:ietf:params:oauth:grant-type:jwt-bearer", "assertion": "x.y"},
    )

    assert (wrong_refresh.status_code, wrong_refresh.json()["error"]) == (400, "invalid_grant")
    assert unsupported.json()["error"] == "unsupported_grant_type"
    assert bad_jwt.json()["error"] == "invalid_grant"
    assert len(server.token_requests) == 3
    assert server.issued_tokens == {}


def test_strict_models_answers_googles_404(server: LoopbackServer, http: httpx2.Client) -> None:
    server.strict_models = True
    response = http.post(
        "/v1beta/models/gemini-0.1-nope:generateContent",
        json={"contents": [{"parts": [{"text": "Hi"}]}]},
        headers={"x-goog-api-key": "test-api-key"},
    )

    assert response.status_code == 404
    assert response.json()["error"]["message"].startswith("models/gemini-0.1-nope is not found")


def test_invalid_inline_data_is_400(http: httpx2.Client) -> None:
    part = {"inlineData": {"mimeType": "image/png", "data": "not base64!"}}
    response = http.post(
        f"{GEMINI_MODEL}:generateContent",
        json={"contents": [{"parts": [part]}]},
        headers={"x-goog-api-key": "test-api-key"},
    )

    assert response.status_code == 400
    assert "Base64 decoding failed" in response.json()["error"]["message"]


def test_keep_alive_reuses_one_connection(server: LoopbackServer, http: httpx2.Client) -> None:
    for _ in range(3):
        _gemini_post(http, "streamGenerateContent")
        _gemini_post(http, "generateContent", query="")

    assert len({request.connection for request in server.requests}) == 1
    assert server.connection_count == 1


def test_concurrent_slow_streams_are_served_in_parallel(
    server: LoopbackServer, http: httpx2.Client
) -> None:
    server.script(*[Scenario(drip_delay=0.1, chunks=3) for _ in range(5)])
    statuses: list[int] = []

    def call() -> None:
        statuses.append(_gemini_post(http, "streamGenerateContent").status_code)

    started = time.monotonic()
    threads = [threading.Thread(target=call) for _ in range(5)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    # Each stream drips for ~0.2 s; served one after another they would take ~1 s.
    assert time.monotonic() - started < 0.8
    assert statuses == [200] * 5


def test_client_leaving_mid_stream_is_quiet(
    server: LoopbackServer, http: httpx2.Client, capfd: pytest.CaptureFixture[str]
) -> None:
    server.script(Scenario(text="x" * 200, chunk_size=5, drip_delay=0.01))
    baseline = server.open_connection_count  # idle connections other clients may still hold

    with http.stream(
        "POST",
        f"{GEMINI_MODEL}:streamGenerateContent?alt=sse",
        json={"contents": [{"parts": [{"text": "x"}]}]},
        headers={"x-goog-api-key": "test-api-key"},
    ) as response:
        next(response.iter_bytes())
    # Closing a half-read stream drops the connection; the server's next write then fails.
    deadline = time.monotonic() + 5
    while server.open_connection_count > baseline and time.monotonic() < deadline:
        time.sleep(0.01)

    assert server.open_connection_count == baseline

    assert server.handler_errors == []
    assert capfd.readouterr().err == ""


def test_stop_closes_idle_keep_alive_connections_promptly() -> None:
    server = LoopbackServer().start()
    with httpx2.Client(base_url=server.base_url) as client:
        assert client.get("/v1beta/models", headers={"x-goog-api-key": "test-api-key"}).is_success
        started = time.monotonic()
        server.stop()
        assert time.monotonic() - started < 1
        with pytest.raises(httpx2.TransportError):
            client.get("/v1beta/models", headers={"x-goog-api-key": "test-api-key"})
