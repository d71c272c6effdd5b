"""How one conversation row looks: its photo (or a chat glyph), title and date; in search
results also a snippet with the matched words marked. Titles are edited in place."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
    QTextCharFormat,
    QTextLayout,
)
from PySide6.QtWidgets import (
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from desktop.core.conversation import Snippet
from desktop.ui import icons
from desktop.ui.history.model import ConversationListModel, Roles
from desktop.ui.history.style import SidebarColors

Index = QModelIndex | QPersistentModelIndex

THUMBNAIL = 40
"""The photo's side, in logical pixels."""
INSET = 6  # between the row's rounded background and the list's edge
PADDING = 8  # inside the rounded background
GAP = 10  # between the photo and the text
RADIUS = 10
LIST_ROW_HEIGHT = THUMBNAIL + 2 * PADDING + 2 * 2
SNIPPET_LINES = 2


class ConversationDelegate(QStyledItemDelegate):
    def __init__(self, colors: SidebarColors, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._colors = colors
        self._glyph: QPixmap | None = None  # drawn once per colour scheme, not per row

    def set_colors(self, colors: SidebarColors) -> None:
        self._colors = colors
        self._glyph = None

    # -- geometry ------------------------------------------------------------------------------

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        return QSize(max(option.rect.width(), 120), self.row_height(option.font, index))

    def row_height(self, font: QFont, index: Index) -> int:
        if not _searching(index):
            return LIST_ROW_HEIGHT
        title = QFontMetricsF(_title_font(font)).height()
        small = QFontMetricsF(_small_font(font)).lineSpacing()
        text = title + 4 + small * SNIPPET_LINES
        return max(LIST_ROW_HEIGHT, round(text + 2 * PADDING + 4 + 2))

    @staticmethod
    def _frame(option: QStyleOptionViewItem) -> QRect:
        return option.rect.adjusted(INSET, 2, -INSET, -2)

    def _thumbnail_rect(self, frame: QRect, searching: bool) -> QRect:
        top = frame.top() + PADDING if searching else frame.center().y() - THUMBNAIL // 2 + 1
        return QRect(frame.left() + PADDING, top, THUMBNAIL, THUMBNAIL)

    def _text_rect(self, frame: QRect) -> QRect:
        left = frame.left() + PADDING + THUMBNAIL + GAP
        return QRect(left, frame.top() + PADDING, frame.right() - PADDING - left, frame.height())

    # -- painting ------------------------------------------------------------------------------

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        searching = _searching(index)
        frame = self._frame(option)
        painter.save()
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            self._paint_background(painter, option, frame)
            self._paint_thumbnail(painter, self._thumbnail_rect(frame, searching), index)
            fonts = _Fonts(option.font)
            if searching:
                self._paint_result(painter, fonts, self._text_rect(frame), index)
            else:
                self._paint_row(painter, fonts, self._text_rect(frame), frame, index)
        finally:
            painter.restore()

    def _paint_background(
        self, painter: QPainter, option: QStyleOptionViewItem, frame: QRect
    ) -> None:
        state = option.state
        background = None
        if state & QStyle.StateFlag.State_Selected:
            background = self._colors.selected
        elif state & QStyle.StateFlag.State_MouseOver:
            background = self._colors.hover
        if background is not None:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(background)
            painter.drawRoundedRect(QRectF(frame), RADIUS, RADIUS)
        widget = option.widget
        if state & QStyle.StateFlag.State_HasFocus and widget is not None and widget.hasFocus():
            painter.setPen(QPen(self._colors.accent, 1.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            outline = QRectF(frame).adjusted(0.75, 0.75, -0.75, -0.75)
            painter.drawRoundedRect(outline, RADIUS, RADIUS)

    def _paint_row(
        self, painter: QPainter, fonts: _Fonts, text: QRect, frame: QRect, index: Index
    ) -> None:
        """Title above date, centred beside the photo."""
        colors = self._colors
        untitled = not index.data(Qt.ItemDataRole.EditRole)
        title = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        date = str(index.data(Roles.DATE_TEXT) or "")
        top = frame.center().y() - (fonts.title_height + 2 + fonts.small_height) / 2 + 1
        title_color = colors.muted if untitled else colors.text
        _draw_line(
            painter,
            title,
            QPointF(text.left(), top),
            text.width(),
            fonts.title,
            title_color,
            colors,
        )
        date_top = top + fonts.title_height + 2
        _draw_line(
            painter,
            date,
            QPointF(text.left(), date_top),
            text.width(),
            fonts.small,
            colors.muted,
            colors,
        )

    def _paint_result(self, painter: QPainter, fonts: _Fonts, text: QRect, index: Index) -> None:
        """Title and date on one line, the snippet with its matches below."""
        colors = self._colors
        title = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        date = str(index.data(Roles.DATE_TEXT) or "")
        date_width = QFontMetricsF(fonts.small).horizontalAdvance(date)
        top = text.top() - 1
        highlights = index.data(Roles.TITLE_HIGHLIGHTS) or ()
        _draw_line(
            painter,
            title,
            QPointF(text.left(), top),
            text.width() - date_width - 8,
            fonts.title,
            colors.text,
            colors,
            highlights,
        )
        # On the title's baseline, against the right edge.
        date_top = top + fonts.title_ascent - fonts.small_ascent
        _draw_line(
            painter,
            date,
            QPointF(text.right() - date_width, date_top),
            date_width + 1,
            fonts.small,
            colors.muted,
            colors,
        )
        snippet = index.data(Roles.SNIPPET)
        if isinstance(snippet, Snippet):
            snippet_top = top + fonts.title_height + 4
            _draw_snippet(
                painter,
                snippet,
                QPointF(text.left(), snippet_top),
                text.width(),
                fonts.small,
                colors,
            )

    def _paint_thumbnail(self, painter: QPainter, rect: QRect, index: Index) -> None:
        colors = self._colors
        path = QPainterPath()
        path.addRoundedRect(QRectF(rect), 8, 8)
        image = index.data(Roles.THUMBNAIL)
        if isinstance(image, QImage) and not image.isNull():
            painter.save()
            painter.setClipPath(path)
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawImage(QRectF(rect), image, _centre_square(image))
            painter.restore()
            painter.setPen(
                QPen(QColor(0, 0, 0, 40) if not colors.dark else QColor(255, 255, 255, 30), 1)
            )
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), 8, 8)
            return
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colors.placeholder)
        painter.drawPath(path)
        if self._glyph is None:
            self._glyph = icons.pixmap("chat", colors.accent, 18)
        glyph = self._glyph
        painter.drawPixmap(rect.center().x() - 9 + 1, rect.center().y() - 9 + 1, glyph)

    # -- editing -------------------------------------------------------------------------------

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = QLineEdit(parent)
        editor.setObjectName("historyRenameEditor")
        editor.setPlaceholderText(self.tr("New chat"))
        editor.setAccessibleName(self.tr("Conversation title"))
        editor.setFont(_title_font(option.font))
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QLineEdit):
            text = str(index.data(Qt.ItemDataRole.EditRole) or "")
            editor.setText(text)
            # All selected with the start in sight. Later: the view selects all itself (which
            # scrolls to the end) after this; left alone once the user has typed.
            QTimer.singleShot(0, editor, lambda: _select_from_start(editor, text))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QLineEdit):
            model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(
        self, editor: QWidget, option: QStyleOptionViewItem, index: Index
    ) -> None:
        """Over the title line only, so the date stays in sight below it."""
        frame = self._frame(option)
        text = self._text_rect(frame)
        fonts = _Fonts(option.font)
        title_top: float = text.top() - 1
        if not _searching(index):
            title_top = frame.center().y() - (fonts.title_height + 2 + fonts.small_height) / 2 + 1
        height = editor.sizeHint().height()
        top = round(title_top + fonts.title_height / 2 - height / 2)
        editor.setGeometry(QRect(text.left() - 5, top, text.width() + 5, height))


