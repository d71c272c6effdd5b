"""The one theme: light or dark from the palette, and a live switch restyles what is on show."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QComboBox, QMenu, QWidget
from pytestqt.qtbot import QtBot

from desktop.services.history.batches import BatchItem
from desktop.ui import theme
from desktop.ui.batch.batch_window import BatchWindow, RunState
from desktop.ui.batch.items_model import BatchItemsModel
from desktop.ui.batch.thumbnails import ThumbnailCache
from desktop.ui.main_window import MainWindow

_DARK = {
    QPalette.ColorRole.Window: "#202124",
    QPalette.ColorRole.WindowText: "#e8e8ea",
    QPalette.ColorRole.Base: "#1a1b1e",
    QPalette.ColorRole.AlternateBase: "#26272b",
    QPalette.ColorRole.Text: "#e8e8ea",
    QPalette.ColorRole.PlaceholderText: "#9aa0a6",
    QPalette.ColorRole.Button: "#2b2c30",
    QPalette.ColorRole.ButtonText: "#e8e8ea",
    QPalette.ColorRole.BrightText: "#ffffff",
    QPalette.ColorRole.Light: "#3c3d42",
    QPalette.ColorRole.Midlight: "#33343a",
    QPalette.ColorRole.Mid: "#2a2b2f",
    QPalette.ColorRole.Dark: "#151618",
    QPalette.ColorRole.Shadow: "#000000",
    QPalette.ColorRole.Highlight: "#3d7bf7",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.ToolTipBase: "#2b2c30",
    QPalette.ColorRole.ToolTipText: "#e8e8ea",
    QPalette.ColorRole.Link: "#9a8cff",
}
_DARK_DISABLED = {
    # What a dark system hands out for disabled controls: their words fade towards the
    # background, their faces flatten (setColor(role, colour) alone sets every group, so
    # disabled buttons, menu items and fields looked enabled).
    QPalette.ColorRole.WindowText: "#6f7378",
    QPalette.ColorRole.Text: "#6f7378",
    QPalette.ColorRole.ButtonText: "#6f7378",
    QPalette.ColorRole.PlaceholderText: "#55595e",
    QPalette.ColorRole.Button: "#26272b",
    QPalette.ColorRole.Base: "#202124",
    QPalette.ColorRole.Light: "#26272b",
    QPalette.ColorRole.Highlight: "#3a3b40",
    QPalette.ColorRole.HighlightedText: "#9aa0a6",
}


def dark(palette: QPalette) -> QPalette:
    """The palette a system in dark mode hands out (every role the window and Qt's own
    controls are drawn with), with its Disabled group: the tests' and the screenshots' dark."""
    result = QPalette(palette)
    for role, color in _DARK.items():
        result.setColor(role, QColor(color))  # every group
    for role, color in _DARK_DISABLED.items():
        result.setColor(QPalette.ColorGroup.Disabled, role, QColor(color))
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


def ink(image: QImage, area: QRect | None = None) -> int:
    """How far the pixel farthest from the commonest one (the background) is: the contrast
    of the words drawn there."""
    area = area or image.rect()
    counts = Counter(
        image.pixel(x, y)
        for y in range(area.top(), area.bottom() + 1)
        for x in range(area.left(), area.right() + 1)
    )
    background = QColor(counts.most_common(1)[0][0])

    def distance(rgb: int) -> int:
        color = QColor(rgb)
        return (
            abs(color.red() - background.red())
            + abs(color.green() - background.green())
            + abs(color.blue() - background.blue())
        )

    return max(distance(rgb) for rgb in counts)


def test_disabled_controls_look_disabled_on_the_dark_palette(
    qtbot: QtBot, light: QPalette, tmp_path: Path
) -> None:
    QApplication.setPalette(dark(light))
    thumbnails = ThumbnailCache()
    model = BatchItemsModel(["caption"], thumbnails)
    model.set_items([BatchItem(0, str(tmp_path / "photo.jpg"))])
    batch = BatchWindow(model, "Caption · photos")
    qtbot.addWidget(batch)
    batch.show()
    qtbot.waitExposed(batch)
    batch.set_state(RunState.FINISHED)  # Stop and Retry failed disabled, Approve not
    assert not batch.stop_button.isEnabled() and batch.approve_button.isEnabled()
    enabled = ink(batch.approve_button.grab().toImage())
    for button in (batch.stop_button, batch.retry_button):
        assert ink(button.grab().toImage()) < enabled * 0.6, button.text()
    batch.search_box.setText("heron")
    typed = ink(batch.search_box.grab().toImage())
    batch.search_box.setEnabled(False)
    assert ink(batch.search_box.grab().toImage()) < typed * 0.6

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    switcher = window.findChild(QComboBox, "profileSwitcher")
    assert switcher is not None and not switcher.isEnabled()  # no connection yet
    switcher.addItem("Gemini API")
    dimmed = ink(switcher.grab().toImage())
    switcher.setEnabled(True)
    assert dimmed < ink(switcher.grab().toImage()) * 0.6
    export, describe = window._export_action, window.describe_folder_action
    assert not export.isEnabled() and describe.isEnabled()  # nothing saved to export yet
    menu = next(m for m in window.menuBar().findChildren(QMenu) if export in m.actions())
    menu.popup(window.mapToGlobal(QPoint(40, 40)))
    qtbot.waitExposed(menu)
    drawn = menu.grab().toImage()
    assert ink(drawn, menu.actionGeometry(export)) < ink(drawn, menu.actionGeometry(describe)) * 0.6
    menu.close()
    thumbnails.close()
