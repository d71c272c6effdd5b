"""The one icon renderer: every name in its path table draws, in the colour asked for."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from desktop.ui import icons


@pytest.mark.parametrize("name", icons.names())
def test_every_icon_draws_in_the_colour_asked_for(qtbot: QtBot, name: str) -> None:
    image = icons.pixmap(name, QColor("#5a4fe0"), 16).toImage()
    assert image.width() == 32  # 16 logical pixels, sharp at 2×
    painted = [
        image.pixelColor(x, y)
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).alpha() == 255
    ]
    assert len(painted) > 20
    assert all(color.name() == "#5a4fe0" for color in painted)


def test_a_translucent_colour_draws_translucent(qtbot: QtBot) -> None:
    image = icons.pixmap("check", QColor(0, 0, 0, 64), 16).toImage()
    alphas = {image.pixelColor(x, y).alpha() for x in range(32) for y in range(32)}
    assert max(alphas) in range(60, 70)
