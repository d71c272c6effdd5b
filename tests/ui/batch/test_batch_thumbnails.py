"""Thumbnails in the batch table, made off the GUI thread: a photo upright and small, a
video's frame (the one media_probe.video_frame takes for the attachment strip) with a play
mark and its length, from a real video the test makes with PyAV."""

from __future__ import annotations

import math
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from desktop.ui.batch.thumbnails import SIZE, ThumbnailCache, decode
from tests import media
from tests.photos import camera_photo

pytestmark = pytest.mark.skipif(not media.can_make("mp4"), reason="no H.264 encoder in PyAV")


@pytest.fixture
def cache() -> Iterator[ThumbnailCache]:
    cache = ThumbnailCache()
    yield cache
    cache.close()


def blue_share(image: QImage) -> float:
    blue = 0
    for y in range(image.height()):
        for x in range(image.width()):
            pixel = image.pixelColor(x, y)
            blue += pixel.blue() > 150 and pixel.red() < 90 and pixel.green() < 90
    return blue / (image.width() * image.height())


def dark_and_white_in(image: QImage, left: int, top: int) -> tuple[bool, bool]:
    dark = white = False
    for y in range(top, image.height()):
        for x in range(left, image.width()):
            pixel: QColor = image.pixelColor(x, y)
            dark |= pixel.lightness() < 60
            white |= pixel.lightness() > 230
    return dark, white


def test_a_video_is_decoded_to_its_frame_with_its_length(tmp_path: Path) -> None:
    clip = media.write(tmp_path / "harbour.mp4", media.video("mp4", seconds=3.0))
    decoded = decode(str(clip), SIZE)
    assert decoded is not None and decoded.video
    assert decoded.duration is not None and math.isclose(decoded.duration, 3.0, abs_tol=0.2)
    assert max(decoded.width, decoded.height) == SIZE
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(camera_photo(320, 240, seed=3))
    still = decode(str(photo), SIZE)
    assert still is not None and not still.video and still.duration is None
    assert (still.width, still.height) == (SIZE, SIZE * 3 // 4)


def test_a_video_row_gets_its_frame_with_a_play_mark_and_length(
    cache: ThumbnailCache, qtbot: QtBot, tmp_path: Path
) -> None:
    clip = media.write(tmp_path / "clip.mp4", media.video("mp4", seconds=3.0, audio=False))
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(camera_photo(320, 240, seed=3))
    assert cache.pixmap(str(clip)) is None and cache.pixmap(str(photo)) is None  # on their way
    with qtbot.waitSignal(cache.ready, timeout=20_000):
        pass
    qtbot.waitUntil(lambda: cache.pixmap(str(clip)) is not None, timeout=20_000)
    frame = cache.pixmap(str(clip)).toImage()
    assert blue_share(frame) > 0.4  # the video's blue frames
    # Its corner: the dark pill with the white triangle and "0:03".
    assert dark_and_white_in(frame, frame.width() // 3, frame.height() // 2) == (True, True)
    qtbot.waitUntil(lambda: cache.pixmap(str(photo)) is not None, timeout=20_000)
    still = cache.pixmap(str(photo)).toImage()
    assert dark_and_white_in(still, still.width() - 4, still.height() - 4) != (True, True)


def test_a_damaged_video_has_no_thumbnail(tmp_path: Path) -> None:
    whole = media.video("mp4", seconds=2.0)
    broken = tmp_path / "broken.mp4"
    broken.write_bytes(whole[:64])
    assert decode(str(broken), SIZE) is None
