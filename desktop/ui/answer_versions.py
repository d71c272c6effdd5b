"""The arrows of '1 of 2': another version of an answer takes its place on screen, and the
history saves the choice, so the conversation (the next question, exports) goes on from it."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QApplication

from desktop.core.conversation import Turn
from desktop.core.errors import GeminiError
from desktop.services.history import HistoryStore
from desktop.ui.main_window import MainWindow
from desktop.ui.message_words import error_words
from desktop.ui.saved_conversation import show_saved_answer
from desktop.ui.tasks import TaskHolder, crash_route

log = logging.getLogger(__name__)


class AnswerVersionController(QObject):
    """Switches an answer to its previous or next version when its arrows are clicked.

    `answer_id(index)` is the saved answer on show for a question; `chosen(index, id)` is
    told when another takes its place; `busy()` refuses a switch while an answer streams."""

    def __init__(
        self,
        window: MainWindow,
        history: HistoryStore,
        *,
        answer_id: Callable[[int], int | None],
        chosen: Callable[[int, int], None],
        busy: Callable[[], bool],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._window = window
        self._history = history
        self._answer_id = answer_id
        self._chosen = chosen
        self._busy = busy
        self._task = TaskHolder("answer-version", on_error=crash_route(self._show_status))
        window.conversation.version_requested.connect(self._on_view_version_requested)

    @property
    def task(self) -> TaskHolder:
        return self._task

    def step(self, question_index: int, step: int) -> asyncio.Task[None] | None:
        """Show the version `step` away (-1, +1) from the one on show; None when refused."""
        turn_id = self._answer_id(question_index)
        if turn_id is None:
            return None
        if self._busy():
            self._show_status(
                QCoreApplication.translate(
                    "ConversationController",
                    "Gemini is still answering. Stop the answer first (Esc), then try again.",
                )
            )
            return None
        return self._task.start(self._switch(question_index, turn_id, step))

    async def _switch(self, index: int, turn_id: int, step: int) -> None:
        history = self._history
        try:
            shown = await asyncio.to_thread(history.answer_version, turn_id)
            target = shown.version_number - 1 + step
            if not 0 <= target < len(shown.versions):
                return
            turn = await asyncio.to_thread(history.choose_version, shown.versions[target])
        except GeminiError as error:
            self._show_status(error_words(error))
            return
        if shiboken6.isValid(self._window):
            self._show(index, turn, step)

    def _show(self, index: int, turn: Turn, step: int) -> None:
        view = self._window.conversation
        old = next((a for a in view.answers() if a.turn_index == index), None)
        focused = QApplication.focusWidget()
        had_focus = old is not None and focused is not None and old.isAncestorOf(focused)
        answer = view.begin_answer_again(index)
        show_saved_answer(answer, turn)
        answer.set_versions(turn.version_number, turn.version_count)
        self._chosen(index, turn.id)
        if had_focus:
            # The arrow clicked went with the old answer: the keyboard stays on the arrows.
            arrows = answer.versions
            going = arrows.previous_button if step < 0 else arrows.next_button
            other = arrows.next_button if step < 0 else arrows.previous_button
            (going if going.isEnabled() else other).setFocus()

    def _show_status(self, text: str) -> None:
        if shiboken6.isValid(self._window):
            self._window.show_status(text)

    def _on_view_version_requested(self, question_index: int, step: int) -> None:
        self.step(question_index, step)
