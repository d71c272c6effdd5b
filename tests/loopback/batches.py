"""Batch jobs at the loopback: the Gemini API's Batch API.

Gemini API (ai.google.dev/api/batch-mode; google-genai batches.py `Batches._create`,
`_BatchJob_from_mldev`, `_BatchJobSource_to_mldev`, `_InlinedRequest_to_mldev`):
  POST /v1beta/models/M:batchGenerateContent   {"batch": {"displayName", "inputConfig":
                                               {"fileName": "files/ID"} or {"requests":
                                               {"requests": [{"request", "metadata"}]}}}}
  GET  /v1beta/batches/ID                      the Operation below
  POST /v1beta/batches/ID:cancel               {} (the batch ends CANCELLED)
  GET  /download/v1beta/files/ID:download?alt=media   the results file (also without
                                               /download, as google-genai's files.download)

The Operation, as the live API returns it (bodies quoted in public clients' tests, e.g. a
succeeded batch of 2026-08-20 and pending ones of 2025-12 and 2026-01):
  {"name": "batches/ID", "metadata": {"@type": "type.googleapis.com/google.ai.
   generativelanguage.v1main.GenerateContentBatch", "model": "models/M", "displayName",
   "inputConfig", "output": {"responsesFile": "files/batch-ID"}, "createTime", "updateTime",
   "endTime", "batchStats": {"requestCount": "9", "pendingRequestCount": "9"}, "state":
   "BATCH_STATE_PENDING", "name": "batches/ID"}, "done": true, "response": {"@type":
   "...GenerateContentBatchOutput", "responsesFile": ...}}
Counts are int64, so strings, and a zero count is left out (proto3 JSON). States
(google-genai `t_job_state`): BATCH_STATE_PENDING, RUNNING, SUCCEEDED, FAILED, CANCELLED,
EXPIRED. The results file is JSON Lines, one line per request: {"key", "response":
GenerateContentResponse} or {"key", "error": google.rpc.Status} (ai.google.dev/gemini-api/
docs/batch-mode: "each line is either a GenerateContentResponse or a status object"). Its
lines come here in reverse order: Google does not promise the input's order, the key is
what pairs them.

Vertex AI batch prediction (cloud.google.com/vertex-ai/generative-ai/docs/multimodal/
batch-prediction-from-cloud-storage; google-genai batches.py `_BatchJob_from_vertex`,
`_BatchJobSource_to_vertex`; LiteLLM's vertex_ai/batches and files transformations):
  POST /v1/projects/P/locations/L/batchPredictionJobs   {"displayName", "model":
       "publishers/google/models/M", "inputConfig": {"instancesFormat": "jsonl",
       "gcsSource": {"uris": ["gs://B/requests.jsonl"]}}, "outputConfig":
       {"predictionsFormat": "jsonl", "gcsDestination": {"outputUriPrefix": "gs://B/out"}}}
  GET  /v1/projects/NUMBER/locations/L/batchPredictionJobs/ID   the BatchPredictionJob
  POST .../batchPredictionJobs/ID:cancel                 {} (CANCELLING, then CANCELLED)
The job's name carries the project's number, not its id ("projects/510528649030/locations/
us-central1/batchPredictionJobs/3814889423749775360"); `state` is JOB_STATE_QUEUED, PENDING,
RUNNING, SUCCEEDED, PARTIALLY_SUCCEEDED, FAILED, CANCELLING, CANCELLED or EXPIRED;
`completionStats` counts as strings; when done `outputInfo.gcsOutputDirectory` names
"<prefix>/prediction-model-<time>/" whose predictions.jsonl holds one line per request:
{"request": the request as sent (its `labels` too: the only way to pair a line with its
request), "status": "" or the error's words, "response": GenerateContentResponse,
"processed_time"}. A FAILED job carries `error` (google.rpc.Status, a gRPC code).

How a job goes is planned per job (`plan(JobPlan(...))`, else the default plan): `polls`
GETs answer PENDING, then RUNNING, then it ends in `end`; each request is answered with the
echo (tests/loopback/gemini.py), or the error `errors` names for its key, or Google's error
for fileData that names no ACTIVE file. A Gemini API batch answers its requests in turn
while RUNNING, as Google's does: each RUNNING look finds more of them done, and batchStats
counts them (successfulRequestCount, failedRequestCount, pendingRequestCount; google-genai's
BatchJob does not read batchStats, its docs and the REST reference's BatchStats do).

A batch that ends without succeeding (FAILED, CANCELLED, EXPIRED) has nothing to collect, as
Google's batch-mode guide says of JOB_STATE_EXPIRED ("The job will not have any results to
retrieve"): no responses file, no inlined responses, no `response`; its batchStats keep the
requestCount only, so no count claims answers that cannot be had (the requests a RUNNING look
found answered are not answered any more). A Vertex AI job that ends so writes no
predictions, and its completionStats count every request incomplete.
"""

