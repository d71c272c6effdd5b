"""File ▸ Describe a folder… in the whole app against the loopback server: real photos made
with Pillow, a real history file; the table, progress, pause, stop, retry, resume after a
restart, review and export."""

from __future__ import annotations

import csv
import json
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from pytestqt.qtbot import QtBot

from desktop.services.batch.xmp import Naming
from desktop.services.history import HistoryStore
from desktop.services.history.batches import ItemStatus
from desktop.ui.batch.batch_window import ExportKind, RunState
from desktop.ui.batch.filter_model import RowFilter
from desktop.ui.batch.items_model import FILE, FIRST_FIELD, STATUS, BatchItemsModel
from desktop.ui.batch.session_controller import BatchSession
from desktop.ui.batch.setup_dialog import BatchSetupDialog
from desktop.ui.language import Translators
from tests.loopback import Scenario
from tests.photos import camera_photo
from tests.ui.integration.helpers import App

TIMEOUT = 20_000


def photo_folder(folder: Path, count: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    made = []
    for n in range(count):
        path = folder / f"photo-{n:02d}.jpg"
        path.write_bytes(camera_photo(320, 240, seed=n))
        made.append(path)
    (folder / "notes.txt").write_text("not a photo", encoding="utf-8")
    return made


def choose(app: App, qtbot: QtBot, folder: Path, preset_index: int = 0) -> BatchSetupDialog:
    dialog = app.controller.batch.open_setup([folder])
    qtbot.waitUntil(lambda: dialog.start_button.isEnabled(), timeout=TIMEOUT)
    dialog.ask_box.setCurrentIndex(preset_index)
    return dialog


def start(app: App, qtbot: QtBot, dialog: BatchSetupDialog) -> BatchSession:
    batch = app.controller.batch
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(batch.sessions), timeout=TIMEOUT)
    return next(iter(batch.sessions.values()))


def wait_finished(qtbot: QtBot, session: BatchSession) -> None:
    qtbot.waitUntil(lambda: session.window.state() is RunState.FINISHED, timeout=TIMEOUT)


def test_a_folder_is_listed_sent_and_each_result_shown_and_saved(
    make_app: Callable[..., App], qtbot: QtBot, tmp_path: Path
) -> None:
    photos = photo_folder(tmp_path / "shoot", 5)
    app = make_app()
    dialog = choose(app, qtbot, tmp_path / "shoot", preset_index=2)  # Keywords
    # The model that will answer: the Settings panel names none, so the connection's.
    qtbot.waitUntil(lambda: dialog.model_label.text() == "gemini-2.5-flash")
    assert dialog.summary.text() == "Photos and videos to send: 5 · Files left out: 1"
    left_out = dialog.listing.topLevelItem(1)
    assert left_out.childCount() == 1 and left_out.child(0).text(0) == "notes.txt"
    assert left_out.child(0).text(1)  # the reason, in words
    session = start(app, qtbot, dialog)
    wait_finished(qtbot, session)
    model = session.model
    assert [model.item(r).status for r in range(model.rowCount())][:5] == [ItemStatus.DONE] * 5
    assert model.headerData(FIRST_FIELD, Qt.Orientation.Horizontal) == "Keywords"
    assert "You said" in model.index(0, FIRST_FIELD).data()
    assert len(app.server.requests_for("gemini.stream")) == 5
    assert session.stats.done == 5 and session.stats.tokens > 0
    assert "5 of 5 done" in session.window.figures.text()
    items = app.store.batch_items(session.batch_id)
    assert sorted(i.path for i in items if i.status is ItemStatus.DONE) == [str(p) for p in photos]


