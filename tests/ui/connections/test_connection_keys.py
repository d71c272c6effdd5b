"""The refusals a pasted key can get, in the connection dialog, against the loopback's copies
of Google's replies: each reads as one sentence with one button, and a key the other key
service takes is offered there."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.core.profile import SignInKind
from desktop.services.connections import ConnectionManager
from desktop.ui.connection_controller import ConnectionController
from desktop.ui.connections.dialog import ConnectionDialog
from tests.loopback import LoopbackServer, Scenario
from tests.loopback import auth as loopback_auth
from tests.ui.connections.helpers import (
    click,
    gemini_key_form,
    open_dialog,
    run,
    type_into,
    wait_idle,
    wait_result,
)
from tests.ui.url_catcher import UrlCatcher

RETIRED = "AIzaSyRetiredStandardKeyFromLastYear0"
RESTRICTED = "AIzaSyRestrictedToMapsOnly0000000000"
EXPRESS = "AQ.Ab8RN6VertexExpressKeyForTests"
STUDIO = "AQ.Ab8RN6AIStudioAuthKeyForTests"
MODELS = "Connected: 8 models available."


@pytest.fixture
def keys(loopback_server: LoopbackServer) -> LoopbackServer:
    loopback_server.keys.retired.add(RETIRED)
    loopback_server.keys.restricted.add(RESTRICTED)
    loopback_server.keys.express.add(EXPRESS)
    loopback_server.keys.gemini.add(STUDIO)
    return loopback_server


def express_key_form(
    qtbot: QtBot, dialog: ConnectionDialog, server: LoopbackServer, key: str
) -> None:
    gemini_key_form(qtbot, dialog, server, key)  # the key and endpoint rows are shared
    qtbot.mouseClick(dialog.card(SignInKind.VERTEX_EXPRESS_KEY), Qt.MouseButton.LeftButton)
    assert dialog.widget("keyEdit").text() == key  # type: ignore[attr-defined]


def press_test(qtbot: QtBot, dialog: ConnectionDialog, state: str) -> str:
    click(qtbot, dialog, "testButton")
    wait_result(qtbot, dialog, state)
    return dialog.result_panel.title_text()


def action_text(dialog: ConnectionDialog) -> str:
    return dialog.widget("resultAction").text()  # type: ignore[attr-defined]


@pytest.mark.expected_log(r"HTTP 401 from")
def test_a_retired_standard_key_says_so_and_links_to_ai_studio(
    qtbot: QtBot, controller: ConnectionController, keys: LoopbackServer, url_catcher: UrlCatcher
) -> None:
    dialog = open_dialog(qtbot, controller)
    gemini_key_form(qtbot, dialog, keys, RETIRED)

    assert press_test(qtbot, dialog, "problem") == (
        "Google no longer accepts this older kind of key: create a new key in AI Studio."
    )
    assert "start with “AQ.”" in dialog.result_panel.body_text()
    # Vertex AI express was asked too (it refused the key): no offer to switch.
    assert [r.route for r in keys.requests] == ["gemini.models", "vertex.models"]
    assert "This way needs" not in dialog.result_panel.body_text()  # not a mistyped key
    assert action_text(dialog) == "Create a new key"
    click(qtbot, dialog, "resultAction")
    assert url_catcher.urls == ["https://aistudio.google.com/apikey"]


@pytest.mark.expected_log(r"HTTP 403 from")
def test_a_key_limited_to_other_apis_links_to_its_restrictions(
    qtbot: QtBot, controller: ConnectionController, keys: LoopbackServer, url_catcher: UrlCatcher
) -> None:
    dialog = open_dialog(qtbot, controller)
    gemini_key_form(qtbot, dialog, keys, RESTRICTED)

    assert press_test(qtbot, dialog, "problem") == (
        "This API key is limited to other Google services, not the Gemini API."
    )
    assert "“Generative Language API”" in dialog.result_panel.body_text()
    assert action_text(dialog) == "Open the key's restrictions"
    click(qtbot, dialog, "resultAction")
    assert url_catcher.urls == ["https://console.cloud.google.com/apis/credentials"]


@pytest.mark.expected_log(r"HTTP 401 from")
def test_an_express_key_under_gemini_api_is_offered_as_an_express_key(
    qtbot: QtBot,
    controller: ConnectionController,
    manager: ConnectionManager,
    keys: LoopbackServer,
) -> None:
    dialog = open_dialog(qtbot, controller)
    gemini_key_form(qtbot, dialog, keys, EXPRESS)

    assert press_test(qtbot, dialog, "note") == (
        "The Gemini API did not take this key, but Vertex AI express did: it is a Vertex AI "
        "express key."
    )
    assert [r.route for r in keys.requests] == ["gemini.models", "vertex.models", "express.count"]
    assert action_text(dialog) == "Use it as “Vertex AI express key”"
    assert dialog.current_kind() is SignInKind.GEMINI_API_KEY  # nothing changes unasked

    click(qtbot, dialog, "resultAction")
    assert dialog.current_kind() is SignInKind.VERTEX_EXPRESS_KEY
    assert dialog.result_panel.state == "success" and dialog.result_panel.title_text() == MODELS
    assert dialog.widget("keyEdit").text() == EXPRESS  # type: ignore[attr-defined]
    type_into(qtbot, dialog, "nameEdit", "Express")
    with qtbot.waitSignal(dialog.finished, timeout=10_000):
        click(qtbot, dialog, "saveButton")
    wait_idle(qtbot, controller)
    active = run(qtbot, manager.active())
    assert active is not None and active.sign_in is SignInKind.VERTEX_EXPRESS_KEY
    assert run(qtbot, manager.secret_of(active)) == EXPRESS


@pytest.mark.expected_log(r"HTTP 401 from")
def test_an_ai_studio_key_under_express_is_offered_as_a_gemini_api_key(
    qtbot: QtBot, controller: ConnectionController, keys: LoopbackServer
) -> None:
    dialog = open_dialog(qtbot, controller)
    express_key_form(qtbot, dialog, keys, STUDIO)

    assert press_test(qtbot, dialog, "note") == (
        "Vertex AI express did not take this key, but the Gemini API did: it is a Gemini API key."
    )
    click(qtbot, dialog, "resultAction")
    assert dialog.current_kind() is SignInKind.GEMINI_API_KEY
    assert dialog.result_panel.title_text() == MODELS


@pytest.mark.expected_log(r"HTTP 401 from")
def test_a_key_neither_service_takes_as_a_key_names_the_wrong_kind(
    qtbot: QtBot, controller: ConnectionController, keys: LoopbackServer
) -> None:
    gemini_method = "google.ai.generativelanguage.v1beta.ModelService.ListModels"
    keys.script_model_list(
        Scenario(
            status=401,
            error=loopback_auth.key_type_unsupported(
                "generativelanguage.googleapis.com", gemini_method
            ),
        ),
        Scenario(
            status=401,
            error=loopback_auth.api_keys_unsupported(
                "aiplatform.googleapis.com", "ModelGardenService.ListPublisherModels"
            ),
        ),
    )
    dialog = open_dialog(qtbot, controller)
    gemini_key_form(qtbot, dialog, keys, "test-api-key")  # the refusals are scripted

    assert press_test(qtbot, dialog, "problem") == (
        "The Gemini API does not take this kind of key."
    )
    assert "It may be a Vertex AI express key" in dialog.result_panel.body_text()
    assert action_text(dialog) == "Check the key"


@pytest.mark.expected_log(r"HTTP 400 from")
def test_an_invalid_express_key_says_which_service_refused_it(
    qtbot: QtBot, controller: ConnectionController, keys: LoopbackServer
) -> None:
    dialog = open_dialog(qtbot, controller)
    express_key_form(qtbot, dialog, keys, "AQ.Ab8RN6NobodyKnowsThisKey")

    assert press_test(qtbot, dialog, "problem") == "Vertex AI did not accept the API key."
    assert "Vertex AI Studio settings" in dialog.result_panel.body_text()
    assert [r.route for r in keys.requests] == ["vertex.models", "gemini.models"]
    assert action_text(dialog) == "Check the key"


@pytest.mark.expected_log(r"HTTP 400 from")
def test_a_key_and_a_sign_in_together_is_not_tried_elsewhere(
    qtbot: QtBot, controller: ConnectionController, keys: LoopbackServer
) -> None:
    keys.script_model_list(Scenario(status=400, error=loopback_auth.multiple_credentials()))
    dialog = open_dialog(qtbot, controller)
    gemini_key_form(qtbot, dialog, keys, "test-api-key")

    assert press_test(qtbot, dialog, "problem") == (
        "Google received an API key and a sign-in together, and takes only one of them."
    )
    assert [r.route for r in keys.requests] == ["gemini.models"]
    assert "authorization" not in keys.requests[0].headers
    assert action_text(dialog) == "Check the endpoint"
    click(qtbot, dialog, "resultAction")
    qtbot.waitUntil(lambda: dialog.widget("endpointEdit").hasFocus())
