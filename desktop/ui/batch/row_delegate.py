"""How a cell of the batch table is drawn: the thumbnail centred, text cut to the column
with "…", the status after a small coloured mark (waiting, sending, waiting to go again,
done, failed, left out), a failed row's reason in the problem colour.

Drawn here in one call per cell rather than by QStyledItemDelegate, which asks the model
for eight roles a cell and lays each text out afresh with QTextLayout: with 1,000 rows
streaming in, a full repaint of the table is what the GUI thread spends most on (the view
repaints whole when it scrolls a page). Laid-out texts are kept (QStaticText) while they
stay on screen, and the texts of rows that change can be laid out before they are shown
(lay_out_row, a few rows a turn of the event loop: BatchWindow): results arrive mostly below
the rows on show and the view scrolls to them a page at a time, a page whose texts would
otherwise all be laid out in the one paint.
Editors are the style's own; the approval check box is drawn where the style lays it out,
where clicks go.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterable

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPalette,
    QPen,
    QPixmap,
    QStaticText,
)
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from desktop.ui.batch.items_model import PAINT_ROLE, Mark, Tone, every_status_words
from desktop.ui.theme import accent_color, problem_color, success_color, warning_color

Index = QModelIndex | QPersistentModelIndex

PADDING = 6  # between a cell's edge and its text
MARK = 10  # the status mark's diameter
KEEP_TEXTS = 600  # laid-out texts kept: a screenful of cells several times over

_SELECTED = QStyle.StateFlag.State_Selected
_ELIDE = Qt.TextElideMode.ElideRight
_NEW_LOOKS = frozenset(
    {
        QEvent.Type.PaletteChange,
        QEvent.Type.ApplicationPaletteChange,
        QEvent.Type.FontChange,
        QEvent.Type.ApplicationFontChange,
        QEvent.Type.StyleChange,
    }
)
_HIGHLIT = QStyle.StateFlag.State_Selected | QStyle.StateFlag.State_MouseOver
_PANEL = QStyle.PrimitiveElement.PE_PanelItemViewItem
_CHECK_RECT = QStyle.SubElement.SE_ItemViewItemCheckIndicator
_TEXT_RECT = QStyle.SubElement.SE_ItemViewItemText


class BatchRowDelegate(QStyledItemDelegate):
    def __init__(self, view: QWidget) -> None:
        super().__init__(view)
        view.installEventFilter(self)  # to hear of a new palette, font or style
        # Kept while the font and the palette stay (forget_looks): asked of them per cell,
        # a copy of each is made, a cost a thousand rows notice.
        self._texts: OrderedDict[tuple[str, int], tuple[QStaticText, float]] = OrderedDict()
        self._marks: dict[Mark, QPixmap] = {}
        self._colors: dict[int, QColor] = {}  # by Tone; -1: selected
        self._check_places: dict[int, tuple[QRect, int]] = {}  # by row height
        self._checks: dict[tuple[bool, bool, float], QPixmap] = {}  # checked, selected, ratio
        self._font: QFont | None = None  # the cells' font, as last painted
        self._widths: dict[int, int] = {}  # a column's cell width, as last painted

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _NEW_LOOKS:
            self.forget_looks()
        return False

    def forget_looks(self) -> None:
        """The palette, font or style changed: colours, marks and laid-out texts are made
        again."""
        self._texts.clear()
        self._marks.clear()
        self._colors.clear()
        self._check_places.clear()
        self._checks.clear()
        self._font = None

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        cell = index.data(PAINT_ROLE)
        widget = option.widget
        state = option.state
        selected = state & _SELECTED
        if state & _HIGHLIT and widget is not None:  # as the style shows it
            widget.style().drawPrimitive(_PANEL, option, painter, widget)
        rect = option.rect
        x, y, height = rect.x(), rect.y(), rect.height()
        if type(cell) is not tuple:  # the thumbnail, or None while it is made
            if cell is not None:
                size = cell.deviceIndependentSize()
                x += (rect.width() - size.width()) / 2
                painter.drawPixmap(QPointF(x, y + (height - size.height()) / 2), cell)
            return
        text, tone, mark = cell
        self._widths[index.column()] = rect.width()
        if mark is Mark.APPROVED or mark is Mark.NOT_APPROVED:
            left = self._paint_check(painter, option, index, mark is Mark.APPROVED)
        else:
            if mark is not None:
                top = y + (height - MARK) / 2
                painter.drawPixmap(QPointF(x + PADDING, top), self._mark(mark, option))
            left = x + _text_offset(mark)
        width = x + rect.width() - PADDING - left
        if width <= 0 or not text:
            return
        static, text_height = self._laid_out(text, width, option)
        painter.setPen(self._color(-1 if selected else tone, option))
        painter.drawStaticText(QPointF(left, y + (height - text_height) / 2), static)

    def lay_out_row(self, cells: Iterable[tuple[int, object]]) -> None:
        """Lay out the texts of a changed row (its cells' PAINT_ROLE data by column) before
        the view shows it, where its cells were last painted as wide as now."""
        font = self._font
        if font is None:  # nothing painted yet: no widths known
            return
        check = next(iter(self._check_places.values()), None)
        for column, cell in cells:
            width = self._widths.get(column)
            if width is None or type(cell) is not tuple:
                continue
            text, _, mark = cell
            if mark is Mark.APPROVED or mark is Mark.NOT_APPROVED:
                if check is None:
                    continue
                width -= check[1] + PADDING  # the text starts after the box, as painted
            else:
                width -= _text_offset(mark) + PADDING
            if width > 0 and text and (text, width) not in self._texts:
                self._remember(text, width, font)

    @staticmethod
    def status_width(metrics: QFontMetrics) -> int:
        """A status column wide enough for the longest status in the user's language."""
        words = every_status_words()
        return max(metrics.horizontalAdvance(w) for w in words) + MARK + 3 * PADDING + 4

    def check_rect(self, cell: QRect) -> QRect:
        """Where the approval check box of a file cell `cell` is drawn (empty until one is)."""
        places = self._check_places.get(cell.height())
        return places[0].translated(cell.topLeft()) if places is not None else QRect()

    def _paint_check(
        self, painter: QPainter, option: QStyleOptionViewItem, index: Index, checked: bool
    ) -> float:
        """The approval check box where the style puts it (and where editorEvent looks for a
        click), drawn once per look; returns where the text starts."""
        rect = option.rect
        places = self._check_places.get(rect.height())
        if places is None:  # the style's layout of a checkable cell, asked once
            laid_out = QStyleOptionViewItem(option)
            self.initStyleOption(laid_out, index)
            style = _style(option)
            check = style.subElementRect(_CHECK_RECT, laid_out, option.widget)
            text = style.subElementRect(_TEXT_RECT, laid_out, option.widget)
            places = (check.translated(-rect.x(), -rect.y()), text.x() - rect.x())
            self._check_places[rect.height()] = places
        check, text_left = places
        selected = bool(option.state & _SELECTED)
        key = (checked, selected, painter.device().devicePixelRatio())
        box = self._checks.get(key)
        if box is None:
            box = _paint_check_box(checked, selected, option.palette, check.size(), key[2])
            self._checks[key] = box
        painter.drawPixmap(rect.x() + check.x(), rect.y() + check.y(), box)
        return rect.x() + text_left

    # -- looks -----------------------------------------------------------------------------------

    def _laid_out(
        self, text: str, width: int, option: QStyleOptionViewItem
    ) -> tuple[QStaticText, float]:
        key = (text, width)
        found = self._texts.get(key)
        if found is not None:
            self._texts.move_to_end(key)
            return found
        if self._font is None:
            self._font = QFont(option.font)
        return self._remember(text, width, option.font)

    def _remember(self, text: str, width: int, font: QFont) -> tuple[QStaticText, float]:
        key = (text, width)
        metrics = QFontMetrics(font)
        static = QStaticText(metrics.elidedText(" ".join(text.split()), _ELIDE, width))
        static.setTextFormat(Qt.TextFormat.PlainText)
        static.prepare(font=font)
        found = (static, float(metrics.height()))
        self._texts[key] = found
        if len(self._texts) > KEEP_TEXTS:
            self._texts.popitem(last=False)
        return found

    def _color(self, tone: int, option: QStyleOptionViewItem) -> QColor:
        color = self._colors.get(tone)
        if color is None:
            palette = option.palette
            color = self._colors[tone] = (
                palette.color(QPalette.ColorRole.HighlightedText)
                if tone < 0
                else _tone_color(Tone(tone), palette)
            )
        return color

    def _mark(self, mark: Mark, option: QStyleOptionViewItem) -> QPixmap:
        pixmap = self._marks.get(mark)
        if pixmap is None:
            pixmap = self._marks[mark] = _paint_mark(mark, option.palette)
        return pixmap


def _style(option: QStyleOptionViewItem) -> QStyle:
    return option.widget.style() if option.widget is not None else QApplication.style()


def _text_offset(mark: Mark | None) -> int:
    """Where a cell's text starts from the cell's left edge, after its status mark if it
    has one (after an approval box, where the style put the box: _paint_check)."""
    return PADDING + MARK + PADDING if mark is not None else PADDING


def _paint_check_box(
    checked: bool, selected: bool, palette: QPalette, size: QSize, ratio: float
) -> QPixmap:
    """A rounded box with a hairline edge in the muted text colour; ticked, filled with the
    accent and a white tick. Drawn here rather than by the style: some palettes' (a dark
    one under Fusion) box is the row's own colour, nearly invisible."""
    pixmap = QPixmap(round(size.width() * ratio), round(size.height() * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    side = min(size.width(), size.height()) - 1.0
    box = QRectF((size.width() - side) / 2, (size.height() - side) / 2, side, side)
    edge = palette.color(
        QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText
    )
    if checked:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(accent_color(palette))
        painter.drawRoundedRect(box, 3, 3)
        tick = QPen(QColor("white"), 1.6)
        tick.setCapStyle(Qt.PenCapStyle.RoundCap)
        tick.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(tick)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        x, y, w = box.x(), box.y(), box.width()
        painter.drawPolyline(
            [
                QPointF(x + w * 0.24, y + w * 0.52),
                QPointF(x + w * 0.43, y + w * 0.7),
                QPointF(x + w * 0.76, y + w * 0.32),
            ]
        )
    else:
        painter.setPen(QPen(edge, 1.0))
        painter.setBrush(palette.color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(box.adjusted(0.5, 0.5, -0.5, -0.5), 3, 3)
    painter.end()
    return pixmap


def _tone_color(tone: Tone, palette: QPalette) -> QColor:
    if tone is Tone.MUTED:
        return palette.color(QPalette.ColorRole.PlaceholderText)
    if tone is Tone.PROBLEM:
        return problem_color(palette)
    return palette.color(QPalette.ColorRole.Text)


def _mark_color(mark: Mark, palette: QPalette) -> QColor:
    if mark is Mark.DONE:
        return success_color(palette)
    if mark is Mark.FAILED:
        return problem_color(palette)
    if mark is Mark.SENDING:
        return accent_color(palette)
    if mark is Mark.WAITING_TO_RETRY:
        return warning_color(palette)
    return palette.color(QPalette.ColorRole.PlaceholderText)


def _paint_mark(mark: Mark, palette: QPalette, ratio: float = 2.0) -> QPixmap:
    """A dot for a file that is through (done, failed, left out); a ring for one waiting,
    with a bright arc for one on its way (a spinner standing still: a moving one would
    repaint the rows many times a second), a longer arc for one waiting to go again."""
    color = _mark_color(mark, palette)
    pixmap = QPixmap(round(MARK * ratio), round(MARK * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    box = QRectF(1, 1, MARK - 2, MARK - 2)
    if mark in (Mark.DONE, Mark.FAILED, Mark.LEFT_OUT):
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawEllipse(box)
    else:
        ring = QColor(color)
        if mark is not Mark.WAITING:
            ring.setAlphaF(0.3)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(ring, 1.5))
        painter.drawEllipse(box)
        if mark is not Mark.WAITING:
            pen = QPen(color, 1.8)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(pen)
            span = 120 if mark is Mark.SENDING else 270
            painter.drawArc(box, 90 * 16, -span * 16)
    painter.end()
    return pixmap
