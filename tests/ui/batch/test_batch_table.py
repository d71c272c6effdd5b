"""The batch table while results stream in: the view hears of changed rows once a frame in
runs of adjacent rows, the filter keeps up, and the row delegate draws each cell (the
status mark, a failure's reason in the problem colour, the approval check box where a
click marks the row)."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QModelIndex, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPalette, QStaticText
from pytestqt.qtbot import QtBot

from desktop.core.conversation import ChatSettings
from desktop.core.image_detail import ImageDetail
from desktop.services.batch.ask import Ask, Preset
from desktop.services.batch.files import list_files
from desktop.services.batch.session import BatchSpec, open_batch
from desktop.services.history import HistoryStore
from desktop.services.history.batches import BatchItem, ItemStatus
from desktop.ui.batch.batch_window import BatchWindow, RunState
from desktop.ui.batch.filter_model import RowFilter
from desktop.ui.batch.items_model import (
    FILE,
    FIRST_FIELD,
    STATUS,
    THUMBNAIL,
    Activity,
    BatchItemsModel,
    runs,
)
from desktop.ui.batch.run_stats import RunStats
from desktop.ui.batch.thumbnails import ThumbnailCache
from desktop.ui.language import Translators
from desktop.ui.theme import problem_color, success_color
from tests.photos import camera_photo

ROWS = 40


def answered(item: BatchItem, caption: str = "A heron on the river bank") -> BatchItem:
    return dataclasses.replace(item, status=ItemStatus.DONE, fields={"caption": caption})


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[BatchWindow]:
    thumbnails = ThumbnailCache()
    model = BatchItemsModel(["caption"], thumbnails)
    model.set_items([BatchItem(n, str(tmp_path / f"photo-{n:02d}.jpg")) for n in range(ROWS)])
    window = BatchWindow(model, "Caption · photos")
    qtbot.addWidget(window)
    window.resize(1100, 700)
    window.show()
    qtbot.waitExposed(window)
    yield window
    thumbnails.close()


def model_of(window: BatchWindow) -> BatchItemsModel:
    model = window.proxy.sourceModel()
    assert isinstance(model, BatchItemsModel)
    return model


def test_rows_changed_in_a_frame_are_announced_once_in_runs(
    window: BatchWindow, qtbot: QtBot
) -> None:
    model = model_of(window)
    heard: list[tuple[int, int, int, int]] = []

    def on_data_changed(top: QModelIndex, bottom: QModelIndex, roles: list[int]) -> None:
        if top.column() != THUMBNAIL:  # thumbnails made meanwhile are announced on their own
            heard.append((top.row(), bottom.row(), top.column(), bottom.column()))

    model.dataChanged.connect(on_data_changed)
    for row in (7, 5, 6, 20):
        model.update_item(answered(model.item(row)))
    # The model has the results at once; the view hears of them with the frame.
    assert model.item(6).status is ItemStatus.DONE
    assert heard == []
    qtbot.waitUntil(lambda: bool(heard))
    last = model.columnCount() - 1
    assert heard == [(5, 7, FILE, last), (20, 20, FILE, last)]
    qtbot.wait(50)
    assert len(heard) == 2  # nothing more for the same results


def test_the_filter_follows_results_announced_by_frame(window: BatchWindow, qtbot: QtBot) -> None:
    model = model_of(window)
    window.proxy.set_row_filter(RowFilter.DONE)
    assert window.proxy.rowCount() == 0
    for row in (3, 4, 9):
        model.update_item(answered(model.item(row)))
    qtbot.waitUntil(lambda: window.proxy.rowCount() == 3)
    window.proxy.set_row_filter(RowFilter.WAITING)
    assert window.proxy.rowCount() == ROWS - 3
    window.proxy.set_row_filter(RowFilter.ALL)
    window.proxy.set_search("heron")
    assert window.proxy.rowCount() == 3


def test_the_filters_match_what_the_status_cells_say(window: BatchWindow, qtbot: QtBot) -> None:
    model = model_of(window)
    for row in (3, 4):
        model.update_item(dataclasses.replace(model.item(row), status=ItemStatus.FAILED))
    for row, activity in ((0, Activity.SENDING), (1, Activity.SENDING), (3, Activity.SENDING)):
        model.set_activity(model.item(row).position, activity)  # 3: a failed photo sent again
    model.set_activity(model.item(2).position, Activity.WAITING_TO_RETRY)
    model.announce_changes()
    said = {row: model.index(row, STATUS).data() for row in range(5)}
    assert said == {
        0: "Sending now",
        1: "Sending now",
        2: "Waiting to retry",
        3: "Sending now",
        4: "Failed",
    }

    def shown(row_filter: RowFilter) -> list[int]:
        window.filter_box.setCurrentIndex(window.filter_box.findData(str(row_filter)))
        proxy = window.proxy
        return [proxy.mapToSource(proxy.index(r, 0)).row() for r in range(proxy.rowCount())]

    assert shown(RowFilter.SENDING) == [0, 1, 3]
    assert shown(RowFilter.WAITING) == [2, *range(5, ROWS)]
    assert shown(RowFilter.FAILED) == [4]
    model.clear_activity()  # the run stopped: the rows say Waiting and Failed again
    model.announce_changes()
    assert shown(RowFilter.WAITING) == [0, 1, 2, *range(5, ROWS)]
    assert shown(RowFilter.FAILED) == [3, 4]
    assert shown(RowFilter.SENDING) == []


def test_the_filter_box_offers_at_google_only_for_a_batch_job(window: BatchWindow) -> None:
    box = window.filter_box

    def offered() -> list[str]:
        return [box.itemText(r) for r in range(box.count()) if not box.view().isRowHidden(r)]

    assert offered()[:4] == ["All files", "Waiting", "Sending now", "Done"]
    box.setCurrentIndex(box.findData(str(RowFilter.SENDING)))
    window.set_state(RunState.JOB)
    assert offered()[:4] == ["All files", "Waiting", "At Google", "Done"]
    assert box.currentData() == str(RowFilter.ALL)  # no row would say Sending now


def ended_by_its_job(item: BatchItem, end: str = "JOB_EXPIRED") -> BatchItem:
    """The row as collecting a job that ended early saves it (results.item_without_result)."""
    return dataclasses.replace(item, status=ItemStatus.FAILED, error={"status": end})


def test_rows_a_job_left_without_an_answer_are_not_listed_as_failed(
    window: BatchWindow,
) -> None:
    """The rows say Expired or Cancelled, the figures "without an answer": the Failed filter
    lists only the photo Google refused, and Without an answer, offered only while there are
    such rows, lists the others."""
    model = model_of(window)
    model.update_item(ended_by_its_job(model.item(1)))
    model.update_item(ended_by_its_job(model.item(2), "JOB_CANCELLED"))
    refused = dataclasses.replace(
        model.item(3), status=ItemStatus.FAILED, error={"status": "INVALID_ARGUMENT"}
    )
    model.update_item(refused)
    model.announce_changes()
    box = window.filter_box
    unanswered = box.findData(str(RowFilter.UNANSWERED))
    assert box.itemText(unanswered) == "Without an answer"
    assert box.view().isRowHidden(unanswered)  # none yet: not offered
    stats = RunStats()
    stats.count(model.items())
    window.set_stats(stats)
    window.set_state(RunState.FINISHED)
    assert not box.view().isRowHidden(unanswered)

    def shown(row_filter: RowFilter) -> list[int]:
        box.setCurrentIndex(box.findData(str(row_filter)))
        proxy = window.proxy
        return [proxy.mapToSource(proxy.index(r, 0)).row() for r in range(proxy.rowCount())]

    assert shown(RowFilter.FAILED) == [3]
    assert shown(RowFilter.UNANSWERED) == [1, 2]
    for row in (1, 2):  # sent again one by one and answered
        model.update_item(answered(model.item(row)))
    stats.count(model.items())
    window.set_state(RunState.FINISHED)
    assert box.view().isRowHidden(unanswered)
    assert box.currentData() == str(RowFilter.ALL)


def test_the_progress_bar_counts_answers_not_the_rows_a_job_ended_without(
    window: BatchWindow,
) -> None:
    """A job that expired before answering any of 14 photos: the bar reads 0 of 14, not
    full (which reads as done); a refused photo counts, Google went through it."""
    model = model_of(window)
    for row in range(14):
        model.update_item(ended_by_its_job(model.item(row)))
    stats = RunStats()
    stats.count(model.items()[:14])
    window.set_stats(stats)
    window.set_state(RunState.FINISHED)
    assert (window.progress.value(), window.progress.maximum()) == (0, 14)
    assert "0 of 14 done · 14 without an answer" in window.figures.text()
    model.update_item(answered(model.item(0)))
    model.update_item(dataclasses.replace(model.item(1), error={"status": "INVALID_ARGUMENT"}))
    stats.count(model.items()[:14])
    window.set_state(RunState.FINISHED)
    assert (window.progress.value(), window.progress.maximum()) == (2, 14)


def test_the_notice_that_sends_the_photos_again_stands_for_retry_failed(
    window: BatchWindow,
) -> None:
    """One button for one thing: while the notice offers to send the photos again, the
    window's Retry failed is not shown beside it; other notices leave it be."""
    model = model_of(window)
    model.update_item(ended_by_its_job(model.item(0)))
    stats = RunStats()
    stats.count(model.items())
    window.set_stats(stats)
    window.set_state(RunState.FINISHED)
    assert window.retry_button.isVisible() and window.retry_button.isEnabled()
    window.show_notice("The batch job expired…", "Send them one by one", retries=True)
    window.set_state(RunState.FINISHED)
    assert window.notice_action.isVisible() and not window.retry_button.isVisible()
    window.show_notice("")  # sent again: the notice goes, Retry failed is back
    assert window.retry_button.isVisible()
    window.show_notice("Something else to say", "Do it")
    assert window.notice_action.isVisible() and window.retry_button.isVisible()


