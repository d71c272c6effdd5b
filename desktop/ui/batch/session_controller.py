"""One batch in its window: runs the engine over the files without an answer, shows each
result in its row as it is saved, and answers Pause, Resume, Stop, Retry failed, edits
(saved in the history) and Export."""

from __future__ import annotations

import asyncio
import functools
import logging
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from desktop.core.errors import GeminiError
from desktop.services.batch.engine import Answered, BatchEvent, BatchRun, Failed, Halted, LeftOut
from desktop.services.batch.limiter import AdaptiveLimit
from desktop.services.batch.session import BatchSpec, finish
from desktop.services.gemini_client import GeminiClient
from desktop.services.history import HistoryStore
from desktop.services.history.batches import BatchItem, ItemStatus
from desktop.ui.batch.batch_window import BatchWindow, RunState
from desktop.ui.batch.exporter import BatchExporter
from desktop.ui.batch.items_model import BatchItemsModel, column_title
from desktop.ui.batch.run_stats import RunStats
from desktop.ui.batch.thumbnails import ThumbnailCache
from desktop.ui.message_words import error_words
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
        self.window.pause_requested.connect(self._on_window_pause_requested)
        self.window.resume_requested.connect(self._on_window_resume_requested)
        self.window.stop_requested.connect(self.stop)
        self.window.retry_requested.connect(self._on_window_retry_requested)
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

    async def aclose(self) -> None:
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
        )
        try:
            async for event in run.run(items):
                self._show(event)
        finally:
            self.stats.sending(False)
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
        if not isinstance(event, Answered | Failed | LeftOut):
            return  # a 429: the file goes again by itself
        row = self.model.row_of(event.item.position)
        was_failed = row is not None and self.model.item(row).status is ItemStatus.FAILED
        if isinstance(event, Answered):
            self.model.update_item(event.item)
            self.stats.answered(event.item, was_failed)
        elif isinstance(event, Failed):
            self.model.update_item(event.item, _reason(event.error))
            self.stats.failed_one(was_failed)
        else:
            self.model.update_item(event.item, error_words(event.error))
            self.stats.left_out()
        self.window.figures_changed()

    # -- slots -----------------------------------------------------------------------------------

    def _on_window_pause_requested(self) -> None:
        self.pause()

    def _on_window_resume_requested(self) -> None:
        self.resume()

    def _on_window_retry_requested(self) -> None:
        self.retry_failed()

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
        self.thumbnails.close()
        self.ended.emit()


_TO_SEND = (ItemStatus.PENDING, ItemStatus.FAILED)


def _reason(error: GeminiError) -> str:
    """Why a file failed: the sentence, and the server's own words (a row has no room for
    the details a conversation shows below a failed answer)."""
    words = error_words(error)
    server = (error.server_message or "").strip()
    return f"{words} ({server})" if server and server not in words else words


def _title(spec: BatchSpec) -> str:
    what = ", ".join(column_title(c) for c in spec.ask.columns)
    where = Path(spec.sources[0]).name if len(spec.sources) == 1 else ""
    return f"{what} · {where}" if where else what
