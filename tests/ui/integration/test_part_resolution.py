"""A file's own media resolution, end to end: chosen in its chip's menu (Ultra high only
there), shown on the chip, sent as the part's mediaResolution to a Gemini 3 model, saved
with the question, and left out for a model whose parts take none."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QMenu

from desktop.core.request import ULTRA_HIGH
from tests.ui.integration.helpers import App, close


def inline_parts(body: dict[str, Any]) -> list[dict[str, Any]]:
    return [
        part for content in body["contents"] for part in content["parts"] if "inlineData" in part
    ]


def test_a_photo_sent_at_its_own_ultra_high_detail(
    make_app: Callable[..., App], photo: Path
) -> None:
    app = make_app()
    app.wait_until_started()
    app.window.dock.model_picker.set_model_id("gemini-3.8-flash")
    app.drop(photo)
    app.wait_for_attachments(1)

    (chip,) = app.window.strip.chips()
    menu = chip.context_menu()
    submenu = next(
        action.menu()
        for action in menu.actions()
        if action.objectName() == "attachmentResolutionAction"
    )
    assert isinstance(submenu, QMenu)
    choices = {action.text(): action for action in submenu.actions()}
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
