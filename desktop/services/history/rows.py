"""Rows of the history database as the core's data, and back: times, JSON columns, LIKE
patterns."""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from desktop.core.conversation import (
    AttachmentRef,
    ConversationSummary,
    NewAttachment,
    Turn,
    TurnStatus,
)

log = logging.getLogger(__name__)

AttachmentInput = NewAttachment | tuple[bytes | Path, str, str]

SUMMARY_COLUMNS = "id, title, created_at, updated_at, first_image, turn_count, compare_id"
TURN_COLUMNS = (
    "id, role, text, thoughts, status, finish_reason, usage, model_version, error, details, "
    "created_at"
)


def new_attachment(item: AttachmentInput) -> NewAttachment:
    if isinstance(item, NewAttachment):
        return item
    source, mime_type, name = item
    return NewAttachment(source, mime_type, name)


def rowid(cursor: sqlite3.Cursor) -> int:
    value = cursor.lastrowid
    assert value is not None
    return value


def to_time(value: float) -> datetime:
    return datetime.fromtimestamp(value, UTC)


def to_json(value: Any) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False)


def from_json(text: str | None) -> Any:
    if text is None:
        return None
    try:
        return json.loads(text)
    except ValueError:
        log.warning("Unreadable JSON in the history: %.80r", text)
        return None


def like_pattern(term: str) -> str:
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def summary_of(row: Sequence[Any]) -> ConversationSummary:
    return ConversationSummary(
        id=row[0],
        title=row[1],
        created_at=to_time(row[2]),
        updated_at=to_time(row[3]),
        first_image_hash=row[4],
        turn_count=row[5],
        compare_of=row[6],
    )


def turn_of(row: Sequence[Any], attachments: tuple[AttachmentRef, ...]) -> Turn:
    (turn_id, role, text, thoughts, status, finish, usage, version, error, details, created) = row
    details_data = from_json(details)
    try:
        turn_status = TurnStatus(status)
    except ValueError:  # a status from a newer version: show it as interrupted, retryable
        turn_status = TurnStatus.INTERRUPTED
    return Turn(
        id=turn_id,
        role=role,
        text=text,
        created_at=to_time(created),
        thoughts=thoughts,
        attachments=attachments,
        status=turn_status,
        finish_reason=finish,
        usage=from_json(usage),
        model_version=version,
        error=from_json(error),
        details=details_data if isinstance(details_data, dict) else {},
    )


def read_turns(db: sqlite3.Connection, where: str, args: Sequence[Any]) -> list[Turn]:
    """The turns matching `where` (over `turns t`), in order, with their attachments."""
    rows = db.execute(
        f"SELECT {', '.join('t.' + c for c in TURN_COLUMNS.split(', '))} FROM turns t "
        f"WHERE {where} ORDER BY t.conversation_id, t.position",
        args,
    ).fetchall()
    if not rows:
        return []
    attachments: dict[int, list[AttachmentRef]] = {}
    marks = ",".join("?" * len(rows))
    for turn_id, sha256, name, mime, clip_start, clip_end, resolution, size, uri in db.execute(
        "SELECT a.turn_id, a.sha256, a.name, a.mime_type, a.clip_start, a.clip_end, "
        "a.media_resolution, f.size, f.uri "
        "FROM turn_attachments a JOIN attachments f ON f.sha256 = a.sha256 "
        f"WHERE a.turn_id IN ({marks}) ORDER BY a.turn_id, a.position",
        [row[0] for row in rows],
    ):
        attachments.setdefault(turn_id, []).append(
            AttachmentRef(sha256, mime, name, size, clip_start, clip_end, uri, resolution)
        )
    return [turn_of(row, tuple(attachments.get(row[0], ()))) for row in rows]
