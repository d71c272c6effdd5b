"""Large files in a conversation, end to end against the loopback: uploaded with progress
before the answer, referenced by URI, reused on the next turn, resumed after a stop or a
dropped connection; refused before anything is saved where they have no way in; a file
that vanished before sending is left out while the rest go."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio

from desktop.core.answer_stream import Completed
from desktop.core.conversation import ChatSettings, NewAttachment, TurnStatus
from desktop.core.errors import FileProblemError
from desktop.core.media import INLINE_FILE_LIMIT
from desktop.core.profile import Profile, SignInKind
from desktop.services.chat_service import (
    AnswerStarted,
    ChatEvent,
    ChatService,
    FileLeftOut,
    TurnSaved,
)
from desktop.services.connections import ConnectionManager
from desktop.services.file_parts import Uploading
from desktop.services.history import HistoryStore
from desktop.services.profile_store import ProfileStore
from desktop.services.uploads import UploadCache
from tests.loopback import LoopbackServer
from tests.photos import png_bytes
from tests.services.uploads.helpers import make_video

pytestmark = pytest.mark.asyncio
SETTINGS = ChatSettings(model="gemini-2.5-flash")
BIG = INLINE_FILE_LIMIT + 300_000  # just too large to go inside the message


async def chat(
    profile: Profile, secret: str, tmp_path: Path, env: dict[str, str] | None = None
) -> tuple[ChatService, ConnectionManager]:
    store = ProfileStore.in_memory()
    store.save(profile, secret)
    cache = UploadCache(tmp_path / "uploads.json")
    connections = ConnectionManager(store, env or {}, upload_cache=cache)
    history = HistoryStore.open(tmp_path / "history")
    return ChatService(connections, history, autosave_interval=0.05), connections


@pytest_asyncio.fixture
async def studio(loopback_server: LoopbackServer, tmp_path: Path) -> AsyncIterator[ChatService]:
    profile = Profile.new("Studio", SignInKind.GEMINI_API_KEY, base_url=loopback_server.base_url)
    service, connections = await chat(profile, "test-api-key", tmp_path)
    yield service
    await connections.aclose()
    service.history.close()


async def collect(stream: AsyncIterator[ChatEvent]) -> list[ChatEvent]:
    return [event async for event in stream]


def model_requests(server: LoopbackServer) -> list[Any]:
    return [r for r in server.requests if r.route.endswith(".stream")]


def last_body(server: LoopbackServer) -> dict[str, Any]:
    body: dict[str, Any] = model_requests(server)[-1].json
    return body


def file_parts(body: dict[str, Any]) -> list[dict[str, Any]]:
    return [
        part["fileData"]
        for content in body["contents"]
        for part in content["parts"]
        if "fileData" in part
    ]


async def test_a_large_video_is_uploaded_with_progress_then_referenced(
    studio: ChatService, loopback_server: LoopbackServer, tmp_path: Path
) -> None:
    video = make_video(tmp_path, BIG)
    events = await collect(
        studio.send("What happens?", [NewAttachment(video, "video/mp4", "clip.mp4")], SETTINGS)
    )
    kinds = [type(e).__name__ for e in events]
    assert kinds[:2] == ["TurnSaved", "AnswerStarted"] and kinds[-1] == "Completed"
    progress = [e for e in events if isinstance(e, Uploading)]
    assert progress[0].sent == 0 and progress[-1].done and progress[-1].sent == BIG
    assert [p.sent for p in progress] == sorted(p.sent for p in progress)
    assert 50.0 in {round(p.percent, -1) for p in progress}  # reported along the way
    # Every upload report comes before the answer's first byte.
    assert kinds.index("Completed") > max(i for i, k in enumerate(kinds) if k == "Uploading")

    (uploaded,) = loopback_server.uploads.files.values()
    assert loopback_server.uploads.file_bytes(uploaded.name) == video.read_bytes()
    body = last_body(loopback_server)
    uri = uploaded.resource(loopback_server.base_url)["uri"]
    assert file_parts(body) == [{"mimeType": "video/mp4", "fileUri": uri}]
    assert "inlineData" not in json.dumps(body)
    turns = studio.history.load(events[0].conversation_id).turns  # type: ignore[union-attr]
    assert turns[0].attachments[0].size == BIG  # the history keeps its own copy
    assert turns[-1].status is TurnStatus.COMPLETE


async def test_the_next_turn_reuses_the_upload(
    studio: ChatService, loopback_server: LoopbackServer, tmp_path: Path
) -> None:
    video = make_video(tmp_path, BIG)
    await collect(studio.send("One", [NewAttachment(video, "video/mp4", "clip.mp4")], SETTINGS))
    starts = len(loopback_server.requests_for("files.start"))
    events = await collect(studio.send("And then?", [], SETTINGS))
    assert len(loopback_server.requests_for("files.start")) == starts == 1
    reports = [e for e in events if isinstance(e, Uploading)]
    assert reports[-1].done and reports[-1].reused
    body = last_body(loopback_server)
    assert len(file_parts(body)) == 1  # the first turn still carries the video


async def test_small_files_stay_inline_beside_an_uploaded_one(
    studio: ChatService, loopback_server: LoopbackServer, tmp_path: Path
) -> None:
    video = make_video(tmp_path, BIG)
    files = [
        NewAttachment(png_bytes(8, 8), "image/png", "dot.png"),
        NewAttachment(video, "video/mp4", "clip.mp4", clip_start=10.0, clip_end=45.5),
    ]
    await collect(studio.send("Compare", files, SETTINGS))
    parts = last_body(loopback_server)["contents"][0]["parts"]
    assert "inlineData" in parts[0]
    assert parts[1]["fileData"]["mimeType"] == "video/mp4"
    assert parts[1]["videoMetadata"] == {
        "startOffset": {"seconds": 10},
        "endOffset": {"seconds": 45, "nanos": 500_000_000},
    }
    assert parts[2] == {"text": "Compare"}


async def test_stopping_mid_upload_keeps_the_turn_and_retry_resumes(
    studio: ChatService, loopback_server: LoopbackServer, tmp_path: Path
) -> None:
    video = make_video(tmp_path, BIG)
    stream = studio.send("What happens?", [NewAttachment(video, "video/mp4", "clip.mp4")], SETTINGS)
    answer_id = None
    async for event in stream:
        if isinstance(event, AnswerStarted):
            answer_id = event.turn_id
        if isinstance(event, Uploading) and event.sent > 2 * 1024 * 1024:
            break  # the user pressed Stop
    await stream.aclose()
    assert answer_id is not None and studio.conversation_id is not None
    turns = studio.history.load(studio.conversation_id).turns
    assert turns[-1].status is TurnStatus.STOPPED
    assert not model_requests(loopback_server)

    events = await collect(studio.retry(answer_id, SETTINGS))
    assert isinstance(events[-1], Completed)
    assert len(loopback_server.requests_for("files.start")) == 1  # resumed, not restarted
    (uploaded,) = loopback_server.uploads.files.values()
    assert loopback_server.uploads.file_bytes(uploaded.name) == video.read_bytes()


@pytest.mark.expected_log(r"interrupted .*; resuming")
async def test_a_connection_dropped_mid_upload_is_resumed(
    studio: ChatService, loopback_server: LoopbackServer, tmp_path: Path
) -> None:
    video = make_video(tmp_path, BIG)
    loopback_server.uploads.drop_during_chunk("files", chunk=2, after_bytes=100_000)
    events = await collect(
        studio.send("What happens?", [NewAttachment(video, "video/mp4", "clip.mp4")], SETTINGS)
    )
    assert isinstance(events[-1], Completed)
    (uploaded,) = loopback_server.uploads.files.values()
    assert loopback_server.uploads.file_bytes(uploaded.name) == video.read_bytes()


async def test_vertex_uploads_to_the_profiles_bucket(
    loopback_server: LoopbackServer, loopback_service_account: dict[str, Any], tmp_path: Path
) -> None:
    profile = Profile.new(
        "Work",
        SignInKind.SERVICE_ACCOUNT,
        project="test-project",
        location="us-central1",
        base_url=loopback_server.base_url,
        bucket="test-bucket",
    )
    env = {"STORAGE_EMULATOR_HOST": loopback_server.base_url}
    service, connections = await chat(profile, json.dumps(loopback_service_account), tmp_path, env)
    try:
        video = make_video(tmp_path, BIG)
        events = await collect(
            service.send("What?", [NewAttachment(video, "video/mp4", "clip.mp4")], SETTINGS)
        )
        assert isinstance(events[-1], Completed)
        (uri,) = [p["fileUri"] for p in file_parts(last_body(loopback_server))]
        assert uri.startswith("gs://test-bucket/")
        name = uri.removeprefix("gs://test-bucket/")
        assert loopback_server.uploads.object_bytes("test-bucket", name) == video.read_bytes()
    finally:
        await connections.aclose()
        service.history.close()


async def test_vertex_without_a_bucket_refuses_before_saving_anything(
    loopback_server: LoopbackServer, tmp_path: Path
) -> None:
    express = Profile.new(
        "Express", SignInKind.VERTEX_EXPRESS_KEY, base_url=loopback_server.base_url
    )
    service, connections = await chat(express, "express-key", tmp_path)
    try:
        video = make_video(tmp_path, BIG)
        with pytest.raises(FileProblemError) as caught:
            await collect(
                service.send("What?", [NewAttachment(video, "video/mp4", "clip.mp4")], SETTINGS)
            )
        assert "clip.mp4" in caught.value.explanation
        assert "Cloud Storage bucket" in caught.value.user_text()
        assert service.conversation_id is None  # nothing saved: the window gives it back
        assert not model_requests(loopback_server)
    finally:
        await connections.aclose()
        service.history.close()


async def test_a_file_gone_before_sending_is_left_out_and_the_rest_go(
    studio: ChatService, loopback_server: LoopbackServer, tmp_path: Path
) -> None:
    video = make_video(tmp_path, BIG, name="gone.mp4")
    video.unlink()
    files = [
        NewAttachment(video, "video/mp4", "gone.mp4"),
        NewAttachment(png_bytes(8, 8), "image/png", "dot.png"),
    ]
    events = await collect(studio.send("What is this?", files, SETTINGS))
    (left_out,) = [e for e in events if isinstance(e, FileLeftOut)]
    assert "gone.mp4" in left_out.error.explanation and left_out.error.hint
    saved = next(e for e in events if isinstance(e, TurnSaved))
    assert [a.name for a in saved.turn.attachments] == ["dot.png"]
    assert isinstance(events[-1], Completed)


@pytest.mark.parametrize("api", ["gemini", "vertex"])
async def test_columns_sending_one_large_file_at_once_upload_it_once(
    api: str,
    loopback_server: LoopbackServer,
    loopback_service_account: dict[str, Any],
    tmp_path: Path,
) -> None:
    # A compare sends the same video from three ChatServices at once over one connection:
    # the first uploads it, the others wait for that upload and reuse it.
    if api == "gemini":
        profile = Profile.new(
            "Studio", SignInKind.GEMINI_API_KEY, base_url=loopback_server.base_url
        )
        secret, env, start = "test-api-key", None, "files.start"
    else:
        profile = Profile.new(
            "Work",
            SignInKind.SERVICE_ACCOUNT,
            project="test-project",
            location="us-central1",
            base_url=loopback_server.base_url,
            bucket="test-bucket",
        )
        secret, start = json.dumps(loopback_service_account), "gcs.start"
        env = {"STORAGE_EMULATOR_HOST": loopback_server.base_url}
    first, connections = await chat(profile, secret, tmp_path, env)
    columns = [first, *(ChatService(connections, first.history) for _ in range(2))]
    try:
        video = make_video(tmp_path, BIG)
        files = [NewAttachment(video, "video/mp4", "clip.mp4")]
        results = await asyncio.gather(
            *(collect(column.send("What happens?", files, SETTINGS)) for column in columns)
        )
        assert all(isinstance(events[-1], Completed) for events in results)
        assert len(loopback_server.requests_for(start)) == 1
        reused = [
            [e.reused for e in events if isinstance(e, Uploading) and e.done] for events in results
        ]
        assert sorted(reused) == [[False], [True], [True]]
        uris = {p["fileUri"] for r in model_requests(loopback_server) for p in file_parts(r.json)}
        assert len(uris) == 1 and len(model_requests(loopback_server)) == 3
        ids = {events[0].conversation_id for events in results}  # type: ignore[union-attr]
        assert len(ids) == 3  # each column its own conversation
    finally:
        await connections.aclose()
        first.history.close()