def test_runs_of_adjacent_rows() -> None:
    assert runs([]) == []
    assert runs([4]) == [(4, 4)]
    assert runs([1, 2, 3, 7, 9, 10]) == [(1, 3), (7, 7), (9, 10)]


def cell_image(window: BatchWindow, row: int, column: int) -> QImage:
    table = window.table
    rect = table.visualRect(window.proxy.index(row, column))
    return table.viewport().grab(rect).toImage()


def has_color_near(image: QImage, color: QColor, tolerance: int = 40) -> bool:
    for y in range(image.height()):
        for x in range(image.width()):
            pixel = image.pixelColor(x, y)
            if (
                abs(pixel.red() - color.red())
                + abs(pixel.green() - color.green())
                + abs(pixel.blue() - color.blue())
                <= tolerance
            ):
                return True
    return False


def test_cells_are_drawn_with_their_status_mark_and_a_failure_in_the_problem_colour(
    window: BatchWindow, qtbot: QtBot
) -> None:
    model = model_of(window)
    model.update_item(answered(model.item(0)))
    failed = dataclasses.replace(
        model.item(1), status=ItemStatus.FAILED, error={"message": "Google refused it."}
    )
    model.update_item(failed, "Google could not accept this request.")
    model.announce_changes()
    palette = window.table.palette()
    assert has_color_near(cell_image(window, 0, STATUS), success_color(palette))
    assert not has_color_near(cell_image(window, 0, STATUS), problem_color(palette))
    assert has_color_near(cell_image(window, 1, STATUS), problem_color(palette))
    reason = cell_image(window, 1, FIRST_FIELD)
    assert has_color_near(reason, problem_color(palette), tolerance=120)
    assert model.index(1, FIRST_FIELD).data() == "Google could not accept this request."


