"""The history's batches: one question asked of many files, each file's result its own row,
saved the moment it arrives. Queries over a HistoryDatabase; HistoryStore calls them."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from desktop.services.history.database import HistoryDatabase
from desktop.services.history.rows import from_json, rowid, to_json


class ItemStatus(StrEnum):
    PENDING = "pending"  # not answered yet: sent (again) when the batch runs or resumes
    DONE = "done"
    FAILED = "failed"  # the request failed; sent again on resume
    SKIPPED = "skipped"  # not a photo or video, unreadable, damaged: never sent


@dataclass(frozen=True)
class BatchItem:
    """One file of a batch and what became of it."""

    position: int
    path: str
    status: ItemStatus = ItemStatus.PENDING
    text: str = ""
    fields: Mapping[str, Any] = field(default_factory=dict)
    error: Mapping[str, Any] | None = None
    usage: Mapping[str, Any] | None = None
    model_version: str | None = None
    approved: bool = False  # marked in the review table; kept apart from the result (set_approved)


@dataclass(frozen=True)
class Batch:
    id: int
    key: str
    spec: Mapping[str, Any]
    state: str
    created_at: float


_ITEM_COLUMNS = "position, path, status, text, fields, error, usage, model_version"


def create_batch(
    database: HistoryDatabase,
    key: str,
    spec: Mapping[str, Any],
    items: Sequence[BatchItem],
) -> int:
    now = database.clock()
    with database.writing() as db:
        batch_id = rowid(
            db.execute(
                "INSERT INTO batches (key, spec, state, created_at, updated_at) "
                "VALUES (?, ?, 'running', ?, ?)",
                (key, json.dumps(spec, ensure_ascii=False, sort_keys=True), now, now),
            )
        )
        db.executemany(
            f"INSERT INTO batch_items (batch_id, {_ITEM_COLUMNS}, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(batch_id, *_item_values(item), now) for item in items],
        )
    return batch_id


def save_items(database: HistoryDatabase, batch_id: int, items: Sequence[BatchItem]) -> None:
    """Files' results in one write, flushed to the disk before anyone is told of them: a
    batch killed a moment later still knows these files were answered."""
    now = database.clock()
    with database.writing() as db:
        cursor = db.executemany(
            "UPDATE batch_items SET path = ?, status = ?, text = ?, fields = ?, error = ?, "
            "usage = ?, model_version = ?, updated_at = ? WHERE batch_id = ? AND position = ?",
            [(*_item_values(item)[1:], now, batch_id, item.position) for item in items],
        )
        if cursor.rowcount != len(items):
            positions = [item.position for item in items]
            raise KeyError(f"batch {batch_id} lacks a file at one of {positions[:20]}")
        db.execute("UPDATE batches SET updated_at = ? WHERE id = ?", (now, batch_id))


def set_state(database: HistoryDatabase, batch_id: int, state: str) -> None:
    with database.writing() as db:
        db.execute(
            "UPDATE batches SET state = ?, updated_at = ? WHERE id = ?",
            (state, database.clock(), batch_id),
        )


def latest_batch(database: HistoryDatabase, key: str) -> Batch | None:
    """The newest batch that asked this of these files, or None."""
    with database.reading() as db:
        row = db.execute(
            "SELECT id, key, spec, state, created_at FROM batches WHERE key = ? "
            "ORDER BY id DESC LIMIT 1",
            (key,),
        ).fetchone()
    return None if row is None else _batch_of(row)


def unfinished_batches(database: HistoryDatabase) -> list[Batch]:
    """The batches that stopped before every file had its answer (a crash, Stop, Quit) and
    those sent as a batch job not collected yet ('job'), newest first: the window lists them
    to resume."""
    with database.reading() as db:
        rows = db.execute(
            "SELECT id, key, spec, state, created_at FROM batches "
            "WHERE state IN ('running', 'job') ORDER BY id DESC"
        ).fetchall()
    return [_batch_of(row) for row in rows]


def unfinished_counts(database: HistoryDatabase) -> dict[int, tuple[int, int]]:
    """Each unfinished batch's files answered and files to send (left-out ones aside), by
    its id: counted by SQLite, no row read."""
    with database.reading() as db:
        rows = db.execute(
            "SELECT batch_id, SUM(status = 'done'), SUM(status != 'skipped') FROM batch_items "
            "WHERE batch_id IN (SELECT id FROM batches WHERE state IN ('running', 'job')) "
            "GROUP BY batch_id"
        ).fetchall()
    return {row[0]: (row[1], row[2]) for row in rows}


def peak_pace(database: HistoryDatabase, model: str, batches: int = 5) -> int | None:
    """The most photos a minute the newest `batches` batches of `model` sent photo by photo
    had answered (or failed) in one clock minute: what the project's per-minute quota let
    through. Only minutes inside a run count (its first and last are partly filled); a
    batch sent as a batch job does not (its rows are saved together when collected). None
    when no run went on long enough. Counted by SQLite."""
    with database.reading() as db:
        row = db.execute(
            """
            WITH recent AS (
                SELECT id FROM batches
                WHERE json_extract(spec, '$.settings.model') = ?1
                    AND id NOT IN (SELECT batch_id FROM batch_jobs)
                ORDER BY id DESC LIMIT ?2
            ), minutes AS (
                SELECT batch_id, CAST(updated_at / 60 AS INTEGER) AS minute, COUNT(*) AS sent
                FROM batch_items
                WHERE batch_id IN (SELECT id FROM recent) AND status IN ('done', 'failed')
                GROUP BY batch_id, minute
            ), spans AS (
                SELECT batch_id, MIN(minute) AS first, MAX(minute) AS last
                FROM minutes GROUP BY batch_id
            )
            SELECT MAX(sent) FROM minutes JOIN spans USING (batch_id)
            WHERE minute > first AND minute < last
            """,
            (model, batches),
        ).fetchone()
    return row[0] if row and row[0] else None


def batch_by_id(database: HistoryDatabase, batch_id: int) -> Batch | None:
    with database.reading() as db:
        row = db.execute(
            "SELECT id, key, spec, state, created_at FROM batches WHERE id = ?", (batch_id,)
        ).fetchone()
    return None if row is None else _batch_of(row)


def set_approved(
    database: HistoryDatabase, batch_id: int, positions: Sequence[int], approved: bool
) -> None:
    """Mark files approved (or not) in the review; a result saved later keeps the mark."""
    with database.writing() as db:
        db.executemany(
            "UPDATE batch_items SET approved = ? WHERE batch_id = ? AND position = ?",
            [(int(approved), batch_id, position) for position in positions],
        )


def batch_items(database: HistoryDatabase, batch_id: int) -> list[BatchItem]:
    with database.reading() as db:
        rows = db.execute(
            f"SELECT {_ITEM_COLUMNS}, approved FROM batch_items WHERE batch_id = ? "
            "ORDER BY position",
            (batch_id,),
        ).fetchall()
    return [_item_of(row) for row in rows]


def _batch_of(row: Sequence[Any]) -> Batch:
    spec = from_json(row[2])
    return Batch(row[0], row[1], spec if isinstance(spec, dict) else {}, row[3], row[4])


def _item_values(item: BatchItem) -> tuple[Any, ...]:
    return (
        item.position,
        item.path,
        str(item.status),
        item.text,
        to_json(dict(item.fields)),
        to_json(None if item.error is None else dict(item.error)),
        to_json(None if item.usage is None else dict(item.usage)),
        item.model_version,
    )


def _item_of(row: Sequence[Any]) -> BatchItem:
    fields, error, usage = (from_json(text) for text in row[4:7])
    return BatchItem(
        position=row[0],
        path=row[1],
        status=ItemStatus(row[2]),
        text=row[3] or "",
        fields=fields if isinstance(fields, dict) else {},
        error=error if isinstance(error, dict) else None,
        usage=usage if isinstance(usage, dict) else None,
        model_version=row[7],
        approved=bool(row[8]),
    )
