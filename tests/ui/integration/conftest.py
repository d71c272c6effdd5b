"""The whole app on the test loop: AppController built as app.py builds it, over a Gemini API
key profile in memory that points at the loopback server, a history in a temporary folder
and a preferences file of the test's own."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from desktop.app import GuiOptions
from desktop.core.profile import Profile, SignInKind
from desktop.services.connections import ConnectionManager
from desktop.services.history import HistoryStore
from desktop.services.profile_store import ProfileStore
from desktop.ui.app_controller import AppController
from tests.loopback import LoopbackServer
from tests.ui.attachments import samples
from tests.ui.integration.helpers import App, close


@pytest.fixture(autouse=True)
def _quiet_qasync() -> Iterator[None]:
    """qasync logs every callback at DEBUG; whole-app tests run thousands of them."""
    logger = logging.getLogger("qasync")
    level = logger.level
    logger.setLevel(max(level, logging.INFO))
    yield
    logger.setLevel(level)


@pytest.fixture
def profiles(loopback_server: LoopbackServer) -> ProfileStore:
    """One saved connection: a Gemini API key, answered by the loopback server."""
    store = ProfileStore.in_memory()
    studio = Profile.new("Studio", SignInKind.GEMINI_API_KEY, base_url=loopback_server.base_url)
    store.save(studio, "test-api-key")
    return store


@pytest.fixture
def preferences_file(tmp_path: Path) -> Path:
    return tmp_path / "preferences.ini"


@pytest.fixture
def photo(tmp_path: Path) -> Path:
    """A real PNG, 300×200."""
    path = tmp_path / "files" / "garden.png"
    path.parent.mkdir(exist_ok=True)
    samples.write_image(path, 300, 200, "PNG")
    return path


@pytest.fixture
def make_app(
    qtbot: QtBot,
    loopback_server: LoopbackServer,
    profiles: ProfileStore,
    tmp_path: Path,
    preferences_file: Path,
) -> Iterator[Callable[..., App]]:
    """Build and start the app; `make_app(options, store=..., connections=...)`. Closed at the end as the app
    closes: the window, every controller, the history."""
    made: list[App] = []

    def make(
        options: GuiOptions | None = None,
        *,
        store: HistoryStore | None = None,
        connections: ConnectionManager | None = None,
    ) -> App:
        connections = connections or ConnectionManager(profiles, {})
        history = store or HistoryStore.open(tmp_path / "history")
        preferences = QSettings(str(preferences_file), QSettings.Format.IniFormat)
        controller = AppController(
            connections,
            history,
            preferences,
            env={"CLOUDSDK_CONFIG": str(tmp_path / "gcloud")},
            open_browser=lambda url: False,
        )
        app = App(controller, connections, profiles, history, loopback_server, qtbot)
        made.append(app)
        controller.start(options or GuiOptions())
        qtbot.waitExposed(controller.window)
        return app

    yield make
    for app in made:
        close(app)
