"""The controller: files prepared off the GUI thread, added in order, refusals named."""

from __future__ import annotations

import asyncio
import itertools
import os
import shutil
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer, QUrl
from pytestqt.qtbot import QtBot

from desktop.ui.attachments import AttachmentController, AttachmentStrip
from desktop.ui.attachments.loader import make_thumbnail
from desktop.ui.attachments.model import THUMBNAIL_SIZE
from tests.photos import camera_photo, with_exif_orientation
from tests.ui.attachments import samples
from tests.ui.attachments.conftest import wait_for


def names(strip: AttachmentStrip) -> list[str]:
    return [attachment.name for attachment in strip.attachments()]


def test_files_arrive_in_the_order_given_with_their_details(
    qtbot: QtBot, strip: AttachmentStrip, controller: AttachmentController, files: Path
) -> None:
    order = ["notes.txt", "clip.mp4", "photo.jpg", "doc.pdf", "memo.wav", "shot.png"]
    with qtbot.waitSignal(controller.batch_finished, timeout=10000) as finished:
        controller.add_paths([files / name for name in order])
    added, refusals = finished.args
    assert [a.name for a in added] == order and refusals == []
    assert names(strip) == order
    by_name = {a.name: a for a in strip.attachments()}
    assert by_name["clip.mp4"].mime_type == "video/mp4"
    clip = by_name["clip.mp4"]
    assert clip.duration_seconds == pytest.approx(83.0, abs=0.1)
    assert clip.has_audio is False  # the sample is silent
    assert clip.thumbnail is not None and clip.thumbnail.size().toTuple() == (96, 64)
    assert by_name["memo.wav"].duration_seconds == pytest.approx(2.0)
    assert by_name["doc.pdf"].mime_type == "application/pdf"
    assert by_name["notes.txt"].thumbnail is None
    photo = by_name["photo.jpg"]
    assert photo.data == (files / "photo.jpg").read_bytes()  # the file as read, not re-encoded
    assert photo.size == len(photo.data)
    assert photo.source_path == files / "photo.jpg"
    assert photo.thumbnail is not None and photo.thumbnail.size().toTuple() == (64, 32)
    shot = by_name["shot.png"].thumbnail
    assert shot is not None and shot.width() == THUMBNAIL_SIZE and shot.height() in (106, 107)
    assert strip.isVisible()


def test_exif_orientation_6_turns_the_thumbnail_upright(
    qtbot: QtBot, strip: AttachmentStrip, controller: AttachmentController, tmp_path: Path
) -> None:
    # Stored landscape 64×32; orientation 6 says "rotate 90° clockwise to view".
    stored = samples.encode(samples.image(64, 32))
    path = tmp_path / "portrait.jpg"
    path.write_bytes(with_exif_orientation(stored, 6))
    controller.add_paths([path])
    wait_for(qtbot, controller, 1)
    thumbnail = strip.attachments()[0].thumbnail
    assert thumbnail is not None
    assert thumbnail.size().toTuple() == (32, 64)
    # The red corner was top-left; turned clockwise it is top-right.
    assert thumbnail.pixelColor(28, 3).red() > 200 and thumbnail.pixelColor(3, 3).red() < 200
    # Without the tag the same picture stays landscape.
    plain = make_thumbnail(stored)
    assert plain is not None and plain.size().toTuple() == (64, 32)


def test_a_large_exif_rotated_photo_is_decoded_at_thumbnail_size(tmp_path: Path) -> None:
    stored = samples.encode(samples.image(1600, 1200))
    thumbnail = make_thumbnail(with_exif_orientation(stored, 6))
    assert thumbnail is not None
    assert thumbnail.size().toTuple() == (120, 160)


