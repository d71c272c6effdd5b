"""Links (YouTube addresses) in the history: a row with the address, no file, sent as fileData."""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.core.conversation import (
    AttachmentRef,
    NewAttachment,
    attachment_to_resend,
    conversation_request_contents,
    link_sha256,
)
from desktop.core.errors import FileProblemError
from desktop.core.request import Offset, Part, VideoClip
from desktop.services.history import ATTACHMENTS_FOLDER, HistoryStore
from desktop.services.history.attachments import FolderAttachments
from desktop.services.history.database import HistoryDatabase
from tests.photos import png_bytes
from tests.services.history.helpers import StepClock, raw
from tests.services.history.versions import build_v1

LINK = "https://www.youtube.com/watch?v=dQw4w9WgXcQ"
OTHER = "https://www.youtube.com/watch?v=jNQXAC9IVRw"


def link(url: str = LINK, start: float | None = None, end: float | None = None) -> NewAttachment:
    video_id = url.rsplit("=", 1)[1]
    return NewAttachment(url, "video/mp4", f"YouTube video {video_id}", start, end)


class WatchedFolder(FolderAttachments):
    """The real folder store, noting every hash it is asked about."""

    def __init__(self, root: Path) -> None:
        super().__init__(root)
        self.asked: list[str] = []

    def path(self, sha256: str) -> Path | None:
        self.asked.append(sha256)
        return super().path(sha256)

    def read(self, sha256: str) -> bytes:
        self.asked.append(sha256)
        return super().read(sha256)

    def remove(self, sha256: str) -> None:
        self.asked.append(sha256)
        super().remove(sha256)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[HistoryStore]:
    with HistoryStore.open(tmp_path / "data", clock=StepClock()) as opened:
        yield opened


def files_in(store: HistoryStore) -> list[str]:
    assert store.folder is not None
    return sorted(p.name for p in (store.folder / ATTACHMENTS_FOLDER).rglob("*") if p.is_file())


def never(sha256: str) -> bytes:
    raise AssertionError(f"a link was loaded as a file: {sha256}")


def test_a_link_is_stored_as_its_address_without_a_file(tmp_path: Path) -> None:
    photo = png_bytes()
    with HistoryStore.open(tmp_path, clock=StepClock()) as store:
        conversation = store.create_conversation()
        saved = store.add_user_turn(
            conversation,
            "What happens in this video?",
            [link(start=30.0, end=62.5), NewAttachment(photo, "image/png", "frame.png")],
        )
        assert files_in(store) == [hashlib.sha256(photo).hexdigest()]
    with HistoryStore.open(tmp_path) as store:
        (turn,) = store.load(conversation).turns
        assert turn == saved
        video, frame = turn.attachments
        assert video == AttachmentRef(
            link_sha256(LINK), "video/mp4", "YouTube video dQw4w9WgXcQ", 0, 30.0, 62.5, LINK
        )
        assert video.is_link and not video.is_image and not frame.is_link
        # The sidebar's thumbnail is the photo, never the link.
        assert store.list_conversations()[0].first_image_hash == frame.sha256
        assert store.attachment_path(video.sha256) is None
        with pytest.raises(FileProblemError):
            store.attachment_bytes(video.sha256)
    with raw(tmp_path / "history.sqlite3") as db:
        assert db.execute(
            "SELECT size, uri FROM attachments WHERE sha256 = ?", (video.sha256,)
        ).fetchone() == (0, LINK)


def test_the_request_sends_a_link_as_file_data_and_never_loads_it(store: HistoryStore) -> None:
    conversation = store.create_conversation()
    store.add_user_turn(conversation, "Summarise it", [link(start=30.0)])
    contents = conversation_request_contents(store.load(conversation), never)
    assert contents[0].parts == (
        Part.from_uri(LINK, "video/mp4", VideoClip(start=Offset(30.0))),
        Part.from_text("Summarise it"),
    )
    assert contents[0].to_body()["parts"][0] == {
        "fileData": {"mimeType": "video/mp4", "fileUri": LINK},
        "videoMetadata": {"startOffset": {"seconds": 30}},
    }


def test_a_link_without_text_names_the_conversation(store: HistoryStore) -> None:
    store.add_user_turn(store.create_conversation(), "", [link()])
    assert store.list_conversations()[0].title == "YouTube video dQw4w9WgXcQ"


