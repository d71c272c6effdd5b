"""Chat Completions: Vertex AI's OpenAI-compatible endpoint and a generic OpenAI server,
streamed or plain, with each one's error shape."""

from __future__ import annotations

import dataclasses
from typing import Any

from tests.loopback import chat, wire
from tests.loopback.endpoints.credentials import AIPLATFORM, AuthPolicy, CredentialChecks
from tests.loopback.endpoints.replies import body_reply, error_reply, scenario_error_reply
from tests.loopback.gemini import InvalidRequest
from tests.loopback.routing import RecordedRequest
from tests.loopback.scenario import Scenario, rpc_error
from tests.loopback.wire import Reply


class ChatEndpoints(CredentialChecks):
    """Mixed into LoopbackServer: the chat-completions routes."""

    def _chat(self, request: RecordedRequest, *, vertex: bool) -> Reply:
        request.route = "vertex.chat" if vertex else "openai.chat"
        policy = AuthPolicy(service=AIPLATFORM, keys=False, openai=not vertex)
        denied = self._authenticate(request, policy, "PredictionService.ChatCompletions", False)
        if denied is not None:
            return denied
        try:
            body = chat.validate_chat_request(request.json)
        except InvalidRequest as exc:
            if vertex:
                return error_reply(400, rpc_error(400, "INVALID_ARGUMENT", str(exc)))
            return error_reply(
                400, {"message": str(exc), "type": "invalid_request_error", "code": None}
            )
        scenario = self._next_scenario(str(body.get("model") or ""))
        return _chat_reply(body, scenario, vertex=vertex)


def _chat_reply(request: dict[str, Any], scenario: Scenario, *, vertex: bool) -> Reply:
    if scenario.reset_before_response:
        return Reply(0, abort_before=True, scenario=scenario)
    if scenario.is_http_error:
        if scenario.error is None and not vertex:
            # The generic endpoint speaks OpenAI's error shape by default.
            message = f"HTTP {scenario.status} from loopback."
            error: dict[str, Any] = {"message": message, "type": "server_error"}
            error |= {"param": None, "code": None}
            scenario = dataclasses.replace(scenario, error=error)
        return scenario_error_reply(scenario, in_array=False)
    cut = scenario.error_after_events
    if cut is not None and not request.get("stream"):
        return scenario_error_reply(scenario, in_array=False, error=scenario.stream_error())
    reply = chat.ChatReply(request, scenario, vertex=vertex)
    if not request.get("stream"):
        return body_reply(scenario, wire.JSON, [wire.pretty(reply.completion())], streamed=False)
    chunks = reply.chunks()
    stream_error = None if cut is None else {"error": scenario.stream_error()}
    kept = chunks if cut is None else chunks[:cut]
    return body_reply(
        scenario, wire.SSE, wire.openai_sse(kept, scenario.line_ending, stream_error), streamed=True
    )
