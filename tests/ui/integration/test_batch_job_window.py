"""Describe a folder as one of Google's batch jobs, in the whole app against the loopback
server's Batch API and Vertex AI batch prediction: the offer (and why not), the job's state
and counts in the batch window, Cancel at Google, the results in the table, each failed
row's reason, and a job watched again after a restart. Real photos, a real history file."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop.services.batch.session import FINISHED, JOB, RUNNING
from desktop.services.history import HistoryStore
from desktop.services.history.batch_jobs import JobRecord
from desktop.services.history.batches import BatchItem, ItemStatus
from desktop.ui.batch import setup_dialog
from desktop.ui.batch.batch_window import BatchWindow, RunState
from desktop.ui.batch.filter_model import RowFilter
from desktop.ui.batch.items_model import FIRST_FIELD, STATUS
from desktop.ui.batch.job_runner import JobRunner
from desktop.ui.batch.session_controller import BatchSession
from desktop.ui.batch.setup_dialog import BatchSetupDialog
from tests.loopback import LoopbackServer
from tests.loopback.batches import JobPlan
from tests.loopback.scenario import rpc_error
from tests.services.batch.test_vertex_jobs import vertex_connections
from tests.ui.integration.helpers import App, close
from tests.ui.integration.test_batch_window import TIMEOUT, photo_folder

REFUSED = rpc_error(400, "INVALID_ARGUMENT", "Unable to process input image.")


@pytest.fixture(autouse=True)
def quick_looks(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The window looks at a job every 10 s at first, then less often: here far sooner. A
    folder that would take 18 s is offered a job (3 photos at the assumed 10 a minute; 15
    minutes in the app)."""
    monkeypatch.setattr(JobRunner, "first_wait", 0.05)
    monkeypatch.setattr(JobRunner, "longest_wait", 0.2)
    monkeypatch.setattr(JobRunner, "after_cancel_wait", 0.05)
    monkeypatch.setattr(setup_dialog, "JOB_OFFER_MINUTES", 0.3)
    yield


def choose_job(app: App, qtbot: QtBot, folder: Path, preset_index: int = 2) -> BatchSetupDialog:
    dialog = app.controller.batch.open_setup([folder])
    qtbot.waitUntil(lambda: dialog.start_button.isEnabled(), timeout=TIMEOUT)
    dialog.ask_box.setCurrentIndex(preset_index)
    qtbot.waitUntil(lambda: dialog.job_box.isEnabled(), timeout=TIMEOUT)
    dialog.job_box.setChecked(True)
    return dialog


def send(app: App, qtbot: QtBot, dialog: BatchSetupDialog) -> BatchSession:
    assert dialog.start_button.text() == "Send as a batch job"
    batch = app.controller.batch
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(batch.sessions), timeout=TIMEOUT)
    return next(iter(batch.sessions.values()))


def finished(qtbot: QtBot, session: BatchSession) -> None:
    qtbot.waitUntil(lambda: session.window.state() is RunState.FINISHED, timeout=TIMEOUT)


def confirm_cancel(qtbot: QtBot, session: BatchSession) -> None:
    """Cancel the batch job… and, asked, Cancel the job."""
    qtbot.mouseClick(session.window.cancel_job_button, Qt.MouseButton.LeftButton)
    box = session.confirm_box
    assert box is not None and box.isVisible()
    cancel = next(
        b for b in box.buttons() if box.buttonRole(b) is QMessageBox.ButtonRole.DestructiveRole
    )
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)


def rows(session: BatchSession) -> dict[str, Any]:
    model = session.model
    return {Path(model.item(r).path).name: r for r in range(model.rowCount())}


