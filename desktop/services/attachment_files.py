"""Files the user attaches: open and check them (blocking, call through asyncio.to_thread),
with the same plain refusals in the CLI and the window.

No Qt here. Folders, devices and pipes are refused before anything is opened (opening a pipe
would wait for a writer forever). A file small enough to travel inside the message is read,
at most one byte more than can be sent, so a file that grows after stat() cannot make it read
gigabytes; a larger one is not read at all: its first bytes say what it is, and the send side
uploads it from where it is. Only a file larger than any upload can be is refused.
"""

from __future__ import annotations

import errno
import os
import stat
import struct
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from desktop.core.errors import FileProblemError
from desktop.core.limits import LIMITS, size_over
from desktop.core.media import (
    INLINE_FILE_LIMIT,
    MediaType,
    check_inline_size,
    check_supported,
    sniff,
    unsupported,
)
from desktop.core.messages import Bytes, Message
from desktop.services.media_probe import MediaFacts, probe

SNIFF_BYTES = 64
"""What `sniff` needs to tell every supported kind apart."""

# Containers whose first bytes say "video" even when they hold only sound (an M4A saved with
# the generic "isom" brand, a WebM recording from a browser).
_SOUND_ONLY = {"video/mp4": "audio/mp4", "video/webm": "audio/webm"}


@dataclass(frozen=True)
class AttachedFile:
    """A file checked for attaching.

    `data` holds the file when it fits inside the message (INLINE_FILE_LIMIT). A larger file
    is not read: `data` is None and the file is uploaded from `path` when the message is
    sent, so `size` is what stat() said when it was attached.
    """

    path: Path
    media: MediaType
    size: int
    data: bytes | None = None

    @property
    def source(self) -> bytes | Path:
        """The bytes held, else the file on disk (what media_probe and the uploaders take)."""
        return self.data if self.data is not None else self.path


def open_attachment(path: str | os.PathLike[str], *, label: str | None = None) -> AttachedFile:
    """Check a file for attaching; read it when it fits inside the message. Blocks.

    Raises FileProblemError naming the file and what to do: a folder, a device or pipe, a
    missing, unreadable or empty file, a kind Gemini cannot read, or a file larger than the
    largest upload (LIMITS.file_api_file_bytes). `label` is how messages name the file: the
    CLI leaves it out (a missing file is named as typed), the window passes the file's name.
    """
    path = Path(path)
    as_given = label or str(path)
    name = label or path.name or str(path)
    with _file_problems(as_given, name):
        info = _regular_file(path, name)
        with path.open("rb") as file:
            if info.st_size <= INLINE_FILE_LIMIT:
                data = _read_inline(file, info.st_size)
                if len(data) <= INLINE_FILE_LIMIT:
                    return AttachedFile(path, check_data(name, data), len(data), data)
                # It grew past the limit while being read: it is sent like any large file.
                head = data[:SNIFF_BYTES]
            else:
                head = file.read(SNIFF_BYTES)
            size = os.fstat(file.fileno()).st_size
    media = _media_of(name, head)
    check_upload_size(name, size, media)
    return AttachedFile(path, media, size)


def read_file(path: str | os.PathLike[str], *, label: str | None = None) -> tuple[bytes, MediaType]:
    """The bytes and type of a file that fits inside the message (the CLI's `describe`, which
    does not upload); FileProblemError naming the file and what to do. Blocks."""
    attached = open_attachment(path, label=label)
    if attached.data is None:
        check_inline_size(label or attached.path.name or str(attached.path), attached.size)
        raise AssertionError("a file kept on disk is larger than the inline limit")
    return attached.data, attached.media


def check_data(name: str, data: bytes) -> MediaType:
    """The type of bytes about to be sent as `name` (a file's, or an image pasted or dropped
    from another app); FileProblemError when empty, too large or of a kind Gemini cannot read.
    """
    check_inline_size(name, len(data))
    media = _media_of(name, data[:SNIFF_BYTES])
    if not _complete(data, media):
        raise FileProblemError(
            Message("file.damaged_picture", file=name),
            hint=Message("file.damaged_picture.hint"),
            status="DAMAGED",
        )
    return media


def check_upload_size(name: str, size: int, media: MediaType) -> None:
    """Refuse a file larger than anything can upload (the Gemini API's and Cloud Storage's
    2 GB); the send side checks each API's own limits when the message goes."""
    limit = LIMITS.file_api_file_bytes
    if size <= limit:
        return
    clip = media.kind in ("video", "audio")
    raise FileProblemError(
        Message(
            "file.too_large_anywhere", file=name, size=size_over(size, limit), limit=Bytes(limit)
        ),
        hint=Message("file.smaller_clip.hint" if clip else "file.smaller_copy.hint"),
        status="TOO_LARGE",
    )


def media_duration(source: bytes | Path, media: MediaType) -> float | None:
    """Seconds of a video or recording (bytes held, or a file); None for other kinds, or
    when the file does not say. Blocks."""
    if media.kind not in ("video", "audio"):
        return None
    facts = probe(source)
    return facts.duration if facts is not None else None


