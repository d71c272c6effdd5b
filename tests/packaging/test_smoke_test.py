"""packaging/smoke_test.py's own pieces: the screen capture's formats, and the test that
tells whether the photo is on screen."""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image, ImageOps

from tests.packaging.conftest import PACKAGING, REPO, load_module

smoke = load_module("smoke_test", PACKAGING / "smoke_test.py")
PHOTO = REPO / "tests" / "packaging" / "data" / "sunset.jpg"


def rgb_bytes(image: Image.Image) -> bytes:
    return image.convert("RGB").tobytes()


def test_reads_a_binary_ppm_with_a_comment() -> None:
    data = b"P6\n# made by import\n3 2\n255\n" + bytes(range(18))
    assert smoke.read_ppm(data) == (3, 2, bytes(range(18)))


def test_writes_a_png_pillow_reads_back(tmp_path: Path) -> None:
    pixels = bytes([255, 0, 0, 0, 255, 0, 0, 0, 255, 10, 20, 30, 40, 50, 60, 70, 80, 90])
    path = tmp_path / "shot.png"
    smoke.write_png(path, 3, 2, pixels)
    with Image.open(path) as image:
        assert image.size == (3, 2)
        assert rgb_bytes(image) == pixels


def test_the_photo_thumbnail_is_found_and_the_apps_own_colours_are_not() -> None:
    # The attachment chip shows a square thumbnail about 42 pixels wide.
    with Image.open(PHOTO) as photo:
        thumbnail = ImageOps.fit(photo, (42, 42))
    assert smoke.photo_pixels(rgb_bytes(thumbnail)) >= 300
    icon = PACKAGING / "linux" / "icons" / "hicolor" / "256x256" / "apps" / "gemini-desktop.png"
    with Image.open(icon) as image:
        background = Image.new("RGBA", image.size, "white")
        background.alpha_composite(image.convert("RGBA"))
        assert smoke.photo_pixels(rgb_bytes(background)) == 0


def test_the_photo_is_a_real_jpeg() -> None:
    with Image.open(io.BytesIO(PHOTO.read_bytes())) as photo:
        assert photo.format == "JPEG" and photo.size == (1200, 800)
