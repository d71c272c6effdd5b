"""File ▸ Describe a folder… (and folders dropped on the window): the set-up dialog, the
listing of its files in a worker thread, starting a batch in its own window (photo by photo,
or as one of Google's batch jobs when the connection can send one); and File ▸ Unfinished
batches, the batches a crash, Stop or Quit left with files unanswered, each resumed where it
stopped (the engine sends only the files without an answer), and the batch jobs not
collected yet, watched again until they end."""

from __future__ import annotations

import asyncio
import functools
import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, Qt

from desktop.core.errors import GeminiError
from desktop.services.batch.engine import batch_settings
from desktop.services.batch.files import list_files
from desktop.services.batch.jobs import JobRecord, JobState, engine_for
from desktop.services.batch.session import JOB, BatchSpec, open_batch
from desktop.services.chat_service import ChatService
from desktop.services.gemini_client import GeminiClient
from desktop.services.history import HistoryStore
from desktop.services.history.batches import Batch
from desktop.ui.batch.items_model import column_title
from desktop.ui.batch.job_words import state_words
from desktop.ui.batch.session_controller import BatchSession
from desktop.ui.batch.setup_dialog import BatchSetupDialog, JobOffer, ListedFile
from desktop.ui.message_words import error_words
from desktop.ui.tasks import TaskHolder, TaskSet, crash_route

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

log = logging.getLogger(__name__)