def refine_media(media: MediaType, facts: MediaFacts | None) -> MediaType:
    """The type once the file has been probed: a "video" container holding only sound is a
    recording (so the chip, the limits and Gemini treat it as one)."""
    if facts is not None and not facts.has_video and facts.has_audio:
        return MediaType(_SOUND_ONLY.get(media.mime_type, media.mime_type))
    return media


# -- internals -----------------------------------------------------------------------------


def _media_of(name: str, head: bytes) -> MediaType:
    media = sniff(head, name)
    if media is None:
        raise unsupported(name)
    check_supported(name, media)
    return media


def _complete(data: bytes, media: MediaType) -> bool:
    """Whether a photo held in memory runs to its end (a cut-off copy or download does not;
    Gemini refuses it after a long wait, and decoders show grey where it stops). Only the
    cheap signs are checked; other kinds count as complete."""
    if media.mime_type == "image/jpeg":
        return _jpeg_complete(data)
    if media.mime_type == "image/png":
        return data.rfind(b"IEND") != -1
    if media.mime_type == "image/webp":
        # RIFF: the size after the first 8 bytes, as written when the file was finished.
        riff_size: int = struct.unpack_from("<I", data, 4)[0]
        return len(data) >= riff_size + 8
    return True


def _jpeg_complete(data: bytes) -> bool:
    """A JPEG ends its image with EOI (FF D9) after the compressed data. The segments before
    the first scan are skipped by their lengths: a camera's EXIF preview, a small JPEG of its
    own inside APP1, has an EOI that must not count. Inside the compressed data an FF is
    always followed by 00 or a marker that is not D9, so the first FF D9 after the scan
    starts is the real end (a phone's motion photo may append a video after it)."""
    position = 2
    while position + 4 <= len(data):
        if data[position] != 0xFF:  # stray bytes between segments, which decoders skip
            return data.find(b"\xff\xd9", position) != -1
        marker = data[position + 1]
        if marker == 0xFF:  # fill bytes before a marker
            position += 1
            continue
        if marker == 0xDA:  # start of scan: the compressed data follows
            return _has_end_marker(data, position)
        if marker in (0x01, *range(0xD0, 0xD8)):  # markers without a length
            position += 2
            continue
        (length,) = struct.unpack_from(">H", data, position + 2)
        position += 2 + length
    return False


def _has_end_marker(data: bytes, start: int) -> bool:
    """FF D9 after `start`: first in the last few kilobytes, where it nearly always is, then
    a megabyte at a time. bytes.find holds the GIL; searching a whole photo at once would
    stall the window's event loop for milliseconds while worker threads prepare files."""
    end_marker = b"\xff\xd9"
    tail = max(start, len(data) - 4096)
    if data.find(end_marker, tail) != -1:
        return True
    chunk = 1024 * 1024
    for offset in range(start, tail + 1, chunk):
        if data.find(end_marker, offset, min(offset + chunk + 1, tail + 1)) != -1:
            return True
    return False


def _regular_file(path: Path, name: str) -> os.stat_result:
    info = path.stat()
    if stat.S_ISDIR(info.st_mode):
        raise IsADirectoryError(errno.EISDIR, "Is a directory", str(path))
    if not stat.S_ISREG(info.st_mode):
        raise FileProblemError(
            Message("file.not_ordinary", file=name),
            hint=Message("file.not_ordinary.hint"),
            status="NOT_A_FILE",
        )
    return info


def _read_inline(file: BinaryIO, size: int) -> bytes:
    # The size stat() gave, plus a byte to notice growth: no oversized buffer.
    data = file.read(size + 1)
    if len(data) > size:
        data += file.read(INLINE_FILE_LIMIT + 1 - len(data))
    return data


@contextmanager
def _file_problems(as_given: str, name: str) -> Iterator[None]:
    """OS errors in the words the user needs."""
    try:
        yield
    except FileNotFoundError as exc:
        raise FileProblemError(
            Message("file.not_found", file=as_given),
            hint=Message("file.not_found.hint"),
            status="NOT_FOUND",
        ) from exc
    except PermissionError as exc:
        raise FileProblemError(
            Message("file.permission_denied", file=name),
            hint=Message("file.permission_denied.hint"),
            status="PERMISSION_DENIED",
        ) from exc
    except IsADirectoryError as exc:  # also when it became a folder between stat() and open()
        raise FileProblemError(
            Message("file.is_folder", file=name),
            hint=Message("file.is_folder.hint"),
            status="IS_DIRECTORY",
        ) from exc
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise FileProblemError(
                Message("file.link_loop", file=name),
                hint=Message("file.link_loop.hint"),
                status="LINK_LOOP",
            ) from exc
        raise FileProblemError(
            Message("file.unreadable", file=name, reason=str(exc.strerror or exc)),
            hint=Message("file.unreadable.hint"),
            status="UNREADABLE",
        ) from exc
