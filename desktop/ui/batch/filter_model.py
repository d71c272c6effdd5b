"""Which rows of the batch table show: by what their status cell says (Waiting, Sending now,
At Google, Done, Failed, Left out; Cancelled, Expired and Not sent together as Without an
answer), or by approval, and by a search over the file's name and its results."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel

from desktop.services.history.batches import BatchItem, ItemStatus
from desktop.ui.batch.items_model import (
    ACTIVITY_ROLE,
    APPROVED_ROLE,
    ITEM_ROLE,
    Activity,
    field_text,
    job_end,
)


class RowFilter(StrEnum):
    ALL = "all"
    WAITING = "waiting"
    """Waiting, and Waiting to retry: not on its way now."""
    SENDING = "sending"
    """Sending now: its request is on its way."""
    AT_GOOGLE = "at-google"
    """At Google: in a batch job not ended yet."""
    DONE = "done"
    FAILED = "failed"
    """Failed for a reason of its own: Google refused the photo, or could not answer it."""
    UNANSWERED = "unanswered"
    """Without an answer: its batch job ended first (the rows say Cancelled, Expired or Not
    sent), through no fault of the photo's."""
    LEFT_OUT = "left-out"
    APPROVED = "approved"
    NOT_APPROVED = "not-approved"


_ACTIVITIES = {
    RowFilter.SENDING: Activity.SENDING,
    RowFilter.AT_GOOGLE: Activity.AT_GOOGLE,
}
_STATUSES = {
    RowFilter.WAITING: ItemStatus.PENDING,
    RowFilter.DONE: ItemStatus.DONE,
    RowFilter.FAILED: ItemStatus.FAILED,
    RowFilter.LEFT_OUT: ItemStatus.SKIPPED,
}


class BatchFilterModel(QSortFilterProxyModel):
    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)
        self._filter = RowFilter.ALL
        self._search = ""

    def set_row_filter(self, row_filter: RowFilter) -> None:
        self.beginFilterChange()
        self._filter = row_filter
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_search(self, text: str) -> None:
        self.beginFilterChange()
        self._search = text.strip().casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        if self._filter is RowFilter.ALL and not self._search:
            return True  # asked again for every row a result changes: nothing to look at
        model = self.sourceModel()
        index = model.index(source_row, 0, source_parent)
        item: BatchItem = model.data(index, ITEM_ROLE)
        activity = model.data(index, ACTIVITY_ROLE)
        if not self._status_matches(item, activity, bool(model.data(index, APPROVED_ROLE))):
            return False
        if not self._search:
            return True
        haystack = [item.path.rsplit("/", 1)[-1], *(field_text(v) for v in item.fields.values())]
        return any(self._search in text.casefold() for text in haystack)

    def _status_matches(self, item: BatchItem, activity: Activity | None, approved: bool) -> bool:
        """As the row's status cell reads: a failed photo sent again says Sending now."""
        if self._filter is RowFilter.ALL:
            return True
        if self._filter is RowFilter.APPROVED:
            return approved
        if self._filter is RowFilter.NOT_APPROVED:
            return item.status is ItemStatus.DONE and not approved
        if self._filter in _ACTIVITIES:
            return activity is _ACTIVITIES[self._filter]
        if self._filter is RowFilter.WAITING and activity is Activity.WAITING_TO_RETRY:
            return True
        if activity is not None:
            return False
        if self._filter is RowFilter.UNANSWERED:
            return job_end(item) is not None
        if self._filter is RowFilter.FAILED and job_end(item) is not None:
            return False  # the job's end, not the photo's: Without an answer
        return item.status is _STATUSES[self._filter]
