"""Opening the history's SQLite file: checked, in WAL mode, migrated; a damaged one set
aside; an in-memory copy of what can still be read when the file cannot be written."""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from desktop.core.errors import HistoryUnavailableError
from desktop.services.history import failures
from desktop.services.history.attachments import FolderAttachments
from desktop.services.history.schema import SCHEMA_VERSION, SchemaTooNewError, migrate

log = logging.getLogger(__name__)

HISTORY_FILE = "history.sqlite3"
CORRUPT_PREFIX = "history-corrupt-"
ATTACHMENTS_FOLDER = "attachments"
BUSY_TIMEOUT = 5.0  # seconds another window may hold the write lock

Clock = Callable[[], float]


class CorruptError(Exception):
    """The file is not a database, or SQLite's own check found damage."""


def connect(target: str, *, uri: bool = False) -> sqlite3.Connection:
    # Autocommit (isolation_level=None): transactions are explicit, BEGIN IMMEDIATE.
    return sqlite3.connect(
        target, timeout=BUSY_TIMEOUT, isolation_level=None, check_same_thread=False, uri=uri
    )


def open_database(path: Path) -> sqlite3.Connection:
    """The file, checked, in WAL mode, at the latest schema. Raises CorruptError,
    SchemaTooNewError or sqlite3.Error (cannot be written: full, read-only)."""
    db = connect(str(path))
    try:
        db.execute("PRAGMA foreign_keys = ON")
        version = db.execute("PRAGMA user_version").fetchone()[0]  # reads the header
        if version > SCHEMA_VERSION:
            raise SchemaTooNewError(version)
        problems = [row[0] for row in db.execute("PRAGMA quick_check")]
        if problems != ["ok"]:
            raise CorruptError("; ".join(problems[:5]))
        mode = db.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            raise sqlite3.OperationalError(f"journal_mode stayed {mode}")
        migrate(db)
        # A write now, so a read-only file shows itself at opening, not at the first message.
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    except sqlite3.Error as exc:
        db.close()
        if failures.is_corruption(exc):
            raise CorruptError(str(exc)) from exc
        raise
    except BaseException:
        db.close()
        raise
    return db


def probe_writable(attachments: FolderAttachments) -> None:
    attachments.incoming.mkdir(parents=True, exist_ok=True)
    probe = attachments.incoming / f"probe.{os.getpid()}.partial"
    probe.write_bytes(b"")
    probe.unlink()


def memory_database(earlier: Path | None) -> tuple[sqlite3.Connection, bool]:
    """An in-memory history, starting as a copy of `earlier` when that can be read, and
    whether the copy holds all that `earlier` holds (no file: nothing to miss). Only a
    whole copy may later be written back over the file: its ids are the file's."""
    db = connect(":memory:")
    db.execute("PRAGMA foreign_keys = ON")
    whole = earlier is None or not earlier.exists() or _copy_readable(earlier, db)
    try:
        migrate(db)
    except (SchemaTooNewError, sqlite3.Error):
        log.warning("The readable copy of the history cannot be used", exc_info=True)
        db.close()
        db = connect(":memory:")
        db.execute("PRAGMA foreign_keys = ON")
        migrate(db)
        whole = False
    return db, whole


def _copy_readable(path: Path, db: sqlite3.Connection) -> bool:
    """Copy what can be read of a file we may not write: first as a normal reader, then
    as an immutable file (no -shm needed in a read-only folder; a leftover -wal is lost).
    Returns whether the copy is whole."""
    uri = path.resolve().as_uri()
    for options in ("mode=ro", "mode=ro&immutable=1"):
        try:
            source = connect(f"{uri}?{options}", uri=True)
            try:
                source.backup(db)
            finally:
                source.close()
        except sqlite3.Error:
            log.warning("Could not read %s with %s", path, options, exc_info=True)
            continue
        wal = path.with_name(path.name + "-wal")
        return options == "mode=ro" or not wal.exists() or wal.stat().st_size == 0
    return False


def set_aside(path: Path, clock: Clock) -> Path:
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


def fallback_notice(problem: HistoryUnavailableError, folder: Path | None) -> str:
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


def memory_copy(db: sqlite3.Connection) -> sqlite3.Connection:
    """An in-memory copy of an open history, ids and all (what its WAL holds included):
    where the history goes on when its file stops taking writes."""
    copy = connect(":memory:")
    db.backup(copy)
    copy.execute("PRAGMA foreign_keys = ON")
    return copy
