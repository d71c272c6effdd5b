"""The conversation history: SQLite in the user's data folder, attachments beside it.

Nothing a user typed, attached or received may be lost. So:
- the user's turn and its files are saved (and flushed to the disk) before the request is
  sent; an answer is saved while it streams and once more at the end; after a crash,
  `recover_interrupted()` marks the answer that was streaming as interrupted, text kept;
- a file that is not a readable database is set aside, never deleted, and a new one is
  started; `notice` says so in one sentence;
- when the folder cannot be written (full disk, read-only) the store keeps working in
  memory, with what could still be read from the folder, and `persistent` is False; a write
  that fails later raises HistoryUnavailableError and the caller keeps the conversation.

Every method is synchronous and safe to call from any thread (the window calls them through
`asyncio.to_thread`): one connection, one lock.
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from desktop import paths
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
    make_snippet,
    make_title,
    search_terms,
)
from desktop.core.errors import GeminiError, HistoryUnavailableError
from desktop.services.history import failures
from desktop.services.history.attachments import (
    AttachmentStore,
    FolderAttachments,
    MemoryAttachments,
    check_hash,
)
from desktop.services.history.schema import SCHEMA_VERSION, SchemaTooNewError, migrate

log = logging.getLogger(__name__)

HISTORY_FILE = "history.sqlite3"
CORRUPT_PREFIX = "history-corrupt-"
ATTACHMENTS_FOLDER = "attachments"
BUSY_TIMEOUT = 5.0  # seconds another window may hold the write lock
TRIGRAM = 3  # the shortest term the trigram index can find

Clock = Callable[[], float]
AttachmentInput = NewAttachment | tuple[bytes | Path, str, str]

_SUMMARY_COLUMNS = "id, title, created_at, updated_at, first_image, turn_count"
_TURN_COLUMNS = (
    "id, role, text, thoughts, status, finish_reason, usage, model_version, error, details, "
    "created_at"
)


class _CorruptError(Exception):
    """The file is not a database, or SQLite's own check found damage."""


