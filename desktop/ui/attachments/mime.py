"""What a drag or the clipboard carries that can be attached: files, image data, text
naming files, or a YouTube link; and what is left alone, so text still drops and pastes
into the prompt."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path, PurePosixPath

from PySide6.QtCore import QCoreApplication, QMimeData, QUrl
from PySide6.QtGui import QImage

from desktop.core.errors import FileProblemError
from desktop.ui.attachments.links import YouTubeSource, youtube_source
from desktop.ui.attachments.loader import (
    BytesSource,
    DataUrlSource,
    FileSource,
    ImageSource,
    RefusedSource,
    Source,
)

# Encoded image data, preferred over Qt's decoded application/x-qt-image: the original bytes
# are kept as they are and nothing is decoded on the GUI thread.
RAW_IMAGE_FORMATS = (
    "image/png",
    "image/jpeg",
    "image/webp",
    "image/heic",
    "image/heif",
    "image/gif",
    "image/bmp",
    "image/tiff",
)
_IMAGE_SUFFIXES = frozenset(
    [
        ".jpg",
        ".jpeg",
        ".png",
        ".webp",
        ".heic",
        ".heif",
        ".gif",
        ".bmp",
        ".tif",
        ".tiff",
        ".avif",
        ".svg",
    ]
)
_MEDIA_SUFFIXES = _IMAGE_SUFFIXES | frozenset(
    [
        ".mp4",
        ".mov",
        ".m4v",
        ".webm",
        ".avi",
        ".mkv",
        ".mpeg",
        ".mpg",
        ".3gp",
        ".wmv",
        ".flv",
        ".mp3",
        ".m4a",
        ".wav",
        ".flac",
        ".ogg",
        ".oga",
        ".opus",
        ".aac",
        ".pdf",
        ".txt",
        ".csv",
        ".md",
    ]
)
_MAX_PATH_LINES = 100

Attachable = Source | YouTubeSource
"""What the loader is handed: a file, image data, a refusal, or a YouTube link."""

_PROBE: Attachable = RefusedSource(FileProblemError("(only checking what a drag carries)", hint=""))

DROPPED_IMAGE = "Dropped image"
PASTED_IMAGE = "Pasted image"


def can_attach(mime: QMimeData) -> bool:
    """Whether a drag carries anything to attach (or to refuse with a reason). Cheap enough
    for every drag-enter: it reads the URL list and short text, never image data."""
    return bool(_drop_sources(mime, DROPPED_IMAGE, fetch=False))


def drop_sources(mime: QMimeData, default_name: str = DROPPED_IMAGE) -> list[Attachable]:
    """What a drop attaches, in the order of the drop; empty when it is not ours (plain
    text, a link to a web page other than a YouTube video). Call while the drop event
    lasts: the data goes with it."""
    return _drop_sources(mime, default_name, fetch=True)


def paste_sources(mime: QMimeData, default_name: str = PASTED_IMAGE) -> list[Attachable]:
    """What pasting attaches: files copied in a file manager, a YouTube link (the copied
    text is the link and nothing else), or a copied picture. Text wins when there is real
    text besides an image (cells copied from a spreadsheet come with a picture of the
    cells too); a browser's "Copy image" adds at most its address."""
    urls = mime.urls() if mime.hasUrls() else []
    files = [FileSource(Path(url.toLocalFile())) for url in urls if url.isLocalFile()]
    if files:
        return files
    if (link := _pasted_link(mime, urls)) is not None:
        return [link]
    if not _has_image(mime):
        return []
    text = mime.text().strip() if mime.hasFormat("text/plain") else ""
    if text and not _is_single_web_address(text):
        return []
    remote = next((url for url in urls if _is_remote(url)), None)
    name = _name_from_url(remote) if remote is not None else None
    image = _image_source(mime, name or default_name)
    return [image] if image is not None else []


def url_sources(urls: Sequence[QUrl], default_name: str = DROPPED_IMAGE) -> list[Attachable]:
    """Addresses alone: files become files; a YouTube video becomes its link; a website's
    picture is refused (nothing is downloaded); any other address is left out."""
    sources: list[Attachable] = []
    for url in urls:
        if url.isLocalFile():
            sources.append(FileSource(Path(url.toLocalFile())))
        elif (link := _youtube(url)) is not None:
            sources.append(link)
        elif url.scheme() == "data" and url.toString().startswith("data:image/"):
            sources.append(DataUrlSource(url.toString(), default_name))
        elif _is_remote(url):
            sources.append(RefusedSource(_remote_refusal(url)))
    return sources


