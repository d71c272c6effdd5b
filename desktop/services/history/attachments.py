"""Attachment files, stored once each under their SHA-256.

On disk a file lives at attachments/<sha[:2]>/<sha>. It is written to attachments/.incoming
first, flushed to the disk, then renamed into place, so a crash or a full disk never leaves a
half file under a real name; a file already there with the right size is not written again.
Conversations only refer to the hash, so moving or deleting the original photo does not
break an old chat.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import time
from collections.abc import Collection, Iterator
from pathlib import Path
from typing import Protocol

from desktop.core.errors import FileProblemError
from desktop.core.messages import Message

log = logging.getLogger(__name__)

CHUNK = 1024 * 1024
INCOMING = ".incoming"
ORPHAN_GRACE = 3600.0  # seconds: a file this new may belong to a turn being saved elsewhere
_SHA256 = re.compile(r"[0-9a-f]{64}")


class AttachmentStore(Protocol):
    def put(self, source: bytes | Path, name: str) -> tuple[str, int]:
        """Store the bytes; returns (sha256, size). Raises FileProblemError when a source
        file cannot be read and OSError when the store cannot write."""
        ...

    def path(self, sha256: str) -> Path | None:
        """The stored file, or None when it is only in memory."""
        ...

    def read(self, sha256: str) -> bytes: ...

    def remove(self, sha256: str) -> None: ...

    def sweep(self, keep: Collection[str], *, grace: float = ORPHAN_GRACE) -> int:
        """Remove stored files no turn refers to; returns how many."""
        ...


def check_hash(sha256: str) -> str:
    if not _SHA256.fullmatch(sha256):
        raise ValueError(f"not a SHA-256 hex digest: {sha256!r}")
    return sha256


def unreadable(name: str) -> FileProblemError:
    return FileProblemError(
        Message("history.file_unreadable", file=name),
        hint=Message("history.file_unreadable.hint"),
    )


def missing() -> FileProblemError:
    return FileProblemError(
        Message("history.file_missing"), hint=Message("history.file_missing.hint")
    )


def _read_chunks(source: bytes | Path, name: str) -> Iterator[bytes]:
    """The source's bytes in pieces; a source file that cannot be read is the user's
    problem (FileProblemError), never mistaken for the store's own OSError."""
    if isinstance(source, bytes):
        yield source
        return
    try:
        with source.open("rb") as file:
            while chunk := file.read(CHUNK):
                yield chunk
    except OSError as exc:
        raise unreadable(name) from exc


def hash_source(source: bytes | Path, name: str) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    for chunk in _read_chunks(source, name):
        digest.update(chunk)
        size += len(chunk)
    return digest.hexdigest(), size


class FolderAttachments:
    """Attachments as files in a folder."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.incoming = root / INCOMING

    def _target(self, sha256: str) -> Path:
        check_hash(sha256)
        return self.root / sha256[:2] / sha256

    def put(self, source: bytes | Path, name: str) -> tuple[str, int]:
        sha256, size = hash_source(source, name)
        target = self._target(sha256)
        if _has_size(target, size):
            return sha256, size  # stored before, by this conversation or another
        self.incoming.mkdir(parents=True, exist_ok=True)
        # Named by hash and process, so two app windows never write into one temp file.
        temp = self.incoming / f"{sha256}.{os.getpid()}.partial"
        try:
            self._write(temp, source, name, sha256)
            if not target.parent.is_dir():
                target.parent.mkdir()
                _fsync_folder(self.root)  # the new folder's own entry
            os.replace(temp, target)
            _fsync_folder(target.parent)
        except BaseException:
            _remove_quietly(temp)
            raise
        return sha256, size

    def _write(self, temp: Path, source: bytes | Path, name: str, sha256: str) -> None:
        flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0)
        digest = hashlib.sha256()
        with open(os.open(temp, flags, 0o644), "wb") as file:
            for chunk in _read_chunks(source, name):
                digest.update(chunk)
                file.write(chunk)
            file.flush()
            os.fsync(file.fileno())
        if digest.hexdigest() != sha256:
            raise FileProblemError(
                Message("history.file_changed", file=name),
                hint=Message("history.file_changed.hint"),
            )

    def path(self, sha256: str) -> Path | None:
        target = self._target(sha256)
        return target if target.is_file() else None

    def read(self, sha256: str) -> bytes:
        try:
            return self._target(sha256).read_bytes()
        except FileNotFoundError as exc:
            raise missing() from exc

    def remove(self, sha256: str) -> None:
        _remove_quietly(self._target(sha256))

    def sweep(self, keep: Collection[str], *, grace: float = ORPHAN_GRACE) -> int:
        """Files no turn refers to: from deleted conversations, and from a save that failed
        after its files were written. Files younger than `grace` seconds are left alone:
        another window may be saving the turn that refers to them."""
        if not self.root.is_dir():
            return 0
        cutoff = time.time() - grace
        removed = 0
        for folder in self.root.iterdir():
            if not folder.is_dir():
                continue
            for file in folder.iterdir():
                known = file.name in keep and folder.name != INCOMING
                if not known and _older_than(file, cutoff):
                    removed += _remove_quietly(file)
        return removed


class MemoryAttachments:
    """Attachments kept in memory when the data folder cannot be written; files stored
    earlier are still read from `earlier`."""

    def __init__(self, earlier: FolderAttachments | None = None) -> None:
        self._files: dict[str, bytes] = {}
        self._earlier = earlier

    def put(self, source: bytes | Path, name: str) -> tuple[str, int]:
        data = b"".join(_read_chunks(source, name))
        sha256 = hashlib.sha256(data).hexdigest()
        if self._earlier is None or self._earlier.path(sha256) is None:
            self._files[sha256] = data
        return sha256, len(data)

    def path(self, sha256: str) -> Path | None:
        if sha256 in self._files or self._earlier is None:
            return None
        return self._earlier.path(sha256)

    def read(self, sha256: str) -> bytes:
        if (data := self._files.get(check_hash(sha256))) is not None:
            return data
        if self._earlier is None:
            raise missing()
        return self._earlier.read(sha256)

    def remove(self, sha256: str) -> None:
        self._files.pop(sha256, None)

    def sweep(self, keep: Collection[str], *, grace: float = ORPHAN_GRACE) -> int:
        gone = [sha for sha in self._files if sha not in keep]
        for sha in gone:
            del self._files[sha]
        return len(gone)


def _has_size(path: Path, size: int) -> bool:
    try:
        return path.stat().st_size == size
    except OSError:
        return False


def _older_than(path: Path, cutoff: float) -> bool:
    try:
        return path.stat().st_mtime < cutoff
    except OSError:
        return False


def _remove_quietly(path: Path) -> int:
    try:
        path.unlink()
    except FileNotFoundError:
        return 0
    except OSError:
        log.warning("Could not remove %s", path, exc_info=True)
        return 0
    return 1


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself survive a power cut (POSIX; Windows cannot open folders)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
