"""Model lists: the Gemini API's and Vertex AI's (paged, one model by id) and an
OpenAI-compatible server's /v1/models, which shares a path with the Gemini API's."""

from __future__ import annotations

import re
from typing import Any

from tests.loopback import model_list
from tests.loopback.endpoints.credentials import (
    AIPLATFORM,
    GENERATIVELANGUAGE,
    AuthPolicy,
    CredentialChecks,
)
from tests.loopback.endpoints.replies import error_reply, model_not_found
from tests.loopback.gemini import InvalidRequest
from tests.loopback.routing import GEMINI_MODELS, RecordedRequest
from tests.loopback.scenario import rpc_error
from tests.loopback.wire import Reply


class ModelListEndpoints(CredentialChecks):
    """Mixed into LoopbackServer: the model-list routes."""

    def _models(self, request: RecordedRequest, match: re.Match[str], *, vertex: bool) -> Reply:
        request.route = "vertex.models" if vertex else "gemini.models"
        policy = AuthPolicy(service=AIPLATFORM if vertex else GENERATIVELANGUAGE)
        rpc = "ModelGardenService.ListPublisherModels" if vertex else "ModelService.ListModels"
        denied = self._authenticate(request, policy, rpc, in_array=False)
        if denied is not None:
            return denied
        if (failure := self._next_model_list_failure()) is not None:
            return error_reply(failure.http_status(), failure.error_body())
        resource = model_list.vertex_publisher_model if vertex else self._gemini_model
        if match["model"]:
            if match["model"] not in self.models:
                return error_reply(404, model_not_found(match, "vertex" if vertex else "gemini"))
            return Reply.json(200, resource(match["model"]))
        try:
            page, next_token = model_list.paginate(
                self.models,
                request.query.get("pageSize"),
                request.query.get("pageToken"),
                default_size=100 if vertex else 50,
                max_size=self.model_page_limit,
            )
        except InvalidRequest as exc:
            return error_reply(400, rpc_error(400, "INVALID_ARGUMENT", str(exc)))
        body: dict[str, Any] = {
            "publisherModels" if vertex else "models": [resource(m) for m in page]
        }
        if next_token:
            body["nextPageToken"] = next_token
        return Reply.json(200, body)

    def _gemini_model(self, model_id: str) -> dict[str, Any]:
        resource = model_list.gemini_model(model_id)
        if model_id in self.input_token_limits:
            resource["inputTokenLimit"] = self.input_token_limits[model_id]
        return resource

    def _models_of_either_server(self, request: RecordedRequest, match: re.Match[str]) -> Reply:
        bearer = request.headers.get("authorization", "")[7:].strip()
        if "x-goog-api-key" in request.headers or "key" in request.query or not bearer:
            return self._models(request, GEMINI_MODELS.match(request.path), vertex=False)  # type: ignore[arg-type]
        if bearer not in self.api_keys and bearer not in self.static_tokens:
            return self._models(request, GEMINI_MODELS.match(request.path), vertex=False)  # type: ignore[arg-type]
        return self._openai_models(request)

    def _openai_models(self, request: RecordedRequest) -> Reply:
        """GET /v1/models of an OpenAI-compatible server (no paging)."""
        request.route = "openai.models"
        policy = AuthPolicy(service=AIPLATFORM, keys=False, openai=True)
        denied = self._authenticate(request, policy, "Models.List", False)
        if denied is not None:
            return denied
        if (failure := self._next_model_list_failure()) is not None:
            return error_reply(failure.http_status(), failure.error_body())
        data = [
            {"id": m, "object": "model", "created": 0, "owned_by": "loopback"} for m in self.models
        ]
        return Reply.json(200, {"object": "list", "data": data})
