"""The history's copy in memory while its file takes no writes, and the way back to disk.

The copy starts as the whole database (same ids), so the sidebar, the open conversation
and every id the window holds stay right. Temporary triggers note each conversation and
turn changed in memory; `write_back` replays exactly those rows into the file (attachment
files first, then one durable transaction), so nothing is lost once the disk takes writes
again. The file is left as it was until then: a failed replay rolls back whole.
"""

from __future__ import annotations

import logging
import sqlite3

from desktop.core.errors import FileProblemError
from desktop.services.history.attachments import FolderAttachments, MemoryAttachments
from desktop.services.history.database import HistoryDatabase
from desktop.services.history.opening import ATTACHMENTS_FOLDER, memory_copy

log = logging.getLogger(__name__)

_CONVERSATION_COLUMNS = (
    "id, title, title_edited, created_at, updated_at, settings, first_image, turn_count, "
    "deleted_at, compare_id, compare_column"
)
_TURN_COLUMNS = (
    "id, conversation_id, position, role, text, thoughts, status, finish_reason, usage, "
    "model_version, error, details, created_at, version_of, chosen_version"
)
_LINK_COLUMNS = "turn_id, position, sha256, name, mime_type, clip_start, clip_end, media_resolution"

# TEMP triggers live in the memory copy's own schema and may watch its main tables.
_CHANGE_LOG = (
    "CREATE TEMP TABLE changed (conversation_id INTEGER NOT NULL, turn_id INTEGER)",
    "CREATE TEMP TRIGGER changed_conversation_insert AFTER INSERT ON conversations "
    "BEGIN INSERT INTO changed VALUES (new.id, NULL); END",
    "CREATE TEMP TRIGGER changed_conversation_update AFTER UPDATE ON conversations "
    "BEGIN INSERT INTO changed VALUES (new.id, NULL); END",
    "CREATE TEMP TRIGGER changed_conversation_delete AFTER DELETE ON conversations "
    "BEGIN INSERT INTO changed VALUES (old.id, NULL); END",
    "CREATE TEMP TRIGGER changed_turn_insert AFTER INSERT ON turns "
    "BEGIN INSERT INTO changed VALUES (new.conversation_id, new.id); END",
    "CREATE TEMP TRIGGER changed_turn_update AFTER UPDATE ON turns "
    "BEGIN INSERT INTO changed VALUES (new.conversation_id, new.id); END",
    "CREATE TEMP TRIGGER changed_turn_delete AFTER DELETE ON turns "
    "BEGIN INSERT INTO changed VALUES (old.conversation_id, old.id); END",
    # Batches: a result saved in memory goes back to the file with its batch.
    "CREATE TEMP TABLE changed_batches (batch_id INTEGER NOT NULL)",
    "CREATE TEMP TRIGGER changed_batch_insert AFTER INSERT ON batches "
    "BEGIN INSERT INTO changed_batches VALUES (new.id); END",
    "CREATE TEMP TRIGGER changed_batch_update AFTER UPDATE ON batches "
    "BEGIN INSERT INTO changed_batches VALUES (new.id); END",
    "CREATE TEMP TRIGGER changed_batch_item_update AFTER UPDATE ON batch_items "
    "BEGIN INSERT INTO changed_batches VALUES (new.batch_id); END",
    "CREATE TEMP TRIGGER changed_batch_job_insert AFTER INSERT ON batch_jobs "
    "BEGIN INSERT INTO changed_batches VALUES (new.batch_id); END",
    "CREATE TEMP TRIGGER changed_batch_job_update AFTER UPDATE ON batch_jobs "
    "BEGIN INSERT INTO changed_batches VALUES (new.batch_id); END",
)
_BATCH_COLUMNS = "id, key, spec, state, created_at, updated_at"
_BATCH_ITEM_COLUMNS = (
    "batch_id, position, path, status, text, fields, error, usage, model_version, updated_at"
)
_BATCH_JOB_COLUMNS = (
    "name, batch_id, engine, state, counts, details, collected, created_at, updated_at"
)


def copy_to_memory(disk: HistoryDatabase) -> HistoryDatabase:
    """The whole history in memory, ids kept, noting what changes from now on. Files saved
    earlier are still read from the folder; new ones are kept in memory."""
    with disk.reading() as db:
        copy = memory_copy(db)
    note_changes(copy)
    folder = disk.folder
    earlier = FolderAttachments(folder / ATTACHMENTS_FOLDER) if folder else None
    return HistoryDatabase(
        copy, MemoryAttachments(earlier), path=None, folder=folder, clock=disk.clock
    )


def note_changes(copy: sqlite3.Connection) -> None:
    """From now on, note each conversation and turn that changes in `copy`, for
    `write_back`."""
    for statement in _CHANGE_LOG:
        copy.execute(statement)


def changed_count(memory: HistoryDatabase) -> int:
    """How many conversations changed in memory and are not on disk yet."""
    with memory.reading() as db:
        return int(db.execute("SELECT count(DISTINCT conversation_id) FROM changed").fetchone()[0])