def test_refused_files_are_named_and_the_rest_of_the_batch_still_arrives(
    qtbot: QtBot, strip: AttachmentStrip, controller: AttachmentController, files: Path
) -> None:
    (files / "empty.jpg").write_bytes(b"")
    (files / "Holidays").mkdir()
    (files / "mystery.bin").write_bytes(samples.MYSTERY)
    (files / "funny.gif").write_bytes(samples.GIF)
    loop = files / "loop.jpg"
    os.symlink(loop, loop)
    vanished = files / "vanished.jpg"
    shutil.copy(files / "photo.jpg", vanished)
    jpeg = samples.encode(samples.image(640, 480))
    (files / "cut.jpg").write_bytes(jpeg[: len(jpeg) // 2])  # a copy that stopped halfway
    (files / "renamed.png").write_bytes(jpeg)  # a JPEG with the wrong name: content decides
    batch = [
        files / "photo.jpg",
        files / "cut.jpg",
        files / "renamed.png",
        files / "empty.jpg",
        files / "Holidays",
        files / "notes.txt",
        files / "mystery.bin",
        files / "funny.gif",
        vanished,
        loop,
        files / "doc.pdf",
    ]
    vanished.unlink()  # between the drop and the reading
    with qtbot.waitSignal(controller.batch_finished, timeout=10000) as finished:
        controller.add_paths(batch)
    added, refusals = finished.args
    assert names(strip) == ["photo.jpg", "renamed.png", "notes.txt", "doc.pdf"]
    assert [a.name for a in added] == names(strip)
    assert strip.attachments()[1].mime_type == "image/jpeg"
    expected = [
        "cut.jpg is damaged or incomplete: the picture stops part of the way through.",
        "empty.jpg is empty.",
        "Holidays is a folder, not a file.",
        "mystery.bin is not a kind of file Gemini can read.",
        "funny.gif is a GIF image, which Gemini cannot read.",
        "vanished.jpg does not exist.",
        "loop.jpg is a shortcut (symbolic link) that leads back to itself.",
    ]
    assert len(refusals) == len(expected)
    for message, words in zip(refusals, expected, strict=True):
        assert message.startswith(words)
    assert strip.problems() == refusals
    shown = strip.problem_text()
    assert all(words in shown for words in expected[:6])  # six lines, then "1 more file"
    assert "1 more file(s) could not be added." in shown
    assert "Save it as PNG or JPEG first" in shown  # each with what to do


def test_image_data_from_another_app(
    qtbot: QtBot, strip: AttachmentStrip, controller: AttachmentController
) -> None:
    jpeg = samples.encode(samples.image(40, 30))
    controller.add_image_data(jpeg, "from browser")
    controller.add_image_data(samples.image(20, 10), "Pasted image")
    controller.add_image_data(samples.GIF, "anim.gif")  # converted: no original to keep
    wait_for(qtbot, controller, 3)
    first, second, third = strip.attachments()
    assert (first.name, first.mime_type, first.data) == ("from browser.jpg", "image/jpeg", jpeg)
    assert (second.name, second.mime_type) == ("Pasted image.png", "image/png")
    assert second.data.startswith(b"\x89PNG") and second.source_path is None
    assert second.thumbnail is not None and second.thumbnail.width() == 20
    assert (third.name, third.mime_type) == ("anim.png", "image/png")


def test_bytes_that_are_no_picture_are_refused(
    qtbot: QtBot, strip: AttachmentStrip, controller: AttachmentController
) -> None:
    with qtbot.waitSignal(controller.batch_finished, timeout=5000) as finished:
        controller.add_image_data(b"just words", "Dropped image")
    assert finished.args[1] == [
        "Dropped image is not a picture Gemini Desktop recognises. "
        "Save the picture to your computer first, then drop the file."
    ]
    assert strip.count() == 0


def test_urls_files_become_files_and_a_website_picture_is_refused(
    qtbot: QtBot, strip: AttachmentStrip, controller: AttachmentController, files: Path
) -> None:
    with qtbot.waitSignal(controller.batch_finished, timeout=5000) as finished:
        controller.add_urls(
            [QUrl.fromLocalFile(str(files / "photo.jpg")), QUrl("https://example.com/a/cat.jpg")]
        )
    assert names(strip) == ["photo.jpg"]
    assert finished.args[1] == [
        "cat.jpg is on a website, not on this computer. "
        "Save the picture to your computer first, then drop the file."
    ]


def test_batches_keep_the_order_they_were_started_in(
    qtbot: QtBot, strip: AttachmentStrip, controller: AttachmentController, files: Path
) -> None:
    big = files / "big.jpg"
    big.write_bytes(camera_photo(2000, 1500))
    controller.add_paths([big])  # slower to prepare than the next batch
    controller.add_paths([files / "notes.txt"])
    assert controller.is_loading()
    assert strip.pending_text() == "Adding 2 file(s)…"
    wait_for(qtbot, controller, 2)
    assert names(strip) == ["big.jpg", "notes.txt"]
    assert strip.pending_text() == ""


def test_closing_cancels_what_is_still_loading(
    qtbot: QtBot, strip: AttachmentStrip, files: Path
) -> None:
    controller = AttachmentController(strip)
    controller.add_paths([files / "photo.jpg", files / "doc.pdf"])
    done: list[bool] = []

    async def close() -> None:
        await controller.aclose()
        done.append(True)

    asyncio.get_running_loop().create_task(close())
    qtbot.waitUntil(lambda: bool(done), timeout=5000)
    assert not controller.is_loading()
    controller.add_paths([files / "notes.txt"])  # after closing: ignored
    assert not controller.is_loading()


def test_twenty_large_photos_arrive_without_stalling_the_loop(
    qtbot: QtBot, strip: AttachmentStrip, controller: AttachmentController, tmp_path: Path
) -> None:
    jpeg = camera_photo()  # 4032×3024, like a phone's 12 megapixels
    paths = []
    for index in range(20):
        path = tmp_path / f"IMG_{index:04d}.jpg"
        path.write_bytes(jpeg)
        paths.append(path)

    ticks: list[float] = []
    probe = QTimer()
    probe.setInterval(2)
    probe.timeout.connect(lambda: ticks.append(time.perf_counter()))
    probe.start()
    started = time.perf_counter()
    controller.add_paths(paths)
    wait_for(qtbot, controller, 20)
    elapsed = time.perf_counter() - started
    probe.stop()

    gaps = [later - earlier for earlier, later in itertools.pairwise(ticks)]
    print(
        f"\n20 photos of {len(jpeg) / 1e6:.1f} MB: all in after {elapsed * 1000:.0f} ms; "
        f"longest event-loop gap {max(gaps) * 1000:.1f} ms (target < 16 ms) over {len(gaps)} ticks"
    )
    assert names(strip) == [path.name for path in paths]
    assert all(
        a.thumbnail is not None and max(a.thumbnail.width(), a.thumbnail.height()) == 160
        for a in strip.attachments()
    )
