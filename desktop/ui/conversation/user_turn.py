"""The user's question as a card: its text, the names of its attachments (a YouTube link as
a link to the video), Edit & resend."""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui import icons
from desktop.ui.conversation.labels import make_wrapping
from desktop.ui.conversation.theme import Theme
from desktop.ui.conversation.upload_row import UploadRow
from desktop.ui.flow_layout import FlowLayout

NAME_WIDTH = 220
"""Pixels a chip's name may take before it is shortened in the middle."""


@dataclass(frozen=True)
class AttachmentLabel:
    """What a sent question shows for one attachment: its name, and for a link (a YouTube
    video) its address. Make one from a saved `AttachmentRef` as
    `AttachmentLabel(ref.name, ref.uri)`, from a chip's `Attachment` as
    `AttachmentLabel(a.name, a.url)`; a plain name stands for a file."""

    name: str
    url: str | None = None


def _label(item: str | AttachmentLabel) -> AttachmentLabel:
    if isinstance(item, AttachmentLabel):
        return item if item.url else AttachmentLabel(item.name)  # "" is no link
    return AttachmentLabel(item)


class UserTurnView(QFrame):
    """A tinted card with "You", the question and its attachments."""

    edit_requested = Signal(int)
    """Edit & resend was clicked: this turn's index."""
    upload_cancel_requested = Signal()

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
        self._attachments = [_label(item) for item in attachment_labels]
        self._chips: list[_AttachmentChip] = []
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
                chip = _AttachmentChip(item, theme, self)
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


class _AttachmentChip(QFrame):
    """A file's name with a paper clip, or a YouTube video's with its glyph, linked to the
    video (it opens in the browser); long names are shortened in the middle."""

    def __init__(self, item: AttachmentLabel, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attachmentChip")
        self.setProperty("kind", "file" if item.url is None else "youtube")
        self._name = item.name
        icon = QLabel(self)
        icon.setObjectName("attachmentGlyph")
        text = QLabel(self)
        text.setObjectName("attachmentName")
        self._text = text
        # In a pane narrower than the chip, the chip gets the row and its name is cut.
        text.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        shown = text.fontMetrics().elidedText(item.name, Qt.TextElideMode.ElideMiddle, NAME_WIDTH)
        text.setTextFormat(Qt.TextFormat.PlainText)
        text.setText(shown)
        if item.url is None:
            self.setToolTip(item.name)
            icon.setPixmap(icons.pixmap("attach", theme.muted, 14))
        else:
            self.setToolTip(
                self.tr("%1\nOpen the video in your browser: %2")
                .replace("%1", item.name)
                .replace("%2", item.url)
            )
            icon.setPixmap(icons.pixmap("youtube", theme.accent, 14))
            text.setAccessibleName(item.name)
        # Only a web address opens: an imported conversation may carry anything.
        if item.url is not None and item.url.lower().startswith(("https://", "http://")):
            link = html.escape(item.url, quote=True)
            text.setTextFormat(Qt.TextFormat.RichText)
            text.setText(
                f'<a href="{link}" style="color: {theme.link.name()}; text-decoration: none">'
                f"{html.escape(shown)}</a>"
            )
            text.setOpenExternalLinks(True)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 3, 9, 3)
        layout.setSpacing(4)
        layout.addWidget(icon)
        layout.addWidget(text)
        self._row = layout

    def mark_not_sent(self) -> None:
        """Struck through with "not sent": the file was gone or unreadable at sending."""
        font = self._text.font()
        font.setStrikeOut(True)
        self._text.setFont(font)
        note = QLabel(self.tr("not sent"), self)
        note.setObjectName("attachmentNotSent")
        self._row.addWidget(note)
        self.setToolTip(
            self.tr("%1\nNot sent: it could not be read when the question was sent.").replace(
                "%1", self._name
            )
        )
