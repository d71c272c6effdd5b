"""Files the user attaches: read them (blocking, call through asyncio.to_thread), check them,
and find how long a recording lasts, with the same plain refusals in the CLI and the window.

No Qt here. `read_file` refuses folders, devices and pipes before opening anything (opening a
pipe would wait for a writer forever), and reads at most one byte more than can be sent, so a
file that grows after stat() cannot make it read gigabytes.
"""

from __future__ import annotations

import errno
import os
import stat
import struct
from collections.abc import Iterator
from pathlib import Path

from desktop.core.errors import FileProblemError
from desktop.core.media import (
    INLINE_FILE_LIMIT,
    MediaType,
    check_inline_size,
    check_supported,
    sniff,
    unsupported,
)

_MP4_FAMILY = frozenset({"video/mp4", "video/quicktime", "video/3gpp", "audio/mp4"})


def read_file(path: str | os.PathLike[str], *, label: str | None = None) -> tuple[bytes, MediaType]:
    """The file's bytes and type, or FileProblemError naming the file and what to do.

    `label` is how messages name the file: the CLI leaves it out (a missing file is named as
    typed), the window passes the file's name.
    """
    path = Path(path)
    as_given = label or str(path)
    name = label or path.name or str(path)
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise FileProblemError(
                f"{name} is a folder, not a file.",
                hint="Give the files inside it instead.",
                status="IS_DIRECTORY",
            )
        if not stat.S_ISREG(info.st_mode):
            raise FileProblemError(
                f"{name} is not an ordinary file (it is a device or a pipe).",
                hint="Save what you want to send as a file, then add that file.",
                status="NOT_A_FILE",
            )
        check_inline_size(name, info.st_size)
        with path.open("rb") as file:
            # The size stat() gave, plus a byte to notice growth: no oversized buffer.
            data = file.read(info.st_size + 1)
            if len(data) > info.st_size:
                data += file.read(INLINE_FILE_LIMIT + 1 - len(data))
    except FileNotFoundError as exc:
        raise FileProblemError(
            f"{as_given} does not exist.",
            hint="It may have been moved, renamed or deleted; check the name and the folder.",
            status="NOT_FOUND",
        ) from exc
    except PermissionError as exc:
        raise FileProblemError(
            f"{name} cannot be read: permission denied.",
            hint="Give yourself read access to the file, or copy it somewhere readable.",
            status="PERMISSION_DENIED",
        ) from exc
    except IsADirectoryError as exc:  # it became a folder between stat() and open()
        raise FileProblemError(
            f"{name} is a folder, not a file.",
            hint="Give the files inside it instead.",
            status="IS_DIRECTORY",
        ) from exc
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise FileProblemError(
                f"{name} is a shortcut (symbolic link) that leads back to itself.",
                hint="Add the file it was meant to point to instead.",
                status="LINK_LOOP",
            ) from exc
        raise FileProblemError(
            f"{name} cannot be read ({exc.strerror or exc}).",
            hint="Check the file, then try again.",
            status="UNREADABLE",
        ) from exc
    return data, check_data(name, data)


def check_data(name: str, data: bytes) -> MediaType:
    """The type of bytes about to be sent as `name` (a file's, or an image pasted or dropped
    from another app); FileProblemError when empty, too large or of a kind Gemini cannot read.
    """
    check_inline_size(name, len(data))
    media = sniff(data[:64], name)
    if media is None:
        raise unsupported(name)
    check_supported(name, media)
    return media


# -- How long a recording lasts --------------------------------------------------------------


def media_duration(data: bytes, media: MediaType) -> float | None:
    """Seconds of a video or recording, from its header; None when the format does not say
    cheaply (WebM, MP3, ...) or the header is damaged."""
    if media.mime_type in _MP4_FAMILY:
        return mp4_duration(data)
    if media.mime_type == "audio/wav":
        return wav_duration(data)
    return None


def mp4_duration(data: bytes) -> float | None:
    """The duration in the movie header (`moov/mvhd`) of an MP4, MOV, M4A or 3GP file.

    ISO/IEC 14496-12 §8.2.2: mvhd version 0 keeps timescale and duration as 32-bit numbers
    after two 32-bit dates, version 1 as a 32-bit timescale and a 64-bit duration after two
    64-bit dates. A duration of all ones means "unknown". `moov` often comes after `mdat`
    (the media data), so boxes are skipped by their sizes rather than searched for.
    """
    moov = _find_box(data, 0, len(data), b"moov")
    if moov is None:
        return None
    mvhd = _find_box(data, moov[0], moov[1], b"mvhd")
    if mvhd is None:
        return None
    start, end = mvhd
    if end - start < 4:
        return None
    version = data[start]
    timescale: int
    duration: int
    try:
        if version == 0:
            timescale, duration = struct.unpack_from(">II", data, start + 12)
            unknown = duration == 0xFFFFFFFF
        elif version == 1:
            timescale, duration = struct.unpack_from(">IQ", data, start + 20)
            unknown = duration == 0xFFFFFFFFFFFFFFFF
        else:
            return None
    except struct.error:
        return None
    if timescale == 0 or unknown or start + (20 if version == 0 else 32) > end:
        return None
    return duration / timescale


def _find_box(data: bytes, start: int, end: int, kind: bytes) -> tuple[int, int] | None:
    for box_kind, payload_start, payload_end in _boxes(data, start, end):
        if box_kind == kind:
            return payload_start, payload_end
    return None


def _boxes(data: bytes, start: int, end: int) -> Iterator[tuple[bytes, int, int]]:
    """(type, payload start, payload end) of each box in data[start:end]; stops at the
    first box whose size does not fit, as a truncated file has."""
    position = start
    while position + 8 <= end:
        size, kind = struct.unpack_from(">I4s", data, position)
        header = 8
        if size == 1:  # a 64-bit size follows the type
            if position + 16 > end:
                return
            (size,) = struct.unpack_from(">Q", data, position + 8)
            header = 16
        elif size == 0:  # the box runs to the end of its container
            size = end - position
        if size < header or position + size > end:
            return
        yield kind, position + header, position + size
        position += size


def wav_duration(data: bytes) -> float | None:
    """The length of a RIFF/WAVE recording: the size of its `data` chunk over the byte rate
    the `fmt ` chunk gives."""
    if len(data) < 12 or data[:4] != b"RIFF" or data[8:12] != b"WAVE":
        return None
    byte_rate: int | None = None
    position = 12
    while position + 8 <= len(data):
        chunk, size = struct.unpack_from("<4sI", data, position)
        payload = position + 8
        if chunk == b"fmt " and size >= 16 and payload + 16 <= len(data):
            (byte_rate,) = struct.unpack_from("<I", data, payload + 8)
        elif chunk == b"data":
            if not byte_rate:
                return None
            # A recorder that never went back to write the size leaves 0 or all ones.
            available = len(data) - payload
            length = available if size in (0, 0xFFFFFFFF) else min(size, available)
            return length / byte_rate
        position = payload + size + (size & 1)  # chunks are padded to an even length
    return None
