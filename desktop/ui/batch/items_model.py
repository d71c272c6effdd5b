"""The rows of the batch table: one per file, with its thumbnail, name, status and one
column per result field. A result arriving changes its one row (a position → row index) at
once, and the view hears of the rows changed once a frame, in as few dataChanged ranges as
they make runs: 1,000 rows with results streaming in never cost a reset, nor a repaint per
result."""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Callable, Sequence
from enum import IntEnum
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)

from desktop.services.batch.ask import keyword_list
from desktop.services.batch.export import KEYWORD_SEPARATOR
from desktop.services.history.batches import BatchItem, ItemStatus
from desktop.ui.batch.thumbnails import ThumbnailCache
from desktop.ui.message_words import saved_error_words

THUMBNAIL, FILE, STATUS = 0, 1, 2
FIRST_FIELD = 3
ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
"""The row's BatchItem."""
APPROVED_ROLE = Qt.ItemDataRole.UserRole + 2
PAINT_ROLE = Qt.ItemDataRole.UserRole + 3
"""What the row delegate draws: the thumbnail (a QPixmap or None), or (text, Tone, Mark or
None)."""
ACTIVITY_ROLE = Qt.ItemDataRole.UserRole + 4
"""What happens to the row's file now (an Activity), or None: what its status cell says."""
FRAME_MS = 16  # the view hears of changed rows at most once a frame


class Tone(IntEnum):
    """A cell text's colour."""

    PLAIN = 0
    MUTED = 1
    PROBLEM = 2


class Activity(IntEnum):
    """What is happening to a file without an answer yet, while the batch runs."""

    SENDING = 0
    """Its request is on its way."""
    WAITING_TO_RETRY = 1
    """A try was refused (too many requests) or failed in a way worth another: it goes
    again by itself."""
    AT_GOOGLE = 2
    """It went in a batch job that Google has not finished yet."""


class Mark(IntEnum):
    """The small mark before a cell's text: a row's status, or an answered file's approval
    check box."""

    WAITING = 0
    DONE = 1
    FAILED = 2
    LEFT_OUT = 3
    APPROVED = 4
    NOT_APPROVED = 5
    SENDING = 6
    WAITING_TO_RETRY = 7


_MARKS = {
    ItemStatus.PENDING: Mark.WAITING,
    ItemStatus.DONE: Mark.DONE,
    ItemStatus.FAILED: Mark.FAILED,
    ItemStatus.SKIPPED: Mark.LEFT_OUT,
}

ModelIndex = QModelIndex | QPersistentModelIndex


def status_words(status: ItemStatus) -> str:
    # Only the one asked for is translated: the table asks for a status on every paint.
    if status is ItemStatus.PENDING:
        return QCoreApplication.translate("BatchTable", "Waiting")
    if status is ItemStatus.DONE:
        return QCoreApplication.translate("BatchTable", "Done")
    if status is ItemStatus.FAILED:
        return QCoreApplication.translate("BatchTable", "Failed")
    return QCoreApplication.translate("BatchTable", "Left out")


_JOB_ENDS = ("JOB_CANCELLED", "JOB_EXPIRED", "JOB_FAILED")
"""A failed row's saved status when its job ended before answering it (results.py's
item_without_result): the job's end is said once, above the table, not on each row."""


def job_end(item: BatchItem) -> str | None:
    """The job's end (one of _JOB_ENDS) that left this failed row without an answer; None
    when the row failed for a reason of its own."""
    if item.status is not ItemStatus.FAILED or not item.error:
        return None
    status = item.error.get("status")
    return status if status in _JOB_ENDS else None


def job_end_words(end: str) -> str:
    """A row's short status when its batch job ended before answering it."""
    if end == "JOB_CANCELLED":
        return QCoreApplication.translate("BatchTable", "Cancelled")
    if end == "JOB_EXPIRED":
        return QCoreApplication.translate("BatchTable", "Expired")
    return QCoreApplication.translate("BatchTable", "Not sent")


def every_status_words() -> list[str]:
    """Every status a row's cell can say, for a column that fits the longest."""
    return (
        [status_words(s) for s in ItemStatus]
        + [activity_words(a) for a in Activity]
        + [job_end_words(end) for end in _JOB_ENDS]
    )


def activity_words(activity: Activity) -> str:
    if activity is Activity.SENDING:
        return QCoreApplication.translate("BatchTable", "Sending now")
    if activity is Activity.AT_GOOGLE:
        return QCoreApplication.translate("BatchTable", "At Google")
    return QCoreApplication.translate("BatchTable", "Waiting to retry")


