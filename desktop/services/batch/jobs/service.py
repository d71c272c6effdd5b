"""A batch sent as one of Google's batch jobs (half the price, usually done within hours; a
Gemini API job expires after 48 h, a Vertex AI job may wait 72 h to start, then has 24 h to
run), for the window and `gemini-desktop batch --job` alike.

`submit` writes the requests file, sends it and saves the job's name and state in the
history; `refresh` looks at the job and saves its state and counts; `cancel` cancels it at
Google; `collect` puts its results into the batch's rows (each photo's answer, or why it
has none). The batch's photos stay pending while the job runs, so nothing sends them twice.
"""

from __future__ import annotations

import asyncio
import dataclasses
import functools
import logging
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

from desktop.core.connection import ApiKind
from desktop.core.conversation import ChatSettings
from desktop.core.error_classifier import Asked
from desktop.core.errors import GeminiError, InvalidRequestError
from desktop.core.image_detail import ImageDetail
from desktop.core.messages import Message
from desktop.services.batch.ask import Ask
from desktop.services.batch.engine import failed_item
from desktop.services.batch.jobs.engines import JobEngine
from desktop.services.batch.jobs.gemini_api import GeminiBatchEngine
from desktop.services.batch.jobs.requests import item_key, write_requests
from desktop.services.batch.jobs.results import item_of_result, item_without_result
from desktop.services.batch.jobs.state import JobCounts, JobStatus, SendProgress, SendStep
from desktop.services.batch.jobs.vertex_ai import VertexBatchEngine
from desktop.services.batch.session import JOB, RUNNING, finish
from desktop.services.gemini_client import GeminiClient
from desktop.services.history import HistoryStore
from desktop.services.history.batch_jobs import JobRecord
from desktop.services.history.batches import BatchItem, ItemStatus
from desktop.services.http import sleep_full
from desktop.services.uploads.gcs import GcsUploader

log = logging.getLogger(__name__)

FIRST_WAIT = 10.0
"""Seconds before the first look when waiting for a job; each wait then grows by half."""
LONGEST_WAIT = 300.0


def engine_for(client: GeminiClient) -> JobEngine:
    """The batch engine of the client's connection; InvalidRequestError where there is none
    (an OpenAI-compatible server, Vertex AI express mode)."""
    connection = client.connection
    if connection.api is ApiKind.GEMINI and client.uploader is not None:
        return GeminiBatchEngine(client, client.uploader)
    if connection.api is ApiKind.VERTEX and isinstance(client.uploader, GcsUploader):
        return VertexBatchEngine(client, client.uploader)
    raise InvalidRequestError(
        Message("batch.job_unsupported"), hint=Message("batch.job_unsupported.hint")
    )


