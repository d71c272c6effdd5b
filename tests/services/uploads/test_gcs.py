"""The Cloud Storage resumable upload for Vertex AI end to end against the loopback, with real
google-auth service-account tokens: the 308 dance, a drop and resume, reuse, and errors."""

from __future__ import annotations

import asyncio
import hashlib
import json
import math
from pathlib import Path
from typing import Any

import httpx2
import pytest
from google.oauth2 import service_account

from desktop.core.connection import ApiKind, Connection
from desktop.core.errors import AuthenticationError, UploadError
from desktop.services.auth import ApiKeyAuth, GoogleCredentialsAuth
from desktop.services.gemini_client import GeminiClient
from desktop.services.uploads import (
    GcsUploader,
    UploadCache,
    UploadProgress,
    bucket_name,
    object_name_for,
    storage_base_url,
)
from desktop.services.uploads.common import chunk_size_for
from tests.loopback import LoopbackServer
from tests.loopback.upload_resources import gcs_rate_limited
from tests.services.uploads.helpers import (
    CHUNK,
    SCOPES,
    SleepRecorder,
    ask_about,
    assert_progress,
    make_video,
)

pytestmark = pytest.mark.asyncio


@pytest.fixture
def credentials(loopback_service_account: dict[str, Any]) -> Any:
    return service_account.Credentials.from_service_account_info(
        loopback_service_account, scopes=SCOPES
    )


def uploader(
    http: httpx2.AsyncClient,
    server: LoopbackServer,
    credentials: Any,
    bucket: str = "test-bucket",
    *,
    sleep: SleepRecorder | None = None,
) -> GcsUploader:
    return GcsUploader(
        http,
        server.base_url,
        GoogleCredentialsAuth(credentials),
        bucket,
        cache=UploadCache.default(),
        sleep=sleep or SleepRecorder(),
    )


def ranges(server: LoopbackServer) -> list[str]:
    return [r.headers["content-range"] for r in server.requests_for("gcs.upload")]


def cache_entries() -> dict[str, Any]:
    path = UploadCache.default().path
    return json.loads(path.read_text(encoding="utf-8"))["entries"] if path.exists() else {}


async def test_uploads_with_the_308_dance_and_vertex_reads_the_gs_uri(
    loopback_server: LoopbackServer,
    http: httpx2.AsyncClient,
    credentials: Any,
    tmp_path: Path,
) -> None:
    video = make_video(tmp_path)
    data = video.read_bytes()
    size = len(data)
    seen: list[UploadProgress] = []

    uploaded = await uploader(http, loopback_server, credentials).upload(
        video, "video/mp4", progress=seen.append, chunk_size=CHUNK
    )

    sha256 = hashlib.sha256(data).hexdigest()
    object_name = f"gemini-desktop/{sha256[:16]}/clip.mp4"
    assert uploaded.uri == f"gs://test-bucket/{object_name}" and uploaded.name == object_name
    assert uploaded.expires_at is None and not uploaded.reused and uploaded.size == size
    assert loopback_server.uploads.object_bytes("test-bucket", object_name) == data
    # A real JWT-bearer refresh at the loopback's token endpoint, then that token everywhere.
    assert [f["grant_type"] for f in loopback_server.token_requests] == [
        "urn:ietf:params:oauth:grant-type:jwt-bearer"
    ]
    (lookup,) = loopback_server.requests_for("gcs.object")
    # The object's name is one path segment, its slashes encoded, as the JSON API wants.
    assert lookup.path == f"/storage/v1/b/test-bucket/o/{object_name.replace('/', '%2F')}"
    (start,) = loopback_server.requests_for("gcs.start")
    assert start.headers["authorization"] == f"Bearer {credentials.token}"
    assert start.query == {"uploadType": "resumable", "name": object_name}
    assert start.headers["x-upload-content-type"] == "video/mp4"
    assert start.headers["x-upload-content-length"] == str(size)
    assert start.json == {
        "name": object_name,
        "contentType": "video/mp4",
        "metadata": {"sha256": sha256},
    }
    expected = [
        f"bytes {offset}-{min(offset + CHUNK, size) - 1}/{size}" for offset in range(0, size, CHUNK)
    ]
    assert ranges(loopback_server) == expected
    assert len(expected) == math.ceil(size / CHUNK)
    assert_progress(seen, size)
    assert len(cache_entries()) == 1

    connection = Connection(
        ApiKind.VERTEX,
        project="test-project",
        location="us-central1",
        base_url=loopback_server.base_url,
    )
    async with GeminiClient(connection, GoogleCredentialsAuth(credentials)) as client:
        text = await ask_about(client, uploaded.part())
    assert uploaded.uri in text
    stream = loopback_server.requests_for("vertex.stream")[-1]
    assert stream.json["contents"][0]["parts"][0]["fileData"] == {
        "mimeType": "video/mp4",
        "fileUri": uploaded.uri,
    }


