"""Media facts and frames from real videos and recordings made with PyAV: every container the
wheel can write, a phone's portrait video, album art, large files on disk, and damaged input
that must give None rather than an exception."""

from __future__ import annotations

import io
import random
from pathlib import Path

import pytest
from PIL import Image

from desktop.services.media_probe import MediaFacts, probe, video_frame
from tests import media
from tests.photos import camera_photo


def _made(kind: str, seconds: float = 2.0, **options: object) -> bytes:
    if not media.can_make(kind):
        pytest.skip(f"this PyAV wheel cannot write {kind}")
    if kind in media.VIDEO_KINDS:
        return media.video(kind, seconds, **options)  # type: ignore[arg-type]
    return media.recording(kind, seconds)


def _image(jpeg: bytes | None) -> Image.Image:
    assert jpeg is not None
    image = Image.open(io.BytesIO(jpeg))
    assert image.format == "JPEG"
    return image.convert("RGB")


def _is_red(pixel: tuple[int, ...]) -> bool:
    red, green, blue = pixel[:3]
    return red > 150 and green < 110 and blue < 110


def _is_blue(pixel: tuple[int, ...]) -> bool:
    red, _green, blue = pixel[:3]
    return blue > 150 and red < 110


# -- probe -----------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", list(media.KINDS))
def test_probe_reads_every_container(kind: str) -> None:
    facts = probe(_made(kind, 2.0))
    assert facts is not None
    # MPEG program streams have no length field: FFmpeg estimates it from timestamps.
    assert facts.duration == pytest.approx(2.0, abs=0.25)
    assert facts.has_audio
    is_video = kind in media.VIDEO_KINDS
    assert facts.has_video is is_video
    if is_video:
        assert (facts.width, facts.height) == media.KINDS[kind].size
    else:
        assert (facts.width, facts.height) == (None, None)


@pytest.mark.parametrize("kind", ["mp4", "webm"])
def test_a_silent_video_has_no_sound_track(kind: str) -> None:
    facts = probe(_made(kind, 3.0, audio=False))
    assert facts is not None
    assert facts.has_video and not facts.has_audio
    assert facts.duration == pytest.approx(3.0, abs=0.15)


def test_album_art_is_not_a_video() -> None:
    data = media.recording_with_cover()
    assert probe(data) == MediaFacts(
        duration=pytest.approx(2.0, abs=0.1), has_audio=True, has_video=False
    )  # type: ignore[arg-type]
    assert video_frame(data, 160) is None


def test_a_file_on_disk_is_read_where_it_is(tmp_path: Path) -> None:
    path = media.write(tmp_path / "clip.mp4", _made("mp4", 4.0))
    facts = probe(path)
    assert facts is not None and facts.duration == pytest.approx(4.0)
    assert _image(video_frame(path, 64)).size == (64, 48)


def test_a_large_file_is_read_only_where_needed(tmp_path: Path) -> None:
    """20 MB on disk, nearly all of it a hole after a real video: read in a moment."""
    path = media.write(tmp_path / "long.mp4", _made("mp4", 2.0))
    with path.open("r+b") as file:
        file.truncate(20 * 1024 * 1024)
    facts = probe(path)
    assert facts is not None and facts.duration == pytest.approx(2.0)
    assert video_frame(path, 160) is not None


def test_a_name_ffmpeg_would_take_for_a_protocol_is_just_a_file(tmp_path: Path) -> None:
    path = media.write(tmp_path / "concat:clip.mp4", _made("mp4"))
    assert probe(path) is not None


# -- video_frame -------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", media.VIDEO_KINDS)
def test_a_frame_of_every_video_container(kind: str) -> None:
    width, height = media.KINDS[kind].size
    # H.263's QCIF (3GP) has 12:11 pixels: 176×144 is shown 4:3.
    shown = 4 / 3 if kind == "3gp" else width / height
    image = _image(video_frame(_made(kind), 80))
    assert max(image.size) == 80
    assert image.size[0] / image.size[1] == pytest.approx(shown, rel=0.03)
    assert _is_blue(image.getpixel((image.width // 2, image.height // 2)))  # type: ignore[arg-type]


@pytest.mark.parametrize("kind", ["mp4", "h264", "webm"])
def test_the_frame_comes_from_a_tenth_in_not_the_first_one(kind: str) -> None:
    """Ten seconds, the first half-second red (a fade, a black start): the picture is taken
    at the keyframe at one second, which is blue."""
    data = _made(kind, 10.0, red_seconds=0.5, size=(320, 180))
    image = _image(video_frame(data, 160))
    assert image.size == (160, 90)
    assert _is_blue(image.getpixel((80, 45)))  # type: ignore[arg-type]


def test_a_small_video_is_not_enlarged() -> None:
    image = _image(video_frame(_made("mp4", size=(64, 48)), 160))
    assert image.size == (64, 48)


def test_a_portrait_video_from_a_phone_stands_up() -> None:
    """Stored 320×180 on its side with a 90° display matrix, as phones do: the picture comes
    out 90×160, the stored left half (red) on top."""
    data = media.rotated(_made("mp4", left_red=True, size=(320, 180)), 90)
    image = _image(video_frame(data, 160))
    assert image.size == (90, 160)
    assert _is_red(image.getpixel((45, 20)))  # type: ignore[arg-type]
    assert _is_blue(image.getpixel((45, 140)))  # type: ignore[arg-type]


def test_a_recording_has_no_frame() -> None:
    assert video_frame(_made("wav"), 160) is None


# -- damaged and foreign input -----------------------------------------------------------------


def _truncated_mp4() -> bytes:
    """Cut before the index at its end, as an interrupted copy leaves it."""
    data = _made("mp4")
    return data[: data.find(b"moov") - 4]


@pytest.mark.parametrize(
    "make",
    [
        lambda: b"",
        lambda: b"\x00" * 4096,
        lambda: bytes(range(256)) * 16,
        lambda: b"Shopping: milk, eggs.\n" * 50,
        _truncated_mp4,
        lambda: _made("webm")[:40],
        lambda: camera_photo(64, 48),  # a photo is not a video
        lambda: b"#EXTM3U\n#EXTINF:1,\nhttp://127.0.0.1:9/a.ts\n",  # a playlist fetches nothing
    ],
    ids=["empty", "zeros", "noise", "text", "truncated-mp4", "truncated-webm", "jpeg", "playlist"],
)
def test_damaged_or_foreign_input_gives_none(make) -> None:  # type: ignore[no-untyped-def]
    data = make()
    assert probe(data) is None
    assert video_frame(data, 160) is None


def test_a_missing_file_gives_none(tmp_path: Path) -> None:
    assert probe(tmp_path / "gone.mp4") is None
    assert video_frame(tmp_path / "gone.mp4", 160) is None


@pytest.mark.parametrize("kind", ["mp4", "webm", "avi", "mp3", "wav", "ogg"])
def test_scrambled_files_never_raise(kind: str) -> None:
    """Bytes overwritten and tails cut off at random: facts or None, never an exception,
    and no decoding of a whole file."""
    original = _made(kind, 3.0)
    rng = random.Random(kind)
    for _ in range(60):
        data = bytearray(original)
        for _ in range(rng.randrange(1, 40)):
            data[rng.randrange(len(data))] = rng.randrange(256)
        if rng.random() < 0.3:
            del data[rng.randrange(len(data)) :]
        facts = probe(bytes(data))
        assert facts is None or isinstance(facts, MediaFacts)
        frame = video_frame(bytes(data), 64)
        assert frame is None or frame[:2] == b"\xff\xd8"
