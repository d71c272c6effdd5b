"""A disk that is full from the start, or fills up while an answer streams, and is freed
later: the whole app goes on, the sidebar keeps showing and opening the right
conversations, and after a restart every turn is on disk."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop.core.conversation import TurnStatus
from desktop.services.history import HistoryStore
from tests.loopback import Scenario
from tests.services.history.helpers import fill_up, free_up
from tests.ui.integration.helpers import ANSWER_TIMEOUT, App, close


def click_conversation(app: App, conversation_id: int) -> None:
    sidebar = app.window.sidebar
    row = app.sidebar_ids().index(conversation_id)
    rect = sidebar.list_view.visualRect(sidebar.model().index(row))
    opened = app.controller.conversation.conversation_shown
    with app.qtbot.waitSignal(opened, timeout=5000) as shown:
        app.qtbot.mouseClick(
            sidebar.list_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center()
        )
    assert shown.args == [conversation_id]


@pytest.mark.expected_log(r"disk is full", r"History unavailable")
def test_a_disk_full_mid_answer_then_freed_loses_no_turn(
    make_app: Callable[..., App], tmp_path: Path
) -> None:
    folder = tmp_path / "history"
    app = make_app(store=HistoryStore.open(folder))
    app.wait_until_started()
    window = app.window
    app.ask("A question about roses")
    roses = app.saved().id
    app.qtbot.keyClick(window.prompt, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    app.ask("A question about tulips")
    tulips = app.saved().id
    assert tulips != roses

    # The disk fills up while the answer streams (SQLite's real SQLITE_FULL).
    long_answer = "petal " * 4000
    app.server.script(Scenario(text=long_answer, chunks=40, drip_delay=0.02))
    finished = app.controller.conversation.answer_finished
    with app.qtbot.waitSignal(finished, timeout=ANSWER_TIMEOUT) as blocker:
        app.type_question("Tell me all about tulips")
        app.press_ctrl_enter()
        app.qtbot.waitUntil(lambda: "petal petal" in app.last_answer().markdown(), timeout=5000)
        fill_up(app.store)
    assert blocker.args == ["completed"]
    assert not app.store.persistent
    assert "disk is full" in window.notice_text()

    # The sidebar marks and opens the right conversations, the one in memory included.
    app.qtbot.waitUntil(lambda: app.sidebar_ids() == [tulips, roses])
    assert window.sidebar.current() == tulips
    click_conversation(app, roses)
    assert "A question about roses" in app.transcript() and "tulips" not in app.transcript()
    click_conversation(app, tulips)
    assert "Tell me all about tulips" in app.transcript() and "roses" not in app.transcript()
    assert window.sidebar.current() == tulips

    # Room again: the next turn puts everything back on disk.
    free_up(app.store)
    app.ask("And one more about tulips")
    assert app.store.persistent

    # Full once more, later: the user is told again, and what memory holds is written
    # back at close once there is room.
    window.hide_notice()
    fill_up(app.store)
    app.server.script(Scenario(text="bulb " * 4000, chunks=4))
    app.ask("Tulips again")
    assert not app.store.persistent
    assert "disk is full" in window.notice_text()
    free_up(app.store)
    assert len(app.server.requests_for("gemini.stream")) == 5  # each question once
    close(app)

    # A restart reads it all from the file.
    again = make_app(store=HistoryStore.open(folder))
    again.wait_until_started()
    again.qtbot.waitUntil(lambda: again.sidebar_ids() == [tulips, roses])
    click_conversation(again, tulips)
    turns = again.saved(tulips).turns
    assert [t.text for t in turns if t.role == "user"] == [
        "A question about tulips",
        "Tell me all about tulips",
        "And one more about tulips",
        "Tulips again",
    ]
    assert [t.status for t in turns] == [TurnStatus.COMPLETE] * 8
    assert turns[3].text == long_answer
    assert "And one more about tulips" in again.transcript()
    assert again.saved(roses).turns[0].text == "A question about roses"


@pytest.mark.expected_log(r"disk is full", r"History unavailable")
def test_a_disk_full_at_start_then_freed_loses_no_turn(
    make_app: Callable[..., App], tmp_path: Path
) -> None:
    folder = tmp_path / "history"
    store = HistoryStore.open(folder)
    fill_up(store)  # no room from the start: the first answer does not fit
    app = make_app(store=store)
    app.wait_until_started()
    # In paragraphs: one paragraph of 24 KB would be drawn only in part (PARAGRAPH_LIMIT).
    long_answer = "\n\n".join(["petal " * 400] * 10)
    app.server.script(Scenario(text=long_answer, chunks=8))
    app.ask("Tell me all about tulips")
    assert not app.store.persistent
    assert "disk is full" in app.window.notice_text()
    assert app.last_answer().plain_text().split() == long_answer.split()

    free_up(app.store)  # room again: the next turn puts everything back on disk
    app.ask("And roses?")
    assert app.store.persistent
    assert len(app.server.requests_for("gemini.stream")) == 2  # each question once
    close(app)

    again = HistoryStore.open(folder)
    try:
        (summary,) = again.list_conversations()
        turns = again.load(summary.id).turns
    finally:
        again.close()
    assert [(t.role, t.status) for t in turns] == [
        ("user", TurnStatus.COMPLETE),
        ("model", TurnStatus.COMPLETE),
    ] * 2
    assert turns[1].text == long_answer
