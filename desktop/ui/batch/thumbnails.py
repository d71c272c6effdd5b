"""Thumbnails for the batch table, decoded in worker threads and only for the rows shown.

A row asks for its thumbnail when the view paints it; the path waits in a queue, a few are
decoded at a time off the GUI thread (Pillow's draft mode reads a JPEG at an eighth of its
size, so a 12-megapixel photo costs milliseconds), and the finished ones are announced in
one signal per round, so the view repaints the column once, not once per photo."""

from __future__ import annotations

import asyncio
import logging
from collections import OrderedDict

from PIL import Image, ImageOps, UnidentifiedImageError
from PySide6.QtCore import QObject, QSize, Signal
from PySide6.QtGui import QImage, QPixmap

from desktop.ui.tasks import TaskHolder

log = logging.getLogger(__name__)

SIZE = 48
AT_A_TIME = 2  # the machine's cores are for preparing the photos being sent
KEEP = 4000  # thumbnails kept (48 px: about 9 KB each)

Decoded = tuple[int, int, bytes] | None


def decode(path: str, size: int) -> Decoded:
    """A photo as RGBA bytes at most `size` on its long side, upright; None for a video or
    a file Pillow cannot read. Blocks."""
    try:
        with Image.open(path) as opened:
            opened.draft("RGB", (size * 2, size * 2))
            image = ImageOps.exif_transpose(opened)
            image.thumbnail((size, size))
            rgba = image.convert("RGBA")
            return rgba.width, rgba.height, rgba.tobytes()
    except (OSError, UnidentifiedImageError, ValueError, Image.DecompressionBombError):
        return None


class ThumbnailCache(QObject):
    """`pixmap(path)` now, or None and a `ready([path…])` once it is made."""

    ready = Signal(list)

    def __init__(self, parent: QObject | None = None, size: int = SIZE) -> None:
        super().__init__(parent)
        self._size = size
        self._pixmaps: OrderedDict[str, QPixmap | None] = OrderedDict()
        self._queue: OrderedDict[str, None] = OrderedDict()
        self._task = TaskHolder("batch-thumbnails")

    def cell_size(self) -> QSize:
        return QSize(self._size + 8, self._size + 8)

    def pixmap(self, path: str) -> QPixmap | None:
        if path in self._pixmaps:
            self._pixmaps.move_to_end(path)
            return self._pixmaps[path]
        self._queue[path] = None
        self._queue.move_to_end(path)  # the latest asked: the rows on screen now
        if not self._task.is_running():
            self._task.start(self._make())
        return None

    def close(self) -> None:
        self._task.cancel()
        self._queue.clear()

    async def _make(self) -> None:
        while self._queue:
            # Newest first: scrolling past a thousand rows decodes where the user stopped.
            paths = [self._queue.popitem(last=True)[0] for _ in range(min(8, len(self._queue)))]
            made: list[str] = []
            for start in range(0, len(paths), AT_A_TIME):
                chunk = paths[start : start + AT_A_TIME]
                results = await asyncio.gather(
                    *(asyncio.to_thread(decode, path, self._size) for path in chunk)
                )
                for path, result in zip(chunk, results, strict=True):
                    self._pixmaps[path] = _pixmap(result)
                    made.append(path)
            while len(self._pixmaps) > KEEP:
                self._pixmaps.popitem(last=False)
            self.ready.emit(made)


def _pixmap(decoded: Decoded) -> QPixmap | None:
    if decoded is None:
        return None
    width, height, data = decoded
    image = QImage(data, width, height, width * 4, QImage.Format.Format_RGBA8888)
    return QPixmap.fromImage(image.copy())  # copy: the bytes object is not kept alive
