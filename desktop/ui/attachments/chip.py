"""One attached file in the strip: thumbnail (a video's frame with a play badge) or kind tile,
name, details, a remove button, and for videos and recordings a button that chooses the part
to send."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QContextMenuEvent,
    QFocusEvent,
    QFont,
    QKeyEvent,
    QMouseEvent,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui import icons, theme
from desktop.ui.attachments import glyphs
from desktop.ui.attachments.chip_size import CHIP_HEIGHT, CHIP_WIDTH
from desktop.ui.attachments.model import Attachment
from desktop.ui.attachments.resolution import RESOLUTION_KINDS, add_resolution_menu
from desktop.ui.elided_label import ElidedLabel

PREVIEW_SIZE = 42
REMOVE_SIZE = 22
REMOVE_ROOM = REMOVE_SIZE - 4
CLIPPABLE_KINDS = frozenset({"video", "audio", "youtube"})
"""Kinds whose chip offers to send only part (Gemini's videoMetadata start and end)."""


class AttachmentChip(QFrame):
    """Focusable: Delete or Backspace asks for removal, the arrow keys ask to move focus. A
    video's or recording's chip asks for the clip editor from its scissors button, a double
    click, its context menu or Enter."""

    remove_requested = Signal()
    focus_move_requested = Signal(int)
    """-1 for the chip before, +1 for the one after."""
    clip_requested = Signal()
    resolution_chosen = Signal(object)
    """This file's own media resolution level, or None for the Settings' one."""

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
                glyphs.thumbnail_tile(
                    attachment.thumbnail, PREVIEW_SIZE, ratio, play=attachment.kind == "video"
                )
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

        self._clip: QToolButton | None = None
        if attachment.kind in CLIPPABLE_KINDS:
            # In the bottom-right corner, under the ×; the details line stops short of it.
            self._clip = QToolButton(self)
            self._clip.setObjectName("attachmentClip")
            self._clip.setAutoRaise(True)
            self._clip.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the chip itself takes Enter
            self._clip.setCursor(Qt.CursorShape.PointingHandCursor)
            self._clip.setFixedSize(REMOVE_SIZE, REMOVE_SIZE)
            self._clip.setIconSize(QSize(14, 14))
            self._clip.clicked.connect(self._on_clip_clicked)
            self._details.setContentsMargins(0, 0, REMOVE_ROOM, 0)

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
        self._remove.clicked.connect(self._on_remove_clicked)
        self._show_details()

    @property
    def clip_button(self) -> QToolButton | None:
        """The scissors button of a video or recording; None for other kinds."""
        return self._clip

    @property
    def can_clip(self) -> bool:
        return self._clip is not None

    def set_attachment(self, attachment: Attachment) -> None:
        """Show the same file with new details (a clip chosen or cleared)."""
        self.attachment = attachment
        self._show_details()

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
        self._remove.setIcon(icons.icon("close", muted, 16))
        if self._clip is not None:
            # In the accent colour while only part is to be sent.
            color = theme.accent_color(self.palette()) if self.attachment.has_clip else muted
            self._clip.setIcon(icons.icon("cut", color, 16))

    def _show_details(self) -> None:
        attachment = self.attachment
        details = attachment.details()
        # A long line drops the kind (the tile shows it) before it is cut short.
        kind, _, rest = details.partition(" · ")
        self._details.set_full_text(details, [rest] if rest and kind else [])
        self.setAccessibleDescription(details)
        source = attachment.source_path
        tip = f"{attachment.name}\n{details}" + (f"\n{source.parent}" if source else "")
        if self._clip is not None:
            what = self.tr("video") if attachment.kind == "video" else self.tr("recording")
            self._clip.setToolTip(
                self.tr("Clip… choose the part of the %1 to send").replace("%1", what)
            )
            self._clip.setAccessibleName(
                self.tr("Choose the part of %1 to send").replace("%1", attachment.name)
            )
            tip += "\n" + self.tr("Double-click to choose the part to send.")
        self.setToolTip(tip)
        self.update_colors()

    def _on_remove_clicked(self) -> None:
        self.remove_requested.emit()

    def _on_clip_clicked(self) -> None:
        self.clip_requested.emit()

    def _on_menu_clip_triggered(self) -> None:
        self.clip_requested.emit()

    def _on_resolution_triggered(self, action: QAction) -> None:
        self.resolution_chosen.emit(action.data())

    def _on_menu_remove_triggered(self) -> None:
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
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.can_clip:
            event.accept()
            self.clip_requested.emit()
        else:
            super().keyPressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._remove.move(self.width() - REMOVE_SIZE - 4, 4)
        self._remove.raise_()
        if self._clip is not None:
            self._clip.move(self.width() - REMOVE_SIZE - 4, self.height() - REMOVE_SIZE - 4)
            self._clip.raise_()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if self.can_clip and event.button() == Qt.MouseButton.LeftButton:
            event.accept()
            self.clip_requested.emit()
            return
        super().mouseDoubleClickEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        event.accept()
        menu = self.context_menu()
        menu.popup(event.globalPos())  # popup(), not exec(): no nested event loop

    def context_menu(self) -> QMenu:
        """The chip's menu (deleted when it closes): Clip… for a video or recording, Remove."""
        menu = QMenu(self)
        menu.setObjectName("attachmentMenu")
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if self.can_clip:
            clip = menu.addAction(self.tr("Choose the &part to send…"))
            clip.setObjectName("attachmentClipAction")
            clip.triggered.connect(self._on_menu_clip_triggered)
        if self.attachment.kind in RESOLUTION_KINDS:
            group = add_resolution_menu(menu, self.attachment.media_resolution)
            group.triggered.connect(self._on_resolution_triggered)
        remove = menu.addAction(
            icons.icon("close", self.palette().color(self.palette().ColorRole.Text), 16),
            self.tr("&Remove"),
        )
        remove.setObjectName("attachmentRemoveAction")
        remove.triggered.connect(self._on_menu_remove_triggered)
        return menu

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.ensure_visible()

    def ensure_visible(self) -> None:
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        if parent is not None:
            parent.ensureWidgetVisible(self, 0, 4)
