"""The whole window against a server that keeps answering 429: the one bounded retry policy
(small waits here through GEMINI_DESKTOP_RETRY_WAIT_S and RetryInfo), the wait counted down
in the answer with Stop, the reason and its action kept in the answer (also once reopened),
and nothing sent again after the policy gives up until the user asks."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QPushButton

from desktop import translations
from desktop.core.conversation import TurnStatus
from desktop.core.errors import ActionKind
from desktop.ui.conversation import AnswerState
from desktop.ui.conversation.waiting import WaitingLine
from tests.loopback import Scenario
from tests.ui.integration.helpers import ANSWER_TIMEOUT, App, click

pytestmark = pytest.mark.expected_log(
    r"HTTP 4\d\d from", r"Attempt \d failed", r"The answer failed: QuotaExceededError"
)
MINUTE = "You've reached this model's per-minute limit."
DAILY = "You've reached today's limit for this model; it resets at midnight Pacific time."


@pytest.fixture
def limited_app(make_app: Callable[..., App], monkeypatch: pytest.MonkeyPatch) -> App:
    monkeypatch.setenv("GEMINI_DESKTOP_RETRY_WAIT_S", "2.5")
    app = make_app()
    app.wait_until_started()
    return app


def sent(app: App) -> int:
    return len(app.streams())


def test_retry_info_is_waited_within_the_budget_then_nothing_is_resent(limited_app: App) -> None:
    app = limited_app
    app.server.script_always(Scenario.rate_limited("1s"))
    finished = app.controller.conversation.answer_finished
    started = time.monotonic()
    with app.qtbot.waitSignal(finished, timeout=ANSWER_TIMEOUT) as ended:
        app.type_question("Are you there?")
        app.press_ctrl_enter()
        line = app.last_answer().findChild(WaitingLine)
        assert line is not None
        # The wait is counted down in the answer, from its start, with the reason.
        app.qtbot.waitUntil(lambda: line.isVisible(), timeout=3000)
        assert line.text() == f"{MINUTE} Trying again in 1 s (attempt 2 of 4)…"
    took = time.monotonic() - started
    assert ended.args == ["failed"] and sent(app) == 3  # 1 s + 1 s fit in 2.5 s; a third not
    assert 2.0 <= took < 2.0 + 3.0
    answer = app.last_answer()
    assert answer.state is AnswerState.FAILED
    reason = f"{MINUTE} It frees up again within a minute; try again then."
    # Said once: by the banner below the answer while it shows ...
    assert reason not in answer.transcript_text()
    banner = app.window.conversation.banner
    assert banner is not None and banner.countdown_text() in (
        "You can try again in 1 s.",
        "You can try again now.",
    )
    banner.dismiss()
    # ... then by the answer: the reason stays with it, not only in the banner.
    assert reason in answer.transcript_text()
    assert MINUTE in app.transcript()
    with app.qtbot.assertNotEmitted(finished, wait=2000):
        pass
    assert sent(app) == 3  # nothing resent by itself


def test_stop_ends_the_wait_and_sends_nothing_more(limited_app: App) -> None:
    app = limited_app
    app.server.script_always(Scenario.rate_limited("2s"))
    finished = app.controller.conversation.answer_finished
    app.type_question("Quick?")
    app.press_ctrl_enter()
    app.qtbot.waitUntil(lambda: sent(app) == 1, timeout=5000)
    line = app.last_answer().findChild(WaitingLine)
    assert line is not None
    app.qtbot.waitUntil(lambda: line.isVisible(), timeout=3000)
    stop = line.findChild(QPushButton, "answerWaitingStop")
    assert stop is not None and stop.isVisible()
    with app.qtbot.waitSignal(finished, timeout=3000) as ended:
        click(app.qtbot, stop)
    assert ended.args == ["stopped"]
    time.sleep(2.5)
    assert sent(app) == 1
    (_, answer) = app.saved().turns
    assert answer.status is TurnStatus.STOPPED


def test_the_daily_quota_is_asked_once_and_its_reason_survives_reopening(
    limited_app: App,
) -> None:
    app = limited_app
    app.server.script_always(Scenario.daily_quota("0.1s"))
    app.ask("One more today?", outcome="failed")
    assert sent(app) == 1
    answer = app.last_answer()
    banner = app.window.conversation.banner
    assert banner is not None and DAILY in banner.transcript_text()
    assert DAILY not in answer.transcript_text()  # said once, by the banner below it
    banner.dismiss()
    assert DAILY in answer.transcript_text()
    assert answer.failure_action is not None
    assert answer.failure_action.kind is ActionKind.CHOOSE_MODEL
    saved = app.saved()
    stored = saved.turns[1].error or {}
    assert stored["words"] == {"id": "api.quota_daily", "args": {}}  # ids, worded at display

    app.controller.conversation.new_chat()
    opened = app.controller.conversation.open_conversation(saved.id)
    assert opened is not None
    app.qtbot.waitUntil(opened.done, timeout=5000)
    reopened = app.last_answer()
    assert reopened.state is AnswerState.FAILED
    assert f"{DAILY} Choose another model, or try again after the reset." in (
        reopened.transcript_text()
    )
    assert reopened.failure_action is not None
    assert reopened.failure_action.kind is ActionKind.CHOOSE_MODEL
    button = reopened.failure_button
    assert button is not None and button.isVisible() and button.text() == "Choose a model"
    click(app.qtbot, button)
    assert app.window.dock.isVisible()  # the model list is shown
    assert sent(app) == 1


def test_retrying_after_giving_up_replaces_the_failed_answer(limited_app: App) -> None:
    app = limited_app
    app.server.script(Scenario.prepaid_empty(), Scenario(text="Credits added."))
    app.ask("Hello?", outcome="failed")
    assert "Your prepaid balance for the Gemini API has run out." in app.transcript()
    action = app.last_answer().failure_action
    assert action is not None and action.url == "https://ai.studio/projects"
    with app.qtbot.waitSignal(app.controller.conversation.answer_finished, timeout=ANSWER_TIMEOUT):
        app.controller.conversation.retry()
    answers = app.window.conversation.answers()
    assert len(answers) == 1 and "Credits added." in answers[0].plain_text()
    assert "could not be completed" not in app.transcript()
    assert "prepaid" not in app.transcript()


def test_a_stored_reason_is_worded_again_in_the_readers_language(
    limited_app: App, tmp_path: Path
) -> None:
    app = limited_app
    app.server.script_always(Scenario.daily_quota())
    app.ask("One more today?", outcome="failed")
    conversation = app.saved().id
    (german,) = translations.build(
        tmp_path, [translations.source_folder() / "gemini_desktop_de.ts"]
    )
    translator = QTranslator()
    assert translator.load(str(german))
    QCoreApplication.installTranslator(translator)
    try:
        app.controller.conversation.new_chat()
        opened = app.controller.conversation.open_conversation(conversation)
        assert opened is not None
        app.qtbot.waitUntil(opened.done, timeout=5000)
        reopened = app.last_answer()
        assert (
            "Sie haben das heutige Limit für dieses Modell erreicht" in reopened.transcript_text()
        )
        assert DAILY not in reopened.transcript_text()
        assert reopened.failure_button is not None
        assert reopened.failure_button.text() == "Modell wählen"
    finally:
        QCoreApplication.removeTranslator(translator)
