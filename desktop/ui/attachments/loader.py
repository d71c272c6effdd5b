"""Turning files, dropped bytes and pasted images into Attachments, off the GUI thread.

Everything that blocks (reading, decoding a thumbnail, encoding a pasted image, probing a
video and taking its picture) runs in a worker thread through the loop's executor; QImage
and QImageReader are safe there, QPixmap is not and is never made here. A 12-megapixel JPEG
is decoded straight to thumbnail size (libjpeg scales while decoding), so no full-size image
is ever held; a file too large to send inside the message is not read at all, only probed
where it is.
"""

from __future__ import annotations

import asyncio
import base64
import functools
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePath
from urllib.parse import unquote_to_bytes

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QSize, Qt
from PySide6.QtGui import QImage, QImageReader

from desktop.core.errors import FileProblemError
from desktop.core.media import INLINE_FILE_LIMIT, SUPPORTED_IMAGES, MediaType, sniff
from desktop.services.attachment_files import check_data, open_attachment, refine_media
from desktop.services.media_probe import probe, video_frame
from desktop.ui.attachments.model import THUMBNAIL_SIZE, Attachment
from desktop.ui.message_words import words

log = logging.getLogger(__name__)

CONCURRENCY = 2
"""Files prepared at once: enough to keep a few cores busy, few enough that only a handful
of files are in memory before their chips exist."""

_SUFFIXES = {
    "image/png": (".png",),
    "image/jpeg": (".jpg", ".jpeg", ".jpe", ".jfif"),
    "image/webp": (".webp",),
    "image/heic": (".heic",),
    "image/heif": (".heif", ".heics"),
}


# -- What can be attached ------------------------------------------------------------------


@dataclass(frozen=True)
class FileSource:
    """A file on this computer (dropped, chosen, pasted, named on the command line)."""

    path: Path

    @property
    def label(self) -> str:
        return self.path.name or str(self.path)

    def load(self) -> Attachment:
        return load_file(self.path)


@dataclass(frozen=True)
class BytesSource:
    """An encoded image handed over by another app (a browser drag, the clipboard)."""

    data: bytes
    name: str

    @property
    def label(self) -> str:
        return self.name

    def load(self) -> Attachment:
        return load_image_bytes(self.data, self.name)


@dataclass(frozen=True)
class DataUrlSource:
    """A `data:` URL, as a browser drags an image embedded in a page."""

    url: str
    name: str

    @property
    def label(self) -> str:
        return self.name

    def load(self) -> Attachment:
        header, _, payload = self.url.partition(",")
        try:
            data = (
                base64.b64decode(payload, validate=False)
                if header.endswith(";base64")
                else unquote_to_bytes(payload)
            )
        except ValueError as exc:
            raise FileProblemError(
                QCoreApplication.translate(
                    "AttachmentLoader", "%1 could not be read as a picture."
                ).replace("%1", self.name),
                hint=QCoreApplication.translate(
                    "AttachmentLoader",
                    "Save the picture to your computer first, then drop the file.",
                ),
                status="UNREADABLE",
            ) from exc
        return load_image_bytes(data, self.name)


@dataclass(frozen=True, eq=False)
class ImageSource:
    """A decoded image (Qt's application/x-qt-image, a screenshot on the clipboard)."""

    image: QImage
    name: str

    @property
    def label(self) -> str:
        return self.name

    def load(self) -> Attachment:
        return load_image(self.image, self.name)


@dataclass(frozen=True)
class RefusedSource:
    """Something that was dropped but cannot be attached, refused before any work."""

    error: FileProblemError

    @property
    def label(self) -> str:
        return words(self.error.words)

    def load(self) -> Attachment:
        raise self.error


Source = FileSource | BytesSource | DataUrlSource | ImageSource | RefusedSource
Result = Attachment | FileProblemError


# -- The blocking work (worker threads) ------------------------------------------------------


