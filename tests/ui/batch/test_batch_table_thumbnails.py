"""The batch table's thumbnails while the photos being sent keep the app's worker threads
busy, on the dark palette (where they were seen blank while results streamed in)."""

from __future__ import annotations

import asyncio
import dataclasses
import threading
from pathlib import Path

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.services.history.batches import BatchItem, ItemStatus
from desktop.ui.batch.batch_window import BatchWindow
from desktop.ui.batch.items_model import THUMBNAIL, BatchItemsModel
from desktop.ui.batch.thumbnails import ThumbnailCache
from tests.photos import camera_photo
from tests.ui.test_theme import dark

HELD = 32
"""More tasks than asyncio's default executor has threads (at most 32; qasync's: 10)."""


def thumbnail_drawn(window: BatchWindow, row: int) -> bool:
    """Whether the row's thumbnail cell holds a picture: the middle of the cell is not the
    colour of its edge (the row's background)."""
    table = window.table
    rect = table.visualRect(window.proxy.index(row, THUMBNAIL))
    image = table.viewport().grab(rect).toImage()
    edge: QColor = image.pixelColor(1, image.height() // 2)
    middle: QColor = image.pixelColor(image.width() // 2, image.height() // 2)
    return middle != edge


def test_thumbnails_come_while_the_photos_being_sent_keep_the_workers_busy(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """The photos being sent are prepared in asyncio's default executor (read, scaled,
    encoded: hundreds of milliseconds each for a large photo), as a batch's results stream
    in. Held busy here, the rows on show still get their thumbnails: they are decoded on
    threads of their own, not queued behind the sending."""
    light = QPalette(QApplication.palette())
    loop = asyncio.get_event_loop()
    busy = threading.Event()
    held = [loop.run_in_executor(None, busy.wait) for _ in range(HELD)]
    thumbnails = ThumbnailCache()
    try:
        QApplication.setPalette(dark(light))
        paths = []
        for n in range(6):
            path = tmp_path / f"photo-{n:02d}.jpg"
            path.write_bytes(camera_photo(320, 240, seed=n))
            paths.append(path)
        model = BatchItemsModel(["caption"], thumbnails)
        model.set_items([BatchItem(n, str(path)) for n, path in enumerate(paths)])
        window = BatchWindow(model, "Caption · photos")
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        for row in range(3):  # results stream in
            done = dataclasses.replace(
                model.item(row), status=ItemStatus.DONE, fields={"caption": "A heron"}
            )
            model.update_item(done)
        assert not thumbnail_drawn(window, 0)  # on their way
        qtbot.waitUntil(lambda: all(thumbnail_drawn(window, row) for row in range(6)), timeout=5000)
        assert not any(f.done() for f in held)  # the workers were busy all along
    finally:
        busy.set()
        qtbot.waitUntil(lambda: all(f.done() for f in held), timeout=5000)
        thumbnails.close()
        QApplication.setPalette(light)
