"""The Gemini File API upload end to end against the loopback: chunks, progress, processing,
reuse, a connection dropped mid-chunk, cancellation, and failures in plain words."""

from __future__ import annotations

import asyncio
import json
import math
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx2
import pytest

from desktop.core.connection import ApiKind, Connection
from desktop.core.errors import (
    ApiKeyInvalidError,
    FileProblemError,
    InvalidArgumentError,
    UploadError,
)
from desktop.core.request import Part
from desktop.services.auth import ApiKeyAuth
from desktop.services.gemini_client import GeminiClient
from desktop.services.uploads import FileApiUploader, UploadCache, UploadedFile, UploadProgress
from tests.loopback import LoopbackServer
from tests.loopback.scenario import rpc_error
from tests.photos import png_bytes
from tests.services.uploads.helpers import (
    CHUNK,
    SleepRecorder,
    ask_about,
    assert_progress,
    make_video,
)

pytestmark = pytest.mark.asyncio


def uploader(
    http: httpx2.AsyncClient,
    server: LoopbackServer,
    *,
    key: str = "test-api-key",
    cache: UploadCache | None = None,
    sleep: SleepRecorder | None = None,
    **kwargs: object,
) -> FileApiUploader:
    return FileApiUploader(
        http,
        server.base_url,
        ApiKeyAuth(key),
        account="profile-1",
        cache=cache if cache is not None else UploadCache.default(),
        sleep=sleep or SleepRecorder(),
        **kwargs,  # type: ignore[arg-type]
    )


def chunk_offsets(server: LoopbackServer) -> list[int]:
    return [int(r.headers["x-goog-upload-offset"]) for r in server.requests_for("files.upload")]


def cache_entries() -> dict[str, object]:
    path = UploadCache.default().path
    if not path.exists():
        return {}
    return dict(json.loads(path.read_text(encoding="utf-8"))["entries"])


async def test_uploads_in_chunks_waits_until_active_and_the_model_reads_it(
    loopback_server: LoopbackServer, http: httpx2.AsyncClient, tmp_path: Path
) -> None:
    video = make_video(tmp_path)
    size = video.stat().st_size
    loopback_server.uploads.processing_polls = 2
    sleep = SleepRecorder()
    seen: list[UploadProgress] = []

    uploaded = await uploader(http, loopback_server, sleep=sleep).upload(
        video, "video/mp4", progress=seen.append, chunk_size=CHUNK
    )

    # The start request, as Google documents it; the key in its header, never in a URL.
    (start,) = loopback_server.requests_for("files.start")
    assert start.path == "/upload/v1beta/files" and start.query == {}
    assert start.headers["x-goog-upload-protocol"] == "resumable"
    assert start.headers["x-goog-upload-command"] == "start"
    assert start.headers["x-goog-upload-header-content-length"] == str(size)
    assert start.headers["x-goog-upload-header-content-type"] == "video/mp4"
    assert start.headers["content-type"] == "application/json"
    assert start.headers["x-goog-api-key"] == "test-api-key"
    assert start.json == {"file": {"display_name": "clip.mp4"}}
    assert all("key" not in r.query for r in loopback_server.requests)
    # Chunks of 256 KiB at increasing offsets, the last one finalizing.
    chunks = loopback_server.requests_for("files.upload")
    assert len(chunks) == math.ceil(size / CHUNK)
    assert chunk_offsets(loopback_server) == list(range(0, size, CHUNK))
    assert [r.headers["x-goog-upload-command"] for r in chunks] == ["upload"] * (
        len(chunks) - 1
    ) + ["upload, finalize"]
    assert all(r.headers["content-length"] == str(len(r.body)) for r in chunks)
    assert loopback_server.uploads.file_bytes(uploaded.name) == video.read_bytes()
    # PROCESSING twice, then ACTIVE; the waits grow.
    assert len(loopback_server.requests_for("files.get")) == 3
    assert sleep.delays == [2.0, 3.0, 4.5]
    assert_progress(seen, size)
    assert len(seen) > len(chunks) // 2  # progress within the upload, not only at its end
    assert uploaded.uri == f"{loopback_server.base_url}/v1beta/{uploaded.name}"
    assert uploaded.mime_type == "video/mp4" and uploaded.size == size and not uploaded.reused
    assert uploaded.expires_at is not None
    assert abs(uploaded.expires_at - (datetime.now(UTC) + timedelta(hours=48))) < timedelta(
        minutes=1
    )

    connection = Connection(ApiKind.GEMINI, base_url=loopback_server.base_url)
    async with GeminiClient(connection, ApiKeyAuth("test-api-key")) as client:
        text = await ask_about(client, uploaded.part())
    assert uploaded.uri in text and "video/mp4" in text
    stream = loopback_server.requests_for("gemini.stream")[-1]
    assert stream.json["contents"][0]["parts"][0] == {
        "fileData": {"mimeType": "video/mp4", "fileUri": uploaded.uri}
    }