def _select_from_start(editor: QLineEdit, text: str) -> None:
    if editor.text() == text and editor.selectedText() == text:
        editor.setSelection(len(text), -len(text))


class _Fonts:
    """The row's two fonts and their measures."""

    def __init__(self, font: QFont) -> None:
        self.title = _title_font(font)
        self.small = _small_font(font)
        title, small = QFontMetricsF(self.title), QFontMetricsF(self.small)
        self.title_height, self.title_ascent = title.height(), title.ascent()
        self.small_height, self.small_ascent = small.height(), small.ascent()


def _searching(index: Index) -> bool:
    model = index.model()
    return isinstance(model, ConversationListModel) and model.is_searching()


def _title_font(font: QFont) -> QFont:
    title = QFont(font)
    title.setWeight(QFont.Weight.Medium)
    return title


def _small_font(font: QFont) -> QFont:
    small = QFont(font)
    size = font.pointSizeF()
    if size > 0:
        small.setPointSizeF(max(size - 1.0, 7.0))
    return small


def _centre_square(image: QImage) -> QRectF:
    side = min(image.width(), image.height())
    return QRectF((image.width() - side) / 2, (image.height() - side) / 2, side, side)


def _draw_line(
    painter: QPainter,
    text: str,
    origin: QPointF,
    width: float,
    font: QFont,
    color: QColor,
    colors: SidebarColors,
    highlights: Sequence[tuple[int, int]] = (),
) -> None:
    """One line of text at `origin` (its top left), cut with "…" to `width`, the
    `highlights` (start, end) marked."""
    metrics = QFontMetricsF(font)
    shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, max(width, 0.0))
    layout = QTextLayout(shown, font)
    ranges = []
    for start, end in highlights:
        end = min(end, len(shown) - (1 if shown != text else 0))
        if start < end:
            marked = QTextLayout.FormatRange()
            marked.start, marked.length = start, end - start
            char = QTextCharFormat()
            char.setBackground(colors.highlight)
            char.setForeground(colors.text)
            marked.format = char
            ranges.append(marked)
    layout.setFormats(ranges)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(max(width, 1.0) + 50)
    layout.endLayout()
    painter.setPen(color)
    layout.draw(painter, origin)


