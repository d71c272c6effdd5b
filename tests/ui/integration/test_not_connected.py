"""With nothing connected, the empty window says so and its Connect button opens the
connection dialog; once a connection is saved it welcomes questions again."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.services.profile_store import ProfileStore
from desktop.ui.connections.dialog import ConnectionDialog
from tests.ui.connections.helpers import click, gemini_key_form
from tests.ui.integration.helpers import App


@pytest.fixture
def profiles() -> ProfileStore:
    """Nothing saved yet."""
    return ProfileStore.in_memory()


def test_the_empty_window_says_not_connected_and_connect_opens_the_dialog(
    qtbot: QtBot, make_app: Callable[..., App]
) -> None:
    app = make_app()
    connections = app.controller.connection_controller
    qtbot.waitUntil(lambda: connections.dialog is not None, timeout=10_000)
    first = connections.dialog
    assert first is not None
    with qtbot.waitSignal(first.finished, timeout=5000):
        first.reject()  # the first-run dialog, closed without connecting
    app.wait_until_started()

    empty = app.window.conversation.empty_state
    assert empty.title_text() == "Not connected to Gemini"
    button = empty.connect_button
    assert button.isVisible() and button.text() == "Connect…"
    with qtbot.waitSignal(connections.dialog_opened, timeout=5000) as opened:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog: ConnectionDialog = opened.args[0]
    qtbot.waitExposed(dialog)

    gemini_key_form(qtbot, dialog, app.server, "test-api-key")
    with qtbot.waitSignal(dialog.finished, timeout=10_000):
        click(qtbot, dialog, "saveButton")
    app.wait_until_started()
    qtbot.waitUntil(lambda: empty.title_text() == "Ask Gemini anything", timeout=5000)
    assert not button.isVisible()
