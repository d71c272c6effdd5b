"""A question with a photo, end to end: dropped on the window, typed, Ctrl+Enter, streamed from
the loopback server with every changed setting in the request, saved and listed."""

from __future__ import annotations

import sys
from collections.abc import AsyncIterator, Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop.core.conversation import TurnStatus
from desktop.services.history import HistoryStore
from desktop.ui.conversation import AnswerState
from desktop.ui.parameters.inputs import ChoiceComboBox
from tests.loopback import Scenario
from tests.ui.integration.helpers import (
    App,
    as_sent,
    click,
    click_check_box,
    inline_images,
    texts,
    type_into,
)


def test_a_dropped_photo_and_a_question_stream_an_answer_that_is_saved_and_listed(
    make_app: Callable[..., App], photo: Path
) -> None:
    app = make_app()
    app.wait_until_started()
    window = app.window
    assert window.conversation.is_empty()
    assert app.window.connection_text() == "Using Studio · gemini-2.5-flash"
    # The model list came from the connection.
    assert "gemini-2.5-pro" in [model.id for model in window.dock.model_picker.models()]

    app.drop(photo)
    app.wait_for_attachments(1)
    assert [a.name for a in window.strip.attachments()] == ["garden.png"]

    # Settings a user changes in the panel.
    dock = window.dock
    type_into(app.qtbot, dock.control("temperature"), "0.4")
    type_into(app.qtbot, dock.control("max_output_tokens"), "1000")
    app.qtbot.keyClicks(dock.control("system_instruction"), "Answer like a gardener.")
    dock.advanced_section.set_expanded(True)
    type_into(app.qtbot, dock.control("top_k"), "12")
    type_into(app.qtbot, dock.control("seed"), "7")

    app.ask("What flowers are these?")

    transcript = app.transcript()
    assert "What flowers are these?" in transcript
    mime, data, name = as_sent(photo)
    assert (
        f"You said: What flowers are these?. Attachment 1: {mime}, {len(data)} bytes." in transcript
    )
    answer = app.last_answer()
    assert answer.state is AnswerState.FINISHED
    facts = answer.footer.facts_text()
    assert "gemini-2.5-flash-001" in facts and "tokens" in facts
    assert window.prompt_text() == "" and window.strip.count() == 0
    assert window.status_text() == "Ready"

    [body] = app.streams()
    assert inline_images(body) == [(mime, data)]  # prepared: upright, capped, no metadata
    assert texts(body) == [("user", "What flowers are these?")]
    assert body["generationConfig"] == {
        "temperature": 0.4,
        "maxOutputTokens": 1000,
        "topK": 12,
        "seed": 7,
        "thinkingConfig": {"includeThoughts": True},  # Show thoughts is on by default
    }
    assert body["systemInstruction"]["parts"] == [{"text": "Answer like a gardener."}]

    saved = app.saved()
    assert [(t.role, t.status) for t in saved.turns] == [
        ("user", TurnStatus.COMPLETE),
        ("model", TurnStatus.COMPLETE),
    ]
    assert saved.turns[0].attachments[0].name == name  # the saved copy is what was sent
    assert saved.turns[1].text.startswith("You said: What flowers are these?")
    assert saved.settings.generation_config.temperature == 0.4
    app.qtbot.waitUntil(lambda: app.sidebar_ids() == [saved.id])
    assert window.sidebar.current() == saved.id
    assert window.export_action.isEnabled()


def test_thoughts_are_asked_for_by_default_and_not_once_switched_off(
    make_app: Callable[..., App],
) -> None:
    app = make_app()
    app.wait_until_started()
    app.server.script(Scenario(text="Roses.", thoughts="Red petals, thorns…"))
    app.ask("Which flower?")
    thoughts = app.last_answer().thoughts
    assert not thoughts.isHidden() and thoughts.text() == "Red petals, thorns…"
    assert not thoughts.is_expanded()  # folded above the answer until opened
    assert app.streams()[-1]["generationConfig"]["thinkingConfig"] == {"includeThoughts": True}

    dock = app.window.dock
    click_check_box(app.qtbot, dock.control("include_thoughts"))
    app.server.script(Scenario(text="Tulips.", thoughts="Cup-shaped, spring…"))
    app.ask("And this one?")
    assert app.last_answer().thoughts.isHidden()
    assert "Cup-shaped" not in app.transcript()
    assert app.streams()[-1]["generationConfig"]["thinkingConfig"] == {"includeThoughts": False}


def test_a_setting_that_cannot_be_sent_refuses_and_keeps_the_question(
    make_app: Callable[..., App], photo: Path
) -> None:
    app = make_app()
    app.wait_until_started()
    window = app.window
    dock = window.dock
    dock.advanced_section.set_expanded(True)
    mime = dock.control("response_mime_type")
    assert isinstance(mime, ChoiceComboBox)
    mime.set_value("application/json")
    edit = dock.schema_editor.edit
    edit.setFocus()
    app.qtbot.keyClicks(edit, '{"type": "OBJECT", "properties": {"name": {"type": "STRIN"}}}')
    app.drop(photo)
    app.wait_for_attachments(1)
    app.type_question("Is this a rose?")
    app.press_ctrl_enter()

    assert window.composer_problem_text().startswith("Not sent: The JSON schema needs fixing.")
    assert window.prompt_text() == "Is this a rose?"
    assert window.strip.count() == 1
    assert window.conversation.is_empty()
    assert app.streams() == []
    assert not app.controller.conversation.is_busy()

    # Fixing the schema clears the message; the question goes out as it was.
    edit.setFocus()
    edit.moveCursor(edit.textCursor().MoveOperation.End)
    for _ in range(4):
        app.qtbot.keyClick(edit, Qt.Key.Key_Left)
    app.qtbot.keyClicks(edit, "G")
    assert window.composer_problem_text() == ""
    finished = app.controller.conversation.answer_finished
    with app.qtbot.waitSignal(finished, timeout=10_000):
        click(app.qtbot, window.send_button)
    body = app.streams()[-1]
    assert inline_images(body)[0][1] == as_sent(photo)[1]
    assert body["generationConfig"]["responseSchema"]["properties"]["name"] == {"type": "STRING"}


