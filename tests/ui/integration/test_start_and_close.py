"""The command line's options applied to the window (files, --prompt, --model, --profile,
--send), what is remembered from one start to the next, and closing: an answer streaming
when the window closes is saved as stopped."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from desktop.app import GuiOptions
from desktop.core.conversation import TurnStatus
from desktop.core.profile import Profile, SignInKind
from desktop.services.profile_store import ProfileStore
from desktop.ui.conversation import AnswerState
from tests.loopback import Scenario
from tests.ui.integration.conftest import close
from tests.ui.integration.helpers import ANSWER_TIMEOUT, App, as_sent, inline_images, texts


def wait_for_answer(app: App) -> None:
    app.qtbot.waitUntil(
        lambda: (
            app.window.conversation.last_answer() is not None
            and app.last_answer().state is AnswerState.FINISHED
        ),
        timeout=ANSWER_TIMEOUT,
    )
    app.wait_idle()


def test_files_prompt_model_and_send_from_the_command_line(
    make_app: Callable[..., App], photo: Path
) -> None:
    options = GuiOptions(
        files=[photo], prompt="What is in the garden?", model="gemini-2.5-pro", send=True
    )
    app = make_app(options)
    wait_for_answer(app)
    [request] = app.server.requests_for("gemini.stream")
    assert request.path.endswith("/models/gemini-2.5-pro:streamGenerateContent")
    mime, data, name = as_sent(photo)
    assert inline_images(request.json) == [(mime, data)]
    assert texts(request.json) == [("user", "What is in the garden?")]
    assert app.window.dock.settings().model == "gemini-2.5-pro"
    assert app.window.prompt_text() == "" and app.window.strip.count() == 0
    assert app.saved().turns[0].attachments[0].name == name


def test_a_file_alone_with_send_asks_to_describe_it(
    make_app: Callable[..., App], photo: Path
) -> None:
    app = make_app(GuiOptions(files=[photo], send=True))
    wait_for_answer(app)
    assert texts(app.streams()[0]) == [("user", "Describe this image.")]


def test_a_prompt_without_send_waits_in_the_box(make_app: Callable[..., App], photo: Path) -> None:
    app = make_app(GuiOptions(files=[photo], prompt="Which rose is this?"))
    app.wait_until_started()
    app.wait_for_attachments(1)
    assert app.window.prompt_text() == "Which rose is this?"
    assert app.window.conversation.is_empty()
    assert app.streams() == []
    # No model chosen: the connection's own is named in the picker and used.
    assert app.window.dock.settings().model == ""
    assert app.window.dock.model_picker.default_model() == "gemini-2.5-flash"
    app.ask("")
    assert app.server.requests_for("gemini.stream")[0].path.endswith(
        "/models/gemini-2.5-flash:streamGenerateContent"
    )


def test_profile_picks_a_saved_connection_by_name(
    make_app: Callable[..., App], profiles: ProfileStore
) -> None:
    work = Profile.new(
        "Work",
        SignInKind.GEMINI_API_KEY,
        base_url=profiles.profiles()[0].base_url,
        model="gemini-2.5-pro",
    )
    profiles.save(work, "work-key-0002")
    app = make_app(GuiOptions(profile="work", prompt="Hello from work", send=True))
    app.server.api_keys.add("work-key-0002")
    wait_for_answer(app)
    [request] = app.server.requests_for("gemini.stream")
    assert request.headers["x-goog-api-key"] == "work-key-0002"
    assert request.path.endswith("/models/gemini-2.5-pro:streamGenerateContent")
    assert app.window.profile_switcher.currentText() == "Work"
    assert app.window.connection_text() == "Using Work · gemini-2.5-pro"


def test_an_unknown_profile_is_named_in_a_notice(make_app: Callable[..., App]) -> None:
    app = make_app(GuiOptions(profile="Nowhere"))
    app.wait_until_started()
    assert "There is no saved connection called “Nowhere”" in app.window.notice_text()


@pytest.mark.expected_log(r"HTTP 503 from /v1beta/models:")
def test_the_layout_and_the_model_list_are_there_on_the_next_start(
    make_app: Callable[..., App],
) -> None:
    first = make_app()
    first.wait_until_started()
    assert first.window.dock.model_picker.models()
    first.window.set_sidebar_shown(False)
    first.window.dock.hide()
    first.window.resize(780, 560)  # within the offscreen screen (800×600)
    close(first)

    first.server.script_model_list(
        Scenario.http_error(503, "UNAVAILABLE", "The service is currently unavailable.")
    )
    second = make_app()
    second.wait_until_started()
    assert not second.window.is_sidebar_shown()
    assert not second.window.dock.isVisible()
    assert not second.window.settings_panel_action.isChecked()
    assert (second.window.width(), second.window.height()) == (780, 560)
    # The live list failed; the cached one is there, and the status bar says so.
    assert "gemini-2.5-pro" in [m.id for m in second.window.dock.model_picker.models()]
    assert "The list of models could not be loaded" in second.window.status_text()


def test_closing_the_window_while_an_answer_streams_saves_it_as_stopped(
    make_app: Callable[..., App],
) -> None:
    app = make_app()
    app.wait_until_started()
    app.server.script(Scenario(text="slowly " * 60, chunks=60, drip_delay=0.05))
    app.type_question("A long question")
    app.press_ctrl_enter()
    app.qtbot.waitUntil(lambda: "slowly slowly" in app.last_answer().markdown(), timeout=5000)
    task = app.controller.conversation.answer_task
    assert task is not None and not task.done()

    finished = app.controller.conversation.answer_finished
    with app.qtbot.waitSignal(finished, timeout=5000) as stopped:
        app.window.close()
    assert stopped.args == ["stopped"]
    conversation = app.saved()
    close(app)  # what app.py does next: every task ends, the history closes
    assert task.cancelled()
    model_turn = conversation.turns[-1]
    assert model_turn.status is TurnStatus.STOPPED
    assert model_turn.text.startswith("slowly slowly")


def test_quitting_while_an_answer_streams_saves_it_as_stopped(
    make_app: Callable[..., App],
) -> None:
    app = make_app()
    app.wait_until_started()
    app.server.script(Scenario(text="slowly " * 60, chunks=60, drip_delay=0.05))
    app.type_question("Another long question")
    app.press_ctrl_enter()
    app.qtbot.waitUntil(lambda: "slowly slowly" in app.last_answer().markdown(), timeout=5000)
    conversation_id = app.controller.conversation.conversation_id()
    history = app.controller.chat.history
    close(app)  # the app's quit path: aclose() cancels and waits
    with history.__class__.open(history.folder) as reopened:
        turn = reopened.load(conversation_id).turns[-1]
    assert turn.status is TurnStatus.STOPPED and turn.text.startswith("slowly")
