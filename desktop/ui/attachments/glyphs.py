"""The strip's pictures: file-kind tiles in the app's blue-violet, thumbnails cropped to
rounded squares, and small line glyphs (paperclip, close, warning). GUI thread only (QPixmap).

Nothing is cached at module level: a QPixmap that outlives the QApplication crashes at exit.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QIcon,
    QImage,
    QLinearGradient,
    QPainter,
    QPainterPath,
    QPixmap,
)
from PySide6.QtSvg import QSvgRenderer

from desktop.ui.theme import GRADIENT_FROM, GRADIENT_TO

# 24×24 paths in the style of Material Icons (Apache-2.0).
_PATHS = {
    "image": (
        "M21 19V5c0-1.1-.9-2-2-2H5c-1.1 0-2 .9-2 2v14c0 1.1.9 2 2 2h14c1.1 0 2-.9 2-2zM8.5 "
        "13.5l2.5 3.01L14.5 12l4.5 6H5l3.5-4.5z"
    ),
    "video": (
        "M18 4l2 4h-3l-2-4h-2l2 4h-3l-2-4H8l2 4H7L5 4H4c-1.1 0-1.99.9-1.99 2L2 18c0 1.1.9 2 "
        "2 2h16c1.1 0 2-.9 2-2V4h-4z"
    ),
    "audio": (
        "M12 3v10.55c-.59-.34-1.27-.55-2-.55-2.21 0-4 1.79-4 4s1.79 4 4 4 4-1.79 4-4V7h4V3h-6z"
    ),
    "document": (
        "M20 2H8c-1.1 0-2 .9-2 2v12c0 1.1.9 2 2 2h12c1.1 0 2-.9 2-2V4c0-1.1-.9-2-2-2zm-8.5 "
        "7.5c0 .83-.67 1.5-1.5 1.5H9v2H7.5V7H10c.83 0 1.5.67 1.5 1.5v1zm5 2c0 .83-.67 1.5-1.5 "
        "1.5h-2.5V7H15c.83 0 1.5.67 1.5 1.5v3zm4-3H19v1h1.5V11H19v2h-1.5V7h3v1.5zM9 9.5h1v-1H9"
        "v1zM4 6H2v14c0 1.1.9 2 2 2h14v-2H4V6zm10 5.5h1v-3h-1v3z"
    ),
    "text": (
        "M14 2H6c-1.1 0-1.99.9-1.99 2L4 20c0 1.1.89 2 1.99 2H18c1.1 0 2-.9 2-2V8l-6-6zm2 16H8v"
        "-2h8v2zm0-4H8v-2h8v2zm-3-5V3.5L18.5 9H13z"
    ),
    "attach": (
        "M16.5 6v11.5c0 2.21-1.79 4-4 4s-4-1.79-4-4V5c0-1.38 1.12-2.5 2.5-2.5s2.5 1.12 2.5 "
        "2.5v10.5c0 .55-.45 1-1 1s-1-.45-1-1V6H10v9.5c0 1.38 1.12 2.5 2.5 2.5s2.5-1.12 2.5-2.5"
        "V5c0-2.21-1.79-4-4-4S7 2.79 7 5v12.5c0 3.04 2.46 5.5 5.5 5.5s5.5-2.46 5.5-5.5V6h-1.5z"
    ),
    "close": (
        "M19 6.41 17.59 5 12 10.59 6.41 5 5 6.41 10.59 12 5 17.59 6.41 19 12 13.41 17.59 19 "
        "19 17.59 13.41 12z"
    ),
    "warning": "M1 21h22L12 2 1 21zm12-3h-2v-2h2v2zm0-4h-2v-4h2v4z",
    "play": "M8 5v14l11-7z",
    # Choosing the part of a video to send (Material's content_cut).
    "cut": (
        "M9.64 7.64c.23-.5.36-1.05.36-1.64 0-2.21-1.79-4-4-4S2 3.79 2 6s1.79 4 4 4c.59 0 "
        "1.14-.13 1.64-.36L10 12l-2.36 2.36C7.14 14.13 6.59 14 6 14c-2.21 0-4 1.79-4 4s1.79 "
        "4 4 4 4-1.79 4-4c0-.59-.13-1.14-.36-1.64L12 14l7 7h3v-1L9.64 7.64zM6 8c-1.1 0-2-.89"
        "-2-2s.9-2 2-2 2 .89 2 2-.9 2-2 2zm0 12c-1.1 0-2-.89-2-2s.9-2 2-2 2 .89 2 2-.9 2-2 2z"
        "m6-7.5c-.28 0-.5-.22-.5-.5s.22-.5.5-.5.5.22.5.5-.22.5-.5.5zM19 3l-6 6 2 2 7-7V3z"
    ),
    # A YouTube link: a screen with a play button cut out (Material's smart_display).
    "youtube": (
        "M20 4H4c-1.1 0-2 .9-2 2v12c0 1.1.9 2 2 2h16c1.1 0 2-.9 2-2V6c0-1.1-.9-2-2-2zM9.5 "
        "16.5v-9l7 4.5-7 4.5z"
    ),
}
TILE_RADIUS = 9.0


def glyph(name: str, color: QColor | str, size: int, ratio: float = 2.0) -> QPixmap:
    """The line glyph `name` filled with `color`, `size` logical pixels square."""
    return _glyph(name, QColor(color).name(QColor.NameFormat.HexArgb), size, ratio)


def glyph_icon(name: str, color: QColor | str, size: int = 20) -> QIcon:
    return QIcon(glyph(name, color, size))


def _glyph(name: str, color: str, size: int, ratio: float) -> QPixmap:
    svg = (
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24">'
        f'<path fill="{QColor(color).name()}" fill-opacity="{QColor(color).alphaF():.3f}" '
        f'd="{_PATHS[name]}"/></svg>'
    )
    pixmap = QPixmap(round(size * ratio), round(size * ratio))
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(QByteArray(svg.encode())).render(
        painter, QRectF(0, 0, pixmap.width(), pixmap.height())
    )
    painter.end()
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


def kind_tile(kind: str, size: int, ratio: float = 2.0) -> QPixmap:
    """A rounded square in the accent gradient with the kind's glyph in white."""
    kind = kind if kind in _PATHS else "text"
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
    painter.drawPixmap(QPointF(offset, offset), _glyph(kind, "#ffffffff", inner, ratio))
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
            inner.topLeft(), _glyph("play", "#ffffffff", round(inner.width()), ratio)
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
