"""The window against each stream fault of the matrix (the whole app, offscreen): the
banner's words, the answer's state, what the history file keeps, the requests sent and the
time it took; and a long wait that shows its time and Stop."""

from __future__ import annotations

import contextlib
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QPushButton

from desktop.core.conversation import TurnStatus
from desktop.services.history.opening import HISTORY_FILE
from desktop.ui.conversation import waiting
from desktop.ui.conversation.waiting import WaitingLine
from tests.faults.cases import FAULT_LOGS, WINDOW, FaultCase, stream_cases
from tests.loopback import Scenario
from tests.ui.integration.helpers import App, click


def saved_turns(folder: Path) -> list[tuple[str, str, str, str | None]]:
    """(role, status, text, error) of every turn, read from the history file itself."""
    with contextlib.closing(sqlite3.connect(folder / HISTORY_FILE)) as db:
        rows = db.execute("SELECT role, status, text, error FROM turns ORDER BY id").fetchall()
    return [(str(role), str(status), str(text), error) for role, status, text, error in rows]


@pytest.mark.expected_log(*FAULT_LOGS)
@pytest.mark.parametrize("case", stream_cases(WINDOW), ids=lambda case: case.stream.name)
def test_window(
    make_app: Callable[..., App],
    case: FaultCase,
    gave_up: Callable[[FaultCase, float], None],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    fault = case.stream
    assert fault is not None
    if fault.retry_wait_s is not None:
        monkeypatch.setenv("GEMINI_DESKTOP_RETRY_WAIT_S", str(fault.retry_wait_s))
    app = make_app()
    app.wait_until_started()
    app.server.script(*fault.scenarios)
    started = time.monotonic()
    app.ask("Tell me", outcome="completed" if fault.complete else "failed")
    gave_up(case, time.monotonic() - started)
    if fault.no_resend_s:  # after giving up, nothing is sent again without the user
        finished = app.controller.conversation.answer_finished
        with app.qtbot.assertNotEmitted(finished, wait=int(fault.no_resend_s * 1000)):
            pass
    answer = app.last_answer()
    assert answer.state.value == fault.window_state
    banner = app.window.conversation.banner
    if fault.complete:
        assert banner is None
        assert case.sees in answer.plain_text()
    else:
        assert banner is not None, "no error banner"
        assert case.sees in banner.transcript_text()
        if fault.kept:
            assert fault.kept.strip() in answer.plain_text()
    app.wait_idle()
    user, model = saved_turns(tmp_path / "history")
    assert user[:3] == ("user", "complete", "Tell me")
    kept = fault.kept or ""
    if fault.complete:
        assert model[:3] == ("model", "complete", kept)
    else:
        assert model[:3] == ("model", "failed", kept)
        assert model[3] is not None and case.sees.split(" · ")[0] in model[3]
    assert len(app.server.requests_for("gemini.stream")) == fault.requests


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
