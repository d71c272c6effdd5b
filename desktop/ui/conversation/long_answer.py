"""Under an answer too long to draw whole (issue 17): how long it is, its end, and the
whole answer on request, opened in the computer's text editor or saved as a file.

The file is written in a worker thread (50 MB takes a moment); the thread touches no widget.
"""

from __future__ import annotations

import logging
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QRunnable, QThreadPool, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop import paths
from desktop.ui.conversation.long_words import LongWordBreaker

log = logging.getLogger(__name__)

END_CHARS = 4_000
"""How much of the end the bar shows."""
END_HEIGHT = 220


class LongAnswerBar(QFrame):
    """The notice, the answer's end and the two buttons, below the drawn start."""

    file_written = Signal(str)
    """The whole answer is in this file (opened, or saved where asked)."""

    def __init__(self, whole_text: Callable[[], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("longAnswerBar")
        self._whole = whole_text  # all that has arrived, joined when a button asks
        self._notice = QLabel(self)
        self._notice.setWordWrap(True)
        self._end = QPlainTextEdit(self)
        self._end.setObjectName("longAnswerEnd")
        self._end.setReadOnly(True)
        self._end.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self._end.setFixedHeight(END_HEIGHT)
        self.show_button = QPushButton(self.tr("Show the whole answer"), self)
        self.save_button = QPushButton(self.tr("Save as file…"), self)
        self.show_button.clicked.connect(self._on_show_button_clicked)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self._writer = _FileWriter(self)
        self._writer.written.connect(self._on_writer_written)
        self._writer.failed.connect(self._on_writer_failed)
        self._open_when_written: Path | None = None

        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.show_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._notice)
        layout.addWidget(self._end)
        layout.addLayout(buttons)

    def update_from(self, received: int, end: str) -> None:
        """How long the answer is so far, and its last words."""
        size = QLocale().toString(received)
        self._notice.setText(
            self.tr(
                "This answer is too long to show here whole (%1 characters): its start is "
                "above and its end below."
            ).replace("%1", size)
        )
        self._end.setPlainText(LongWordBreaker().feed(end[-END_CHARS:]))
        self._end.verticalScrollBar().setValue(self._end.verticalScrollBar().maximum())

    def end_text(self) -> str:
        """The end as shown (with break places in long words)."""
        return self._end.toPlainText()

    # -- the whole answer -------------------------------------------------------------------

    def _on_show_button_clicked(self) -> None:
        folder = paths.cache_dir() / "answers"
        try:
            folder.mkdir(parents=True, exist_ok=True)
            handle, name = tempfile.mkstemp(prefix="answer-", suffix=".txt", dir=folder)
        except OSError as error:
            self._on_writer_failed(str(error))
            return
        os.close(handle)
        self._open_when_written = Path(name)
        self._writer.write(Path(name), self._whole())

    def _on_save_button_clicked(self) -> None:
        dialog = QFileDialog(self, self.tr("Save the answer as"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("md")
        dialog.selectFile("answer.md")
        dialog.fileSelected.connect(self._on_dialog_file_selected)
        dialog.open()

    def save_to(self, path: Path) -> None:
        """Write the whole answer to `path` (in a worker thread); `file_written` follows."""
        self._open_when_written = None
        self._writer.write(path, self._whole())

    def _on_dialog_file_selected(self, name: str) -> None:
        self.save_to(Path(name))

    def _on_writer_written(self, name: str) -> None:
        path = Path(name)
        if self._open_when_written == path:
            QDesktopServices.openUrl(QUrl.fromLocalFile(name))
        else:
            saved = QCoreApplication.translate("AppController", "Saved as %1")  # the app's words
            self._notice.setText(saved.replace("%1", name))
        self.file_written.emit(name)

    def _on_writer_failed(self, reason: str) -> None:
        self._notice.setText(self.tr("The answer could not be written: %1").replace("%1", reason))


class _FileWriter(QObject):
    """Writes text to a file in Qt's thread pool; says so through queued signals."""

    written = Signal(str)
    failed = Signal(str)

    def write(self, path: Path, text: str) -> None:
        QThreadPool.globalInstance().start(_WriteJob(self, path, text))


class _WriteJob(QRunnable):
    def __init__(self, writer: _FileWriter, path: Path, text: str) -> None:
        super().__init__()
        self._writer = writer
        self._path = path
        self._text = text

    def run(self) -> None:
        try:
            self._path.write_text(self._text, encoding="utf-8")
        except OSError as error:
            log.warning("The answer could not be written to %s: %s", self._path, error)
            self._writer.failed.emit(error.strerror or str(error))
            return
        self._writer.written.emit(str(self._path))
