"""A batch sent as one of Google's batch jobs, for its window: sends it (BatchJobs.submit),
looks at it with bounded waits that grow (BatchJobs.wait: everything awaited on the loop,
the history in worker threads, nothing blocks the window) until it ends, cancels it at
Google, and collects its results into the batch's rows. Closing the window stops only the
looking: the job goes on at Google and File ▸ Unfinished batches watches it again. A job
being sent as the window closes is still sent and saved (hand_over), so none runs at Google
unrecorded; quitting drops one whose requests are still being prepared or uploaded (nothing
was made at Google). Cancel works while it is sent too: before the create call the sending
stops and nothing is made; once the create call is on its way, the job Google makes is
saved and cancelled at once, never left running (and billing) unrecorded."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, Signal

from desktop.core.errors import GeminiError
from desktop.services.batch.jobs import BatchJobs, JobRecord, JobStatus, SendProgress, SendStep
from desktop.services.batch.session import BatchSpec
from desktop.services.history.batches import BatchItem
from desktop.services.http import sleep_full
from desktop.ui.tasks import TaskHolder, crash_route

log = logging.getLogger(__name__)


class JobRunner(QObject):
    submitted = Signal(object, list, object)
    """The job as saved (its name empty when no photo could be prepared), the photos left
    out (damaged, unreadable), and their errors by position."""
    status_seen = Signal(object, object)
    """A look at the job: its JobRecord and JobStatus."""
    collected = Signal(list, object, object)
    """The batch's files once the job ended, the failed ones' errors by position, and the
    job's last JobStatus."""
    sending_step = Signal(object)
    """How far the sending has come (a SendProgress): the photos prepared, the requests
    uploaded, the create call on its way."""
    send_cancelled = Signal()
    """Cancel came before the create call: the sending stopped, no job was made."""
    went_wrong = Signal(object)
    """A GeminiError while sending, looking or cancelling (the job, if sent, goes on)."""

    first_wait: float | None = None
    """Seconds before the second look (None: the service's, 10 s); it grows to longest_wait."""
    longest_wait: float | None = None
    after_cancel_wait = 2.0
    """The job ends a moment after a cancel: look again soon."""
    after_problem_wait = 60.0
    """A look that failed (the network, a 5xx) is tried again after this long."""
    quit_bound = 30.0
    """At quit, how long a job already on its way to Google may take to be created and saved."""

    def __init__(
        self,
        jobs: BatchJobs,
        batch_id: int,
        tell: Callable[[str], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.jobs = jobs
        self.batch_id = batch_id
        self.record: JobRecord | None = None
        self.looked_at: float | None = None
        self.creating = False
        """The requests and photos are uploaded and the create call is on its way (or done)."""
        self.cancel_requested = False
        """Cancel came while the job was sent: Google cancels it as soon as it is made."""
        self._looking = True
        self._task = TaskHolder(f"batch-job-{batch_id}", on_error=crash_route(tell))
        # Sending has a holder of its own: closing the window must not cancel it.
        self._sending = TaskHolder(f"batch-job-send-{batch_id}", on_error=crash_route(tell))

    @property
    def task(self) -> TaskHolder:
        return self._task

    def submit(self, spec: BatchSpec, items: Sequence[BatchItem]) -> None:
        self._sending.start(self._submit(spec, items))

    def watch(self, record: JobRecord, first_wait: float | None = None) -> None:
        self.record = record
        self._task.start(self._watch(first_wait))

    def cancel_job(self) -> None:
        """Cancel the job at Google; its end is then collected as any other. While it is
        being sent: before the create call the sending stops (send_cancelled), nothing is
        made; after it, the job is cancelled as soon as Google's reply names it."""
        if self.record is not None:
            self._task.start(self._cancel(self.record))
        elif self._sending.is_running():
            self.cancel_requested = True
            if not self.creating and self._sending.cancel():
                log.info("Batch %d: sending cancelled before the job was made", self.batch_id)
                self.send_cancelled.emit()

    def stop_looking(self) -> None:
        self._looking = False
        self._task.cancel()

    async def hand_over(self, *, quitting: bool = False) -> None:
        """Stop looking, and let a job being sent reach Google and the history (the window
        closed). Quitting: a job whose requests are still being prepared is not sent, one on
        its way is waited for, at most quit_bound seconds."""
        self.stop_looking()
        await self._task.cancel_and_wait()
        sending = self._sending.task
        if sending is None or sending.done():
            return
        if not quitting:
            await asyncio.wait([sending])  # a cancel of this wait leaves the sending going
            return
        if not self.creating:
            log.info("Batch %d: quit as its requests were prepared; no job sent", self.batch_id)
        elif not (await asyncio.wait([sending], timeout=self.quit_bound))[0]:
            log.warning("Batch %d: no job made within %.0f s", self.batch_id, self.quit_bound)
        await self._sending.cancel_and_wait()

    async def _submit(self, spec: BatchSpec, items: Sequence[BatchItem]) -> None:
        left_out_errors: dict[int, GeminiError] = {}
        try:
            record, left_out = await self.jobs.submit(
                self.batch_id,
                items,
                spec.ask,
                spec.settings,
                spec.detail,
                display_name=f"gemini-desktop-batch-{self.batch_id}",
                failures=left_out_errors,
                on_progress=self._on_progress,
            )
        except GeminiError as error:
            self.went_wrong.emit(error)
            return
        self.submitted.emit(record, left_out, left_out_errors)
        if not record.name:
            return
        self.record = record
        first_wait = None
        if self.cancel_requested:  # Google made it as Cancel came: no job runs on unasked
            first_wait = self.after_cancel_wait
            try:
                self.record = await self.jobs.cancel(record)
            except GeminiError as error:
                self.went_wrong.emit(error)
        if self._looking:
            self.watch(self.record, first_wait)

    def _on_progress(self, progress: SendProgress) -> None:
        if progress.step is SendStep.CREATING:
            self.creating = True
        self.sending_step.emit(progress)

    async def _cancel(self, record: JobRecord) -> None:
        try:
            self.record = await self.jobs.cancel(record)
        except GeminiError as error:
            self.went_wrong.emit(error)
        await self._watch(self.after_cancel_wait)

    async def _watch(self, first_wait: float | None) -> None:
        assert self.record is not None
        wait = self.first_wait if first_wait is None else first_wait
        while True:
            try:
                record, status = await self.jobs.wait(
                    self.record,
                    on_status=self._on_status,
                    first_wait=wait,
                    longest_wait=self.longest_wait,
                )
                break
            except GeminiError as error:
                log.info("Looking at batch job %s failed: %s", self.record.name, error)
                self.went_wrong.emit(error)
                await sleep_full(self.after_problem_wait)
        failures: dict[int, GeminiError] = {}
        items = await self.jobs.collect(record, status, failures=failures)
        self.record = record
        self.collected.emit(items, failures, status)

    def _on_status(self, record: JobRecord, status: JobStatus) -> None:
        self.record = record
        self.looked_at = time.time()
        self.status_seen.emit(record, status)