def reason_words(cause: str, google: str, action: str) -> str:
    """A failed row's reason, whole in its cell: the cause, Google's own words when they add
    to it, and the one thing to do."""
    parts = [cause]
    google = google.strip()
    if google and google not in cause:
        says = QCoreApplication.translate("BatchJob", "Google says: %1")
        parts.append(says.replace("%1", google))
    parts.append(action)
    return " ".join(part for part in parts if part)


def field_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return KEYWORD_SEPARATOR.join(str(v) for v in value)
    return str(value)


class BatchItemsModel(QAbstractTableModel):
    """The batch's files. Results are edited in place (the field cells); the file cell's
    check box marks a row approved."""

    item_edited = Signal(object)
    """A BatchItem whose fields the user changed (to be saved in the history)."""
    approval_changed = Signal()
    approvals_set = Signal(list, bool)
    """Positions the user marked approved (True) or not (to be saved in the history)."""

    def __init__(
        self,
        columns: Sequence[str],
        thumbnails: ThumbnailCache,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._thumbnails = thumbnails
        self._items: list[BatchItem] = []
        self._rows: dict[int, int] = {}  # position → row
        self._path_rows: dict[str, list[int]] = {}
        self._reasons: dict[int, str] = {}  # position → why it failed, in the user's words
        self._approved: set[int] = set()
        self._activity: dict[int, Activity] = {}  # position → what happens to it now
        self._list_fields = {c for c in self._columns if c == "keywords"}
        self._changed_rows: set[int] = set()
        self._frame = QTimer(self)
        self._frame.setSingleShot(True)
        self._frame.setInterval(FRAME_MS)
        self._frame.timeout.connect(self.announce_changes)
        thumbnails.ready.connect(self._on_thumbnails_ready)

    @property
    def columns(self) -> list[str]:
        return list(self._columns)

    def row_height(self) -> int:
        return self._thumbnails.cell_size().height()

    def set_items(self, items: Sequence[BatchItem]) -> None:
        self._changed_rows.clear()
        self._activity.clear()
        self.beginResetModel()
        self._items = list(items)
        self._rows = {item.position: row for row, item in enumerate(self._items)}
        self._approved = {item.position for item in self._items if item.approved}
        self._path_rows = {}
        for row, item in enumerate(self._items):
            self._path_rows.setdefault(item.path, []).append(row)
        self._list_fields |= {
            name
            for item in self._items
            for name, value in item.fields.items()
            if isinstance(value, list)
        }
        self.endResetModel()

    def items(self) -> list[BatchItem]:
        return list(self._items)

    def row_of(self, position: int) -> int | None:
        return self._rows.get(position)

    def item(self, row: int) -> BatchItem:
        return self._items[row]

    def update_item(self, item: BatchItem, reason: str | None = None) -> None:
        """A result (or a failure, with its reason worded) for one file: the model has it
        now, the view hears of it with the frame's other changes (announce_changes)."""
        row = self._rows.get(item.position)
        if row is None:
            return
        self._items[row] = item
        self._activity.pop(item.position, None)
        if reason is not None:
            self._reasons[item.position] = reason
        elif item.status is ItemStatus.DONE:
            self._reasons.pop(item.position, None)
        self._list_fields |= {n for n, v in item.fields.items() if isinstance(v, list)}
        self._changed(row)

    def set_activity(self, position: int, activity: Activity) -> None:
        """The file is being sent, or waits to go again (shown until its result comes)."""
        row = self._rows.get(position)
        if row is not None and self._activity.get(position) is not activity:
            self._activity[position] = activity
            self._changed(row)

    def activity(self, row: int) -> Activity | None:
        return self._activity.get(self._items[row].position)

    def clear_activity(self) -> None:
        """The run ended (finished, stopped): nothing is on its way any more."""
        for position in self._activity:
            self._changed(self._rows[position])
        self._activity.clear()

    def _changed(self, row: int) -> None:
        self._changed_rows.add(row)
        if not self._frame.isActive():
            self._frame.start()

    def announce_changes(self) -> None:
        """One dataChanged per run of adjacent changed rows, from the file to the last
        column (a result leaves the thumbnail as it was); the proxy filters those rows
        again, the view repaints them if shown."""
        self._frame.stop()
        if not self._changed_rows:
            return
        rows = sorted(self._changed_rows)
        self._changed_rows.clear()
        last = self.columnCount() - 1
        for top, bottom in runs(rows):
            self.dataChanged.emit(self.index(top, FILE), self.index(bottom, last))

    def cells(self, row: int) -> list[tuple[int, object]]:
        """What the row delegate draws in each cell of `row` but the thumbnail (PAINT_ROLE),
        by column."""
        item = self._items[row]
        return [(column, self._cell(item, column)) for column in range(FILE, self.columnCount())]

    def reason(self, item: BatchItem) -> str:
        """Why the file failed or was left out: as worded when it happened, else worded
        again from the message ids the history kept (in the reader's language), else the
        English kept beside them (saves from before the ids)."""
        if item.position in self._reasons:
            return self._reasons[item.position]
        error = item.error or {}
        cause, action = saved_error_words(error)
        reason = reason_words(cause, str(error.get("google") or ""), action)
        self._reasons[item.position] = reason  # worded once: each paint asks for it
        return reason

    def is_approved(self, row: int) -> bool:
        return self._items[row].position in self._approved

    def set_approved(self, rows: Sequence[int], approved: bool) -> None:
        marked: list[int] = []
        unmarked: list[int] = []
        for row in rows:
            position = self._items[row].position
            if approved and self._items[row].status is ItemStatus.DONE:
                self._approved.add(position)
                marked.append(position)
            else:
                self._approved.discard(position)
                unmarked.append(position)
            index = self.index(row, FILE)
            self.dataChanged.emit(index, index)
        for positions, mark in ((marked, True), (unmarked, False)):
            if positions:
                self.approvals_set.emit(positions, mark)
        self.approval_changed.emit()

    def approved_items(self) -> list[BatchItem]:
        return [i for i in self._items if i.position in self._approved]

    # -- QAbstractTableModel ---------------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else FIRST_FIELD + len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == THUMBNAIL:
            return ""
        if section == FILE:
            return self.tr("File")
        if section == STATUS:
            return self.tr("Status")
        return column_title(self._columns[section - FIRST_FIELD])

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        # Asked for every cell painted: the flags are made once (an enum's | costs here).
        if self._items[index.row()].status is not ItemStatus.DONE:
            return _SELECTABLE
        column = index.column()
        if column == FILE:
            return _CHECKABLE
        return _EDITABLE if column >= FIRST_FIELD else _SELECTABLE

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # The view asks each cell for a dozen roles on every paint: the ones never answered
        # (font, colours, alignment) leave first, in Python that is most of a paint's cost.
        if role not in _ROLES or not index.isValid():
            return None
        item = self._items[index.row()]
        column = index.column()
        if role == ITEM_ROLE:
            return item
        if role == APPROVED_ROLE:
            return item.position in self._approved
        if role == ACTIVITY_ROLE:
            return self._activity.get(item.position)
        if role == PAINT_ROLE:
            return self._cell(item, column)
        if column == THUMBNAIL:
            if role == Qt.ItemDataRole.DecorationRole:
                return self._thumbnails.pixmap(item.path)
            if role == Qt.ItemDataRole.SizeHintRole:
                return self._thumbnails.cell_size()
            return None
        if column == FILE:
            if role == Qt.ItemDataRole.DisplayRole:
                return Path(item.path).name
            if role == Qt.ItemDataRole.ToolTipRole:
                return item.path
            if role == Qt.ItemDataRole.CheckStateRole and item.status is ItemStatus.DONE:
                approved = item.position in self._approved
                return Qt.CheckState.Checked if approved else Qt.CheckState.Unchecked
            return None
        if column == STATUS:
            activity = self._activity.get(item.position)
            if role == Qt.ItemDataRole.DisplayRole:
                if activity is not None:
                    return activity_words(activity)
                end = job_end(item)
                return status_words(item.status) if end is None else job_end_words(end)
            if role == Qt.ItemDataRole.ToolTipRole:
                if activity is Activity.WAITING_TO_RETRY:
                    return self.tr("This photo goes again by itself in a moment.")
                if activity is Activity.AT_GOOGLE:
                    return self.tr(
                        "This photo is in the batch job; its answer comes when the job ends."
                    )
                return self.reason(item) or None
            return None
        name = self._columns[column - FIRST_FIELD]
        why = (
            item.status in (ItemStatus.FAILED, ItemStatus.SKIPPED)
            and column == FIRST_FIELD
            and job_end(item) is None  # the window says the job's end once, above the table
        )
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if why:
                return self.reason(item) if role == Qt.ItemDataRole.DisplayRole else ""
            return field_text(item.fields.get(name))
        if role == Qt.ItemDataRole.ToolTipRole:  # the whole reason where its cell cuts it off
            return (self.reason(item) if why else field_text(item.fields.get(name))) or None
        return None

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        row, column = index.row(), index.column()
        if column == FILE and role == Qt.ItemDataRole.CheckStateRole:
            checked = Qt.CheckState(value) == Qt.CheckState.Checked
            self.set_approved([row], checked)
            return True
        if column < FIRST_FIELD or role != Qt.ItemDataRole.EditRole:
            return False
        item = self._items[row]
        name = self._columns[column - FIRST_FIELD]
        text = str(value)
        new_value: object = keyword_list(text) if name in self._list_fields else text
        if item.fields.get(name) == new_value:
            return False
        fields = dict(item.fields) | {name: new_value}
        edited = dataclasses.replace(item, fields=fields)
        self._items[row] = edited
        self.dataChanged.emit(index, index)
        self.item_edited.emit(edited)
        return True

    def _cell(self, item: BatchItem, column: int) -> object:
        if column == THUMBNAIL:
            return self._thumbnails.pixmap(item.path)
        status = item.status
        if column == FILE:
            name = os.path.basename(item.path)
            if status is not ItemStatus.DONE:
                return (name, Tone.PLAIN, None)
            approved = item.position in self._approved
            return (name, Tone.PLAIN, Mark.APPROVED if approved else Mark.NOT_APPROVED)
        if column == STATUS:
            activity = self._activity.get(item.position)
            if activity is not None:
                mark = (
                    Mark.WAITING_TO_RETRY if activity is Activity.WAITING_TO_RETRY else Mark.SENDING
                )
                return (activity_words(activity), Tone.PLAIN, mark)
            end = job_end(item)
            if end is not None:
                return (job_end_words(end), Tone.MUTED, Mark.LEFT_OUT)
            tone = Tone.PLAIN if status is ItemStatus.DONE else Tone.MUTED
            return (status_words(status), tone, _MARKS[status])
        if status is ItemStatus.FAILED or status is ItemStatus.SKIPPED:
            if column != FIRST_FIELD or job_end(item) is not None:
                return ("", Tone.PLAIN, None)
            tone = Tone.PROBLEM if status is ItemStatus.FAILED else Tone.MUTED
            return (self.reason(item), tone, None)
        return (field_text(item.fields.get(self._columns[column - FIRST_FIELD])), Tone.PLAIN, None)

    def _on_thumbnails_ready(self, paths: list[str]) -> None:
        rows = sorted({row for path in paths for row in self._path_rows.get(path, ())})
        # One signal per run of rows: a burst of thumbnails repaints only their cells, and
        # the proxy, told only the decoration changed, filters nothing again.
        for top, bottom in runs(rows):
            self.dataChanged.emit(
                self.index(top, THUMBNAIL),
                self.index(bottom, THUMBNAIL),
                [Qt.ItemDataRole.DecorationRole],
            )


_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.EditRole,
        Qt.ItemDataRole.DecorationRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.SizeHintRole,
        Qt.ItemDataRole.CheckStateRole,
        ITEM_ROLE,
        APPROVED_ROLE,
        PAINT_ROLE,
        ACTIVITY_ROLE,
    }
)


