"""Fixtures of the sidebar tests: a real history in tmp_path filled through the store's own
methods (photos drawn with QImage), a shown sidebar, and its controller."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from desktop.core.answer import Answer
from desktop.core.conversation import ConversationSummary, NewAttachment
from desktop.services.history import HistoryStore
from desktop.ui.history import HistoryController, HistorySidebar
from tests.photos import with_exif_orientation
from tests.services.history.helpers import StepClock
from tests.ui.attachments.samples import encode
from tests.ui.attachments.samples import image as picture

# The offscreen platform cannot pass a window's size limits on, and says so whenever a widget
# with a layout is shown as a window of its own; every other Qt warning still fails a test.
OFFSCREEN_WINDOW = pytest.mark.qt_log_ignore(
    r"^This plugin does not support propagateSizeHints\(\)$"
)


def jpeg(image: QImage, orientation: int | None = None) -> bytes:
    """JPEG bytes; with `orientation`, an Exif segment saying how to turn it upright."""
    data = encode(image)
    return data if orientation is None else with_exif_orientation(data, orientation)


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
