"""Answer versions: Retry writes a new version of an answer in its place and keeps the
earlier ones, and the conversation goes on from the one chosen.

The slot's first answer keeps its place among the turns; each later version's row names it
in `version_of`, and the first answer's `chosen_version` names the version on show (NULL:
itself). A loaded conversation holds the chosen version in the slot's place, so the
request sent next, the exports and the window all follow the choice.
"""

from __future__ import annotations

import dataclasses
import sqlite3
from collections.abc import Sequence

from desktop.core.conversation import Turn, TurnStatus
from desktop.services.history.rows import rowid


def fold_versions(
    db: sqlite3.Connection, conversation_id: int, turns: Sequence[Turn]
) -> list[Turn]:
    """The conversation's turns in order (as read_turns gives them, versions included) with
    each answer slot holding its chosen version, which knows its siblings' ids."""
    rows = db.execute(
        "SELECT id, version_of, chosen_version FROM turns WHERE conversation_id = ? "
        "AND (version_of IS NOT NULL OR chosen_version IS NOT NULL) ORDER BY id",
        (conversation_id,),
    ).fetchall()
    if not rows:
        return list(turns)
    later: dict[int, list[int]] = {}
    chosen: dict[int, int] = {}
    for turn_id, version_of, chosen_version in rows:
        if version_of is not None:
            later.setdefault(version_of, []).append(turn_id)
        if chosen_version is not None:
            chosen[turn_id] = chosen_version
    by_id = {turn.id: turn for turn in turns}
    hidden = {turn_id for ids in later.values() for turn_id in ids}
    folded: list[Turn] = []
    for turn in turns:
        if turn.id in hidden:
            continue
        if turn.id not in later:
            folded.append(turn)
            continue
        ids = (turn.id, *later[turn.id])
        shown = by_id.get(chosen.get(turn.id, turn.id), turn)
        folded.append(dataclasses.replace(shown, versions=ids))
    return folded


def slot_of(db: sqlite3.Connection, turn_id: int) -> tuple[int, int]:
    """The answer's conversation and its slot's first answer. KeyError for no answer."""
    row = db.execute(
        "SELECT conversation_id, COALESCE(version_of, id) FROM turns "
        "WHERE id = ? AND role = 'model'",
        (turn_id,),
    ).fetchone()
    if row is None:
        raise KeyError(f"no answer with id {turn_id}")
    return int(row[0]), int(row[1])


def version_ids(db: sqlite3.Connection, first: int) -> tuple[int, ...]:
    """Every version in the slot of the answer `first`, oldest first; () when only one."""
    later = [row[0] for row in db.execute("SELECT id FROM turns WHERE version_of = ?", (first,))]
    return (first, *sorted(later)) if later else ()


def add_version(db: sqlite3.Connection, turn_id: int, now: float) -> int:
    """A new, empty, streaming version in the slot of `turn_id`, chosen; returns its id."""
    conversation_id, first = slot_of(db, turn_id)
    cursor = db.execute(
        "INSERT INTO turns (conversation_id, position, role, text, status, created_at, "
        "version_of) VALUES (?, (SELECT MAX(position) + 1 FROM turns WHERE conversation_id = ?), "
        "'model', '', ?, ?, ?)",
        (conversation_id, conversation_id, TurnStatus.STREAMING, now, first),
    )
    new = rowid(cursor)
    choose(db, new)
    return new


def choose(db: sqlite3.Connection, turn_id: int) -> None:
    """The conversation goes on from this version of its answer."""
    _, first = slot_of(db, turn_id)
    db.execute(
        "UPDATE turns SET chosen_version = ? WHERE id = ?",
        (None if turn_id == first else turn_id, first),
    )
