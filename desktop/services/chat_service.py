"""One conversation at a time: save the user's turn, stream the answer, autosave it.

The order is what makes nothing get lost: the user's turn (with its files) is saved before
the request leaves; the answer is saved as it streams (the first text at once, then at most
once a second, and again whenever a second passes without new text) and at the end, as
complete, stopped or failed. When the history cannot be written (a full disk, a folder
turned read-only), the store goes on in memory by itself and the stream goes on; a
HistoryNotice event says so once.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import functools
import logging
import time
from collections.abc import AsyncGenerator, AsyncIterator, Awaitable, Callable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any

from desktop.core.answer import Answer
from desktop.core.answer_stream import Completed, StreamEvent, TextDelta, ThoughtDelta
from desktop.core.conversation import (
    AttachmentRef,
    AutosaveThrottle,
    ChatSettings,
    Conversation,
    NewAttachment,
    Turn,
    TurnStatus,
    request_attachments,
)
from desktop.core.errors import FileProblemError, GeminiError, HistoryUnavailableError
from desktop.core.image_detail import DEFAULT_DETAIL
from desktop.core.request import Content
from desktop.services.connections import ConnectionManager
from desktop.services.file_parts import Uploading, build_contents
from desktop.services.gemini_client import GeminiClient
from desktop.services.history import HistoryStore
from desktop.services.turn_files import check_request_files, prepare_files

log = logging.getLogger(__name__)

SAVED_CHARS_PER_SECOND = 2_000_000
"""A streaming answer this long is autosaved every second; a longer one less often."""


@dataclass(frozen=True)
class TurnSaved:
    """The user's turn is on disk (or in memory, after a HistoryNotice)."""

    conversation_id: int
    turn: Turn


@dataclass(frozen=True)
class AnswerStarted:
    turn_id: int
    versions: tuple[int, ...] = ()
    """Every version of this answer (a retry keeps the earlier ones); () when the only one."""


@dataclass(frozen=True)
class HistoryNotice:
    """Saving failed; the history is kept in memory until the disk takes writes again."""

    error: HistoryUnavailableError


@dataclass(frozen=True)
class FileLeftOut:
    """A file could not be read when the message was sent (moved, deleted, unreadable);
    the message went without it. `position` is its place among the files given to send."""

    position: int
    error: FileProblemError


ChatEvent = TurnSaved | AnswerStarted | HistoryNotice | FileLeftOut | Uploading | StreamEvent


