"""How long an answer has waited, from the tenth second, with Stop; gone once words come."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from desktop.ui.conversation import ConversationView, waiting
from desktop.ui.conversation.waiting import WaitingLine, wait_text


class FakeClock:
    """Time moved by the test; `ticks` waits until the line has looked at it a few times."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.reads = 0

    def __call__(self) -> float:
        self.reads += 1
        return self.now

    def ticks(self, qtbot: QtBot, count: int = 3) -> None:
        target = self.reads + count
        qtbot.waitUntil(lambda: self.reads >= target)


def test_the_wait_shows_from_the_tenth_second_and_counts(
    qtbot: QtBot, view: ConversationView
) -> None:
    clock = FakeClock()
    line = WaitingLine(view, clock=clock, tick_ms=5)
    clock.now += 9.5
    clock.ticks(qtbot)  # still under ten seconds: nothing shown
    assert line.isHidden()
    clock.now += 0.5
    qtbot.waitUntil(lambda: not line.isHidden())
    assert line.text() == "Waiting for Gemini · 0:10"
    clock.now += 32
    qtbot.waitUntil(lambda: line.text() == "Waiting for Gemini · 0:42")
    line.restart()  # words arrived
    assert line.isHidden()
    clock.now += 9
    clock.ticks(qtbot)
    assert line.isHidden()
    line.stop()


def test_a_wait_to_try_again_counts_down_each_second_then_waits_for_the_reply(
    qtbot: QtBot, view: ConversationView
) -> None:
    clock = FakeClock()
    line = WaitingLine(view, clock=clock, tick_ms=5)
    reason = "You've reached this model's per-minute limit."
    line.count_down(reason, 24.0, 2, 4)
    assert not line.isHidden()  # at once: a wait the app chose is said from its start
    assert line.text() == f"{reason} Trying again in 24 s (attempt 2 of 4)…"
    clock.now += 1
    qtbot.waitUntil(lambda: line.text() == f"{reason} Trying again in 23 s (attempt 2 of 4)…")
    clock.now += 22.5
    qtbot.waitUntil(lambda: line.text() == f"{reason} Trying again in 1 s (attempt 2 of 4)…")
    clock.now += 0.5
    qtbot.waitUntil(lambda: line.text() == f"{reason} Trying again now (attempt 2 of 4)…")
    clock.now += 10  # the new request has had no reply for ten seconds
    qtbot.waitUntil(lambda: line.text() == "Waiting for Gemini · 0:10")
    line.restart()  # words arrived
    assert line.isHidden()
    line.stop()


def test_stopping_the_line_hides_it_for_good(qtbot: QtBot, view: ConversationView) -> None:
    clock = FakeClock()
    line = WaitingLine(view, clock=clock, tick_ms=5)
    clock.now += 60
    qtbot.waitUntil(lambda: not line.isHidden())
    line.stop()
    assert line.isHidden()
    line.restart()  # a late delta after the end does not bring it back
    assert line.isHidden()


@pytest.mark.parametrize(
    ("seconds", "text"), [(0, "0:00"), (9.9, "0:09"), (42, "0:42"), (65, "1:05"), (300, "5:00")]
)
def test_the_wait_reads_like_a_stopwatch(seconds: float, text: str) -> None:
    assert wait_text(seconds) == text


def test_an_answer_that_waits_offers_stop_and_words_end_the_wait(
    qtbot: QtBot, view: ConversationView, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(waiting, "SHOW_AFTER_S", 0.2)  # a short wait, real time
    monkeypatch.setattr(waiting, "TICK_MS", 20)
    view.add_user_turn("Think hard")
    answer = view.begin_answer()
    line = answer.findChild(WaitingLine)
    assert line is not None and line.isHidden()
    qtbot.waitUntil(lambda: line.isVisible())
    assert line.text().startswith("Waiting for Gemini · 0:0")
    with qtbot.waitSignal(view.stop_requested):
        qtbot.mouseClick(line.findChild(QPushButton), Qt.MouseButton.LeftButton)
    answer.append_thought("Thinking…")
    assert line.isHidden()
    qtbot.waitUntil(lambda: line.isVisible())  # a long pause after the thoughts counts too
    answer.mark_stopped()
    assert line.isHidden()