def test_a_large_folder_is_offered_a_batch_job_with_why(
    make_app: Callable[..., App], qtbot: QtBot, tmp_path: Path
) -> None:
    photo_folder(tmp_path / "small", 2)
    photo_folder(tmp_path / "large", 4)
    app = make_app()
    dialog = app.controller.batch.open_setup([tmp_path / "small"])
    qtbot.waitUntil(lambda: dialog.start_button.isEnabled(), timeout=TIMEOUT)
    assert not dialog.job_box.isVisible()  # two photos go quickly one by one
    dialog.set_sources([tmp_path / "large"])
    qtbot.waitUntil(lambda: dialog.job_box.isVisible(), timeout=TIMEOUT)
    qtbot.waitUntil(lambda: dialog.job_box.isEnabled(), timeout=TIMEOUT)
    assert dialog.job_box.text() == "Send as a batch job: half the price, usually done within hours"
    note = dialog.job_note.text()
    assert note.startswith(
        "4 photos: sent one by one they would take about 60 seconds, at the 10 a minute a new "
        "project's quota allows. As one batch job, Google answers them all at half the price"
    )
    assert note.endswith(  # the Gemini API's limits, not "at most 24 h"
        "you can close the window meanwhile. Google aims to finish a batch job within 24 hours; "
        "one not done after 48 hours expires, and its photos get no answer."
    )
    assert dialog.start_button.text() == "Describe" and not dialog.choice().as_job
    dialog.job_box.setChecked(True)
    assert dialog.start_button.text() == "Send as a batch job" and dialog.choice().as_job


