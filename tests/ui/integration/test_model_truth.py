"""One model truth: the status bar names the model the Settings panel will use, and the
answer's footer the one that answered: the same."""

from __future__ import annotations

from collections.abc import Callable

from tests.loopback.server import Scenario
from tests.ui.integration.helpers import App


def test_the_status_bar_dock_and_footer_name_the_same_model(make_app: Callable[..., App]) -> None:
    app = make_app()
    app.wait_until_started()
    window = app.window
    picker = window.dock.model_picker
    assert picker.model_id() == ""  # the connection's model
    assert window.connection_text() == "Using Studio · gemini-2.5-flash"

    picker.set_model_id("gemini-2.5-pro")
    app.qtbot.waitUntil(lambda: window.connection_text() == "Using Studio · gemini-2.5-pro")

    # Google answers with the version of the model asked for.
    app.server.script(Scenario(text="Pro here.", model_version="gemini-2.5-pro-002"))
    app.ask("Which model are you?")
    [request] = app.server.requests_for("gemini.stream")
    assert "/models/gemini-2.5-pro:" in request.path
    assert app.last_answer().footer.facts_text().startswith("gemini-2.5-pro")

    picker.set_model_id("")
    app.qtbot.waitUntil(lambda: window.connection_text() == "Using Studio · gemini-2.5-flash")
    app.wait_idle()
