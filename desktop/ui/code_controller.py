"""Get code: for the question being written (File ▸ Get code…) or for any answer shown (its
Get code button), the code that sends that request, in a dialog."""

from __future__ import annotations

import asyncio
import functools
import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from desktop.core.conversation import NewAttachment
from desktop.core.errors import GeminiError
from desktop.services.chat_service import ChatService
from desktop.services.code_samples import CodeRequest, code_for, languages_for
from desktop.services.code_samples.from_history import code_request
from desktop.services.code_samples.shared import key_variable
from desktop.ui.code_dialog import CodeDialog
from desktop.ui.message_words import error_words
from desktop.ui.tasks import TaskHolder, crash_route

if TYPE_CHECKING:
    from desktop.ui.conversation_controller import ConversationController
    from desktop.ui.main_window import MainWindow

log = logging.getLogger(__name__)


class CodeController(QObject):
    def __init__(
        self,
        window: MainWindow,
        service: ChatService,
        conversation: ConversationController,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._window = window
        self._service = service
        self._conversation = conversation
        self._task = TaskHolder("get-code", on_error=crash_route(window.show_status))
        self.dialog: CodeDialog | None = None
        window.get_code_action.triggered.connect(self._on_get_code_action_triggered)
        window.conversation.code_requested.connect(self._on_view_code_requested)

    def show_for_question(self) -> None:
        """The code for the question in the box, after the conversation on show."""
        window = self._window
        attachments = [a.to_new_attachment(path_first=True) for a in window.strip.attachments()]
        text = window.prompt_text().strip()
        self._task.start(self._show(None, text, attachments))

    def show_for_answer(self, question_index: int) -> None:
        """The code that asks the question of that answer again, with what came before."""
        turn_id = self._conversation.answer_turn_id(question_index)
        if turn_id is not None:
            self._task.start(self._show(turn_id, "", []))

    async def _show(self, before: int | None, text: str, attachments: list[NewAttachment]) -> None:
        try:
            client = await self._service.connections.client()
        except GeminiError as error:
            self._window.show_status(error_words(error))
            return
        settings = self._window.dock.settings()
        conversation = await self._service.load_current()
        source = await asyncio.to_thread(
            functools.partial(
                code_request,
                client.connection,
                settings,
                conversation,
                self._service.history,
                before=before,
                text=text,
                attachments=attachments,
            )
        )
        self._open(source)

    def _open(self, source: CodeRequest) -> None:
        samples = {language: code_for(language, source) for language in languages_for(source)}
        variable = key_variable(source.connection)
        if variable is None:
            note = self.tr(
                "The code signs in with your Google Cloud credentials (gcloud); "
                "no key or token is written in it."
            )
        else:
            note = self.tr("The code reads your key from %1; the key is not written in it.")
            note = note.replace("%1", variable)
        if self.dialog is not None:
            self.dialog.close()
        self.dialog = CodeDialog(samples, note, self._window)
        self.dialog.destroyed.connect(self._on_dialog_destroyed)
        self.dialog.open()

    def _on_dialog_destroyed(self) -> None:
        self.dialog = None

    def _on_get_code_action_triggered(self) -> None:
        self.show_for_question()

    def _on_view_code_requested(self, question_index: int) -> None:
        self.show_for_answer(question_index)
