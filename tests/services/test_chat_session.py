"""The window's conversation: connects through the active profile, carries the history."""

from __future__ import annotations

import pytest

from desktop.core.errors import CredentialsError
from desktop.services.chat_session import ChatSession
from desktop.services.connections import ConnectionManager
from desktop.services.profile_store import ProfileStore
from tests.loopback import LoopbackServer, Scenario

pytestmark = pytest.mark.asyncio


def environment(server: LoopbackServer) -> dict[str, str]:
    return {"GEMINI_API_KEY": "test-api-key", "GOOGLE_GEMINI_BASE_URL": server.base_url}


async def test_second_turn_carries_the_first(loopback_server: LoopbackServer) -> None:
    connections = ConnectionManager(ProfileStore.in_memory(), environment(loopback_server))
    session = ChatSession(connections)
    try:
        first = "".join([piece async for piece in session.answer("Hello there")])
        second = "".join([piece async for piece in session.answer("And again")])
    finally:
        await connections.aclose()
    assert "Hello there" in first and "And again" in second
    contents = loopback_server.requests[-1].json["contents"]
    assert [c["role"] for c in contents] == ["user", "model", "user"]
    assert contents[1]["parts"][0]["text"] == first


async def test_an_answer_without_text_does_not_poison_the_history(
    loopback_server: LoopbackServer,
) -> None:
    loopback_server.script(Scenario(text="", finish_reason="SAFETY"))
    connections = ConnectionManager(ProfileStore.in_memory(), environment(loopback_server))
    session = ChatSession(connections)
    try:
        assert [piece async for piece in session.answer("Risky")] == []
        "".join([piece async for piece in session.answer("Something else")])
    finally:
        await connections.aclose()
    contents = loopback_server.requests[-1].json["contents"]
    assert [c["role"] for c in contents] == ["user"]


async def test_no_configuration_is_a_plain_error() -> None:
    connections = ConnectionManager(ProfileStore.in_memory(), {})
    with pytest.raises(CredentialsError, match="not connected to Gemini yet"):
        async for _ in ChatSession(connections).answer("hi"):
            pass