def test_the_offer_follows_the_pace_the_models_quota_allowed_last_time(
    make_app: Callable[..., App], qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A photo-by-photo batch of the model answered 120 photos a minute: 4 photos take two
    seconds, no batch job is offered; with a lower bar it is, and says at what pace."""
    now = [60_000.0]
    with HistoryStore.open(tmp_path / "history", clock=lambda: now[0]) as store:
        spec = {"settings": {"model": "gemini-2.5-flash"}}
        items = [BatchItem(n, f"/p/{n}.jpg") for n in range(300)]
        batch = store.create_batch("earlier", spec, items)
        for n, item in enumerate(items):  # 120 a minute from half past minute 1000 on
            now[0] = 60_030.0 + n / 2
            store.save_batch_items(batch, [dataclasses.replace(item, status=ItemStatus.DONE)])
        assert store.batch_pace("gemini-2.5-flash") == 120
    photo_folder(tmp_path / "shoot", 4)
    app = make_app()
    dialog = app.controller.batch.open_setup([tmp_path / "shoot"])
    qtbot.waitUntil(lambda: dialog.start_button.isEnabled(), timeout=TIMEOUT)
    qtbot.waitUntil(lambda: dialog.pace() == 120, timeout=TIMEOUT)
    assert not dialog.job_box.isVisible()  # 2 seconds one by one
    monkeypatch.setattr(setup_dialog, "JOB_OFFER_MINUTES", 0.02)
    dialog.set_sources([tmp_path / "shoot"])
    qtbot.waitUntil(lambda: dialog.job_box.isVisible(), timeout=TIMEOUT)
    assert dialog.job_note.text().startswith(
        "4 photos: sent one by one they would take about 60 seconds, at the 120 a minute this "
        "model's quota let through last time."
    )


def test_a_batch_job_shows_its_state_and_counts_then_its_results_fill_the_table(
    make_app: Callable[..., App], qtbot: QtBot, tmp_path: Path
) -> None:
    photo_folder(tmp_path / "shoot", 3)
    (tmp_path / "shoot" / "photo-03.jpg").write_bytes(b"\xff\xd8\xff\xe0 not a whole JPEG")
    app = make_app()
    server = app.server
    server.batches.plan(
        JobPlan(
            polls=8,
            errors={"1": REFUSED},
            texts={"0": "harbour, boats, dusk", "2": "kite, field"},
        )
    )
    session = send(app, qtbot, choose_job(app, qtbot, tmp_path / "shoot"))
    window = session.window
    assert window.state() is RunState.JOB
    assert window.cancel_job_button.isVisible() and not window.pause_button.isVisible()
    qtbot.waitUntil(lambda: "Running at Google" in window.figures.text(), timeout=TIMEOUT)
    figures = window.figures.text()
    assert figures.startswith("Batch job: Running at Google · 3 requests")
    assert "the window looks again by itself" in figures
    assert "Sent to Google as batch job" in window.notice.text()
    assert [session.model.index(r, STATUS).data() for r in range(3)] == ["At Google"] * 3
    assert "in the batch job" in session.model.index(0, STATUS).data(Qt.ItemDataRole.ToolTipRole)
    # Google answers the requests in turn: the running job's counts and the progress show it.
    qtbot.waitUntil(lambda: "· 1 answered · 1 failed ·" in window.figures.text(), timeout=TIMEOUT)
    assert window.figures.text().startswith("Batch job: Running at Google · 3 requests")
    assert (window.progress.value(), window.progress.maximum()) == (2, 3)
    # A damaged photo, found as it is prepared, is left out with why and not sent.
    damaged = rows(session)["photo-03.jpg"]
    assert session.model.index(damaged, STATUS).data() == "Left out"
    assert "photo-03.jpg" in session.model.index(damaged, FIRST_FIELD).data()

    finished(qtbot, session)
    assert not server.requests_for("gemini.stream")  # nothing went photo by photo
    assert len(server.requests_for("batches.create")) == 1
    by_name = rows(session)
    model = session.model
    assert model.index(by_name["photo-00.jpg"], FIRST_FIELD).data() == "harbour; boats; dusk"
    assert model.item(by_name["photo-02.jpg"]).status is ItemStatus.DONE
    failed = by_name["photo-01.jpg"]
    assert model.index(failed, STATUS).data() == "Failed"
    assert model.index(failed, FIRST_FIELD).data() == (
        "Google could not accept this request as it is. Google says: Unable to process input "
        "image. Fix what Google's words name (the photo, the question or a setting), then "
        "send the photo again."
    )
    notice = window.notice.text()
    assert notice.startswith("The batch job is done, but not every photo has its answer. 1 ")
    assert "Retry failed sends" in notice
    assert "2 of 3 done" in window.figures.text() and window.retry_button.isEnabled()
    assert "spent" not in window.figures.text()  # no time went on sending photo by photo
    # The rows are in the history; the batch is unfinished again for its failed photo.
    saved = app.store.batch_items(session.batch_id)
    assert [i.status for i in saved[:3]] == [ItemStatus.DONE, ItemStatus.FAILED, ItemStatus.DONE]
    assert app.store.batch(session.batch_id).state == RUNNING
    (job,) = app.store.batch_jobs(session.batch_id)
    assert job.collected and job.state == "SUCCEEDED"
    # Review and export as any batch.
    session.exporter.export_file(tmp_path / "out.jsonl")
    qtbot.waitUntil(lambda: not session.exporter.task.is_running(), timeout=TIMEOUT)
    lines = (tmp_path / "out.jsonl").read_text("utf-8").splitlines()
    assert sorted(json.loads(x)["fields"]["keywords"][0] for x in lines) == ["harbour", "kite"]


def test_while_a_job_is_sent_the_window_says_each_step_in_turn(
    make_app: Callable[..., App], qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The photos prepared one by one, the requests file uploaded, then Google's reply to
    the create call awaited (held back here a second): the figures say which, the progress
    bar counts the photos, then shows the window waits."""
    shown: list[tuple[str, int, int, bool]] = []
    set_job_status = BatchWindow.set_job_status

    def seen(
        window: BatchWindow, text: str, done: int = 0, total: int = 0, *, busy: bool = False
    ) -> None:
        shown.append((text, done, total, busy))
        set_job_status(window, text, done, total, busy=busy)

    monkeypatch.setattr(BatchWindow, "set_job_status", seen)
    photo_folder(tmp_path / "shoot", 3)
    app = make_app()
    server = app.server
    server.batches.plan(JobPlan(polls=2, create_delay=1.0))
    session = send(app, qtbot, choose_job(app, qtbot, tmp_path / "shoot"))
    window = session.window
    qtbot.waitUntil(lambda: bool(server.requests_for("batches.create")), timeout=TIMEOUT)
    assert window.figures.text() == "Batch job: waiting for Google to accept the job…"
    assert window.progress.maximum() == 0  # busy: no count to show
    finished(qtbot, session)
    assert shown[:6] == [
        ("Batch job: preparing the photos, 0 of 3…", 0, 3, False),
        ("Batch job: preparing the photos, 1 of 3…", 1, 3, False),
        ("Batch job: preparing the photos, 2 of 3…", 2, 3, False),
        ("Batch job: preparing the photos, 3 of 3…", 3, 3, False),
        ("Batch job: uploading the prepared photos to Google…", 0, 0, True),
        ("Batch job: waiting for Google to accept the job…", 0, 0, True),
    ]
    assert shown[6][0] == "Batch job: Waiting to start at Google · 3 requests"  # Google's reply


def test_cancel_cancels_the_job_at_google_and_the_window_says_so_once(
    make_app: Callable[..., App], qtbot: QtBot, tmp_path: Path
) -> None:
    """Cancelled before any answer: the cause is said once above the table with the one
    thing to do, each row only says "Cancelled" (the whole reason in its tooltip), and the
    notice's button sends the photos one by one."""
    photo_folder(tmp_path / "shoot", 3)
    app = make_app()
    app.server.batches.plan(JobPlan(polls=10_000))
    session = send(app, qtbot, choose_job(app, qtbot, tmp_path / "shoot"))
    window = session.window
    qtbot.waitUntil(lambda: "Sent to Google" in window.notice.text(), timeout=TIMEOUT)
    qtbot.mouseClick(window.cancel_job_button, Qt.MouseButton.LeftButton)
    box = session.confirm_box
    assert box is not None and box.isVisible()
    keep = next(b for b in box.buttons() if box.buttonRole(b) is QMessageBox.ButtonRole.RejectRole)
    qtbot.mouseClick(keep, Qt.MouseButton.LeftButton)
    assert not app.server.requests_for("batches.cancel")
    confirm_cancel(qtbot, session)
    finished(qtbot, session)
    assert len(app.server.requests_for("batches.cancel")) == 1
    model = session.model
    for row in range(3):
        assert model.item(row).status is ItemStatus.FAILED
        assert model.index(row, STATUS).data() == "Cancelled"
        assert model.index(row, FIRST_FIELD).data() == ""  # no sentence repeated on each row
        tooltip = model.index(row, STATUS).data(Qt.ItemDataRole.ToolTipRole)
        assert "was cancelled before" in tooltip
    assert window.notice.text() == "The batch job was cancelled, so 3 photos have no answer."
    assert "0 of 3 done · 3 without an answer ·" in window.figures.text()
    assert window.notice_action.isVisible()
    assert window.notice_action.text() == "Send them one by one"
    assert not window.retry_button.isVisible()
    qtbot.mouseClick(window.notice_action, Qt.MouseButton.LeftButton)
    assert not window.notice_bar.isVisible() and window.retry_button.isVisible()
    finished(qtbot, session)
    assert len(app.server.requests_for("gemini.stream")) == 3
    assert [model.item(r).status for r in range(3)] == [ItemStatus.DONE] * 3
    assert "3 of 3 done ·" in window.figures.text() and "answer" not in window.figures.text()


def test_cancel_while_the_requests_upload_makes_no_job_at_google(
    make_app: Callable[..., App], qtbot: QtBot, tmp_path: Path
) -> None:
    photo_folder(tmp_path / "shoot", 3)
    app = make_app()
    server = app.server
    server.uploads.stall_after_chunk("files", 1)  # the requests file's upload hangs
    session = send(app, qtbot, choose_job(app, qtbot, tmp_path / "shoot"))
    window = session.window
    qtbot.waitUntil(lambda: bool(server.requests_for("files.upload")), timeout=TIMEOUT)
    assert window.cancel_job_button.isEnabled()
    confirm_cancel(qtbot, session)
    assert session.confirm_box is not None
    qtbot.waitUntil(lambda: window.state() is RunState.STOPPED, timeout=TIMEOUT)
    assert window.notice.text().startswith("Cancelled before Google made the batch job")
    assert window.resume_button.isVisible() and not window.cancel_job_button.isVisible()
    qtbot.waitUntil(lambda: not session.job._sending.is_running(), timeout=TIMEOUT)
    assert not server.requests_for("batches.create") and not server.batches.gemini
    assert not app.store.batch_jobs(session.batch_id)
    assert app.store.batch(session.batch_id).state == RUNNING  # Unfinished batches has it
    assert [i.status for i in session.model.items()[:3]] == [ItemStatus.PENDING] * 3


def test_cancel_as_google_makes_the_job_cancels_it_there_and_records_it(
    make_app: Callable[..., App], qtbot: QtBot, tmp_path: Path
) -> None:
    """The create call is on its way (its reply held back): the job Google makes is saved
    and cancelled at once, never left running and billing unrecorded."""
    photo_folder(tmp_path / "shoot", 3)
    app = make_app()
    server = app.server
    server.batches.plan(JobPlan(polls=10_000, create_delay=1.0))
    session = send(app, qtbot, choose_job(app, qtbot, tmp_path / "shoot"))
    window = session.window
    qtbot.waitUntil(lambda: bool(server.requests_for("batches.create")), timeout=TIMEOUT)
    assert window.cancel_job_button.isEnabled()
    assert "If Google has made it already" not in window.notice.text()
    confirm_cancel(qtbot, session)
    assert "cancelled there as soon as Google has made it" in window.notice.text()
    assert not window.cancel_job_button.isEnabled()
    finished(qtbot, session)
    (made,) = server.batches.gemini.values()
    assert made.state == "CANCELLED"
    assert len(server.requests_for("batches.cancel")) == 1
    (job,) = app.store.batch_jobs(session.batch_id)
    assert job.name == made.name and job.state == "CANCELLED" and job.collected
    model = session.model
    assert [model.index(r, STATUS).data() for r in range(3)] == ["Cancelled"] * 3
    assert window.notice.text().startswith("The batch job was cancelled, so 3 photos")


@pytest.mark.parametrize(
    ("end", "row_words", "notice"),
    [
        (
            "EXPIRED",
            "Expired",
            "The batch job expired: Google did not finish it in time, so 3 photos have no answer.",
        ),
        (
            "FAILED",
            "Not sent",
            "The batch job failed at Google, so 3 photos have no answer. Google says: The batch "
            "could not be processed.",
        ),
        ("CANCELLED", "Cancelled", "The batch job was cancelled, so 3 photos have no answer."),
    ],
)
def test_a_job_that_ends_midway_without_results_says_so_once_above_the_table(
    make_app: Callable[..., App],
    qtbot: QtBot,
    tmp_path: Path,
    end: str,
    row_words: str,
    notice: str,
) -> None:
    """A RUNNING look found a photo answered, then the job failed, expired or was cancelled:
    Google has no results for it then (the loopback neither). The window says so once,
    above the table, with the one thing to do; each row says only how it ended (its tooltip
    the whole reason), and nothing claims the answered one."""
    photo_folder(tmp_path / "shoot", 3)
    app = make_app()
    error = rpc_error(500, "INTERNAL", "The batch could not be processed.")
    plan = JobPlan(polls=40) if end == "CANCELLED" else JobPlan(polls=8, end=end)
    app.server.batches.plan(dataclasses.replace(plan, error=error if end == "FAILED" else None))
    session = send(app, qtbot, choose_job(app, qtbot, tmp_path / "shoot"))
    window = session.window
    qtbot.waitUntil(lambda: "· 1 answered ·" in window.figures.text(), timeout=TIMEOUT)
    if end == "CANCELLED":
        confirm_cancel(qtbot, session)
    finished(qtbot, session)
    assert not app.server.requests_for("files.download")  # no results file to read
    model = session.model
    assert [model.item(r).status for r in range(3)] == [ItemStatus.FAILED] * 3
    assert [model.index(r, STATUS).data() for r in range(3)] == [row_words] * 3
    assert [model.index(r, FIRST_FIELD).data() for r in range(3)] == [""] * 3
    tooltip = model.index(0, STATUS).data(Qt.ItemDataRole.ToolTipRole)
    assert tooltip.endswith("again, as a batch job or one by one." if end == "FAILED" else ".")
    assert window.notice.text() == notice  # the cause, in Google's words where it has some
    assert (
        window.notice_action.isVisible() and window.notice_action.text() == "Send them one by one"
    )
    assert "0 of 3 done · 3 without an answer ·" in window.figures.text()  # not "failed"
    assert window.progress.value() == 0  # not a full bar, that reads as done
    assert not window.retry_button.isVisible()  # the notice's button is the one to send them
    box = window.filter_box
    box.setCurrentIndex(box.findData(str(RowFilter.FAILED)))
    assert window.proxy.rowCount() == 0  # Google refused none of them
    box.setCurrentIndex(box.findData(str(RowFilter.UNANSWERED)))
    assert window.proxy.rowCount() == 3
    (job,) = app.store.batch_jobs(session.batch_id)
    assert job.state == end and job.collected
    assert job.counts == {"total": 3, "succeeded": 0, "failed": 0}


def test_a_job_is_watched_again_after_a_restart_and_collected(
    make_app: Callable[..., App], qtbot: QtBot, tmp_path: Path
) -> None:
    photo_folder(tmp_path / "shoot", 3)
    first = make_app()
    first.server.batches.plan(JobPlan(polls=12, texts={"0": "a", "1": "b", "2": "c"}))
    session = send(first, qtbot, choose_job(first, qtbot, tmp_path / "shoot"))
    qtbot.waitUntil(lambda: "Sent to Google" in session.window.notice.text(), timeout=TIMEOUT)
    close(first)  # the job goes on at Google
    looks = len(first.server.requests_for("batches.get"))
    with HistoryStore.open(tmp_path / "history") as store:
        (batch,) = store.unfinished_batches()
        (job,) = store.batch_jobs(batch.id)
        assert not job.collected

    second = make_app()
    menu = second.window.unfinished_batches_menu
    qtbot.waitUntil(lambda: menu.menuAction().isVisible(), timeout=TIMEOUT)
    assert "A batch job sent to Google is not collected yet" in second.window.notice_text()
    (entry,) = menu.actions()
    assert "Batch job:" in entry.text()
    entry.trigger()
    batch_controller = second.controller.batch
    qtbot.waitUntil(lambda: bool(batch_controller.sessions), timeout=TIMEOUT)
    watched = next(iter(batch_controller.sessions.values()))
    assert watched.window.state() is RunState.JOB
    finished(qtbot, watched)
    assert len(second.server.requests_for("batches.get")) > looks
    assert len(second.server.requests_for("batches.create")) == 1  # not sent again
    assert [i.status for i in watched.model.items()[:3]] == [ItemStatus.DONE] * 3
    assert second.store.batch(watched.batch_id).state == FINISHED
    qtbot.waitUntil(lambda: not menu.menuAction().isVisible(), timeout=TIMEOUT)


def test_unfinished_batches_reads_their_jobs_in_one_query(
    make_app: Callable[..., App], qtbot: QtBot
) -> None:
    app = make_app()
    store = app.store
    for n in range(5):
        batch = store.create_batch(f"b{n}", {}, [BatchItem(0, f"/p/{n}.jpg")])
        store.set_batch_state(batch, JOB)
        store.save_batch_job(JobRecord(f"batches/job{n}", batch, "gemini", "RUNNING"))
    batches = app.controller.batch
    qtbot.waitUntil(lambda: not batches._tasks.is_running(), timeout=TIMEOUT)  # start-up's
    statements: list[str] = []
    store.database.connection.set_trace_callback(statements.append)
    try:
        task = batches.list_unfinished()
        qtbot.waitUntil(task.done, timeout=TIMEOUT)
    finally:
        store.database.connection.set_trace_callback(None)
    entries = app.window.unfinished_batches_menu.actions()
    assert len(entries) == 5 and all("Batch job: Running at Google" in e.text() for e in entries)
    assert len([s for s in statements if "FROM batch_jobs" in s]) == 1  # not one per batch


def test_closing_the_window_as_the_job_is_made_still_saves_it(
    make_app: Callable[..., App], qtbot: QtBot, tmp_path: Path
) -> None:
    """Google made the job while its answer was on its way: closing the window then must not
    leave it running at Google unrecorded."""
    photo_folder(tmp_path / "shoot", 3)
    app = make_app()
    server = app.server
    server.batches.plan(JobPlan(polls=10_000, create_delay=1.0))
    session = send(app, qtbot, choose_job(app, qtbot, tmp_path / "shoot"))
    qtbot.waitUntil(lambda: bool(server.requests_for("batches.create")), timeout=TIMEOUT)
    assert not app.store.batch_jobs(session.batch_id)  # the create call's answer is on its way
    session.window.close()
    qtbot.waitUntil(lambda: bool(app.store.batch_jobs(session.batch_id)), timeout=TIMEOUT)
    (job,) = app.store.batch_jobs(session.batch_id)
    assert job.name == next(iter(server.batches.gemini.values())).name and not job.collected
    menu = app.window.unfinished_batches_menu
    qtbot.waitUntil(lambda: menu.menuAction().isVisible(), timeout=TIMEOUT)
    qtbot.waitUntil(lambda: "Batch job:" in menu.actions()[0].text(), timeout=TIMEOUT)
    assert len(server.requests_for("batches.create")) == 1
    assert not server.requests_for("batches.get")  # a closed window does not look at it


def test_quitting_as_the_job_is_made_waits_for_it_and_saves_it(
    make_app: Callable[..., App], qtbot: QtBot, tmp_path: Path
) -> None:
    photo_folder(tmp_path / "shoot", 3)
    app = make_app()
    server = app.server
    server.batches.plan(JobPlan(polls=10_000, create_delay=1.0))
    send(app, qtbot, choose_job(app, qtbot, tmp_path / "shoot"))
    qtbot.waitUntil(lambda: bool(server.requests_for("batches.create")), timeout=TIMEOUT)
    close(app)
    assert len(server.requests_for("batches.create")) == 1
    with HistoryStore.open(tmp_path / "history") as store:
        (batch,) = store.unfinished_batches()
        (job,) = store.batch_jobs(batch.id)
        assert job.name == next(iter(server.batches.gemini.values())).name


def test_vertex_without_a_bucket_says_what_to_do(
    make_app: Callable[..., App],
    qtbot: QtBot,
    tmp_path: Path,
    loopback_server: LoopbackServer,
    loopback_service_account: dict[str, Any],
) -> None:
    photo_folder(tmp_path / "shoot", 3)
    app = make_app(connections=vertex_connections(loopback_server, loopback_service_account, None))
    dialog = app.controller.batch.open_setup([tmp_path / "shoot"])
    qtbot.waitUntil(lambda: "Cloud Storage bucket" in dialog.job_note.text(), timeout=TIMEOUT)
    assert dialog.job_box.isVisible() and not dialog.job_box.isEnabled()
    assert "Add one in Connection settings…" in dialog.job_note.text()
    assert not dialog.choice().as_job


def test_a_vertex_job_that_partly_succeeds_says_why_per_row(
    make_app: Callable[..., App],
    qtbot: QtBot,
    tmp_path: Path,
    loopback_server: LoopbackServer,
    loopback_service_account: dict[str, Any],
) -> None:
    """The offer says Vertex AI's limits (a job may wait 72 hours to start, then has 24 hours
    to run); a refused photo says why in its row."""
    photo_folder(tmp_path / "shoot", 3)
    loopback_server.batches.plan(
        JobPlan(polls=2, end="PARTIALLY_SUCCEEDED", errors={"1": REFUSED}, texts={"0": "a door"})
    )
    app = make_app(
        connections=vertex_connections(loopback_server, loopback_service_account, "test-bucket")
    )
    dialog = choose_job(app, qtbot, tmp_path / "shoot")
    assert dialog.job_note.text().endswith(  # Vertex AI's limits, not the Gemini API's
        "you can close the window meanwhile. Through Vertex AI a batch job may wait up to 72 "
        "hours to start; once it runs, what is not done within 24 hours is cancelled."
    )
    session = send(app, qtbot, dialog)
    finished(qtbot, session)
    assert loopback_server.requests_for("vertex_jobs.create")
    by_name = rows(session)
    model = session.model
    assert model.index(by_name["photo-00.jpg"], FIRST_FIELD).data() == "a door"
    failed = by_name["photo-01.jpg"]
    assert model.item(failed).status is ItemStatus.FAILED
    assert model.index(failed, FIRST_FIELD).data()  # the reason, where the result would be
    assert session.window.notice.text().startswith(
        "The batch job is done, but not every photo has its answer."
    )
    assert not session.window.notice_action.isVisible()  # each row says why: Retry failed
