"""A compare column shows the model's thoughts as the main window does: asked for and shown
unless the Settings panel switches them off (the column once asked for them and hid them)."""

from __future__ import annotations

from collections.abc import Callable

from tests.loopback import Scenario
from tests.ui.integration.helpers import App, click_check_box
from tests.ui.integration.test_compare import MODELS, ask, open_compare


def script_thoughtful_answers(app: App, thoughts: str) -> None:
    for model in MODELS[:2]:
        app.server.script_for_model(model, Scenario(text="Roses.", thoughts=thoughts))


def test_a_column_shows_thoughts_unless_they_are_switched_off(
    make_app: Callable[..., App],
) -> None:
    app = make_app()
    app.wait_until_started()
    compare, window = open_compare(app, 2)
    script_thoughtful_answers(app, "Red petals, thorns…")
    ask(app, compare, window, "Which flower?")
    for column in window.columns():
        answer = column.view.last_answer()
        assert answer is not None and answer.state.name == "FINISHED"
        assert not answer.thoughts.isHidden()
        assert answer.thoughts.text() == "Red petals, thorns…"
        assert not answer.thoughts.is_expanded()  # folded, as in the main window
    sent = app.streams()[-2:]
    assert [s["generationConfig"]["thinkingConfig"] for s in sent] == [
        {"includeThoughts": True}
    ] * 2

    # Switched off in the Settings panel: a new compare neither asks for them nor shows them.
    click_check_box(app.qtbot, app.window.dock.control("include_thoughts"))
    assert compare.new_compare()
    for column, model in zip(window.columns(), MODELS, strict=False):
        column.model_picker.set_model_id(model)
    script_thoughtful_answers(app, "Cup-shaped, spring…")
    ask(app, compare, window, "And this one?")
    for column in window.columns():
        answer = column.view.last_answer()
        assert answer is not None and answer.state.name == "FINISHED"
        assert answer.thoughts.isHidden()
        assert "Cup-shaped" not in answer.transcript_text()
    sent = app.streams()[-2:]
    assert [s["generationConfig"]["thinkingConfig"] for s in sent] == [
        {"includeThoughts": False}
    ] * 2
    window.close()
