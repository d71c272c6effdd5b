"""Run by test_crash_recovery.py as a child process: asks the loopback server about a photo
through the real client and saves the streaming answer the way the window does, printing
a line after every save, until the test kills it.

usage: python -m tests.services.history.stream_and_save BASE_URL PHOTO INTERVAL
(GEMINI_DESKTOP_HOME says where the history lives.)
"""

from __future__ import annotations

import asyncio
import sys
import time
from pathlib import Path

from desktop.core.answer_stream import Completed, TextDelta, ThoughtDelta
from desktop.core.connection import ApiKind, Connection
from desktop.core.conversation import AutosaveThrottle, ChatSettings, conversation_request_contents
from desktop.services.auth import ApiKeyAuth
from desktop.services.gemini_client import GeminiClient
from desktop.services.history import HistoryStore


def say(line: str) -> None:
    print(line, flush=True)


async def main(base_url: str, photo: Path, interval: float) -> None:
    store = HistoryStore.open()
    conversation = store.create_conversation(ChatSettings(model="gemini-2.5-flash"))
    # The user's turn is saved before the request is sent.
    await asyncio.to_thread(
        store.add_user_turn,
        conversation,
        "What is in this photo?",
        [(photo, "image/png", photo.name)],
    )
    turn_id = await asyncio.to_thread(store.start_model_turn, conversation)
    say(f"conversation {conversation} turn {turn_id}")

    loaded = await asyncio.to_thread(store.load, conversation)
    request = loaded.settings.request(conversation_request_contents(loaded, store.attachment_bytes))
    throttle = AutosaveThrottle(interval)
    text: list[str] = []
    thoughts: list[str] = []
    connection = Connection(ApiKind.GEMINI, base_url=base_url)
    async with GeminiClient(connection, ApiKeyAuth("test-api-key")) as client:
        async for event in client.stream(request):
            if isinstance(event, TextDelta | ThoughtDelta):
                (text if isinstance(event, TextDelta) else thoughts).append(event.text)
                if throttle.note(time.monotonic()):
                    saved = "".join(text)
                    await asyncio.to_thread(store.save_partial, turn_id, saved, "".join(thoughts))
                    say(f"saved {len(saved)}")
            elif isinstance(event, Completed):
                await asyncio.to_thread(store.finish_model_turn, turn_id, event.answer)
                say("finished")


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], Path(sys.argv[2]), float(sys.argv[3])))
