"""Help ▸ Keyboard shortcuts: every key the window answers to, with what it does.

The menus' actions are read from the menu bar (a new action with a shortcut shows up by
itself); the keys that have no menu entry are listed here."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMenu,
    QMenuBar,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)


def _other_keys() -> list[tuple[str, str]]:
    return [
        ("Ctrl+Return", QCoreApplication.translate("ShortcutsDialog", "Send the question")),
        ("Esc", QCoreApplication.translate("ShortcutsDialog", "Stop the answer while it comes")),
        ("Ctrl+F", QCoreApplication.translate("ShortcutsDialog", "Find in the conversation")),
        ("F3", QCoreApplication.translate("ShortcutsDialog", "Find the next match")),
        ("Shift+F3", QCoreApplication.translate("ShortcutsDialog", "Find the previous match")),
        ("Ctrl+K", QCoreApplication.translate("ShortcutsDialog", "Search your conversations")),
        (
            "Ctrl+V",
            QCoreApplication.translate(
                "ShortcutsDialog", "Paste a picture or files into the question"
            ),
        ),
    ]


def _menu_actions(menu: QMenu) -> list[QAction]:
    found = []
    for action in menu.actions():
        if action.menu() is not None:
            found += _menu_actions(action.menu())
        elif not action.isSeparator() and not action.shortcut().isEmpty():
            found.append(action)
    return found


def _plain(text: str) -> str:
    """A menu entry's words without its mnemonic and its "…": "&Import…" → "Import"."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…")


def shortcut_rows(menu_bar: QMenuBar) -> list[tuple[str, str]]:
    """(keys as the system writes them, what they do), the menus' first, each key once."""
    rows: dict[str, str] = {}
    for top in menu_bar.actions():
        if top.menu() is None:
            continue
        for action in _menu_actions(top.menu()):
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            rows.setdefault(keys, _plain(action.text()))
    for key, text in _other_keys():
        native = QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)
        rows.setdefault(native, text)
    return list(rows.items())


class ShortcutsDialog(QDialog):
    def __init__(self, menu_bar: QMenuBar, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.resize(460, 420)
        self.table = QTreeWidget(self)
        self.table.setObjectName("shortcutsTable")
        self.table.setRootIsDecorated(False)
        self.table.setHeaderLabels([self.tr("Keys"), self.tr("What they do")])
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        for keys, text in shortcut_rows(menu_bar):
            QTreeWidgetItem(self.table, [keys, text])
        self.table.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

    def rows(self) -> list[tuple[str, str]]:
        return [
            (self.table.topLevelItem(i).text(0), self.table.topLevelItem(i).text(1))
            for i in range(self.table.topLevelItemCount())
        ]
