"""The QApplication subclass: turns Qt's quit requests into a signal the async main can await."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtGui import QFileOpenEvent, QIcon
from PySide6.QtWidgets import QApplication

from desktop import paths

APPLICATION_NAME = "Gemini Desktop"
ORGANIZATION_NAME = "Gemini Desktop"
DESKTOP_FILE_NAME = "gemini-desktop"

log = logging.getLogger(__name__)


class GeminiApplication(QApplication):
    """Emits `quit_requested` instead of quitting, so shutdown can run async clean-up first.

    Qt sends the application a QEvent.Quit for QApplication.quit(), for the last window
    closing and for the platform's own quit (Cmd+Q, session end). Under qasync 0.28,
    `aboutToQuit` only fires after exec() has returned, when the loop no longer runs and
    asyncio.Runner fails with "Event loop stopped before Future completed". Holding the Quit
    event back keeps the loop alive; the async main returns once it has cleaned up, and
    the loop then ends the Qt event loop itself.
    """

    quit_requested = Signal()
    files_opened = Signal(list)
    """list[Path]: files the system asked the app to open (macOS Finder's "Open with", a drop
    on the Dock icon), once `take_pending_files` has been called; queued until then."""

    def __init__(self, argv: Sequence[str]) -> None:
        super().__init__(list(argv))
        self._pending_files: list[Path] = []
        self._files_receiver_ready = False
        self.quit_was_requested = False
        """A quit came (the window closed, a signal) before anyone listened: main_async asks."""
        self.restart_wanted = False
        """Start the app again once this one has shut down (a new language)."""
        self.setApplicationName(APPLICATION_NAME)
        self.setApplicationDisplayName(APPLICATION_NAME)
        self.setOrganizationName(ORGANIZATION_NAME)
        self.setDesktopFileName(DESKTOP_FILE_NAME)
        self.setWindowIcon(QIcon(str(paths.app_icon_path())))

    def restart(self) -> None:
        """Quit as closing the window does, then start again (see app._run_gui)."""
        self.restart_wanted = True
        self.quit()

    def take_pending_files(self) -> list[Path]:
        """The files the system asked to open before the window existed (macOS sends them
        as QFileOpenEvent, often before the first window shows). From this call on, each
        new one is emitted as `files_opened` instead: connect that first, then call this."""
        files, self._pending_files = self._pending_files, []
        self._files_receiver_ready = True
        return files

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Quit:
            self.quit_was_requested = True
            self.quit_requested.emit()
            return True
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            self._on_file_open(event)
            return True
        return super().event(event)

    def _on_file_open(self, event: QFileOpenEvent) -> None:
        name = event.file() or (event.url().toLocalFile() if event.url().isLocalFile() else "")
        if not name:
            log.info("Ignoring an open request that is not a local file")
            return
        self._pending_files.append(Path(name))
        if not self._files_receiver_ready:
            log.info("Queueing a file to open once the window exists")
        elif len(self._pending_files) == 1:
            # Finder sends one event per file: deliver those of one gesture together.
            QTimer.singleShot(0, self._on_open_files_timer)

    def _on_open_files_timer(self) -> None:
        files, self._pending_files = self._pending_files, []
        if files:
            self.files_opened.emit(files)
