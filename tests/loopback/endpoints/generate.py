"""generateContent, streamGenerateContent and countTokens on the Gemini API, Vertex AI and
Vertex AI express: checks, scripted failures and the streamed or plain reply."""

from __future__ import annotations

import re
from typing import Any

from tests.loopback import gemini, wire
from tests.loopback.endpoints.credentials import (
    AIPLATFORM,
    GENERATIVELANGUAGE,
    AuthPolicy,
    CredentialChecks,
)
from tests.loopback.endpoints.replies import (
    body_reply,
    error_reply,
    model_not_found,
    scenario_error_reply,
)
from tests.loopback.gemini import InvalidRequest
from tests.loopback.routing import RecordedRequest
from tests.loopback.scenario import Scenario, rpc_error
from tests.loopback.wire import Reply

_ROUTE_SUFFIX = {
    "streamGenerateContent": "stream",
    "generateContent": "generate",
    "countTokens": "count",
}


class GenerateEndpoints(CredentialChecks):
    """Mixed into LoopbackServer: the generate, stream and countTokens routes."""

    def _generate(self, request: RecordedRequest, match: re.Match[str], api: str) -> Reply:
        method, model = match["method"], match["model"]
        stream = method == "streamGenerateContent"
        sse = request.query.get("alt") == "sse"
        vertex = api != "gemini"
        request.route = f"{api}.{_ROUTE_SUFFIX[method]}"
        in_array = stream and not sse  # Google wraps errors of JSON-array streams in a list
        service = AIPLATFORM if vertex else GENERATIVELANGUAGE
        policy = AuthPolicy(service=service, keys=api != "vertex")
        denied = self._authenticate(request, policy, _rpc_method(api, match), in_array)
        if denied is not None:
            return denied
        if self.strict_models and model not in self.models:
            return error_reply(404, model_not_found(match, api), in_array)
        try:
            if method == "countTokens" and isinstance(request.json, dict):
                gemini.check_count_request(request.json, vertex=vertex)
            body = gemini.validate_generate_request(request.json, vertex=vertex)
        except InvalidRequest as exc:
            return error_reply(400, rpc_error(400, "INVALID_ARGUMENT", str(exc)), in_array)
        # Uploads: fileData must name an ACTIVE uploaded file or an existing object.
        refused = self.uploads.check_file_data(body)
        if refused is not None:
            return error_reply(refused[0], refused[1], in_array)
        if method == "countTokens":
            if (failure := self._next_count_failure()) is not None:
                return scenario_error_reply(failure, in_array=False)
            return Reply.json(200, gemini.count_tokens_response(body, vertex=vertex))
        refused = self.rate_limit.admit() if self.rate_limit is not None else None
        if refused is not None:
            request.route += ".refused"
            return scenario_error_reply(refused, in_array)
        scenario = self._next_scenario(model)
        return _gemini_reply(body, scenario, vertex=vertex, stream=stream, sse=sse)


def _rpc_method(api: str, match: re.Match[str]) -> str:
    name = match["method"][0].upper() + match["method"][1:]
    if api == "gemini":
        return f"google.ai.generativelanguage.{match['version']}.GenerativeService.{name}"
    return f"PredictionService.{name}"


def _gemini_reply(
    request: dict[str, Any], scenario: Scenario, *, vertex: bool, stream: bool, sse: bool
) -> Reply:
    if scenario.reset_before_response:
        return Reply(0, abort_before=True, scenario=scenario)
    if scenario.body is not None:  # not Google: a proxy's page, a portal's login form
        return Reply(scenario.status, scenario.content_type, [scenario.body], scenario=scenario)
    if scenario.is_http_error:
        return scenario_error_reply(scenario, in_array=stream and not sse)
    cut = scenario.error_after_events
    if cut is not None and not stream:
        # A plain JSON reply cannot fail half-way: it fails as a whole.
        return scenario_error_reply(scenario, in_array=False, error=scenario.stream_error())
    events = gemini.build_events(request, scenario, vertex=vertex)
    if not stream:
        return body_reply(
            scenario, wire.JSON, [wire.pretty(gemini.merge_events(events))], streamed=False
        )
    error = None if cut is None else {"error": scenario.stream_error()}
    kept = events if cut is None else events[:cut]
    if sse:
        return body_reply(
            scenario,
            wire.SSE,
            wire.gemini_sse(kept, scenario.line_ending, error, scenario.garbled_event),
            streamed=True,
        )
    return body_reply(scenario, wire.JSON, wire.json_array(kept, error), streamed=True)
