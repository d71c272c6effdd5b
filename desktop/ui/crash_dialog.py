"""The crash dialog: what the excepthook (desktop.app.crash_reporter) shows after an error
nobody caught. Non-modal, so the app keeps running: a plain sentence, the redacted report to
copy, Copy, Open log folder and Continue. Errors that follow while it is open are added to
its report instead of opening more dialogs."""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.log_folder import FolderOpener, open_in_file_manager, open_log_folder

SEPARATOR = "\n" + "-" * 40 + "\n"


class CrashDialog(QDialog):
    def __init__(
        self, parent: QWidget | None = None, open_folder: FolderOpener = open_in_file_manager
    ) -> None:
        super().__init__(parent)
        self.setObjectName("crashDialog")
        self.setWindowTitle(self.tr("Something went wrong"))
        self.setModal(False)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(620, 420)
        self._open_folder = open_folder

        self.sentence = QLabel(
            self.tr(
                "Something unexpected went wrong inside Gemini Desktop. You can go on "
                "working; if something looks wrong, restart the app. To help fix it, copy "
                "the report below into a bug report (it holds no keys or passwords)."
            ),
            self,
        )
        self.sentence.setWordWrap(True)
        self.report = QPlainTextEdit(self)
        self.report.setObjectName("crashReport")
        self.report.setReadOnly(True)
        self.report.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.report.setAccessibleName(self.tr("Error report"))

        self.copy_button = QPushButton(self.tr("Copy report"), self)
        self.copy_button.setObjectName("crashCopy")
        self.folder_button = QPushButton(self.tr("Open log folder"), self)
        self.folder_button.setObjectName("crashLogFolder")
        self.continue_button = QPushButton(self.tr("Continue"), self)
        self.continue_button.setObjectName("crashContinue")
        self.continue_button.setDefault(True)
        self.copy_button.clicked.connect(self._on_copy_button_clicked)
        self.folder_button.clicked.connect(self._on_folder_button_clicked)
        self.continue_button.clicked.connect(self.accept)

        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.folder_button)
        buttons.addStretch(1)
        buttons.addWidget(self.continue_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.sentence)
        layout.addWidget(self.report, 1)
        layout.addLayout(buttons)

    def add_report(self, text: str) -> None:
        current = self.report.toPlainText()
        self.report.setPlainText(f"{current}{SEPARATOR}{text}" if current else text)

    def report_text(self) -> str:
        return self.report.toPlainText()

    def _on_copy_button_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.report.toPlainText())
        self.copy_button.setText(self.tr("Copied"))

    def _on_folder_button_clicked(self) -> None:
        open_log_folder(self._open_folder)


class CrashReporter(QObject):
    """desktop.app.crash_reporter's target: `report` may be called from any thread (the
    thread excepthook); the dialog is shown on the GUI thread."""

    _arrived = Signal(str)

    def __init__(
        self,
        parent_window: Callable[[], QWidget | None],
        open_folder: FolderOpener = open_in_file_manager,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._parent_window = parent_window
        self._open_folder = open_folder
        self._dialog: CrashDialog | None = None
        # Queued across threads: a worker thread's error reaches the dialog on the GUI thread.
        self._arrived.connect(self._on_arrived)

    @property
    def dialog(self) -> CrashDialog | None:
        return (
            self._dialog if self._dialog is not None and shiboken6.isValid(self._dialog) else None
        )

    def report(self, text: str) -> None:
        self._arrived.emit(text)

    def _on_arrived(self, text: str) -> None:
        dialog = self.dialog
        if dialog is None:
            window = self._parent_window()
            dialog = CrashDialog(
                window if window is not None and shiboken6.isValid(window) else None,
                self._open_folder,
            )
            self._dialog = dialog
        dialog.add_report(text)
        dialog.show()
        dialog.raise_()
