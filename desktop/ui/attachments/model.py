"""An attached file as the window holds it: the encoded bytes as read (or, for a file too
large to send inside the message, only where it is), a small thumbnail, and the words the
strip shows for it (kind, size, duration, clip range)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QImage

from desktop.core.conversation import NewAttachment, new_attachment
from desktop.core.units import size_parts
from desktop.ui.attachments.resolution import resolution_label

THUMBNAIL_SIZE = 160
"""Longest side of a thumbnail, in pixels: sharp in a chip at 2× without holding a photo."""


def file_kind(mime_type: str, url: str | None = None) -> str:
    """ "image", "video", "audio", "document" (PDF), "text" or "youtube": the tile a file
    gets, in the strip and in a sent question."""
    if url is not None:
        return "youtube"
    if mime_type == "application/pdf":
        return "document"
    return mime_type.split("/", 1)[0]


@dataclass(frozen=True, eq=False)
class Attachment:
    """One file to send with the next message.

    `data` is the file exactly as read (a 12-megapixel JPEG stays a few megabytes); the full
    image is never decoded. A file larger than the inline limit is not read at all: `data`
    is None and `source_path` says where it is (it is uploaded when the message is sent).
    A YouTube link has neither: `url` is the link. Compared by identity: two drops of the
    same photo are two chips.
    """

    name: str
    mime_type: str
    data: bytes | None
    size: int
    thumbnail: QImage | None = None
    """At most THUMBNAIL_SIZE pixels on its longest side, turned upright (EXIF orientation)."""
    duration_seconds: float | None = None
    """For a video or a recording, when its header says."""
    source_path: Path | None = None
    """Where it was read from; None for an image pasted or dropped from another app."""
    has_audio: bool | None = None
    """For a video: whether it has a sound track (None when not known)."""
    clip_start: float | None = None
    """Seconds: the part of a video the model should see (videoMetadata start/end offsets)."""
    clip_end: float | None = None
    url: str | None = None
    """A YouTube link (kind "youtube"): sent as a link, never downloaded."""
    media_resolution: str | None = None
    """This file's own media resolution (the chip's menu); None: the Settings' one."""

    @property
    def source(self) -> bytes | Path | str:
        """What to send: the bytes held, else the file on disk, else the link."""
        if self.data is not None:
            return self.data
        if self.source_path is not None:
            return self.source_path
        if self.url is not None:
            return self.url
        raise ValueError(f"{self.name} has neither bytes, a path nor a link")

    def to_new_attachment(self, *, path_first: bool = False) -> NewAttachment:
        """This file as the history stores it and a request sends it: its clip and its own
        media resolution kept. `path_first`: the file it was read from rather than the
        bytes held (the code a user copies opens the file itself)."""
        return new_attachment(
            self, self.source_path if path_first and self.source_path else self.source
        )

    @property
    def kind(self) -> str:
        """ "image", "video", "audio", "document" (PDF), "text" or "youtube"."""
        return file_kind(self.mime_type, self.url)

    def kind_label(self) -> str:
        return {
            "image": QCoreApplication.translate("Attachment", "Photo"),
            "video": QCoreApplication.translate("Attachment", "Video"),
            "audio": QCoreApplication.translate("Attachment", "Recording"),
            "document": QCoreApplication.translate("Attachment", "PDF"),
            "text": QCoreApplication.translate("Attachment", "Text"),
            "youtube": QCoreApplication.translate("Attachment", "YouTube video"),
        }.get(self.kind, QCoreApplication.translate("Attachment", "File"))

    @property
    def has_clip(self) -> bool:
        """Whether only part of the video or recording is to be sent."""
        return self.clip_start is not None or self.clip_end is not None

    def clip_text(self) -> str:
        """ "0:10–0:45 of 12:34"; "0:10–0:45" or "from 0:10" when the length is not known."""
        start = format_duration(self.clip_start or 0)
        end = self.clip_end if self.clip_end is not None else self.duration_seconds
        if end is None:
            return QCoreApplication.translate("Attachment", "from %1").replace("%1", start)
        span = f"{start}–{format_duration(end)}"
        if self.duration_seconds is None:
            return span
        return (
            QCoreApplication.translate("Attachment", "%1 of %2")
            .replace("%1", span)
            .replace("%2", format_duration(self.duration_seconds))
        )

    def details(self) -> str:
        """The chip's second line: "Video · 1:23 · 3.1 MB", "Video · 0:10–0:45 of 12:34"
        with a clip, or "YouTube video · link"."""
        pieces = [self.kind_label()]
        if self.url is not None:
            pieces.append(QCoreApplication.translate("Attachment", "link"))
        elif self.has_clip:
            pieces.append(self.clip_text())
        else:
            if self.duration_seconds is not None:
                pieces.append(format_duration(self.duration_seconds))
            pieces.append(format_size(self.size))
        if self.media_resolution is not None:
            pieces.insert(1, resolution_label(self.media_resolution))
        return " · ".join(pieces)


def format_size(size: int) -> str:
    """ "512 bytes", "23.4 KB", "14.9 MB": core's rule (units.size_parts), the unit translated."""
    figure, unit = size_parts(size)
    words = {
        "byte": QCoreApplication.translate("Attachment", "%1 byte"),
        "bytes": QCoreApplication.translate("Attachment", "%1 bytes"),
        "KB": QCoreApplication.translate("Attachment", "%1 KB"),
        "MB": QCoreApplication.translate("Attachment", "%1 MB"),
        "GB": QCoreApplication.translate("Attachment", "%1 GB"),
        "TB": QCoreApplication.translate("Attachment", "%1 TB"),
    }
    return words[unit].replace("%1", local_figure(figure))


def local_figure(figure: str) -> str:
    """ "14.9" as the window's locale writes it ("14,9" in French, "14.9" in Chinese)."""
    whole, _, decimals = figure.partition(".")
    if not decimals:
        return QLocale().toString(int(whole))
    return QLocale().toString(float(figure), "f", len(decimals))


def format_duration(seconds: float) -> str:
    """ "0:07", "1:23", "1:02:03"; a clip shorter than a second still shows "0:01"."""
    total = max(1, round(seconds)) if seconds > 0 else 0
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{secs:02d}"
    return f"{minutes}:{secs:02d}"
