"""A compare in the history: listed once (its line says Compare), reopened from the list with
every column as it was left and ready to go on, exported with all its columns, a column
continued alone as a conversation of its own, and Pick this one filling the Settings panel."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from desktop.ui.history.model import Roles
from tests.ui.integration.helpers import App, click
from tests.ui.integration.test_compare import MODELS, ask, open_compare


def test_a_compare_is_saved_reopened_exported_and_continued_alone(
    make_app: Callable[..., App], tmp_path: Path
) -> None:
    app = make_app()
    app.wait_until_started()
    compare, window = open_compare(app, 2)
    ask(app, compare, window, "Which tree is this?")
    lead = compare.compare_id()
    assert lead is not None
    app.qtbot.waitUntil(lambda: app.sidebar_ids() == [lead], timeout=5000)
    sidebar_model = app.window.sidebar.model()
    assert str(sidebar_model.index(0, 0).data(Roles.DATE_TEXT)).startswith("Compare · ")
    columns = [compare.service(i).conversation_id for i in range(2)]

    # A new compare empties the window; the list brings the saved one back, as it was.
    assert compare.new_compare()
    assert all(column.view.turn_count() == 0 for column in window.columns())
    app.controller.conversation.open_conversation(lead)
    app.qtbot.waitUntil(
        lambda: not compare.is_busy() and window.columns()[1].view.turn_count() == 1,
        timeout=5000,
    )
    assert app.window.conversation.turn_count() == 0  # not opened in the main window
    for index, column in enumerate(window.columns()):
        assert column.model_id() == MODELS[index]
        assert "You said: Which tree is this?" in column.view.answers()[0].plain_text()
    assert [compare.service(i).conversation_id for i in range(2)] == columns
    ask(app, compare, window, "How old can it get?")
    for index in range(2):
        saved = app.store.load(columns[index])  # type: ignore[arg-type]
        assert [t.text for t in saved.turns if t.role == "user"] == [
            "Which tree is this?",
            "How old can it get?",
        ]
    assert app.sidebar_ids() == [lead]

    # Exported with both columns.
    task = app.controller.history.export_to(lead, tmp_path / "Tree.md")
    app.qtbot.waitUntil(task.done, timeout=5000)
    text = (tmp_path / "Tree.md").read_text()
    assert f"## Column 1 · {MODELS[0]}" in text and f"## Column 2 · {MODELS[1]}" in text

    # Pick this one: the second column's model is the Settings panel's now.
    click(app.qtbot, window.column(1).pick_button)
    assert app.window.dock.settings().model == MODELS[1]

    # Continue alone: a copy of the second column opens in the main window.
    click(app.qtbot, window.column(1).continue_button)
    conversation = app.controller.conversation
    app.qtbot.waitUntil(
        lambda: (
            conversation.conversation_id() not in (None, *columns)
            and app.window.conversation.turn_count() == 2
        ),
        timeout=5000,
    )
    copy = conversation.conversation_id()
    app.qtbot.waitUntil(lambda: app.sidebar_ids() == [copy, lead], timeout=5000)
    app.ask("And its leaves?")
    assert len(app.store.load(copy).turns) == 6  # type: ignore[arg-type]
    assert len(app.store.load(columns[1]).turns) == 4  # type: ignore[arg-type]
    window.close()


def test_each_column_follows_its_model_like_the_settings_panel(
    make_app: Callable[..., App],
) -> None:
    app = make_app()
    app.wait_until_started()
    compare, window = open_compare(app, 2)
    newer, older = window.columns()
    newer.model_picker.set_model_id("gemini-3.8-flash")
    # Gemini 3.8 Flash: its own thinking levels, and a temperature it chooses itself.
    assert newer.thinking_box.isVisibleTo(newer) and "HIGH" in newer.thinking_box.levels()
    assert not newer.temperature_box.isEnabled()
    assert "chooses this itself" in newer.temperature_box.toolTip()
    # Gemini 2.5 Pro: no levels (it takes a budget), and a temperature of its own.
    assert not older.thinking_box.isVisibleTo(older) and older.temperature_box.isEnabled()
    newer.thinking_box.set_level_value("HIGH")
    older.temperature_box.setValue(0.3)
    ask(app, compare, window, "Which tree is this?")
    bodies = {
        r.path.rsplit("/", 1)[1].split(":")[0]: r.json
        for r in app.server.requests_for("gemini.stream")
    }
    config = bodies["gemini-3.8-flash"]["generationConfig"]
    assert config["thinkingConfig"]["thinkingLevel"] == "HIGH" and "temperature" not in config
    config = bodies[MODELS[1]]["generationConfig"]
    assert config["temperature"] == 0.3 and "thinkingLevel" not in config.get("thinkingConfig", {})
    window.close()