def _drop_sources(mime: QMimeData, default_name: str, *, fetch: bool) -> list[Attachable]:
    urls = mime.urls() if mime.hasUrls() else []
    has_image = _has_image(mime)
    sources: list[Attachable] = []
    image_used = False

    def image(name: str) -> Attachable | None:
        return _image_source(mime, name) if fetch else _PROBE

    for url in urls:
        if url.isLocalFile():
            sources.append(FileSource(Path(url.toLocalFile())))
        elif (link := _youtube(url)) is not None:
            # Before the picture: a video's thumbnail dragged from YouTube carries the
            # thumbnail too, but the video is what the user means.
            sources.append(link)
        elif url.scheme() == "data" and url.toString().startswith("data:image/"):
            sources.append(DataUrlSource(url.toString(), default_name))
        elif _is_remote(url):
            if has_image and not image_used:
                # A browser drag: the address and the picture itself. Take the picture.
                image_used = True
                name = _name_from_url(url) if _looks_like_image(url) else None
                found = image(name or default_name)
                if found is not None:
                    sources.append(found)
            elif _looks_like_media(url):
                sources.append(RefusedSource(_remote_refusal(url)))
    if not urls and has_image:
        found = image(default_name)
        return [found] if found is not None else []
    if not urls:
        links = _links_in_text(mime)
        return links if links else [FileSource(path) for path in _paths_in_text(mime)]
    return sources


def _youtube(url: QUrl) -> YouTubeSource | None:
    return youtube_source(url.toString()) if _is_remote(url) else None


def _pasted_link(mime: QMimeData, urls: Sequence[QUrl]) -> YouTubeSource | None:
    """The YouTube link the clipboard holds: its text is the link alone (trimmed), or it
    has no text and one address, the link."""
    text = mime.text().strip() if mime.hasText() else ""
    if text:
        return youtube_source(text)
    return _youtube(urls[0]) if len(urls) == 1 else None


def _links_in_text(mime: QMimeData) -> list[Attachable]:
    """YouTube links named by dragged text: every line one, and nothing else."""
    if not mime.hasText():
        return []
    lines = [line.strip() for line in mime.text().splitlines() if line.strip()]
    if not lines or len(lines) > _MAX_PATH_LINES:
        return []
    links: list[Attachable] = []
    for line in lines:
        link = youtube_source(line)
        if link is None:
            return []
        links.append(link)
    return links


def _has_image(mime: QMimeData) -> bool:
    return mime.hasImage() or any(mime.hasFormat(fmt) for fmt in RAW_IMAGE_FORMATS)


def _image_source(mime: QMimeData, name: str) -> Attachable | None:
    for fmt in RAW_IMAGE_FORMATS:
        if mime.hasFormat(fmt):
            data = mime.data(fmt).data()
            if data:
                return BytesSource(bytes(data), name)
    if mime.hasImage():
        image = mime.imageData()
        if isinstance(image, QImage) and not image.isNull():
            return ImageSource(image, name)
    return None


def _paths_in_text(mime: QMimeData) -> list[Path]:
    """Files named by dragged text: every line an absolute path or a file:// address."""
    if not mime.hasText():
        return []
    lines = [line.strip().strip("'\"") for line in mime.text().splitlines()]
    lines = [line for line in lines if line]
    if not lines or len(lines) > _MAX_PATH_LINES:
        return []
    paths: list[Path] = []
    for line in lines:
        if line.startswith("file://"):
            url = QUrl(line)
            if not url.isLocalFile():
                return []
            paths.append(Path(url.toLocalFile()))
        elif os.path.isabs(line) and "\t" not in line:
            paths.append(Path(line))
        else:
            return []
    return paths


def _is_remote(url: QUrl) -> bool:
    return url.scheme().lower() in ("http", "https", "ftp")


def _is_single_web_address(text: str) -> bool:
    return len(text.split()) == 1 and _is_remote(QUrl(text))


def _looks_like_image(url: QUrl) -> bool:
    return PurePosixPath(url.path()).suffix.lower() in _IMAGE_SUFFIXES


def _looks_like_media(url: QUrl) -> bool:
    return PurePosixPath(url.path()).suffix.lower() in _MEDIA_SUFFIXES


def _name_from_url(url: QUrl) -> str | None:
    name = url.fileName()
    return name or None


def _remote_refusal(url: QUrl) -> FileProblemError:
    name = _name_from_url(url) or url.host() or url.toString()
    is_picture = _looks_like_image(url)
    return FileProblemError(
        QCoreApplication.translate(
            "AttachmentDrop", "%1 is on a website, not on this computer."
        ).replace("%1", name),
        hint=QCoreApplication.translate(
            "AttachmentDrop", "Save the picture to your computer first, then drop the file."
        )
        if is_picture
        else QCoreApplication.translate(
            "AttachmentDrop", "Download it to your computer first, then drop the file."
        ),
        status="REMOTE",
    )
