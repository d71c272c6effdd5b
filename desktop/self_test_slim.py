"""The self-test's checks of what the bundles slim (packaging/slim_libraries.py): FFmpeg
(PyAV), whose encoder libraries are stubs in every bundle, loads with the demuxers and
decoders of every container the app accepts, and each file given with `--self-test --media
FILE...` gets its length and a video its frame, read as the app reads them
(services/media_probe.py); ICU, whose data the Linux bundle trims, still sorts words by each
language's rules.
"""

from __future__ import annotations

import io
from pathlib import Path

from desktop.self_test import FAIL, PASS, CheckResult

# The decoders for what the containers of core/media.py usually hold: H.264, HEVC, VP8/9,
# AV1 (dav1d), MPEG-4 Part 2, MPEG-1/2, H.263 (3GP), WMV, Sorenson (FLV); AAC, MP3, MP2,
# Opus, Vorbis, FLAC, WMA, PCM.
DECODERS = (
    "h264",
    "hevc",
    "vp8",
    "vp9",
    "libdav1d",
    "mpeg4",
    "mpeg1video",
    "mpeg2video",
    "h263",
    "wmv2",
    "wmv3",
    "vc1",
    "flv",
    "aac",
    "mp3",
    "mp2",
    "opus",
    "vorbis",
    "flac",
    "wmav2",
    "pcm_s16le",
)
FRAME_SIDE = 160


def check_ffmpeg() -> CheckResult:
    """PyAV loads, and the demuxers and decoders the app needs are there."""
    import av
    import av.codec

    from desktop.services.media_probe import DEMUXERS

    # A demuxer has one name or several ("mov,mp4,m4a,3gp,3g2,mj2").
    names = {name for entry in av.formats_available for name in entry.split(",")}
    missing = [name for name in DEMUXERS if name not in names]
    for name in DECODERS:
        try:
            av.codec.Codec(name, "r")
        except Exception:  # UnknownCodecError; anything else is as missing
            missing.append(name)
    if missing:
        return CheckResult("media", FAIL, f"FFmpeg lacks {', '.join(missing)}")
    return CheckResult(
        "media",
        PASS,
        f"FFmpeg {av.ffmpeg_version_info}: {len(DEMUXERS)} demuxers, {len(DECODERS)} decoders",
    )


def check_media_file(path: Path) -> CheckResult:
    """`path` gets its length, and, when it holds a moving picture, a frame."""
    from PIL import Image

    from desktop.services.media_probe import probe, video_frame

    facts = probe(path)
    if facts is None or facts.duration is None:
        return CheckResult("media", FAIL, f"{path.name}: no length")
    detail = f"{path.name}: {facts.duration:.2f} s"
    if not facts.has_video:
        return CheckResult("media", PASS, f"{detail}, sound only")
    frame = video_frame(path, FRAME_SIDE)
    if frame is None:
        return CheckResult("media", FAIL, f"{detail}, no frame")
    with Image.open(io.BytesIO(frame)) as image:
        width, height = image.size
    return CheckResult("media", PASS, f"{detail}, frame {width}×{height}")


# Sorted by QCollator with ICU's collation data, as the file dialog sorts names; without
# the data (ICU's is trimmed in the Linux bundle) Qt falls back to comparing code points.
_COLLATION_SAMPLES = {
    "de_DE": (["zebra", "äpfel", "birne"], ["äpfel", "birne", "zebra"]),
    "sv_SE": (["zebra", "äpple", "banan"], ["banan", "zebra", "äpple"]),
    "ja_JP": (["き", "カ", "あ"], ["あ", "カ", "き"]),
    "zh_TW": (["三", "二", "一"], ["一", "二", "三"]),  # by strokes
    "zh_CN": (["三", "二", "一"], ["二", "三", "一"]),  # by pinyin
}


def check_collation() -> CheckResult:
    """Words sort by each language's rules (German, Swedish, Japanese, Chinese)."""
    from PySide6.QtCore import QCollator, QLocale

    wrong = []
    for locale, (words, expected) in _COLLATION_SAMPLES.items():
        collator = QCollator(QLocale(locale))
        if sorted(words, key=collator.sortKey) != expected:
            wrong.append(locale)
    if wrong:
        return CheckResult("collation", FAIL, f"wrong order for {', '.join(wrong)} (ICU data?)")
    return CheckResult("collation", PASS, f"{', '.join(_COLLATION_SAMPLES)} sort as expected")
