"""Photos made ready to send: upright, no larger than the chosen detail needs, no metadata.

A 12-megapixel phone photo is about 4 MB; at the default detail it goes out as a 1536-pixel
JPEG of a few hundred kilobytes, which uploads faster and costs fewer tokens, and, because
re-encoding drops EXIF, the photo's GPS location never leaves the computer. "Original"
sends the file's bytes unchanged (the UI warns that location data goes along). Blocking
work: call from a worker thread (asyncio.to_thread), never on the GUI thread.
"""

from __future__ import annotations

import io
import math
from dataclasses import dataclass

from PIL import Image, ImageOps, UnidentifiedImageError

from desktop.core.errors import FileProblemError
from desktop.core.image_detail import DEFAULT_DETAIL, ImageDetail
from desktop.core.messages import Message

JPEG_QUALITY = 85  # visually lossless for photos; the long-side cap does most of the saving
_GPS_IFD = 0x8825  # the EXIF tag that points to GPS data


@dataclass(frozen=True)
class PreparedImage:
    data: bytes
    mime_type: str
    width: int
    height: int
    original_size: int
    has_location: bool  # the original carried GPS data (kept only with ORIGINAL)

    @property
    def ratio(self) -> float:
        return len(self.data) / self.original_size if self.original_size else 1.0


def prepare_image(
    data: bytes, mime_type: str, detail: ImageDetail = DEFAULT_DETAIL, name: str = "The photo"
) -> PreparedImage:
    """The bytes to send for one photo at `detail`; FileProblemError for a damaged file."""
    try:
        with Image.open(io.BytesIO(data)) as opened:
            location = _has_location(opened)
            if detail is ImageDetail.ORIGINAL:
                width, height = opened.size
                return PreparedImage(data, mime_type, width, height, len(data), location)
            width, height = opened.size
            scale = (detail.long_side or max(width, height)) / max(width, height)
            if opened.format == "JPEG" and scale < 1:
                # Let the JPEG decoder skip detail we would throw away (DCT scaling): a
                # 12-megapixel photo decodes at half or a quarter size, several times faster.
                opened.draft("RGB", (math.ceil(width * scale), math.ceil(height * scale)))
            opened.load()  # decode now, so a truncated file fails here with its name
            image = ImageOps.exif_transpose(opened)
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError) as exc:
        raise FileProblemError(
            Message("file.damaged_image", file=name),
            hint=Message("file.damaged_image.hint"),
            status="DAMAGED",
            server_message=str(exc),
        ) from exc
    long_side = detail.long_side or max(image.size)
    if max(image.size) > long_side:
        image.thumbnail((long_side, long_side), Image.Resampling.LANCZOS)
    keep_png = mime_type == "image/png" and (_has_transparency(image) or _is_line_art(image))
    # Always the re-encoded bytes, even when a small original would be smaller: only they
    # are sure to carry no metadata at all.
    encoded, mime = _encode(image, keep_png)
    return PreparedImage(encoded, mime, image.width, image.height, len(data), location)


def _encode(image: Image.Image, keep_png: bool) -> tuple[bytes, str]:
    out = io.BytesIO()
    if keep_png:
        image.save(out, format="PNG", optimize=True)  # no EXIF is written
        return out.getvalue(), "image/png"
    if image.mode not in ("RGB", "L"):
        image = image.convert("RGB")
    # Optimized Huffman tables save about a tenth of the bytes for twice the encoding time;
    # progressive saved under 2% more for two and a half times again (a 1536-pixel photo:
    # 138 KB in 12.6 ms of CPU, progressive 135 KB in 31.8 ms), time the cores spend while
    # a batch prepares its photos beside the window's thread.
    image.save(out, format="JPEG", quality=JPEG_QUALITY, optimize=True)
    return out.getvalue(), "image/jpeg"


def _has_location(image: Image.Image) -> bool:
    try:
        gps = image.getexif().get_ifd(_GPS_IFD)
    except (AttributeError, KeyError, ValueError, TypeError):
        return False
    return bool(gps)


def _has_transparency(image: Image.Image) -> bool:
    if image.mode in ("RGBA", "LA"):
        extrema = image.getchannel("A").getextrema()
        return isinstance(extrema, tuple) and isinstance(extrema[0], int) and extrema[0] < 255
    return image.mode == "P" and "transparency" in image.info


def _is_line_art(image: Image.Image) -> bool:
    """Screenshots, diagrams, scans of text: few colours, which JPEG would smear."""
    sample = image.copy()
    sample.thumbnail((256, 256))
    colours = sample.convert("RGB").getcolors(maxcolors=256)
    return colours is not None
