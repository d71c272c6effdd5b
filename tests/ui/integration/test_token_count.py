"""The composer's token count against the loopback: shown after typing stops and after a photo
comes or goes, a bounded number of counts while typing, Send refused with what to remove
over the model's limit, a quiet dash when counting fails, nothing on an OpenAI-compatible
server."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop.core.profile import Profile, SignInKind
from desktop.services.connections import ConnectionManager
from desktop.services.profile_store import ProfileStore
from desktop.ui.token_count_label import DASH
from tests.loopback import LoopbackServer, Scenario
from tests.ui.integration.helpers import App

MODEL = "gemini-2.5-flash"  # the Studio profile's model
PHOTO = 258  # what the loopback charges for a photo


def counts(app: App) -> int:
    return len(app.server.requests_for("gemini.count"))


def shown(app: App) -> str:
    label = app.window.token_count
    return label.text() if label.isVisible() else ""


def wait_for_count(app: App, text: str) -> None:
    app.qtbot.waitUntil(lambda: shown(app) == text and app.controller.tokens.is_current())


def type_slowly(app: App, text: str) -> None:
    """As a person types: a key every 40 ms (the count waits for a pause of 600 ms)."""
    for character in text:
        app.qtbot.keyClicks(app.window.prompt, character)
        app.qtbot.wait(40)


def test_the_count_follows_the_question_and_its_photos(
    make_app: Callable[..., App], photo: Path
) -> None:
    app = make_app()
    app.wait_until_started()
    assert not app.window.token_count.isVisible()  # nothing to send, nothing to count

    type_slowly(app, "what grows here")  # 15 characters
    wait_for_count(app, "3 of 1,048,576 tokens")
    typed = counts(app)
    assert typed <= 2

    app.drop(photo)
    app.wait_for_attachments(1)
    wait_for_count(app, f"{3 + PHOTO} of 1,048,576 tokens")
    assert counts(app) == typed + 1  # the photo alone: the question was counted already
    (request,) = app.server.requests_for("gemini.count")[typed:]
    parts = request.json["generateContentRequest"]["contents"][0]["parts"]
    assert list(parts[0]) == ["inlineData"] and len(parts) == 1

    app.window.strip.remove(0)
    wait_for_count(app, "3 of 1,048,576 tokens")
    assert counts(app) == typed + 1  # both pieces were known: nothing sent again

    app.window.clear_prompt()
    app.ask("what grows here")
    app.type_question("and there")
    # The conversation so far goes with the next question, so it counts too.
    app.qtbot.waitUntil(lambda: app.controller.tokens.is_current())
    answer = app.saved().turns[-1].text
    assert shown(app) == f"{3 + len(answer.split()) + 2} of 1,048,576 tokens"


def test_typing_twenty_characters_makes_at_most_two_counts(make_app: Callable[..., App]) -> None:
    app = make_app()
    app.wait_until_started()

    type_slowly(app, "twenty characters ok")

    wait_for_count(app, "3 of 1,048,576 tokens")
    assert 1 <= counts(app) <= 2


def test_over_the_limit_send_says_what_to_remove(
    make_app: Callable[..., App], loopback_server: LoopbackServer, photo: Path
) -> None:
    loopback_server.input_token_limits[MODEL] = 100
    app = make_app()
    app.wait_until_started()
    window = app.window
    app.type_question("what grows here")
    app.drop(photo)
    app.wait_for_attachments(1)
    wait_for_count(app, f"{3 + PHOTO} of 100 tokens")
    assert window.token_count.is_over()

    app.press_ctrl_enter()

    assert window.composer_problem_text() == (
        f"This is {3 + PHOTO} tokens, more than the 100 this model takes: remove “garden.png” "
        f"({PHOTO} tokens), then send again."
    )
    assert app.server.requests_for("gemini.stream") == []
    assert window.prompt_text() == "what grows here" and window.strip.count() == 1

    window.strip.remove(0)
    wait_for_count(app, "3 of 100 tokens")
    assert window.composer_problem_text() == ""  # what it said to remove is gone
    assert not window.token_count.is_over()
    app.press_ctrl_enter()
    app.wait_idle()
    assert len(app.server.requests_for("gemini.stream")) == 1


def test_a_long_question_is_to_be_shortened(
    make_app: Callable[..., App], loopback_server: LoopbackServer
) -> None:
    loopback_server.input_token_limits[MODEL] = 4
    app = make_app()
    app.wait_until_started()
    app.window.set_prompt_text("one two three four five six")
    wait_for_count(app, "6 of 4 tokens")

    app.qtbot.mouseClick(app.window.send_button, Qt.MouseButton.LeftButton)

    assert app.window.composer_problem_text() == (
        "This is 6 tokens, more than the 4 this model takes: shorten the question, then send again."
    )


def test_a_failed_count_is_a_quiet_dash_and_send_still_sends(
    make_app: Callable[..., App], loopback_server: LoopbackServer
) -> None:
    app = make_app()
    app.wait_until_started()
    loopback_server.script_count_tokens(Scenario.overloaded())
    notice = app.window.notice_text()  # the in-memory profiles' own

    with app.qtbot.waitSignal(app.controller.tokens.counted):
        app.type_question("hello there")

    assert shown(app) == DASH
    assert app.window.notice_text() == notice and app.window.composer_problem_text() == ""
    app.ask("hello there")  # the count is a help, never a gate when it is not known
    assert len(app.server.requests_for("gemini.stream")) == 1


@pytest.fixture
def openai_profiles(loopback_server: LoopbackServer) -> ProfileStore:
    store = ProfileStore.in_memory()
    server = Profile.new(
        "Local server", SignInKind.OPENAI_SERVER, base_url=loopback_server.base_url + "/v1"
    )
    store.save(server, "test-api-key")
    return store


def test_nothing_is_shown_on_an_openai_compatible_server(
    make_app: Callable[..., App], openai_profiles: ProfileStore
) -> None:
    app = make_app(connections=ConnectionManager(openai_profiles, {}))
    app.wait_until_started()

    with app.qtbot.waitSignal(app.controller.tokens.counted):
        app.type_question("how many tokens is this")

    assert not app.window.token_count.isVisible()
    app.ask("how many tokens is this")
    assert app.server.requests_for("openai.chat")
    assert not [r for r in app.server.requests if r.path.endswith(":countTokens")]
