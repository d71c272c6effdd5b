"""A damaged file, a read-only folder, a full disk: the app starts, the user is told in
plain words, and nothing already saved is lost."""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.core.conversation import TurnStatus
from desktop.core.errors import ActionKind, HistoryUnavailableError
from desktop.services.history import ATTACHMENTS_FOLDER, HISTORY_FILE, HistoryStore
from tests.photos import png_bytes
from tests.services.history.helpers import (
    StepClock,
    fill_up,
    free_up,
    fts_integrity,
    raw,
    read_only,
)

REPO = Path(__file__).resolve().parents[3]

# Every test here damages the history on purpose; the store logs each failure it meets.
pytestmark = pytest.mark.expected_log(
    r"is damaged|cannot be created|could not be saved|cannot be written|Could not read",
    r"History unavailable",
    r"changed while the disk took no writes are lost",
    logger="desktop.services.history",
)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tmp_path / "data"


def fill(folder: Path, conversations: int = 1) -> list[int]:
    """A history with conversations, each a prompt with a photo and an answer."""
    ids = []
    with HistoryStore.open(folder, clock=StepClock()) as store:
        for n in range(conversations):
            conversation = store.create_conversation()
            store.add_user_turn(
                conversation,
                f"Question {n} about the garden " + "words " * 200,
                [(png_bytes(), "image/png", "garden.png")],
            )
            turn = store.start_model_turn(conversation)
            store.save_partial(turn, f"Answer {n} " + "more " * 300)
            ids.append(conversation)
    return ids


def one_sentence(text: str) -> bool:
    return text.endswith(".") and text.count(". ") == 0


# --- a damaged file -------------------------------------------------------------------------


def test_a_file_that_is_not_a_database_is_set_aside(folder: Path) -> None:
    folder.mkdir()
    garbage = b"This is not SQLite at all. " * 200
    (folder / HISTORY_FILE).write_bytes(garbage)

    with HistoryStore.open(folder) as store:
        assert store.persistent
        (aside,) = folder.glob("history-corrupt-*.sqlite3")
        assert aside.read_bytes() == garbage  # kept for whoever can rescue it
        assert store.notice is not None and one_sentence(store.notice)
        assert str(aside) in store.notice and "set aside" in store.notice
        conversation = store.create_conversation()
        store.add_user_turn(conversation, "A fresh start")
        assert store.integrity_check() == ["ok"]
    with HistoryStore.open(folder) as again:
        assert again.notice is None
        assert [s.title for s in again.list_conversations()] == ["A fresh start"]


def test_a_database_with_damaged_pages_is_set_aside(folder: Path) -> None:
    fill(folder, conversations=40)
    path = folder / HISTORY_FILE
    assert not (folder / (HISTORY_FILE + "-wal")).exists()  # closed cleanly: all in the file
    size = path.stat().st_size
    with path.open("r+b") as file:  # scribble over pages in the middle, header left whole
        for offset in range(4096 * 2, size - 4096, 4096 * 3):
            file.seek(offset)
            file.write(os.urandom(4096))

    with HistoryStore.open(folder) as store:
        assert store.persistent and store.list_conversations() == []
        assert store.notice is not None and "could not be read" in store.notice
        assert len(list(folder.glob("history-corrupt-*.sqlite3"))) == 1
    # The attachments stay, even through a purge: the damaged file may yet be rescued,
    # and it refers to them.
    (photo,) = [p for p in (folder / ATTACHMENTS_FOLDER).rglob("*") if p.is_file()]
    long_ago = time.time() - 86400
    os.utime(photo, (long_ago, long_ago))
    with HistoryStore.open(folder) as store:
        conversation = store.create_conversation()
        store.add_user_turn(conversation, "same photo", [(png_bytes(), "image/png", "p.png")])
        store.delete(conversation)
        assert store.purge_deleted() == 1
    assert photo.read_bytes() == png_bytes()


def test_two_damaged_files_the_same_second_do_not_overwrite_each_other(folder: Path) -> None:
    clock = lambda: 1_750_000_000.0  # noqa: E731
    for n in range(2):
        folder.mkdir(exist_ok=True)
        (folder / HISTORY_FILE).write_bytes(f"garbage {n}".encode() * 100)
        HistoryStore.open(folder, clock=clock).close()
    contents = sorted(p.read_bytes()[:9] for p in folder.glob("history-corrupt-*.sqlite3"))
    assert contents == [b"garbage 0", b"garbage 1"]


