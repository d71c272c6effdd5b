"""Turns the window's requests into streamed answers; the only owner of the answer task."""

from __future__ import annotations

import asyncio
import logging
import sys
from collections.abc import AsyncIterator, Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Signal

from desktop.core.errors import GeminiError
from desktop.ui.conversation import AnswerView
from desktop.ui.main_window import MainWindow
from desktop.ui.tasks import TaskHolder

log = logging.getLogger(__name__)

AnswerStream = Callable[[str], AsyncIterator[str]]
"""Given the user's question, yields the answer as text pieces (deltas) as they arrive."""

ErrorExplainer = Callable[[BaseException], str]
"""Turns an exception into one plain sentence for the user."""

YIELD_EVERY = 32
"""Deltas already buffered are read back to back without suspending; every so many, the
loop gets a turn so that a burst never holds the window (a few hundred take 10 ms)."""


def explain_error(exc: BaseException) -> str:
    """The default ErrorExplainer: the plain words of our own errors; for anything else,
    a sentence that points at the log (the details are there, not on screen)."""
    if isinstance(exc, GeminiError):
        return exc.user_text()
    log.error("Unexpected error while answering", exc_info=exc)
    return QCoreApplication.translate(
        "ChatController", "Something unexpected went wrong. The details are in the log file."
    )


class ChatController(QObject):
    """Connects a MainWindow to an answer stream.

    The window only emits `send_requested` / `stop_requested`; this controller starts and
    cancels the answer task through a TaskHolder and hands the deltas to the answer view,
    which draws them at most once per frame.
    """

    turn_finished = Signal(str)
    """Emitted when an answer ends: "completed", "stopped" or "failed"."""

    def __init__(
        self,
        window: MainWindow,
        answer_stream: AnswerStream,
        errors: ErrorExplainer = explain_error,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._window = window
        self._answer_stream = answer_stream
        self._errors = errors
        self._tasks = TaskHolder("answer", on_error=self._on_answer_task_crashed)
        window.send_requested.connect(self._on_window_send_requested)
        window.stop_requested.connect(self._on_window_stop_requested)
        window.closed.connect(self._on_window_closed)

    @property
    def tasks(self) -> TaskHolder:
        return self._tasks

    def is_answering(self) -> bool:
        return self._tasks.is_running()

    def ask(self, prompt: str) -> asyncio.Task[None]:
        """Show `prompt` as the user's turn and stream the answer below it."""
        conversation = self._window.conversation
        conversation.add_user_turn(prompt)
        self._window.clear_prompt()
        return self._tasks.start(self._answer(prompt, conversation.begin_answer()))

    def stop(self) -> bool:
        """Stop the running answer, keeping what has arrived; True if one was running."""
        return self._tasks.cancel()

    async def aclose(self) -> None:
        """Cancel the running answer and wait until it has unwound (used at shutdown)."""
        await self._tasks.cancel_and_wait()

    # -- slots ----------------------------------------------------------------------------------

    def _on_window_send_requested(self, prompt: str) -> None:
        self.ask(prompt)

    def _on_window_stop_requested(self) -> None:
        self.stop()

    def _on_window_closed(self) -> None:
        self.stop()

    def _on_answer_task_crashed(self, exc: BaseException) -> None:
        # Only bugs get here: _answer turns every stream failure into an inline message.
        if self._window_alive():
            self._window.set_busy(False)
            self._window.show_status(
                self.tr("Something unexpected went wrong. The details are in the log file.")
            )
        sys.excepthook(type(exc), exc, exc.__traceback__)

    # -- the answer task ------------------------------------------------------------------------

    def _window_alive(self) -> bool:
        return shiboken6.isValid(self._window)

    async def _answer(self, prompt: str, turn: AnswerView) -> None:
        window = self._window
        window.set_busy(True)
        window.show_status(self.tr("Gemini is answering…"))
        outcome = "failed"
        stream = self._answer_stream(prompt)
        try:
            count = 0
            async for delta in stream:
                turn.append_text(delta)
                count += 1
                if count % YIELD_EVERY == 0:
                    await asyncio.sleep(0)
        except asyncio.CancelledError:
            outcome = "stopped"
            # After any await the window may be gone (closed and deleted at shutdown).
            if self._window_alive():
                turn.mark_stopped()
                window.show_status(self.tr("Stopped. The answer so far is kept."))
            raise
        except Exception as exc:
            log.warning("The answer stream failed", exc_info=True)
            if self._window_alive():
                turn.mark_failed(self._errors(exc))
                if not window.prompt_text().strip():
                    window.set_prompt_text(prompt)
                window.show_status(self.tr("The answer could not be completed."))
        else:
            outcome = "completed"
            if self._window_alive():
                turn.finish()
                window.show_status(self.tr("Ready"))
        finally:
            aclose = getattr(stream, "aclose", None)
            if aclose is not None:
                await aclose()
            if self._window_alive():
                window.set_busy(False)
            self.turn_finished.emit(outcome)
