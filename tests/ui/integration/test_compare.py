"""Compare: one question with a photo goes to every column at once, each column its own
model and thread; a column that gets a 429 says so and the others answer; the second
question goes to each column's own history. For the Gemini API, Vertex AI and an
OpenAI-compatible server, all played by the loopback."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QToolButton

from desktop.core.conversation import TurnStatus
from desktop.core.profile import Profile, SignInKind
from desktop.services.profile_store import ProfileStore
from desktop.ui.compare import CompareWindow
from desktop.ui.compare.controller import CompareController
from tests.loopback import LoopbackServer, Scenario
from tests.ui.integration.helpers import App, click

WAYS = ["gemini", "vertex", "openai"]
STREAM_ROUTE = {"gemini": "gemini.stream", "vertex": "vertex.stream", "openai": "openai.chat"}
MODELS = ("gemini-2.5-flash", "gemini-2.5-pro", "gemini-2.0-flash")


@pytest.fixture(params=WAYS)
def way(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def profiles(
    way: str, loopback_server: LoopbackServer, loopback_service_account: dict[str, Any]
) -> ProfileStore:
    store = ProfileStore.in_memory()
    base = loopback_server.base_url
    if way == "gemini":
        store.save(Profile.new("Studio", SignInKind.GEMINI_API_KEY, base_url=base), "test-api-key")
    elif way == "vertex":
        profile = Profile.new(
            "Vertex",
            SignInKind.SERVICE_ACCOUNT,
            project="test-project",
            location="us-central1",
            base_url=base,
        )
        store.save(profile, json.dumps(loopback_service_account))
    else:
        profile = Profile.new(
            "Local", SignInKind.OPENAI_SERVER, base_url=f"{base}/v1", model=MODELS[0]
        )
        store.save(profile, "test-api-key")
    return store


def open_compare(app: App, columns: int) -> tuple[CompareController, CompareWindow]:
    app.window.compare_action.trigger()
    compare = app.controller.compare
    window = compare.window
    assert window is not None
    app.qtbot.waitExposed(window)
    # Keys go to the active window (Ctrl+Enter is the main window's too while it is active).
    app.qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
    if columns == 3:
        click(app.qtbot, window.count_button(3))
    for column, model in zip(window.columns(), MODELS, strict=False):
        column.model_picker.set_model_id(model)
    return compare, window


def ask(app: App, compare: CompareController, window: CompareWindow, text: str) -> None:
    app.qtbot.keyClicks(window.prompt, text)
    app.qtbot.keyClick(window.prompt, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    app.qtbot.waitUntil(lambda: compare.task is not None, timeout=5000)
    app.qtbot.waitUntil(lambda: not compare.is_answering(), timeout=20_000)


def first_answer_ending(column: Any) -> str:
    answer = column.view.answers()[0]
    text = str(answer.plain_text())
    assert "Attachment 1: image/" in text
    return text[text.index("Attachment 1:") :]


def model_of(way: str, body: dict[str, Any], path: str) -> str:
    if way == "openai":
        return str(body["model"])
    return path.rsplit("/models/", 1)[1].split(":")[0]


@pytest.mark.expected_log(r"^Compare column 2 failed: \w+Error", r"^HTTP 429")
def test_three_columns_with_a_photo_one_rate_limited_then_a_second_turn(
    way: str, make_app: Callable[..., App], photo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GEMINI_DESKTOP_RETRY_WAIT_S", "0.2")  # give up on the 429 soon
    app = make_app()
    app.wait_until_started()
    server = app.server
    # The second column's model is out of quota; its wait is past the budget, so the
    # column gives up after one try.
    refusal = (
        Scenario.openai_error(429, "Rate limit reached", "rate_limit_error", "rate_limit")
        if way == "openai"
        else Scenario.http_error(429, "RESOURCE_EXHAUSTED", "Quota exceeded")
    )
    server.script_for_model(MODELS[1], refusal)
    compare, window = open_compare(app, 3)
    compare.attachments.add_paths([photo])  # type: ignore[union-attr]
    app.qtbot.waitUntil(lambda: window.strip.count() == 1, timeout=10_000)

    ask(app, compare, window, "What flowers are these?")
    first_turn = server.requests_for(STREAM_ROUTE[way])
    assert {model_of(way, r.json, r.path) for r in first_turn} == set(MODELS)
    one, two, three = window.columns()
    for column in (one, three):
        answer = column.view.last_answer()
        assert answer is not None and answer.state.name == "FINISHED"
        assert "You said: What flowers are these?" in answer.plain_text()
        # The photo went to this column too, prepared once: the same bytes to each.
        assert answer.plain_text().endswith(first_answer_ending(one))
        facts = column.facts_text()
        assert column.model_id() in facts and "first words" in facts and "total" in facts
    failed = two.view.last_answer()
    assert failed is not None and failed.state.name == "FAILED"
    assert "failed" in two.facts_text()
    assert window.prompt_text() == "" and window.strip.count() == 0

    # A column offers no Get code (it would not know the column's settings yet).
    finished = one.view.last_answer()
    assert finished is not None
    offered = [b for b in finished.findChildren(QToolButton) if b.isVisible()]
    assert "Retry" in [b.text() for b in offered]
    assert "Get code" not in [b.text() for b in offered]
    # Retry in the failed column asks its model again; the other columns keep theirs.
    (retry,) = [b for b in failed.findChildren(QToolButton) if b.text() == "Retry"]
    click(app.qtbot, retry)
    app.qtbot.waitUntil(lambda: compare.is_answering(), timeout=5000)
    app.qtbot.waitUntil(lambda: not compare.is_answering(), timeout=20_000)
    again = two.view.last_answer()
    assert again is not None and again.state.name == "FINISHED"
    assert "You said: What flowers are these?" in again.plain_text()
    assert two.view.turn_count() == 1 and "ended: stop" in two.facts_text().lower()
    first_turn = server.requests_for(STREAM_ROUTE[way])
    assert [model_of(way, r.json, r.path) for r in first_turn].count(MODELS[1]) == 2

    ask(app, compare, window, "And their names?")
    later = server.requests_for(STREAM_ROUTE[way])[len(first_turn) :]
    assert sorted(model_of(way, r.json, r.path) for r in later) == sorted(MODELS)
    for request in later:
        text = json.dumps(request.json)
        assert "And their names?" in text and "What flowers are these?" in text
    # Each column's thread is its own saved conversation, its model's answers only.
    store = app.store
    for index, column in enumerate(window.columns()):
        conversation_id = compare.service(index).conversation_id
        assert conversation_id is not None
        saved = store.load(conversation_id)
        assert saved.settings.model == MODELS[index]
        assert [t.role for t in saved.turns] == ["user", "model"] * 2
        statuses = [t.status for t in saved.turns if t.role == "model"]
        assert statuses == [TurnStatus.COMPLETE] * 2
        assert column.view.turn_count() == 2
    window.close()