def test_a_folder_dropped_on_the_window_is_offered(
    make_app: Callable[..., App], qtbot: QtBot, tmp_path: Path
) -> None:
    photo_folder(tmp_path / "dropped", 2)
    app = make_app()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(tmp_path / "dropped"))])
    handle = app.window.windowHandle()
    drop = QDropEvent(
        QPointF(200, 200),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    from PySide6.QtGui import QDragEnterEvent
    from PySide6.QtWidgets import QApplication

    enter = QDragEnterEvent(
        QPoint(200, 200),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(handle, enter)
    QApplication.sendEvent(handle, drop)
    dialog = app.controller.batch.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.sources() == [tmp_path / "dropped"]
    qtbot.waitUntil(lambda: dialog.start_button.isEnabled(), timeout=TIMEOUT)
    assert app.window.strip.attachments() == []  # offered, not attached


@pytest.mark.expected_log(r"HTTP 400 from")
def test_a_failed_row_shows_why_and_is_retried_on_request(
    make_app: Callable[..., App], qtbot: QtBot, tmp_path: Path
) -> None:
    photo_folder(tmp_path / "shoot", 3)
    app = make_app()
    dialog = choose(app, qtbot, tmp_path / "shoot")
    app.server.script(
        Scenario.http_error(400, "INVALID_ARGUMENT", "Unable to process input image."),
        Scenario(text="A red kite over a field."),
        Scenario(text="A harbour at dusk."),
    )
    session = start(app, qtbot, dialog)
    wait_finished(qtbot, session)
    model = session.model
    failed = [r for r in range(model.rowCount()) if model.item(r).status is ItemStatus.FAILED]
    assert len(failed) == 1
    (row,) = failed
    assert model.index(row, STATUS).data() == "Failed"
    # The reason, where the result would be, whole: the cause, Google's words, one action
    # (a conversation's hint pointed at "the details below", which a row has not).
    reason = (
        "Google could not accept this request as it is. Google says: Unable to process "
        "input image. Fix what Google's words name (the photo, the question or a setting), "
        "then send the photo again."
    )
    assert model.index(row, FIRST_FIELD).data() == reason
    assert model.index(row, FIRST_FIELD).data(Qt.ItemDataRole.ToolTipRole) == reason  # cut off
    # As the history keeps it (the window opened again after a restart), in the same words.
    (saved,) = [i for i in app.store.batch_items(session.batch_id) if i.status is ItemStatus.FAILED]
    reopened = BatchItemsModel(["caption"], session.thumbnails)
    reopened.set_items([saved])
    assert reopened.index(0, FIRST_FIELD).data() == reason
    # And in the reader's language when it is another: worded again from the message ids
    # the history keeps, Google's own words as Google said them.
    french = Translators()
    french.install("fr")
    try:
        in_french = BatchItemsModel(["caption"], session.thumbnails)
        in_french.set_items([saved])
        assert (
            in_french.index(0, FIRST_FIELD)
            .data()
            .startswith(
                "Google n’a pas pu accepter cette requête telle quelle. Google indique : Unable to "
                "process input image. "
            )
        )
    finally:
        french.remove()
    assert session.window.retry_button.isEnabled()
    assert "1 failed" in session.window.figures.text()
    before = len(app.server.requests_for("gemini.stream"))
    qtbot.mouseClick(session.window.retry_button, Qt.MouseButton.LeftButton)
    wait_finished(qtbot, session)
    assert len(app.server.requests_for("gemini.stream")) == before + 1  # only the failed one
    assert model.item(row).status is ItemStatus.DONE and session.stats.failed == 0
    assert not session.window.retry_button.isEnabled()


def test_pause_lets_the_photos_on_their_way_finish_and_starts_no_more(
    make_app: Callable[..., App], qtbot: QtBot, tmp_path: Path
) -> None:
    photo_folder(tmp_path / "shoot", 8)
    app = make_app()
    app.server.script_always(Scenario(text="A slow answer", chunks=4, drip_delay=0.15))
    dialog = choose(app, qtbot, tmp_path / "shoot")
    session = start(app, qtbot, dialog)
    qtbot.waitUntil(lambda: session.limit.in_flight == 4, timeout=TIMEOUT)
    qtbot.mouseClick(session.window.pause_button, Qt.MouseButton.LeftButton)
    assert session.window.state() is RunState.PAUSED
    assert session.window.resume_button.isVisible() and not session.window.pause_button.isVisible()
    qtbot.waitUntil(lambda: session.stats.done == 4, timeout=TIMEOUT)
    assert session.limit.in_flight == 0
    assert len(app.server.requests_for("gemini.stream")) == 4  # nothing new while paused
    assert "Paused" in session.window.figures.text()
    qtbot.mouseClick(session.window.resume_button, Qt.MouseButton.LeftButton)
    wait_finished(qtbot, session)
    assert len(app.server.requests_for("gemini.stream")) == 8


def test_a_stopped_batch_is_listed_after_a_restart_and_resumes_where_it_stopped(
    make_app: Callable[..., App], qtbot: QtBot, tmp_path: Path
) -> None:
    from tests.ui.integration.helpers import close

    photo_folder(tmp_path / "shoot", 8)
    first = make_app()
    first.server.script_always(Scenario(text="A slow answer", chunks=4, drip_delay=0.1))
    session = start(first, qtbot, choose(first, qtbot, tmp_path / "shoot"))
    qtbot.waitUntil(lambda: session.stats.done >= 2, timeout=TIMEOUT)
    qtbot.mouseClick(session.window.stop_button, Qt.MouseButton.LeftButton)
    assert session.window.state() is RunState.STOPPED
    close(first)
    with HistoryStore.open(tmp_path / "history") as store:
        (batch,) = store.unfinished_batches()
        answered = {i.path for i in store.batch_items(batch.id) if i.status is ItemStatus.DONE}
    assert 2 <= len(answered) < 8

    second = make_app()
    second.server.reset()
    menu = second.window.unfinished_batches_menu
    qtbot.waitUntil(lambda: menu.menuAction().isVisible(), timeout=TIMEOUT)
    assert "File ▸ Unfinished batches" in second.window.notice_text()
    (entry,) = menu.actions()
    assert f"{len(answered)} of 8 done" in entry.text()
    entry.trigger()
    batch = second.controller.batch
    qtbot.waitUntil(lambda: bool(batch.sessions), timeout=TIMEOUT)
    resumed = next(iter(batch.sessions.values()))
    wait_finished(qtbot, resumed)
    # Only the files without an answer went again.
    assert len(second.server.requests_for("gemini.stream")) == 8 - len(answered)
    assert all(i.status is ItemStatus.DONE for i in resumed.model.items()[:8])
    qtbot.waitUntil(lambda: not menu.menuAction().isVisible(), timeout=TIMEOUT)
    assert second.store.unfinished_batches() == []


def exiftool(*args: str | Path) -> str:
    done = subprocess.run(
        ["exiftool", *map(str, args)], capture_output=True, text=True, check=True, timeout=60
    )
    return done.stdout


def test_review_edit_approve_filter_search_and_export_csv_jsonl_and_xmp(
    make_app: Callable[..., App], qtbot: QtBot, tmp_path: Path
) -> None:
    photos = photo_folder(tmp_path / "shoot", 3)
    # A sidecar another tool wrote, digiKam's way: the naming offered is digiKam's.
    exiftool("-o", tmp_path / "shoot" / "photo-01.jpg.xmp", "-XMP-xmp:Rating=4",
             "-XMP-dc:Subject=heron", photos[1])  # fmt: skip
    app = make_app()
    app.server.script(
        Scenario(text="harbour, boats, dusk"),
        Scenario(text="heron, river"),
        Scenario(text="kite, field"),
    )
    session = start(app, qtbot, choose(app, qtbot, tmp_path / "shoot", preset_index=2))
    wait_finished(qtbot, session)
    window, proxy = session.window, session.window.proxy

    # Edit a result in place: shown, and saved in the history.
    row = next(r for r in range(3) if "kite" in session.model.index(r, FIRST_FIELD).data())
    cell = proxy.mapFromSource(session.model.index(row, FIRST_FIELD))
    assert proxy.setData(cell, "kite; field; 北海道", Qt.ItemDataRole.EditRole)
    qtbot.waitUntil(
        lambda: (
            app.store.batch_items(session.batch_id)[row].fields.get("keywords")
            == ["kite", "field", "北海道"]
        ),
        timeout=TIMEOUT,
    )

    # Approve two rows, show only the approved ones, then search.
    window.table.selectRow(proxy.mapFromSource(session.model.index(row, 0)).row())
    qtbot.mouseClick(window.approve_button, Qt.MouseButton.LeftButton)
    other = proxy.mapFromSource(session.model.index((row + 1) % 3, FILE))
    proxy.setData(other, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    window.filter_box.setCurrentIndex(window.filter_box.findData(str(RowFilter.APPROVED)))
    assert proxy.rowCount() == 2
    # The marks are kept in the history: they outlive the window (nothing typed is lost).
    approved = {row, (row + 1) % 3}
    qtbot.waitUntil(
        lambda: (
            {n for n, i in enumerate(app.store.batch_items(session.batch_id)) if i.approved}
            == approved
        ),
        timeout=TIMEOUT,
    )
    window.filter_box.setCurrentIndex(window.filter_box.findData(str(RowFilter.ALL)))
    window.search_box.setText("北海道")
    assert proxy.rowCount() == 1
    window.search_box.clear()
    window.filter_box.setCurrentIndex(window.filter_box.findData(str(RowFilter.LEFT_OUT)))
    assert proxy.rowCount() == 1 and "notes.txt" in proxy.index(0, FILE).data()

    # CSV (with the byte-order mark) and JSON Lines of the approved rows.
    window.approved_only_action.setChecked(True)
    exporter = session.exporter
    exporter.export_file(tmp_path / "out.csv")
    qtbot.waitUntil(lambda: not exporter.task.is_running(), timeout=TIMEOUT)
    raw = (tmp_path / "out.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert rows[0] == ["file", "status", "keywords", "error"] and len(rows) == 3
    assert "kite; field; 北海道" in [r[2] for r in rows]
    exporter.export_file(tmp_path / "out.jsonl")
    qtbot.waitUntil(lambda: not exporter.task.is_running(), timeout=TIMEOUT)
    lines = [json.loads(x) for x in (tmp_path / "out.jsonl").read_text("utf-8").splitlines()]
    assert len(lines) == 2 and {"kite", "field", "北海道"} <= {
        w for line in lines for w in line["fields"]["keywords"]
    }

    # XMP: the naming asked once, digiKam's offered as it is there already; merged.
    window.approved_only_action.setChecked(False)
    window.export_actions[ExportKind.XMP].trigger()
    qtbot.waitUntil(lambda: exporter.dialog is not None and exporter.dialog.isVisible())
    assert exporter.dialog.digikam.isChecked()
    exporter.dialog.accept()
    qtbot.waitUntil(lambda: exporter.naming is Naming.DIGIKAM and not exporter.task.is_running())
    assert "3" in window.notice.text()
    tags = json.loads(exiftool("-json", "-XMP:all", tmp_path / "shoot" / "photo-01.jpg.xmp"))[0]
    heron_row = next(i for i in session.model.items() if i.path.endswith("photo-01.jpg"))
    assert tags["Rating"] == 4  # kept from the other tool's sidecar
    assert set(tags["Subject"]) == {"heron", *heron_row.fields["keywords"]}
    for photo in photos:
        assert (tmp_path / "shoot" / f"{photo.name}.xmp").is_file()
        assert not photo.with_suffix(".xmp").exists()


def test_a_closed_batch_window_is_freed_with_its_rows(
    make_app: Callable[..., App], qtbot: QtBot, tmp_path: Path
) -> None:
    import shiboken6
    from PySide6.QtCore import QCoreApplication, QEvent

    photo_folder(tmp_path / "shoot", 3)
    app = make_app()
    session = start(app, qtbot, choose(app, qtbot, tmp_path / "shoot"))
    wait_finished(qtbot, session)
    window, model = session.window, session.model
    window.close()

    def freed() -> bool:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        return not shiboken6.isValid(window) and not shiboken6.isValid(session)

    qtbot.waitUntil(freed, timeout=TIMEOUT)
    assert not app.controller.batch.sessions
    assert not shiboken6.isValid(model)  # the rows went with their session
