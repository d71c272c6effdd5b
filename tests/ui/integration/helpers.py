"""What the integration tests share: the app as the user meets it, a real drop, typing and
sending, and reading what reached the loopback server and the history."""

from __future__ import annotations

import asyncio
import base64
from collections.abc import Coroutine, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QAbstractSpinBox, QWidget
from pytestqt.qtbot import QtBot

from desktop.core.conversation import Conversation
from desktop.services.connections import ConnectionManager
from desktop.services.history import HistoryStore
from desktop.services.profile_store import ProfileStore
from desktop.ui.app_controller import AppController
from desktop.ui.conversation import AnswerView
from desktop.ui.main_window import MainWindow
from tests.loopback import LoopbackServer

COPY_OR_MOVE = Qt.DropAction.CopyAction | Qt.DropAction.MoveAction
ANSWER_TIMEOUT = 15_000


def run(qtbot: QtBot, coro: Coroutine[Any, Any, Any], timeout: int = 10_000) -> Any:
    """Run a coroutine on the shared qasync loop while Qt spins; its result."""
    future = asyncio.ensure_future(coro)
    qtbot.waitUntil(future.done, timeout=timeout)
    return future.result()


@dataclass
class App:
    """The whole app, built by AppController as app.py builds it."""

    controller: AppController
    connections: ConnectionManager
    profiles: ProfileStore
    store: HistoryStore
    server: LoopbackServer
    qtbot: QtBot

    @property
    def window(self) -> MainWindow:
        return self.controller.window

    # -- doing what a user does ---------------------------------------------------------------

    def type_question(self, text: str) -> None:
        self.qtbot.keyClicks(self.window.prompt, text)

    def press_ctrl_enter(self) -> None:
        self.qtbot.keyClick(
            self.window.prompt, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
        )

    def ask(self, text: str, outcome: str = "completed") -> None:
        """Type, press Ctrl+Enter, wait until the answer ends as `outcome`."""
        finished = self.controller.conversation.answer_finished
        with self.qtbot.waitSignal(finished, timeout=ANSWER_TIMEOUT) as blocker:
            self.type_question(text)
            self.press_ctrl_enter()
        assert blocker.args == [outcome]

    def drop(self, *paths: Path) -> None:
        """Drag files over the question box and drop them, with real QMimeData carrying file
        URLs, delivered where the platform delivers them (the window's QWindow)."""
        mime = QMimeData()
        mime.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
        window = self.window
        at = window.prompt.mapTo(window, window.prompt.rect().center())
        handle = window.windowHandle()
        assert handle is not None
        buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
        enter = QDragEnterEvent(QPoint(at), COPY_OR_MOVE, mime, buttons, keys)
        QCoreApplication.sendEvent(handle, enter)
        assert enter.isAccepted(), "the window did not take the drag"
        drop = QDropEvent(QPointF(at), COPY_OR_MOVE, mime, buttons, keys)
        QCoreApplication.sendEvent(handle, drop)

    def wait_for_attachments(self, count: int) -> None:
        attachments = self.controller.attachments
        self.qtbot.waitUntil(
            lambda: not attachments.is_loading() and self.window.strip.count() == count,
            timeout=10_000,
        )

    def wait_until_started(self) -> None:
        """Start-up is over: the switcher shows the connection and the models are listed."""
        controller = self.controller
        self.qtbot.waitUntil(
            lambda: (
                not controller.startup_task.is_running()
                and not any(
                    holder.is_running() for holder in controller.connection_controller.tasks
                )
                and not controller.models.task.is_running()
            ),
            timeout=10_000,
        )

    def wait_idle(self) -> None:
        """Nothing is streaming, opening or loading."""
        controller = self.controller
        self.qtbot.waitUntil(
            lambda: (
                not controller.conversation.is_busy()
                and not controller.history.is_busy()
                and not controller.models.task.is_running()
            ),
            timeout=10_000,
        )

    # -- reading what happened ----------------------------------------------------------------

    def transcript(self) -> str:
        return self.window.conversation.transcript_text()

    def last_answer(self) -> AnswerView:
        answer = self.window.conversation.last_answer()
        assert answer is not None
        return answer

    def streams(self) -> list[dict[str, Any]]:
        """The bodies of the answers requested, in order."""
        return [request.json for request in self.server.requests_for("gemini.stream")]

    def saved(self, conversation_id: int | None = None) -> Conversation:
        wanted = conversation_id or self.controller.conversation.conversation_id()
        assert wanted is not None, "nothing was saved"
        return self.controller.chat.history.load(wanted)

    def sidebar_ids(self) -> list[int]:
        return [summary.id for summary in self.window.sidebar.model().summaries()]


def close(app: App) -> None:
    """What app.py does at shutdown (the history last: it writes back what memory holds)."""
    controller = app.controller
    if not shiboken6.isValid(controller):
        return
    run(app.qtbot, controller.aclose())
    run(app.qtbot, app.connections.aclose())
    app.store.close()
    shiboken6.delete(controller.window)
    shiboken6.delete(controller)


def inline_images(body: dict[str, Any]) -> list[tuple[str, bytes]]:
    """(mime type, bytes) of every inline file in a request body."""
    found = []
    for content in body["contents"]:
        for part in content["parts"]:
            data = part.get("inlineData")
            if data:
                found.append((data["mimeType"], base64.b64decode(data["data"])))
    return found


def texts(body: dict[str, Any]) -> list[tuple[str, str]]:
    """(role, text) of every text part in a request body."""
    return [
        (content["role"], part["text"])
        for content in body["contents"]
        for part in content["parts"]
        if "text" in part
    ]


def type_into(qtbot: QtBot, spin: QAbstractSpinBox, text: str) -> None:
    """Select what a number box shows and type over it, as a person would."""
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, text)
    qtbot.keyClick(spin, Qt.Key.Key_Tab)


def click_check_box(qtbot: QtBot, box: QWidget) -> None:
    """Click the box itself (a check box only takes clicks on its box and its text)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def click(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def statuses(conversation: Conversation) -> Sequence[tuple[str, str]]:
    return [(turn.role, str(turn.status)) for turn in conversation.turns]


def as_sent(path: Path) -> tuple[str, bytes, str]:
    """(MIME type, bytes, name) of a photo as the app sends and saves it: prepared at the
    default detail (upright, capped, no metadata), so a PNG photo goes out as a JPEG."""
    from desktop.services.image_prep import prepare_image

    prepared = prepare_image(path.read_bytes(), "image/png")
    name = path.with_suffix(".jpg" if prepared.mime_type == "image/jpeg" else ".png").name
    return prepared.mime_type, prepared.data, name
