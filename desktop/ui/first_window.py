"""The main window, shown before any service is imported (issue 17): laid out as last time,
with the command line's model and question, and what a restart left. What is asked of it
before the services are wired (Send, the connection's settings, New chat, …) is held and
asked again once they are.

Nothing here imports google-auth, keyring, httpx2 or desktop.services: a test holds it to that.
The window is drawn before the asyncio loop runs (asyncio and qasync are imported after it).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QEventLoop,
    QObject,
    QSettings,
    QTimer,
    SignalInstance,
)

from desktop.ui.main_window import MainWindow

if TYPE_CHECKING:
    from desktop.ui.attachments.controller import AttachmentController

log = logging.getLogger(__name__)

SESSION_CONVERSATION_KEY = "restart/conversation"
SESSION_PROMPT_KEY = "restart/prompt"
ATTACH_WAIT_S = 1.0  # the services load after the command line's photos, or after this
FIRST_FRAME_TIMEOUT_MS = 1000  # a window never drawn (no exposure) must not hold start-up


class WindowOptions(Protocol):
    """What the command line asks of the window (desktop.app.GuiOptions)."""

    files: list[Path]
    model: str | None
    prompt: str | None


def prepare_window(
    window: MainWindow, preferences: QSettings, options: WindowOptions
) -> int | None:
    """Restore the layout, apply --model and --prompt and what a restart left in the box;
    the conversation a restart left open, if any (read once, then forgotten). The Settings
    dock's own settings and --model are applied as it is built (after the first frame, or
    when something asks for it first)."""
    window.restore_state(preferences)

    def restore_dock() -> None:
        window.dock.restore_state(preferences)
        if options.model:
            window.dock.model_picker.set_model_id(options.model)

    if window.has_panels():
        restore_dock()
    else:
        window.panels_built.connect(restore_dock)
    if options.prompt:
        window.set_prompt_text(options.prompt)
    conversation = str(preferences.value(SESSION_CONVERSATION_KEY, "") or "")
    prompt = str(preferences.value(SESSION_PROMPT_KEY, "") or "")
    preferences.remove(SESSION_CONVERSATION_KEY)
    preferences.remove(SESSION_PROMPT_KEY)
    if prompt and not options.prompt:
        window.set_prompt_text(prompt)
    return int(conversation) if conversation.isdigit() else None


class FirstWindow(QObject):
    """The window on screen while the services load, and the requests it holds meanwhile."""

    def __init__(self, preferences: QSettings, options: WindowOptions) -> None:
        super().__init__()
        self.preferences = preferences
        self.window = MainWindow()
        self.conversation_id = prepare_window(self.window, preferences, options)
        self.send_held = False
        self.attachments: AttachmentController | None = None
        self._held: list[Callable[[], None]] = []
        self._holds: list[tuple[SignalInstance, Callable[..., None]]] = []
        window = self.window
        self._hold(window.send_requested, self._on_window_send_requested)
        for signal in (
            window.connection_settings_requested,
            window.new_chat_requested,
            window.import_requested,
            window.export_requested,
            window.get_code_action.triggered,
            window.compare_action.triggered,
            window.describe_folder_action.triggered,
        ):
            self._hold(signal, self._replayer(signal))
        window.panels_built.connect(self._on_panels_built)

    def show(self) -> None:
        """Show the window and return once its first frame is drawn. Runs Qt's events
        meanwhile in a loop of its own: call it before the asyncio loop runs."""
        started = time.perf_counter()
        waiting = QEventLoop()
        watcher = _PaintWatcher(waiting)
        timeout = QTimer()
        timeout.setSingleShot(True)
        timeout.timeout.connect(waiting.quit)
        self.window.installEventFilter(watcher)
        self.window.show()
        if not watcher.painted:
            timeout.start(FIRST_FRAME_TIMEOUT_MS)
            waiting.exec()
            timeout.stop()
        self.window.removeEventFilter(watcher)
        QCoreApplication.processEvents()  # what the paint left to send to the screen
        waited_ms = 1000 * (time.perf_counter() - started)
        drawn = "drawn" if watcher.painted else "not drawn yet"
        cpu_ms = 1000 * time.process_time()  # the launch benchmark reads it (issue 17)
        log.info(
            "Main window shown, %s, %.0f ms after it was asked, %.0f ms of CPU since the start",
            drawn,
            waited_ms,
            cpu_ms,
        )

    def build_panels(self) -> None:
        """The Settings dock and the conversation list, built once the first frame is on
        screen, or once the command line's photos are in (their settings restored as they
        are)."""
        if self.window.has_panels():
            return
        started = time.perf_counter()
        self.window.build_panels()
        built_ms = 1000 * (time.perf_counter() - started)
        log.info("Settings panel and conversation list built in %.0f ms", built_ms)

    async def attach(self, files: Sequence[Path]) -> None:
        """Make the attachment strip's controller now and add the command line's files, so a
        photo shows before the services load (it brings only Pillow and the media probe);
        return once they are in, or after ATTACH_WAIT_S (a long video keeps loading), and the
        panels are built (after the photos: they come first)."""
        import asyncio

        from desktop.ui.attachments.controller import AttachmentController

        self.attachments = AttachmentController(self.window.strip, parent=self.window)
        if files:
            log.info("%d file(s) to attach from the command line", len(files))
            self.attachments.add_paths(files)
            waiting = asyncio.ensure_future(self.attachments.wait_until_idle())
            await asyncio.wait([waiting], timeout=ATTACH_WAIT_S)
            if not waiting.done():
                waiting.cancel()
        self.build_panels()

    def release(self) -> bool:
        """The services are wired: ask again what was asked meanwhile. True when Send was
        pressed (the caller sends once the connection is ready)."""
        for signal, slot in self._holds:
            signal.disconnect(slot)
        self._holds.clear()
        held, self._held = self._held, []
        for replay in held:
            replay()
        return self.send_held

    def _on_panels_built(self) -> None:
        if self._holds:  # the services are not wired yet: the model list's refresh waits
            refresh = self.window.dock.models_refresh_requested
            self._hold(refresh, self._replayer(refresh))

    def _hold(self, signal: SignalInstance, slot: Callable[..., None]) -> None:
        signal.connect(slot)
        self._holds.append((signal, slot))

    def _replayer(self, signal: SignalInstance) -> Callable[..., None]:
        def hold(*args: object) -> None:
            log.info("A request came before the services were ready; it waits for them")
            self._held.append(lambda: signal.emit(*args))

        return hold

    def _on_window_send_requested(self) -> None:
        log.info("Send was pressed before the services were ready; it waits for them")
        self.send_held = True


class _PaintWatcher(QObject):
    """Ends `waiting` once the widget it watches has been painted: the window's paint is
    drawn, then sent to the screen, in the same pass of the event loop."""

    def __init__(self, waiting: QEventLoop) -> None:
        super().__init__()
        self._waiting = waiting
        self.painted = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.painted:
            self.painted = True
            self._waiting.quit()
        return False
