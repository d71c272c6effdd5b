"""A conversation end to end: the user's turn saved before sending, the answer autosaved
while it streams, stopped and failed answers kept, retry in place, a full disk survived."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from desktop.core.answer_stream import Completed, TextDelta
from desktop.core.conversation import ChatSettings, NewAttachment, TurnStatus
from desktop.core.errors import CredentialsError, ServerError
from desktop.services.chat_service import AnswerStarted, ChatService, HistoryNotice, TurnSaved
from desktop.services.connections import ConnectionManager
from desktop.services.history import HistoryStore
from desktop.services.profile_store import ProfileStore
from tests.loopback import LoopbackServer, Scenario
from tests.photos import png_bytes
from tests.services.conftest import studio_connections

pytestmark = pytest.mark.asyncio
SETTINGS = ChatSettings(model="gemini-2.5-flash")


async def test_the_users_turn_is_saved_before_the_request_leaves(
    service: ChatService, loopback_server: LoopbackServer
) -> None:
    stream = service.send(
        "What is this?",
        [NewAttachment(png_bytes(2, 2, (16, 128, 240)), "image/png", "dot.png")],
        SETTINGS,
    )
    saved = await anext(stream)
    assert isinstance(saved, TurnSaved)
    assert loopback_server.requests == []  # nothing sent yet
    on_disk = service.history.load(saved.conversation_id).turns
    assert [(t.role, t.text) for t in on_disk] == [("user", "What is this?")]
    assert on_disk[0].attachments[0].name == "dot.png"
    events = [saved] + [event async for event in stream]
    assert isinstance(events[1], AnswerStarted) and isinstance(events[-1], Completed)
    final = service.history.load(saved.conversation_id).turns[-1]
    assert final.status is TurnStatus.COMPLETE and "image/png" in final.text
    body = loopback_server.requests[-1].json
    assert body["contents"][0]["parts"][0]["inlineData"]["mimeType"] == "image/png"


async def test_the_second_turn_carries_the_first_from_the_history(
    service: ChatService, loopback_server: LoopbackServer
) -> None:
    [event async for event in service.send("First", [], SETTINGS)]
    [event async for event in service.send("Second", [], SETTINGS)]
    contents = loopback_server.requests[-1].json["contents"]
    assert [c["role"] for c in contents] == ["user", "model", "user"]


async def test_the_answer_is_saved_while_it_streams(
    service: ChatService, loopback_server: LoopbackServer
) -> None:
    loopback_server.script(Scenario(text="word " * 30, chunks=30, drip_delay=0.02))
    saved_lengths: list[int] = []
    async for event in service.send("Go slowly", [], SETTINGS):
        if isinstance(event, TextDelta):
            assert service.conversation_id is not None
            saved_lengths.append(len(service.history.load(service.conversation_id).turns[-1].text))
    assert max(saved_lengths) > 0 and len(set(saved_lengths)) >= 3  # it grew, more than once


async def test_stop_keeps_the_partial_answer_marked_stopped(
    service: ChatService, loopback_server: LoopbackServer
) -> None:
    loopback_server.script(Scenario(text="slow " * 40, chunks=40, drip_delay=0.05))
    first = asyncio.Event()

    async def consume() -> None:
        async for event in service.send("Tell me", [], SETTINGS):
            if isinstance(event, TextDelta):
                first.set()

    task = asyncio.create_task(consume())
    await asyncio.wait_for(first.wait(), 5)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert service.conversation_id is not None
    answer = service.history.load(service.conversation_id).turns[-1]
    assert answer.status is TurnStatus.STOPPED and answer.text.startswith("slow")


async def test_an_error_mid_stream_keeps_the_text_and_retry_streams_it_again(
    service: ChatService, loopback_server: LoopbackServer
) -> None:
    loopback_server.script(Scenario(text="one two three four", chunks=4, error_after_events=2))
    with pytest.raises(ServerError):
        [event async for event in service.send("Count", [], SETTINGS)]
    assert service.conversation_id is not None
    failed = service.history.load(service.conversation_id).turns[-1]
    assert failed.status is TurnStatus.FAILED and failed.text and failed.error is not None
    events = [event async for event in service.retry(failed.id, SETTINGS)]
    assert isinstance(events[-1], Completed)
    (started,) = [e for e in events if isinstance(e, AnswerStarted)]
    assert started.versions == (failed.id, started.turn_id)
    turns = service.history.load(service.conversation_id).turns
    assert len(turns) == 2 and turns[-1].id == started.turn_id
    assert turns[-1].status is TurnStatus.COMPLETE and turns[-1].versions == started.versions
    # The failed version stays reachable, its text and reason kept.
    kept = service.history.answer_version(failed.id)
    assert kept.status is TurnStatus.FAILED and kept.text == failed.text
    assert [c["role"] for c in loopback_server.requests[-1].json["contents"]] == ["user"]


async def test_retrying_an_earlier_answer_asks_with_what_came_before_it_only(
    service: ChatService, loopback_server: LoopbackServer
) -> None:
    [event async for event in service.send("First", [], SETTINGS)]
    [event async for event in service.send("Second", [], SETTINGS)]
    assert service.conversation_id is not None
    first_answer = service.history.load(service.conversation_id).turns[1]
    loopback_server.script(Scenario(text="A second version"))
    events = [event async for event in service.retry(first_answer.id, SETTINGS)]
    (started,) = [e for e in events if isinstance(e, AnswerStarted)]
    assert [c["role"] for c in loopback_server.requests[-1].json["contents"]] == ["user"]
    turns = service.history.load(service.conversation_id).turns
    assert [t.id for t in turns][1] == started.turn_id and len(turns) == 4
    # Sending again continues from the new version, with the later turns as they were.
    [event async for event in service.send("Third", [], SETTINGS)]
    sent = loopback_server.requests[-1].json["contents"]
    assert [c["parts"][0]["text"] for c in sent] == [
        "First",
        "A second version",
        "Second",
        "You said: Second.",
        "Third",
    ]


@pytest.mark.expected_log(
    r"disk is full",
    r"History unavailable",
    r"PRAGMA optimize failed",
    r"changed while the disk took no writes are lost",  # the disk is never freed here
)
async def test_a_full_disk_moves_the_conversation_to_memory_and_the_answer_goes_on(
    service: ChatService, loopback_server: LoopbackServer
) -> None:
    [event async for event in service.send("Before the disk filled", [], SETTINGS)]
    store: Any = service.history
    pages = store.database.connection.execute("PRAGMA page_count").fetchone()[0]
    store.database.connection.execute(
        f"PRAGMA max_page_count = {pages}"
    )  # SQLite's real "disk is full"
    events = [event async for event in service.send("A long prompt " * 5000, [], SETTINGS)]
    notices = [e for e in events if isinstance(e, HistoryNotice)]
    assert len(notices) == 1 and notices[0].error.status == "HISTORY_DISK_FULL"
    assert isinstance(events[-1], Completed)
    assert not service.history.persistent
    assert service.conversation_id is not None
    turns = service.history.load(service.conversation_id).turns
    assert [t.text[:22] for t in turns] == [
        "Before the disk filled",
        turns[1].text[:22],
        "A long prompt A long p",
        turns[3].text[:22],
    ]
    assert turns[-1].status is TurnStatus.COMPLETE
    # The request still carried the whole conversation.
    assert len(loopback_server.requests[-1].json["contents"]) == 3


async def test_an_answer_with_an_escaped_lone_surrogate_is_saved_with_a_replacement(
    service: ChatService, loopback_server: LoopbackServer
) -> None:
    # The server writes the half pair as a valid JSON escape ("\\ud83d"), not raw bytes.
    loopback_server.script(Scenario(text="Smile \ud83d, then \U0001f600.", chunks=2))
    events = [event async for event in service.send("Hi", [], SETTINGS)]
    assert isinstance(events[-1], Completed)
    conversation_id = next(e for e in events if isinstance(e, TurnSaved)).conversation_id
    assert service.history.folder is not None
    reopened = HistoryStore.open(service.history.folder)  # from the file, not from memory
    answer = reopened.load(conversation_id).turns[-1]
    reopened.close()
    assert answer.status is TurnStatus.COMPLETE
    assert answer.text == "Smile \ufffd, then \U0001f600."


async def test_closing_the_stream_mid_answer_saves_it_as_stopped(
    service: ChatService, loopback_server: LoopbackServer
) -> None:
    # A window that reads a burst and pauses between deltas may be stopped while it is not
    # waiting on the stream: it closes the stream instead of cancelling inside it.
    loopback_server.script(Scenario(text="burst " * 40, chunks=40))
    stream = service.send("Tell me", [], SETTINGS)
    async for event in stream:
        if isinstance(event, TextDelta):
            break
    await stream.aclose()
    assert service.conversation_id is not None
    answer = service.history.load(service.conversation_id).turns[-1]
    assert answer.status is TurnStatus.STOPPED and answer.text.startswith("burst")


async def test_closing_the_stream_after_completed_keeps_the_answer_complete(
    service: ChatService,
) -> None:
    stream = service.send("Hello", [], SETTINGS)
    async for event in stream:
        if isinstance(event, Completed):
            break
    await stream.aclose()
    assert service.conversation_id is not None
    assert service.history.load(service.conversation_id).turns[-1].status is TurnStatus.COMPLETE


async def test_no_connection_fails_the_answer_instead_of_leaving_it_streaming(
    tmp_path: Path,
) -> None:
    connections = ConnectionManager(ProfileStore.in_memory(), {})
    history = HistoryStore.open(tmp_path / "history")
    service = ChatService(connections, history)
    try:
        with pytest.raises(CredentialsError):
            [event async for event in service.send("Anyone?", [], SETTINGS)]
        assert service.conversation_id is not None
        turns = service.history.load(service.conversation_id).turns
        assert [t.status for t in turns] == [TurnStatus.COMPLETE, TurnStatus.FAILED]
        assert turns[-1].error is not None and turns[-1].error["status"] == "NOT_CONFIGURED"
    finally:
        await connections.aclose()
        history.close()


async def test_photos_are_sent_and_saved_upright_small_and_without_metadata(
    service: ChatService, loopback_server: LoopbackServer
) -> None:
    import base64
    import io

    from PIL import Image

    from tests.photos import camera_photo

    original = camera_photo(orientation=6, gps=True)
    events = [
        e
        async for e in service.send(
            "Where is this?", [NewAttachment(original, "image/jpeg", "trip.jpg")], SETTINGS
        )
    ]
    saved = next(e for e in events if isinstance(e, TurnSaved)).turn.attachments[0]
    sent = base64.b64decode(
        loopback_server.requests[-1].json["contents"][0]["parts"][0]["inlineData"]["data"]
    )
    assert service.history.attachment_bytes(saved.sha256) == sent  # what is saved is what was sent
    image = Image.open(io.BytesIO(sent))
    assert image.size == (1152, 1536) and dict(image.getexif()) == {}
    assert saved.size < len(original) * 0.15 and saved.name == "trip.jpg"


class SlowAutosaveStore(HistoryStore):
    """A disk that takes its time over each autosave, until `release` is set."""

    release = threading.Event()

    def save_partial(self, turn_id: int, text: str, thoughts: str = "") -> bool:
        self.release.wait(10)
        return super().save_partial(turn_id, text, thoughts)


async def test_a_stop_while_the_last_autosave_is_still_writing_keeps_the_answer_complete(
    loopback_server: LoopbackServer, tmp_path: Path
) -> None:
    connections = studio_connections(loopback_server)
    history = SlowAutosaveStore.open(tmp_path / "history")
    service = ChatService(connections, history)
    SlowAutosaveStore.release.clear()
    loopback_server.script(Scenario(text="All of it", chunks=1))
    stream = service.send("Hello", [], SETTINGS)
    try:
        task = asyncio.create_task(anext(stream))  # the user's turn saved
        await task
        task = asyncio.create_task(anext(stream))  # the answer starts
        await task
        answer = stream.ag_frame.f_locals["answer"]  # type: ignore[attr-defined]
        consumer = asyncio.create_task(drain_quietly(stream))
        # The whole answer arrived: its last save waits for the autosave still writing.
        for _ in range(500):
            if answer.ag_frame and answer.ag_frame.f_locals.get("finished"):
                break
            await asyncio.sleep(0.01)
        consumer.cancel()  # Stop, or the window closing, right then
        with pytest.raises(asyncio.CancelledError):
            await consumer
        SlowAutosaveStore.release.set()
        assert service.conversation_id is not None
        for _ in range(500):
            last = history.load(service.conversation_id).turns[-1]
            if last.status is not TurnStatus.STREAMING:
                break
            await asyncio.sleep(0.01)
        assert (last.status, last.text) == (TurnStatus.COMPLETE, "All of it")
    finally:
        SlowAutosaveStore.release.set()
        await connections.aclose()
        history.close()


async def drain_quietly(stream: AsyncIterator[Any]) -> None:
    async for _event in stream:
        pass
