"""Fixtures of the Settings dock tests: a shown dock in a main window, and QSettings on an INI
file of the test's own."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from desktop.ui.parameters import ParameterDock


@pytest.fixture
def dock(qtbot: QtBot) -> Iterator[ParameterDock]:
    """A dock on the right of a shown main window, with every section open."""
    window = QMainWindow()
    qtbot.addWidget(window)
    dock = ParameterDock(window)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    window.resize(900, 700)
    window.show()
    qtbot.waitExposed(window)
    dock.media_section.set_expanded(True)
    dock.advanced_section.set_expanded(True)
    dock.safety_section.set_expanded(True)
    yield dock  # the window, and with it the dock, lives until the test ends


@pytest.fixture
def make_dock(qtbot: QtBot) -> Callable[[], ParameterDock]:
    """Another dock, on its own (not shown)."""

    def make() -> ParameterDock:
        other = ParameterDock()
        qtbot.addWidget(other)
        return other

    return make


@pytest.fixture
def ini_settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "preferences.ini"), QSettings.Format.IniFormat)
