"""The history's queries over one SQLite connection: saving turns as they happen, renaming,
deleting, purging, listing, loading. Every method is synchronous and safe to call from any
thread: one connection, one lock."""

from __future__ import annotations

import dataclasses
import logging
import sqlite3
import threading
import time
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from desktop.core.answer import Answer
from desktop.core.conversation import (
    AttachmentRef,
    ChatSettings,
    Conversation,
    ConversationSummary,
    NewAttachment,
    SearchHit,
    Turn,
    TurnStatus,
    answer_details,
    link_sha256,
    make_title,
)
from desktop.core.errors import GeminiError, HistoryUnavailableError
from desktop.services.history import failures, versions
from desktop.services.history.attachments import AttachmentStore, check_hash
from desktop.services.history.opening import CORRUPT_PREFIX, Clock
from desktop.services.history.rows import (
    SUMMARY_COLUMNS,
    AttachmentInput,
    new_attachment,
    read_turns,
    rowid,
    summary_of,
    to_json,
    to_time,
)
from desktop.services.history.search import search_history

log = logging.getLogger(__name__)


class HistoryDatabase:
    """One SQLite connection (a file, or memory) and its attachment store: every query the
    history makes. It raises HistoryUnavailableError when it cannot write; HistoryStore
    decides what happens then."""

    def __init__(
        self,
        db: sqlite3.Connection,
        attachments: AttachmentStore,
        *,
        path: Path | None,
        folder: Path | None,
        clock: Clock = time.time,
    ) -> None:
        self._db = db
        self._attachments = attachments
        self._lock = threading.RLock()
        self._clock = clock
        self._synchronous_full = False
        self._closed = False
        self.path = path
        """The database file; None when it lives in memory."""
        self.folder = folder

    @property
    def connection(self) -> sqlite3.Connection:
        return self._db

    @property
    def clock(self) -> Clock:
        return self._clock

    def store_file(self, data: bytes, name: str) -> None:
        """Put a file's bytes in the attachment store (a file written back from memory)."""
        with self._lock, self._translated():
            self._attachments.put(data, name)

    def close(self) -> None:
        with self._lock:
            if self._closed:
                return
            self._closed = True
            try:
                self._db.execute("PRAGMA optimize")
            except sqlite3.Error as error:
                # Only statistics for the query planner: after a save that failed (a full
                # disk) it fails too, and that is nothing to show on the terminal.
                log.info("PRAGMA optimize skipped at close: %s", error)
            self._db.close()

    # --- writing --------------------------------------------------------------------------

    def create_conversation(self, settings: ChatSettings | None = None) -> int:
        """A new, empty conversation; returns its id. Create it when the first message is
        sent, so abandoned "new chats" do not fill the sidebar."""
        now = self._clock()
        with self.writing() as db:
            cursor = db.execute(
                "INSERT INTO conversations (created_at, updated_at, settings) VALUES (?, ?, ?)",
                (now, now, (settings or ChatSettings()).to_json()),
            )
            return rowid(cursor)

    def update_settings(self, conversation_id: int, settings: ChatSettings) -> None:
        with self.writing() as db:
            self._require(db, conversation_id)
            db.execute(
                "UPDATE conversations SET settings = ? WHERE id = ?",
                (settings.to_json(), conversation_id),
            )

    def add_user_turn(
        self,
        conversation_id: int,
        text: str,
        attachments: Sequence[AttachmentInput] = (),
    ) -> Turn:
        """Save the user's message, files first, flushed to the disk: call it before the
        request is sent. Raises FileProblemError when an attached file cannot be read."""
        items = [new_attachment(item) for item in attachments]
        with self._lock, self._translated():
            self._require(self._db, conversation_id)
            refs = [self._store_attachment(item) for item in items]
            now = self._clock()
            with self._transaction(durable=True) as db:
                turn_id = self._insert_turn(db, conversation_id, "user", text, now)
                for position, ref in enumerate(refs):
                    db.execute(
                        "INSERT OR IGNORE INTO attachments (sha256, size, created_at, uri) "
                        "VALUES (?, ?, ?, ?)",
                        (ref.sha256, ref.size, now, ref.uri),
                    )
                    db.execute(
                        "INSERT INTO turn_attachments (turn_id, position, sha256, name, "
                        "mime_type, clip_start, clip_end, media_resolution) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                        (
                            turn_id,
                            position,
                            ref.sha256,
                            ref.name,
                            ref.mime_type,
                            ref.clip_start,
                            ref.clip_end,
                            ref.media_resolution,
                        ),
                    )
                first_image = next((ref.sha256 for ref in refs if ref.is_image), None)
                db.execute(
                    "UPDATE conversations SET updated_at = ?, "
                    "title = CASE WHEN title = '' AND NOT title_edited THEN ? ELSE title END, "
                    "first_image = COALESCE(first_image, ?) WHERE id = ?",
                    (now, make_title(text, [r.name for r in refs]), first_image, conversation_id),
                )
        return Turn(
            id=turn_id,
            role="user",
            text=text,
            created_at=to_time(now),
            attachments=tuple(refs),
        )

    def _store_attachment(self, item: NewAttachment) -> AttachmentRef:
        """A file's bytes go to the attachment folder; a link is kept as the link alone."""
        if isinstance(item.source, str):
            uri = item.source.strip()
            if not uri:
                raise ValueError(f"the link of {item.name!r} is empty")
            return AttachmentRef(
                link_sha256(uri),
                item.mime_type,
                item.name,
                0,
                item.clip_start,
                item.clip_end,
                uri=uri,
                media_resolution=item.media_resolution,
            )
        sha256, size = self._attachments.put(item.source, item.name)
        return AttachmentRef(
            sha256,
            item.mime_type,
            item.name,
            size,
            item.clip_start,
            item.clip_end,
            media_resolution=item.media_resolution,
        )

    def start_model_turn(self, conversation_id: int) -> int:
        """An empty answer, streaming; returns its id for `save_partial` and
        `finish_model_turn`."""
        now = self._clock()
        with self.writing(durable=False) as db:
            self._require(db, conversation_id)
            turn_id = self._insert_turn(
                db, conversation_id, "model", "", now, status=TurnStatus.STREAMING
            )
            db.execute(
                "UPDATE conversations SET updated_at = ? WHERE id = ?", (now, conversation_id)
            )
            return turn_id

    def save_partial(self, turn_id: int, text: str, thoughts: str = "") -> bool:
        """The answer so far (the whole text, not a delta). Cheap: one row, not flushed to
        the disk (WAL with synchronous=NORMAL survives an app crash; the final save is
        flushed). Returns False when the turn is no longer streaming."""
        with self.writing(durable=False) as db:
            cursor = db.execute(
                "UPDATE turns SET text = ?, thoughts = ? WHERE id = ? AND status = ?",
                (text, thoughts, turn_id, TurnStatus.STREAMING),
            )
            return cursor.rowcount > 0

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
        if isinstance(error, GeminiError):
            answer = answer or error.partial
            error_data: dict[str, Any] | None = error.to_record()
        else:
            error_data = dict(error) if error is not None else None
        answer = answer or Answer()
        if status is None:
            status = TurnStatus.FAILED if error is not None else TurnStatus.COMPLETE
        with self.writing() as db:
            row = db.execute(
                "SELECT conversation_id FROM turns WHERE id = ? AND role = 'model'", (turn_id,)
            ).fetchone()
            if row is None:
                raise KeyError(f"no answer with id {turn_id}")
            db.execute(
                "UPDATE turns SET text = ?, thoughts = ?, status = ?, finish_reason = ?, "
                "usage = ?, model_version = ?, error = ?, details = ? WHERE id = ?",
                (
                    answer.text,
                    answer.thoughts,
                    status,
                    answer.finish_reason,
                    to_json(answer.usage),
                    answer.model_version,
                    to_json(error_data),
                    to_json(answer_details(answer) or None),
                    turn_id,
                ),
            )
            db.execute(
                "UPDATE conversations SET updated_at = ? WHERE id = ?", (self._clock(), row[0])
            )
            return self._version(db, turn_id)

    def retry_model_turn(self, turn_id: int) -> Turn:
        """A new version of an answer, streaming in its place and chosen; the earlier
        versions stay (see versions.py). Returns it, knowing its siblings. Build its request
        with `conversation_request_contents(..., before=turn_id)`."""
        with self.writing(durable=False) as db:
            new = versions.add_version(db, turn_id, self._clock())
            return self._version(db, new)

    def choose_version(self, turn_id: int) -> Turn:
        """The conversation goes on from this version of its answer; returns it."""
        with self.writing() as db:
            versions.choose(db, turn_id)
            return self._version(db, turn_id)

    def answer_version(self, turn_id: int) -> Turn:
        """One version of an answer as saved, knowing its siblings' ids."""
        with self.reading() as db:
            return self._version(db, turn_id)

    @staticmethod
    def _version(db: sqlite3.Connection, turn_id: int) -> Turn:
        _, first = versions.slot_of(db, turn_id)
        turn = read_turns(db, "t.id = ?", (turn_id,))[0]
        return dataclasses.replace(turn, versions=versions.version_ids(db, first))

    def recover_interrupted(self) -> list[Turn]:
        """Call once at startup: answers left streaming by a crash, a kill or a power cut
        become INTERRUPTED, their text so far kept, ready to retry. Returns them."""
        with self.writing() as db:
            ids = [row[0] for row in db.execute("SELECT id FROM turns WHERE status = 'streaming'")]
            if not ids:
                return []
            db.execute(
                "UPDATE turns SET status = ? WHERE status = 'streaming'",
                (TurnStatus.INTERRUPTED,),
            )
            marks = ",".join("?" * len(ids))
            return read_turns(db, f"t.id IN ({marks})", ids)

    def rename(self, conversation_id: int, title: str) -> None:
        """A title of the user's own; an empty one goes back to the first prompt's."""
        title = " ".join(title.split())
        with self.writing() as db:
            self._require(db, conversation_id)
            if title:
                db.execute(
                    "UPDATE conversations SET title = ?, title_edited = 1 WHERE id = ?",
                    (title, conversation_id),
                )
                return
            first = read_turns(db, "t.conversation_id = ? AND t.role = 'user'", (conversation_id,))
            auto = (
                make_title(first[0].text, [a.name for a in first[0].attachments]) if first else ""
            )
            db.execute(
                "UPDATE conversations SET title = ?, title_edited = 0 WHERE id = ?",
                (auto, conversation_id),
            )

    def delete(self, conversation_id: int) -> None:
        """Hide a conversation (a compare: all its columns); `undo_delete` brings it back
        until `purge_deleted`."""
        with self.writing() as db:
            self._require(db, conversation_id)
            db.execute(
                "UPDATE conversations SET deleted_at = ? "
                "WHERE (id = ? OR compare_id = ?) AND deleted_at IS NULL",
                (self._clock(), conversation_id, conversation_id),
            )

    def undo_delete(self, conversation_id: int) -> None:
        with self.writing() as db:
            self._require(db, conversation_id)
            db.execute(
                "UPDATE conversations SET deleted_at = NULL WHERE id = ? OR compare_id = ?",
                (conversation_id, conversation_id),
            )

    def purge_deleted(self, before: float | None = None) -> int:
        """Remove for good the conversations deleted before `before` (Unix time; default:
        all), and attachment files nothing refers to any more. Returns how many
        conversations went. Call it at startup, when no undo is on offer."""
        with self._lock, self._translated():
            with self._transaction(durable=True) as db:
                ids = [
                    row[0]
                    for row in db.execute(
                        "SELECT id FROM conversations WHERE deleted_at IS NOT NULL "
                        "AND (? IS NULL OR deleted_at < ?)",
                        (before, before),
                    )
                ]
                db.executemany("DELETE FROM conversations WHERE id = ?", [(i,) for i in ids])
                unused = db.execute(
                    "SELECT sha256, uri FROM attachments WHERE sha256 NOT IN "
                    "(SELECT sha256 FROM turn_attachments)"
                ).fetchall()
                db.executemany(
                    "DELETE FROM attachments WHERE sha256 = ?", [(s,) for s, _ in unused]
                )
            if self._set_aside_files():
                # A damaged history set aside may still be rescued, and it refers to
                # files this one does not know: remove none while it is there.
                return len(ids)
            for sha256, uri in unused:
                if uri is None:  # a link has no file
                    self._attachments.remove(sha256)
            keep = {
                row[0]
                for row in self._db.execute("SELECT sha256 FROM attachments WHERE uri IS NULL")
            }
            self._attachments.sweep(keep)
            return len(ids)

    def _set_aside_files(self) -> list[Path]:
        return sorted(self.folder.glob(f"{CORRUPT_PREFIX}*")) if self.folder else []

    # --- reading --------------------------------------------------------------------------

    def list_conversations(self, limit: int = 200, offset: int = 0) -> list[ConversationSummary]:
        """The sidebar: conversations newest first, deleted ones left out."""
        with self.reading() as db:
            rows = db.execute(
                f"SELECT {SUMMARY_COLUMNS} FROM conversations WHERE deleted_at IS NULL "
                # A compare is listed once, by its first column.
                "AND (compare_id IS NULL OR compare_id = id) "
                "ORDER BY updated_at DESC, id DESC LIMIT ? OFFSET ?",
                (limit, offset),
            ).fetchall()
        return [summary_of(row) for row in rows]

    def search(self, query: str, limit: int = 50) -> list[SearchHit]:
        with self.reading() as db:
            return search_history(db, query, limit)

    def load(self, conversation_id: int) -> Conversation:
        """A whole conversation, to reopen and continue it. KeyError when there is none."""
        with self.reading() as db:
            row = db.execute(
                f"SELECT {SUMMARY_COLUMNS}, settings, deleted_at FROM conversations WHERE id = ?",
                (conversation_id,),
            ).fetchone()
            if row is None:
                raise KeyError(f"no conversation with id {conversation_id}")
            turns = versions.fold_versions(
                db, conversation_id, read_turns(db, "t.conversation_id = ?", (conversation_id,))
            )
        return Conversation(
            id=row[0],
            title=row[1],
            created_at=to_time(row[2]),
            updated_at=to_time(row[3]),
            first_image_hash=row[4],
            settings=ChatSettings.from_json(row[7]),
            turns=tuple(turns),
            deleted=row[8] is not None,
            compare_of=row[6],
        )

    def attachment_path(self, sha256: str) -> Path | None:
        """The stored file (for thumbnails and "open"), or None when it is only in memory."""
        return self._attachments.path(check_hash(sha256))

    def attachment_bytes(self, sha256: str) -> bytes:
        """A stored file's bytes; FileProblemError when it has gone missing, or for a
        link, which has none (its AttachmentRef.uri is what to send)."""
        try:
            return self._attachments.read(check_hash(sha256))
        except OSError as exc:
            raise HistoryUnavailableError.failed(f"{type(exc).__name__}: {exc}") from exc

    def integrity_check(self) -> list[str]:
        """SQLite's full check: ["ok"] when the file is sound."""
        with self.reading() as db:
            return [row[0] for row in db.execute("PRAGMA integrity_check")]

    # --- internals ------------------------------------------------------------------------

    @contextmanager
    def _translated(self) -> Iterator[None]:
        """SQLite and OS failures as HistoryUnavailableError; our own bugs pass through."""
        try:
            yield
        except sqlite3.Error as exc:
            if not failures.is_unavailable(exc) and not failures.is_corruption(exc):
                raise
            log.error("The history could not be saved or read: %s", exc)
            raise failures.from_sqlite(exc, self.folder) from exc
        except OSError as exc:
            log.error("An attachment could not be saved: %s", exc)
            raise failures.from_os(exc, self.folder) from exc

    @contextmanager
    def _transaction(self, *, durable: bool = True) -> Iterator[sqlite3.Connection]:
        """One write transaction. `durable` flushes it to the disk at commit
        (synchronous=FULL), so a power cut cannot take it; autosaves skip that."""
        db = self._db
        if durable != self._synchronous_full:
            db.execute(f"PRAGMA synchronous = {'FULL' if durable else 'NORMAL'}")
            self._synchronous_full = durable
        db.execute("BEGIN IMMEDIATE")
        try:
            yield db
            db.execute("COMMIT")
        except BaseException:
            if db.in_transaction:
                try:
                    db.execute("ROLLBACK")
                except sqlite3.Error:
                    log.warning("ROLLBACK failed", exc_info=True)
            raise

    @contextmanager
    def writing(self, *, durable: bool = True) -> Iterator[sqlite3.Connection]:
        with self._lock, self._translated(), self._transaction(durable=durable) as db:
            yield db

    @contextmanager
    def reading(self) -> Iterator[sqlite3.Connection]:
        with self._lock, self._translated():
            yield self._db

    @staticmethod
    def _require(db: sqlite3.Connection, conversation_id: int) -> None:
        row = db.execute("SELECT 1 FROM conversations WHERE id = ?", (conversation_id,))
        if row.fetchone() is None:
            raise KeyError(f"no conversation with id {conversation_id}")

    @staticmethod
    def _insert_turn(
        db: sqlite3.Connection,
        conversation_id: int,
        role: str,
        text: str,
        now: float,
        *,
        status: TurnStatus = TurnStatus.COMPLETE,
    ) -> int:
        cursor = db.execute(
            "INSERT INTO turns (conversation_id, position, role, text, status, created_at) "
            "VALUES (?, (SELECT COALESCE(MAX(position) + 1, 0) FROM turns "
            "WHERE conversation_id = ?), ?, ?, ?, ?)",
            (conversation_id, conversation_id, role, text, status, now),
        )
        return rowid(cursor)
