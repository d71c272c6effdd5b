"""Help ▸ About, Keyboard shortcuts, Open log folder and Report a bug."""

from __future__ import annotations

import platform
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from PySide6.QtCore import qVersion
from pytestqt.qtbot import QtBot

from desktop import __version__
from desktop.ui.help_menu import HelpMenu
from desktop.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot: QtBot) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    return window


def test_help_is_the_last_menu(window: MainWindow) -> None:
    HelpMenu(window, open_browser=lambda url: True, parent=window)
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles[-1] == "&Help"
    menu = window.menuBar().actions()[-1].menu()
    assert [a.text() for a in menu.actions() if not a.isSeparator()] == [
        "&Keyboard shortcuts",
        "Open &log folder",
        "&Report a bug…",
        "&About Gemini Desktop",
    ]


def test_about_names_version_runtime_licence_and_libraries(window: MainWindow) -> None:
    help_menu = HelpMenu(window, open_browser=lambda url: True, parent=window)
    help_menu.about_action.trigger()
    dialog = help_menu.about_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.version_label.text() == f"Version {__version__}"
    runtime = dialog.runtime_label.text()
    assert f"Qt {qVersion()}" in runtime and f"Python {platform.python_version()}" in runtime
    assert dialog.licence_label.text() == "Licensed under Apache-2.0."
    rows = {name.lower(): licence for name, _version, licence in dialog.library_rows()}
    assert "LGPL-3.0" in rows["pyside6_essentials"]
    assert all(rows.values())


def test_the_shortcuts_list_holds_the_menus_keys_and_the_others(window: MainWindow) -> None:
    help_menu = HelpMenu(window, open_browser=lambda url: True, parent=window)
    help_menu.shortcuts_action.trigger()
    dialog = help_menu.shortcuts_dialog
    assert dialog is not None and dialog.isVisible()
    rows = dict(dialog.rows())
    assert rows["Ctrl+N"] == "New chat"
    assert rows["Ctrl+,"] == "Connection settings"
    assert rows["Ctrl+Return"] == "Send the question"
    assert rows["Esc"] == "Stop the answer while it comes"


def test_report_a_bug_opens_the_issue_page_with_version_and_system(window: MainWindow) -> None:
    opened: list[str] = []
    help_menu = HelpMenu(
        window, open_browser=opened.append, show_notice=window.show_notice, parent=window
    )
    help_menu.report_bug_action.trigger()
    assert len(opened) == 1
    url = urlsplit(opened[0])
    assert url.path.endswith("/issues/new")
    body = parse_qs(url.query)["body"][0]
    assert f"Gemini Desktop {__version__}" in body
    assert platform.platform() in body
    assert "attach the log file" in body
    assert "attach the log file" in window.notice_text()


def test_open_log_folder_opens_the_folder_of_the_log(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GEMINI_DESKTOP_HOME", str(tmp_path))
    folders: list[Path] = []

    def opener(folder: Path) -> bool:
        folders.append(folder)
        return False

    help_menu = HelpMenu(
        window,
        open_browser=lambda url: True,
        open_folder=opener,
        show_notice=window.show_notice,
        parent=window,
    )
    help_menu.log_folder_action.trigger()
    assert folders == [tmp_path / "logs"]
    assert window.notice_text() == "The log folder could not be opened."
