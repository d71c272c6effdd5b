"""The history database's schema and its migrations, numbered by `PRAGMA user_version`.

`MIGRATIONS[n]` takes a database from version n to n + 1 inside one transaction, together
with the new `user_version`, so a crash or a full disk mid-migration leaves the old version
whole. Version 0 is an empty or new file. A later schema is one more function appended here,
plus a builder for the version before it in tests/services/history/versions.py.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence

Migration = Callable[[sqlite3.Connection], None]


def _create_v1(db: sqlite3.Connection) -> None:
    for statement in _V1:
        db.execute(statement)


_V1 = (
    """
    CREATE TABLE conversations (
        id INTEGER PRIMARY KEY,
        title TEXT NOT NULL DEFAULT '',
        title_edited INTEGER NOT NULL DEFAULT 0,   -- renamed by the user: keep their title
        created_at REAL NOT NULL,                  -- Unix time, seconds
        updated_at REAL NOT NULL,
        settings TEXT NOT NULL DEFAULT '{}',       -- ChatSettings.to_json()
        first_image TEXT,                          -- SHA-256 of the first image: the thumbnail
        turn_count INTEGER NOT NULL DEFAULT 0,     -- kept by the triggers below
        deleted_at REAL                            -- set: deleted, undo still possible
    )
    """,
    """
    CREATE INDEX conversations_recent ON conversations (updated_at DESC, id DESC)
        WHERE deleted_at IS NULL
    """,
    """
    CREATE TABLE turns (
        id INTEGER PRIMARY KEY,
        conversation_id INTEGER NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('user', 'model')),
        text TEXT NOT NULL DEFAULT '',
        thoughts TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL,
        finish_reason TEXT,
        usage TEXT,                                -- JSON
        model_version TEXT,
        error TEXT,                                -- JSON: code, status, message, hint
        details TEXT,                              -- JSON: citations, grounding, safety...
        created_at REAL NOT NULL,
        UNIQUE (conversation_id, position)
    )
    """,
    "CREATE INDEX turns_streaming ON turns (status) WHERE status = 'streaming'",
    """
    CREATE TABLE attachments (
        sha256 TEXT PRIMARY KEY,                   -- the file is attachments/<sha[:2]>/<sha>
        size INTEGER NOT NULL,
        created_at REAL NOT NULL
    ) WITHOUT ROWID
    """,
    """
    CREATE TABLE turn_attachments (
        turn_id INTEGER NOT NULL REFERENCES turns (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        sha256 TEXT NOT NULL REFERENCES attachments (sha256),
        name TEXT NOT NULL,
        mime_type TEXT NOT NULL,
        clip_start REAL,
        clip_end REAL,
        PRIMARY KEY (turn_id, position)
    ) WITHOUT ROWID
    """,
    "CREATE INDEX turn_attachments_sha ON turn_attachments (sha256)",
    """
    CREATE TRIGGER turns_count_insert AFTER INSERT ON turns BEGIN
        UPDATE conversations SET turn_count = turn_count + 1 WHERE id = new.conversation_id;
    END
    """,
    """
    CREATE TRIGGER turns_count_delete AFTER DELETE ON turns BEGIN
        UPDATE conversations SET turn_count = turn_count - 1 WHERE id = old.conversation_id;
    END
    """,
    # Full-text search over what was said. The trigram tokenizer matches any substring of
    # three or more characters: Chinese and Japanese have no spaces for unicode61 to split
    # words at, "photo" should find "photos", and punctuation ("C++", "e-mail") is kept.
    # An answer is indexed once it stops streaming, not on every autosave: re-indexing the
    # whole text every second would grow the index by the answer's size each time. The view
    # is the external content, so 'rebuild' and 'integrity-check' agree with the triggers.
    "CREATE VIEW searchable_turns AS SELECT id, text FROM turns WHERE status != 'streaming'",
    """
    CREATE VIRTUAL TABLE turns_fts USING fts5 (
        text, content = 'searchable_turns', content_rowid = 'id', tokenize = 'trigram'
    )
    """,
    """
    CREATE TRIGGER turns_fts_insert AFTER INSERT ON turns WHEN new.status != 'streaming' BEGIN
        INSERT INTO turns_fts (rowid, text) VALUES (new.id, new.text);
    END
    """,
    """
    CREATE TRIGGER turns_fts_delete AFTER DELETE ON turns WHEN old.status != 'streaming' BEGIN
        INSERT INTO turns_fts (turns_fts, rowid, text) VALUES ('delete', old.id, old.text);
    END
    """,
    # One trigger, two statements: the old text leaves the index before the new one enters.
    """
    CREATE TRIGGER turns_fts_update AFTER UPDATE OF text, status ON turns BEGIN
        INSERT INTO turns_fts (turns_fts, rowid, text)
            SELECT 'delete', old.id, old.text WHERE old.status != 'streaming';
        INSERT INTO turns_fts (rowid, text)
            SELECT new.id, new.text WHERE new.status != 'streaming';
    END
    """,
)


def _add_links(db: sqlite3.Connection) -> None:
    """Version 2: an attachment may be a link (a YouTube address) instead of a file. Its row
    holds the address in `uri`, its sha256 is the link's own (`link_sha256`), its size is 0,
    and no file is ever written for it."""
    db.execute("ALTER TABLE attachments ADD COLUMN uri TEXT")


def _add_batches(db: sqlite3.Connection) -> None:
    """Version 3: batches (one question asked of many photos, services/batch). Each photo's
    result is its own row, saved as it arrives, so an interrupted batch resumes where it
    stopped and no photo with an answer is sent again."""
    for statement in _V3:
        db.execute(statement)


_V3 = (
    """
    CREATE TABLE batches (
        id INTEGER PRIMARY KEY,
        key TEXT NOT NULL,                         -- what was asked of which files: resume
        spec TEXT NOT NULL,                        -- JSON: the question, model and settings
        state TEXT NOT NULL,                       -- running, finished
        created_at REAL NOT NULL,
        updated_at REAL NOT NULL
    )
    """,
    "CREATE INDEX batches_key ON batches (key, id DESC)",
    """
    CREATE TABLE batch_items (
        batch_id INTEGER NOT NULL REFERENCES batches (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        path TEXT NOT NULL,
        status TEXT NOT NULL,                      -- pending, done, failed, skipped
        text TEXT,                                 -- the answer as the model wrote it
        fields TEXT,                               -- JSON: the result's fields, by column
        error TEXT,                                -- JSON: code, status, message, hint
        usage TEXT,                                -- JSON: usageMetadata
        model_version TEXT,
        updated_at REAL NOT NULL,
        PRIMARY KEY (batch_id, position)
    ) WITHOUT ROWID
    """,
)


def _add_part_resolution(db: sqlite3.Connection) -> None:
    """Version 4: a file may carry its own media resolution (MEDIA_RESOLUTION_LOW up to
    MEDIA_RESOLUTION_ULTRA_HIGH), chosen on its chip and sent on its part; NULL for none."""
    db.execute("ALTER TABLE turn_attachments ADD COLUMN media_resolution TEXT")


def _add_answer_versions(db: sqlite3.Connection) -> None:
    """Version 5, answer versions: Retry writes a new version of an answer in its place and
    keeps the earlier ones ("1 of 2"). A version's row names the slot's first answer in `version_of`
    (its position is only unique, never shown: the slot's place is the first answer's);
    the first answer's `chosen_version` names the version the conversation goes on from
    (NULL: the first answer itself). Versions are not counted as turns."""
    for statement in _ANSWER_VERSIONS:
        db.execute(statement)


_ANSWER_VERSIONS = (
    "ALTER TABLE turns ADD COLUMN version_of INTEGER REFERENCES turns (id) ON DELETE CASCADE",
    "ALTER TABLE turns ADD COLUMN chosen_version INTEGER",
    "CREATE INDEX turns_versions ON turns (version_of) WHERE version_of IS NOT NULL",
    "DROP TRIGGER turns_count_insert",
    "DROP TRIGGER turns_count_delete",
    """
    CREATE TRIGGER turns_count_insert AFTER INSERT ON turns WHEN new.version_of IS NULL BEGIN
        UPDATE conversations SET turn_count = turn_count + 1 WHERE id = new.conversation_id;
    END
    """,
    """
    CREATE TRIGGER turns_count_delete AFTER DELETE ON turns WHEN old.version_of IS NULL BEGIN
        UPDATE conversations SET turn_count = turn_count - 1 WHERE id = old.conversation_id;
    END
    """,
)


def _add_batch_jobs(db: sqlite3.Connection) -> None:
    """Version 6: batch jobs. A batch sent to one of Google's batch engines
    (services/batch/jobs) is known by the job's name there, so its state and counts show,
    and its results are collected into the batch's rows, also after a restart."""
    db.execute(_BATCH_JOBS)


_BATCH_JOBS = """
    CREATE TABLE batch_jobs (
        name TEXT PRIMARY KEY,                     -- batches/ID, or the Vertex AI job's name
        batch_id INTEGER NOT NULL REFERENCES batches (id) ON DELETE CASCADE,
        engine TEXT NOT NULL,                      -- gemini, vertex
        state TEXT NOT NULL,                       -- JobState: PENDING, RUNNING, SUCCEEDED...
        counts TEXT NOT NULL DEFAULT '{}',         -- JSON: total, succeeded, failed
        details TEXT NOT NULL DEFAULT '{}',        -- JSON: input and output places, error
        collected INTEGER NOT NULL DEFAULT 0,      -- its results are in batch_items
        created_at REAL NOT NULL,
        updated_at REAL NOT NULL
    )
    """


def _add_batch_approvals(db: sqlite3.Connection) -> None:
    """Version 7: a file of a batch marked approved in the review table keeps the mark
    after the window closes (it was only in the window's memory)."""
    db.execute("ALTER TABLE batch_items ADD COLUMN approved INTEGER NOT NULL DEFAULT 0")


def _add_compares(db: sqlite3.Connection) -> None:
    """Version 8: compares (ui/compare). Each column of a compare is a conversation of its
    own; `compare_id` ties them together (the first column's id; NULL for a conversation
    that is no compare) and `compare_column` is its place, 0 first. The sidebar lists a
    compare once, by its first column."""
    db.execute("ALTER TABLE conversations ADD COLUMN compare_id INTEGER")
    db.execute("ALTER TABLE conversations ADD COLUMN compare_column INTEGER")
    db.execute(
        "CREATE INDEX conversations_compare ON conversations (compare_id) "
        "WHERE compare_id IS NOT NULL"
    )


MIGRATIONS: tuple[Migration, ...] = (
    _create_v1,
    _add_links,
    _add_batches,
    _add_part_resolution,
    _add_answer_versions,
    _add_batch_jobs,
    _add_batch_approvals,
    _add_compares,
)
SCHEMA_VERSION = len(MIGRATIONS)


class SchemaTooNewError(Exception):
    """The file was written by a newer Gemini Desktop; this one must not touch it."""

    def __init__(self, version: int) -> None:
        super().__init__(f"history schema version {version} is newer than {SCHEMA_VERSION}")
        self.version = version


def schema_version(db: sqlite3.Connection) -> int:
    row = db.execute("PRAGMA user_version").fetchone()
    return int(row[0])


def migrate(
    db: sqlite3.Connection,
    *,
    target: int | None = None,
    migrations: Sequence[Migration] = MIGRATIONS,
) -> int:
    """Bring the database to `target` (default: the latest), one transaction per step.
    Returns the version it had before. The connection must be in autocommit mode."""
    latest = len(migrations)
    target = latest if target is None else target
    start = schema_version(db)
    if start > latest:
        raise SchemaTooNewError(start)
    for version in range(start, target):
        db.execute("BEGIN IMMEDIATE")
        try:
            migrations[version](db)
            db.execute(f"PRAGMA user_version = {version + 1}")
            db.execute("COMMIT")
        except BaseException:
            if db.in_transaction:
                db.execute("ROLLBACK")
            raise
    return start