class HistoryStore:
    """Conversations, their turns and attachments. Open with `HistoryStore.open()`."""

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
        """The database file; None when the history lives in memory."""
        self.folder = folder
        self.notice: str | None = None
        """One plain sentence for the user about what happened at opening, or None."""
        self.problem: HistoryUnavailableError | None = None
        """Why the history is only in memory, when it is."""

    @property
    def persistent(self) -> bool:
        """Whether conversations are saved to disk (False: kept until the app closes)."""
        return self.path is not None

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
            return cls._open_file(path, folder, clock)
        except _CorruptError as exc:
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
            return cls._in_memory_after(problem, folder, clock, earlier=path)
        try:
            aside = _set_aside(path, clock)
            store = cls._open_file(path, folder, clock)
        except OSError as exc:
            return cls._in_memory_after(failures.from_os(exc, folder), folder, clock)
        except (_CorruptError, SchemaTooNewError) as exc:
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
        return cls(_memory_database(None), MemoryAttachments(), path=None, folder=None, clock=clock)

    @classmethod
    def _open_file(cls, path: Path, folder: Path, clock: Clock) -> HistoryStore:
        try:
            db = _open_database(path)
        except sqlite3.Error as exc:
            raise failures.from_sqlite(exc, folder) from exc
        attachments = FolderAttachments(folder / ATTACHMENTS_FOLDER)
        try:
            _probe_writable(attachments)
        except OSError as exc:
            db.close()
            raise failures.from_os(exc, folder) from exc
        return cls(db, attachments, path=path, folder=folder, clock=clock)

    @classmethod
    def _in_memory_after(
        cls,
        problem: HistoryUnavailableError | None,
        folder: Path | None,
        clock: Clock,
        *,
        earlier: Path | None = None,
    ) -> HistoryStore:
        """The fallback: in memory, starting from what can still be read."""
        earlier_files = FolderAttachments(folder / ATTACHMENTS_FOLDER) if folder else None
        store = cls(
            _memory_database(earlier),
            MemoryAttachments(earlier_files),
            path=None,
            folder=folder,
            clock=clock,
        )
        store.problem = problem
        if problem is not None:
            store.notice = _fallback_notice(problem, folder)
        return store

    def close(self) -> None:
        with self._lock:
            if self._closed:
                return
            self._closed = True
            try:
                self._db.execute("PRAGMA optimize")
            except sqlite3.Error:
                log.warning("PRAGMA optimize failed", exc_info=True)
            self._db.close()

    def __enter__(self) -> HistoryStore:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # --- writing --------------------------------------------------------------------------

    def create_conversation(self, settings: ChatSettings | None = None) -> int:
        """A new, empty conversation; returns its id. Create it when the first message is
        sent, so abandoned "new chats" do not fill the sidebar."""
        now = self._clock()
        with self._write() as db:
            cursor = db.execute(
                "INSERT INTO conversations (created_at, updated_at, settings) VALUES (?, ?, ?)",
                (now, now, (settings or ChatSettings()).to_json()),
            )
            return _rowid(cursor)

    def update_settings(self, conversation_id: int, settings: ChatSettings) -> None:
        with self._write() as db:
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
        items = [_new_attachment(item) for item in attachments]
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
                        "mime_type, clip_start, clip_end) VALUES (?, ?, ?, ?, ?, ?, ?)",
                        (
                            turn_id,
                            position,
                            ref.sha256,
                            ref.name,
                            ref.mime_type,
                            ref.clip_start,
                            ref.clip_end,
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
            created_at=_time(now),
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
            )
        sha256, size = self._attachments.put(item.source, item.name)
        return AttachmentRef(
            sha256, item.mime_type, item.name, size, item.clip_start, item.clip_end
        )

    def start_model_turn(self, conversation_id: int) -> int:
        """An empty answer, streaming; returns its id for `save_partial` and
        `finish_model_turn`."""
        now = self._clock()
        with self._write(durable=False) as db:
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
        with self._write(durable=False) as db:
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
            error_data: dict[str, Any] | None = error.to_dict()
        else:
            error_data = dict(error) if error is not None else None
        answer = answer or Answer()
        if status is None:
            status = TurnStatus.FAILED if error is not None else TurnStatus.COMPLETE
        with self._write() as db:
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
                    _json(answer.usage),
                    answer.model_version,
                    _json(error_data),
                    _json(answer_details(answer) or None),
                    turn_id,
                ),
            )
            db.execute(
                "UPDATE conversations SET updated_at = ? WHERE id = ?", (self._clock(), row[0])
            )
            return self._turns(db, "t.id = ?", (turn_id,))[0]

    def retry_model_turn(self, turn_id: int) -> None:
        """Empty an answer (interrupted, stopped, failed) and stream it again in its place.
        Build the request with `conversation_request_contents(..., before=turn_id)`."""
        with self._write(durable=False) as db:
            cursor = db.execute(
                "UPDATE turns SET text = '', thoughts = '', status = ?, finish_reason = NULL, "
                "usage = NULL, model_version = NULL, error = NULL, details = NULL, "
                "created_at = ? WHERE id = ? AND role = 'model'",
                (TurnStatus.STREAMING, self._clock(), turn_id),
            )
            if cursor.rowcount == 0:
                raise KeyError(f"no answer with id {turn_id}")

    def recover_interrupted(self) -> list[Turn]:
        """Call once at startup: answers left streaming by a crash, a kill or a power cut
        become INTERRUPTED, their text so far kept, ready to retry. Returns them."""
        with self._write() as db:
            ids = [row[0] for row in db.execute("SELECT id FROM turns WHERE status = 'streaming'")]
            if not ids:
                return []
            db.execute(
                "UPDATE turns SET status = ? WHERE status = 'streaming'",
                (TurnStatus.INTERRUPTED,),
            )
            marks = ",".join("?" * len(ids))
            return self._turns(db, f"t.id IN ({marks})", ids)

    def rename(self, conversation_id: int, title: str) -> None:
        """A title of the user's own; an empty one goes back to the first prompt's."""
        title = " ".join(title.split())
        with self._write() as db:
            self._require(db, conversation_id)
            if title:
                db.execute(
                    "UPDATE conversations SET title = ?, title_edited = 1 WHERE id = ?",
                    (title, conversation_id),
                )
                return
            first = self._turns(db, "t.conversation_id = ? AND t.role = 'user'", (conversation_id,))
            auto = (
                make_title(first[0].text, [a.name for a in first[0].attachments]) if first else ""
            )
            db.execute(
                "UPDATE conversations SET title = ?, title_edited = 0 WHERE id = ?",
                (auto, conversation_id),
            )

    def delete(self, conversation_id: int) -> None:
        """Hide a conversation; `undo_delete` brings it back until `purge_deleted`."""
        with self._write() as db:
            self._require(db, conversation_id)
            db.execute(
                "UPDATE conversations SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL",
                (self._clock(), conversation_id),
            )

    def undo_delete(self, conversation_id: int) -> None:
        with self._write() as db:
            self._require(db, conversation_id)
            db.execute(
                "UPDATE conversations SET deleted_at = NULL WHERE id = ?", (conversation_id,)
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
        with self._read() as db:
            rows = db.execute(
                f"SELECT {_SUMMARY_COLUMNS} FROM conversations WHERE deleted_at IS NULL "
                "ORDER BY updated_at DESC, id DESC LIMIT ? OFFSET ?",
                (limit, offset),
            ).fetchall()
        return [_summary(row) for row in rows]

    def search(self, query: str, limit: int = 50) -> list[SearchHit]:
        """Conversations whose prompts, answers or title contain every term of `query`
        (words, or "quoted phrases"; any letters, case ignored), newest first, each with
        a snippet of its newest matching turn."""
        terms = search_terms(query)
        if not terms or limit <= 0:
            return []
        with self._read() as db:
            turn_hits = self._matching_turns(db, terms, limit)
            title_ids = self._matching_titles(db, terms, limit)
            ids = list(turn_hits) + [i for i in title_ids if i not in turn_hits]
            if not ids:
                return []
            marks = ",".join("?" * len(ids))
            summaries = [
                _summary(row)
                for row in db.execute(
                    f"SELECT {_SUMMARY_COLUMNS} FROM conversations WHERE id IN ({marks})", ids
                )
            ]
            turn_ids = list(turn_hits.values())
            marks = ",".join("?" * len(turn_ids))
            texts = dict(
                db.execute(f"SELECT id, text FROM turns WHERE id IN ({marks})", turn_ids).fetchall()
            )
        summaries.sort(key=lambda s: (s.updated_at, s.id), reverse=True)
        hits = []
        for summary in summaries[:limit]:
            turn_id = turn_hits.get(summary.id)
            snippet = make_snippet(texts.get(turn_id, ""), terms) if turn_id else None
            hits.append(SearchHit(summary, turn_id, snippet))
        return hits

    def _matching_turns(
        self, db: sqlite3.Connection, terms: Sequence[str], limit: int
    ) -> dict[int, int]:
        """{conversation id: its newest matching turn id}, for up to `limit` conversations,
        newest turns first: a common word stops after a few hundred rows, not all of them."""
        indexed = [t for t in terms if len(t) >= TRIGRAM]
        short = [t for t in terms if len(t) < TRIGRAM]
        likes = " ".join("AND t.text LIKE ? ESCAPE '\\'" for _ in short)
        like_args = [_like(t) for t in short]
        if indexed:
            # Each term a quoted FTS5 string ("" escapes a quote): the user's punctuation
            # and words like AND, OR, NOT and NEAR are only text. CROSS JOIN keeps the
            # index in the outer loop, walked newest first.
            expression = " AND ".join('"' + t.replace('"', '""') + '"' for t in indexed)
            sql = (
                "SELECT t.id, t.conversation_id FROM turns_fts f "
                "CROSS JOIN turns t ON t.id = f.rowid "
                "CROSS JOIN conversations c ON c.id = t.conversation_id "
                f"WHERE turns_fts MATCH ? AND c.deleted_at IS NULL {likes} "
                "ORDER BY f.rowid DESC"
            )
            args: list[Any] = [expression, *like_args]
        else:
            # Shorter than a trigram (Chinese and Japanese words are often two characters):
            # the index cannot help, so the turns are read newest first, stopping early.
            sql = (
                "SELECT t.id, t.conversation_id FROM turns t "
                "CROSS JOIN conversations c ON c.id = t.conversation_id "
                f"WHERE t.status != 'streaming' AND c.deleted_at IS NULL {likes} "
                "ORDER BY t.id DESC"
            )
            args = like_args
        found: dict[int, int] = {}
        cursor = db.execute(sql, args)
        try:
            for turn_id, conversation_id in cursor:
                found.setdefault(conversation_id, turn_id)
                if len(found) >= limit:
                    break
        finally:
            cursor.close()
        return found

    def _matching_titles(
        self, db: sqlite3.Connection, terms: Sequence[str], limit: int
    ) -> list[int]:
        likes = " ".join("AND title LIKE ? ESCAPE '\\'" for _ in terms)
        rows = db.execute(
            f"SELECT id FROM conversations WHERE deleted_at IS NULL {likes} "
            "ORDER BY updated_at DESC, id DESC LIMIT ?",
            [*(_like(t) for t in terms), limit],
        )
        return [row[0] for row in rows]

    def load(self, conversation_id: int) -> Conversation:
        """A whole conversation, to reopen and continue it. KeyError when there is none."""
        with self._read() as db:
            row = db.execute(
                f"SELECT {_SUMMARY_COLUMNS}, settings, deleted_at FROM conversations WHERE id = ?",
                (conversation_id,),
            ).fetchone()
            if row is None:
                raise KeyError(f"no conversation with id {conversation_id}")
            turns = self._turns(db, "t.conversation_id = ?", (conversation_id,))
        return Conversation(
            id=row[0],
            title=row[1],
            created_at=_time(row[2]),
            updated_at=_time(row[3]),
            first_image_hash=row[4],
            settings=ChatSettings.from_json(row[6]),
            turns=tuple(turns),
            deleted=row[7] is not None,
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
        with self._read() as db:
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
    def _write(self, *, durable: bool = True) -> Iterator[sqlite3.Connection]:
        with self._lock, self._translated(), self._transaction(durable=durable) as db:
            yield db

    @contextmanager
    def _read(self) -> Iterator[sqlite3.Connection]:
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
        return _rowid(cursor)

    @staticmethod
    def _turns(db: sqlite3.Connection, where: str, args: Sequence[Any]) -> list[Turn]:
        rows = db.execute(
            f"SELECT {', '.join('t.' + c for c in _TURN_COLUMNS.split(', '))} FROM turns t "
            f"WHERE {where} ORDER BY t.conversation_id, t.position",
            args,
        ).fetchall()
        if not rows:
            return []
        attachments: dict[int, list[AttachmentRef]] = {}
        marks = ",".join("?" * len(rows))
        for turn_id, sha256, name, mime, clip_start, clip_end, size, uri in db.execute(
            "SELECT a.turn_id, a.sha256, a.name, a.mime_type, a.clip_start, a.clip_end, f.size, "
            "f.uri FROM turn_attachments a JOIN attachments f ON f.sha256 = a.sha256 "
            f"WHERE a.turn_id IN ({marks}) ORDER BY a.turn_id, a.position",
            [row[0] for row in rows],
        ):
            attachments.setdefault(turn_id, []).append(
                AttachmentRef(sha256, mime, name, size, clip_start, clip_end, uri)
            )
        return [_turn(row, tuple(attachments.get(row[0], ()))) for row in rows]


# --- opening helpers ------------------------------------------------------------------------


def _connect(target: str, *, uri: bool = False) -> sqlite3.Connection:
    # Autocommit (isolation_level=None): transactions are explicit, BEGIN IMMEDIATE.
    return sqlite3.connect(
        target, timeout=BUSY_TIMEOUT, isolation_level=None, check_same_thread=False, uri=uri
    )


def _open_database(path: Path) -> sqlite3.Connection:
    """The file, checked, in WAL mode, at the latest schema. Raises _CorruptError,
    SchemaTooNewError or sqlite3.Error (cannot be written: full, read-only)."""
    db = _connect(str(path))
    try:
        db.execute("PRAGMA foreign_keys = ON")
        version = db.execute("PRAGMA user_version").fetchone()[0]  # reads the header
        if version > SCHEMA_VERSION:
            raise SchemaTooNewError(version)
        problems = [row[0] for row in db.execute("PRAGMA quick_check")]
        if problems != ["ok"]:
            raise _CorruptError("; ".join(problems[:5]))
        mode = db.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            raise sqlite3.OperationalError(f"journal_mode stayed {mode}")
        migrate(db)
        # A write now, so a read-only file shows itself at opening, not at the first message.
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    except sqlite3.Error as exc:
        db.close()
        if failures.is_corruption(exc):
            raise _CorruptError(str(exc)) from exc
        raise
    except BaseException:
        db.close()
        raise
    return db


def _probe_writable(attachments: FolderAttachments) -> None:
    attachments.incoming.mkdir(parents=True, exist_ok=True)
    probe = attachments.incoming / f"probe.{os.getpid()}.partial"
    probe.write_bytes(b"")
    probe.unlink()


def _memory_database(earlier: Path | None) -> sqlite3.Connection:
    """An in-memory history, starting as a copy of `earlier` when that can be read."""
    db = _connect(":memory:")
    db.execute("PRAGMA foreign_keys = ON")
    if earlier is not None and earlier.is_file():
        _copy_readable(earlier, db)
    try:
        migrate(db)
    except (SchemaTooNewError, sqlite3.Error):
        log.warning("The readable copy of the history cannot be used", exc_info=True)
        db.close()
        db = _connect(":memory:")
        db.execute("PRAGMA foreign_keys = ON")
        migrate(db)
    return db


def _copy_readable(path: Path, db: sqlite3.Connection) -> None:
    """Copy what can be read of a file we may not write: first as a normal reader, then
    as an immutable file (no -shm needed in a read-only folder; a leftover -wal is lost)."""
    uri = path.resolve().as_uri()
    for options in ("mode=ro", "mode=ro&immutable=1"):
        try:
            source = _connect(f"{uri}?{options}", uri=True)
            try:
                source.backup(db)
            finally:
                source.close()
            return
        except sqlite3.Error:
            log.warning("Could not read %s with %s", path, options, exc_info=True)


def _set_aside(path: Path, clock: Clock) -> Path:
    """Rename a damaged file (with its -wal and -shm) to history-corrupt-<time>.sqlite3
    next to it, never overwriting an earlier one; returns the new path."""
    stamp = datetime.fromtimestamp(clock()).strftime("%Y%m%d-%H%M%S")
    aside = path.with_name(f"{CORRUPT_PREFIX}{stamp}.sqlite3")
    number = 1
    while aside.exists():
        number += 1
        aside = path.with_name(f"{CORRUPT_PREFIX}{stamp}-{number}.sqlite3")
    for suffix in ("-wal", "-shm", ""):  # the main file last: it is the one that matters
        source = path.with_name(path.name + suffix)
        if source.exists():
            os.replace(source, aside.with_name(aside.name + suffix))
    return aside


def _fallback_notice(problem: HistoryUnavailableError, folder: Path | None) -> str:
    if problem.status == "HISTORY_DISK_FULL":
        return (
            "The disk is full, so Gemini Desktop cannot save conversations: new ones are "
            "kept only until you close the app."
        )
    if problem.status == "HISTORY_READ_ONLY":
        where = f" ({folder})" if folder else ""
        return (
            f"Gemini Desktop cannot write to its data folder{where}, so new conversations "
            "are kept only until you close the app."
        )
    return (
        "Gemini Desktop cannot open its conversation history, so new conversations are "
        "kept only until you close the app."
    )


# --- rows -----------------------------------------------------------------------------------


def _new_attachment(item: AttachmentInput) -> NewAttachment:
    if isinstance(item, NewAttachment):
        return item
    source, mime_type, name = item
    return NewAttachment(source, mime_type, name)


def _rowid(cursor: sqlite3.Cursor) -> int:
    rowid = cursor.lastrowid
    assert rowid is not None
    return rowid


def _time(value: float) -> datetime:
    return datetime.fromtimestamp(value, UTC)


def _json(value: Any) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False)


def _from_json(text: str | None) -> Any:
    if text is None:
        return None
    try:
        return json.loads(text)
    except ValueError:
        log.warning("Unreadable JSON in the history: %.80r", text)
        return None


def _like(term: str) -> str:
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _summary(row: Sequence[Any]) -> ConversationSummary:
    return ConversationSummary(
        id=row[0],
        title=row[1],
        created_at=_time(row[2]),
        updated_at=_time(row[3]),
        first_image_hash=row[4],
        turn_count=row[5],
    )


def _turn(row: Sequence[Any], attachments: tuple[AttachmentRef, ...]) -> Turn:
    (turn_id, role, text, thoughts, status, finish, usage, version, error, details, created) = row
    details_data = _from_json(details)
    try:
        turn_status = TurnStatus(status)
    except ValueError:  # a status from a newer version: show it as interrupted, retryable
        turn_status = TurnStatus.INTERRUPTED
    return Turn(
        id=turn_id,
        role=role,
        text=text,
        created_at=_time(created),
        thoughts=thoughts,
        attachments=attachments,
        status=turn_status,
        finish_reason=finish,
        usage=_from_json(usage),
        model_version=version,
        error=_from_json(error),
        details=details_data if isinstance(details_data, dict) else {},
    )
