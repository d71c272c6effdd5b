"""The conversation history: SQLite in the user's data folder, attachments beside it.

Nothing a user typed, attached or received may be lost. So:
- the user's turn and its files are saved (and flushed to the disk) before the request is
  sent; an answer is saved while it streams and once more at the end; after a crash,
  `recover_interrupted()` marks the answer that was streaming as interrupted, text kept;
- a file that is not a readable database is set aside, never deleted, and a new one is
  started; `notice` says so in one sentence;
- when the folder cannot be written at opening (read-only, no room for the file), the
  history works in memory, with what could still be read from the folder, and
  `persistent` is False; when all of the file could be read, the store tries the file
  again at each later write and at close, and writes back to it as below;
- when a write fails later (a full disk, a folder turned read-only), the store goes on in
  an in-memory copy of itself, ids kept, so every caller (the chat, the sidebar, export)
  keeps seeing the same conversations; `take_notice()` hands the failure to whoever tells
  the user, once. Each later write first tries to put the copy's changes back on disk;
  once the disk takes them, the history is on disk again and nothing was lost.

One HistoryStore serves the whole app. Every method is synchronous and safe to call from
any thread (the window calls them through `asyncio.to_thread`).
"""

from __future__ import annotations

import functools
import logging
import sqlite3
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any, TypeVar

from desktop import paths
from desktop.core.answer import Answer
from desktop.core.conversation import (
    ChatSettings,
    Conversation,
    ConversationSummary,
    SearchHit,
    Turn,
    TurnStatus,
)
from desktop.core.errors import GeminiError, HistoryUnavailableError
from desktop.services.history import batch_jobs, batches, compares, failover, failures
from desktop.services.history.attachments import FolderAttachments, MemoryAttachments
from desktop.services.history.database import HistoryDatabase
from desktop.services.history.opening import (
    ATTACHMENTS_FOLDER,
    HISTORY_FILE,
    Clock,
    CorruptError,
    fallback_notice,
    memory_database,
    open_database,
    probe_writable,
    set_aside,
)
from desktop.services.history.rows import AttachmentInput
from desktop.services.history.schema import SchemaTooNewError

log = logging.getLogger(__name__)

T = TypeVar("T")


