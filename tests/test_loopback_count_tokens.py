"""countTokens on the loopback in Google's shape (CountTokensRequest and CountTokensResponse
of the Gemini API and of Vertex AI), proven with the official google-genai client, and the
bodies Google refuses refused the same way."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx2
import pytest
from google import genai
from google.genai import errors, types
from google.oauth2 import service_account

from desktop.core.connection import ApiKind, Connection
from desktop.core.request import GenerateRequest, Part, user_message
from desktop.services.gemini_client import count_tokens_body
from tests.loopback.server import LoopbackServer, Scenario
from tests.photos import camera_photo, png_bytes

CLOUD_PLATFORM = "https://www.googleapis.com/auth/cloud-platform"
GEMINI_COUNT = "/v1beta/models/gemini-2.5-flash:countTokens"
VERTEX_COUNT = "/v1/projects/p/locations/us-central1/publishers/google/models/gemini-2.5-flash"


@pytest.fixture
def gemini_client(loopback_server: LoopbackServer) -> Iterator[genai.Client]:
    client = genai.Client(
        api_key="test-api-key", http_options=types.HttpOptions(base_url=loopback_server.base_url)
    )
    yield client
    client.close()


@pytest.fixture
def vertex_client(
    loopback_server: LoopbackServer, loopback_service_account: dict[str, Any]
) -> Iterator[genai.Client]:
    creds = service_account.Credentials.from_service_account_info(
        loopback_service_account, scopes=[CLOUD_PLATFORM]
    )
    client = genai.Client(
        vertexai=True,
        project="p",
        location="us-central1",
        credentials=creds,
        http_options=types.HttpOptions(base_url=loopback_server.base_url),
    )
    yield client
    client.close()


def _raw_reply(server: LoopbackServer) -> dict[str, Any]:
    """The reply to the SDK's last request, as JSON: the request sent again as it was (the
    SDK keeps only the fields it knows of a count's reply)."""
    sent = server.requests[-1]
    headers = {k: v for k, v in sent.headers.items() if k in ("x-goog-api-key", "authorization")}
    with httpx2.Client(base_url=server.base_url) as http:
        reply = http.post(sent.path, json=sent.json, headers=headers)
    body: dict[str, Any] = reply.json()
    return body


def test_gemini_api_counts_text_and_a_photo_by_modality(
    loopback_server: LoopbackServer, gemini_client: genai.Client
) -> None:
    photo = types.Part.from_bytes(data=camera_photo(320, 240), mime_type="image/jpeg")

    response = gemini_client.models.count_tokens(
        model="gemini-2.5-flash", contents=["what is in this picture", photo]
    )

    assert response.total_tokens == 5 + 258
    (request,) = loopback_server.requests
    assert request.route == "gemini.count"
    assert set(request.json) == {"contents"}
    assert _raw_reply(loopback_server) == {
        "totalTokens": 263,
        "promptTokensDetails": [
            {"modality": "TEXT", "tokenCount": 5},
            {"modality": "IMAGE", "tokenCount": 258},
        ],
    }


def test_vertex_counts_the_system_instruction_and_billable_characters(
    loopback_server: LoopbackServer, vertex_client: genai.Client
) -> None:
    response = vertex_client.models.count_tokens(
        model="gemini-2.5-flash",
        contents="count these four",
        config=types.CountTokensConfig(system_instruction="be brief"),
    )

    assert response.total_tokens == 5
    (request,) = loopback_server.requests_for("vertex.count")
    assert request.path.endswith("/publishers/google/models/gemini-2.5-flash:countTokens")
    assert set(request.json) == {"contents", "systemInstruction"}
    assert _raw_reply(loopback_server) == {
        "totalTokens": 5,
        "totalBillableCharacters": len("countthesefour") + len("bebrief"),
        "promptTokensDetails": [{"modality": "TEXT", "tokenCount": 5}],
    }


def test_a_photo_costs_what_its_media_resolution_says(
    loopback_server: LoopbackServer, vertex_client: genai.Client
) -> None:
    photo = types.Part.from_bytes(data=png_bytes(), mime_type="image/png")
    config = types.CountTokensConfig(
        generation_config=types.GenerationConfig(
            media_resolution=types.MediaResolution.MEDIA_RESOLUTION_LOW
        )
    )

    default = vertex_client.models.count_tokens(model="gemini-2.5-flash", contents=[photo])
    low = vertex_client.models.count_tokens(
        model="gemini-2.5-flash", contents=[photo], config=config
    )

    assert (default.total_tokens, low.total_tokens) == (258, 280)


def test_the_apps_bodies_are_counted_on_both_apis(loopback_server: LoopbackServer) -> None:
    request = GenerateRequest(
        model="gemini-2.5-flash",
        contents=(user_message("three words here", (Part.from_bytes(png_bytes(), "image/png"),)),),
        system_instruction="answer in French",
    )
    gemini = Connection(ApiKind.GEMINI, base_url=loopback_server.base_url)
    vertex = Connection(ApiKind.VERTEX, project="p", location="us-central1")

    gemini_body = count_tokens_body(gemini, request)
    assert gemini_body["generateContentRequest"]["model"] == "models/gemini-2.5-flash"
    with httpx2.Client(base_url=loopback_server.base_url) as http:
        reply = http.post(
            GEMINI_COUNT, json=gemini_body, headers={"x-goog-api-key": "test-api-key"}
        )
        vertex_reply = http.post(
            VERTEX_COUNT + ":countTokens",
            json=count_tokens_body(vertex, request),
            headers={"authorization": "Bearer test-access-token"},
        )

    # The system instruction counts on both (3 words + 3 words + one photo).
    assert reply.json()["totalTokens"] == vertex_reply.json()["totalTokens"] == 6 + 258


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (
            {"contents": [{"parts": [{"text": "hi"}]}], "systemInstruction": {"parts": []}},
            'Unknown name "systemInstruction"',
        ),
        (
            {"generateContentRequest": {"contents": [{"parts": [{"text": "hi"}]}]}},
            "GenerateContentRequest.model",
        ),
        (
            {
                "contents": [{"parts": [{"text": "hi"}]}],
                "generateContentRequest": {
                    "model": "models/gemini-2.5-flash",
                    "contents": [{"parts": [{"text": "hi"}]}],
                },
            },
            "mutually exclusive",
        ),
    ],
)
def test_the_gemini_api_refuses_what_google_refuses(
    loopback_server: LoopbackServer, body: dict[str, Any], message: str
) -> None:
    with httpx2.Client(base_url=loopback_server.base_url) as http:
        reply = http.post(GEMINI_COUNT, json=body, headers={"x-goog-api-key": "test-api-key"})

    assert reply.status_code == 400
    assert reply.json()["error"]["status"] == "INVALID_ARGUMENT"
    assert message in reply.json()["error"]["message"]


def test_a_scripted_failure_answers_the_next_count(
    loopback_server: LoopbackServer, gemini_client: genai.Client
) -> None:
    loopback_server.script_count_tokens(Scenario.overloaded())

    with pytest.raises(errors.ServerError) as caught:
        gemini_client.models.count_tokens(model="gemini-2.5-flash", contents="hi")
    again = gemini_client.models.count_tokens(model="gemini-2.5-flash", contents="hi")

    assert caught.value.code == 503
    assert again.total_tokens == 1