def load_file(path: Path, name: str | None = None) -> Attachment:
    """Check a file, read it if it fits inside the message, and make its thumbnail (a video's
    from one of its frames). `name` is how it is shown (a file in the history is stored
    under its hash). Blocks."""
    name = name or path.name or str(path)
    opened = open_attachment(path, label=name)
    return _attachment(name, opened.source, opened.media, opened.size, source_path=path)


def load_bytes(data: bytes, name: str) -> Attachment:
    """A file already in memory (a saved question's, kept in memory), checked as a file on
    disk would be. Blocks."""
    return _attachment(name, data, check_data(name, data), len(data))


def load_image_bytes(data: bytes, name: str) -> Attachment:
    """An encoded image from another app. GIF, BMP and TIFF are converted to PNG: unlike a
    file the user chose, there is no original to keep, and Gemini cannot read those. Blocks."""
    media = sniff(data[:64])
    if media is not None and media.kind == "image" and media.mime_type not in SUPPORTED_IMAGES:
        image = _decode(data)
        if image is not None:
            return load_image(image, name)
    if media is None or media.kind != "image":
        raise FileProblemError(
            QCoreApplication.translate(
                "AttachmentLoader", "%1 is not a picture Gemini Desktop recognises."
            ).replace("%1", name),
            hint=QCoreApplication.translate(
                "AttachmentLoader", "Save the picture to your computer first, then drop the file."
            ),
            status="UNSUPPORTED",
        )
    name = name_for(name, media.mime_type)
    return _attachment(name, data, check_data(name, data), len(data))


def load_image(image: QImage, name: str) -> Attachment:
    """A decoded image, encoded as PNG (as JPEG when a PNG would be too large to send,
    as a big photo or screenshot may be). Blocks."""
    if image.isNull():
        raise FileProblemError(
            QCoreApplication.translate(
                "AttachmentLoader", "%1 could not be read as a picture."
            ).replace("%1", name),
            hint=QCoreApplication.translate(
                "AttachmentLoader",
                "Copy or drag the picture again, or save it as a file and add that.",
            ),
            status="UNREADABLE",
        )
    data = _encode(image, "PNG")
    mime = "image/png"
    if len(data) > INLINE_FILE_LIMIT:
        data = _encode(image.convertToFormat(QImage.Format.Format_RGB32), "JPEG", 90)
        mime = "image/jpeg"
    name = name_for(name, mime)
    return _attachment(name, data, check_data(name, data), len(data))


