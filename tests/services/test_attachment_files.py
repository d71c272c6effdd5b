"""Opening attached files: refusals that name the file, large files kept where they are,
and lengths of real recordings."""

from __future__ import annotations

import io
import os
import struct
import wave
from pathlib import Path

import pytest
from PIL import Image

from desktop.core.errors import FileProblemError
from desktop.core.limits import LIMITS
from desktop.core.media import INLINE_FILE_LIMIT, MediaType
from desktop.services.attachment_files import (
    check_data,
    media_duration,
    open_attachment,
    read_file,
    refine_media,
)
from desktop.services.media_probe import MediaFacts
from tests import media
from tests.photos import camera_photo, png_bytes

PNG = png_bytes(8, 8, (40, 70, 220))


def sparse(path: Path, head: bytes, size: int) -> Path:
    """`head`, then a hole up to `size` bytes: a large file that takes no disk space."""
    path.write_bytes(head)
    with path.open("r+b") as file:
        file.truncate(size)
    return path


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


def test_read_file_refuses_a_file_over_the_inline_limit_without_reading_it(
    tmp_path: Path,
) -> None:
    """The CLI, which sends files only inside the message."""
    path = sparse(tmp_path / "huge.mp4", media.video("mp4", 1.0), INLINE_FILE_LIMIT + 1)
    with pytest.raises(FileProblemError, match=r"huge\.mp4 is .* MB; files up to") as caught:
        read_file(path, label=path.name)
    assert caught.value.status == "TOO_LARGE"


def test_check_data_judges_bytes_from_another_app() -> None:
    assert check_data("pasted.png", PNG) == MediaType("image/png")
    with pytest.raises(FileProblemError, match=r"pasted\.png is empty"):
        check_data("pasted.png", b"")


# -- open_attachment ---------------------------------------------------------------------------


def test_a_file_that_fits_in_the_message_is_held(tmp_path: Path) -> None:
    path = tmp_path / "photo.jpg"
    path.write_bytes(camera_photo(64, 48))
    attached = open_attachment(path, label=path.name)
    assert attached.data == path.read_bytes()
    assert attached.source == attached.data
    assert attached.size == len(attached.data)
    assert attached.media == MediaType("image/jpeg")
    assert attached.path == path


def test_a_larger_file_is_kept_where_it_is(tmp_path: Path) -> None:
    size = 20 * 1024 * 1024
    path = sparse(tmp_path / "holiday.mp4", media.video("mp4", 2.0), size)
    attached = open_attachment(path, label=path.name)
    assert attached.data is None
    assert attached.source == path
    assert attached.size == size
    assert attached.media == MediaType("video/mp4")
    assert media_duration(attached.source, attached.media) == pytest.approx(2.0)


def test_a_file_at_the_inline_limit_is_still_held(tmp_path: Path) -> None:
    path = sparse(tmp_path / "notes.txt", b"Shopping list\n", INLINE_FILE_LIMIT)
    path.write_bytes(b"x" * INLINE_FILE_LIMIT)  # text all the way (a hole reads as zeros)
    attached = open_attachment(path)
    assert attached.data is not None and len(attached.data) == INLINE_FILE_LIMIT


def test_a_large_file_of_an_unknown_kind_is_still_refused(tmp_path: Path) -> None:
    path = sparse(tmp_path / "disk.img", bytes(range(64)), 30 * 1024 * 1024)
    with pytest.raises(FileProblemError, match=r"disk\.img is not a kind of file") as caught:
        open_attachment(path, label=path.name)
    assert caught.value.status == "UNSUPPORTED"


def test_a_file_larger_than_any_upload_is_refused_with_sizes_and_what_to_do(
    tmp_path: Path,
) -> None:
    path = sparse(
        tmp_path / "wedding.mov", media.video("mov", 1.0), 5 * LIMITS.file_api_file_bytes // 4
    )
    with pytest.raises(FileProblemError) as caught:
        open_attachment(path, label=path.name)
    assert caught.value.status == "TOO_LARGE"
    assert caught.value.explanation == "wedding.mov is 2.5 GB; Gemini reads files up to 2 GB."
    assert caught.value.hint == "Use a shorter clip or a smaller copy of the file."


@pytest.mark.parametrize(
    ("over", "size"), [(1, "2 GB and 1 byte"), (5 * 1024 * 1024, "2 GB and 5 MB")]
)
def test_a_file_just_over_the_upload_limit_reads_as_over_it(
    tmp_path: Path, over: int, size: str
) -> None:
    # 2 GiB + 1 byte rounds to "2 GB": the refusal must still show that it is over.
    path = sparse(tmp_path / "film.mov", media.video("mov", 1.0), LIMITS.file_api_file_bytes + over)
    with pytest.raises(FileProblemError) as caught:
        open_attachment(path, label=path.name)
    assert caught.value.explanation == f"film.mov is {size}; Gemini reads files up to 2 GB."


