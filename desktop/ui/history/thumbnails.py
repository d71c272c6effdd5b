"""Sidebar thumbnails, made in a worker thread from the history's stored photo.

QImage and QImageReader are safe outside the GUI thread (QPixmap is not and is never made
here). A 12-megapixel JPEG is decoded straight at thumbnail size: libjpeg scales while it
decodes, so no full-size image is held.
"""

from __future__ import annotations

import logging
import math
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QImage, QImageReader

log = logging.getLogger(__name__)


def make_thumbnail(source: Path | bytes, side: int) -> QImage:
    """The picture with its shorter side `side` pixels (never enlarged), upright as the
    camera meant (EXIF orientation); a null QImage when Qt cannot read it. Blocks."""
    buffer: QBuffer | None = None
    if isinstance(source, Path):
        reader = QImageReader(str(source))
    else:
        buffer = QBuffer()
        buffer.setData(QByteArray(source))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        reader = QImageReader(buffer)
    reader.setAutoTransform(True)
    size = reader.size()
    if size.isValid() and min(size.width(), size.height()) > side:
        # Cover a side×side square: the shorter side fits, the longer one is cropped later.
        # The scaled size applies before the EXIF rotation, which keeps the proportions.
        scale = side / min(size.width(), size.height())
        reader.setScaledSize(
            QSize(max(1, math.ceil(size.width() * scale)), max(1, math.ceil(size.height() * scale)))
        )
    image = reader.read()
    if image.isNull():
        log.info("No thumbnail: %s", reader.errorString())
        return image
    if min(image.width(), image.height()) > side * 2:  # a format that does not scale itself
        image = image.scaled(
            side,
            side,
            Qt.AspectRatioMode.KeepAspectRatioByExpanding,
            Qt.TransformationMode.SmoothTransformation,
        )
    return image
