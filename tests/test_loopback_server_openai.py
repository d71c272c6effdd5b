"""The loopback server speaks OpenAI's Chat Completions (Vertex AI's and a generic server's):
proven with the official openai client."""

from __future__ import annotations

import base64
from typing import Any

import openai
import pytest

from tests.loopback import clients
from tests.loopback.clients import PNG_BYTES
from tests.loopback.gemini import echo_text
from tests.loopback.server import LoopbackServer, Scenario

server = clients.server  # fixtures, found by name


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
