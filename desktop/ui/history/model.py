"""The sidebar's rows: conversations newest first, or search results with their snippets."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QImage

from desktop.core.conversation import ConversationSummary, SearchHit, Snippet, search_terms
from desktop.ui.history.dates import friendly_date

Index = QModelIndex | QPersistentModelIndex


class Roles(IntEnum):
    ID = Qt.ItemDataRole.UserRole + 1
    SUMMARY = Qt.ItemDataRole.UserRole + 2
    SNIPPET = Qt.ItemDataRole.UserRole + 3
    """Snippet | None: the matching text of a search result."""
    TITLE_HIGHLIGHTS = Qt.ItemDataRole.UserRole + 4
    """tuple[(start, end), ...]: where the search terms are in the shown title."""
    DATE_TEXT = Qt.ItemDataRole.UserRole + 5
    THUMBNAIL = Qt.ItemDataRole.UserRole + 6
    """QImage | None: the first photo, small; None until it is made (or when there is none)."""
    HAS_IMAGE = Qt.ItemDataRole.UserRole + 7


@dataclass
class _Row:
    summary: ConversationSummary
    snippet: Snippet | None = None
    title_highlights: tuple[tuple[int, int], ...] = ()


def _now() -> datetime:
    return datetime.now().astimezone()


class ConversationListModel(QAbstractListModel):
    """Holds ConversationSummary rows; in search mode each row also has its snippet.

    Titles are edited in place (the Edit role); an edit is shown at once and announced as
    `title_edited`, so the store can follow.
    """

    title_edited = Signal(int, str)
    """(conversation id, the new title; "" asks for the automatic title again)."""

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        now: Callable[[], datetime] = _now,
        locale: QLocale | None = None,
    ) -> None:
        super().__init__(parent)
        self._rows: list[_Row] = []
        self._thumbnails: dict[str, QImage] = {}
        self._searching = False
        self._now = now
        self._locale = locale or QLocale()

    # -- filling -------------------------------------------------------------------------------

    def set_conversations(self, summaries: Sequence[ConversationSummary]) -> None:
        self.beginResetModel()
        self._searching = False
        self._rows = [_Row(summary) for summary in summaries]
        self._keep_thumbnails_of_rows()
        self.endResetModel()

    def append_conversations(self, summaries: Sequence[ConversationSummary]) -> None:
        """Older conversations, below the ones listed (when scrolling reaches the end)."""
        known = {row.summary.id for row in self._rows}
        rows = [_Row(s) for s in summaries if s.id not in known]
        if self._searching or not rows:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()

    def set_search_results(self, hits: Sequence[SearchHit], query: str = "") -> None:
        """Search results, each with its snippet; `query` marks the terms in the titles."""
        pattern = _terms_pattern(search_terms(query))
        self.beginResetModel()
        self._searching = True
        self._rows = [
            _Row(hit.conversation, hit.snippet, _highlights(pattern, hit.conversation.title))
            for hit in hits
        ]
        self._keep_thumbnails_of_rows()
        self.endResetModel()

    def is_searching(self) -> bool:
        return self._searching

    def set_thumbnail(self, sha256: str, image: QImage) -> None:
        """The small picture of every row whose first photo is `sha256`."""
        rows = [n for n, row in enumerate(self._rows) if row.summary.first_image_hash == sha256]
        if not rows:
            return
        self._thumbnails[sha256] = image
        for n in rows:
            index = self.index(n)
            self.dataChanged.emit(index, index, [Roles.THUMBNAIL])

    def has_thumbnail(self, sha256: str) -> bool:
        return sha256 in self._thumbnails

    def image_hashes(self) -> list[str]:
        """The first photos of the rows, each once, in row order."""
        return list(
            dict.fromkeys(
                row.summary.first_image_hash for row in self._rows if row.summary.first_image_hash
            )
        )

    def _keep_thumbnails_of_rows(self) -> None:
        wanted = {row.summary.first_image_hash for row in self._rows}
        self._thumbnails = {sha: image for sha, image in self._thumbnails.items() if sha in wanted}

    # -- rows ----------------------------------------------------------------------------------

    def row_of(self, conversation_id: int) -> int | None:
        return next(
            (n for n, row in enumerate(self._rows) if row.summary.id == conversation_id), None
        )

    def conversation_id(self, row: int) -> int | None:
        return self._rows[row].summary.id if 0 <= row < len(self._rows) else None

    def summaries(self) -> list[ConversationSummary]:
        return [row.summary for row in self._rows]

    def remove(self, conversation_id: int) -> bool:
        row = self.row_of(conversation_id)
        if row is None:
            return False
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        self.endRemoveRows()
        return True

    # -- QAbstractListModel --------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        summary = row.summary
        if role == Qt.ItemDataRole.DisplayRole:
            return summary.title or self.tr("New chat")
        if role == Qt.ItemDataRole.EditRole:
            return summary.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{summary.title or self.tr('New chat')}\n{self._date(summary)}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{summary.title or self.tr('New chat')}, {self._date(summary)}"
        if role == Roles.ID:
            return summary.id
        if role == Roles.SUMMARY:
            return summary
        if role == Roles.SNIPPET:
            return row.snippet
        if role == Roles.TITLE_HIGHLIGHTS:
            return row.title_highlights if summary.title else ()
        if role == Roles.DATE_TEXT:
            return self._date(summary)
        if role == Roles.THUMBNAIL:
            sha = summary.first_image_hash
            return self._thumbnails.get(sha) if sha else None
        if role == Roles.HAS_IMAGE:
            return summary.first_image_hash is not None
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        row = self._rows[index.row()]
        title = " ".join(str(value).split())
        if title == row.summary.title:
            return False
        if title:  # an empty title goes back to the automatic one: the store makes it
            row.summary = replace(row.summary, title=title)
            row.title_highlights = ()
            self.dataChanged.emit(index, index)
        self.title_edited.emit(row.summary.id, title)
        return True

    def _date(self, summary: ConversationSummary) -> str:
        date = friendly_date(summary.updated_at, self._now(), self._locale)
        if summary.compare_of is None:
            return date
        # A compare's line says so beside its date.
        return self.tr("Compare · %1", "a compare of models, and its date").replace("%1", date)


def _terms_pattern(terms: Sequence[str]) -> re.Pattern[str] | None:
    words = sorted({t for t in terms if t}, key=len, reverse=True)
    if not words:
        return None
    return re.compile("|".join(re.escape(w) for w in words), re.IGNORECASE)


def _highlights(pattern: re.Pattern[str] | None, text: str) -> tuple[tuple[int, int], ...]:
    if pattern is None:
        return ()
    return tuple((m.start(), m.end()) for m in pattern.finditer(text))
