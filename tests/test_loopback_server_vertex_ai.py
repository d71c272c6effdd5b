"""The loopback server speaks Vertex AI and Google's token endpoint: proven with google-genai
and google-auth (service accounts, user credentials, express-mode keys)."""

from __future__ import annotations

from typing import Any

import google.auth.exceptions
import pytest
from google import genai
from google.auth.transport.requests import Request
from google.genai import errors, types
from google.oauth2 import credentials as user_credentials
from google.oauth2 import service_account

from tests.loopback import clients
from tests.loopback.server import LoopbackServer

server = clients.server  # fixtures, found by name

CLOUD_PLATFORM = "https://www.googleapis.com/auth/cloud-platform"


def _vertex_client(server: LoopbackServer, credentials: Any) -> genai.Client:
    return genai.Client(
        vertexai=True,
        project="p",
        location="us-central1",
        credentials=credentials,
        http_options=types.HttpOptions(base_url=server.base_url),
    )


def test_genai_vertex_with_service_account_streams(
    server: LoopbackServer, loopback_service_account: dict[str, Any]
) -> None:
    creds = service_account.Credentials.from_service_account_info(
        loopback_service_account, scopes=[CLOUD_PLATFORM]
    )
    client = _vertex_client(server, creds)
    try:
        text = "".join(
            chunk.text or ""
            for chunk in client.models.generate_content_stream(
                model="gemini-2.5-flash", contents="Hello Vertex"
            )
        )
    finally:
        client.close()

    assert text == "You said: Hello Vertex."
    (grant,) = server.token_requests
    assert grant["grant_type"] == "urn:ietf:params:oauth:grant-type:jwt-bearer"
    (stream,) = server.requests_for("vertex")
    assert stream.route == "vertex.stream"
    assert stream.path.startswith("/v1beta1/projects/p/locations/us-central1/")
    assert stream.headers["authorization"] == f"Bearer {creds.token}"
    assert creds.token in server.issued_tokens


def test_genai_vertex_expired_token_gets_401(
    server: LoopbackServer, loopback_service_account: dict[str, Any]
) -> None:
    creds = service_account.Credentials.from_service_account_info(
        loopback_service_account, scopes=[CLOUD_PLATFORM]
    )
    client = _vertex_client(server, creds)
    try:
        client.models.generate_content(model="gemini-2.5-flash", contents="first")
        server.expire_all_tokens()
        with pytest.raises(errors.ClientError) as caught:
            client.models.generate_content(model="gemini-2.5-flash", contents="second")
    finally:
        client.close()

    assert caught.value.code == 401
    assert caught.value.status == "UNAUTHENTICATED"
    assert caught.value.details["error"]["details"][0]["reason"] == "ACCESS_TOKEN_EXPIRED"


def test_genai_vertex_with_authorized_user_refreshes(
    server: LoopbackServer, loopback_authorized_user: dict[str, Any]
) -> None:
    info = loopback_authorized_user
    creds = user_credentials.Credentials(
        token=None,
        refresh_token=info["refresh_token"],
        client_id=info["client_id"],
        client_secret=info["client_secret"],
        token_uri=info["token_uri"],
        scopes=[CLOUD_PLATFORM],
    )
    creds.refresh(Request())
    client = _vertex_client(server, creds)
    try:
        response = client.models.generate_content(model="gemini-2.5-flash", contents="Hi")
    finally:
        client.close()

    assert response.text == "You said: Hi."
    (grant,) = server.token_requests
    assert grant["grant_type"] == "refresh_token"
    assert grant["refresh_token"] == "test-refresh-token"
    assert grant["scope"] == CLOUD_PLATFORM


def test_service_account_with_wrong_key_is_refused(
    server: LoopbackServer, loopback_service_account: dict[str, Any]
) -> None:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import rsa

    other = rsa.generate_private_key(public_exponent=65537, key_size=1024)
    server.register_service_account(
        loopback_service_account["client_email"],
        other.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        ),
    )
    creds = service_account.Credentials.from_service_account_info(
        loopback_service_account, scopes=[CLOUD_PLATFORM]
    )

    with pytest.raises(google.auth.exceptions.RefreshError, match="Invalid JWT Signature"):
        creds.refresh(Request())


def test_revoked_refresh_token_is_refused(
    server: LoopbackServer, loopback_authorized_user: dict[str, Any]
) -> None:
    server.script_token_error("invalid_grant", "Token has been expired or revoked.")
    info = loopback_authorized_user
    creds = user_credentials.Credentials(
        token=None,
        refresh_token=info["refresh_token"],
        client_id=info["client_id"],
        client_secret=info["client_secret"],
        token_uri=info["token_uri"],
    )

    with pytest.raises(google.auth.exceptions.RefreshError, match="invalid_grant"):
        creds.refresh(Request())


def test_genai_vertex_express_mode_uses_api_key_header(server: LoopbackServer) -> None:
    client = genai.Client(
        vertexai=True,
        api_key="test-api-key",
        http_options=types.HttpOptions(base_url=server.base_url),
    )
    try:
        chunks = list(
            client.models.generate_content_stream(model="gemini-2.5-flash", contents="Express")
        )
    finally:
        client.close()

    assert "".join(chunk.text or "" for chunk in chunks) == "You said: Express."
    (request,) = server.requests
    assert request.route == "express.stream"
    assert request.headers["x-goog-api-key"] == "test-api-key"
    assert "authorization" not in request.headers
