"""One file of a sent question: the strip's tile (a photo's thumbnail, a video's frame with a
play badge, or the kind's glyph) and its name; a click, Enter or Space opens the file. A
YouTube video's name is a link to it."""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QWidget

from desktop.ui.attachments import glyphs
from desktop.ui.attachments.model import file_kind
from desktop.ui.conversation.theme import Theme

NAME_WIDTH = 220
"""Pixels a chip's name may take before it is shortened in the middle."""
MIN_NAME_WIDTH = 24
TILE_SIZE = 40
"""The tile's side: as in the strip, a little smaller."""


@dataclass(frozen=True)
class AttachmentLabel:
    """What a sent question shows for one attachment: its name, its type (for the tile), a
    thumbnail when one is at hand, where the file is (to open it before the history has
    it), and for a link (a YouTube video) its address. Make one from a saved
    `AttachmentRef` as `AttachmentLabel(ref.name, ref.uri, ref.mime_type)`; a plain name
    stands for a file."""

    name: str
    url: str | None = None
    mime_type: str = ""
    thumbnail: QImage | None = field(default=None, compare=False)
    path: Path | None = None

    @property
    def kind(self) -> str:
        return file_kind(self.mime_type, self.url)


def as_label(item: str | AttachmentLabel) -> AttachmentLabel:
    if isinstance(item, AttachmentLabel):
        return item
    return AttachmentLabel(item)


class SentFileChip(QFrame):
    """A sent file's tile and name. `open_requested` when clicked (or Enter, Space)."""

    open_requested = Signal()

    def __init__(self, item: AttachmentLabel, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attachmentChip")
        link = item.url or None  # "" is no link
        self.setProperty("kind", "file" if link is None else "youtube")
        self._item = item
        self._tile = QLabel(self)
        self._tile.setObjectName("attachmentTile")
        self._tile.setFixedSize(TILE_SIZE, TILE_SIZE)
        self.set_thumbnail(item.thumbnail)
        text = QLabel(self)
        text.setObjectName("attachmentName")
        self._text = text
        # In a pane narrower than the chip, the chip gets the row and its name is cut: the
        # name asks for its width but can make do with little.
        text.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        text.setMinimumWidth(MIN_NAME_WIDTH)
        shown = text.fontMetrics().elidedText(item.name, Qt.TextElideMode.ElideMiddle, NAME_WIDTH)
        text.setTextFormat(Qt.TextFormat.PlainText)
        text.setText(shown)
        self.setAccessibleName(item.name)
        if link is None:
            self._tip = self.tr("%1\nClick to open it").replace("%1", item.name)
            self.setCursor(Qt.CursorShape.PointingHandCursor)
        else:
            self._tip = (
                self.tr("%1\nOpen the video in your browser: %2")
                .replace("%1", item.name)
                .replace("%2", link)
            )
            text.setAccessibleName(item.name)
        self.setToolTip(self._tip)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        # Only a web address opens: an imported conversation may carry anything.
        self._link = link if link and link.lower().startswith(("https://", "http://")) else None
        if self._link is not None:
            escaped = html.escape(self._link, quote=True)
            text.setTextFormat(Qt.TextFormat.RichText)
            text.setText(
                f'<a href="{escaped}" style="color: {theme.link.name()}; text-decoration: none">'
                f"{html.escape(shown)}</a>"
            )
            text.setOpenExternalLinks(True)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 4, 10, 4)
        layout.setSpacing(8)
        layout.addWidget(self._tile)
        layout.addWidget(text)
        self._row = layout

    @property
    def item(self) -> AttachmentLabel:
        return self._item

    @property
    def link(self) -> str | None:
        """The web address a YouTube chip opens; None for a file."""
        return self._link

    def has_thumbnail(self) -> bool:
        return self._has_thumbnail

    def set_thumbnail(self, image: QImage | None) -> None:
        """The photo's or video frame's picture on the tile; None: the kind's glyph."""
        ratio = max(2.0, self.devicePixelRatioF())
        self._has_thumbnail = image is not None and not image.isNull()
        if image is not None and self._has_thumbnail:
            tile = glyphs.thumbnail_tile(image, TILE_SIZE, ratio, play=self._item.kind == "video")
        else:
            tile = glyphs.kind_tile(self._item.kind, TILE_SIZE, ratio)
        self._tile.setPixmap(tile)

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
                "%1", self._item.name
            )
        )

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        at = event.position().toPoint()
        # A link's name opens the video itself (the label has the click first).
        on_link = self._link is not None and self._text.geometry().contains(at)
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(at) and not on_link:
            event.accept()
            self.open_requested.emit()
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            event.accept()
            self.open_requested.emit()
            return
        super().keyPressEvent(event)