class BatchController(QObject):
    def __init__(
        self, window: MainWindow, service: ChatService, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._window = window
        self._service = service
        self.dialog: BatchSetupDialog | None = None
        self._connection_model = ""
        self._pace_model: str | None = None  # the model whose pace the dialog was told
        self.sessions: dict[int, BatchSession] = {}
        self._closing: set[BatchSession] = set()
        self._listing = TaskHolder("batch-listing", on_error=crash_route(window.show_status))
        self._starting = TaskHolder("batch-start", on_error=crash_route(window.show_status))
        self._tasks = TaskSet("batch", on_error=crash_route(window.show_status))
        window.describe_folder_action.triggered.connect(self._on_describe_folder_triggered)
        window.dock.settings_changed.connect(self._show_settings)
        window.dock.image_detail_changed.connect(self._show_settings)

    @property
    def starting(self) -> TaskHolder:
        return self._starting

    def open_setup(self, paths: list[Path] | None = None) -> BatchSetupDialog:
        """The set-up dialog, with `paths` chosen (a folder dropped on the window)."""
        if self.dialog is None:
            dialog = BatchSetupDialog(self._window)
            dialog.listing_requested.connect(self._on_dialog_listing_requested)
            dialog.settings_panel_requested.connect(self._on_dialog_settings_panel_requested)
            dialog.start_requested.connect(self._on_dialog_start_requested)
            dialog.detail_box.currentIndexChanged.connect(self._on_dialog_detail_changed)
            dialog.finished.connect(self._on_dialog_finished)
            self.dialog = dialog
        self._pace_model = None  # a batch since the last time may have measured it
        self._show_settings()
        self._tasks.start(self._learn_connection_model(), name="batch-model")
        self._tasks.start(self._learn_job_offer(), name="batch-job-offer")
        if paths:
            self.dialog.set_sources(paths)
        self.dialog.open()
        return self.dialog

    def offer_folders(self, paths: list[Path]) -> None:
        self.open_setup(paths)

    def list_unfinished(self, *, announce: bool = False) -> asyncio.Task[None]:
        """Fill File ▸ Unfinished batches from the history; with `announce` (at start-up),
        a notice says where they are when there are some."""
        return self._tasks.start(self._list_unfinished(announce), name="batch-unfinished")

    def resume(self, batch: Batch) -> asyncio.Task[None]:
        return self._starting.start(self._resume(batch))

    async def aclose(self) -> None:
        self._listing.cancel()
        await self._starting.cancel_and_wait()
        for session in list(self.sessions.values()):
            await session.aclose(quitting=True)
            session.window.close()
        for session in list(self._closing):  # windows closed while their job was being sent
            await session.aclose(quitting=True)
        await self._tasks.cancel_and_wait()

    # -- the set-up dialog -----------------------------------------------------------------------

    def _show_settings(self) -> None:
        if self.dialog is None:
            return
        dock = self._window.dock
        model = dock.settings().model or self._connection_model
        self.dialog.set_model_text(model or self.tr("The connection's own model"))
        self.dialog.set_detail(dock.image_detail())
        if model != self._pace_model:
            self._pace_model = model
            self._tasks.start(self._learn_pace(model), name="batch-pace")

    async def _learn_connection_model(self) -> None:
        """The model the connection uses when the Settings panel names none."""
        profile = await self._service.connections.active()
        self._connection_model = profile.model if profile is not None else ""
        self._show_settings()

    async def _learn_pace(self, model: str) -> None:
        """How many photos a minute the model's quota let through last time, for the offer."""
        history = self._service.history
        pace = await asyncio.to_thread(history.batch_pace, model) if model else None
        if self.dialog is not None and model == self._pace_model:
            self.dialog.set_pace(pace)

    async def _learn_job_offer(self) -> None:
        """Whether the connection can send a batch job, and if not, why."""
        try:
            client = await self._service.connections.client()
        except GeminiError as error:
            offer = JobOffer(False, error_words(error))
        else:
            offer = self._job_offer(client)
        if self.dialog is not None:
            self.dialog.set_job_offer(offer)

    def _job_offer(self, client: GeminiClient) -> JobOffer:
        try:
            engine = engine_for(client).engine
        except GeminiError as error:
            connection = client.connection
            if not (connection.uses_oauth and connection.is_vertex):
                return JobOffer(False, error_words(error))
            return JobOffer(
                False,
                self.tr(
                    "Through Vertex AI, a batch job keeps the photos and its results in a Cloud "
                    "Storage bucket, and this connection has none. Add one in Connection settings… "
                    "(Cloud Storage bucket), then choose Describe a folder again."
                ),
            )
        return JobOffer(True, engine=engine)

    async def _list(self, sources: list[Path], recursive: bool) -> None:
        listing = await asyncio.to_thread(list_files, sources, recursive=recursive)
        files = [ListedFile(path) for path in listing.files]
        files += [ListedFile(skip.path, error_words(skip.error)) for skip in listing.skipped]
        if self.dialog is not None:
            self.dialog.set_listing(files)

    async def _start(self) -> None:
        dialog = self.dialog
        assert dialog is not None
        choice = dialog.choice()
        try:
            client = await self._service.connections.client()
        except GeminiError as error:
            self._window.show_status(error_words(error))
            return
        settings = batch_settings(choice.ask, self._window.dock.settings(), client.connection.model)
        spec = BatchSpec(choice.sources, choice.recursive, choice.ask, settings, choice.detail)
        history = self._service.history
        listing = await asyncio.to_thread(list_files, choice.sources, recursive=choice.recursive)
        opened = await asyncio.to_thread(
            functools.partial(open_batch, history, spec, listing, resume=False)
        )
        dialog.accept()
        session = self._open(client, opened.id, spec, opened.items)
        if choice.as_job:
            session.send_as_job()
        else:
            session.start()

    async def _resume(self, batch: Batch) -> None:
        if batch.id in self.sessions:
            self.sessions[batch.id].window.raise_()
            return
        try:
            client = await self._service.connections.client()
        except GeminiError as error:
            self._window.show_status(error_words(error))
            return
        spec = BatchSpec.from_dict(batch.spec)
        history = self._service.history
        items = await asyncio.to_thread(history.batch_items, batch.id)
        job = await asyncio.to_thread(_job_to_collect, history, batch)
        session = self._open(client, batch.id, spec, items)
        if job is not None:
            session.watch_job(job)
        else:
            session.start()
        await self._list_unfinished()

    def _open(self, client: object, batch_id: int, spec: BatchSpec, items: list) -> BatchSession:
        session = BatchSession(
            client,  # type: ignore[arg-type]
            self._service.history,
            batch_id,
            spec,
            items,
            parent_window=self._window,
            parent=self,
        )
        self.sessions[batch_id] = session
        session.ended.connect(functools.partial(self._on_session_ended, batch_id))
        session.window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        session.window.show()
        return session

    async def _list_unfinished(self, announce: bool = False) -> None:
        history = self._service.history
        batches = await asyncio.to_thread(history.unfinished_batches)
        counts = await asyncio.to_thread(history.unfinished_batch_counts)
        jobs = await asyncio.to_thread(history.uncollected_batch_jobs, JOB)
        shown = []
        for batch in batches:
            if batch.id in self.sessions:
                continue
            done, total = counts.get(batch.id, (0, 0))
            shown.append((batch, done, total, jobs.get(batch.id)))
        menu = self._window.unfinished_batches_menu
        menu.clear()
        locale = QLocale()
        for batch, done, total, job in shown:
            spec = BatchSpec.from_dict(batch.spec)
            where = Path(spec.sources[0]).name if spec.sources else ""
            what = ", ".join(column_title(c) for c in spec.ask.columns)
            if job is not None:
                text = (
                    self.tr("%1 · %2 · Batch job: %3")
                    .replace("%1", where)
                    .replace("%2", what)
                    .replace("%3", state_words(JobState.from_wire(job.state)))
                )
            else:
                text = (
                    self.tr("%1 · %2: %3 of %4 done")
                    .replace("%1", where)
                    .replace("%2", what)
                    .replace("%3", locale.toString(done))
                    .replace("%4", locale.toString(total))
                )
            action = menu.addAction(text)
            action.triggered.connect(functools.partial(self.resume, batch))
        menu.menuAction().setVisible(bool(shown))
        if announce and any(job is not None for *_, job in shown):
            self._window.show_notice(
                self.tr(
                    "A batch job sent to Google is not collected yet. File ▸ Unfinished "
                    "batches shows how it is doing, and its results once it is done."
                )
            )
        elif announce and shown:
            self._window.show_notice(
                self.tr(
                    "Describing a folder stopped before every photo had its answer. "
                    "File ▸ Unfinished batches goes on where it stopped."
                )
            )

    # -- slots -----------------------------------------------------------------------------------

    def _on_describe_folder_triggered(self) -> None:
        self.open_setup()

    def _on_dialog_listing_requested(self) -> None:
        dialog = self.dialog
        if dialog is not None:
            self._listing.start(self._list(dialog.sources(), dialog.subfolders.isChecked()))

    def _on_dialog_settings_panel_requested(self) -> None:
        dock = self._window.dock
        dock.show()
        dock.raise_()
        dock.model_picker.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_dialog_detail_changed(self) -> None:
        if self.dialog is not None and self.dialog.detail() is not self._window.dock.image_detail():
            self._window.dock.set_image_detail(self.dialog.detail())

    def _on_dialog_start_requested(self) -> None:
        self._starting.start(self._start())

    def _on_dialog_finished(self) -> None:
        self._listing.cancel()

    def _on_session_ended(self, batch_id: int) -> None:
        session = self.sessions.pop(batch_id, None)
        if session is not None:
            self._tasks.start(self._close_session(session), name="batch-close")
        self.list_unfinished()

    async def _close_session(self, session: BatchSession) -> None:
        self._closing.add(session)
        try:
            await session.aclose()
        finally:
            self._closing.discard(session)
            # A closed window is not shown again (reopening builds a new one): without this
            # its rows, thumbnails and model stayed alive until the app quit.
            session.window.deleteLater()
            session.deleteLater()
        if session.job is not None and session.job.record is not None:
            self.list_unfinished()  # a job handed to Google as the window closed is saved now


def _job_to_collect(history: HistoryStore, batch: Batch) -> JobRecord | None:
    """The batch's job not collected yet, when its photos went as one. Blocks (SQLite)."""
    if batch.state != JOB:
        return None
    return next((job for job in history.batch_jobs(batch.id) if not job.collected), None)