async def test_a_file_uploaded_before_is_reused_while_it_lives(
    loopback_server: LoopbackServer, http: httpx2.AsyncClient, tmp_path: Path
) -> None:
    video = make_video(tmp_path, size=700_000)
    first = await uploader(http, loopback_server).upload(video, "video/mp4", chunk_size=CHUNK)
    uploads_before = len(loopback_server.requests_for("files.upload"))
    seen: list[UploadProgress] = []

    # A new uploader (as after a restart): the cache file on disk remembers.
    again = await uploader(http, loopback_server).upload(
        video, "video/mp4", progress=seen.append, chunk_size=CHUNK
    )

    assert again.reused and again.uri == first.uri and again.sha256 == first.sha256
    assert len(loopback_server.requests_for("files.start")) == 1
    assert len(loopback_server.requests_for("files.upload")) == uploads_before
    assert [r.path for r in loopback_server.requests_for("files.get")][
        -1
    ] == f"/v1beta/{first.name}"
    assert [p.percent for p in seen] == [0.0, 100.0]
    # Another account does not reuse it.
    other = FileApiUploader(
        http,
        loopback_server.base_url,
        ApiKeyAuth("test-api-key"),
        account="profile-2",
        cache=UploadCache.default(),
    )
    third = await other.upload(video, "video/mp4", chunk_size=CHUNK)
    assert not third.reused and third.name != first.name


@pytest.mark.expected_log(r"HTTP 403 from")
async def test_an_expired_file_is_uploaded_again(
    loopback_server: LoopbackServer, http: httpx2.AsyncClient, tmp_path: Path
) -> None:
    photo = png_bytes(64, 64)
    first = await uploader(http, loopback_server).upload(photo, "image/png", "photo.png")
    loopback_server.uploads.expire_file(first.name)

    again = await uploader(http, loopback_server).upload(photo, "image/png", "photo.png")

    assert not again.reused and again.name != first.name
    assert loopback_server.uploads.file_bytes(again.name) == photo
    assert [json.loads(json.dumps(v))["name"] for v in cache_entries().values()] == [again.name]


@pytest.mark.expected_log(r"interrupted .*; resuming")
async def test_a_connection_dropped_mid_chunk_resumes_where_google_stopped(
    loopback_server: LoopbackServer, http: httpx2.AsyncClient, tmp_path: Path
) -> None:
    video = make_video(tmp_path)
    loopback_server.uploads.drop_during_chunk("files", chunk=3, after_bytes=100_000)
    sleep = SleepRecorder()
    seen: list[UploadProgress] = []

    uploaded = await uploader(http, loopback_server, sleep=sleep).upload(
        video, "video/mp4", progress=seen.append, chunk_size=CHUNK
    )

    assert loopback_server.uploads.dropped == [("files", 3, 100_000)]
    (query,) = loopback_server.requests_for("files.query")
    assert query.headers["x-goog-upload-command"] == "query"
    offsets = chunk_offsets(loopback_server)
    resumed_at = 2 * CHUNK + 100_000
    assert offsets[:4] == [0, CHUNK, 2 * CHUNK, resumed_at]
    assert offsets[4] == resumed_at + CHUNK
    assert loopback_server.uploads.file_bytes(uploaded.name) == video.read_bytes()
    (pause,) = sleep.delays  # one pause before asking where the upload stands
    assert 0.5 <= pause <= 1.0  # the first step, with equal jitter
    assert_progress(seen, video.stat().st_size)


@pytest.mark.expected_log(r"interrupted .*; resuming")
async def test_a_drop_after_the_last_chunk_finds_the_upload_finished(
    loopback_server: LoopbackServer, http: httpx2.AsyncClient, tmp_path: Path
) -> None:
    video = make_video(tmp_path, size=3 * CHUNK + 5)
    loopback_server.uploads.drop_during_chunk("files", chunk=4, after_bytes=None)

    uploaded = await uploader(http, loopback_server).upload(video, "video/mp4", chunk_size=CHUNK)

    assert len(loopback_server.requests_for("files.start")) == 1
    assert len(loopback_server.requests_for("files.upload")) == 4  # nothing sent twice
    assert len(loopback_server.requests_for("files.query")) == 1
    assert loopback_server.uploads.file_bytes(uploaded.name) == video.read_bytes()


