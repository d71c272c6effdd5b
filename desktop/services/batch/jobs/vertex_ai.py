"""Vertex AI batch prediction (cloud.google.com/vertex-ai/generative-ai/docs/multimodal/
batch-prediction-from-cloud-storage; google-genai batches.py; the Vertex AI REST reference
of BatchPredictionJob and JobState).

Everything goes through the profile's Cloud Storage bucket: each photo is uploaded there
and named by its gs:// URI, and so is the requests file, one {"request": GenerateContentRequest}
a line. The job (projects/P/locations/L/batchPredictionJobs, model publishers/google/models/M)
reads it and writes its results under the output prefix, in "prediction-model-<time>/":
predictions*.jsonl, one line per request with the request as sent, "status" ("" or the
error's words) and "response". Nothing but the request itself comes back, so each request
carries its key as a label (`labels` is a GenerateContentRequest field on Vertex AI; LiteLLM
pairs its batch lines the same way). States are JOB_STATE_x; completionStats counts as
strings; `outputInfo.gcsOutputDirectory` names the results' folder; `:cancel` cancels.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from desktop.core.conversation import NewAttachment
from desktop.core.request import Content, Part
from desktop.services.batch.jobs.engines import JobEndpoints, unreadable_reply
from desktop.services.batch.jobs.requests import ContentsMaker
from desktop.services.batch.jobs.state import JobCounts, JobState, JobStatus
from desktop.services.gemini_client import GeminiClient
from desktop.services.uploads.gcs import OBJECT_PREFIX, GcsUploader

log = logging.getLogger(__name__)

JSONL = "application/jsonl"
KEY_LABEL = "gemini_desktop_key"


class VertexBatchEngine(JobEndpoints):
    engine = "vertex"

    def __init__(self, client: GeminiClient, storage: GcsUploader) -> None:
        super().__init__(client)
        self._storage = storage
        self.contents: ContentsMaker | None = self._bucket_contents

    def line(self, key: str, body: Mapping[str, Any]) -> dict[str, Any]:
        request = dict(body)
        request["labels"] = {**(request.get("labels") or {}), KEY_LABEL: key}
        return {"request": request}

    async def _bucket_contents(self, prompt: str, file: NewAttachment) -> tuple[Content, ...]:
        """The photo uploaded to the bucket and named by its gs:// URI: the job reads
        every file from Cloud Storage."""
        source = file.source
        assert not isinstance(source, str), "a batch's files are files, not links"
        uploaded = await self._storage.upload(source, file.mime_type, file.name)
        return (Content("user", (uploaded.part(), Part.from_text(prompt))),)

    async def submit(
        self,
        requests: Path,
        model: str,
        display_name: str,
        on_create: Callable[[], None] | None = None,
    ) -> tuple[str, JobStatus, dict[str, Any]]:
        uploaded = await self._storage.upload(requests, JSONL, f"{display_name}.jsonl")
        output = f"gs://{self._storage.bucket}/{OBJECT_PREFIX}/batch-jobs/{display_name}"
        model_id = model.removeprefix("models/").removeprefix("publishers/google/models/")
        if on_create is not None:
            on_create()
        job = await self._client.call(
            "POST",
            self._client.connection.batch_create_url(model),
            json={
                "displayName": display_name,
                "model": f"publishers/google/models/{model_id}",
                "inputConfig": {"instancesFormat": "jsonl", "gcsSource": {"uris": [uploaded.uri]}},
                "outputConfig": {
                    "predictionsFormat": "jsonl",
                    "gcsDestination": {"outputUriPrefix": output},
                },
            },
        )
        name = job.get("name")
        if not isinstance(name, str) or "/batchPredictionJobs/" not in name:
            raise unreadable_reply(job)
        return name, status_of(job), {"requests_file": uploaded.uri, "output": output}

    async def status(self, name: str, details: Mapping[str, Any]) -> JobStatus:
        return status_of(await self._job(name))

    async def results(
        self, status: JobStatus, details: Mapping[str, Any]
    ) -> list[tuple[str, Mapping[str, Any]]]:
        if status.results is None:
            return []
        bucket, _, folder = status.results.removeprefix("gs://").partition("/")
        if bucket != self._storage.bucket:
            log.warning("Batch results in another bucket (%s) are not read", bucket)
            return []
        lines: list[tuple[str, Mapping[str, Any]]] = []
        for name in await self._storage.object_names(folder.rstrip("/") + "/"):
            if name.rsplit("/", 1)[-1].startswith("predictions") and name.endswith(".jsonl"):
                lines += parse_predictions(await self._storage.read(name))
        return lines


def status_of(job: Mapping[str, Any]) -> JobStatus:
    """The state, counts, results folder and error of a BatchPredictionJob."""
    stats = job.get("completionStats") or {}
    done = JobCounts.from_dict(
        {"succeeded": stats.get("successfulCount"), "failed": stats.get("failedCount")}
    )
    incomplete = JobCounts.from_dict({"total": stats.get("incompleteCount")}).total
    total = done.succeeded + done.failed + incomplete if stats else 0
    output = (job.get("outputInfo") or {}).get("gcsOutputDirectory")
    error = job.get("error")
    return JobStatus(
        JobState.from_wire(job.get("state")),
        JobCounts(total, done.succeeded, done.failed),
        results=str(output) if output else None,
        error=error if isinstance(error, Mapping) else None,
    )


def parse_predictions(data: bytes) -> list[tuple[str, Mapping[str, Any]]]:
    """predictions.jsonl's lines as (key, {"response"} or {"error"})."""
    lines: list[tuple[str, Mapping[str, Any]]] = []
    for number, text in enumerate(data.decode("utf-8", "replace").splitlines(), 1):
        if not text.strip():
            continue
        try:
            record = json.loads(text)
            key = record["request"]["labels"][KEY_LABEL]
        except (ValueError, KeyError, TypeError):
            log.warning(
                "Batch prediction line %d unreadable or without its key: %.200r", number, text
            )
            continue
        status = record.get("status")
        if status:
            lines.append((str(key), {"error": _row_error(str(status))}))
        else:
            lines.append((str(key), {"response": record.get("response") or {}}))
    return lines


def _row_error(status: str) -> dict[str, Any]:
    """A row's error from its status words: the google.rpc.Status they quote, when they do
    ("Bad Request: {"error": {...}}"), else the words as a refused request's message."""
    start = status.find("{")
    if start >= 0:
        try:
            quoted = json.loads(status[start:])
        except ValueError:
            quoted = None
        error = quoted.get("error") if isinstance(quoted, dict) else None
        if isinstance(error, dict):
            return error
    return {"code": 400, "message": status}
