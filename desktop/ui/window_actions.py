"""The main window's actions and its menu bar: File (new chat, attach, import, export,
get code, connection settings, quit) and View (the conversation list, the Settings panel,
compare, the language). Their words are translated in the window's context, "MainWindow"."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu, QMenuBar

from desktop.ui.language_menu import LanguageMenu


@dataclass(frozen=True)
class WindowActions:
    new_chat: QAction
    import_conversation: QAction
    export_conversation: QAction
    connection_settings: QAction
    get_code: QAction
    """The code that sends the question being written (code_controller)."""
    describe_folder: QAction
    """File ▸ Describe a folder… (ui/batch)."""
    unfinished_batches: QMenu
    """Batches stopped before they finished, to resume (filled by ui/batch)."""
    quit: QAction
    sidebar: QAction
    """Shows or hides the conversation list (checkable)."""
    settings_panel: QAction
    """The dock's own toggle action, named and worded for the menu and the top bar."""
    compare: QAction
    """Opens the compare window (ui/compare)."""
    language_menu: LanguageMenu

    @classmethod
    def make(cls, window: QMainWindow, dock: QDockWidget) -> WindowActions:
        new_chat = QAction(QCoreApplication.translate("MainWindow", "&New chat"), window)
        new_chat.setObjectName("newChatAction")
        new_chat.setShortcut(QKeySequence(QKeySequence.StandardKey.New))
        new_chat.setToolTip(QCoreApplication.translate("MainWindow", "Start a new conversation"))
        import_conversation = QAction(
            QCoreApplication.translate("MainWindow", "&Import conversation…"), window
        )
        import_conversation.setObjectName("importAction")
        export_conversation = QAction(
            QCoreApplication.translate("MainWindow", "&Export conversation…"), window
        )
        export_conversation.setObjectName("exportAction")
        export_conversation.setEnabled(False)
        settings = QAction(
            QCoreApplication.translate("MainWindow", "&Connection settings…"), window
        )
        settings.setObjectName("connectionSettingsAction")
        shortcuts = [QKeySequence(QKeySequence.StandardKey.Preferences), QKeySequence("Ctrl+,")]
        # macOS's Preferences key is Cmd+, already: listing it twice would make it ambiguous.
        settings.setShortcuts(
            list({k.toString(): k for k in shortcuts if not k.isEmpty()}.values())
        )
        settings.setMenuRole(QAction.MenuRole.PreferencesRole)
        get_code = QAction(QCoreApplication.translate("MainWindow", "&Get code…"), window)
        get_code.setObjectName("getCodeAction")
        get_code.setShortcut(QKeySequence("Ctrl+Shift+G"))
        get_code.setToolTip(
            QCoreApplication.translate(
                "MainWindow", "The code that sends the question being written"
            )
        )
        describe_folder = QAction(
            QCoreApplication.translate("MainWindow", "&Describe a folder…"), window
        )
        describe_folder.setObjectName("describeFolderAction")
        describe_folder.setToolTip(
            QCoreApplication.translate(
                "MainWindow", "Alt text, captions, keywords or titles for many photos at once"
            )
        )
        unfinished = QMenu(QCoreApplication.translate("MainWindow", "&Unfinished batches"), window)
        unfinished.setObjectName("unfinishedBatchesMenu")
        unfinished.menuAction().setVisible(False)
        quit_action = QAction(QCoreApplication.translate("MainWindow", "&Quit"), window)
        quit_action.setObjectName("quitAction")
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        quit_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))

        sidebar = QAction(QCoreApplication.translate("MainWindow", "&Conversation list"), window)
        sidebar.setObjectName("sidebarAction")
        sidebar.setCheckable(True)
        sidebar.setChecked(True)
        sidebar.setToolTip(
            QCoreApplication.translate("MainWindow", "Show or hide your earlier conversations")
        )
        sidebar.setIconText(QCoreApplication.translate("MainWindow", "Conversations"))
        panel = dock.toggleViewAction()
        panel.setObjectName("settingsPanelAction")
        panel.setText(QCoreApplication.translate("MainWindow", "&Settings panel"))
        panel.setIconText(QCoreApplication.translate("MainWindow", "Settings"))
        panel.setToolTip(
            QCoreApplication.translate(
                "MainWindow", "Show or hide the model and the settings used for answers"
            )
        )
        compare = QAction(QCoreApplication.translate("MainWindow", "Co&mpare models…"), window)
        compare.setObjectName("compareAction")
        compare.setShortcut(QKeySequence("Ctrl+Shift+M"))
        compare.setIconText(QCoreApplication.translate("MainWindow", "Compare"))
        compare.setToolTip(
            QCoreApplication.translate(
                "MainWindow", "Ask two or three models the same question side by side"
            )
        )
        return cls(
            new_chat,
            import_conversation,
            export_conversation,
            settings,
            get_code,
            describe_folder,
            unfinished,
            quit_action,
            sidebar,
            panel,
            compare,
            LanguageMenu(window),
        )

    def fill_menus(self, menu_bar: QMenuBar, *, attach: QAction) -> None:
        file_menu = menu_bar.addMenu(QCoreApplication.translate("MainWindow", "&File"))
        file_menu.addAction(self.new_chat)
        file_menu.addAction(attach)
        file_menu.addSeparator()
        file_menu.addAction(self.import_conversation)
        file_menu.addAction(self.export_conversation)
        file_menu.addAction(self.get_code)
        file_menu.addSeparator()
        file_menu.addAction(self.describe_folder)
        file_menu.addMenu(self.unfinished_batches)
        file_menu.addSeparator()
        file_menu.addAction(self.connection_settings)
        file_menu.addSeparator()
        file_menu.addAction(self.quit)
        view_menu = menu_bar.addMenu(QCoreApplication.translate("MainWindow", "&View"))
        view_menu.addAction(self.sidebar)
        view_menu.addAction(self.settings_panel)
        view_menu.addAction(self.compare)
        view_menu.addSeparator()
        view_menu.addMenu(self.language_menu)