def _draw_snippet(
    painter: QPainter,
    snippet: Snippet,
    origin: QPointF,
    width: float,
    font: QFont,
    colors: SidebarColors,
) -> None:
    """The snippet over SNIPPET_LINES lines, moved so its first match is always in sight."""
    text, highlights = _bring_match_into_view(_plain(snippet), width, font)
    metrics = QFontMetricsF(font)
    start = 0
    y = origin.y()
    for line_number in range(SNIPPET_LINES):
        rest = text[start:]
        if not rest:
            break
        if line_number == SNIPPET_LINES - 1:
            length = len(rest)
        else:
            layout = QTextLayout(rest, font)
            layout.beginLayout()
            line = layout.createLine()
            line.setLineWidth(width)
            layout.endLayout()
            length = max(1, line.textLength())
        piece = rest[:length]
        marks = [
            (max(s - start, 0), min(e - start, length))
            for s, e in highlights
            if s - start < length and e - start > 0
        ]
        _draw_line(painter, piece, QPointF(origin.x(), y), width, font, colors.muted, colors, marks)
        y += metrics.lineSpacing()
        start += length


_MARKUP = frozenset("*`#|>~")


def _plain(snippet: Snippet) -> Snippet:
    """The snippet without Markdown's punctuation (table bars, bullets' stars, heading
    hashes) and with runs of spaces made one, its marks moved to match."""
    text = snippet.text
    kept: list[str] = []
    position = [0] * (len(text) + 1)  # where each old index lands in the new text
    for n, char in enumerate(text):
        position[n] = len(kept)
        if char in _MARKUP:
            char = " "
        if char == " " and (not kept or kept[-1] == " "):
            continue
        kept.append(char)
    position[len(text)] = len(kept)
    marks = tuple(
        (position[s], position[e]) for s, e in snippet.highlights if position[s] < position[e]
    )
    return Snippet("".join(kept).rstrip(), marks)


def _bring_match_into_view(
    snippet: Snippet, width: float, font: QFont
) -> tuple[str, Sequence[tuple[int, int]]]:
    text, highlights = snippet.text, snippet.highlights
    if not highlights:
        return text, highlights
    capacity = width / max(QFontMetricsF(font).averageCharWidth(), 1.0) * SNIPPET_LINES
    first = highlights[0][0]
    if first < capacity * 0.5:
        return text, highlights
    cut = max(0, first - int(capacity * 0.2))
    space = text.rfind(" ", 0, cut)
    cut = space + 1 if space > 0 else cut
    shift = 1 - cut  # "…" replaces what was cut
    return "…" + text[cut:], tuple((s + shift, e + shift) for s, e in highlights if s >= cut)
