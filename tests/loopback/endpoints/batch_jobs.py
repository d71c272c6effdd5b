"""Routes of batch jobs (tests/loopback/batches.py keeps their state): the Gemini API's Batch
API with its results download, and Vertex AI batch prediction."""

from __future__ import annotations

import re

from tests.loopback.endpoints.credentials import (
    AIPLATFORM,
    GENERATIVELANGUAGE,
    AuthPolicy,
    CredentialChecks,
)
from tests.loopback.endpoints.replies import error_reply, model_not_found
from tests.loopback.routing import RecordedRequest
from tests.loopback.scenario import rpc_error
from tests.loopback.wire import Reply


class BatchEndpoints(CredentialChecks):
    """Mixed into LoopbackServer: the batch-job routes."""

    def _batch_create(self, request: RecordedRequest, match: re.Match[str]) -> Reply:
        request.route = "batches.create"
        rpc = f"google.ai.generativelanguage.{match['version']}.GenerativeService.BatchGenerateContent"
        denied = self._authenticate(request, AuthPolicy(service=GENERATIVELANGUAGE), rpc, False)
        if denied is not None:
            return denied
        if self.strict_models and match["model"] not in self.models:
            return error_reply(404, model_not_found(match, "gemini"))
        failure = self.uploads.take_failure(request.route)
        return failure or self.batches.gemini_create(match["model"], request.json)

    def _batch_resource(self, request: RecordedRequest, match: re.Match[str]) -> Reply:
        cancel = bool(match["cancel"])
        if cancel != (request.method == "POST"):
            return error_reply(404, rpc_error(404, "NOT_FOUND", "Method not found."))
        request.route = "batches.cancel" if cancel else "batches.get"
        name = "CancelOperation" if cancel else "GetOperation"
        rpc = f"google.ai.generativelanguage.{match['version']}.BatchService.{name}"
        denied = self._authenticate(request, AuthPolicy(service=GENERATIVELANGUAGE), rpc, False)
        if denied is not None:
            return denied
        failure = self.uploads.take_failure(request.route)
        if failure is not None:
            return failure
        if cancel:
            return self.batches.gemini_cancel(match["id"])
        return self.batches.gemini_get(match["id"])

    def _vertex_jobs(self, request: RecordedRequest, match: re.Match[str]) -> Reply:
        job_id, cancel = match["id"], bool(match["cancel"])
        if request.method == "GET" and job_id and not cancel:
            request.route, rpc = "vertex_jobs.get", "GetBatchPredictionJob"
        elif request.method == "POST" and cancel:
            request.route, rpc = "vertex_jobs.cancel", "CancelBatchPredictionJob"
        elif request.method == "POST" and not job_id:
            request.route, rpc = "vertex_jobs.create", "CreateBatchPredictionJob"
        else:
            return error_reply(404, rpc_error(404, "NOT_FOUND", "Method not found."))
        policy = AuthPolicy(service=AIPLATFORM, keys=False)
        denied = self._authenticate(request, policy, f"JobService.{rpc}", False)
        if denied is not None:
            return denied
        failure = self.uploads.take_failure(request.route)
        if failure is not None:
            return failure
        if request.route == "vertex_jobs.create":
            return self.batches.vertex_create(match["location"], request.json)
        if cancel:
            return self.batches.vertex_cancel(job_id)
        return self.batches.vertex_get(job_id)

    def _files_download(self, request: RecordedRequest, match: re.Match[str]) -> Reply:
        request.route = "files.download"
        rpc = f"google.ai.generativelanguage.{match['version']}.FileService.DownloadFile"
        denied = self._authenticate(request, AuthPolicy(service=GENERATIVELANGUAGE), rpc, False)
        if denied is not None:
            return denied
        failure = self.uploads.take_failure(request.route)
        return failure or self.batches.download(match["id"], request.query.get("alt"))
