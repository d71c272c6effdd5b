"""Describe a folder in the whole app against the loopback server: the rows of the photos on
their way say "Sending now" (with the accent's mark), one the server turned away says
"Waiting to retry", and every row says "Done" once answered."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.services.history.batches import ItemStatus
from desktop.ui.batch.items_model import PAINT_ROLE, STATUS, Activity, Mark
from tests.loopback import Scenario
from tests.ui.integration.helpers import App
from tests.ui.integration.test_batch_window import (
    TIMEOUT,
    choose,
    photo_folder,
    start,
    wait_finished,
)


def statuses(session: object) -> list[str]:
    model = session.model  # type: ignore[attr-defined]
    return [model.index(row, STATUS).data() for row in range(model.rowCount())]


def test_the_photos_on_their_way_say_sending_now_until_answered(
    make_app: Callable[..., App], qtbot: QtBot, tmp_path: Path
) -> None:
    photo_folder(tmp_path / "shoot", 8)
    app = make_app()
    app.server.script_always(Scenario(text="A slow answer", chunks=4, drip_delay=0.15))
    dialog = choose(app, qtbot, tmp_path / "shoot")
    session = start(app, qtbot, dialog)
    model = session.model
    # Four at a time to begin with: four rows are on their way, the rest wait.
    qtbot.waitUntil(lambda: statuses(session).count("Sending now") == 4, timeout=TIMEOUT)
    sending = [r for r in range(model.rowCount()) if model.activity(r) is Activity.SENDING]
    assert len(sending) == 4
    assert all(model.item(r).status is ItemStatus.PENDING for r in sending)
    assert model.index(sending[0], STATUS).data(PAINT_ROLE)[2] is Mark.SENDING
    assert statuses(session).count("Waiting") == 4
    wait_finished(qtbot, session)
    assert statuses(session)[:8] == ["Done"] * 8
    assert all(model.activity(r) is None for r in range(model.rowCount()))


@pytest.mark.expected_log(r"HTTP 429 from", r"Attempt 1 failed")
def test_a_photo_turned_away_says_waiting_to_retry_then_goes_again(
    make_app: Callable[..., App], qtbot: QtBot, tmp_path: Path
) -> None:
    photo_folder(tmp_path / "one", 1)
    app = make_app()
    app.server.script(
        Scenario.rate_limited("1.5s"), Scenario(text="A heron", chunks=4, drip_delay=0.15)
    )
    dialog = choose(app, qtbot, tmp_path / "one")
    session = start(app, qtbot, dialog)
    model = session.model
    qtbot.waitUntil(lambda: statuses(session)[0] == "Waiting to retry", timeout=TIMEOUT)
    assert model.index(0, STATUS).data(PAINT_ROLE)[2] is Mark.WAITING_TO_RETRY
    assert "goes again" in model.index(0, STATUS).data(Qt.ItemDataRole.ToolTipRole)
    qtbot.waitUntil(lambda: statuses(session)[0] == "Sending now", timeout=TIMEOUT)
    wait_finished(qtbot, session)
    assert statuses(session)[0] == "Done"
    assert len(app.server.requests_for("gemini.stream")) == 2
