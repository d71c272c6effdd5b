"""What a video or recording holds (length, sound, picture size) and one small frame of it,
read with PyAV (FFmpeg), which knows every container Gemini takes: MP4, MOV, 3GP, WebM, MPEG,
AVI, WMV, FLV, MP3, WAV, FLAC, AAC, OGG, M4A.

No Qt here. Both functions block (call them in a worker thread) and read only what they need:
the header, the packets up to one keyframe, never the whole file. A damaged, truncated or
foreign file gives None, never an exception.
"""

from __future__ import annotations

import io
import logging
import math
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

if TYPE_CHECKING:
    from av.container import InputContainer
    from av.video.frame import VideoFrame
    from av.video.stream import VideoStream

# PyAV is imported where it is used: loading FFmpeg's libraries takes tens of milliseconds
# that the window's start-up should not wait for; the first probe pays it, in a worker thread.

log = logging.getLogger(__name__)

FRAME_AT = 0.1
"""Where the picture of a video is taken, as a share of its length: past a fade from black,
still near the start."""

MAX_PACKETS = 3000
"""Packets read while looking for a keyframe before giving up: a damaged file whose
keyframes are gone must not be read to its end (a 2 GB file has about a million packets)."""

TIMEOUT_SECONDS = 20.0
"""FFmpeg gives up opening or reading after this long: a file on a stalled network share
or a demuxer caught in a loop must not hold a worker thread for ever."""

# The demuxers for the containers the app sniffs (desktop/core/media.py); nothing else may
# open, so a file that merely looks like a playlist cannot make FFmpeg fetch other files or
# URLs. A demuxer matches when one of its names does ("mov" is "mov,mp4,m4a,3gp,3g2,mj2").
DEMUXERS = (
    "mov",  # MP4, MOV, M4A, 3GP
    "matroska",  # MKV, WebM
    "mpeg",  # MPEG program streams (.mpg)
    "mpegts",
    "mpegvideo",  # a bare MPEG-1/2 video stream
    "avi",
    "asf",  # WMV, WMA
    "flv",
    "mp3",
    "wav",
    "flac",
    "aac",  # ADTS
    "ogg",
)


@dataclass(frozen=True)
class MediaFacts:
    """What the container says about a video or recording."""

    duration: float | None
    """Seconds; None when neither the container nor any stream says."""
    has_audio: bool
    has_video: bool
    """A moving picture: an album cover in an MP3 does not count."""
    width: int | None = None
    """Of the first video stream as stored (a phone's portrait video may be stored lying
    on its side, with a rotation applied when it is shown)."""
    height: int | None = None


def probe(source: bytes | Path) -> MediaFacts | None:
    """Length, sound and picture size of a video or recording (bytes held, or a file);
    None when FFmpeg cannot read it or it holds neither sound nor picture. Blocks."""
    try:
        with _opened(source) as container:
            return _facts(container)
    except Exception as exc:
        _log_failure("No media facts", exc)
        return None


def video_frame(source: bytes | Path, max_side: int) -> bytes | None:
    """A JPEG of the first keyframe at about FRAME_AT into the video (or at its start),
    upright, at most `max_side` pixels on its longest side; None when there is no picture
    to take. Decodes keyframes only, and at most one after the seek. Blocks."""
    try:
        with _opened(source) as container:
            stream = _video_stream(container)
            if stream is None or stream.codec_context is None:
                return None
            frame = _frame_near(container, stream, _target(container, stream))
            if frame is None:
                return None
            return _encode(frame, stream, max(1, max_side))
    except Exception as exc:
        _log_failure("No video frame", exc)
        return None


# -- internals -----------------------------------------------------------------------------


def _log_failure(what: str, exc: Exception) -> None:
    """A damaged file is expected (debug); anything else is a bug worth a stack trace, but
    still no reason to refuse the file: it is sent without its length or picture."""
    from av.error import FFmpegError

    if isinstance(exc, FFmpegError | OSError | EOFError | MemoryError):
        log.debug("%s: %s", what, exc)
    else:
        log.warning("%s: unexpected error", what, exc_info=exc)


