"""A history database as each earlier schema version wrote it, with data in it.

`BUILDERS[v](folder)` writes folder/history.sqlite3 (and attachment files) exactly as
version v left them, using only v's own SQL, and returns what the latest store must still
show. When schema v2 arrives, BUILDERS[1] stays as it is and gains a sibling for v2; the
test that every version has a builder fails until then.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from desktop.services.history.schema import migrate
from tests.services.history.helpers import png_bytes


@dataclass
class Expected:
    """What must survive the migration."""

    titles: list[str] = field(default_factory=list)  # the sidebar, newest first
    turns: dict[str, list[tuple[str, str, str]]] = field(
        default_factory=dict
    )  # title: (role, text, status)
    attachments: dict[str, bytes] = field(default_factory=dict)  # sha256: bytes
    settings_model: dict[str, str] = field(default_factory=dict)  # title: model
    searches: dict[str, list[str]] = field(default_factory=dict)  # query: titles


def build_v0(folder: Path) -> Expected:
    """Version 0: the empty file SQLite leaves when nothing was ever written."""
    (folder / "history.sqlite3").write_bytes(b"")
    return Expected()


def build_v1(folder: Path) -> Expected:
    """Version 1, with SQL written against v1's tables (not the store's methods, which
    will follow later schemas)."""
    photo = png_bytes(colour=(10, 200, 10))
    sha = hashlib.sha256(photo).hexdigest()
    target = folder / "attachments" / sha[:2] / sha
    target.parent.mkdir(parents=True)
    target.write_bytes(photo)

    db = sqlite3.connect(folder / "history.sqlite3", isolation_level=None)
    migrate(db, target=1)
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA foreign_keys = ON")
    db.execute("BEGIN")
    settings = json.dumps({"model": "gemini-2.5-pro", "generation_config": {"temperature": 0.4}})
    db.execute(
        "INSERT INTO conversations (id, title, created_at, updated_at, settings, first_image) "
        "VALUES (1, 'Garden photo', 1000, 1010, ?, ?)",
        (settings, sha),
    )
    db.execute(
        "INSERT INTO conversations (id, title, title_edited, created_at, updated_at) "
        "VALUES (2, 'My renamed chat', 1, 1020, 1030)"
    )
    db.execute(
        "INSERT INTO conversations (id, title, created_at, updated_at, deleted_at) "
        "VALUES (3, 'Deleted one', 1040, 1050, 1060)"
    )
    turns = [
        (1, 1, 0, "user", "What grows in this garden?", "complete", 1001),
        (2, 1, 1, "model", "Tomatoes and basil.", "complete", 1002),
        (3, 2, 0, "user", "Translate 東京タワー", "complete", 1021),
        (4, 2, 1, "model", "Tokyo Tower", "streaming", 1022),
        (5, 3, 0, "user", "something deleted", "complete", 1041),
    ]
    db.executemany(
        "INSERT INTO turns (id, conversation_id, position, role, text, status, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        turns,
    )
    db.execute(
        "UPDATE turns SET finish_reason = 'STOP', usage = ? WHERE id = 2",
        ('{"totalTokenCount": 9}',),
    )
    db.execute(
        "INSERT INTO attachments (sha256, size, created_at) VALUES (?, ?, 1001)", (sha, len(photo))
    )
    db.execute(
        "INSERT INTO turn_attachments (turn_id, position, sha256, name, mime_type) "
        "VALUES (1, 0, ?, 'garden.png', 'image/png')",
        (sha,),
    )
    db.execute("COMMIT")
    db.close()
    return Expected(
        titles=["My renamed chat", "Garden photo"],
        turns={
            "Garden photo": [
                ("user", "What grows in this garden?", "complete"),
                ("model", "Tomatoes and basil.", "complete"),
            ],
            "My renamed chat": [
                ("user", "Translate 東京タワー", "complete"),
                ("model", "Tokyo Tower", "interrupted"),  # streaming when v1 last ran
            ],
        },
        attachments={sha: photo},
        settings_model={"Garden photo": "gemini-2.5-pro", "My renamed chat": ""},
        searches={"basil": ["Garden photo"], "東京タワー": ["My renamed chat"], "deleted": []},
    )


BUILDERS: dict[int, Callable[[Path], Expected]] = {0: build_v0, 1: build_v1}
