"""The page after a key file was saved: it offers to delete the original file, whose copy is
in the keyring now."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui import icons
from desktop.ui.connections.widgets import set_state


class DonePage(QWidget):
    delete_original_requested = Signal(str)
    """Delete the original key file at this path."""
    done_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("donePage")
        badge = QLabel(self)
        badge.setObjectName("doneBadge")
        badge.setFixedSize(64, 64)
        badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        badge.setPixmap(icons.pixmap("check", "white", 40))
        self._title = QLabel(self)
        self._title.setObjectName("doneTitle")
        self._title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self._title.setWordWrap(True)
        title_font = QFont(self._title.font())
        title_font.setPointSizeF(max(title_font.pointSizeF(), 9.0) * 1.5)
        title_font.setWeight(QFont.Weight.DemiBold)
        self._title.setFont(title_font)
        body = QLabel(
            self.tr(
                "Gemini Desktop keeps its own copy of the key in your password store, so the "
                "key file is no longer needed."
            ),
            self,
        )
        body.setObjectName("doneBody")
        body.setWordWrap(True)
        body.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        body.setFixedWidth(560)

        offer = QFrame(self)
        offer.setObjectName("originalFileBox")
        offer.setFixedWidth(600)
        offer_text = QLabel(
            self.tr(
                "The original key file is still on this computer. Anyone who gets it can use "
                "your Google Cloud project, so you may want to delete it:"
            ),
            offer,
        )
        offer_text.setObjectName("originalFileText")
        offer_text.setWordWrap(True)
        self._path = QLineEdit(offer)
        self._path.setObjectName("originalFilePath")
        self._path.setReadOnly(True)
        self._delete_button = QPushButton(self.tr("Delete the original file"), offer)
        self._delete_button.setObjectName("deleteOriginalButton")
        self._delete_button.setAutoDefault(False)
        self._status = QLabel(offer)
        self._status.setObjectName("originalFileStatus")
        self._status.setWordWrap(True)
        offer_row = QHBoxLayout()
        offer_row.setSpacing(8)
        offer_row.addWidget(self._path, 1)
        offer_row.addWidget(self._delete_button)
        offer_layout = QVBoxLayout(offer)
        offer_layout.setContentsMargins(16, 14, 16, 14)
        offer_layout.setSpacing(8)
        offer_layout.addWidget(offer_text)
        offer_layout.addLayout(offer_row)
        offer_layout.addWidget(self._status)

        self.done_button = QPushButton(self.tr("Done"), self)
        self.done_button.setObjectName("doneButton")
        self.done_button.setCursor(Qt.CursorShape.PointingHandCursor)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 40, 40, 28)
        layout.setSpacing(0)
        layout.addStretch(2)
        layout.addLayout(_centered(badge))
        layout.addSpacing(18)
        layout.addWidget(self._title)
        layout.addSpacing(8)
        layout.addLayout(_centered(body))
        layout.addSpacing(24)
        layout.addLayout(_centered(offer))
        layout.addStretch(3)
        done_row = QHBoxLayout()
        done_row.addStretch(1)
        done_row.addWidget(self.done_button)
        layout.addLayout(done_row)
        self._delete_button.clicked.connect(self._on_delete_clicked)
        self.done_button.clicked.connect(self.done_clicked)

    def show_saved(self, name: str, original: Path) -> None:
        """`name` is saved; offer to delete the key file it was read from."""
        self._title.setText(self.tr("“%1” is saved and in use").replace("%1", name))
        self._path.setText(str(original))
        self._status.hide()
        self._delete_button.setEnabled(True)

    def show_original_deleted(self) -> None:
        self._delete_button.setEnabled(False)
        self._show_status(
            self.tr("Deleted. Only the copy in your password store is left."), "success"
        )

    def show_original_delete_failed(self, message: str) -> None:
        self._show_status(message, "problem")

    def _show_status(self, text: str, state: str) -> None:
        self._status.setText(text)
        set_state(self._status, "state", state)
        self._status.show()

    def _on_delete_clicked(self) -> None:
        path = self._path.text()
        if path:
            self._delete_button.setEnabled(False)
            self.delete_original_requested.emit(path)


def _centered(widget: QWidget) -> QHBoxLayout:
    # A row of its own with stretches: with an alignment flag the layout would ignore the
    # height that wrapped text needs and cut off its last line.
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(widget)
    row.addStretch(1)
    return row
