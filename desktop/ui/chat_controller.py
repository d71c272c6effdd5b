"""Turns the window's requests into streamed answers; the only owner of the answer task."""

from __future__ import annotations

import asyncio
import logging
import sys
from collections.abc import AsyncIterator, Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from desktop.core.errors import GeminiError
from desktop.ui.conversation_view import AnswerTurn
from desktop.ui.main_window import MainWindow
from desktop.ui.tasks import TaskHolder

log = logging.getLogger(__name__)

AnswerStream = Callable[[str], AsyncIterator[str]]
"""Given the user's question, yields the answer as text pieces (deltas) as they arrive."""

ErrorExplainer = Callable[[BaseException], str]
"""Turns an exception into one plain sentence for the user."""

FRAME_INTERVAL_MS = 16


def explain_error(exc: BaseException) -> str:
    """The default ErrorExplainer: the plain words of our own errors; for anything else,
    a sentence that points at the log (the details are there, not on screen)."""
    if isinstance(exc, GeminiError):
        return exc.user_text()
    log.error("Unexpected error while answering", exc_info=exc)
    return QCoreApplication.translate(
        "ChatController", "Something unexpected went wrong. The details are in the log file."
    )


class _FrameThrottledWriter(QObject):
    """Collects deltas and writes them into the answer at most once per frame."""

    def __init__(self, turn: AnswerTurn, parent: QObject) -> None:
        super().__init__(parent)
        self._turn = turn
        self._pending: list[str] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(FRAME_INTERVAL_MS)
        self._timer.timeout.connect(self._on_timer_timeout)

    def add(self, delta: str) -> None:
        if not delta:
            return
        self._pending.append(delta)
        if not self._timer.isActive():
            self._timer.start()

    def flush(self) -> None:
        self._timer.stop()
        if self._pending:
            text = "".join(self._pending)
            self._pending.clear()
            self._turn.append(text)

    def close(self) -> None:
        self._timer.stop()
        self._pending.clear()
        self.deleteLater()

    def _on_timer_timeout(self) -> None:
        self.flush()


class ChatController(QObject):
    """Connects a MainWindow to an answer stream.

    The window only emits `send_requested` / `stop_requested`; this controller starts and
    cancels the answer task through a TaskHolder and writes the deltas into the window.
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
        self._window.conversation.add_user_turn(prompt)
        self._window.clear_prompt()
        return self._tasks.start(self._answer(prompt))

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

    async def _answer(self, prompt: str) -> None:
        window = self._window
        turn = window.conversation.begin_answer()
        writer = _FrameThrottledWriter(turn, parent=self)
        window.set_busy(True)
        window.show_status(self.tr("Gemini is answering…"))
        outcome = "failed"
        stream = self._answer_stream(prompt)
        try:
            async for delta in stream:
                writer.add(delta)
        except asyncio.CancelledError:
            outcome = "stopped"
            # After any await the window may be gone (closed and deleted at shutdown).
            if self._window_alive():
                writer.flush()
                turn.mark_stopped()
                window.show_status(self.tr("Stopped. The answer so far is kept."))
            raise
        except Exception as exc:
            log.warning("The answer stream failed", exc_info=True)
            if self._window_alive():
                writer.flush()
                turn.fail(self._errors(exc))
                if not window.prompt_text().strip():
                    window.set_prompt_text(prompt)
                window.show_status(self.tr("The answer could not be completed."))
        else:
            outcome = "completed"
            if self._window_alive():
                writer.flush()
                turn.finish()
                window.show_status(self.tr("Ready"))
        finally:
            aclose = getattr(stream, "aclose", None)
            if aclose is not None:
                await aclose()
            writer.close()
            if self._window_alive():
                window.set_busy(False)
            self.turn_finished.emit(outcome)
