"""One batch in its window: runs the engine over the files without an answer, shows each
result in its row as it is saved, and answers Pause, Resume, Stop, Retry failed, edits
(saved in the history) and Export. Or, sent as one of Google's batch jobs, shows the job's
state and counts while it runs, Cancel cancels it at Google, and its results fill the rows."""

from __future__ import annotations

import asyncio
import functools
import logging
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

from desktop.core.errors import GeminiError
from desktop.services.batch.engine import (
    Answered,
    BatchEvent,
    BatchRun,
    Failed,
    Halted,
    Refused,
    Retrying,
    Sending,
)
from desktop.services.batch.jobs import (
    BatchJobs,
    JobCounts,
    JobRecord,
    JobState,
    JobStatus,
    SendProgress,
    SendStep,
)
from desktop.services.batch.limiter import AdaptiveLimit
from desktop.services.batch.session import BatchSpec, finish
from desktop.services.gemini_client import GeminiClient
from desktop.services.history import HistoryStore
from desktop.services.history.batches import BatchItem, ItemStatus
from desktop.ui.batch.batch_window import BatchWindow, RunState
from desktop.ui.batch.exporter import BatchExporter
from desktop.ui.batch.items_model import Activity, BatchItemsModel, column_title, reason_words
from desktop.ui.batch.job_runner import JobRunner
from desktop.ui.batch.job_words import ended_early, job_line, outcome_words, sending_line
from desktop.ui.batch.run_stats import RunStats
from desktop.ui.batch.thumbnails import ThumbnailCache
from desktop.ui.message_words import error_words, words
from desktop.ui.tasks import TaskHolder, TaskSet, crash_route

log = logging.getLogger(__name__)


