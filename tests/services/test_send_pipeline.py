"""One send pipeline: each answer looks up the client once, loads the conversation once and
checks the files' limits once, over a real history file and a real ConnectionManager."""

from __future__ import annotations

from collections import Counter
from collections.abc import AsyncIterator, Sequence
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio

from desktop.core.answer_stream import Completed
from desktop.core.connection import ApiKind
from desktop.core.conversation import ChatSettings, Conversation, NewAttachment
from desktop.core.errors import FileProblemError
from desktop.core.limits import FileFacts
from desktop.core.profile import Profile, SignInKind
from desktop.services import file_parts
from desktop.services.chat_service import ChatEvent, ChatService
from desktop.services.connections import ConnectionManager
from desktop.services.gemini_client import GeminiClient
from desktop.services.history import HistoryStore
from desktop.services.profile_store import ProfileStore
from tests.loopback import LoopbackServer
from tests.services.history.helpers import png_bytes

pytestmark = pytest.mark.asyncio
calls: Counter[str] = Counter()


class CountingStore(HistoryStore):
    def load(self, conversation_id: int) -> Conversation:
        calls["load"] += 1
        return super().load(conversation_id)


class CountingConnections(ConnectionManager):
    async def client(self) -> GeminiClient:
        calls["client"] += 1
        return await super().client()


@pytest_asyncio.fixture
async def service(loopback_server: LoopbackServer, tmp_path: Path) -> AsyncIterator[ChatService]:
    profiles = ProfileStore.in_memory()
    studio = Profile.new("Studio", SignInKind.GEMINI_API_KEY, base_url=loopback_server.base_url)
    profiles.save(studio, "test-api-key")
    connections = CountingConnections(profiles, {})
    opened = CountingStore.open(tmp_path / "history")  # the real store, its loads counted
    chat = ChatService(connections, opened, autosave_interval=0.05)
    yield chat
    await connections.aclose()
    opened.close()


@pytest.fixture(autouse=True)
def limit_checks(monkeypatch: pytest.MonkeyPatch) -> None:
    calls.clear()
    real = file_parts.check_limits

    def counted(
        files: Sequence[FileFacts], api: ApiKind, *, can_upload: bool
    ) -> list[FileProblemError]:
        calls["limits"] += 1
        return real(files, api, can_upload=can_upload)

    monkeypatch.setattr(file_parts, "check_limits", counted)


async def drain(stream: AsyncIterator[ChatEvent]) -> list[Any]:
    return [event async for event in stream]


async def test_each_answer_looks_up_the_client_and_loads_the_conversation_once(
    service: ChatService, loopback_server: LoopbackServer
) -> None:
    photo = NewAttachment(png_bytes(), "image/png", "dot.png")
    settings = ChatSettings()  # no model chosen: the connection's, resolved once

    events = await drain(service.send("First", [photo], settings))
    assert isinstance(events[-1], Completed)
    assert calls == {"client": 1, "limits": 1}  # a new chat: nothing to load yet

    calls.clear()
    events = await drain(service.send("Second", [photo], settings))
    assert isinstance(events[-1], Completed)
    assert calls == {"client": 1, "load": 1, "limits": 1}
    body = loopback_server.requests[-1].json
    assert [c["role"] for c in body["contents"]] == ["user", "model", "user"]
    assert loopback_server.requests[-1].path.endswith(
        "/models/gemini-2.5-flash:streamGenerateContent"
    )

    assert service.conversation_id is not None
    answer = service.history.load(service.conversation_id).turns[-1]
    calls.clear()
    events = await drain(service.retry(answer.id, settings))
    assert isinstance(events[-1], Completed)
    assert calls == {"client": 1, "load": 1, "limits": 1}
    assert [c["role"] for c in loopback_server.requests[-1].json["contents"]] == [
        "user",
        "model",
        "user",
    ]
    # What was chosen is what is saved: "the connection's model", not a pinned one.
    assert service.history.load(service.conversation_id).settings.model == ""
