"""A replayed export really goes out: the request `describe --replay` would send, streamed
by the app's own client to the loopback server that speaks Google's wire format."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.core.answer_stream import Completed
from desktop.core.connection import ApiKind, Connection
from desktop.core.conversation import Conversation
from desktop.services.auth import ApiKeyAuth
from desktop.services.export import export_json, request_from_export
from desktop.services.gemini_client import GeminiClient
from desktop.services.history import HistoryStore
from tests.loopback import LoopbackServer

pytestmark = pytest.mark.asyncio


async def test_a_replayed_export_is_sent_as_exported(
    loopback_server: LoopbackServer, conversation: Conversation, store: HistoryStore, out: Path
) -> None:
    path = export_json(conversation, store.attachment_bytes, out / "chat.json")
    exported = json.loads(path.read_text(encoding="utf-8"))["request"]
    request = request_from_export(path, prompt="And in one word?")

    connection = Connection(ApiKind.GEMINI, base_url=loopback_server.base_url)
    async with GeminiClient(connection, ApiKeyAuth("test-api-key")) as client:
        events = [event async for event in client.stream(request)]

    assert isinstance(events[-1], Completed) and "And in one word?" in events[-1].answer.text
    sent = loopback_server.requests[-1]
    assert sent.path == "/v1beta/models/gemini-2.5-flash:streamGenerateContent"
    assert sent.json["contents"][:-1] == exported["contents"]  # photos and clip included
    assert sent.json["contents"][-1] == {"role": "user", "parts": [{"text": "And in one word?"}]}
    assert sent.json["generationConfig"] == exported["generationConfig"]
    assert sent.json["systemInstruction"] == exported["systemInstruction"]
    assert sent.json["tools"] == [{"googleSearch": {}}]
    # The Gemini Developer API takes the safety settings without Vertex's "method".
    assert sent.json["safetySettings"] == [
        {k: v for k, v in s.items() if k != "method"} for s in exported["safetySettings"]
    ]
