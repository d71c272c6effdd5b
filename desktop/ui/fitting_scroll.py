"""A vertical scroll area that is never narrower than what it scrolls."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize
from PySide6.QtWidgets import QScrollArea, QWidget


class FittingScrollArea(QScrollArea):
    """Scrolls up and down only; its minimum width is its contents' (and the scroll bar's),
    so the window's layout keeps it wide enough rather than cut what it holds off at its
    edge. The Settings panel's rows depend on the language (a French number box says
    "Valeur du modèle (0,95)") and on which sections are open."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self._contents_minimum = 0

    def setWidget(self, widget: QWidget) -> None:
        super().setWidget(widget)
        widget.installEventFilter(self)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        contents = self.widget()
        if contents is None:
            return hint
        frame = 2 * self.frameWidth()
        bar = self.verticalScrollBar().sizeHint().width()
        return QSize(
            max(hint.width(), contents.minimumSizeHint().width() + frame + bar), hint.height()
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        contents = self.widget()
        if watched is contents and event.type() == QEvent.Type.LayoutRequest:
            # Only when the contents' minimum width moved: each updateGeometry lays out the
            # window around the scroll area again, and most layout requests only grow it
            # taller.
            minimum = contents.minimumSizeHint().width()
            if minimum != self._contents_minimum:
                self._contents_minimum = minimum
                self.updateGeometry()
        return super().eventFilter(watched, event)
