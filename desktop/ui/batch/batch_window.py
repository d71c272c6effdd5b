"""The window of one batch: the table of its files (thumbnail, file, status, one column per
result field), the progress under it, Pause, Resume, Stop and Retry failed while it runs,
and for the review: approving rows, a status filter, a search and Export.

Widgets only: the BatchController runs the batch and tells this window what happened."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QLocale, QModelIndex, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QProgressBar,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.history.batches import ItemStatus
from desktop.ui import theme
from desktop.ui.attachments.model import format_duration
from desktop.ui.batch.filter_model import BatchFilterModel, RowFilter
from desktop.ui.batch.items_model import (
    FILE,
    FIRST_FIELD,
    STATUS,
    THUMBNAIL,
    Activity,
    BatchItemsModel,
    activity_words,
    status_words,
)
from desktop.ui.batch.row_delegate import BatchRowDelegate
from desktop.ui.batch.run_stats import RunStats
from desktop.ui.parameters.texts import whole_number

GEOMETRY_KEY = "batchWindow/geometry"
REDRAW_MS = 100  # results arriving faster than this redraw the figures once
AHEAD_ROWS = 32
"""The most changed rows waiting to be laid out ahead, the newest kept (a change of every
row, a batch job taking them all, is laid out as the rows are painted)."""
AHEAD_A_TURN = 4
"""Changed rows laid out ahead a turn of the event loop (about 0.1 ms each): results
arrive in bursts as many requests end together."""


class RunState(StrEnum):
    RUNNING = "running"
    PAUSED = "paused"  # nothing new starts; requests in flight end
    STOPPED = "stopped"  # the rest waits for Resume (or the next start of the app)
    FINISHED = "finished"
    JOB = "job"  # sent as a batch job: Google answers the photos, the window looks now and then


class ExportKind(StrEnum):
    CSV = "csv"
    JSON_LINES = "jsonl"
    XMP = "xmp"


class BatchWindow(QWidget):
    pause_requested = Signal()
    resume_requested = Signal()
    stop_requested = Signal()
    retry_requested = Signal()
    """Send the failed files again."""
    cancel_job_requested = Signal()
    """Cancel the batch job at Google."""
    export_requested = Signal(str)
    """An ExportKind."""
    notice_action_requested = Signal()
    """The notice's own button was clicked (what it does, the one who set it knows)."""
    closed = Signal()

    def __init__(self, model: BatchItemsModel, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("batchWindow")
        self.setWindowTitle(title)
        self.resize(1100, 700)
        self._model = model
        self._stats: RunStats | None = None
        self._state = RunState.RUNNING
        self._job_text = ""
        self._job_progress = (0, 0)
        self._job_busy = False

        self._heading = QLabel(title, self)
        self._heading.setObjectName("batchHeading")
        font = self._heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self._heading.setFont(font)

        self.pause_button = QPushButton(self.tr("Pause"), self)
        self.resume_button = QPushButton(self.tr("Resume"), self)
        self.stop_button = QPushButton(self.tr("Stop"), self)
        self.retry_button = QPushButton(self.tr("Retry failed"), self)
        self.retry_button.setToolTip(self.tr("Send the photos that failed again"))
        self.cancel_job_button = QPushButton(self.tr("Cancel the batch job…"), self)
        self.cancel_job_button.setToolTip(
            self.tr("Ask Google to stop the job; photos it has not answered get no answer")
        )
        self.approve_button = QPushButton(self.tr("Approve selected"), self)
        self.pause_button.clicked.connect(self.pause_requested)
        self.resume_button.clicked.connect(self.resume_requested)
        self.stop_button.clicked.connect(self.stop_requested)
        self.retry_button.clicked.connect(self.retry_requested)
        self.cancel_job_button.clicked.connect(self.cancel_job_requested)
        self.approve_button.clicked.connect(self._on_approve_button_clicked)

        self.filter_box = QComboBox(self)
        self.filter_box.setAccessibleName(self.tr("Show"))
        for row_filter, words in (
            (RowFilter.ALL, self.tr("All files")),
            (RowFilter.WAITING, status_words(ItemStatus.PENDING)),
            (RowFilter.SENDING, activity_words(Activity.SENDING)),
            (RowFilter.AT_GOOGLE, activity_words(Activity.AT_GOOGLE)),
            (RowFilter.DONE, status_words(ItemStatus.DONE)),
            (RowFilter.FAILED, status_words(ItemStatus.FAILED)),
            (RowFilter.UNANSWERED, self.tr("Without an answer")),
            (RowFilter.LEFT_OUT, status_words(ItemStatus.SKIPPED)),
            (RowFilter.APPROVED, self.tr("Approved")),
            (RowFilter.NOT_APPROVED, self.tr("Not approved yet")),
        ):
            self.filter_box.addItem(words, str(row_filter))
        self.search_box = QLineEdit(self)
        self.search_box.setPlaceholderText(self.tr("Search files and results"))
        self.search_box.setClearButtonEnabled(True)
        # As wide as its hint needs (German: "Dateien und Ergebnisse durchsuchen"), with
        # room for the frame and the clear button; the row has the room to spare.
        hint = self.search_box.fontMetrics().horizontalAdvance(self.search_box.placeholderText())
        self.search_box.setMinimumWidth(max(220, hint + 2 * self.search_box.sizeHint().height()))

        self.export_button = QToolButton(self)
        self.export_button.setText(self.tr("Export"))
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.export_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        menu = QMenu(self.export_button)
        self.export_actions: dict[ExportKind, QAction] = {}
        for kind, words in (
            (ExportKind.CSV, self.tr("CSV for spreadsheets…")),
            (ExportKind.JSON_LINES, self.tr("JSON Lines…")),
            (ExportKind.XMP, self.tr("XMP sidecars beside the photos…")),
        ):
            action = menu.addAction(words)
            action.triggered.connect(lambda _=False, k=kind: self.export_requested.emit(str(k)))
            self.export_actions[kind] = action
        menu.addSeparator()
        self.approved_only_action = menu.addAction(self.tr("Only approved rows"))
        self.approved_only_action.setCheckable(True)
        self.export_button.setMenu(menu)

        self.proxy = BatchFilterModel(self)
        self.proxy.setSourceModel(model)
        self.table = QTableView(self)
        self.table.setObjectName("batchTable")
        self.table.setModel(self.proxy)
        self.delegate = BatchRowDelegate(self.table)
        self.table.setItemDelegate(self.delegate)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # no measuring 1,000 rows
        rows.setDefaultSectionSize(model.row_height())
        rows.hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.resizeSection(THUMBNAIL, 60)
        header.resizeSection(FILE, 220)
        header.resizeSection(STATUS, self.delegate.status_width(self.table.fontMetrics()))
        for column in range(FIRST_FIELD, model.columnCount() - 1):
            header.resizeSection(column, 240)

        self.progress = QProgressBar(self)
        self.progress.setTextVisible(False)
        self.figures = QLabel(self)
        self.figures.setObjectName("batchFigures")
        # What happened, said once above the table: a tinted bar with, at times, the one
        # thing to do about it (show_notice).
        self.notice_bar = QFrame(self)
        self.notice_bar.setObjectName("batchNoticeBar")
        self.notice = QLabel(self.notice_bar)
        self.notice.setObjectName("batchNotice")
        self.notice.setWordWrap(True)
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notice_action = QPushButton(self.notice_bar)
        self.notice_action.setObjectName("batchNoticeAction")
        self.notice_action.hide()
        self.notice_action.clicked.connect(self.notice_action_requested)
        bar = QHBoxLayout(self.notice_bar)
        bar.setContentsMargins(12, 8, 8, 8)
        bar.addWidget(self.notice, 1)
        bar.addWidget(self.notice_action, 0, Qt.AlignmentFlag.AlignVCenter)
        self.notice_bar.hide()
        self._notice_warning = False
        self._notice_retries = False  # its button does what Retry failed does

        controls = QHBoxLayout()
        for button in (
            self.pause_button,
            self.resume_button,
            self.stop_button,
            self.cancel_job_button,
            self.retry_button,
        ):
            controls.addWidget(button)
        controls.addSpacing(16)
        controls.addWidget(self.approve_button)
        controls.addStretch(1)
        controls.addWidget(self.filter_box)
        controls.addWidget(self.search_box)
        controls.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self._heading)
        layout.addLayout(controls)
        layout.addWidget(self.notice_bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.figures)

        model.dataChanged.connect(self._on_model_data_changed)
        self.filter_box.currentIndexChanged.connect(self._on_filter_box_changed)
        self.search_box.textChanged.connect(self.proxy.set_search)
        find = QAction(self)
        find.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        find.triggered.connect(self._on_find_triggered)
        self.addAction(find)
        self._redraw = QTimer(self)
        self._redraw.setSingleShot(True)
        self._redraw.setInterval(REDRAW_MS)
        self._redraw.timeout.connect(self._show_figures)
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._show_figures)
        self._ahead: dict[int, None] = {}  # changed rows to lay out, oldest first
        self._ahead_turn = QTimer(self)
        self._ahead_turn.setSingleShot(True)
        self._ahead_turn.setInterval(0)
        self._ahead_turn.timeout.connect(self._lay_out_ahead)
        self.set_state(RunState.RUNNING)
        theme.follow(self, self._restyle)

    # -- what the controller tells it ------------------------------------------------------------

    def set_stats(self, stats: RunStats) -> None:
        self._stats = stats
        self._offer_filters(self._state is RunState.JOB)
        self._show_figures()

    def figures_changed(self) -> None:
        """A result arrived: the figures are redrawn soon, once for a burst."""
        if not self._redraw.isActive():
            self._redraw.start()

    def state(self) -> RunState:
        return self._state

    @property
    def rows_to_lay_out(self) -> int:
        """Changed rows whose texts wait to be laid out ahead."""
        return len(self._ahead)

    def set_job_status(
        self, text: str, done: int = 0, total: int = 0, *, busy: bool = False
    ) -> None:
        """A batch job's state and counts, shown while it runs (RunState.JOB); `busy`: no
        count to show, the progress bar says the window waits."""
        self._job_text = text
        self._job_progress = (done, total)
        self._job_busy = busy
        self._show_figures()

    def set_state(self, state: RunState) -> None:
        self._state = state
        running = state is RunState.RUNNING
        job = state is RunState.JOB
        self.pause_button.setVisible(running)
        self.resume_button.setVisible(state in (RunState.PAUSED, RunState.STOPPED))
        self.stop_button.setVisible(not job)
        self.cancel_job_button.setVisible(job)
        self.retry_button.setVisible(not self._notice_retries)
        self.stop_button.setEnabled(state in (RunState.RUNNING, RunState.PAUSED))
        self.retry_button.setEnabled(
            state in (RunState.FINISHED, RunState.STOPPED)
            and bool(self._stats and (self._stats.failed or self._stats.unanswered))
        )
        if running:
            self._tick.start()
        else:
            self._tick.stop()
        self._offer_filters(job)
        self._show_figures()

    def show_notice(
        self, text: str, action: str = "", *, warning: bool = False, retries: bool = False
    ) -> None:
        """Say `text` above the table (empty: nothing), with a button `action` for the one
        thing to do about it (notice_action_requested); `warning`: in the amber of notices
        that ask for attention; `retries`: the button sends the failed photos again, so
        Retry failed hides while it shows (one button for one thing)."""
        self.notice.setText(text)
        self.notice_action.setText(action)
        self.notice_action.setVisible(bool(text and action))
        self.notice_bar.setVisible(bool(text))
        self._notice_retries = bool(text and action and retries)
        self.retry_button.setVisible(not self._notice_retries)
        if warning is not self._notice_warning:
            self._notice_warning = warning
            self._restyle(QApplication.palette())

    def saved_geometry(self, preferences: QSettings) -> None:
        preferences.setValue(GEOMETRY_KEY, self.saveGeometry())

    def restore_geometry(self, preferences: QSettings) -> None:
        geometry = preferences.value(GEOMETRY_KEY)
        if geometry is not None:
            self.restoreGeometry(geometry)

    def selected_rows(self) -> list[int]:
        """The selected rows as the model numbers them."""
        selection = self.table.selectionModel().selectedRows()
        return sorted({self.proxy.mapToSource(index).row() for index in selection})

    # -- Qt --------------------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        self._tick.stop()
        self._redraw.stop()
        self.closed.emit()
        super().closeEvent(event)

    # -- slots -----------------------------------------------------------------------------------

    def _show_figures(self) -> None:
        stats = self._stats
        if stats is None:
            return
        if self._state is RunState.JOB:
            done, total = self._job_progress
            self.progress.setMaximum(0 if self._job_busy else max(1, total))
            self.progress.setValue(done)
            self.figures.setText(self._job_text)
            return
        locale = QLocale()
        # QProgressBar.setValue repaints at once, and with it whatever else of the window
        # waits to be painted (the table's changed rows): with updates off for that moment
        # it is painted with the rest of the frame instead.
        self.progress.setUpdatesEnabled(False)
        self.progress.setMaximum(max(1, stats.total))
        self.progress.setValue(stats.finished)
        self.progress.setUpdatesEnabled(True)
        parts = [
            self.tr("%1 of %2 done")
            .replace("%1", whole_number(locale, stats.done))
            .replace("%2", whole_number(locale, stats.total))
        ]
        if stats.failed:
            parts.append(self.tr("%n failed", "", stats.failed))
        if stats.unanswered:  # the batch job ended first: said above the table
            parts.append(self.tr("%n without an answer", "", stats.unanswered))
        if stats.skipped:
            parts.append(self.tr("%n left out", "", stats.skipped))
        if stats.elapsed or self._state is RunState.RUNNING:  # a batch job's rows took none
            parts.append(self.tr("%1 spent").replace("%1", format_duration(stats.elapsed)))
        remaining = stats.remaining
        if self._state is RunState.RUNNING and remaining:
            parts.append(self.tr("about %1 left").replace("%1", format_duration(remaining)))
        parts.append(self.tr("%1 tokens").replace("%1", whole_number(locale, stats.tokens)))
        state_words = {
            RunState.RUNNING: self.tr("Sending"),
            RunState.PAUSED: self.tr("Paused: the photos on their way finish, no new ones start"),
            RunState.STOPPED: self.tr("Stopped: Resume sends the rest"),
            RunState.FINISHED: self.tr("Finished"),
        }
        self.figures.setText(" · ".join([state_words[self._state], *parts]))

    def _restyle(self, palette: QPalette) -> None:
        colors = theme.WindowColors.from_palette(palette)
        tint = theme.AMBER if self._notice_warning else colors.accent
        self.notice_bar.setStyleSheet(
            f"""QFrame#batchNoticeBar {{
                background: {theme.rgba(tint, 40 if colors.dark else 22)};
                border: 1px solid {theme.rgba(tint, 110)};
                border-radius: 8px;
            }}
            QLabel#batchNotice {{ color: {colors.text.name()}; }}"""
        )

    def _offer_filters(self, job: bool) -> None:
        """At Google only for a batch job's rows, Sending now only for photo-by-photo ones,
        Without an answer only while a batch job has left some so."""
        hidden = {RowFilter.SENDING} if job else {RowFilter.AT_GOOGLE}
        if not (self._stats and self._stats.unanswered):
            hidden.add(RowFilter.UNANSWERED)
        view = self.filter_box.view()
        for row in range(self.filter_box.count()):
            view.setRowHidden(row, RowFilter(self.filter_box.itemData(row)) in hidden)
        if RowFilter(self.filter_box.currentData()) in hidden:
            self.filter_box.setCurrentIndex(0)

    def _on_model_data_changed(
        self, top: QModelIndex, bottom: QModelIndex, roles: list[int]
    ) -> None:
        # The rows' texts are laid out before the view scrolls to them (BatchRowDelegate),
        # a few a turn.
        if roles:  # thumbnails made: no text changed
            return
        ahead = self._ahead
        for row in range(max(top.row(), bottom.row() + 1 - AHEAD_ROWS), bottom.row() + 1):
            ahead.pop(row, None)
            ahead[row] = None
        for row in list(ahead)[: max(0, len(ahead) - AHEAD_ROWS)]:
            del ahead[row]
        if not self._ahead_turn.isActive():
            self._ahead_turn.start()

    def _lay_out_ahead(self) -> None:
        ahead, model = self._ahead, self._model
        for row in list(ahead)[:AHEAD_A_TURN]:
            del ahead[row]
            if row < model.rowCount():  # the rows may have been set again since
                self.delegate.lay_out_row(model.cells(row))
        if ahead:
            self._ahead_turn.start()

    def _on_filter_box_changed(self) -> None:
        self.proxy.set_row_filter(RowFilter(self.filter_box.currentData()))

    def _on_find_triggered(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def _on_approve_button_clicked(self) -> None:
        rows = self.selected_rows()
        if rows:
            approve = not all(self._model.is_approved(row) for row in rows)
            self._model.set_approved(rows, approve)
