"""A multi-turn text conversation over the active connection's Gemini client.

The window's first version streams through this; the full conversation model (attachments,
history on disk) replaces it with the main-window and history issues.
"""

from __future__ import annotations

from collections.abc import AsyncIterator

from desktop.core.answer import Completed, TextDelta
from desktop.core.request import Content, GenerateRequest, Part, user_message
from desktop.services.connections import ConnectionManager


class ChatSession:
    def __init__(self, connections: ConnectionManager) -> None:
        self._connections = connections
        self._history: list[Content] = []

    async def answer(self, prompt: str) -> AsyncIterator[str]:
        """Stream the answer's text; the turn joins the history once it completes."""
        client = await self._connections.client()
        turn = user_message(prompt)
        request = GenerateRequest(model=client.connection.model, contents=(*self._history, turn))
        async for event in client.stream(request):
            if isinstance(event, TextDelta):
                yield event.text
            elif isinstance(event, Completed) and event.answer.text:
                # An answer with no text (blocked, thoughts only) stays out of the history:
                # Google refuses an empty text part in every later request.
                reply = Content("model", (Part.from_text(event.answer.text),))
                self._history += [turn, reply]
