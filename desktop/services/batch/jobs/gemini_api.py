"""The Gemini API's Batch API (ai.google.dev/api/batch-mode; google-genai batches.py).

The requests go as a JSON Lines file through the File API, each line {"key", "request":
GenerateContentRequest}; `models/M:batchGenerateContent` creates the batch from it and
answers a long-running Operation named "batches/ID" whose metadata carries the state
(BATCH_STATE_PENDING, RUNNING, SUCCEEDED, FAILED, CANCELLED, EXPIRED), batchStats (int64
counts as strings; a zero count is left out) and, when done, output.responsesFile: a file
of JSON Lines, {"key", "response"} or {"key", "error": google.rpc.Status} each, downloaded
from /download/v1beta/files/ID:download?alt=media. `batches/ID:cancel` cancels it.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from desktop.services.batch.jobs.engines import JobEndpoints, unreadable_reply
from desktop.services.batch.jobs.requests import ContentsMaker
from desktop.services.batch.jobs.state import JobCounts, JobState, JobStatus
from desktop.services.gemini_client import GeminiClient
from desktop.services.uploads.choose import Uploader

log = logging.getLogger(__name__)

JSONL = "application/jsonl"


class GeminiBatchEngine(JobEndpoints):
    engine = "gemini"

    def __init__(self, client: GeminiClient, uploader: Uploader) -> None:
        super().__init__(client)
        self._uploader = uploader
        # Photos go as the send pipeline sends them: inline within the budget, else the File API.
        self.contents: ContentsMaker | None = None

    def line(self, key: str, body: Mapping[str, Any]) -> dict[str, Any]:
        return {"key": key, "request": dict(body)}

    async def submit(
        self,
        requests: Path,
        model: str,
        display_name: str,
        on_create: Callable[[], None] | None = None,
    ) -> tuple[str, JobStatus, dict[str, Any]]:
        uploaded = await self._uploader.upload(requests, JSONL, f"{display_name}.jsonl")
        connection = self._client.connection
        if on_create is not None:
            on_create()
        operation = await self._client.call(
            "POST",
            connection.batch_create_url(model),
            json={
                "batch": {"displayName": display_name, "inputConfig": {"fileName": uploaded.name}}
            },
        )
        name = operation.get("name")
        if not isinstance(name, str) or not name.startswith("batches/"):
            raise unreadable_reply(operation)
        return name, status_of(operation), {"requests_file": uploaded.name}

    async def status(self, name: str, details: Mapping[str, Any]) -> JobStatus:
        return status_of(await self._job(name))

    async def results(
        self, status: JobStatus, details: Mapping[str, Any]
    ) -> list[tuple[str, Mapping[str, Any]]]:
        if status.results is None:
            return []
        data = await self._client.download(
            self._client.connection.file_download_url(status.results)
        )
        return parse_results(data)


def status_of(operation: Mapping[str, Any]) -> JobStatus:
    """The state, counts, results file and error of a batch's Operation."""
    metadata = operation.get("metadata")
    if not isinstance(metadata, Mapping):
        raise unreadable_reply(operation)
    stats = metadata.get("batchStats") or {}
    counts = JobCounts.from_dict(
        {
            "total": stats.get("requestCount"),
            "succeeded": stats.get("successfulRequestCount"),
            "failed": stats.get("failedRequestCount"),
        }
    )
    output = metadata.get("output") or operation.get("response") or {}
    results = output.get("responsesFile") if isinstance(output, Mapping) else None
    error = operation.get("error")
    return JobStatus(
        JobState.from_wire(metadata.get("state")),
        counts,
        results=str(results) if results else None,
        error=error if isinstance(error, Mapping) else None,
    )


def parse_results(data: bytes) -> list[tuple[str, Mapping[str, Any]]]:
    """The results file's lines as (key, line); a line that is not JSON or has no key is
    logged and skipped (its photo then says it got no result)."""
    lines: list[tuple[str, Mapping[str, Any]]] = []
    for number, text in enumerate(data.decode("utf-8", "replace").splitlines(), 1):
        if not text.strip():
            continue
        try:
            record = json.loads(text)
        except ValueError:
            log.warning("Batch results line %d is not JSON: %.200r", number, text)
            continue
        key = record.get("key") if isinstance(record, dict) else None
        if key is None:
            log.warning("Batch results line %d has no key: %.200r", number, text)
            continue
        lines.append((str(key), record))
    return lines