from __future__ import annotations

import copy
import datetime
import json
import re
import secrets
import threading
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from tests.loopback import gemini
from tests.loopback.gemini import InvalidRequest
from tests.loopback.scenario import Scenario, rpc_error
from tests.loopback.upload_resources import StoredFile, file_not_found, rfc3339
from tests.loopback.uploads import Uploads
from tests.loopback.wire import Reply

GEMINI_CREATE = re.compile(
    r"^/(?P<version>v1beta|v1alpha|v1)/models/(?P<model>[^/:]+):batchGenerateContent$"
)
GEMINI_BATCH = re.compile(
    r"^/(?P<version>v1beta|v1alpha|v1)/batches/(?P<id>[a-z0-9-]+)(?P<cancel>:cancel)?$"
)
VERTEX_JOBS = re.compile(
    r"^/(?P<version>v1|v1beta1)/projects/(?P<project>[^/]+)/locations/(?P<location>[^/]+)"
    r"/batchPredictionJobs(?:/(?P<id>[0-9]+)(?P<cancel>:cancel)?)?$"
)
FILES_DOWNLOAD = re.compile(
    r"^(?:/download)?/(?P<version>v1beta|v1alpha|v1)/files/(?P<id>[a-z0-9-]+):download$"
)

_TYPE = "type.googleapis.com/google.ai.generativelanguage.v1main."
_ENDED = {"SUCCEEDED", "FAILED", "CANCELLED", "EXPIRED"}
JSONL = "application/jsonl"


@dataclass
class JobPlan:
    """How a batch job goes. `polls`: GETs before it ends (the first half PENDING, the rest
    RUNNING); `end`: SUCCEEDED, FAILED or EXPIRED; `errors`: the google.rpc.Status a
    request's line carries instead of an answer, by key; `texts`: answers by key (else the
    echo); `error`: the job's own error when it FAILED; `create_delay`: seconds the reply to
    the create call takes, the job already made (a reply still on its way)."""

    polls: int = 2
    end: str = "SUCCEEDED"
    errors: dict[str, dict[str, Any]] = field(default_factory=dict)
    texts: dict[str, str] = field(default_factory=dict)
    error: dict[str, Any] | None = None
    create_delay: float = 0.0


