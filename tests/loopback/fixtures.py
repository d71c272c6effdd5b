"""pytest fixtures for the loopback server: one server per session, reset around every test."""

from __future__ import annotations

import functools
import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from tests.loopback.server import LoopbackServer

__all__ = [
    "loopback_authorized_user",
    "loopback_server",
    "loopback_server_session",
    "loopback_service_account",
    "loopback_service_account_file",
]

# Settings that would make an SDK or google-auth look past the loopback server.
_ISOLATED_ENV = (
    "GOOGLE_API_KEY",
    "GEMINI_API_KEY",
    "GOOGLE_CLOUD_PROJECT",
    "GOOGLE_CLOUD_LOCATION",
    "GOOGLE_GENAI_USE_VERTEXAI",
    "GOOGLE_GENAI_USE_ENTERPRISE",
    "GOOGLE_APPLICATION_CREDENTIALS",
    "GOOGLE_GEMINI_BASE_URL",
    "GOOGLE_VERTEX_BASE_URL",
    "OPENAI_API_KEY",
    "OPENAI_BASE_URL",
)

SERVICE_ACCOUNT_EMAIL = "loopback@test-project.iam.gserviceaccount.com"


@functools.cache
def _rsa_private_key_pem() -> tuple[str, bytes]:
    """(private key PEM, public key PEM); generated once per run because keygen is slow."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    private_pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    ).decode()
    public_pem = key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    return private_pem, public_pem


@pytest.fixture(scope="session")
def loopback_server_session() -> Iterator[LoopbackServer]:
    """The started server shared by the whole session; tests use `loopback_server`."""
    with LoopbackServer() as server:
        yield server


@pytest.fixture
def loopback_server(
    loopback_server_session: LoopbackServer, monkeypatch: pytest.MonkeyPatch
) -> Iterator[LoopbackServer]:
    """The loopback server, reset before and after the test.

    Also removes API-key, project and credential variables from the environment and
    keeps 127.0.0.1 out of any proxy. Fails the test if the server hit a bug of its own.
    """
    for name in _ISOLATED_ENV:
        monkeypatch.delenv(name, raising=False)
    for name in ("NO_PROXY", "no_proxy"):
        current = os.environ.get(name)
        monkeypatch.setenv(name, ",".join(filter(None, [current, "127.0.0.1", "localhost"])))
    server = loopback_server_session
    server.reset()
    yield server
    errors = list(server.handler_errors)
    server.reset()
    assert not errors, f"loopback server errors: {errors!r}"


@pytest.fixture
def loopback_service_account(loopback_server: LoopbackServer) -> dict[str, Any]:
    """Service-account key info whose token_uri is the loopback; its key is registered there.

    Use with `google.oauth2.service_account.Credentials.from_service_account_info(info,
    scopes=["https://www.googleapis.com/auth/cloud-platform"])`.
    """
    private_pem, public_pem = _rsa_private_key_pem()
    loopback_server.register_service_account(SERVICE_ACCOUNT_EMAIL, public_pem)
    return {
        "type": "service_account",
        "project_id": "test-project",
        "private_key_id": "loopback-key-1",
        "private_key": private_pem,
        "client_email": SERVICE_ACCOUNT_EMAIL,
        "client_id": "100000000000000000001",
        "token_uri": f"{loopback_server.base_url}/token",
    }


@pytest.fixture
def loopback_service_account_file(loopback_service_account: dict[str, Any], tmp_path: Path) -> Path:
    """The service-account info written to a JSON key file."""
    path = tmp_path / "service-account.json"
    path.write_text(json.dumps(loopback_service_account), encoding="utf-8")
    return path


@pytest.fixture
def loopback_authorized_user(loopback_server: LoopbackServer) -> dict[str, Any]:
    """gcloud-style authorized_user info whose refresh token the loopback accepts.

    google-auth's from_authorized_user_info ignores token_uri in the file, so pass it
    to `google.oauth2.credentials.Credentials(...)` directly, as the tests do.
    """
    return {
        "type": "authorized_user",
        "client_id": "loopback-client.apps.googleusercontent.com",
        "client_secret": "loopback-secret",
        "refresh_token": next(iter(loopback_server.refresh_tokens)),
        "token_uri": f"{loopback_server.base_url}/token",
        "quota_project_id": "test-project",
    }
