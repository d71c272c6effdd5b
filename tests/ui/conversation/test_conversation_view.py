"""The conversation: empty state, turns, following the end, error banners and their actions."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolButton
from pytestqt.qtbot import QtBot

from desktop.core.answer import Answer
from desktop.core.errors import (
    Action,
    ActionKind,
    GeminiError,
    ModelNotFoundError,
    NetworkError,
    QuotaExceededError,
    ServiceDisabledError,
)
from desktop.ui.conversation import ConversationView, ErrorBanner
from tests.ui.conversation.helpers import finish_rendering
from tests.ui.conversation.samples import long_answer


def error(
    kind: ActionKind, url: str | None = None, retry_after: float | None = None
) -> GeminiError:
    return GeminiError(
        "Something went wrong.",
        hint="Here is what to do.",
        action=Action(kind, url),
        retry_after=retry_after,
    )


# -- turns ----------------------------------------------------------------------------------------


def test_empty_until_the_first_question_and_again_after_clear(
    qtbot: QtBot, view: ConversationView
) -> None:
    assert view.is_empty() and view.transcript_text() == ""
    assert view.add_user_turn("First?", ["photo.jpg", "notes.pdf"]) == 0
    answer = view.begin_answer()
    answer.finish(Answer(text="One.", finish_reason="STOP"))
    assert view.add_user_turn("Second?") == 1
    assert not view.is_empty()
    transcript = view.transcript_text()
    assert "Attached: photo.jpg" in transcript and "Attached: notes.pdf" in transcript
    assert transcript.index("First?") < transcript.index("One.") < transcript.index("Second?")
    view.clear()
    assert view.is_empty() and view.turn_count() == 0 and view.browser is None
    assert view.add_user_turn("Again") == 0


def test_edit_and_resend_asks_for_that_question(qtbot: QtBot, view: ConversationView) -> None:
    view.add_user_turn("first")
    view.add_user_turn("second")
    button = view.user_turn(0).findChild(QToolButton, "userEdit")
    assert button.text() == "Edit && resend"  # shown as "Edit & resend"
    with qtbot.waitSignal(view.edit_requested, timeout=1000) as edit:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert edit.args == [0]
    assert view.user_turn_text(0) == "first"


def test_the_user_text_is_shown_as_written_not_as_markdown(view: ConversationView) -> None:
    view.add_user_turn("<b>not bold</b> and *not italic*")
    assert "<b>not bold</b> and *not italic*" in view.transcript_text()


# -- following the end ----------------------------------------------------------------------------


def test_new_text_is_followed_only_while_the_reader_is_at_the_bottom(
    qtbot: QtBot, view: ConversationView
) -> None:
    bar = view.scroll_area.verticalScrollBar()
    view.add_user_turn("Write a lot.")
    answer = view.begin_answer()
    text = long_answer(30_000, seed=2)
    answer.append_text(text[:10_000])
    qtbot.waitUntil(lambda: bar.maximum() > 1000 and bar.value() == bar.maximum())
    assert view.is_following()

    bar.setValue(bar.maximum() // 3)  # the reader scrolls up to read
    assert not view.is_following()
    kept = bar.value()
    answer.append_text(text[10_000:20_000])
    qtbot.waitUntil(lambda: bar.maximum() > kept + 3000)
    assert bar.value() == kept

    bar.setValue(bar.maximum() - 3)  # back at the bottom (a few pixels short is close enough)
    assert view.is_following()
    answer.append_text(text[20_000:])
    answer.finish()
    finish_rendering(qtbot, answer)
    qtbot.waitUntil(lambda: bar.value() == bar.maximum())


def test_a_new_question_scrolls_to_the_end(qtbot: QtBot, view: ConversationView) -> None:
    bar = view.scroll_area.verticalScrollBar()
    view.add_user_turn("Long")
    answer = view.begin_answer()
    answer.finish(Answer(text=long_answer(10_000), finish_reason="STOP"))
    finish_rendering(qtbot, answer)
    bar.setValue(0)
    view.add_user_turn("Next")
    qtbot.waitUntil(lambda: bar.value() == bar.maximum())


# -- error banners --------------------------------------------------------------------------------


def test_the_banner_shows_the_plain_explanation_and_hint(view: ConversationView) -> None:
    view.add_user_turn("Hello")
    view.begin_answer().mark_failed()
    banner = view.show_error_banner(
        NetworkError("Google could not be reached.", hint="Check the connection.")
    )
    assert view.banner is banner
    transcript = view.transcript_text()
    assert "Google could not be reached." in transcript and "Check the connection." in transcript
    assert banner.action_button.text() == "Try again"


def test_open_link_opens_the_page(
    qtbot: QtBot, view: ConversationView, opened_urls: list[str]
) -> None:
    url = "https://console.developers.google.com/apis/api/generativelanguage.googleapis.com"
    banner = view.show_error_banner(
        ServiceDisabledError(
            "The API is off.", hint="Turn it on.", action=Action(ActionKind.OPEN_LINK, url)
        )
    )
    assert banner.action_button.text() == "Open the page"
    qtbot.mouseClick(banner.action_button, Qt.MouseButton.LeftButton)
    assert opened_urls == [url]
    assert view.banner is banner  # stays until the user is done with it


@pytest.mark.parametrize("kind", [ActionKind.OPEN_SETTINGS, ActionKind.SIGN_IN])
def test_settings_and_sign_in_ask_for_the_settings(
    qtbot: QtBot, view: ConversationView, kind: ActionKind
) -> None:
    banner = view.show_error_banner(error(kind))
    assert banner.action_button.text() == (
        "Open settings" if kind is ActionKind.OPEN_SETTINGS else "Sign in again"
    )
    with qtbot.waitSignal(view.settings_requested, timeout=1000):
        qtbot.mouseClick(banner.action_button, Qt.MouseButton.LeftButton)


def test_choose_model_asks_for_the_model_list(qtbot: QtBot, view: ConversationView) -> None:
    banner = view.show_error_banner(ModelNotFoundError("No such model.", hint="Pick another."))
    assert banner.action_button.text() == "Choose a model"
    with qtbot.waitSignal(view.choose_model_requested, timeout=1000):
        qtbot.mouseClick(banner.action_button, Qt.MouseButton.LeftButton)


def test_edit_request_asks_to_edit_the_last_question(qtbot: QtBot, view: ConversationView) -> None:
    view.add_user_turn("one")
    view.add_user_turn("two")
    banner = view.show_error_banner(error(ActionKind.EDIT_REQUEST))
    assert banner.action_button.text() == "Edit the message"
    with qtbot.waitSignal(view.edit_requested, timeout=1000) as edit:
        qtbot.mouseClick(banner.action_button, Qt.MouseButton.LeftButton)
    assert edit.args == [1]


@pytest.mark.parametrize("kind", [ActionKind.RETRY, ActionKind.CHECK_NETWORK])
def test_try_again_asks_for_a_retry_and_closes_the_banner(
    qtbot: QtBot, view: ConversationView, kind: ActionKind
) -> None:
    banner = view.show_error_banner(error(kind))
    assert banner.action_button.text() == "Try again"
    with qtbot.waitSignal(view.retry_requested, timeout=1000) as retry:
        qtbot.mouseClick(banner.action_button, Qt.MouseButton.LeftButton)
    assert retry.args == [-1]
    assert view.banner is None and banner.isHidden()


def test_a_quota_wait_counts_down_and_sends_nothing_by_itself(
    qtbot: QtBot, view: ConversationView
) -> None:
    quota = QuotaExceededError("Too many requests.", hint="Wait a moment.", retry_after=1.2)
    banner = view.show_error_banner(quota)
    assert banner.countdown_text() == "You can try again in 2 s."
    assert banner.action_button.text() == "Try again"
    qtbot.waitUntil(lambda: banner.countdown_text() == "You can try again in 1 s.", timeout=1500)
    qtbot.waitUntil(lambda: banner.countdown_text() == "You can try again now.", timeout=1500)
    with qtbot.assertNotEmitted(view.retry_requested, wait=500):
        pass
    assert view.banner is banner and not banner.isHidden()
    with qtbot.waitSignal(view.retry_requested, timeout=1000) as retry:
        qtbot.mouseClick(banner.action_button, Qt.MouseButton.LeftButton)
    assert retry.args == [-1] and view.banner is None


def test_a_daily_quota_has_no_countdown(view: ConversationView) -> None:
    quota = QuotaExceededError("Used up.", hint="Try tomorrow.")  # retry_after None
    banner = view.show_error_banner(quota)
    assert banner.countdown_text() == "" and banner.action_button.text() == "Try again"


def test_a_new_question_or_banner_replaces_the_old_banner(
    qtbot: QtBot, view: ConversationView
) -> None:
    first = view.show_error_banner(error(ActionKind.RETRY))
    second = view.show_error_banner(error(ActionKind.OPEN_SETTINGS))
    assert first.isHidden() and view.banner is second
    view.add_user_turn("Another try")
    assert second.isHidden() and view.banner is None
    assert isinstance(second, ErrorBanner)