@pytest.mark.expected_log(r"HTTP 503 from", r"interrupted .*; resuming")
async def test_a_5xx_on_a_chunk_is_tried_again(
    loopback_server: LoopbackServer, http: httpx2.AsyncClient, tmp_path: Path
) -> None:
    video = make_video(tmp_path, size=3 * CHUNK)
    loopback_server.uploads.fail_next(
        "files.upload", 503, rpc_error(503, "UNAVAILABLE", "The service is currently unavailable.")
    )

    uploaded = await uploader(http, loopback_server).upload(video, "video/mp4", chunk_size=CHUNK)

    assert chunk_offsets(loopback_server) == [0, 0, CHUNK, 2 * CHUNK]
    assert loopback_server.uploads.file_bytes(uploaded.name) == video.read_bytes()


@pytest.mark.expected_log(r"HTTP 404 from")
@pytest.mark.parametrize("route", ["files.start", "files.upload"])
async def test_a_404_from_the_upload_endpoint_is_a_failed_upload_not_a_missing_model(
    loopback_server: LoopbackServer, http: httpx2.AsyncClient, tmp_path: Path, route: str
) -> None:
    video = make_video(tmp_path, size=2 * CHUNK)
    loopback_server.uploads.fail_next(route, 404, rpc_error(404, "NOT_FOUND", "Not Found"))

    with pytest.raises(UploadError) as caught:
        await uploader(http, loopback_server).upload(video, "video/mp4", chunk_size=CHUNK)

    assert caught.value.status == "UPLOAD_FAILED" and caught.value.code == 404
    assert caught.value.user_text() == (
        "clip.mp4 could not be uploaded. "
        "Send again; if it keeps failing, try a smaller copy of the file."
    )
    assert "model" not in caught.value.user_text()


@pytest.mark.expected_log(r"interrupted .*; resuming")
async def test_a_connection_that_keeps_dropping_gives_up_in_plain_words(
    loopback_server: LoopbackServer, http: httpx2.AsyncClient, tmp_path: Path
) -> None:
    video = make_video(tmp_path, size=3 * CHUNK)
    for number in range(1, 10):
        loopback_server.uploads.drop_during_chunk("files", chunk=number, after_bytes=0)

    with pytest.raises(UploadError) as caught:
        await uploader(http, loopback_server).upload(video, "video/mp4", chunk_size=CHUNK)

    assert caught.value.status == "CONNECTION_LOST" and caught.value.retryable
    assert "clip.mp4" in caught.value.explanation
    assert "where it stopped" in caught.value.hint
    assert cache_entries() == {}


async def test_cancel_mid_upload_leaves_no_trace_and_sending_again_resumes(
    loopback_server: LoopbackServer, http: httpx2.AsyncClient, tmp_path: Path
) -> None:
    video = make_video(tmp_path)
    up = uploader(http, loopback_server)
    task: asyncio.Task[object] | None = None

    def cancel_at_a_third(progress: UploadProgress) -> None:
        if progress.percent >= 33 and task is not None:
            task.cancel()

    task = asyncio.create_task(
        up.upload(video, "video/mp4", progress=cancel_at_a_third, chunk_size=CHUNK)
    )
    with pytest.raises(asyncio.CancelledError):
        await task

    assert loopback_server.uploads.files == {}  # nothing finalized
    assert cache_entries() == {}
    sent_before = len(loopback_server.requests_for("files.upload"))
    assert 0 < sent_before < math.ceil(video.stat().st_size / CHUNK)

    seen: list[UploadProgress] = []
    uploaded = await up.upload(video, "video/mp4", progress=seen.append, chunk_size=CHUNK)

    assert len(loopback_server.requests_for("files.start")) == 1  # the same session
    assert loopback_server.requests_for("files.query")
    assert seen[1].sent > 0  # went on from where Google stood
    assert loopback_server.uploads.file_bytes(uploaded.name) == video.read_bytes()
    assert len(cache_entries()) == 1


async def test_failed_processing_is_explained(
    loopback_server: LoopbackServer, http: httpx2.AsyncClient, tmp_path: Path
) -> None:
    video = make_video(tmp_path, size=CHUNK + 1)
    loopback_server.uploads.processing_polls = 1
    loopback_server.uploads.fail_processing("Unsupported video codec.")

    with pytest.raises(UploadError) as caught:
        await uploader(http, loopback_server).upload(video, "video/mp4", chunk_size=CHUNK)

    error = caught.value
    assert error.status == "FILE_PROCESSING_FAILED"
    assert error.explanation == "Google received clip.mp4 but could not read it."
    assert "MP4" in error.hint and error.server_message == "Unsupported video codec."
    assert cache_entries() == {}


