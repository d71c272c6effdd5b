"""One file's upload under the question that carries it: a bar, "370 MB of 820 MB · 45 %",
and Cancel (which stops the whole message, keeping what was sent so far for a retry)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QToolButton, QVBoxLayout, QWidget

from desktop.ui import icons
from desktop.ui.attachments.model import format_size
from desktop.ui.conversation.theme import Theme
from desktop.ui.theme import rgba

_STEPS = 1000  # the bar's resolution: smooth on a wide window, cheap to update


class UploadRow(QWidget):
    """Shown while a file uploads; says "Uploaded" (or "Already uploaded") when done."""

    cancel_requested = Signal()

    def __init__(self, name: str, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("uploadRow")
        self.name = name
        self._finished = False

        self._done_icon = QLabel(self)
        self._done_icon.setPixmap(icons.pixmap("check", theme.accent, 14))
        self._done_icon.hide()
        self._title = QLabel(self)
        self._title.setObjectName("uploadTitle")
        self._title.setTextFormat(Qt.TextFormat.PlainText)
        self._title.setText(self.tr("Uploading %1").replace("%1", name))
        self._figures = QLabel(self)
        self._figures.setObjectName("uploadFigures")
        self._figures.setTextFormat(Qt.TextFormat.PlainText)
        self._bar = QProgressBar(self)
        self._bar.setObjectName("uploadBar")
        self._bar.setRange(0, _STEPS)
        self._bar.setTextVisible(False)
        self._bar.setFixedHeight(6)
        self._bar.setAccessibleName(self.tr("Upload of %1").replace("%1", name))
        self._cancel = QToolButton(self)
        self._cancel.setObjectName("uploadCancel")
        self._cancel.setText(self.tr("Cancel"))
        self._cancel.setIcon(icons.icon("close", theme.muted, 14))
        self._cancel.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self._cancel.setAutoRaise(True)
        self._cancel.setCursor(Qt.CursorShape.PointingHandCursor)
        self._cancel.setToolTip(self.tr("Stop uploading and sending this message"))
        self._cancel.clicked.connect(self.cancel_requested)

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.setSpacing(8)
        top.addWidget(self._done_icon)
        top.addWidget(self._title, 1)
        top.addWidget(self._figures)
        top.addWidget(self._cancel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        layout.setSpacing(3)
        layout.addLayout(top)
        layout.addWidget(self._bar)
        self.setStyleSheet(
            f"""
            QLabel#uploadTitle {{ color: {theme.text.name()}; }}
            QLabel#uploadFigures {{ color: {theme.muted.name()}; }}
            QProgressBar#uploadBar {{
                border: none; border-radius: 3px; background: {rgba(theme.muted, 0.22)};
            }}
            QProgressBar#uploadBar::chunk {{
                border-radius: 3px; background: {theme.accent.name()};
            }}
            """
        )
        self.set_progress(0, 0)

    @property
    def finished(self) -> bool:
        return self._finished

    def set_progress(self, sent: int, total: int) -> None:
        """ "370 MB of 820 MB · 45 %"."""
        if self._finished:
            return
        fraction = 0.0 if total <= 0 else min(1.0, sent / total)
        self._bar.setValue(round(fraction * _STEPS))
        self._figures.setText(
            self.tr("%1 of %2 · %3%")
            .replace("%1", format_size(sent))
            .replace("%2", format_size(total))
            .replace("%3", str(int(fraction * 100)))
        )

    def finish(self, *, reused: bool) -> None:
        self._finished = True
        self._bar.setValue(_STEPS)
        self._bar.hide()
        self._cancel.hide()
        self._done_icon.show()
        self._title.setText(
            (self.tr("%1 already uploaded") if reused else self.tr("%1 uploaded")).replace(
                "%1", self.name
            )
        )
        self._figures.setText("")

    def stop(self) -> None:
        """The message was stopped or failed: the row stays as it was left, without Cancel
        (sending again resumes the upload where it stopped)."""
        self._cancel.hide()
        if not self._finished:
            self._title.setText(self.tr("Upload of %1 stopped").replace("%1", self.name))
            if self._bar.value() == 0:
                self._figures.setText("")
