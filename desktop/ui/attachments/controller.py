"""Adds files to the strip: one tracked task per batch (a drop, a paste, a dialog's choice),
prepared off the GUI thread, added in the order given, refusals shown by name."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QMimeData, QObject, QUrl, Signal
from PySide6.QtGui import QImage

from desktop.core.errors import FileProblemError
from desktop.ui.attachments.loader import (
    AttachmentLoader,
    BytesSource,
    FileSource,
    ImageSource,
    Result,
    Source,
)
from desktop.ui.attachments.mime import (
    drop_sources,
    paste_sources,
    url_sources,
)
from desktop.ui.attachments.model import Attachment
from desktop.ui.attachments.strip import AttachmentStrip
from desktop.ui.message_words import error_words
from desktop.ui.tasks import TaskSet

log = logging.getLogger(__name__)


class AttachmentController(QObject):
    """Fills an AttachmentStrip. Batches run side by side but are added in the order they
    were started; closing cancels them all (`aclose`)."""

    loading_changed = Signal(bool)
    """True while any file is being prepared (Send may want to wait)."""
    batch_finished = Signal(list, list)
    """(list[Attachment] added, list[str] refusals) of one batch."""

    def __init__(
        self,
        strip: AttachmentStrip,
        loader: AttachmentLoader | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._strip = strip
        self._loader = loader or AttachmentLoader()
        # Batches run side by side; each waits for the one before to add its files first.
        self._tasks = TaskSet("attachments", on_done=self._on_batch_done)
        self._last: asyncio.Task[Any] | None = None
        self._pending = 0
        self._closed = False
        strip.add_requested.connect(self._on_strip_add_requested)

    @property
    def strip(self) -> AttachmentStrip:
        return self._strip

    # -- what the window and the app call ------------------------------------------------------

    def add_paths(self, paths: Sequence[Path | str]) -> None:
        """Files on this computer: the command line, "Open with", the dialog, a drop."""
        self.add_sources([FileSource(Path(path)) for path in paths])

    def add_image_data(self, image: QImage | bytes, suggested_name: str) -> None:
        """An image from another app: encoded bytes are kept as they are, a decoded QImage
        is encoded as PNG (off the GUI thread)."""
        if isinstance(image, QImage):
            self.add_sources([ImageSource(image, suggested_name)])
        else:
            self.add_sources([BytesSource(bytes(image), suggested_name)])

    def add_urls(self, urls: Sequence[QUrl]) -> None:
        """file:// addresses become files; a picture on a website is refused with what to
        do (nothing is downloaded)."""
        self.add_sources(url_sources(urls))

    def add_mime_data(self, mime: QMimeData, *, paste: bool = False) -> bool:
        """Attach what a drop (or, with `paste`, the clipboard) carries; False when it has
        nothing to attach, so the caller lets text go to the prompt. Reads the data now:
        it does not outlive the drop event."""
        if paste:
            sources = paste_sources(mime, self.tr("Pasted image"))
        else:
            sources = drop_sources(mime, self.tr("Dropped image"))
        if not sources:
            return False
        self.add_sources(sources)
        return True

    def add_sources(self, sources: Sequence[Source]) -> None:
        if not sources or self._closed:
            return
        self._strip.clear_problems()  # a new drop: the last one's refusals are old news
        self._last = self._tasks.start(self._add_batch(list(sources), self._last))
        self._set_pending(self._pending + len(sources))

    def is_loading(self) -> bool:
        return self._pending > 0

    async def wait_until_idle(self) -> None:
        """Return once every batch started so far has been added (for --send)."""
        await self._tasks.wait()

    async def aclose(self) -> None:
        """Cancel every batch and wait until they have unwound (window closing)."""
        self._closed = True
        await self._tasks.cancel_and_wait()

    # -- the work ----------------------------------------------------------------------------

    async def _add_batch(self, sources: list[Source], previous: asyncio.Task[Any] | None) -> None:
        added: list[Attachment] = []
        refusals: list[str] = []
        ready: list[tuple[Source, Result]] = []
        waiting_for_previous = previous is not None and not previous.done()

        def on_result(source: Source, result: Result) -> None:
            if waiting_for_previous:
                ready.append((source, result))  # shown once the earlier batch is in
            else:
                self._show(result, added, refusals)

        current = asyncio.current_task()
        loading = asyncio.get_running_loop().create_task(
            self._loader.load_all(sources, on_result),
            name=f"{current.get_name() if current else 'attachments'}-load",
        )
        try:
            if previous is not None and waiting_for_previous:
                await asyncio.wait([previous])
                waiting_for_previous = False
                for _source, result in ready:
                    self._show(result, added, refusals)
                ready.clear()
            await loading
        finally:
            if not loading.done():
                loading.cancel()
                await asyncio.wait([loading])
        if added or refusals:
            log.info("Attached %d file(s), refused %d", len(added), len(refusals))
        if shiboken6.isValid(self):
            self.batch_finished.emit(added, refusals)

    def _show(self, result: Result, added: list[Attachment], refusals: list[str]) -> None:
        self._set_pending(self._pending - 1)
        if not shiboken6.isValid(self._strip):
            return
        if isinstance(result, FileProblemError):
            refusals.append(error_words(result))
            log.info("Refused an attachment: %s", result.explanation)
            self._strip.add_problems([error_words(result)])
        else:
            added.append(result)
            self._strip.add(result)

    def _set_pending(self, count: int) -> None:
        was_loading = self._pending > 0
        self._pending = max(0, count)
        if shiboken6.isValid(self._strip):
            self._strip.set_pending(self._pending)
        if was_loading != (self._pending > 0) and shiboken6.isValid(self):
            self.loading_changed.emit(self._pending > 0)

    def _on_batch_done(self, task: asyncio.Task[Any]) -> None:
        if self._last is task:
            self._last = None
        if not self._tasks.is_running():
            self._set_pending(0)

    def _on_strip_add_requested(self, paths: list[Path]) -> None:
        self.add_paths(paths)
