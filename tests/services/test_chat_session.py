"""The window's conversation: connects from the environment, carries the history."""

from __future__ import annotations

import pytest

from desktop.core.errors import CredentialsError
from desktop.services.chat_session import ChatSession
from tests.loopback import LoopbackServer

pytestmark = pytest.mark.asyncio


async def test_second_turn_carries_the_first(loopback_server: LoopbackServer) -> None:
    session = ChatSession(
        {"GEMINI_API_KEY": "test-api-key", "GOOGLE_GEMINI_BASE_URL": loopback_server.base_url}
    )
    try:
        first = "".join([piece async for piece in session.answer("Hello there")])
        second = "".join([piece async for piece in session.answer("And again")])
    finally:
        await session.aclose()
    assert "Hello there" in first and "And again" in second
    contents = loopback_server.requests[-1].json["contents"]
    assert [c["role"] for c in contents] == ["user", "model", "user"]
    assert contents[1]["parts"][0]["text"] == first


async def test_no_configuration_is_a_plain_error() -> None:
    session = ChatSession({})
    with pytest.raises(CredentialsError, match="Gemini Desktop has no connection to use"):
        async for _ in session.answer("hi"):
            pass
