"""One answer on screen as the send pipeline streams it: the one loop that turns a
ChatService's events into an AnswerView's updates, for the main window and for every compare
column, so that what one shows (thoughts, the retry wait, the finished answer) the other
shows too."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Callable

import shiboken6

from desktop.core.answer_stream import Completed, Retrying, TextDelta, ThoughtDelta
from desktop.core.conversation import ChatSettings, shows_thoughts
from desktop.services.chat_service import ChatEvent
from desktop.ui.conversation import AnswerView
from desktop.ui.message_words import words
from desktop.ui.saved_conversation import shown_answer

YIELD_EVERY = 32
"""Deltas already buffered are read back to back without suspending; every so many, the
loop gets a turn so that a burst never holds the window (a few hundred take 10 ms)."""


class AnswerFeed:
    """Shows one answer's stream in its AnswerView: text and thoughts as they come (thoughts
    only where `shows_thoughts`), the wait before a retry, the answer as it ended. Every
    other event (the turn saved, uploads, a file left out, the history's notices) goes to
    `on_event`, the controller's own; so does Completed, after the view shows it."""

    def __init__(
        self,
        answer: AnswerView,
        settings: ChatSettings,
        on_event: Callable[[ChatEvent], None],
    ) -> None:
        self._answer = answer
        self._on_event = on_event
        self.show_thoughts = shows_thoughts(settings)
        self.first_delta_at: float | None = None
        """time.monotonic() when the first text or thought arrived (None: none yet)."""

    async def show(self, stream: AsyncIterator[ChatEvent]) -> None:
        """Follow `stream` to its end; the stream is closed however the loop ends (a stop
        while the loop had its turn, not inside the stream, still saves the answer as
        stopped)."""
        answer = self._answer
        count = 0
        try:
            async for event in stream:
                # After any await the window may be gone (closed and deleted at shutdown).
                alive = shiboken6.isValid(answer)
                if isinstance(event, TextDelta | ThoughtDelta):
                    if self.first_delta_at is None:
                        self.first_delta_at = time.monotonic()
                    if alive and isinstance(event, TextDelta):
                        answer.append_text(event.text)
                    elif alive and self.show_thoughts:
                        answer.append_thought(event.text)
                    count += 1
                    if count >= YIELD_EVERY:
                        count = 0
                        await asyncio.sleep(0)
                    continue
                if alive and isinstance(event, Retrying):
                    reason = words(event.error.words)
                    answer.show_retrying(reason, event.delay, event.attempt, event.attempts)
                elif alive and isinstance(event, Completed):
                    answer.finish(shown_answer(event.answer, self.show_thoughts))
                self._on_event(event)
        finally:
            aclose = getattr(stream, "aclose", None)
            if aclose is not None:
                await aclose()
