"""Conversations over time: Stop keeps what arrived, Retry streams again in its place
(tests/ui/integration/test_answer_versions.py has its versions), New chat clears,
the sidebar reopens a conversation with its turns and settings and it goes on from there,
an answer a crash interrupted comes back ready to retry."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolButton

from desktop.core.conversation import TurnStatus
from desktop.services.history import HistoryStore
from desktop.ui.conversation import AnswerState, AnswerView
from tests.loopback import Scenario
from tests.ui.integration.helpers import (
    ANSWER_TIMEOUT,
    App,
    click,
    texts,
    type_into,
)


def click_conversation(app: App, conversation_id: int) -> None:
    sidebar = app.window.sidebar
    row = app.sidebar_ids().index(conversation_id)
    rect = sidebar.list_view.visualRect(sidebar.model().index(row))
    app.qtbot.mouseClick(sidebar.list_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def retry_button(answer: AnswerView) -> QToolButton:
    return next(b for b in answer.findChildren(QToolButton) if b.text() == "Retry")


def start_slow_answer(app: App, question: str) -> None:
    app.server.script(Scenario(text="slowly " * 60, chunks=60, drip_delay=0.05))
    app.type_question(question)
    app.press_ctrl_enter()
    app.qtbot.waitUntil(lambda: "slowly slowly" in app.last_answer().markdown(), timeout=5000)


def test_stop_keeps_what_arrived_marked_and_saved_as_stopped(
    make_app: Callable[..., App],
) -> None:
    app = make_app()
    app.wait_until_started()
    start_slow_answer(app, "Tell me a long story")
    window = app.window
    assert window.is_busy() and window.stop_button.isVisible()
    assert not window.send_button.isEnabled()

    finished = app.controller.conversation.answer_finished
    with app.qtbot.waitSignal(finished, timeout=5000) as stopped:
        click(app.qtbot, window.stop_button)
    assert stopped.args == ["stopped"]
    answer = app.last_answer()
    assert answer.state is AnswerState.STOPPED
    assert "(stopped)" in answer.transcript_text()
    assert not window.is_busy()
    assert window.status_text() == "Stopped. The answer so far is kept."
    model_turn = app.saved().turns[-1]
    assert model_turn.status is TurnStatus.STOPPED
    assert model_turn.text.startswith("slowly slowly")
    assert model_turn.text in answer.markdown()  # what was shown is what was saved

    # Retry on the stopped answer streams it again, in its place.
    with app.qtbot.waitSignal(finished, timeout=ANSWER_TIMEOUT) as again:
        click(app.qtbot, retry_button(answer))
    assert again.args == ["completed"]
    turns = app.saved().turns
    assert [t.status for t in turns] == [TurnStatus.COMPLETE, TurnStatus.COMPLETE]
    assert turns[1].versions == (model_turn.id, turns[1].id)  # the stopped one kept


def test_escape_stops_too(make_app: Callable[..., App]) -> None:
    app = make_app()
    app.wait_until_started()
    start_slow_answer(app, "Another long story")
    finished = app.controller.conversation.answer_finished
    with app.qtbot.waitSignal(finished, timeout=5000) as stopped:
        app.qtbot.keyClick(app.window.prompt, Qt.Key.Key_Escape)
    assert stopped.args == ["stopped"]


def test_new_chat_clears_and_the_sidebar_reopens_a_conversation_to_continue_it(
    make_app: Callable[..., App],
) -> None:
    app = make_app()
    app.wait_until_started()
    window = app.window
    dock = window.dock
    type_into(app.qtbot, dock.control("temperature"), "0.3")
    app.ask("First question about roses")
    app.ask("Second question about roses")
    roses = app.saved().id

    # Ctrl+N: a new chat, with other settings.
    app.qtbot.keyClick(window.prompt, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.conversation.is_empty()
    assert window.sidebar.current() is None
    assert app.controller.conversation.conversation_id() is None
    assert not window.export_action.isEnabled()
    type_into(app.qtbot, dock.control("temperature"), "1.5")
    app.ask("A question about tulips")
    tulips = app.saved().id
    assert tulips != roses
    app.qtbot.waitUntil(lambda: app.sidebar_ids() == [tulips, roses])

    # Back to the roses, from the sidebar.
    opened = app.controller.conversation.conversation_shown
    with app.qtbot.waitSignal(opened, timeout=5000) as shown:
        click_conversation(app, roses)
    assert shown.args == [roses]
    transcript = app.transcript()
    assert "First question about roses" in transcript
    assert "You said: Second question about roses." in transcript
    assert "tulips" not in transcript
    assert window.conversation.turn_count() == 2
    assert all(a.state is AnswerState.FINISHED for a in window.conversation.answers())
    assert "gemini-2.5-flash-001" in app.last_answer().footer.facts_text()
    assert dock.settings().generation_config.temperature == 0.3
    # The connection's model answered; the conversation keeps the choice ("the
    # connection's model"), so reopening does not pin a model nobody chose.
    request = app.server.requests_for("gemini.stream")[0]
    assert "/models/gemini-2.5-flash:" in request.path
    assert app.saved(roses).settings.model == ""
    assert dock.settings().model == ""
    assert window.sidebar.current() == roses

    app.ask("Third question about roses")
    body = app.streams()[-1]
    assert [role for role, _ in texts(body)] == ["user", "model", "user", "model", "user"]
    assert texts(body)[0] == ("user", "First question about roses")
    assert body["generationConfig"] == {
        "temperature": 0.3,
        "thinkingConfig": {"includeThoughts": True},  # Show thoughts is on by default
    }
    assert len(app.saved(roses).turns) == 6
    assert len(app.saved(tulips).turns) == 2


def test_opening_another_conversation_waits_for_the_answer_to_stop(
    make_app: Callable[..., App],
) -> None:
    app = make_app()
    app.wait_until_started()
    app.ask("Earlier conversation")
    earlier = app.saved().id
    app.controller.conversation.new_chat()
    start_slow_answer(app, "A long answer")
    current = app.controller.conversation.conversation_id()
    app.qtbot.waitUntil(lambda: earlier in app.sidebar_ids() and len(app.sidebar_ids()) == 2)

    click_conversation(app, earlier)
    assert "Stop the answer first" in app.window.status_text()
    assert app.window.sidebar.current() == current
    assert "A long answer" in app.transcript()
    assert not app.controller.conversation.new_chat()
    app.controller.conversation.stop()
    app.wait_idle()


def test_deleting_the_conversation_on_show_starts_a_new_chat(make_app: Callable[..., App]) -> None:
    app = make_app()
    app.wait_until_started()
    app.ask("Soon forgotten")
    shown = app.saved().id
    app.qtbot.waitUntil(lambda: app.sidebar_ids() == [shown])
    sidebar = app.window.sidebar
    sidebar.list_view.setCurrentIndex(sidebar.model().index(0))
    with app.qtbot.waitSignal(app.controller.history.conversation_deleted, timeout=5000):
        app.qtbot.keyClick(sidebar.list_view, Qt.Key.Key_Delete)
    assert app.window.conversation.is_empty()
    assert app.controller.conversation.conversation_id() is None
    app.wait_idle()


def test_an_answer_a_crash_interrupted_reopens_with_its_text_ready_to_retry(
    make_app: Callable[..., App], tmp_path: Path
) -> None:
    folder = tmp_path / "history"
    with HistoryStore.open(folder) as before:
        conversation = before.create_conversation()
        before.add_user_turn(conversation, "What happened before the crash?")
        turn = before.start_model_turn(conversation)
        before.save_partial(turn, "It was all going well until")
    store = HistoryStore.open(folder)
    assert [t.id for t in store.recover_interrupted()] == [turn]  # as app.py does at start
    app = make_app(store=store)
    app.wait_until_started()
    app.qtbot.waitUntil(lambda: app.sidebar_ids() == [conversation])

    click_conversation(app, conversation)
    app.qtbot.waitUntil(lambda: app.window.conversation.turn_count() == 1)
    answer = app.last_answer()
    assert answer.state is AnswerState.CUT_OFF
    assert "It was all going well until" in answer.plain_text()
    # The app closing is what cut it short, not the connection.
    assert answer.footer.notice_text() == (
        "The app closed before this answer was finished, so it may be incomplete."
    )

    finished = app.controller.conversation.answer_finished
    with app.qtbot.waitSignal(finished, timeout=ANSWER_TIMEOUT) as again:
        click(app.qtbot, retry_button(answer))
    assert again.args == ["completed"]
    turns = app.saved(conversation).turns
    assert [t.status for t in turns] == [TurnStatus.COMPLETE, TurnStatus.COMPLETE]
    assert turns[1].text == "You said: What happened before the crash?."


def test_deleting_the_conversation_while_it_answers_stops_it_first(
    make_app: Callable[..., App],
) -> None:
    app = make_app()
    app.wait_until_started()
    start_slow_answer(app, "Going, going")
    shown = app.controller.conversation.conversation_id()
    app.qtbot.waitUntil(lambda: app.sidebar_ids() == [shown])
    sidebar = app.window.sidebar
    sidebar.list_view.setCurrentIndex(sidebar.model().index(0))
    finished = app.controller.conversation.answer_finished
    with app.qtbot.waitSignal(finished, timeout=5000) as stopped:
        app.qtbot.keyClick(sidebar.list_view, Qt.Key.Key_Delete)
    assert stopped.args == ["stopped"]
    app.qtbot.waitUntil(app.window.conversation.is_empty)
    assert app.controller.conversation.conversation_id() is None
    assert app.saved(shown).turns[-1].status is TurnStatus.STOPPED  # Undo would bring it back
    app.wait_idle()


def test_a_conversation_with_a_chosen_model_reopens_with_it(make_app: Callable[..., App]) -> None:
    app = make_app()
    app.wait_until_started()
    picker = app.window.dock.model_picker
    picker.set_model_id("gemini-2.5-pro")
    app.ask("Asked of the pro model")
    chosen = app.saved().id
    app.controller.conversation.new_chat()
    picker.set_model_id("")
    app.ask("Asked of the connection's model")
    app.qtbot.waitUntil(lambda: len(app.sidebar_ids()) == 2)
    click_conversation(app, chosen)
    app.qtbot.waitUntil(lambda: app.window.sidebar.current() == chosen)
    app.wait_idle()
    assert app.window.dock.settings().model == "gemini-2.5-pro"
    app.ask("And a follow-up")
    assert app.server.requests_for("gemini.stream")[-1].path.endswith(
        "/models/gemini-2.5-pro:streamGenerateContent"
    )