def test_one_row_per_link_and_never_a_files_row(store: HistoryStore) -> None:
    # A text file holding exactly the address is a file, not the link.
    same_text = NewAttachment(LINK.encode(), "text/plain", "link.txt")
    for prompt in ("one", "two"):
        store.add_user_turn(store.create_conversation(), prompt, [link(), same_text])
    store.add_user_turn(store.create_conversation(), "three", [link(OTHER)])
    rows = store.database.connection.execute(
        "SELECT sha256, size, uri FROM attachments ORDER BY uri"
    ).fetchall()
    assert rows == [
        (hashlib.sha256(LINK.encode()).hexdigest(), len(LINK), None),
        (link_sha256(LINK), 0, LINK),
        (link_sha256(OTHER), 0, OTHER),
    ]
    assert files_in(store) == [hashlib.sha256(LINK.encode()).hexdigest()]


def test_delete_and_purge_never_look_for_a_links_file(tmp_path: Path) -> None:
    with HistoryStore.open(tmp_path) as opened:
        opened.close()
    folder = WatchedFolder(tmp_path / ATTACHMENTS_FOLDER)
    db = sqlite3.connect(tmp_path / "history.sqlite3", isolation_level=None)
    db.execute("PRAGMA foreign_keys = ON")
    database = HistoryDatabase(db, folder, path=tmp_path / "history.sqlite3", folder=tmp_path)
    store = HistoryStore(database, folder=tmp_path)
    try:
        photo = png_bytes()
        keep = store.create_conversation()
        store.add_user_turn(keep, "keep", [link(OTHER)])
        doomed = store.create_conversation()
        store.add_user_turn(doomed, "go", [link(), link(OTHER), (photo, "image/png", "p.png")])
        store.load(doomed)
        store.delete(doomed)
        assert store.purge_deleted() == 1
        assert link_sha256(LINK) not in folder.asked and link_sha256(OTHER) not in folder.asked
        assert hashlib.sha256(photo).hexdigest() in folder.asked  # the photo's file went
        remaining = store.database.connection.execute("SELECT uri FROM attachments").fetchall()
        assert remaining == [(OTHER,)]  # still used by the conversation kept
        assert files_in(store) == []
        assert [r.uri for r in store.load(keep).turns[0].attachments] == [OTHER]
    finally:
        store.close()


def test_the_orphan_sweep_keeps_files_and_ignores_links(store: HistoryStore) -> None:
    photo = png_bytes()
    conversation = store.create_conversation()
    store.add_user_turn(conversation, "both", [link(), (photo, "image/png", "p.png")])
    store.purge_deleted()
    assert files_in(store) == [hashlib.sha256(photo).hexdigest()]
    assert store.load(conversation).turns[0].attachments[0].uri == LINK


def test_an_empty_link_is_refused_and_nothing_saved(store: HistoryStore) -> None:
    conversation = store.create_conversation()
    with pytest.raises(ValueError, match="empty"):
        store.add_user_turn(conversation, "hm", [NewAttachment("  ", "video/mp4", "nothing")])
    assert store.load(conversation).turns == ()


def test_an_in_memory_history_keeps_links() -> None:
    store = HistoryStore.in_memory()
    conversation = store.create_conversation()
    store.add_user_turn(conversation, "watch", [link(start=1.5)])
    (ref,) = store.load(conversation).turns[0].attachments
    assert (ref.uri, ref.size, ref.clip_start) == (LINK, 0, 1.5)
    store.close()


def test_a_history_from_version_1_takes_links_after_the_upgrade(tmp_path: Path) -> None:
    build_v1(tmp_path)
    with HistoryStore.open(tmp_path) as store:
        conversation = store.create_conversation()
        store.add_user_turn(conversation, "new", [link()])
        (ref,) = store.load(conversation).turns[0].attachments
        assert ref.uri == LINK
        (garden,) = [s for s in store.list_conversations() if s.title == "Garden photo"]
        assert [a.uri for a in store.load(garden.id).turns[0].attachments] == [None]


def test_attachment_to_resend_keeps_a_link_and_reads_a_file(store: HistoryStore) -> None:
    photo = png_bytes()
    conversation = store.create_conversation()
    saved = store.add_user_turn(
        conversation, "again", [link(start=2.0, end=4.0), (photo, "image/png", "p.png")]
    )
    video, picture = (attachment_to_resend(r, store.attachment_bytes) for r in saved.attachments)
    assert video == NewAttachment(LINK, "video/mp4", "YouTube video dQw4w9WgXcQ", 2.0, 4.0)
    assert picture == NewAttachment(photo, "image/png", "p.png")
    again = store.add_user_turn(conversation, "again", [video, picture])
    assert again.attachments == saved.attachments
