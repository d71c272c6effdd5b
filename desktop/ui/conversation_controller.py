"""The heart of the window: sends what the box holds through the ChatService and shows the
answer as it streams; stop, retry, edit, new chat, and reopening saved conversations.

The window and the conversation view only emit requests; every coroutine runs here, through
TaskHolders. Nothing a user typed or attached is lost: a send refused by the settings keeps
the box as it is, and a send that fails before the question is saved puts the question and
its files back in the box.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Callable, Sequence
from dataclasses import dataclass, field

import shiboken6
from PySide6.QtCore import QObject, Signal

from desktop.core import finish
from desktop.core.conversation import (
    AttachmentRef,
    ChatSettings,
    Conversation,
    NewAttachment,
    Turn,
)
from desktop.core.errors import GeminiError, HistoryUnavailableError, StreamCutOffError
from desktop.services.chat_service import (
    AnswerStarted,
    ChatEvent,
    ChatService,
    FileLeftOut,
    HistoryNotice,
    TurnSaved,
)
from desktop.services.file_parts import Uploading
from desktop.ui.answer_feed import AnswerFeed
from desktop.ui.answer_versions import AnswerVersionController
from desktop.ui.attachments import Attachment, AttachmentController
from desktop.ui.conversation import AnswerView
from desktop.ui.conversation.user_turn import AttachmentLabel, UserTurnView
from desktop.ui.history import HistoryController
from desktop.ui.main_window import MainWindow
from desktop.ui.message_words import error_words, words
from desktop.ui.question_files import QuestionFilesController
from desktop.ui.saved_conversation import show_saved_answer, stored_attachments
from desktop.ui.tasks import TaskHolder, crash_route

log = logging.getLogger(__name__)


def default_prompt(attachments: Sequence[Attachment]) -> str:
    """What to ask when only files were given: "Describe this image." and so on, by the
    first file's kind (the same words as `gemini-desktop describe`)."""
    kind = attachments[0].kind if attachments else "text"
    return words(finish.default_prompt(kind))


@dataclass
class _Question:
    """One question on its way: what was typed and attached, and what was sent."""

    text: str  # what is sent and shown
    typed: str  # what the user typed (given back on failure; "" when a default was used)
    attachments: list[Attachment] = field(default_factory=list)  # given back on failure
    saved: bool = False  # TurnSaved arrived: from here on the history keeps it
    retry_of: int | None = None  # an answer streamed again in its place (nothing sent anew)


