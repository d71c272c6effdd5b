"""Tells the user when an answer finished or failed while the window was in the background:
the taskbar or dock entry asks for attention (QApplication.alert) and, where the desktop
has a notification area, a notification says so; clicking it brings the window up.
View ▸ Notify when an answer is ready turns it off (remembered)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QSettings
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon

from desktop import paths
from desktop.ui.main_window import MainWindow

log = logging.getLogger(__name__)

ENABLED_KEY = "notifications/enabled"
SNIPPET = 80
"""Characters of the question the notification quotes."""


class AnswerNotifier(QObject):
    def __init__(
        self, window: MainWindow, preferences: QSettings, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._window = window
        self._preferences = preferences
        self._tray: QSystemTrayIcon | None = None
        self.sent: list[tuple[str, str]] = []
        """Every notification given, as (title, text): what the log also says."""
        self.action = QAction(self.tr("&Notify when an answer is ready"), window)
        self.action.setObjectName("notifyAction")
        self.action.setCheckable(True)
        self.action.setChecked(str(preferences.value(ENABLED_KEY, "true")).lower() == "true")
        self.action.setToolTip(
            self.tr("When Gemini Desktop is in the background, say when an answer ends")
        )
        self.action.toggled.connect(self._on_action_toggled)
        view = _menu_holding(window, window.sidebar_action)
        if view is not None:
            view.addSeparator()
            view.addAction(self.action)

    def is_enabled(self) -> bool:
        return self.action.isChecked()

    def answer_finished(self, outcome: str) -> None:
        """Slot for ConversationController.answer_finished."""
        if outcome not in ("completed", "failed") or not self.is_enabled():
            return
        if self._window.isActiveWindow():
            return
        conversation = self._window.conversation
        question = ""
        if conversation.turn_count():
            question = conversation.user_turn_text(conversation.turn_count() - 1).strip()
            question = " ".join(question.split())
            if len(question) > SNIPPET:
                question = question[: SNIPPET - 1] + "…"
        if outcome == "completed":
            title = self.tr("Gemini answered")
        else:
            title = self.tr("The answer could not be completed")
        self._notify(title, question)

    def _notify(self, title: str, text: str) -> None:
        self.sent.append((title, text))
        log.info("Notified the user in the background: %s", title)
        QApplication.alert(self._window)
        if not QSystemTrayIcon.isSystemTrayAvailable() or not QSystemTrayIcon.supportsMessages():
            return
        if self._tray is None:
            self._tray = QSystemTrayIcon(QIcon(str(paths.app_icon_path())), self)
            self._tray.setToolTip(self.tr("Gemini Desktop"))
            self._tray.messageClicked.connect(self._on_tray_message_clicked)
            self._tray.activated.connect(self._on_tray_message_clicked)
        self._tray.show()
        self._tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, 8000)

    def _on_tray_message_clicked(self, *_args: object) -> None:
        window = self._window
        window.showNormal()
        window.raise_()
        window.activateWindow()
        if self._tray is not None:
            self._tray.hide()

    def _on_action_toggled(self, on: bool) -> None:
        self._preferences.setValue(ENABLED_KEY, "true" if on else "false")


def _menu_holding(window: MainWindow, action: QAction) -> QMenu | None:
    for top in window.menuBar().actions():
        menu = top.menu()
        if menu is not None and action in menu.actions():
            return menu
    return None