@dataclass
class GeminiBatch:
    id: str
    model: str
    display_name: str
    input_config: dict[str, Any]
    lines: list[tuple[str | None, Any]]  # (key, request) in the input's order
    inlined: bool
    plan: JobPlan
    state: str = "PENDING"
    polls: int = 0
    responses_file: str | None = None
    inlined_responses: list[dict[str, Any]] | None = None
    results: list[dict[str, Any]] = field(default_factory=list)
    """The requests answered so far, in the input's order (while RUNNING, some of them)."""
    succeeded: int = 0
    failed: int = 0
    created: datetime.datetime = field(default_factory=lambda: datetime.datetime.now(datetime.UTC))
    ended: datetime.datetime | None = None

    @property
    def name(self) -> str:
        return f"batches/{self.id}"

    def share_done(self) -> float:
        """How much of the job the RUNNING looks so far have seen done (never all of it:
        the last requests are answered as it ends)."""
        waiting = self.plan.polls // 2
        running = self.plan.polls - waiting
        return max(0, self.polls - waiting) / (running + 1)

    def operation(self) -> dict[str, Any]:
        stats = {"requestCount": str(len(self.lines))}
        pending = len(self.lines) - self.succeeded - self.failed
        for key, count in (
            ("successfulRequestCount", self.succeeded),
            ("failedRequestCount", self.failed),
            ("pendingRequestCount", pending if self.state not in _ENDED else 0),
        ):
            if count:
                stats[key] = str(count)
        updated = self.ended or self.created
        metadata: dict[str, Any] = {
            "@type": _TYPE + "GenerateContentBatch",
            "model": f"models/{self.model}",
            "displayName": self.display_name,
            "inputConfig": self.input_config,
            "createTime": rfc3339(self.created),
            "updateTime": rfc3339(updated),
            "batchStats": stats,
            "state": f"BATCH_STATE_{self.state}",
            "name": self.name,
        }
        output: dict[str, Any] | None = None
        if self.responses_file is not None:
            output = {"responsesFile": self.responses_file}
        elif self.inlined_responses is not None:
            output = {"inlinedResponses": {"inlinedResponses": self.inlined_responses}}
        if output is not None:
            metadata["output"] = output
        if self.ended is not None:
            metadata["endTime"] = rfc3339(self.ended)
        operation: dict[str, Any] = {"name": self.name, "metadata": metadata}
        if self.state in _ENDED:
            operation["done"] = True
            if self.state == "FAILED":
                operation["error"] = self.plan.error or rpc_error(
                    500, "INTERNAL", "The batch failed. Please try again."
                )
            elif output is not None:
                operation["response"] = {"@type": _TYPE + "GenerateContentBatchOutput", **output}
        return operation


PROJECT_NUMBER = "510528649030"
KEY_LABEL = "gemini_desktop_key"
"""The request label the loopback pairs `errors` and `texts` with (as a client must)."""


@dataclass
class VertexJob:
    id: str
    location: str
    model: str
    display_name: str
    input_config: dict[str, Any]
    output_config: dict[str, Any]
    lines: list[tuple[str | None, Any]]  # (key label, request)
    plan: JobPlan
    state: str = "QUEUED"
    polls: int = 0
    output_directory: str | None = None
    succeeded: int = 0
    failed: int = 0
    created: datetime.datetime = field(default_factory=lambda: datetime.datetime.now(datetime.UTC))
    started: datetime.datetime | None = None
    ended: datetime.datetime | None = None

    @property
    def name(self) -> str:
        return f"projects/{PROJECT_NUMBER}/locations/{self.location}/batchPredictionJobs/{self.id}"

    def resource(self) -> dict[str, Any]:
        job: dict[str, Any] = {
            "name": self.name,
            "displayName": self.display_name,
            "model": self.model,
            "inputConfig": self.input_config,
            "outputConfig": self.output_config,
            "state": f"JOB_STATE_{self.state}",
            "createTime": rfc3339(self.created),
            "updateTime": rfc3339(self.ended or self.started or self.created),
        }
        if self.started is not None:
            job["startTime"] = rfc3339(self.started)
        if self.ended is not None:
            job["endTime"] = rfc3339(self.ended)
        if self.state in _ENDED | {"PARTIALLY_SUCCEEDED"}:
            incomplete = len(self.lines) - self.succeeded - self.failed
            job["completionStats"] = {
                "successfulCount": str(self.succeeded),
                "failedCount": str(self.failed),
                "incompleteCount": str(incomplete),
            }
        if self.output_directory is not None:
            job["outputInfo"] = {"gcsOutputDirectory": self.output_directory}
        if self.state == "FAILED":
            job["error"] = self.plan.error or {"code": 13, "message": "Internal error occurred."}
        return job


