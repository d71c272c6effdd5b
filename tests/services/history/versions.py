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
from tests.photos import png_bytes


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
    links: dict[str, list[tuple[str, str]]] = field(
        default_factory=dict
    )  # title: (name, uri) of each link in the conversation
    resolutions: dict[str, list[tuple[str, str | None]]] = field(
        default_factory=dict
    )  # title: (name, media_resolution) of each file in the conversation


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


def build_v2(folder: Path) -> Expected:
    """Version 2: v1's data, and a YouTube link beside a photo in one question. A link's
    row has its address in attachments.uri, size 0 and no file; its sha256 is the link's
    own (link_sha256, written out here as v2 computes it)."""
    expected = build_v1(folder)
    link = "https://www.youtube.com/watch?v=dQw4w9WgXcQ"
    link_sha = hashlib.sha256(b"gemini-desktop-link\n" + link.encode()).hexdigest()
    (photo_sha,) = expected.attachments

    db = sqlite3.connect(folder / "history.sqlite3", isolation_level=None)
    migrate(db, target=2)
    db.execute("PRAGMA foreign_keys = ON")
    db.execute("BEGIN")
    db.execute(
        "INSERT INTO conversations (id, title, created_at, updated_at) "
        "VALUES (4, 'Music video', 1070, 1080)"
    )
    db.executemany(
        "INSERT INTO turns (id, conversation_id, position, role, text, status, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            (6, 4, 0, "user", "Summarise this video", "complete", 1071),
            (7, 4, 1, "model", "A man promises never to give you up.", "complete", 1072),
        ],
    )
    db.execute(
        "INSERT INTO attachments (sha256, size, created_at, uri) VALUES (?, 0, 1071, ?)",
        (link_sha, link),
    )
    db.executemany(
        "INSERT INTO turn_attachments (turn_id, position, sha256, name, mime_type, clip_start, "
        "clip_end) VALUES (6, ?, ?, ?, ?, ?, ?)",
        [
            (0, link_sha, "YouTube video dQw4w9WgXcQ", "video/mp4", 30.0, None),
            (1, photo_sha, "garden.png", "image/png", None, None),
        ],
    )
    db.execute("COMMIT")
    db.close()
    expected.titles.insert(0, "Music video")
    expected.turns["Music video"] = [
        ("user", "Summarise this video", "complete"),
        ("model", "A man promises never to give you up.", "complete"),
    ]
    expected.settings_model["Music video"] = ""
    expected.searches["promises"] = ["Music video"]
    expected.links["Music video"] = [("YouTube video dQw4w9WgXcQ", link)]
    return expected


def build_v3(folder: Path) -> Expected:
    """Version 3: v2's data and a batch with one file answered and one pending."""
    expected = build_v2(folder)
    db = sqlite3.connect(folder / "history.sqlite3", isolation_level=None)
    migrate(db, target=3)
    db.execute("BEGIN")
    db.execute(
        "INSERT INTO batches (id, key, spec, state, created_at, updated_at) "
        "VALUES (1, 'k', '{}', 'running', 1090, 1091)"
    )
    db.executemany(
        "INSERT INTO batch_items (batch_id, position, path, status, text, fields, updated_at) "
        "VALUES (1, ?, ?, ?, ?, ?, 1091)",
        [
            (0, "/photos/a.jpg", "done", "A harbour", '{"alt_text": "A harbour"}'),
            (1, "/photos/b.jpg", "pending", None, None),
        ],
    )
    db.execute("COMMIT")
    db.close()
    return expected


def build_v4(folder: Path) -> Expected:
    """Version 4: v3's data, and the photo beside the link sent at its own media
    resolution (turn_attachments.media_resolution)."""
    expected = build_v3(folder)
    db = sqlite3.connect(folder / "history.sqlite3", isolation_level=None)
    migrate(db, target=4)
    db.execute(
        "UPDATE turn_attachments SET media_resolution = 'MEDIA_RESOLUTION_ULTRA_HIGH' "
        "WHERE turn_id = 6 AND position = 1"
    )
    db.close()
    expected.resolutions["Music video"] = [
        ("YouTube video dQw4w9WgXcQ", None),
        ("garden.png", "MEDIA_RESOLUTION_ULTRA_HIGH"),
    ]
    return expected


