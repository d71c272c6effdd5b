"""A read-only rich text view as tall as its text, for answers inside the scrolling column."""

from __future__ import annotations

import math

from PySide6.QtCore import QPoint, QSize, QSizeF, Qt, QUrl, Signal
from PySide6.QtGui import (
    QAction,
    QContextMenuEvent,
    QDesktopServices,
    QTextOption,
    QWheelEvent,
)
from PySide6.QtWidgets import QFrame, QSizePolicy, QTextBrowser, QTextEdit, QWidget

from desktop.ui.conversation.document_writer import CODE_FRAME_PROPERTY, COPY_CODE_SCHEME


class AnswerBrowser(QTextBrowser):
    """Grows with its document instead of scrolling: the conversation column scrolls.

    Links open in the system browser; "copy-code:<n>" links ask for a code block to be
    copied. The right-click menu offers "Copy code" inside a code block.
    """

    copy_code_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("answerText")
        self.setReadOnly(True)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # What cannot narrow to the pane (a table of many columns) scrolls sideways in here.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        # A word, a link or a code line longer than the pane breaks where it must, and a
        # wide table's cells narrow to fit: the text never reaches past the pane, where
        # it would be cut off (the column does not scroll sideways).
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.document().setDocumentMargin(0)
        self.viewport().setAutoFillBackground(False)
        self.setFixedHeight(0)
        self.document().documentLayout().documentSizeChanged.connect(self._on_document_size_changed)
        self.anchorClicked.connect(self._on_anchor_clicked)

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.height())

    def wheelEvent(self, event: QWheelEvent) -> None:
        # Never scroll inside: the column around it scrolls.
        event.ignore()

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.createStandardContextMenu(event.pos())
        index = self.code_index_at(event.pos())
        if index is not None:
            first = menu.actions()[0] if menu.actions() else None
            action = QAction(self.tr("Copy code"), menu)
            action.triggered.connect(lambda: self.copy_code_requested.emit(index))
            menu.insertAction(first, action)  # type: ignore[arg-type]
            menu.insertSeparator(first)  # type: ignore[arg-type]
        menu.aboutToHide.connect(menu.deleteLater)
        # popup(), not exec(): no nested event loop while answers stream.
        menu.popup(event.globalPos())

    def code_index_at(self, pos: QPoint) -> int | None:
        """The index of the code block under a viewport position, if any."""
        frame = self.cursorForPosition(pos).currentFrame()
        while frame is not None:
            fmt = frame.frameFormat()
            if fmt.hasProperty(CODE_FRAME_PROPERTY):
                return int(fmt.intProperty(CODE_FRAME_PROPERTY))
            frame = frame.parentFrame()
        return None

    def fit_height(self) -> None:
        """Take the document's height now (after a frame of streaming), rather than when
        the layout reports it on a zero timer, after a paint: one paint per frame."""
        self._on_document_size_changed(self.document().size())

    def _on_document_size_changed(self, size: QSizeF) -> None:
        height = math.ceil(size.height())
        if math.ceil(size.width()) > self.viewport().width() > 0:
            height += self.horizontalScrollBar().sizeHint().height()
        if height != self.height():
            self.setFixedHeight(height)

    def _on_anchor_clicked(self, url: QUrl) -> None:
        if url.scheme() == COPY_CODE_SCHEME:
            if url.path().isdigit():
                self.copy_code_requested.emit(int(url.path()))
            return
        if url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)