@pytest.mark.expected_log(r"interrupted .*; resuming")
async def test_a_drop_mid_chunk_asks_where_it_stands_and_resumes(
    loopback_server: LoopbackServer,
    http: httpx2.AsyncClient,
    credentials: Any,
    tmp_path: Path,
) -> None:
    video = make_video(tmp_path)
    size = video.stat().st_size
    loopback_server.uploads.drop_during_chunk("gcs", chunk=2, after_bytes=300_000)
    seen: list[UploadProgress] = []

    uploaded = await uploader(http, loopback_server, credentials).upload(
        video, "video/mp4", progress=seen.append, chunk_size=CHUNK
    )

    # Cloud Storage kept whole 256 KiB units of what arrived: 2 of them.
    assert loopback_server.uploads.dropped == [("gcs", 2, CHUNK)]
    (status,) = loopback_server.requests_for("gcs.status")
    assert status.headers["content-range"] == f"bytes */{size}" and status.body == b""
    assert ranges(loopback_server)[:3] == [
        f"bytes 0-{CHUNK - 1}/{size}",
        f"bytes {CHUNK}-{2 * CHUNK - 1}/{size}",
        f"bytes {2 * CHUNK}-{3 * CHUNK - 1}/{size}",
    ]
    assert loopback_server.uploads.object_bytes("test-bucket", uploaded.name) == video.read_bytes()
    assert_progress(seen, size)


async def test_an_object_already_in_the_bucket_is_reused(
    loopback_server: LoopbackServer,
    http: httpx2.AsyncClient,
    credentials: Any,
    tmp_path: Path,
) -> None:
    video = make_video(tmp_path, size=600_000)
    data = video.read_bytes()
    name = object_name_for(hashlib.sha256(data).hexdigest(), "clip.mp4")
    loopback_server.uploads.put_object("test-bucket", name, data, "video/mp4")
    seen: list[UploadProgress] = []

    uploaded = await uploader(http, loopback_server, credentials).upload(
        video, "video/mp4", progress=seen.append
    )

    assert uploaded.reused and uploaded.uri == f"gs://test-bucket/{name}"
    assert loopback_server.requests_for("gcs.start") == []
    assert [p.percent for p in seen] == [0.0, 100.0]


async def test_an_object_with_other_content_under_the_name_is_replaced(
    loopback_server: LoopbackServer,
    http: httpx2.AsyncClient,
    credentials: Any,
    tmp_path: Path,
) -> None:
    video = make_video(tmp_path, size=CHUNK + 10)
    data = video.read_bytes()
    name = object_name_for(hashlib.sha256(data).hexdigest(), "clip.mp4")
    loopback_server.uploads.put_object("test-bucket", name, b"something else", "video/mp4")

    uploaded = await uploader(http, loopback_server, credentials).upload(
        video, "video/mp4", chunk_size=CHUNK
    )

    assert not uploaded.reused
    assert loopback_server.uploads.object_bytes("test-bucket", name) == data


@pytest.mark.expected_log(r"HTTP 404 from")
async def test_a_missing_bucket_is_named_with_what_to_do(
    loopback_server: LoopbackServer,
    http: httpx2.AsyncClient,
    credentials: Any,
    tmp_path: Path,
) -> None:
    video = make_video(tmp_path, size=CHUNK)

    with pytest.raises(UploadError) as caught:
        await uploader(http, loopback_server, credentials, "gs://my-bucket/").upload(
            video, "video/mp4"
        )

    error = caught.value
    assert error.status == "BUCKET_MISSING" and error.action.kind == "open_settings"
    assert error.explanation == (
        "The Cloud Storage bucket “my-bucket” does not exist, so clip.mp4 cannot be uploaded."
    )
    assert error.hint == "Create it in Google Cloud Console or pick another in Connection settings."
    assert error.server_message == "The specified bucket does not exist."
    assert cache_entries() == {}


@pytest.mark.expected_log(r"HTTP 403 from")
async def test_no_permission_names_the_account_and_the_bucket(
    loopback_server: LoopbackServer,
    http: httpx2.AsyncClient,
    credentials: Any,
    tmp_path: Path,
) -> None:
    loopback_server.uploads.denied_buckets.add("test-bucket")
    video = make_video(tmp_path, size=CHUNK)

    with pytest.raises(UploadError) as caught:
        await uploader(http, loopback_server, credentials).upload(video, "video/mp4")

    error = caught.value
    assert error.status == "NO_PERMISSION" and error.code == 403
    assert error.explanation == (
        "loopback@test-project.iam.gserviceaccount.com may not upload files to the Cloud "
        "Storage bucket “test-bucket”, so clip.mp4 cannot be sent."
    )
    assert "Storage Object User" in error.hint
    assert "storage.objects.create" in (error.server_message or "")


