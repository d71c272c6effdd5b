"""The window and every controller behind it, built, wired, started and closed in one place.

app.py hands in the services (connections, the history store) and the preferences file;
tests do the same with in-memory profiles, a history in a temporary folder and an INI file
of their own, so the whole app runs end to end on the test loop.
"""

from __future__ import annotations

import asyncio
import functools
import logging
import webbrowser
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

import shiboken6
from PySide6.QtCore import QObject, QSettings, Signal

from desktop.core.errors import GeminiError
from desktop.services.chat_service import ChatService
from desktop.services.connections import ConnectionManager
from desktop.services.history import HistoryStore
from desktop.ui.attachments import AttachmentController, DropTarget, PasteHandler
from desktop.ui.batch.batch_controller import BatchController
from desktop.ui.code_controller import CodeController
from desktop.ui.compare.controller import CompareController
from desktop.ui.connection_controller import BrowserOpener, ConnectionController
from desktop.ui.conversation_controller import ConversationController
from desktop.ui.find_keys import FindKeys
from desktop.ui.first_window import (
    SESSION_CONVERSATION_KEY,
    SESSION_PROMPT_KEY,
    FirstWindow,
    prepare_window,
)
from desktop.ui.focus_ring import FocusRings
from desktop.ui.help_menu import HelpMenu
from desktop.ui.history import HistoryController
from desktop.ui.language_menu import LanguageController
from desktop.ui.log_folder import FolderOpener, open_in_file_manager
from desktop.ui.main_window import MainWindow
from desktop.ui.message_words import error_words
from desktop.ui.model_list_controller import ModelListController
from desktop.ui.notifier import AnswerNotifier
from desktop.ui.parameters import ModelListCache
from desktop.ui.tasks import TaskHolder, crash_route
from desktop.ui.token_count_controller import TokenCountController

if TYPE_CHECKING:
    from desktop.ui.application import GeminiApplication

log = logging.getLogger(__name__)


class StartOptions(Protocol):
    """What the command line asks of the window (desktop.app.GuiOptions)."""

    files: list[Path]
    profile: str | None
    model: str | None
    prompt: str | None
    send: bool


