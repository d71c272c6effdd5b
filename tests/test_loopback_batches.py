"""The loopback's batch jobs speak Google's Batch API and Vertex AI batch prediction: proven
with google-genai's client.batches (create from an uploaded JSON Lines file, inline requests or
a Cloud Storage file, get, cancel) and its files.download of the results file."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from typing import Any

import httpx2
import pytest
from google import genai
from google.genai import types
from google.oauth2 import service_account

from tests.loopback.batches import KEY_LABEL, JobPlan
from tests.loopback.scenario import rpc_error
from tests.loopback.server import LoopbackServer

MODEL = "gemini-2.5-flash"


@pytest.fixture
def client(loopback_server: LoopbackServer) -> Iterator[genai.Client]:
    client = genai.Client(
        api_key="test-api-key", http_options=types.HttpOptions(base_url=loopback_server.base_url)
    )
    yield client
    client.close()


def _requests_file(client: genai.Client, keys: list[str]) -> str:
    lines = [
        {"key": key, "request": {"contents": [{"role": "user", "parts": [{"text": f"Say {key}"}]}]}}
        for key in keys
    ]
    data = "".join(json.dumps(line) + "\n" for line in lines).encode()
    uploaded = client.files.upload(
        file=io.BytesIO(data),
        config=types.UploadFileConfig(mime_type="application/jsonl", display_name="requests"),
    )
    assert uploaded.name is not None
    return uploaded.name


def test_file_batch_goes_pending_running_succeeded_with_answers_and_errors(
    client: genai.Client, loopback_server: LoopbackServer
) -> None:
    refused = rpc_error(400, "INVALID_ARGUMENT", "Request contains an invalid argument.")
    loopback_server.batches.plan(JobPlan(polls=2, errors={"b": refused}))
    source = _requests_file(client, ["a", "b", "c"])

    job = client.batches.create(
        model=MODEL, src=source, config=types.CreateBatchJobConfig(display_name="photos")
    )

    assert job.name is not None and job.name.startswith("batches/")
    assert job.state == types.JobState.JOB_STATE_PENDING
    assert job.display_name == "photos"
    assert job.model == f"models/{MODEL}"
    states = [client.batches.get(name=job.name).state for _ in range(3)]
    assert states == [
        types.JobState.JOB_STATE_PENDING,
        types.JobState.JOB_STATE_RUNNING,
        types.JobState.JOB_STATE_SUCCEEDED,
    ]
    done = client.batches.get(name=job.name)
    assert done.dest is not None and done.dest.file_name is not None
    lines = [
        json.loads(line) for line in client.files.download(file=done.dest.file_name).splitlines()
    ]
    by_key = {line["key"]: line for line in lines}
    assert sorted(by_key) == ["a", "b", "c"]
    assert by_key["b"]["error"]["status"] == "INVALID_ARGUMENT"
    answer = types.GenerateContentResponse.model_validate(by_key["a"]["response"])
    assert answer.text == "You said: Say a."
    operation = loopback_server.requests_for("batches.get")[-1]
    assert operation.headers["x-goog-api-key"] == "test-api-key"
    raw = httpx2.get(
        f"{loopback_server.base_url}/v1beta/{job.name}",
        headers={"x-goog-api-key": "test-api-key"},
    ).json()
    assert raw["done"] is True
    assert raw["metadata"]["@type"].endswith("generativelanguage.v1main.GenerateContentBatch")
    # int64 counts are strings, and zero counts are left out (proto3 JSON)
    assert raw["metadata"]["batchStats"] == {
        "requestCount": "3",
        "successfulRequestCount": "2",
        "failedRequestCount": "1",
    }
    assert raw["response"]["responsesFile"] == done.dest.file_name


def test_a_running_batch_counts_its_requests_as_they_are_answered(
    client: genai.Client, loopback_server: LoopbackServer
) -> None:
    """batchStats while RUNNING, as Google's Batch API reports them (BatchStats in the REST
    reference): each look finds more requests answered or failed, fewer pending."""
    refused = rpc_error(400, "INVALID_ARGUMENT", "Request contains an invalid argument.")
    loopback_server.batches.plan(JobPlan(polls=6, errors={"b": refused}))
    job = client.batches.create(model=MODEL, src=_requests_file(client, ["a", "b", "c", "d"]))
    assert job.name is not None
    seen = []
    for _ in range(7):
        state = client.batches.get(name=job.name).state
        stats = loopback_server.batches.job(job.name).operation()["metadata"]["batchStats"]
        seen.append((state, stats))
    pending, running, succeeded = (
        types.JobState.JOB_STATE_PENDING,
        types.JobState.JOB_STATE_RUNNING,
        types.JobState.JOB_STATE_SUCCEEDED,
    )
    all_pending = {"requestCount": "4", "pendingRequestCount": "4"}
    assert seen == [
        (pending, all_pending),
        (pending, all_pending),
        (pending, all_pending),
        (running, {"requestCount": "4", "successfulRequestCount": "1", "pendingRequestCount": "3"}),
        (
            running,
            {
                "requestCount": "4",
                "successfulRequestCount": "1",
                "failedRequestCount": "1",
                "pendingRequestCount": "2",
            },
        ),
        (
            running,
            {
                "requestCount": "4",
                "successfulRequestCount": "2",
                "failedRequestCount": "1",
                "pendingRequestCount": "1",
            },
        ),
        (
            succeeded,
            {"requestCount": "4", "successfulRequestCount": "3", "failedRequestCount": "1"},
        ),
    ]
    lines = loopback_server.batches.results_lines(job.name)  # each answered once, all there
    assert sorted(line["key"] for line in lines) == ["a", "b", "c", "d"]


def test_inline_batch_answers_each_request_with_its_key(
    client: genai.Client, loopback_server: LoopbackServer
) -> None:
    loopback_server.batches.plan(JobPlan(polls=0, texts={"one": "First."}))
    job = client.batches.create(
        model=MODEL,
        src=[
            types.InlinedRequest(contents="Hello", metadata={"key": "one"}),
            types.InlinedRequest(contents="Again", metadata={"key": "two"}),
        ],
    )
    assert job.name is not None
    done = client.batches.get(name=job.name)

    assert done.state == types.JobState.JOB_STATE_SUCCEEDED
    assert done.dest is not None and done.dest.inlined_responses is not None
    answers = {
        r.metadata["key"]: r.response.text
        for r in done.dest.inlined_responses
        if r.metadata and r.response
    }
    assert answers == {"one": "First.", "two": "You said: Again."}


@pytest.mark.parametrize("end", ["FAILED", "EXPIRED"])
def test_failed_and_expired_batches_have_no_results(
    client: genai.Client, loopback_server: LoopbackServer, end: str
) -> None:
    loopback_server.batches.plan(JobPlan(polls=0, end=end))
    job = client.batches.create(model=MODEL, src=_requests_file(client, ["a"]))
    assert job.name is not None

    done = client.batches.get(name=job.name)

    assert done.state == types.JobState(f"JOB_STATE_{end}")
    assert done.dest is None


@pytest.mark.parametrize("end", ["CANCELLED", "EXPIRED"])
def test_a_batch_ended_midway_keeps_its_request_count_and_nothing_to_collect(
    client: genai.Client, loopback_server: LoopbackServer, end: str
) -> None:
    """Two of four requests were answered when the batch was cancelled or expired: Google's
    batch has no results then ("The job will not have any results to retrieve"), and its
    batchStats claim no answer it cannot give."""
    loopback_server.batches.plan(JobPlan(polls=4, end=end if end == "EXPIRED" else "SUCCEEDED"))
    job = client.batches.create(model=MODEL, src=_requests_file(client, ["a", "b", "c", "d"]))
    assert job.name is not None
    for _ in range(4):
        client.batches.get(name=job.name)
    running = loopback_server.batches.job(job.name).operation()["metadata"]["batchStats"]
    assert running["successfulRequestCount"] == "2"  # while RUNNING, as Google counts them

    if end == "CANCELLED":
        client.batches.cancel(name=job.name)
    done = client.batches.get(name=job.name)

    assert done.state == types.JobState(f"JOB_STATE_{end}") and done.dest is None
    raw = httpx2.get(
        f"{loopback_server.base_url}/v1beta/{job.name}",
        headers={"x-goog-api-key": "test-api-key"},
    ).json()
    assert raw["done"] is True and "response" not in raw and "output" not in raw["metadata"]
    assert raw["metadata"]["batchStats"] == {"requestCount": "4"}


def test_cancel_ends_the_batch_cancelled(
    client: genai.Client, loopback_server: LoopbackServer
) -> None:
    loopback_server.batches.plan(JobPlan(polls=10))
    job = client.batches.create(model=MODEL, src=_requests_file(client, ["a", "b"]))
    assert job.name is not None

    client.batches.cancel(name=job.name)

    assert client.batches.get(name=job.name).state == types.JobState.JOB_STATE_CANCELLED
    assert [r.route for r in loopback_server.requests_for("batches")] == [
        "batches.create",
        "batches.cancel",
        "batches.get",
    ]


def test_unknown_batch_is_google_404(client: genai.Client) -> None:
    with pytest.raises(genai.errors.ClientError) as caught:
        client.batches.get(name="batches/nosuchbatch")
    assert caught.value.code == 404


# Vertex AI batch prediction


@pytest.fixture
def vertex(
    loopback_server: LoopbackServer, loopback_service_account: dict[str, Any]
) -> Iterator[genai.Client]:
    creds = service_account.Credentials.from_service_account_info(
        loopback_service_account, scopes=["https://www.googleapis.com/auth/cloud-platform"]
    )
    client = genai.Client(
        vertexai=True,
        project="test-project",
        location="us-central1",
        credentials=creds,
        http_options=types.HttpOptions(base_url=loopback_server.base_url),
    )
    yield client
    client.close()


def _vertex_input(server: LoopbackServer, keys: list[str]) -> str:
    lines = [
        {
            "request": {
                "contents": [{"role": "user", "parts": [{"text": f"Say {key}"}]}],
                "labels": {KEY_LABEL: key},
            }
        }
        for key in keys
    ]
    data = "".join(json.dumps(line) + "\n" for line in lines).encode()
    server.uploads.put_object("test-bucket", "jobs/in.jsonl", data, "application/jsonl")
    return "gs://test-bucket/jobs/in.jsonl"


def test_vertex_job_goes_queued_to_partly_succeeded_with_predictions_in_the_bucket(
    vertex: genai.Client, loopback_server: LoopbackServer
) -> None:
    refused = rpc_error(400, "INVALID_ARGUMENT", "Request contains an invalid argument.")
    loopback_server.batches.plan(JobPlan(polls=2, end="PARTIALLY_SUCCEEDED", errors={"b": refused}))

    job = vertex.batches.create(
        model=MODEL,
        src=_vertex_input(loopback_server, ["a", "b"]),
        config=types.CreateBatchJobConfig(dest="gs://test-bucket/jobs/out", display_name="photos"),
    )

    assert job.name is not None
    assert job.name.startswith("projects/510528649030/locations/us-central1/batchPredictionJobs/")
    assert job.state == types.JobState.JOB_STATE_QUEUED
    assert job.model == f"publishers/google/models/{MODEL}"
    states = [vertex.batches.get(name=job.name).state for _ in range(3)]
    assert states == [
        types.JobState.JOB_STATE_PENDING,
        types.JobState.JOB_STATE_RUNNING,
        types.JobState.JOB_STATE_PARTIALLY_SUCCEEDED,
    ]
    done = vertex.batches.get(name=job.name)
    assert done.completion_stats is not None
    assert (done.completion_stats.successful_count, done.completion_stats.failed_count) == (1, 1)
    assert done.output_info is not None and done.output_info.gcs_output_directory is not None
    folder = done.output_info.gcs_output_directory.removeprefix("gs://test-bucket/")
    assert folder.startswith("jobs/out/prediction-model-")
    data = loopback_server.uploads.object_bytes("test-bucket", f"{folder}/predictions.jsonl")
    rows = {r["request"]["labels"][KEY_LABEL]: r for r in map(json.loads, data.splitlines())}
    assert rows["a"]["status"] == "" and "processed_time" in rows["a"]
    answer = types.GenerateContentResponse.model_validate(rows["a"]["response"])
    assert answer.text == "You said: Say a."
    assert "INVALID_ARGUMENT" in rows["b"]["status"]


def test_vertex_cancel_goes_cancelling_then_cancelled(
    vertex: genai.Client, loopback_server: LoopbackServer
) -> None:
    loopback_server.batches.plan(JobPlan(polls=10))
    job = vertex.batches.create(
        model=MODEL,
        src=_vertex_input(loopback_server, ["a"]),
        config=types.CreateBatchJobConfig(dest="gs://test-bucket/jobs/out"),
    )
    assert job.name is not None

    vertex.batches.cancel(name=job.name)

    assert loopback_server.batches.vertex_job(job.name).state == "CANCELLING"
    assert vertex.batches.get(name=job.name).state == types.JobState.JOB_STATE_CANCELLED
    assert [r.route for r in loopback_server.requests_for("vertex_jobs")] == [
        "vertex_jobs.create",
        "vertex_jobs.cancel",
        "vertex_jobs.get",
    ]
