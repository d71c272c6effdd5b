"""Drops anywhere on a window become attachments, with a "Drop to attach" highlight while a
drag is over it; and Ctrl+V attaches a copied picture, copied files or a YouTube link.

The drop target watches the window's QWindow, where the platform delivers every drag event
before Qt hands it to the widget under the cursor. So a file dropped on the prompt attaches
instead of pasting its path as text, a dock added later needs nothing, and plain text still
drops into the prompt: what is not ours is passed on untouched.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QMimeData, QObject, QRectF, Qt
from PySide6.QtGui import (
    QClipboard,
    QColor,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QFont,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QShortcut,
    QWindow,
)
from PySide6.QtWidgets import QWidget

from desktop.ui import theme
from desktop.ui.attachments import glyphs
from desktop.ui.attachments.controller import AttachmentController
from desktop.ui.attachments.mime import can_attach

_DRAG_EVENTS = frozenset(
    {QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.DragLeave, QEvent.Type.Drop}
)


def _drop_action(possible: Qt.DropAction) -> Qt.DropAction | None:
    # Never Move: the file manager would delete the user's original after the drop.
    for action in (Qt.DropAction.CopyAction, Qt.DropAction.LinkAction):
        if possible & action:
            return action
    return None


class DropOverlay(QWidget):
    """The highlight over the window while an attachable drag is over it."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("dropOverlay")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.hide()

    def title(self) -> str:
        return self.tr("Drop to attach")

    def subtitle(self) -> str:
        return self.tr("Photos, videos, recordings, PDFs or text files")

    def paintEvent(self, event: QPaintEvent) -> None:
        palette = self.palette()
        dark = theme.is_dark(palette)
        accent = theme.accent_color(palette)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        veil = QColor(palette.color(palette.ColorRole.Window))
        veil.setAlpha(225 if dark else 215)
        painter.fillRect(self.rect(), veil)

        frame = QRectF(self.rect()).adjusted(14, 14, -14, -14)
        tint = QColor(accent)
        tint.setAlpha(26 if dark else 16)
        path = QPainterPath()
        path.addRoundedRect(frame, 18, 18)
        painter.fillPath(path, tint)
        pen = QPen(accent, 2.0, Qt.PenStyle.CustomDashLine)
        pen.setDashPattern([6, 4])
        painter.setPen(pen)
        painter.drawPath(path)

        # A solid card, so the words never sit on the window's own text.
        card = QRectF(0, 0, min(400.0, frame.width() - 40), 196)
        card.moveCenter(frame.center())
        card_path = QPainterPath()
        card_path.addRoundedRect(card, 16, 16)
        painter.fillPath(card_path, palette.color(palette.ColorRole.Base))
        edge = QColor(accent)
        edge.setAlpha(70)
        painter.setPen(QPen(edge, 1.0))
        painter.drawPath(card_path)

        tile = 60
        painter.drawPixmap(
            round(card.center().x() - tile / 2),
            round(card.top() + 26),
            glyphs.kind_tile("attach", tile, max(2.0, self.devicePixelRatioF())),
        )
        title_font = QFont(self.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.5)
        title_font.setWeight(QFont.Weight.DemiBold)
        painter.setFont(title_font)
        painter.setPen(palette.color(palette.ColorRole.Text))
        title_rect = QRectF(card.left(), card.top() + 26 + tile + 12, card.width(), 34)
        painter.drawText(title_rect, Qt.AlignmentFlag.AlignCenter, self.title())
        painter.setFont(self.font())
        painter.setPen(palette.color(palette.ColorRole.PlaceholderText))
        painter.drawText(
            QRectF(card.left() + 12, title_rect.bottom(), card.width() - 24, 26),
            Qt.AlignmentFlag.AlignCenter,
            self.subtitle(),
        )
        painter.end()


