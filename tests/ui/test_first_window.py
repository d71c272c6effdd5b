"""The first window holds what is asked of it before the services are wired and asks it
again, once, when they are."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from desktop.ui.first_window import FirstWindow


def test_requests_made_before_the_services_are_asked_again_once_they_are(
    tmp_path: Path, qtbot: QtBot
) -> None:
    preferences = QSettings(str(tmp_path / "preferences.ini"), QSettings.Format.IniFormat)
    first = FirstWindow(preferences, SimpleNamespace(files=[], model=None, prompt=None))
    window = first.window
    qtbot.addWidget(window)
    window.get_code_action.trigger()
    window.compare_action.trigger()
    window.describe_folder_action.trigger()
    window.new_chat_requested.emit()
    window.send_requested.emit()
    asked: list[str] = []
    # The controllers connect their slots, then the first window lets go.
    window.get_code_action.triggered.connect(lambda: asked.append("get code"))
    window.compare_action.triggered.connect(lambda: asked.append("compare"))
    window.describe_folder_action.triggered.connect(lambda: asked.append("describe folder"))
    window.new_chat_requested.connect(lambda: asked.append("new chat"))
    window.send_requested.connect(lambda: asked.append("send"))
    assert asked == []
    assert first.release() is True  # Send is sent by the caller, once connected
    assert asked == ["get code", "compare", "describe folder", "new chat"]
    window.new_chat_requested.emit()  # no longer held
    assert asked == ["get code", "compare", "describe folder", "new chat", "new chat"]


def test_the_panels_are_built_just_after_the_first_frame_with_their_settings_restored(
    tmp_path: Path, qtbot: QtBot
) -> None:
    from PySide6.QtWidgets import QDockWidget

    from desktop.ui.history.sidebar import HistorySidebar
    from desktop.ui.parameters.dock import ParameterDock

    preferences = QSettings(str(tmp_path / "preferences.ini"), QSettings.Format.IniFormat)
    options = SimpleNamespace(files=[], model=None, prompt=None)
    earlier = FirstWindow(preferences, options)
    qtbot.addWidget(earlier.window)
    earlier.window.dock.row("temperature").write(0.3)
    earlier.window.dock.save_state(preferences)
    earlier.window.dock.hide()  # the panel closed
    earlier.window.save_state(preferences)

    first = FirstWindow(preferences, SimpleNamespace(files=[], model="gemini-2.5-pro", prompt=None))
    window = first.window
    qtbot.addWidget(window)
    first.show()
    assert not window.has_panels()
    assert window.findChildren(ParameterDock) == []
    assert window.findChildren(HistorySidebar) == []
    [placeholder] = window.findChildren(QDockWidget)
    assert placeholder.windowTitle() == "Settings"
    assert placeholder.isHidden()  # closed last time: the placeholder too

    first.build_panels()
    assert window.has_panels()
    assert window.findChildren(ParameterDock) == [window.dock]
    assert window.sidebar.isVisible()
    assert window.dock.isHidden()
    assert not window.settings_panel_action.isChecked()
    assert window.dock.settings().generation_config.temperature == 0.3
    assert window.dock.model_picker.model_id() == "gemini-2.5-pro"
    window.settings_panel_action.trigger()  # the real dock's action, in the menu and top bar
    assert window.dock.isVisible()
    assert window.dock.width() >= 360
