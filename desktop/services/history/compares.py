"""The history's compares: two or three conversations asked the same questions side by side,
one per column. Each column is a conversation of its own (so the one send pipeline saves it
as any other); `conversations.compare_id` names the compare (its first column's id) and
`compare_column` the column. Queries over a HistoryDatabase; HistoryStore calls them."""

from __future__ import annotations

from collections.abc import Sequence

from desktop.core.conversation import ChatSettings
from desktop.services.history.database import HistoryDatabase
from desktop.services.history.rows import rowid


def create_compare(database: HistoryDatabase, settings: Sequence[ChatSettings]) -> list[int]:
    """One empty conversation per column, in order, tied together; their ids (the first
    is the compare's id)."""
    now = database.clock()
    ids: list[int] = []
    with database.writing() as db:
        for column, chosen in enumerate(settings):
            cursor = db.execute(
                "INSERT INTO conversations (created_at, updated_at, settings, compare_id, "
                "compare_column) VALUES (?, ?, ?, ?, ?)",
                (now, now, chosen.to_json(), ids[0] if ids else None, column),
            )
            ids.append(rowid(cursor))
        db.execute("UPDATE conversations SET compare_id = ? WHERE id = ?", (ids[0], ids[0]))
    return ids


def compare_of(database: HistoryDatabase, conversation_id: int) -> int | None:
    """The compare a conversation is a column of, or None."""
    with database.reading() as db:
        row = db.execute(
            "SELECT compare_id FROM conversations WHERE id = ?", (conversation_id,)
        ).fetchone()
    return None if row is None else row[0]


def compare_columns(database: HistoryDatabase, compare_id: int) -> list[int]:
    """The conversations of a compare, column by column."""
    with database.reading() as db:
        rows = db.execute(
            "SELECT id FROM conversations WHERE compare_id = ? ORDER BY compare_column, id",
            (compare_id,),
        ).fetchall()
    return [row[0] for row in rows]


def copy_alone(database: HistoryDatabase, conversation_id: int) -> int:
    """A copy of one column as a conversation of its own ('Continue alone'): its settings,
    turns and files (the files are shared, not copied); the compare stays whole."""
    now = database.clock()
    with database.writing() as db:
        cursor = db.execute(
            "INSERT INTO conversations (title, title_edited, created_at, updated_at, settings, "
            "first_image) SELECT title, title_edited, ?, ?, settings, first_image "
            "FROM conversations WHERE id = ?",
            (now, now, conversation_id),
        )
        copy = rowid(cursor)
        # Each place of the conversation once, as shown: an answer retried into versions
        # goes as the version chosen (its earlier versions stay with the column).
        slots = db.execute(
            "SELECT position, COALESCE(chosen_version, id) FROM turns "
            "WHERE conversation_id = ? AND version_of IS NULL ORDER BY position",
            (conversation_id,),
        ).fetchall()
        for position, shown in slots:
            new_turn = rowid(
                db.execute(
                    "INSERT INTO turns (conversation_id, position, role, text, thoughts, status, "
                    "finish_reason, usage, model_version, error, details, created_at) "
                    "SELECT ?, ?, role, text, thoughts, status, finish_reason, usage, "
                    "model_version, error, details, created_at FROM turns WHERE id = ?",
                    (copy, position, shown),
                )
            )
            db.execute(
                "INSERT INTO turn_attachments (turn_id, position, sha256, name, mime_type, "
                "clip_start, clip_end, media_resolution) SELECT ?, position, sha256, name, "
                "mime_type, clip_start, clip_end, media_resolution FROM turn_attachments "
                "WHERE turn_id = ?",
                (new_turn, shown),
            )
    return copy
