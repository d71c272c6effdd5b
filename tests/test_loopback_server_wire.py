"""The loopback server's bytes on the wire, read with plain httpx2: SSE and JSON-array streams,
split writes, errors and resets part-way through a stream."""

from __future__ import annotations

import json
from typing import Any

import httpx2
import pytest

from tests.loopback import clients
from tests.loopback.clients import GEMINI_MODEL, gemini_post
from tests.loopback.server import LoopbackServer, Scenario

server, http = clients.server, clients.http  # fixtures, found by name

FIXED_EVENTS = [
    {"candidates": [{"content": {"role": "model", "parts": [{"text": "héllo, "}]}}]},
    {"candidates": [{"content": {"role": "model", "parts": [{"text": "wörld ✓"}]}}]},
    {"candidates": [{"finishReason": "STOP"}], "usageMetadata": {"totalTokenCount": 5}},
]


def _sse_events(body: bytes, separator: bytes = b"\r\n\r\n") -> list[dict[str, Any]]:
    blocks = [block for block in body.split(separator) if block]
    assert all(block.startswith(b"data: ") for block in blocks), body
    return [json.loads(block[len(b"data: ") :]) for block in blocks]


def test_sse_events_are_separated_by_crlf_crlf(http: httpx2.Client) -> None:
    response = gemini_post(http, "streamGenerateContent")

    assert response.status_code == 200
    assert response.headers["content-type"] == "text/event-stream"
    assert response.headers["transfer-encoding"] == "chunked"
    events = _sse_events(response.content)
    assert response.content.endswith(b"}\r\n\r\n")
    assert "".join(e["candidates"][0]["content"]["parts"][0]["text"] for e in events) == (
        "You said: Hi."
    )
    assert events[-1]["candidates"][0]["finishReason"] == "STOP"
    assert len({e["responseId"] for e in events}) == 1


def test_sse_line_ending_can_be_lf(server: LoopbackServer, http: httpx2.Client) -> None:
    server.script(Scenario(line_ending="\n"))

    response = gemini_post(http, "streamGenerateContent")

    assert b"\r" not in response.content
    assert len(_sse_events(response.content, b"\n\n")) == 3


def test_json_array_mode_streams_a_json_array(server: LoopbackServer, http: httpx2.Client) -> None:
    response = gemini_post(http, "streamGenerateContent", query="")

    assert response.headers["content-type"].startswith("application/json")
    assert response.content.startswith(b"[{") and b"\n,\r\n" in response.content
    events = json.loads(response.content)
    assert isinstance(events, list) and len(events) == 3


def test_split_every_byte_delivers_the_same_body(
    server: LoopbackServer, http: httpx2.Client
) -> None:
    server.script(Scenario(events=FIXED_EVENTS), Scenario(events=FIXED_EVENTS, split_every=1))

    whole = gemini_post(http, "streamGenerateContent").content
    with http.stream(
        "POST",
        f"{GEMINI_MODEL}:streamGenerateContent?alt=sse",
        json={"contents": [{"parts": [{"text": "x"}]}]},
        headers={"x-goog-api-key": "test-api-key"},
    ) as response:
        raw_chunks = list(response.iter_raw())

    assert b"".join(raw_chunks) == whole
    assert _sse_events(whole) == FIXED_EVENTS
    assert len(raw_chunks) > 1


def test_split_at_cuts_inside_utf8_and_separators(
    server: LoopbackServer, http: httpx2.Client
) -> None:
    body = b"".join(
        b"data: " + json.dumps(e, ensure_ascii=False).encode() + b"\r\n\r\n" for e in FIXED_EVENTS
    )
    inside_e_acute = body.index("é".encode()) + 1
    inside_separator = body.index(b"\r\n\r\n") + 2
    server.script(Scenario(events=FIXED_EVENTS, split_at=[inside_e_acute, inside_separator]))

    response = gemini_post(http, "streamGenerateContent")

    assert response.content == body


def test_error_after_events_sends_200_then_a_bare_error(
    server: LoopbackServer, http: httpx2.Client
) -> None:
    server.script(Scenario(error_after_events=1))

    response = gemini_post(http, "streamGenerateContent")

    assert response.status_code == 200
    first, rest = response.content.split(b"\r\n\r\n", 1)
    assert first.startswith(b"data: {")
    assert not rest.startswith(b"data:")
    assert json.loads(rest)["error"]["status"] == "UNAVAILABLE"


def test_reset_after_events_is_a_transport_error(
    server: LoopbackServer, http: httpx2.Client
) -> None:
    server.script(Scenario(reset_after_events=1), Scenario(reset_before_response=True))

    for _ in range(2):
        with pytest.raises((httpx2.RemoteProtocolError, httpx2.ReadError)):
            gemini_post(http, "streamGenerateContent")
    # The client recovers on a fresh connection.
    assert gemini_post(http, "streamGenerateContent").status_code == 200


def test_http_errors_can_come_wrapped_in_an_array(
    server: LoopbackServer, http: httpx2.Client
) -> None:
    server.script(
        Scenario.http_error(500, "INTERNAL", "Internal error encountered.", in_array=True),
        Scenario.overloaded(),  # JSON-array streams wrap errors by default
    )

    explicit = gemini_post(http, "streamGenerateContent")
    implicit = gemini_post(http, "streamGenerateContent", query="")

    assert explicit.status_code == 500
    assert explicit.json()[0]["error"]["message"] == "Internal error encountered."
    assert implicit.status_code == 503
    assert implicit.json() == [
        {
            "error": {
                "code": 503,
                "message": "The model is overloaded. Please try again later.",
                "status": "UNAVAILABLE",
            }
        }
    ]