class ChatService:
    """One conversation at a time, over the app's one HistoryStore. Each answer (sent or
    retried) runs one pipeline: the client looked up once, the conversation loaded once,
    the files prepared and their limits checked once, the model resolved once."""

    def __init__(
        self,
        connections: ConnectionManager,
        history: HistoryStore,
        *,
        clock: Callable[[], float] = time.monotonic,
        autosave_interval: float = 1.0,
    ) -> None:
        self.connections = connections
        self.history = history
        self.conversation_id: int | None = None
        self._clock = clock
        self._interval = autosave_interval
        self.image_detail = DEFAULT_DETAIL  # a plain preference the window may change
        self._loaded: tuple[int, int, Conversation] | None = None  # id, revision, as read

    def new_conversation(self) -> None:
        self.conversation_id = None

    async def open(self, conversation_id: int) -> Conversation:
        conversation = await asyncio.to_thread(self.history.load, conversation_id)
        self.conversation_id = conversation_id
        return conversation

    async def send(
        self, text: str, attachments: Sequence[NewAttachment], settings: ChatSettings
    ) -> AsyncIterator[ChatEvent]:
        """Save the user's turn, then stream and save the answer. Photos are prepared first
        (upright, sized to `image_detail`, without metadata): what is saved is what is sent.
        `settings` are saved as chosen (no model: the connection's, resolved per answer).

        Before anything is saved, the files are checked against the connection's limits
        (raising FileProblemError, so the caller can give the message back); a file that
        vanished since it was attached is left out with a FileLeftOut event, the rest go."""
        kept, left_out = await prepare_files(attachments, self.image_detail)
        if left_out and not kept and not text.strip():
            raise next(iter(left_out.values()))  # nothing would be left to send
        client = await self._client()
        conversation = await self.load_current()
        if isinstance(client, GeminiClient):
            earlier = [ref for turn in conversation.turns for ref in turn.attachments]
            await self._check_limits(earlier, kept, client)
        for position, problem in left_out.items():
            yield FileLeftOut(position, problem)
        history = self.history
        if self.conversation_id is None:
            self.conversation_id = await asyncio.to_thread(history.create_conversation, settings)
        else:
            await asyncio.to_thread(history.update_settings, self.conversation_id, settings)
        turn = await asyncio.to_thread(history.add_user_turn, self.conversation_id, text, kept)
        for notice in self._take_notices():
            yield notice
        yield TurnSaved(self.conversation_id, turn)
        turn_id = await asyncio.to_thread(history.start_model_turn, self.conversation_id)
        conversation = dataclasses.replace(
            conversation, id=self.conversation_id, turns=(*conversation.turns, turn)
        )
        answer = self._answer(conversation, turn_id, settings, client, checked=True)
        # aclosing: when the caller closes this stream (it stopped reading), the answer's own
        # stream is closed at once too, and saves what arrived as stopped.
        async with contextlib.aclosing(answer) as events:
            async for event in events:
                yield event

    async def retry(self, turn_id: int, settings: ChatSettings) -> AsyncIterator[ChatEvent]:
        """Stream a new version of an answer in its place (failed, stopped or unwanted); the
        earlier versions stay in the history, reachable. AnswerStarted names the new one."""
        client = await self._client()
        version = await asyncio.to_thread(self.history.retry_model_turn, turn_id)
        # Loaded after: the slot now holds the new version, so its request stops there.
        conversation = await self.load_current()
        answer = self._answer(
            conversation, version.id, settings, client, checked=False, versions=version.versions
        )
        async with contextlib.aclosing(answer) as events:
            async for event in events:
                yield event

    async def _client(self) -> GeminiClient | GeminiError:
        """The active connection's client, or why there is none (the answer fails with it,
        after the user's turn is saved)."""
        try:
            return await self.connections.client()
        except GeminiError as error:
            return error

    async def load_current(self) -> Conversation:
        """The conversation on show as saved, or an empty one for a new chat. Read from the
        history again only once anything was written since (a pause in typing recounts the
        tokens: the conversation it counts is the one read before)."""
        conversation_id = self.conversation_id
        if conversation_id is None:
            now = datetime.now(UTC)
            return Conversation(0, "", now, now, ChatSettings(), ())
        revision = self.history.revision  # before reading: a write meanwhile reads again
        kept = self._loaded
        if kept is not None and kept[:2] == (conversation_id, revision):
            return kept[2]
        conversation = await asyncio.to_thread(self.history.load, conversation_id)
        self._loaded = (conversation_id, revision, conversation)
        return conversation

    @staticmethod
    async def _check_limits(
        earlier: Sequence[AttachmentRef], new: Sequence[NewAttachment], client: GeminiClient
    ) -> None:
        await asyncio.to_thread(
            functools.partial(
                check_request_files,
                earlier,
                new,
                client.connection.api,
                can_upload=client.uploader is not None,
            )
        )

    async def _answer(
        self,
        conversation: Conversation,
        turn_id: int,
        settings: ChatSettings,
        client: GeminiClient | GeminiError,
        *,
        checked: bool,
        versions: tuple[int, ...] = (),
    ) -> AsyncGenerator[ChatEvent, None]:
        saver = _AnswerSaver(self, turn_id, AutosaveThrottle(self._interval), self._clock)
        finished = False
        # Everything after start_model_turn is inside the try: a failure (no connection set
        # up, say) or a stop before the first byte must not leave the answer "streaming".
        try:
            yield AnswerStarted(turn_id, versions)
            if isinstance(client, GeminiError):
                raise client
            if not checked:
                await self._check_limits(
                    request_attachments(conversation, before=turn_id), (), client
                )
            uploads: asyncio.Queue[Uploading] = asyncio.Queue()
            building = build_contents(
                conversation,
                self.history,
                api=client.connection.api,
                uploader=client.uploader,
                before=turn_id,
                on_upload=uploads.put_nowait,
            )
            contents: tuple[Content, ...] = ()
            async for item in _while_reporting(building, uploads):
                if isinstance(item, Uploading):
                    yield item
                else:
                    contents = item
            # No model chosen: "the connection's model", as the settings panel says.
            model = settings.model or client.connection.model
            async for event in client.stream(replace(settings, model=model).request(contents)):
                if isinstance(event, TextDelta | ThoughtDelta):
                    saver.add(event)
                elif isinstance(event, Completed):
                    finished = True  # a stop from now on must not overwrite it as stopped
                    await asyncio.shield(self._finish(saver, event.answer))
                yield event
                for notice in self._take_notices():
                    yield notice
        except GeminiError as error:
            finished = True
            error.partial = error.partial or saver.answer_so_far()
            await asyncio.shield(self._finish(saver, error=error))
            raise
        except (asyncio.CancelledError, GeneratorExit):
            # Stopped by the user or by closing the window (the task cancelled, or the
            # caller closing the stream while it was not waiting on it): keep what arrived.
            if not finished:  # a caller leaving after Completed does not undo the answer
                await asyncio.shield(
                    self._finish(saver, saver.answer_so_far(), status=TurnStatus.STOPPED)
                )
            raise
        finally:
            saver.cancel_timer()

    async def _finish(
        self,
        saver: _AnswerSaver,
        answer: Answer | None = None,
        *,
        status: TurnStatus | None = None,
        error: GeminiError | None = None,
    ) -> None:
        """The answer's last save, after the autosave in flight. Callers shield it: a stop
        (or the window closing) while it waits must not leave the answer "streaming"."""
        await saver.close()
        await asyncio.to_thread(
            functools.partial(
                self.history.finish_model_turn, saver.turn_id, answer, status=status, error=error
            )
        )

    def _take_notices(self) -> list[HistoryNotice]:
        error = self.history.take_notice()
        return [] if error is None else [HistoryNotice(error)]


