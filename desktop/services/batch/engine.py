"""A batch's run: every pending file prepared in worker threads, sent through the app's one
request path (turn_files' contents, ChatSettings.request, GeminiClient.stream), as many at a
time as the quota allows (AdaptiveLimit), each result saved in the history the moment it
arrives, then reported.

A 429 is not retried inside the client: the run stops that request, halves the limit,
waits as long as RetryInfo says and sends the file again (a 429 is no answer, so nothing
is sent twice). Other failures worth another try are retried by the client's one retry
policy, as in the window. Cancelling the run (Ctrl+C, Stop) leaves unanswered files
pending, to be sent when the batch resumes.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import functools
import logging
import os
from collections import deque
from collections.abc import AsyncGenerator, AsyncIterator, Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from desktop.core.answer import Answer
from desktop.core.answer_stream import Completed
from desktop.core.answer_stream import Retrying as StreamRetrying
from desktop.core.conversation import ChatSettings, NewAttachment
from desktop.core.errors import FileProblemError, GeminiError, QuotaExceededError, is_rate_limit
from desktop.core.finish import finish_note
from desktop.core.image_detail import ImageDetail
from desktop.core.messages import Message
from desktop.services.batch.ask import Ask
from desktop.services.batch.existing import context_note, existing_metadata
from desktop.services.batch.limiter import AdaptiveLimit, Ticket
from desktop.services.gemini_client import GeminiClient
from desktop.services.history import HistoryStore
from desktop.services.history.batches import BatchItem, ItemStatus
from desktop.services.turn_files import one_turn_contents, opened_file, prepare_file

log = logging.getLogger(__name__)

MAX_REFUSALS = 50
"""429s one file may meet before it counts as failed (a quota that never comes back)."""


@dataclass(frozen=True)
class Answered:
    item: BatchItem
    keeps_location: bool = False
    """Sent unchanged (ImageDetail.ORIGINAL) with its GPS location."""


@dataclass(frozen=True)
class Failed:
    item: BatchItem
    error: GeminiError


@dataclass(frozen=True)
class LeftOut:
    """Found damaged or unreadable while being prepared: never sent."""

    item: BatchItem
    error: FileProblemError


@dataclass(frozen=True)
class Refused:
    """A 429: the file goes again after `retry_after`, with fewer at a time."""

    item: BatchItem
    retry_after: float


@dataclass(frozen=True)
class Sending:
    """The file's request is on its way: its first try, or again after a wait. Reported
    only when the run is asked to (BatchRun(report_sending=True))."""

    item: BatchItem


@dataclass(frozen=True)
class Retrying:
    """A try failed in a way worth another (a server error, a dropped connection): the
    client's retry policy sends the file again after `delay`. Reported only when asked."""

    item: BatchItem
    delay: float


@dataclass(frozen=True)
class Halted:
    """A quota that does not come back in seconds (today's, or a prepaid balance used up):
    nothing more is sent; the files not sent stay pending for a later --resume."""

    error: GeminiError


BatchEvent = Answered | Failed | LeftOut | Refused | Halted | Sending | Retrying


@dataclass
class _Job:
    item: BatchItem
    file: NewAttachment
    keeps_location: bool
    context: str = ""
    """The photo's existing title and keywords, worded for the question (Ask.context)."""
    refusals: int = 0


class _Refusal(Exception):
    def __init__(self, error: GeminiError, delay: float) -> None:
        super().__init__(error.explanation)
        self.error = error
        self.delay = delay


