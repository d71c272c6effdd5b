"""Fixtures for the upload tests: one real HTTP client per test."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx2
import pytest_asyncio

from desktop.services.http import create_http_client


@pytest_asyncio.fixture
async def http() -> AsyncIterator[httpx2.AsyncClient]:
    client = create_http_client()
    yield client
    await client.aclose()
