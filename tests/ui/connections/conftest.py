"""Fixtures of the connection UI tests: a real ConnectionManager over the in-memory store, a
shown main window, the controller on it, and a browser that consents to Sign in with Google."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QDesktopServices
from pytestqt.qtbot import QtBot

from desktop.services.connections import ConnectionManager
from desktop.services.profile_store import ProfileStore
from desktop.ui.connection_controller import ConnectionController
from desktop.ui.main_window import MainWindow
from tests.loopback import LoopbackServer
from tests.ui.connections.helpers import ConsentingBrowser, run
from tests.ui.url_catcher import UrlCatcher


@pytest.fixture
def gcloud_folder(tmp_path: Path) -> Path:
    """An empty gcloud configuration folder (CLOUDSDK_CONFIG) for this test."""
    folder = tmp_path / "gcloud"
    folder.mkdir()
    return folder


@pytest.fixture
def env(gcloud_folder: Path) -> dict[str, str]:
    """The environment the app sees: no Google variables, gcloud's folder of the test."""
    return {"CLOUDSDK_CONFIG": str(gcloud_folder)}


@pytest.fixture
def manager(qtbot: QtBot, env: dict[str, str]) -> Iterator[ConnectionManager]:
    """A real ConnectionManager over the in-memory store ("this session only")."""
    connections = ConnectionManager(ProfileStore.in_memory(), env)
    yield connections
    run(qtbot, connections.aclose())


@pytest.fixture
def window(qtbot: QtBot) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def browser(loopback_server: LoopbackServer) -> Iterator[ConsentingBrowser]:
    fake = ConsentingBrowser(loopback_server, opens=False)
    yield fake
    fake.join()


@pytest.fixture
def make_controller(
    qtbot: QtBot, window: MainWindow, env: dict[str, str], browser: ConsentingBrowser
) -> Iterator[Callable[[ConnectionManager], ConnectionController]]:
    made: list[ConnectionController] = []

    def make(connections: ConnectionManager) -> ConnectionController:
        controller = ConnectionController(
            connections, window, env=env, open_browser=browser, parent=window
        )
        made.append(controller)
        return controller

    yield make
    for controller in made:
        run(qtbot, controller.aclose())


@pytest.fixture
def controller(
    manager: ConnectionManager, make_controller: Callable[[ConnectionManager], ConnectionController]
) -> ConnectionController:
    return make_controller(manager)


@pytest.fixture
def url_catcher() -> Any:
    catcher = UrlCatcher()
    QDesktopServices.setUrlHandler("https", catcher, "open")
    yield catcher
    QDesktopServices.unsetUrlHandler("https")
