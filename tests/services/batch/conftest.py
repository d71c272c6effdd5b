"""The batch tests' client (an AI Studio key at the loopback) and history file."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
import pytest_asyncio

from desktop.services.gemini_client import GeminiClient
from desktop.services.history import HistoryStore
from tests.loopback import LoopbackServer
from tests.services.conftest import studio_connections


@pytest_asyncio.fixture
async def client(loopback_server: LoopbackServer) -> AsyncIterator[GeminiClient]:
    connections = studio_connections(loopback_server)
    yield await connections.client()
    await connections.aclose()


@pytest.fixture
def history(tmp_path: Path) -> Iterator[HistoryStore]:
    store = HistoryStore.open(tmp_path / "history")
    yield store
    store.close()
