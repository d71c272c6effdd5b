"""Retry writes a new version of an answer in its place; '1 of 2' arrows reach the earlier
ones; the choice is saved, survives reopening, and the next question goes on from it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt

from desktop.ui.conversation import AnswerView
from tests.loopback import Scenario
from tests.ui.integration.helpers import ANSWER_TIMEOUT, App, click, inline_images, texts
from tests.ui.integration.test_conversations import retry_button


def answer_to(app: App, index: int) -> AnswerView:
    return next(a for a in app.window.conversation.answers() if a.turn_index == index)


def test_retrying_an_earlier_answer_writes_it_again_in_place_and_keeps_the_first(
    make_app: Callable[..., App], photo: Path
) -> None:
    app = make_app()
    app.wait_until_started()
    app.drop(photo)
    app.wait_for_attachments(1)
    app.ask("What is in the photo?")
    app.ask("Anything else?")
    first = answer_to(app, 0)
    original = first.plain_text()
    assert original.startswith("You said: What is in the photo?.")
    assert not first.versions.isVisibleTo(first)  # one version: no arrows

    app.server.script(Scenario(text="A **second** look: a garden."))
    finished = app.controller.conversation.answer_finished
    with app.qtbot.waitSignal(finished, timeout=ANSWER_TIMEOUT) as again:
        click(app.qtbot, retry_button(first))
    assert again.args == ["completed"]
    view = app.window.conversation
    assert view.turn_count() == 2 and len(view.answers()) == 2  # nothing added at the end
    retried = answer_to(app, 0)
    assert retried.plain_text() == "A second look: a garden."
    assert retried.versions.isVisibleTo(retried) and retried.versions.text() == "2 of 2"
    assert view.answers()[1].plain_text() == "You said: Anything else?."
    # Asked with what came before it only: the question and its photo.
    body = app.streams()[-1]
    assert texts(body) == [("user", "What is in the photo?")]
    assert len(inline_images(body)) == 1
    assert app.saved().turns[1].text == "A **second** look: a garden."

    # The arrows bring the first back, saved as the one to go on from.
    assert not retried.versions.next_button.isEnabled()
    click(app.qtbot, retried.versions.previous_button)
    app.qtbot.waitUntil(lambda: answer_to(app, 0).versions.text() == "1 of 2")
    shown = answer_to(app, 0)
    assert shown.plain_text() == original
    assert shown.footer.facts_text()  # as it ended: with its footer
    app.qtbot.waitUntil(lambda: app.saved().turns[1].text == original)
    assert [t.text for t in app.saved().turns][2:] == [
        "Anything else?",
        "You said: Anything else?.",
    ]

    app.ask("And the sky?")
    sent = texts(app.streams()[-1])
    assert sent[1] == ("model", original) and sent[-1] == ("user", "And the sky?")


def test_the_chosen_version_reopens_with_its_arrows_and_the_keyboard_reaches_them(
    make_app: Callable[..., App],
) -> None:
    app = make_app()
    app.wait_until_started()
    app.server.script(Scenario(text="Version one"))
    app.ask("Say something")
    app.server.script(Scenario(text="Version two"))
    finished = app.controller.conversation.answer_finished
    with app.qtbot.waitSignal(finished, timeout=ANSWER_TIMEOUT):
        click(app.qtbot, retry_button(app.last_answer()))
    conversation = app.saved().id

    app.controller.conversation.new_chat()
    opened = app.controller.conversation.open_conversation(conversation)
    assert opened is not None
    app.qtbot.waitUntil(opened.done, timeout=5000)
    answer = app.last_answer()
    assert answer.plain_text() == "Version two" and answer.versions.text() == "2 of 2"

    previous = answer.versions.previous_button
    assert previous.focusPolicy() & Qt.FocusPolicy.TabFocus
    previous.setFocus()
    app.qtbot.keyClick(previous, Qt.Key.Key_Space)
    app.qtbot.waitUntil(lambda: app.last_answer().versions.text() == "1 of 2")
    shown = app.last_answer()
    assert shown.plain_text() == "Version one"
    # The keyboard stays on the arrows (the one clicked is now disabled: the other).
    app.qtbot.waitUntil(lambda: shown.versions.next_button.hasFocus())
    app.qtbot.waitUntil(lambda: app.saved(conversation).turns[1].text == "Version one")
