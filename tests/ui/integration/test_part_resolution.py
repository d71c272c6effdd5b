"""A file's own media resolution, end to end: chosen in its chip's menu (Ultra high only
there), shown on the chip, sent as the part's mediaResolution to a Gemini 3 model, saved
with the question, and left out for a model whose parts take none."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from desktop.core.request import ULTRA_HIGH
from desktop.ui.attachments import AttachmentChip
from tests.ui.integration.helpers import App, close
from tests.ui.integration.test_compare import ask, open_compare


def inline_parts(body: dict[str, Any]) -> list[dict[str, Any]]:
    return [
        part for content in body["contents"] for part in content["parts"] if "inlineData" in part
    ]


def resolution_choices(chip: AttachmentChip) -> tuple[QMenu, dict[str, QAction]]:
    """The chip's menu and its 'Detail for this file' choices by their words."""
    menu = chip.context_menu()
    submenu = next(
        action.menu()
        for action in menu.actions()
        if action.objectName() == "attachmentResolutionAction"
    )
    assert isinstance(submenu, QMenu)
    return menu, {action.text(): action for action in submenu.actions()}


def choose_ultra_high(chip: AttachmentChip) -> None:
    menu, choices = resolution_choices(chip)
    choices["Ultra high (this file only)"].trigger()
    menu.close()


def test_a_photo_sent_at_its_own_ultra_high_detail(
    make_app: Callable[..., App], photo: Path
) -> None:
    app = make_app()
    app.wait_until_started()
    app.window.dock.model_picker.set_model_id("gemini-3.8-flash")
    app.drop(photo)
    app.wait_for_attachments(1)

    (chip,) = app.window.strip.chips()
    menu, choices = resolution_choices(chip)
    assert list(choices) == [
        "As in Settings",
        "Low",
        "Medium",
        "High",
        "Ultra high (this file only)",
    ]
    assert choices["As in Settings"].isChecked()
    choices["Ultra high (this file only)"].trigger()
    menu.close()
    (chip,) = app.window.strip.chips()
    assert "Ultra high detail" in chip.details_text()
    # The Settings panel's own choice for the whole request never offers Ultra high.
    assert ULTRA_HIGH not in app.window.dock.control("media_resolution").values()

    app.ask("What does the sign say?")
    (part,) = inline_parts(app.streams()[-1])
    assert part["mediaResolution"] == {"level": ULTRA_HIGH}
    (ref,) = app.saved().turns[0].attachments
    assert ref.media_resolution == ULTRA_HIGH

    # Gemini 2.5 takes no resolution per part: the saved one stays, and is not sent.
    app.window.dock.model_picker.set_model_id("gemini-2.5-flash")
    app.ask("And the colour of the door?")
    (part,) = inline_parts(app.streams()[-1])
    assert "mediaResolution" not in part
    assert app.saved().turns[0].attachments[0].media_resolution == ULTRA_HIGH
    close(app)


def test_a_compare_column_and_the_code_keep_a_files_own_detail(
    make_app: Callable[..., App], photo: Path
) -> None:
    app = make_app()
    app.wait_until_started()
    compare, window = open_compare(app, 2)
    window.column(0).model_picker.set_model_id("gemini-3.8-flash")
    compare.attachments.add_paths([photo])  # type: ignore[union-attr]
    app.qtbot.waitUntil(lambda: window.strip.count() == 1, timeout=10_000)
    (chip,) = window.strip.chips()
    choose_ultra_high(chip)
    ask(app, compare, window, "What does the sign say?")
    (to_gemini_3,) = [s for s in app.server.requests_for("gemini.stream") if "3.8" in s.path]
    (part,) = inline_parts(to_gemini_3.json)
    assert part["mediaResolution"] == {"level": ULTRA_HIGH}
    saved = app.store.load(compare.service(0).conversation_id or 0)
    assert saved.turns[0].attachments[0].media_resolution == ULTRA_HIGH
    window.close()

    # Get code for a question being written: its file's own detail is in the code too.
    app.window.dock.model_picker.set_model_id("gemini-3.8-flash")
    app.drop(photo)
    app.wait_for_attachments(1)
    (chip,) = app.window.strip.chips()
    choose_ultra_high(chip)
    app.type_question("What does the sign say?")
    app.window.get_code_action.trigger()
    code = app.controller.code
    app.qtbot.waitUntil(lambda: code.dialog is not None and code.dialog.isVisible())
    assert code.dialog is not None
    assert ULTRA_HIGH in code.dialog.current_code()
    code.dialog.close()
    close(app)
