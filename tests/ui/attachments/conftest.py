"""Fixtures of the attachment tests: a shown strip with its controller, and a folder of files."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QPlainTextEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from desktop.ui.attachments import AttachmentController, AttachmentStrip
from tests.ui.attachments import samples


@pytest.fixture(autouse=True)
def _quiet_qasync() -> Iterator[None]:
    """qasync logs every callback at DEBUG; a test earlier in the session that leaves the
    root logger at DEBUG (test_secrets_never_leak does) makes a loop that runs thousands of
    callbacks crawl. Nothing here is about qasync's own logging."""
    logger = logging.getLogger("qasync")
    level = logger.level
    logger.setLevel(max(level, logging.INFO))
    yield
    logger.setLevel(level)


@pytest.fixture
def strip(qtbot: QtBot) -> Iterator[AttachmentStrip]:
    """A strip above a prompt in a shown window, as in the composer."""
    host = QWidget()
    host.setObjectName("testComposer")
    # A window with its own minimum size: otherwise each change of the layout's minimum
    # resizes the window's limits, which the offscreen platform warns about.
    host.setMinimumSize(760, 320)
    qtbot.addWidget(host)
    layout = QVBoxLayout(host)
    strip = AttachmentStrip(host)
    layout.addWidget(strip)
    layout.addWidget(QPlainTextEdit(host), 1)
    host.show()
    qtbot.waitExposed(host)
    yield strip  # the generator's frame keeps the host (and so the strip) alive


@pytest.fixture
def controller(strip: AttachmentStrip, qtbot: QtBot) -> Iterator[AttachmentController]:
    controller = AttachmentController(strip, parent=strip)
    yield controller
    # Nothing may be left loading at the end of a test.
    qtbot.waitUntil(lambda: not controller.is_loading(), timeout=5000)


@pytest.fixture
def files(tmp_path: Path) -> Path:
    """photo.jpg (64×32), shot.png, clip.mp4 (1:23), memo.wav (2 s), doc.pdf, notes.txt."""
    folder = tmp_path / "files"
    folder.mkdir()
    samples.write_image(folder / "photo.jpg")
    samples.write_image(folder / "shot.png", 300, 200, "PNG")
    (folder / "clip.mp4").write_bytes(samples.clip())
    samples.write_wav(folder / "memo.wav", 2.0)
    (folder / "doc.pdf").write_bytes(samples.PDF)
    (folder / "notes.txt").write_text("Shopping: milk, eggs.\n", encoding="utf-8")
    return folder


def wait_for(qtbot: QtBot, controller: AttachmentController, count: int | None = None) -> None:
    """Until every batch is in (and, with `count`, the strip holds that many)."""
    qtbot.waitUntil(
        lambda: (
            not controller.is_loading() and (count is None or controller.strip.count() == count)
        ),
        timeout=30000,
    )
