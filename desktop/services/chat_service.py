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
from dataclasses import dataclass
from pathlib import Path, PurePath
from typing import Any

from desktop.core.answer import Answer
from desktop.core.answer_stream import Completed, StreamEvent, TextDelta, ThoughtDelta
from desktop.core.conversation import (
    AutosaveThrottle,
    ChatSettings,
    Conversation,
    NewAttachment,
    Turn,
    TurnStatus,
)
from desktop.core.errors import FileProblemError, GeminiError, HistoryUnavailableError
from desktop.core.limits import FileFacts
from desktop.core.request import Content
from desktop.services.connections import ConnectionManager
from desktop.services.file_parts import (
    Uploading,
    build_contents,
    check_files,
    facts_of,
    file_facts,
)
from desktop.services.gemini_client import GeminiClient
from desktop.services.history import HistoryStore
from desktop.services.image_prep import DEFAULT_DETAIL, ImageDetail, prepare_image

log = logging.getLogger(__name__)

_SUFFIXES = {"image/jpeg": ".jpg", "image/png": ".png"}


@dataclass(frozen=True)
class TurnSaved:
    """The user's turn is on disk (or in memory, after a HistoryNotice)."""

    conversation_id: int
    turn: Turn


@dataclass(frozen=True)
class AnswerStarted:
    turn_id: int


@dataclass(frozen=True)
class HistoryNotice:
    """Saving failed; the history is kept in memory until the disk takes writes again."""

    error: HistoryUnavailableError


@dataclass(frozen=True)
class FileLeftOut:
    """A file could not be read when the message was sent (moved, deleted, unreadable);
    the message went without it."""

    error: FileProblemError


ChatEvent = TurnSaved | AnswerStarted | HistoryNotice | FileLeftOut | Uploading | StreamEvent


