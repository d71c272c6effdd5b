"""A burst of text is painted every other frame while it is being written (issue 17)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QScrollArea
from pytestqt.qtbot import QtBot

from desktop.ui.conversation import ConversationView, paint_throttle
from desktop.ui.conversation.paint_throttle import PaintThrottle
from tests.ui.conversation.samples import long_answer


def test_paints_are_held_back_only_while_frames_are_behind(qtbot: QtBot) -> None:
    scroll = QScrollArea()
    qtbot.addWidget(scroll)
    throttle = PaintThrottle(scroll)
    widget = scroll.viewport()
    throttle.release()  # just painted
    throttle.frame(behind=True)
    assert not widget.updatesEnabled()  # this slice is shown with the next one
    throttle.frame(behind=True)
    assert not widget.updatesEnabled()
    throttle.frame(behind=False)  # caught up: shown at once
    assert widget.updatesEnabled()
    throttle.frame(behind=True)
    assert not widget.updatesEnabled()
    # Never longer than an interval, even when no frame comes to say so.
    qtbot.waitUntil(widget.updatesEnabled, timeout=2000)


def test_a_burst_is_held_back_between_paints_and_shown_whole_at_the_end(
    qtbot: QtBot, view: ConversationView, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Long enough that every frame of the burst falls inside it, however busy the machine.
    monkeypatch.setattr(paint_throttle, "PAINT_INTERVAL_MS", 5000)
    viewport = view.scroll_area.viewport()
    view.add_user_turn("Write a long answer.")
    answer = view.begin_answer()
    held: list[bool] = []
    answer.grew.connect(lambda: held.append(not viewport.updatesEnabled()))
    text = long_answer(40_000)
    answer.append_text(text)  # all at once: written in slices, one per frame
    answer.finish()
    qtbot.waitUntil(answer.renderer.is_idle, timeout=30_000)
    assert len(held) > 3 and any(held)
    assert viewport.updatesEnabled()  # the last frame was caught up: all painted
    assert answer.markdown() == text
