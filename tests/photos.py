"""Camera-like photos made by the tests: a blurred scene plus per-pixel sensor noise, saved
as a quality-92 JPEG with real EXIF (a 12-megapixel one is about 3.7 MB, as phones make)."""

from __future__ import annotations

import io
import random

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