def test_a_file_of_exactly_the_upload_limit_is_attached(tmp_path: Path) -> None:
    path = sparse(tmp_path / "scan.pdf", b"%PDF-1.7\n", LIMITS.file_api_file_bytes)
    attached = open_attachment(path)
    assert attached.data is None and attached.media == MediaType("application/pdf")


@pytest.mark.parametrize(
    ("head", "mime"),
    [
        (camera_photo(32, 32), "image/jpeg"),  # a photo named .mp4
        (b"%PDF-1.4\n", "application/pdf"),
    ],
    ids=["photo", "pdf"],
)
def test_the_content_decides_not_the_name(tmp_path: Path, head: bytes, mime: str) -> None:
    path = tmp_path / "clip.mp4"
    path.write_bytes(head)
    assert open_attachment(path).media == MediaType(mime)


@pytest.mark.parametrize("fmt", ["JPEG", "PNG", "WEBP"])
def test_a_photo_cut_off_part_of_the_way_is_refused(tmp_path: Path, fmt: str) -> None:
    out = io.BytesIO()
    Image.open(io.BytesIO(camera_photo(320, 240))).save(out, fmt)
    whole = out.getvalue()
    path = tmp_path / "beach.jpg"
    path.write_bytes(whole[: len(whole) * 2 // 3])
    with pytest.raises(FileProblemError) as caught:
        open_attachment(path, label=path.name)
    assert caught.value.status == "DAMAGED"
    assert caught.value.user_text() == (
        "beach.jpg is damaged or incomplete: the picture stops part of the way through. "
        "It may not have finished copying or downloading; copy it again, then add it."
    )
    path.write_bytes(whole)
    assert open_attachment(path).data == whole


def test_a_complete_photo_with_an_exif_preview_and_a_motion_photo_video_is_complete(
    tmp_path: Path,
) -> None:
    """A phone's JPEG holds a small preview JPEG (with its own end marker) in its EXIF, and
    a motion photo appends a video after the picture: neither fools the check."""
    preview = camera_photo(32, 24)
    exif = b"Exif\x00\x00MM\x00*\x00\x00\x00\x08" + preview
    app1 = b"\xff\xe1" + struct.pack(">H", len(exif) + 2) + exif
    main = camera_photo(640, 480, orientation=6, gps=True)
    photo = main[:2] + app1 + main[2:]
    path = tmp_path / "PXL_0001.MP.jpg"
    path.write_bytes(photo + media.video("mp4", 1.0, audio=False))
    assert open_attachment(path).media == MediaType("image/jpeg")
    path.write_bytes(photo[: len(photo) // 2])  # the preview's end marker is still there
    with pytest.raises(FileProblemError, match="damaged or incomplete"):
        open_attachment(path)


def test_a_sound_only_mp4_is_a_recording() -> None:
    facts = MediaFacts(duration=3.0, has_audio=True, has_video=False)
    assert refine_media(MediaType("video/mp4"), facts) == MediaType("audio/mp4")
    assert refine_media(MediaType("video/webm"), facts) == MediaType("audio/webm")
    video = MediaFacts(duration=3.0, has_audio=True, has_video=True)
    assert refine_media(MediaType("video/mp4"), video) == MediaType("video/mp4")
    assert refine_media(MediaType("video/mp4"), None) == MediaType("video/mp4")


# -- lengths ---------------------------------------------------------------------------------


def test_the_length_of_a_recording_from_the_wave_module(tmp_path: Path) -> None:
    path = tmp_path / "memo.wav"
    with wave.open(str(path), "wb") as recording:
        recording.setnchannels(2)
        recording.setsampwidth(2)
        recording.setframerate(16000)
        recording.writeframes(b"\x00" * 4 * 16000 * 2)
    assert media_duration(path, MediaType("audio/wav")) == pytest.approx(2.0)
    assert media_duration(path.read_bytes(), MediaType("audio/wav")) == pytest.approx(2.0)


def test_lengths_only_for_videos_and_recordings() -> None:
    assert media_duration(media.video("webm", 1.5), MediaType("video/webm")) == pytest.approx(
        1.5, abs=0.05
    )
    assert media_duration(PNG, MediaType("image/png")) is None
    assert media_duration(b"\x1a\x45\xdf\xa3", MediaType("video/webm")) is None
