"""Sent questions' files: the thumbnails of a reopened conversation, made from the history's
copies, and a file opened in the system's app when its chip is clicked (from the history's
copy once the question is saved, so it opens even after the original has moved)."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Sequence
from pathlib import Path

import shiboken6
from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QDesktopServices, QImage

from desktop import paths
from desktop.core.conversation import AttachmentRef, Turn
from desktop.core.errors import GeminiError
from desktop.services.history import HistoryStore
from desktop.services.opened_files import copy_to_open
from desktop.ui.attachments.loader import thumbnail_of
from desktop.ui.attachments.model import file_kind
from desktop.ui.conversation.user_turn import UserTurnView
from desktop.ui.main_window import MainWindow
from desktop.ui.message_words import error_words
from desktop.ui.tasks import TaskHolder, crash_route

log = logging.getLogger(__name__)

PICTURED_KINDS = frozenset({"image", "video"})


def stored_thumbnail(history: HistoryStore, ref: AttachmentRef) -> QImage | None:
    """The strip's thumbnail of a saved photo or video, from the history's copy; None for
    other kinds or a file that has gone. Blocks."""
    kind = file_kind(ref.mime_type, ref.uri)
    if kind not in PICTURED_KINDS:
        return None
    try:
        source: Path | bytes = history.attachment_path(ref.sha256) or history.attachment_bytes(
            ref.sha256
        )
    except GeminiError as error:
        log.info("No thumbnail for %s: %s", ref.name, error)
        return None
    return thumbnail_of(source, kind)


class QuestionFilesController(QObject):
    """Thumbnails and opening for the files of the questions on show. `question(index)` is
    the saved question at that index (None while it is not saved)."""

    def __init__(
        self,
        window: MainWindow,
        history: HistoryStore,
        *,
        question: Callable[[int], Turn | None],
        cache: Callable[[], Path] = paths.cache_dir,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._window = window
        self._history = history
        self._question = question
        self._cache = cache
        self._thumbnails = TaskHolder("question-thumbnails", on_error=crash_route())
        self._opening = TaskHolder("file-open", on_error=crash_route(self._show_status))
        window.conversation.file_open_requested.connect(self._on_view_file_open_requested)

    @property
    def tasks(self) -> tuple[TaskHolder, TaskHolder]:
        return (self._thumbnails, self._opening)

    def show_thumbnails(
        self, turns: Sequence[tuple[UserTurnView, Sequence[AttachmentRef]]]
    ) -> asyncio.Task[None] | None:
        """Put the photos' and videos' pictures on the chips of these reopened questions
        (those of an earlier conversation stop)."""
        wanted = [
            (view, position, ref)
            for view, refs in turns
            for position, ref in enumerate(refs)
            if file_kind(ref.mime_type, ref.uri) in PICTURED_KINDS
        ]
        if not wanted:
            self._thumbnails.cancel()
            return None
        return self._thumbnails.start(self._make_thumbnails(wanted))

    async def _make_thumbnails(self, wanted: list[tuple[UserTurnView, int, AttachmentRef]]) -> None:
        for view, position, ref in wanted:
            image = await asyncio.to_thread(stored_thumbnail, self._history, ref)
            if image is not None and shiboken6.isValid(view):
                view.set_thumbnail(position, image)

    def open_file(self, question_index: int, position: int) -> asyncio.Task[None] | None:
        """Open the file at `position` of that question in the system's app (a YouTube
        video in the browser). Returns the task that copies a saved file out, if any."""
        view = self._window.conversation
        if not 0 <= question_index < view.turn_count():
            return None
        turn_view = view.user_turn(question_index)
        chips = turn_view.chips
        if not 0 <= position < len(chips):
            return None
        chip = chips[position]
        if chip.link is not None:
            self._open_url(QUrl(chip.link), chip.item.name)
            return None
        saved = self._question(question_index)
        stored = turn_view.saved_position(position)
        if saved is not None and stored is not None and stored < len(saved.attachments):
            return self._opening.start(self._open_stored(saved.attachments[stored]))
        if chip.item.path is not None:  # not saved yet: the file it was sent from
            self._open_url(QUrl.fromLocalFile(str(chip.item.path)), chip.item.name)
        else:
            self._show_status(
                self.tr("%1 opens once the question is saved.").replace("%1", chip.item.name)
            )
        return None

    async def _open_stored(self, ref: AttachmentRef) -> None:
        try:
            path = await asyncio.to_thread(copy_to_open, self._history, ref, self._cache())
        except GeminiError as error:
            self._show_status(error_words(error))
            return
        except OSError as error:
            log.warning("%s could not be copied out to open it: %s", ref.name, error)
            self._show_status(
                self.tr("%1 could not be opened. The details are in the log file.").replace(
                    "%1", ref.name
                )
            )
            return
        if shiboken6.isValid(self._window):
            self._open_url(QUrl.fromLocalFile(str(path)), ref.name)

    def _open_url(self, url: QUrl, name: str) -> None:
        if not QDesktopServices.openUrl(url):
            self._show_status(self.tr("No app on this computer could open %1.").replace("%1", name))

    def _show_status(self, text: str) -> None:
        if shiboken6.isValid(self._window):
            self._window.show_status(text)

    def _on_view_file_open_requested(self, question_index: int, position: int) -> None:
        self.open_file(question_index, position)
