"""Runs the sidebar's work against the HistoryStore: listing, search, rename, delete with
undo, thumbnails, export and import. Every store call leaves the GUI thread through
asyncio.to_thread; every coroutine runs as a tracked task."""

from __future__ import annotations

import asyncio
import functools
import logging
from collections import OrderedDict
from collections.abc import Callable, Coroutine
from enum import Enum
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QStandardPaths, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFileDialog

from desktop.core.conversation import Conversation
from desktop.core.errors import GeminiError
from desktop.services.export import (
    ExportLabels,
    export_compare_json,
    export_html_columns,
    export_json,
    export_markdown_columns,
    import_json,
)
from desktop.services.export.common import safe_file_name
from desktop.services.history import HistoryStore
from desktop.ui.history.sidebar import HistorySidebar
from desktop.ui.history.thumbnails import make_thumbnail
from desktop.ui.message_words import error_words
from desktop.ui.tasks import TaskHolder, TaskSet, crash_route

log = logging.getLogger(__name__)

PAGE = 200
"""Conversations listed at once; scrolling to the end loads the next ones."""
SEARCH_LIMIT = 50
THUMBNAIL_CACHE = 1000
"""Thumbnails kept in memory (about 25 KB each at 2× scale)."""
CLOSE_TIMEOUT = 5.0


class ExportKind(Enum):
    MARKDOWN = ".md"
    HTML = ".html"
    JSON = ".json"

    @classmethod
    def from_path(cls, path: Path) -> ExportKind | None:
        suffix = path.suffix.lower()
        if suffix in (".md", ".markdown"):
            return cls.MARKDOWN
        if suffix in (".html", ".htm"):
            return cls.HTML
        if suffix == ".json":
            return cls.JSON
        return None


