"""Helpers of the connection UI tests: running coroutines while Qt spins, real drag and drop,
real clicks and typing, and a browser that consents."""

from __future__ import annotations

import asyncio
import json
import threading
import urllib.request
from collections.abc import Coroutine
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from desktop.core.profile import Profile, SignInKind
from desktop.ui.connection_controller import ConnectionController
from desktop.ui.connections.dialog import ConnectionDialog
from tests.loopback import LoopbackServer

OAUTH_CLIENT_ID = "123456789-loopback.apps.googleusercontent.com"
OAUTH_CLIENT_SECRET = "GOCSPX-loopback-client-secret"


def run(qtbot: QtBot, coro: Coroutine[Any, Any, Any], timeout: int = 10_000) -> Any:
    """Run a coroutine on the shared qasync loop while Qt spins; its result."""
    future = asyncio.ensure_future(coro)
    qtbot.waitUntil(future.done, timeout=timeout)
    return future.result()


def wait_idle(qtbot: QtBot, controller: ConnectionController, timeout: int = 10_000) -> None:
    qtbot.waitUntil(
        lambda: not any(holder.is_running() for holder in controller.tasks), timeout=timeout
    )


def open_dialog(
    qtbot: QtBot, controller: ConnectionController, *, first_run: bool = False
) -> ConnectionDialog:
    dialog = controller.open_settings(first_run=first_run)
    qtbot.waitExposed(dialog)
    wait_idle(qtbot, controller)
    return dialog


def drop_file(target: QWidget, path: Path) -> None:
    """Drag `path` over `target` and drop it, with real QMimeData carrying a file URL."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    center = target.rect().center()
    enter = QDragEnterEvent(
        QPoint(center),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(target, enter)
    assert enter.isAccepted(), "the drop target refused the file"
    drop = QDropEvent(
        QPointF(center),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(target, drop)
    assert drop.isAccepted(), "the drop was not taken"


def studio_profile(server: LoopbackServer, name: str = "AI Studio") -> Profile:
    return Profile.new(name, SignInKind.GEMINI_API_KEY, base_url=server.base_url)


def desktop_client_file(server: LoopbackServer, folder: Path) -> Path:
    """A Desktop app OAuth client file, as Cloud Console downloads it, aimed at the loopback."""
    path = folder / f"client_secret_{OAUTH_CLIENT_ID}.json"
    path.write_text(
        json.dumps(
            {
                "installed": {
                    "client_id": OAUTH_CLIENT_ID,
                    "project_id": "test-project",
                    "auth_uri": f"{server.base_url}/o/oauth2/auth",
                    "token_uri": f"{server.base_url}/token",
                    "client_secret": OAUTH_CLIENT_SECRET,
                    "redirect_uris": ["http://localhost"],
                }
            }
        ),
        encoding="utf-8",
    )
    return path


class ConsentingBrowser:
    """Plays the browser and Google's consent page: mints a code at the loopback for the
    authorization URL it is given and, from a thread, follows the redirect to the app."""

    def __init__(self, server: LoopbackServer, *, opens: bool, redirect: bool = True) -> None:
        self.server = server
        self.opens = opens
        self.redirect = redirect
        self.urls: list[str] = []
        self.page = ""
        self._threads: list[threading.Thread] = []

    def __call__(self, url: str) -> bool:
        self.urls.append(url)
        if self.redirect:
            query = dict(parse_qsl(urlsplit(url).query))
            code = self.server.issue_authorization_code(
                query["code_challenge"], query["redirect_uri"], query["client_id"]
            )
            thread = threading.Thread(target=self._visit, args=(query, code), daemon=True)
            thread.start()
            self._threads.append(thread)
        return self.opens

    def _visit(self, query: dict[str, str], code: str) -> None:
        params = urlencode({"state": query["state"], "code": code, "scope": "openid email"})
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
        with opener.open(f"{query['redirect_uri']}/?{params}", timeout=10) as response:
            self.page = response.read().decode("utf-8")

    def join(self) -> None:
        for thread in self._threads:
            thread.join(timeout=10)


def click(qtbot: QtBot, dialog: ConnectionDialog, name: str) -> None:
    button = dialog.widget(name)
    assert isinstance(button, QPushButton)
    assert button.isVisible() and button.isEnabled(), f"{name} cannot be clicked"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def type_into(qtbot: QtBot, dialog: ConnectionDialog, name: str, text: str) -> None:
    field = dialog.widget(name)
    assert isinstance(field, QLineEdit)
    field.clear()
    qtbot.keyClicks(field, text)


def gemini_key_form(
    qtbot: QtBot, dialog: ConnectionDialog, server: LoopbackServer, key: str
) -> None:
    qtbot.mouseClick(dialog.card(SignInKind.GEMINI_API_KEY), Qt.MouseButton.LeftButton)
    type_into(qtbot, dialog, "keyEdit", key)
    show_advanced(qtbot, dialog)
    type_into(qtbot, dialog, "endpointEdit", server.base_url)


def show_advanced(qtbot: QtBot, dialog: ConnectionDialog) -> None:
    toggle = dialog.widget("advancedToggle")
    if not toggle.isChecked():  # type: ignore[attr-defined]
        qtbot.mouseClick(toggle, Qt.MouseButton.LeftButton)
    assert (
        dialog.widget("endpointEdit").isVisible()
        or dialog.current_kind() is SignInKind.OPENAI_SERVER
    )


def wait_result(qtbot: QtBot, dialog: ConnectionDialog, state: str) -> None:
    qtbot.waitUntil(lambda: dialog.result_panel.state == state, timeout=10_000)