# --- a folder that cannot be written --------------------------------------------------------


def test_a_read_only_folder_keeps_the_old_history_readable_and_new_chats_in_memory(
    folder: Path,
) -> None:
    (old,) = fill(folder)
    before = (folder / HISTORY_FILE).read_bytes()
    with read_only(folder):
        store = HistoryStore.open(folder)
        try:
            assert not store.persistent
            assert store.problem is not None and store.problem.status == "HISTORY_READ_ONLY"
            assert store.notice is not None and one_sentence(store.notice)
            assert str(folder) in store.notice
            # What was saved can still be read, files included.
            (summary,) = store.list_conversations()
            assert summary.id == old and summary.title.startswith("Question 0")
            user, model = store.load(old).turns
            (photo,) = user.attachments
            assert store.attachment_bytes(photo.sha256) == png_bytes()
            assert store.attachment_path(photo.sha256) is not None
            assert model.text.startswith("Answer 0")
            assert [t.id for t in store.recover_interrupted()] == [model.id]
            # New conversations work, in memory.
            new = store.create_conversation()
            other = png_bytes(colour=(0, 0, 255))
            store.add_user_turn(new, "Kept until the app closes", [(other, "image/png", "b.png")])
            assert store.attachment_bytes(hashlib.sha256(other).hexdigest()) == other
            assert [h.conversation.id for h in store.search("until the app")] == [new]
        finally:
            store.close()
        assert (folder / HISTORY_FILE).read_bytes() == before


def test_a_folder_read_only_at_start_is_written_once_it_takes_writes(folder: Path) -> None:
    (old,) = fill(folder)
    photo = png_bytes(colour=(0, 0, 255))
    with read_only(folder):
        store = HistoryStore.open(folder)
        try:
            assert not store.persistent
            (interrupted,) = store.recover_interrupted()
            new = store.create_conversation()
            store.add_user_turn(new, "Kept in memory", [(photo, "image/png", "b.png")])
            store.rename(old, "Renamed in memory")
            assert not store.persistent  # still read-only: the file is tried, and left
        except BaseException:
            store.close()
            raise
    try:
        store.add_user_turn(new, "After the folder took writes again")
        assert store.persistent and store.problem is None
        assert [s.id for s in store.list_conversations()] == [new, old]  # ids kept
    finally:
        store.close()
    with HistoryStore.open(folder) as again:
        assert again.persistent
        assert [s.title for s in again.list_conversations()] == [
            "Kept in memory",
            "Renamed in memory",
        ]
        turns = again.load(new).turns
        assert [t.text for t in turns] == ["Kept in memory", "After the folder took writes again"]
        assert again.attachment_bytes(turns[0].attachments[0].sha256) == photo
        assert again.attachment_path(turns[0].attachments[0].sha256) is not None
        assert again.load(old).turns[1].status is TurnStatus.INTERRUPTED
        assert again.load(old).turns[1].id == interrupted.id
        assert again.integrity_check() == ["ok"]
        fts_integrity(again)


def test_a_history_read_only_in_part_at_start_is_never_written_over(folder: Path) -> None:
    """A -wal left by a crash cannot be read in a read-only folder: the copy in memory
    lacks its rows, so its ids may clash with them, and the file is left alone."""
    (old,) = fill(folder)
    holder = sqlite3.connect(folder / HISTORY_FILE, isolation_level=None)  # a crashed app
    holder.execute("PRAGMA wal_autocheckpoint = 0")
    holder.execute("UPDATE conversations SET title = 'Only in the WAL'")
    shutil.copytree(folder, folder.with_name("crashed"))
    holder.close()
    folder = folder.with_name("crashed")
    (folder / f"{HISTORY_FILE}-shm").unlink()
    with read_only(folder):
        store = HistoryStore.open(folder)
        try:
            assert [s.title for s in store.list_conversations()] != ["Only in the WAL"]
            store.add_user_turn(store.create_conversation(), "In memory only")
        except BaseException:
            store.close()
            raise
    try:
        store.add_user_turn(old, "still in memory")
        assert not store.persistent
    finally:
        store.close()
    with HistoryStore.open(folder) as again:
        assert [s.title for s in again.list_conversations()] == ["Only in the WAL"]