async def test_processing_that_takes_too_long_is_waited_for_again_not_uploaded_again(
    loopback_server: LoopbackServer, http: httpx2.AsyncClient, tmp_path: Path
) -> None:
    video = make_video(tmp_path, size=CHUNK + 1)
    loopback_server.uploads.processing_polls = 1000
    up = uploader(http, loopback_server, processing_timeout=30.0)

    with pytest.raises(UploadError) as caught:
        await up.upload(video, "video/mp4", chunk_size=CHUNK)
    assert caught.value.status == "PROCESSING_TIMEOUT"
    assert "clip.mp4" in caught.value.explanation and cache_entries() == {}

    (stored,) = loopback_server.uploads.files.values()
    stored.polls_left = 0
    uploaded = await up.upload(video, "video/mp4", chunk_size=CHUNK)
    assert uploaded.name == stored.name
    assert len(loopback_server.requests_for("files.start")) == 1


@pytest.mark.expected_log(r"HTTP 4(29|00) from")
async def test_quota_and_a_wrong_key_are_plain_errors(
    loopback_server: LoopbackServer, http: httpx2.AsyncClient
) -> None:
    photo = png_bytes(8, 8)
    loopback_server.uploads.fail_next(
        "files.start",
        429,
        rpc_error(429, "RESOURCE_EXHAUSTED", "Quota exceeded for file storage bytes."),
    )
    with pytest.raises(UploadError) as caught:
        await uploader(http, loopback_server).upload(photo, "image/png", "cat.png")
    assert caught.value.status == "QUOTA"
    assert caught.value.explanation.startswith("The Gemini API's file storage refused cat.png")

    with pytest.raises(ApiKeyInvalidError):
        await uploader(http, loopback_server, key="wrong-key").upload(photo, "image/png", "cat.png")


async def test_the_session_url_is_moved_onto_the_configured_base_url(
    loopback_server: LoopbackServer, http: httpx2.AsyncClient, tmp_path: Path
) -> None:
    # Google's session URL names Google's host; a configured base URL (a gateway) wins,
    # as in google-genai.
    loopback_server.uploads.session_origin = "https://generativelanguage.googleapis.com"
    video = make_video(tmp_path, size=2 * CHUNK)

    uploaded = await uploader(http, loopback_server).upload(video, "video/mp4", chunk_size=CHUNK)

    assert loopback_server.uploads.file_bytes(uploaded.name) == video.read_bytes()
    assert all("upload_id" in r.query for r in loopback_server.requests_for("files.upload"))


async def test_unreadable_and_oversized_files_are_refused_before_sending(
    loopback_server: LoopbackServer, http: httpx2.AsyncClient, tmp_path: Path
) -> None:
    with pytest.raises(FileProblemError) as missing:
        await uploader(http, loopback_server).upload(tmp_path / "gone.mp4", "video/mp4")
    assert missing.value.status == "NOT_FOUND" and "gone.mp4" in missing.value.explanation

    huge = tmp_path / "huge.mp4"
    with huge.open("wb") as file:  # sparse: 3 GB of nothing on disk
        file.truncate(3 * 1024**3)
    with pytest.raises(FileProblemError) as too_large:
        # Refused from its size alone: 3 GB are never read (the test would take minutes).
        await asyncio.wait_for(uploader(http, loopback_server).upload(huge, "video/mp4"), 5)
    assert too_large.value.status == "TOO_LARGE"
    assert too_large.value.explanation == "huge.mp4 is 3 GB; the Gemini API reads files up to 2 GB."
    assert loopback_server.requests_for("files") == []


async def test_a_part_from_an_upload_is_a_file_data_part() -> None:
    uploaded = UploadedFile("https://x/v1beta/files/a", "video/mp4", "files/a", "00", 1)
    assert uploaded.part() == Part.from_uri("https://x/v1beta/files/a", "video/mp4")


@pytest.mark.expected_log(r"HTTP 400 from", r"interrupted .*; resuming")
async def test_a_refused_chunk_asks_where_google_stands_once(
    loopback_server: LoopbackServer, http: httpx2.AsyncClient, tmp_path: Path
) -> None:
    # As when a chunk sent before a cancel lands after the next query: Google refuses the
    # offset; asking again sets it right. The same refusal twice at one offset is final.
    video = make_video(tmp_path, size=3 * CHUNK)
    invalid = rpc_error(400, "INVALID_ARGUMENT", "Invalid X-Goog-Upload-Offset.")
    loopback_server.uploads.fail_next("files.upload", 400, invalid)

    uploaded = await uploader(http, loopback_server).upload(video, "video/mp4", chunk_size=CHUNK)
    assert loopback_server.uploads.file_bytes(uploaded.name) == video.read_bytes()
    assert len(loopback_server.requests_for("files.query")) == 1

    other = make_video(tmp_path, size=3 * CHUNK, name="other.mp4")
    loopback_server.uploads.fail_next("files.upload", 400, invalid)
    loopback_server.uploads.fail_next("files.upload", 400, invalid)
    with pytest.raises(InvalidArgumentError):
        await uploader(http, loopback_server).upload(other, "video/mp4", chunk_size=CHUNK)