async def _while_reporting(
    work: Awaitable[tuple[Content, ...]], reports: asyncio.Queue[Uploading]
) -> AsyncIterator[Uploading | tuple[Content, ...]]:
    """The reports `work` puts in the queue while it runs, then its result. Closing this
    early (Stop) cancels the work and leaves no task behind."""
    task = asyncio.ensure_future(work)
    getter: asyncio.Future[Uploading] | None = None
    try:
        while not task.done():
            getter = asyncio.ensure_future(reports.get())
            await asyncio.wait([task, getter], return_when=asyncio.FIRST_COMPLETED)
            if getter.done():
                yield getter.result()
            else:
                getter.cancel()
            getter = None
        while not reports.empty():
            yield reports.get_nowait()
        yield task.result()
    finally:
        leftovers = [f for f in (task, getter) if f is not None and not f.done()]
        for future in leftovers:
            future.cancel()
        if leftovers:
            await asyncio.wait(leftovers)


class _AnswerSaver:
    """Keeps the answer so far and saves it on the throttle's schedule."""

    def __init__(
        self,
        service: ChatService,
        turn_id: int,
        throttle: AutosaveThrottle,
        clock: Callable[[], float],
    ) -> None:
        self._service = service
        self.turn_id = turn_id
        self._throttle = throttle
        self._clock = clock
        self._text: list[str] = []
        self._thoughts: list[str] = []
        self._chars = 0
        self._base_interval = throttle.interval
        self._saving: asyncio.Task[bool] | None = None
        self._timer: asyncio.TimerHandle | None = None

    def add(self, event: TextDelta | ThoughtDelta) -> None:
        (self._text if isinstance(event, TextDelta) else self._thoughts).append(event.text)
        self._chars += len(event.text)
        # Each save writes (and indexes for search) the whole answer so far: a huge one is
        # saved less often, so saving costs about as much as the answer, not its square.
        self._throttle.interval = max(self._base_interval, self._chars / SAVED_CHARS_PER_SECOND)
        if self._throttle.note(self._clock()):
            self._save_soon()
        else:
            self._arm_timer()

    def answer_so_far(self) -> Answer:
        return Answer(text="".join(self._text), thoughts="".join(self._thoughts))

    def _arm_timer(self) -> None:
        # Text that waits while no more arrives is saved when its second is up.
        deadline = self._throttle.deadline
        if self._timer is not None or deadline is None:
            return
        loop = asyncio.get_running_loop()
        self._timer = loop.call_later(max(0.0, deadline - self._clock()), self._on_timer)

    def _on_timer(self) -> None:
        self._timer = None
        if self._throttle.due(self._clock()):
            self._save_soon()

    def _save_soon(self) -> None:
        if self._saving is not None and not self._saving.done():
            self._arm_timer()  # one save at a time; the next one catches up
            return
        text, thoughts = "".join(self._text), "".join(self._thoughts)
        self._saving = asyncio.ensure_future(
            asyncio.to_thread(self._service.history.save_partial, self.turn_id, text, thoughts)
        )
        self._saving.add_done_callback(_log_failure)

    async def close(self) -> None:
        """Wait for a save in flight (the final save follows it). asyncio.wait, not
        await: a cancelled caller must not cancel the save (its failure is logged)."""
        self.cancel_timer()
        if self._saving is not None:
            await asyncio.wait([self._saving])
        self._throttle.finish()

    def cancel_timer(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None


def _log_failure(task: asyncio.Task[Any]) -> None:
    if not task.cancelled() and task.exception() is not None:
        log.error("Autosave failed", exc_info=task.exception())