class BatchJobs:
    """Batch jobs through one connection, saved in one history."""

    def __init__(
        self, client: GeminiClient, history: HistoryStore, engine: JobEngine | None = None
    ) -> None:
        self.client = client
        self.history = history
        self.engine = engine or engine_for(client)

    async def submit(
        self,
        batch_id: int,
        items: Sequence[BatchItem],
        ask: Ask,
        settings: ChatSettings,
        detail: ImageDetail,
        *,
        display_name: str,
        failures: dict[int, GeminiError] | None = None,
        on_progress: Callable[[SendProgress], None] | None = None,
    ) -> tuple[JobRecord, list[BatchItem]]:
        """Send `items` (the batch's files without an answer) as one job: the job as saved,
        and the files left out (damaged or unreadable, saved as SKIPPED with why; `failures`
        gets their errors by position). `settings` names the model (batch_settings).
        `on_progress` hears each step: the photos prepared one by one, the requests file
        uploaded, then the create call (SendStep.CREATING), the requests and photos
        uploaded: from then on, cancelling may leave a job at Google that is not saved;
        before it, cancelling leaves nothing there but uploaded files (which Google deletes
        in 48 h)."""
        assert settings.model, "batch_settings resolves the model"
        settings = settings.answer_only()  # as a per-photo batch: only the answers are kept
        total = len(items)

        def tell(step: SendStep, done: int = 0) -> None:
            if on_progress is not None:
                on_progress(SendProgress(step, done, total))

        with tempfile.TemporaryDirectory(prefix="gemini-desktop-batch-") as folder:
            written = await write_requests(
                Path(folder) / "requests.jsonl",
                self.client,
                items,
                ask,
                settings,
                detail,
                line=self.engine.line,
                contents=self.engine.contents,
                on_prepared=functools.partial(tell, SendStep.PREPARING),
            )
            left_out = [
                dataclasses.replace(failed_item(item, error), status=ItemStatus.SKIPPED, text="")
                for item, error in written.left_out
            ]
            await self._save_items(batch_id, left_out)
            if failures is not None:
                failures.update((item.position, error) for item, error in written.left_out)
            if not written.count:
                return JobRecord("", batch_id, self.engine.engine, ""), left_out
            tell(SendStep.UPLOADING, total)
            name, status, details = await self.engine.submit(
                written.path,
                settings.model,
                display_name,
                functools.partial(tell, SendStep.CREATING, total),
            )
        counts = status.counts if status.counts.total else JobCounts(total=written.count)
        record = JobRecord(
            name,
            batch_id,
            self.engine.engine,
            str(status.state),
            counts.to_dict(),
            {**details, "model": settings.model, "display_name": display_name},
        )
        record = await self._save_job(record)
        await asyncio.to_thread(self.history.set_batch_state, batch_id, JOB)
        log.info("Batch %d sent as job %s (%d requests)", batch_id, name, written.count)
        return record, left_out

    async def refresh(self, record: JobRecord) -> tuple[JobRecord, JobStatus]:
        """Look at the job at Google; its state and counts are saved."""
        status = await self.engine.status(record.name, record.details)
        details = dict(record.details)
        if status.results:
            details["results"] = status.results
        if status.error:
            details["error"] = dict(status.error)
        counts = status.counts if status.counts.total else JobCounts.from_dict(record.counts)
        updated = dataclasses.replace(
            record, state=str(status.state), counts=counts.to_dict(), details=details
        )
        return await self._save_job(updated), dataclasses.replace(status, counts=counts)

    async def cancel(self, record: JobRecord) -> JobRecord:
        """Cancel the job at Google, then look at it again."""
        await self.engine.cancel(record.name)
        updated, _ = await self.refresh(record)
        return updated

    async def wait(
        self,
        record: JobRecord,
        *,
        on_status: Callable[[JobRecord, JobStatus], None] | None = None,
        first_wait: float | None = None,
        longest_wait: float | None = None,
    ) -> tuple[JobRecord, JobStatus]:
        """Look at the job until it ends, waiting longer each time (FIRST_WAIT, then half
        as long again each time, up to LONGEST_WAIT); cancelling the wait leaves the job
        running at Google."""
        wait = FIRST_WAIT if first_wait is None else first_wait
        longest = LONGEST_WAIT if longest_wait is None else longest_wait
        while True:
            record, status = await self.refresh(record)
            if on_status is not None:
                on_status(record, status)
            if status.state.ended:
                return record, status
            await sleep_full(wait)
            wait = min(longest, wait * 1.5)

    async def collect(
        self,
        record: JobRecord,
        status: JobStatus,
        *,
        failures: dict[int, GeminiError] | None = None,
    ) -> list[BatchItem]:
        """Put an ended job's results into the batch's rows (each photo's answer, or why it
        has none) and return the batch's files; `failures` gets each failed photo's error by
        its position (for words in the user's language). A job still running changes
        nothing. A batch left with photos without an answer is unfinished again: they go
        again, one by one or as another job."""
        items = await asyncio.to_thread(self.history.batch_items, record.batch_id)
        if not status.state.ended:
            return items
        batch = await asyncio.to_thread(self.history.batch, record.batch_id)
        ask = Ask.from_dict((batch.spec if batch else {}).get("ask") or {})
        results = dict(await self.engine.results(status, record.details))
        asked = Asked(
            gemini_api=not self.client.connection.is_vertex, model=record.details.get("model")
        )
        collected: list[BatchItem] = []
        changed: list[BatchItem] = []  # saved in one write
        for item in items:
            if item.status is ItemStatus.PENDING:
                result = results.get(item_key(item))
                error: GeminiError | None
                if result is None:
                    item, error = item_without_result(item, status)
                else:
                    item, error = item_of_result(ask, item, result, asked)
                if error is not None and failures is not None:
                    failures[item.position] = error
                changed.append(item)
            collected.append(item)
        await self._save_items(record.batch_id, changed)
        if status.state.succeeded and len(results) < status.counts.total:
            log.warning(
                "Batch job %s: %d results of %d", record.name, len(results), status.counts.total
            )
        await self._save_job(dataclasses.replace(record, collected=True))
        await asyncio.to_thread(finish, self.history, record.batch_id, collected, again=RUNNING)
        return collected

    async def _save_job(self, record: JobRecord) -> JobRecord:
        """Save the job; it as the history now holds it (its times set)."""
        return await asyncio.shield(asyncio.to_thread(self.history.save_batch_job, record))

    async def _save_items(self, batch_id: int, items: Sequence[BatchItem]) -> None:
        # Shielded: a stop arriving while results are written must not lose them.
        if items:
            save = functools.partial(self.history.save_batch_items, batch_id, items)
            await asyncio.shield(asyncio.to_thread(save))
