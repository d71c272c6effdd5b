"""What the loopback server refuses, read with plain httpx2: unknown paths, bad keys and tokens,
bad grants at /token, unknown models and invalid inline data."""

from __future__ import annotations

import httpx2

from tests.loopback import clients
from tests.loopback.clients import GEMINI_MODEL, gemini_post
from tests.loopback.server import LoopbackServer

server, http = clients.server, clients.http  # fixtures, found by name

VERTEX_STREAM = "/v1/projects/p/locations/us-central1/publishers/google/models/gemini-2.5-flash"


def test_unknown_path_is_404_not_found(http: httpx2.Client) -> None:
    response = http.get("/v1beta/nothing/here")

    assert response.status_code == 404
    assert response.json()["error"]["status"] == "NOT_FOUND"


def test_bad_api_key_is_400_api_key_invalid(http: httpx2.Client) -> None:
    response = gemini_post(http, "generateContent", query="", headers={"x-goog-api-key": "bad"})

    assert response.status_code == 400
    error = response.json()["error"]
    assert error["status"] == "INVALID_ARGUMENT"
    assert error["message"] == "API key not valid. Please pass a valid API key."
    assert error["details"][0]["reason"] == "API_KEY_INVALID"


def test_key_in_query_is_accepted_and_recorded(server: LoopbackServer, http: httpx2.Client) -> None:
    response = gemini_post(http, "generateContent", query="?key=test-api-key", headers={})

    assert response.status_code == 200
    assert server.requests[0].query["key"] == "test-api-key"


def test_bearer_tokens_missing_unknown_and_expired(
    server: LoopbackServer, http: httpx2.Client
) -> None:
    grant = {"grant_type": "refresh_token", "refresh_token": "test-refresh-token"}
    token = http.post("/token", data={**grant, "client_id": "c", "client_secret": "s"}).json()
    url = f"{VERTEX_STREAM}:generateContent"
    body = {"contents": [{"parts": [{"text": "Hi"}]}]}

    def post(headers: dict[str, str]) -> httpx2.Response:
        return http.post(url, json=body, headers=headers)

    assert token["expires_in"] == 3600 and token["token_type"] == "Bearer"
    assert post({"authorization": f"Bearer {token['access_token']}"}).status_code == 200
    server.expire_all_tokens()
    reasons = {}
    for name, headers in {
        "expired": {"authorization": f"Bearer {token['access_token']}"},
        "unknown": {"authorization": "Bearer ya29.made-up"},
        "missing": {},
        "api key": {"x-goog-api-key": "test-api-key"},
    }.items():
        response = post(headers)
        assert response.status_code == 401
        assert response.headers["www-authenticate"].startswith("Bearer")
        reasons[name] = response.json()["error"]["details"][0]["reason"]
    assert reasons == {
        "expired": "ACCESS_TOKEN_EXPIRED",
        "unknown": "ACCESS_TOKEN_TYPE_UNSUPPORTED",
        "missing": "CREDENTIALS_MISSING",
        "api key": "CREDENTIALS_MISSING",
    }


def test_token_endpoint_rejects_bad_grants(server: LoopbackServer, http: httpx2.Client) -> None:
    wrong_refresh = http.post(
        "/token",
        data={
            "grant_type": "refresh_token",
            "refresh_token": "nope",
            "client_id": "c",
            "client_secret": "s",
        },
    )
    unsupported = http.post("/token", data={"grant_type": "password"})
    bad_jwt = http.post(
        "/token",
        data={"grant_type": "urn:ietf:params:oauth:grant-type:jwt-bearer", "assertion": "x.y"},
    )

    assert (wrong_refresh.status_code, wrong_refresh.json()["error"]) == (400, "invalid_grant")
    assert unsupported.json()["error"] == "unsupported_grant_type"
    assert bad_jwt.json()["error"] == "invalid_grant"
    assert len(server.token_requests) == 3
    assert server.issued_tokens == {}


def test_strict_models_answers_googles_404(server: LoopbackServer, http: httpx2.Client) -> None:
    server.strict_models = True
    response = http.post(
        "/v1beta/models/gemini-0.1-nope:generateContent",
        json={"contents": [{"parts": [{"text": "Hi"}]}]},
        headers={"x-goog-api-key": "test-api-key"},
    )

    assert response.status_code == 404
    assert response.json()["error"]["message"].startswith("models/gemini-0.1-nope is not found")


def test_invalid_inline_data_is_400(http: httpx2.Client) -> None:
    part = {"inlineData": {"mimeType": "image/png", "data": "not base64!"}}
    response = http.post(
        f"{GEMINI_MODEL}:generateContent",
        json={"contents": [{"parts": [part]}]},
        headers={"x-goog-api-key": "test-api-key"},
    )

    assert response.status_code == 400
    assert "Base64 decoding failed" in response.json()["error"]["message"]