@contextmanager
def _opened(source: bytes | Path) -> Iterator[InputContainer]:
    """The container for `source`, read through a Python file object: FFmpeg never sees a
    path, so a file named "http:..." or "concat:..." is only ever a file."""
    import av

    file: BinaryIO = io.BytesIO(source) if isinstance(source, bytes) else source.open("rb")
    try:
        container = av.open(
            file,
            mode="r",
            container_options={"format_whitelist": ",".join(DEMUXERS)},
            timeout=TIMEOUT_SECONDS,
            metadata_errors="replace",  # a damaged tag is no reason to refuse the file
        )
        try:
            yield container
        finally:
            container.close()
    finally:
        file.close()


def _facts(container: InputContainer) -> MediaFacts | None:
    video = _video_stream(container)
    has_audio = any(stream.type == "audio" for stream in container.streams)
    if video is None and not has_audio:
        return None
    # A stream whose codec this FFmpeg lacks has no codec context, so no size.
    context = video.codec_context if video is not None else None
    return MediaFacts(
        duration=_duration(container),
        has_audio=has_audio,
        has_video=video is not None,
        width=(context.width or None) if context is not None else None,
        height=(context.height or None) if context is not None else None,
    )


def _video_stream(container: InputContainer) -> VideoStream | None:
    """The first stream of moving pictures (skipping an MP3's or M4A's cover art)."""
    from av.stream import Disposition

    for stream in container.streams.video:
        if not stream.disposition & Disposition.attached_pic:
            return stream
    return None


def _duration(container: InputContainer) -> float | None:
    import av

    if container.duration is not None and container.duration > 0:
        return float(container.duration / av.time_base)
    # Some containers leave the total out but give each stream's own length.
    lengths = [
        float(stream.duration * stream.time_base)
        for stream in container.streams
        if stream.duration and stream.time_base and stream.type in ("video", "audio")
    ]
    duration = max(lengths, default=0.0)
    return duration if duration > 0 and math.isfinite(duration) else None


def _target(container: InputContainer, stream: VideoStream) -> int | None:
    """Where to seek, in the stream's time base; None to start from the beginning."""
    duration = _duration(container)
    if duration is None or stream.time_base is None or duration < 1:
        return None
    start = stream.start_time or 0
    return start + int(duration * FRAME_AT / stream.time_base)


def _frame_near(
    container: InputContainer, stream: VideoStream, target: int | None
) -> VideoFrame | None:
    from av.error import FFmpegError

    # Only keyframes are decoded: a seek lands on one, and one is all a thumbnail needs.
    stream.codec_context.skip_frame = "NONKEY"
    if target is not None:
        try:
            container.seek(target, stream=stream, backward=True, any_frame=False)
        except FFmpegError as exc:  # no index, or a stream that cannot seek: read on
            log.debug("Seek failed, taking the first frame: %s", exc)
        else:
            frame = _first_frame(container, stream)
            if frame is not None:
                return frame
            # Past the last keyframe (a damaged index): back to the start.
            container.seek(0, stream=stream, backward=True, any_frame=False)
            stream.codec_context.flush_buffers()
    return _first_frame(container, stream)


def _first_frame(container: InputContainer, stream: VideoStream) -> VideoFrame | None:
    for count, packet in enumerate(container.demux(stream), start=1):
        for frame in packet.decode():
            return frame
        if count >= MAX_PACKETS:
            break
    return None


def _encode(frame: VideoFrame, stream: VideoStream, max_side: int) -> bytes | None:
    # Imported here: a photo given on the command line reaches the strip without Pillow.
    from PIL import Image

    width, height = frame.width, frame.height
    if width <= 0 or height <= 0:
        return None
    # Anamorphic video (DV, some MPEG-2) stores wider pixels than it shows.
    aspect = stream.sample_aspect_ratio
    shown_width = width * float(aspect) if aspect and aspect > 0 else float(width)
    rotation = frame.rotation
    scale = min(1.0, max_side / max(shown_width, height))
    rgb = frame.reformat(
        width=max(1, round(shown_width * scale)),
        height=max(1, round(height * scale)),
        format="rgb24",
        interpolation="AREA",
    )
    plane = rgb.planes[0]
    # Rows may be padded past width × 3 bytes; Pillow skips the padding by the stride.
    image = Image.frombuffer(
        "RGB", (rgb.width, rgb.height), bytes(plane), "raw", "RGB", plane.line_size, 1
    )
    if rotation % 360:
        # The display matrix turns the picture counter-clockwise by `rotation` degrees, as
        # Pillow's rotate() does; a phone's portrait video stores -90.
        image = image.rotate(rotation, expand=True)
    out = io.BytesIO()
    image.save(out, format="JPEG", quality=85)
    return out.getvalue()
