"""The files of a batch: the photos and videos under the paths given, and those left out
with the reason (not a photo or video, unreadable). Only each file's first bytes are read:
listing a folder of a thousand 12-megapixel photos must not read gigabytes. A damaged photo
shows when it is prepared (services/batch/engine.py), and is left out then. Blocks: call
through asyncio.to_thread."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from desktop.core.errors import FileProblemError
from desktop.core.media import check_supported, sniff
from desktop.core.messages import Message
from desktop.services.attachment_files import SNIFF_BYTES, open_attachment

BATCH_KINDS = ("image", "video")

# Not listed at all: the sidecars the batch itself writes beside the photos, and the
# files systems and photo tools keep in folders (.DS_Store, Thumbs.db, .picasa.ini).
_IGNORED_SUFFIXES = {".xmp"}
_IGNORED_NAMES = {"thumbs.db", "desktop.ini"}


@dataclass(frozen=True)
class Skipped:
    path: Path
    error: FileProblemError


@dataclass
class FileList:
    """What a batch will send, in a stable order, and what it leaves out."""

    files: list[Path] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)


def list_files(paths: Iterable[str | os.PathLike[str]], *, recursive: bool = False) -> FileList:
    """The photos and videos among `paths`: files as given, folders' files in name order
    (their subfolders too when `recursive`). A file named twice is listed once."""
    listing = FileList()
    seen: set[Path] = set()
    for given in paths:
        path = Path(given)
        candidates = _folder_files(path, recursive) if path.is_dir() else iter([path])
        for candidate in candidates:
            key = candidate.absolute()
            if key in seen:
                continue
            seen.add(key)
            problem = file_problem(candidate)
            if problem is None:
                listing.files.append(key)
            else:
                listing.skipped.append(Skipped(key, problem))
    return listing


def file_problem(path: Path) -> FileProblemError | None:
    """Why the file cannot be part of a batch, from its first bytes; None when it can."""
    name = path.name or str(path)
    try:
        with path.open("rb") as file:
            head = file.read(SNIFF_BYTES)
    except OSError:
        try:
            open_attachment(path, label=name)  # words the OS error as a file problem
        except FileProblemError as error:
            return error
        return None  # readable a moment later
    media = sniff(head, name)
    if media is None or media.kind not in BATCH_KINDS:
        return FileProblemError(
            Message("batch.not_photo_or_video", file=name),
            hint=Message("batch.not_photo_or_video.hint"),
            status="NOT_MEDIA",
        )
    try:
        check_supported(name, media)
    except FileProblemError as error:
        return error
    return None


def _folder_files(folder: Path, recursive: bool) -> Iterator[Path]:
    entries = sorted(folder.iterdir(), key=lambda p: p.name.casefold())
    for entry in entries:
        if entry.name.startswith(".") or entry.name.casefold() in _IGNORED_NAMES:
            continue
        if entry.is_dir():
            if recursive:
                yield from _folder_files(entry, recursive)
        elif entry.suffix.casefold() not in _IGNORED_SUFFIXES:
            yield entry
