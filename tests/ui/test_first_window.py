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
