"""No generated code holds a secret, whatever the connection and wherever its secret is."""

from __future__ import annotations

import base64
import json

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from desktop.core.profile import Profile, SignInKind
from desktop.core.request import GenerateRequest, user_message
from desktop.services.code_samples import CodeRequest, code_for, languages_for
from desktop.services.profile_store import ChunkedKeyring, MemoryKeyring, ProfileStore


def _private_key() -> str:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    return key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    ).decode()


def _secrets() -> dict[SignInKind, str]:
    service_account = {
        "type": "service_account",
        "project_id": "acme-prod",
        "private_key_id": "3f1c9b7a2e8d4f6a0b5c1d9e7f3a2b4c6d8e0f1a",
        "private_key": _private_key(),
        "client_email": "describer@acme-prod.iam.gserviceaccount.com",
        "token_uri": "https://oauth2.googleapis.com/token",
    }
    return {
        SignInKind.GEMINI_API_KEY: "AIzaSyD4x9Qw2Lm7Rt8Vb3Nc5Kp1Hs6Jf0Ge2Ua",
        SignInKind.VERTEX_EXPRESS_KEY: "AQ.Ab8RN6LqX2vT9mK4pW7sY1cZ5hJ3dF0gB6nE8rU2iO4aQ",
        SignInKind.GOOGLE_CLOUD: "",
        SignInKind.SERVICE_ACCOUNT: json.dumps(service_account),
        SignInKind.GOOGLE_SIGN_IN: "1//0gXk7Tq2Rm9WfCgYIARAAGBASNwF-L9IrZc3vN8pQ4sT6uY0wE2aD5",
        SignInKind.OPENAI_SERVER: "sk-proj-7Hq2Lm9Xw4Rt8Vb3Nc5Kp1Hs6Jf0Ge2UaT7yD",
    }


def _pieces(secret: str) -> list[str]:
    """The secret and the parts a careless writer might copy: a key file's private key,
    its lines and its base64 body."""
    if not secret.startswith("{"):
        return [secret]
    key = json.loads(secret)["private_key"]
    lines = [line for line in key.splitlines() if len(line) > 20 and "PRIVATE" not in line]
    body = "".join(lines)
    return [key, key.replace("\n", "\\n"), *lines, base64.b64decode(body).hex()[:40]]


@pytest.mark.parametrize("api", ["gemini", "vertex", "openai"])
def test_code_for_every_connection_holds_no_secret(
    api: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    secrets = _secrets()
    store = ProfileStore(ChunkedKeyring(MemoryKeyring()))
    for kind, secret in secrets.items():
        profile = Profile.new(
            kind.value,
            kind,
            api=None if kind is SignInKind.OPENAI_SERVER else api,
            project="acme-prod",
            location="europe-west4",
            base_url="http://127.0.0.1:8080/v1" if kind is SignInKind.OPENAI_SERVER else None,
        )
        store.save(profile, secret or None)
    # The environment holds them too: the code names the variables, never their values.
    monkeypatch.setenv("GEMINI_API_KEY", secrets[SignInKind.GEMINI_API_KEY])
    monkeypatch.setenv("GOOGLE_API_KEY", secrets[SignInKind.VERTEX_EXPRESS_KEY])
    monkeypatch.setenv("OPENAI_API_KEY", secrets[SignInKind.OPENAI_SERVER])
    request = GenerateRequest(model="gemini-2.5-flash", contents=(user_message("Hi"),))
    written = 0
    for profile in store.profiles():
        source = CodeRequest(profile.connection(), request)
        assert store.secret(profile.id) == (secrets[profile.sign_in] or None)
        for language in languages_for(source):
            code = code_for(language, source)
            written += 1
            for secret in secrets.values():
                for piece in filter(None, _pieces(secret)):
                    assert piece not in code, (profile.sign_in, language)
            assert "PRIVATE KEY" not in code and "refresh_token" not in code
    assert written >= 17  # every kind of connection, every language it can reach