class ChatService:
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

    async def _prepared(self, item: NewAttachment) -> NewAttachment:
        """The photo as it will be sent; raises FileProblemError for a file on disk that
        can no longer be read."""
        source = item.source
        if isinstance(source, Path):
            await asyncio.to_thread(_check_readable, source, item.name)
        if not item.mime_type.startswith("image/") or self.image_detail is ImageDetail.ORIGINAL:
            return item
        if isinstance(source, str):  # a link: nothing to prepare
            return item
        data = source if isinstance(source, bytes) else await asyncio.to_thread(source.read_bytes)
        prepared = await asyncio.to_thread(
            prepare_image, data, item.mime_type, self.image_detail, item.name
        )
        name = item.name
        if prepared.mime_type != item.mime_type:  # the saved copy's name says what it holds
            name = str(PurePath(name).with_suffix(_SUFFIXES[prepared.mime_type]))
        return dataclasses.replace(
            item, source=prepared.data, mime_type=prepared.mime_type, name=name
        )

    async def _check_limits(
        self, attachments: Sequence[NewAttachment], client: GeminiClient
    ) -> None:
        """Every file the next request carries, the conversation's earlier ones included,
        within the connection's limits; else FileProblemError naming the first problem."""
        earlier: list[FileFacts] = []
        if self.conversation_id is not None:
            conversation = await asyncio.to_thread(self.history.load, self.conversation_id)
            earlier = [facts_of(ref) for turn in conversation.turns for ref in turn.attachments]
        new = [await asyncio.to_thread(_facts_of_new, item) for item in attachments]
        check_files(earlier + new, client.connection.api, can_upload=client.uploader is not None)

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

        Before anything is saved, the files are checked against the connection's limits
        (raising FileProblemError, so the caller can give the message back); a file that
        vanished since it was attached is left out with a FileLeftOut event, the rest go."""
        kept: list[NewAttachment] = []
        left_out: list[FileProblemError] = []
        for item in attachments:
            try:
                kept.append(await self._prepared(item))
            except FileProblemError as error:
                log.info("Left out an attachment: %s", error.explanation)
                left_out.append(error)
        if left_out and not kept and not text.strip():
            raise left_out[0]  # nothing would be left to send
        attachments = kept
        try:
            client: GeminiClient | None = await self.connections.client()
        except GeminiError:
            client = None  # the answer fails with it below, after the turn is saved
        if client is not None:
            await self._check_limits(attachments, client)
        for problem in left_out:
            yield FileLeftOut(problem)
        if self.conversation_id is None:
            self.conversation_id = await asyncio.to_thread(
                self.history.create_conversation, settings
            )
        else:
            await asyncio.to_thread(self.history.update_settings, self.conversation_id, settings)
        turn = await asyncio.to_thread(
            self.history.add_user_turn, self.conversation_id, text, list(attachments)
        )
        for notice in self._take_notices():
            yield notice
        yield TurnSaved(self.conversation_id, turn)
        turn_id = await asyncio.to_thread(self.history.start_model_turn, self.conversation_id)
        # aclosing: when the caller closes this stream (it stopped reading), the answer's own
        # stream is closed at once too, and saves what arrived as stopped.
        async with contextlib.aclosing(self._answer(turn_id, settings, before=None)) as events:
            async for event in events:
                yield event

    async def retry(self, turn_id: int, settings: ChatSettings) -> AsyncIterator[ChatEvent]:
        """Stream an answer again in its place (interrupted, stopped or failed)."""
        await asyncio.to_thread(self.history.retry_model_turn, turn_id)
        async with contextlib.aclosing(self._answer(turn_id, settings, before=turn_id)) as events:
            async for event in events:
                yield event

    async def _answer(
        self, turn_id: int, settings: ChatSettings, *, before: int | None
    ) -> AsyncGenerator[ChatEvent, None]:
        assert self.conversation_id is not None
        saver = _AnswerSaver(self, turn_id, AutosaveThrottle(self._interval), self._clock)
        finished = False
        # Everything after start_model_turn is inside the try: a failure (no connection set
        # up, say) or a stop before the first byte must not leave the answer "streaming".
        try:
            yield AnswerStarted(turn_id)
            conversation = await asyncio.to_thread(self.history.load, self.conversation_id)
            client = await self.connections.client()
            uploads: asyncio.Queue[Uploading] = asyncio.Queue()
            building = build_contents(
                conversation,
                self.history,
                api=client.connection.api,
                uploader=client.uploader,
                before=before if before is not None else turn_id,
                on_upload=uploads.put_nowait,
            )
            contents: tuple[Content, ...] = ()
            async for item in _while_reporting(building, uploads):
                if isinstance(item, Uploading):
                    yield item
                else:
                    contents = item
            if not settings.model:  # "the connection's model", as the settings panel says
                settings = dataclasses.replace(settings, model=client.connection.model)
            async for event in client.stream(settings.request(contents)):
                if isinstance(event, TextDelta | ThoughtDelta):
                    saver.add(event)
                elif isinstance(event, Completed):
                    await saver.close()
                    await asyncio.to_thread(
                        self.history.finish_model_turn, saver.turn_id, event.answer
                    )
                    finished = True
                yield event
                for notice in self._take_notices():
                    yield notice
        except GeminiError as error:
            await saver.close()
            error.partial = error.partial or saver.answer_so_far()
            await asyncio.to_thread(
                functools.partial(self.history.finish_model_turn, saver.turn_id, error=error)
            )
            raise
        except (asyncio.CancelledError, GeneratorExit):
            # Stopped by the user or by closing the window (the task cancelled, or the
            # caller closing the stream while it was not waiting on it): keep what arrived.
            # Shielded, so the save completes even though this task is being cancelled.
            if not finished:  # a caller leaving after Completed does not undo the answer
                await asyncio.shield(self._stop(saver))
            raise
        finally:
            saver.cancel_timer()

    async def _stop(self, saver: _AnswerSaver) -> None:
        await saver.close()
        await asyncio.to_thread(
            functools.partial(
                self.history.finish_model_turn,
                saver.turn_id,
                saver.answer_so_far(),
                status=TurnStatus.STOPPED,
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


def _check_readable(path: Path, name: str) -> None:
    """Raise FileProblemError when a file attached earlier is gone or unreadable now."""
    try:
        with path.open("rb") as file:
            file.read(1)
    except FileNotFoundError as exc:
        raise FileProblemError(
            f"{name} was not sent: it was moved or deleted after it was attached.",
            hint="Attach it again from where it is now.",
            status="NOT_FOUND",
        ) from exc
    except OSError as exc:
        raise FileProblemError(
            f"{name} was not sent: it cannot be read any more ({exc.strerror or exc}).",
            hint="Check the file, then attach it again.",
            status="UNREADABLE",
        ) from exc


def _facts_of_new(item: NewAttachment) -> FileFacts:
    """What the limits need to know of a file about to be saved. Blocks (stat)."""
    source = item.source
    if isinstance(source, str):
        return FileFacts(source, 0, item.mime_type, youtube=True)
    return file_facts(
        item.name, source, item.mime_type, clip_start=item.clip_start, clip_end=item.clip_end
    )


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
        self._saving: asyncio.Task[bool] | None = None
        self._timer: asyncio.TimerHandle | None = None

    def add(self, event: TextDelta | ThoughtDelta) -> None:
        (self._text if isinstance(event, TextDelta) else self._thoughts).append(event.text)
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
        """Wait for a save in flight (the final save follows it)."""
        self.cancel_timer()
        if self._saving is not None:
            with contextlib.suppress(Exception):
                await self._saving
        self._throttle.finish()

    def cancel_timer(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None


def _log_failure(task: asyncio.Task[Any]) -> None:
    if not task.cancelled() and task.exception() is not None:
        log.error("Autosave failed", exc_info=task.exception())
