"""The box where the user types a question; Ctrl+Enter (Cmd+Return on macOS) submits it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
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

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in _SUBMIT_KEYS and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            event.accept()
            self.submitted.emit()
            return
        super().keyPressEvent(event)