class DropTarget(QObject):
    """Makes all of `window` a drop zone for `controller`. Keep a reference (it is a child
    of the window) and install it once: `DropTarget(window, controller)`."""

    def __init__(self, window: QWidget, controller: AttachmentController) -> None:
        super().__init__(window)
        self._window = window
        self._controller = controller
        self._handle: QWindow | None = None
        self._active = False
        self._overlay = DropOverlay(window)
        self.on_folders: Callable[[list[Path]], None] | None = None
        """Given folders dropped on the window (File ▸ Describe a folder offers them)."""
        # Platforms register a window as a drop site only when a widget in it accepts drops.
        window.setAcceptDrops(True)
        window.installEventFilter(self)
        self._watch_handle()

    @property
    def overlay(self) -> DropOverlay:
        return self._overlay

    def is_dragging(self) -> bool:
        """True while an attachable drag is over the window."""
        return self._active

    def _watch_handle(self) -> None:
        handle = self._window.windowHandle()
        if handle is None or handle is self._handle:
            return
        if self._handle is not None:
            self._handle.removeEventFilter(self)
        handle.installEventFilter(self)
        self._handle = handle

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self._handle and kind in _DRAG_EVENTS:
            return self._on_drag_event(event)
        if watched is self._window:
            if kind in (QEvent.Type.Show, QEvent.Type.WinIdChange):
                self._watch_handle()
            elif kind == QEvent.Type.Resize:
                self._overlay.setGeometry(self._window.rect())
        return False

    def _on_drag_event(self, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.DragEnter:
            assert isinstance(event, QDragEnterEvent)
            action = _drop_action(event.possibleActions())
            self._active = action is not None and can_attach(event.mimeData())
            if not self._active or action is None:
                return False  # not ours: the widget under the cursor decides
            event.setDropAction(action)
            event.accept()
            self._show_overlay()
            return True
        if not self._active:
            return False
        if kind == QEvent.Type.DragMove:
            assert isinstance(event, QDragMoveEvent)
            action = _drop_action(event.possibleActions())
            if action is not None:
                event.setDropAction(action)
                event.accept()
            return True
        self._active = False
        self._overlay.hide()
        if kind == QEvent.Type.Drop:
            assert isinstance(event, QDropEvent)
            action = _drop_action(event.possibleActions())
            folders = _dropped_folders(event.mimeData())
            if action is not None and folders and self.on_folders is not None:
                event.setDropAction(action)
                event.accept()
                self.on_folders(folders)
            elif action is not None and self._controller.add_mime_data(event.mimeData()):
                event.setDropAction(action)
                event.accept()
            else:
                event.ignore()
        return True

    def _show_overlay(self) -> None:
        self._overlay.setGeometry(self._window.rect())
        self._overlay.raise_()
        self._overlay.show()


def _dropped_folders(mime: QMimeData) -> list[Path]:
    """The folders a drop carries (with any files beside them), or [] when it has none."""
    paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    return paths if any(path.is_dir() for path in paths) else []


class PasteHandler(QObject):
    """Ctrl+V (Cmd+V) attaches a copied picture, copied files or a copied YouTube link (the
    copied text is the link alone); other text still pastes.

    In `editor` (the prompt) it watches the paste key and lets the editor paste whatever
    is not an attachment. Elsewhere in `window` a Paste shortcut attaches, or puts text in
    the prompt.
    """

    def __init__(
        self,
        controller: AttachmentController,
        editor: QWidget,
        window: QWidget | None = None,
        clipboard: QClipboard | None = None,
    ) -> None:
        super().__init__(window or editor)
        self._controller = controller
        self._editor = editor
        self._clipboard = clipboard
        editor.installEventFilter(self)
        self._shortcut: QShortcut | None = None
        if window is not None:
            self._shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Paste), window)
            self._shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            self._shortcut.activated.connect(self._on_paste_shortcut_activated)

    def paste(self) -> bool:
        """Attach what the clipboard holds; False when it holds nothing to attach."""
        clipboard = self._clipboard or QGuiApplication.clipboard()
        mime = clipboard.mimeData(QClipboard.Mode.Clipboard)
        return mime is not None and self._controller.add_mime_data(mime, paste=True)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self._editor
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.matches(QKeySequence.StandardKey.Paste)
        ):
            return self.paste()
        return False

    def _on_paste_shortcut_activated(self) -> None:
        if self.paste():
            return
        self._editor.setFocus(Qt.FocusReason.ShortcutFocusReason)
        paste = getattr(self._editor, "paste", None)
        if callable(paste):
            paste()