class BatchRun:
    """One run over a batch's pending files."""

    def __init__(
        self,
        client: GeminiClient,
        history: HistoryStore,
        batch_id: int,
        ask: Ask,
        settings: ChatSettings,
        *,
        detail: ImageDetail,
        limit: AdaptiveLimit | None = None,
        preparers: int | None = None,
        report_sending: bool = False,
    ) -> None:
        self.client = client
        self.history = history
        self.batch_id = batch_id
        self.ask = ask
        self.settings = settings.answer_only()  # a batch keeps only the answers
        """The request's settings, the model resolved (batch_settings)."""
        self.detail = detail
        self.limit = limit or AdaptiveLimit()
        self.halted: GeminiError | None = None
        self.report_sending = report_sending
        """Also yield Sending and Retrying (the window shows which files are on their way)."""
        # Decoding and encoding photos leave the GIL (Pillow): one worker thread per core.
        self._preparers = preparers or max(2, os.cpu_count() or 2)

    async def run(self, items: Sequence[BatchItem]) -> AsyncIterator[BatchEvent]:
        """Send `items` (the pending and failed ones of the batch); yields each result
        once it is saved. Closing the iterator stops the run."""
        events: asyncio.Queue[BatchEvent | None] = asyncio.Queue()
        work = asyncio.ensure_future(self._work(list(items), events.put_nowait))
        work.add_done_callback(lambda _: events.put_nowait(None))
        try:
            while (event := await events.get()) is not None:
                yield event
            work.result()  # a bug in a worker surfaces here
        finally:
            if not work.done():
                work.cancel()
                await asyncio.wait([work])

    async def _work(self, items: list[BatchItem], emit: Callable[[BatchEvent], None]) -> None:
        pending = deque(items)
        ready: asyncio.Queue[_Job | None] = asyncio.Queue(maxsize=self.limit.ceiling)
        retries: deque[_Job] = deque()
        sent_one = asyncio.Event()
        async with asyncio.TaskGroup() as group:
            preparers = [
                group.create_task(self._prepare_all(pending, ready, emit))
                for _ in range(self._preparers)
            ]
            running: set[asyncio.Task[None]] = set()
            preparers_left = self._preparers
            while True:
                if self.halted is not None:
                    for preparer in preparers:
                        preparer.cancel()  # one may wait for room in `ready`
                    break
                if retries:
                    job = retries.popleft()
                elif preparers_left:
                    next_job = await ready.get()
                    if next_job is None:
                        preparers_left -= 1
                        continue
                    job = next_job
                elif running:
                    sent_one.clear()
                    await sent_one.wait()  # a 429 may hand its file back
                    continue
                else:
                    break
                ticket = await self.limit.acquire()
                if self.halted is not None:
                    await self.limit.failed(ticket)
                    continue
                task = group.create_task(self._send(job, ticket, retries, emit))
                running.add(task)
                task.add_done_callback(running.discard)
                task.add_done_callback(lambda _: sent_one.set())

    async def _prepare_all(
        self,
        pending: deque[BatchItem],
        ready: asyncio.Queue[_Job | None],
        emit: Callable[[BatchEvent], None],
    ) -> None:
        while pending:
            item = pending.popleft()
            try:
                job = await self.prepare(item)
            except FileProblemError as error:
                left_out = _with_error(item, ItemStatus.SKIPPED, error)
                await self._save(left_out)
                emit(LeftOut(left_out, error))
                continue
            await ready.put(job)
        await ready.put(None)  # this preparer is done

    async def prepare(self, item: BatchItem) -> _Job:
        """The file as it will be sent: read and checked, a photo upright, sized to the
        detail and without metadata (so its location stays here), in worker threads."""
        opened = await asyncio.to_thread(opened_file, item.path)
        prepared = await prepare_file(opened, self.detail)
        context = ""
        if self.ask.context:
            existing = await asyncio.to_thread(existing_metadata, Path(item.path))
            context = context_note(existing)
        return _Job(item, prepared.item, prepared.keeps_location, context)

    async def _send(
        self,
        job: _Job,
        ticket: Ticket,
        retries: deque[_Job],
        emit: Callable[[BatchEvent], None],
    ) -> None:
        try:
            answer = await self._ask(job, emit)
        except _Refusal as refusal:
            await self.limit.refused(ticket, refusal.delay)
            job.refusals += 1
            if job.refusals < MAX_REFUSALS:
                retries.append(job)
                emit(Refused(job.item, refusal.delay))
                return
            await self._fail(job.item, refusal.error, emit)
            return
        except QuotaExceededError as error:
            halts = not error.retryable and self.halted is None  # today's quota, no credit
            if halts:  # before the place is freed: nothing more may start from now on
                self.halted = error
            if error.retryable:  # its tries ran out: fewer at a time from now on
                await self.limit.refused(ticket, error.retry_after)
            else:
                await self.limit.failed(ticket)
            await self._fail(job.item, error, emit)
            if halts:
                emit(Halted(error))
            return
        except GeminiError as error:
            await self.limit.failed(ticket)
            await self._fail(job.item, error, emit, partial=error.partial)
            return
        await self.limit.succeeded(ticket)
        done, problem = answered_item(self.ask, job.item, answer)
        if problem is not None:
            await self._fail(job.item, problem, emit, partial=answer)
            return
        await self._save(done)
        emit(Answered(done, job.keeps_location))

    async def _ask(self, job: _Job, emit: Callable[[BatchEvent], None]) -> Answer:
        """One request through the app's request path; _Refusal on a 429."""
        if self.report_sending:
            emit(Sending(job.item))
        contents = await one_turn_contents(
            self.ask.prompt + job.context,
            [job.file],
            api=self.client.connection.api,
            uploader=self.client.uploader,
        )
        request = self.settings.request(contents)
        stream = self.client.stream(request, hand_back_rate_limits=True)
        assert isinstance(stream, AsyncGenerator)
        waited = False  # the client retried: the next event is the file's answer coming
        async with contextlib.aclosing(stream) as events:
            async for event in events:
                if isinstance(event, StreamRetrying):
                    if is_rate_limit(event.error):
                        raise _Refusal(event.error, event.delay)
                    waited = self.report_sending
                    if waited:
                        emit(Retrying(job.item, event.delay))
                    continue
                if waited:
                    waited = False
                    emit(Sending(job.item))
                if isinstance(event, Completed):
                    return event.answer
        raise AssertionError("the stream ended without Completed")  # the client guarantees it

    async def _fail(
        self,
        item: BatchItem,
        error: GeminiError,
        emit: Callable[[BatchEvent], None],
        *,
        partial: Answer | None = None,
    ) -> None:
        log.info("Batch file failed: %s (%s)", error.explanation, error.server_message)
        failed = failed_item(item, error, partial)
        await self._save(failed)
        emit(Failed(failed, error))

    async def _save(self, item: BatchItem) -> None:
        # Shielded: a stop arriving while a result is written must not lose the result.
        await asyncio.shield(
            asyncio.to_thread(functools.partial(self.history.save_batch_item, self.batch_id, item))
        )


