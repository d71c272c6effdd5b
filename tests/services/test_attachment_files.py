"""Reading attached files: refusals that name the file, and durations from real headers."""

from __future__ import annotations

import io
import os
import struct
import wave
from pathlib import Path

import pytest

from desktop.core.errors import FileProblemError
from desktop.core.media import INLINE_FILE_LIMIT, MediaType
from desktop.services.attachment_files import (
    check_data,
    media_duration,
    mp4_duration,
    read_file,
    wav_duration,
)

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32


def box(kind: bytes, payload: bytes) -> bytes:
    return struct.pack(">I", 8 + len(payload)) + kind + payload


def large_box(kind: bytes, payload: bytes) -> bytes:
    """A box with the 64-bit size (size field 1), as files over 4 GB have for mdat."""
    return struct.pack(">I", 1) + kind + struct.pack(">Q", 16 + len(payload)) + payload


def mvhd_v0(timescale: int, duration: int) -> bytes:
    return box(b"mvhd", struct.pack(">B3xIIII", 0, 1, 2, timescale, duration) + b"\x00" * 80)


def mvhd_v1(timescale: int, duration: int) -> bytes:
    return box(b"mvhd", struct.pack(">B3xQQIQ", 1, 1, 2, timescale, duration) + b"\x00" * 80)


FTYP = box(b"ftyp", b"isom\x00\x00\x02\x00isomiso2mp41")


# -- read_file ---------------------------------------------------------------------------------


def test_reads_a_file_and_its_type(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("Grüße\n", encoding="utf-8")
    data, media = read_file(path)
    assert data == "Grüße\n".encode()
    assert media == MediaType("text/plain")


@pytest.mark.parametrize(
    ("make", "words", "status"),
    [
        (lambda p: p.write_bytes(b""), "empty.bin is empty", "EMPTY"),
        (lambda p: p.mkdir(), "empty.bin is a folder", "IS_DIRECTORY"),
        (
            lambda p: p.write_bytes(bytes(range(256))),
            "empty.bin is not a kind of file",
            "UNSUPPORTED",
        ),
        (
            lambda p: p.write_bytes(b"GIF89a" + b"\x00" * 20),
            "empty.bin is a GIF image",
            "UNSUPPORTED",
        ),
        (lambda p: None, "empty.bin does not exist", "NOT_FOUND"),
        (
            lambda p: os.symlink(p, p),
            "empty.bin is a shortcut (symbolic link) that leads back",
            "LINK_LOOP",
        ),
    ],
    ids=["empty", "folder", "unknown", "gif", "missing", "link-loop"],
)
def test_refusals_name_the_file(tmp_path: Path, make, words: str, status: str) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "empty.bin"
    make(path)
    with pytest.raises(FileProblemError) as caught:
        read_file(path, label=path.name)
    assert words in caught.value.user_text()
    assert caught.value.status == status


def test_without_a_label_a_missing_file_is_named_as_given(tmp_path: Path) -> None:
    with pytest.raises(FileProblemError, match=r"gone\.jpg does not exist"):
        read_file(str(tmp_path / "gone.jpg"))


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_pipe_is_refused_without_waiting_for_a_writer(tmp_path: Path) -> None:
    pipe = tmp_path / "pipe.jpg"
    os.mkfifo(pipe)
    with pytest.raises(FileProblemError, match="not an ordinary file"):
        read_file(pipe, label=pipe.name)


@pytest.mark.skipif(
    os.geteuid() == 0 if hasattr(os, "geteuid") else True, reason="root reads anything"
)
def test_an_unreadable_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "secret.png"
    path.write_bytes(PNG)
    path.chmod(0)
    with pytest.raises(FileProblemError, match=r"secret\.png cannot be read: permission denied"):
        read_file(path, label=path.name)


def test_a_file_over_the_inline_limit_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.mp4"
    with path.open("wb") as file:
        file.truncate(INLINE_FILE_LIMIT + 1)  # sparse: no disk space used
    with pytest.raises(FileProblemError, match=r"huge\.mp4 is .* MB; files up to"):
        read_file(path, label=path.name)


def test_check_data_judges_bytes_from_another_app() -> None:
    assert check_data("pasted.png", PNG) == MediaType("image/png")
    with pytest.raises(FileProblemError, match=r"pasted\.png is empty"):
        check_data("pasted.png", b"")


# -- durations ---------------------------------------------------------------------------------


def test_mp4_duration_version_0_after_the_media_data() -> None:
    data = FTYP + box(b"mdat", b"\x00" * 1000) + box(b"moov", mvhd_v0(600, 600 * 83))
    assert mp4_duration(data) == pytest.approx(83.0)


def test_mp4_duration_version_1_with_a_64_bit_box() -> None:
    data = FTYP + large_box(b"mdat", b"\x00" * 100) + box(b"moov", mvhd_v1(90000, 90000 * 3725))
    assert mp4_duration(data) == pytest.approx(3725.0)


def test_mp4_duration_skips_other_boxes_inside_moov() -> None:
    moov = box(b"moov", box(b"udta", b"\x00" * 12) + mvhd_v0(1000, 1500))
    assert mp4_duration(FTYP + moov) == pytest.approx(1.5)


@pytest.mark.parametrize(
    "data",
    [
        FTYP,  # no moov
        FTYP + box(b"moov", box(b"trak", b"")),  # no mvhd
        FTYP + box(b"moov", mvhd_v0(0, 100)),  # timescale 0
        FTYP + box(b"moov", mvhd_v0(1000, 0xFFFFFFFF)),  # unknown duration
        FTYP + box(b"moov", mvhd_v0(1000, 5000))[:-60],  # cut off
        FTYP + struct.pack(">I", 4) + b"free",  # a size smaller than its header
        b"",
    ],
    ids=["no-moov", "no-mvhd", "no-timescale", "unknown", "truncated", "bad-size", "empty"],
)
def test_mp4_duration_is_none_when_the_header_does_not_say(data: bytes) -> None:
    assert mp4_duration(data) is None


def test_wav_duration_of_a_real_recording() -> None:
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as recording:
        recording.setnchannels(2)
        recording.setsampwidth(2)
        recording.setframerate(16000)
        recording.writeframes(b"\x00" * 4 * 16000 * 2)
    data = buffer.getvalue()
    assert wav_duration(data) == pytest.approx(2.0)
    assert media_duration(data, MediaType("audio/wav")) == pytest.approx(2.0)


def test_media_duration_only_for_formats_with_a_cheap_header() -> None:
    assert media_duration(b"\x1a\x45\xdf\xa3", MediaType("video/webm")) is None
    data = FTYP + box(b"moov", mvhd_v0(1000, 2000))
    assert media_duration(data, MediaType("video/quicktime")) == pytest.approx(2.0)