_SELECTABLE = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_CHECKABLE = _SELECTABLE | Qt.ItemFlag.ItemIsUserCheckable
_EDITABLE = _SELECTABLE | Qt.ItemFlag.ItemIsEditable


def runs(rows: Sequence[int]) -> list[tuple[int, int]]:
    """Sorted rows as (first, last) runs of adjacent ones: [1, 2, 3, 7] → [(1, 3), (7, 7)]."""
    spans: list[tuple[int, int]] = []
    for row in rows:
        if spans and spans[-1][1] == row - 1:
            spans[-1] = (spans[-1][0], row)
        else:
            spans.append((row, row))
    return spans


def column_title(name: str) -> str:
    """A result field's column heading: the presets' in the user's language, a schema's
    own property names as they are."""
    titles: dict[str, Callable[[], str]] = {
        "alt_text": lambda: QCoreApplication.translate("BatchTable", "Alt text"),
        "caption": lambda: QCoreApplication.translate("BatchTable", "Caption"),
        "keywords": lambda: QCoreApplication.translate("BatchTable", "Keywords"),
        "title": lambda: QCoreApplication.translate("BatchTable", "Title"),
        "text": lambda: QCoreApplication.translate("BatchTable", "Answer"),
    }
    return titles[name]() if name in titles else name
