"""The Help menu: About, Keyboard shortcuts, Open log folder and Report a bug."""

from __future__ import annotations

import logging
import platform
from collections.abc import Callable
from urllib.parse import urlencode

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow

from desktop import __version__
from desktop.services.bundled_licences import project_url
from desktop.ui.about_dialog import AboutDialog, runtime_versions
from desktop.ui.log_folder import FolderOpener, open_in_file_manager, open_log_folder
from desktop.ui.shortcuts_dialog import ShortcutsDialog

log = logging.getLogger(__name__)


def bug_report_url(issues: str) -> str:
    """The project's new-issue page with the version and the system filled in. The body is
    for the developers, so it stays English whatever the window's language."""
    body = (
        "**What happened?**\n\n\n**What did you expect?**\n\n\n"
        "---\n"
        f"Gemini Desktop {__version__}\n"
        f"{platform.platform()}\n"
        f"{runtime_versions()}\n\n"
        "Please attach the log file (Help ▸ Open log folder in the app): drag it here.\n"
    )
    return f"{issues.rstrip('/')}/new?{urlencode({'body': body})}"


class HelpMenu(QObject):
    """Adds the Help menu at the end of the window's menu bar and answers its entries."""

    def __init__(
        self,
        window: QMainWindow,
        *,
        open_browser: Callable[[str], object],
        open_folder: FolderOpener = open_in_file_manager,
        show_notice: Callable[[str], None] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._window = window
        self._open_browser = open_browser
        self._open_folder = open_folder
        self._show_notice = show_notice
        self._issues = project_url("Issues")
        self.about_dialog: AboutDialog | None = None
        self.shortcuts_dialog: ShortcutsDialog | None = None

        menu = window.menuBar().addMenu(self.tr("&Help"))
        menu.setObjectName("helpMenu")
        self.shortcuts_action = QAction(self.tr("&Keyboard shortcuts"), window)
        self.shortcuts_action.setObjectName("shortcutsAction")
        self.log_folder_action = QAction(self.tr("Open &log folder"), window)
        self.log_folder_action.setObjectName("logFolderAction")
        self.report_bug_action = QAction(self.tr("&Report a bug…"), window)
        self.report_bug_action.setObjectName("reportBugAction")
        self.report_bug_action.setEnabled(self._issues is not None)
        self.about_action = QAction(self.tr("&About Gemini Desktop"), window)
        self.about_action.setObjectName("aboutAction")
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        menu.addAction(self.shortcuts_action)
        menu.addSeparator()
        menu.addAction(self.log_folder_action)
        menu.addAction(self.report_bug_action)
        menu.addSeparator()
        menu.addAction(self.about_action)
        self.menu = menu

        self.shortcuts_action.triggered.connect(self._on_shortcuts_action_triggered)
        self.log_folder_action.triggered.connect(self._on_log_folder_action_triggered)
        self.report_bug_action.triggered.connect(self._on_report_bug_action_triggered)
        self.about_action.triggered.connect(self._on_about_action_triggered)

    def _on_about_action_triggered(self) -> None:
        if self.about_dialog is None or not shiboken6.isValid(self.about_dialog):
            self.about_dialog = AboutDialog(self._window)
        self.about_dialog.show()
        self.about_dialog.raise_()

    def _on_shortcuts_action_triggered(self) -> None:
        # Built anew each time: the menus may have changed (another language, say).
        if self.shortcuts_dialog is not None and shiboken6.isValid(self.shortcuts_dialog):
            self.shortcuts_dialog.deleteLater()
        self.shortcuts_dialog = ShortcutsDialog(self._window.menuBar(), self._window)
        self.shortcuts_dialog.show()

    def _on_log_folder_action_triggered(self) -> None:
        if not open_log_folder(self._open_folder) and self._show_notice is not None:
            self._show_notice(self.tr("The log folder could not be opened."))

    def _on_report_bug_action_triggered(self) -> None:
        if self._issues is None:
            return
        self._open_browser(bug_report_url(self._issues))
        log.info("Opened the bug report page")
        if self._show_notice is not None:
            self._show_notice(
                self.tr(
                    "The bug report page opens in your browser. Please attach the log file: "
                    "Help ▸ Open log folder shows it."
                )
            )
