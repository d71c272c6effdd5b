"""Real videos and recordings made by the tests with PyAV's own FFmpeg (no ffmpeg binary):
MP4, MOV, 3GP, WebM, MPEG, AVI, WMV, FLV, M4A, MP3, WAV, FLAC, AAC and OGG, each made only
when the wheel has its encoders (`can_make`)."""

from __future__ import annotations

import io
import math
import struct
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path

import av
import av.codec
from PIL import Image

RED = (220, 40, 40)
BLUE = (40, 70, 220)


@dataclass(frozen=True)
class Kind:
    """A container with the encoders that fill it."""

    fmt: str  # FFmpeg's muxer name
    suffix: str
    video: str | None = None
    audio: str | None = None
    audio_rate: int = 16000
    fps: int = 10
    size: tuple[int, int] = (160, 120)


KINDS = {
    "mp4": Kind("mp4", ".mp4", "mpeg4", "aac"),
    "h264": Kind("mp4", ".mp4", "libx264", "aac"),
    "mov": Kind("mov", ".mov", "mpeg4", "aac"),
    "3gp": Kind("3gp", ".3gp", "h263", "aac", 8000, size=(176, 144)),
    "webm": Kind("webm", ".webm", "libvpx", "libopus", 48000),
    "mpeg": Kind("mpeg", ".mpg", "mpeg1video", "mp2", 44100, fps=25),
    "avi": Kind("avi", ".avi", "mpeg4", "libmp3lame", 44100),
    "wmv": Kind("asf", ".wmv", "wmv2", "wmav2", 44100),
    "flv": Kind("flv", ".flv", "flv", "libmp3lame", 22050),
    "m4a": Kind("ipod", ".m4a", None, "aac"),
    "mp3": Kind("mp3", ".mp3", None, "libmp3lame", 22050),
    "wav": Kind("wav", ".wav", None, "pcm_s16le"),
    "flac": Kind("flac", ".flac", None, "flac"),
    "aac": Kind("adts", ".aac", None, "aac"),
    "ogg": Kind("ogg", ".ogg", None, "libopus", 48000),
}
VIDEO_KINDS = [name for name, kind in KINDS.items() if kind.video]
AUDIO_KINDS = [name for name, kind in KINDS.items() if not kind.video]


def _has_encoder(name: str | None) -> bool:
    if name is None:
        return True
    try:
        av.codec.Codec(name, "w")
    except Exception:
        return False
    return True


def can_make(kind: str) -> bool:
    spec = KINDS[kind]
    return _has_encoder(spec.video) and _has_encoder(spec.audio)


def video(
    kind: str = "mp4",
    seconds: float = 2.0,
    *,
    audio: bool = True,
    size: tuple[int, int] | None = None,
    fps: int | None = None,
    red_seconds: float = 0.0,
    left_red: bool = False,
) -> bytes:
    """A video of `seconds`: blue frames after `red_seconds` of red ones (with `left_red`,
    the left half always red, so a turn shows), a keyframe every second, and a quiet tone
    as its sound track when `audio`."""
    spec = KINDS[kind]
    assert spec.video is not None, kind
    return _make(
        spec,
        seconds,
        audio=audio,
        size=size or spec.size,
        fps=fps or spec.fps,
        red_seconds=red_seconds,
        left_red=left_red,
    )


def recording(kind: str = "wav", seconds: float = 2.0) -> bytes:
    """A recording of `seconds` of a quiet 440 Hz tone."""
    spec = KINDS[kind]
    assert spec.video is None, kind
    return _make(spec, seconds, audio=True, size=spec.size, fps=spec.fps)


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def write_every_kind(folder: Path) -> list[Path]:
    """A clip of every kind, in `folder` (clip-h264.mp4...): all must be makeable."""
    folder.mkdir(parents=True, exist_ok=True)
    clips = []
    for kind, spec in KINDS.items():
        assert can_make(kind), f"this PyAV cannot make {kind}"
        data = video(kind) if kind in VIDEO_KINDS else recording(kind)
        clips.append(write(folder / f"clip-{kind}{spec.suffix}", data))
    return clips