def test_a_file_where_the_data_folder_should_be(tmp_path: Path) -> None:
    blocker = tmp_path / "data"
    blocker.write_text("not a folder")
    with HistoryStore.open(blocker) as store:
        assert not store.persistent
        assert store.problem is not None and store.problem.status == "HISTORY_READ_ONLY"
        conversation = store.create_conversation()
        store.add_user_turn(conversation, "still works")
        assert len(store.list_conversations()) == 1
    assert blocker.read_text() == "not a folder"


def test_the_default_data_folder_cannot_be_made(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path / "home-is-a-file"
    home.write_text("")
    monkeypatch.setenv("GEMINI_DESKTOP_HOME", str(home))
    with HistoryStore.open() as store:
        assert not store.persistent and store.notice is not None
        assert "the data folder" in (store.problem.hint if store.problem else "")


def test_the_folder_turning_read_only_mid_session_goes_on_in_memory_then_back(
    folder: Path,
) -> None:
    store = HistoryStore.open(folder)
    try:
        conversation = store.create_conversation()
        store.add_user_turn(conversation, "before")
        with read_only(folder / ATTACHMENTS_FOLDER):
            turn = store.add_user_turn(
                conversation, "with a photo", [(png_bytes(), "image/png", "p.png")]
            )
            assert not store.persistent
            error = store.take_notice()
            assert error is not None and error.status == "HISTORY_READ_ONLY"
            assert store.take_notice() is None  # told once
            assert [t.text for t in store.load(conversation).turns] == ["before", "with a photo"]
        assert turn.attachments[0].sha256 == hashlib.sha256(png_bytes()).hexdigest()
        store.add_user_turn(conversation, "after")  # the folder takes writes again
        assert store.persistent
    finally:
        store.close()
    with HistoryStore.open(folder) as again:
        user = again.load(conversation).turns
        assert [t.text for t in user] == ["before", "with a photo", "after"]
        assert again.attachment_bytes(user[1].attachments[0].sha256) == png_bytes()
        assert again.attachment_path(user[1].attachments[0].sha256) is not None


# --- a full disk ----------------------------------------------------------------------------


def test_a_full_database_goes_on_in_memory_and_is_written_back_when_space_is_freed(
    folder: Path,
) -> None:
    store = HistoryStore.open(folder)
    try:
        conversation = store.create_conversation()
        store.add_user_turn(conversation, "Saved before the disk filled up")
        turn = store.start_model_turn(conversation)
        fill_up(store)

        long_turn = store.add_user_turn(conversation, "A long prompt " * 5000)
        assert not store.persistent and store.path is None
        error = store.take_notice()
        assert error is not None and error.status == "HISTORY_DISK_FULL"
        assert error.explanation == (
            "Gemini Desktop cannot save conversations right now because the disk is full."
        )
        assert "kept until you close the app" in error.hint
        assert error.action.kind is ActionKind.RETRY
        assert "full" in (error.server_message or "")
        assert store.save_partial(turn, "An answer " * 5000)
        other = store.create_conversation()
        store.add_user_turn(other, "A second conversation")
        # Same ids as before: what the window and the sidebar hold still points right.
        turns = store.load(conversation).turns
        assert [t.id for t in turns] == [turns[0].id, turn, long_turn.id]
        assert [s.id for s in store.list_conversations()] == [other, conversation]
        with raw(folder / HISTORY_FILE) as db:  # the file as it was
            assert db.execute("SELECT count(*) FROM turns").fetchone() == (2,)

        free_up(store)
        store.rename(other, "Named after the space came back")
        assert store.persistent and store.take_notice() is None
    finally:
        store.close()
    with HistoryStore.open(folder) as again:
        turns = again.load(conversation).turns
        assert [t.id for t in turns] == [turns[0].id, turn, long_turn.id]
        assert turns[1].text == "An answer " * 5000
        assert [s.title for s in again.list_conversations()] == [
            "Named after the space came back",
            "Saved before the disk filled up",
        ]
        assert [s.turn_count for s in again.list_conversations()] == [1, 3]
        assert [h.conversation.id for h in again.search("long prompt")] == [conversation]
        assert again.integrity_check() == ["ok"]
        fts_integrity(again)


def test_closing_after_a_partly_failed_save_shows_no_traceback(
    folder: Path, caplog: pytest.LogCaptureFixture
) -> None:
    store = HistoryStore.open(folder)
    conversation = store.create_conversation()
    store.add_user_turn(conversation, "Saved before the disk filled up")
    turn = store.start_model_turn(conversation)
    fill_up(store)
    assert store.save_partial(turn, "An answer " * 5000)
    assert not store.persistent
    caplog.clear()
    caplog.set_level(logging.INFO, logger="desktop.services.history")
    store.close()  # the disk is still full: PRAGMA optimize fails with SQLITE_FULL
    assert any("PRAGMA optimize" in r.getMessage() for r in caplog.records)
    loud = [r for r in caplog.records if r.levelno >= logging.WARNING or r.exc_info]
    assert not [r for r in loud if "optimize" in r.getMessage()]


def test_what_memory_holds_is_written_back_at_close(folder: Path) -> None:
    store = HistoryStore.open(folder)
    conversation = store.create_conversation()
    fill_up(store)
    text = "Kept in memory " * 2000
    store.add_user_turn(conversation, text, [(png_bytes(), "image/png", "p.png")])
    assert not store.persistent
    free_up(store)
    store.close()
    with HistoryStore.open(folder) as again:
        (turn,) = again.load(conversation).turns
        assert turn.text == text
        assert again.attachment_path(turn.attachments[0].sha256) is not None


def test_a_deletion_in_memory_reaches_the_disk(folder: Path) -> None:
    (gone, kept) = fill(folder, conversations=2)
    store = HistoryStore.open(folder)
    try:
        fill_up(store)
        store.delete(gone)
        store.add_user_turn(kept, "more " * 3000)
        assert not store.persistent
        assert store.purge_deleted() == 1
        free_up(store)
        store.rename(kept, "")
        assert store.persistent
    finally:
        store.close()
    with HistoryStore.open(folder) as again:
        assert [s.id for s in again.list_conversations()] == [kept]
        with pytest.raises(KeyError):
            again.load(gone)
        fts_integrity(again)


def test_an_in_memory_history_that_fills_up_raises_a_plain_error() -> None:
    store = HistoryStore.in_memory()
    try:
        conversation = store.create_conversation()
        db = store.database.connection
        db.execute(f"PRAGMA max_page_count = {db.execute('PRAGMA page_count').fetchone()[0]}")
        with pytest.raises(HistoryUnavailableError) as caught:
            store.add_user_turn(conversation, "A long prompt " * 5000)
        assert caught.value.status == "HISTORY_DISK_FULL"
        assert store.load(conversation).turns == ()
    finally:
        store.close()


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full (Linux)")
def test_a_full_disk_while_writing_an_attachment(folder: Path) -> None:
    """The attachment's temporary file is a link to /dev/full, where every write fails
    with ENOSPC from the kernel."""
    store = HistoryStore.open(folder)
    try:
        conversation = store.create_conversation()
        photo = png_bytes()
        sha = hashlib.sha256(photo).hexdigest()
        temp = folder / ATTACHMENTS_FOLDER / ".incoming" / f"{sha}.{os.getpid()}.partial"
        temp.symlink_to("/dev/full")

        store.add_user_turn(conversation, "look", [(photo, "image/png", "p.png")])
        error = store.take_notice()
        assert error is not None and error.status == "HISTORY_DISK_FULL"
        assert "No space left" in (error.server_message or "")
        assert not temp.is_symlink() and Path("/dev/full").exists()
        assert store.attachment_path(sha) is None  # in memory only
        assert store.attachment_bytes(sha) == photo
        store.add_user_turn(conversation, "and again")  # the folder takes it now
        assert store.persistent
        assert store.attachment_path(sha) is not None
    finally:
        store.close()
    with HistoryStore.open(folder) as again:
        assert [t.text for t in again.load(conversation).turns] == ["look", "and again"]
        assert again.attachment_bytes(sha) == photo


def _private_mounts() -> str | None:
    """Why a private tmpfs cannot be mounted here, or None when it can."""
    unshare = shutil.which("unshare")
    if unshare is None or sys.platform != "linux":
        return "needs Linux with unshare (util-linux)"
    result = subprocess.run(
        [unshare, "--user", "--map-root-user", "--mount", "true"],
        capture_output=True,
        text=True,
        check=False,
    )
    return None if result.returncode == 0 else f"user namespaces are off: {result.stderr.strip()}"


@pytest.fixture
def tiny_filesystem(tmp_path: Path) -> Iterator[Path]:
    reason = _private_mounts()
    if reason:
        # Not a CI failure: the tests above cover the same paths with /dev/full, SQLite's
        # page limit and a read-only folder; this one adds a real filesystem.
        pytest.skip(reason)
    mount = tmp_path / "tiny"
    mount.mkdir()
    yield mount


def test_a_really_full_then_freed_then_read_only_filesystem(tiny_filesystem: Path) -> None:
    """A 2 MB tmpfs in a private mount namespace: filled up for real, some room freed
    (what memory held goes back to disk), then remounted read-only."""
    script = (
        'mount -t tmpfs -o size=2m tmpfs "$0" && '
        'exec "$1" -m tests.services.history.filesystem_child "$0"'
    )
    result = subprocess.run(
        [
            "unshare",
            "--user",
            "--map-root-user",
            "--mount",
            "sh",
            "-c",
            script,
            tiny_filesystem,
            sys.executable,
        ],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["persistent_at_start"] is True
    assert report["full_database"] == "HISTORY_DISK_FULL"
    assert report["saved_turns"] > 2
    assert report["photo_in_memory"] is True
    assert report["turns_in_memory"] == report["saved_turns"] + 2
    assert report["persistent_after_freeing"] is True
    assert report["integrity"] == ["ok"]
    assert report["read_only_persistent"] is False
    assert "cannot write to its data folder" in report["read_only_notice"]
    assert report["read_only_titles"] == ["The first prompt"]
    assert report["read_only_turns"] == report["saved_turns"] + 3  # nothing lost
    assert report["read_only_photo"] is True
    assert report["read_only_titles_after"] == ["Kept in memory", "The first prompt"]
    assert not list(tiny_filesystem.iterdir())  # the tmpfs lived only in the namespace


# --- the error ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("error", "status"),
    [
        (HistoryUnavailableError.disk_full("x"), "HISTORY_DISK_FULL"),
        (HistoryUnavailableError.read_only("x", "/data"), "HISTORY_READ_ONLY"),
        (HistoryUnavailableError.failed("x"), "HISTORY_FAILED"),
    ],
)
def test_history_errors_say_the_conversation_is_kept(
    error: HistoryUnavailableError, status: str
) -> None:
    assert error.status == status and error.server_message == "x"
    assert "kept until you close the app" in error.hint
    assert error.explanation.endswith(".") and not error.retryable
    assert error.to_dict()["message"] == error.explanation


def test_the_file_is_in_wal_mode_after_a_fallback_is_gone(folder: Path) -> None:
    fill(folder)
    with read_only(folder):
        HistoryStore.open(folder).close()
    with HistoryStore.open(folder) as store:
        assert store.persistent and store.notice is None
    with raw(folder / HISTORY_FILE) as db:
        assert db.execute("PRAGMA journal_mode").fetchone() == ("wal",)


def test_the_notice_is_handed_out_while_another_thread_writes(folder: Path) -> None:
    """The window asks for it on the event loop after every streamed delta: it must not
    wait for a write (or a copy to memory) holding the store in a worker thread."""
    store = HistoryStore.open(folder)
    try:
        conversation = store.create_conversation()
        fill_up(store)
        store.add_user_turn(conversation, "A long prompt " * 5000)
        writing, release = threading.Event(), threading.Event()

        def slow_write(db: object) -> None:
            writing.set()
            release.wait(10)

        worker = threading.Thread(target=store._write, args=(slow_write,))
        worker.start()
        try:
            assert writing.wait(10)
            started = time.monotonic()
            error = store.take_notice()
            assert time.monotonic() - started < 1
            assert error is not None and error.status == "HISTORY_DISK_FULL"
        finally:
            release.set()
            worker.join()
        free_up(store)
    finally:
        store.close()
