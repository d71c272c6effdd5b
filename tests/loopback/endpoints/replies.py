"""Replies the endpoints share: Google's error bodies (plain or in a JSON array), a
scenario's HTTP error, a model's 404, and a 200 body that a scenario may cut short."""

from __future__ import annotations

import re
from typing import Any

from tests.loopback.scenario import Scenario, rpc_error
from tests.loopback.wire import Reply

_WWW_AUTHENTICATE = 'Bearer realm="https://accounts.google.com/", error="invalid_token"'


def error_reply(status: int, error: dict[str, Any], in_array: bool = False) -> Reply:
    """{"error": ...}, or [{"error": ...}] as Google sends it for JSON-array streams."""
    body: Any = [{"error": error}] if in_array else {"error": error}
    headers = {"WWW-Authenticate": _WWW_AUTHENTICATE} if status == 401 else {}
    return Reply.json(status, body, headers=headers)


def scenario_error_reply(
    scenario: Scenario, in_array: bool, error: dict[str, Any] | None = None
) -> Reply:
    """The scenario's HTTP error; a given `error` replaces the body and sets the status."""
    if error is None:
        status, error = scenario.http_status(), scenario.error_body()
    else:
        code = error.get("code")
        status = code if isinstance(code, int) and code >= 400 else scenario.http_status()
    if scenario.error_in_array is not None:
        in_array = scenario.error_in_array
    reply = error_reply(status, error, in_array)
    reply.scenario = scenario
    return reply


def model_not_found(match: re.Match[str], api: str) -> dict[str, Any]:
    model, version = match["model"], match["version"]
    if api == "gemini":
        method = match.groupdict().get("method") or "generateContent"
        message = (
            f"models/{model} is not found for API version {version}, or is not supported for "
            f"{method}. Call ListModels to see the list of available models and their "
            "supported methods."
        )
    else:
        name = f"publishers/google/models/{model}"
        if match.groupdict().get("project"):
            name = f"projects/{match['project']}/locations/{match['location']}/{name}"
        message = (
            f"Publisher Model `{name}` was not found or your project does not have access to it. "
            "Please ensure you are using a valid model version. For more information, see: "
            "https://cloud.google.com/vertex-ai/generative-ai/docs/learn/model-versions"
        )
    return rpc_error(404, "NOT_FOUND", message)


def body_reply(
    scenario: Scenario, content_type: str, pieces: list[bytes], *, streamed: bool
) -> Reply:
    """A 200 reply; reset_after_events counts events for streams and halves a plain body."""
    reset_after = scenario.reset_after_events
    if not streamed and reset_after:
        body = b"".join(pieces)
        pieces, reset_after = [body[: len(body) // 2], body[len(body) // 2 :]], 1
    return Reply(
        200, content_type, pieces, streamed=streamed, reset_after=reset_after, scenario=scenario
    )
