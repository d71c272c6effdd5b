"""What the dialog says about files that cannot be used: the services name the problem, the
dialog words it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.core.profile import SignInKind
from desktop.ui.connection_controller import ConnectionController
from tests.ui.connections.helpers import drop_file, open_dialog


@pytest.mark.parametrize(
    ("content", "title", "hint"),
    [
        (
            {"web": {"client_id": "i", "client_secret": "s", "redirect_uris": []}},
            "This file is for a web application, not a desktop app.",
            "create an OAuth client of type Desktop app",
        ),
        (
            {"installed": {"client_id": "i"}},
            "This OAuth client file has no client secret.",
            "create an OAuth client of type Desktop app",
        ),
        (
            {"type": "service_account", "client_email": "bot@example.com"},
            "“picked.json” is not a complete service-account key.",
            "IAM → Service accounts → Keys",
        ),
    ],
)
def test_a_dropped_file_that_cannot_be_used_is_explained(
    qtbot: QtBot,
    controller: ConnectionController,
    tmp_path: Path,
    content: dict[str, Any],
    title: str,
    hint: str,
) -> None:
    picked = tmp_path / "picked.json"
    picked.write_text(json.dumps(content), encoding="utf-8")
    dialog = open_dialog(qtbot, controller)
    drop_file(dialog, picked)
    qtbot.waitUntil(lambda: dialog.result_panel.state == "problem", timeout=5000)
    assert dialog.result_panel.title_text() == title
    assert hint in dialog.result_panel.body_text()
    assert dialog.current_kind() is SignInKind.GEMINI_API_KEY  # nothing was taken from it


def test_a_named_sign_in_file_that_is_missing_is_explained(
    qtbot: QtBot, controller: ConnectionController, env: dict[str, str], tmp_path: Path
) -> None:
    missing = tmp_path / "gone.json"
    env["GOOGLE_APPLICATION_CREDENTIALS"] = str(missing)
    dialog = open_dialog(qtbot, controller)
    qtbot.mouseClick(dialog.card(SignInKind.GOOGLE_CLOUD), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "cannot be used" in dialog.adc_text(), timeout=5000)
    assert dialog.adc_text().splitlines()[:3] == [
        "The sign-in file cannot be used.",
        str(missing),
        "The file does not exist.",
    ]
    assert "gcloud auth application-default login" in dialog.adc_text()