class ConversationController(QObject):
    """Connects the window (composer, conversation view, Settings dock) to a ChatService.

    `send()` takes the box's text and files; `stop()`, `retry()`, `edit()`, `new_chat()`
    and `open_conversation()` do what their names say. With a HistoryController, the
    sidebar follows: a saved question marks and lists its conversation.
    """

    answer_finished = Signal(str)
    """An answer ended: "completed", "stopped" or "failed"."""
    conversation_shown = Signal(object)
    """The conversation on show changed: its id, or None for a new chat."""
    settings_requested = Signal()
    """An error's action asks for the connection settings."""
    compare_open_requested = Signal(int)
    """A conversation asked to be opened is a compare's column: the compare opens instead
    (its id)."""

    def __init__(
        self,
        window: MainWindow,
        service: ChatService,
        attachments: AttachmentController,
        history: HistoryController | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._window = window
        self._service = service
        self._attachments = attachments
        self._history = history
        self._questions: list[Turn | None] = []  # the saved user turn of each shown question
        self._answer_ids: dict[int, int] = {}  # question index -> its (latest) model turn id
        on_error = crash_route(self._show_status)
        # A crashed answer is already marked failed and its question given back: the report only.
        self._answers = TaskHolder("answer", on_error=crash_route())
        self._opening = TaskHolder("conversation-open", on_error=on_error)
        self._waiting = TaskHolder("send-after-files", on_error=on_error)
        self._editing = TaskHolder("edit-files", on_error=on_error)
        self._versions = AnswerVersionController(
            window,
            service.history,
            answer_id=self.answer_turn_id,
            chosen=self._on_versions_chosen,
            busy=self.is_answering,
            parent=self,
        )
        self._files = QuestionFilesController(
            window, service.history, question=self._saved_question, parent=self
        )
        self.too_long: Callable[[], str | None] = lambda: None
        """Why the box is too long for the model, in one sentence (the token count's
        TokenCountController sets it); None: send."""

        window.send_requested.connect(self._on_window_send_requested)
        window.stop_requested.connect(self._on_window_stop_requested)
        window.new_chat_requested.connect(self._on_window_new_chat_requested)
        window.export_requested.connect(self._on_window_export_requested)
        window.import_requested.connect(self._on_window_import_requested)
        window.closed.connect(self._on_window_closed)
        view = window.conversation
        view.retry_requested.connect(self._on_view_retry_requested)
        view.stop_requested.connect(self._on_view_stop_requested)
        view.edit_requested.connect(self._on_view_edit_requested)
        view.upload_cancel_requested.connect(self._on_view_upload_cancel_requested)
        view.settings_requested.connect(self.settings_requested)
        view.choose_model_requested.connect(self._on_view_choose_model_requested)
        if history is not None:
            history.conversation_open_requested.connect(self._on_history_open_requested)
            history.new_chat_requested.connect(self._on_history_new_chat_requested)
            history.conversation_deleted.connect(self._on_history_conversation_deleted)
            history.conversation_imported.connect(self._on_history_conversation_imported)

    # -- facts ----------------------------------------------------------------------------------

    @property
    def service(self) -> ChatService:
        return self._service

    @property
    def tasks(self) -> tuple[TaskHolder, ...]:
        return (
            self._answers,
            self._opening,
            self._waiting,
            self._editing,
            self._versions.task,
            *self._files.tasks,
        )

    @property
    def answer_task(self) -> asyncio.Task[object] | None:
        return self._answers.task

    def is_answering(self) -> bool:
        return self._answers.is_running()

    def is_busy(self) -> bool:
        return any(holder.is_running() for holder in self.tasks)

    def conversation_id(self) -> int | None:
        """The saved conversation on show (None for a new chat not sent yet)."""
        return self._service.conversation_id

    def answer_turn_id(self, question_index: int) -> int | None:
        """The saved answer to that question shown (None: not saved, or none)."""
        return self._answer_ids.get(question_index)

    # -- what the window asks for ---------------------------------------------------------------

    def send(self) -> bool:
        """Send the box's question and files; False when nothing was sent (refused, empty,
        or an answer is still streaming). Files still being added are waited for."""
        window = self._window
        if self.is_answering() or self._opening.is_running():
            return False
        problem = window.dock.validation_error()
        if problem is not None:
            # Refused before anything leaves: the box keeps the question and its files.
            window.show_composer_problem(self.tr("Not sent: %1").replace("%1", problem))
            window.dock.show()
            window.show_status(self.tr("Change the setting, then send again."))
            return False
        too_long = self.too_long()
        if too_long is not None:
            # Refused before anything leaves: the box keeps all, and says what to remove.
            window.show_composer_problem(too_long)
            return False
        if self._attachments.is_loading():
            if not self._waiting.is_running():
                window.show_status(self.tr("Adding your files first…"))
                self._waiting.start(self._send_after_files())
            return True
        if not window.has_something_to_send():
            return False
        typed = window.prompt_text().strip()
        attachments = window.strip.take_all()
        text = typed or default_prompt(attachments)
        window.clear_prompt()
        window.hide_composer_problem()
        self._ask(_Question(text=text, typed=typed, attachments=attachments))
        return True

    def send_when_ready(self) -> asyncio.Task[None]:
        """For --send: wait until the files named on the command line are in, then send."""
        return self._waiting.start(self._send_after_files())

    def stop(self) -> bool:
        """Stop the answer; what arrived is kept (and saved as stopped)."""
        self._waiting.cancel()
        return self._answers.cancel()

    def retry(self, question_index: int = -1) -> bool:
        """Ask again: a new version of that question's answer (default: the latest) streams
        in its place, asked with what came before it; the earlier versions stay reachable
        ('1 of 2'). A question that never reached the history is back in the box, so it
        is sent from there."""
        view = self._window.conversation
        if self.is_answering() or self._opening.is_running():
            return False
        last = view.turn_count() - 1
        index = last if question_index < 0 else question_index
        if index < 0:
            return False
        answer_id = self._answer_ids.get(index)
        stored = self._questions[index] if index < len(self._questions) else None
        if answer_id is None or stored is None:
            return self.send()
        settings = self._checked_settings()
        if settings is None:
            return False
        answer = view.begin_answer_again(index)
        retry = _Question(text=stored.text, typed="", saved=True, retry_of=answer_id)
        self._answers.start(self._run(retry, index, settings, answer))
        return True

    def edit(self, question_index: int) -> None:
        """Put a question (and its files, from the history) back in the box to change it."""
        view = self._window.conversation
        if not 0 <= question_index < view.turn_count():
            return
        self._window.set_prompt_text(view.user_turn_text(question_index))
        self._window.focus_prompt()
        stored = self._questions[question_index] if question_index < len(self._questions) else None
        if stored is not None and stored.attachments:
            self._editing.start(self._restore_files(stored.attachments))
        self._window.show_status(self.tr("Change the question, then send it again."))

    def new_chat(self) -> bool:
        """Start afresh (refused while an answer streams: stop it first)."""
        if self._refuse_while_answering():
            return False
        self._opening.cancel()
        self._service.new_conversation()
        self._show_conversation(None)
        self._window.show_status(self.tr("New chat. Ask anything."))
        self._window.focus_prompt()
        return True

    def open_conversation(self, conversation_id: int) -> asyncio.Task[None] | None:
        """Show a saved conversation and continue it (refused while an answer streams)."""
        if self._refuse_while_answering():
            return None
        return self._opening.start(self._open(conversation_id))

    async def aclose(self) -> None:
        """Stop the answer (saved as stopped) and wait until every task has unwound."""
        for holder in self.tasks:
            await holder.cancel_and_wait()

    # -- the answer -----------------------------------------------------------------------------

    def _ask(self, question: _Question) -> None:
        view = self._window.conversation
        labels = [
            AttachmentLabel(a.name, a.url, a.mime_type, a.thumbnail, a.source_path)
            for a in question.attachments
        ]
        index = view.add_user_turn(question.text, labels)
        del self._questions[index:]
        self._questions.append(None)
        answer = view.begin_answer()
        settings = self._window.dock.settings()
        self._answers.start(self._run(question, index, settings, answer))

    async def _run(
        self, question: _Question, index: int, settings: ChatSettings, answer: AnswerView
    ) -> None:
        """One answer, asked anew or streamed again in its place: shown as it streams,
        marked as it ends, the question given back when it never reached the history."""
        self._begin_answer()
        outcome = "failed"
        try:
            stream = await self._stream(question, index, settings)
            await self._show_stream(stream, answer, index, settings, question)
            outcome = "completed"
        except asyncio.CancelledError:
            outcome = "stopped"
            self._show_stopped(answer, question)
            raise
        except GeminiError as error:
            self._show_failure(answer, error, question)
        except Exception:
            self._show_failure(answer, None, question)
            raise
        finally:
            self._end_answer(outcome)

    async def _stream(
        self, question: _Question, index: int, settings: ChatSettings
    ) -> AsyncIterator[ChatEvent]:
        if question.retry_of is not None:
            self._answer_ids[index] = question.retry_of
            return self._service.retry(question.retry_of, settings)
        files = await self._files_of(question)
        on_disk = [a.name for a in question.attachments if a.data is None and a.url is None]
        if on_disk and self._window_alive():
            # Copying a large video into the history takes a few seconds: say so.
            self._window.show_status(self.tr("Saving a copy of %1…").replace("%1", on_disk[0]))
        return self._service.send(question.text, files, settings)

    async def _show_stream(
        self,
        stream: AsyncIterator[ChatEvent],
        answer: AnswerView,
        index: int,
        settings: ChatSettings,
        question: _Question,
    ) -> None:
        def on_event(event: ChatEvent) -> None:
            self._on_stream_event(event, answer, index, question)

        try:
            await AnswerFeed(answer, settings, on_event).show(stream)
        finally:
            self._stop_uploads(index)

    def _on_stream_event(
        self, event: ChatEvent, answer: AnswerView, index: int, question: _Question
    ) -> None:
        """What the answer's stream says besides the answer itself (AnswerFeed shows that)."""
        if isinstance(event, TurnSaved):
            question.saved = True
            self._on_turn_saved(event, index)
        elif isinstance(event, AnswerStarted):
            self._answer_ids[index] = event.turn_id
            if event.versions and self._alive(answer):
                answer.set_versions(len(event.versions), len(event.versions))
        elif isinstance(event, HistoryNotice):
            self._show_history_notice(event.error)
        elif isinstance(event, Uploading):
            self._show_upload(index, event)
        elif isinstance(event, FileLeftOut):
            self._show_left_out(event, index)

    def _show_upload(self, index: int, event: Uploading) -> None:
        if not self._window_alive() or index >= self._window.conversation.turn_count():
            return
        turn = self._window.conversation.user_turn(index)
        row = turn.upload_row(event.sha256, event.name)
        if event.done:
            row.finish(reused=event.reused)
        else:
            row.set_progress(event.sent, event.total)
        if event.done or event.sent == 0:
            self._window.show_status(
                self.tr("Gemini is answering…")
                if event.done
                else self.tr("Uploading %1…").replace("%1", event.name)
            )

    def _show_left_out(self, event: FileLeftOut, index: int) -> None:
        if not self._window_alive():
            return
        self._window.show_notice(error_words(event.error))
        # The question on screen still shows the file: say it did not go.
        if index < self._window.conversation.turn_count():
            self._window.conversation.user_turn(index).mark_not_sent(event.position)

    def _stop_uploads(self, index: int) -> None:
        if self._window_alive() and index < self._window.conversation.turn_count():
            self._window.conversation.user_turn(index).stop_uploads()

    def _begin_answer(self) -> None:
        if self._window_alive():
            self._window.set_busy(True)
            self._window.show_status(self.tr("Gemini is answering…"))

    def _end_answer(self, outcome: str) -> None:
        if self._window_alive():
            self._window.set_busy(False)
            if outcome == "completed":
                self._window.show_status(self.tr("Ready"))
        self.answer_finished.emit(outcome)

    def _show_stopped(self, answer: AnswerView, question: _Question) -> None:
        if not self._window_alive():
            return
        if self._alive(answer):
            answer.mark_stopped()
        if not question.saved:
            self._give_back(question)
        self._window.show_status(self.tr("Stopped. The answer so far is kept."))

    def _show_failure(
        self, answer: AnswerView, error: GeminiError | None, question: _Question
    ) -> None:
        if error is None:
            log.error("The answer failed unexpectedly", exc_info=True)
        else:
            log.warning(
                "The answer failed: %s (%s)", type(error).__name__, error.server_message or ""
            )
        if not self._window_alive():
            return
        if not question.saved:
            self._give_back(question)
        if self._alive(answer):
            if error is None:
                answer.mark_failed(
                    self.tr("Something unexpected went wrong. The details are in the log file.")
                )
            elif isinstance(error, StreamCutOffError):
                answer.mark_cut_off()
            else:
                # The reason and its action stay with the answer, also once the banner closes.
                answer.mark_failed(error_words(error), error.action)
        if error is not None:
            shown = answer if self._alive(answer) else None
            self._window.conversation.show_error_banner(error, shown)
        self._window.show_status(self.tr("The answer could not be completed."))

    def _give_back(self, question: _Question) -> None:
        """The question never reached the history: back in the box, before anything typed
        or attached since."""
        window = self._window
        current = window.prompt_text().strip()
        if question.typed:
            window.set_prompt_text(f"{question.typed}\n{current}" if current else question.typed)
        window.strip.restore(question.attachments)

    def _on_turn_saved(self, event: TurnSaved, index: int) -> None:
        if index < len(self._questions):
            self._questions[index] = event.turn
        if self._window_alive():
            self._window.set_conversation_saved(True)
        if self._history is not None:
            self._history.set_current(event.conversation_id)
            self._history.refresh()
        self.conversation_shown.emit(event.conversation_id)

    def _show_history_notice(self, error: HistoryUnavailableError) -> None:
        # The store hands each move to memory out once: a disk full again later is told again.
        if self._window_alive():
            self._window.show_notice(error_words(error))

    async def _files_of(self, question: _Question) -> list[NewAttachment]:
        return [a.to_new_attachment() for a in question.attachments]

    async def _send_after_files(self) -> None:
        await self._attachments.wait_until_idle()
        if self._window_alive() and not self.send() and self._window.has_something_to_send():
            log.info("The question waiting for its files was not sent")

    def _checked_settings(self) -> ChatSettings | None:
        problem = self._window.dock.validation_error()
        if problem is None:
            return self._window.dock.settings()
        self._window.show_composer_problem(self.tr("Not sent: %1").replace("%1", problem))
        self._window.dock.show()
        return None

    # -- opening and new chats --------------------------------------------------------------------

    def _refuse_while_answering(self) -> bool:
        if not self.is_answering():
            return False
        self._window.show_status(
            self.tr("Gemini is still answering. Stop the answer first (Esc), then try again.")
        )
        if self._history is not None:
            self._history.set_current(self._service.conversation_id)
        return True

    async def _open(self, conversation_id: int) -> None:
        window = self._window
        history = self._service.history
        compare = await asyncio.to_thread(history.compare_of, conversation_id)
        if compare is not None:
            if self._history is not None:
                self._history.set_current(self._service.conversation_id)
            self.compare_open_requested.emit(compare)
            return
        try:
            conversation = await self._service.open(conversation_id)
        except KeyError:
            if self._window_alive():
                window.show_status(self.tr("This conversation no longer exists."))
            if self._history is not None:
                self._history.refresh()
            return
        except GeminiError as error:
            if self._window_alive():
                window.show_notice(error_words(error))
            return
        if not self._window_alive():
            return
        self._render(conversation)
        window.dock.set_settings(conversation.settings)
        self._show_conversation(conversation.id, clear=False)
        window.show_status(self.tr("Reopened. Ask a follow-up question to continue."))
        window.focus_prompt()

    def _render(self, conversation: Conversation) -> None:
        view = self._window.conversation
        view.clear()
        self._questions = []
        self._answer_ids = {}
        pictured: list[tuple[UserTurnView, Sequence[AttachmentRef]]] = []
        for turn in conversation.turns:
            if turn.role == "user":
                index = view.add_user_turn(
                    turn.text,
                    [AttachmentLabel(ref.name, ref.uri, ref.mime_type) for ref in turn.attachments],
                )
                pictured.append((view.user_turn(index), turn.attachments))
                self._questions.append(turn)
                continue
            answer = view.begin_answer()
            self._answer_ids[len(self._questions) - 1] = turn.id
            show_saved_answer(answer, turn)
            answer.set_versions(turn.version_number, turn.version_count)
        self._files.show_thumbnails(pictured)

    async def _new_chat_after_stop(self) -> None:
        await self._answers.cancel_and_wait()
        if self._window_alive():
            self.new_chat()

    def _show_conversation(self, conversation_id: int | None, *, clear: bool = True) -> None:
        if clear:
            self._window.conversation.clear()
            self._questions = []
            self._answer_ids = {}
        self._window.set_conversation_saved(conversation_id is not None)
        if self._history is not None:
            self._history.set_current(conversation_id)
        self.conversation_shown.emit(conversation_id)

    async def _restore_files(self, refs: Sequence[AttachmentRef]) -> None:
        try:
            attachments = await asyncio.to_thread(
                stored_attachments, self._service.history, list(refs)
            )
        except (GeminiError, KeyError, OSError) as error:
            log.warning("The files of the question could not be read back: %s", error)
            if self._window_alive():
                self._window.show_status(
                    self.tr("The question is back in the box; its files could not be read back.")
                )
            return
        if self._window_alive():
            self._window.strip.take_all()
            self._window.strip.restore(attachments)

    # -- slots ----------------------------------------------------------------------------------

    def _window_alive(self) -> bool:
        return shiboken6.isValid(self._window)

    @staticmethod
    def _alive(widget: AnswerView) -> bool:
        return shiboken6.isValid(widget)

    def _on_window_send_requested(self) -> None:
        self.send()

    def _on_window_stop_requested(self) -> None:
        self.stop()

    def _on_view_stop_requested(self) -> None:
        self.stop()

    def _on_window_new_chat_requested(self) -> None:
        self.new_chat()

    def _on_window_export_requested(self) -> None:
        conversation_id = self._service.conversation_id
        if self._history is not None and conversation_id is not None:
            self._history.export_conversation(conversation_id)

    def _on_window_import_requested(self) -> None:
        if self._history is not None:
            self._history.import_conversation()

    def _on_window_closed(self) -> None:
        for holder in self.tasks:
            holder.cancel()

    def _saved_question(self, index: int) -> Turn | None:
        return self._questions[index] if 0 <= index < len(self._questions) else None

    def _on_versions_chosen(self, question_index: int, turn_id: int) -> None:
        self._answer_ids[question_index] = turn_id

    def _on_view_retry_requested(self, question_index: int) -> None:
        self.retry(question_index)

    def _on_view_upload_cancel_requested(self) -> None:
        self.stop()

    def _on_view_edit_requested(self, question_index: int) -> None:
        self.edit(question_index)

    def _on_view_choose_model_requested(self) -> None:
        self._window.focus_model_picker()

    def _on_history_open_requested(self, conversation_id: int) -> None:
        self.open_conversation(conversation_id)

    def _on_history_new_chat_requested(self) -> None:
        self.new_chat()

    def _on_history_conversation_deleted(self, conversation_id: int) -> None:
        if conversation_id != self._service.conversation_id:
            return
        if self.is_answering():
            # Deleting the conversation on show stops its answer (kept, should Undo bring
            # the conversation back), then the window starts afresh.
            self._opening.start(self._new_chat_after_stop())
        else:
            self.new_chat()

    def _on_history_conversation_imported(self, conversation_id: int) -> None:
        self.open_conversation(conversation_id)

    def _show_status(self, text: str) -> None:
        if self._window_alive():
            self._window.show_status(text)