@pytest.mark.expected_log(r"HTTP 429 from", r"interrupted .*; resuming")
async def test_rate_limits_are_waited_out_then_explained(
    loopback_server: LoopbackServer,
    http: httpx2.AsyncClient,
    credentials: Any,
    tmp_path: Path,
) -> None:
    video = make_video(tmp_path, size=2 * CHUNK)
    sleep = SleepRecorder()
    loopback_server.uploads.fail_next("gcs.upload", 429, gcs_rate_limited())

    uploaded = await uploader(http, loopback_server, credentials, sleep=sleep).upload(
        video, "video/mp4", chunk_size=CHUNK
    )
    assert loopback_server.uploads.object_bytes("test-bucket", uploaded.name) == video.read_bytes()
    (pause,) = sleep.delays
    assert 0.5 <= pause <= 1.0  # the first step, with equal jitter

    other = make_video(tmp_path, size=2 * CHUNK, name="other.mp4")
    for _ in range(5):
        loopback_server.uploads.fail_next("gcs.upload", 429, gcs_rate_limited())
        loopback_server.uploads.fail_next("gcs.status", 429, gcs_rate_limited())
    with pytest.raises(UploadError) as caught:
        await uploader(http, loopback_server, credentials).upload(
            other, "video/mp4", chunk_size=CHUNK
        )
    assert caught.value.status == "QUOTA" and caught.value.action.kind == "wait_and_retry"
    assert caught.value.explanation.startswith("Cloud Storage refused other.mp4")


@pytest.mark.expected_log(r"HTTP 401 from")
async def test_a_refused_token_is_a_sign_in_error(
    loopback_server: LoopbackServer, http: httpx2.AsyncClient, tmp_path: Path
) -> None:
    # A bearer token Cloud Storage does not accept (no refresh in between: a fixed token).
    up = GcsUploader(
        http,
        loopback_server.base_url,
        ApiKeyAuth("ya29.revoked", header="authorization"),
        "test-bucket",
        sleep=SleepRecorder(),
    )
    with pytest.raises(AuthenticationError) as caught:
        await up.upload(make_video(tmp_path, size=CHUNK), "video/mp4")
    assert caught.value.server_message == "Invalid Credentials"


async def test_cancel_mid_upload_leaves_the_cache_alone(
    loopback_server: LoopbackServer,
    http: httpx2.AsyncClient,
    credentials: Any,
    tmp_path: Path,
) -> None:
    video = make_video(tmp_path)
    up = uploader(http, loopback_server, credentials)
    task: asyncio.Task[object] | None = None

    def cancel_halfway(progress: UploadProgress) -> None:
        if progress.percent >= 50 and task is not None:
            task.cancel()

    task = asyncio.create_task(
        up.upload(video, "video/mp4", progress=cancel_halfway, chunk_size=CHUNK)
    )
    with pytest.raises(asyncio.CancelledError):
        await task
    assert loopback_server.uploads.objects == {} and cache_entries() == {}

    uploaded = await up.upload(video, "video/mp4", chunk_size=CHUNK)
    assert len(loopback_server.requests_for("gcs.start")) == 1  # the same session, resumed
    assert loopback_server.uploads.object_bytes("test-bucket", uploaded.name) == video.read_bytes()


async def test_names_and_addresses() -> None:
    assert bucket_name(" gs://my-bucket/some/folder ") == "my-bucket"
    assert object_name_for("ab" * 32, "My holiday (2).MOV") == (
        "gemini-desktop/abababababababab/My_holiday_2_.MOV"
    )
    assert object_name_for("ab" * 32, "/etc/../.hidden") == "gemini-desktop/abababababababab/hidden"
    long_name = object_name_for("ab" * 32, "x" * 300 + ".mp4").rsplit("/", 1)[1]
    assert len(long_name) <= 100 and long_name.endswith(".mp4")
    assert storage_base_url({}) == "https://storage.googleapis.com"
    assert storage_base_url({"STORAGE_EMULATOR_HOST": "localhost:9023"}) == "http://localhost:9023"
    assert storage_base_url({"STORAGE_EMULATOR_HOST": "https://gcs.test/"}) == "https://gcs.test"
    assert chunk_size_for(300_000) == CHUNK and chunk_size_for(1) == CHUNK
    assert chunk_size_for(8 * 1024 * 1024) == 8 * 1024 * 1024


async def test_objects_with_names_to_escape_are_listed_and_read_back(
    loopback_server: LoopbackServer, http: httpx2.AsyncClient, credentials: Any
) -> None:
    up = uploader(http, loopback_server, credentials)
    folder = "gemini-desktop/batch-jobs/run 1 (août)"
    names = [f"{folder}/predictions #1.jsonl", f"{folder}/predictions 100%?.jsonl"]
    for index, name in enumerate(names):
        loopback_server.uploads.put_object("test-bucket", name, b'{"row": %d}\n' % index)
    loopback_server.uploads.put_object("test-bucket", "elsewhere/predictions.jsonl", b"{}")

    assert sorted(await up.object_names(folder + "/")) == sorted(names)
    assert [await up.read(name) for name in names] == [b'{"row": 0}\n', b'{"row": 1}\n']
    paths = [r.path for r in loopback_server.requests_for("gcs.media")]
    assert all(path.startswith("/storage/v1/b/test-bucket/o/") for path in paths)
