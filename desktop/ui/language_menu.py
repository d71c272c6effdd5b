"""View ▸ Language: the computer's language or one of the six, each named in itself. A new
choice is remembered at once; the window then offers to restart in it, keeping the open
conversation and the text being typed (the app's words are set as its widgets are made)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from desktop.translations import LANGUAGES
from desktop.ui.language import TRANSLATORS, remember_language, remembered_language
from desktop.ui.language import system_language as computer_language

SYSTEM = ""
"""The menu's value for "follow the computer"."""


class LanguageMenu(QMenu):
    """The choices, checkable; `language_chosen` carries a code, or "" for the computer's."""

    language_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("MainWindow", "&Language"), parent)
        self.setObjectName("languageMenu")
        self._group = QActionGroup(self)
        self._group.setExclusive(True)
        computer = LANGUAGES[computer_language()]
        self._add(
            SYSTEM,
            QCoreApplication.translate("MainWindow", "Same as the computer (%1)").replace(
                "%1", computer
            ),
        )
        self.addSeparator()
        for code, name in LANGUAGES.items():
            self._add(code, name)

    def _add(self, code: str, text: str) -> None:
        action = QAction(text, self)
        action.setCheckable(True)
        action.setData(code)
        action.setObjectName(f"language_{code or 'system'}")
        action.triggered.connect(lambda _checked=False, c=code: self.language_chosen.emit(c))
        self._group.addAction(action)
        self.addAction(action)

    def choice_action(self, code: str) -> QAction:
        return next(a for a in self._group.actions() if a.data() == code)

    def show_choice(self, code: str) -> None:
        self.choice_action(code).setChecked(True)


class LanguageController(QObject):
    """Remembers the menu's choice and, when it changes the window's language, asks once
    whether to restart now: `restart_requested` when the user says yes."""

    restart_requested = Signal()

    def __init__(self, menu: LanguageMenu, preferences: QSettings, window: QWidget) -> None:
        super().__init__(menu)
        self._menu = menu
        self._preferences = preferences
        self._window = window
        self._question: QMessageBox | None = None
        menu.show_choice(remembered_language(preferences) or SYSTEM)
        menu.language_chosen.connect(self._on_menu_language_chosen)

    @property
    def question(self) -> QMessageBox | None:
        """The restart question on show, if any."""
        return self._question

    def _on_menu_language_chosen(self, code: str) -> None:
        remember_language(self._preferences, code or None)
        wanted = code or computer_language()
        if wanted == TRANSLATORS.language:
            if self._question is not None:
                self._question.close()
            return
        self._ask_to_restart(LANGUAGES[wanted])

    def _ask_to_restart(self, name: str) -> None:
        if self._question is not None:
            self._question.close()
        question = QMessageBox(self._window)
        question.setObjectName("languageRestartQuestion")
        question.setIcon(QMessageBox.Icon.Question)
        question.setWindowTitle(self.tr("Language"))
        question.setText(self.tr("Restart Gemini Desktop in %1?").replace("%1", name))
        question.setInformativeText(
            self.tr(
                "The open conversation and the text you are typing are kept. An answer "
                "still being written stops where it is."
            )
        )
        restart = question.addButton(self.tr("Restart now"), QMessageBox.ButtonRole.AcceptRole)
        question.addButton(self.tr("Later"), QMessageBox.ButtonRole.RejectRole)
        question.setDefaultButton(restart)
        restart.clicked.connect(self.restart_requested)
        question.finished.connect(lambda _result, q=question: self._on_question_finished(q))
        self._question = question
        question.open()

    def _on_question_finished(self, question: QMessageBox) -> None:
        question.deleteLater()
        if self._question is question:
            self._question = None
