"""The box where the user types a question; Ctrl+Enter (Cmd+Return on macOS) submits it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from desktop.ui.conversation import BODY_POINT_SIZE

_SUBMIT_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class PromptEdit(QPlainTextEdit):
    """Plain-text prompt editor. Enter adds a line; Ctrl+Enter emits `submitted`."""

    submitted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("promptEdit")
        self.setTabChangesFocus(True)
        self.setFrameShape(QPlainTextEdit.Shape.NoFrame)
        font = QFont(self.font())
        font.setPointSizeF(BODY_POINT_SIZE)
        self.setFont(font)
        self.document().setDocumentMargin(6)
        self.attach_handler: Callable[[QMimeData], bool] | None = None
        """Takes a pasted picture, files or YouTube link as attachments (True when it did):
        the context menu's Paste and Ctrl+V then behave alike."""

    def insertFromMimeData(self, source: QMimeData) -> None:
        if self.attach_handler is not None and self.attach_handler(source):
            return
        super().insertFromMimeData(source)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in _SUBMIT_KEYS and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            event.accept()
            self.submitted.emit()
            return
        super().keyPressEvent(event)
