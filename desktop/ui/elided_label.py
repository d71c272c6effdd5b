"""A one-line label that shortens its text with "…" to the width it is given (file names in
the attachment strip, a folder's name and path in Describe a folder)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class ElidedLabel(QLabel):
    """A one-line label that shortens its text with "…" to the width it is given; given
    shorter wordings too, it shows the first that fits before shortening the last."""

    def __init__(
        self,
        text: str,
        mode: Qt.TextElideMode,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._full_text = text
        self._shorter: list[str] = []
        self._mode = mode
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setText(text)

    def set_full_text(self, text: str, shorter: list[str] | None = None) -> None:
        self._full_text = text
        self._shorter = list(shorter or [])
        if self.contentsRect().width() > 0:
            self._elide()
        else:  # not laid out yet: the first resize shortens it
            self.setText(text)

    def _elide(self) -> None:
        metrics = QFontMetrics(self.font())
        room = max(0, self.contentsRect().width())
        wordings = [self._full_text, *self._shorter]
        for wording in wordings:
            if metrics.horizontalAdvance(wording) <= room:
                self.setText(wording)
                return
        self.setText(metrics.elidedText(wordings[-1], self._mode, room))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._elide()
