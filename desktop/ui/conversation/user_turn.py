"""The user's question as a card: its text, its attachments (the strip's tiles: a photo's
thumbnail, a video's frame; a click opens the file; a YouTube link as a link to the
video), Edit & resend."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui import icons
from desktop.ui.conversation.labels import make_wrapping
from desktop.ui.conversation.sent_file_chip import AttachmentLabel, SentFileChip, as_label
from desktop.ui.conversation.theme import Theme
from desktop.ui.conversation.upload_row import UploadRow
from desktop.ui.flow_layout import FlowLayout


class UserTurnView(QFrame):
    """A tinted card with "You", the question and its attachments."""

    edit_requested = Signal(int)
    """Edit & resend was clicked: this turn's index."""
    upload_cancel_requested = Signal()
    file_open_requested = Signal(int, int)
    """A file's chip was clicked: this turn's index and the file's position."""

    def __init__(
        self,
        turn_index: int,
        text: str,
        attachment_labels: Sequence[str | AttachmentLabel],
        theme: Theme,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("userTurn")
        self._turn_index = turn_index
        self._text = text
        self._attachments = [as_label(item) for item in attachment_labels]
        self._chips: list[SentFileChip] = []
        self._not_sent: set[int] = set()

        label = QLabel(self.tr("You"), self)
        label.setObjectName("userLabel")
        self._edit_button = QToolButton(self)
        self._edit_button.setObjectName("userEdit")
        # "&" would underline the next letter as a shortcut: "&&" shows an ampersand.
        self._edit_button.setText(self.tr("Edit & resend").replace("&", "&&"))
        self._edit_button.setToolTip(self.tr("Put this question back in the box to change it"))
        self._edit_button.setIcon(icons.icon("edit", theme.muted, 14))
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
        if self._attachments:
            # In rows that wrap: a row of fourteen chips once made the whole column wider
            # than its pane, cutting off Edit & resend and the answers.
            chips = FlowLayout(spacing=6)
            chips.setContentsMargins(0, 0, 0, 2)
            for item in self._attachments:
                chip = SentFileChip(item, theme, self)
                chip.open_requested.connect(self._on_chip_open_requested)
                self._chips.append(chip)
                chips.addWidget(chip)
            layout.addLayout(chips)
        layout.addWidget(self._body)
        self._theme = theme
        self._layout = layout
        self._uploads: dict[str, UploadRow] = {}

    @property
    def turn_index(self) -> int:
        return self._turn_index

    @property
    def text(self) -> str:
        return self._text

    @property
    def attachment_labels(self) -> list[str]:
        """The attachments' names, in order."""
        return [item.name for item in self._attachments]

    @property
    def attachments(self) -> list[AttachmentLabel]:
        return list(self._attachments)

    @property
    def body_label(self) -> QLabel:
        """The question's text (Find searches and marks it)."""
        return self._body

    @property
    def edit_button(self) -> QToolButton:
        return self._edit_button

    @property
    def chips(self) -> list[SentFileChip]:
        """The attachments' chips, in order."""
        return list(self._chips)

    def set_thumbnail(self, position: int, image: QImage) -> None:
        """The picture of the file at `position` (a reopened question's, made from the
        history's copy)."""
        if 0 <= position < len(self._chips):
            self._chips[position].set_thumbnail(image)

    def restyle(self, theme: Theme) -> None:
        """The icon in `theme`'s colours (a switch between light and dark)."""
        self._theme = theme
        self._edit_button.setIcon(icons.icon("edit", theme.muted, 14))

    def saved_position(self, position: int) -> int | None:
        """Where the file at `position` is among the saved question's files (those left
        out at sending are not saved); None for a file left out."""
        if position in self._not_sent:
            return None
        return position - sum(1 for left_out in self._not_sent if left_out < position)

    def not_sent(self) -> list[str]:
        """The names of the attachments that were left out when the question was sent."""
        return [self._attachments[position].name for position in sorted(self._not_sent)]

    def mark_not_sent(self, position: int) -> None:
        """The attachment at `position` could not be read at sending and did not go."""
        if 0 <= position < len(self._chips):
            self._not_sent.add(position)
            self._chips[position].mark_not_sent()

    def transcript_text(self) -> str:
        lines = [self.tr("You")]
        for position, item in enumerate(self._attachments):
            shown = f"{item.name} ({item.url})" if item.url else item.name
            if position in self._not_sent:
                shown = self.tr("%1 (not sent)").replace("%1", shown)
            lines.append(self.tr("Attached: %1").replace("%1", shown))
        lines.append(self._text)
        return "\n".join(lines)

    def upload_row(self, key: str, name: str) -> UploadRow:
        """The progress row of the file `key` (its SHA-256), made on first use, under the
        attachments and above the question's text."""
        row = self._uploads.get(key)
        if row is None:
            row = UploadRow(name, self._theme, self)
            row.cancel_requested.connect(self.upload_cancel_requested)
            self._uploads[key] = row
            self._layout.insertWidget(self._layout.indexOf(self._body), row)
        return row

    def upload_rows(self) -> list[UploadRow]:
        return list(self._uploads.values())

    def stop_uploads(self) -> None:
        """The message finished one way or another: no Cancel left on any upload."""
        for row in self._uploads.values():
            row.stop()

    def _on_edit_button_clicked(self) -> None:
        self.edit_requested.emit(self._turn_index)

    def _on_chip_open_requested(self) -> None:
        chip = self.sender()
        if isinstance(chip, SentFileChip) and chip in self._chips:
            self.file_open_requested.emit(self._turn_index, self._chips.index(chip))
