"""Runs a compare: the composer's question, photos and videos go to every column at once,
each through its own ChatService (the one send pipeline, over the one HistoryStore and the
one connection, so a large file is uploaded once and reused by every column), and each
column streams, ends or fails on its own."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import replace

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from desktop.core.answer_stream import Completed
from desktop.core.conversation import ChatSettings
from desktop.core.errors import GeminiError
from desktop.core.model_catalogue import chat_models
from desktop.services.chat_service import (
    AnswerStarted,
    ChatEvent,
    ChatService,
    FileLeftOut,
    TurnSaved,
)
from desktop.services.connections import ConnectionManager
from desktop.services.file_parts import Uploading
from desktop.services.history import HistoryStore
from desktop.ui.answer_feed import AnswerFeed
from desktop.ui.attachments import Attachment, AttachmentController, DropTarget
from desktop.ui.compare.column import CompareColumn
from desktop.ui.compare.facts import AnswerTiming, facts_line
from desktop.ui.compare.window import MOST_COLUMNS, CompareWindow
from desktop.ui.conversation import AnswerView
from desktop.ui.conversation.user_turn import AttachmentLabel
from desktop.ui.conversation_controller import default_prompt
from desktop.ui.message_words import error_words
from desktop.ui.parameters import ParameterDock
from desktop.ui.saved_conversation import show_saved_conversation
from desktop.ui.tasks import TaskHolder, crash_route

log = logging.getLogger(__name__)


class CompareController(QObject):
    """Owns the compare window (made when first shown) and a ChatService per column.
    `open_conversation` continues a column alone in the main window."""

    def __init__(
        self,
        connections: ConnectionManager,
        store: HistoryStore,
        dock: ParameterDock,
        *,
        parent_window: QWidget | None = None,
        open_conversation: Callable[[int], object] | None = None,
        refresh_history: Callable[[], object] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._connections = connections
        self._store = store
        self._dock = dock
        self._parent_window = parent_window
        self._open_conversation = open_conversation
        self._refresh_history = refresh_history
        self._services = [ChatService(connections, store) for _ in range(MOST_COLUMNS)]
        # Per column: question index -> the id of the answer shown to it (for Retry).
        self._answer_ids: list[dict[int, int]] = [{} for _ in range(MOST_COLUMNS)]
        self._sending = TaskHolder("compare", on_error=crash_route(self._show_status))
        self._opening = TaskHolder("compare-open", on_error=crash_route(self._show_status))
        self.window: CompareWindow | None = None
        self.attachments: AttachmentController | None = None
        self._drop_target: DropTarget | None = None

    # -- facts ----------------------------------------------------------------------------------

    def service(self, index: int) -> ChatService:
        return self._services[index]

    @property
    def task(self) -> asyncio.Task[object] | None:
        return self._sending.task

    def is_answering(self) -> bool:
        return self._sending.is_running()

    def is_busy(self) -> bool:
        return self._sending.is_running() or self._opening.is_running()

    def compare_id(self) -> int | None:
        """The saved compare on show (its first column's id); None before the first send."""
        return self._services[0].conversation_id

    # -- what the window asks for ---------------------------------------------------------------

    def show(self) -> CompareWindow:
        """Show the compare window; a new one starts from the Settings panel's settings."""
        if self.window is None or not shiboken6.isValid(self.window):
            self.window = self._make_window()
            self._fill_columns()
        self.window.show()
        self.window.raise_()
        self.window.activateWindow()
        self.window.prompt.setFocus()
        return self.window

    def send(self) -> bool:
        """Ask every column the composer's question; False when nothing was sent."""
        window = self.window
        if window is None or self.is_answering():
            return False
        assert self.attachments is not None
        if self.attachments.is_loading():
            window.show_status(self.tr("Adding your files first…"))
            return False
        if not window.has_something_to_send():
            return False
        typed = window.prompt_text().strip()
        attachments = window.strip.take_all()
        text = typed or default_prompt(attachments)
        window.clear_prompt()
        window.set_count_enabled(False)
        self._service_detail()
        self._sending.start(self._send_all(text, typed, attachments))
        return True

    def stop(self) -> bool:
        return self._sending.cancel()

    def new_compare(self) -> bool:
        """Empty every column (refused while answers stream)."""
        if self.window is None or self.is_answering():
            return False
        for service in self._services:
            service.new_conversation()
        self._answer_ids = [{} for _ in range(MOST_COLUMNS)]
        for column in self.window.columns():
            column.clear()
        self.window.set_count_enabled(True)
        self._fill_columns()
        self.window.show_status(self.tr("New compare. Ask anything."))
        return True

    def retry(self, index: int, question_index: int) -> bool:
        """Stream a column's latest answer again in its place (a 429 gone, say); the other
        columns keep theirs. False when it cannot (answers streaming, an earlier answer)."""
        window = self.window
        if window is None or self.is_busy():
            return False
        column = window.column(index)
        answer_id = self._answer_ids[index].get(question_index)
        if answer_id is None or question_index != column.view.turn_count() - 1:
            window.show_status(self.tr("Only a column's latest answer can be asked again."))
            return False
        answer = column.view.begin_answer_again()
        events = self._services[index].retry(answer_id, column.settings())
        self._sending.start(self._answer_again(column, events, answer))
        return True

    def edit(self, index: int, question_index: int) -> None:
        """'Edit & resend': the question back in the box, to change and ask every column."""
        if self.window is None:
            return
        column = self.window.column(index)
        self.window.set_prompt_text(column.view.user_turn_text(question_index))
        self.window.prompt.setFocus()

    def pick(self, index: int) -> None:
        """'Pick this one': the column's model and settings become the Settings panel's."""
        if self.window is None:
            return
        column = self.window.column(index)
        self._dock.set_settings(column.settings())
        self.window.show_status(
            self.tr("The Settings panel now uses %1.").replace("%1", column.model_id())
        )

    def open_compare(self, compare_id: int) -> asyncio.Task[None] | None:
        """Show a saved compare, every column as it was left, ready for the next question
        (refused while answers stream)."""
        if self.is_answering():
            self._show_status(self.tr("Stop the answers first (Esc), then try again."))
            return None
        return self._opening.start(self._open(compare_id))

    def continue_alone(self, index: int) -> asyncio.Task[None] | None:
        """'Continue alone': a copy of the column as a conversation of its own, opened in
        the main window; the compare stays as it is."""
        conversation_id = self._services[index].conversation_id
        if conversation_id is None or self._open_conversation is None:
            return None
        return self._opening.start(self._continue_alone(conversation_id))

    async def aclose(self) -> None:
        await self._opening.cancel_and_wait()
        await self._sending.cancel_and_wait()
        if self.attachments is not None:
            await self.attachments.aclose()

    # -- the answers ----------------------------------------------------------------------------

    async def _send_all(self, text: str, typed: str, attachments: list[Attachment]) -> None:
        window = self.window
        assert window is not None
        files = [a.to_new_attachment() for a in attachments]
        labels = [AttachmentLabel(a.name, a.url, a.mime_type, a.thumbnail) for a in attachments]
        if self._services[0].conversation_id is None:
            # A new compare: its columns' conversations are made (and tied) before sending.
            chosen = [column.settings() for column in window.columns()]
            ids = await asyncio.to_thread(self._store.create_compare, chosen)
            for service, conversation_id in zip(self._services, ids, strict=False):
                service.conversation_id = conversation_id
        runs = []
        for column in window.columns():
            column.view.add_user_turn(text, labels)
            answer = column.view.begin_answer()
            service = self._services[column.index]
            settings = column.settings()
            events = service.send(text, files, settings)
            runs.append(self._run_column(column, events, settings, answer))
        window.set_busy(True)
        window.show_status(self.tr("Gemini is answering…"))
        saved = [False]
        try:
            saved = await asyncio.gather(*runs)
        finally:
            if self._alive(window):
                window.set_busy(False)
                if not any(saved):
                    # No column kept the question: it goes back in the box.
                    window.set_prompt_text(typed)
                    window.strip.restore(attachments)
                elif window.status_text() == self.tr("Gemini is answering…"):
                    window.show_status(self.tr("Ready"))
            if self._refresh_history is not None:
                self._refresh_history()

    async def _answer_again(
        self, column: CompareColumn, events: AsyncIterator[ChatEvent], answer: AnswerView
    ) -> None:
        window = self.window
        assert window is not None
        window.set_busy(True)
        try:
            await self._run_column(column, events, column.settings(), answer)
        finally:
            if self._alive(window):
                window.set_busy(False)

    async def _run_column(
        self,
        column: CompareColumn,
        events: AsyncIterator[ChatEvent],
        settings: ChatSettings,
        answer: AnswerView,
    ) -> bool:
        """One column's answer; True once its question is saved. A failure stays in the
        column: the others go on."""
        model = column.model_id()
        started = time.monotonic()
        timing = AnswerTiming()
        saved = False

        def clock(*, ended: bool) -> None:
            if feed.first_delta_at is not None:
                timing.first_token = feed.first_delta_at - started
            if ended:
                timing.total = time.monotonic() - started

        def on_event(event: ChatEvent) -> None:
            nonlocal saved
            if isinstance(event, AnswerStarted):
                question = column.view.turn_count() - 1
                self._answer_ids[column.index][question] = event.turn_id
            elif isinstance(event, TurnSaved):
                saved = True
                if self._alive(column):
                    column.continue_button.setEnabled(True)
            elif isinstance(event, Completed):
                clock(ended=True)
                if self._alive(column):
                    column.show_facts(facts_line(model, event.answer, timing))
            elif isinstance(event, Uploading):
                self._show_upload(event)
            elif isinstance(event, FileLeftOut):
                self._show_status(error_words(event.error))

        feed = AnswerFeed(answer, settings, on_event)
        column.show_facts(self.tr("Asking %1…").replace("%1", model))
        try:
            await feed.show(events)
        except asyncio.CancelledError:
            clock(ended=False)
            if self._alive(answer):
                answer.mark_stopped()
                column.show_facts(facts_line(model, None, timing, ending=self.tr("stopped")))
            raise
        except GeminiError as error:
            log.warning(
                "Compare column %d failed: %s (%s)",
                column.index + 1,
                type(error).__name__,
                error.server_message or "",
            )
            clock(ended=True)
            if self._alive(answer):
                answer.mark_failed(error_words(error), error.action)
                column.show_facts(facts_line(model, None, timing, ending=self.tr("failed")))
        return saved

    def _show_upload(self, event: Uploading) -> None:
        if event.done:
            text = self.tr("Gemini is answering…")
        elif event.sent == 0:
            text = self.tr("Uploading %1…").replace("%1", event.name)
        else:
            return
        self._show_status(text)

    async def _open(self, compare_id: int) -> None:
        ids = await asyncio.to_thread(self._store.compare_columns, compare_id)
        columns = [await asyncio.to_thread(self._store.load, i) for i in ids]
        if not columns:
            return
        window = self.show()
        window.set_column_count(len(columns))
        window.set_count_enabled(False)
        self._fill_columns()
        for index, conversation in enumerate(columns[:MOST_COLUMNS]):
            column = window.column(index)
            _questions, self._answer_ids[index] = show_saved_conversation(column.view, conversation)
            column.set_base(conversation.settings)
            column.show_facts("")
            column.continue_button.setEnabled(True)
            self._services[index].conversation_id = conversation.id
        window.show_status(self.tr("Reopened. Ask a follow-up question to continue."))

    async def _continue_alone(self, conversation_id: int) -> None:
        copy = await asyncio.to_thread(self._store.copy_alone, conversation_id)
        if self._refresh_history is not None:
            self._refresh_history()
        if self._open_conversation is not None:
            self._open_conversation(copy)

    # -- making the window ----------------------------------------------------------------------

    def _make_window(self) -> CompareWindow:
        window = CompareWindow(self._parent_window)
        self.attachments = AttachmentController(window.strip, parent=self)
        self._drop_target = DropTarget(window, self.attachments)
        window.send_requested.connect(self._on_window_send_requested)
        window.stop_requested.connect(self._on_window_stop_requested)
        window.new_requested.connect(self._on_window_new_requested)
        window.column_count_changed.connect(self._on_window_column_count_changed)
        window.closed.connect(self._on_window_closed)
        for index in range(MOST_COLUMNS):
            column = window.column(index)
            column.pick_requested.connect(lambda i=index: self.pick(i))
            column.continue_requested.connect(lambda i=index: self.continue_alone(i))
            column.view.retry_requested.connect(lambda q, i=index: self.retry(i, q))
            column.view.edit_requested.connect(lambda q, i=index: self.edit(i, q))
        return window

    def _fill_columns(self, start: int = 0) -> None:
        """Each column (from `start`) starts from the Settings panel's settings; the first
        keeps its model, the others take the next models of the list, so there is
        something to compare."""
        window = self.window
        assert window is not None
        picker = self._dock.model_picker
        models = picker.models()
        default = picker.default_model()
        base = self._dock.settings()
        first = base.model or default
        others = [m.id for m in chat_models(models) if m.id != first]
        for column in window.columns()[start:]:
            column.set_models(models, default)
            model = first if column.index == 0 else _nth(others, column.index - 1, first)
            column.set_base(_with_model(base, model))

    def _service_detail(self) -> None:
        for service in self._services:
            service.image_detail = self._dock.image_detail()

    # -- slots ----------------------------------------------------------------------------------

    @staticmethod
    def _alive(widget: QObject) -> bool:
        return shiboken6.isValid(widget)

    def _show_status(self, text: str) -> None:
        if self.window is not None and self._alive(self.window):
            self.window.show_status(text)

    def _on_window_send_requested(self) -> None:
        self.send()

    def _on_window_stop_requested(self) -> None:
        self.stop()

    def _on_window_new_requested(self) -> None:
        self.new_compare()

    def _on_window_column_count_changed(self, count: int) -> None:
        self._fill_columns(start=count - 1)  # the columns already shown keep their choice

    def _on_window_closed(self) -> None:
        self._sending.cancel()
        self._opening.cancel()


def _nth(items: list[str], index: int, fallback: str) -> str:
    return items[index] if index < len(items) else fallback


def _with_model(settings: ChatSettings, model: str) -> ChatSettings:
    return replace(settings, model=model)
