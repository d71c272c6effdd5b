"""The composer's token count: counted on the connection a moment after typing stops or the
files, the settings, the conversation or the connection change, off the GUI thread (a task
of its own; photos are read and prepared in worker threads). Over the model's input limit,
Send says what to remove instead of sending."""

from __future__ import annotations

import logging

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal

from desktop.core.connection import ApiKind
from desktop.core.errors import GeminiError
from desktop.core.model_catalogue import capabilities
from desktop.core.token_budget import Remove, TokenCount, removal
from desktop.services.chat_service import ChatService
from desktop.services.token_count import NotCountable, TokenCounter
from desktop.ui.conversation_controller import ConversationController, default_prompt
from desktop.ui.main_window import MainWindow
from desktop.ui.parameters.texts import whole_number
from desktop.ui.tasks import TaskHolder, crash_route

log = logging.getLogger(__name__)

DEBOUNCE_MS = 600
"""How long typing must pause before the question is counted again."""


class TokenCountController(QObject):
    """Owns the count task (a newer count cancels the one before) and the debounce timer;
    tells the ConversationController when the box is too long to send."""

    counted = Signal()
    """A count ended: the label shows the number, or a dash."""

    def __init__(
        self,
        window: MainWindow,
        chat: ChatService,
        conversation: ConversationController,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._window = window
        self._chat = chat
        self.counter = TokenCounter()
        self._task = TaskHolder("token-count", on_error=crash_route())
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._count: TokenCount | None = None
        self._limit: int | None = None
        self._changes = 0  # every change counts up: a count is current only if none came since
        self._counted_at = -1
        self._said = ""  # the last sentence too_long() gave

        window.prompt.textChanged.connect(self.refresh)
        window.strip.changed.connect(self.refresh)
        window.dock.settings_changed.connect(self.refresh)
        window.dock.image_detail_changed.connect(self.refresh)
        conversation.conversation_shown.connect(self.refresh)
        conversation.answer_finished.connect(self.refresh)
        conversation.too_long = self.too_long

    @property
    def task(self) -> TaskHolder:
        return self._task

    def refresh(self, *_args: object) -> None:
        """Something the request is made of changed: count again once it settles."""
        self._changes += 1
        self._timer.start()

    def is_current(self) -> bool:
        """Whether the count shown is that of what the box and the settings hold now."""
        return self._counted_at == self._changes and self._count is not None

    def too_long(self) -> str | None:
        """One sentence saying what to remove, when the current count is over the limit."""
        if not self.is_current() or self._count is None or self._limit is None:
            return None
        remove = removal(self._count, self._limit)
        if remove is None:
            return None
        locale = self._window.locale()
        total, limit = whole_number(locale, self._count.total), whole_number(locale, self._limit)
        if remove.what is Remove.FILE:
            text = self.tr(
                "This is %1 tokens, more than the %2 this model takes: remove “%3” "
                "(%4 tokens), then send again."
            )
            tokens = whole_number(locale, remove.tokens)
            text = text.replace("%3", remove.file).replace("%4", tokens)
        elif remove.what is Remove.QUESTION:
            text = self.tr(
                "This is %1 tokens, more than the %2 this model takes: shorten the question, "
                "then send again."
            )
        else:
            text = self.tr(
                "This conversation is %1 tokens, more than the %2 this model takes: start a "
                "new chat to ask this."
            )
        self._said = text.replace("%1", total).replace("%2", limit)
        return self._said

    async def aclose(self) -> None:
        self._timer.stop()
        await self._task.cancel_and_wait()

    # -- counting ---------------------------------------------------------------------------

    def _on_timer_timeout(self) -> None:
        if not self._window_alive():
            return
        if not self._window.has_something_to_send():
            self._task.cancel()
            self._window.token_count.hide()
            return
        self._task.start(self._count_now(self._changes))

    async def _count_now(self, changes: int) -> None:
        window = self._window
        try:
            client = await self._chat.connections.client()
        except GeminiError as error:
            log.info("No connection to count tokens on: %s", error.explanation)
            self._show_nothing()
            return
        if client.connection.api is ApiKind.OPENAI:
            self._show_nothing()  # no counting endpoint there
            return
        settings = window.dock.settings()
        model = settings.model or client.connection.model
        limit = capabilities(window.dock.model_picker.info(model) or model).input_token_limit
        attachments = window.strip.attachments()
        question = window.prompt_text().strip() or default_prompt(attachments)
        files = [a.to_new_attachment() for a in attachments]
        try:
            conversation = await self._chat.load_current()
            count = await self.counter.count(
                client,
                settings,
                conversation,
                self._chat.history,
                question,
                files,
                self._chat.image_detail,
            )
        except (GeminiError, NotCountable, KeyError) as error:
            # No error shown: the count is a help, and sending says what is wrong if anything.
            log.info("The tokens could not be counted: %s", _reason(error))
            if self._window_alive():
                window.token_count.show_unknown()
                self.counted.emit()
            return
        if not self._window_alive():
            return
        self._count, self._limit, self._counted_at = count, limit, changes
        window.token_count.show_count(count.total, limit)
        if self.too_long() is None and window.composer_problem_text() == self._said:
            window.hide_composer_problem()  # what it said to remove is gone
        self.counted.emit()

    def _show_nothing(self) -> None:
        if self._window_alive():
            self._window.token_count.hide()
            self.counted.emit()

    def _window_alive(self) -> bool:
        return shiboken6.isValid(self._window)


def _reason(error: Exception) -> str:
    if isinstance(error, GeminiError):
        return f"{type(error).__name__} {error.status or ''} {error.server_message or ''}"
    return str(error)
