"""A multi-turn text conversation over the Gemini client, connected on first use.

The window's first version streams through this; the full conversation model (attachments,
history on disk) replaces it with the main-window and history issues.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import AsyncIterator, Mapping

from desktop.core.answer import Completed, TextDelta
from desktop.core.request import Content, GenerateRequest, Part, user_message
from desktop.services import config
from desktop.services.gemini_client import GeminiClient


class ChatSession:
    def __init__(self, env: Mapping[str, str] | None = None) -> None:
        self._env = os.environ if env is None else env
        self._client: GeminiClient | None = None
        self._history: list[Content] = []

    async def _connect(self) -> GeminiClient:
        if self._client is None:
            resolved = config.resolve(self._env)
            # Reading key files and gcloud's files is blocking IO: keep it off the GUI thread.
            auth = await asyncio.to_thread(config.make_auth, resolved, self._env)
            self._client = GeminiClient(resolved.connection, auth)
        return self._client

    async def answer(self, prompt: str) -> AsyncIterator[str]:
        """Stream the answer's text; the turn joins the history once it completes."""
        client = await self._connect()
        turn = user_message(prompt)
        request = GenerateRequest(model=client.connection.model, contents=(*self._history, turn))
        async for event in client.stream(request):
            if isinstance(event, TextDelta):
                yield event.text
            elif isinstance(event, Completed):
                reply = Content("model", (Part.from_text(event.answer.text),))
                self._history += [turn, reply]

    async def aclose(self) -> None:
        if self._client is not None:
            await self._client.aclose()
            self._client = None
