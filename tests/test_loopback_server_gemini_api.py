"""The loopback server speaks the Gemini Developer API: proven with the official google-genai client."""

from __future__ import annotations

import math
from collections.abc import Iterator
from typing import Any

import pytest
from google import genai
from google.genai import errors, types

from tests.loopback import clients
from tests.loopback.clients import PNG_BYTES
from tests.loopback.gemini import echo_text
from tests.loopback.server import LoopbackServer, Scenario

server = clients.server  # fixtures, found by name


@pytest.fixture
def gemini_client(server: LoopbackServer) -> Iterator[genai.Client]:
    client = genai.Client(
        api_key="test-api-key", http_options=types.HttpOptions(base_url=server.base_url)
    )
    yield client
    client.close()


def _prompt_with_image() -> list[Any]:
    return ["Describe this", types.Part.from_bytes(data=PNG_BYTES, mime_type="image/png")]


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
