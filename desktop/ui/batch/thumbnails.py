"""Thumbnails for the batch table, decoded in worker threads and only for the rows shown.

A row asks for its thumbnail when the view paints it; the path waits in a queue, a few are
decoded at a time off the GUI thread (Pillow's draft mode reads a JPEG at an eighth of its
size, so a 12-megapixel photo costs milliseconds; a video gives the frame the attachment
strip shows, media_probe.video_frame, and its length), and the finished ones are announced
a few at a time, so the view repaints the column once for them, not once per photo. A
video's thumbnail carries a small play mark and its length.

The decoding has threads of its own (DECODERS), not asyncio's default executor: that one
prepares the photos being sent (reading, scaling, encoding each, hundreds of milliseconds for
a large photo) and saves results, and while a batch or a batch job's photos were prepared a
thumbnail waited behind all of that: the rows on show stayed blank for seconds."""

from __future__ import annotations

import asyncio
import concurrent.futures
import io
import logging
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageOps, UnidentifiedImageError
from PySide6.QtCore import QObject, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPainterPath, QPixmap

from desktop.core.media import sniff
from desktop.services.media_probe import probe, video_frame
from desktop.ui.attachments.model import format_duration
from desktop.ui.tasks import TaskHolder

log = logging.getLogger(__name__)

SIZE = 48
AT_A_TIME = 2  # the machine's cores are for preparing the photos being sent
KEEP = 4000  # thumbnails kept (48 px: about 9 KB each)
DECODERS = concurrent.futures.ThreadPoolExecutor(AT_A_TIME, thread_name_prefix="thumbnails")
"""The threads that decode thumbnails, for every batch window."""


@dataclass(frozen=True)
class Decoded:
    width: int
    height: int
    rgba: bytes
    video: bool = False
    duration: float | None = None
    """A video's length in seconds, when its container says."""


def decode(path: str, size: int) -> Decoded | None:
    """A photo, or a video's frame, as RGBA bytes at most `size` on its long side, upright;
    None for a file there is no picture of. Blocks."""
    try:
        with open(path, "rb") as file:
            media = sniff(file.read(64), path)
    except OSError:
        return None
    if media is not None and media.kind == "video":
        frame = video_frame(Path(path), size)
        if frame is None:
            return None
        facts = probe(Path(path))
        picture = _pillow(io.BytesIO(frame), size)
        duration = facts.duration if facts is not None else None
        return None if picture is None else Decoded(*picture, video=True, duration=duration)
    picture = _pillow(path, size)
    return None if picture is None else Decoded(*picture)


def _pillow(source: str | io.BytesIO, size: int) -> tuple[int, int, bytes] | None:
    try:
        with Image.open(source) as opened:
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
        loop = asyncio.get_running_loop()
        while self._queue:
            # Newest first: scrolling past a thousand rows decodes where the user stopped.
            # A few at a time, each few announced as made: the newest asked go next.
            count = min(AT_A_TIME, len(self._queue))
            chunk = [self._queue.popitem(last=True)[0] for _ in range(count)]
            results = await asyncio.gather(
                *(loop.run_in_executor(DECODERS, decode, path, self._size) for path in chunk)
            )
            for path, result in zip(chunk, results, strict=True):
                self._pixmaps[path] = _pixmap(result)
            while len(self._pixmaps) > KEEP:
                self._pixmaps.popitem(last=False)
            self.ready.emit(chunk)


def _pixmap(decoded: Decoded | None) -> QPixmap | None:
    if decoded is None:
        return None
    width, height = decoded.width, decoded.height
    image = QImage(decoded.rgba, width, height, width * 4, QImage.Format.Format_RGBA8888)
    image = image.copy()  # the bytes object is not kept alive
    if decoded.video:
        _mark_video(image, decoded.duration)
    return QPixmap.fromImage(image)


def _mark_video(image: QImage, duration: float | None) -> None:
    """A small dark pill in the bottom corner, with a play triangle and the video's length
    ("0:12"; only the triangle when its length is not known), over the frame."""
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    font = QFont(painter.font())
    font.setPixelSize(9)
    font.setBold(True)
    painter.setFont(font)
    text = format_duration(duration) if duration else ""
    text_width = QFontMetricsF(font).horizontalAdvance(text) if text else 0.0
    triangle = 6.0
    height = 12.0
    width = 4 + triangle + (3 + text_width if text else 0) + 4
    pill = QRectF(image.width() - width - 2, image.height() - height - 2, width, height)
    path = QPainterPath()
    path.addRoundedRect(pill, height / 2, height / 2)
    painter.fillPath(path, QColor(0, 0, 0, 170))
    left, middle = pill.left() + 4, pill.center().y()
    play = QPainterPath(QPointF(left, middle - triangle / 2))
    play.lineTo(QPointF(left + triangle, middle))
    play.lineTo(QPointF(left, middle + triangle / 2))
    play.closeSubpath()
    painter.fillPath(play, QColor("white"))
    if text:
        painter.setPen(QColor("white"))
        box = QRectF(left + triangle + 3, pill.top(), text_width + 1, height)
        painter.drawText(box, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)
    painter.end()
