"""An answer that ends while the window is in the background is announced; not while the
window is in front, and not once View ▸ Notify when an answer is ready is off."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget

from tests.ui.integration.helpers import App


def _put_in_background(app: App) -> QWidget:
    other = QWidget()
    app.qtbot.addWidget(other)
    other.show()
    other.activateWindow()
    app.qtbot.waitUntil(lambda: not app.window.isActiveWindow(), timeout=3000)
    return other


@pytest.mark.expected_log(r"HTTP 400 from", r"The answer failed: ApiKeyInvalidError")
def test_answers_that_end_in_the_background_are_announced(
    make_app: Callable[..., App], preferences_file: object
) -> None:
    app = make_app()
    app.wait_until_started()
    notifier = app.controller.notifier
    window = app.window
    assert notifier.action in _view_menu_actions(app)
    assert notifier.is_enabled()

    window.activateWindow()
    app.qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    app.ask("In front?")
    assert notifier.sent == []

    _put_in_background(app)
    _ask_from_behind(app, "Which   birds sing\nat dawn?")
    assert notifier.sent == [("Gemini answered", "Which birds sing at dawn?")]

    app.server.api_keys = {"another-key"}
    _ask_from_behind(app, "And at dusk?", outcome="failed")
    assert notifier.sent[-1] == ("The answer could not be completed", "And at dusk?")

    notifier.action.trigger()  # off
    app.server.api_keys = {"test-api-key"}
    _ask_from_behind(app, "Owls?")
    assert len(notifier.sent) == 2
    app.controller._preferences.sync()
    settings = QSettings(str(preferences_file), QSettings.Format.IniFormat)
    assert settings.value("notifications/enabled") == "false"
    app.wait_idle()


def _ask_from_behind(app: App, text: str, outcome: str = "completed") -> None:
    """Send with the button (keys go to the window in front, not this one)."""
    finished = app.controller.conversation.answer_finished
    with app.qtbot.waitSignal(finished, timeout=10_000) as blocker:
        app.window.set_prompt_text(text)
        app.window.send_button.click()
    assert blocker.args == [outcome]


def _view_menu_actions(app: App) -> list[object]:
    for top in app.window.menuBar().actions():
        menu = top.menu()
        if menu is not None and app.window.sidebar_action in menu.actions():
            return list(menu.actions())
    return []
