"""Uploads against a server that takes a chunk and never answers: the upload ends after the
stall limit, once, naming the file; sending again resumes where it stopped."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Callable
from pathlib import Path

import httpx2
import pytest
import pytest_asyncio

from desktop.core.errors import UploadError
from desktop.services.auth import ApiKeyAuth
from desktop.services.http import create_http_client
from desktop.services.uploads import FileApiUploader, GcsUploader, UploadCache
from tests.faults.cases import CASES, FaultCase
from tests.loopback import LoopbackServer
from tests.services.uploads.helpers import CHUNK, SleepRecorder, make_video

pytestmark = pytest.mark.asyncio


@pytest_asyncio.fixture
async def http() -> AsyncIterator[httpx2.AsyncClient]:
    client = create_http_client()
    yield client
    await client.aclose()


def uploader_for(
    protocol: str, http: httpx2.AsyncClient, server: LoopbackServer
) -> FileApiUploader | GcsUploader:
    cache = UploadCache.default()
    if protocol == "files":
        return FileApiUploader(
            http, server.base_url, ApiKeyAuth("test-api-key"), account="profile-1",
            cache=cache, sleep=SleepRecorder(),
        )  # fmt: skip
    token = ApiKeyAuth("test-access-token", header="authorization")
    return GcsUploader(
        http, server.base_url, token, "test-bucket", cache=cache, sleep=SleepRecorder()
    )


@pytest.mark.expected_log(r"made no progress for 1 s")
@pytest.mark.parametrize("protocol", ["files", "gcs"])
async def test_a_chunk_taken_and_never_answered_ends_the_upload_in_time(
    protocol: str,
    loopback_server: LoopbackServer,
    http: httpx2.AsyncClient,
    tmp_path: Path,
    gave_up: Callable[[FaultCase, float], None],
) -> None:
    (case,) = [case for case in CASES if case.id == f"upload/{protocol}-chunk-never-answered"]
    video = make_video(tmp_path, size=3 * CHUNK)
    loopback_server.uploads.stall_after_chunk(protocol, chunk=2)
    upload = uploader_for(protocol, http, loopback_server)
    started = time.monotonic()
    with pytest.raises(UploadError) as caught:
        await upload.upload(video, "video/mp4", chunk_size=CHUNK)
    gave_up(case, time.monotonic() - started)
    assert caught.value.user_text() == case.sees
    route = "files.upload" if protocol == "files" else "gcs.upload"
    assert len(loopback_server.requests_for(route)) == case.requests  # not tried again

    # Sending again goes on from where it stopped: the stored chunks are not sent again.
    uploaded = await upload.upload(video, "video/mp4", chunk_size=CHUNK)
    assert uploaded.size == video.stat().st_size