class Batches:
    """The batch jobs of the loopback; the server calls in from its handler threads."""

    def __init__(self, uploads: Uploads, base_url: Callable[[], str]) -> None:
        self._uploads = uploads
        self._base_url = base_url
        self._lock = threading.RLock()
        self.gemini: dict[str, GeminiBatch] = {}  # by id
        self.vertex: dict[str, VertexJob] = {}  # by id
        self._plans: deque[JobPlan] = deque()
        self.default_plan = JobPlan()

    # --- test-facing -------------------------------------------------------------------

    def plan(self, *plans: JobPlan) -> None:
        """The next jobs created go as these plans say, one each."""
        with self._lock:
            self._plans.extend(plans)

    def job(self, name: str) -> GeminiBatch:
        with self._lock:
            return self.gemini[name.removeprefix("batches/")]

    def vertex_job(self, name: str) -> VertexJob:
        """A Vertex AI job by its name or id."""
        with self._lock:
            return self.vertex[name.rsplit("/", 1)[-1]]

    def results_lines(self, name: str) -> list[dict[str, Any]]:
        """The results file of a batch, parsed."""
        job = self.job(name)
        assert job.responses_file is not None, f"{name} has no results file"
        data = self._uploads.file_bytes(job.responses_file)
        return [json.loads(line) for line in data.decode().splitlines() if line.strip()]

    # --- Gemini API ----------------------------------------------------------------------

    def gemini_create(self, model: str, body: Any) -> Reply:
        batch = body.get("batch") if isinstance(body, dict) else None
        if not isinstance(batch, dict):
            return _invalid("* BatchGenerateContentRequest.batch: batch is not specified")
        config = batch.get("inputConfig") or batch.get("input_config") or {}
        file_name = config.get("fileName") or config.get("file_name")
        inlined = (config.get("requests") or {}).get("requests")
        if file_name:
            lines = self._file_lines(str(file_name))
            if isinstance(lines, Reply):
                return lines
        elif isinstance(inlined, list) and inlined:
            lines = [((r.get("metadata") or {}).get("key"), r.get("request")) for r in inlined]
        else:
            return _invalid("* GenerateContentBatch.input_config: input_config is not specified")
        with self._lock:
            plan = self._plans.popleft() if self._plans else copy.deepcopy(self.default_plan)
            job = GeminiBatch(
                id=secrets.token_hex(12),
                model=model,
                display_name=str(batch.get("displayName") or batch.get("display_name") or ""),
                input_config=config,
                lines=lines,
                inlined=not file_name,
                plan=plan,
            )
            self.gemini[job.id] = job
            slow = Scenario(delay_before_headers=plan.create_delay) if plan.create_delay else None
            return Reply.json(200, job.operation(), scenario=slow)

    def gemini_get(self, batch_id: str) -> Reply:
        with self._lock:
            job = self.gemini.get(batch_id)
            if job is None:
                return _not_found(batch_id)
            if job.state not in _ENDED:
                job.polls += 1
                if job.polls > job.plan.polls:
                    self._end(job, job.plan.end)
                elif job.polls > job.plan.polls // 2:
                    job.state = "RUNNING"
                    self._answer_up_to(job, int(len(job.lines) * job.share_done()))
            return Reply.json(200, job.operation())

    def gemini_cancel(self, batch_id: str) -> Reply:
        with self._lock:
            job = self.gemini.get(batch_id)
            if job is None:
                return _not_found(batch_id)
            if job.state not in _ENDED:
                self._end(job, "CANCELLED")
        return Reply.json(200, {})

    def download(self, file_id: str, alt: str | None) -> Reply:
        if alt != "media":
            return _invalid("Only alt=media downloads are served here.")
        try:
            data = self._uploads.file_bytes(f"files/{file_id}")
        except KeyError:
            return Reply.json(403, {"error": file_not_found(file_id)})
        return Reply(200, JSONL, [data], headers={"Content-Disposition": "attachment"})

    # --- Vertex AI -----------------------------------------------------------------------

    def vertex_create(self, location: str, body: Any) -> Reply:
        if not isinstance(body, dict):
            return _invalid("Invalid JSON payload received.")
        model = str(body.get("model") or "")
        if not model.startswith(("publishers/google/models/", "projects/")):
            return _invalid(f"Invalid Model resource name: {model!r}.")
        input_config = body.get("inputConfig") or {}
        output_config = body.get("outputConfig") or {}
        uris = (input_config.get("gcsSource") or {}).get("uris") or []
        prefix = (output_config.get("gcsDestination") or {}).get("outputUriPrefix")
        if input_config.get("instancesFormat") != "jsonl" or len(uris) != 1:
            return _invalid(
                "inputConfig: one gcsSource uri of instancesFormat jsonl is served here."
            )
        if output_config.get("predictionsFormat") != "jsonl" or not str(prefix).startswith("gs://"):
            return _invalid("outputConfig: a gcsDestination of predictionsFormat jsonl is needed.")
        lines = self._object_lines(str(uris[0]))
        if isinstance(lines, Reply):
            return lines
        with self._lock:
            plan = self._plans.popleft() if self._plans else copy.deepcopy(self.default_plan)
            job = VertexJob(
                id=str(secrets.randbelow(9 * 10**18) + 10**18),
                location=location,
                model=model,
                display_name=str(body.get("displayName") or ""),
                input_config=input_config,
                output_config=output_config,
                lines=lines,
                plan=plan,
            )
            self.vertex[job.id] = job
            return Reply.json(200, job.resource())

    def vertex_get(self, job_id: str) -> Reply:
        with self._lock:
            job = self.vertex.get(job_id)
            if job is None:
                return _vertex_not_found(job_id)
            if job.state == "CANCELLING":
                self._end_vertex(job, "CANCELLED")
            elif job.state not in _ENDED | {"PARTIALLY_SUCCEEDED"}:
                job.polls += 1
                if job.polls > job.plan.polls:
                    self._end_vertex(job, job.plan.end)
                elif job.polls > job.plan.polls // 2:
                    job.state = "RUNNING"
                    job.started = job.started or datetime.datetime.now(datetime.UTC)
                else:
                    job.state = "PENDING"
            return Reply.json(200, job.resource())

    def vertex_cancel(self, job_id: str) -> Reply:
        with self._lock:
            job = self.vertex.get(job_id)
            if job is None:
                return _vertex_not_found(job_id)
            if job.state in _ENDED | {"PARTIALLY_SUCCEEDED"}:
                message = f"Cannot cancel the job in state JOB_STATE_{job.state}."
                return Reply.json(400, {"error": rpc_error(400, "FAILED_PRECONDITION", message)})
            job.state = "CANCELLING"
        return Reply.json(200, {})

    def _object_lines(self, uri: str) -> list[tuple[str | None, Any]] | Reply:
        bucket, _, name = uri.removeprefix("gs://").partition("/")
        try:
            data = self._uploads.object_bytes(bucket, name)
        except KeyError:
            return _invalid(f"Failed to read the input file {uri}: it does not exist.")
        lines: list[tuple[str | None, Any]] = []
        for text in data.decode("utf-8").splitlines():
            if text.strip():
                request = (json.loads(text) or {}).get("request")
                labels = (request or {}).get("labels") or {}
                lines.append((labels.get(KEY_LABEL), request))
        if not lines:
            return _invalid(f"{uri} holds no requests.")
        return lines

    def _end_vertex(self, job: VertexJob, state: str) -> None:
        job.state = state
        job.ended = datetime.datetime.now(datetime.UTC)
        if state not in ("SUCCEEDED", "PARTIALLY_SUCCEEDED"):
            return
        rows = []
        for key, request in job.lines:
            result = self._answer(job.plan, job.model.rsplit("/", 1)[-1], key, request, vertex=True)
            row: dict[str, Any] = {"status": "", "processed_time": job.ended.isoformat()}
            row["request"] = request
            if "error" in result:
                error = result["error"]
                row["status"] = f"Bad Request: {json.dumps({'error': error})}"
                row["response"] = {}
                job.failed += 1
            else:
                row["response"] = result["response"]
                job.succeeded += 1
            rows.append(row)
        prefix = str(job.output_config["gcsDestination"]["outputUriPrefix"]).rstrip("/")
        stamp = job.ended.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
        job.output_directory = f"{prefix}/prediction-model-{stamp}"
        bucket, _, folder = job.output_directory.removeprefix("gs://").partition("/")
        text = "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in reversed(rows))
        self._uploads.put_object(bucket, f"{folder}/predictions.jsonl", text.encode("utf-8"), JSONL)

    # --- internals -----------------------------------------------------------------------

    def _file_lines(self, file_name: str) -> list[tuple[str | None, Any]] | Reply:
        try:
            data = self._uploads.file_bytes(file_name)
        except KeyError:
            return Reply.json(403, {"error": file_not_found(file_name.removeprefix("files/"))})
        lines: list[tuple[str | None, Any]] = []
        for number, line in enumerate(data.decode("utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except ValueError:
                return _invalid(f"Line {number} of {file_name} is not JSON.")
            if not isinstance(record, dict) or "request" not in record:
                return _invalid(f"Line {number} of {file_name} has no request.")
            lines.append((record.get("key"), record["request"]))
        if not lines:
            return _invalid(f"{file_name} holds no requests.")
        return lines

    def _answer_up_to(self, job: GeminiBatch, count: int) -> None:
        """Answer the job's requests in turn until `count` are, counting them as batchStats does.

        In the order of their keys, not of the file's lines: the app writes a line as each
        photo is ready, in an order the worker threads decide, and a test must know which
        photo the first RUNNING look finds answered."""
        in_turn = sorted(job.lines, key=lambda line: (len(line[0]), line[0]))  # "2" before "10"
        while len(job.results) < count:
            key, request = in_turn[len(job.results)]
            result = self._answer(job.plan, job.model, key, request)
            job.results.append(result)
            if "error" in result:
                job.failed += 1
            else:
                job.succeeded += 1

    def _end(self, job: GeminiBatch, state: str) -> None:
        job.state = state
        job.ended = datetime.datetime.now(datetime.UTC)
        if state != "SUCCEEDED":  # nothing to collect, nothing counted as answered
            job.results.clear()
            job.succeeded = job.failed = 0
            return
        self._answer_up_to(job, len(job.lines))
        results = job.results
        if job.inlined:
            job.inlined_responses = [
                {k: v for k, v in r.items() if k != "key"}
                | ({"metadata": {"key": r["key"]}} if r.get("key") is not None else {})
                for r in results
            ]
            return
        text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in reversed(results))
        stored = self._uploads.store_generated(
            f"batch-{job.id}", text.encode("utf-8"), JSONL, job.id
        )
        job.responses_file = stored.name

    def _answer(
        self, plan: JobPlan, model: str, key: str | None, request: Any, *, vertex: bool = False
    ) -> dict[str, Any]:
        result: dict[str, Any] = {} if key is None else {"key": key}
        if key is not None and key in plan.errors:
            return result | {"error": plan.errors[key]}
        try:
            body = gemini.validate_generate_request(request, vertex=vertex)
        except InvalidRequest as exc:
            return result | {"error": rpc_error(400, "INVALID_ARGUMENT", str(exc))}
        refused = self._uploads.check_file_data(body)
        if refused is not None:
            return result | {"error": refused[1]}
        scenario = Scenario(text=plan.texts.get(key or ""), chunks=1)
        response = gemini.merge_events(gemini.build_events(body, scenario, vertex=vertex))
        response["modelVersion"] = model
        return result | {"response": response}


def _invalid(message: str) -> Reply:
    return Reply.json(400, {"error": rpc_error(400, "INVALID_ARGUMENT", message)})


def _vertex_not_found(job_id: str) -> Reply:
    message = f"The BatchPredictionJob does not exist: {job_id}"
    return Reply.json(404, {"error": rpc_error(404, "NOT_FOUND", message)})


def _not_found(batch_id: str) -> Reply:
    message = f"Requested entity was not found. (batches/{batch_id})"
    return Reply.json(404, {"error": rpc_error(404, "NOT_FOUND", message)})


__all__ = ["KEY_LABEL", "Batches", "GeminiBatch", "JobPlan", "StoredFile", "VertexJob"]
