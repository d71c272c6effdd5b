"""The one theme: light or dark from the palette, and a live switch restyles what is on show."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desktop.ui import theme
from desktop.ui.main_window import MainWindow


def dark(palette: QPalette) -> QPalette:
    """The palette a system in dark mode hands out (the roles the window is made from)."""
    result = QPalette(palette)
    for role, color in (
        (QPalette.ColorRole.Window, "#202124"),
        (QPalette.ColorRole.WindowText, "#e8e8ea"),
        (QPalette.ColorRole.Base, "#1a1b1e"),
        (QPalette.ColorRole.Text, "#e8e8ea"),
        (QPalette.ColorRole.PlaceholderText, "#9aa0a6"),
    ):
        result.setColor(role, QColor(color))
    return result


@pytest.fixture
def light() -> Iterator[QPalette]:
    """The palette the tests start with; put back afterwards, whatever the test did."""
    palette = QPalette(QApplication.palette())
    yield palette
    QApplication.setPalette(palette)


def test_is_dark_and_the_accent_follow_the_palette(light: QPalette) -> None:
    assert not theme.is_dark(light)
    assert theme.is_dark(dark(light))
    assert theme.accent_color(light) == QColor("#5a4fe0")
    assert theme.accent_color(dark(light)) == QColor("#9a8cff")
    assert theme.rgba(QColor("#5a4fe0"), 30) == "rgba(90, 79, 224, 30)"
    assert theme.blend(QColor("#000000"), QColor("#ffffff"), 0.5).lightness() in (127, 128)


def test_follow_restyles_on_a_palette_change_only(qtbot: QtBot, light: QPalette) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    seen: list[bool] = []
    theme.follow(widget, lambda palette: seen.append(theme.is_dark(palette)))
    assert seen == [False]
    QApplication.setPalette(QPalette(light))  # the same colours: nothing to redo
    widget.setStyleSheet("QWidget { color: red; }")  # its own palette moves, not the app's
    assert seen == [False]
    QApplication.setPalette(dark(light))
    qtbot.waitUntil(lambda: seen == [False, True])
    QApplication.setPalette(light)
    qtbot.waitUntil(lambda: seen == [False, True, False])


def test_a_live_switch_to_dark_restyles_the_window(qtbot: QtBot, light: QPalette) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)

    def background() -> QColor:
        # The window's margin left of the top bar: the central area's own background.
        return window.grab().toImage().pixelColor(QPoint(4, window.height() // 2))

    def send_button() -> QColor:
        button = window.send_button  # disabled: the accent, faded
        return button.grab().toImage().pixelColor(button.rect().center())

    light_background, light_send = background(), send_button()
    assert light_background.lightness() > 160
    assert "#5a4fe0" in window.dock.styleSheet()

    QApplication.setPalette(dark(light))

    qtbot.waitUntil(lambda: background().lightness() < 60)
    assert send_button() != light_send
    assert "#9a8cff" in window.dock.styleSheet()  # the dock's accent, lighter on dark
    assert "#9a8cff" in window.conversation.styleSheet()
    assert window.sidebar._colors.dark

    QApplication.setPalette(light)
    qtbot.waitUntil(lambda: background() == light_background)
