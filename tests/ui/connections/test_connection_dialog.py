"""The connection dialog and its controller, against a real ConnectionManager, the loopback
stand-in for Google, real files dropped with real QMimeData, and real google-auth refreshes."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import keyring.backends.fail
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QComboBox, QFileDialog, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from desktop.core.connection import ApiKind
from desktop.core.error_classifier import error_from_response
from desktop.core.profile import Profile, SignInKind
from desktop.services.connections import ConnectionManager
from desktop.services.profile_store import ChunkedKeyring, MemoryKeyring, ProfileStore
from desktop.ui.connection_controller import ConnectionController
from desktop.ui.connections.dialog import ConnectionDialog
from desktop.ui.main_window import MainWindow
from tests.loopback import LoopbackServer
from tests.loopback import oauth as loopback_oauth
from tests.ui.connections.helpers import (
    ConsentingBrowser,
    click,
    desktop_client_file,
    drop_file,
    gemini_key_form,
    open_dialog,
    run,
    show_advanced,
    studio_profile,
    type_into,
    wait_idle,
    wait_result,
)
from tests.ui.url_catcher import UrlCatcher

WRONG_KEY = "AIzaSyWrongWrongWrongWrongWrongWrong12"


# -- The dialog on its own ------------------------------------------------------------------------


def test_the_dialog_only_asks_it_never_starts_work(qtbot: QtBot) -> None:
    dialog = ConnectionDialog(first_run=True)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    type_into(qtbot, dialog, "keyEdit", "AIza-some-key")
    before = asyncio.all_tasks()
    with qtbot.waitSignal(dialog.test_requested, timeout=1000) as asked:
        click(qtbot, dialog, "testButton")
    profile, secret = asked.args
    assert isinstance(profile, Profile) and profile.sign_in is SignInKind.GEMINI_API_KEY
    assert profile.name == "Google AI Studio"
    assert secret == "AIza-some-key"
    assert asyncio.all_tasks() == before
    assert dialog.windowModality() == Qt.WindowModality.WindowModal  # open(), not exec()


def test_each_way_shows_the_fields_it_needs(qtbot: QtBot) -> None:
    dialog = ConnectionDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    shown = {
        SignInKind.GEMINI_API_KEY: {"keyEdit", "modelCombo"},
        SignInKind.VERTEX_EXPRESS_KEY: {"keyEdit", "modelCombo"},
        SignInKind.GOOGLE_CLOUD: {"adcBox", "projectEdit", "locationCombo", "apiCombo"},
        SignInKind.SERVICE_ACCOUNT: {"keyFileZone", "projectEdit", "locationCombo", "apiCombo"},
        SignInKind.GOOGLE_SIGN_IN: {"signInBox", "projectEdit", "locationCombo", "apiCombo"},
        SignInKind.OPENAI_SERVER: {"serverEdit", "keyEdit"},
    }
    for visible in shown.values():
        visible |= {"nameEdit", "modelCombo"}
    every = set().union(*shown.values())
    names = {}
    for kind, visible in shown.items():
        qtbot.mouseClick(dialog.card(kind), Qt.MouseButton.LeftButton)
        assert dialog.current_kind() is kind
        for name in every:
            assert dialog.widget(name).isVisible() == (name in visible), (kind, name)
        names[kind] = dialog.current_profile().name
        # Each card names where to get what it needs, except the OpenAI-compatible one.
        link = dialog.card(kind).link
        assert (link is not None) == (kind is not SignInKind.OPENAI_SERVER)
    assert names[SignInKind.GEMINI_API_KEY] == "Google AI Studio"
    assert names[SignInKind.SERVICE_ACCOUNT] == "Service account"
    assert "aistudio.google.com/apikey" in (dialog.card(SignInKind.GEMINI_API_KEY).link.text())  # type: ignore[union-attr]
    express_link = dialog.card(SignInKind.VERTEX_EXPRESS_KEY).link
    assert express_link is not None
    assert "vertex-ai/studio/settings/api-keys" in express_link.text()


def test_the_key_is_hidden_until_shown(qtbot: QtBot) -> None:
    dialog = ConnectionDialog()
    qtbot.addWidget(dialog)
    key = dialog.widget("keyEdit")
    assert isinstance(key, QLineEdit)
    assert key.echoMode() == QLineEdit.EchoMode.Password
    toggle = key.findChild(QAction, "showKeyAction")
    assert toggle is not None
    toggle.trigger()
    assert key.echoMode() == QLineEdit.EchoMode.Normal
    toggle.trigger()
    assert key.echoMode() == QLineEdit.EchoMode.Password


def test_a_missing_key_is_named_and_focused_instead_of_tested(qtbot: QtBot) -> None:
    dialog = ConnectionDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    with qtbot.assertNotEmitted(dialog.test_requested, wait=50):
        click(qtbot, dialog, "testButton")
    assert dialog.result_panel.state == "note"
    assert dialog.result_panel.text() == "Paste your API key first."
    qtbot.waitUntil(lambda: dialog.widget("keyEdit").hasFocus())


def test_an_openai_server_needs_its_address_and_a_model_name(qtbot: QtBot) -> None:
    dialog = ConnectionDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.mouseClick(dialog.card(SignInKind.OPENAI_SERVER), Qt.MouseButton.LeftButton)
    assert dialog.widget("modelCombo").currentText() == ""  # type: ignore[attr-defined]
    with qtbot.assertNotEmitted(dialog.save_requested, wait=20):
        click(qtbot, dialog, "saveButton")
    assert dialog.result_panel.text().startswith("Enter the server's address first")
    type_into(qtbot, dialog, "serverEdit", "localhost:11434")
    click(qtbot, dialog, "saveButton")
    assert dialog.result_panel.text() == "The server address must start with http:// or https://."
    type_into(qtbot, dialog, "serverEdit", "http://llm.example.lan:11434/v1")
    assert dialog.current_profile().name == "llm.example.lan"
    with qtbot.assertNotEmitted(dialog.save_requested, wait=20):
        click(qtbot, dialog, "saveButton")
    assert dialog.result_panel.text().startswith("Enter the model's name")
    dialog.widget("modelCombo").setEditText("llama3.1")  # type: ignore[attr-defined]
    with qtbot.waitSignal(dialog.save_requested, timeout=1000) as saved:
        click(qtbot, dialog, "saveButton")
    profile, secret = saved.args
    assert (profile.api, profile.base_url, profile.model, secret) == (
        ApiKind.OPENAI,
        "http://llm.example.lan:11434/v1",
        "llama3.1",
        None,
    )
    # A model name the user typed stays when they switch ways.
    qtbot.mouseClick(dialog.card(SignInKind.GEMINI_API_KEY), Qt.MouseButton.LeftButton)
    assert dialog.widget("modelCombo").currentText() == "llama3.1"  # type: ignore[attr-defined]


def test_a_key_of_another_kind_is_named_while_typing(qtbot: QtBot) -> None:
    dialog = ConnectionDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    type_into(qtbot, dialog, "keyEdit", '{"type": "service_account"}')
    note = dialog.widget("keyNote")
    assert note.isVisible()
    assert "content of a key file" in note.text()  # type: ignore[attr-defined]
    type_into(qtbot, dialog, "keyEdit", "AIzaSyAnOrdinaryKeyOfTheRightKind0000000")
    assert not note.isVisible()


def test_service_disabled_offers_the_activation_link(qtbot: QtBot, url_catcher: UrlCatcher) -> None:
    dialog = ConnectionDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    activation = "https://console.developers.google.com/apis/api/aiplatform.googleapis.com/overview?project=42"
    body = {
        "error": {
            "code": 403,
            "status": "PERMISSION_DENIED",
            "message": "Vertex AI API has not been used in project 42 before or it is disabled.",
            "details": [
                {
                    "@type": "type.googleapis.com/google.rpc.ErrorInfo",
                    "reason": "SERVICE_DISABLED",
                    "metadata": {"serviceTitle": "Vertex AI API", "activationUrl": activation},
                }
            ],
        }
    }
    dialog.show_test_failed(error_from_response(403, json.dumps(body)))
    assert dialog.result_panel.state == "problem"
    assert (
        dialog.result_panel.title_text()
        == "Vertex AI API is not turned on for this Google Cloud project."
    )
    assert "Open the link to enable it" in dialog.result_panel.body_text()
    action = dialog.widget("resultAction")
    assert isinstance(action, QPushButton) and action.text() == "Open the page to turn it on"
    qtbot.mouseClick(action, Qt.MouseButton.LeftButton)
    assert url_catcher.urls == [activation]


# -- Test connection against the loopback ---------------------------------------------------------


def test_first_run_opens_the_setup_dialog_when_there_are_no_profiles(
    qtbot: QtBot, controller: ConnectionController
) -> None:
    with qtbot.waitSignal(controller.dialog_opened, timeout=5000) as opened:
        controller.start()
    dialog = opened.args[0]
    assert isinstance(dialog, ConnectionDialog)
    qtbot.waitExposed(dialog)
    wait_idle(qtbot, controller)
    assert dialog.isVisible()
    assert dialog.windowModality() == Qt.WindowModality.WindowModal
    assert dialog.widget("dialogTitle").text() == "Welcome to Gemini Desktop"  # type: ignore[attr-defined]
    assert dialog.current_kind() is SignInKind.GEMINI_API_KEY
    assert dialog.editing() is None


def test_test_connection_lists_the_models(
    qtbot: QtBot, controller: ConnectionController, loopback_server: LoopbackServer
) -> None:
    dialog = open_dialog(qtbot, controller, first_run=True)
    gemini_key_form(qtbot, dialog, loopback_server, "test-api-key")
    click(qtbot, dialog, "testButton")
    wait_result(qtbot, dialog, "success")

    # The chat models only: Imagen, Veo, embeddings, speech and live models are left out.
    expected = loopback_server.models[:8]
    assert dialog.result_panel.title_text() == f"Connected: {len(expected)} models available."
    combo = dialog.widget("modelCombo")
    assert isinstance(combo, QComboBox)
    assert [combo.itemText(i) for i in range(combo.count())] == expected
    assert combo.currentText() == "gemini-3.8-flash", "the newest stable Flash listed"
    # The list is searchable: any part of a name finds it.
    completer = combo.completer()
    assert completer is not None and completer.filterMode() == Qt.MatchFlag.MatchContains
    assert [r.route for r in loopback_server.requests] == [
        "gemini.models",
        "gemini.count",
    ]  # the chosen model is tried too
    assert loopback_server.requests[0].headers["x-goog-api-key"] == "test-api-key"


@pytest.mark.expected_log(r"HTTP 400 from")
def test_a_wrong_key_says_so_and_its_button_goes_to_the_key(
    qtbot: QtBot, controller: ConnectionController, loopback_server: LoopbackServer
) -> None:
    dialog = open_dialog(qtbot, controller)
    gemini_key_form(qtbot, dialog, loopback_server, WRONG_KEY)
    click(qtbot, dialog, "testButton")
    wait_result(qtbot, dialog, "problem")

    assert dialog.result_panel.title_text() == "Google did not accept the API key."
    assert "create a new one in Google AI Studio" in dialog.result_panel.body_text()
    assert "needs a Gemini API key from Google AI Studio" in dialog.result_panel.body_text()
    action = dialog.widget("resultAction")
    assert action.text() == "Check the key"  # type: ignore[attr-defined]
    dialog.widget("nameEdit").setFocus()
    qtbot.mouseClick(action, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.widget("keyEdit").hasFocus())
    # Typing another key clears a result that was about the old one.
    qtbot.keyClicks(dialog.widget("keyEdit"), "x")
    assert dialog.result_panel.state == "idle"


def test_an_aq_key_in_the_gemini_way_is_taken_as_it_is(
    qtbot: QtBot,
    controller: ConnectionController,
    manager: ConnectionManager,
    loopback_server: LoopbackServer,
) -> None:
    # AI Studio's newer keys start with "AQ.", as Vertex AI express keys do: no guess from it.
    key = "AQ.Ab8RN6IamANewerAIStudioKey"
    loopback_server.api_keys.add(key)
    dialog = open_dialog(qtbot, controller)
    gemini_key_form(qtbot, dialog, loopback_server, key)
    assert not dialog.widget("keyNote").isVisible()
    assert "“AQ.”" in dialog.widget("kindHelp").text()  # type: ignore[attr-defined]
    assert "“AIza”" in dialog.widget("kindHelp").text()  # type: ignore[attr-defined]
    click(qtbot, dialog, "testButton")
    wait_result(qtbot, dialog, "success")
    assert "Vertex" not in dialog.result_panel.body_text()

    type_into(qtbot, dialog, "nameEdit", "New AI Studio key")
    with qtbot.waitSignal(dialog.finished, timeout=10_000):
        click(qtbot, dialog, "saveButton")
    wait_idle(qtbot, controller)
    active = run(qtbot, manager.active())
    assert active is not None and active.sign_in is SignInKind.GEMINI_API_KEY
    assert run(qtbot, manager.secret_of(active)) == key


@pytest.mark.expected_log(r"HTTP 400 from")
def test_a_refused_aq_key_in_the_gemini_way_offers_no_other_way(
    qtbot: QtBot, controller: ConnectionController, loopback_server: LoopbackServer
) -> None:
    dialog = open_dialog(qtbot, controller)
    gemini_key_form(qtbot, dialog, loopback_server, "AQ.Ab8RN6IamAVertexExpressKey")
    click(qtbot, dialog, "testButton")
    wait_result(qtbot, dialog, "problem")

    assert dialog.result_panel.title_text() == "Google did not accept the API key."
    assert "looks like a Vertex AI key" not in dialog.result_panel.body_text()
    assert dialog.widget("resultAction").text() == "Check the key"  # type: ignore[attr-defined]
    assert dialog.current_kind() is SignInKind.GEMINI_API_KEY


# -- Saving ---------------------------------------------------------------------------------------


def test_saving_makes_the_profile_active_and_it_appears_in_the_switcher(
    qtbot: QtBot,
    controller: ConnectionController,
    manager: ConnectionManager,
    window: MainWindow,
    loopback_server: LoopbackServer,
) -> None:
    dialog = open_dialog(qtbot, controller, first_run=True)
    gemini_key_form(qtbot, dialog, loopback_server, "test-api-key")
    type_into(qtbot, dialog, "nameEdit", "My Gemini")
    with qtbot.waitSignal(dialog.finished, timeout=10_000):
        click(qtbot, dialog, "saveButton")
    wait_idle(qtbot, controller)

    active = run(qtbot, manager.active())
    assert active is not None and active.name == "My Gemini"
    assert active.base_url == loopback_server.base_url
    assert run(qtbot, manager.secret_of(active)) == "test-api-key"
    switcher = window.profile_switcher
    assert switcher.isEnabled()
    assert [switcher.itemText(i) for i in range(switcher.count())] == ["My Gemini"]
    assert switcher.currentText() == "My Gemini"
    assert window.connection_text() == "Using My Gemini · gemini-2.5-flash"
    assert controller.dialog is None


def test_editing_keeps_the_saved_key_and_tests_with_it(
    qtbot: QtBot,
    controller: ConnectionController,
    manager: ConnectionManager,
    loopback_server: LoopbackServer,
) -> None:
    saved = studio_profile(loopback_server)
    run(qtbot, manager.save(saved, "test-api-key"))
    dialog = open_dialog(qtbot, controller)

    assert dialog.editing() == saved
    assert dialog.widget("savedProfiles").currentText() == "AI Studio"  # type: ignore[attr-defined]
    key = dialog.widget("keyEdit")
    assert key.text() == "" and "saved in your password store" in key.placeholderText()  # type: ignore[attr-defined]
    click(qtbot, dialog, "testButton")  # no key typed: the saved one is used
    wait_result(qtbot, dialog, "success")

    dialog.widget("modelCombo").setEditText("gemini-2.5-pro")  # type: ignore[attr-defined]
    with qtbot.waitSignal(dialog.finished, timeout=10_000):
        click(qtbot, dialog, "saveButton")
    wait_idle(qtbot, controller)
    (profile,) = run(qtbot, manager.profiles())
    assert profile.id == saved.id and profile.model == "gemini-2.5-pro"
    assert run(qtbot, manager.secret_of(profile)) == "test-api-key"


def test_deleting_a_profile_removes_it_and_its_key(
    qtbot: QtBot,
    controller: ConnectionController,
    manager: ConnectionManager,
    window: MainWindow,
    loopback_server: LoopbackServer,
) -> None:
    first, second = studio_profile(loopback_server), studio_profile(loopback_server, "Second")
    run(qtbot, manager.save(first, "test-api-key"))
    run(qtbot, manager.save(second, "second-key"))
    dialog = open_dialog(qtbot, controller)
    assert dialog.editing() == first

    click(qtbot, dialog, "deleteProfileButton")
    assert dialog.result_panel.title_text() == "Delete “AI Studio”?"
    click(qtbot, dialog, "resultAction")
    wait_idle(qtbot, controller)

    assert [p.name for p in run(qtbot, manager.profiles())] == ["Second"]
    assert manager.store.secret(first.id) is None
    assert dialog.editing() == second
    switcher = window.profile_switcher
    assert [switcher.itemText(i) for i in range(switcher.count())] == ["Second"]


@pytest.mark.expected_log(r"The keyring is not usable", r"Could not save profile")
def test_without_a_keyring_save_offers_this_session_only_and_then_works(
    qtbot: QtBot,
    make_controller: Any,
    env: dict[str, str],
    window: MainWindow,
    loopback_server: LoopbackServer,
) -> None:
    no_keyring = ProfileStore(ChunkedKeyring(keyring.backends.fail.Keyring()))
    connections = ConnectionManager(no_keyring, env)
    controller = make_controller(connections)
    with qtbot.waitSignal(controller.dialog_opened, timeout=5000) as opened:
        controller.start()  # no profiles can be read: the setup dialog opens all the same
    dialog = opened.args[0]
    wait_idle(qtbot, controller)
    assert "no password store" in window.notice_text()

    gemini_key_form(qtbot, dialog, loopback_server, "test-api-key")
    click(qtbot, dialog, "saveButton")
    wait_result(qtbot, dialog, "problem")
    assert dialog.result_panel.title_text().startswith("This computer has no password store")
    assert "install GNOME Keyring or KWallet" in dialog.result_panel.body_text()
    action = dialog.widget("resultAction")
    assert action.text() == "Use for this session only"  # type: ignore[attr-defined]

    with qtbot.waitSignal(dialog.finished, timeout=10_000):
        qtbot.mouseClick(action, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, controller)

    assert connections.store.session_only
    active = run(qtbot, connections.active())
    assert active is not None and active.name == "Google AI Studio"
    assert run(qtbot, connections.secret_of(active)) == "test-api-key"
    assert window.profile_switcher.currentText() == "Google AI Studio"
    assert "for this session only" in window.notice_text()
    run(qtbot, connections.aclose())


# -- Key files ------------------------------------------------------------------------------------


def test_a_dropped_service_account_file_fills_the_project_and_can_be_deleted_after_saving(
    qtbot: QtBot,
    make_controller: Any,
    env: dict[str, str],
    loopback_server: LoopbackServer,
    loopback_service_account: dict[str, Any],
    tmp_path: Path,
) -> None:
    # A lasting store (a keyring in memory, as the system one would keep it).
    manager = ConnectionManager(ProfileStore(ChunkedKeyring(MemoryKeyring())), env)
    controller = make_controller(manager)
    key_file = tmp_path / "test-project-1a2b3c.json"
    key_file.write_text(json.dumps(loopback_service_account), encoding="utf-8")
    dialog = open_dialog(qtbot, controller, first_run=True)
    assert dialog.current_kind() is SignInKind.GEMINI_API_KEY

    drop_file(dialog, key_file)  # anywhere on the dialog
    project = dialog.widget("projectEdit")
    qtbot.waitUntil(lambda: project.text() == "test-project")  # type: ignore[attr-defined]
    assert dialog.current_kind() is SignInKind.SERVICE_ACCOUNT
    zone = dialog.widget("keyFileZone")
    assert zone.title_text() == "test-project-1a2b3c.json"  # type: ignore[attr-defined]
    assert loopback_service_account["client_email"] in zone.detail_text()  # type: ignore[attr-defined]
    assert dialog.current_profile().name == "Service account · test-project"

    show_advanced(qtbot, dialog)
    type_into(qtbot, dialog, "endpointEdit", loopback_server.base_url)
    click(qtbot, dialog, "testButton")
    wait_result(qtbot, dialog, "success")
    assert loopback_server.token_requests[0]["grant_type"].endswith("jwt-bearer")
    assert [r.route for r in loopback_server.requests if r.route != "token"] == [
        "vertex.models",
        "vertex.count",
    ]

    click(qtbot, dialog, "saveButton")
    qtbot.waitUntil(dialog.showing_done_page, timeout=10_000)
    assert dialog.isVisible()
    assert dialog.widget("originalFilePath").text() == str(key_file)  # type: ignore[attr-defined]
    saved = run(qtbot, manager.active())
    assert saved.account == loopback_service_account["client_email"]
    assert json.loads(run(qtbot, manager.secret_of(saved))) == loopback_service_account

    click(qtbot, dialog, "deleteOriginalButton")
    qtbot.waitUntil(lambda: not key_file.exists())
    status = dialog.widget("originalFileStatus")
    qtbot.waitUntil(status.isVisible)
    assert "Deleted" in status.text()  # type: ignore[attr-defined]
    with qtbot.waitSignal(dialog.finished, timeout=2000):
        click(qtbot, dialog, "doneButton")
    run(qtbot, manager.aclose())


def test_a_key_kept_for_this_session_only_never_offers_to_delete_its_file(
    qtbot: QtBot,
    controller: ConnectionController,
    manager: ConnectionManager,
    loopback_service_account: dict[str, Any],
    tmp_path: Path,
) -> None:
    assert manager.store.session_only
    key_file = tmp_path / "key.json"
    key_file.write_text(json.dumps(loopback_service_account), encoding="utf-8")
    dialog = open_dialog(qtbot, controller, first_run=True)
    drop_file(dialog, key_file)
    qtbot.waitUntil(lambda: dialog.widget("projectEdit").text() == "test-project")  # type: ignore[attr-defined]
    with qtbot.waitSignal(dialog.finished, timeout=10_000):
        click(qtbot, dialog, "saveButton")
    assert not dialog.showing_done_page()
    assert key_file.exists()


# Qt's own file dialog asks the offscreen platform for something it cannot do.
@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_the_key_file_can_be_chosen_in_a_file_dialog(
    qtbot: QtBot,
    controller: ConnectionController,
    loopback_service_account: dict[str, Any],
    tmp_path: Path,
) -> None:
    key_file = tmp_path / "key.json"
    key_file.write_text(json.dumps(loopback_service_account), encoding="utf-8")
    dialog = open_dialog(qtbot, controller)
    qtbot.mouseClick(dialog.card(SignInKind.SERVICE_ACCOUNT), Qt.MouseButton.LeftButton)
    click(qtbot, dialog, "chooseFileButton")
    picker = dialog.findChild(QFileDialog, "keyFileDialog")
    assert picker is not None and picker.isVisible()
    assert picker.windowModality() == Qt.WindowModality.WindowModal  # opened with open()
    picker.selectFile(str(key_file))
    picker.accept()
    qtbot.waitUntil(lambda: dialog.widget("projectEdit").text() == "test-project")  # type: ignore[attr-defined]


def test_a_file_of_the_wrong_kind_is_explained(
    qtbot: QtBot, controller: ConnectionController, tmp_path: Path
) -> None:
    gcloud_login = tmp_path / "application_default_credentials.json"
    gcloud_login.write_text(
        json.dumps({"type": "authorized_user", "refresh_token": "1//x", "client_id": "c"}),
        encoding="utf-8",
    )
    dialog = open_dialog(qtbot, controller)
    qtbot.mouseClick(dialog.card(SignInKind.SERVICE_ACCOUNT), Qt.MouseButton.LeftButton)
    drop_file(dialog.widget("keyFileZone"), gcloud_login)
    wait_result(qtbot, dialog, "problem")
    assert (
        "holds a personal Google sign-in, not a service-account key" in dialog.result_panel.text()
    )
    assert "Google Cloud (gcloud)" in dialog.result_panel.body_text()
    assert dialog.widget("resultAction").text() == "Choose another file"  # type: ignore[attr-defined]


# -- Google Cloud with gcloud ---------------------------------------------------------------------


def test_gcloud_sign_in_is_found_and_a_missing_quota_project_is_explained(
    qtbot: QtBot, controller: ConnectionController, gcloud_folder: Path
) -> None:
    (gcloud_folder / "application_default_credentials.json").write_text(
        json.dumps(
            {
                "type": "authorized_user",
                "client_id": "764086051850-x.apps.googleusercontent.com",
                "client_secret": "d-FL95Q19q7MQmFpd7hHD0Ty",
                "refresh_token": "1//not-used-here",
            }
        ),
        encoding="utf-8",
    )
    (gcloud_folder / "configurations").mkdir()
    (gcloud_folder / "configurations" / "config_default").write_text(
        "[core]\naccount = ada@example.com\nproject = lovelace-42\n", encoding="utf-8"
    )
    dialog = open_dialog(qtbot, controller)
    qtbot.mouseClick(dialog.card(SignInKind.GOOGLE_CLOUD), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Found a sign-in" in dialog.adc_text(), timeout=5000)

    text = dialog.adc_text()
    assert "ada@example.com" in text
    assert "your Google account, signed in with gcloud" in text
    assert "Project: lovelace-42" in text
    assert "“quota exceeded” or “API not enabled”" in text
    assert "gcloud auth application-default set-quota-project lovelace-42" in text
    assert dialog.widget("projectEdit").text() == "lovelace-42"  # type: ignore[attr-defined]
    assert dialog.current_profile().account == "ada@example.com"


def test_no_gcloud_sign_in_says_how_to_make_one(
    qtbot: QtBot, controller: ConnectionController
) -> None:
    dialog = open_dialog(qtbot, controller)
    qtbot.mouseClick(dialog.card(SignInKind.GOOGLE_CLOUD), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "No gcloud sign-in" in dialog.adc_text(), timeout=5000)
    assert "gcloud auth application-default login" in dialog.adc_text()


# -- Sign in with Google --------------------------------------------------------------------------


def test_sign_in_with_google_from_a_dropped_client_file(
    qtbot: QtBot,
    controller: ConnectionController,
    manager: ConnectionManager,
    browser: ConsentingBrowser,
    loopback_server: LoopbackServer,
    tmp_path: Path,
) -> None:
    dialog = open_dialog(qtbot, controller, first_run=True)
    drop_file(dialog, desktop_client_file(loopback_server, tmp_path))
    sign_in_button = dialog.widget("signInButton")
    qtbot.waitUntil(sign_in_button.isEnabled)
    assert dialog.current_kind() is SignInKind.GOOGLE_SIGN_IN

    click(qtbot, dialog, "signInButton")
    qtbot.waitUntil(
        lambda: "Signed in as " + loopback_oauth.DEFAULT_EMAIL in dialog.sign_in_status_text(),
        timeout=10_000,
    )
    assert len(browser.urls) == 1
    assert "You are signed in." in browser.page or browser.page == ""
    assert dialog.current_profile().name == loopback_oauth.DEFAULT_EMAIL

    type_into(qtbot, dialog, "projectEdit", "test-project")
    show_advanced(qtbot, dialog)
    type_into(qtbot, dialog, "endpointEdit", loopback_server.base_url)
    click(qtbot, dialog, "testButton")
    wait_result(qtbot, dialog, "success")  # a real refresh-token grant at the loopback

    with qtbot.waitSignal(dialog.finished, timeout=10_000):
        click(qtbot, dialog, "saveButton")
    wait_idle(qtbot, controller)
    saved = run(qtbot, manager.active())
    assert saved.sign_in is SignInKind.GOOGLE_SIGN_IN
    assert saved.account == loopback_oauth.DEFAULT_EMAIL
    secret = json.loads(run(qtbot, manager.secret_of(saved)))
    assert secret["type"] == "authorized_user"
    assert secret["refresh_token"] in loopback_server.refresh_tokens
    assert secret["token_uri"] == f"{loopback_server.base_url}/token"


def test_when_no_browser_opens_the_link_is_there_to_copy_and_waiting_can_stop(
    qtbot: QtBot,
    controller: ConnectionController,
    browser: ConsentingBrowser,
    loopback_server: LoopbackServer,
    tmp_path: Path,
) -> None:
    browser.redirect = False  # nobody completes the sign-in
    dialog = open_dialog(qtbot, controller)
    qtbot.mouseClick(dialog.card(SignInKind.GOOGLE_SIGN_IN), Qt.MouseButton.LeftButton)
    drop_file(dialog.widget("clientFileZone"), desktop_client_file(loopback_server, tmp_path))
    qtbot.waitUntil(dialog.widget("signInButton").isEnabled)
    click(qtbot, dialog, "signInButton")
    qtbot.waitUntil(lambda: bool(dialog.sign_in_link()), timeout=5000)

    assert dialog.sign_in_link() == browser.urls[0]
    assert dialog.sign_in_link().startswith(f"{loopback_server.base_url}/o/oauth2/auth?")
    caption = dialog.widget("signInLinkCaption").text()  # type: ignore[attr-defined]
    assert "could not be opened" in caption
    click(qtbot, dialog, "copyLinkButton")
    assert QApplication.clipboard().text() == browser.urls[0]

    assert dialog.widget("signInButton").text() == "Stop waiting"  # type: ignore[attr-defined]
    click(qtbot, dialog, "signInButton")
    wait_idle(qtbot, controller)
    assert not dialog.is_signing_in()
    assert dialog.sign_in_link() == ""
    assert dialog.widget("signInButton").text() == "Sign in with Google"  # type: ignore[attr-defined]


def test_cancel_while_signing_in_stops_the_sign_in(
    qtbot: QtBot,
    controller: ConnectionController,
    browser: ConsentingBrowser,
    loopback_server: LoopbackServer,
    tmp_path: Path,
) -> None:
    browser.redirect = False
    dialog = open_dialog(qtbot, controller)
    drop_file(dialog, desktop_client_file(loopback_server, tmp_path))
    qtbot.waitUntil(dialog.widget("signInButton").isEnabled)
    click(qtbot, dialog, "signInButton")
    qtbot.waitUntil(lambda: bool(dialog.sign_in_link()), timeout=5000)
    task = controller.tasks[-1].task
    assert task is not None and not task.done()
    with qtbot.waitSignal(dialog.finished, timeout=2000):
        click(qtbot, dialog, "cancelButton")
    qtbot.waitUntil(task.done)
    assert task.cancelled()
    assert controller.dialog is None
