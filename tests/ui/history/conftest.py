"""Fixtures of the sidebar tests: a real history in tmp_path filled through the store's own
methods (photos drawn with QImage), a shown sidebar, and its controller."""

from __future__ import annotations

import struct
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QIODevice, QPointF, Qt
from PySide6.QtGui import QColor, QImage, QLinearGradient, QPainter
from pytestqt.qtbot import QtBot

from desktop.core.answer import Answer
from desktop.core.conversation import ConversationSummary, NewAttachment
from desktop.services.history import HistoryStore
from desktop.ui.history import HistoryController, HistorySidebar
from tests.services.history.helpers import StepClock

# The offscreen platform cannot pass a window's size limits on, and says so whenever a widget
# with a layout is shown as a window of its own; every other Qt warning still fails a test.
OFFSCREEN_WINDOW = pytest.mark.qt_log_ignore(
    r"^This plugin does not support propagateSizeHints\(\)$"
)


def picture(width: int, height: int, color: str = "#3060c0") -> QImage:
    """A gradient with its top-left corner red, so a rotation shows."""
    image = QImage(width, height, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    gradient = QLinearGradient(QPointF(0, 0), QPointF(width, height))
    gradient.setColorAt(0, QColor(color))
    gradient.setColorAt(1, QColor("#e8a64f"))
    painter.fillRect(image.rect(), gradient)
    painter.fillRect(0, 0, max(1, width // 4), max(1, height // 4), Qt.GlobalColor.red)
    painter.end()
    return image


def jpeg(image: QImage, orientation: int | None = None) -> bytes:
    """JPEG bytes; with `orientation`, an Exif segment saying how to turn it upright."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, "JPEG", 90)
    data = bytes(buffer.data().data())
    if orientation is None:
        return data
    entry = struct.pack(">HHIHH", 0x0112, 3, 1, orientation, 0)
    tiff = b"MM\x00\x2a" + struct.pack(">I", 8) + struct.pack(">H", 1) + entry + b"\x00" * 4
    payload = b"Exif\x00\x00" + tiff
    segment = b"\xff\xe1" + struct.pack(">H", len(payload) + 2) + payload
    return data[:2] + segment + data[2:]


WIDE_PHOTO = jpeg(picture(640, 320))
"""Stored wide; Exif orientation 6 says: turn it a quarter to the right, so it shows tall."""
TURNED_PHOTO = jpeg(picture(640, 320, "#30a060"), orientation=6)

CHATS = (
    ("What plant is this?", "A peace lily. Water it when the top of the soil is dry.", WIDE_PHOTO),
    ("Recipe ideas with tomatoes and basil", "Try a caprese salad or bruschetta.", None),
    ("Is this cat a Maine Coon?", "Probably a domestic short-haired cat.", TURNED_PHOTO),
    ("Plan a hiking weekend", "Day 1: the lake. Day 2: the ridge, with tomatoes for lunch.", None),
)


def chat(store: HistoryStore, prompt: str, answer: str, photo: bytes | None = None) -> int:
    conversation = store.create_conversation()
    files = [NewAttachment(photo, "image/jpeg", "photo.jpg")] if photo else []
    store.add_user_turn(conversation, prompt, files)
    turn = store.start_model_turn(conversation)
    store.finish_model_turn(turn, Answer(text=answer, finish_reason="STOP"))
    return conversation


@pytest.fixture
def store(tmp_path: Path) -> Iterator[HistoryStore]:
    with HistoryStore.open(
        tmp_path / "data", clock=StepClock(datetime.now(UTC).timestamp() - 600)
    ) as opened:
        yield opened


@pytest.fixture
def chats(store: HistoryStore) -> list[int]:
    """The CHATS, oldest first (so the sidebar shows them in reverse)."""
    return [chat(store, *item) for item in CHATS]


@pytest.fixture
def sidebar(qtbot: QtBot) -> HistorySidebar:
    sidebar = HistorySidebar(undo_seconds=10.0)
    sidebar.resize(300, 640)
    qtbot.addWidget(sidebar)
    sidebar.show()
    qtbot.waitExposed(sidebar)
    return sidebar


@pytest.fixture
def controller(
    sidebar: HistorySidebar, store: HistoryStore, qtbot: QtBot
) -> Iterator[HistoryController]:
    controller = HistoryController(sidebar, store, parent=sidebar)
    yield controller
    qtbot.waitUntil(lambda: not controller.is_busy(), timeout=5000)


def summary(
    conversation_id: int,
    title: str,
    ago: timedelta = timedelta(minutes=5),
    image: str | None = None,
) -> ConversationSummary:
    when = datetime.now(UTC) - ago
    return ConversationSummary(conversation_id, title, when, when, image, 2)