class HistoryStore:
    """Conversations, their turns and attachments. Open with `HistoryStore.open()`."""

    def __init__(
        self,
        disk: HistoryDatabase | None,
        memory: HistoryDatabase | None = None,
        *,
        folder: Path | None = None,
    ) -> None:
        assert disk is not None or memory is not None
        self._disk = disk
        """The file: written whenever it takes writes."""
        self._memory = memory
        """The history in memory: the only one (no file), or the copy used while the file
        takes no writes."""
        self._lock = threading.RLock()
        self._untold: HistoryUnavailableError | None = None
        # Its own lock: the event loop asks for the notice after every streamed delta and
        # must not wait while a thread holds the store (copying it to memory, say).
        self._untold_lock = threading.Lock()
        self._closed = False
        self._revision = 0
        self._reopen: Callable[[], HistoryDatabase] | None = None
        """Opens the file that took no writes at opening, while memory holds a whole copy
        of it; None once it is open (or when there is none to go back to)."""
        self.folder = folder
        self.notice: str | None = None
        """One plain sentence for the user about what happened at opening, or None."""
        self.problem: HistoryUnavailableError | None = None
        """Why the history is only in memory, when it is."""

    @property
    def persistent(self) -> bool:
        """Whether conversations are being saved to disk right now."""
        return self._memory is None

    @property
    def path(self) -> Path | None:
        """The database file while it is written; None while the history is in memory."""
        return self._disk.path if self._disk is not None and self.persistent else None

    @property
    def revision(self) -> int:
        """Counts the writes: what was read at one revision is as saved while it stays
        the same (a conversation loaded once serves until anything is written)."""
        return self._revision

    @property
    def database(self) -> HistoryDatabase:
        """The database in use now: the file's, or the copy in memory."""
        database = self._memory or self._disk
        assert database is not None
        return database

    def take_notice(self) -> HistoryUnavailableError | None:
        """The failure that moved the history to memory, handed out once: whoever saved
        last tells the user."""
        with self._untold_lock:
            untold, self._untold = self._untold, None
            return untold

    # --- opening --------------------------------------------------------------------------

    @classmethod
    def open(cls, folder: Path | None = None, *, clock: Clock = time.time) -> HistoryStore:
        """The history in `folder` (default: the user data folder). Never raises for a
        broken, unwritable or newer file: see `notice`, `problem` and `persistent`."""
        try:
            folder = paths.data_dir() if folder is None else folder
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            log.error("The data folder cannot be created: %s", exc)
            return cls._in_memory_after(failures.from_os(exc, folder), folder, clock)
        path = folder / HISTORY_FILE
        try:
            return cls(_open_file(path, folder, clock), folder=folder)
        except CorruptError as exc:
            log.error("The history file %s is damaged (%s); setting it aside", path, exc)
        except SchemaTooNewError as exc:
            log.error("The history file %s is from a newer version: %s", path, exc)
            store = cls._in_memory_after(None, folder, clock)
            store.notice = (
                "Your conversation history was saved by a newer version of Gemini Desktop, "
                "so this version leaves it untouched and keeps new conversations only until "
                "you close the app."
            )
            return store
        except HistoryUnavailableError as problem:
            log.error("The history cannot be written: %s", problem.server_message)
            reopen = functools.partial(_open_file, path, folder, clock)
            return cls._in_memory_after(problem, folder, clock, earlier=path, reopen=reopen)
        try:
            aside = set_aside(path, clock)
            store = cls(_open_file(path, folder, clock), folder=folder)
        except OSError as exc:
            return cls._in_memory_after(failures.from_os(exc, folder), folder, clock)
        except (CorruptError, SchemaTooNewError) as exc:
            failure = HistoryUnavailableError.failed(str(exc))
            return cls._in_memory_after(failure, folder, clock)
        except HistoryUnavailableError as failure:
            return cls._in_memory_after(failure, folder, clock)
        store.notice = (
            "Your conversation history could not be read, so it was set aside "
            f"(as {aside}) and a new one was started."
        )
        return store

    @classmethod
    def in_memory(cls, *, clock: Clock = time.time) -> HistoryStore:
        """A history that is never written to disk (tests; "this session only")."""
        db, _whole = memory_database(None)
        memory = HistoryDatabase(db, MemoryAttachments(), path=None, folder=None, clock=clock)
        return cls(None, memory)

    @classmethod
    def _in_memory_after(
        cls,
        problem: HistoryUnavailableError | None,
        folder: Path | None,
        clock: Clock,
        *,
        earlier: Path | None = None,
        reopen: Callable[[], HistoryDatabase] | None = None,
    ) -> HistoryStore:
        """The fallback at opening: in memory, starting from what can still be read. When
        that is all of `earlier`, changes are noted from now on, and `reopen` (the file
        again) is tried at each later write to write them back."""
        earlier_files = FolderAttachments(folder / ATTACHMENTS_FOLDER) if folder else None
        db, whole = memory_database(earlier)
        if reopen is not None and whole:
            failover.note_changes(db)
        memory = HistoryDatabase(
            db, MemoryAttachments(earlier_files), path=None, folder=folder, clock=clock
        )
        store = cls(None, memory, folder=folder)
        store._reopen = reopen if whole else None
        store.problem = problem
        if problem is not None:
            store.notice = fallback_notice(problem, folder)
        return store

    def close(self) -> None:
        """Put what only memory holds back on disk if the disk takes it now, and close."""
        with self._lock:
            if self._closed:
                return
            self._closed = True
            self._write_back()
            if self._memory is not None and (self._disk or self._reopen) is not None:
                log.error(
                    "%d conversation(s) changed while the disk took no writes are lost",
                    failover.changed_count(self._memory),
                )
            for database in (self._memory, self._disk):
                if database is not None:
                    database.close()

    def __enter__(self) -> HistoryStore:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # --- writing (see HistoryDatabase for what each does) ---------------------------------

    def create_conversation(self, settings: ChatSettings | None = None) -> int:
        """A new, empty conversation; returns its id. Create it when the first message is
        sent, so abandoned "new chats" do not fill the sidebar."""
        return self._write(lambda db: db.create_conversation(settings))

    def update_settings(self, conversation_id: int, settings: ChatSettings) -> None:
        self._write(lambda db: db.update_settings(conversation_id, settings))

    def add_user_turn(
        self, conversation_id: int, text: str, attachments: Sequence[AttachmentInput] = ()
    ) -> Turn:
        """Save the user's message, files first, flushed to the disk: call it before the
        request is sent. Raises FileProblemError when an attached file cannot be read."""
        return self._write(lambda db: db.add_user_turn(conversation_id, text, attachments))

    def start_model_turn(self, conversation_id: int) -> int:
        """An empty answer, streaming; returns its id for `save_partial` and
        `finish_model_turn`."""
        return self._write(lambda db: db.start_model_turn(conversation_id))

    def save_partial(self, turn_id: int, text: str, thoughts: str = "") -> bool:
        """The answer so far (the whole text). Returns False when the turn is no longer
        streaming. An autosave never waits on writing memory back to disk."""
        return self._write(lambda db: db.save_partial(turn_id, text, thoughts), write_back=False)

    def finish_model_turn(
        self,
        turn_id: int,
        answer: Answer | None = None,
        *,
        status: TurnStatus | None = None,
        error: GeminiError | Mapping[str, Any] | None = None,
    ) -> Turn:
        """The answer's end: complete by default, FAILED when `error` is given (its partial
        answer is kept), or STOPPED when the user stopped it."""
        return self._write(
            lambda db: db.finish_model_turn(turn_id, answer, status=status, error=error)
        )

    def retry_model_turn(self, turn_id: int) -> Turn:
        """A new version of an answer (failed or unwanted) streaming in its place, chosen;
        the earlier versions stay reachable. Returns it, knowing its siblings' ids."""
        return self._write(lambda db: db.retry_model_turn(turn_id))

    def choose_version(self, turn_id: int) -> Turn:
        """Show and go on from this version of its answer (the "1 of 2" arrows); returns
        it, knowing its siblings' ids."""
        return self._write(lambda db: db.choose_version(turn_id))

    def answer_version(self, turn_id: int) -> Turn:
        """One version of an answer as saved, knowing its siblings' ids."""
        with self._lock:
            return self.database.answer_version(turn_id)

    def recover_interrupted(self) -> list[Turn]:
        """Call once at startup: answers left streaming by a crash, a kill or a power cut
        become INTERRUPTED, their text so far kept, ready to retry. Returns them."""
        return self._write(lambda db: db.recover_interrupted())

    def rename(self, conversation_id: int, title: str) -> None:
        """A title of the user's own; an empty one goes back to the first prompt's."""
        self._write(lambda db: db.rename(conversation_id, title))

    def delete(self, conversation_id: int) -> None:
        """Hide a conversation; `undo_delete` brings it back until `purge_deleted`."""
        self._write(lambda db: db.delete(conversation_id))

    def undo_delete(self, conversation_id: int) -> None:
        self._write(lambda db: db.undo_delete(conversation_id))

    def purge_deleted(self, before: float | None = None) -> int:
        """Remove for good the conversations deleted before `before` (Unix time; default:
        all), and attachment files nothing refers to any more. Returns how many."""
        return self._write(lambda db: db.purge_deleted(before))

    # --- reading --------------------------------------------------------------------------

    def list_conversations(self, limit: int = 200, offset: int = 0) -> list[ConversationSummary]:
        """The sidebar: conversations newest first, deleted ones left out."""
        with self._lock:
            return self.database.list_conversations(limit, offset)

    def search(self, query: str, limit: int = 50) -> list[SearchHit]:
        """Conversations whose prompts, answers or title contain every term of `query`,
        newest first, each with a snippet of its newest matching turn."""
        with self._lock:
            return self.database.search(query, limit)

    def load(self, conversation_id: int) -> Conversation:
        """A whole conversation, to reopen and continue it. KeyError when there is none."""
        with self._lock:
            return self.database.load(conversation_id)

    def attachment_path(self, sha256: str) -> Path | None:
        """The stored file (for thumbnails and "open"), or None when it is only in memory."""
        with self._lock:
            return self.database.attachment_path(sha256)

    def attachment_bytes(self, sha256: str) -> bytes:
        """A stored file's bytes; FileProblemError when it has gone missing, or for a link."""
        with self._lock:
            return self.database.attachment_bytes(sha256)

    def integrity_check(self) -> list[str]:
        """SQLite's full check: ["ok"] when the database is sound."""
        with self._lock:
            return self.database.integrity_check()

    # --- batches (history/batches.py) ------------------------------------------------------

    def create_batch(
        self, key: str, spec: Mapping[str, Any], items: Sequence[batches.BatchItem]
    ) -> int:
        """A new batch of `items` (all pending, or skipped with their reason); its id."""
        return self._write(lambda db: batches.create_batch(db, key, spec, items))

    def save_batch_item(self, batch_id: int, item: batches.BatchItem) -> None:
        """One file's result, flushed to the disk: call it before showing the result."""
        self._write(lambda db: batches.save_items(db, batch_id, [item]))

    def save_batch_items(self, batch_id: int, items: Sequence[batches.BatchItem]) -> None:
        """Files' results in one write (a collected batch job)."""
        self._write(lambda db: batches.save_items(db, batch_id, items))

    def set_batch_approved(self, batch_id: int, positions: Sequence[int], approved: bool) -> None:
        """Review marks: kept like any other thing the user did."""
        self._write(lambda db: batches.set_approved(db, batch_id, positions, approved))

    def set_batch_state(self, batch_id: int, state: str) -> None:
        self._write(lambda db: batches.set_state(db, batch_id, state))

    def latest_batch(self, key: str) -> batches.Batch | None:
        """The newest batch that asked the same of the same files (for resuming)."""
        with self._lock:
            return batches.latest_batch(self.database, key)

    def unfinished_batches(self) -> list[batches.Batch]:
        """Batches stopped before every file had its answer, newest first."""
        with self._lock:
            return batches.unfinished_batches(self.database)

    def unfinished_batch_counts(self) -> dict[int, tuple[int, int]]:
        """Each unfinished batch's files answered and files to send, by its id."""
        with self._lock:
            return batches.unfinished_counts(self.database)

    def batch_pace(self, model: str) -> int | None:
        """The most photos a minute recent batches of `model` got answered, sent one by one
        (the per-minute quota they met); None when none ran long enough to tell."""
        with self._lock:
            return batches.peak_pace(self.database, model)

    def batch_items(self, batch_id: int) -> list[batches.BatchItem]:
        with self._lock:
            return batches.batch_items(self.database, batch_id)

    def save_batch_job(self, job: batch_jobs.JobRecord) -> batch_jobs.JobRecord:
        """A batch job sent, or its state, counts and details as last seen; the job as
        saved (its times set)."""
        return self._write(lambda db: batch_jobs.save_job(db, job))

    def find_batch_job(self, name: str) -> batch_jobs.JobRecord | None:
        """The job of that name ("batches/ID", a Vertex AI job's name) or of that id alone."""
        with self._lock:
            return batch_jobs.find_job(self.database, name)

    def uncollected_batch_jobs(self, batch_state: str) -> dict[int, batch_jobs.JobRecord]:
        """Each batch in `batch_state`'s newest job not collected yet, by the batch's id."""
        with self._lock:
            return batch_jobs.uncollected_jobs(self.database, batch_state)

    def batch_jobs(self, batch_id: int | None = None) -> list[batch_jobs.JobRecord]:
        """The jobs of a batch (None: of every batch), newest first."""
        with self._lock:
            return batch_jobs.batch_jobs(self.database, batch_id)

    def batch(self, batch_id: int) -> batches.Batch | None:
        with self._lock:
            return batches.batch_by_id(self.database, batch_id)

    # --- compares (history/compares.py) ----------------------------------------------------

    def create_compare(self, settings: Sequence[ChatSettings]) -> list[int]:
        """One empty conversation per column, tied together; their ids, column by column
        (the first is the compare's id)."""
        return self._write(lambda db: compares.create_compare(db, settings))

    def compare_of(self, conversation_id: int) -> int | None:
        """The compare a conversation is a column of, or None."""
        with self._lock:
            return compares.compare_of(self.database, conversation_id)

    def compare_columns(self, compare_id: int) -> list[int]:
        """The conversations of a compare, column by column."""
        with self._lock:
            return compares.compare_columns(self.database, compare_id)

    def copy_alone(self, conversation_id: int) -> int:
        """A copy of a compare's column as a conversation of its own; its id."""
        return self._write(lambda db: compares.copy_alone(db, conversation_id))

    # --- the move to memory and back ------------------------------------------------------

    def _write(self, change: Callable[[HistoryDatabase], T], *, write_back: bool = True) -> T:
        with self._lock:
            try:
                if write_back:
                    self._write_back()
                try:
                    return change(self.database)
                except HistoryUnavailableError as error:
                    if self._memory is not None:
                        raise  # memory itself failed, or there is no file to fall back from
                    self._move_to_memory(error)
                return change(self.database)
            finally:
                self._revision += 1  # also after a failed write: it may have changed some

    def _move_to_memory(self, error: HistoryUnavailableError) -> None:
        assert self._disk is not None
        log.warning("History unavailable (%s); going on in memory", error.server_message)
        self._memory = failover.copy_to_memory(self._disk)
        self.problem = error
        with self._untold_lock:
            self._untold = error

    def _write_back(self) -> None:
        memory = self._memory
        if memory is None:
            return
        disk = self._disk or self._reopen_file()
        if disk is None:
            return
        try:
            count = failover.write_back(memory, disk)
        except HistoryUnavailableError as error:
            log.info("The history stays in memory for now: %s", error.server_message)
            return
        log.info("The disk takes writes again: %d conversation(s) written back", count)
        self._memory = None
        self.problem = None
        memory.close()

    def _reopen_file(self) -> HistoryDatabase | None:
        """The file that took no writes at opening, if it takes them now. From then on
        the store is as after a failure mid-session: memory holds what the file lacks."""
        if self._reopen is None:
            return None
        try:
            self._disk = self._reopen()
        except HistoryUnavailableError as error:
            log.info("The history file still takes no writes: %s", error.server_message)
            return None
        except (CorruptError, SchemaTooNewError) as exc:
            log.error("The history file changed since the app started (%s): left alone", exc)
            self._reopen = None
            return None
        self._reopen = None
        return self._disk


def _open_file(path: Path, folder: Path, clock: Clock) -> HistoryDatabase:
    try:
        db = open_database(path)
    except sqlite3.Error as exc:
        raise failures.from_sqlite(exc, folder) from exc
    attachments = FolderAttachments(folder / ATTACHMENTS_FOLDER)
    try:
        probe_writable(attachments)
    except OSError as exc:
        db.close()
        raise failures.from_os(exc, folder) from exc
    return HistoryDatabase(db, attachments, path=path, folder=folder, clock=clock)
