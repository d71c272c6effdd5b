"""A batch sent as a Vertex AI batch prediction job against the loopback, everything through
the profile's Cloud Storage bucket: real photos, a real history file."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio

from desktop.core.conversation import ChatSettings
from desktop.core.errors import InvalidRequestError
from desktop.core.image_detail import ImageDetail
from desktop.core.profile import Profile, SignInKind
from desktop.services.batch.ask import Ask, Preset
from desktop.services.batch.engine import batch_settings
from desktop.services.batch.files import list_files
from desktop.services.batch.jobs import BatchJobs, JobState, engine_for
from desktop.services.batch.session import BatchSpec, open_batch
from desktop.services.connections import ConnectionManager
from desktop.services.gemini_client import GeminiClient
from desktop.services.history import HistoryStore
from desktop.services.history.batches import ItemStatus
from desktop.services.profile_store import ProfileStore
from tests.loopback import LoopbackServer
from tests.loopback.batches import KEY_LABEL, JobPlan
from tests.loopback.scenario import rpc_error
from tests.photos import png_bytes

pytestmark = pytest.mark.asyncio
ASK = Ask.of(preset=Preset.CAPTION)


def vertex_connections(
    server: LoopbackServer, account: dict[str, Any], bucket: str | None = "test-bucket"
) -> ConnectionManager:
    """A Vertex AI service-account connection at the loopback, with its Cloud Storage."""
    store = ProfileStore.in_memory()
    profile = Profile.new(
        "Work",
        SignInKind.SERVICE_ACCOUNT,
        project="test-project",
        location="us-central1",
        base_url=server.base_url,
        bucket=bucket,
    )
    store.save(profile, json.dumps(account))
    return ConnectionManager(store, {"STORAGE_EMULATOR_HOST": server.base_url})


async def vertex_client(
    server: LoopbackServer, account: dict[str, Any], bucket: str | None = "test-bucket"
) -> tuple[ConnectionManager, GeminiClient]:
    connections = vertex_connections(server, account, bucket)
    return connections, await connections.client()


@pytest_asyncio.fixture
async def vertex(
    loopback_server: LoopbackServer, loopback_service_account: dict[str, Any]
) -> AsyncIterator[GeminiClient]:
    connections, client = await vertex_client(loopback_server, loopback_service_account)
    yield client
    await connections.aclose()


async def submit(
    client: GeminiClient, history: HistoryStore, folder: Path
) -> tuple[BatchJobs, Any]:
    for n in range(3):
        (folder / f"IMG_{n}.png").write_bytes(png_bytes(8, 6, colour=(n * 60, 10, 10)))
    settings = batch_settings(ASK, ChatSettings(), client.connection.model)
    spec = BatchSpec((str(folder),), False, ASK, settings, ImageDetail.BALANCED)
    opened = open_batch(history, spec, list_files([folder]), resume=False)
    jobs = BatchJobs(client, history)
    record, _ = await jobs.submit(
        opened.id, opened.to_send, ASK, settings, ImageDetail.BALANCED, display_name="shoot"
    )
    return jobs, record


async def test_a_vertex_job_reads_and_writes_the_bucket_and_fills_the_rows(
    vertex: GeminiClient, history: HistoryStore, loopback_server: LoopbackServer, tmp_path: Path
) -> None:
    refused = rpc_error(400, "INVALID_ARGUMENT", "Unable to process input image.")
    loopback_server.batches.plan(
        JobPlan(
            polls=2, end="PARTIALLY_SUCCEEDED", errors={"1": refused}, texts={"0": "A red door."}
        )
    )
    (tmp_path / "shoot").mkdir()

    jobs, record = await submit(vertex, history, tmp_path / "shoot")

    assert record.engine == "vertex" and record.state == "QUEUED"
    assert record.name.startswith(
        "projects/510528649030/locations/us-central1/batchPredictionJobs/"
    )
    (create,) = loopback_server.requests_for("vertex_jobs.create")
    assert create.path == "/v1/projects/test-project/locations/us-central1/batchPredictionJobs"
    assert create.json["model"] == f"publishers/google/models/{vertex.connection.model}"
    assert create.json["outputConfig"]["gcsDestination"]["outputUriPrefix"].startswith(
        "gs://test-bucket/"
    )
    (uri,) = create.json["inputConfig"]["gcsSource"]["uris"]
    uploads = loopback_server.uploads
    lines = uploads.object_bytes("test-bucket", uri.removeprefix("gs://test-bucket/")).splitlines()
    requests = {r["request"]["labels"][KEY_LABEL]: r["request"] for r in map(json.loads, lines)}
    assert sorted(requests) == ["0", "1", "2"]
    for request in requests.values():  # every photo is read from the bucket, none inline
        (photo,) = [p["fileData"] for p in request["contents"][0]["parts"] if "fileData" in p]
        name = photo["fileUri"].removeprefix("gs://test-bucket/")
        assert uploads.object_bytes("test-bucket", name).startswith(b"\x89PNG")
        assert not [p for p in request["contents"][0]["parts"] if "inlineData" in p]
        assert request["contents"][0]["parts"][-1] == {"text": ASK.prompt}

    record, status = await jobs.wait(record, first_wait=0.01)
    items = {Path(i.path).name: i for i in await jobs.collect(record, status)}

    assert status.state is JobState.PARTIALLY_SUCCEEDED
    assert record.counts == {"total": 3, "succeeded": 2, "failed": 1}
    assert items["IMG_0.png"].fields == {"caption": "A red door."}
    assert items["IMG_2.png"].status is ItemStatus.DONE
    assert items["IMG_1.png"].status is ItemStatus.FAILED
    assert items["IMG_1.png"].error is not None
    assert items["IMG_1.png"].error["message"] == "Google could not accept this request as it is."
    assert loopback_server.requests_for("gcs.list") and loopback_server.requests_for("gcs.media")


async def test_a_vertex_job_cancelled_goes_cancelling_then_cancelled(
    vertex: GeminiClient, history: HistoryStore, loopback_server: LoopbackServer, tmp_path: Path
) -> None:
    loopback_server.batches.plan(JobPlan(polls=50))
    (tmp_path / "s").mkdir()
    jobs, record = await submit(vertex, history, tmp_path / "s")

    record = await jobs.cancel(record)
    assert record.state == "CANCELLED"  # the look after the cancel finds it done

    _, status = await jobs.refresh(record)
    items = await jobs.collect(record, status)
    assert [i.status for i in items] == [ItemStatus.FAILED] * 3
    assert all(i.error and "was cancelled before" in i.error["message"] for i in items)


async def test_vertex_without_a_bucket_cannot_send_batch_jobs(
    loopback_server: LoopbackServer, loopback_service_account: dict[str, Any]
) -> None:
    connections, client = await vertex_client(loopback_server, loopback_service_account, None)
    try:
        with pytest.raises(InvalidRequestError) as caught:
            engine_for(client)
        assert caught.value.explanation == "This connection cannot send batch jobs."
    finally:
        await connections.aclose()
