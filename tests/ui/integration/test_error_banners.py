"""Each kind of failure ends the answer with one banner and one action that does what it says:
a 429 says when trying again can work and sends nothing by itself, a disabled API opens its page, a refused key opens
the connection settings, a missing model shows the model list, a cut-off answer retries in
place."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from desktop.core.conversation import TurnStatus
from desktop.ui.conversation import AnswerState, ErrorBanner
from tests.loopback import Scenario
from tests.loopback.scenario import error_info
from tests.ui.integration.helpers import ANSWER_TIMEOUT, App, click


def banner_of(app: App) -> ErrorBanner:
    banner = app.window.conversation.banner
    assert banner is not None, "no error banner"
    return banner


@pytest.mark.expected_log(
    r"HTTP (503|429) from",
    r"Attempt \d failed",
    r"The answer failed: QuotaExceededError",
)
def test_rate_limited_until_the_client_gives_up_then_nothing_is_sent_until_asked(
    make_app: Callable[..., App],
) -> None:
    app = make_app()
    app.wait_until_started()
    # The client tries four times (an overload, then Google's own 429 with a 1 s delay),
    # then hands the last 429 to the window.
    app.server.script(
        Scenario.overloaded(),
        Scenario.rate_limited("1s"),
        Scenario.rate_limited("1s"),
        Scenario.rate_limited("1s"),
        Scenario(text="Finally, an answer."),
    )
    finished = app.controller.conversation.answer_finished
    app.ask("Are you busy?", outcome="failed")
    banner = banner_of(app)
    assert "You've reached this model's per-minute limit." in banner.transcript_text()
    assert banner.action_button.text() == "Try again"
    assert banner.countdown_text() in ("You can try again in 1 s.", "You can try again now.")
    assert app.window.conversation.answers()[0].state is AnswerState.FAILED

    # Nobody clicks: the countdown runs out, and nothing is sent again by itself.
    app.qtbot.waitUntil(lambda: banner.countdown_text() == "You can try again now.", timeout=3000)
    with app.qtbot.assertNotEmitted(finished, wait=1500):
        pass
    assert len(app.streams()) == 4

    with app.qtbot.waitSignal(finished, timeout=ANSWER_TIMEOUT) as again:
        click(app.qtbot, banner.action_button)
    assert again.args == ["completed"]
    assert app.window.conversation.banner is None
    assert "Finally, an answer." in app.last_answer().plain_text()
    assert len(app.streams()) == 5
    saved = app.saved()
    # Retried in place: still one question and one answer, now complete.
    assert [(t.role, t.status) for t in saved.turns] == [
        ("user", TurnStatus.COMPLETE),
        ("model", TurnStatus.COMPLETE),
    ]
    assert saved.turns[1].text == "Finally, an answer."


@pytest.mark.expected_log(r"HTTP 403 from", r"The answer failed: ServiceDisabledError")
def test_a_disabled_api_offers_its_page(make_app: Callable[..., App]) -> None:
    app = make_app()
    app.wait_until_started()
    page = "https://console.developers.google.com/apis/api/generativelanguage.googleapis.com"
    app.server.script(
        Scenario.http_error(
            403,
            "PERMISSION_DENIED",
            "Generative Language API has not been used in project 123 before or it is disabled.",
            details=[
                error_info(
                    "SERVICE_DISABLED",
                    metadata={"activationUrl": page, "serviceTitle": "Generative Language API"},
                )
            ],
        )
    )
    app.ask("Hello?", outcome="failed")
    banner = banner_of(app)
    assert banner.action_button.text() == "Open the page"
    assert "Generative Language API is not turned on" in banner.transcript_text()
    assert banner.error.action.url == page


@pytest.mark.expected_log(r"HTTP 400 from", r"The answer failed: ApiKeyInvalidError")
def test_a_refused_api_key_opens_the_connection_settings(make_app: Callable[..., App]) -> None:
    app = make_app()
    app.server.api_keys = {"another-key"}  # the saved key is no longer valid
    app.wait_until_started()
    app.ask("Hello?", outcome="failed")
    banner = banner_of(app)
    assert "Google did not accept the API key." in banner.transcript_text()
    assert banner.action_button.text() == "Open settings"
    # Said once: while the banner below it says why and offers the action, the answer
    # does not say the same; they are the answer's again once the banner goes.
    answer = app.last_answer()
    assert answer.footer.notice_text() == ""
    assert answer.failure_button is not None and answer.failure_button.isHidden()
    banner.dismiss()
    assert answer.footer.notice_text().startswith("Google did not accept the API key.")
    assert not answer.failure_button.isHidden()
    assert answer.failure_button.text() == "Open settings"
    banner = app.window.conversation.show_error_banner(banner.error)  # as it was
    connections = app.controller.connection_controller
    with app.qtbot.waitSignal(connections.dialog_opened, timeout=5000) as opened:
        click(app.qtbot, banner.action_button)
    dialog = opened.args[0]
    app.qtbot.waitUntil(lambda: not any(h.is_running() for h in connections.tasks))
    dialog.reject()
    app.qtbot.waitUntil(lambda: connections.dialog is None)
    # The question is in the history, its answer failed: nothing was lost.
    assert [t.status for t in app.saved().turns] == [TurnStatus.COMPLETE, TurnStatus.FAILED]


@pytest.mark.expected_log(r"HTTP 401 from", r"The answer failed: AuthenticationError")
def test_an_expired_sign_in_asks_to_sign_in_again(make_app: Callable[..., App]) -> None:
    app = make_app()
    app.wait_until_started()
    app.server.script(
        Scenario.http_error(401, "UNAUTHENTICATED", "Request had invalid authentication.")
    )
    app.ask("Hello?", outcome="failed")
    banner = banner_of(app)
    assert banner.action_button.text() == "Sign in again"
    connections = app.controller.connection_controller
    with app.qtbot.waitSignal(connections.dialog_opened, timeout=5000) as opened:
        click(app.qtbot, banner.action_button)
    app.qtbot.waitUntil(lambda: not any(h.is_running() for h in connections.tasks))
    opened.args[0].reject()
    app.qtbot.waitUntil(lambda: connections.dialog is None)


@pytest.mark.expected_log(r"HTTP 404 from", r"The answer failed: ModelNotFoundError")
def test_a_missing_model_shows_the_model_list(make_app: Callable[..., App]) -> None:
    app = make_app()
    app.wait_until_started()
    app.window.dock.hide()
    app.server.script(
        Scenario.http_error(404, "NOT_FOUND", "models/gemini-0.1 is not found for API version.")
    )
    app.ask("Hello?", outcome="failed")
    banner = banner_of(app)
    assert banner.action_button.text() == "Choose a model"
    click(app.qtbot, banner.action_button)
    assert app.window.dock.isVisible()
    assert app.window.dock.model_picker.combo.hasFocus()


@pytest.mark.expected_log(r"The answer failed: StreamCutOffError")
def test_a_cut_off_answer_keeps_its_text_and_try_again_streams_it_in_place(
    make_app: Callable[..., App],
) -> None:
    app = make_app()
    app.wait_until_started()
    app.server.script(Scenario(text="Half of an answer", chunks=3, finish_reason=None))
    app.ask("Tell me everything.", outcome="failed")
    cut = app.last_answer()
    assert cut.state is AnswerState.CUT_OFF
    assert "Half of an answer" in cut.plain_text()
    assert cut.footer.notice_text() == ""  # the banner below says it
    banner = banner_of(app)
    assert banner.action_button.text() == "Try again"

    finished = app.controller.conversation.answer_finished
    with app.qtbot.waitSignal(finished, timeout=ANSWER_TIMEOUT) as again:
        click(app.qtbot, banner.action_button)
    assert again.args == ["completed"]
    assert app.last_answer() is not cut
    assert app.last_answer().state is AnswerState.FINISHED
    saved = app.saved()
    assert [t.status for t in saved.turns] == [TurnStatus.COMPLETE, TurnStatus.COMPLETE]
    assert saved.turns[1].text == "You said: Tell me everything.."
