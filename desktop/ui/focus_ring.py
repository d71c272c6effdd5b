"""Focus rings: the control that Tab (or a shortcut) gave the focus to gets an accent ring
drawn over its edges, whatever its style sheet did to Qt's own (flat tool buttons, section
toggles, the answers' text and the scroll areas showed none).

The ring is a child of the focused widget, so it moves, scrolls and is clipped with it; it
takes no mouse events and changes no layout. Text fields are left alone: their caret and
Qt's own frame already show the focus. A click that gives the focus draws no ring, as
browsers do (:focus-visible)."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QTextEdit,
    QWidget,
)

from desktop.ui import theme

RING_WIDTH = 2


def _wants_ring(widget: QWidget) -> bool:
    if isinstance(widget, QLineEdit | QAbstractSpinBox | QPlainTextEdit):
        return False
    if isinstance(widget, QTextEdit):
        return widget.isReadOnly()
    return True


class _Ring(QWidget):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("focusRing")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(theme.accent_color(), RING_WIDTH))
        inset = RING_WIDTH / 2
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(inset, inset, -inset, -inset), 5, 5)


class FocusRings(QObject):
    """One per app: follows QApplication.focusChanged."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ring: _Ring | None = None
        self._owner: QWidget | None = None
        application = QApplication.instance()
        assert isinstance(application, QApplication)
        application.focusChanged.connect(self._on_application_focus_changed)

    def ring_owner(self) -> QWidget | None:
        """The widget showing a ring now, if any."""
        return self._owner if self._ring is not None else None

    def _on_application_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        self._drop()
        if new is None or not _wants_ring(new):
            return
        window = new.window()
        if not window.testAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange):
            return  # a click: no ring
        ring = _Ring(new)
        ring.setGeometry(new.rect())
        ring.show()
        ring.raise_()
        new.installEventFilter(self)
        self._ring, self._owner = ring, new

    def _drop(self) -> None:
        if self._owner is not None and shiboken6.isValid(self._owner):
            self._owner.removeEventFilter(self)
        if self._ring is not None and shiboken6.isValid(self._ring):
            self._ring.hide()
            self._ring.deleteLater()
        self._ring = self._owner = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._owner and self._ring is not None:
            if event.type() == QEvent.Type.Resize:
                self._ring.setGeometry(self._owner.rect())
            elif event.type() == QEvent.Type.ChildAdded:
                self._ring.raise_()
        return False


# -- Tab in screen order ----------------------------------------------------------------------

ROW_PIXELS = 12
"""Controls whose middles are this close in height count as one row (left to right)."""


def _tab_stop(widget: QWidget, window: QWidget) -> bool:
    return (
        bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        and widget.focusProxy() is None
        and widget.isVisible()
        and widget.isEnabled()
        and widget.window() is window
    )


def screen_order_next(
    window: QWidget, regions: list[QWidget], current: QWidget | None, forward: bool
) -> QWidget | None:
    """The control Tab (or Shift+Tab) should go to from `current`: the window's regions in
    the order given (what is in none of them first: the top bar), and inside each, row by
    row, left to right, as they are on screen. None when there is nothing to go to."""

    def key(widget: QWidget) -> tuple[int, int, int]:
        region = next((n + 1 for n, area in enumerate(regions) if area.isAncestorOf(widget)), 0)
        centre = widget.mapTo(window, widget.rect().center())
        return (region, centre.y() // ROW_PIXELS if region else 0, centre.x())

    stops = sorted((w for w in window.findChildren(QWidget) if _tab_stop(w, window)), key=key)
    if not stops:
        return None
    while current is not None and current not in stops:
        current = current.parentWidget()
    if current is None:
        return stops[0] if forward else stops[-1]
    at = stops.index(current)
    return stops[(at + (1 if forward else -1)) % len(stops)]


def focus_next_region(window: QWidget, regions: list[QWidget], forward: bool) -> bool:
    """Tab (or Shift+Tab) in screen order across `regions` (screen_order_next): focus the
    next one's control and scroll it into view. False when Qt's own order applies."""
    target = screen_order_next(window, regions, QApplication.focusWidget(), forward)
    if target is None:
        return False
    reason = Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason
    target.setFocus(reason)
    scroll = target.parentWidget()
    while scroll is not None and not isinstance(scroll, QScrollArea):
        scroll = scroll.parentWidget()
    if scroll is not None:
        scroll.ensureWidgetVisible(target)
    return True
