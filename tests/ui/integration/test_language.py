"""View ▸ Language: the choice is remembered, a new language asks to restart once, and the
restart gives back the open conversation and the typed text."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from desktop.ui.language import PREFERENCE_KEY, TRANSLATORS
from tests.loopback import Scenario
from tests.ui.integration.helpers import App, close


def _choose(app: App, code: str) -> None:
    app.window.language_menu.choice_action(code).trigger()


def test_the_menu_lists_the_computer_and_the_six_languages_by_their_own_names(
    make_app: Callable[..., App],
) -> None:
    app = make_app()
    texts = [a.text() for a in app.window.language_menu.actions() if not a.isSeparator()]
    assert texts[0].startswith("Same as the computer (")
    assert texts[1:] == ["English", "繁體中文", "Français", "日本語", "Español", "Deutsch"]
    assert app.window.language_menu.choice_action("").isChecked()


def test_a_new_language_is_remembered_and_a_restart_keeps_the_conversation_and_the_text(
    make_app: Callable[..., App], preferences_file: Path
) -> None:
    app = make_app()
    app.server.script(Scenario(text="Roses are red."))
    app.ask("Which rose is this?")
    conversation_id = app.controller.conversation.conversation_id()
    assert conversation_id is not None
    app.type_question("And the white one?")

    assert TRANSLATORS.language == "en"
    _choose(app, "fr")
    question = app.controller.language.question
    assert question is not None and question.isVisible()
    assert question.text() == "Restart Gemini Desktop in Français?"
    assert (
        QSettings(str(preferences_file), QSettings.Format.IniFormat).value(PREFERENCE_KEY) == "fr"
    )
    restart = next(
        b for b in question.buttons() if question.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole
    )
    with app.qtbot.waitSignal(app.controller.restart_requested):
        restart.click()
    close(app)

    again = make_app()
    again.qtbot.waitUntil(
        lambda: again.controller.conversation.conversation_id() == conversation_id
    )
    again.qtbot.waitUntil(lambda: "Roses are red." in again.transcript())
    assert again.window.prompt_text() == "And the white one?"
    assert again.window.language_menu.choice_action("fr").isChecked()
    close(again)

    third = make_app()  # the session is given back once
    third.wait_until_started()
    assert third.controller.conversation.conversation_id() is None
    assert third.window.prompt_text() == ""


def test_the_language_in_use_asks_nothing(make_app: Callable[..., App]) -> None:
    app = make_app()
    _choose(app, "fr")
    assert app.controller.language.question is not None
    _choose(app, "en")  # back to what the window speaks: the question goes
    assert app.controller.language.question is None
    _choose(app, "")
    assert app.controller.language.question is None
