"""A request never carries an API key and a sign-in token together: Google refuses that with
400 "Multiple authentication credentials received" (the loopback does too)."""

from __future__ import annotations

from typing import Any

import httpx2
import pytest
from google.oauth2 import service_account

from desktop.core.connection import ApiKind, Connection
from desktop.services.auth import ApiKeyAuth, GoogleCredentialsAuth
from desktop.services.gemini_client import GeminiClient
from tests.loopback import LoopbackServer

SCOPES = ["https://www.googleapis.com/auth/cloud-platform"]


@pytest.mark.asyncio
async def test_a_key_goes_alone_even_when_a_sign_in_header_was_already_there(
    loopback_server: LoopbackServer,
) -> None:
    # A default header (a proxy helper, a stray setting) must not travel beside the key.
    http = httpx2.AsyncClient(headers={"authorization": "Bearer ya29.stray-token"})
    connection = Connection(ApiKind.GEMINI, base_url=loopback_server.base_url)
    async with GeminiClient(
        connection, ApiKeyAuth("test-api-key"), http=http, owns_http=True
    ) as client:
        models = await client.list_models()

    assert models
    (request,) = loopback_server.requests
    assert request.headers["x-goog-api-key"] == "test-api-key"
    assert "authorization" not in request.headers


@pytest.mark.asyncio
async def test_a_sign_in_goes_alone_even_when_a_key_header_was_already_there(
    loopback_server: LoopbackServer, loopback_service_account: dict[str, Any]
) -> None:
    credentials = service_account.Credentials.from_service_account_info(
        loopback_service_account, scopes=SCOPES
    )
    http = httpx2.AsyncClient(headers={"x-goog-api-key": "AQ.Ab8RN6StrayKey"})
    connection = Connection(
        ApiKind.VERTEX,
        project="test-project",
        location="us-central1",
        base_url=loopback_server.base_url,
    )
    auth = GoogleCredentialsAuth(credentials)
    async with GeminiClient(connection, auth, http=http, owns_http=True) as client:
        models = await client.list_models()

    assert models
    (listing,) = loopback_server.requests_for("vertex.models")
    assert listing.headers["authorization"].startswith("Bearer ya29.")
    assert "x-goog-api-key" not in listing.headers


def test_both_together_get_googles_refusal(loopback_server: LoopbackServer) -> None:
    # What the two tests above keep from happening.
    reply = httpx2.get(
        f"{loopback_server.base_url}/v1beta/models",
        headers={"x-goog-api-key": "test-api-key", "authorization": "Bearer test-access-token"},
    )
    assert reply.status_code == 400
    assert reply.json()["error"]["message"] == (
        "Multiple authentication credentials received. Please pass only one."
    )
