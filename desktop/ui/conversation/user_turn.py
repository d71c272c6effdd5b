"""The user's question as a card: its text, the names of its attachments, Edit & resend."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui import glyphs
from desktop.ui.conversation.labels import make_wrapping
from desktop.ui.conversation.theme import Theme


class UserTurnView(QFrame):
    """A tinted card with "You", the question and its attachments."""

    edit_requested = Signal(int)
    """Edit & resend was clicked: this turn's index."""

    def __init__(
        self,
        turn_index: int,
        text: str,
        attachment_labels: list[str],
        theme: Theme,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("userTurn")
        self._turn_index = turn_index
        self._text = text
        self._attachments = list(attachment_labels)

        label = QLabel(self.tr("You"), self)
        label.setObjectName("userLabel")
        self._edit_button = QToolButton(self)
        self._edit_button.setObjectName("userEdit")
        # "&" would underline the next letter as a shortcut: "&&" shows an ampersand.
        self._edit_button.setText(self.tr("Edit & resend").replace("&", "&&"))
        self._edit_button.setToolTip(self.tr("Put this question back in the box to change it"))
        self._edit_button.setIcon(glyphs.icon("edit", theme.muted, 14))
        self._edit_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self._edit_button.setAutoRaise(True)
        self._edit_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self._edit_button.clicked.connect(self._on_edit_button_clicked)
        header = QHBoxLayout()
        header.setContentsMargins(0, 0, 0, 0)
        header.addWidget(label)
        header.addStretch(1)
        header.addWidget(self._edit_button)

        self._body = QLabel(self)
        self._body.setObjectName("userText")
        self._body.setTextFormat(Qt.TextFormat.PlainText)
        self._body.setText(text)
        self._body.setFont(theme.body_font)
        self._body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        make_wrapping(self._body)
        self._body.setCursor(Qt.CursorShape.IBeamCursor)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 10, 10, 14)
        layout.setSpacing(6)
        layout.addLayout(header)
        if attachment_labels:
            chips = QHBoxLayout()
            chips.setContentsMargins(0, 0, 0, 2)
            chips.setSpacing(6)
            for name in attachment_labels:
                chips.addWidget(_AttachmentChip(name, theme, self))
            chips.addStretch(1)
            layout.addLayout(chips)
        layout.addWidget(self._body)

    @property
    def turn_index(self) -> int:
        return self._turn_index

    @property
    def text(self) -> str:
        return self._text

    @property
    def attachment_labels(self) -> list[str]:
        return list(self._attachments)

    @property
    def edit_button(self) -> QToolButton:
        return self._edit_button

    def transcript_text(self) -> str:
        lines = [self.tr("You")]
        lines.extend(self.tr("Attached: %1").replace("%1", name) for name in self._attachments)
        lines.append(self._text)
        return "\n".join(lines)

    def _on_edit_button_clicked(self) -> None:
        self.edit_requested.emit(self._turn_index)


class _AttachmentChip(QFrame):
    """A file's name with a paper clip; long names are shortened in the middle."""

    def __init__(self, name: str, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attachmentChip")
        self.setToolTip(name)
        icon = QLabel(self)
        icon.setPixmap(glyphs.pixmap("attach", theme.muted, 14))
        text = QLabel(self)
        text.setObjectName("attachmentName")
        text.setTextFormat(Qt.TextFormat.PlainText)
        text.setText(text.fontMetrics().elidedText(name, Qt.TextElideMode.ElideMiddle, 220))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 3, 9, 3)
        layout.setSpacing(4)
        layout.addWidget(icon)
        layout.addWidget(text)
