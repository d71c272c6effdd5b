"""The test images, made here (one copy for every test): camera-like photos, small PNGs, and
JPEGs told by their EXIF how to turn upright."""

from __future__ import annotations

import io
import random
import struct

from PIL import Image, ImageDraw, ImageFilter

GPS_IFD, ORIENTATION, MAKE = 0x8825, 0x0112, 0x010F


def camera_photo(
    width: int = 4032,
    height: int = 3024,
    *,
    orientation: int | None = None,
    gps: bool = False,
    seed: int = 7,
) -> bytes:
    """A blurred scene plus per-pixel sensor noise, saved as a quality-92 JPEG with real EXIF
    (a 12-megapixel one is about 3.7 MB, as phones make)."""
    rng = random.Random(seed)
    channels = (
        Image.linear_gradient("L").resize((width, height)),
        Image.radial_gradient("L").resize((width, height)),
        Image.linear_gradient("L").rotate(90).resize((width, height)),
    )
    scene = Image.merge("RGB", channels)
    draw = ImageDraw.Draw(scene)
    for _ in range(40):
        x, y, r = (
            rng.randrange(width),
            rng.randrange(height),
            rng.randrange(width // 80 + 1, width // 6 + 2),
        )
        draw.ellipse(
            (x - r, y - r, x + r, y + r),
            fill=(rng.randrange(256), rng.randrange(256), rng.randrange(256)),
        )
    scene = scene.filter(ImageFilter.GaussianBlur(3))
    noise = Image.frombytes("L", (width, height), rng.randbytes(width * height)).convert("RGB")
    image = Image.blend(scene, noise, 0.08)
    exif = Image.Exif()
    exif[MAKE] = "Phone Maker"
    if orientation:
        exif[ORIENTATION] = orientation
    if gps:
        exif.get_ifd(GPS_IFD).update({1: "N", 2: (46.0, 1.0, 2.0), 3: "E", 4: (7.0, 44.0, 3.0)})
    out = io.BytesIO()
    image.save(out, format="JPEG", quality=92, exif=exif)
    return out.getvalue()


def png_bytes(
    width: int = 4, height: int = 3, colour: tuple[int, int, int] = (200, 30, 30)
) -> bytes:
    """A small PNG of one colour."""
    out = io.BytesIO()
    Image.new("RGB", (width, height), colour).save(out, format="PNG")
    return out.getvalue()


def with_exif_orientation(jpeg: bytes, orientation: int) -> bytes:
    """The JPEG with a minimal APP1 Exif segment right after SOI: a big-endian TIFF header
    and one IFD entry, Orientation (tag 0x0112, SHORT, count 1)."""
    assert jpeg[:2] == b"\xff\xd8"
    entry = struct.pack(">HHIHH", ORIENTATION, 3, 1, orientation, 0)
    tiff = b"MM\x00\x2a" + struct.pack(">I", 8) + struct.pack(">H", 1) + entry + b"\x00" * 4
    payload = b"Exif\x00\x00" + tiff
    return jpeg[:2] + b"\xff\xe1" + struct.pack(">H", len(payload) + 2) + payload + jpeg[2:]
