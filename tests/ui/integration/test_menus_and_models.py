"""File ▸ Export and Import on the conversation on show, and the model list following the
connection: listed at start, again after a switch, and on request."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt

from desktop.core.profile import Profile, SignInKind
from desktop.services.profile_store import ProfileStore
from tests.ui.integration.helpers import App, click


def test_export_then_import_through_the_file_menu(
    make_app: Callable[..., App], tmp_path: Path
) -> None:
    app = make_app()
    app.wait_until_started()
    app.ask("Which herbs grow in shade?")
    exported_id = app.saved().id
    history = app.controller.history

    app.window.export_action.trigger()
    dialog = history.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.selectedFiles()[0].endswith("Which herbs grow in shade.md")
    dialog.setDirectory(str(tmp_path))
    dialog.selectFile("herbs.json")
    with app.qtbot.waitSignal(history.exported, timeout=5000):
        dialog.accept()
    assert app.window.status_text() == f"Saved as {tmp_path / 'herbs.json'}"

    app.controller.conversation.new_chat()
    app.window.import_action.trigger()
    dialog = history.dialog
    assert dialog is not None
    dialog.setDirectory(str(tmp_path))
    dialog.selectFile("herbs.json")
    shown = app.controller.conversation.conversation_shown
    with app.qtbot.waitSignal(shown, timeout=5000) as opened:
        dialog.accept()
    imported_id = opened.args[0]
    assert imported_id != exported_id
    assert "You said: Which herbs grow in shade?." in app.transcript()
    app.qtbot.waitUntil(lambda: app.sidebar_ids() == [imported_id, exported_id])
    app.wait_idle()


def test_the_model_list_follows_the_connection(
    make_app: Callable[..., App], profiles: ProfileStore
) -> None:
    work = Profile.new(
        "Work",
        SignInKind.GEMINI_API_KEY,
        base_url=profiles.profiles()[0].base_url,
        model="gemini-2.5-pro",
    )
    profiles.save(work, "work-key-0002")
    app = make_app()
    app.server.api_keys.add("work-key-0002")
    app.wait_until_started()
    picker = app.window.dock.model_picker
    assert picker.default_model() == "gemini-2.5-flash"
    assert len(app.server.requests_for("gemini.models")) == 1

    # The user picks "Work" in the switcher, with the keyboard.
    switcher = app.window.profile_switcher
    switcher.setFocus()
    with app.qtbot.waitSignal(app.controller.models.models_loaded, timeout=5000):
        app.qtbot.keyClick(switcher, Qt.Key.Key_Down)
    assert picker.default_model() == "gemini-2.5-pro"
    listed = app.server.requests_for("gemini.models")
    assert len(listed) == 2 and listed[-1].headers["x-goog-api-key"] == "work-key-0002"

    with app.qtbot.waitSignal(app.controller.models.models_loaded, timeout=5000):
        click(app.qtbot, picker.refresh_button)
    assert len(app.server.requests_for("gemini.models")) == 3
    app.ask("Hello from work")
    request = app.server.requests_for("gemini.stream")[-1]
    assert request.path.endswith("/models/gemini-2.5-pro:streamGenerateContent")
