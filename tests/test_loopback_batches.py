"""The loopback's batch jobs speak Google's Batch API: proven with google-genai's client.batches
(create from an uploaded JSON Lines file or inline requests, get, cancel) and its
files.download of the results file."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator

import httpx2
import pytest
from google import genai
from google.genai import types

from tests.loopback.batches import JobPlan
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
