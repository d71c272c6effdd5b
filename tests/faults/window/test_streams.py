"""Waits that end, in the window: a server that goes quiet mid-answer ends the answer after
GEMINI_DESKTOP_STALL_TIMEOUT_S with what arrived kept; a long wait shows its time and Stop."""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QPushButton

from desktop.core.conversation import TurnStatus
from desktop.ui.conversation import AnswerState, waiting
from desktop.ui.conversation.waiting import WaitingLine
from tests.loopback import Scenario
from tests.ui.integration.helpers import App, click


@pytest.mark.expected_log(r"The answer failed: StalledError")
def test_a_server_that_goes_quiet_mid_answer_ends_it_with_the_words_kept(
    make_app: Callable[..., App], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GEMINI_DESKTOP_STALL_TIMEOUT_S", "1")
    app = make_app()
    app.wait_until_started()
    app.server.script(Scenario(text="kept words", chunks=2, silence_after_events=1))
    started = time.monotonic()
    app.ask("Think it through", outcome="failed")
    assert time.monotonic() - started < 1 + 2.0  # the limit, plus slack for a loaded machine
    answer = app.last_answer()
    assert answer.state is AnswerState.FAILED and "kept" in answer.plain_text()
    banner = app.window.conversation.banner
    assert banner is not None
    assert "The answer stopped arriving: no more of it came for 1 second." in (
        banner.transcript_text()
    )
    assert banner.action_button.text() == "Try again"
    turn = app.saved().turns[-1]
    assert turn.status is TurnStatus.FAILED and turn.text == "kept "
    assert len(app.server.requests_for("gemini.stream")) == 1  # not sent again


def test_a_long_wait_shows_its_time_and_stop_keeps_the_answer(
    make_app: Callable[..., App], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(waiting, "SHOW_AFTER_S", 0.3)  # instead of ten seconds
    monkeypatch.setattr(waiting, "TICK_MS", 50)
    app = make_app()
    app.wait_until_started()
    app.server.script(Scenario(silence_after_events=0))  # headers, then nothing
    app.type_question("Take your time")
    app.press_ctrl_enter()
    app.qtbot.waitUntil(lambda: app.window.is_busy())
    line = app.last_answer().findChild(WaitingLine)
    assert line is not None
    app.qtbot.waitUntil(line.isVisible, timeout=5000)
    assert line.text().startswith("Waiting for Gemini · 0:0")

    finished = app.controller.conversation.answer_finished
    with app.qtbot.waitSignal(finished, timeout=5000) as stopped:
        button = line.findChild(QPushButton)
        assert button is not None and button.text() == "Stop"
        click(app.qtbot, button)
    assert stopped.args == ["stopped"]
    assert not line.isVisible() and not app.window.is_busy()
    assert app.saved().turns[-1].status is TurnStatus.STOPPED