def build_v5(folder: Path) -> Expected:
    """Version 5: v4's data, and an answer retried once: the second version chosen, the
    first kept (turns.version_of, turns.chosen_version), not counted as a turn."""
    expected = build_v4(folder)
    db = sqlite3.connect(folder / "history.sqlite3", isolation_level=None)
    migrate(db, target=5)
    db.execute("PRAGMA foreign_keys = ON")
    db.execute("BEGIN")
    db.execute(
        "INSERT INTO conversations (id, title, created_at, updated_at) "
        "VALUES (5, 'Two versions', 1100, 1110)"
    )
    db.executemany(
        "INSERT INTO turns (id, conversation_id, position, role, text, status, created_at, "
        "version_of) VALUES (?, 5, ?, ?, ?, 'complete', ?, ?)",
        [
            (8, 0, "user", "A colour, please", 1101, None),
            (9, 1, "model", "Vermilion", 1102, None),
            (10, 2, "model", "Cerulean", 1103, 9),
        ],
    )
    db.execute("UPDATE turns SET chosen_version = 10 WHERE id = 9")
    db.execute("COMMIT")
    db.close()
    expected.titles.insert(0, "Two versions")
    expected.turns["Two versions"] = [
        ("user", "A colour, please", "complete"),
        ("model", "Cerulean", "complete"),
    ]
    expected.settings_model["Two versions"] = ""
    expected.searches["Vermilion"] = ["Two versions"]
    return expected


def build_v6(folder: Path) -> Expected:
    """Version 6: v5's data and a batch job of v3's batch."""
    expected = build_v5(folder)
    db = sqlite3.connect(folder / "history.sqlite3", isolation_level=None)
    migrate(db, target=6)
    db.execute(
        "INSERT INTO batch_jobs (name, batch_id, engine, state, counts, details, created_at, "
        "updated_at) VALUES ('batches/abc123', 1, 'gemini', 'RUNNING', '{\"total\": 2}', "
        "'{}', 1092, 1093)"
    )
    db.close()
    return expected


def build_v7(folder: Path) -> Expected:
    """Version 7: v6's data and its batch's first file approved."""
    expected = build_v6(folder)
    db = sqlite3.connect(folder / "history.sqlite3", isolation_level=None)
    migrate(db, target=7)
    db.execute("UPDATE batch_items SET approved = 1 WHERE batch_id = 1 AND position = 0")
    db.close()
    return expected


def build_v8(folder: Path) -> Expected:
    """Version 8: v7's data, and a compare of two columns (conversations 7 and 8, tied by
    compare_id 7), listed once, by its first column."""
    expected = build_v7(folder)
    db = sqlite3.connect(folder / "history.sqlite3", isolation_level=None)
    migrate(db, target=8)
    db.execute("PRAGMA foreign_keys = ON")
    db.execute("BEGIN")
    for conversation, column, model in ((7, 0, "gemini-2.5-flash"), (8, 1, "gemini-2.5-pro")):
        db.execute(
            "INSERT INTO conversations (id, title, created_at, updated_at, settings, "
            "compare_id, compare_column) VALUES (?, 'Which tree?', 1200, 1210, ?, 7, ?)",
            (conversation, json.dumps({"model": model}), column),
        )
        db.executemany(
            "INSERT INTO turns (id, conversation_id, position, role, text, status, created_at) "
            "VALUES (?, ?, ?, ?, ?, 'complete', 1201)",
            [
                (conversation * 10, conversation, 0, "user", "Which tree is this?"),
                (conversation * 10 + 1, conversation, 1, "model", f"An oak, says {model}."),
            ],
        )
    db.execute("COMMIT")
    db.close()
    expected.titles.insert(0, "Which tree?")
    expected.turns["Which tree?"] = [
        ("user", "Which tree is this?", "complete"),
        ("model", "An oak, says gemini-2.5-flash.", "complete"),
    ]
    expected.settings_model["Which tree?"] = "gemini-2.5-flash"
    expected.searches["oak"] = ["Which tree?"]
    return expected


BUILDERS: dict[int, Callable[[Path], Expected]] = {
    0: build_v0,
    1: build_v1,
    2: build_v2,
    3: build_v3,
    4: build_v4,
    5: build_v5,
    6: build_v6,
    7: build_v7,
    8: build_v8,
}
