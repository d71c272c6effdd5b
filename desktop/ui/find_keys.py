"""The window's search keys: Ctrl+F finds in the conversation (F3 and Shift+F3 step through
the matches), Ctrl+K or Ctrl+Shift+F goes to the search of the conversation list."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut

from desktop.ui.main_window import MainWindow


class FindKeys(QObject):
    def __init__(self, window: MainWindow, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._window = window
        conversation = window.conversation
        self.shortcuts: list[QShortcut] = []
        self._add(QKeySequence.StandardKey.Find, conversation.open_find)
        self._add(QKeySequence.StandardKey.FindNext, conversation.find_bar.find_next)
        self._add(QKeySequence.StandardKey.FindPrevious, conversation.find_bar.find_previous)
        for keys in ("Ctrl+K", "Ctrl+Shift+F"):
            self._add(QKeySequence(keys), self.focus_conversation_search)

    def _add(self, keys: QKeySequence | QKeySequence.StandardKey, slot: object) -> None:
        shortcut = QShortcut(QKeySequence(keys), self._window)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(slot)
        self.shortcuts.append(shortcut)

    def focus_conversation_search(self) -> None:
        """Show the conversation list if hidden, and put the cursor in its search box."""
        self._window.set_sidebar_shown(True)
        field = self._window.sidebar.search_field
        field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        field.selectAll()
