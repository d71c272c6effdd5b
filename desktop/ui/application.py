"""The QApplication subclass: turns Qt's quit requests into a signal the async main can await."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from desktop import paths

APPLICATION_NAME = "Gemini Desktop"
ORGANIZATION_NAME = "Gemini Desktop"
DESKTOP_FILE_NAME = "gemini-desktop"


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

    def __init__(self, argv: Sequence[str]) -> None:
        super().__init__(list(argv))
        self.setApplicationName(APPLICATION_NAME)
        self.setApplicationDisplayName(APPLICATION_NAME)
        self.setOrganizationName(ORGANIZATION_NAME)
        self.setDesktopFileName(DESKTOP_FILE_NAME)
        self.setWindowIcon(QIcon(str(paths.app_icon_path())))

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Quit:
            self.quit_requested.emit()
            return True
        return super().event(event)