class HistoryController(QObject):
    """Fills a HistorySidebar from a HistoryStore and carries out what it asks for.

    Connect the signals, then call `start()`; call `set_current()` when the window shows
    another conversation and `refresh()` when one was saved; `await aclose()` at shutdown.
    """

    conversation_open_requested = Signal(int)
    """The user picked a conversation in the sidebar: load it and continue it."""
    new_chat_requested = Signal()
    conversation_deleted = Signal(int)
    """The history no longer lists it (undo is still offered): if the window shows it,
    it may start a new chat."""
    conversation_restored = Signal(int)
    """Undo brought a deleted conversation back."""
    conversation_imported = Signal(int)
    """An imported conversation is in the history (and the sidebar) under this id."""
    exported = Signal(object)
    """Path: the file an export wrote (for Markdown, the .md beside its folder of files)."""
    notice = Signal(str)
    """What happened to the history at opening (a damaged file set aside, a read-only
    folder): one sentence for the user, emitted by `start()`."""
    problem = Signal(str)
    """An expected failure (disk full, a file that cannot be imported): plain words to show
    inline, not in a dialog."""

    def __init__(
        self, sidebar: HistorySidebar, store: HistoryStore, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._sidebar = sidebar
        self._store = store
        self._query = ""
        self._listed = 0
        self._has_more = False
        self._thumbnails: OrderedDict[str, QImage] = OrderedDict()
        self._unreadable: set[str] = set()
        self._waiting: dict[str, None] = {}  # thumbnails to make, in order
        self._write_lock = asyncio.Lock()
        self._dialog: QFileDialog | None = None
        self._last_folder: Path | None = None
        self._last_kind = ExportKind.MARKDOWN
        self._closed = False
        on_error = crash_route(self.problem.emit)
        # Renames, deletions, exports, imports: each runs to its end (a newer one does not
        # cancel it).
        self._writes = TaskSet("history-write", on_error=on_error)
        self._list = TaskHolder("history-list", on_error=on_error)
        self._more = TaskHolder("history-more", on_error=on_error)
        self._thumbnail_task = TaskHolder("history-thumbnails", on_error=on_error)
        sidebar.search_requested.connect(self._on_sidebar_search_requested)
        sidebar.new_chat_requested.connect(self._on_sidebar_new_chat_requested)
        sidebar.open_requested.connect(self._on_sidebar_open_requested)
        sidebar.rename_requested.connect(self._on_sidebar_rename_requested)
        sidebar.delete_requested.connect(self._on_sidebar_delete_requested)
        sidebar.undo_delete_requested.connect(self._on_sidebar_undo_delete_requested)
        sidebar.undo_expired.connect(self._on_sidebar_undo_expired)
        sidebar.export_requested.connect(self._on_sidebar_export_requested)
        sidebar.import_requested.connect(self._on_sidebar_import_requested)
        sidebar.more_requested.connect(self._on_sidebar_more_requested)

    # -- what the window calls -----------------------------------------------------------------

    @property
    def sidebar(self) -> HistorySidebar:
        return self._sidebar

    @property
    def dialog(self) -> QFileDialog | None:
        """The export or import file dialog while it is open."""
        return self._dialog

    def start(self) -> None:
        """Show the store's notice (if any), remove conversations deleted in an earlier
        session for good, and list the conversations."""
        if self._store.notice:
            self.notice.emit(self._store.notice)
        self._write(self._purge(), "history-purge")
        self.refresh()

    def refresh(self) -> asyncio.Task[Any]:
        """List the conversations again (or search again, while there is a search)."""
        self._more.cancel()
        return self._list.start(self._show(self._query))

    def search(self, query: str) -> asyncio.Task[Any]:
        self._query = query.strip()
        return self.refresh()

    def set_current(self, conversation_id: int | None) -> None:
        """Mark the conversation the window shows (None for a new, unsaved chat)."""
        self._sidebar.set_current(conversation_id)

    def is_busy(self) -> bool:
        holders = (self._list, self._more, self._thumbnail_task)
        return any(holder.is_running() for holder in holders) or self._writes.is_running()

    def export_conversation(self, conversation_id: int) -> None:
        """Ask where to save the conversation (the file type picks the format) and save it."""
        summary = next(
            (s for s in self._sidebar.model().summaries() if s.id == conversation_id), None
        )
        title = safe_file_name(summary.title if summary else "", self.tr("Conversation"))
        filters = {
            ExportKind.MARKDOWN: self.tr("Markdown, photos in a folder beside it (*.md)"),
            ExportKind.HTML: self.tr("Web page, all in one file (*.html)"),
            ExportKind.JSON: self.tr("Conversation file, to import or replay (*.json)"),
        }
        dialog = self._new_dialog(self.tr("Export Conversation"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.setNameFilters(list(filters.values()))
        dialog.selectNameFilter(filters[self._last_kind])
        dialog.setDefaultSuffix(self._last_kind.value.lstrip("."))
        dialog.selectFile(str(self._folder() / f"{title}{self._last_kind.value}"))

        def on_filter_selected(name: str) -> None:
            kind = next((k for k, f in filters.items() if f == name), ExportKind.MARKDOWN)
            dialog.setDefaultSuffix(kind.value.lstrip("."))

        def on_file_selected(name: str) -> None:
            chosen = next(
                (k for k, f in filters.items() if f == dialog.selectedNameFilter()),
                ExportKind.MARKDOWN,
            )
            self.export_to(conversation_id, Path(name), chosen)

        dialog.filterSelected.connect(on_filter_selected)
        dialog.fileSelected.connect(on_file_selected)
        dialog.open()

    def export_to(
        self, conversation_id: int, path: Path, kind: ExportKind | None = None
    ) -> asyncio.Task[Any]:
        """Save the conversation to `path`; the file's suffix picks the format, else `kind`
        (and its suffix is added)."""
        chosen = ExportKind.from_path(path)
        if chosen is None:
            chosen = kind or ExportKind.MARKDOWN
            path = path.with_name(path.name + chosen.value)
        self._last_kind = chosen
        self._last_folder = path.parent
        export = self._export(conversation_id, path, chosen, self._labels())
        return self._writes.start(export, "history-export")

    def import_conversation(self) -> None:
        """Ask for an exported .json file and add its conversation to the history."""
        dialog = self._new_dialog(self.tr("Import Conversation"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilters(
            [
                self.tr("Conversation files (*.json)"),
                self.tr("All files (*)"),
            ]
        )
        dialog.setDirectory(str(self._folder()))
        dialog.fileSelected.connect(lambda name: self.import_from(Path(name)))
        dialog.open()

    def import_from(self, path: Path) -> asyncio.Task[Any]:
        self._last_folder = path.parent
        return self._writes.start(self._import(path), "history-import")

    async def aclose(self) -> None:
        """Stop listing and thumbnails; let changes, exports and imports finish (for a few
        seconds at most), so nothing is left half-written."""
        self._closed = True
        self._close_dialog()
        for holder in (self._list, self._more, self._thumbnail_task):
            await holder.cancel_and_wait()
        await self._writes.cancel_and_wait(grace=CLOSE_TIMEOUT)

    # -- listing -------------------------------------------------------------------------------

    async def _show(self, query: str) -> None:
        store = self._store
        try:
            if query:
                hits = await asyncio.to_thread(store.search, query, SEARCH_LIMIT)
                if self._alive():
                    self._sidebar.set_search_results(hits)
            else:
                limit = max(PAGE, self._listed)
                rows = await asyncio.to_thread(store.list_conversations, limit)
                self._listed = len(rows)
                self._has_more = len(rows) == limit
                if self._alive():
                    self._sidebar.set_conversations(rows, has_more=self._has_more)
        except GeminiError as error:
            self.problem.emit(error_words(error))
            return
        self._want_thumbnails()

    async def _show_more(self) -> None:
        offset = self._listed
        try:
            rows = await asyncio.to_thread(self._store.list_conversations, PAGE, offset)
        except GeminiError as error:
            self.problem.emit(error_words(error))
            return
        self._listed += len(rows)
        self._has_more = len(rows) == PAGE
        if self._alive():
            self._sidebar.append_conversations(rows, has_more=self._has_more)
        self._want_thumbnails()

    # -- thumbnails ----------------------------------------------------------------------------

    def _want_thumbnails(self) -> None:
        if not self._alive():
            return
        for sha in self._sidebar.image_hashes():
            if self._sidebar.has_thumbnail(sha) or sha in self._unreadable:
                continue
            if (image := self._thumbnails.get(sha)) is not None:
                self._thumbnails.move_to_end(sha)
                self._sidebar.set_thumbnail(sha, image)
            else:
                self._waiting[sha] = None
        if self._waiting and not self._thumbnail_task.is_running():
            self._thumbnail_task.start(self._make_thumbnails(self._sidebar.thumbnail_side()))

    async def _make_thumbnails(self, side: int) -> None:
        while self._waiting:
            sha = next(iter(self._waiting))
            image = await asyncio.to_thread(self._read_thumbnail, sha, side)
            self._waiting.pop(sha, None)
            if image.isNull():
                self._unreadable.add(sha)
                continue
            self._thumbnails[sha] = image
            while len(self._thumbnails) > THUMBNAIL_CACHE:
                self._thumbnails.popitem(last=False)
            if self._alive():
                self._sidebar.set_thumbnail(sha, image)

    def _read_thumbnail(self, sha256: str, side: int) -> QImage:
        """In a worker thread: from the stored file, or its bytes when the history lives
        in memory."""
        try:
            path = self._store.attachment_path(sha256)
            return make_thumbnail(path if path else self._store.attachment_bytes(sha256), side)
        except (GeminiError, ValueError) as exc:
            log.info("No thumbnail for %s: %s", sha256[:12], exc)
            return QImage()

    # -- rename, delete, undo ------------------------------------------------------------------

    def _write(self, coro: Coroutine[Any, Any, None], name: str) -> asyncio.Task[Any]:
        """Run a change to the history; changes run one at a time, in the order asked."""

        async def in_turn() -> None:
            try:
                async with self._write_lock:
                    await coro
            finally:
                coro.close()  # no "never awaited" warning when cancelled before its turn

        return self._writes.start(in_turn(), name)

    async def _rename(self, conversation_id: int, title: str) -> None:
        await self._change(functools.partial(self._store.rename, title=title), conversation_id)
        self.refresh()  # an empty title went back to the first prompt's

    async def _delete(self, conversation_id: int) -> None:
        if await self._change(self._store.delete, conversation_id):
            self.conversation_deleted.emit(conversation_id)
        else:
            self.refresh()  # it could not be deleted: show it again

    async def _undo_delete(self, conversation_id: int) -> None:
        if await self._change(self._store.undo_delete, conversation_id):
            self.conversation_restored.emit(conversation_id)
        self.refresh()

    async def _purge(self) -> None:
        try:
            count = await asyncio.to_thread(self._store.purge_deleted)
        except GeminiError as error:
            log.warning("Deleted conversations were not removed yet: %s", error.explanation)
            return
        if count:
            log.info("Removed %d deleted conversation(s) for good", count)

    async def _change(self, method: Callable[[int], None], conversation_id: int) -> bool:
        try:
            await asyncio.to_thread(method, conversation_id)
        except KeyError:
            log.info("Conversation %s is gone (another window?)", conversation_id)
            self.refresh()
            return False
        except GeminiError as error:
            self.problem.emit(error_words(error))
            return False
        finally:
            self._tell_if_in_memory()
        return True

    def _tell_if_in_memory(self) -> None:
        """This change found the disk full (or read-only): the store went on in memory."""
        if (error := self._store.take_notice()) is not None:
            self.problem.emit(error_words(error))

    # -- export and import ---------------------------------------------------------------------

    async def _export(
        self, conversation_id: int, path: Path, kind: ExportKind, labels: ExportLabels
    ) -> None:
        store = self._store
        try:
            # A compare goes out with all its columns.
            columns = await asyncio.to_thread(_conversations_of, store, conversation_id)
            if kind is ExportKind.MARKDOWN:
                written = await asyncio.to_thread(
                    export_markdown_columns,
                    columns,
                    store.attachment_bytes,
                    path.parent,
                    name=path.stem,
                    labels=labels,
                )
            elif kind is ExportKind.HTML:
                written = await asyncio.to_thread(
                    export_html_columns, columns, store.attachment_bytes, path, labels=labels
                )
            elif len(columns) > 1:
                written = await asyncio.to_thread(
                    export_compare_json, columns, store.attachment_bytes, path
                )
            else:
                written = await asyncio.to_thread(
                    export_json, columns[0], store.attachment_bytes, path
                )
        except KeyError:
            self.problem.emit(self.tr("This conversation no longer exists."))
            return
        except GeminiError as error:
            self.problem.emit(error_words(error))
            return
        log.info("Exported conversation %d as %s", conversation_id, kind.name)
        self.exported.emit(written)

    async def _import(self, path: Path) -> None:
        try:
            conversation_id = await asyncio.to_thread(import_json, path, self._store)
        except GeminiError as error:
            self.problem.emit(error_words(error))
            return
        finally:
            self._tell_if_in_memory()
        await self._show(self._query)
        self.conversation_imported.emit(conversation_id)

    def _labels(self) -> ExportLabels:
        """The export's words in the user's language (made here: tr() needs Qt)."""
        return ExportLabels(
            you=self.tr("You"),
            model=self.tr("Gemini"),
            untitled=self.tr("Conversation"),
            exported=self.tr("Exported from Gemini Desktop"),
            system_instruction=self.tr("Instructions"),  # the Settings panel's name
            thoughts=self.tr("Thoughts"),
            sources=self.tr("Sources"),
            attachments_folder=self.tr("files"),
            missing_file=self.tr("missing from the history"),
            stopped=self.tr("Stopped before the end."),
            interrupted=self.tr("Interrupted: the app closed while this answer was arriving."),
            streaming=self.tr("Still arriving when this was exported."),
            failed=self.tr("This answer failed."),
            tokens_in=self.tr("%1 tokens in").replace("%1", "{n}"),
            tokens_out=self.tr("%1 out").replace("%1", "{n}"),
            tokens_thinking=self.tr("%1 thinking").replace("%1", "{n}"),
            clip=self.tr("from %1 to %2").replace("%1", "{start}").replace("%2", "{end}"),
            column=self.tr("Column %1").replace("%1", "{n}"),
        )

    def _folder(self) -> Path:
        if self._last_folder is not None and self._last_folder.is_dir():
            return self._last_folder
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        return Path(documents) if documents else Path.home()

    def _new_dialog(self, caption: str) -> QFileDialog:
        self._close_dialog()
        dialog = QFileDialog(self._sidebar.window(), caption)
        dialog.setObjectName("historyFileDialog")
        dialog.finished.connect(self._on_dialog_finished)
        self._dialog = dialog
        return dialog

    def _close_dialog(self) -> None:
        dialog, self._dialog = self._dialog, None
        if dialog is not None and shiboken6.isValid(dialog):
            dialog.reject()
            dialog.deleteLater()

    # -- slots ---------------------------------------------------------------------------------

    def _alive(self) -> bool:
        return not self._closed and shiboken6.isValid(self._sidebar)

    def _on_sidebar_search_requested(self, query: str) -> None:
        self.search(query)

    def _on_sidebar_new_chat_requested(self) -> None:
        self._sidebar.set_current(None)
        self.new_chat_requested.emit()

    def _on_sidebar_open_requested(self, conversation_id: int) -> None:
        self.conversation_open_requested.emit(conversation_id)

    def _on_sidebar_rename_requested(self, conversation_id: int, title: str) -> None:
        self._write(self._rename(conversation_id, title), "history-rename")

    def _on_sidebar_delete_requested(self, conversation_id: int) -> None:
        self._write(self._delete(conversation_id), "history-delete")

    def _on_sidebar_undo_delete_requested(self, conversation_id: int) -> None:
        self._write(self._undo_delete(conversation_id), "history-undo-delete")

    def _on_sidebar_undo_expired(self, conversation_id: int) -> None:
        # Remove for good only when no other deletion can still be undone; the later one's
        # expiry takes this one along.
        if self._sidebar.undo_pending() in (None, conversation_id):
            self._write(self._purge(), "history-purge")

    def _on_sidebar_more_requested(self) -> None:
        if self._has_more and not self._query and not self._more.is_running():
            self._more.start(self._show_more())

    def _on_sidebar_export_requested(self, conversation_id: int) -> None:
        self.export_conversation(conversation_id)

    def _on_sidebar_import_requested(self) -> None:
        self.import_conversation()

    def _on_dialog_finished(self) -> None:
        dialog = self.sender()
        if dialog is self._dialog:
            self._dialog = None
        if isinstance(dialog, QFileDialog) and shiboken6.isValid(dialog):
            dialog.deleteLater()


def _conversations_of(store: HistoryStore, conversation_id: int) -> list[Conversation]:
    """The conversation, or every column of the compare it belongs to."""
    compare = store.compare_of(conversation_id)
    ids = store.compare_columns(compare) if compare is not None else [conversation_id]
    return [store.load(i) for i in ids]