def batch_settings(ask: Ask, settings: ChatSettings, default_model: str) -> ChatSettings:
    """The settings every request of the batch carries: the model resolved once, and for a
    schema, structured output (JSON of that schema)."""
    config = settings.generation_config
    if ask.schema is not None:
        config = dataclasses.replace(
            config, response_mime_type="application/json", response_schema=dict(ask.schema)
        )
    return dataclasses.replace(
        settings, model=settings.model or default_model, generation_config=config
    )


def answered_item(
    ask: Ask, item: BatchItem, answer: Answer
) -> tuple[BatchItem, GeminiError | None]:
    """The file with its answer's fields (DONE); or, with the reason, the file unchanged when
    the answer has no text or is not the JSON object the schema asks for."""
    name = Path(item.path).name
    if not answer.text.strip():
        note = finish_note(answer.finish_reason, answer.safety_ratings)
        empty = GeminiError(
            Message("batch.no_answer", file=name),
            hint=Message("batch.no_answer.hint"),
            status=answer.finish_reason or "EMPTY",
            server_message=note.english() if note else None,
        )
        return item, empty
    try:
        fields = ask.fields_of(answer.text, name)
    except GeminiError as error:
        return item, error
    return _with_answer(item, ItemStatus.DONE, answer, fields=fields), None


_ROW_HINTS = {
    "api.invalid_argument.hint": "batch.refused.hint",
    "blocked.hint": "batch.blocked.hint",
    "api.too_large.hint": "batch.too_large.hint",
    "stream.cut_off.hint": "batch.cut_off.hint",
    "net.stalled_mid_answer.hint": "batch.cut_off.hint",
}


def row_error(error: GeminiError) -> GeminiError:
    """The error with an action for a batch's row: a conversation's hint that points at what
    a row has not (the details below, the message, its attachments) gives way to the row's
    own (changed in place: each failure has its own error)."""
    hint = error.hint_words
    if isinstance(hint, Message) and hint.id in _ROW_HINTS:
        error.hint_words = Message(_ROW_HINTS[hint.id])
    return error


def failed_item(item: BatchItem, error: GeminiError, partial: Answer | None = None) -> BatchItem:
    """The file FAILED with `error` (sent again on resume), with what arrived of an answer;
    the error's hint becomes the row's (row_error)."""
    failed = _with_error(item, ItemStatus.FAILED, row_error(error))
    return failed if partial is None else _with_answer(failed, ItemStatus.FAILED, partial)


def _with_error(item: BatchItem, status: ItemStatus, error: GeminiError) -> BatchItem:
    # The message ids (the row words it again in the reader's language after a restart) and
    # Google's own words.
    google = (error.server_message or "").strip()
    saved = error.to_record() | ({"google": google} if google else {})
    return dataclasses.replace(item, status=status, error=saved, fields={})


def _with_answer(
    item: BatchItem,
    status: ItemStatus,
    answer: Answer,
    *,
    fields: Mapping[str, object] | None = None,
) -> BatchItem:
    return dataclasses.replace(
        item,
        status=status,
        text=answer.text,
        fields=fields if fields is not None else item.fields,
        error=None if status is ItemStatus.DONE else item.error,
        usage=answer.usage,
        model_version=answer.model_version,
    )