@pytest.mark.expected_log(
    r"disk is full",
    r"The answer failed: HistoryUnavailableError",
    r"PRAGMA optimize failed",
)
def test_a_send_that_fails_before_saving_gives_the_question_and_files_back(
    make_app: Callable[..., App], photo: Path
) -> None:
    # A history that cannot take one more page: the question itself cannot be saved.
    store = HistoryStore.in_memory()
    pages = store.database.connection.execute("PRAGMA page_count").fetchone()[0]
    store.database.connection.execute(f"PRAGMA max_page_count = {pages}")
    app = make_app(store=store)
    app.wait_until_started()
    window = app.window
    app.drop(photo)
    app.wait_for_attachments(1)
    question = "A long question. " * 400
    app.ask(question.strip(), outcome="failed")

    assert window.prompt_text() == question.strip()
    assert [a.name for a in window.strip.attachments()] == ["garden.png"]
    assert app.streams() == []  # nothing left the computer
    banner = window.conversation.banner
    assert banner is not None
    assert "disk is full" in banner.transcript_text()
    assert app.last_answer().state is AnswerState.FAILED


@pytest.mark.expected_log(
    r"disk is full",
    r"History unavailable",
    r"PRAGMA optimize failed",
    r"changed while the disk took no writes are lost",  # the disk is never freed here
)
def test_a_full_disk_mid_conversation_says_so_once_and_the_answer_goes_on(
    make_app: Callable[..., App],
) -> None:
    app = make_app()
    app.wait_until_started()
    app.ask("Before the disk filled")
    store = app.controller.chat.history
    pages = store.database.connection.execute("PRAGMA page_count").fetchone()[0]
    store.database.connection.execute(f"PRAGMA max_page_count = {pages}")
    app.ask("A long prompt " * 400)
    assert "disk is full" in app.window.notice_text()
    assert not app.controller.chat.history.persistent
    assert app.last_answer().state is AnswerState.FINISHED
    app.window.hide_notice()
    app.ask("And again")
    assert app.window.notice_text() == ""  # once is enough


def test_edit_puts_the_question_and_its_photo_back_in_the_box(
    make_app: Callable[..., App], photo: Path
) -> None:
    app = make_app()
    app.wait_until_started()
    app.drop(photo)
    app.wait_for_attachments(1)
    app.ask("How tall do they grow?")
    window = app.window
    click(app.qtbot, window.conversation.user_turn(0).edit_button)
    assert window.prompt_text() == "How tall do they grow?"
    app.wait_for_attachments(1)
    [attachment] = window.strip.attachments()
    _, data, name = as_sent(photo)
    assert attachment.name == name and attachment.data == data  # as saved and sent
    assert attachment.thumbnail is not None

    app.window.prompt.selectAll()
    app.ask("How wide do they grow?")
    body = app.streams()[-1]
    assert texts(body)[-1] == ("user", "How wide do they grow?")
    assert len(inline_images(body)) == 2  # the first question's photo, and this one's


def test_a_photo_alone_is_sent_with_a_question_for_it(
    make_app: Callable[..., App], photo: Path
) -> None:
    app = make_app()
    app.wait_until_started()
    app.drop(photo)
    app.wait_for_attachments(1)
    assert app.window.send_button.isEnabled()
    finished = app.controller.conversation.answer_finished
    with app.qtbot.waitSignal(finished, timeout=10_000):
        app.qtbot.keyClick(
            app.window.prompt, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
        )
    assert texts(app.streams()[-1]) == [("user", "Describe this image.")]
    assert app.window.conversation.user_turn_text(0) == "Describe this image."


@pytest.mark.expected_log(r"The answer failed unexpectedly")
def test_a_bug_while_sending_points_at_the_log_and_keeps_the_question(
    make_app: Callable[..., App], monkeypatch: pytest.MonkeyPatch
) -> None:
    app = make_app()
    app.wait_until_started()
    reports: list[BaseException] = []
    monkeypatch.setattr(sys, "excepthook", lambda kind, exc, tb: reports.append(exc))

    async def broken_send(*args: object) -> AsyncIterator[object]:
        raise KeyError("internal detail")
        yield  # an async generator, like the real one

    monkeypatch.setattr(app.controller.chat, "send", broken_send)
    app.ask("Will this work?", outcome="failed")
    transcript = app.transcript()
    assert "Something unexpected went wrong. The details are in the log file." in transcript
    assert "internal detail" not in transcript
    assert app.window.prompt_text() == "Will this work?"
    app.qtbot.waitUntil(lambda: bool(reports))  # the crash report, with the details
    assert [type(exc) for exc in reports] == [KeyError]
