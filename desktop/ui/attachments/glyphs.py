"""The strip's pictures: file-kind tiles in the app's blue-violet and thumbnails cropped to
rounded squares (the line icons themselves come from ui/icons.py). GUI thread only (QPixmap).

Nothing is cached at module level: a QPixmap that outlives the QApplication crashes at exit.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QImage,
    QLinearGradient,
    QPainter,
    QPainterPath,
    QPixmap,
)

from desktop.ui import icons
from desktop.ui.theme import GRADIENT_FROM, GRADIENT_TO

TILE_RADIUS = 9.0
KINDS = ("image", "video", "audio", "document", "text", "youtube")
"""The kinds with a tile of their own; any other kind gets the text tile."""


def kind_tile(kind: str, size: int, ratio: float = 2.0) -> QPixmap:
    """A rounded square in the accent gradient with the kind's glyph in white."""
    kind = kind if kind in KINDS else "text"
    pixmap = QPixmap(round(size * ratio), round(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    gradient = QLinearGradient(QPointF(0, 0), QPointF(size, size))
    gradient.setColorAt(0, GRADIENT_FROM)
    gradient.setColorAt(1, GRADIENT_TO)
    path = QPainterPath()
    path.addRoundedRect(QRectF(0, 0, size, size), TILE_RADIUS, TILE_RADIUS)
    painter.fillPath(path, gradient)
    inner = round(size * 0.5)
    offset = (size - inner) / 2
    painter.drawPixmap(QPointF(offset, offset), icons.pixmap(kind, "#ffffffff", inner, ratio))
    painter.end()
    return pixmap


def thumbnail_tile(image: QImage, size: int, ratio: float = 2.0, *, play: bool = False) -> QPixmap:
    """The thumbnail cropped to its centre square, scaled to `size` with rounded corners;
    with `play`, a round play badge over it (a video frame)."""
    side = min(image.width(), image.height())
    square = image.copy(
        (image.width() - side) // 2, (image.height() - side) // 2, side, side
    ).scaled(
        round(size * ratio),
        round(size * ratio),
        Qt.AspectRatioMode.IgnoreAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )
    pixmap = QPixmap(round(size * ratio), round(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    _paint_rounded(painter, square, size, size, TILE_RADIUS)
    if play:
        badge = size * 0.46
        rect = QRectF((size - badge) / 2, (size - badge) / 2, badge, badge)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(0, 0, 0, 120))
        painter.drawEllipse(rect)
        inner = rect.adjusted(badge * 0.2, badge * 0.2, -badge * 0.2, -badge * 0.2)
        painter.drawPixmap(
            inner.topLeft(), icons.pixmap("play", "#ffffffff", round(inner.width()), ratio)
        )
    painter.end()
    return pixmap


def rounded_image(image: QImage, box: QSize, ratio: float = 2.0, radius: float = 10) -> QPixmap:
    """`image` scaled to fit `box` (logical pixels), its corners rounded, with a hairline
    edge (a video frame in the clip editor)."""
    size = image.size().scaled(box, Qt.AspectRatioMode.KeepAspectRatio)
    width, height = max(1, size.width()), max(1, size.height())
    pixmap = QPixmap(round(width * ratio), round(height * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    _paint_rounded(painter, image, width, height, radius)
    painter.end()
    return pixmap


def _paint_rounded(
    painter: QPainter, image: QImage, width: float, height: float, radius: float
) -> None:
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    path = QPainterPath()
    path.addRoundedRect(QRectF(0, 0, width, height), radius, radius)
    painter.setClipPath(path)
    painter.drawImage(QRectF(0, 0, width, height), image)
    painter.setClipping(False)
    painter.setPen(QColor(0, 0, 0, 40))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRoundedRect(QRectF(0.5, 0.5, width - 1, height - 1), radius, radius)
