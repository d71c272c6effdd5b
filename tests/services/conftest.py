"""Fixtures shared by the services' tests."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest_asyncio

from desktop.core.profile import Profile, SignInKind
from desktop.services.chat_service import ChatService
from desktop.services.connections import ConnectionManager
from desktop.services.history import HistoryStore
from desktop.services.profile_store import ProfileStore
from tests.loopback import LoopbackServer


def studio_connections(server: LoopbackServer) -> ConnectionManager:
    """Connections with one profile: a Gemini API key against the loopback server."""
    store = ProfileStore.in_memory()
    store.save(
        Profile.new("Studio", SignInKind.GEMINI_API_KEY, base_url=server.base_url),
        "test-api-key",
    )
    return ConnectionManager(store, {})


@pytest_asyncio.fixture
async def service(loopback_server: LoopbackServer, tmp_path: Path) -> AsyncIterator[ChatService]:
    connections = studio_connections(loopback_server)
    history = HistoryStore.open(tmp_path / "history")
    chat = ChatService(connections, history, autosave_interval=0.05)
    yield chat
    await connections.aclose()
    chat.history.close()
    history.close()