def write_back(memory: HistoryDatabase, disk: HistoryDatabase) -> int:
    """Replay into the file what changed in memory; returns how many conversations. Raises
    HistoryUnavailableError (the file unchanged) while the disk still takes no writes."""
    with memory.reading() as source:
        changes = source.execute("SELECT DISTINCT conversation_id, turn_id FROM changed").fetchall()
        conversations = sorted({conversation for conversation, _ in changes})
        turns = sorted({turn for _, turn in changes if turn is not None})
        batches = [
            row[0] for row in source.execute("SELECT DISTINCT batch_id FROM changed_batches")
        ]
        _store_files(source, memory, disk, turns)
        with disk.writing() as target:
            for conversation in conversations:
                _copy_row(source, target, "conversations", _CONVERSATION_COLUMNS, conversation)
            for turn in turns:
                _copy_turn(source, target, turn)
            for conversation in conversations:
                # The turn triggers counted the replayed turns again: the copy's count stands.
                _copy_row(source, target, "conversations", _CONVERSATION_COLUMNS, conversation)
            for batch in batches:
                _copy_batch(source, target, batch)
        source.execute("DELETE FROM changed")
        source.execute("DELETE FROM changed_batches")
    return len(conversations)


def _store_files(
    source: sqlite3.Connection, memory: HistoryDatabase, disk: HistoryDatabase, turns: list[int]
) -> None:
    """The files that only the memory copy holds, into the folder (before the rows that
    refer to them, as when a turn is saved)."""
    if not turns:
        return
    marks = ",".join("?" * len(turns))
    rows = source.execute(
        "SELECT DISTINCT a.sha256, a.name FROM turn_attachments a JOIN attachments f "
        f"ON f.sha256 = a.sha256 WHERE f.uri IS NULL AND a.turn_id IN ({marks})",
        turns,
    ).fetchall()
    for sha256, name in rows:
        if memory.attachment_path(sha256) is not None or disk.attachment_path(sha256):
            continue  # in the folder already
        try:
            data = memory.attachment_bytes(sha256)
        except FileProblemError:
            log.warning("Attachment %s is in neither the folder nor memory", sha256[:12])
            continue
        disk.store_file(data, name)


def _copy_row(
    source: sqlite3.Connection, target: sqlite3.Connection, table: str, columns: str, key: int
) -> None:
    """The row as the memory copy has it, or gone when the copy no longer has it."""
    row = source.execute(f"SELECT {columns} FROM {table} WHERE id = ?", (key,)).fetchone()
    if row is None:
        target.execute(f"DELETE FROM {table} WHERE id = ?", (key,))
        return
    names = columns.split(", ")
    updates = ", ".join(f"{name} = excluded.{name}" for name in names[1:])
    target.execute(
        f"INSERT INTO {table} ({columns}) VALUES ({','.join('?' * len(names))}) "
        f"ON CONFLICT (id) DO UPDATE SET {updates}",
        row,
    )


def _copy_turn(source: sqlite3.Connection, target: sqlite3.Connection, turn: int) -> None:
    _copy_row(source, target, "turns", _TURN_COLUMNS, turn)
    target.execute("DELETE FROM turn_attachments WHERE turn_id = ?", (turn,))
    links = source.execute(
        f"SELECT {_LINK_COLUMNS} FROM turn_attachments WHERE turn_id = ? ORDER BY position",
        (turn,),
    ).fetchall()
    for link in links:
        target.execute(
            "INSERT OR IGNORE INTO attachments (sha256, size, created_at, uri) VALUES (?, ?, ?, ?)",
            source.execute(
                "SELECT sha256, size, created_at, uri FROM attachments WHERE sha256 = ?",
                (link[2],),
            ).fetchone(),
        )
        target.execute(
            f"INSERT INTO turn_attachments ({_LINK_COLUMNS}) VALUES ({', '.join('?' * len(link))})",
            link,
        )


def _copy_batch(source: sqlite3.Connection, target: sqlite3.Connection, batch: int) -> None:
    """A batch and all its files' results as the memory copy has them."""
    _copy_row(source, target, "batches", _BATCH_COLUMNS, batch)
    target.execute("DELETE FROM batch_items WHERE batch_id = ?", (batch,))
    items = source.execute(
        f"SELECT {_BATCH_ITEM_COLUMNS} FROM batch_items WHERE batch_id = ?", (batch,)
    ).fetchall()
    marks = ",".join("?" * len(_BATCH_ITEM_COLUMNS.split(", ")))
    target.executemany(f"INSERT INTO batch_items ({_BATCH_ITEM_COLUMNS}) VALUES ({marks})", items)
    jobs = source.execute(
        f"SELECT {_BATCH_JOB_COLUMNS} FROM batch_jobs WHERE batch_id = ?", (batch,)
    ).fetchall()
    marks = ",".join("?" * len(_BATCH_JOB_COLUMNS.split(", ")))
    target.executemany(
        f"INSERT OR REPLACE INTO batch_jobs ({_BATCH_JOB_COLUMNS}) VALUES ({marks})", jobs
    )
