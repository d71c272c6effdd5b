"""One attached file in the strip: thumbnail or kind tile, name, details, and a remove button."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QFocusEvent, QFont, QFontMetrics, QKeyEvent, QMouseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.attachments import glyphs
from desktop.ui.attachments.model import Attachment

CHIP_WIDTH = 248
CHIP_HEIGHT = 58
PREVIEW_SIZE = 42
REMOVE_SIZE = 22
REMOVE_ROOM = REMOVE_SIZE - 4


class ElidedLabel(QLabel):
    """A one-line label that shortens its text with "…" to the width it is given."""

    def __init__(
        self,
        text: str,
        mode: Qt.TextElideMode,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._full_text = text
        self._mode = mode
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setText(text)

    def full_text(self) -> str:
        return self._full_text

    def _elide(self) -> None:
        metrics = QFontMetrics(self.font())
        room = max(0, self.contentsRect().width())
        self.setText(metrics.elidedText(self._full_text, self._mode, room))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._elide()


class AttachmentChip(QFrame):
    """Focusable: Delete or Backspace asks for removal, the arrow keys ask to move focus."""

    remove_requested = Signal()
    focus_move_requested = Signal(int)
    """-1 for the chip before, +1 for the one after."""

    def __init__(self, attachment: Attachment, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.attachment = attachment
        self.setObjectName("attachmentChip")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFixedSize(CHIP_WIDTH, CHIP_HEIGHT)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)

        self._preview = QLabel(self)
        self._preview.setObjectName("attachmentPreview")
        self._preview.setFixedSize(PREVIEW_SIZE, PREVIEW_SIZE)
        ratio = max(2.0, self.devicePixelRatioF())
        if attachment.thumbnail is not None and not attachment.thumbnail.isNull():
            self._preview.setPixmap(
                glyphs.thumbnail_tile(attachment.thumbnail, PREVIEW_SIZE, ratio)
            )
        else:
            self._preview.setPixmap(glyphs.kind_tile(attachment.kind, PREVIEW_SIZE, ratio))

        # Shortened in the middle, so "IMG_2041….jpg" keeps its number and its type.
        self._name = ElidedLabel(attachment.name, Qt.TextElideMode.ElideMiddle, self)
        self._name.setObjectName("attachmentName")
        name_font = QFont(self._name.font())
        name_font.setWeight(QFont.Weight.DemiBold)
        self._name.setFont(name_font)
        self._details = ElidedLabel(attachment.details(), Qt.TextElideMode.ElideRight, self)
        self._details.setObjectName("attachmentDetails")

        self._remove = QToolButton(self)
        self._remove.setObjectName("attachmentRemove")
        self._remove.setAutoRaise(True)
        self._remove.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the chip itself takes Delete
        self._remove.setCursor(Qt.CursorShape.PointingHandCursor)
        self._remove.setToolTip(self.tr("Remove (Delete)"))
        self._remove.setAccessibleName(self.tr("Remove %1").replace("%1", attachment.name))

        # The × sits in the top-right corner, beside the name; the details line runs under it.
        self._name.setContentsMargins(0, 0, REMOVE_ROOM, 0)
        self._remove.setFixedSize(REMOVE_SIZE, REMOVE_SIZE)
        self._remove.setIconSize(QSize(14, 14))

        text = QVBoxLayout()
        text.setContentsMargins(0, 0, 0, 0)
        text.setSpacing(1)
        text.addStretch(1)
        text.addWidget(self._name)
        text.addWidget(self._details)
        text.addStretch(1)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(7, 7, 8, 7)
        layout.setSpacing(10)
        layout.addWidget(self._preview)
        layout.addLayout(text, 1)

        self.setAccessibleName(attachment.name)
        self.setAccessibleDescription(attachment.details())
        source = attachment.source_path
        self.setToolTip(
            f"{attachment.name}\n{attachment.details()}" + (f"\n{source.parent}" if source else "")
        )
        self._remove.clicked.connect(self._on_remove_clicked)
        self.update_colors()

    @property
    def remove_button(self) -> QToolButton:
        return self._remove

    def name_text(self) -> str:
        """The name as shown, perhaps shortened in the middle to fit."""
        return self._name.text()

    def details_text(self) -> str:
        return self._details.text()

    def update_colors(self) -> None:
        """Redraw the glyphs in the palette's colours (after a light/dark switch)."""
        muted = self.palette().color(self.palette().ColorRole.PlaceholderText)
        self._remove.setIcon(glyphs.glyph_icon("close", muted, 16))

    def _on_remove_clicked(self) -> None:
        self.remove_requested.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            event.accept()
            self.remove_requested.emit()
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Up):
            event.accept()
            self.focus_move_requested.emit(-1)
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_Down):
            event.accept()
            self.focus_move_requested.emit(1)
        else:
            super().keyPressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._remove.move(self.width() - REMOVE_SIZE - 4, 4)
        self._remove.raise_()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        super().mousePressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.ensure_visible()

    def ensure_visible(self) -> None:
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        if parent is not None:
            parent.ensureWidgetVisible(self, 0, 4)