def make_thumbnail(source: bytes | Path) -> QImage | None:
    """At most THUMBNAIL_SIZE pixels on the longest side, upright as the camera meant
    (EXIF orientation), of an image held or on disk; None when Qt cannot read the image
    (HEIC without a plug-in). Blocks."""
    buffer = QBuffer()
    if isinstance(source, Path):
        reader = QImageReader(str(source))
    else:
        buffer.setData(QByteArray(source))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        reader = QImageReader(buffer)
    reader.setAutoTransform(True)
    size = reader.size()
    if size.isValid() and (size.width() > THUMBNAIL_SIZE or size.height() > THUMBNAIL_SIZE):
        # The scaled size applies before the rotation, so fitting the stored size fits both.
        reader.setScaledSize(
            size.scaled(QSize(THUMBNAIL_SIZE, THUMBNAIL_SIZE), Qt.AspectRatioMode.KeepAspectRatio)
        )
    image = reader.read()
    if image.isNull():
        log.debug("No thumbnail: %s", reader.errorString())
        return None
    if image.width() > THUMBNAIL_SIZE or image.height() > THUMBNAIL_SIZE:
        image = image.scaled(
            THUMBNAIL_SIZE,
            THUMBNAIL_SIZE,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    return image


def thumbnail_of(source: bytes | Path, kind: str) -> QImage | None:
    """The strip's thumbnail of a photo or a video (its frame) held or on disk; None for
    other kinds, or when there is no picture to take. Blocks."""
    if kind == "image":
        return make_thumbnail(source)
    if kind == "video":
        frame = video_frame(source, THUMBNAIL_SIZE)
        return _decode(frame) if frame is not None else None
    return None


def name_for(name: str, mime_type: str) -> str:
    """`name` with a suffix that matches its content ("photo" → "photo.png")."""
    suffixes = _SUFFIXES.get(mime_type)
    if not suffixes:
        return name
    path = PurePath(name)
    if path.suffix.lower() in suffixes:
        return name
    stem = path.stem if path.suffix and len(path.suffix) <= 6 else name
    return f"{stem}{suffixes[0]}"


def _attachment(
    name: str,
    source: bytes | Path,
    media: MediaType,
    size: int,
    source_path: Path | None = None,
) -> Attachment:
    thumbnail: QImage | None = None
    duration: float | None = None
    has_audio: bool | None = None
    if media.kind == "image":
        thumbnail = make_thumbnail(source)
    elif media.kind in ("video", "audio"):
        facts = probe(source)
        media = refine_media(media, facts)
        if facts is not None:
            duration = facts.duration
            if facts.has_video:
                has_audio = facts.has_audio
                frame = video_frame(source, THUMBNAIL_SIZE)
                thumbnail = _decode(frame) if frame is not None else None
    return Attachment(
        name=name,
        mime_type=media.mime_type,
        data=source if isinstance(source, bytes) else None,
        size=size,
        thumbnail=thumbnail,
        duration_seconds=duration,
        source_path=source_path,
        has_audio=has_audio,
    )


def _decode(data: bytes) -> QImage | None:
    image = QImage.fromData(data)
    return None if image.isNull() else image


def _encode(image: QImage, fmt: str, quality: int = -1) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, fmt, quality)
    return bytes(buffer.data().data())


def _unexpected(source: Source) -> FileProblemError:
    return FileProblemError(
        QCoreApplication.translate(
            "AttachmentLoader", "%1 could not be added because of an unexpected error."
        ).replace("%1", source.label),
        hint=QCoreApplication.translate(
            "AttachmentLoader", "Try again; if it keeps happening, the log file has the details."
        ),
        status="UNEXPECTED",
    )


def _run(source: Source) -> Result:
    """One source, in a worker thread: the attachment, or the error that refuses it."""
    try:
        return source.load()
    except FileProblemError as error:
        return error
    except Exception as exc:  # a bug or a broken image plug-in must not lose the batch
        log.error("Preparing %s failed", source.label, exc_info=exc)
        return _unexpected(source)


# -- The async side (GUI thread) ----------------------------------------------------------


class AttachmentLoader:
    """Prepares attachments in worker threads and hands back each result in order."""

    def __init__(self, concurrency: int = CONCURRENCY) -> None:
        self._concurrency = max(1, concurrency)

    async def load(self, source: Source) -> Result:
        """One source: its Attachment, or the FileProblemError that refuses it."""
        return await asyncio.to_thread(_run, source)

    async def load_all(
        self, sources: Sequence[Source], on_result: Callable[[Source, Result], None]
    ) -> None:
        """Prepare `sources` a few at a time; call `on_result` for each, in their order, as
        soon as it and every one before it are ready. Cancelling stops the rest."""
        loop = asyncio.get_running_loop()
        pending: list[tuple[Source, asyncio.Future[Result]]] = []
        queue = list(sources)
        try:
            while queue or pending:
                while queue and len(pending) < self._concurrency:
                    source = queue.pop(0)
                    if isinstance(source, RefusedSource):
                        future: asyncio.Future[Result] = loop.create_future()
                        future.set_result(source.error)
                    else:
                        # Futures, not tasks: nothing is left pending if this is cancelled.
                        future = loop.run_in_executor(None, functools.partial(_run, source))
                    pending.append((source, future))
                source, future = pending.pop(0)
                on_result(source, await future)
        finally:
            for _source, future in pending:
                future.cancel()