def _make(
    spec: Kind,
    seconds: float,
    *,
    audio: bool,
    size: tuple[int, int],
    fps: int,
    red_seconds: float = 0.0,
    left_red: bool = False,
) -> bytes:
    buffer = io.BytesIO()
    with av.open(buffer, "w", format=spec.fmt) as out:
        picture = None
        if spec.video:
            picture = out.add_stream(spec.video, rate=fps)
            picture.width, picture.height = size
            picture.pix_fmt = "yuv420p"
            picture.codec_context.gop_size = fps  # a keyframe every second
        sound = None
        if audio and spec.audio:
            sound = out.add_stream(spec.audio, rate=spec.audio_rate)
            sound.layout = "mono"
            sound.bit_rate = 64000  # WMA will not guess one
        if picture is not None:
            for index in range(max(1, round(seconds * fps))):
                image = Image.new("RGB", size, RED if index < red_seconds * fps else BLUE)
                if left_red:
                    image.paste(RED, (0, 0, size[0] // 2, size[1]))
                frame = av.VideoFrame.from_image(image)
                frame.pts = index
                frame.time_base = Fraction(1, fps)
                out.mux(picture.encode(frame))
            out.mux(picture.encode(None))
        if sound is not None:
            rate, total, done = spec.audio_rate, round(seconds * spec.audio_rate), 0
            # One second of tone, repeated (440 whole cycles, so the seams do not click).
            tone = struct.pack(
                f"<{rate}h",
                *(round(3000 * math.sin(2 * math.pi * 440 * i / rate)) for i in range(rate)),
            )
            tone += tone
            while done < total:
                count = min(1024, total - done)
                frame = av.AudioFrame(format="s16", layout="mono", samples=count)
                at = done % rate
                frame.planes[0].update(tone[2 * at : 2 * (at + count)])
                frame.sample_rate = rate
                frame.pts = done
                frame.time_base = Fraction(1, rate)
                done += count
                out.mux(sound.encode(frame))
            out.mux(sound.encode(None))
    return buffer.getvalue()


def rotated(mp4: bytes, degrees: int) -> bytes:
    """The MP4 with its video track's display matrix (tkhd) turned by `degrees` clockwise,
    as a phone stores a portrait video: the pixels lie on their side, the matrix stands
    them up (ISO/IEC 14496-12 §8.3.2)."""
    one, w = 0x10000, 0x40000000
    matrices = {
        90: (0, one, 0, -one, 0, 0, 0, 0, w),
        180: (-one, 0, 0, 0, -one, 0, 0, 0, w),
        270: (0, -one, 0, one, 0, 0, 0, 0, w),
    }
    data = bytearray(mp4)
    at = data.find(b"tkhd")  # the first track: the video
    assert at > 0 and data[at + 4] == 0, "a version-0 tkhd"
    # version+flags, created, modified, track id, reserved, duration, reserved×2, layer,
    # alternate group, volume, reserved: 40 bytes before the matrix.
    struct.pack_into(">9i", data, at + 4 + 40, *matrices[degrees])
    return bytes(data)


def recording_with_cover(seconds: float = 2.0) -> bytes:
    """An MP3 with album art: FFmpeg sees the picture as a video stream marked
    "attached picture", which is not a video."""
    buffer = io.BytesIO()
    rate = 22050
    with av.open(buffer, "w", format="mp3") as out:
        sound = out.add_stream("libmp3lame", rate=rate)
        sound.layout = "mono"
        cover = out.add_stream("png")
        cover.width, cover.height, cover.pix_fmt = 32, 32, "rgb24"
        cover.disposition = av.stream.Disposition.attached_pic
        picture = av.VideoFrame.from_image(Image.new("RGB", (32, 32), RED))
        picture.pts = 0
        out.mux(cover.encode(picture))
        out.mux(cover.encode(None))
        total, done = round(seconds * rate), 0
        while done < total:
            count = min(1152, total - done)
            frame = av.AudioFrame(format="s16", layout="mono", samples=count)
            frame.planes[0].update(b"\x00\x00" * count)
            frame.sample_rate = rate
            frame.pts = done
            frame.time_base = Fraction(1, rate)
            done += count
            out.mux(sound.encode(frame))
        out.mux(sound.encode(None))
    return buffer.getvalue()


if __name__ == "__main__":
    # release.yml: `python -m tests.media FOLDER` makes the clips the built app's self-test
    # reads on Windows and macOS (smoke_test.py --media).
    import sys

    for made in write_every_kind(Path(sys.argv[1])):
        print(made)