def test_the_approval_check_box_is_drawn_where_a_click_marks_the_row(
    window: BatchWindow, qtbot: QtBot
) -> None:
    model = model_of(window)
    model.update_item(answered(model.item(2)))
    model.announce_changes()
    table = window.table
    rect = table.visualRect(window.proxy.index(2, FILE))
    unchecked = cell_image(window, 2, FILE)
    # The box is where the style lays out a checkable cell: click its middle.
    check = window.delegate.check_rect(rect)
    assert rect.contains(check)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=check.center())
    assert model.is_approved(2)
    assert cell_image(window, 2, FILE) != unchecked  # drawn ticked
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=check.center())
    assert not model.is_approved(2)


def test_rows_answered_below_the_view_are_laid_out_before_they_scroll_into_it(
    window: BatchWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Results arrive below the rows on show and the view scrolls to them a page at a
    time: their texts are laid out after they are announced, not all in the page's paint."""
    model = model_of(window)
    table = window.table
    model.update_item(answered(model.item(0)))
    model.announce_changes()
    table.viewport().repaint()  # the cells' widths, font and check box, as painted
    last = ROWS - 1
    assert table.visualRect(window.proxy.index(last, FIRST_FIELD)).top() > table.height()
    qtbot.waitUntil(lambda: window.rows_to_lay_out == 0)
    model.update_item(answered(model.item(last), "A kingfisher on a willow branch"))
    model.announce_changes()
    assert window.rows_to_lay_out == 1  # laid out on a turn of its own, not in the announcing
    qtbot.waitUntil(lambda: window.rows_to_lay_out == 0)
    laid_out_in_paint: list[str] = []
    remember = window.delegate._remember

    def spy(text: str, width: int, font: QFont) -> tuple[QStaticText, float]:
        laid_out_in_paint.append(text)
        return remember(text, width, font)

    monkeypatch.setattr(window.delegate, "_remember", spy)
    table.scrollToBottom()
    table.viewport().repaint()
    drawn = cell_image(window, last, FIRST_FIELD)
    assert has_color_near(drawn, table.palette().color(QPalette.ColorRole.Text))
    assert "A kingfisher on a willow branch" not in laid_out_in_paint
    assert "photo-39.jpg" not in laid_out_in_paint  # its file name, after the check box


@pytest.mark.parametrize(
    ("locale", "written"), [("C", "35,159"), ("en", "35,159"), ("de", "35.159")]
)
def test_the_figures_write_numbers_as_the_users_locale_does(
    window: BatchWindow, locale: str, written: str
) -> None:
    """The English window on a computer set to the C locale (its numbers ungrouped) writes
    35,159 tokens as the rest of the app does, not 35159."""
    before = QLocale()
    QLocale.setDefault(QLocale(locale))
    try:
        stats = RunStats()
        stats.total, stats.done, stats.tokens = 12_000, 1_500, 35_159
        window.set_stats(stats)
        figures = window.figures.text()
    finally:
        QLocale.setDefault(before)
    assert f"{written} tokens" in figures
    grouping = written[2]
    assert f"1{grouping}500 of 12{grouping}000 done" in figures


@pytest.fixture
def in_french() -> Iterator[None]:
    translators = Translators()
    translators.install("fr")
    yield
    translators.remove()


def test_a_left_out_file_is_said_in_the_readers_language_also_when_the_batch_is_reopened(
    qtbot: QtBot, tmp_path: Path, in_french: None
) -> None:
    folder = tmp_path / "shoot"
    folder.mkdir()
    (folder / "photo.jpg").write_bytes(camera_photo(64, 48))
    (folder / "notes.txt").write_text("not a photo", encoding="utf-8")
    history = HistoryStore.open(tmp_path / "history")
    ask = Ask.of(preset=Preset.CAPTION)
    spec = BatchSpec((str(folder),), False, ask, ChatSettings(), ImageDetail.LOW)
    opened = open_batch(history, spec, list_files([folder]), resume=False)
    # As the history gives it back (the batch opened again after a restart).
    saved = history.batch_items(opened.id)
    history.close()
    model = BatchItemsModel(["caption"], ThumbnailCache())
    model.set_items(saved)
    row = next(r for r in range(model.rowCount()) if model.item(r).path.endswith("notes.txt"))
    assert model.index(row, STATUS).data() == "Écartée"
    reason = model.index(row, FIRST_FIELD).data()
    assert reason.startswith("notes.txt n’est ni une photo ni une vidéo.")
    assert "Only the photos" not in reason
