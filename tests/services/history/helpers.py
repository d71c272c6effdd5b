"""What the history tests share: PNG files on disk, a clock that moves, read-only folders."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from desktop.services.history import HistoryStore
from tests.photos import png_bytes


def write_png(path: Path, **kwargs: object) -> Path:
    path.write_bytes(png_bytes(**kwargs))  # type: ignore[arg-type]
    return path


class StepClock:
    """Unix time that moves one second on every reading, so "newest first" is certain."""

    def __init__(self, start: float = 1_750_000_000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        self.now += 1.0
        return self.now


def fill_up(store: HistoryStore) -> None:
    """SQLite's own limit on the file's size: the next page it needs is a real SQLITE_FULL,
    as on a full disk."""
    db = _file_of(store)
    pages = db.execute("PRAGMA page_count").fetchone()[0]
    db.execute(f"PRAGMA max_page_count = {pages}")


def free_up(store: HistoryStore) -> None:
    """Room again, as when the user empties the bin."""
    _file_of(store).execute("PRAGMA max_page_count = 1073741823")


def _file_of(store: HistoryStore) -> sqlite3.Connection:
    disk = store._disk
    assert disk is not None and disk.path is not None
    return disk.connection


def fts_integrity(store: HistoryStore) -> None:
    """FTS5's own check that the index matches the turns (raises when it does not)."""
    store.database.connection.execute(
        "INSERT INTO turns_fts (turns_fts, rank) VALUES ('integrity-check', 1)"
    )


@contextmanager
def raw(path: Path) -> Iterator[sqlite3.Connection]:
    """A plain connection to a history file, for looking underneath the store."""
    db = sqlite3.connect(path, isolation_level=None)
    try:
        yield db
    finally:
        db.close()


def _is_root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0


def _fail_or_skip(reason: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(reason)  # CI can make a read-only folder: a skip there hides a gap
    pytest.skip(reason)


@contextmanager
def read_only(folder: Path) -> Iterator[str]:
    """Make `folder` and what is in it unwritable, really: permissions for a normal user;
    as root (who ignores permissions), the immutable attribute (chattr +i), which root's
    writes obey too. Yields how it was done."""
    entries = [folder, *folder.rglob("*")]
    if not _is_root():
        modes = {p: p.stat().st_mode for p in entries}
        for p in entries:
            p.chmod(0o500 if p.is_dir() else 0o400)
        try:
            yield "chmod"
        finally:
            for p, mode in modes.items():
                p.chmod(mode)
        return
    chattr = shutil.which("chattr")
    if chattr is None:
        _fail_or_skip(
            "running as root, and chattr (e2fsprogs) is missing to make a read-only folder"
        )
    result = subprocess.run(
        [chattr, "+i", *map(str, entries)], capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        subprocess.run([chattr, "-i", *map(str, entries)], capture_output=True, check=False)
        _fail_or_skip(f"running as root, and this filesystem refuses chattr +i: {result.stderr}")
    try:
        probe = folder / "probe"
        with pytest.raises(PermissionError):
            probe.write_bytes(b"")
        yield "chattr +i"
    finally:
        subprocess.run([chattr, "-i", *map(str, entries)], check=True)