class BatchSession(QObject):
    ended = Signal()
    """The window was closed (the run, if any, stopped)."""

    def __init__(
        self,
        client: GeminiClient,
        history: HistoryStore,
        batch_id: int,
        spec: BatchSpec,
        items: Sequence[BatchItem],
        parent_window: QWidget | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.client = client
        self.history = history
        self.batch_id = batch_id
        self.spec = spec
        self.thumbnails = ThumbnailCache(self)
        self.model = BatchItemsModel(spec.ask.columns, self.thumbnails, self)
        self.model.set_items(items)
        self.window = BatchWindow(self.model, _title(spec), parent_window)
        self.stats = RunStats()
        self.stats.count(items)
        self.window.set_stats(self.stats)
        self.limit = AdaptiveLimit()
        self.exporter = BatchExporter(self.window, self.model, self)
        self._run = TaskHolder(f"batch-{batch_id}", on_error=crash_route(self.window.show_notice))
        self._saves = TaskSet("batch-save", on_error=crash_route(self.window.show_notice))
        self.job: JobRunner | None = None
        self.confirm_box: QMessageBox | None = None
        self.window.pause_requested.connect(self._on_window_pause_requested)
        self.window.resume_requested.connect(self._on_window_resume_requested)
        self.window.stop_requested.connect(self.stop)
        self.window.retry_requested.connect(self._on_window_retry_requested)
        self.window.cancel_job_requested.connect(self._on_window_cancel_job_requested)
        self.window.notice_action_requested.connect(self._on_window_notice_action_requested)
        self.window.closed.connect(self._on_window_closed)
        self.model.item_edited.connect(self._on_model_item_edited)
        self.model.approvals_set.connect(self._on_model_approvals_set)

    @property
    def run_task(self) -> TaskHolder:
        return self._run

    def start(self) -> None:
        """Send every file without an answer (pending, or failed last time)."""
        self._send(_TO_SEND)

    def pause(self) -> None:
        self._saves.start(self.limit.hold(True))
        self.stats.sending(False)
        self.window.set_state(RunState.PAUSED)

    def resume(self) -> None:
        if self._run.is_running():
            self._saves.start(self.limit.hold(False))
            self.stats.sending(True)
            self.window.set_state(RunState.RUNNING)
        else:
            self.start()

    def stop(self) -> None:
        """Requests in flight are cancelled: those files stay unanswered, to go on Resume.
        An answer that was being saved as Stop came is kept, and shown once it is."""
        task = self._run.task
        if task is not None and self._run.cancel():
            self.stats.sending(False)
            self.window.set_state(RunState.STOPPED)
            self._saves.start(self._show_saved(task))

    def retry_failed(self) -> None:
        self._send((ItemStatus.FAILED,))

    def send_as_job(self) -> None:
        """Send every file without an answer as one of Google's batch jobs."""
        runner = self._job_runner()
        if runner is None:
            return
        self.window.set_state(RunState.JOB)
        to_send = [i for i in self.model.items() if i.status in _TO_SEND]
        self._on_job_sending_step(SendProgress(SendStep.PREPARING, 0, len(to_send)))
        runner.submit(self.spec, to_send)

    def watch_job(self, record: JobRecord) -> None:
        """Look at a job sent earlier (the app restarted, the window was closed) until it
        ends, then collect it."""
        self.window.set_state(RunState.JOB)
        self._show_job(record, JobStatus(JobState.from_wire(record.state), _counts(record)))
        runner = self._job_runner()
        if runner is None:
            return
        if record.engine != runner.jobs.engine.engine:
            self.window.cancel_job_button.setEnabled(False)
            self.window.show_notice(
                self.tr(
                    "This batch job was sent through another kind of connection (%1). Choose "
                    "a connection of that kind, then open the batch again from File ▸ "
                    "Unfinished batches."
                ).replace("%1", _engine_words(record.engine))
            )
            return
        runner.watch(record)

    def cancel_job(self) -> None:
        """Cancel the job at Google (after the window asked); while it is being sent, stop
        the sending, or cancel the job as soon as Google has made it."""
        job = self.job
        if job is None:
            return
        self.window.cancel_job_button.setEnabled(False)
        if job.record is None and job.creating:
            notice = self.tr(
                "The batch job is reaching Google just now: it is cancelled there as soon as "
                "Google has made it."
            )
        else:
            notice = self.tr("Asking Google to cancel the batch job…")
        self.window.show_notice(notice)
        job.cancel_job()  # before the create call, send_cancelled says nothing was made

    async def aclose(self, *, quitting: bool = False) -> None:
        """End the window's work; a batch job being sent is still sent and saved (see
        JobRunner.hand_over), a job sent goes on at Google."""
        if self.job is not None:
            await self.job.hand_over(quitting=quitting)
        await self._run.cancel_and_wait()
        await self._saves.wait()
        self.thumbnails.close()

    # -- the run ---------------------------------------------------------------------------------

    def _send(self, statuses: tuple[ItemStatus, ...]) -> None:
        self.limit = AdaptiveLimit()  # Stop may have left the old one held
        self.window.show_notice("")
        self.window.set_state(RunState.RUNNING)
        self.stats.sending(True)
        self._run.start(self._send_all(statuses))

    async def _show_saved(self, stopped: asyncio.Task[None]) -> None:
        """The rows as the history has them once the stopped run has unwound (what was
        saved is answered)."""
        await asyncio.wait([stopped])
        saved = await asyncio.to_thread(self.history.batch_items, self.batch_id)
        changed = False
        for item in saved:
            row = self.model.row_of(item.position)
            if row is not None and self.model.item(row).status is not item.status:
                self.model.update_item(item)
                changed = True
        if changed:
            self.stats.count(self.model.items())
            self.window.figures_changed()

    async def _send_all(self, statuses: tuple[ItemStatus, ...]) -> None:
        # From the history, not the table: a file answered as Stop came is not sent again.
        saved = await asyncio.to_thread(self.history.batch_items, self.batch_id)
        items = [i for i in saved if i.status in statuses]
        run = BatchRun(
            self.client,
            self.history,
            self.batch_id,
            self.spec.ask,
            self.spec.settings,
            detail=self.spec.detail,
            limit=self.limit,
            report_sending=True,
        )
        try:
            async for event in run.run(items):
                self._show(event)
        finally:
            self.stats.sending(False)
            self.model.clear_activity()
            self.model.announce_changes()  # the last frame's rows, before the state changes
        await asyncio.to_thread(finish, self.history, self.batch_id, self.model.items())
        self.window.set_state(RunState.STOPPED if run.halted else RunState.FINISHED)

    def _show(self, event: BatchEvent) -> None:
        if isinstance(event, Halted):
            self.window.show_notice(
                error_words(event.error)
                + " "
                + self.tr("Nothing more is sent now; Resume sends the rest later.")
            )
            return
        if isinstance(event, Sending):
            self.model.set_activity(event.item.position, Activity.SENDING)
            return
        if isinstance(event, Refused | Retrying):  # the file goes again by itself
            self.model.set_activity(event.item.position, Activity.WAITING_TO_RETRY)
            return
        row = self.model.row_of(event.item.position)
        before = None if row is None else self.model.item(row)
        if isinstance(event, Answered):
            self.model.update_item(event.item)
            self.stats.answered(event.item, before)
        elif isinstance(event, Failed):
            self.model.update_item(event.item, _reason(event.error))
            self.stats.failed_one(before)
        else:
            self.model.update_item(event.item, error_words(event.error))
            self.stats.left_out()
        self.window.figures_changed()

    # -- a batch job ----------------------------------------------------------------------------

    def _job_runner(self) -> JobRunner | None:
        if self.job is None:
            try:
                jobs = BatchJobs(self.client, self.history)
            except GeminiError as error:
                self.window.show_notice(error_words(error))
                return None
            self.job = JobRunner(jobs, self.batch_id, self.window.show_notice, self)
            self.job.submitted.connect(self._on_job_submitted)
            self.job.sending_step.connect(self._on_job_sending_step)
            self.job.send_cancelled.connect(self._on_job_send_cancelled)
            self.job.status_seen.connect(self._on_job_status_seen)
            self.job.collected.connect(self._on_job_collected)
            self.job.went_wrong.connect(self._on_job_went_wrong)
        return self.job

    def _show_job(self, record: JobRecord, status: JobStatus) -> None:
        looked_at = self.job.looked_at if self.job is not None else None
        counts = status.counts
        done = counts.succeeded + counts.failed
        self.window.set_job_status(job_line(status.state, counts, looked_at), done, counts.total)
        if not status.state.ended:  # the rows without an answer went in the job
            for item in self.model.items():
                if item.status in _TO_SEND:
                    self.model.set_activity(item.position, Activity.AT_GOOGLE)

    def _on_job_submitted(
        self, record: JobRecord, left_out: list[BatchItem], errors: dict[int, GeminiError]
    ) -> None:
        for item in left_out:
            error = errors.get(item.position)
            self.model.update_item(item, None if error is None else error_words(error))
        self.stats.count(self.model.items())
        if not record.name:
            self.window.set_state(RunState.FINISHED)
            self.window.show_notice(
                self.tr("None of the photos could be prepared, so no batch job was sent.")
            )
            return
        if self.job is not None and self.job.cancel_requested:
            self.window.show_notice(
                self.tr(
                    "Google made batch job %1 just as you cancelled it; it is being cancelled "
                    "there now."
                ).replace("%1", record.job_id)
            )
        else:
            self.window.cancel_job_button.setEnabled(True)
            self.window.show_notice(
                self.tr(
                    "Sent to Google as batch job %1. You can close this window: the job goes "
                    "on, and File ▸ Unfinished batches shows it again."
                ).replace("%1", record.job_id)
            )
        self._show_job(record, JobStatus(JobState.from_wire(record.state), _counts(record)))

    def _on_job_sending_step(self, progress: SendProgress) -> None:
        if self.job is not None and self.job.record is not None:
            return  # made already: the job's own state is shown
        if progress.step is SendStep.PREPARING:
            self.window.set_job_status(sending_line(progress), progress.done, progress.total)
        else:  # no count to show: Google's reply is awaited
            self.window.set_job_status(sending_line(progress), busy=True)

    def _on_job_send_cancelled(self) -> None:
        self.window.set_state(RunState.STOPPED)
        self.window.show_notice(
            self.tr(
                "Cancelled before Google made the batch job: nothing runs there. Resume "
                "describes the photos one by one instead."
            )
        )

    def _on_job_status_seen(self, record: JobRecord, status: JobStatus) -> None:
        self._show_job(record, status)

    def _on_job_collected(
        self, items: list[BatchItem], failures: dict[int, GeminiError], status: JobStatus
    ) -> None:
        self.model.clear_activity()
        for item in items:
            error = failures.get(item.position)
            self.model.update_item(item, None if error is None else _reason(error))
        self.stats.count(items)
        self.window.set_state(RunState.FINISHED)
        early = ended_early(status) and bool(failures)  # said once, the one action beside it
        self.window.show_notice(
            outcome_words(status, len(failures)),
            self.tr("Send them one by one") if early else "",
            warning=bool(failures) and status.state is not JobState.CANCELLED,
            retries=True,
        )

    def _on_job_went_wrong(self, error: GeminiError) -> None:
        if self.job is None or self.job.record is None:  # nothing was sent
            self.window.set_state(RunState.STOPPED)
            self.window.show_notice(error_words(error) + " " + self.tr("No batch job was sent."))
            return
        self.window.cancel_job_button.setEnabled(True)
        self.window.show_notice(
            error_words(error)
            + " "
            + self.tr("The batch job goes on at Google; the window looks at it again soon.")
        )

    def _on_window_cancel_job_requested(self) -> None:
        if self.job is not None and self.job.record is None:  # still on its way
            question = self.tr(
                "Stop sending the batch job? If Google has made it already, it is cancelled "
                "there at once. The photos get no answer; you can send them again later."
            )
        else:
            question = self.tr(
                "Ask Google to cancel the batch job? Photos it has not answered yet get no "
                "answer; you can send them again later."
            )
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Cancel the batch job"),
            question,
            QMessageBox.StandardButton.NoButton,
            self.window,
        )
        box.setObjectName("cancelJobBox")
        box.addButton(self.tr("Cancel the job"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Keep it running"), QMessageBox.ButtonRole.RejectRole)
        box.buttonClicked.connect(self._on_confirm_box_clicked)
        box.finished.connect(box.deleteLater)
        self.confirm_box = box
        box.open()

    def _on_confirm_box_clicked(self, button: QAbstractButton) -> None:
        box = self.confirm_box
        if box is not None and box.buttonRole(button) == QMessageBox.ButtonRole.DestructiveRole:
            self.cancel_job()

    # -- slots -----------------------------------------------------------------------------------

    def _on_window_pause_requested(self) -> None:
        self.pause()

    def _on_window_resume_requested(self) -> None:
        self.resume()

    def _on_window_retry_requested(self) -> None:
        self.retry_failed()

    def _on_window_notice_action_requested(self) -> None:
        self.retry_failed()  # the one action a notice offers: the job ended early

    def _on_model_item_edited(self, item: BatchItem) -> None:
        save = functools.partial(self.history.save_batch_item, self.batch_id, item)
        self._saves.start(asyncio.to_thread(save))

    def _on_model_approvals_set(self, positions: list[int], approved: bool) -> None:
        save = functools.partial(
            self.history.set_batch_approved, self.batch_id, positions, approved
        )
        self._saves.start(asyncio.to_thread(save))

    def _on_window_closed(self) -> None:
        self._run.cancel()
        if self.job is not None:
            self.job.stop_looking()  # the job goes on at Google
        self.thumbnails.close()
        self.ended.emit()


_TO_SEND = (ItemStatus.PENDING, ItemStatus.FAILED)


def _reason(error: GeminiError) -> str:
    """Why a file failed, whole in its row (which has no details below it, as a failed answer
    in a conversation has): the cause, Google's own words, the one thing to do."""
    return reason_words(words(error.words), error.server_message or "", words(error.hint_words))


def _counts(record: JobRecord) -> JobCounts:
    return JobCounts.from_dict(record.counts)


def _engine_words(engine: str) -> str:
    return "Vertex AI" if engine == "vertex" else "Gemini API"


def _title(spec: BatchSpec) -> str:
    what = ", ".join(column_title(c) for c in spec.ask.columns)
    where = Path(spec.sources[0]).name if len(spec.sources) == 1 else ""
    return f"{what} · {where}" if where else what