class AppController(QObject):
    """Owns the main window and its controllers: `start()` once, `await aclose()` at the end."""

    restart_requested = Signal()
    """The user asked to restart in another language; the open conversation and the typed
    text are in the preferences for the next start."""

    def __init__(
        self,
        connections: ConnectionManager,
        store: HistoryStore,
        preferences: QSettings,
        *,
        env: Mapping[str, str] | None = None,
        open_browser: BrowserOpener = webbrowser.open,
        open_folder: FolderOpener = open_in_file_manager,
        first_window: FirstWindow | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._connections = connections
        self._store = store
        self._preferences = preferences
        self._layout_saved = False
        self._first_window = first_window
        self.window = first_window.window if first_window is not None else MainWindow()
        window = self.window
        self.chat = ChatService(connections, store)
        self.connection_controller = ConnectionController(
            connections, window, env=env, open_browser=open_browser, parent=self
        )
        self.history = HistoryController(window.sidebar, store, parent=self)
        early = first_window.attachments if first_window is not None else None
        self.attachments = early or AttachmentController(window.strip, parent=self)
        # Drops anywhere on the window and Ctrl+V in the box attach files and pictures.
        self.drop_target = DropTarget(window, self.attachments)
        self.paste_handler = PasteHandler(self.attachments, window.prompt, window)
        window.prompt.attach_handler = functools.partial(self.attachments.add_mime_data, paste=True)
        self.models = ModelListController(
            window.dock, connections, ModelListCache(preferences), parent=self
        )
        self.conversation = ConversationController(
            window, self.chat, self.attachments, self.history, parent=self
        )
        self.code = CodeController(window, self.chat, self.conversation, parent=self)
        self.compare = CompareController(
            connections,
            store,
            window.dock,
            parent_window=window,
            open_conversation=self._on_compare_continue_requested,
            refresh_history=self.history.refresh,
            parent=self,
        )
        self.batch = BatchController(window, self.chat, parent=self)
        self.drop_target.on_folders = self.batch.offer_folders
        self.tokens = TokenCountController(window, self.chat, self.conversation, parent=self)
        self.language = LanguageController(window.language_menu, preferences, window)
        self.find_keys = FindKeys(window, parent=self)
        self.focus_rings = FocusRings(parent=self)
        self.notifier = AnswerNotifier(window, preferences, parent=self)
        self.conversation.answer_finished.connect(self.notifier.answer_finished)
        self.help = HelpMenu(
            window,
            open_browser=open_browser,
            open_folder=open_folder,
            show_notice=window.show_notice,
            parent=self,
        )
        self._startup = TaskHolder("startup", on_error=crash_route())

        self.conversation.settings_requested.connect(self._on_conversation_settings_requested)
        self.connection_controller.profiles_changed.connect(self._on_connections_profiles_changed)
        self.connection_controller.refreshed.connect(self.tokens.refresh)
        self.history.notice.connect(self._on_history_notice)
        self.history.problem.connect(self._on_history_problem)
        self.history.exported.connect(self._on_history_exported)
        self.models.problem.connect(self._on_models_problem)
        window.dock.image_detail_changed.connect(self._on_dock_image_detail_changed)
        window.compare_action.triggered.connect(self._on_window_compare_triggered)
        self.conversation.compare_open_requested.connect(self.compare.open_compare)
        window.closed.connect(self._on_window_closed)
        self.language.restart_requested.connect(self._on_language_restart_requested)

    @property
    def store(self) -> HistoryStore:
        return self._store

    @property
    def startup_task(self) -> TaskHolder:
        return self._startup

    def start(
        self, options: StartOptions, application: GeminiApplication | None = None
    ) -> asyncio.Task[None]:
        """Show the window (unless app.py showed it first), list the history, apply the
        command line (files, --model, --prompt; --profile and --send in the returned task)."""
        window = self.window
        first = self._first_window
        if first is None:
            conversation_id = prepare_window(window, self._preferences, options)
            window.show()
            send = options.send
        else:
            conversation_id = first.conversation_id
            send = first.release() or options.send
        self.chat.image_detail = window.dock.image_detail()
        self.history.start()
        if conversation_id is not None:
            self.conversation.open_conversation(conversation_id)
        # Files the first window attached are in already.
        files = list(options.files) if first is None or first.attachments is None else []
        if application is not None:
            # "Open with" on macOS: files that came before the window, and any that follow.
            application.files_opened.connect(self.attachments.add_paths)
            files += application.take_pending_files()
        if files:
            log.info("%d file(s) to attach from the command line", len(files))
            self.attachments.add_paths(files)
        self.batch.list_unfinished(announce=True)
        return self._startup.start(self._start(options.profile, send=send))

    async def aclose(self) -> None:
        """Close the window, stop the answer (it is saved as stopped), end every task."""
        if self.window_alive():
            self.window.close()  # saves the layout (see _on_window_closed)
        await self._startup.cancel_and_wait()
        await self.conversation.aclose()
        await self.compare.aclose()
        await self.batch.aclose()
        await self.tokens.aclose()
        await self.models.aclose()
        await self.attachments.aclose()
        await self.history.aclose()
        await self.connection_controller.aclose()
        self._preferences.sync()

    def window_alive(self) -> bool:
        return shiboken6.isValid(self.window)

    # -- start-up ---------------------------------------------------------------------------------

    async def _start(self, profile: str | None, *, send: bool) -> None:
        if profile:
            await self._use_profile(profile)
        # Fills the switcher; with no profile at all it opens the setup dialog (open()).
        self.connection_controller.start()
        self.models.refresh()
        if send:
            await self.conversation.send_when_ready()

    async def _use_profile(self, name: str) -> None:
        try:
            profiles = await self._connections.profiles()
            wanted = next(
                (p for p in profiles if name.casefold() in (p.name.casefold(), p.id)),
                None,
            )
            if wanted is not None:
                await self._connections.activate(wanted.id)
                log.info("Using the connection named on the command line")
                return
        except GeminiError as error:
            log.warning("Could not switch to the connection named on the command line: %s", error)
            if self.window_alive():
                self.window.show_notice(error_words(error))
            return
        if self.window_alive():
            self.window.show_notice(
                self.tr(
                    "There is no saved connection called “%1”; the last one used is in use."
                ).replace("%1", name)
            )

    # -- restarting in another language -----------------------------------------------------

    def _save_session(self) -> None:
        """What a restart gives back: the conversation on show and the text being typed."""
        conversation_id = self.conversation.conversation_id()
        self._preferences.setValue(SESSION_CONVERSATION_KEY, conversation_id or "")
        self._preferences.setValue(SESSION_PROMPT_KEY, self.window.prompt_text())
        self._preferences.sync()

    def _on_language_restart_requested(self) -> None:
        self._save_session()
        self.restart_requested.emit()

    # -- slots ------------------------------------------------------------------------------------

    def _on_conversation_settings_requested(self) -> None:
        self.connection_controller.open_settings()

    def _on_connections_profiles_changed(self) -> None:
        self.models.refresh()
        self.tokens.refresh()

    def _on_window_compare_triggered(self) -> None:
        self.compare.show()

    def _on_compare_continue_requested(self, conversation_id: int) -> None:
        """'Continue alone': the column's copy in the main window."""
        if self.conversation.open_conversation(conversation_id) is not None:
            self.window.raise_()
            self.window.activateWindow()

    def _on_dock_image_detail_changed(self) -> None:
        self.chat.image_detail = self.window.dock.image_detail()

    def _on_history_notice(self, text: str) -> None:
        if self.window_alive():
            self.window.show_notice(text)

    def _on_history_problem(self, text: str) -> None:
        if self.window_alive():
            self.window.show_notice(text)

    def _on_history_exported(self, path: Path) -> None:
        if self.window_alive():
            self.window.show_status(self.tr("Saved as %1").replace("%1", str(path)))

    def _on_models_problem(self, text: str) -> None:
        if self.window_alive():
            self.window.show_status(
                self.tr("The list of models could not be loaded. %1").replace("%1", text)
            )

    def _on_window_closed(self) -> None:
        # Saved while the window is still on screen: after it hides, the dock reads as closed.
        if self._layout_saved:
            return
        self._layout_saved = True
        self.window.save_state(self._preferences)
        self.window.dock.save_state(self._preferences)
