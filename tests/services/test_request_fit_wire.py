"""The JSON the client actually sends, fitted to the model: a thinking level for Gemini 3
and later, a budget for 2.5, never both; sampling and candidateCount left out where the
model ignores or refuses them; a file's own media resolution per part."""

from __future__ import annotations

from typing import Any

import pytest

from desktop.core.answer_stream import Completed
from desktop.core.connection import ApiKind, Connection
from desktop.core.request import (
    ULTRA_HIGH,
    GenerateRequest,
    GenerationConfig,
    Part,
    ThinkingConfig,
    user_message,
)
from desktop.services.auth import ApiKeyAuth
from desktop.services.gemini_client import GeminiClient
from tests.loopback import LoopbackServer

pytestmark = pytest.mark.asyncio

EVERY_SETTING = GenerationConfig(
    temperature=0.3,
    top_p=0.8,
    top_k=20,
    candidate_count=2,
    max_output_tokens=400,
    thinking=ThinkingConfig(include_thoughts=True, thinking_budget=1024, thinking_level="LOW"),
)


async def sent_body(
    server: LoopbackServer, model: str, parts: tuple[Part, ...] = (), **api: Any
) -> dict[str, Any]:
    connection = Connection(ApiKind.GEMINI, base_url=server.base_url)
    request = GenerateRequest(
        model, (user_message("Hello", parts),), generation_config=EVERY_SETTING
    )
    async with GeminiClient(connection, ApiKeyAuth("test-api-key")) as client:
        events = [event async for event in client.stream(request)]
    assert isinstance(events[-1], Completed)  # the loopback refuses a level with a budget
    (recorded,) = server.requests_for("gemini.stream")
    body: dict[str, Any] = recorded.json
    return body


async def test_gemini_3_6_flash_gets_a_level_and_no_ignored_sampling(
    loopback_server: LoopbackServer,
) -> None:
    config = (await sent_body(loopback_server, "gemini-3.6-flash"))["generationConfig"]
    assert config == {
        "maxOutputTokens": 400,
        "thinkingConfig": {"includeThoughts": True, "thinkingLevel": "LOW"},
    }


async def test_gemini_3_5_flash_keeps_sampling_but_sends_no_candidate_count(
    loopback_server: LoopbackServer,
) -> None:
    config = (await sent_body(loopback_server, "gemini-3.5-flash"))["generationConfig"]
    assert (config["temperature"], config["topP"], config["topK"]) == (0.3, 0.8, 20)
    assert "candidateCount" not in config
    assert config["thinkingConfig"] == {"includeThoughts": True, "thinkingLevel": "LOW"}


async def test_gemini_2_5_gets_a_budget_and_every_sampling_field(
    loopback_server: LoopbackServer,
) -> None:
    config = (await sent_body(loopback_server, "gemini-2.5-flash"))["generationConfig"]
    assert config["thinkingConfig"] == {"includeThoughts": True, "thinkingBudget": 1024}
    assert (config["temperature"], config["candidateCount"]) == (0.3, 2)


async def test_a_photos_own_resolution_travels_on_its_part(
    loopback_server: LoopbackServer,
) -> None:
    photo = Part(data=b"\x89PNG\r\n", mime_type="image/png", media_resolution=ULTRA_HIGH)
    body = await sent_body(loopback_server, "gemini-3.6-flash", (photo,))
    (first, _text) = body["contents"][0]["parts"]
    assert first["mediaResolution"] == {"level": "MEDIA_RESOLUTION_ULTRA_HIGH"}
    assert "mediaResolution" not in body["generationConfig"]


async def test_the_loopback_refuses_a_level_with_a_budget_as_google_does(
    loopback_server: LoopbackServer,
) -> None:
    import httpx2

    body = {
        "contents": [{"role": "user", "parts": [{"text": "Hi"}]}],
        "generationConfig": {"thinkingConfig": {"thinkingBudget": 10, "thinkingLevel": "LOW"}},
    }
    url = loopback_server.base_url + "/v1beta/models/gemini-3.6-flash:generateContent"
    async with httpx2.AsyncClient() as http:
        reply = await http.post(url, json=body, headers={"x-goog-api-key": "test-api-key"})
    assert reply.status_code == 400 and "mutually exclusive" in reply.text
