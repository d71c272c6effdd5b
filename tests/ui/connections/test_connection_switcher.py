"""The main window's profile switcher, "Connection settings…", the start-up wiring, and the chat
answering over whichever profile the switcher shows (one ConnectionManager for both)."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import keyring.backends.fail
import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.core.profile import ENVIRONMENT_PROFILE_ID
from desktop.services.chat_service import ChatService
from desktop.services.connections import ConnectionManager
from desktop.services.history import HistoryStore
from desktop.services.profile_store import ChunkedKeyring, ProfileStore
from desktop.ui.attachments import AttachmentController
from desktop.ui.connection_controller import ConnectionController
from desktop.ui.connections.dialog import ConnectionDialog
from desktop.ui.conversation_controller import ConversationController
from desktop.ui.main_window import MainWindow
from tests.loopback import LoopbackServer
from tests.ui.connections.helpers import (
    run,
    studio_profile,
    wait_idle,
)

REPO_ROOT = Path(__file__).resolve().parents[3]


def switcher_items(window: MainWindow) -> list[str]:
    switcher = window.profile_switcher
    return [switcher.itemText(i) for i in range(switcher.count())]


def test_without_profiles_the_switcher_says_not_connected(
    qtbot: QtBot, controller: ConnectionController, window: MainWindow
) -> None:
    with qtbot.waitSignal(controller.dialog_opened, timeout=5000) as opened:
        controller.start()
    wait_idle(qtbot, controller)
    assert not window.profile_switcher.isEnabled()
    assert window.profile_switcher.currentText() == ""
    assert window.profile_switcher.placeholderText() == "Not connected"
    assert window.connection_text() == "Not connected"
    opened.args[0].reject()
    wait_idle(qtbot, controller)


def test_with_profiles_nothing_opens_and_the_active_one_is_shown(
    qtbot: QtBot,
    controller: ConnectionController,
    manager: ConnectionManager,
    window: MainWindow,
    loopback_server: LoopbackServer,
) -> None:
    run(qtbot, manager.save(studio_profile(loopback_server, "Home"), "test-api-key"))
    with (
        qtbot.assertNotEmitted(controller.dialog_opened, wait=100),
        qtbot.waitSignal(controller.refreshed, timeout=5000),
    ):
        controller.start()
    assert switcher_items(window) == ["Home"]
    assert window.profile_switcher.currentText() == "Home"
    assert window.connection_text() == "Using Home · gemini-2.5-flash"
    assert window.notice_text().startswith("Connections are kept for this session only")


def test_switching_is_instant_changes_the_status_and_the_chat_follows(
    qtbot: QtBot,
    controller: ConnectionController,
    manager: ConnectionManager,
    window: MainWindow,
    loopback_server: LoopbackServer,
) -> None:
    loopback_server.api_keys.add("second-key-0002")
    first = studio_profile(loopback_server, "Home")
    second = studio_profile(loopback_server, "Work").with_changes(model="gemini-2.5-pro")
    run(qtbot, manager.save(first, "test-api-key"))
    run(qtbot, manager.save(second, "second-key-0002"))
    history = HistoryStore.in_memory()
    attachments = AttachmentController(window.strip, parent=window)
    chat = ConversationController(window, ChatService(manager, history), attachments, parent=window)
    with qtbot.waitSignal(controller.refreshed, timeout=5000):
        controller.refresh()
    assert switcher_items(window) == ["Home", "Work"]

    with qtbot.waitSignal(chat.answer_finished, timeout=10_000):
        window.set_prompt_text("Hello?")
        chat.send()
    # The user picks "Work" with the keyboard, as with a mouse: `activated` fires.
    window.profile_switcher.setFocus()
    with qtbot.waitSignal(controller.profiles_changed, timeout=5000):
        qtbot.keyClick(window.profile_switcher, Qt.Key.Key_Down)
    assert window.status_text() == "Now using “Work”."
    assert window.connection_text() == "Using Work · gemini-2.5-pro"
    assert run(qtbot, manager.active()) == second
    with qtbot.waitSignal(chat.answer_finished, timeout=10_000):
        window.set_prompt_text("And now?")
        chat.send()

    streams = loopback_server.requests_for("gemini.stream")
    assert [r.headers["x-goog-api-key"] for r in streams] == ["test-api-key", "second-key-0002"]
    assert streams[1].path.endswith("/models/gemini-2.5-pro:streamGenerateContent")


def test_environment_comes_first_and_a_missing_keyring_is_a_notice(
    qtbot: QtBot,
    make_controller: Callable[[ConnectionManager], ConnectionController],
    window: MainWindow,
    loopback_server: LoopbackServer,
) -> None:
    environment = {
        "GEMINI_API_KEY": "test-api-key",
        "GOOGLE_GEMINI_BASE_URL": loopback_server.base_url,
    }
    no_keyring = ProfileStore(ChunkedKeyring(keyring.backends.fail.Keyring()))
    connections = ConnectionManager(no_keyring, environment)
    controller = make_controller(connections)
    with (
        qtbot.assertNotEmitted(controller.dialog_opened, wait=100),
        qtbot.waitSignal(controller.refreshed, timeout=5000),
    ):
        controller.start()
    assert switcher_items(window) == ["Environment"]
    assert window.profile_switcher.currentData() == ENVIRONMENT_PROFILE_ID
    assert window.connection_text() == "Using Environment · gemini-2.5-flash"
    notice = window.notice_text()
    assert "No password store (keyring) was found" in notice
    assert "environment variables" in notice
    run(qtbot, connections.aclose())


def test_environment_then_saved_profiles(
    qtbot: QtBot,
    make_controller: Callable[[ConnectionManager], ConnectionController],
    window: MainWindow,
    loopback_server: LoopbackServer,
) -> None:
    environment = {
        "GEMINI_API_KEY": "test-api-key",
        "GOOGLE_GEMINI_BASE_URL": loopback_server.base_url,
    }
    connections = ConnectionManager(ProfileStore.in_memory(), environment)
    run(qtbot, connections.save(studio_profile(loopback_server, "Saved"), "test-api-key"))
    controller = make_controller(connections)
    with qtbot.waitSignal(controller.refreshed, timeout=5000):
        controller.refresh()
    assert switcher_items(window) == ["Environment", "Saved"]
    run(qtbot, connections.aclose())


# Raising the open dialog is something the offscreen platform cannot do.
@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_the_settings_button_and_menu_open_the_dialog_for_editing(
    qtbot: QtBot,
    controller: ConnectionController,
    manager: ConnectionManager,
    window: MainWindow,
    loopback_server: LoopbackServer,
) -> None:
    saved = studio_profile(loopback_server, "Home")
    run(qtbot, manager.save(saved, "test-api-key"))
    with qtbot.waitSignal(controller.dialog_opened, timeout=5000) as opened:
        qtbot.mouseClick(window.settings_button, Qt.MouseButton.LeftButton)
    dialog: ConnectionDialog = opened.args[0]
    qtbot.waitExposed(dialog)
    wait_idle(qtbot, controller)
    assert dialog.widget("dialogTitle").text() == "Connection settings"  # type: ignore[attr-defined]
    assert dialog.editing() == saved
    # The menu action reaches the same dialog instead of a second one.
    window.settings_action.trigger()
    assert controller.dialog is dialog
    with qtbot.waitSignal(dialog.finished, timeout=2000):
        dialog.reject()
    wait_idle(qtbot, controller)
    assert controller.dialog is None
    assert window.settings_action in window.menuBar().actions()[0].menu().actions()


def test_the_app_opens_the_setup_dialog_on_first_start(tmp_path: Path) -> None:
    """desktop.app wires it: no profile at all, so the dialog opens (and the app still quits
    cleanly with it open)."""
    env: dict[str, Any] = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("GEMINI_", "GOOGLE_", "OPENAI_"))
    }
    env.update(
        QT_QPA_PLATFORM="offscreen",
        GEMINI_DESKTOP_HOME=str(tmp_path),
        GEMINI_DESKTOP_QUIT_AFTER_MS="1500",
        CLOUDSDK_CONFIG=str(tmp_path / "gcloud"),
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
    )
    result = subprocess.run(
        [sys.executable, "-m", "desktop"],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=REPO_ROOT,
        env=env,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    log_text = (tmp_path / "logs" / "gemini-desktop.log").read_text(encoding="utf-8")
    assert "Nothing is set up yet: opening the setup dialog" in log_text
    assert "exited with code 0" in log_text
