"""SQLite and OS failures of the history store, sorted into what the user is told."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

from desktop.core.errors import HistoryUnavailableError

# SQLite's primary result codes (https://sqlite.org/rescode.html); the extended code that
# Python reports carries the primary one in its low byte.
SQLITE_PERM = 3
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_NOTADB = 26

_FULL_ERRNOS = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG})
_READ_ONLY_ERRNOS = frozenset({errno.EROFS, errno.EACCES, errno.EPERM})


def primary_code(exc: sqlite3.Error) -> int | None:
    code = getattr(exc, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def is_corruption(exc: sqlite3.Error) -> bool:
    """The file is not a database, or its pages do not add up."""
    return primary_code(exc) in (SQLITE_CORRUPT, SQLITE_NOTADB)


_UNAVAILABLE = frozenset(
    {
        SQLITE_PERM,
        SQLITE_BUSY,
        SQLITE_LOCKED,
        SQLITE_READONLY,
        SQLITE_IOERR,
        SQLITE_FULL,
        SQLITE_CANTOPEN,
    }
)


def is_unavailable(exc: sqlite3.Error) -> bool:
    """The database cannot be written (or reached) right now: full, read-only, locked by
    another program, failing disk. Anything else (SQL errors, constraints) is our own bug
    and goes to the crash report instead."""
    return primary_code(exc) in _UNAVAILABLE


def from_sqlite(exc: sqlite3.Error, folder: Path | None) -> HistoryUnavailableError:
    detail = f"{type(exc).__name__}: {exc}"
    code = primary_code(exc)
    if code == SQLITE_FULL:
        return HistoryUnavailableError.disk_full(detail)
    if code in (SQLITE_READONLY, SQLITE_CANTOPEN, SQLITE_PERM):
        return HistoryUnavailableError.read_only(detail, str(folder or "the data folder"))
    return HistoryUnavailableError.failed(detail)


def from_os(exc: OSError, folder: Path | None) -> HistoryUnavailableError:
    detail = f"{type(exc).__name__}: {exc}"
    if exc.errno in _FULL_ERRNOS:
        return HistoryUnavailableError.disk_full(detail)
    if exc.errno in _READ_ONLY_ERRNOS or isinstance(exc, FileExistsError | NotADirectoryError):
        # A file where the data folder should be is as unwritable as a read-only folder.
        return HistoryUnavailableError.read_only(detail, str(folder or "the data folder"))
    return HistoryUnavailableError.failed(detail)
