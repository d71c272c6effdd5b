"""The Cloud Storage bucket in the connection dialog: shown only for Vertex AI with Google
credentials, checked as it is typed, saved, shown again when editing, and checked by Test
connection against the loopback's Cloud Storage."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from desktop.core.connection import ApiKind
from desktop.core.profile import Profile, SignInKind
from desktop.services.connections import ConnectionManager
from desktop.ui.connection_controller import ConnectionController
from desktop.ui.connections.dialog import ConnectionDialog
from tests.loopback import LoopbackServer
from tests.ui.connections.helpers import open_dialog, run, wait_idle
from tests.ui.connections.test_connection_dialog import click, type_into, wait_result

GOOGLE_WAYS = (SignInKind.GOOGLE_CLOUD, SignInKind.SERVICE_ACCOUNT, SignInKind.GOOGLE_SIGN_IN)
KEY_WAYS = (SignInKind.GEMINI_API_KEY, SignInKind.VERTEX_EXPRESS_KEY, SignInKind.OPENAI_SERVER)


@pytest.fixture
def env(gcloud_folder: Path, loopback_server: LoopbackServer) -> dict[str, str]:
    """As the package's env, with Cloud Storage at the loopback (google-cloud-storage's own
    STORAGE_EMULATOR_HOST)."""
    return {
        "CLOUDSDK_CONFIG": str(gcloud_folder),
        "STORAGE_EMULATOR_HOST": loopback_server.base_url,
    }


def shown_dialog(qtbot: QtBot) -> ConnectionDialog:
    dialog = ConnectionDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def bucket_note(dialog: ConnectionDialog) -> str:
    note = dialog.widget("bucketNote")
    assert isinstance(note, QLabel)
    return note.text() if note.isVisible() else ""


def work_profile(server: LoopbackServer, bucket: str | None) -> Profile:
    return Profile.new(
        "Work",
        SignInKind.SERVICE_ACCOUNT,
        project="test-project",
        location="us-central1",
        base_url=server.base_url,
        account="robot@test-project.iam.gserviceaccount.com",
        bucket=bucket,
    )


def test_the_bucket_is_offered_only_for_vertex_ai_with_google_credentials(
    qtbot: QtBot,
) -> None:
    dialog = shown_dialog(qtbot)
    for kind in GOOGLE_WAYS:
        qtbot.mouseClick(dialog.card(kind), Qt.MouseButton.LeftButton)
        assert dialog.widget("bucketEdit").isVisible(), kind
        help_text = dialog.widget("bucketHelp")
        assert isinstance(help_text, QLabel) and help_text.isVisible()
        assert help_text.text() == (
            "Videos and files over 15 MB are uploaded here first. Leave empty to send only "
            "smaller files."
        )
    for kind in KEY_WAYS:
        qtbot.mouseClick(dialog.card(kind), Qt.MouseButton.LeftButton)
        assert not dialog.widget("bucketEdit").isVisible(), kind
        assert not dialog.widget("bucketHelp").isVisible(), kind

    # Vertex AI's OpenAI-compatible API reads no gs:// files: no bucket there either.
    qtbot.mouseClick(dialog.card(SignInKind.GOOGLE_CLOUD), Qt.MouseButton.LeftButton)
    type_into(qtbot, dialog, "bucketEdit", "my-bucket")
    api = dialog.widget("apiCombo")
    assert isinstance(api, QComboBox)
    api.setCurrentIndex(api.findData(ApiKind.OPENAI))
    assert not dialog.widget("bucketEdit").isVisible()
    assert dialog.current_profile().bucket is None
    api.setCurrentIndex(api.findData(ApiKind.VERTEX))
    assert dialog.widget("bucketEdit").isVisible()
    assert dialog.current_profile().bucket == "my-bucket"
    # A key way never carries the bucket typed under another way.
    qtbot.mouseClick(dialog.card(SignInKind.VERTEX_EXPRESS_KEY), Qt.MouseButton.LeftButton)
    assert dialog.current_profile().bucket is None


def test_a_bucket_name_is_checked_while_typing(qtbot: QtBot) -> None:
    dialog = shown_dialog(qtbot)
    qtbot.mouseClick(dialog.card(SignInKind.GOOGLE_CLOUD), Qt.MouseButton.LeftButton)
    edit = dialog.widget("bucketEdit")
    assert (
        isinstance(edit, QLineEdit) and edit.placeholderText() == "optional, for example my-bucket"
    )
    assert bucket_note(dialog) == ""

    type_into(qtbot, dialog, "bucketEdit", "My-Bucket")
    assert bucket_note(dialog) == "Bucket names use lowercase letters only: “my-bucket”."
    type_into(qtbot, dialog, "bucketEdit", "my bucket")
    assert bucket_note(dialog).startswith("A bucket name may contain only lowercase letters")
    type_into(qtbot, dialog, "bucketEdit", "ab")
    assert bucket_note(dialog).startswith("A bucket name has 3 to 63 characters")
    type_into(qtbot, dialog, "bucketEdit", "https://console.cloud.google.com/storage/browser/x")
    assert bucket_note(dialog) == (
        "Type only the bucket's name, such as my-bucket, not a web address."
    )
    type_into(qtbot, dialog, "bucketEdit", "my-google-videos")
    assert "cannot begin with “goog” or contain “google”" in bucket_note(dialog)

    # gs:// and a folder, as the Cloud console copies them, are fine: the name is kept.
    type_into(qtbot, dialog, "bucketEdit", "gs://team-videos/uploads/")
    assert bucket_note(dialog) == ""
    assert dialog.current_profile().bucket == "team-videos"
    edit.clear()
    assert dialog.current_profile().bucket is None


def test_an_invalid_bucket_is_named_and_focused_instead_of_tested_or_saved(
    qtbot: QtBot,
) -> None:
    dialog = shown_dialog(qtbot)
    qtbot.mouseClick(dialog.card(SignInKind.GOOGLE_CLOUD), Qt.MouseButton.LeftButton)
    type_into(qtbot, dialog, "projectEdit", "my-project")
    type_into(qtbot, dialog, "bucketEdit", "-videos")
    asked: list[object] = []
    dialog.test_requested.connect(lambda *args: asked.append(args))
    dialog.save_requested.connect(lambda *args: asked.append(args))

    for button in ("testButton", "saveButton"):
        click(qtbot, dialog, button)
        assert dialog.result_panel.state == "note"
        assert dialog.result_panel.title_text() == (
            "A bucket name starts and ends with a letter or a digit."
        )
        qtbot.waitUntil(dialog.widget("bucketEdit").hasFocus)
    assert asked == []


def test_a_bucket_is_tested_saved_and_shown_again_when_editing(
    qtbot: QtBot,
    controller: ConnectionController,
    manager: ConnectionManager,
    loopback_server: LoopbackServer,
    loopback_service_account: dict[str, Any],
) -> None:
    profile = work_profile(loopback_server, None)
    run(qtbot, manager.save(profile, json.dumps(loopback_service_account)))
    dialog = open_dialog(qtbot, controller)
    assert dialog.editing() == profile
    assert dialog.widget("bucketEdit").text() == ""  # type: ignore[attr-defined]

    type_into(qtbot, dialog, "bucketEdit", "gs://test-bucket")
    click(qtbot, dialog, "testButton")
    wait_result(qtbot, dialog, "success")
    assert dialog.result_panel.body_text().endswith(
        "Videos and files over 15 MB will be uploaded to the bucket “test-bucket”."
    )
    (check,) = loopback_server.requests_for("gcs.permissions")
    assert check.path == "/storage/v1/b/test-bucket/iam/testPermissions"

    with qtbot.waitSignal(dialog.finished, timeout=10_000):
        click(qtbot, dialog, "saveButton")
    wait_idle(qtbot, controller)
    saved = run(qtbot, manager.active())
    assert saved.id == profile.id and saved.bucket == "test-bucket"
    assert saved.connection().bucket == "test-bucket"

    again = open_dialog(qtbot, controller)
    assert again.editing() == saved
    assert again.widget("bucketEdit").text() == "test-bucket"  # type: ignore[attr-defined]
    assert again.widget("bucketEdit").isVisible()


@pytest.mark.expected_log(r"HTTP 404 from")
def test_a_missing_bucket_reads_as_a_plain_sentence_and_leads_to_the_field(
    qtbot: QtBot,
    controller: ConnectionController,
    manager: ConnectionManager,
    loopback_server: LoopbackServer,
    loopback_service_account: dict[str, Any],
) -> None:
    run(
        qtbot,
        manager.save(
            work_profile(loopback_server, "my-bucket"), json.dumps(loopback_service_account)
        ),
    )
    dialog = open_dialog(qtbot, controller)
    assert dialog.widget("bucketEdit").text() == "my-bucket"  # type: ignore[attr-defined]

    click(qtbot, dialog, "testButton")
    wait_result(qtbot, dialog, "problem")
    panel = dialog.result_panel
    assert panel.title_text() == "The Cloud Storage bucket “my-bucket” does not exist."
    assert panel.body_text() == (
        "Check its name in Connection settings, or create it in the Google Cloud console."
    )
    action = dialog.widget("resultAction")
    assert action.text() == "Check the bucket"  # type: ignore[attr-defined]
    qtbot.mouseClick(action, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.widget("bucketEdit").hasFocus)

    # Typing another name clears the result about the old one.
    type_into(qtbot, dialog, "bucketEdit", "test-bucket")
    assert panel.state == "idle"


def test_a_bucket_the_account_may_not_write_to_names_the_account(
    qtbot: QtBot,
    controller: ConnectionController,
    manager: ConnectionManager,
    loopback_server: LoopbackServer,
    loopback_service_account: dict[str, Any],
) -> None:
    loopback_server.uploads.denied_buckets.add("test-bucket")
    run(
        qtbot,
        manager.save(
            work_profile(loopback_server, "test-bucket"), json.dumps(loopback_service_account)
        ),
    )
    dialog = open_dialog(qtbot, controller)

    click(qtbot, dialog, "testButton")
    wait_result(qtbot, dialog, "problem")
    assert dialog.result_panel.title_text() == (
        "robot@test-project.iam.gserviceaccount.com may not upload files to the Cloud Storage "
        "bucket “test-bucket”."
    )
    assert "Storage Object User role" in dialog.result_panel.body_text()
    assert dialog.widget("resultAction").text() == "Check the bucket"  # type: ignore[attr-defined]
